-- Validation: one failing case per rule, each asserting the file, the line
-- of the offending field, the field and that the message says what is valid.

local catalog = require "banshi.catalog"
local h = require "helper"

local t = h.suite()
local BASE = "base/items/minzheng.lua"
local MZ = "luannan/items/minzheng.lua"
local CAT = "luannan/catalog.lua"

-- Applies edits { {path, old, new}, ... } to the fixture, loads luannan and
-- returns the errors (asserting the load failed), the files and warnings.
local function fails(edits)
  local files = h.fixture()
  for _, e in ipairs(edits) do h.edit(files, e[1], e[2], e[3]) end
  local errors, warnings = h.load_fails(files)
  return errors, files, warnings
end

-- Asserts an error about field in path, on the line holding text.
local function expect(errors, files, path, field, text, en)
  local want = { file = path, field = field, line = h.line_of(files, path, text) }
  if en then want.en = en end
  return h.has(errors, want)
end

t:case("an enumeration takes its Chinese values and the message lists them", function()
  local errors, files = fails({ { BASE, 'type = "行政许可",', 'type = "行政许诺",' } })
  local e = expect(errors, files, BASE, "type", "行政许诺", "valid values: 行政许可, 行政处罚")
  h.contains(e.en, "did you mean '行政许可'", "suggestion")
  h.contains(e.zh, "可选值：行政许可、行政处罚", "zh lists the values")
  h.eq(e.item, "000112003000", "item")
end)

t:case("a base code must be 12 characters of 0-9 and A-Z", function()
  local errors, files = fails({ { BASE, 'base_code = "000112005000"', 'base_code = "00011200500"' } })
  expect(errors, files, BASE, "base_code", '"00011200500"', "12-character base code")
end)

t:case("an implementation code must be 31 characters", function()
  local errors, files = fails({ { MZ, '"11130224000012345W0001120030001"', '"11130224000012345W000112003000"' } })
  expect(errors, files, MZ, "impl_code", "11130224000012345W000112003000", "31-character")
end)

t:case("an implementation code begins with the department's credit code", function()
  local errors, files = fails({ { MZ, '"11130224000012345W0001120030001"', '"11130224000054321U0001120030001"' } })
  expect(errors, files, MZ, "impl_code", "11130224000054321U", "must begin with the department's credit code")
end)

t:case("an implementation code carries the base code", function()
  local errors, files = fails({ { MZ, '"11130224000012345W0001120030001"', '"11130224000012345W0001120039991"' } })
  expect(errors, files, MZ, "impl_code", "0001120039991", "base code 000112003000")
end)

t:case("implementation codes are unique", function()
  local errors, files = fails({ { MZ, '"11130224000012345W0001120040001"', '"11130224000012345W0001120030001"' },
    { MZ, 'impl_code = "11130224000012345W0001120030001",\n  department = "minzheng",\n  promised_limit = 0',
      'impl_code = "11130224000012345W0001120030001",\n  department = "minzheng",\n  promised_limit = 0' } })
  h.has(errors, { file = MZ, field = "impl_code", en = "also used by item" })
  h.truthy(files, "files")
end)

t:case("a credit code's check digit follows GB 32100-2015", function()
  local errors, files = fails({ { CAT, '"11130224000012345W"', '"11130224000012345X"' } })
  local e = expect(errors, files, CAT, "credit_code", "11130224000012345X", "GB 32100 requires 'W'")
  h.eq(e.item, "minzheng", "item is the department code")
end)

t:case("a credit code uses only the GB 32100 characters", function()
  local errors, files = fails({ { CAT, '"11130224000012345W"', '"1113022400001234IW"' } })
  expect(errors, files, CAT, "credit_code", "1113022400001234IW", "outside the GB 32100 set")
end)

t:case("the promised limit may not exceed the statutory limit", function()
  local errors, files = fails({ { MZ, "promised_limit = 10,", "promised_limit = 45," } })
  local e = expect(errors, files, MZ, "promised_limit", "promised_limit = 45", "exceeds statutory_limit 30")
  local set_at = h.line_of(files, "hebei/items.lua", "statutory_limit = 30")
  h.contains(e.en, "(set at hebei/items.lua:" .. set_at .. ")", "names the line where the statutory limit was set")
  h.contains(e.zh, "hebei/items.lua:" .. set_at, "so does the Chinese message")
end)

