-- wrk script: POSTs the request bodies of lookup-bodies.jsonl in turn. With PACE_MS set, each connection
-- waits that long between requests, so connections x (1000 / (PACE_MS + latency)) sets the request rate.
local bodies, i = {}, 0
for line in io.lines(os.getenv("BODIES")) do
  if #line > 0 then bodies[#bodies + 1] = line end
end
local pace = tonumber(os.getenv("PACE_MS") or "0")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i % #bodies + 1
  return wrk.format(nil, nil, nil, bodies[i])
end
if pace > 0 then
  delay = function() return pace end
end
