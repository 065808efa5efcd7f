-- wrk script: cycles through the query strings of bench-work/queries.txt on one path.
-- Usage: EPI_BENCH_PATH=/api/v1/search wrk -s scripts/bench-http.lua --latency ... URL
local path = os.getenv("EPI_BENCH_PATH") or "/api/v1/search"
local queries = {}
for line in io.lines(os.getenv("EPI_BENCH_QUERIES") or "bench-work/queries.txt") do
  queries[#queries + 1] = line
end
local counter = 0
function setup(thread)
  thread:set("offset", counter * 97)
  counter = counter + 1
end
local i = 0
function request()
  i = i + 1
  return wrk.format("GET", path .. "?" .. queries[((i + (offset or 0)) % #queries) + 1])
end
