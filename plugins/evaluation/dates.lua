-- evaluation/dates.lua: local dates ("YYYY-MM-DD") for ratings and periods.
-- The county's local time is Beijing time (UTC+8, no summer time), as the
-- platform's supervision figures reckon it.

local D = {}

local UTC_OFFSET = 8 * 3600

-- Days since 1970-01-01 of a civil date (proleptic Gregorian, years that
-- start in March so the leap day comes last).
local function day_number(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = y // 400
  local year_of_era = y - era * 400
  local day_of_year = (153 * ((m + 9) % 12) + 2) // 5 + d - 1
  return era * 146097 + year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year - 719468
end

--- "YYYY-MM-DD" -> day number, or nil when it is not a real date.
function D.parse(s)
  local y, m, d = tostring(s or ""):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  local n = day_number(tonumber(y), tonumber(m), tonumber(d))
  if D.format(n) ~= s then return nil end -- 2026-02-30
  return n
end

--- Day number -> "YYYY-MM-DD".
function D.format(n)
  return os.date("!%Y-%m-%d", n * 86400)
end

--- The local day number of an instant (unix seconds).
function D.day_of(t)
  return (math.floor(t) + UTC_OFFSET) // 86400
end

--- The local instant at which day n begins.
function D.start_of(n)
  return n * 86400 - UTC_OFFSET
end

return D
