-- wrk script of bench/run: sends the signed-in session cookie (BENCH_COOKIE), asks pages in French, picks
-- the path of each request among BENCH_PATHS (space-separated; repeat a path to weigh it) when given, and
-- prints one RESULT line: requests, seconds, p50, p95, p99 (ms), errors (connect, read, write, HTTP >= 400),
-- time-outs.
local cookie = os.getenv("BENCH_COOKIE")
if cookie ~= nil and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
wrk.headers["Accept-Language"] = "fr"
-- BENCH_ACCEPT_ENCODING: what the client says it accepts (calendars ask for gzip); none by default
local encoding = os.getenv("BENCH_ACCEPT_ENCODING")
if encoding ~= nil and encoding ~= "" then
  wrk.headers["Accept-Encoding"] = encoding
end

local paths = {}
local list = os.getenv("BENCH_PATHS")
if list ~= nil then
  for path in string.gmatch(list, "%S+") do
    table.insert(paths, path)
  end
end

if #paths > 0 then
  request = function()
    return wrk.format(nil, paths[math.random(#paths)])
  end
end

-- BENCH_REGISTER_TOKEN: each request registers a new address on the public registration form at the URL's path,
-- with the form's session (BENCH_COOKIE) and this CSRF token
local token = os.getenv("BENCH_REGISTER_TOKEN")
if token ~= nil and token ~= "" then
  local threads = 0
  setup = function(thread)
    threads = threads + 1
    thread:set("prefix", os.time() .. "-" .. threads)
  end
  local counter = 0
  wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
  request = function()
    counter = counter + 1
    local body = "name=Participant&email=steady-" .. prefix .. "-" .. counter .. "%40visiteurs.example.org&_csrf=" .. token
    return wrk.format("POST", nil, nil, body)
  end
end

done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %d %.3f %.2f %.2f %.2f %d %d\n", summary.requests, summary.duration / 1e6,
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    e.connect + e.read + e.write + e.status, e.timeout))
end
