--- banshi.workflow: the life of an application (办件) as a pure,
-- event-sourced state machine. docs/workflow.md is the reference.
--
--   local wf = require "banshi.workflow"
--   wf.decide(ctx, doc, cmd) -> event | nil, err   err = { status = 409|422|403, code, en, zh, ... }
--   wf.apply(doc, event)     -> new doc            (doc == nil before the first event)
--   wf.replay(events)        -> doc                (fold of apply)
--   wf.actions(doc, actor)   -> { { action, zh, reviews? } } this actor may take now
--   wf.states                -> { [state] = Chinese label }
--
-- ctx = { model, catalog, calendar (banshi.calendar object or nil), now
-- (Unix seconds), actor = { id, role, departments }, broken_promise,
-- version }. What lies outside the catalogue comes in the command, asked
-- for by banshi.apps beforehand: plugins' findings (cmd.findings) and the
-- e-licence source's answers for 免提交 materials (cmd.licenses, see
-- intake.share). decide reads the catalogue and the calendar through ctx and
-- puts every fact a later replay needs into event.data; apply reads only
-- the document and the event. Both are pure: no I/O, no clock, no
-- randomness, and nothing iterated in hash order reaches the output.
--
-- States and transitions (the function that performs each is the action of
-- the same name; every action below is also allowed only to the roles named
-- in its spec):
--
--   (none) --submit--> submitted
--   submitted --return_for_correction--> correction --resupply--> submitted
--   submitted --accept--> accepted            submitted, correction --reject--> rejected*
--   accepted --start_review--> reviewing      accepted --decide (即办件)--> decided
--   reviewing --suspend--> suspended --resume--> reviewing
--   reviewing --decide (all reviews done)--> decided --issue--> issued*
--   accepted, reviewing, suspended --terminate (容缺 overdue)--> terminated*
--   warn (system: yellow before the deadline, red at it, with 督办) and
--   recompute_deadline (system: the county's calendar changed) keep the
--   state (accepted, reviewing).
--   submitted .. suspended --withdraw--> withdrawn*
--   claim, reassign, opinion (reviewing) and supplement (accepted ..
--   suspended, 容缺) keep the state.                     (* final)
--
-- Invariants of a document (tests/lua/test_workflow.lua checks them):
--  1. doc == replay(events) after every event, deep-equal, and apply never
--     changes its arguments.
--  2. doc.history is the number of events; doc.state is the last event's to.
--  3. At most one clock stop is open (clock.corrections while in correction,
--     clock.stops while suspended), and none in any other state.
--  4. In 串联 review at most one review is open or claimed; a review is
--     claimed by exactly one reviewer, who alone records its opinion.
--  5. decision.result == "准予" only when no review said 不同意 and no 容缺
--     material is still outstanding.
--
-- Errors: misuse by the caller (ctx without a model, now not whole seconds,
-- an unknown role, an event apply cannot know) raises. A command that is
-- not allowed returns nil and { status, code, en, zh }: 403 for a role that
-- may not take the action, 409 for a state that does not allow it, 422 for
-- a malformed or incomplete command.

local util = require "banshi.catalog.util"
local applicant_mod = require "banshi.workflow.applicant"
local intake = require "banshi.workflow.intake"

local M = {}

local copy, fail = intake.copy, intake.fail

M.state_order = { "submitted", "correction", "accepted", "rejected", "reviewing", "suspended", "decided",
  "issued", "withdrawn", "terminated" }

M.states = {
  submitted = "已收件", correction = "补正中", accepted = "已受理", rejected = "不予受理",
  reviewing = "审查中", suspended = "特别程序", decided = "已决定", issued = "已办结",
  withdrawn = "已撤回", terminated = "已终止",
}

M.final = { rejected = true, issued = true, withdrawn = true, terminated = true }

M.roles = { applicant = "申请人", clerk = "窗口人员", reviewer = "审查人员", supervisor = "科室负责人",
  system = "系统" }

M.modes = { normal = "一般受理", tolerance = "容缺受理", commitment = "告知承诺" }

-- 行政许可法 art. 45, and 公示 locally.
M.procedures = { "听证", "招标", "拍卖", "检验", "检测", "检疫", "鉴定", "专家评审", "公示" }

M.deliveries = { "窗口领取", "邮寄" }

-- Labels of a material's status in doc.materials.
M.material_statuses = { submitted = "已提交", seen = "已核验原件", shared = "共享获取（免提交）", missing = "缺少",
  tolerated = "容缺待补", replaced = "以告知承诺替代", conditional = "待窗口确认", not_required = "无需提交" }

local REMEDY = "申请人如不服本决定，可以依法申请行政复议或者提起行政诉讼。"

-- Helpers ---------------------------------------------------------------------

local function set_of(list)
  local s = {}
  for _, v in ipairs(list or {}) do s[v] = true end
  return s
end

local function text(v)
  if v ~= nil and type(v) == "string" and v:find("%S") then return v end
  return nil
end

local function names_of(list, field)
  local out = {}
  for _, e in ipairs(list) do out[#out + 1] = e[field or "name"] end
  return out
end

local function join_problems(problems)
  local en, zh = {}, {}
  for _, p in ipairs(problems) do
    en[#en + 1] = p.field and (p.field .. ": " .. (p.en or p.zh)) or (p.en or p.zh)
    zh[#zh + 1] = p.zh
  end
  return table.concat(en, "; "), table.concat(zh, "；")
end

local function invalid(code, problems)
  local en, zh = join_problems(problems)
  return fail(422, code, en, zh, { problems = problems })
end

local function find_review(doc, department)
  for i, r in ipairs(doc.reviews or {}) do
    if r.department == department then return r, i end
  end
  return nil
end

local function in_departments(actor, department)
  for _, d in ipairs(actor.departments or {}) do
    if d == department then return true end
  end
  return false
end

-- "2026-03-16" -> "2026年3月16日"
local function date_zh(date)
  local y, m, d = date:match("^(%d+)%-(%d+)%-(%d+)$")
  return ("%d年%d月%d日"):format(tonumber(y), tonumber(m), tonumber(d))
end

-- Calendar answers, or nil and a note when there is no calendar or the
-- calendar lacks a year; a missing calendar never blocks an application.
local function cal_call(ctx, method, ...)
  local cal = ctx.calendar
  if cal == nil then return nil, "no working-day calendar given / 未提供工作日历" end
  return cal[method](cal, ...)
end

-- The open stop of a list (the last one, without `to`), or nil.
local function open_stop(list)
  local last = list and list[#list]
  if last and last.to == nil then return last end
  return nil
end

local function closed_stops(doc)
  local out = {}
  for _, s in ipairs(doc.clock.stops) do
    if s.to ~= nil then out[#out + 1] = { from = s.from, to = s.to } end
  end
  return out
end

-- Actions ----------------------------------------------------------------------

-- Each action: zh label, roles, from (states; nil for submit), guard(doc,
-- actor) -> err | nil for what can be told without the command,
-- available(doc, actor) -> bool for actions() only (whether there is
-- anything for this actor to act on), decide(ctx, doc, cmd) -> { to,
-- reason, data } | nil, err, and apply(doc, event, data) which changes the
-- (already copied) document.
local A, ORDER = {}, {}

local function action(name, spec)
  spec.name = name
  spec.roles = set_of(spec.roles)
  spec.from_list = spec.from
  spec.from = spec.from and set_of(spec.from)
  A[name] = spec
  ORDER[#ORDER + 1] = name
end

local ACTIVE = { "submitted", "correction", "accepted", "reviewing", "suspended" }
local TOLERANCE_STATES = { "accepted", "reviewing", "suspended" }

-- Closes whatever clock stop is open at instant at (withdrawal, termination,
-- rejection end the case with the clock stopped).
local function close_all(doc, at)
  local c = open_stop(doc.clock.corrections)
  if c then c.to = at end
  local s = open_stop(doc.clock.stops)
  if s then s.to = at end
  if doc.suspension then
    doc.suspension.to = at
    doc.procedures[#doc.procedures + 1] = doc.suspension
    doc.suspension = nil
  end
  doc.clock.stopped = false
  doc.clock.days_left = nil
end

-- submit (收件) -------------------------------------------------------------------

local NONE = {}

-- The review plan (审批路由) of a subject: { mode, departments, names }, or
-- nil and an error when an item cannot be routed. A bundle is reviewed in
-- parallel by every member's reviewing departments. app: the catalogue
-- rules' view of the application, for items that route by a rule.
local function review_plan(ctx, subject, app)
  local plan = { mode = subject.kind == "bundle" and "并联" or nil, departments = {} }
  local seen = {}
  for _, code in ipairs(subject.codes) do
    local route, msg = ctx.catalog.route(ctx.model, code, app)
    if not route then
      return nil, fail(422, "route_failed", ("item %s cannot be routed: %s"):format(code, tostring(msg)),
        ("事项%s无法确定审批部门：%s"):format(code, tostring(msg)))
    end
    plan.mode = plan.mode or route.mode
    for _, d in ipairs(route.departments) do
      if not seen[d] then
        seen[d] = true
        plan.departments[#plan.departments + 1] = d
      end
    end
  end
  plan.names = {}
  for _, d in ipairs(plan.departments) do
    local dep = ctx.model.departments and ctx.model.departments[d]
    plan.names[d] = dep and dep.name or d
  end
  return plan
end

-- Review plans of cached subjects (intake.subject) none of whose items
-- routes by a rule: they depend on the catalogue alone, so each is worked
-- out once and shared by the subject's applications, as the subject's
-- item is (never change one). Weak keys: a reload brings new subjects.
local review_plans = setmetatable({}, { __mode = "k" })

action("submit", {
  zh = "提交申请",
  roles = { "applicant", "clerk" },
  -- decide builds its data from new tables and from the subject's, which
  -- nothing changes (apply below changes only the notice, built anew), so
  -- the event takes the data as it is: a copy was a tenth of a submission.
  fresh = true,
  -- apply sets every field of data on the new document, so a consumed
  -- event's data can become the document itself (M.apply).
  adopt = true,
  decide = function(ctx, _, cmd)
    local cached, err = intake.subject(ctx.model, cmd)
    if not cached then return nil, err end
    -- The cached subject is shared between submissions: this one's 免提交
    -- answers go on its own copies of the 免提交 materials. (banshi.apps
    -- asks the e-licence source before deciding, so that a replay never
    -- does; not found is asked for.)
    local subject = intake.answered(cached, cmd.licenses)
    local role = ctx.actor.role
    local applicant, problems = applicant_mod.validate(cmd.applicant)
    local channel = cmd.channel or (role == "applicant" and "网上办理" or "窗口办理")
    if role == "applicant" and channel ~= "网上办理" then
      problems[#problems + 1] = { field = "channel", en = "an applicant submits online (网上办理)",
        zh = "申请人自行提交的，办理形式应为网上办理" }
    elseif role == "clerk" and channel == "网上办理" then
      problems[#problems + 1] = { field = "channel", en = "a clerk receives at the window (窗口办理) or by post (快递申请)",
        zh = "窗口人员收件的，办理形式应为窗口办理或快递申请" }
    elseif not subject.channel_set[channel] then
      problems[#problems + 1] = { field = "channel",
        en = ("channel %s is not offered; offered: %s"):format(tostring(channel),
          table.concat(subject.item.channels, ", ")),
        zh = ("本事项不提供“%s”，可选：%s"):format(tostring(channel), table.concat(subject.item.channels, "、")) }
    end
    if cmd.data ~= nil and type(cmd.data) ~= "table" then
      problems[#problems + 1] = { field = "data", en = "data must be an object", zh = "申请表数据格式不正确" }
    end
    local supplied, bad = intake.supplied(cmd.materials, subject.materials, subject.alias, role)
    if bad then
      for _, p in ipairs(bad) do problems[#problems + 1] = p end
    end
    if #problems > 0 then return nil, invalid("invalid_application", problems) end

    local form = copy(cmd.data or {})
    local requested = cmd.commitment == true
    local commitment = requested and subject.item.commitment.allowed
    local notice = intake.precheck(ctx, subject, form, applicant, supplied, commitment)
    -- Findings of the county's plugins (banshi.plugins precheck hooks).
    local findings = cmd.findings
    if type(findings) == "table" and findings[1] ~= nil then
      for _, f in ipairs(findings) do
        notice.problems[#notice.problems + 1] = { field = f.field, zh = f.zh, en = f.en, plugin = f.plugin }
        notice.ok = false
      end
    end
    notice.lines = intake.notice_lines(subject.item.name, notice)
    -- Set here as well as by apply (which older events need), so that the
    -- notice in the event is already the document's.
    notice.issued_at = ctx.now
    if requested and not commitment then
      notice.lines[#notice.lines + 1] = "本事项不适用告知承诺制，按一般程序提交材料。"
    end

    -- Review plan (审批路由): the catalogue's alone, kept with the cached
    -- subject, unless an item routes by a rule, which reads the application.
    local plan = not cached.routed and review_plans[cached]
    if not plan then
      local app = cached.routed and intake.app(subject, form, applicant, supplied, commitment) or nil
      plan, err = review_plan(ctx, subject, app)
      if not plan then return nil, err end
      if not cached.routed then review_plans[cached] = intake.mark_shared(plan) end
    end

    local replaced = commitment and set_of(subject.item.commitment.replaces) or NONE
    return {
      to = "submitted",
      data = {
        kind = subject.kind,
        item = subject.item,
        members = subject.kind == "bundle" and subject.codes or nil,
        member_items = subject.members,
        material_alias = subject.alias,
        applicant = applicant,
        channel = channel,
        form = form,
        materials = intake.statuses(subject.materials, supplied, notice, replaced),
        notice = notice,
        fee = notice.fee,
        review_plan = plan,
        commitment = commitment,
        commitment_requested = requested,
        tolerance_requested = cmd.tolerance == true,
        version = ctx.version,
        number = text(cmd.number),
        query_code = text(cmd.query_code),
      },
    }
  end,
  apply = function(doc, event, data)
    -- An adopted event's data is the document already (M.apply).
    if doc ~= data then
      for k, v in pairs(data) do doc[k] = v end
    end
    doc.notice.issued_at = event.at
    doc.created_at = event.at
    doc.submitted_by = { id = event.actor, role = event.role }
    doc.clock = { received_at = event.at, stops = {}, corrections = {}, stopped = false }
    doc.reviews = {}
    doc.procedures = {}
    doc.ready = false
  end,
})

-- accept (受理) -------------------------------------------------------------------

local function incomplete(doc)
  local n = doc.notice
  local en = ("cannot accept: %d required material(s) missing (%s) and %d problem(s)"):format(
    #n.missing, table.concat(names_of(n.missing, "id"), ", "), #n.problems)
  local zh = {}
  if #n.missing > 0 then zh[#zh + 1] = "缺少必要材料：" .. table.concat(names_of(n.missing), "、") end
  if #n.problems > 0 then zh[#zh + 1] = "不符合受理条件：" .. table.concat(names_of(n.problems, "zh"), "；") end
  return fail(422, "incomplete", en, "不能受理。" .. table.concat(zh, "；"),
    { missing = copy(n.missing), problems = copy(n.problems), lines = copy(n.lines) })
end

action("accept", {
  zh = "受理",
  roles = { "clerk" },
  from = { "submitted" },
  guard = function(doc)
    if not doc.notice.ok then return incomplete(doc) end
  end,
  decide = function(ctx, doc, cmd)
    local item = doc.item
    local tolerable = doc.notice.tolerable_missing
    local mode = "normal"
    if #tolerable > 0 then
      local list = table.concat(names_of(tolerable), "、")
      -- Not eligible: marked by the server (ctx), or found by the clerk's
      -- credit check at the window (信用核查, cmd.broken_promise).
      if ctx.broken_promise or cmd.broken_promise == true then
        return nil, fail(403, "broken_promise",
          "the applicant has broken an earlier 容缺 promise and cannot be accepted with materials missing",
          ("申请人有容缺受理承诺未履行的记录，不适用容缺受理；请补齐%s后再受理"):format(list),
          { missing = copy(tolerable) })
      end
      if cmd.tolerance_commitment ~= true then
        return nil, fail(422, "tolerance_commitment_required",
          "materials are missing that may be tolerated (容缺); accepting needs the applicant's signed commitment "
            .. "(tolerance_commitment = true)",
          ("以下材料可容缺受理：%s；须申请人签署容缺受理承诺书"):format(list), { missing = copy(tolerable) })
      end
      mode = "tolerance"
    elseif doc.commitment and item.commitment.allowed then
      mode = "commitment"
    end

    local limit = item.promised_limit or 0
    local data = { accepted_at = ctx.now, mode = mode, limit = limit }
    local due, note = cal_call(ctx, "deadline", ctx.now, limit, {})
    data.due, data.due_note = due, (not due) and note or nil
    if due then data.due_date = ctx.calendar:date_of(due) end
    local lines = { ("申请事项：%s"):format(item.name), ("受理方式：%s"):format(M.modes[mode]),
      ("承诺办结时限：%s个工作日"):format(tostring(limit)) }
    if due then
      local info = ctx.calendar:info(ctx.now, limit)
      lines[#lines + 1] = ("办结期限：%s"):format(info and info.due_text or date_zh(data.due_date))
    end
    if mode == "tolerance" then
      local days = math.min(item.tolerance.supplement_days or limit, limit)
      local sdue, snote = cal_call(ctx, "add_workdays", ctx.now, days)
      data.supplement_days, data.supplement_due = days, sdue
      data.supplement_note = (not sdue) and snote or nil
      data.tolerated = names_of(tolerable, "id")
      data.tolerance_commitment = true
      lines[#lines + 1] = ("容缺材料：%s"):format(table.concat(names_of(tolerable), "、"))
      if sdue then
        data.supplement_date = ctx.calendar:date_of(sdue)
        local info = ctx.calendar:info(ctx.now, days)
        lines[#lines + 1] = ("请于%s补齐容缺材料，逾期未补齐的，终止办理。"):format(
          info and info.due_text or date_zh(data.supplement_date))
      else
        lines[#lines + 1] = ("请于%s个工作日内补齐容缺材料，逾期未补齐的，终止办理。"):format(tostring(days))
      end
    elseif mode == "commitment" then
      data.commitment_conditions = copy(item.commitment.conditions)
      lines[#lines + 1] = ("申请人已书面承诺：%s。承诺不实的，依法撤销行政许可并记入信用记录。"):format(
        table.concat(item.commitment.conditions, "；"))
    end
    data.lines = lines
    return { to = "accepted", data = data }
  end,
  apply = function(doc, event, data)
    doc.mode, doc.mode_zh = data.mode, M.modes[data.mode]
    local clock = doc.clock
    clock.accepted_at, clock.limit, clock.due, clock.due_date = data.accepted_at, data.limit, data.due, data.due_date
    clock.due_note = data.due_note
    clock.supplement_due, clock.supplement_date = data.supplement_due, data.supplement_date
    doc.acceptance = { at = event.at, by = event.actor, mode = data.mode, lines = data.lines,
      commitment_conditions = data.commitment_conditions }
    if data.mode == "tolerance" then
      local tolerated = set_of(data.tolerated)
      for _, m in ipairs(doc.materials) do
        if tolerated[m.id] then m.status = "tolerated" end
      end
      doc.tolerance = { materials = data.tolerated, remaining = copy(data.tolerated), days = data.supplement_days,
        due = data.supplement_due, due_date = data.supplement_date, note = data.supplement_note,
        commitment_signed = true, done = false }
    end
  end,
})

-- return_for_correction (补正, 一次性告知) ------------------------------------------

action("return_for_correction", {
  zh = "退回补正（一次性告知）",
  roles = { "clerk" },
  from = { "submitted" },
  decide = function(ctx, doc, cmd)
    local extra, problems = {}, {}
    if cmd.items ~= nil and type(cmd.items) ~= "table" then
      problems[#problems + 1] = { field = "items", en = "items must be a list of { name, reason }",
        zh = "补正事项应为{ name, reason }的列表" }
    end
    for i, e in ipairs(type(cmd.items) == "table" and cmd.items or {}) do
      if type(e) ~= "table" or not text(e.name) then
        problems[#problems + 1] = { field = ("items[%d]"):format(i), en = "each finding needs a name",
          zh = ("第%d项补正内容缺少名称"):format(i) }
      else
        extra[#extra + 1] = { name = e.name, reason = text(e.reason) }
      end
    end
    if #problems > 0 then return nil, invalid("invalid_command", problems) end
    local n = doc.notice
    -- Tolerable (容缺) materials still missing are worth a correction too:
    -- the applicant may prefer supplying them, or be ineligible for 容缺.
    if #n.missing + #n.problems + #n.tolerable_missing + #extra == 0 then
      return nil, fail(422, "nothing_to_correct",
        "nothing is missing or wrong; list the clerk's findings in items to return it",
        "材料齐全且符合受理条件，无需补正；如有其他问题请在补正事项中逐项列明")
    end
    local lines = intake.notice_lines(doc.item.name, n, extra)
    if text(cmd.reason) then lines[#lines + 1] = "说明：" .. cmd.reason end
    -- 行政许可法 art. 32: told later than 5 days after receipt, the
    -- application counts as accepted from receipt; record it for supervision.
    local limit5 = cal_call(ctx, "add_workdays", doc.clock.received_at, 5)
    local late
    if limit5 then late = ctx.now > limit5 end
    return { to = "correction", reason = text(cmd.reason), data = { extra = extra, lines = lines, late = late } }
  end,
  apply = function(doc, event, data)
    doc.notice.extra = data.extra
    doc.notice.lines = data.lines
    doc.notice.issued_at = event.at
    doc.notice.late = data.late
    doc.notice.issued_by = event.actor
    local c = doc.clock.corrections
    c[#c + 1] = { from = event.at, kind = "补正" }
    doc.clock.stopped = true
  end,
})

-- resupply (补正材料) ----------------------------------------------------------------

local function subject_of(doc)
  return { kind = doc.kind, item = doc.item, members = doc.member_items, alias = doc.material_alias,
    materials = doc.materials, codes = doc.members or { doc.item.code } }
end

action("resupply", {
  zh = "补正材料",
  roles = { "applicant", "clerk" },
  from = { "correction" },
  decide = function(ctx, doc, cmd)
    local subject = subject_of(doc)
    local given, bad = intake.supplied(cmd.materials, doc.materials, doc.material_alias, ctx.actor.role)
    local problems = bad or {}
    if cmd.data ~= nil and type(cmd.data) ~= "table" then
      problems[#problems + 1] = { field = "data", en = "data must be an object", zh = "申请表数据格式不正确" }
    end
    if #problems > 0 then return nil, invalid("invalid_command", problems) end
    local supplied = intake.in_hand(doc.materials)
    for id, r in pairs(given) do supplied[id] = r end
    local form = copy(doc.form)
    for k, v in pairs(cmd.data or {}) do form[k] = copy(v) end
    local notice = intake.precheck(ctx, subject, form, doc.applicant, supplied, doc.commitment)
    notice.lines = intake.notice_lines(doc.item.name, notice)
    local replaced = doc.commitment and set_of(doc.item.commitment.replaces) or {}
    return { to = "submitted", data = { form = form, notice = notice,
      materials = intake.statuses(doc.materials, supplied, notice, replaced) } }
  end,
  apply = function(doc, event, data)
    doc.form, doc.materials, doc.notice, doc.fee = data.form, data.materials, data.notice, data.notice.fee
    doc.notice.issued_at = event.at
    open_stop(doc.clock.corrections).to = event.at
    doc.clock.stopped = false
  end,
})

-- reject (不予受理) ----------------------------------------------------------------

action("reject", {
  zh = "不予受理",
  roles = { "clerk" },
  from = { "submitted", "correction" },
  decide = function(_, _, cmd)
    if not text(cmd.reason) then
      return nil, fail(422, "reason_required", "a refusal to accept needs a reason",
        "不予受理须说明理由")
    end
    return { to = "rejected", reason = cmd.reason, data = { reason = cmd.reason,
      legal_basis = text(cmd.legal_basis), remedy = REMEDY } }
  end,
  apply = function(doc, event, data)
    close_all(doc, event.at)
    doc.rejection = { at = event.at, by = event.actor, reason = data.reason, legal_basis = data.legal_basis,
      remedy = data.remedy }
  end,
})

-- start_review (审查) ---------------------------------------------------------------

-- Each department's review has its own limit when the item sets
-- review.limit: its due instant, counted from when the review opens.
local function review_due(ctx, doc)
  local limit = doc.item.review_limit
  if not limit or limit <= 0 then return nil end
  local due = cal_call(ctx, "deadline", ctx.now, limit, {})
  return due, due and ctx.calendar:date_of(due) or nil
end

action("start_review", {
  zh = "启动审查",
  roles = { "system", "clerk" },
  from = { "accepted" },
  decide = function(ctx, doc)
    local plan = doc.review_plan
    local reviews = {}
    local due, due_date = review_due(ctx, doc)
    for i, d in ipairs(plan.departments) do
      local open = plan.mode == "并联" or i == 1
      reviews[i] = { department = d, department_name = plan.names[d], order = i,
        status = open and "open" or "waiting", opened_at = open and ctx.now or nil, reassignments = {},
        due = open and due or nil, due_date = open and due_date or nil }
    end
    return { to = "reviewing", data = { mode = plan.mode, reviews = reviews } }
  end,
  apply = function(doc, _, data)
    doc.review_mode = data.mode
    doc.reviews = data.reviews
    doc.ready = false
  end,
})

-- claim (首办负责) ------------------------------------------------------------------

local function claimable(doc, actor)
  local out = {}
  for _, r in ipairs(doc.reviews) do
    if r.status == "open" and in_departments(actor, r.department) then out[#out + 1] = r.department end
  end
  return out
end

local function claimed_by(doc, actor)
  local out = {}
  for _, r in ipairs(doc.reviews) do
    if r.status == "claimed" and r.claimed_by == actor.id then out[#out + 1] = r.department end
  end
  return out
end

local function open_or_claimed(doc)
  local out = {}
  for _, r in ipairs(doc.reviews) do
    if r.status == "open" or r.status == "claimed" then out[#out + 1] = r.department end
  end
  return out
end

-- The review a command names (cmd.review), or the only candidate; checks the
-- actor's department. Returns the review or nil, err.
local function pick_review(doc, actor, cmd, candidates)
  local dept = cmd.review
  if dept == nil then
    if #candidates ~= 1 then
      return nil, fail(422, "review_not_named",
        ("name the review (department) to act on; candidates: %s"):format(table.concat(candidates, ", ")),
        ("请指明审查部门；可选：%s"):format(table.concat(candidates, "、")))
    end
    dept = candidates[1]
  end
  local r = find_review(doc, dept)
  if not r then
    return nil, fail(422, "unknown_review", ("no review by department %s"):format(tostring(dept)),
      ("本办件没有“%s”部门的审查"):format(tostring(dept)))
  end
  if actor.role == "reviewer" and not in_departments(actor, dept) then
    return nil, fail(403, "not_your_department",
      ("reviewer %s is not in department %s"):format(actor.id, dept),
      ("审查人员%s不属于%s，不能办理该部门的审查"):format(actor.id, r.department_name or dept))
  end
  return r
end

local function review_state_error(r, wanted)
  local zh = { waiting = "尚未开始（串联审查须按顺序进行）", claimed = "已由" .. tostring(r.claimed_by) .. "认领",
    done = "已出具意见", skipped = "已因前序部门不同意而终止", open = "尚未认领" }
  return fail(409, "review_" .. r.status,
    ("the review by %s is %s; %s needed"):format(r.department, r.status, wanted),
    ("%s的审查%s"):format(r.department_name or r.department, zh[r.status] or r.status))
end

action("claim", {
  zh = "认领审查",
  roles = { "reviewer" },
  from = { "reviewing" },
  available = function(doc, actor) return #claimable(doc, actor) > 0 end,
  targets = claimable,
  decide = function(ctx, doc, cmd)
    local candidates = claimable(doc, ctx.actor)
    if cmd.review == nil and #candidates == 0 then
      return nil, fail(409, "nothing_to_claim", "no open review of your department(s)", "没有本部门待认领的审查")
    end
    local r, err = pick_review(doc, ctx.actor, cmd, candidates)
    if not r then return nil, err end
    if r.status ~= "open" then return nil, review_state_error(r, "open") end
    return { data = { review = r.department, claimed_by = ctx.actor.id } }
  end,
  apply = function(doc, event, data)
    local r = find_review(doc, data.review)
    r.status, r.claimed_by, r.claimed_at = "claimed", data.claimed_by, event.at
  end,
})

-- reassign (改派) -------------------------------------------------------------------

action("reassign", {
  zh = "改派审查人员",
  roles = { "supervisor" },
  from = { "reviewing", "suspended" },
  guard = function(doc)
    if #open_or_claimed(doc) == 0 then
      return fail(409, "nothing_to_reassign", "no open or claimed review", "没有可改派的审查")
    end
  end,
  targets = open_or_claimed,
  decide = function(ctx, doc, cmd)
    local r, err = pick_review(doc, ctx.actor, cmd, open_or_claimed(doc))
    if not r then return nil, err end
    if r.status ~= "open" and r.status ~= "claimed" then return nil, review_state_error(r, "open or claimed") end
    local problems = {}
    if not text(cmd.to) then
      problems[#problems + 1] = { field = "to", en = "name the reviewer to reassign to", zh = "请指定改派的审查人员" }
    elseif cmd.to == r.claimed_by then
      problems[#problems + 1] = { field = "to", en = "the review is already theirs", zh = "该审查已由此人办理" }
    end
    if not text(cmd.reason) then
      problems[#problems + 1] = { field = "reason", en = "a reassignment needs a reason", zh = "改派须说明理由" }
    end
    if #problems > 0 then return nil, invalid("invalid_command", problems) end
    return { reason = cmd.reason, data = { review = r.department, from = r.claimed_by, to = cmd.to,
      reason = cmd.reason } }
  end,
  apply = function(doc, event, data)
    local r = find_review(doc, data.review)
    r.reassignments[#r.reassignments + 1] = { from = data.from, to = data.to, reason = data.reason,
      at = event.at, by = event.actor }
    r.status, r.claimed_by, r.claimed_at = "claimed", data.to, event.at
  end,
})

-- opinion (审查意见) ----------------------------------------------------------------

local VERDICTS = { ["同意"] = true, ["不同意"] = true }

action("opinion", {
  zh = "出具审查意见",
  roles = { "reviewer" },
  from = { "reviewing" },
  available = function(doc, actor) return #claimed_by(doc, actor) > 0 end,
  targets = claimed_by,
  decide = function(ctx, doc, cmd)
    local candidates = claimed_by(doc, ctx.actor)
    if cmd.review == nil and #candidates == 0 then
      return nil, fail(409, "nothing_claimed", "you hold no claimed review; claim one first",
        "您没有已认领的审查，请先认领")
    end
    local r, err = pick_review(doc, ctx.actor, cmd, candidates)
    if not r then return nil, err end
    if r.status ~= "claimed" then return nil, review_state_error(r, "claimed by you") end
    if r.claimed_by ~= ctx.actor.id then
      return nil, fail(403, "not_claimer",
        ("the review by %s is claimed by %s; only they may record its opinion"):format(r.department, r.claimed_by),
        ("该审查由%s认领，按首办负责制只能由其出具意见"):format(r.claimed_by))
    end
    local problems = {}
    if not VERDICTS[cmd.verdict] then
      problems[#problems + 1] = { field = "verdict", en = "verdict must be 同意 or 不同意",
        zh = "审查结论应为“同意”或“不同意”" }
    elseif cmd.verdict == "不同意" and not text(cmd.text) then
      problems[#problems + 1] = { field = "text", en = "a 不同意 opinion needs its reasons",
        zh = "不同意的须写明理由" }
    end
    if #problems > 0 then return nil, invalid("invalid_command", problems) end
    -- 串联: a 同意 opens the next review; a 不同意 ends the chain.
    local data = { review = r.department, verdict = cmd.verdict, text = text(cmd.text), skipped = {} }
    local ready = true
    for _, other in ipairs(doc.reviews) do
      if other ~= r and other.status ~= "done" and other.status ~= "skipped" then
        if doc.review_mode == "串联" and other.status == "waiting" then
          if cmd.verdict == "不同意" then
            data.skipped[#data.skipped + 1] = other.department
          elseif data.opens == nil then
            data.opens = other.department
            ready = false
          else
            ready = false
          end
        else
          ready = false
        end
      end
    end
    data.ready = ready
    if data.opens then data.opens_due, data.opens_due_date = review_due(ctx, doc) end
    return { data = data }
  end,
  apply = function(doc, event, data)
    local r = find_review(doc, data.review)
    r.status, r.verdict, r.text, r.done_at, r.done_by = "done", data.verdict, data.text, event.at, event.actor
    if data.opens then
      local n = find_review(doc, data.opens)
      n.status, n.opened_at, n.due, n.due_date = "open", event.at, data.opens_due, data.opens_due_date
    end
    for _, d in ipairs(data.skipped) do find_review(doc, d).status = "skipped" end
    doc.ready = data.ready
  end,
})

-- suspend / resume (特别程序) -------------------------------------------------------

-- A reviewer suspends or resumes only for a department whose review is
-- under way (open or claimed); a clerk for any.
local function reviewer_here(doc, actor)
  if actor.role ~= "reviewer" then return true end
  for _, r in ipairs(doc.reviews) do
    if (r.status == "open" or r.status == "claimed") and in_departments(actor, r.department) then return true end
  end
  return false
end

local function not_reviewer_here(actor)
  return fail(403, "not_your_department",
    ("reviewer %s is in none of the departments now reviewing"):format(actor.id),
    "您所在部门当前不在审查本办件")
end

action("suspend", {
  zh = "启动特别程序",
  roles = { "reviewer", "clerk" },
  from = { "reviewing" },
  guard = function(doc, actor)
    if not reviewer_here(doc, actor) then return not_reviewer_here(actor) end
  end,
  decide = function(ctx, doc, cmd)
    local problems = {}
    if not set_of(M.procedures)[cmd.procedure] then
      problems[#problems + 1] = { field = "procedure",
        en = ("procedure %s is not a special procedure; valid: %s"):format(tostring(cmd.procedure),
          table.concat(M.procedures, ", ")),
        zh = ("“%s”不是特别程序，可选：%s"):format(tostring(cmd.procedure), table.concat(M.procedures, "、")) }
    end
    if not text(cmd.reason) then
      problems[#problems + 1] = { field = "reason", en = "a special procedure needs a reason", zh = "须说明启动特别程序的理由" }
    end
    if not text(cmd.notice) then
      problems[#problems + 1] = { field = "notice", en = "the applicant must be told in writing: give the notice text",
        zh = "特别程序须书面告知申请人，请填写告知书内容" }
    end
    if #problems > 0 then return nil, invalid("invalid_command", problems) end
    local data = { procedure = cmd.procedure, reason = cmd.reason, notice = cmd.notice, from = ctx.now }
    for _, p in ipairs(doc.item.special_procedures or {}) do
      if p.name == cmd.procedure then data.expected_limit = p.limit end
    end
    if doc.clock.accepted_at and doc.clock.due then
      local stops = closed_stops(doc)
      stops[#stops + 1] = { from = ctx.now }
      local _, _, left = cal_call(ctx, "deadline", doc.clock.accepted_at, doc.clock.limit, stops)
      data.days_left = left
    end
    return { to = "suspended", reason = cmd.reason, data = data }
  end,
  apply = function(doc, event, data)
    local s = doc.clock.stops
    s[#s + 1] = { from = data.from, kind = "特别程序", procedure = data.procedure }
    doc.clock.stopped = true
    doc.clock.days_left = data.days_left
    doc.suspension = { procedure = data.procedure, reason = data.reason, notice = data.notice, from = data.from,
      by = event.actor, expected_limit = data.expected_limit }
  end,
})

action("resume", {
  zh = "结束特别程序",
  roles = { "reviewer", "clerk" },
  from = { "suspended" },
  guard = function(doc, actor)
    if not reviewer_here(doc, actor) then return not_reviewer_here(actor) end
  end,
  decide = function(ctx, doc, cmd)
    local stop = open_stop(doc.clock.stops)
    local data = { stop = { from = stop.from, to = ctx.now, procedure = stop.procedure }, result = text(cmd.result) }
    data.stopped_days = cal_call(ctx, "workdays_between", stop.from, ctx.now)
    if doc.clock.accepted_at then
      local stops = closed_stops(doc)
      stops[#stops + 1] = { from = stop.from, to = ctx.now }
      local due = cal_call(ctx, "deadline", doc.clock.accepted_at, doc.clock.limit, stops)
      data.due = due
      if due then data.due_date = ctx.calendar:date_of(due) end
      -- A review's own limit stops with the clock too: its due moves by
      -- the stops since it opened.
      local limit = doc.item.review_limit
      data.review_dues = {}
      for _, r in ipairs(limit and doc.reviews or {}) do
        if (r.status == "open" or r.status == "claimed") and r.due and r.opened_at then
          local since = {}
          for _, st in ipairs(stops) do
            if st.to > r.opened_at then since[#since + 1] = { from = math.max(st.from, r.opened_at), to = st.to } end
          end
          local rdue = cal_call(ctx, "deadline", r.opened_at, limit, since)
          if rdue then
            data.review_dues[#data.review_dues + 1] = { department = r.department, due = rdue,
              due_date = ctx.calendar:date_of(rdue) }
          end
        end
      end
    end
    return { to = "reviewing", data = data }
  end,
  apply = function(doc, _, data)
    local stop = open_stop(doc.clock.stops)
    stop.to, stop.days = data.stop.to, data.stopped_days
    doc.clock.due, doc.clock.due_date = data.due, data.due_date
    for _, d in ipairs(data.review_dues or {}) do
      local r = find_review(doc, d.department)
      r.due, r.due_date = d.due, d.due_date
    end
    doc.clock.stopped = false
    doc.clock.days_left = nil
    doc.suspension.to, doc.suspension.days, doc.suspension.result = data.stop.to, data.stopped_days, data.result
    doc.procedures[#doc.procedures + 1] = doc.suspension
    doc.suspension = nil
  end,
})

-- supplement / terminate (容缺补齐 / 终止) ---------------------------------------------

local function tolerance_pending(doc)
  if doc.mode ~= "tolerance" or not doc.tolerance or doc.tolerance.done then
    return fail(409, "no_tolerance_pending", "no 容缺 material is outstanding", "没有待补齐的容缺材料")
  end
end

local function remaining_names(doc)
  local left, out = set_of(doc.tolerance.remaining), {}
  for _, m in ipairs(doc.materials) do
    if left[m.id] then out[#out + 1] = m.name end
  end
  return out
end

action("supplement", {
  zh = "补齐容缺材料",
  roles = { "applicant", "clerk" },
  from = TOLERANCE_STATES,
  guard = tolerance_pending,
  decide = function(ctx, doc, cmd)
    local due = doc.tolerance.due
    if due and ctx.now > due then
      return nil, fail(409, "supplement_overdue",
        ("the supplement deadline %s has passed"):format(doc.tolerance.due_date),
        ("容缺材料补齐期限（%s）已过，不能补齐"):format(date_zh(doc.tolerance.due_date)))
    end
    local given, bad = intake.supplied(cmd.materials, doc.materials, doc.material_alias, ctx.actor.role)
    if not given then return nil, invalid("invalid_command", bad) end
    local list, remaining = {}, {}
    for _, id in ipairs(doc.tolerance.remaining) do
      if given[id] then
        list[#list + 1] = { id = id, status = given[id].status, upload = given[id].upload }
      else
        remaining[#remaining + 1] = id
      end
    end
    if #list == 0 then
      local names = table.concat(remaining_names(doc), "、")
      return nil, fail(422, "nothing_supplied",
        ("none of the outstanding materials (%s) was given"):format(table.concat(doc.tolerance.remaining, ", ")),
        ("未提交待补齐的容缺材料：%s"):format(names))
    end
    return { data = { supplied = list, remaining = remaining, done = #remaining == 0 } }
  end,
  apply = function(doc, event, data)
    local by_id = {}
    for _, s in ipairs(data.supplied) do by_id[s.id] = s end
    for _, m in ipairs(doc.materials) do
      local s = by_id[m.id]
      if s then m.status, m.upload, m.supplied_at = s.status, s.upload, event.at end
    end
    doc.tolerance.remaining = data.remaining
    doc.tolerance.done = data.done
    if data.done then doc.tolerance.done_at = event.at end
  end,
})

action("terminate", {
  zh = "终止办理",
  roles = { "system" },
  from = TOLERANCE_STATES,
  guard = tolerance_pending,
  decide = function(ctx, doc)
    local due = doc.tolerance.due
    if not due then
      return nil, fail(409, "no_supplement_due", "the supplement deadline is unknown (no calendar at acceptance)",
        "受理时未能计算容缺补齐期限，不能自动终止")
    end
    if ctx.now <= due then
      return nil, fail(409, "supplement_not_due",
        ("the supplement deadline %s has not passed"):format(doc.tolerance.due_date),
        ("容缺材料补齐期限为%s，尚未届满，不能终止"):format(date_zh(doc.tolerance.due_date)))
    end
    local reason = ("容缺材料逾期未补齐：%s"):format(table.concat(remaining_names(doc), "、"))
    return { to = "terminated", reason = reason, data = { reason = reason, supplement_due = due,
      missing = copy(doc.tolerance.remaining) } }
  end,
  apply = function(doc, event, data)
    close_all(doc, event.at)
    doc.termination = { at = event.at, by = event.actor, reason = data.reason, supplement_due = data.supplement_due,
      missing = data.missing }
  end,
})

-- warn (超期预警, 督办) ---------------------------------------------------------------

-- Raised by the core's durable timers (banshi.apps.timers): yellow when the
-- time left falls to the county's threshold, red at the deadline, which also
-- escalates the case to the supervisor (督办). Each level once.
M.warning_levels = { yellow = "黄色预警", red = "红色预警（超期督办）" }
local LEVEL_RANK = { yellow = 1, red = 2 }

action("warn", {
  zh = "超期预警",
  roles = { "system" },
  from = { "accepted", "reviewing" },
  available = function(doc) return doc.clock.due ~= nil and not (doc.warning and doc.warning.level == "red") end,
  decide = function(ctx, doc, cmd)
    local level = cmd.level
    if not LEVEL_RANK[level] then
      return nil, invalid("invalid_command", { { field = "level", en = "level must be yellow or red",
        zh = "预警级别应为yellow或red" } })
    end
    local current = doc.warning and doc.warning.level
    if current and LEVEL_RANK[current] >= LEVEL_RANK[level] then
      return nil, fail(409, "already_warned", ("a %s warning was already raised"):format(current),
        ("该办件已发出%s"):format(M.warning_levels[current]))
    end
    local due = doc.clock.due
    if not due then
      return nil, fail(409, "no_deadline", "the application has no computed deadline", "该办件没有可计算的办结期限")
    end
    if level == "red" and ctx.now < due then
      return nil, fail(409, "not_due", "the deadline has not been reached", "尚未到办结期限")
    end
    local left = 0
    if ctx.now < due then left = cal_call(ctx, "workdays_between", ctx.now, due) or 0 end
    local day = date_zh(doc.clock.due_date)
    local line
    if level == "yellow" then
      line = ("黄色预警：“%s”距办结期限（%s）还剩%s个工作日，请抓紧办理。"):format(doc.item.name, day, tostring(left))
    else
      line = ("红色预警：“%s”已到办结期限（%s）仍未办结，已提请科室负责人督办。"):format(doc.item.name, day)
    end
    return { reason = M.warning_levels[level], data = { level = level, due = due, due_date = doc.clock.due_date,
      left = left, line = line, escalate = level == "red" } }
  end,
  apply = function(doc, event, data)
    doc.warning = { level = data.level, level_zh = M.warning_levels[data.level], at = event.at,
      due_date = data.due_date, left = data.left, line = data.line }
    local list = doc.warnings or {}
    list[#list + 1] = { level = data.level, at = event.at }
    doc.warnings = list
    if data.escalate then
      doc.supervision = { at = event.at, to = "supervisor", to_zh = M.roles.supervisor, reason = "超期督办",
        due_date = data.due_date }
    end
  end,
})

-- review_overdue (审查超时督办) --------------------------------------------------------

-- Raised by the core's durable timer at the earliest due of a department's
-- review (item review.limit): every open review past its due is marked
-- overdue and brought to the supervisor (督办).
action("review_overdue", {
  zh = "审查超时督办",
  roles = { "system" },
  from = { "reviewing" },
  available = function() return false end,
  decide = function(ctx, doc)
    local late, names = {}, {}
    for _, r in ipairs(doc.reviews) do
      if (r.status == "open" or r.status == "claimed") and r.due and ctx.now >= r.due and not r.overdue then
        late[#late + 1] = r.department
        names[#names + 1] = r.department_name or r.department
      end
    end
    if #late == 0 then
      return nil, fail(409, "not_due", "no review is past its due", "没有超过审查时限的部门审查")
    end
    local line = ("审查超时：%s的审查已超过审查时限，已提请科室负责人督办。"):format(table.concat(names, "、"))
    return { reason = "审查超时", data = { departments = late, line = line } }
  end,
  apply = function(doc, event, data)
    for _, d in ipairs(data.departments) do
      local r = find_review(doc, d)
      r.overdue, r.overdue_at = true, event.at
    end
    local list = doc.review_warnings or {}
    list[#list + 1] = { at = event.at, departments = data.departments, line = data.line }
    doc.review_warnings = list
  end,
})

-- recompute_deadline (办结期限重算) ---------------------------------------------------

-- When the county's calendar changes (the State Council publishes next
-- year's holidays, a local closure is added), the deadline of a case under
-- way is counted again from its acceptance, its limit and its clock stops
-- on the new calendar. ctx.calendar is the county's current calendar; the
-- item's rules stay those of the pinned version.
action("recompute_deadline", {
  zh = "重算办结期限",
  roles = { "system" },
  from = { "accepted", "reviewing" },
  available = function() return false end, -- only when the calendar changes
  decide = function(ctx, doc)
    local clock = doc.clock
    if not clock.accepted_at then
      return nil, fail(409, "not_accepted", "the application has not been accepted", "办件尚未受理")
    end
    local due, note = cal_call(ctx, "deadline", clock.accepted_at, clock.limit, closed_stops(doc))
    if due == clock.due then
      return nil, fail(409, "deadline_unchanged", "the deadline is the same on the new calendar",
        "按新的工作日历计算，办结期限不变")
    end
    local data = { due = due, due_date = due and ctx.calendar:date_of(due) or nil, due_note = (not due) and note or nil,
      previous_due = clock.due, previous_date = clock.due_date }
    local line
    if due then
      line = ("工作日历调整，办结期限由%s改为%s。"):format(clock.due_date and date_zh(clock.due_date) or "（未能计算）",
        date_zh(data.due_date))
    else
      line = ("工作日历调整后无法计算办结期限：%s"):format(tostring(note))
    end
    data.line = line
    return { reason = "工作日历调整", data = data }
  end,
  apply = function(doc, event, data)
    local clock = doc.clock
    clock.due, clock.due_date, clock.due_note = data.due, data.due_date, data.due_note
    local list = doc.deadline_changes or {}
    list[#list + 1] = { at = event.at, from = data.previous_date, to = data.due_date, line = data.line }
    doc.deadline_changes = list
  end,
})

-- decide (决定) -------------------------------------------------------------------

local RESULTS = { ["准予"] = true, ["不予"] = true }

local function refusing(doc)
  local out = {}
  for _, r in ipairs(doc.reviews) do
    if r.verdict == "不同意" then out[#out + 1] = r end
  end
  return out
end

action("decide", {
  zh = "作出决定",
  roles = { "clerk", "supervisor" },
  from = { "accepted", "reviewing" },
  guard = function(doc)
    if doc.state == "accepted" and doc.item.case_type ~= "即办件" then
      return fail(409, "review_required", "only a 即办件 is decided without review; start the review first",
        "仅即办件可直接作出决定，其他办件须先经审查")
    end
    if doc.state == "reviewing" and not doc.ready then
      local pending = {}
      for _, r in ipairs(doc.reviews) do
        if r.status ~= "done" and r.status ~= "skipped" then pending[#pending + 1] = r end
      end
      return fail(409, "reviews_pending",
        ("reviews still pending: %s"):format(table.concat(names_of(pending, "department"), ", ")),
        ("以下部门尚未出具审查意见：%s"):format(table.concat(names_of(pending, "department_name"), "、")))
    end
  end,
  decide = function(ctx, doc, cmd)
    if not RESULTS[cmd.result] then
      return nil, invalid("invalid_command", { { field = "result", en = "result must be 准予 or 不予",
        zh = "决定结果应为“准予”或“不予”" } })
    end
    local refused = refusing(doc)
    if cmd.result == "准予" and #refused > 0 then
      return nil, fail(409, "review_refused",
        ("review(s) by %s said 不同意: the decision must be 不予"):format(
          table.concat(names_of(refused, "department"), ", ")),
        ("%s审查意见为不同意，只能作出不予许可的决定"):format(table.concat(names_of(refused, "department_name"), "、")))
    end
    if cmd.result == "准予" and doc.mode == "tolerance" and not doc.tolerance.done then
      return nil, fail(409, "tolerance_pending", "容缺 materials are still outstanding",
        ("容缺材料尚未补齐（%s），不能作出准予决定"):format(table.concat(remaining_names(doc), "、")))
    end
    if cmd.result == "不予" and not text(cmd.reason) then
      return nil, invalid("invalid_command", { { field = "reason", en = "a 不予 decision needs its reasons",
        zh = "不予许可的决定须说明理由" } })
    end
    local data = { result = cmd.result, reason = text(cmd.reason),
      legal_basis = text(cmd.legal_basis) or doc.item.legal_basis, decided_at = ctx.now }
    if doc.clock.due then data.on_time = ctx.now <= doc.clock.due end
    -- Working days taken, clock stops excluded (for the supervision figures).
    if doc.clock.accepted_at then
      local taken = cal_call(ctx, "workdays_between", doc.clock.accepted_at, ctx.now)
      local stopped = 0
      for _, st in ipairs(doc.clock.stops) do stopped = stopped + (st.days or 0) end
      if taken then data.workdays = math.max(taken - stopped, 0) end
    end
    if cmd.result == "不予" then data.remedy = REMEDY end
    return { to = "decided", reason = data.reason, data = data }
  end,
  apply = function(doc, event, data)
    doc.decision = { result = data.result, reason = data.reason, legal_basis = data.legal_basis,
      at = data.decided_at, by = event.actor, on_time = data.on_time, remedy = data.remedy,
      workdays = data.workdays }
  end,
})

-- issue (办结, 出件) ----------------------------------------------------------------

-- The electronic certificates (电子证照) a 准予 issuance records, one per
-- licence: the item's result (结果名称, else the item's name), or each
-- member's for a bundle, under the one certificate number, held by the
-- applicant. The e-licence source answers later submissions from them.
local function certificates_of(doc, number, valid_until)
  local a = doc.applicant
  local holder = a.kind == "法人" and a.credit_code or a.id_number
  local out, seen = {}, {}
  for _, m in ipairs(doc.kind == "bundle" and doc.member_items or { doc.item }) do
    local license = m.result and m.result.name or m.name
    if not seen[license] then
      seen[license] = true
      out[#out + 1] = { number = number, license = license, holder = holder, holder_name = a.name,
        issuer = m.department_name, valid_until = valid_until, item = m.code }
    end
  end
  return out
end

action("issue", {
  zh = "出件",
  roles = { "clerk" },
  from = { "decided" },
  decide = function(ctx, doc, cmd)
    local granted = doc.decision.result == "准予"
    local problems = {}
    if granted and not text(cmd.certificate) then
      problems[#problems + 1] = { field = "certificate", en = "a 准予 result needs its certificate number",
        zh = "准予的须填写证照（批文）编号" }
    end
    if cmd.valid_until ~= nil and not util.parse_date(cmd.valid_until) then
      problems[#problems + 1] = { field = "valid_until", en = "valid_until is a date YYYY-MM-DD",
        zh = "证照有效期应为“年-月-日”格式的日期" }
    end
    local delivery = cmd.delivery or "窗口领取"
    local address = text(cmd.address) or doc.applicant.address
    if not set_of(M.deliveries)[delivery] then
      problems[#problems + 1] = { field = "delivery", en = "delivery must be 窗口领取 or 邮寄",
        zh = "送达方式应为“窗口领取”或“邮寄”" }
    elseif delivery == "邮寄" and not address then
      problems[#problems + 1] = { field = "address", en = "邮寄 needs an address", zh = "邮寄送达须填写收件地址" }
    end
    if #problems > 0 then return nil, invalid("invalid_command", problems) end
    local data = { result = doc.decision.result, certificate = text(cmd.certificate), delivery = delivery,
      address = delivery == "邮寄" and address or nil, tracking = text(cmd.tracking), issued_at = ctx.now }
    if granted then data.certificates = certificates_of(doc, data.certificate, cmd.valid_until) end
    -- 行政许可法 art. 44: the certificate within 10 days of the decision.
    local limit = cal_call(ctx, "add_workdays", doc.decision.at, 10)
    if limit then data.within_limit = ctx.now <= limit end
    -- 一件事一次办: one result package holding every member item's result.
    if granted and doc.kind == "bundle" then
      data.package = {}
      for _, m in ipairs(doc.member_items or {}) do
        data.package[#data.package + 1] = { code = m.code, item = m.name, result = m.result and m.result.name,
          type = m.result and m.result.type }
      end
    end
    return { to = "issued", data = data }
  end,
  apply = function(doc, event, data)
    doc.issuance = { result = data.result, certificate = data.certificate, delivery = data.delivery,
      address = data.address, tracking = data.tracking, at = data.issued_at, by = event.actor,
      within_limit = data.within_limit, package = data.package, certificates = data.certificates }
  end,
})

-- withdraw (撤回) -------------------------------------------------------------------

action("withdraw", {
  zh = "撤回申请",
  roles = { "applicant", "clerk" },
  from = ACTIVE,
  decide = function(ctx, _, cmd)
    return { to = "withdrawn", reason = text(cmd.reason), data = { reason = text(cmd.reason),
      on_behalf = ctx.actor.role == "clerk" } }
  end,
  apply = function(doc, event, data)
    close_all(doc, event.at)
    doc.withdrawal = { at = event.at, by = event.actor, reason = data.reason, on_behalf = data.on_behalf }
  end,
})

M.actions_order = ORDER
M.labels = {}
for _, name in ipairs(ORDER) do M.labels[name] = A[name].zh end

-- The engine -----------------------------------------------------------------------

local function check_ctx(ctx)
  if type(ctx) ~= "table" then error("workflow.decide: ctx must be a table", 3) end
  if type(ctx.model) ~= "table" or type(ctx.model.items) ~= "table" then
    error("workflow.decide: ctx.model must be a model from catalog.load", 3)
  end
  if type(ctx.catalog) ~= "table" or type(ctx.catalog.precheck) ~= "function" then
    error("workflow.decide: ctx.catalog must be require \"banshi.catalog\"", 3)
  end
  if math.type(ctx.now) ~= "integer" then error("workflow.decide: ctx.now must be an integer (Unix seconds)", 3) end
  local actor = ctx.actor
  if type(actor) ~= "table" or type(actor.id) ~= "string" or not M.roles[actor.role] then
    error("workflow.decide: ctx.actor must be { id = string, role = applicant|clerk|reviewer|supervisor|system }", 3)
  end
end

local function allowed_now(doc, actor)
  local out = {}
  for _, a in ipairs(M.actions(doc, actor)) do out[#out + 1] = a.action end
  return out
end

local function labels(names)
  local out = {}
  for _, n in ipairs(names) do out[#out + 1] = A[n].zh end
  return out
end

local function role_error(spec, actor, doc)
  local roles, roles_zh = {}, {}
  for _, r in ipairs({ "applicant", "clerk", "reviewer", "supervisor", "system" }) do
    if spec.roles[r] then
      roles[#roles + 1] = r
      roles_zh[#roles_zh + 1] = M.roles[r]
    end
  end
  return fail(403, "role_forbidden",
    ("role %s may not %s; %s is for: %s"):format(actor.role, spec.name, spec.name, table.concat(roles, ", ")),
    ("%s无权办理“%s”，该操作由%s办理"):format(M.roles[actor.role], spec.zh, table.concat(roles_zh, "或")),
    { allowed = allowed_now(doc, actor) })
end

local function state_error(spec, actor, doc)
  local now = allowed_now(doc, actor)
  local from_zh = {}
  for _, s in ipairs(spec.from_list) do from_zh[#from_zh + 1] = M.states[s] end
  return fail(409, "invalid_state",
    ("cannot %s in state %s (%s): %s is taken in %s; allowed now: %s"):format(spec.name, doc.state,
      M.states[doc.state], spec.name, table.concat(spec.from_list, ", "),
      #now > 0 and table.concat(now, ", ") or "nothing"),
    ("办件当前状态为“%s”，不能%s（仅限“%s”状态）；%s"):format(M.states[doc.state], spec.zh,
      table.concat(from_zh, "”“"),
      #now > 0 and ("当前可办理：" .. table.concat(labels(now), "、")) or "当前无可办理的操作"),
    { state = doc.state, allowed = now })
end

--- Decides a command against the document: the event to store, or nil
-- and an error { status, code, en, zh, ... } (see the module doc).
function M.decide(ctx, doc, cmd)
  check_ctx(ctx)
  if type(cmd) ~= "table" then error("workflow.decide: cmd must be a table", 2) end
  if doc ~= nil and type(doc) ~= "table" then error("workflow.decide: doc must be a table or nil", 2) end
  local spec = A[cmd.action]
  if not spec then
    return nil, fail(422, "unknown_action", ("unknown action %s; actions: %s"):format(tostring(cmd.action),
      table.concat(ORDER, ", ")), ("未知操作“%s”"):format(tostring(cmd.action)))
  end
  local actor = ctx.actor
  if not spec.roles[actor.role] then return nil, role_error(spec, actor, doc) end
  if spec.from == nil then
    if doc ~= nil then
      return nil, fail(409, "already_submitted", "the application has already been submitted", "该办件已提交")
    end
  elseif doc == nil then
    return nil, fail(409, "no_application", "there is no application yet: submit first", "尚无此办件，请先提交申请")
  elseif not spec.from[doc.state] then
    return nil, state_error(spec, actor, doc)
  end
  if spec.guard then
    local err = spec.guard(doc, actor)
    if err then return nil, err end
  end
  local result, err = spec.decide(ctx, doc, cmd)
  if not result then return nil, err end
  return {
    action = spec.name,
    at = ctx.now,
    actor = actor.id,
    role = actor.role,
    from = doc and doc.state or nil,
    to = result.to or doc.state,
    reason = result.reason,
    data = spec.fresh and (result.data or {}) or copy(result.data or {}),
  }
end

--- The document after event: a new table; doc and event are not changed.
-- Raises on an event it cannot apply (a corrupt log is not a condition).
-- consume = true lets the document take over event.data's tables instead of
-- copies of them (and change them): for a caller done with the event.
function M.apply(doc, event, consume)
  if type(event) ~= "table" then error("workflow.apply: event must be a table", 2) end
  local spec = A[event.action]
  if not spec then error("workflow.apply: unknown action " .. tostring(event.action), 2) end
  if (doc == nil) ~= (spec.from == nil) then
    error(("workflow.apply: %s cannot apply to %s"):format(event.action,
      doc and "an existing document" or "nothing"), 2)
  end
  if not M.states[event.to] then error("workflow.apply: unknown state " .. tostring(event.to), 2) end
  local new
  if doc == nil and consume and spec.adopt and type(event.data) == "table" then
    -- The data, built with all its fields at once, grows less than a new
    -- table filled field by field.
    new = event.data
  else
    new = copy(doc) or {}
  end
  spec.apply(new, event, consume and event.data or copy(event.data or {}))
  new.state = event.to
  new.state_zh = M.states[event.to]
  new.history = (new.history or 0) + 1
  new.updated_at = event.at
  new.last_action = event.action
  return new
end

--- The document after a list of events, oldest first (nil for none).
function M.replay(events)
  if type(events) ~= "table" then error("workflow.replay: events must be a list", 2) end
  local doc
  for _, e in ipairs(events) do doc = M.apply(doc, e) end
  return doc
end

--- The actions actor may take now on doc (nil: nothing submitted yet), in
-- a fixed order: { { action, zh, reviews = { departments } (claim,
-- opinion, reassign) } }. Time is not known here: terminate is listed
-- while 容缺 materials are outstanding even before their deadline.
function M.actions(doc, actor)
  if type(actor) ~= "table" then error("workflow.actions: actor must be a table", 2) end
  local out = {}
  for _, name in ipairs(ORDER) do
    local spec = A[name]
    if spec.roles[actor.role] then
      local ok
      if doc == nil then
        ok = spec.from == nil
      else
        ok = spec.from ~= nil and spec.from[doc.state] and not (spec.guard and spec.guard(doc, actor))
          and (spec.available == nil or spec.available(doc, actor))
      end
      if ok then
        out[#out + 1] = { action = name, zh = spec.zh, reviews = spec.targets and spec.targets(doc, actor) or nil }
      end
    end
  end
  return out
end

return M
