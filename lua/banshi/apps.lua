--- banshi.apps: what the C core calls for applications (办件), between its
-- storage and the workflow (banshi.workflow).
--
-- The C core keeps each application as a JSON document plus its events, and
-- writes both in one transaction; this module turns a request into the next
-- event with banshi.workflow, and a stored document into its public view.
-- Nothing here writes to storage or reads the clock: C passes `now` and the
-- random query code in. The one read is the e-licence source's (免提交),
-- asked at submission before the workflow decides, its answers kept in the
-- event so that a replay never asks again.

local budget = require "banshi.budget"
local catalog = require "banshi.catalog"
local json = require "banshi.json"
local wf = require "banshi.workflow"
local intake = require "banshi.workflow.intake"

local M = {}

-- One calendar per loaded model, built on first use.
local calendars = setmetatable({}, { __mode = "k" })

local function calendar_of(model)
  local c = calendars[model]
  if c == nil then
    c = catalog.calendar(model) or false
    calendars[model] = c
  end
  return c or nil
end

-- Durable timers (超期预警, the 容缺 supplement due) ------------------------------

-- The county's warning thresholds (catalogue field `warning`), defaults as
-- the provincial rules usually set them: yellow with 1 working day or 20%
-- of the limit left, whichever comes first; red at the deadline.
local function thresholds(model)
  local w = model.county and model.county.warning or {}
  return w.yellow_days or 1, w.yellow_ratio or 0.2
end

local RUNNING = { accepted = true, reviewing = true }
local TOLERANCE = { accepted = true, reviewing = true, suspended = true }

