#!/usr/bin/env bash
# Accessibility check: axe-core's WCAG 2.1 A/AA rules in headless Chromium, on every kind of page
# (public, partner and librarian pages, forms with errors) at desktop and phone widths, over a
# copy of the bundled corpus. Needs Debian's chromium (`apt-get install chromium`) and npm; the
# npm packages and the work files go to bench-work/a11y (ignored by git).
# Usage: scripts/a11y-check.sh      (exit status 0 when no page has a violation)
set -euo pipefail
cd "$(dirname "$0")/.."
work=bench-work/a11y
rm -rf "$work/corpus" "$work/index" "$work/data"
mkdir -p "$work"
cp -r corpus "$work/corpus"
(cd "$work" && [ -d node_modules/axe-core ] || npm install --silent --no-save playwright-core axe-core >/dev/null)
cargo build --release -p epi >/dev/null
epi=(target/release/epi --corpus "$work/corpus" --index "$work/index" --data "$work/data")
token() { "${epi[@]}" accounts add "$@" | grep -o 'epi_[A-Za-z0-9_-]*'; }
partner=$(token --role partner --org "Riga City Council" --city riga)
librarian=$(token --role librarian --org "EPI Library")
"${epi[@]}" serve --addr 127.0.0.1:18090 >"$work/serve.out" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until grep -q listening "$work/serve.out" 2>/dev/null; do sleep 0.2; done
# One pending submission, so that the review queue and a review page have something to show.
curl -sf -X POST -H "Authorization: Bearer $partner" -H "Content-Type: text/markdown" \
  --data-binary @corpus/riga/city-integration-pact.en.md \
  "http://127.0.0.1:18090/api/v1/submissions?city=riga&slug=a11y-check-sample" >/dev/null
NODE_PATH="$work/node_modules" node scripts/a11y-pages.js http://127.0.0.1:18090 \
  "$partner" "$librarian" riga/city-integration-pact
