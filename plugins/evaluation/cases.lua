-- evaluation/cases.lua: rectification cases (差评整改), one per 差评, kept
-- in the plugin's key-value store under case:<number>.
--
--   待回访 (opened by the 差评)  --a supervisor's callback (回访)-->  已回访
--   已回访  --more callbacks-->  已回访
--   已回访  --closed with what was rectified-->  已办结
-- A case cannot be closed before someone called the applicant back. Its
-- deadline is config.rectify_days working days after the rating, on the
-- county's calendar; a case still open after it is overdue (逾期).

local C = {}

C.OPEN, C.CALLED, C.CLOSED = "待回访", "已回访", "已办结"

-- What a callback found (回访结果).
C.CALLBACK_RESULTS = { "满意", "基本满意", "不满意", "未接通" }

local function key(number) return "case:" .. number end

-- The stored case with what follows from the time: overdue while open past
-- the deadline; closed_on_time once closed.
local function view(api, case)
  if not case then return nil end
  if case.deadline then
    if case.status == C.CLOSED then
      case.closed_on_time = case.closed_at <= case.deadline
    else
      case.overdue = api.now() > case.deadline
    end
  end
  return case
end

--- Opens the case of a 差评 (rating as stored); returns it.
function C.open(api, rating)
  local now = math.floor(api.now())
  local case = {
    number = rating.number, item = rating.item, department = rating.department,
    department_name = rating.department_name, level = rating.level, score = rating.score,
    text = rating.text, opened_at = now, status = C.OPEN, callbacks = {},
    rectify_days = api.config.rectify_days,
  }
  local cal = api.calendar()
  local due, why
  if cal then
    due, why = cal:add_workdays(now, api.config.rectify_days)
  else
    why = "本县未配置工作日历"
  end
  if due then
    case.deadline, case.deadline_date = due, cal:date_of(due)
  else
    -- A year the calendar does not cover: say so rather than guess.
    case.deadline_note = ("整改期限无法计算：%s"):format(tostring(why))
  end
  api.kv.set(key(case.number), case)
  return view(api, case)
end

--- The case of an application, or nil.
function C.get(api, number)
  return view(api, api.kv.get(key(number)))
end

--- Every case (up to 10000), newest first; of one status if given.
function C.list(api, status)
  local out = {}
  local rows = api.kv.list("case:", 10000)
  for _, row in ipairs(rows) do
    local case = view(api, row[2])
    if not status or case.status == status then out[#out + 1] = case end
  end
  table.sort(out, function(a, b)
    if a.opened_at ~= b.opened_at then return a.opened_at > b.opened_at end
    return a.number > b.number
  end)
  return out
end

-- A refusal: status, code, English and Chinese messages.
local function refusal(status, code, en, zh) return nil, { status = status, code = code, en = en, zh = zh } end

local function open_case(api, number)
  local case = C.get(api, number)
  if not case then
    return refusal(404, "not_found", "no rectification case for this application", "该办件没有差评整改记录")
  end
  if case.status == C.CLOSED then
    return refusal(409, "case_closed", "the case is closed", "该整改已办结，不能再变更")
  end
  return case
end

--- Records a callback (回访) by user who: result (C.CALLBACK_RESULTS) and
-- what was said. Returns the case, or nil and a refusal.
function C.callback(api, number, who, result, text)
  local case, refused = open_case(api, number)
  if not case then return nil, refused end
  case.callbacks[#case.callbacks + 1] = { at = math.floor(api.now()), by = who, result = result, text = text }
  case.status = C.CALLED
  case.overdue = nil
  api.kv.set(key(number), case)
  return view(api, case)
end

--- Closes a case with what was rectified (整改情况). Returns the case, or
-- nil and a refusal when nobody called the applicant back yet.
function C.close(api, number, who, text)
  local case, refused = open_case(api, number)
  if not case then return nil, refused end
  if #case.callbacks == 0 then
    return refusal(409, "callback_required", "call the applicant back (回访) before closing",
      "须先回访申请人并记录回访结果，方可办结整改")
  end
  case.status = C.CLOSED
  case.closed_at, case.closed_by, case.rectification = math.floor(api.now()), who, text
  case.overdue = nil
  api.kv.set(key(number), case)
  return view(api, case)
end

return C
