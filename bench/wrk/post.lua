-- wrk script of scripts/bench: POSTs the JSON body in the file $BENCH_BODY to the URL given to
-- wrk, and prints one machine-readable line at the end:
--   BENCH_RESULT requests=N duration_us=N rps=X p50_us=N p95_us=N p99_us=N max_us=N
--                errors_connect=N errors_read=N errors_write=N errors_timeout=N errors_status=N
local path = os.getenv("BENCH_BODY")
if path == nil or path == "" then error("BENCH_BODY is not set") end
local file = assert(io.open(path, "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Accept"] = "application/graphql-response+json, application/json"

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format(
    "BENCH_RESULT requests=%d duration_us=%d rps=%.1f p50_us=%d p95_us=%d p99_us=%d max_us=%d " ..
    "errors_connect=%d errors_read=%d errors_write=%d errors_timeout=%d errors_status=%d\n",
    summary.requests, summary.duration, summary.requests / seconds,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout,
    summary.errors.status))
end
