-- wrk script of scripts/bench's serve workload: GETs the request paths of a file in turn (one per line, e.g.
-- /api/search?q=oil%20prices), each wrk thread from its own offset, and stops after its share of requests.
--   wrk -t T -c C -d MAX_SECONDS -s queries.lua URL -- PATHS_FILE REQUESTS_PER_THREAD DONE_PREFIX
-- A thread that has its share writes DONE_PREFIX.N, holding the "elapsed_ms" of each of its responses (the
-- server's own search time), and stops. wrk's main thread sleeps for the whole -d regardless, so the caller
-- sends wrk SIGINT once every thread's file exists; wrk then prints, in done(), one JSON line: requests,
-- errors by kind, non-2xx responses, latency percentiles in microseconds.
local threads = {}
local next_offset = 0

function setup(thread)
   thread:set("offset", next_offset)
   next_offset = next_offset + 1
   table.insert(threads, thread)
end

local paths = {}
local position = 0
local limit = 0
local answered = 0
local done_file = nil
local elapsed = {}
non2xx = 0  -- global: done() reads it from every thread

function init(args)
   for line in io.lines(args[1]) do
      table.insert(paths, line)
   end
   limit = tonumber(args[2])
   done_file = args[3] .. "." .. offset
   -- Threads start far apart in the list, so they do not ask the same thing at the same moment.
   position = math.floor(#paths * offset * 0.618) % #paths
end

function request()
   position = position % #paths + 1
   return wrk.format("GET", paths[position])
end

function response(status, headers, body)
   answered = answered + 1
   if status < 200 or status > 299 then non2xx = non2xx + 1 end
   table.insert(elapsed, string.match(body, '"elapsed_ms":([%d.e+-]+)') or "-")
   if answered == limit then
      local f = io.open(done_file, "w")
      f:write(table.concat(elapsed, "\n"), "\n")
      f:close()
      wrk.thread:stop()
   end
end

function done(summary, latency, requests)
   local e = summary.errors
   local non = 0
   for _, thread in ipairs(threads) do non = non + thread:get("non2xx") end
   io.write(string.format(
      '{"requests": %d, "duration_us": %d, "connect": %d, "read": %d, "write": %d, "status": %d, ' ..
      '"timeout": %d, "non2xx": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, "mean_us": %.1f}\n',
      summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout, non,
      latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean))
end
