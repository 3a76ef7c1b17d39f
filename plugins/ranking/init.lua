-- ranking: the monthly ranking of departments (部门月度排名).
--
-- GET /monthly?month=YYYY-MM[&format=csv] reads the platform's supervision
-- figures for the month (api.figures: decisions, on time and late, working
-- days taken against the promised limit) and, when the evaluation plugin
-- is enabled, its satisfaction figures (api.plugin("evaluation").figures).
--
-- The ordering (ORDER below):
--   1. departments with at least config.min_decided decisions in the month
--      are ranked; the others follow, unranked (no 名次);
--   2. 按期办结率 (on-time rate), highest first;
--   3. 满意率 (satisfaction rate), highest first; a department without
--      ratings comes after those with ratings;
--   4. 用时差: average working days taken minus the average promised limit,
--      lowest (fastest against its own promise) first;
--   5. departments equal on 2-4 share a rank (1, 2, 2, 4) and are listed
--      by department code.

local sheet = require "sheet"

local M = {}

local UTC_OFFSET = 8 * 3600 -- Beijing time, as the supervision figures reckon it

local ORDER = "按期办结率从高到低；相同时满意率从高到低（无评价者居后）；再相同时平均用时与承诺时限之差从小到大；"
  .. "三项均相同者名次并列，按部门编码排列；办结件数不足者不排名次，列于表末"

local function refuse(status, code, en, zh)
  return status, { error = { code = code, message = en, zh = zh } }
end

-- Days since 1970-01-01 of a civil date.
local function day_number(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = y // 400
  local year_of_era = y - era * 400
  local day_of_year = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
  return era * 146097 + year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year - 719468
end

-- "YYYY-MM" -> year, month; nil when malformed.
local function parse_month(s)
  local y, m = tostring(s or ""):match("^(%d%d%d%d)%-(%d%d)$")
  y, m = tonumber(y), tonumber(m)
  if not y or m < 1 or m > 12 or y < 2000 then return nil end
  return y, m
end

-- The month's bounds: local midnight of its first day and of the next
-- month's (instants), and its first and last dates.
local function month_bounds(y, m)
  local ny, nm = y, m + 1
  if nm == 13 then ny, nm = y + 1, 1 end
  local first, next_first = day_number(y, m, 1), day_number(ny, nm, 1)
  return first * 86400 - UTC_OFFSET, next_first * 86400 - UTC_OFFSET,
    os.date("!%Y-%m-%d", first * 86400), os.date("!%Y-%m-%d", (next_first - 1) * 86400)
end

local function round(x, places)
  if not x then return nil end
  local f = 10 ^ places
  return math.floor(x * f + 0.5) / f
end

-- One department's row from its supervision figures and its ratings.
local function row_of(f, rated, min_decided)
  local decided = f.on_time + f.late
  local days = f.timed > 0 and f.workdays_sum / f.timed or nil
  local limit = f.timed > 0 and f.limit_sum / f.timed or nil
  return {
    department = f.department,
    name = f.department ~= "" and f.name or "（一件事）",
    received = f.received,
    decided = decided,
    on_time = f.on_time,
    late = f.late,
    on_time_rate = decided > 0 and round(f.on_time / decided, 4) or nil,
    avg_workdays = round(days, 2),
    avg_promised_limit = round(limit, 2),
    days_vs_limit = days and round(days - limit, 2) or nil,
    ratings = rated and rated.total or nil,
    satisfaction_rate = rated and round(rated.satisfaction_rate, 4) or nil,
    ranked = decided >= min_decided,
  }
end

-- a before b on key (a number or nil), best first: higher when desc.
-- Returns true/false when they differ, nil when equal.
local function before(x, y, desc)
  if x == y then return nil end
  if x == nil then return false end -- absent figures come last
  if y == nil then return true end
  if desc then return x > y end
  return x < y
end

local KEYS = { { "on_time_rate", true }, { "satisfaction_rate", true }, { "days_vs_limit", false } }

-- Ranked before unranked, then by KEYS; nil when a and b tie.
local function compare(a, b)
  if a.ranked ~= b.ranked then return a.ranked end
  for _, k in ipairs(KEYS) do
    local r = before(a[k[1]], b[k[1]], k[2])
    if r ~= nil then return r end
  end
  return nil
end

--- Orders rows and gives ranks: equal rows share a rank (1, 2, 2, 4).
local function rank(rows)
  table.sort(rows, function(a, b)
    local r = compare(a, b)
    if r ~= nil then return r end
    return a.department < b.department
  end)
  for i, row in ipairs(rows) do
    if row.ranked then
      local prev = rows[i - 1]
      row.rank = (prev and compare(prev, row) == nil) and prev.rank or i
    end
  end
  for _, row in ipairs(rows) do row.ranked = nil end
  return rows
end

-- The evaluation plugin's figures per department, or nil when it is not
-- enabled or the county turned satisfaction off.
local function satisfaction(api, first_date, last_date)
  local evaluation = api.config.satisfaction and api.plugin("evaluation")
  if not evaluation then return nil end
  local by_department = {}
  for _, row in ipairs(evaluation.figures(first_date, last_date).departments) do
    by_department[row.department] = row
  end
  return by_department
end

-- GET /monthly?month=YYYY-MM[&format=json|csv] (default: this month).
local function monthly(req, api)
  local q = req.query
  local month = q.month or os.date("!%Y-%m", math.floor(api.now()) + UTC_OFFSET)
  local y, m = parse_month(month)
  if not y then return refuse(400, "bad_parameter", "month is YYYY-MM", "month 应为形如 2026-11 的年月") end
  local format = q.format or "json"
  if format ~= "json" and format ~= "csv" then
    return refuse(400, "bad_parameter", "format is json or csv", "format 应为 json 或 csv")
  end
  local from, to, first_date, last_date = month_bounds(y, m)
  local rated = satisfaction(api, first_date, last_date)
  local rows = {}
  for _, f in ipairs(api.figures(from, to)) do
    if f.received > 0 or f.on_time + f.late > 0 then -- some work this month
      rows[#rows + 1] = row_of(f, rated and rated[f.department], api.config.min_decided)
    end
  end
  rank(rows)
  local result = { county = api.county.id, county_name = api.county.name, month = month, from = first_date,
    to = last_date, ordering = ORDER, satisfaction = rated ~= nil, departments = rows }
  if format == "csv" then return 200, sheet.csv(result), "text/csv; charset=utf-8" end
  return 200, result
end

function M.setup(api)
  api.route("GET", "/monthly", monthly, { roles = { "supervisor", "county_admin" } })
end

return M