t:case("limits are multiples of half a day", function()
  local errors, files = fails({ { MZ, "promised_limit = 10,", "promised_limit = 2.3," } })
  expect(errors, files, MZ, "promised_limit", "2.3", "steps of 0.5")
  local ok = h.fixture()
  h.edit(ok, MZ, "promised_limit = 10,", "promised_limit = 7.5,")
  h.load_ok(ok)
end)

t:case("only 即办件 may have a limit of 0", function()
  local errors, files = fails({ { MZ, "promised_limit = 10,", "promised_limit = 0," } })
  expect(errors, files, MZ, "promised_limit", "promised_limit = 0,", "unless the item is 即办件")
end)

t:case("visits above 0 need a reason", function()
  local errors, files = fails({ { MZ, '  visits_reason = "领取证书",\n', "" } })
  expect(errors, files, MZ, "visits", "visits = 1", "visits_reason is missing")
end)

t:case("a charged fee needs a basis and a standard", function()
  local errors, files = fails({ { MZ, ', basis = "冀价费〔2020〕1号"', "" } })
  expect(errors, files, MZ, "fees.items[1]", "工本费", "without basis")
end)

t:case("charged = true needs fee items", function()
  local errors, files = fails({ { MZ, "fees = { charged = false },", "fees = { charged = true }," } })
  expect(errors, files, MZ, "fees.charged", "charged = true", "needs items")
end)

t:case("全程网办 requires no visits", function()
  local errors, files = fails({ { MZ, "visits = 0,", "visits = 1, visits_reason = \"核验\"," } })
  expect(errors, files, MZ, "online_depth", '"全程网办"', "requires visits = 0")
end)

t:case("a core material cannot be tolerable", function()
  local errors, files = fails({ { MZ, 'set = { cdzm = { note = "租赁合同亦可" } }',
    'set = { cdzm = { note = "租赁合同亦可" }, sqb = { tolerable = true } }' } })
  local e = expect(errors, files, MZ, "materials.set[sqb].tolerable", "sqb = { tolerable", "cannot be tolerable")
  h.eq(e.item, "000112003000", "item")
end)

t:case("an exempt material names its source", function()
  local errors, files = fails({ { BASE, 'exempt = { source = "电子证照库", license = "居民身份证" }',
    'exempt = { license = "居民身份证" }' } })
  expect(errors, files, BASE, "materials[sfz].exempt.source", "exempt =", "required field 'source'")
  local errors2, files2 = fails({ { BASE, 'exempt = { source = "电子证照库", license = "居民身份证" }',
    "exempt = true" } })
  expect(errors2, files2, BASE, "materials[sfz].exempt", "exempt = true", "must be a table")
end)

t:case("a conditional material states its condition", function()
  local errors, files = fails({ { BASE, '      condition = "有业务主管单位的",\n', "" } })
  expect(errors, files, BASE, "materials[yjs].necessity", '"条件必要"', "no condition")
end)

t:case("a department reference must resolve, with a suggestion", function()
  local errors, files = fails({ { MZ, 'department = "minzheng",', 'department = "minzhen",' } })
  local e = expect(errors, files, MZ, "department", '"minzhen"', "did you mean 'minzheng'")
  h.contains(e.zh, "是否应为“minzheng”", "zh suggestion")
end)

t:case("co-handling, review and delegating departments must resolve", function()
  local errors, files = fails({ { MZ, "visits = 1,",
    'visits = 1,\n  co_departments = { "xingshen", "gongan" },\n'
      .. '  review = { mode = "并联", departments = { "zhujian" } },'
      .. '\n  delegated_by = "shiminzheng",' } })
  expect(errors, files, MZ, "co_departments[2]", "co_departments", "'gongan'")
  expect(errors, files, MZ, "review.departments[1]", "zhujian", "'zhujian'")
  expect(errors, files, MZ, "delegated_by", "shiminzheng", "'shiminzheng'")
end)

