-- ranking's own tests, with the evaluation plugin beside it:
--   banshi test plugins/ranking --with plugins/evaluation
-- Two departments decide everything on time; the one its applicants rate
-- better ranks first. The full end-to-end test (lateness, ties, CSV,
-- min_decided) is tests/http/t_plugin_ranking.sh.
local t = ...
local clerk = t.staff("clerk")
local supervisor = t.staff("supervisor")

-- A 即办件 from submission to issue, then rated by its applicant; returns
-- the department that handled it.
local function finished_and_rated(item, level)
  local _, body = t.submit(item)
  local number, code = body.number, body.query_code
  t.act(number, "accept", {}, clerk)
  t.act(number, "decide", { result = "准予" }, clerk)
  local _, issued = t.act(number, "issue", {}, clerk)
  t.post("/api/v1/counties/" .. t.county .. "/plugins/evaluation/rate",
    { number = number, query_code = code, level = level })
  return issued.application.item.department
end

local better = finished_and_rated("000106109000", "非常满意") -- 不动产登记资料查询
local worse = finished_and_rated("000110002000", "不满意")    -- 城乡居民基本养老保险参保登记
t.ok("two_departments", better ~= worse)

local month = os.date("!%Y-%m", math.floor(t.now()) + 8 * 3600)
local status, body = t.get("monthly?month=" .. month, supervisor)
t.eq("monthly", status, 200)
t.eq("with_satisfaction", body.satisfaction, true)
local order = {}
for _, row in ipairs(body.departments) do order[#order + 1] = row.department .. "=" .. tostring(row.rank) end
t.eq("better_rated_first", order, { better .. "=1", worse .. "=2" })
t.eq("on_time_both", { body.departments[1].on_time_rate, body.departments[2].on_time_rate }, { 1, 1 })

local _, csv = t.get("monthly?month=" .. month .. "&format=csv", supervisor)
t.ok("csv_chinese_headings", csv:find("名次,部门编码,部门,收件,办结", 1, true))
t.eq("for_supervisors_only", (t.get("monthly", clerk)), 403)
