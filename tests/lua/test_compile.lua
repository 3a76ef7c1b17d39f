-- compile(): the snapshot the C core publishes, its shape, the CSV list,
-- the figures, the calendar and the bundles.

local catalog = require "banshi.catalog"
local compile = require "banshi.catalog.compile"
local h = require "helper"

local t = h.suite()
local MZ = "luannan/items/minzheng.lua"

local function snapshot(files)
  return catalog.compile(h.load_ok(files or h.fixture()))
end

-- Fails on any function anywhere in v: the snapshot must be pure data.
local function assert_data(v, path)
  if type(v) == "function" or type(v) == "userdata" or type(v) == "thread" then
    error(("%s is a %s"):format(path, type(v)), 2)
  end
  if type(v) == "table" then
    if getmetatable(v) ~= nil then error(path .. " has a metatable", 2) end
    for k, x in pairs(v) do assert_data(x, path .. "." .. tostring(k)) end
  end
end

t:case("the snapshot is pure data with the agreed top-level shape", function()
  local s = snapshot()
  assert_data(s, "snapshot")
  for _, k in ipairs({ "county", "items", "departments", "windows", "bundles", "calendar", "figures", "csv" }) do
    h.truthy(s[k] ~= nil, k)
  end
  h.eq(s.county.id, "luannan", "county.id")
  h.eq(s.county.level, "县", "county.level")
  h.eq(s.county.region, "130224", "county.region")
  h.eq(s.county.timezone, "Asia/Shanghai", "default timezone")
  h.eq(table.concat(s.county.chain, ","), "base,hebei,luannan", "chain")
  h.eq(s.county.centre.name, "滦南县政务服务中心", "centre")
end)

