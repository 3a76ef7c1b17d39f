--- banshi.catalog.precheck: the one-time notification (一次性告知, 行政许可法
-- art. 32) for an application draft: everything missing or wrong, at once.
--
-- Materials: 免提交 (exempt) ones are not asked for, unless the application
-- says the e-licence source did not find them (app.unshared = { [id] =
-- Chinese reason }, set by the workflow at submission): then they are
-- asked like any other, with that reason; 非必要 ones are not
-- required; 条件必要 ones are required when their when rule says so (without a
-- rule they are listed under `conditional` for the clerk to judge); materials
-- replaced by a written promise (告知承诺) are not asked when the applicant
-- chose it (app.commitment = true) and the item allows it; 容缺 (tolerable)
-- ones that are missing go to `tolerable_missing`, not `missing`, unless the
-- item has tolerance.allowed = false.
--
-- Rules run under pcall so that a broken rule yields a problem naming its
-- file:line instead of failing the request, except the host's budget kill
-- (a message containing "budget"), which is re-raised untouched: swallowing
-- it would let a runaway rule keep the county's state busy.

local M = {}

local function rule_place(fn)
  local info = debug.getinfo(fn, "S")
  local file = info.source:match("^@(.*)$") or info.short_src
  return ("%s:%d"):format(file, info.linedefined)
end

-- The county's budgets meter the rule itself (banshi.budget), also where
-- the platform calling it runs unmetered. Plain Lua (the Lua tests) has no
-- budgets: the rule is called as it is.
local has_budget, budget = pcall(require, "banshi.budget")
local metered = has_budget and budget.metered or function(fn, ...) return fn(...) end

-- Calls a rule; returns true, results... or false, problem text.
local function call_rule(fn, app)
  local results = table.pack(metered(pcall, fn, app))
  if results[1] then return table.unpack(results, 1, results.n) end
  local msg = results[2]
  if type(msg) == "string" and msg:find("budget", 1, true) then error(msg, 0) end
  return false, ("规则出错（%s）：%s"):format(rule_place(fn), tostring(msg))
end

-- What the rules see of app, its materials and unshared tables given
-- (precheck has them already).
local function rules_view(app, given, unshared_of)
  return { data = type(app.data) == "table" and app.data or {},
    applicant = type(app.applicant) == "table" and app.applicant or {}, materials = given,
    commitment = app.commitment == true, unshared = unshared_of }
end

-- The application as the rules see it, each part of the type they expect.
local function normalise(app)
  app = app or {}
  return rules_view(app, type(app.materials) == "table" and app.materials or {},
    type(app.unshared) == "table" and app.unshared or {})
end

