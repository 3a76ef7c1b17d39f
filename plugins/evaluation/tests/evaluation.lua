-- evaluation's own tests (banshi test plugins/evaluation): a finished
-- application is rated once, with its query code; a 差评 opens a
-- rectification case that a supervisor calls back and closes. The full
-- end-to-end test is tests/http/t_plugin_evaluation.sh.
local t = ...
local ITEM = "000106109000" -- 不动产登记资料查询, a 即办件
local clerk = t.staff("clerk")
local supervisor, supervisor_name = t.staff("supervisor")

-- Submitted online, then accepted, decided and issued at the window.
local function finished()
  local _, body = t.submit(ITEM)
  local number, code = body.number, body.query_code
  t.act(number, "accept", {}, clerk)
  t.act(number, "decide", { result = "准予" }, clerk)
  local status = t.act(number, "issue", {}, clerk)
  t.eq("issued_" .. number:sub(-4), status, 200)
  return number, code
end

local number, code = finished()
t.eq("wrong_code", (t.post("rate", { number = number, query_code = "NOTMINE1", level = "满意" })), 404)
local status, body = t.post("rate", { number = number, query_code = code, level = "非常满意" })
t.eq("rated", status, 201)
t.eq("good_rating_no_case", body.case, nil)
status, body = t.post("rate", { number = number, query_code = code, score = 1 })
t.eq("rated_once", status, 409)
t.eq("rated_once_code", body.error.code, "already_rated")

-- A 差评: a case with a deadline, called back, then closed.
number, code = finished()
status, body = t.post("rate", { number = number, query_code = code, level = "不满意", text = "办理时间过长" })
t.eq("bad_rating", status, 201)
t.eq("case_opened", body.case.status, "待回访")
t.ok("case_has_deadline", body.case.deadline and body.case.deadline > body.rating.at)
t.eq("close_needs_callback", (t.post("close/" .. number, { text = "已整改" }, supervisor)), 409)
status, body = t.post("callback/" .. number, { result = "满意", text = "已致歉并说明原因" }, supervisor)
t.eq("callback", { status, body.status }, { 200, "已回访" })
t.eq("callback_by", body.callbacks[1].by, supervisor_name)
status, body = t.post("close/" .. number, { text = "优化审核流程" }, supervisor)
t.eq("closed", { status, body.status }, { 200, "已办结" })

-- Figures for today: one 非常满意, one 不满意, in one department.
local today = os.date("!%Y-%m-%d", math.floor(t.now()) + 8 * 3600)
status, body = t.get("figures?from=" .. today .. "&to=" .. today, supervisor)
t.eq("figures", status, 200)
t.eq("figures_total", body.total.total, 2)
t.eq("figures_rate", body.total.satisfaction_rate, 0.5)
t.eq("figures_for_supervisors", (t.get("figures", clerk)), 403)
