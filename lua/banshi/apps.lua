--- banshi.apps: what the C core calls for applications (办件), between its
-- storage and the workflow (banshi.workflow).
--
-- The C core keeps each application as a JSON document plus its events, and
-- writes both in one transaction; this module turns a request into the next
-- event with banshi.workflow, and a stored document into its public view.
-- Nothing here touches storage or the clock: C passes `now` and the random
-- query code in.

local catalog = require "banshi.catalog"
local json = require "banshi.json"
local wf = require "banshi.workflow"

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

local SUBMIT_FIELDS = { "item", "bundle", "applicant", "data", "materials", "commitment", "tolerance" }

--- An online submission (网上办理) by an applicant. body is the decoded
-- request. Returns { doc = JSON, event = JSON, state, subject, prefix } for
-- the store, or nil and the workflow's error { status, code, en, zh, ... }.
function M.submit(model, version, body, now, query_code)
  local cmd = { action = "submit", channel = "网上办理", query_code = query_code }
  for _, k in ipairs(SUBMIT_FIELDS) do cmd[k] = body[k] end
  local ctx = {
    model = model, catalog = catalog, calendar = calendar_of(model), now = now, version = version,
    actor = { id = "applicant", role = "applicant" },
  }
  local event, err = wf.decide(ctx, nil, cmd)
  if not event then return nil, err end
  -- Encoded first, the event can give its tables to the document.
  local event_json = json.encode(event)
  local doc = wf.apply(nil, event, true)
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
    doc = json.encode(doc), event = event_json, state = doc.state,
    subject = doc.item and doc.item.code or body.bundle or body.item, prefix = prefix,
    action = event.action, actor = event.actor,
  }
end

--- The next step of a stored application: actor (from the C side's sign-in
-- check, or the applicant proven by the query code) takes cmd.action on the
-- document doc_json. Returns { doc = JSON, event = JSON, state, from, action,
-- actor } or nil and the workflow's error { status, code, en, zh, ... }.
function M.act(model, version, doc_json, cmd, actor, now, number)
  local doc = json.decode(doc_json)
  if cmd.action == "issue" and cmd.certificate == nil then
    -- A certificate number of the application's own: number plus a suffix.
    cmd.certificate = number .. "Z1"
  end
  local ctx = {
    model = model, catalog = catalog, calendar = calendar_of(model), now = now, version = version,
    actor = actor,
  }
  local event, err = wf.decide(ctx, doc, cmd)
  if not event then return nil, err end
  local event_json = json.encode(event)
  local new = wf.apply(doc, event, true)
  return {
    doc = json.encode(new), event = event_json, state = new.state, from = doc.state,
    action = event.action, actor = event.actor,
  }
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

--- What anyone holding the number and the query code may read: progress,
-- never the applicant's data or files. doc_json is the stored document.
function M.public_view(doc_json, number)
  local doc = json.decode(doc_json)
  local item = doc.item or {}
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
    decision = doc.decision and { result = doc.decision.result, reason = doc.decision.reason } or nil,
    issuance = doc.issuance and { delivery = doc.issuance.delivery, at = doc.issuance.at } or nil,
    history = doc.history,
  }
  return json.encode(view)
end

return M
