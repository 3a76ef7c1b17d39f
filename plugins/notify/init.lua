-- notify: messages to applicants and staff at the steps of an application.
--
-- Each observed step (受理, 补正, 预警, 决定, 出件, 终止, and a 差评 from
-- the evaluation plugin) writes a message to the outbox (outbox.lua) with its
-- text from the county's template or the built-in one (templates.lua), and
-- schedules a durable timer to deliver it. The timer's handler hands it to
-- the configured sender (senders.lua). A failed delivery is recorded on the
-- message and the handler returns false, so the platform tries again with
-- its backoff (1, 4, 16, 64 s); after the last attempt the message is
-- marked 发送失败 and a supervisor may resend it.

local outbox = require "outbox"
local senders = require "senders"
local templates = require "templates"

local M = {}

local muted = {} -- kinds the county does not send (config.muted)

-- Values and helpers ---------------------------------------------------------------

-- "2026-12-02" -> "2026年12月2日".
local function chinese_date(iso)
  local y, m, d = tostring(iso or ""):match("^(%d+)-(%d+)-(%d+)$")
  if not y then return nil end
  return ("%s年%d月%d日"):format(y, tonumber(m), tonumber(d))
end

-- The county's local date of an instant (Beijing time without a calendar).
local function local_date(api, t)
  if not t then return nil end
  local cal = api.calendar()
  return chinese_date(cal and cal:date_of(math.floor(t)) or os.date("!%Y-%m-%d", math.floor(t) + 8 * 3600))
end

-- The due date of an application, or the limit in words when the calendar
-- could not give one.
local function due_text(app)
  local clock = app.clock or {}
  local date = chinese_date(clock.due_date)
  if date then return date end
  local limit = clock.limit or (app.item and app.item.promised_limit)
  if limit == 0 then return "当场办结" end
  return limit and ("受理之日起%s个工作日内"):format(limit) or "另行告知"
end

-- The placeholders every message offers, from the application.
local function common_values(api, app)
  local item = app.item or {}
  local applicant = app.applicant or {}
  return {
    county = api.county.name, number = app.number, item = item.name, department = item.department_name,
    applicant = applicant.name, query_code = app.query_code,
  }
end

local function applicant_of(app)
  local a = app.applicant or {}
  return { kind = "applicant", kind_zh = "申请人", name = a.name, phone = a.phone, email = a.email }
end

local ROLE_ZH = { reviewer = "审查人员", supervisor = "督查人员" }

local function staff_of(app, role)
  local item = app.item or {}
  return { kind = "staff", kind_zh = "工作人员", role = role, role_zh = ROLE_ZH[role],
    department = item.department, department_name = item.department_name }
end

--- Writes a message of kind about app to the outbox, and schedules its
-- delivery at once.
local function queue(api, kind, app, values, to)
  if muted[kind] then return end
  local all = common_values(api, app)
  for k, v in pairs(values) do all[k] = v end
  local msg = outbox.add(api, {
    kind = kind, kind_zh = templates.KINDS[kind].zh, number = app.number, item = all.item, to = to,
    text = templates.render(api.config.templates, kind, all),
  })
  api.timer.schedule(api.now(), "deliver", { id = msg.id })
end

