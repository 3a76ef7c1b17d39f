-- wrk script: online submissions spread over the items listed in
-- bench/out/items.txt, over counties and items, so that no item's daily
-- serial (4 digits) runs out. Counts answers other than 201.
-- Each line of bench/out/items.txt: "county code". The requests are built
-- once, at start: wrk runs on the same two cores as the server, and
-- building each request again cost it a tenth of its time.
local requests = {}
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
for line in io.lines("bench/out/items.txt") do
  local county, code = line:match("^(%S+) (%S+)$")
  local body = '{"item":"' .. code .. '","applicant":{"kind":"自然人","name":"张三",' ..
    '"id_number":"11010519491231002X","phone":"13800000000"},"data":{},"materials":{}}'
  requests[#requests + 1] = wrk.format(nil, "/api/v1/counties/" .. county .. "/applications", nil, body)
end
local i = 0
request = function()
  i = i + 1
  return requests[(i % #requests) + 1]
end
local refused = 0
response = function(status)
  if status ~= 201 then refused = refused + 1 end
end
done = function()
  io.write(("answers other than 201: %d\n"):format(refused))
end
