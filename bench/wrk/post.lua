-- wrk script of scripts/bench: POSTs the JSON body in the file $BENCH_BODY to the URL given to
-- wrk, and prints one machine-readable line at the end. With $BENCH_FORWARDED_FOR set, each request
-- names a client in X-Forwarded-For (for an API that trusts 127.0.0.1 as a proxy): "thread" one
-- client 198.51.100.N per wrk thread N (run one connection per thread), which waits $BENCH_PACE_MS
-- (default 0) after each answer and out its Retry-After after a 429: a client at the rate limit;
-- "random" another 10.x.y.z for every request (many clients, each under the limit).
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

local forwarded = os.getenv("BENCH_FORWARDED_FOR") or ""
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("number", threads)
end

function init(args)
  if forwarded == "thread" then
    wrk.headers["X-Forwarded-For"] = "198.51.100." .. number
  elseif forwarded == "random" then
    math.randomseed(os.time() * 100 + number)
  end
end

-- Defined when the script loads: wrk calls request, response and delay only when they exist then.
if forwarded == "thread" then
  local pace = tonumber(os.getenv("BENCH_PACE_MS") or "") or 0
  local wait = 0
  function response(status, headers, body)
    wait = pace
    if status == 429 then wait = math.max(pace, (tonumber(headers["Retry-After"]) or 1) * 1000) end
  end

  function delay()
    local ms = wait
    wait = 0
    return ms
  end
elseif forwarded == "random" then
  function request()
    wrk.headers["X-Forwarded-For"] = string.format("10.%d.%d.%d", math.random(0, 255), math.random(0, 255), math.random(1, 254))
    return wrk.format()
  end
end

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