-- Under 容缺受理: what is still to be supplied, and by when; else "".
local function tolerance_text(app)
  if app.mode ~= "tolerance" then return "" end
  local names = {}
  for _, m in ipairs(app.materials or {}) do
    if m.status == "tolerated" then names[#names + 1] = m.name end
  end
  local by = chinese_date(app.clock and app.clock.supplement_date)
  return ("请于%s补齐容缺材料：%s，逾期未补齐的将终止办理。"):format(by and (by .. "前") or "承诺期限内",
    table.concat(names, "、"))
end

-- Observers -------------------------------------------------------------------------

function M.accepted(ev, api)
  local app = ev.application
  local limit = app.clock and app.clock.limit
  queue(api, "accepted", app, {
    mode = app.mode_zh or "一般受理",
    accepted_date = local_date(api, app.clock and app.clock.accepted_at),
    due_date = due_text(app),
    limit = limit,
    tolerance = tolerance_text(app),
  }, applicant_of(app))
end

function M.correction(ev, api)
  local app = ev.application
  local notice = app.notice or {}
  local items = {}
  for _, m in ipairs(notice.missing or {}) do items[#items + 1] = m.name end
  for _, m in ipairs(notice.tolerable_missing or {}) do items[#items + 1] = m.name end
  for _, p in ipairs(notice.problems or {}) do items[#items + 1] = p.zh or p.name end
  for _, x in ipairs(notice.extra or {}) do
    items[#items + 1] = x.reason and ("%s（%s）"):format(x.name, x.reason) or x.name
  end
  queue(api, "correction", app, {
    items = #items > 0 and table.concat(items, "、") or "详见一次性告知书",
  }, applicant_of(app))
end

-- A yellow warning goes to the department's reviewers; a red one (at the
-- deadline) to the supervisors, for 督办.
function M.warning(ev, api)
  local app = ev.application
  local level = ev.event.data and ev.event.data.level or (app.warning and app.warning.level)
  queue(api, "warning", app, {
    level = level == "red" and "红色预警（已到期，请督办）" or "黄色预警（即将到期）",
    due_date = due_text(app),
  }, staff_of(app, level == "red" and "supervisor" or "reviewer"))
end

function M.decided(ev, api)
  local app = ev.application
  local d = app.decision or {}
  local note
  if d.result == "不予" then
    note = ("理由：%s。如对决定不服，可依法申请行政复议或者提起行政诉讼。"):format(d.reason or "详见决定书")
  else
    note = "办理结果出件后将另行通知。"
  end
  queue(api, "decided", app, { result = d.result, reason = d.reason, result_note = note }, applicant_of(app))
end

function M.issued(ev, api)
  local app = ev.application
  local iss = app.issuance or {}
  local pickup
  if iss.delivery == "邮寄" then
    pickup = ("办理结果已邮寄%s，请注意查收。"):format(iss.tracking and ("（运单号" .. iss.tracking .. "）") or "")
  else
    pickup = ("请携带本人有效身份证件到%s领取办理结果。"):format(api.config.pickup_place)
  end
  queue(api, "issued", app, {
    delivery = iss.delivery, certificate = iss.certificate, tracking = iss.tracking,
    pickup_place = api.config.pickup_place, pickup = pickup,
  }, applicant_of(app))
end

-- Ended by the system: 容缺 materials not supplied in time.
function M.terminated(ev, api)
  local app = ev.application
  local t = app.termination or {}
  queue(api, "terminated", app, { reason = t.reason or "容缺材料逾期未补齐" }, applicant_of(app))
end

-- Fired by the evaluation plugin after each rating; a 差评 tells the
-- supervisors that a rectification case is open.
function M.evaluated(ev, api)
  local data = ev.event and ev.event.data or {}
  if not data.bad then return end
  local case = data.case or {}
  queue(api, "bad_rating", ev.application, {
    level = data.level, text = data.text,
    deadline_date = chinese_date(case.deadline_date) or "整改期限内",
  }, staff_of(ev.application, "supervisor"))
end

-- Delivery ---------------------------------------------------------------------------

-- The durable timer's handler: one attempt at delivering message id.
-- Returns false (with the reason) to have the platform try again later;
-- the attempt stays recorded on the message either way.
local function deliver(api, payload, info)
  local msg = outbox.get(api, payload.id)
  if not msg or msg.status ~= outbox.PENDING then return end -- expired, or done meanwhile
  local send = senders[api.config.sender]
  local ok, why = send(api, msg)
  local now = math.floor(api.now())
  msg.attempts = msg.attempts + 1
  msg.last_attempt_at = now
  msg.sender = api.config.sender
  if ok then
    msg.status, msg.sent_at, msg.last_error = outbox.SENT, now, nil
    outbox.save(api, msg, outbox.PENDING)
    return true
  end
  msg.last_error = why
  if info.attempts + 1 >= info.max_attempts then
    msg.status, msg.failed_at = outbox.FAILED, now
    api.log("warn", "消息%d（%s）%d次发送均失败：%s", msg.id, msg.kind_zh, msg.attempts, why)
  end
  outbox.save(api, msg, outbox.PENDING)
  return false, why
end

-- Routes -------------------------------------------------------------------------------

local function refuse(status, code, en, zh)
  return status, { error = { code = code, message = en, zh = zh } }
end

local STAFF = { roles = { "supervisor", "county_admin" } }

-- GET /outbox?status=待发送|已发送|发送失败&number=&limit=: newest first.
local function list_outbox(req, api)
  local q = req.query
  local status
  if q.status and q.status ~= "" then
    status = outbox.status_of(q.status)
    if not status then
      return refuse(400, "bad_parameter", "status is 待发送, 已发送 or 发送失败",
        "status 应为“待发送”“已发送”或“发送失败”")
    end
  end
  local limit = math.tointeger(tonumber(q.limit or "50"))
  if not limit or limit < 1 or limit > 1000 then
    return refuse(400, "bad_parameter", "limit is from 1 to 1000", "limit 应为1至1000的整数")
  end
  local number = q.number ~= "" and q.number or nil
  if number and not number:match("^[%w]+$") then
    return refuse(400, "bad_parameter", "number is an application number", "number 应为办件编号")
  end
  local messages = outbox.list(api, status, number, limit)
  return 200, { status = status, number = number, count = #messages, messages = messages }
end

local function show_message(req, api)
  local msg = outbox.get(api, req.params.id)
  if not msg then return refuse(404, "not_found", "no such message", "没有这条消息（或已超过保留期限）") end
  return 200, msg
end

-- POST /resend/:id: a message that failed for good goes back to 待发送.
local function resend(req, api)
  local msg = outbox.get(api, req.params.id)
  if not msg then return refuse(404, "not_found", "no such message", "没有这条消息（或已超过保留期限）") end
  if msg.status ~= outbox.FAILED then
    return refuse(409, "not_failed", "only a message that failed can be resent",
      ("消息当前状态为“%s”，只有发送失败的消息可以重新发送"):format(msg.status))
  end
  msg.status = outbox.PENDING
  msg.resent_by = req.principal.username
  outbox.save(api, msg, outbox.FAILED)
  api.timer.schedule(api.now(), "deliver", { id = msg.id })
  return 200, msg
end

-- Setup ---------------------------------------------------------------------------------

-- What the schema cannot check: the templates' kinds and placeholders, the
-- muted kinds, and that a webhook has an http:// address.
local function check_config(api)
  local cfg = api.config
  local field, en, zh = templates.check(cfg.templates)
  if field then api.config_error(field, en, zh) end
  for _, kind in ipairs(cfg.muted) do
    if not templates.KINDS[kind] then
      api.config_error("muted", ("no message kind %s; the kinds are %s"):format(kind,
        table.concat(templates.NAMES, ", ")), ("没有“%s”这种消息类型，可用的类型：%s"):format(kind,
        table.concat(templates.NAMES, "、")))
    end
    muted[kind] = true
  end
  if cfg.sender == "webhook" and not cfg.url then
    api.config_error("sender", "sender \"webhook\" needs url, the address to post messages to",
      "发送方式为 webhook 时须配置回调地址 url")
  end
  if cfg.url and not cfg.url:match("^http://[^/:]+:%d+") then
    api.config_error("url", "url is http://host:port/path (plain http inside the government network)",
      "回调地址应形如 http://主机:端口/路径")
  end
end

function M.setup(api)
  check_config(api)
  api.timer.handle("deliver", function(payload, info) return deliver(api, payload, info) end)
  api.route("GET", "/outbox", list_outbox, STAFF)
  api.route("GET", "/outbox/:id", show_message, STAFF)
  api.route("POST", "/resend/:id", resend, STAFF)
end

return M
