--- banshi.catalog.schema: the fields each declaration may carry, their
-- Chinese names, and a walker that checks a declared table against them.
--
-- The schema is data so that the reference (docs/catalog.md), the
-- unknown-field suggestions and the messages all come from one list.
-- The walker checks shapes and single values only (types, enumerations,
-- formats, required fields of records that never merge). Rules that span
-- fields or catalogues (promised <= statutory, 四办 consistency, references)
-- live in banshi.catalog.validate, because inheritance can set the two sides
-- in different files.
--
-- A type is a table { en = "...", zh = "...", test = function(v) } for
-- scalars, or one made by list(), record() or a custom walk function.
-- The walker reports through ctx:add(severity, path, en, zh).

local util = require "banshi.catalog.util"

local M = {}

-- Enumerations ---------------------------------------------------------------

M.enums = {
  level = { "国家", "省", "市", "县", "乡", "村" },
  item_type = { "行政许可", "行政处罚", "行政强制", "行政征收", "行政给付", "行政检查",
    "行政确认", "行政奖励", "行政裁决", "行政备案", "其他行政权力", "公共服务" },
  nature = { "法定机关", "授权组织", "受委托组织" },
  window_kind = { "综合受理", "综合出件", "专窗", "帮办代办" },
  objects = { "自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "其他组织" },
  result_type = { "证照", "批文", "其他" },
  case_type = { "即办件", "承诺件", "联办件", "上报件" },
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = { "互联网咨询", "互联网收件", "互联网预审", "互联网受理", "全程网办" },
  scope = { "全县通办", "全市通办", "全省通办", "跨省通办" },
  four = { "马上办", "网上办", "就近办", "一次办" },
  reform_mode = { "直接取消审批", "审批改为备案", "实行告知承诺", "优化审批服务" },
  review_mode = { "并联", "串联" },
  state = { "在用", "暂停", "取消" },
  form = { "原件", "复印件", "原件和复印件" },
  medium = { "纸质", "电子", "纸质或电子" },
  necessity = { "必要", "非必要", "条件必要" },
  source = { "申请人自备", "政府部门核发", "其他" },
  -- 行政许可法 art. 45, plus 公示 which counties add locally. Other names
  -- only warn: real lists carry local procedures such as 现场勘查.
  special = { "听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审", "公示" },
}

-- Scalar types ---------------------------------------------------------------

local function scalar(en, zh, test) return { en = en, zh = zh, test = test } end

local T = {}
M.types = T

T.str = scalar("a non-empty string", "非空文字", function(v)
  return type(v) == "string" and v:match("%S") ~= nil
end)
T.text = scalar("a string", "文字", function(v) return type(v) == "string" end)
T.bool = scalar("true or false", "true或false", function(v) return type(v) == "boolean" end)
T.func = scalar("a function", "函数", function(v) return type(v) == "function" end)
T.ident = scalar("an identifier matching ^[a-z][a-z0-9_]*$", "小写字母开头的标识（^[a-z][a-z0-9_]*$）",
  function(v) return type(v) == "string" and v:match("^[a-z][a-z0-9_]*$") ~= nil end)
T.code12 = scalar("a 12-character base code of 0-9 and A-Z", "12位基本编码（0-9、A-Z）",
  function(v) return type(v) == "string" and v:match("^[0-9A-Z]+$") ~= nil and #v == 12 end)
T.impl_code = scalar("a 31-character implementation code of 0-9 and A-Z", "31位实施编码（0-9、A-Z）",
  function(v) return type(v) == "string" and v:match("^[0-9A-Z]+$") ~= nil and #v == 31 end)
T.credit = scalar("an 18-character unified social credit code", "18位统一社会信用代码",
  function(v) return util.check_credit_code(v) end)
T.region = scalar("a 6-digit administrative division code", "6位行政区划代码",
  function(v) return type(v) == "string" and v:match("^%d%d%d%d%d%d$") ~= nil end)
T.date = scalar("a date YYYY-MM-DD", "日期（YYYY-MM-DD）",
  function(v) return util.parse_date(v) ~= nil end)
T.hhmm = scalar("a time HH:MM", "时间（HH:MM）", function(v) return util.parse_hhmm(v) ~= nil end)
T.limit = scalar("a number of working days >= 0 in steps of 0.5", "不小于0且为0.5整数倍的工作日数",
  function(v) return util.is_half_multiple(v) and v >= 0 end)
T.count = scalar("a whole number >= 0", "不小于0的整数",
  function(v) return util.is_whole(v) and v >= 0 end)
T.posint = scalar("a whole number >= 1", "不小于1的整数",
  function(v) return util.is_whole(v) and v >= 1 end)
T.year = scalar("a year between 1900 and 2100", "1900至2100之间的年份",
  function(v) return util.is_whole(v) and v >= 1900 and v <= 2100 end)
T.ratio = scalar("a number between 0 and 1", "0到1之间的数",
  function(v) return type(v) == "number" and v >= 0 and v <= 1 end)
T.version = scalar("a version string such as \"1\"", "版本号（如\"1\"）",
  function(v) return (type(v) == "string" and v ~= "") or type(v) == "number" end)
T.timezone = scalar("an IANA time zone such as Asia/Shanghai", "IANA时区（如Asia/Shanghai）",
  function(v) return type(v) == "string" and (v == "UTC" or v:match("^%u[%a_]+/[%a_/+%-]+$") ~= nil) end)
T.days = scalar("weekdays such as \"1-5\" or \"6,7\" (1 = Monday)", "星期（如\"1-5\"或\"6,7\"，1为周一）",
  function(v)
    if type(v) ~= "string" then return false end
    if v:match("^[1-7]%-[1-7]$") then return true end
    -- A comma list of single weekdays ("6", "6,7", "1,3,5"): Lua patterns
    -- cannot repeat a group, so take it apart.
    if v:sub(-1) == "," then return false end
    for part in (v .. ","):gmatch("([^,]*),") do
      if not part:match("^[1-7]$") then return false end
    end
    return true
  end)
T.any = scalar("any value", "任意值", function() return true end)
T.table = scalar("a table", "表", function(v) return type(v) == "table" end)

--- An enumeration named by its key in M.enums.
function M.enum(key)
  local values = M.enums[key]
  return { enum = values, key = key }
end

--- A list of elements of type elem. opts.min: least length; opts.unique:
-- report repeated values; opts.id: use the element's field of this name (when
-- a string) instead of its index in paths, so lines can be found by id.
function M.list(elem, opts)
  return { list = elem, opts = opts or {} }
end

--- A record: fields maps name -> { type, zh }; opts.required lists names;
-- opts.check(v, ctx, path) adds rules between the record's own fields.
function M.record(fields, opts)
  return { fields = fields, opts = opts or {} }
end

-- The walker -----------------------------------------------------------------

--- A short description of a found value for messages.
function M.describe(v)
  local t = type(v)
  if t == "string" then return ("\"%s\""):format(v) end
  if t == "number" then return util.fmt_num(v) end
  if t == "table" then return "a table" end
  return t == "nil" and "nothing" or ("a " .. t)
end

--- How a path reads in messages: materials[sfz].tolerable, fees.items[1].basis.
function M.path_string(path)
  local out = {}
  for _, p in ipairs(path) do
    if type(p) == "number" then
      out[#out + 1] = ("[%d]"):format(p)
    elseif type(p) == "table" then
      out[#out + 1] = ("[%s]"):format(p.id)
    else
      out[#out + 1] = (#out > 0 and "." or "") .. p
    end
  end
  return table.concat(out)
end

local function extend(path, p)
  local c = {}
  for i, v in ipairs(path) do c[i] = v end
  c[#c + 1] = p
  return c
end
M.extend = extend

local check

local function check_enum(ty, v, ctx, path, label)
  for _, e in ipairs(ty.enum) do
    if v == e then return end
  end
  local en_dym, zh_dym = util.did_you_mean(v, ty.enum)
  ctx:add("error", path,
    ("%s is %s; valid values: %s%s"):format(label.en, M.describe(v), table.concat(ty.enum, ", "), en_dym),
    ("%s为%s，无效；可选值：%s%s"):format(label.zh, M.describe(v), table.concat(ty.enum, "、"), zh_dym))
end

local function check_list(ty, v, ctx, path, label)
  if type(v) ~= "table" or not util.is_list(v) then
    ctx:add("error", path, ("%s must be a list { ... }; found %s"):format(label.en, M.describe(v)),
      ("%s应为列表 { ... }，实际为%s"):format(label.zh, M.describe(v)))
    return
  end
  local opts = ty.opts
  if opts.min and #v < opts.min then
    ctx:add("error", path, ("%s needs at least %d entr%s; found %d"):format(label.en, opts.min,
      opts.min == 1 and "y" or "ies", #v),
      ("%s至少需要%d项，实际为%d项"):format(label.zh, opts.min, #v))
  end
  local seen = {}
  for i, e in ipairs(v) do
    local p = i
    if opts.id and type(e) == "table" and type(e[opts.id]) == "string" then p = { id = e[opts.id] } end
    local sub = extend(path, p)
    check(ty.list, e, ctx, sub, { en = ("%s[%d]"):format(label.en, i), zh = ("%s第%d项"):format(label.zh, i) })
    if opts.unique and (type(e) == "string" or type(e) == "number") then
      if seen[e] then
        ctx:add("error", sub, ("%s lists %s twice (entries %d and %d)"):format(label.en, M.describe(e), seen[e], i),
          ("%s重复列出%s（第%d项和第%d项）"):format(label.zh, M.describe(e), seen[e], i))
      end
      seen[e] = seen[e] or i
    end
  end
end

--- Reports every key of v that fields does not know, with a suggestion.
function M.check_unknown(fields, v, ctx, path, label)
  -- Most records have no unknown key: look for one before sorting anything.
  local clean = true
  for k in pairs(v) do
    if type(k) ~= "string" or not fields[k] then clean = false; break end
  end
  if clean then return end
  local names = {}
  for k in pairs(fields) do names[#names + 1] = k end
  for _, k in ipairs(util.sorted_keys(v)) do
    if type(k) ~= "string" then
      ctx:add("error", path, ("%s has a list entry or non-name key [%s]; fields must be written name = value")
        :format(label.en, tostring(k)),
        ("%s含有列表项或非名称键[%s]；字段应写成 名称 = 值"):format(label.zh, tostring(k)))
    elseif not fields[k] then
      local en_dym, zh_dym = util.did_you_mean(k, names)
      ctx:add("error", extend(path, k), ("unknown field '%s' in %s%s"):format(k, label.en, en_dym),
        ("%s中有未知字段“%s”%s"):format(label.zh, k, zh_dym))
    end
  end
end

local function check_record(ty, v, ctx, path, label)
  if type(v) ~= "table" then
    ctx:add("error", path, ("%s must be a table { ... }; found %s"):format(label.en, M.describe(v)),
      ("%s应为表 { ... }，实际为%s"):format(label.zh, M.describe(v)))
    return
  end
  M.check_unknown(ty.fields, v, ctx, path, label)
  for _, name in ipairs(ty.opts.required or {}) do
    if v[name] == nil then
      local f = ty.fields[name]
      ctx:add("error", extend(path, name), ("%s lacks required field '%s' (%s)"):format(label.en, name, f[2]),
        ("%s缺少必填字段“%s”（%s）"):format(label.zh, name, f[2]))
    end
  end
  -- A type's fields never change: sort their names once.
  local order = ty.order
  if not order then
    order = util.sorted_keys(ty.fields)
    ty.order = order
  end
  for _, name in ipairs(order) do
    local f = ty.fields[name]
    if v[name] ~= nil then
      local en = path[1] == nil and name or (label.en .. "." .. name)
      local zh = path[1] == nil and ("%s %s"):format(f[2], name) or (label.zh .. "的" .. f[2])
      check(f[1], v[name], ctx, extend(path, name), { en = en, zh = zh })
    end
  end
  if ty.opts.check then ty.opts.check(v, ctx, path, label) end
end

--- Checks value v against type ty; reports through ctx:add. label = {en, zh}
-- names the value in messages.
check = function(ty, v, ctx, path, label)
  if ty.enum then return check_enum(ty, v, ctx, path, label) end
  if ty.list then return check_list(ty, v, ctx, path, label) end
  if ty.fields then return check_record(ty, v, ctx, path, label) end
  if ty.walk then return ty.walk(v, ctx, path, label) end
  local ok, en, zh = ty.test(v)
  if not ok then
    ctx:add("error", path,
      ("%s must be %s; found %s%s"):format(label.en, ty.en, M.describe(v), en and (" (" .. en .. ")") or ""),
      ("%s应为%s，实际为%s%s"):format(label.zh, ty.zh, M.describe(v), zh and ("（" .. zh .. "）") or ""))
  end
end
M.check = check

-- The quick answer ---------------------------------------------------------------

-- Nearly every declaration is valid, and check() spends most of its time
-- building the paths and labels its messages would need. valid() answers
-- the one question "would check() report anything?" without building any,
-- so a clean declaration is walked once, cheaply, and only a faulty one is
-- walked again by check() for its messages. Each branch mirrors the branch
-- of check() above it; tests/lua/test_schema.lua holds the two to agreement
-- on mutated declarations. A type may carry valid(v) (true, false, or nil
-- for "ask check()"); types without one that walk are asked through a
-- context that only notes whether anything was added.

local NO_PATH, NO_LABEL = {}, { en = "", zh = "" }

local function silent_ctx()
  return { bad = false, add = function(self) self.bad = true end }
end

-- Runs check() with a context that keeps no message: true when clean.
local function clean_by_check(ty, v)
  local ctx = silent_ctx()
  check(ty, v, ctx, NO_PATH, NO_LABEL)
  return not ctx.bad
end

-- Each type is turned once into a function v -> boolean, kept in the type
-- (types never change once the schema is built).
local validator

local function enum_validator(ty)
  local set = {}
  for _, e in ipairs(ty.enum) do set[e] = true end
  -- A table key matches as == does (1 and 1.0 are one key; NaN none).
  return function(v) return v ~= nil and set[v] == true end
end

local function list_validator(ty)
  local elem, min, unique = validator(ty.list), ty.opts.min or 0, ty.opts.unique
  return function(v)
    if type(v) ~= "table" then return false end
    -- A list has exactly the keys 1..n (util.is_list), each valid.
    local n = 0
    for _ in next, v do n = n + 1 end
    if n < min then return false end
    local seen = unique and {}
    for i = 1, n do
      local e = v[i]
      if e == nil or not elem(e) then return false end
      if seen and (type(e) == "string" or type(e) == "number") then
        if seen[e] then return false end
        seen[e] = true
      end
    end
    return true
  end
end

local function record_validator(ty)
  local of = {}
  for name, f in pairs(ty.fields) do of[name] = validator(f[1]) end
  local required, rule = ty.opts.required or {}, ty.opts.check
  return function(v)
    if type(v) ~= "table" then return false end
    -- Only known names (all strings), each valid.
    for k, x in next, v do
      local ok = of[k]
      if not ok or not ok(x) then return false end
    end
    for i = 1, #required do
      if v[required[i]] == nil then return false end
    end
    if rule then
      local ctx = silent_ctx()
      rule(v, ctx, NO_PATH, NO_LABEL)
      if ctx.bad then return false end
    end
    return true
  end
end

local function walk_validator(ty)
  local quick = ty.valid
  return function(v)
    if quick then
      local ok = quick(v)
      if ok ~= nil then return ok end
    end
    return clean_by_check(ty, v)
  end
end

validator = function(ty)
  local f = ty.validator
  if f then return f end
  if ty.enum then
    f = enum_validator(ty)
  elseif ty.list then
    f = list_validator(ty)
  elseif ty.fields then
    f = record_validator(ty)
  elseif ty.walk then
    f = walk_validator(ty)
  else
    local test = ty.test
    f = function(v) return not not test(v) end
  end
  ty.validator = f
  return f
end

--- True when check(ty, v, ...) would report nothing.
function M.valid(ty, v)
  return validator(ty)(v)
end

-- Declarations ---------------------------------------------------------------

local E = M.enum
local list, record = M.list, M.record

--- A date, or a range { "from", "to" } with from <= to.
local date_or_range = { walk = function(v, ctx, path, label)
  if type(v) == "table" then
    if not util.is_list(v) or #v ~= 2 then
      ctx:add("error", path, ("%s: a range must be { \"YYYY-MM-DD\", \"YYYY-MM-DD\" }; found %s")
        :format(label.en, M.describe(v)),
        ("%s：日期范围应写成 { \"YYYY-MM-DD\", \"YYYY-MM-DD\" }，实际为%s"):format(label.zh, M.describe(v)))
      return
    end
    check(T.date, v[1], ctx, path, label)
    check(T.date, v[2], ctx, path, label)
    local a, b = util.day_number(v[1]), util.day_number(v[2])
    if a and b and a > b then
      ctx:add("error", path, ("%s: range starts %s after it ends %s"):format(label.en, v[1], v[2]),
        ("%s：起始日期%s晚于结束日期%s"):format(label.zh, v[1], v[2]))
    end
    return
  end
  check(T.date, v, ctx, path, label)
end }
M.date_or_range = date_or_range

local material_fields = {
  id = { T.ident, "材料编号" },
  name = { T.str, "材料名称" },
  form = { E "form", "材料形式" },
  medium = { E "medium", "材料载体" },
  copies = { T.posint, "份数" },
  paper = { T.text, "纸张规格" },
  necessity = { E "necessity", "必要性" },
  condition = { T.str, "需要提交的情形" },
  when = { T.func, "条件规则" },
  source = { E "source", "来源渠道" },
  source_department = { T.str, "出具单位" },
  core = { T.bool, "主件" },
  tolerable = { T.bool, "容缺" },
  exempt = { record({
    source = { T.str, "数据来源" },
    license = { T.str, "电子证照名称" },
  }, { required = { "source" } }), "免提交" },
  blank_form = { T.text, "空白表格" },
  example = { T.text, "示例样表" },
  note = { T.text, "填报须知" },
}
M.material_fields = material_fields

local material = record(material_fields, { required = { "id", "name" } })
local material_patch = record(material_fields)
local material_list = list(material, { id = "id" })
M.material = material

--- materials = { ... } (a full list) or { remove = {...}, set = {...}, add = {...} }.
local materials_type = { walk = function(v, ctx, path, label)
  if type(v) ~= "table" then
    ctx:add("error", path, ("%s must be a list of materials or { remove = , set = , add = }; found %s")
      :format(label.en, M.describe(v)),
      ("%s应为材料列表或 { remove = , set = , add = }，实际为%s"):format(label.zh, M.describe(v)))
    return
  end
  if util.is_list(v) then
    return check(material_list, v, ctx, path, label)
  end
  local patch_fields = {
    remove = { list(T.ident, { unique = true }), "删除的材料" },
    set = { { walk = function(s, c, p, l)
      if type(s) ~= "table" or util.is_list(s) and next(s) ~= nil then
        c:add("error", p, ("%s must map material ids to changes: { sfz = { tolerable = true } }; found %s")
          :format(l.en, M.describe(s)),
          ("%s应为 材料编号 = { 修改 } 的表，如 { sfz = { tolerable = true } }，实际为%s"):format(l.zh, M.describe(s)))
        return
      end
      for _, id in ipairs(util.sorted_keys(s)) do
        local sub = extend(p, { id = tostring(id) })
        if type(s[id]) == "table" and s[id].id ~= nil and s[id].id ~= id then
          c:add("error", extend(sub, "id"), ("%s[%s] cannot change a material's id"):format(l.en, tostring(id)),
            ("%s[%s]不能修改材料编号"):format(l.zh, tostring(id)))
        end
        check(material_patch, s[id], c, sub, { en = ("%s[%s]"):format(l.en, tostring(id)),
          zh = ("%s[%s]"):format(l.zh, tostring(id)) })
      end
    end }, "修改的材料" },
    add = { list(material, { id = "id" }), "增加的材料" },
  }
  check(record(patch_fields), v, ctx, path, label)
end, valid = function(v)
  -- A full list is the common case; a patch is rare, and check() answers it.
  if type(v) == "table" and util.is_list(v) then return M.valid(material_list, v) end
  return nil
end }

local function fees_check(v, ctx, path, label)
  if v.charged == true then
    if type(v.items) ~= "table" or #v.items == 0 then
      ctx:add("error", extend(path, "charged"),
        ("%s: charged = true needs items { { name =, standard =, basis = } }"):format(label.en),
        ("%s：收费（charged = true）须列出收费项目 items，含收费标准和收费依据"):format(label.zh))
      return
    end
    for i, fee in ipairs(v.items) do
      if type(fee) == "table" then
        for _, f in ipairs({ { "basis", "收费依据" }, { "standard", "收费标准" } }) do
          if fee[f[1]] == nil then
            ctx:add("error", extend(extend(path, "items"), i),
              ("%s.items[%d] is a charged fee without %s; a charged fee needs basis and standard")
                :format(label.en, i, f[1]),
              ("%s第%d个收费项目缺少%s（%s）；收费须写明收费依据和收费标准"):format(label.zh, i, f[2], f[1]))
          end
        end
      end
    end
  elseif v.charged == false and type(v.items) == "table" and #v.items > 0 then
    ctx:add("error", extend(path, "items"), ("%s lists fee items but charged = false"):format(label.en),
      ("%s不收费（charged = false）却列出了收费项目"):format(label.zh))
  end
end

M.item_fields = {
  -- identity
  base_code = { T.code12, "基本编码" },
  code = { T.code12, "基本编码（本地事项）" },
  base = { T.code12, "继承的基本编码" },
  local_item = { T.bool, "本地事项" },
  -- what the base catalogue fixes (三级四同)
  name = { T.str, "事项名称" },
  type = { E "item_type", "事项类型" },
  legal_basis = { list(record({
    law = { T.str, "法律法规名称" },
    article = { T.text, "条款号" },
    text = { T.text, "条款内容" },
  }, { required = { "law" } })), "设定依据" },
  levels = { list(E "level", { unique = true }), "行使层级" },
  statutory_limit = { T.limit, "法定办结时限" },
  objects = { list(E "objects", { unique = true }), "服务对象" },
  conditions = { list(T.str), "受理条件" },
  materials = { materials_type, "申请材料" },
  result = { record({
    type = { E "result_type", "审批结果类型" },
    name = { T.str, "审批结果名称" },
    sample = { T.text, "审批结果样本" },
  }), "审批结果" },
  theme = { list(T.str, { unique = true }), "主题分类" },
  keywords = { list(T.str, { unique = true }), "关键词" },
  steps = { list(record({
    name = { T.str, "环节名称" },
    description = { T.text, "环节说明" },
    limit = { T.limit, "环节时限" },
    role = { T.text, "办理人员" },
  }, { required = { "name" } })), "办理流程" },
  special_procedures = { list(record({
    name = { T.str, "特别程序名称" },
    limit = { T.limit, "特别程序时限" },
    note = { T.text, "说明" },
  }, { required = { "name" } })), "特别程序" },
  review_standard = { T.text, "审查标准" },
  accept = { T.func, "受理规则" },
  route = { T.func, "审批路由规则" },
  fee = { T.func, "收费计算规则" },
  -- what the implementing county sets (实施清单)
  impl_code = { T.impl_code, "实施编码" },
  department = { T.ident, "实施主体" },
  promised_limit = { T.limit, "承诺办结时限" },
  case_type = { E "case_type", "办件类型" },
  channels = { list(E "channels", { unique = true }), "办理形式" },
  online_depth = { E "online_depth", "网上办理深度" },
  visits = { T.count, "到办事现场次数" },
  visits_reason = { T.str, "到现场次数说明" },
  scope = { E "scope", "通办范围" },
  address = { T.str, "办理地点" },
  hours = { T.str, "办理时间" },
  phone = { T.str, "咨询方式" },
  complaint = { T.str, "监督投诉方式" },
  fees = { record({
    charged = { T.bool, "是否收费" },
    items = { list(record({
      name = { T.str, "收费项目名称" },
      standard = { T.str, "收费标准" },
      basis = { T.str, "收费依据" },
      exemption = { T.text, "减免政策" },
    }, { required = { "name" } })), "收费项目" },
  }, { required = { "charged" }, check = fees_check }), "收费" },
  four = { list(E "four", { unique = true }), "四办" },
  commitment = { record({
    allowed = { T.bool, "是否实行告知承诺" },
    conditions = { list(T.str), "承诺事项" },
    replaces = { list(T.ident, { unique = true }), "以承诺替代的材料" },
  }, { required = { "allowed" } }), "告知承诺" },
  reform_mode = { E "reform_mode", "证照分离改革方式" },
  tolerance = { record({
    allowed = { T.bool, "是否容缺受理" },
    supplement_days = { T.limit, "补齐期限" },
  }, { required = { "allowed" } }), "容缺受理" },
  delegated_by = { T.ident, "委托部门" },
  co_departments = { list(T.ident, { unique = true }), "联办机构" },
  review = { record({
    mode = { E "review_mode", "审查方式" },
    departments = { list(T.ident, { unique = true }), "审查部门" },
    limit = { T.limit, "各部门审查时限（工作日）" },
  }, { required = { "mode" } }), "审查方式" },
  faq = { list(record({
    q = { T.str, "问题" },
    a = { T.str, "解答" },
  }, { required = { "q", "a" } })), "常见问题" },
  offered = { T.bool, "是否实施" },
  reason = { T.str, "不实施原因" },
  state = { E "state", "事项状态" },
  version = { T.version, "事项版本" },
  effective_date = { T.date, "计划生效日期" },
  cancel_date = { T.date, "计划取消日期" },
}

--- Local facts a catalogue's defaults may give adopted items.
M.default_fields = {
  address = M.item_fields.address,
  hours = M.item_fields.hours,
  phone = M.item_fields.phone,
  complaint = M.item_fields.complaint,
  scope = M.item_fields.scope,
}

M.catalog_fields = {
  id = { T.ident, "目录编号" },
  name = { T.str, "目录名称" },
  level = { E "level", "层级" },
  region = { T.region, "行政区划代码" },
  extends = { T.ident, "上级目录" },
  serves = { T.bool, "实施清单（对外办事）" },
  timezone = { T.timezone, "时区" },
  centre = { record({
    name = { T.str, "中心名称" },
    address = { T.str, "地址" },
    phone = { T.str, "电话" },
    hours = { T.str, "办公时间" },
    website = { T.str, "网址" },
  }, { required = { "name" } }), "政务服务中心" },
  office_close = { T.hhmm, "当日受理截止时间" },
  warning = { record({
    yellow_days = { T.limit, "黄色预警提前天数" },
    yellow_ratio = { T.ratio, "黄色预警剩余时限比例" },
  }), "超期预警" },
  plugins = { T.table, "插件" },
  defaults = { record(M.default_fields), "默认办事信息" },
}

M.department_fields = {
  code = { T.ident, "部门编号" },
  name = { T.str, "部门名称" },
  credit_code = { T.credit, "统一社会信用代码" },
  nature = { E "nature", "实施主体性质" },
  address = { T.str, "地址" },
  phone = { T.str, "电话" },
}

local function window_hours_check(v, ctx, path, label)
  local a, b = util.parse_hhmm(v.open), util.parse_hhmm(v.close)
  if a and b and a >= b then
    ctx:add("error", extend(path, "close"), ("%s closes at %s, not after it opens at %s"):format(label.en, v.close,
      v.open), ("%s关闭时间%s不晚于开放时间%s"):format(label.zh, v.close, v.open))
  end
end

M.window_fields = {
  code = { T.ident, "窗口编号" },
  name = { T.str, "窗口名称" },
  kind = { E "window_kind", "窗口类型" },
  location = { T.str, "位置" },
  hours = { list(record({
    days = { T.days, "星期" },
    open = { T.hhmm, "开始时间" },
    close = { T.hhmm, "结束时间" },
  }, { required = { "days", "open", "close" }, check = window_hours_check })), "开放时间" },
  departments = { list(T.ident, { unique = true }), "进驻部门" },
}

M.calendar_fields = {
  year = { T.year, "年份" },
  rest = { list(date_or_range), "休息日" },
  work = { list(date_or_range), "调休上班日" },
}

M.closure_fields = {
  date = { date_or_range, "日期" },
  from = { T.date, "起始日期" },
  to = { T.date, "结束日期" },
  reason = { T.str, "原因" },
}

M.bundle_fields = {
  code = { T.ident, "一件事编号" },
  name = { T.str, "一件事名称" },
  items = { list(T.code12, { min = 1, unique = true }), "包含事项" },
  promised_limit = { T.limit, "承诺办结时限" },
  description = { T.text, "说明" },
  theme = { list(T.str, { unique = true }), "主题分类" },
}

--- Per declaration kind: its fields, required fields, and its Chinese name.
M.declarations = {
  catalog = { fields = M.catalog_fields, required = { "id", "name", "level" }, zh = "目录" },
  department = { fields = M.department_fields, required = { "code", "name" }, zh = "部门" },
  window = { fields = M.window_fields, required = { "code", "name", "kind" }, zh = "窗口" },
  calendar = { fields = M.calendar_fields, required = { "year" }, zh = "工作日历" },
  closure = { fields = M.closure_fields, required = { "reason" }, zh = "临时闭厅" },
  item = { fields = M.item_fields, required = {}, zh = "事项" },
  bundle = { fields = M.bundle_fields, required = { "code", "name", "items" }, zh = "一件事" },
}

--- The declaration functions, in the order the documentation lists them.
M.kinds = { "catalog", "department", "window", "calendar", "closure", "item", "bundle" }

for _, d in pairs(M.declarations) do
  d.type = record(d.fields, { required = d.required })
  d.valid = validator(d.type)
end

--- Checks one declared table against its kind's schema.
function M.check_declaration(kind, spec, ctx)
  local d = M.declarations[kind]
  if d.valid(spec) then return end
  check(d.type, spec, ctx, {}, { en = kind, zh = d.zh })
end

--- True when check_declaration would report nothing about spec.
function M.declaration_valid(kind, spec)
  return M.declarations[kind].valid(spec)
end

return M
