--- helper: the small test framework and the fixture catalogue tree shared by
-- tests/lua/test_*.lua.
--
-- A test file builds a suite with helper.suite(), adds cases with
-- suite:case(name, fn) and returns the suite; run.lua runs them in order.
-- A case fails by raising; the assertions below raise with a message that
-- says what was expected and what was found.
--
-- The fixture is a three-level chain base (国家) <- hebei (省) <- luannan
-- (县, serves), plus dalian (a second county beside luannan), written as
-- source strings so a test can change one file and see the effect.

local catalog = require "banshi.catalog"

local M = {}

-- Suites ---------------------------------------------------------------------

local Suite = {}
Suite.__index = Suite

function M.suite()
  return setmetatable({ cases = {} }, Suite)
end

function Suite:case(name, fn)
  self.cases[#self.cases + 1] = { name = name, fn = fn }
end

-- Assertions -----------------------------------------------------------------

local function show(v)
  if type(v) == "string" then return ("%q"):format(v) end
  return tostring(v)
end

function M.eq(found, want, what)
  if found ~= want then
    error(("%s: expected %s, found %s"):format(what or "value", show(want), show(found)), 2)
  end
end

function M.truthy(v, what)
  if not v then error((what or "condition") .. " is false", 2) end
  return v
end

function M.contains(s, part, what)
  if type(s) ~= "string" or not s:find(part, 1, true) then
    error(("%s: expected text containing %s, found %s"):format(what or "text", show(part), show(s)), 2)
  end
end

-- Lists errors for a failure message.
function M.dump(list)
  local out = {}
  for _, e in ipairs(list or {}) do out[#out + 1] = "  " .. catalog.format_error(e) end
  return table.concat(out, "\n")
end

--- The entries of list that match every key of want (field values compared
-- with ==, except en/zh which must contain the given text).
function M.matching(list, want)
  local out = {}
  for _, e in ipairs(list or {}) do
    local ok = true
    for k, v in pairs(want) do
      if k == "en" or k == "zh" then
        if type(e[k]) ~= "string" or not e[k]:find(v, 1, true) then ok = false end
      elseif e[k] ~= v then
        ok = false
      end
    end
    if ok then out[#out + 1] = e end
  end
  return out
end

--- Asserts that list has an entry matching want; returns it.
function M.has(list, want, what)
  local found = M.matching(list, want)
  if #found == 0 then
    local keys = {}
    for k, v in pairs(want) do keys[#keys + 1] = k .. "=" .. show(v) end
    table.sort(keys)
    error(("%s: no entry with %s among:\n%s"):format(what or "errors", table.concat(keys, ", "), M.dump(list)), 2)
  end
  return found[1]
end

--- Asserts that no entry of list matches want.
function M.hasnt(list, want, what)
  local found = M.matching(list, want)
  if #found > 0 then
    error(("%s: unexpected entry:\n%s"):format(what or "errors", M.dump(found)), 2)
  end
end

--- Loads county from files and asserts success; returns the model.
function M.load_ok(files, county)
  local model, errors, warnings = catalog.load(files, county or "luannan")
  if not model then error("load failed:\n" .. M.dump(errors), 2) end
  return model, errors, warnings
end

--- Loads county from files and asserts failure; returns errors, warnings.
function M.load_fails(files, county)
  local model, errors, warnings = catalog.load(files, county or "luannan")
  if model then error("load succeeded but errors were expected", 2) end
  return errors, warnings
end

--- The line number of the first line of files[path] containing text.
function M.line_of(files, path, text, nth)
  local n, seen = 0, 0
  for line in (files[path] .. "\n"):gmatch("([^\n]*)\n") do
    n = n + 1
    if line:find(text, 1, true) then
      seen = seen + 1
      if seen == (nth or 1) then return n end
    end
  end
  error(("%s has no line containing %s"):format(path, show(text)), 2)
end

-- The fixture ----------------------------------------------------------------

local FIXTURE = {}

FIXTURE["base/catalog.lua"] = [[
catalog {
  id = "base",
  name = "国家政务服务事项基本目录",
  level = "国家",
}

calendar {
  year = 2026,
  rest = { { "2026-01-01", "2026-01-03" }, { "2026-02-15", "2026-02-23" }, { "2026-04-04", "2026-04-06" },
           { "2026-05-01", "2026-05-05" }, { "2026-06-19", "2026-06-21" }, { "2026-09-25", "2026-09-27" },
           { "2026-10-01", "2026-10-07" } },
  work = { "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" },
}
]]

FIXTURE["base/items/minzheng.lua"] = [[
item {
  base_code = "000112003000",
  name = "民办非企业单位成立登记",
  type = "行政许可",
  legal_basis = {
    { law = "《民办非企业单位登记管理暂行条例》", article = "第三条" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 60,
  objects = { "社会组织法人" },
  conditions = { "有规范的名称和相应的组织机构" },
  materials = {
    { id = "sqb", name = "民办非企业单位成立登记申请表", core = true },
    { id = "zc", name = "章程草案", core = true },
    { id = "cdzm", name = "场所使用权证明", form = "复印件", tolerable = true },
    { id = "sfz", name = "法定代表人身份证", source = "政府部门核发",
      exempt = { source = "电子证照库", license = "居民身份证" } },
    { id = "yjs", name = "业务主管单位批准文件", necessity = "条件必要",
      condition = "有业务主管单位的",
      when = function(app) return app.data.has_supervisor == true end },
  },
  result = { type = "证照", name = "民办非企业单位登记证书" },
  theme = { "社会组织" },
  keywords = { "民非", "社会服务机构" },
  case_type = "承诺件",
  accept = function(app)
    local reasons = {}
    if not app.data.name or app.data.name == "" then reasons[#reasons + 1] = "未填写单位名称" end
    if (app.data.funds or 0) < 30000 then reasons[#reasons + 1] = "开办资金不足3万元" end
    if #reasons > 0 then return false, reasons end
    return true
  end,
}

item {
  base_code = "000112004000",
  name = "社会团体成立登记",
  type = "行政许可",
  legal_basis = { { law = "《社会团体登记管理条例》", article = "第三条" } },
  levels = { "省", "市", "县" },
  statutory_limit = 60,
  objects = { "社会组织法人" },
  materials = {
    { id = "sqb", name = "社会团体成立登记申请书", core = true },
    { id = "zc", name = "章程草案", core = true },
  },
}

item {
  base_code = "000112005000",
  name = "养老机构设立许可",
  type = "行政许可",
  legal_basis = { { law = "《中华人民共和国老年人权益保障法》", article = "第四十三条" } },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "社会组织法人" },
  materials = {
    { id = "sqs", name = "设立申请书", core = true },
  },
}
]]

FIXTURE["hebei/catalog.lua"] = [[
catalog {
  id = "hebei",
  name = "河北省政务服务事项目录",
  level = "省",
  extends = "base",
  defaults = { complaint = "12345政务服务便民热线" },
}
]]

FIXTURE["hebei/items.lua"] = [[
item {
  base = "000112003000",
  keywords = { "民非", "社会服务机构", "河北" },
  statutory_limit = 30,
}
]]

FIXTURE["luannan/catalog.lua"] = [[
catalog {
  id = "luannan",
  name = "滦南县",
  level = "县",
  region = "130224",
  extends = "hebei",
  serves = true,
  centre = { name = "滦南县政务服务中心", address = "滦南县友谊路1号", phone = "0315-4111111",
             hours = "周一至周五 9:00-12:00 13:30-17:00" },
  office_close = "17:00",
  defaults = { address = "滦南县政务服务中心二楼", hours = "工作日 9:00-17:00", phone = "0315-4111111",
               scope = "全县通办" },
}

department {
  code = "minzheng",
  name = "滦南县民政局",
  credit_code = "11130224000012345W",
  nature = "法定机关",
}

department {
  code = "xingshen",
  name = "滦南县行政审批局",
  credit_code = "11130224000054321U",
  nature = "法定机关",
}

window {
  code = "zh01", name = "综合受理窗口1", kind = "综合受理", location = "一楼大厅A区",
  hours = { { days = "1-5", open = "09:00", close = "12:00" } },
}

closure { date = "2026-07-10", reason = "系统升级" }
]]

FIXTURE["luannan/items/minzheng.lua"] = [[
item {
  base = "000112003000",
  impl_code = "11130224000012345W0001120030001",
  department = "minzheng",
  promised_limit = 10,
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "领取证书",
  fees = { charged = false },
  four = { "网上办", "一次办" },
  tolerance = { allowed = true, supplement_days = 5 },
  materials = { remove = { "zc" }, set = { cdzm = { note = "租赁合同亦可" } },
                add = { { id = "zhangcheng", name = "章程（县级范本）", core = true } } },
}

item {
  base = "000112004000",
  impl_code = "11130224000012345W0001120040001",
  department = "minzheng",
  promised_limit = 0,
  case_type = "即办件",
  online_depth = "全程网办",
  visits = 0,
  fees = { charged = true, items = { { name = "工本费", standard = "10元/本", basis = "冀价费〔2020〕1号" } } },
  four = { "马上办", "网上办", "一次办" },
}

item {
  base = "000112005000",
  offered = false,
  reason = "由市民政局实施",
}

bundle {
  code = "shehui_zuzhi",
  name = "社会组织成立一件事",
  items = { "000112003000", "000112004000" },
  promised_limit = 8,
}
]]

FIXTURE["dalian/catalog.lua"] = [[
catalog { id = "dalian", name = "测试县", level = "县", region = "130225", extends = "hebei", serves = true }
]]

--- A fresh copy of the fixture tree, with changes applied: changes maps a
-- path to new source text (or false to delete the file).
function M.fixture(changes)
  local files = {}
  for k, v in pairs(FIXTURE) do files[k] = v end
  for k, v in pairs(changes or {}) do files[k] = v or nil end
  return files
end

--- Replaces the first occurrence of old (plain text) in files[path].
function M.edit(files, path, old, new)
  local s = files[path]
  local a, b = s:find(old, 1, true)
  if not a then error(("%s has no text %s"):format(path, show(old)), 2) end
  files[path] = s:sub(1, a - 1) .. new .. s:sub(b + 1)
  return files
end

return M
