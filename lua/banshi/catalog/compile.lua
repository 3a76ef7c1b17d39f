--- banshi.catalog.compile: turns a county model into the snapshot the C core
-- JSON-encodes and publishes: pure data (no functions), every list a plain
-- table (empty lists are {} so the encoder writes []), and every order fixed
-- (items by department then base code), so one catalogue version always
-- yields the same bytes and the same ETag.
--
-- Only items the county offers in state 在用 or 暂停 are published; 取消
-- items stay in the model for applications pinned to older versions.

local util = require "banshi.catalog.util"

local M = {}

-- The snapshot is JSON-encoded as soon as it is compiled and then dropped,
-- so it shares the model's tables rather than copying them, and nothing
-- here changes a table it did not make. A loaded model passed the schema,
-- which allows functions only in an item's accept, route and fee and a
-- material's when: those are left out, as are all functions at the top of
-- a table that data() copies (windows, the centre, warning thresholds).

-- Copies a value, dropping functions, for the few tables compile changes
-- or whose fields the schema leaves open.
local function data(v)
  if type(v) == "function" then return nil end
  if type(v) ~= "table" then return v end
  local c = {}
  for k, x in pairs(v) do
    if type(x) ~= "function" then c[k] = data(x) end
  end
  return c
end

-- A list as published: the model's own (shared, read-only), or a fresh
-- empty one so that the encoder writes [].
local function list(v)
  if type(v) ~= "table" then return {} end
  return v
end

local function department_object(model, code)
  local d = type(code) == "string" and model.departments[code]
  if not d then return nil end
  return { code = code, name = d.name, credit_code = d.credit_code, nature = d.nature, address = d.address,
    phone = d.phone }
end

