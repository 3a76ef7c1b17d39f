--- banshi.catalog.validate: the rules that span fields, declarations or
-- catalogues, checked on a built model (after inheritance).
--
-- Single values were checked per declaration by banshi.catalog.schema; here
-- come the rules a clerk can break by changing one side in a child
-- catalogue: promised <= statutory, 四办 against case type, online depth and
-- visits, 容缺 only on secondary materials, references to departments,
-- materials and items, unique implementation codes. Every message points at
-- the declaration that set the field to change (resolve.field_origin).
-- Rules skip values of the wrong type: those were reported already.

local resolve = require "banshi.catalog.resolve"
local schema = require "banshi.catalog.schema"
local util = require "banshi.catalog.util"

local M = {}

local function num(v) return type(v) == "number" and v or nil end
local function has(list, v)
  if type(list) ~= "table" then return false end
  for _, x in ipairs(list) do
    if x == v then return true end
  end
  return false
end
local F = schema.item_fields

-- Reports an entry about field of an item, at the place that set it.
local function at_field(report, state, severity, field, en, zh, subpath)
  local decl, path = resolve.field_origin(state, field)
  if subpath then
    path = schema.extend(path, subpath[1])
    for i = 2, #subpath do path = schema.extend(path, subpath[i]) end
  end
  report:add(severity, decl, state.code, path, en, zh)
end

-- References to departments --------------------------------------------------------

