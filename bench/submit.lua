-- wrk script: online submissions spread over the items listed in
-- bench/out/items.txt, over counties and items, so that no item's daily
-- serial (4 digits) runs out. Counts answers other than 201.
-- Each line of bench/out/items.txt: "county code".
local items = {}
for line in io.lines("bench/out/items.txt") do
  local county, code = line:match("^(%S+) (%S+)$")
  items[#items + 1] = { "/api/v1/counties/" .. county .. "/applications", code }
end
local i = 0
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
request = function()
  i = i + 1
  local path, code = items[(i % #items) + 1][1], items[(i % #items) + 1][2]
  local body = '{"item":"' .. code .. '","applicant":{"kind":"自然人","name":"张三",' ..
    '"id_number":"11010519491231002X","phone":"13800000000"},"data":{},"materials":{}}'
  return wrk.format(nil, path, nil, body)
end
local refused = 0
response = function(status)
  if status ~= 201 then refused = refused + 1 end
end
done = function()
  io.write(("answers other than 201: %d\n"):format(refused))
end