t:case("window departments must resolve and belong to a 专窗", function()
  local errors, files = fails({ { CAT, 'kind = "综合受理", location', 'kind = "专窗", departments = { "mz" }, location' } })
  expect(errors, files, CAT, "departments[1]", 'departments = { "mz" }', "department 'mz'")
end)

t:case("a 告知承诺 replaces only materials the item has", function()
  local errors, files = fails({ { MZ, "visits = 1,",
    'visits = 1,\n  commitment = { allowed = true, conditions = { "承诺场所合法" }, replaces = { "cdzm", "cdz" } },' } })
  expect(errors, files, MZ, "commitment.replaces[2]", "replaces", "did you mean 'cdzm'")
end)

t:case("a 告知承诺 states what is promised", function()
  local errors, files = fails({ { MZ, "visits = 1,", "visits = 1,\n  commitment = { allowed = true },", } })
  expect(errors, files, MZ, "commitment.conditions", "commitment", "needs conditions")
end)

t:case("a bundle names items the county offers", function()
  local errors, files = fails({ { MZ, 'items = { "000112003000", "000112004000" }',
    'items = { "000112003000", "000112005000", "000112009999" }' } })
  expect(errors, files, MZ, "items[2]", '"000112005000", "000112009999"', "not offered")
  expect(errors, files, MZ, "items[3]", '"000112005000", "000112009999"', "not defined")
end)

t:case("an unknown field is an error with a did-you-mean", function()
  local errors, files = fails({ { MZ, "promised_limit = 10,", "promise_limit = 10," } })
  local e = expect(errors, files, MZ, "promise_limit", "promise_limit", "did you mean 'promised_limit'")
  h.contains(e.zh, "未知字段“promise_limit”", "zh")
end)

t:case("an unknown material field is an error with a did-you-mean", function()
  local errors, files = fails({ { BASE, '{ id = "zc", name = "章程草案", core = true }',
    '{ id = "zc", name = "章程草案", cor = true }' } })
  expect(errors, files, BASE, "materials[zc].cor", "cor = true", "did you mean 'core'")
end)

t:case("马上办 requires 即办件", function()
  local errors, files = fails({ { MZ, 'four = { "网上办", "一次办" }', 'four = { "马上办", "网上办", "一次办" }' } })
  expect(errors, files, MZ, "four", '"马上办", "网上办", "一次办" }', "马上办 requires case_type")
end)

t:case("网上办 requires online acceptance or fully online handling", function()
  local errors, files = fails({ { MZ, 'online_depth = "互联网受理"', 'online_depth = "互联网预审"' } })
  expect(errors, files, MZ, "four", 'four = { "网上办", "一次办" }', "网上办 requires online_depth")
end)

t:case("一次办 requires at most one visit", function()
  local errors, files = fails({ { MZ, "visits = 1,", "visits = 2," } })
  expect(errors, files, MZ, "four", 'four = { "网上办", "一次办" }', "requires visits <= 1")
end)

t:case("dates must be real calendar days", function()
  local errors, files = fails({ { MZ, "visits = 1,", 'visits = 1,\n  effective_date = "2026-02-30",' } })
  expect(errors, files, MZ, "effective_date", "2026-02-30", "a date YYYY-MM-DD")
end)

t:case("a cancel date does not precede the effective date", function()
  local errors, files = fails({ { MZ, "visits = 1,",
    'visits = 1,\n  effective_date = "2026-03-01",\n  cancel_date = "2026-01-01",' } })
  expect(errors, files, MZ, "cancel_date", "cancel_date", "before effective_date")
end)

t:case("calendar dates lie in their year and ranges run forward", function()
  local errors, files = fails({
    { "base/catalog.lua", '{ "2026-04-04", "2026-04-06" }', '{ "2026-04-06", "2026-04-04" }' },
    { "base/catalog.lua", '"2026-01-04",', '"2025-01-04",' } })
  expect(errors, files, "base/catalog.lua", "rest[3]", "rest", "range starts")
  h.has(errors, { file = "base/catalog.lua", field = "work[1]", en = "is not in 2026" })
end)

t:case("a closure needs a valid date or range", function()
  local errors, files = fails({ { CAT, 'closure { date = "2026-07-10"', 'closure { date = "2026-07-32"' } })
  expect(errors, files, CAT, "date", "2026-07-32", "YYYY-MM-DD")
end)