local function check_department_ref(report, model, state, field, code, subpath)
  if type(code) ~= "string" then return end
  if model.departments[code] then return end
  local codes = util.sorted_keys(model.departments)
  local en_dym, zh_dym = util.did_you_mean(code, codes)
  at_field(report, state, "error", field,
    ("%s names department '%s', which no catalogue in the chain (%s) declares%s; known departments: %s")
      :format(schema.path_string(schema.extend({ field }, subpath and subpath[1] or nil)), code,
        table.concat(model.chain, " <- "), en_dym, #codes > 0 and table.concat(codes, ", ") or "none"),
    ("%s（%s）引用的部门“%s”不存在于目录链（%s）%s；已声明部门：%s")
      :format(F[field][2], field, code, table.concat(model.chain, " <- "), zh_dym,
        #codes > 0 and table.concat(codes, "、") or "无"),
    subpath)
end

-- Items ------------------------------------------------------------------------------

local function check_limits(report, item, state, offered)
  local st, pr = num(item.statutory_limit), num(item.promised_limit)
  local immediate = item.case_type == "即办件"
  if st and st == 0 and item.case_type ~= nil and not immediate then
    at_field(report, state, "error", "statutory_limit",
      ("statutory_limit is 0 but case_type is %s; only 即办件 (done on the spot) may have 0 days")
        :format(item.case_type),
      ("法定办结时限为0，但办件类型为%s；只有即办件可以为0"):format(item.case_type))
  end
  if pr and pr == 0 and not immediate then
    at_field(report, state, "error", "promised_limit",
      ("promised_limit is 0 but case_type is %s; a limit must be a positive multiple of 0.5 unless the item is 即办件")
        :format(schema.describe(item.case_type)),
      ("承诺办结时限为0，但办件类型为%s；除即办件外时限须为0.5的正整数倍"):format(schema.describe(item.case_type)))
  end
  if st and pr and pr > st then
    -- Name the line of the statutory limit itself, not of its declaration.
    local decl, path = resolve.field_origin(state, "statutory_limit")
    local line = report:find_line(decl.file, decl.line, path) or 0
    at_field(report, state, "error", "promised_limit",
      ("promised_limit %s exceeds statutory_limit %s (set at %s:%d); the promise must be at most the statutory limit")
        :format(util.fmt_num(pr), util.fmt_num(st), decl.file, line),
      ("承诺办结时限%s个工作日超过法定办结时限%s个工作日（%s:%d）；承诺时限不得超过法定时限")
        :format(util.fmt_num(pr), util.fmt_num(st), decl.file, line))
  end
  if offered and st and type(item.steps) == "table" then
    local sum = 0
    for _, s in ipairs(item.steps) do sum = sum + (type(s) == "table" and num(s.limit) or 0) end
    if sum > st then
      at_field(report, state, "warning", "steps",
        ("the steps add up to %s days, more than the statutory_limit of %s")
          :format(util.fmt_num(sum), util.fmt_num(st)),
        ("办理流程各环节时限合计%s个工作日，超过法定办结时限%s个工作日"):format(util.fmt_num(sum), util.fmt_num(st)))
    end
  end
end

local function check_four(report, item, state)
  if type(item.four) ~= "table" then return end
  if has(item.four, "马上办") and item.case_type ~= "即办件" then
    at_field(report, state, "error", "four",
      ("four lists 马上办 (done at once) but case_type is %s; 马上办 requires case_type = \"即办件\"")
        :format(schema.describe(item.case_type)),
      ("四办含“马上办”，但办件类型为%s；马上办须为即办件"):format(schema.describe(item.case_type)))
  end
  if has(item.four, "网上办") and item.online_depth ~= "互联网受理" and item.online_depth ~= "全程网办" then
    at_field(report, state, "error", "four",
      ("four lists 网上办 (online) but online_depth is %s; 网上办 requires online_depth 互联网受理 or 全程网办")
        :format(schema.describe(item.online_depth)),
      ("四办含“网上办”，但网上办理深度为%s；网上办须为互联网受理或全程网办"):format(schema.describe(item.online_depth)))
  end
  if has(item.four, "一次办") and num(item.visits) and item.visits > 1 then
    at_field(report, state, "error", "four",
      ("four lists 一次办 (at most one visit) but visits is %s; 一次办 requires visits <= 1")
        :format(util.fmt_num(item.visits)),
      ("四办含“一次办”，但到办事现场次数为%s；一次办要求最多跑一次"):format(util.fmt_num(item.visits)))
  end
end

local function check_materials(report, item, state)
  local ids = {}
  for _, m in ipairs(item.materials) do ids[m.id] = m end
  for _, m in ipairs(item.materials) do
    local function add(severity, field, en, zh)
      local decl, path = resolve.material_origin(state, m.id, field)
      report:add(severity, decl, state.code, path, en, zh)
    end
    if m.tolerable == true and m.core == true then
      add("error", m.tolerable ~= nil and "tolerable" or "core",
        ("material '%s' is core (a main material) and cannot be tolerable (容缺); set tolerable = false or core = false")
          :format(m.id),
        ("材料“%s”是主件，不能容缺；请改为 tolerable = false 或 core = false"):format(m.id))
    end
    if m.necessity == "条件必要" and m.condition == nil then
      add("error", "necessity",
        ("material '%s' is 条件必要 (required when a condition holds) but has no condition = \"...\""):format(m.id),
        ("材料“%s”为条件必要，但未写明需要提交的情形 condition"):format(m.id))
    end
    if m.when ~= nil and m.necessity ~= "条件必要" then
      add("error", "when", ("material '%s' has a when rule but necessity is %s; when goes with necessity = \"条件必要\"")
        :format(m.id, schema.describe(m.necessity)),
        ("材料“%s”写了条件规则 when，但必要性为%s；when 只用于条件必要"):format(m.id, schema.describe(m.necessity)))
    end
    if m.exempt ~= nil and m.tolerable == true then
      add("warning", "tolerable", ("material '%s' is exempt (免提交) and never asked for; tolerable has no effect")
        :format(m.id), ("材料“%s”免提交，不会要求申请人提供，容缺标记无意义"):format(m.id))
    end
    if m.source == "政府部门核发" and m.source_department == nil and m.exempt == nil then
      add("warning", "source", ("material '%s' is issued by a government body (政府部门核发) but source_department "
        .. "does not say which; consider exempt = { source = ... } if it can be shared"):format(m.id),
        ("材料“%s”为政府部门核发，但未写出具单位 source_department；能共享获取的应设为免提交"):format(m.id))
    end
  end
  if type(item.tolerance) == "table" and item.tolerance.allowed == false then
    for _, m in ipairs(item.materials) do
      if m.tolerable == true then
        local decl, path = resolve.material_origin(state, m.id, "tolerable")
        report:add("warning", decl, state.code, path,
          ("material '%s' is tolerable but the item's tolerance.allowed is false; 容缺 will not apply"):format(m.id),
          ("材料“%s”标为容缺，但事项未开通容缺受理（tolerance.allowed = false），不会生效"):format(m.id))
      end
    end
  end
  local c = item.commitment
  if type(c) == "table" and util.is_list(c.replaces) then
    for i, id in ipairs(c.replaces) do
      if type(id) == "string" and not ids[id] then
        local names = {}
        for _, m in ipairs(item.materials) do names[#names + 1] = m.id end
        local en_dym, zh_dym = util.did_you_mean(id, names)
        at_field(report, state, "error", "commitment",
          ("commitment.replaces names material '%s', which the item does not have%s; its materials: %s")
            :format(id, en_dym, table.concat(names, ", ")),
          ("告知承诺替代的材料“%s”不在本事项材料中%s；现有材料：%s"):format(id, zh_dym, table.concat(names, "、")),
          { "replaces", i })
      end
    end
  end
  if type(c) == "table" and c.allowed == true and (type(c.conditions) ~= "table" or #c.conditions == 0) then
    at_field(report, state, "error", "commitment",
      "commitment.allowed = true needs conditions = { ... }: what the applicant promises (告知承诺)",
      "实行告知承诺（allowed = true）须列出承诺事项 conditions", { "conditions" })
  end
end

local REQUIRED_BASE = { "name", "type", "legal_basis", "statutory_limit" }
local REQUIRED_OFFERED = { "impl_code", "department", "promised_limit", "case_type", "visits" }
local WANTED_OFFERED = { "address", "hours", "phone", "complaint", "fees" }

--- Checks one merged item. offered: the item is offered by the model's
-- implementation list (so local facts are required).
function M.item(report, model, code, offered)
  local item = model.all_items[code]
  local state = model.where.items[code]
  for _, f in ipairs(REQUIRED_BASE) do
    if item[f] == nil then
      report:add("error", state.first, code, { f }, ("item lacks %s (%s), which every item needs"):format(f, F[f][2]),
        ("事项缺少%s（%s），这是必填项"):format(F[f][2], f))
    end
  end
  if type(item.legal_basis) == "table" and #item.legal_basis == 0 then
    at_field(report, state, "error", "legal_basis", "legal_basis needs at least one { law = ..., article = ... }",
      "设定依据至少需要一条 { law = ..., article = ... }")
  end
  if offered then
    for _, f in ipairs(REQUIRED_OFFERED) do
      if item[f] == nil then
        local last = state.decls[#state.decls]
        report:add("error", last, code, nil,
          ("offered item lacks %s (%s), which an implementation list must set"):format(f, F[f][2]),
          ("实施清单中的事项缺少%s（%s），须填写"):format(F[f][2], f))
      end
    end
    for _, f in ipairs(WANTED_OFFERED) do
      if item[f] == nil then
        local last = state.decls[#state.decls]
        report:add("warning", last, code, nil,
          ("offered item does not state %s (%s); set it on the item or in the catalogue's defaults")
            :format(f, F[f][2]),
          ("事项未填写%s（%s）；可在事项中或目录 defaults 中填写"):format(F[f][2], f))
      end
    end
    local level = model.county.level
    if type(item.levels) == "table" and #item.levels > 0 and type(level) == "string"
      and not has(item.levels, level) then
      at_field(report, state, "warning", "offered",
        ("item is exercised at %s, not at this catalogue's level %s"):format(table.concat(item.levels, ", "), level),
        ("事项行使层级为%s，不含本目录层级%s"):format(table.concat(item.levels, "、"), level))
    end
  end
  if item.offered == false and item.reason == nil then
    at_field(report, state, "error", "offered", "offered = false needs reason = \"...\" (why the item is not offered)",
      "不实施（offered = false）须写明原因 reason")
  end

  check_limits(report, item, state, offered)
  check_four(report, item, state)
  check_materials(report, item, state)

  if num(item.visits) and item.visits > 0 and item.visits_reason == nil then
    at_field(report, state, "error", "visits",
      ("visits is %s but visits_reason is missing; more than 0 visits needs a stated reason"):format(
        util.fmt_num(item.visits)),
      ("到办事现场次数为%s，但未说明原因 visits_reason；到现场次数大于0须说明理由"):format(util.fmt_num(item.visits)))
  end
  if item.online_depth == "全程网办" and num(item.visits) and item.visits ~= 0 then
    at_field(report, state, "error", "online_depth",
      ("online_depth is 全程网办 (fully online) but visits is %s; 全程网办 requires visits = 0")
        :format(util.fmt_num(item.visits)),
      ("网上办理深度为全程网办，但到办事现场次数为%s；全程网办须为0次"):format(util.fmt_num(item.visits)))
  end
  if item.online_depth ~= nil and type(item.channels) == "table" and not has(item.channels, "网上办理")
    and (item.online_depth == "互联网受理" or item.online_depth == "全程网办") then
    at_field(report, state, "warning", "channels",
      ("online_depth is %s but channels does not list 网上办理"):format(item.online_depth),
      ("网上办理深度为%s，但办理形式未包含网上办理"):format(item.online_depth))
  end
  local tol = item.tolerance
  if type(tol) == "table" and num(tol.supplement_days) and num(item.promised_limit)
    and tol.supplement_days > item.promised_limit then
    at_field(report, state, "error", "tolerance",
      ("tolerance.supplement_days %s is beyond the promised_limit %s; 容缺 materials must be supplied within it")
        :format(util.fmt_num(tol.supplement_days), util.fmt_num(item.promised_limit)),
      ("容缺补齐期限%s个工作日超过承诺办结时限%s个工作日"):format(util.fmt_num(tol.supplement_days),
        util.fmt_num(item.promised_limit)), { "supplement_days" })
  end
  local e, c = util.day_number(item.effective_date), util.day_number(item.cancel_date)
  if e and c and c < e then
    at_field(report, state, "error", "cancel_date",
      ("cancel_date %s is before effective_date %s"):format(item.cancel_date, item.effective_date),
      ("计划取消日期%s早于计划生效日期%s"):format(item.cancel_date, item.effective_date))
  end
  if type(item.special_procedures) == "table" then
    for i, p in ipairs(item.special_procedures) do
      if type(p) == "table" and type(p.name) == "string" and not has(schema.enums.special, p.name) then
        at_field(report, state, "warning", "special_procedures",
          ("special procedure '%s' is not one that stops the clock under 行政许可法 art. 45 (%s, and locally 公示); "
            .. "time it takes counts within the limit"):format(p.name, table.concat(schema.enums.special, ", ", 1, 8)),
          ("特别程序“%s”不属于行政许可法第四十五条规定的不计入时限的程序（%s，地方另有公示）；其用时应计入办结时限")
            :format(p.name, table.concat(schema.enums.special, "、", 1, 8)),
          { i, "name" })
      end
    end
  end

  -- References and codes that need the chain's departments.
  check_department_ref(report, model, state, "department", item.department)
  check_department_ref(report, model, state, "delegated_by", item.delegated_by)
  if util.is_list(item.co_departments) then
    for i, d in ipairs(item.co_departments) do
      check_department_ref(report, model, state, "co_departments", d, { i })
    end
  end
  if type(item.review) == "table" and util.is_list(item.review.departments) then
    for i, d in ipairs(item.review.departments) do
      check_department_ref(report, model, state, "review", d, { "departments", i })
    end
  end
  if type(item.impl_code) == "string" and #item.impl_code == 31 then
    local dept = type(item.department) == "string" and model.departments[item.department]
    local credit = dept and dept.credit_code
    if dept and credit == nil then
      report:add("error", model.where.departments[item.department], item.department, { "code" },
        ("department '%s' implements item %s but has no credit_code (统一社会信用代码)"):format(item.department, code),
        ("部门“%s”是事项%s的实施主体，但未填写统一社会信用代码 credit_code"):format(item.department, code))
    elseif type(credit) == "string" and item.impl_code:sub(1, 18) ~= credit then
      at_field(report, state, "error", "impl_code",
        ("impl_code %s must begin with the department's credit code %s (department '%s')")
          :format(item.impl_code, credit, item.department),
        ("实施编码%s应以实施主体“%s”的统一社会信用代码%s开头"):format(item.impl_code, item.department, credit))
    end
    if item.impl_code:sub(19, 30) ~= code then
      at_field(report, state, "error", "impl_code",
        ("impl_code %s must carry the base code %s in characters 19-30, found %s")
          :format(item.impl_code, code, item.impl_code:sub(19, 30)),
        ("实施编码%s第19至30位应为基本编码%s，实际为%s"):format(item.impl_code, code, item.impl_code:sub(19, 30)))
    end
  end
end

-- The whole model ----------------------------------------------------------------------

--- Checks a built model. serving: the leaf is an implementation list.
function M.model(report, model)
  local serving = model.county.serves
  local leaf = model.chain[#model.chain]
  local impl = {}
  for _, code in ipairs(model.order) do
    local state = model.where.items[code]
    local item = model.all_items[code]
    -- Items untouched by the leaf were checked with their own catalogue.
    local touched = state.defined_in == leaf
    for _, d in ipairs(state.decls) do
      if d.folder == leaf then touched = true end
    end
    if touched or item.offered then M.item(report, model, code, serving and item.offered == true) end
    if serving and item.offered == true and type(item.impl_code) == "string" then
      local prev = impl[item.impl_code]
      if prev then
        at_field(report, state, "error", "impl_code",
          ("impl_code %s is also used by item %s; implementation codes must be unique"):format(item.impl_code, prev),
          ("实施编码%s与事项%s重复；实施编码必须唯一"):format(item.impl_code, prev))
      end
      impl[item.impl_code] = impl[item.impl_code] or code
    end
    -- A cancelled (取消) base item needs no decision from the county.
    if serving and item.offered == nil and state.defined_in ~= leaf and type(item.levels) == "table"
      and has(item.levels, model.county.level) and item.state ~= "取消" then
      report:add("warning", model.where.catalog, code, nil,
        ("base item %s (%s) is exercised at %s level but '%s' neither adopts it (item { base = \"%s\", ... }) "
          .. "nor declines it (offered = false)"):format(code, tostring(item.name), model.county.level, leaf, code),
        ("基本目录事项%s（%s）在%s级行使，但“%s”既未认领（item { base = \"%s\" }）也未声明不实施（offered = false）")
          :format(code, tostring(item.name), model.county.level, leaf, code))
    end
  end

  -- Windows name departments; only 专窗 (a department's own window) does.
  for _, wcode in ipairs(util.sorted_keys(model.windows)) do
    local w, d = model.windows[wcode], model.where.windows[wcode]
    if d.folder == leaf then
      if w.kind == "专窗" and (type(w.departments) ~= "table" or #w.departments == 0) then
        report:add("error", d, wcode, { "kind" }, "a 专窗 (department window) needs departments = { ... }",
          "专窗须写明进驻部门 departments")
      elseif w.kind ~= nil and w.kind ~= "专窗" and w.departments ~= nil then
        report:add("warning", d, wcode, { "departments" },
          ("departments is for 专窗 only; this window is %s and serves every department"):format(tostring(w.kind)),
          ("departments 仅用于专窗；此窗口为%s，面向所有部门"):format(tostring(w.kind)))
      end
      if util.is_list(w.departments) then
        for i, dep in ipairs(w.departments) do
          if type(dep) == "string" and not model.departments[dep] then
            local en_dym, zh_dym = util.did_you_mean(dep, util.sorted_keys(model.departments))
            report:add("error", d, wcode, { "departments", i },
              ("window names department '%s', which is not declared%s"):format(dep, en_dym),
              ("窗口引用的部门“%s”未声明%s"):format(dep, zh_dym))
          end
        end
      end
    end
  end

  -- Bundles: a member must be offered; a bundle inherited from a parent
  -- with a member this county does not offer is dropped with a warning.
  model.dropped_bundles = {}
  for _, bcode in ipairs(util.sorted_keys(model.bundles)) do
    local b, d = model.bundles[bcode], model.where.bundles[bcode]
    local own = d.folder == leaf
    if util.is_list(b.items) then
      for i, code in ipairs(b.items) do
        if type(code) == "string" then
          local known = model.all_items[code]
          local usable = known and (not serving or known.offered == true)
          if not usable and (own or not known) then
            local en_dym, zh_dym = util.did_you_mean(code, model.order)
            local why_en = known and "is not offered by this catalogue" or "is not defined in the chain"
            local why_zh = known and "本目录未实施" or "目录链中没有该事项"
            report:add("error", d, bcode, { "items", i }, ("bundle member %s %s%s"):format(code, why_en, en_dym),
              ("一件事包含的事项%s%s%s"):format(code, why_zh, zh_dym))
          elseif not usable then
            model.dropped_bundles[bcode] = true
            report:add("warning", d, bcode, { "items", i },
              ("inherited bundle '%s' is not published by '%s': member %s is not offered"):format(bcode, leaf, code),
              ("继承的一件事“%s”不在“%s”发布：其中事项%s未实施"):format(bcode, leaf, code))
          end
        end
      end
    end
  end
end

return M
