-- wrk script: patient check-in POSTs (issue #6), rotating over signed-in patient sessions.
-- SESSIONS_FILE: one line per patient session, "<settle_session cookie value> <csrf token>".
-- Each wrk thread takes a disjoint share of the sessions (thread k gets lines k, k+T, k+2T, …), so two
-- threads never post for the same patient; the body varies pain, minutes, sleep, stress and note.

local threads = {}
local counter = 0

function setup(thread)
   thread:set("id", counter)
   counter = counter + 1
   table.insert(threads, thread)
end

function init(args)
   local path = os.getenv("SESSIONS_FILE") or error("set SESSIONS_FILE")
   local nthreads = tonumber(os.getenv("WRK_THREADS") or "1")
   sessions = {}
   local index = 0
   for line in io.lines(path) do
      if index % nthreads == id then
         local cookie, csrf = line:match("^(%S+)%s+(%S+)$")
         if cookie then table.insert(sessions, { cookie = cookie, csrf = csrf }) end
      end
      index = index + 1
   end
   if #sessions == 0 then error("no sessions for thread " .. id .. " in " .. path) end
   next_session = 1
   n = 0
end

local sleeps = { "1", "3", "5", "7", "9" }
local stresses = { "0", "3", "5", "7", "9" }

function request()
   local s = sessions[next_session]
   next_session = next_session % #sessions + 1
   n = n + 1
   local body = "_csrf=" .. s.csrf
      .. "&pain=" .. (n % 11)
      .. "&activity=minutes&activityMinutes=" .. (n % 90)
      .. "&sleep=" .. sleeps[n % 5 + 1]
      .. "&stress=" .. stresses[(n + 2) % 5 + 1]
      .. "&flare=" .. ((n % 13 == 0) and "yes" or "no")
      .. "&note=wrk+check-in+" .. n
   return wrk.format("POST", "/me/check-in", {
      ["Cookie"] = "settle_session=" .. s.cookie,
      ["Content-Type"] = "application/x-www-form-urlencoded",
   }, body)
end

function done(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%d duration_us=%d rps=%.1f non2xx3xx=%d connect=%d read=%d write=%d timeout=%d p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
      summary.requests, summary.duration, summary.requests / (summary.duration / 1e6), e.status, e.connect, e.read,
      e.write, e.timeout, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
