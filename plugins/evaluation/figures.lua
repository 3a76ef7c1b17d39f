-- evaluation/figures.lua: ratings per department for a period.
--
-- Each rating is also indexed under day:<local date>:<number> with its
-- department and score, so a period is read day by day.
--   满意率 (satisfaction_rate) = ratings of 基本满意 or better / all ratings
--   差评率 (bad_rate)          = 不满意 and 非常不满意 / all ratings
--   平均分 (average_score)     = mean of the scores 1..5
-- A department with no rating in the period has no row; rates of an empty
-- total are absent.

local dates = require "dates"
local scale = require "scale"

local F = {}

--- The index key of a rating made at instant t.
function F.index_key(t, number)
  return ("day:%s:%s"):format(dates.format(dates.day_of(t)), number)
end

local function new_row(department, name)
  local levels = {}
  for _, l in ipairs(scale.LEVELS) do levels[l.name] = 0 end
  return { department = department, name = name, total = 0, levels = levels, satisfied = 0, bad = 0,
    score_sum = 0 }
end

local function add(row, score)
  row.total = row.total + 1
  row.levels[scale.level(nil, score).name] = row.levels[scale.level(nil, score).name] + 1
  row.score_sum = row.score_sum + score
  if scale.is_bad(score) then row.bad = row.bad + 1 else row.satisfied = row.satisfied + 1 end
end

local function finish(row)
  if row.total > 0 then
    row.satisfaction_rate = row.satisfied / row.total
    row.bad_rate = row.bad / row.total
    row.average_score = row.score_sum / row.total
  end
  row.score_sum = nil
  return row
end

--- Ratings made from day first to day last (day numbers, inclusive):
-- { departments = { row, ... } (by department code), total = row }.
function F.period(api, first, last)
  local rows, codes, total = {}, {}, new_row(nil, "合计")
  for day = first, last do
    for _, entry in ipairs(api.kv.list(("day:%s:"):format(dates.format(day)), 10000)) do
      local r = entry[2]
      local code = r.department or ""
      local row = rows[code]
      if not row then
        row = new_row(code, r.department_name)
        rows[code] = row
        codes[#codes + 1] = code
      end
      add(row, r.score)
      add(total, r.score)
    end
  end
  table.sort(codes)
  local list = {}
  for _, code in ipairs(codes) do list[#list + 1] = finish(rows[code]) end
  return { departments = list, total = finish(total) }
end

return F
