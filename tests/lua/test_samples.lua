-- The sample catalogues under catalogs/ load without errors or warnings, and
-- their rules decide as the law says: fees, routing, acceptance conditions.

local catalog = require "banshi.catalog"
local h = require "helper"

local t = h.suite()

local function read_tree()
  local files = {}
  local list = io.popen("cd catalogs && find . -name '*.lua' | sort")
  for path in list:lines() do
    path = path:sub(3)
    local f = assert(io.open("catalogs/" .. path, "rb"))
    files[path] = f:read("a")
    f:close()
  end
  list:close()
  return files
end

local files = read_tree()
local models = {}
local function model(county)
  models[county] = models[county] or h.load_ok(files, county)
  return models[county]
end

t:case("the sample catalogues check clean", function()
  local errors, warnings = catalog.check(files)
  h.eq(#errors, 0, "errors:\n" .. h.dump(errors))
  h.eq(#warnings, 0, "warnings:\n" .. h.dump(warnings))
  h.eq(table.concat(catalog.counties(files), ","), "benxi,daye,luannan", "serving counties")
end)

t:case("a county's chain is read from the catalog.lua files alone", function()
  h.eq(table.concat(assert(catalog.chain_of(files, "luannan")), ","), "base,hebei,luannan", "luannan")
  h.eq(table.concat(assert(catalog.chain_of(files, "daye")), ","), "base,hubei,daye", "daye")
  local none, msg = catalog.chain_of(files, "nowhere")
  h.eq(none, nil, "unknown county")
  h.contains(msg, "nowhere", "names it")
end)

t:case("不动产登记费: 80 yuan for a home, 550 otherwise, 10 per extra certificate, small firms free", function()
  local m = model("luannan")
  local code = "000106102000"
  local fee = catalog.fee(m, code, { data = { use = "住宅" } })
  h.eq(fee.amount, 80, "home")
  h.eq(fee.charged, true, "charged")
  h.eq(catalog.fee(m, code, { data = { use = "商业", certificates = 3 } }).amount, 570, "shop, 3 certificates")
  local free = catalog.fee(m, code, { data = { small_business = true } })
  h.eq(free.amount, 0, "small business")
  h.eq(free.charged, false, "small business is not charged")
  h.contains(free.note, "小微企业", "note says why")
end)

t:case("an item without fees is free, and the pre-check says so", function()
  local m = model("luannan")
  local r = catalog.precheck(m, "000106102000", { data = { use = "住宅" } })
  h.eq(r.fee.amount, 80, "precheck carries the fee")
  for code, item in pairs(m.items) do
    if type(item.fees) == "table" and item.fees.charged == false and not item.fee then
      h.eq(catalog.fee(m, code, {}).charged, false, code)
      break
    end
  end
end)

t:case("大冶 施工许可 is reviewed in parallel when fire and civil-defence reviews join", function()
  local m = model("daye")
  local plain = assert(catalog.route(m, "000109001000", { data = {} }))
  h.eq(plain.mode, "串联", "alone")
  h.eq(table.concat(plain.departments, ","), "xingzheng", "the approval bureau alone")
  local joint = assert(catalog.route(m, "000109001000", { data = { special_project = true, civil_defence = true } }))
  h.eq(joint.mode, "并联", "joint")
  h.eq(table.concat(joint.departments, ","), "xingzheng,zhujian,renfang", "three departments")
end)

t:case("an item without a route rule is reviewed by its own department", function()
  local m = model("luannan")
  local r = assert(catalog.route(m, "000106102000", {}))
  h.eq(r.departments[1], m.items["000106102000"].department, "own department")
end)

t:case("a route naming an unknown department is refused", function()
  local m = model("daye")
  local item = m.items["000109001000"]
  local saved = item.route
  item.route = function() return { mode = "并联", departments = { "nowhere" } } end
  local r, msg = catalog.route(m, "000109001000", {})
  item.route = saved
  h.eq(r, nil, "refused")
  h.contains(msg, "nowhere", "names it")
end)

return t