t:case("items are the offered ones, sorted by department then code", function()
  local files = h.fixture()
  h.edit(files, MZ,
    'base = "000112004000",\n  impl_code = "11130224000012345W0001120040001",\n  department = "minzheng",',
    'base = "000112004000",\n  impl_code = "11130224000054321U0001120040001",\n  department = "xingshen",')
  h.edit(files, MZ, 'base = "000112005000",\n  offered = false,\n  reason = "由市民政局实施",',
    'base = "000112005000", impl_code = "11130224000012345W0001120050001", department = "minzheng",'
      .. ' promised_limit = 5, case_type = "承诺件", visits = 0, fees = { charged = false },')
  local s = snapshot(files)
  local codes = {}
  for _, e in ipairs(s.items) do codes[#codes + 1] = e.department .. ":" .. e.code end
  h.eq(table.concat(codes, ","), "minzheng:000112003000,minzheng:000112005000,xingshen:000112004000", "order")
end)

t:case("an item entry carries guide, summary and index fields", function()
  local s = snapshot()
  local e = s.items[1]
  h.eq(e.code, "000112003000", "code")
  h.eq(e.department, "minzheng", "department")
  h.eq(e.type, "行政许可", "type")
  h.eq(e.online, true, "online (互联网受理)")
  h.eq(e.four[1], "网上办", "four")
  h.eq(e.objects[1], "社会组织法人", "objects")
  h.eq(e.theme[1], "社会组织", "theme")
  h.contains(e.search, "民办非企业单位成立登记", "search has the name")
  h.contains(e.search, "社会服务机构", "search has keywords")
  h.contains(e.search, "滦南县民政局", "search has the department name")
  local sm = e.summary
  h.eq(sm.impl_code, "11130224000012345W0001120030001", "summary.impl_code")
  h.eq(sm.department_name, "滦南县民政局", "summary.department_name")
  h.eq(sm.statutory_limit, 30, "summary.statutory_limit")
  h.eq(sm.promised_limit, 10, "summary.promised_limit")
  h.eq(sm.case_type, "承诺件", "summary.case_type")
  h.eq(sm.online, true, "summary.online")
  h.eq(sm.visits, 1, "summary.visits")
end)

t:case("the guide inlines the department and lists materials without rules", function()
  local g = snapshot().items[1].guide
  h.eq(g.department.name, "滦南县民政局", "department inlined")
  h.eq(g.department.credit_code, "11130224000012345W", "credit code inlined")
  h.eq(#g.materials, 5, "materials")
  local yjs
  for _, m in ipairs(g.materials) do if m.id == "yjs" then yjs = m end end
  h.eq(yjs.when, nil, "no function in the guide")
  h.eq(yjs.has_rule, true, "the rule is flagged")
  h.eq(yjs.condition, "有业务主管单位的", "condition text")
  h.eq(g.materials[3].exempt.license, "居民身份证", "exempt kept")
  h.eq(g.materials[1].exempt, false, "not exempt is false")
  h.eq(g.rules.accept, true, "accept rule flagged")
  h.eq(g.accept, nil, "accept function dropped")
  h.eq(g.legal_basis[1].article, "第三条", "legal basis")
  h.eq(g.fees.charged, false, "fees")
  h.eq(g.complaint, "12345政务服务便民热线", "defaults applied")
  h.eq(g.bundles[1], "shehui_zuzhi", "bundles the item belongs to")
end)

t:case("the guide carries every field the schema allows an item or a material", function()
  local schema = require "banshi.catalog.schema"
  local model = h.load_ok(h.fixture())
  local code = model.order[1]
  local item = model.items[code]
  -- Give the item and its first material every field they lack.
  for k, f in pairs(schema.item_fields) do
    if item[k] == nil and f[1] ~= schema.types.func and not f[1].fields and not f[1].list and not f[1].walk then
      item[k] = f[1].enum and f[1].enum[1] or ("x_" .. k)
    end
  end
  item.delegated_by = item.department
  local m = item.materials[1]
  for k, f in pairs(schema.material_fields) do
    if m[k] == nil then
      m[k] = f[1] == schema.types.func and function() return true end or f[1].fields and { source = "s" } or ("x_" .. k)
    end
  end
  local g
  for _, e in ipairs(catalog.compile(model).items) do
    if e.code == code then g = e.guide end
  end
  for k, v in pairs(item) do
    if type(v) ~= "function" and k ~= "offered" then h.truthy(g[k] ~= nil, "guide field " .. k) end
  end
  local gm = g.materials[1]
  for k in pairs(schema.material_fields) do
    if k ~= "when" then h.eq(gm[k], m[k], "material field " .. k) end
  end
  h.eq(gm.has_rule, true, "has_rule")
  h.eq(gm.when, nil, "when")
end)

t:case("empty lists are plain empty tables", function()
  local g = snapshot().items[2].guide
  h.eq(type(g.faq), "table", "faq")
  h.eq(next(g.faq), nil, "faq empty")
  h.eq(next(g.conditions), nil, "conditions empty")
  h.eq(getmetatable(g.faq), nil, "no metatable")
  h.eq(type(g.co_departments), "table", "co_departments")
end)

t:case("items in state 取消 are not published; 暂停 ones are", function()
  local files = h.fixture()
  h.edit(files, MZ, "promised_limit = 10,", 'promised_limit = 10,\n  state = "取消",')
  h.edit(files, MZ, 'case_type = "即办件",', 'case_type = "即办件",\n  state = "暂停",')
  local s = snapshot(files)
  h.eq(#s.items, 1, "items")
  h.eq(s.items[1].summary.state, "暂停", "暂停 published")
end)

t:case("departments, windows and bundles are lists sorted by code", function()
  local s = snapshot()
  h.eq(s.departments[1].code, "minzheng", "first department")
  h.eq(s.departments[1].items, 2, "items per department")
  h.eq(s.departments[2].items, 0, "xingshen has none")
  h.eq(s.windows[1].code, "zh01", "window")
  h.eq(type(s.windows[1].departments), "table", "window departments list")
  h.eq(#s.bundles, 1, "bundles")
end)

t:case("a bundle merges its members' materials, each asked once", function()
  local b = snapshot().bundles[1]
  h.eq(b.code, "shehui_zuzhi", "code")
  h.eq(table.concat(b.items, ","), "000112003000,000112004000", "items")
  h.eq(b.promised_limit, 8, "promised_limit")
  h.eq(b.sum_promised, 10, "sum of member limits")
  local by_id = {}
  for _, m in ipairs(b.materials) do
    h.eq(by_id[m.id], nil, "material " .. m.id .. " listed once")
    by_id[m.id] = m
  end
  h.eq(table.concat(by_id.sqb.items, ","), "000112003000,000112004000", "sqb needed by both")
  h.eq(table.concat(by_id.zhangcheng.items, ","), "000112003000", "zhangcheng")
  h.eq(table.concat(by_id.zc.items, ","), "000112004000", "zc only for the second (removed from the first)")
end)

t:case("the calendar is expanded, sorted, inherited from the base, with local closures", function()
  local c = snapshot().calendar
  local y = c.years[2026]
  h.truthy(y, "2026")
  h.eq(y.rest[1], "2026-01-01", "first rest day")
  h.eq(y.rest[4], "2026-02-15", "ranges expand")
  h.eq(#y.rest, 3 + 9 + 3 + 5 + 3 + 3 + 7, "rest days")
  h.eq(table.concat(y.work, ","), "2026-01-04,2026-02-14,2026-02-28,2026-05-09,2026-09-20,2026-10-10", "work")
  h.eq(c.closures[1].date, "2026-07-10", "closure")
  h.eq(c.closures[1].reason, "系统升级", "closure reason")
end)

t:case("a county may add a year and replace an inherited one", function()
  local files = h.fixture()
  files["luannan/calendar.lua"] = 'calendar { year = 2027, rest = { "2027-01-01" } }\n'
    .. 'calendar { year = 2026, rest = { "2026-01-01" }, work = {} }\n'
    .. 'closure { from = "2026-08-03", to = "2026-08-04", reason = "装修" }\n'
  local c = snapshot(files).calendar
  h.eq(#c.years[2026].rest, 1, "2026 replaced")
  h.eq(c.years[2027].rest[1], "2027-01-01", "2027 added")
  h.eq(#c.closures, 3, "closures accumulate and ranges expand")
end)

t:case("figures: counts, shares, averages and compression", function()
  local f = snapshot().figures
  h.eq(f.items, 2, "items")
  h.eq(f.by_type["行政许可"], 2, "by_type")
  h.eq(f.by_four["网上办"], 2, "by_four 网上办")
  h.eq(f.by_four["马上办"], 1, "by_four 马上办")
  h.eq(f.online_share, 1, "online_share")
  h.eq(f.zero_visit_share, 0.5, "zero_visit_share")
  h.eq(f.immediate_share, 0.5, "immediate_share")
  h.eq(f.avg_promised, 5, "avg_promised")
  h.eq(f.avg_statutory, 45, "avg_statutory")
  h.eq(f.compression, 0.8889, "compression = 1 - 10/90, rounded")
end)

t:case("figures of an empty list are zeros, not NaN", function()
  local f = compile.compile({ items = {}, all_items = {}, order = {}, departments = {}, windows = {}, bundles = {},
    calendar = { years = {}, closures = {} }, chain = { "x" },
    county = { id = "x", centre = {}, warning = {} } }).figures
  h.eq(f.items, 0, "items")
  h.eq(f.compression, 0, "compression")
  h.eq(f.online_share, 0, "online_share")
end)

t:case("the CSV has a BOM, CRLF line ends and Chinese headers", function()
  local csv = snapshot().csv
  h.eq(csv:sub(1, 3), "\239\187\191", "BOM")
  h.truthy(csv:find("^\239\187\191序号,事项名称,基本编码,实施编码"), "headers")
  h.eq(select(2, csv:gsub("\r\n", "")), 3, "three CRLF-ended rows")
  h.eq(select(2, csv:gsub("[^\r]\n", "")), 0, "no bare LF")
  h.contains(csv, "\r\n1,民办非企业单位成立登记,000112003000,11130224000012345W0001120030001,", "first row")
end)

t:case("CSV fields are quoted per RFC 4180", function()
  h.eq(compile.csv_field("a,b"), '"a,b"', "comma")
  h.eq(compile.csv_field('say "hi"'), '"say ""hi"""', "quotes doubled")
  h.eq(compile.csv_field("two\r\nlines"), '"two\r\nlines"', "line break")
  h.eq(compile.csv_field("plain"), "plain", "plain")
  h.eq(compile.csv_field(2.5), "2.5", "half day")
  h.eq(compile.csv_field(10.0), "10", "whole number")
  h.eq(compile.csv_field(nil), "", "nil")
  local files = h.fixture()
  h.edit(files, MZ, 'promised_limit = 10,', 'promised_limit = 10,\n  address = "友谊路1号,二楼\\"东厅\\"",')
  h.contains(snapshot(files).csv, ',"友谊路1号,二楼""东厅""",', "quoted in the list")
end)

t:case("compiling twice gives equal CSV (stable order)", function()
  local model = h.load_ok(h.fixture())
  h.eq(catalog.compile(model).csv, catalog.compile(model).csv, "csv")
end)

return t
