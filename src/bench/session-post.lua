-- wrk: POST /api/v1/sessions as the clinicians of several clinics (one token per clinic, taken in turn),
-- each request with an Idempotency-Key of its own, as partner systems send them.
-- Environment: TOKENS (a file, one bearer token per line), BODY (a file holding the session document).
local tokens = {}
for line in io.lines(os.getenv("TOKENS")) do
  tokens[#tokens + 1] = line
end
local file = assert(io.open(os.getenv("BODY")))
local body = file:read("*a")
file:close()
local threads = 0

function setup(thread)
  threads = threads + 1
  thread:set("tid", threads)
end

local n = 0
local run = tostring(os.time())

function request()
  n = n + 1
  local headers = {
    ["Authorization"] = "Bearer " .. tokens[(n % #tokens) + 1],
    ["Content-Type"] = "application/json",
    ["Idempotency-Key"] = "bench-" .. run .. "-" .. tostring(tid) .. "-" .. n,
  }
  return wrk.format("POST", "/api/v1/sessions", headers, body)
end
