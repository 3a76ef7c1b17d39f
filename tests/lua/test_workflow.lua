-- banshi.workflow: the life of an application (办件) from 收件 to 办结, on the
-- fixture catalogue plus a few local items, with the real 2026 calendar.
--
-- Every step of every path goes through one session runner, which checks
-- after each event that replay(events) deep-equals the document (the events
-- round-tripped through JSON, as the C core stores them), that decide and
-- apply changed neither their document nor their event, and that both the
-- event and the document are JSON-encodable.

local calendar = require "banshi.calendar"
local catalog = require "banshi.catalog"
local util = require "banshi.catalog.util"
local wf = require "banshi.workflow"
local applicant = require "banshi.workflow.applicant"
local h = require "helper"

local t = h.suite()

local MINFEI = "000112003000"   -- 承诺件, 10 days, 容缺 cdzm (5 days), 免提交 sfz, accept rule
local SHETUAN = "000112004000"  -- 即办件
local JOINT = "130224990001"    -- 并联 xingshen + minzheng, 告知承诺 replaces xfjc
local CHAIN = "130224990002"    -- 串联 minzheng then xingshen

-- The fixture with three local items and a bundle whose members share sqb.
local EXTRA = [[
item {
  code = "130224990001",
  local_item = true,
  name = "餐饮服务场所联合审批",
  type = "行政许可",
  legal_basis = { { law = "《中华人民共和国食品安全法》", article = "第三十五条" } },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人" },
  materials = {
    { id = "sqb", name = "联合审批申请表", core = true },
    { id = "xfjc", name = "消防安全检查合格证明", source = "政府部门核发", source_department = "消防救援大队" },
  },
  special_procedures = { { name = "专家评审", limit = 5 } },
  impl_code = "11130224000054321U1302249900011",
  department = "xingshen",
  promised_limit = 10,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "现场核查",
  fees = { charged = false },
  commitment = { allowed = true, conditions = { "经营场所符合消防安全要求" }, replaces = { "xfjc" } },
  review = { mode = "并联", departments = { "xingshen", "minzheng" } },
}

item {
  code = "130224990002",
  local_item = true,
  name = "养老服务设施用地审核",
  type = "行政许可",
  legal_basis = { { law = "《养老机构管理办法》", article = "第九条" } },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人" },
  materials = { { id = "sqb", name = "用地审核申请表", core = true } },
  impl_code = "11130224000012345W1302249900021",
  department = "minzheng",
  promised_limit = 10,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "领取结果",
  fees = { charged = false },
  review = { mode = "串联", departments = { "minzheng", "xingshen" } },
}

bundle {
  code = "canyin_kaiye",
  name = "餐饮开业一件事",
  items = { "130224990001", "000112003000" },
  promised_limit = 8,
}
]]

local model_cache, cal_cache
local function model()
  if not model_cache then
    model_cache = h.load_ok(h.fixture({ ["luannan/items/zz_workflow.lua"] = EXTRA }))
  end
  return model_cache
end

local function cal()
  if not cal_cache then
    local m = model()
    local closures = {}
    for i, c in ipairs(m.calendar.closures) do closures[i] = c.spec end
    cal_cache = calendar.new({ years = m.calendar.years, closures = closures })
  end
  return cal_cache
end

-- Unix seconds of a Beijing time.
local function at(date, hh, mm)
  return util.day_number(date) * 86400 + (hh or 10) * 3600 + (mm or 0) * 60 - 8 * 3600
end

-- Actors ---------------------------------------------------------------------

local APPLICANT = { id = "app-001", role = "applicant" }
local CLERK = { id = "clerk-001", role = "clerk" }
local SYSTEM = { id = "system", role = "system" }
local SUPERVISOR = { id = "sup-001", role = "supervisor" }
local R_MZ = { id = "rev-mz-1", role = "reviewer", departments = { "minzheng" } }
local R_MZ2 = { id = "rev-mz-2", role = "reviewer", departments = { "minzheng" } }
local R_XS = { id = "rev-xs-1", role = "reviewer", departments = { "xingshen" } }

local ORG = { kind = "法人", name = "滦南县爱心服务中心", credit_code = "91130224MA0A1B2C3Y",
  phone = "0315-4111111", address = "滦南县友谊路8号" }
local PERSON = { kind = "自然人", name = "张三", id_number = "11010519491231002X", phone = "13800000000" }
local FORM = { name = "滦南县爱心服务中心", funds = 50000 }
-- What the e-licence source answered for MINFEI's 免提交 sfz (banshi.apps
-- asks it before the workflow decides and passes the answers in).
local ID_CARD = { ["居民身份证"] = { found = true, number = "130224199001011230", issuer = "滦南县公安局",
  valid_until = "2040-01-01", provider = "built-in" } }

-- JSON -------------------------------------------------------------------------
-- A small codec of our own, strict where the C core's would be: no functions,
-- no mixed or sparse tables, no non-string map keys, no NaN or infinity.