local function department_list(model, codes)
  local out = {}
  if type(codes) ~= "table" then return out end
  for _, c in ipairs(codes) do out[#out + 1] = department_object(model, c) or { code = c } end
  return out
end

local function is_online(item)
  return item.online_depth == "互联网受理" or item.online_depth == "全程网办"
end

-- A fresh table (bundles add to it); its values are the material's. Every
-- field the schema allows a material is named here, so the table is made
-- at its size at once (tests/lua/test_compile.lua checks the list against
-- the schema); when, a rule, becomes has_rule.
local function material_entry(m)
  return { id = m.id, name = m.name, form = m.form, medium = m.medium, copies = m.copies, paper = m.paper,
    necessity = m.necessity, condition = m.condition, source = m.source, source_department = m.source_department,
    core = m.core, tolerable = m.tolerable, exempt = m.exempt or false, blank_form = m.blank_form,
    example = m.example, note = m.note, has_rule = m.when ~= nil }
end

-- The guide's own values for these keys replace the item's (nil drops one).
local GUIDE_SETS = {}
for _, k in ipairs({ "code", "department", "delegated_by", "co_departments", "review", "materials", "fees",
  "legal_basis", "levels", "objects", "conditions", "theme", "keywords", "steps", "special_procedures", "faq", "four",
  "channels", "online", "rules", "bundles", "county", "accept", "route", "fee", "offered" }) do
  GUIDE_SETS[k] = true
end

local function guide(model, code, item, bundles_of)
  local review
  if type(item.review) == "table" then
    review = { mode = item.review.mode, departments = department_list(model, item.review.departments) }
  else
    review = { mode = "串联", departments = department_list(model, { item.department }) }
  end
  local materials = {}
  for i, m in ipairs(item.materials) do materials[i] = material_entry(m) end
  local fees = item.fees or { charged = false }
  if fees.items == nil then
    fees = { charged = fees.charged, items = {} }
  end
  local channels = list(item.channels)
  -- One constructor sizes the table for most of its keys at once.
  local g = {
    code = code, department = department_object(model, item.department) or {},
    delegated_by = department_object(model, item.delegated_by),
    co_departments = department_list(model, item.co_departments), review = review, materials = materials,
    fees = fees, legal_basis = list(item.legal_basis), levels = list(item.levels), objects = list(item.objects),
    conditions = list(item.conditions), theme = list(item.theme), keywords = list(item.keywords),
    steps = list(item.steps), special_procedures = list(item.special_procedures), faq = list(item.faq),
    four = list(item.four), channels = #channels > 0 and channels or { "窗口办理" }, online = is_online(item),
    rules = { accept = item.accept ~= nil, route = item.route ~= nil, fee = item.fee ~= nil },
    bundles = bundles_of[code] or {}, county = model.county.id,
  }
  for k, v in pairs(item) do
    if not GUIDE_SETS[k] and type(v) ~= "function" then g[k] = v end
  end
  return g
end

local function summary(model, code, item)
  local d = model.departments[item.department]
  return {
    code = code, impl_code = item.impl_code, name = item.name, type = item.type,
    department = item.department, department_name = d and d.name or nil,
    statutory_limit = item.statutory_limit, promised_limit = item.promised_limit,
    case_type = item.case_type, four = list(item.four), online = is_online(item), visits = item.visits,
    objects = list(item.objects), theme = list(item.theme), state = item.state,
  }
end

local function search_text(model, item)
  local parts = { item.name }
  for _, k in ipairs({ "keywords", "theme" }) do
    if type(item[k]) == "table" then
      for _, w in ipairs(item[k]) do parts[#parts + 1] = w end
    end
  end
  local d = model.departments[item.department]
  if d and d.name then parts[#parts + 1] = d.name end
  -- string.lower only folds ASCII, which is what the substring search needs:
  -- Chinese has no case.
  return table.concat(parts, " "):lower()
end

-- The calendar -----------------------------------------------------------------

local function expand(entries)
  local days = {}
  if type(entries) ~= "table" then return {} end
  for _, e in ipairs(entries) do
    local a, b = util.date_range(e)
    if a and b and b >= a and b - a < 400 then
      for n = a, b do days[n] = true end
    end
  end
  local out = {}
  for _, n in ipairs(util.sorted_keys(days)) do out[#out + 1] = util.civil_from_days(n) end
  return out
end

local function calendar(model)
  local years = {}
  for year, spec in pairs(model.calendar.years) do
    years[year] = { rest = expand(spec.rest), work = expand(spec.work) }
  end
  local closures = {}
  for _, c in ipairs(model.calendar.closures) do
    local s = c.spec
    local range = s.date
    if range == nil then range = { s.from, s.to } end
    for _, date in ipairs(expand({ range })) do
      closures[#closures + 1] = { date = date, reason = s.reason }
    end
  end
  table.sort(closures, function(a, b) return a.date < b.date end)
  return { years = years, closures = closures }
end

-- The implementation list as CSV ------------------------------------------------

local CSV_HEADER = { "序号", "事项名称", "基本编码", "实施编码", "事项类型", "实施主体", "实施主体编码", "行使层级",
  "法定办结时限（工作日）", "承诺办结时限（工作日）", "办件类型", "办理形式", "网上办理深度", "到办事现场次数", "通办范围",
  "四办", "服务对象", "是否收费", "办理地点", "办理时间", "咨询方式", "监督投诉方式", "设定依据", "事项状态", "事项版本" }
local CSV_WIDTH = #CSV_HEADER

-- The values of item code's row (n: its number), in CSV_HEADER's order;
-- nil for an empty field. They are read from the item as its guide has
-- them (see guide above). The joined lists hold strings only (the schema's
-- enumerations), so table.concat writes them as util.join would.
local function csv_row(model, code, item, n)
  local concat = table.concat
  local d = model.departments[item.department]
  local basis = {}
  for i, b in ipairs(list(item.legal_basis)) do basis[i] = (b.law or "") .. (b.article or "") end
  local channels = list(item.channels)
  return { n, item.name, code, item.impl_code, item.type, d and d.name, d and d.credit_code,
    concat(list(item.levels), "、"), item.statutory_limit, item.promised_limit, item.case_type,
    #channels > 0 and concat(channels, "、") or "窗口办理", item.online_depth, item.visits, item.scope,
    concat(list(item.four), "、"), concat(list(item.objects), "、"), (item.fees or {}).charged and "是" or "否",
    item.address, item.hours, item.phone, item.complaint, concat(basis, "；"), item.state, item.version }
end

-- True when s holds a comma, quote or line break. Plain searches: a
-- character class would be tried at every byte, far slower.
local function needs_quotes(s)
  return s:find(",", 1, true) or s:find('"', 1, true) or s:find("\r", 1, true) or s:find("\n", 1, true)
end

--- One CSV field, quoted per RFC 4180 when it holds a comma, quote or line break.
function M.csv_field(v)
  if v == nil then return "" end
  local s = type(v) == "number" and util.fmt_num(v) or tostring(v)
  if needs_quotes(s) then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

-- One entry's CSV line, made from its item.
local function csv_line(model, code, item, n)
  local row = csv_row(model, code, item, n)
  local fmt_num = util.fmt_num
  for i = 1, CSV_WIDTH do
    local v = row[i]
    if v == nil then
      row[i] = ""
    elseif type(v) == "number" then
      row[i] = fmt_num(v)
    elseif type(v) ~= "string" then
      row[i] = tostring(v)
    end
  end
  -- Fields rarely need quoting: look at the whole row once, and field by
  -- field only when something in it might.
  if needs_quotes(table.concat(row, "\0")) then
    for i = 1, CSV_WIDTH do row[i] = M.csv_field(row[i]) end
  end
  return table.concat(row, ",")
end

--- The implementation list (实施清单) as CSV: UTF-8 with a byte order mark so
-- that spreadsheet programs on Chinese Windows read it as UTF-8, CRLF line
-- ends, one header row of Chinese column names, one row per entry (in
-- order; item_of[e] is the model's item of entry e). previous (optional):
-- code -> the row a reused entry had, after its number (see M.compile).
function M.csv(entries, item_of, model, previous)
  local rows = {}
  local header = {}
  for i, name in ipairs(CSV_HEADER) do header[i] = M.csv_field(name) end
  rows[1] = table.concat(header, ",")
  for n, e in ipairs(entries) do
    local kept = e.reuse and previous and previous[e.code]
    rows[#rows + 1] = kept and (n .. "," .. kept) or csv_line(model, e.code, item_of[e], n)
  end
  return "\239\187\191" .. table.concat(rows, "\r\n") .. "\r\n"
end

-- Figures ------------------------------------------------------------------------

local function figures(entries, item_of)
  local n = #entries
  local f = { items = n, by_type = {}, by_four = {}, online_share = 0, zero_visit_share = 0, avg_promised = 0,
    avg_statutory = 0, compression = 0, immediate_share = 0 }
  if n == 0 then return f end
  local online, zero, immediate, sum_p, sum_s = 0, 0, 0, 0, 0
  for _, e in ipairs(entries) do
    local g = item_of[e] -- what the guide has of these fields
    f.by_type[g.type] = (f.by_type[g.type] or 0) + 1
    for _, four in ipairs(list(g.four)) do f.by_four[four] = (f.by_four[four] or 0) + 1 end
    if is_online(g) then online = online + 1 end
    if g.visits == 0 then zero = zero + 1 end
    if g.case_type == "即办件" then immediate = immediate + 1 end
    sum_p = sum_p + (tonumber(g.promised_limit) or 0)
    sum_s = sum_s + (tonumber(g.statutory_limit) or 0)
  end
  f.online_share = util.round4(online / n)
  f.zero_visit_share = util.round4(zero / n)
  f.immediate_share = util.round4(immediate / n)
  f.avg_promised = util.round4(sum_p / n)
  f.avg_statutory = util.round4(sum_s / n)
  f.compression = sum_s > 0 and util.round4(1 - sum_p / sum_s) or 0
  return f
end

-- Bundles ------------------------------------------------------------------------

local function bundle(code, b, published)
  local out = { code = code, name = b.name, items = {}, materials = {}, promised_limit = b.promised_limit,
    description = b.description or "", theme = list(b.theme), departments = {}, sum_promised = 0 }
  local by_key, seen_dept = {}, {}
  for _, icode in ipairs(b.items) do
    local item = published[icode]
    if item then
      out.items[#out.items + 1] = icode
      out.sum_promised = out.sum_promised + (tonumber(item.promised_limit) or 0)
      if item.department and not seen_dept[item.department] then
        seen_dept[item.department] = true
        out.departments[#out.departments + 1] = item.department
      end
      for _, m in ipairs(item.materials) do
        -- The same id, or failing that the same name, is one material asked once.
        local entry = by_key["id:" .. m.id] or (m.name and by_key["name:" .. m.name])
        if not entry then
          entry = material_entry(m)
          entry.items = {}
          out.materials[#out.materials + 1] = entry
          by_key["id:" .. m.id] = entry
          if m.name then by_key["name:" .. m.name] = entry end
        elseif entry.necessity ~= "必要" and m.necessity == "必要" then
          entry.necessity = "必要"
        end
        entry.items[#entry.items + 1] = icode
      end
    end
  end
  return out
end

--- The snapshot of a model (see banshi.catalog for its shape). opts
-- (optional, from the host): opts.digest(value) -> a digest of a value's
-- content; opts.previous = { [code] = digest } of the entries the host
-- already holds, opts.rows = { [code] = its CSV row after the number }.
-- An entry whose digest of everything it is made from (the item, the
-- departments, its bundles, the county) is in previous comes out as
-- { code, department, reuse = digest } and the host reuses its own; others
-- carry digest for next time.
function M.compile(model, opts)
  local digest = opts and opts.digest
  local previous = opts and opts.previous or {}
  local departments_key = digest and digest(model.departments)
  local entries, published, item_of = {}, {}, {}
  local bundles_of = {}
  for _, bcode in ipairs(util.sorted_keys(model.bundles)) do
    if not model.dropped_bundles or not model.dropped_bundles[bcode] then
      local b = model.bundles[bcode]
      for _, icode in ipairs(type(b.items) == "table" and b.items or {}) do
        bundles_of[icode] = bundles_of[icode] or {}
        table.insert(bundles_of[icode], bcode)
      end
    end
  end
  for _, code in ipairs(model.order) do
    local item = model.items[code]
    if item and (item.state == "在用" or item.state == "暂停") then
      -- The merged item's inputs stand for the item when the loader could
      -- tell them (banshi.catalog.resolve), else the item itself is digested.
      local inputs = model.where.items[code] and model.where.items[code].inputs or item
      local key = departments_key
        and digest({ inputs, bundles_of[code] or false, departments_key, model.county.id, code })
      local e
      if key and previous[code] == key then
        e = { code = code, department = item.department, reuse = key }
      else
        local g = guide(model, code, item, bundles_of)
        e = {
          code = code, guide = g, summary = summary(model, code, item), department = item.department,
          type = item.type, four = list(item.four), online = g.online, objects = list(item.objects),
          theme = list(item.theme), search = search_text(model, item), digest = key,
        }
      end
      entries[#entries + 1] = e
      item_of[e] = item
      published[code] = item
    end
  end
  table.sort(entries, function(a, b)
    local da, db = tostring(a.department), tostring(b.department)
    if da ~= db then return da < db end
    return a.code < b.code
  end)

  local counts = {}
  for _, e in ipairs(entries) do counts[e.department] = (counts[e.department] or 0) + 1 end
  local departments = {}
  for _, code in ipairs(util.sorted_keys(model.departments)) do
    local d = department_object(model, code)
    d.items = counts[code] or 0
    departments[#departments + 1] = d
  end
  local windows = {}
  for _, code in ipairs(util.sorted_keys(model.windows)) do
    local w = data(model.windows[code])
    w.code = code
    w.hours = w.hours or {}
    w.departments = w.departments or {}
    windows[#windows + 1] = w
  end
  local bundles = {}
  for _, code in ipairs(util.sorted_keys(model.bundles)) do
    if not model.dropped_bundles or not model.dropped_bundles[code] then
      bundles[#bundles + 1] = bundle(code, model.bundles[code], published)
    end
  end

  local c = model.county
  local chain = {}
  for i, id in ipairs(model.chain) do chain[i] = id end
  return {
    county = { id = c.id, name = c.name, level = c.level, region = c.region, timezone = c.timezone, chain = chain,
      centre = data(c.centre), office_close = c.office_close, warning = data(c.warning) },
    items = entries,
    departments = departments,
    windows = windows,
    bundles = bundles,
    calendar = calendar(model),
    figures = figures(entries, item_of),
    csv = M.csv(entries, item_of, model, opts and opts.rows),
  }
end

--- The working-day calendar data of a model, as banshi.calendar.new takes it.
M.calendar = calendar

return M
