-- wrk script: clinician GET of the patient dashboard (issue #6), rotating over that clinician's patients.
-- COOKIE: the clinician's settle_session cookie value; PATHS_FILE: one "/patients/<id>" per line.

function init(args)
   local path = os.getenv("PATHS_FILE") or error("set PATHS_FILE")
   cookie = os.getenv("COOKIE") or error("set COOKIE")
   paths = {}
   for line in io.lines(path) do
      if #line > 0 then table.insert(paths, line) end
   end
   if #paths == 0 then error("no paths in " .. path) end
   -- Threads start at different places in the list.
   next_path = (math.random(#paths))
end

function request()
   local p = paths[next_path]
   next_path = next_path % #paths + 1
   return wrk.format("GET", p, { ["Cookie"] = "settle_session=" .. cookie })
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_us=%d rps=%.1f non2xx3xx=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6), e.status, e.connect, e.read,
      e.write, e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