t:case("window hours close after they open", function()
  local errors, files = fails({ { CAT, 'open = "09:00", close = "12:00"', 'open = "13:00", close = "12:00"' } })
  expect(errors, files, CAT, "hours[1].close", "close = \"12:00\"", "closes at 12:00")
end)

t:case("catalogue fields are checked: region, level and unknown fields", function()
  local errors, files = fails({ { CAT, 'region = "130224"', 'region = "13022"' },
    { CAT, 'level = "县"', 'level = "区县"' }, { CAT, 'office_close = "17:00"', 'ofice_close = "17:00"' } })
  expect(errors, files, CAT, "region", "13022", "6-digit")
  expect(errors, files, CAT, "level", "区县", "valid values: 国家, 省, 市, 县, 乡, 村")
  expect(errors, files, CAT, "ofice_close", "ofice_close", "did you mean 'office_close'")
end)

t:case("codes of departments are unique within a catalogue", function()
  local errors, files = fails({ { CAT, 'code = "xingshen"', 'code = "minzheng"' } })
  h.has(errors, { file = CAT, field = "code",
    en = ("declared twice (first at luannan/catalog.lua:%d)"):format(h.line_of(files, CAT, "department {")),
    line = h.line_of(files, CAT, 'code = "minzheng"', 2) })
end)

t:case("an offered item needs its local facts", function()
  local errors, files = fails({ { MZ, '  department = "minzheng",\n  promised_limit = 10,', "" } })
  local e = h.has(errors, { file = MZ, en = "lacks department" })
  h.eq(e.line, h.line_of(files, MZ, "item {"), "reported at the declaration")
  h.has(errors, { file = MZ, en = "lacks promised_limit" })
end)

t:case("offered = false needs a reason", function()
  local errors, files = fails({ { MZ, '  reason = "由市民政局实施",\n', "" } })
  expect(errors, files, MZ, "offered", "offered = false", "needs reason")
end)

t:case("materials.remove and materials.set name existing materials", function()
  local errors, files = fails({ { MZ, 'remove = { "zc" }', 'remove = { "zcc" }' },
    { MZ, "set = { cdzm =", "set = { cdz =" } })
  expect(errors, files, MZ, "materials.remove[1]", "remove", "did you mean 'zc'")
  expect(errors, files, MZ, "materials.set[cdz]", "cdz =", "no such material")
end)

t:case("容缺 supplement days stay within the promised limit", function()
  local errors, files = fails({ { MZ, "supplement_days = 5", "supplement_days = 15" } })
  expect(errors, files, MZ, "tolerance.supplement_days", "supplement_days", "beyond the promised_limit")
end)

t:case("every error is listed at once, not only the first", function()
  local errors = fails({
    { BASE, 'type = "行政许可",', 'type = "许可",' },
    { MZ, "promised_limit = 10,", "promised_limit = 45," },
    { MZ, 'department = "minzheng",\n  promised_limit = 0', 'department = "minzheng",\n  promised_limit = 0.3' },
    { CAT, '"11130224000054321U"', '"11130224000054321V"' },
    { MZ, "visits = 1,", "visits = 1, vists = 2," },
  })
  h.has(errors, { file = BASE, field = "type" })
  h.has(errors, { file = MZ, field = "promised_limit", en = "exceeds" })
  h.has(errors, { file = MZ, field = "promised_limit", en = "steps of 0.5" })
  h.has(errors, { file = CAT, field = "credit_code" })
  h.has(errors, { file = MZ, field = "vists", en = "did you mean 'visits'" })
end)

t:case("each error carries file, line, item, field, zh and en", function()
  local errors = fails({ { MZ, "promised_limit = 10,", "promised_limit = 45," } })
  local e = h.has(errors, { field = "promised_limit" })
  for _, k in ipairs({ "file", "line", "item", "field", "zh", "en" }) do h.truthy(e[k] ~= nil, k) end
  h.eq(type(e.line), "number", "line type")
end)

