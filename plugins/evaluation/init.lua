-- evaluation (好差评): an applicant rates a finished application once.
--
-- The applicant proves the application is theirs with its query code (the
-- one given at submission, kept in the document as query_code). Finished
-- means issued (已办结), rejected (不予受理) or terminated (已终止): the
-- office gave an outcome, good or bad, and each of these can be the
-- service a citizen wants to praise or complain about. A withdrawn
-- application (the applicant's own choice) and one still under way cannot
-- be rated. A 差评 opens a rectification case (cases.lua). Every rating
-- fires the "evaluated" event for other plugins (notify tells the
-- supervisors of a 差评) and counts in the figures per department
-- (figures.lua), which the ranking plugin reads through exports.figures.

local cases = require "cases"
local dates = require "dates"
local figures = require "figures"
local scale = require "scale"

local M = {}

-- The states an application may be rated in, with their Chinese names.
local RATEABLE = { issued = "已办结", rejected = "不予受理", terminated = "已终止" }

local the_api -- this plugin's api, for the exports other plugins call

local function refuse(status, code, en, zh)
  return status, { error = { code = code, message = en, zh = zh } }
end

local function refuse_with(r) return refuse(r.status, r.code, r.en, r.zh) end

local function rating_key(number) return "rating:" .. number end

-- The application numbered in the request if the query code matches, else
-- nil: a wrong code and an unknown number get the same answer, as on the
-- platform's progress page.
local function own_application(api, number, code)
  if type(number) ~= "string" or type(code) ~= "string" then return nil end
  local app = api.application(number)
  if not app or app.doc.query_code ~= code then return nil end
  return app
end

-- Rating ---------------------------------------------------------------------------

-- The level a request body asks for: level (Chinese name) or score (1..5);
-- if both are given they must agree. Returns the level or nil.
local function level_of(body)
  local by_name = body.level ~= nil and scale.level(body.level) or nil
  local by_score = body.score ~= nil and scale.level(nil, body.score) or nil
  if body.level ~= nil and body.score ~= nil and by_name ~= by_score then return nil end
  return by_name or by_score
end

-- What other plugins get with "evaluated": the shape of the workflow's own
-- observe hooks, { event, application }.
local function evaluated_event(app, rating, case)
  local doc = {}
  for k, v in pairs(app.doc) do doc[k] = v end
  doc.number = app.number
  return {
    event = { action = "evaluate", at = rating.at, actor = "applicant", role = "applicant",
      data = { level = rating.level, score = rating.score, text = rating.text, bad = rating.bad,
        case = case and { deadline = case.deadline, deadline_date = case.deadline_date } or nil } },
    application = doc,
  }
end

-- POST /rate { number, query_code, level | score, text }
local function rate(req, api)
  local body = type(req.body) == "table" and req.body or {}
  local app = own_application(api, body.number, body.query_code)
  if not app then
    return refuse(404, "not_found", "no application with this number and query code",
      "办件编号或查询码不正确")
  end
  local level = level_of(body)
  if not level then
    return refuse(422, "bad_level", "level is one of 非常满意, 满意, 基本满意, 不满意, 非常不满意 (score 5..1)",
      "评价等级应为：" .. scale.names())
  end
  local text = body.text
  if text ~= nil and (type(text) ~= "string" or utf8.len(text) > api.config.text_max) then
    return refuse(422, "bad_text", ("text is at most %d characters"):format(api.config.text_max),
      ("评价意见应为文字，不超过%d字"):format(api.config.text_max))
  end
  if not RATEABLE[app.state] then
    return refuse(409, "not_finished", "only a finished application (issued, rejected, terminated) can be rated",
      ("办件当前状态为“%s”，办结（含不予受理、终止办理）后方可评价"):format(app.doc.state_zh or app.state))
  end
  local earlier = api.kv.get(rating_key(app.number))
  if earlier then
    return refuse(409, "already_rated", "this application was rated already; each is rated once",
      ("该办件已评价（%s），每个办件只能评价一次"):format(earlier.level))
  end
  local item = app.doc.item or {}
  local now = math.floor(api.now())
  local rating = {
    number = app.number, item = item.name, department = item.department, department_name = item.department_name,
    level = level.name, score = level.score, bad = scale.is_bad(level.score), text = text ~= "" and text or nil,
    at = now, state = app.state, state_zh = RATEABLE[app.state],
  }
  api.kv.set(rating_key(app.number), rating)
  api.kv.set(figures.index_key(now, app.number),
    { department = rating.department, department_name = rating.department_name, score = rating.score })
  local case = rating.bad and cases.open(api, rating) or nil
  api.fire("evaluated", evaluated_event(app, rating, case))
  return 201, { rating = rating, case = case }
end

-- GET /rating/:number?code=: the applicant's own rating, if any.
local function show_rating(req, api)
  local app = own_application(api, req.params.number, req.query.code)
  if not app then
    return refuse(404, "not_found", "no application with this number and query code", "办件编号或查询码不正确")
  end
  local rating = api.kv.get(rating_key(app.number))
  if not rating then
    return refuse(404, "not_rated", "not rated yet", RATEABLE[app.state] and "尚未评价" or "办件尚未办结，暂不能评价")
  end
  return 200, rating
end

-- Rectification cases --------------------------------------------------------------

local CASE_STATUS = { [cases.OPEN] = true, [cases.CALLED] = true, [cases.CLOSED] = true }

-- GET /cases?status=待回访|已回访|已办结
local function list_cases(req, api)
  local status = req.query.status
  if status == "" then status = nil end
  if status and not CASE_STATUS[status] then
    return refuse(400, "bad_parameter", "status is 待回访, 已回访 or 已办结", "status 应为“待回访”“已回访”或“已办结”")
  end
  local list = cases.list(api, status)
  return 200, { status = status, count = #list, cases = list }
end

local function show_case(req, api)
  local case = cases.get(api, req.params.number)
  if not case then return refuse(404, "not_found", "no rectification case for this application", "该办件没有差评整改记录") end
  return 200, case
end

local function nonempty(s) return type(s) == "string" and s:match("%S") ~= nil end

-- POST /callback/:number { result, text }
local function callback(req, api)
  local body = type(req.body) == "table" and req.body or {}
  local known = false
  for _, r in ipairs(cases.CALLBACK_RESULTS) do known = known or r == body.result end
  if not known or not nonempty(body.text) then
    return refuse(422, "bad_callback", "a callback needs result (满意, 基本满意, 不满意, 未接通) and text",
      "回访记录须填写回访结果（" .. table.concat(cases.CALLBACK_RESULTS, "、") .. "）和回访情况")
  end
  local case, refused = cases.callback(api, req.params.number, req.principal.username, body.result, body.text)
  if not case then return refuse_with(refused) end
  return 200, case
end

-- POST /close/:number { text }: what was rectified.
local function close(req, api)
  local body = type(req.body) == "table" and req.body or {}
  if not nonempty(body.text) then
    return refuse(422, "bad_close", "closing needs text: what was rectified", "办结整改须填写整改情况")
  end
  local case, refused = cases.close(api, req.params.number, req.principal.username, body.text)
  if not case then return refuse_with(refused) end
  return 200, case
end

-- Figures -------------------------------------------------------------------------

-- GET /figures?from=YYYY-MM-DD&to=YYYY-MM-DD (local dates, both included;
-- default: this month so far).
local function show_figures(req, api)
  local today = dates.day_of(api.now())
  local q = req.query
  local first = q.from and dates.parse(q.from) or nil
  local last = q.to and dates.parse(q.to) or nil
  if (q.from and not first) or (q.to and not last) then
    return refuse(400, "bad_parameter", "from and to are dates YYYY-MM-DD", "from、to 应为形如 2026-11-01 的日期")
  end
  if not first then first = dates.parse(dates.format(today):sub(1, 8) .. "01") end
  last = last or today
  if first > last or last - first > 366 then
    return refuse(400, "bad_parameter", "from is on or before to, at most a year apart",
      "起始日期不能晚于截止日期，且区间不超过一年")
  end
  local f = figures.period(api, first, last)
  f.from, f.to = dates.format(first), dates.format(last)
  return 200, f
end

-- For other plugins (ranking): the figures of dates first..last
-- ("YYYY-MM-DD", both included), as GET /figures answers them.
M.exports = {
  figures = function(first, last)
    local a, b = dates.parse(first), dates.parse(last)
    if not a or not b then error("evaluation.figures: dates are YYYY-MM-DD", 2) end
    local f = figures.period(the_api, a, b)
    f.from, f.to = first, last
    return f
  end,
}

-- Setup ------------------------------------------------------------------------------

local SUPERVISORS = { roles = { "supervisor", "county_admin" } }

function M.setup(api)
  the_api = api
  if (api.config.rectify_days * 2) % 1 ~= 0 then
    api.config_error("rectify_days", "rectify_days is counted in whole or half working days",
      "整改期限以工作日计，可为整天或半天（如 5 或 2.5）")
  end
  api.route("POST", "/rate", rate)
  api.route("GET", "/rating/:number", show_rating)
  api.route("GET", "/cases", list_cases, SUPERVISORS)
  api.route("GET", "/cases/:number", show_case, SUPERVISORS)
  api.route("POST", "/callback/:number", callback, SUPERVISORS)
  api.route("POST", "/close/:number", close, SUPERVISORS)
  api.route("GET", "/figures", show_figures, SUPERVISORS)
end

return M