local function encode(v, path)
  path = path or "$"
  local ty = type(v)
  if ty == "nil" then return "null" end
  if ty == "boolean" then return tostring(v) end
  if ty == "number" then
    if v ~= v or v == math.huge or v == -math.huge then error(path .. ": not a finite number", 0) end
    if math.type(v) == "integer" then return ("%d"):format(v) end
    return ("%.17g"):format(v)
  end
  if ty == "string" then
    return '"' .. v:gsub('[%c"\\]', function(c) return ("\\u%04x"):format(c:byte()) end) .. '"'
  end
  if ty ~= "table" then error(path .. ": a " .. ty .. " cannot be JSON", 0) end
  local n, strings, others = 0, 0, 0
  for k in pairs(v) do
    if type(k) == "string" then strings = strings + 1 else others = others + 1 end
    n = n + 1
  end
  if strings > 0 and others > 0 then error(path .. ": a table mixes string and other keys", 0) end
  if strings == 0 then
    local out = {}
    for i = 1, n do
      if v[i] == nil then error(path .. ": a sparse array", 0) end
      out[i] = encode(v[i], path .. "[" .. i .. "]")
    end
    return "[" .. table.concat(out, ",") .. "]"
  end
  local keys = {}
  for k in pairs(v) do keys[#keys + 1] = k end
  table.sort(keys)
  local out = {}
  for i, k in ipairs(keys) do out[i] = encode(k) .. ":" .. encode(v[k], path .. "." .. k) end
  return "{" .. table.concat(out, ",") .. "}"
end

local function decode(s)
  local pos = 1
  local value
  local function ws() pos = s:find("[^ \t\r\n]", pos) or #s + 1 end
  local function str()
    local out = {}
    pos = pos + 1
    while true do
      local c = s:sub(pos, pos)
      if c == '"' then pos = pos + 1; return table.concat(out) end
      if c == "\\" then
        local hex = s:sub(pos + 2, pos + 5)
        out[#out + 1] = utf8.char(tonumber(hex, 16))
        pos = pos + 6
      else
        out[#out + 1] = c
        pos = pos + 1
      end
    end
  end
  function value()
    ws()
    local c = s:sub(pos, pos)
    if c == "{" or c == "[" then
      local obj, close = {}, c == "{" and "}" or "]"
      pos = pos + 1
      ws()
      if s:sub(pos, pos) == close then pos = pos + 1; return obj end
      while true do
        if close == "}" then
          ws()
          local k = str()
          ws()
          pos = pos + 1 -- ':'
          obj[k] = value()
        else
          obj[#obj + 1] = value()
        end
        ws()
        local d = s:sub(pos, pos)
        pos = pos + 1
        if d == close then return obj end
      end
    elseif c == '"' then
      return str()
    end
    for word, v in pairs({ ["true"] = true, ["false"] = false, ["null"] = "null" }) do
      if s:sub(pos, pos + #word - 1) == word then
        pos = pos + #word
        if v == "null" then return nil end
        return v
      end
    end
    local num = s:match("^-?[%d.eE+-]+", pos)
    pos = pos + #num
    return math.tointeger(tonumber(num)) or tonumber(num)
  end
  return value()
end

local function roundtrip(v) return decode(encode(v)) end

-- Deep equality with the path of the first difference.
local function deep_eq(a, b, path)
  path = path or "$"
  if type(a) ~= "table" or type(b) ~= "table" then
    if a ~= b then error(("%s: %s ~= %s"):format(path, tostring(a), tostring(b)), 0) end
    return
  end
  for k, v in pairs(a) do deep_eq(v, b[k], path .. "." .. tostring(k)) end
  for k, v in pairs(b) do
    if a[k] == nil then error(("%s.%s: missing on the left (%s)"):format(path, tostring(k), tostring(v)), 0) end
  end
end

local function copy(v)
  if type(v) ~= "table" then return v end
  local out = {}
  for k, x in pairs(v) do out[k] = copy(x) end
  return out
end

-- Sessions -----------------------------------------------------------------------

local steps_checked = 0

local Session = {}
Session.__index = Session

local function session(opts)
  opts = opts or {}
  return setmetatable({ events = {}, doc = nil, now = opts.now or at("2026-03-02", 10),
    calendar = opts.calendar == nil and cal() or opts.calendar or nil, broken_promise = opts.broken_promise,
    version = opts.version }, Session)
end

-- Runs cmd as actor at now (default: the session's clock); on success
-- stores the event and checks the replay property. Returns event or nil, err.
function Session:run(actor, cmd, now)
  if now then self.now = now end
  local ctx = { model = model(), catalog = catalog, calendar = self.calendar, now = self.now, actor = actor,
    broken_promise = self.broken_promise, version = self.version }
  local before = copy(self.doc)
  local event, err = wf.decide(ctx, self.doc, cmd)
  deep_eq(self.doc, before, "decide changed the document")
  if not event then
    h.truthy(err and err.status and err.code and err.en and err.zh, "an error has status, code, en and zh")
    return nil, err
  end
  local stored = roundtrip(event)
  local event_before = copy(event)
  local doc = wf.apply(self.doc, event)
  deep_eq(self.doc, before, "apply changed the document")
  deep_eq(event, event_before, "apply changed the event")
  self.events[#self.events + 1] = stored
  self.doc = doc
  h.eq(doc.history, #self.events, "history count")
  h.eq(doc.state, event.to, "state")
  deep_eq(wf.replay(self.events), roundtrip(doc), "replay")
  steps_checked = steps_checked + 1
  return event
end

function Session:ok(actor, cmd, now)
  local event, err = self:run(actor, cmd, now)
  if not event then
    error(("%s refused: %d %s: %s / %s"):format(cmd.action, err.status, err.code, err.en, err.zh), 2)
  end
  return event
end

function Session:refused(actor, cmd, status, code, now)
  local event, err = self:run(actor, cmd, now)
  if event then error(("%s was allowed, expected %d %s"):format(cmd.action, status, code), 2) end
  if err.status ~= status or (code and err.code ~= code) then
    error(("%s: expected %d %s, got %d %s: %s"):format(cmd.action, status, code or "", err.status, err.code,
      err.zh), 2)
  end
  return err
end

local function material(doc, id)
  for _, m in ipairs(doc.materials) do
    if m.id == id then return m end
  end
  error("no material " .. id)
end

local function review(doc, dept)
  for _, r in ipairs(doc.reviews) do
    if r.department == dept then return r end
  end
  error("no review " .. dept)
end

local function ids(list, field)
  local out = {}
  for _, e in ipairs(list) do out[#out + 1] = e[field or "id"] end
  return table.concat(out, ",")
end

local function action_names(doc, actor)
  return ids(wf.actions(doc, actor), "action")
end

local function submit_minfei(s, materials, extra)
  local cmd = { action = "submit", item = MINFEI, applicant = ORG, data = FORM, channel = "窗口办理",
    materials = materials or { sqb = { seen = true }, zhangcheng = { upload = "sha256:ab12" }, cdzm = true },
    licenses = ID_CARD }
  for k, v in pairs(extra or {}) do cmd[k] = v end
  return s:ok(CLERK, cmd)
end

-- Through review to a decision, for single-department items.
local function review_through(s, reviewer, dept)
  s:ok(SYSTEM, { action = "start_review" })
  s:ok(reviewer, { action = "claim", review = dept })
  s:ok(reviewer, { action = "opinion", review = dept, verdict = "同意", text = "材料齐全，符合条件" })
end

-- Paths ----------------------------------------------------------------------------

t:case("a complete application goes from 收件 through 受理, 审查 and 决定 to 办结", function()
  local s = session({ version = "luannan@3" })
  local e = submit_minfei(s, nil, { number = "11130224000012345W0001120030001202603020001", query_code = "Q7K2" })
  h.eq(e.from, nil, "submit has no from")
  local doc = s.doc
  h.eq(doc.state_zh, "已收件", "label")
  h.eq(doc.version, "luannan@3", "catalogue version pinned")
  h.eq(doc.item.name, "民办非企业单位成立登记", "pinned name")
  h.eq(doc.item.impl_code, "11130224000012345W0001120030001", "pinned impl_code")
  h.eq(doc.item.promised_limit, 10, "pinned promised limit")
  h.eq(doc.item.statutory_limit, 30, "pinned statutory limit")
  h.eq(doc.item.department_name, "滦南县民政局", "department")
  h.eq(doc.notice.ok, true, "notice ok")
  h.contains(doc.notice.lines[#doc.notice.lines], "申请材料齐全", "notice text")
  h.eq(material(doc, "sqb").status, "seen", "original seen at the window")
  h.eq(material(doc, "zhangcheng").status, "submitted", "uploaded")
  h.eq(material(doc, "zhangcheng").upload, "sha256:ab12", "upload hash")
  h.eq(material(doc, "sfz").status, "shared", "免提交 by data sharing")
  h.eq(material(doc, "sfz").exempt, "电子证照库", "sharing source")
  h.eq(material(doc, "sfz").shared.number, "130224199001011230", "the licence's number is recorded")
  h.eq(material(doc, "yjs").status, "not_required", "conditional not triggered")
  h.eq(doc.fee.charged, false, "fee")
  h.eq(doc.review_plan.departments[1], "minzheng", "route")

  s:ok(CLERK, { action = "accept" })
  h.eq(s.doc.mode, "normal", "mode")
  h.eq(s.doc.clock.due, cal():deadline(at("2026-03-02", 10), 10, {}), "due from the calendar")
  h.eq(s.doc.clock.due_date, "2026-03-16", "10 working days after Monday 2 March")
  review_through(s, R_MZ, "minzheng")
  h.eq(s.doc.ready, true, "ready to decide")
  s:ok(CLERK, { action = "decide", result = "准予" }, at("2026-03-10", 15))
  h.eq(s.doc.decision.on_time, true, "on time")
  h.contains(s.doc.decision.legal_basis, "民办非企业单位登记管理暂行条例", "default legal basis")
  s:ok(CLERK, { action = "issue", certificate = "民证字第2026001号", delivery = "邮寄" }, at("2026-03-11", 9))
  h.eq(s.doc.state, "issued", "state")
  h.eq(s.doc.issuance.address, "滦南县友谊路8号", "mailed to the applicant's address")
  h.eq(s.doc.issuance.within_limit, true, "within 10 days of the decision (art. 44)")
  h.eq(s.doc.history, 7, "history")
  h.eq(action_names(s.doc, CLERK), "", "nothing left to do")
end)

t:case("an incomplete application gets everything missing or wrong at once, and cannot be accepted", function()
  local s = session()
  s:ok(APPLICANT, { action = "submit", item = MINFEI, applicant = ORG, data = { funds = 100 },
    materials = {}, channel = "网上办理", licenses = ID_CARD })
  local n = s.doc.notice
  h.eq(n.ok, false, "ok")
  h.eq(ids(n.missing), "sqb,zhangcheng", "missing")
  h.eq(ids(n.tolerable_missing), "cdzm", "tolerable")
  h.eq(#n.problems, 2, "both accept-rule reasons")
  local text = table.concat(n.lines, "\n")
  for _, part in ipairs({ "民办非企业单位成立登记申请表", "章程（县级范本）", "未填写单位名称", "开办资金不足3万元",
    "场所使用权证明", "一、须补齐的材料", "二、不符合受理条件的情形" }) do
    h.contains(text, part, "printed notice")
  end
  h.eq(material(s.doc, "sqb").status, "missing", "status")
  local err = s:refused(CLERK, { action = "accept" }, 422, "incomplete")
  h.eq(#err.missing, 2, "err lists every missing material")
  h.eq(#err.problems, 2, "and every problem")
  h.contains(err.zh, "章程（县级范本）", "zh")
  h.contains(err.zh, "开办资金不足3万元", "zh")
  h.eq(action_names(s.doc, CLERK), "return_for_correction,reject,withdraw", "the clerk's choices")
end)

t:case("补正: the one-time notification stops the clock; resupply reruns the check and returns to the window", function()
  local s = session()
  submit_minfei(s, { sqb = true })
  s:refused(CLERK, { action = "return_for_correction", items = { { reason = "x" } } }, 422, "invalid_command")
  s:ok(CLERK, { action = "return_for_correction", reason = "请一次补齐",
    items = { { name = "申请表", reason = "法定代表人未签字" } } }, at("2026-03-03", 11))
  local doc = s.doc
  h.eq(doc.state, "correction", "state")
  h.eq(doc.clock.stopped, true, "clock stopped")
  h.eq(doc.clock.corrections[1].from, at("2026-03-03", 11), "stop opened")
  h.eq(doc.clock.corrections[1].to, nil, "still open")
  h.eq(doc.notice.late, false, "told within 5 days (art. 32)")
  local text = table.concat(doc.notice.lines, "\n")
  h.contains(text, "章程（县级范本）", "missing material")
  h.contains(text, "法定代表人未签字", "the clerk's finding")
  h.contains(text, "一次性告知", "closing line")
  h.eq(action_names(doc, APPLICANT), "resupply,withdraw", "the applicant's choices")
  s:refused(CLERK, { action = "accept" }, 409, "invalid_state")
  s:refused(APPLICANT, { action = "resupply", materials = { nosuch = true } }, 422, "invalid_command")
  s:ok(APPLICANT, { action = "resupply", materials = { zhangcheng = { upload = "sha256:cd34" } } },
    at("2026-03-05", 9))
  doc = s.doc
  h.eq(doc.state, "submitted", "back at the window")
  h.eq(doc.clock.corrections[1].to, at("2026-03-05", 9), "stop closed")
  h.eq(doc.clock.stopped, false, "clock running")
  h.eq(doc.notice.ok, true, "complete now")
  h.eq(material(doc, "sqb").status, "submitted", "earlier material kept")
  h.eq(material(doc, "cdzm").status, "missing", "tolerable still missing")
  s:ok(CLERK, { action = "accept", tolerance_commitment = true })
  h.eq(s.doc.mode, "tolerance", "accepted with cdzm tolerated")
end)

t:case("a one-time notification later than 5 working days after receipt is marked late", function()
  local s = session()
  submit_minfei(s, { sqb = true })
  s:ok(CLERK, { action = "return_for_correction" }, at("2026-03-10", 10))
  h.eq(s.doc.notice.late, true, "late")
end)

t:case("容缺: accepted with a tolerable material missing on a signed commitment, supplied in time, granted", function()
  local s = session()
  submit_minfei(s, { sqb = true, zhangcheng = true }, { tolerance = true })
  local err = s:refused(CLERK, { action = "accept" }, 422, "tolerance_commitment_required")
  h.contains(err.zh, "场所使用权证明", "names the material")
  s:ok(CLERK, { action = "accept", tolerance_commitment = true })
  local doc = s.doc
  h.eq(doc.mode_zh, "容缺受理", "mode")
  h.eq(material(doc, "cdzm").status, "tolerated", "status")
  h.eq(doc.tolerance.due, cal():add_workdays(at("2026-03-02", 10), 5), "5 working days")
  h.eq(doc.tolerance.due_date, "2026-03-09", "supplement date")
  h.eq(doc.clock.supplement_due, doc.tolerance.due, "clock shows it")
  h.contains(table.concat(doc.acceptance.lines, "\n"), "2026年3月9日17:00前", "notice names the deadline")
  review_through(s, R_MZ, "minzheng")
  local e = s:refused(CLERK, { action = "decide", result = "准予" }, 409, "tolerance_pending")
  h.contains(e.zh, "场所使用权证明", "names what is outstanding")
  s:refused(APPLICANT, { action = "supplement", materials = { sqb = true } }, 422, "nothing_supplied")
  s:ok(APPLICANT, { action = "supplement", materials = { cdzm = { upload = "sha256:ef56" } } }, at("2026-03-06", 10))
  h.eq(s.doc.tolerance.done, true, "done")
  h.eq(material(s.doc, "cdzm").status, "submitted", "status")
  s:refused(SYSTEM, { action = "terminate" }, 409, "no_tolerance_pending")
  s:ok(CLERK, { action = "decide", result = "准予" })
  h.eq(s.doc.state, "decided", "granted")
end)

t:case("容缺: terminate is refused before the supplement deadline and ends the case after it", function()
  local s = session()
  submit_minfei(s, { sqb = true, zhangcheng = true })
  s:ok(CLERK, { action = "accept", tolerance_commitment = true })
  s:ok(SYSTEM, { action = "start_review" })
  local err = s:refused(SYSTEM, { action = "terminate" }, 409, "supplement_not_due", at("2026-03-09", 16, 59))
  h.contains(err.zh, "2026年3月9日", "names the deadline")
  s:refused(CLERK, { action = "terminate" }, 403, "role_forbidden")
  s:refused(APPLICANT, { action = "supplement", materials = { cdzm = true } }, 409, "supplement_overdue",
    at("2026-03-10", 9))
  s:ok(SYSTEM, { action = "terminate" })
  h.eq(s.doc.state, "terminated", "state")
  h.contains(s.doc.termination.reason, "场所使用权证明", "reason")
  h.eq(action_names(s.doc, CLERK), "", "final")
  s:refused(APPLICANT, { action = "withdraw" }, 409, "invalid_state")
end)

t:case("a broken 容缺 promise refuses 容缺受理 with 403 and a Chinese reason", function()
  local s = session({ broken_promise = true })
  submit_minfei(s, { sqb = true, zhangcheng = true })
  local err = s:refused(CLERK, { action = "accept", tolerance_commitment = true }, 403, "broken_promise")
  h.contains(err.zh, "承诺未履行", "reason")
  h.contains(err.zh, "场所使用权证明", "what to bring instead")
  -- With everything in hand the same applicant is accepted normally.
  local full = session({ broken_promise = true })
  submit_minfei(full)
  full:ok(CLERK, { action = "accept" })
  h.eq(full.doc.mode, "normal", "mode")
end)

t:case("the clerk's credit check (broken_promise in the command) refuses 容缺; a correction asks for the material",
  function()
  local s = session()
  submit_minfei(s, { sqb = true, zhangcheng = true })
  local err = s:refused(CLERK, { action = "accept", tolerance_commitment = true, broken_promise = true }, 403,
    "broken_promise")
  h.contains(err.zh, "场所使用权证明", "what to bring")
  -- Only a tolerable material is missing: still something to correct.
  s:ok(CLERK, { action = "return_for_correction" })
  h.eq(s.doc.state, "correction", "returned")
  s:ok(APPLICANT, { action = "resupply", materials = { cdzm = true } })
  s:ok(CLERK, { action = "accept", broken_promise = true })
  h.eq(s.doc.mode, "normal", "nothing left to tolerate")
  local full = session()
  submit_minfei(full)
  full:refused(CLERK, { action = "return_for_correction" }, 422, "nothing_to_correct")
end)

t:case("告知承诺: accepted on the written promise without the proof it replaces", function()
  local without = session()
  without:ok(CLERK, { action = "submit", item = JOINT, applicant = PERSON, materials = { sqb = true } })
  h.eq(ids(without.doc.notice.missing), "xfjc", "without the promise the proof is asked")
  local s = session()
  s:ok(APPLICANT, { action = "submit", item = JOINT, applicant = PERSON, materials = { sqb = true },
    commitment = true })
  h.eq(s.doc.notice.ok, true, "complete")
  h.eq(material(s.doc, "xfjc").status, "replaced", "replaced by the promise")
  s:ok(CLERK, { action = "accept" })
  h.eq(s.doc.mode, "commitment", "mode")
  h.eq(s.doc.acceptance.commitment_conditions[1], "经营场所符合消防安全要求", "the promise")
  h.contains(table.concat(s.doc.acceptance.lines, "\n"), "承诺不实的", "consequence told")
  -- An item without 告知承诺 ignores the choice and says so.
  local plain = session()
  plain:ok(APPLICANT, { action = "submit", item = CHAIN, applicant = PERSON, materials = { sqb = true },
    commitment = true })
  h.eq(plain.doc.commitment, false, "not applied")
  h.contains(plain.doc.notice.lines[#plain.doc.notice.lines], "不适用告知承诺制", "told")
end)

t:case("并联: every department reviews at once; one 不同意 makes the decision 不予", function()
  local s = session()
  s:ok(CLERK, { action = "submit", item = JOINT, applicant = PERSON, materials = { sqb = true, xfjc = true } })
  s:ok(CLERK, { action = "accept" })
  s:ok(CLERK, { action = "start_review" })
  h.eq(s.doc.review_mode, "并联", "mode")
  h.eq(review(s.doc, "xingshen").status, "open", "xingshen open")
  h.eq(review(s.doc, "minzheng").status, "open", "minzheng open at the same time")
  s:ok(R_XS, { action = "claim" })
  s:ok(R_MZ, { action = "claim" })
  s:ok(R_MZ, { action = "opinion", verdict = "不同意", text = "场所不符合养老设施规划要求" })
  s:refused(CLERK, { action = "decide", result = "不予", reason = "x" }, 409, "reviews_pending")
  s:refused(R_XS, { action = "opinion", verdict = "同意意" }, 422, "invalid_command")
  s:ok(R_XS, { action = "opinion", verdict = "同意" })
  h.eq(s.doc.ready, true, "ready")
  local err = s:refused(SUPERVISOR, { action = "decide", result = "准予" }, 409, "review_refused")
  h.contains(err.zh, "滦南县民政局", "names the refusing department")
  s:refused(SUPERVISOR, { action = "decide", result = "不予" }, 422, "invalid_command")
  s:ok(SUPERVISOR, { action = "decide", result = "不予", reason = "民政局审查不同意：场所不符合规划要求",
    legal_basis = "《中华人民共和国行政许可法》第三十八条" })
  h.contains(s.doc.decision.remedy, "行政复议", "the applicant is told of remedies")
  s:ok(CLERK, { action = "issue", certificate = "滦审不许字〔2026〕3号" })
  h.eq(s.doc.issuance.result, "不予", "a written refusal is issued")
  h.eq(s.doc.issuance.certificates, nil, "a refusal records no electronic certificate")
  h.eq(s.doc.issuance.delivery, "窗口领取", "default delivery")
end)

t:case("串联: only the first review opens; the next opens after its opinion; 不同意 ends the chain", function()
  local s = session()
  s:ok(CLERK, { action = "submit", item = CHAIN, applicant = PERSON, materials = { sqb = true } })
  s:ok(CLERK, { action = "accept" })
  s:ok(CLERK, { action = "start_review" })
  h.eq(review(s.doc, "minzheng").status, "open", "first open")
  h.eq(review(s.doc, "xingshen").status, "waiting", "second waits")
  h.eq(action_names(s.doc, R_XS), "", "nothing for the second department yet")
  s:refused(R_XS, { action = "claim", review = "xingshen" }, 409, "review_waiting")
  s:ok(R_MZ, { action = "claim" })
  s:ok(R_MZ, { action = "opinion", verdict = "同意" })
  h.eq(review(s.doc, "xingshen").status, "open", "second opens")
  h.eq(s.doc.ready, false, "not ready")
  s:refused(CLERK, { action = "decide", result = "准予" }, 409, "reviews_pending")
  s:ok(R_XS, { action = "claim" })
  s:ok(R_XS, { action = "opinion", verdict = "同意" })
  s:ok(CLERK, { action = "decide", result = "准予" })

  local no = session()
  no:ok(CLERK, { action = "submit", item = CHAIN, applicant = PERSON, materials = { sqb = true } })
  no:ok(CLERK, { action = "accept" })
  no:ok(CLERK, { action = "start_review" })
  no:ok(R_MZ, { action = "claim" })
  no:ok(R_MZ, { action = "opinion", verdict = "不同意", text = "用地性质不符" })
  h.eq(review(no.doc, "xingshen").status, "skipped", "the rest of the chain is skipped")
  h.eq(no.doc.ready, true, "ready")
  no:refused(CLERK, { action = "decide", result = "准予" }, 409, "review_refused")
end)

t:case("首办负责: only the claimer records the opinion; a supervisor reassigns with a reason", function()
  local s = session()
  submit_minfei(s)
  s:ok(CLERK, { action = "accept" })
  s:ok(SYSTEM, { action = "start_review" })
  s:refused(R_XS, { action = "claim", review = "minzheng" }, 403, "not_your_department")
  s:ok(R_MZ, { action = "claim", review = "minzheng" })
  h.eq(review(s.doc, "minzheng").claimed_by, "rev-mz-1", "claimer")
  local err = s:refused(R_MZ2, { action = "claim", review = "minzheng" }, 409, "review_claimed")
  h.contains(err.zh, "rev-mz-1", "names the claimer")
  err = s:refused(R_MZ2, { action = "opinion", review = "minzheng", verdict = "同意" }, 403, "not_claimer")
  h.contains(err.zh, "首办负责", "says why")
  s:refused(SUPERVISOR, { action = "reassign", review = "minzheng", to = "rev-mz-2" }, 422, "invalid_command")
  s:ok(SUPERVISOR, { action = "reassign", review = "minzheng", to = "rev-mz-2", reason = "原承办人休假" })
  local r = review(s.doc, "minzheng")
  h.eq(r.claimed_by, "rev-mz-2", "new claimer")
  h.eq(r.reassignments[1].from, "rev-mz-1", "history kept")
  s:refused(R_MZ, { action = "opinion", verdict = "同意" }, 409, "nothing_claimed")
  s:refused(R_MZ, { action = "opinion", review = "minzheng", verdict = "同意" }, 403, "not_claimer")
  s:ok(R_MZ2, { action = "opinion", verdict = "同意" })
  h.eq(review(s.doc, "minzheng").done_by, "rev-mz-2", "recorded by the claimer")
end)

t:case("特别程序 stops the clock and the due date moves by exactly the stopped working days", function()
  local s = session({ now = at("2026-03-30", 10) })
  submit_minfei(s)
  s:ok(CLERK, { action = "accept" })
  local accepted = at("2026-03-30", 10)
  h.eq(s.doc.clock.due_date, "2026-04-14", "10 working days across 清明 (4-6 April)")
  s:ok(SYSTEM, { action = "start_review" })
  s:refused(R_MZ, { action = "suspend", procedure = "现场核查", reason = "x", notice = "x" }, 422, "invalid_command")
  s:refused(R_XS, { action = "suspend", procedure = "专家评审", reason = "x", notice = "x" }, 403,
    "not_your_department")
  local err = s:refused(R_MZ, { action = "suspend", procedure = "专家评审", reason = "需专家论证" }, 422)
  h.contains(err.zh, "书面告知", "the notice is required")
  s:ok(R_MZ, { action = "suspend", procedure = "专家评审", reason = "需专家论证",
    notice = "您申请的事项需组织专家评审，评审期间不计入办理时限。" }, at("2026-04-02", 10))
  local doc = s.doc
  h.eq(doc.state_zh, "特别程序", "state")
  h.eq(doc.clock.stopped, true, "stopped")
  h.eq(doc.clock.days_left, 7.5, "7.5 working days were left (the afternoon of 2 April counts)")
  h.eq(doc.suspension.procedure, "专家评审", "procedure")
  s:refused(R_MZ, { action = "claim" }, 409, "invalid_state")
  s:refused(CLERK, { action = "decide", result = "准予" }, 409, "invalid_state")
  s:ok(R_MZ, { action = "resume", result = "专家评审通过" }, at("2026-04-08", 10))
  doc = s.doc
  h.eq(doc.state, "reviewing", "back to review")
  h.eq(doc.procedures[1].days, 3, "Thu 2 to Wed 8 April over 清明 is 3 working days")
  h.eq(doc.clock.stops[1].to, at("2026-04-08", 10), "the stop interval is recorded")
  h.eq(doc.clock.due, cal():add_workdays(accepted, 13), "moved by exactly 3 working days")
  h.eq(doc.clock.due_date, "2026-04-17", "new due date")
  h.eq(doc.clock.due, cal():deadline(accepted, 10, doc.clock.stops), "recomputable from the document")
  s:ok(R_MZ, { action = "claim" })
  s:ok(R_MZ, { action = "opinion", verdict = "同意" })
  s:ok(CLERK, { action = "decide", result = "准予" }, at("2026-04-16", 10))
  h.eq(s.doc.decision.on_time, true, "on time thanks to the stop")
end)

t:case("withdrawal: the applicant withdraws before a decision, never after", function()
  local s = session()
  submit_minfei(s, { sqb = true })
  s:ok(CLERK, { action = "return_for_correction" })
  s:ok(APPLICANT, { action = "withdraw", reason = "不再申请" }, at("2026-03-04", 10))
  h.eq(s.doc.state_zh, "已撤回", "state")
  h.eq(s.doc.clock.corrections[1].to, at("2026-03-04", 10), "open stop closed")
  h.eq(s.doc.clock.stopped, false, "no open stop in a final state")
  s:refused(APPLICANT, { action = "resupply" }, 409, "invalid_state")

  local late = session()
  submit_minfei(late)
  late:ok(CLERK, { action = "accept" })
  review_through(late, R_MZ, "minzheng")
  late:ok(CLERK, { action = "withdraw", reason = "申请人书面申请撤回" })
  h.eq(late.doc.withdrawal.on_behalf, true, "clerk on the applicant's behalf")

  local decided = session()
  submit_minfei(decided)
  decided:ok(CLERK, { action = "accept" })
  review_through(decided, R_MZ, "minzheng")
  decided:ok(CLERK, { action = "decide", result = "准予" })
  local err = decided:refused(APPLICANT, { action = "withdraw" }, 409, "invalid_state")
  h.contains(err.zh, "已决定", "names the state")
end)

t:case("一件事一次办: a bundle asks shared materials once and every department reviews in parallel", function()
  local s = session()
  s:ok(CLERK, { action = "submit", bundle = "canyin_kaiye", applicant = ORG, data = FORM, materials = {},
    licenses = ID_CARD })
  local doc = s.doc
  h.eq(doc.kind, "bundle", "kind")
  h.eq(table.concat(doc.item.members, ","), JOINT .. "," .. MINFEI, "members")
  h.eq(table.concat(doc.members, ","), JOINT .. "," .. MINFEI, "members = item codes")
  h.eq(doc.member_items[2].name, "民办非企业单位成立登记", "member facts pinned")
  h.eq(doc.item.promised_limit, 8, "the bundle's own promise")
  h.eq(doc.item.statutory_limit, 30, "the longest statutory limit")
  h.eq(ids(doc.notice.missing), "sqb,xfjc,zhangcheng", "sqb is asked once for both items")
  local sqb = material(doc, "sqb")
  h.eq(table.concat(sqb.items, ","), JOINT .. "," .. MINFEI, "needed by both")
  s:ok(CLERK, { action = "return_for_correction" })
  s:ok(CLERK, { action = "resupply", materials = { sqb = true, xfjc = true, zhangcheng = true, cdzm = true } })
  h.eq(s.doc.notice.ok, true, "complete once sqb is given once")
  s:ok(CLERK, { action = "accept" })
  h.eq(s.doc.clock.due_date, cal():date_of(cal():add_workdays(at("2026-03-02", 10), 8)), "8 days")
  s:ok(SYSTEM, { action = "start_review" })
  h.eq(s.doc.review_mode, "并联", "parallel")
  h.eq(ids(s.doc.reviews, "department"), "xingshen,minzheng", "every member's departments, once")
  h.eq(review(s.doc, "minzheng").status, "open", "open")
  h.eq(review(s.doc, "xingshen").status, "open", "open at once")
  s:refused(CLERK, { action = "submit", item = MINFEI, bundle = "canyin_kaiye", applicant = ORG }, 409,
    "already_submitted")
  local other = session()
  other:refused(CLERK, { action = "submit", item = MINFEI, bundle = "canyin_kaiye", applicant = ORG }, 422,
    "item_and_bundle")
  other:refused(CLERK, { action = "submit", bundle = "nosuch", applicant = ORG }, 422, "unknown_bundle")
  -- One decision, one result package holding both members' results.
  for _, r in ipairs({ { R_XS, "xingshen" }, { R_MZ, "minzheng" } }) do
    s:ok(r[1], { action = "claim", review = r[2] })
    s:ok(r[1], { action = "opinion", review = r[2], verdict = "同意" })
  end
  s:ok(CLERK, { action = "decide", result = "准予" })
  s:ok(CLERK, { action = "issue", certificate = "LN-2026-001" })
  h.eq(ids(s.doc.issuance.package, "code"), JOINT .. "," .. MINFEI, "every member in the package")
  -- Each member's licence (its result name, else its own name), one number.
  h.eq(ids(s.doc.issuance.certificates, "license"), "餐饮服务场所联合审批,民办非企业单位登记证书",
    "an electronic certificate per member result")
  h.eq(ids(s.doc.issuance.certificates, "number"), "LN-2026-001,LN-2026-001", "the package's number")
  h.eq(ids(s.doc.issuance.certificates, "issuer"), "滦南县行政审批局,滦南县民政局", "each member's department")
end)

t:case("即办件 is decided by the clerk straight from acceptance; a 承诺件 needs its review", function()
  local s = session()
  s:ok(CLERK, { action = "submit", item = SHETUAN, applicant = ORG, materials = { sqb = true, zc = true } })
  h.eq(s.doc.fee.charged, true, "fee from the catalogue")
  s:ok(CLERK, { action = "accept" })
  h.eq(s.doc.clock.due_date, "2026-03-02", "due the same day")
  h.truthy(action_names(s.doc, CLERK):find("decide", 1, true), "decide offered")
  s:ok(CLERK, { action = "decide", result = "准予" })
  s:ok(CLERK, { action = "issue", certificate = "社证字第001号" })
  h.eq(s.doc.state, "issued", "done on the spot")

  local p = session()
  submit_minfei(p)
  p:ok(CLERK, { action = "accept" })
  p:refused(CLERK, { action = "decide", result = "准予" }, 409, "review_required")
end)

t:case("without a calendar the application runs with its due dates left open", function()
  local s = session({ calendar = false })
  submit_minfei(s, { sqb = true, zhangcheng = true })
  s:ok(CLERK, { action = "accept", tolerance_commitment = true })
  h.eq(s.doc.clock.due, nil, "no due")
  h.contains(s.doc.clock.due_note, "未提供工作日历", "says why")
  h.eq(s.doc.tolerance.due, nil, "no supplement due")
  h.contains(table.concat(s.doc.acceptance.lines, "\n"), "5个工作日内补齐", "the notice still states the days")
  s:refused(SYSTEM, { action = "terminate" }, 409, "no_supplement_due")
  s:ok(SYSTEM, { action = "start_review" })
  s:ok(R_MZ, { action = "suspend", procedure = "检测", reason = "样品检测", notice = "检测期间不计入时限" })
  s:ok(R_MZ, { action = "resume" }, at("2026-03-05", 10))
  h.eq(s.doc.clock.stops[1].to, at("2026-03-05", 10), "the stop is still recorded")
  h.eq(s.doc.clock.due, nil, "due still open")
end)

-- Refusals -------------------------------------------------------------------------

t:case("a command the state does not allow is refused with 409 naming the state and what is allowed", function()
  local s = session()
  s:refused(CLERK, { action = "accept" }, 409, "no_application")
  submit_minfei(s)
  local err = s:refused(CLERK, { action = "start_review" }, 409, "invalid_state")
  h.contains(err.zh, "已收件", "names the state")
  h.contains(err.zh, "已受理", "names where it is allowed")
  h.contains(err.zh, "受理", "lists what is allowed now")
  h.eq(table.concat(err.allowed, ","), "accept,return_for_correction,reject,withdraw", "allowed now")
  h.contains(err.en, "state submitted", "en")
  s:ok(CLERK, { action = "accept" })
  s:refused(CLERK, { action = "accept" }, 409, "invalid_state")
  s:refused(CLERK, { action = "issue", certificate = "x" }, 409, "invalid_state")
  s:refused(APPLICANT, { action = "resupply" }, 409, "invalid_state")
  s:refused(CLERK, { action = "reject", reason = "x" }, 409, "invalid_state")
  s:refused(R_MZ, { action = "claim" }, 409, "invalid_state")
  s:refused(CLERK, { action = "fly" }, 422, "unknown_action")
  local r = session()
  submit_minfei(r)
  r:refused(CLERK, { action = "reject" }, 422, "reason_required")
  r:ok(CLERK, { action = "reject", reason = "不属于本机关职权范围", legal_basis = "《行政许可法》第三十二条" })
  err = r:refused(CLERK, { action = "accept" }, 409, "invalid_state")
  h.contains(err.zh, "当前无可办理的操作", "a final state allows nothing")
end)

t:case("a role that may not take an action is refused with 403", function()
  local s = session()
  s:refused(SUPERVISOR, { action = "submit", item = MINFEI, applicant = ORG }, 403, "role_forbidden")
  submit_minfei(s)
  local err = s:refused(APPLICANT, { action = "accept" }, 403, "role_forbidden")
  h.contains(err.zh, "申请人无权办理“受理”", "zh")
  h.contains(err.zh, "窗口人员", "says who may")
  s:refused(R_MZ, { action = "reject", reason = "x" }, 403, "role_forbidden")
  s:ok(CLERK, { action = "accept" })
  s:refused(APPLICANT, { action = "start_review" }, 403, "role_forbidden")
  s:ok(SYSTEM, { action = "start_review" })
  s:refused(CLERK, { action = "claim" }, 403, "role_forbidden")
  s:refused(R_MZ, { action = "reassign", review = "minzheng", to = "x", reason = "x" }, 403, "role_forbidden")
  s:refused(R_MZ, { action = "decide", result = "准予" }, 403, "role_forbidden")
  s:refused(APPLICANT, { action = "suspend", procedure = "听证", reason = "x", notice = "x" }, 403,
    "role_forbidden")
end)

t:case("an invalid applicant or material list is refused with every problem at once", function()
  local s = session()
  local err = s:refused(CLERK, { action = "submit", item = MINFEI,
    applicant = { kind = "自然人", name = "", id_number = "110105194912310021" },
    materials = { nosuch = true, sqb = 5 } }, 422, "invalid_application")
  local fields = ids(err.problems, "field")
  h.eq(fields, "applicant.name,applicant.id_number,applicant.phone,materials.nosuch,materials.sqb", "all at once")
  h.contains(err.zh, "按ISO 7064 MOD 11-2应为“X”", "zh says the expected check digit")
  h.contains(err.en, "requires 'X'", "en too")
  err = s:refused(APPLICANT, { action = "submit", item = MINFEI, applicant = ORG, channel = "网上办理",
    materials = { sqb = { seen = true } } }, 422, "invalid_application")
  h.contains(err.zh, "只有窗口人员", "only a clerk sees originals")
  err = s:refused(CLERK, { action = "submit", item = MINFEI,
    applicant = { kind = "法人", name = "某公司", credit_code = "91130224MA0A1B2C3X", phone = "1" } },
    422, "invalid_application")
  h.eq(ids(err.problems, "field"), "applicant.credit_code,applicant.phone", "credit code and phone")
  h.contains(err.zh, "按GB 32100应为“Y”", "GB 32100 check")
  s:refused(CLERK, { action = "submit", item = "999999999999", applicant = ORG }, 422, "unknown_item")
end)

t:case("resident ID numbers are checked with ISO 7064 MOD 11-2 and credit codes with GB 32100", function()
  h.eq(applicant.check_resident_id("11010519491231002X"), true, "the standard's example")
  h.eq(applicant.check_resident_id("11010519491231002x"), true, "lower-case x")
  h.eq(applicant.check_resident_id("130224198001010014"), true, "digit check")
  h.eq(applicant.check_resident_id("130224198001010018"), false, "wrong check digit")
  h.eq(applicant.check_resident_id("130224198002300014"), false, "30 February")
  h.eq(applicant.check_resident_id("13022419800101001"), false, "17 characters")
  h.eq(applicant.check_resident_id("13022419800101X014"), false, "X inside")
  h.eq(applicant.check_credit_code("91130224MA0A1B2C3Y"), true, "valid credit code")
  h.eq(applicant.check_credit_code("11130224000012345W"), true, "the fixture department's")
  h.eq(applicant.check_credit_code("91130224MA0A1B2C3Z"), false, "Z is outside the set")
  local ok, en, zh = applicant.check_credit_code("11130224000012345X")
  h.eq(ok, false, "wrong check character")
  h.contains(en, "requires 'W'", "en")
  h.contains(zh, "应为“W”", "zh")
end)

-- 免提交: the e-licence source's answers -------------------------------------------

t:case("免提交: what the e-licence source found is shared, with the licence's number, issuer and provider", function()
  local s = session()
  submit_minfei(s, { sqb = true, zhangcheng = true, cdzm = true })
  local sfz = material(s.doc, "sfz")
  h.eq(sfz.status, "shared", "not asked of the applicant")
  h.eq(sfz.license, "居民身份证", "the licence asked for")
  h.eq(sfz.shared.number .. " " .. sfz.shared.issuer .. " " .. sfz.shared.valid_until .. " " .. sfz.shared.provider,
    "130224199001011230 滦南县公安局 2040-01-01 built-in", "the answer, in the event")
  h.eq(material(s.events[1].data, "sfz").shared.number, "130224199001011230", "in the event: replay asks no source")
  h.eq(s.doc.notice.ok, true, "complete")
  -- Shared even when the applicant uploads it too: it is not asked.
  local both = session()
  submit_minfei(both, { sqb = true, zhangcheng = true, cdzm = true, sfz = { upload = "sha256:ef" } })
  h.eq(material(both.doc, "sfz").status, "shared", "sharing wins")
end)

t:case("免提交: not found, the material is asked like any other, with the reason, until it is supplied", function()
  local s = session()
  submit_minfei(s, { sqb = true, zhangcheng = true, cdzm = true }, { licenses = {} })
  local n = s.doc.notice
  h.eq(n.ok, false, "incomplete")
  h.eq(ids(n.missing), "sfz", "asked for")
  h.eq(n.missing[1].reason_zh, "电子证照库未查到该证照，请提交", "why, in Chinese")
  h.contains(table.concat(n.lines, "\n"), "1. 法定代表人身份证（电子证照库未查到该证照，请提交）", "in the printed notice")
  local sfz = material(s.doc, "sfz")
  h.eq(sfz.status .. " " .. sfz.unshared, "missing 电子证照库未查到该证照，请提交", "the material says why")
  h.eq(sfz.shared, nil, "nothing shared")
  s:refused(CLERK, { action = "accept" }, 422, "incomplete")
  -- The correction keeps asking for it; supplied, it counts as submitted.
  s:ok(CLERK, { action = "return_for_correction" })
  h.contains(table.concat(s.doc.notice.lines, "\n"), "电子证照库未查到该证照", "told again")
  s:ok(APPLICANT, { action = "resupply", materials = { zhangcheng = true } })
  h.eq(ids(s.doc.notice.missing), "sfz", "still asked after a resupply without it")
  s:ok(CLERK, { action = "return_for_correction" })
  s:ok(APPLICANT, { action = "resupply", materials = { sfz = { upload = "sha256:9a" } } })
  h.eq(s.doc.notice.ok, true, "complete once supplied")
  h.eq(material(s.doc, "sfz").status, "submitted", "supplied by the applicant")
  s:ok(CLERK, { action = "accept" })
end)

t:case("免提交: the source's own reason (expired, unavailable) is the applicant's; a bare answer is not found", function()
  local s = session()
  submit_minfei(s, { sqb = true, zhangcheng = true, cdzm = true },
    { licenses = { ["居民身份证"] = { found = false, reason = "电子证照已于2020-06-30过期，请提交" } } })
  h.eq(s.doc.notice.missing[1].reason_zh, "电子证照已于2020-06-30过期，请提交", "expired")
  local bare = session()
  submit_minfei(bare, { sqb = true, zhangcheng = true, cdzm = true },
    { licenses = { ["居民身份证"] = { found = true } } })
  h.eq(material(bare.doc, "sfz").status, "missing", "found without a number is not found")
  local other = session()
  submit_minfei(other, { sqb = true, zhangcheng = true, cdzm = true },
    { licenses = { ["营业执照"] = ID_CARD["居民身份证"] } })
  h.eq(material(other.doc, "sfz").status, "missing", "another licence's answer does not count")
end)

t:case("免提交 in a bundle: one answer serves the merged material; intake.licenses lists what to ask, once", function()
  local intake = require "banshi.workflow.intake"
  h.eq(table.concat(intake.licenses(model(), { item = MINFEI }), ","), "居民身份证", "the item's licence")
  h.eq(table.concat(intake.licenses(model(), { bundle = "canyin_kaiye" }), ","), "居民身份证", "the bundle's, once")
  h.eq(#intake.licenses(model(), { item = SHETUAN }), 0, "none for an item without 免提交 materials")
  h.eq(#intake.licenses(model(), { item = "999999999999" }), 0, "none for an unknown item")
  h.truthy(rawequal(intake.licenses(model(), { item = MINFEI }), intake.licenses(model(), { item = MINFEI })),
    "kept for the model")
  h.truthy(not rawequal(intake.licenses(model(), { item = "999999999999" }),
    intake.licenses(model(), { item = "999999999999" })), "nothing kept for an unknown code")
  local s = session()
  s:ok(CLERK, { action = "submit", bundle = "canyin_kaiye", applicant = ORG, data = FORM, materials = {},
    licenses = {} })
  h.eq(ids(s.doc.notice.missing), "sqb,xfjc,sfz,zhangcheng", "asked once, for the bundle")
end)

t:case("a 准予 issuance records its electronic certificate: the result licence, the applicant, valid_until", function()
  local s = session()
  submit_minfei(s)
  s:ok(CLERK, { action = "accept" })
  review_through(s, R_MZ, "minzheng")
  s:ok(CLERK, { action = "decide", result = "准予" })
  s:refused(CLERK, { action = "issue", certificate = "民证字第2026002号", valid_until = "2031-02-30" }, 422,
    "invalid_command")
  s:ok(CLERK, { action = "issue", certificate = "民证字第2026002号", valid_until = "2031-03-01" })
  local c = s.doc.issuance.certificates
  h.eq(#c, 1, "one licence")
  h.eq(c[1].number .. " " .. c[1].license .. " " .. c[1].holder .. " " .. c[1].holder_name .. " " .. c[1].issuer
    .. " " .. c[1].valid_until .. " " .. c[1].item,
    "民证字第2026002号 民办非企业单位登记证书 91130224MA0A1B2C3Y 滦南县爱心服务中心 滦南县民政局 2031-03-01 " .. MINFEI,
    "the certificate record")
  -- A natural person holds by the resident identity number.
  local p = session()
  p:ok(CLERK, { action = "submit", item = CHAIN, applicant = PERSON, materials = { sqb = true } })
  p:ok(CLERK, { action = "accept" })
  review_through(p, R_MZ, "minzheng")
  p:ok(R_XS, { action = "claim", review = "xingshen" })
  p:ok(R_XS, { action = "opinion", review = "xingshen", verdict = "同意" })
  p:ok(CLERK, { action = "decide", result = "准予" })
  p:ok(CLERK, { action = "issue", certificate = "民养审字001号" })
  local pc = p.doc.issuance.certificates[1]
  h.eq(pc.holder .. " " .. pc.license, "11010519491231002X 养老服务设施用地审核", "no result name: the item's name")
  h.eq(pc.valid_until, nil, "no validity given")
end)

-- Properties ---------------------------------------------------------------------

t:case("decide is deterministic: the same commands give the same events", function()
  local function run()
    local s = session()
    s:ok(CLERK, { action = "submit", bundle = "canyin_kaiye", applicant = ORG, data = FORM,
      materials = { sqb = true, xfjc = true, zhangcheng = true, cdzm = { upload = "h" } }, licenses = ID_CARD })
    s:ok(CLERK, { action = "accept" })
    s:ok(SYSTEM, { action = "start_review" })
    return s.events
  end
  h.eq(encode(run()), encode(run()), "events")
end)

t:case("submissions share what the catalogue alone decides, and no step of any application changes it", function()
  local intake = require "banshi.workflow.intake"
  local subjects = { { item = MINFEI }, { item = JOINT }, { item = CHAIN }, { bundle = "canyin_kaiye" } }
  -- Each subject as it is cached, and the tables a first submission shares.
  local before, shared = {}, {}
  local function note(event)
    for _, tbl in pairs(event.data) do
      if intake.shared[tbl] then shared[tbl] = copy(tbl) end
    end
    for _, m in ipairs(event.data.materials) do
      if intake.shared[m] then shared[m] = copy(m) end
    end
  end
  local s = session()
  note(submit_minfei(s, { sqb = true }, { licenses = {} }))
  for i, cmd in ipairs(subjects) do before[i] = copy(intake.subject(model(), cmd)) end
  s:ok(CLERK, { action = "return_for_correction" })
  s:ok(APPLICANT, { action = "resupply", materials = { zhangcheng = true, sfz = { upload = "h" } } })
  s:ok(CLERK, { action = "accept", tolerance_commitment = true })
  s:ok(APPLICANT, { action = "supplement", materials = { cdzm = true } })
  review_through(s, R_MZ, "minzheng")

  -- Two submissions of one item share the review plan and the entries of
  -- materials with nothing of their own; uploads and 免提交 answers are
  -- each application's.
  local a, b = session(), session()
  local ea = a:ok(CLERK, { action = "submit", item = JOINT, applicant = PERSON, materials = { sqb = true },
    commitment = true })
  local eb = b:ok(CLERK, { action = "submit", item = JOINT, applicant = ORG, materials = { sqb = { upload = "x" } } })
  note(ea)
  h.truthy(rawequal(ea.data.review_plan, eb.data.review_plan), "one review plan")
  h.truthy(not rawequal(material(ea.data, "xfjc"), material(eb.data, "xfjc")), "replaced is not missing")
  h.truthy(not rawequal(material(ea.data, "sqb"), material(eb.data, "sqb")), "an upload is the application's")
  local c = session()
  local ec = c:ok(CLERK, { action = "submit", item = JOINT, applicant = PERSON, materials = { sqb = true } })
  h.truthy(rawequal(material(ea.data, "sqb"), material(ec.data, "sqb")), "submitted without an upload: shared")
  local m1, m2 = session(), session()
  local e1 = submit_minfei(m1, { sqb = true }, { licenses = ID_CARD })
  local e2 = submit_minfei(m2, { sqb = true }, { licenses = ID_CARD })
  h.truthy(not rawequal(material(e1.data, "sfz"), material(e2.data, "sfz")), "免提交: each application's answer")
  a:ok(CLERK, { action = "accept" })
  a:ok(SYSTEM, { action = "start_review" })
  c:ok(CLERK, { action = "return_for_correction" })
  c:ok(APPLICANT, { action = "resupply", materials = { xfjc = true } })
  c:ok(CLERK, { action = "accept" })

  -- The document that adopts a consumed event's data shares them too; the
  -- next steps work on copies.
  local ctx = { model = model(), catalog = catalog, calendar = cal(), now = at("2026-03-02", 10), actor = CLERK }
  local ev = wf.decide(ctx, nil, { action = "submit", bundle = "canyin_kaiye", applicant = ORG, data = FORM,
    materials = { sqb = true, xfjc = true, zhangcheng = true }, licenses = ID_CARD })
  note(ev)
  local doc = wf.apply(nil, ev, true)
  ctx.now = at("2026-03-03", 10)
  doc = wf.apply(doc, wf.decide(ctx, doc, { action = "accept", tolerance_commitment = true }), true)
  h.eq(doc.mode, "tolerance", "accepted with 容缺")

  for i, cmd in ipairs(subjects) do deep_eq(intake.subject(model(), cmd), before[i], "cached subject " .. i) end
  local n = 0
  for tbl, was in pairs(shared) do
    deep_eq(tbl, was, "a shared table")
    n = n + 1
  end
  h.truthy(n >= 6, ("shared tables checked: %d"):format(n))
end)

t:case("apply reads only the event: replay without any catalogue or calendar rebuilds the document", function()
  local s = session()
  submit_minfei(s, { sqb = true, zhangcheng = true })
  s:ok(CLERK, { action = "accept", tolerance_commitment = true })
  local stored = roundtrip(s.events)
  model_cache, cal_cache = nil, nil  -- nothing of the session's model is reachable from here
  deep_eq(wf.replay(stored), roundtrip(s.doc), "replay")
  for _, e in ipairs(stored) do
    h.truthy(e.action and e.at and e.actor and e.role and e.to and e.data, "event shape")
  end
end)

t:case("replay(events) deep-equals the document after every step of every path", function()
  -- Every Session:ok/run above checked it; make sure they really ran.
  h.truthy(steps_checked >= 100, ("steps checked: %d"):format(steps_checked))
  h.eq(wf.replay({}), nil, "no events, no document")
end)

t:case("actions() tells each actor what they may do now", function()
  h.eq(action_names(nil, APPLICANT), "submit", "before anything")
  h.eq(action_names(nil, R_MZ), "", "reviewers do not submit")
  local s = session()
  s:ok(CLERK, { action = "submit", item = JOINT, applicant = PERSON, materials = { sqb = true, xfjc = true } })
  h.eq(action_names(s.doc, APPLICANT), "withdraw", "applicant waits")
  s:ok(CLERK, { action = "accept" })
  h.eq(action_names(s.doc, SYSTEM), "start_review,warn", "system starts the review, or warns")
  s:ok(SYSTEM, { action = "start_review" })
  local claims = wf.actions(s.doc, R_XS)
  h.eq(claims[1].action, "claim", "claim")
  h.eq(claims[1].zh, "认领审查", "label")
  h.eq(table.concat(claims[1].reviews, ","), "xingshen", "which review")
  s:ok(R_XS, { action = "claim" })
  h.eq(action_names(s.doc, R_XS), "opinion,suspend", "the claimer")
  h.eq(action_names(s.doc, SUPERVISOR), "reassign", "the supervisor")
  for _, name in ipairs(wf.state_order) do h.truthy(wf.states[name], "label of " .. name) end
  h.eq(wf.states.correction, "补正中", "Chinese label")
end)

t:case("misuse by the caller raises", function()
  h.truthy(not pcall(wf.decide, { model = model(), catalog = catalog, now = 1.5, actor = CLERK }, nil,
    { action = "submit" }), "now must be an integer")
  h.truthy(not pcall(wf.decide, { model = model(), catalog = catalog, now = 1, actor = { id = "x", role = "boss" } },
    nil, { action = "submit" }), "unknown role")
  h.truthy(not pcall(wf.apply, nil, { action = "nosuch", to = "submitted" }), "unknown event")
  h.truthy(not pcall(wf.apply, nil, { action = "accept", to = "accepted" }), "accept before submit")
end)

return t