--- The timers an application needs now, from its document alone: a list of
-- { name, at = unix seconds }. The C core replaces the application's
-- pending timers with this list in the same transaction as each event.
function M.timers(model, doc)
  local out = {}
  local clock = doc.clock
  local level = doc.warning and doc.warning.level
  if RUNNING[doc.state] and clock and clock.due and (clock.limit or 0) > 0 and level ~= "red" then
    out[#out + 1] = { name = "app.warn.red", at = clock.due }
    local cal = level == nil and calendar_of(model)
    if cal then
      local days, ratio = thresholds(model)
      -- Whole half days, as the limit itself is counted.
      local left = math.max(days, math.ceil(clock.limit * ratio * 2) / 2)
      local stops = {}
      for _, st in ipairs(clock.stops or {}) do
        if st.to then stops[#stops + 1] = { from = st.from, to = st.to } end
      end
      local at = clock.accepted_at
      if clock.limit > left then at = cal:deadline(clock.accepted_at, clock.limit - left, stops) end
      if at and at < clock.due then out[#out + 1] = { name = "app.warn.yellow", at = at } end
    end
  end
  -- The earliest due of a department's review still open (review.limit).
  if doc.state == "reviewing" then
    local review_at
    for _, r in ipairs(doc.reviews or {}) do
      if (r.status == "open" or r.status == "claimed") and r.due and not r.overdue then
        review_at = math.min(review_at or r.due, r.due)
      end
    end
    if review_at then out[#out + 1] = { name = "app.review.overdue", at = review_at } end
  end
  local tol = doc.tolerance
  if TOLERANCE[doc.state] and doc.mode == "tolerance" and tol and not tol.done and tol.due then
    -- terminate is allowed once the supplement due has passed.
    out[#out + 1] = { name = "app.tolerance.overdue", at = tol.due + 1 }
  end
  return out
end

-- What each application timer asks of the workflow.
local TIMER_COMMANDS = {
  ["app.warn.yellow"] = { action = "warn", level = "yellow" },
  ["app.warn.red"] = { action = "warn", level = "red" },
  ["app.tolerance.overdue"] = { action = "terminate" },
  ["app.recompute"] = { action = "recompute_deadline" },
  ["app.review.overdue"] = { action = "review_overdue" },
}

local SYSTEM = { id = "system", role = "system" }

-- 免提交: the county's e-licence source ------------------------------------------

-- Whose licences a submission may use: the applicant's resident identity
-- number or unified social credit code, upper-cased as the workflow keeps it.
local function holder_of(a)
  if type(a) ~= "table" then return nil end
  local id = a.kind == "法人" and a.credit_code or a.id_number
  return type(id) == "string" and id ~= "" and id:upper() or nil
end

-- Loaded on first use: banshi.host exists only inside the server, and
-- banshi.plugins is needed only by counties that enable plugins.
local host, plugins_mod
local function plugins_of(model)
  if not model.plugin_runtime then return nil end
  plugins_mod = plugins_mod or require "banshi.plugins"
  return plugins_mod
end

local NOT_FOUND = { found = false }

-- The source's answer for one licence of holder, for intake.share: the
-- county's provider plugin (plugins, provider) if it enables one, else the
-- certificates this county issued (banshi.host). An expired licence is not
-- taken (now: the instant of the submission, for today's date in the
-- county); a source that fails asks the applicant rather than stopping the
-- submission.
local function ask_source(model, plugins, provider, holder, license, now)
  local found
  if provider then
    local ok, answer = budget.metered(plugins.lookup, model, "elicense", holder, license)
    if not ok then return { found = false, reason = "电子证照库暂时无法查询，请提交该材料" } end
    found = answer
  else
    host = host or require "banshi.host"
    local row = host.certificate(holder, license)
    found = row and { number = row.number, issuer = row.issuer, valid_until = row.valid_until }
    provider = "built-in"
  end
  if not found then return NOT_FOUND end
  if found.valid_until then
    local cal = calendar_of(model)
    local today = cal and cal:date_of(now) or os.date("!%Y-%m-%d", now + 8 * 3600)
    if found.valid_until < today then
      return { found = false, reason = ("电子证照已于%s过期，请提交"):format(found.valid_until) }
    end
  end
  return { found = true, number = found.number, issuer = found.issuer, valid_until = found.valid_until,
    provider = provider }
end

--- The source's answers for the 免提交 materials a submission needs:
-- { [licence name] = answer } (see intake.share), or nil when there is
-- nothing to ask (no such material, or no valid holder to ask about).
local function license_answers(model, cmd, now)
  local names = intake.licenses(model, cmd)
  if #names == 0 then return nil end
  local holder = holder_of(cmd.applicant)
  if not holder then return nil end
  local plugins = plugins_of(model)
  local provider = plugins and plugins.provider(model, "elicense")
  local out = {}
  for i = 1, #names do
    local name = names[i]
    out[name] = ask_source(model, plugins, provider, holder, name, now)
  end
  return out
end

-- The JSON text of the tables a submission shares with every other of the
-- same item or bundle and that none changes (intake.shared: the pinned
-- item, a bundle's member items, the material alias, the review plan, the
-- status entries of materials with nothing of the application's own), so
-- that each is encoded once. Weak keys: a reload's new model brings new tables.
local shared_texts = setmetatable({}, { __mode = "k" })
local shared = intake.shared

-- Puts the kept text of t in memo when t is a shared table.
local function shared_text(memo, t)
  if not shared[t] then return end
  local text = shared_texts[t]
  if not text then
    text = json.encode(t)
    shared_texts[t] = text
  end
  memo[t] = text
end

-- Who submits online; decide only reads it.
local APPLICANT = { id = "applicant", role = "applicant" }

--- An online submission (网上办理) by an applicant. body is the decoded
-- request. Returns { doc = JSON, event = JSON, state, subject, prefix } for
-- the store, or nil and the workflow's error { status, code, en, zh, ... }.
function M.submit(model, version, body, now, query_code)
  -- The platform's own work is not metered; the county's rules and its
  -- plugins' hooks and lookups are (banshi.budget).
  budget.trust()
  -- The request's fields the workflow reads, and nothing else of it.
  local cmd = { action = "submit", channel = "网上办理", query_code = query_code, item = body.item,
    bundle = body.bundle, applicant = body.applicant, data = body.data, materials = body.materials,
    commitment = body.commitment, tolerance = body.tolerance, licenses = nil, findings = nil }
  cmd.licenses = license_answers(model, cmd, now)
  local plugins = plugins_of(model)
  if plugins and plugins.hooked(model, "precheck") then
    -- Plugins' pre-check findings join the one-time notification.
    cmd.findings = budget.metered(plugins.findings, model, { item = cmd.item, bundle = cmd.bundle,
      applicant = cmd.applicant, data = cmd.data, materials = cmd.materials })
  end
  local ctx = {
    model = model, catalog = catalog, calendar = calendar_of(model), now = now, version = version,
    actor = APPLICANT,
  }
  local event, err = wf.decide(ctx, nil, cmd)
  if not event then return nil, err end
  -- Encoded first, the event can give its tables to the document; the
  -- text of those in the event's data (depth 3) is kept, and the
  -- document's encoding below reuses it: submit's apply changes none of
  -- them (the replay checks of the tests would see it if it did).
  local memo, data = {}, event.data
  shared_text(memo, data.item)
  shared_text(memo, data.member_items)
  shared_text(memo, data.members)
  shared_text(memo, data.material_alias)
  shared_text(memo, data.review_plan)
  local materials = data.materials
  for i = 1, #materials do shared_text(memo, materials[i]) end
  local event_json = json.encode_memo(event, memo, 3)
  local doc = wf.apply(nil, event, true)
  if plugins and plugins.hooked(model, "submitted") then
    local refusal = budget.metered(plugins.veto, model, "submitted", doc)
    if refusal then return nil, refusal end
  end
  -- 办件编号 starts with the implementation code; a bundle (一件事) takes
  -- the first member item's.
  local prefix = doc.item and doc.item.impl_code
  if not prefix and doc.member_items then
    local first = doc.member_items[doc.members[1]] or doc.member_items[1]
    prefix = first and first.impl_code
  end
  if type(prefix) ~= "string" or #prefix ~= 31 then
    return nil, { status = 422, code = "no_impl_code", en = "the item has no implementation code",
      zh = "该事项没有实施编码，无法编号" }
  end
  return {
    doc = json.encode_memo(doc, memo), event = event_json, state = doc.state,
    subject = doc.item and doc.item.code or body.bundle or body.item, prefix = prefix,
    action = event.action, actor = event.actor, timers = M.timers(model, doc),
  }
end

--- The next step of a stored application: actor (from the C side's sign-in
-- check, or the applicant proven by the query code) takes cmd.action on the
-- document doc_json. Returns { doc = JSON, event = JSON, state, from, action,
-- actor, reason, timers, certificates = JSON list | nil (an issuance's
-- electronic certificates, for the store) } or nil and the workflow's error
-- { status, code, en, zh, ... }.
function M.act(model, version, doc_json, cmd, actor, now, number)
  budget.trust() -- as in submit
  local doc = json.decode(doc_json)
  local granted = type(doc.decision) == "table" and doc.decision.result == "准予"
  if cmd.action == "issue" and cmd.certificate == nil and granted then
    -- A certificate number of the application's own: number plus a suffix.
    -- A refusal (不予) is issued as a written decision, with no certificate.
    cmd.certificate = number .. "Z1"
  end
  local ctx = {
    model = model, catalog = catalog, calendar = calendar_of(model), now = now, version = version,
    actor = actor,
  }
  if cmd.action == "accept" then
    -- 容缺 is not for an applicant who broke such a promise here before.
    local holder = holder_of(doc.applicant)
    ctx.broken_promise = holder ~= nil and require("banshi.host").broken_promise(holder)
  end
  local event, err = wf.decide(ctx, doc, cmd)
  if not event then return nil, err end
  -- An issuance (准予) records its electronic certificates in the same
  -- transaction: the built-in e-licence source answers from them.
  local certs = event.action == "issue" and event.data.certificates
  local certs_json = certs and #certs > 0 and json.encode(certs) or nil
  -- Encoded first, the event can give its tables to the document.
  local event_json = json.encode(event)
  local new = wf.apply(doc, event, true)
  local plugins = model.plugin_runtime and require("banshi.plugins")
  if event.action == "accept" and plugins and plugins.hooked(model, "before_accept") then
    local refusal = budget.metered(plugins.veto, model, "before_accept", new, number)
    if refusal then return nil, refusal end
  end
  return {
    doc = json.encode(new), event = event_json, state = new.state, from = doc.state,
    action = event.action, actor = event.actor, reason = event.reason, timers = M.timers(model, new),
    -- A termination for 容缺 materials never supplied is a broken promise.
    broken_holder = event.action == "terminate" and holder_of(doc.applicant) or nil,
    certificates = certs_json,
  }
end

--- A durable timer of the application fell due: the event it causes, as
-- act returns it, or nil and the workflow's refusal when it no longer
-- applies (the case moved on meanwhile).
function M.on_timer(model, version, doc_json, name, now, number)
  local cmd = TIMER_COMMANDS[name]
  if not cmd then
    return nil, { status = 422, code = "unknown_timer", en = ("no application timer %s"):format(name),
      zh = "未知的办件定时器" }
  end
  local c = {}
  for k, v in pairs(cmd) do c[k] = v end
  return M.act(model, version, doc_json, c, SYSTEM, now, number)
end

-- Where a and b first differ ("" when they are equal), comparing JSON-like
-- values: tables by their keys, everything else by value.
local function first_difference(a, b, path)
  if type(a) ~= "table" or type(b) ~= "table" then
    if a == b then return nil end
    return path == "" and "(top)" or path
  end
  for k, v in pairs(a) do
    local d = first_difference(v, b[k], path .. "." .. tostring(k))
    if d then return d end
  end
  for k in pairs(b) do
    if a[k] == nil then return path .. "." .. tostring(k) end
  end
  return nil
end

--- Replays the stored events (events_json: the store's list, each with the
-- whole event under payload) and compares the result with the stored
-- document. Returns JSON { matches = bool, events = n, difference = path }.
function M.verify(doc_json, events_json)
  local stored = json.decode(doc_json)
  local events = {}
  for i, row in ipairs(json.decode(events_json)) do events[i] = row.payload end
  local replayed = wf.replay(events)
  -- Compare through JSON, as the document was stored.
  local diff = first_difference(json.decode(json.encode(replayed)), stored, "")
  return json.encode({ matches = diff == nil, events = #events, difference = diff })
end

--- For guide pages: if an application for item code were accepted at
-- instant at, when would it be due? Returns the calendar's info table
-- ({ accepted_on, counting_from, limit, due, due_date, due_text }) as JSON,
-- or nil and a message (no such item, no calendar for that year).
function M.deadline(model, code, at)
  local item = model.items[code]
  if not item then return nil, ("no offered item %s"):format(tostring(code)) end
  local cal = calendar_of(model)
  if not cal then
    local _, why = catalog.calendar(model)
    return nil, why
  end
  local info, msg = cal:info(at, item.promised_limit or 0)
  if not info then return nil, msg end
  info.item = item.name
  info.promised_limit = item.promised_limit
  return json.encode(info)
end

local function mask(name)
  if type(name) ~= "string" or name == "" then return nil end
  local first = name:match("^[%z\1-\127\194-\244][\128-\191]*")
  return first .. "*"
end

-- The names of the 容缺 materials still to be supplied.
local function outstanding(doc)
  local left, out = {}, {}
  for _, id in ipairs(doc.tolerance.remaining or {}) do left[id] = true end
  for _, m in ipairs(doc.materials or {}) do
    if left[m.id] then out[#out + 1] = m.name end
  end
  return out
end

--- What anyone holding the number and the query code may read: progress,
-- and the notices the applicant must be given (一次性告知, the acceptance
-- notice with any 容缺 deadline, a special procedure's written notice);
-- never the applicant's data or files. doc_json is the stored document.
function M.public_view(doc_json, number)
  local doc = json.decode(doc_json)
  local item = doc.item or {}
  local tolerance, suspension
  if doc.tolerance then
    tolerance = { remaining = outstanding(doc), due_date = doc.tolerance.due_date, done = doc.tolerance.done }
  end
  if doc.suspension then
    suspension = { procedure = doc.suspension.procedure, reason = doc.suspension.reason,
      notice = doc.suspension.notice, from = doc.suspension.from }
  end
  local view = {
    number = number,
    item = item.name,
    state = doc.state,
    state_zh = wf.states[doc.state],
    applicant = mask(doc.applicant and doc.applicant.name),
    received_at = doc.clock and doc.clock.received_at or nil,
    accepted_at = doc.clock and doc.clock.accepted_at or nil,
    promised_limit = item.promised_limit,
    due_date = doc.clock and doc.clock.due_date or nil,
    stopped = doc.clock and doc.clock.stopped or nil,
    notice = doc.notice and doc.notice.lines or nil,
    mode_zh = doc.mode_zh,
    acceptance_notice = doc.acceptance and doc.acceptance.lines or nil,
    tolerance = tolerance,
    suspension = suspension,
    decision = doc.decision and { result = doc.decision.result, reason = doc.decision.reason } or nil,
    issuance = doc.issuance and { delivery = doc.issuance.delivery, at = doc.issuance.at,
      package = doc.issuance.package } or nil,
    history = doc.history,
  }
  return json.encode(view)
end

return M
