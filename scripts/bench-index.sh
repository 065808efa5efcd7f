#!/usr/bin/env bash
# Benchmarks `epi index` on generated corpora: documents/s, MB/s, peak RSS and index size.
# Usage: scripts/bench-index.sh [DOCS...]   (default: 10000 100000)
# Work files go to bench-work/ (ignored by git). Needs GNU time (/usr/bin/time).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p epi >/dev/null
epi=target/release/epi
mkdir -p bench-work
for docs in "${@:-10000 100000}"; do
  for n in $docs; do
    corpus=bench-work/corpus-$n
    index=bench-work/index-$n
    [ -d "$corpus" ] || "$epi" gen-corpus --docs "$n" --seed 42 --out "$corpus"
    rm -rf "$index"
    mb=$(du -sb --apparent-size "$corpus" | awk '{printf "%.1f", $1/1e6}')
    echo "== $n documents, $mb MB of Markdown"
    /usr/bin/time -f "wall %e s, user %U s, sys %S s, peak RSS %M KiB" "$epi" --corpus "$corpus" --index "$index" index 2>&1 | grep -v '^$'
    echo "index size: $(du -sh "$index" | cut -f1)"
  done
done
