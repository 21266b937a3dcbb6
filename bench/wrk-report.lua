-- wrk script for bench/support.mjs: prints one JSON line (prefixed WRK_JSON) with the counts and
-- latency percentiles of the run. It defines no request(), so wrk sends its one request as fast as
-- it can (a script with request() costs wrk a Lua call per request); wrk-paths.lua adds one.
function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'WRK_JSON {"requests":%d,"durationUs":%d,"bytes":%d,"connectErrors":%d,"readErrors":%d,"writeErrors":%d,"timeouts":%d,"non2xx3xx":%d,"p50":%d,"p95":%d,"p99":%d,"max":%d}\n',
    summary.requests, summary.duration, summary.bytes, e.connect, e.read, e.write, e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max))
end
