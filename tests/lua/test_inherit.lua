-- Inheritance along base (国家) <- hebei (省) <- luannan (县): what a county
-- inherits, what it overrides, and how materials are changed.

local catalog = require "banshi.catalog"
local h = require "helper"

local t = h.suite()
local MZ = "luannan/items/minzheng.lua"

local function material_ids(item)
  local ids = {}
  for _, m in ipairs(item.materials) do ids[#ids + 1] = m.id end
  return table.concat(ids, ",")
end

t:case("the fixture loads cleanly over three levels", function()
  local model, warnings = h.load_ok(h.fixture())
  h.eq(#warnings, 0, "warnings")
  h.eq(table.concat(model.chain, ","), "base,hebei,luannan", "chain")
  h.eq(model.county.name, "滦南县", "county name")
end)

t:case("a field set only in the base reaches the county", function()
  local model = h.load_ok(h.fixture())
  local item = model.items["000112003000"]
  h.eq(item.name, "民办非企业单位成立登记", "name from base")
  h.eq(item.type, "行政许可", "type from base")
  h.eq(item.case_type, "承诺件", "case_type from base")
end)

t:case("a province override sits between base and county", function()
  local model = h.load_ok(h.fixture())
  local item = model.items["000112003000"]
  h.eq(item.statutory_limit, 30, "statutory_limit from hebei")
  h.eq(item.keywords[3], "河北", "keywords replaced wholesale by hebei")
  h.eq(item.promised_limit, 10, "promised_limit from luannan")
end)

t:case("a change in the base flows down to a county that did not override it", function()
  local files = h.fixture()
  h.edit(files, "base/items/minzheng.lua", 'name = "民办非企业单位成立登记"', 'name = "民办非企业单位成立登记（新）"')
  local model = h.load_ok(files)
  h.eq(model.items["000112003000"].name, "民办非企业单位成立登记（新）", "name")
end)

t:case("a county override beats the province and the base", function()
  local files = h.fixture()
  h.edit(files, MZ, "promised_limit = 10,", "promised_limit = 10,\n  statutory_limit = 20,")
  local model = h.load_ok(files)
  h.eq(model.items["000112003000"].statutory_limit, 20, "statutory_limit")
end)

t:case("materials remove, set and add apply to the inherited list in order", function()
  local model = h.load_ok(h.fixture())
  local item = model.items["000112003000"]
  h.eq(material_ids(item), "sqb,cdzm,sfz,yjs,zhangcheng", "material ids")
  h.eq(item.materials[2].note, "租赁合同亦可", "set changed cdzm.note")
  h.eq(item.materials[2].tolerable, true, "set kept cdzm.tolerable")
  h.eq(item.materials[2].form, "复印件", "set kept cdzm.form")
end)

t:case("materials set does not change the parent's material for other counties", function()
  local files = h.fixture()
  local model = h.load_ok(files)
  h.eq(model.items["000112003000"].materials[2].note, "租赁合同亦可", "luannan note")
  local model2 = h.load_ok(h.edit(h.fixture(), "dalian/catalog.lua", "}\n", "}\n" .. [[
department { code = "mz", name = "测试县民政局", credit_code = "11130224000067890R" }
item { base = "000112003000", impl_code = "11130224000067890R0001120030001", department = "mz",
  promised_limit = 5, visits = 0, online_depth = "全程网办", fees = { charged = false } }
item { base = "000112004000", offered = false, reason = "未承接" }
item { base = "000112005000", offered = false, reason = "未承接" }
]]), "dalian")
  h.eq(model2.items["000112003000"].materials[3].note, nil, "dalian sees the base material unchanged")
end)

t:case("a plain materials list replaces the inherited list", function()
  local files = h.fixture()
  h.edit(files, MZ, 'materials = { remove = { "zc" }, set = { cdzm = { note = "租赁合同亦可" } },\n'
    .. '                add = { { id = "zhangcheng", name = "章程（县级范本）", core = true } } },',
    'materials = { { id = "only", name = "唯一材料" } },')
  local model = h.load_ok(files)
  h.eq(material_ids(model.items["000112003000"]), "only", "materials")
  h.eq(model.items["000112003000"].materials[1].necessity, "必要", "default necessity")
end)

t:case("catalogue defaults fill local facts the item does not set", function()
  local model = h.load_ok(h.fixture())
  local item = model.items["000112003000"]
  h.eq(item.address, "滦南县政务服务中心二楼", "address from luannan defaults")
  h.eq(item.complaint, "12345政务服务便民热线", "complaint from hebei defaults")
  local files = h.fixture()
  h.edit(files, MZ, "promised_limit = 10,", 'promised_limit = 10,\n  address = "民政局一楼",')
  h.eq(h.load_ok(files).items["000112003000"].address, "民政局一楼", "the item's own address wins")
end)

t:case("a declined item is not offered and a neglected one warns", function()
  local model = h.load_ok(h.fixture())
  h.eq(model.items["000112005000"], nil, "declined item not offered")
  h.eq(model.declined[1], "000112005000", "declined list")
  local files = h.fixture()
  h.edit(files, MZ, 'item {\n  base = "000112005000",\n  offered = false,\n  reason = "由市民政局实施",\n}\n', "")
  local _, warnings = h.load_ok(files)
  h.has(warnings, { item = "000112005000", file = "luannan/catalog.lua", en = "neither adopts" })
end)

t:case("four levels work: a city between province and county", function()
  local files = h.fixture()
  files["tangshan/catalog.lua"] = 'catalog { id = "tangshan", name = "唐山市", level = "市", extends = "hebei" }\n'
  files["tangshan/items.lua"] = 'item { base = "000112003000", theme = { "唐山主题" } }\n'
  h.edit(files, "luannan/catalog.lua", 'extends = "hebei"', 'extends = "tangshan"')
  local model = h.load_ok(files)
  h.eq(table.concat(model.chain, ","), "base,hebei,tangshan,luannan", "chain")
  h.eq(model.items["000112003000"].theme[1], "唐山主题", "theme from the city")
  h.eq(model.items["000112003000"].statutory_limit, 30, "statutory from the province")
end)

t:case("an inheritance cycle is reported at the extends line", function()
  local files = h.fixture()
  h.edit(files, "base/catalog.lua", 'level = "国家",', 'level = "国家",\n  extends = "luannan",')
  local errors = h.load_fails(files)
  local e = h.has(errors, { en = "inheritance cycle", field = "extends" })
  h.contains(e.en, "luannan -> hebei -> base -> luannan", "cycle path")
  h.eq(e.line, h.line_of(files, e.file, "extends"), "line")
end)

t:case("an unknown parent is reported with a suggestion", function()
  local files = h.fixture()
  h.edit(files, "luannan/catalog.lua", 'extends = "hebei"', 'extends = "hebie"')
  local errors = h.load_fails(files)
  local e = h.has(errors, { file = "luannan/catalog.lua", field = "extends", en = "did you mean 'hebei'" })
  h.eq(e.line, h.line_of(files, "luannan/catalog.lua", "extends"), "line")
end)

t:case("adopting an item no parent defines is an error", function()
  local files = h.fixture()
  h.edit(files, MZ, 'base = "000112004000"', 'base = "000112004001"')
  local errors = h.load_fails(files)
  h.has(errors, { item = "000112004001", field = "base", en = "did you mean '000112004000'" })
end)

t:case("redefining an inherited item with base_code is an error", function()
  local files = h.fixture()
  files["hebei/more.lua"] = 'item { base_code = "000112004000", name = "重复", type = "行政许可",\n'
    .. '  statutory_limit = 1, legal_basis = { { law = "x" } } }\n'
  local errors = h.load_fails(files)
  h.has(errors, { file = "hebei/more.lua", line = 1, field = "base_code", en = "already defined in catalogue 'base'" })
end)

t:case("the folder name and the catalogue id must match", function()
  local files = h.fixture()
  h.edit(files, "luannan/catalog.lua", 'id = "luannan"', 'id = "luanan"')
  local errors = h.load_fails(files)
  h.has(errors, { file = "luannan/catalog.lua", line = 2, field = "id" })
end)

t:case("a folder without catalog.lua is reported", function()
  local files = h.fixture({ ["luannan/catalog.lua"] = false })
  local errors = h.load_fails(files)
  h.has(errors, { file = "luannan/catalog.lua", en = "no catalog { } declaration" })
end)

t:case("loading a base catalogue as a county is refused", function()
  local errors = h.load_fails(h.fixture(), "hebei")
  h.has(errors, { item = "hebei", en = "not an implementation list" })
end)

t:case("loading an unknown county is refused with a suggestion", function()
  local errors = h.load_fails(h.fixture(), "luanan")
  h.has(errors, { en = "did you mean 'luannan'" })
end)

t:case("counties lists the implementation lists without running item files", function()
  local files = h.fixture()
  files["luannan/boom.lua"] = "error('item files are not run')\n"
  files["hebei/catalog.lua"] = files["hebei/catalog.lua"] .. "os.execute('true')\n"
  local ids = catalog.counties(files)
  h.eq(table.concat(ids, ","), "dalian,luannan", "serving ids")
end)

t:case("misuse raises", function()
  h.truthy(not pcall(catalog.load, nil, "luannan"), "files = nil raises")
  h.truthy(not pcall(catalog.load, {}, 3), "county_id = 3 raises")
  h.truthy(not pcall(catalog.load, { ["a/catalog.lua"] = 5 }, "a"), "non-string source raises")
  h.truthy(not pcall(catalog.compile, "x"), "compile of a string raises")
end)

t:case("files are loaded catalog.lua first, then in byte order of path", function()
  local files = h.fixture()
  files["luannan/a.lua"] = 'item { base = "000112004000", theme = { "A" } }\n'
  local errors = h.load_fails(files)
  -- The second declaration of the same item in one catalogue is the error,
  -- so a.lua (earlier in byte order) is the first.
  h.has(errors, { file = "luannan/items/minzheng.lua",
    en = "declared twice in catalogue 'luannan' (first at luannan/a.lua:1)" })
end)

return t
