#!/usr/bin/env bash
# Load test of the server: throughput and latency of the JSON API and the HTML search page at
# 1, 8 and 32 connections, over the 100,000-document benchmark index, then the in-process search
# time of the same queries. Needs wrk (Debian package `wrk`) and the index built by
# scripts/bench-index.sh. Usage: scripts/bench-http.sh [SECONDS]   (default 20)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}
index=bench-work/index-100000
[ -d "$index" ] || { echo "build the benchmark index first: scripts/bench-index.sh 100000" >&2; exit 2; }
# Two builds: `--bench` selects only bench targets, so the binary needs its own.
cargo build --release -p epi >/dev/null
cargo build --release -p epi-server --bench search >/dev/null
[ -f bench-work/queries.txt ] || scripts/bench-queries.py bench-work/corpus-100000 bench-work/queries.txt 400
target/release/epi --corpus bench-work/corpus-100000 --index "$index" serve --addr 127.0.0.1:18080 \
  >bench-work/serve.out 2>bench-work/serve.log &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
until grep -q listening bench-work/serve.out 2>/dev/null; do sleep 0.2; done
# Warm-up, not measured: the first searches after a start fault the index's pages in (the very
# first took 54 ms), which made the first measured run's p99 a start-up figure.
EPI_BENCH_PATH=/api/v1/search wrk -t2 -c8 -d10s -s scripts/bench-http.lua http://127.0.0.1:18080 >/dev/null
for path in /api/v1/search /search; do
  for connections in 1 8 32; do
    threads=$(( connections < 2 ? 1 : 2 ))
    echo "== $path, $connections connections"
    EPI_BENCH_PATH=$path wrk -t"$threads" -c"$connections" -d"${seconds}s" --latency \
      -s scripts/bench-http.lua http://127.0.0.1:18080 | grep -E "Requests/sec|50%|90%|99%|Non-2xx|Socket errors"
  done
done
echo "server peak RSS: $(awk '/VmHWM/{print $2, $3}' /proc/$server/status)"
kill $server
echo "== in-process, one thread, same queries"
target/release/deps/$(ls -t target/release/deps | grep -E '^search-[0-9a-f]+$' | head -1) "$index" bench-work/queries.txt