--- The notification for item code of model and an application draft.
-- Returns { ok, missing, tolerable_missing, conditional, problems }, or nil
-- and a message when the model has no such item.
function M.precheck(model, code, app)
  local item = model.items[code]
  if not item then return nil, ("no offered item %s in catalogue %s"):format(tostring(code), model.county.id) end
  -- The rules see normalise(app), made only when the first rule runs (most
  -- items have none); the checks below read the same tables it would hold.
  app = app or {}
  local given = type(app.materials) == "table" and app.materials or {}
  local unshared_of = type(app.unshared) == "table" and app.unshared or {}
  local view
  local missing, tolerable_missing, conditional, problems = {}, {}, {}, {}
  local result = { ok = true, missing = missing, tolerable_missing = tolerable_missing, conditional = conditional,
    problems = problems, fee = nil }

  local replaced = {}
  local c = item.commitment
  if app.commitment == true and type(c) == "table" and c.allowed == true and type(c.replaces) == "table" then
    for _, id in ipairs(c.replaces) do replaced[id] = true end
  end
  local tolerance = type(item.tolerance) == "table" and item.tolerance or nil
  local tolerance_on = not (tolerance and tolerance.allowed == false)

  local materials = item.materials
  for i = 1, #materials do
    local m = materials[i]
    local unshared = m.exempt and unshared_of[m.id]
    local required, reason = false, unshared or "缺少必要材料"
    if (m.exempt and not unshared) or replaced[m.id] then
      required = false
    elseif m.necessity == "必要" then
      required = true
    elseif m.necessity == "条件必要" then
      if m.when then
        view = view or rules_view(app, given, unshared_of)
        local ok, value = call_rule(m.when, view)
        if ok then
          required = value and true or false
          reason = unshared and ("符合“%s”情形；%s"):format(m.condition or "条件", unshared)
            or ("符合“%s”情形，须提交"):format(m.condition or "条件")
        else
          problems[#problems + 1] = { field = "materials." .. m.id, zh = value }
        end
      elseif not given[m.id] then
        conditional[#conditional + 1] = { id = m.id, name = m.name,
          reason_zh = ("如属于“%s”情形，须提交"):format(m.condition or "") }
      end
    end
    if required and not given[m.id] then
      if m.tolerable and tolerance_on then
        local days = tolerance and tolerance.supplement_days or nil
        tolerable_missing[#tolerable_missing + 1] = { id = m.id, name = m.name,
          reason_zh = days and ("可容缺受理，须在%s个工作日内补齐"):format(tostring(days)) or "可容缺受理，须在承诺时限内补齐" }
      else
        missing[#missing + 1] = { id = m.id, name = m.name, reason_zh = reason }
      end
    end
  end

  if item.accept then
    view = view or rules_view(app, given, unshared_of)
    local ok, verdict, reasons = call_rule(item.accept, view)
    if not ok then
      problems[#problems + 1] = { field = "accept", zh = verdict }
    elseif verdict ~= true then
      if verdict ~= false then
        problems[#problems + 1] = { field = "accept",
          zh = ("受理规则（%s）应返回true或false，实际返回%s"):format(rule_place(item.accept), tostring(verdict)) }
      elseif type(reasons) == "table" then
        for _, r in ipairs(reasons) do
          problems[#problems + 1] = { field = "accept", zh = tostring(r) }
        end
      else
        problems[#problems + 1] = { field = "accept", zh = reasons and tostring(reasons) or "不符合受理条件" }
      end
    end
  end

  -- The fee rule normalises what it is given, which is then the same.
  result.fee = M.fee(model, code, view or app)
  result.ok = #missing == 0 and #problems == 0
  return result
end

-- What an item without a fees table charges.
local NO_FEES = { charged = false }

--- The fee (收费) of item code for app: { charged = bool, amount = yuan or
-- nil when only the standard is known, note = text, items = fee items } or,
-- when the item's fee rule fails, { charged = true, error = text naming
-- file:line }. Nil and a message when the item is not offered.
function M.fee(model, code, app)
  local item = model.items[code]
  if not item then return nil, ("no offered item %s"):format(tostring(code)) end
  local fees = type(item.fees) == "table" and item.fees or NO_FEES
  if item.fee then
    local ok, amount, note = call_rule(item.fee, normalise(app))
    if not ok then return { charged = true, error = amount } end
    if type(amount) ~= "number" or amount < 0 then
      return { charged = true, error = ("收费规则（%s）应返回不小于0的金额，实际返回%s")
        :format(rule_place(item.fee), tostring(amount)) }
    end
    return { charged = amount > 0, amount = amount, note = note and tostring(note) or nil,
      items = fees.items }
  end
  if fees.charged then
    return { charged = true, items = fees.items, note = "按收费标准计收" }
  end
  return { charged = false, amount = 0 }
end

--- Who reviews an application for item code (审批路由): { mode = "并联" or
-- "串联", departments = { codes } } from the item's route rule, else its
-- review table, else its own department alone. Nil and a message when the
-- item is not offered or the rule fails or names an unknown department.
function M.route(model, code, app)
  local item = model.items[code]
  if not item then return nil, ("no offered item %s"):format(tostring(code)) end
  local plan = item.review
  if item.route then
    local ok, result = call_rule(item.route, normalise(app))
    if not ok then return nil, result end
    plan = result
  end
  if type(plan) ~= "table" then
    return { mode = "串联", departments = { item.department } }
  end
  local mode = plan.mode or "串联"
  if mode ~= "并联" and mode ~= "串联" then
    return nil, ("审批路由的方式应为并联或串联，实际为%s"):format(tostring(mode))
  end
  local deps = {}
  for _, d in ipairs(type(plan.departments) == "table" and plan.departments or {}) do
    if not (model.departments and model.departments[d]) then
      return nil, ("审批路由指向未定义的部门“%s”"):format(tostring(d))
    end
    deps[#deps + 1] = d
  end
  if #deps == 0 then deps[1] = item.department end
  return { mode = mode, departments = deps }
end

return M