t:case("format_error gives one line: file:line: item: field: en / zh", function()
  local s = catalog.format_error({ file = "luannan/a.lua", line = 4, item = "000112003000", field = "visits",
    en = "bad", zh = "错" })
  h.eq(s, "luannan/a.lua:4: item 000112003000: field visits: bad / 错", "format")
  local w = catalog.format_error({ file = "a/b.lua", line = 1, en = "x", zh = "y", severity = "warning" })
  h.eq(w, "a/b.lua:1: x / y", "a warning reads the same; the caller prefixes it")
end)

t:case("check validates every catalogue and deduplicates", function()
  local files = h.fixture()
  h.edit(files, BASE, 'type = "行政许可",', 'type = "许可",')
  local errors, warnings = catalog.check(files)
  local found = h.matching(errors, { file = BASE, field = "type" })
  h.eq(#found, 1, "one entry although luannan, dalian, hebei and base all see it")
  h.has(warnings, { file = "dalian/catalog.lua", en = "neither adopts" }, "warnings")
end)

t:case("check of the clean fixture has no errors", function()
  local errors = catalog.check(h.fixture())
  h.eq(#errors, 0, "errors:\n" .. h.dump(errors))
end)

t:case("check hands each serving county's model to opts.serving and lists its errors once", function()
  local files = h.fixture()
  local seen = {}
  local errors = catalog.check(files, { serving = function(model, given)
    seen[#seen + 1] = model.county.id
    h.eq(given, files, "the catalogue files, for lines")
    -- An error in a shared file, as a plugin's own file is: listed once.
    return { { file = "plugins/x/init.lua", line = 3, en = "broken", zh = "坏了", severity = "error" },
      { file = model.county.id .. "/catalog.lua", line = 2, field = "plugins.x", en = "bad", zh = "错" } }
  end })
  table.sort(seen)
  h.eq(table.concat(seen, ","), "dalian,luannan", "only implementation lists (serves = true)")
  h.eq(#h.matching(errors, { file = "plugins/x/init.lua" }), 1, "a shared file's error once")
  h.has(errors, { file = "luannan/catalog.lua", line = 2, field = "plugins.x", en = "bad" })
  h.has(errors, { file = "dalian/catalog.lua", line = 2, field = "plugins.x" })
end)

t:case("check finds an error in a base catalogue no county uses", function()
  local files = h.fixture()
  files["orphan/catalog.lua"] = 'catalog { id = "orphan", name = "孤立目录", level = "省", extends = "base" }\n'
  files["orphan/items.lua"] = 'item { base = "000112003000", statutory_limit = 7.2 }\n'
  local errors = catalog.check(files)
  h.has(errors, { file = "orphan/items.lua", line = 1, field = "statutory_limit" })
end)

t:case("window days take a range or a comma list of single weekdays", function()
  for _, days in ipairs({ "6", "6,7", "1,3,5", "1-5" }) do
    local files = h.fixture()
    h.edit(files, "luannan/catalog.lua", 'days = "1-5"', ('days = "%s"'):format(days))
    h.load_ok(files)
  end
  for _, days in ipairs({ "8", "1,,3", "6,", "1-5,6", "" }) do
    local errors, files = fails({ { "luannan/catalog.lua", 'days = "1-5"', ('days = "%s"'):format(days) } })
    expect(errors, files, "luannan/catalog.lua", "hours[1].days", ('days = "%s"'):format(days))
  end
end)

t:case("a cancelled base item asks no decision of the county", function()
  local extra = [[

item {
  base_code = "000112006000",
  name = "某项已取消事项",
  type = "行政许可",
  legal_basis = { { law = "《社会团体登记管理条例》", article = "第九条" } },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "自然人" },
  materials = { { id = "sqs", name = "申请书", core = true } },
  STATE
}
]]
  local files = h.fixture()
  files[BASE] = files[BASE] .. extra:gsub("STATE", 'state = "取消",')
  local _, warnings = h.load_ok(files)
  h.hasnt(warnings, { item = "000112006000" })
  -- The same item in use does ask for a decision.
  files = h.fixture()
  files[BASE] = files[BASE] .. extra:gsub("STATE", "")
  _, warnings = h.load_ok(files)
  h.has(warnings, { item = "000112006000", en = "neither adopts it" })
end)

return t
