--- banshi.calendar: working days, deadlines and clock stops (工作日历与办结时限).
--
-- Time limits of service items are counted in working days (行政许可法
-- art. 82). This module answers, for one county's calendar: is a date a
-- working day, when is an application accepted at a given instant due, how
-- many working days of clock time lie between two instants, and where does
-- a deadline move when the clock was stopped (art. 45 special procedures,
-- 补正). docs/calendar.md states the counting rules in full.
--
-- Pure Lua 5.4 for the sandboxed server state: no io, no C modules, and no
-- os.date/os.time either, because both depend on the process time zone and
-- a county's working day must not. Instants are Unix seconds (integers);
-- the county's local time is the instant plus a fixed UTC offset, and dates
-- are turned into day numbers (days since 1970-01-01) with integer
-- arithmetic below.
--
-- The working clock. Each working day has two half days: the morning
-- (office_open to noon) and the afternoon (noon to office_close). Within a
-- run of consecutive years that have data, the half days are numbered
-- 0, 1, 2, ... and every instant has a *position*: the index of the half day
-- it falls in plus the fraction of that half day already elapsed. Time
-- outside working hours does not move the position, so the close of one
-- working day and the opening of the next share a position. The close of
-- the k-th working day of a run is position 2k and its noon is 2k - 1;
-- these boundaries are the only instants a due time can be.
--
-- Invariants of a calendar object (checked by tests/lua/test_calendar.lua):
--  1. Every day of a covered year belongs to exactly one run; a run is a
--     maximal sequence of consecutive years with data. Days outside every
--     run have no calendar: asking about them returns nil, message.
--  2. run.before[i] is the number of working days of the run before its
--     i-th day, and run.days[k] is the day number of its k-th working day,
--     so the two are inverse of each other.
--  3. position() is non-decreasing in the instant, and the instant returned
--     for a boundary position is the earliest instant having it.
--  4. Nothing changes after new(): a calendar is immutable, and rebuilding
--     one from the same data yields the same answers.
--
-- Errors: misuse (a wrong type, a malformed date, a negative or non-half
-- limit, a > b) raises. A date in a year without calendar data is a
-- condition: the function returns nil and a message naming the year in
-- English and Chinese. An open clock stop makes deadline() return
-- nil, "clock stopped".

local M = {}

local DAY = 86400

-- The methods. Calendar objects reach them through CALENDAR, a locked
-- metatable: a plugin's calendar (api.calendar) shares them with the one
-- the workflow uses, so neither getmetatable(cal) nor cal.__index may hand
-- this table out to be changed.
local Calendar = {}
local CALENDAR = { __index = Calendar, __metatable = false }

-- Calendar arithmetic -------------------------------------------------------

-- Day numbers count from 1970-01-01 (day 0) in the proleptic Gregorian
-- calendar. Both conversions shift the year to start in March, so that the
-- leap day is the last day of the shifted year and month lengths follow the
-- repeating 31-30-31-30-31 pattern from March; 400 Gregorian years are
-- exactly 146097 days, which makes the arithmetic exact for any year.

local DAYS_0000_03_01_TO_EPOCH = 719468 -- day number of 0000-03-01 is -719468

local function day_number(y, m, d)
  if m <= 2 then y = y - 1 end
  local cycle = y // 400
  local year_of_cycle = y - cycle * 400                        -- 0..399
  local month_from_march = (m + 9) % 12                         -- March = 0
  local day_of_year = (153 * month_from_march + 2) // 5 + d - 1 -- 0..365
  local day_of_cycle = year_of_cycle * 365 + year_of_cycle // 4
                       - year_of_cycle // 100 + day_of_year
  return cycle * 146097 + day_of_cycle - DAYS_0000_03_01_TO_EPOCH
end

local function civil_date(n)
  local z = n + DAYS_0000_03_01_TO_EPOCH
  local cycle = z // 146097
  local day_of_cycle = z - cycle * 146097                       -- 0..146096
  -- Years of 365 days, less the leap days that the cycle has not had yet.
  local year_of_cycle = (day_of_cycle - day_of_cycle // 1460
                         + day_of_cycle // 36524 - day_of_cycle // 146096) // 365
  local day_of_year = day_of_cycle - (365 * year_of_cycle + year_of_cycle // 4
                                      - year_of_cycle // 100)
  local month_from_march = (5 * day_of_year + 2) // 153
  local d = day_of_year - (153 * month_from_march + 2) // 5 + 1
  local m = month_from_march < 10 and month_from_march + 3 or month_from_march - 9
  local y = year_of_cycle + cycle * 400
  if m <= 2 then y = y + 1 end
  return y, m, d
end

local function days_in_month(y, m)
  if m == 2 then
    local leap = (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
    return leap and 29 or 28
  end
  return (m == 4 or m == 6 or m == 9 or m == 11) and 30 or 31
end

-- ISO weekday, Monday = 1 .. Sunday = 7; day 0 was a Thursday.
local function weekday(n)
  return (n + 3) % 7 + 1
end

local function format_day(n)
  return string.format("%04d-%02d-%02d", civil_date(n))
end

-- "YYYY-MM-DD" -> day number, year; or nil when the text is not a real date.
local function parse_date(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m < 1 or m > 12 or d < 1 or d > days_in_month(y, m) then return nil end
  return day_number(y, m, d), y
end

local function check_date(s, what, level)
  local n, y = parse_date(s)
  if not n then
    error(string.format("%s: expected a date \"YYYY-MM-DD\", got %s",
                        what, type(s) == "string" and string.format("%q", s) or type(s)),
          level + 1)
  end
  return n, y
end

-- "HH:MM" -> seconds after local midnight.
local function parse_clock(s, what)
  local h, mi
  if type(s) == "string" then h, mi = s:match("^(%d%d?):(%d%d)$") end
  h, mi = tonumber(h), tonumber(mi)
  if not h or h > 24 or mi > 59 or (h == 24 and mi ~= 0) then
    error(string.format("opts.%s: expected a time \"HH:MM\", got %s", what, tostring(s)), 3)
  end
  return h * 3600 + mi * 60
end

-- Instants may arrive as floats from JSON; only whole seconds make sense.
local function check_instant(t, what, level)
  local i = math.type(t) and math.tointeger(t)
  if not i then
    error(string.format("%s: expected an instant in whole Unix seconds, got %s",
                        what, tostring(t)), level + 1)
  end
  return i
end

-- Working days come in half days, so limits are counted in halves inside.
local function check_limit(days, what, level)
  local halves = type(days) == "number" and math.tointeger(days * 2)
  if not halves or halves < 0 then
    error(string.format("%s: expected a number of working days >= 0 in steps of 0.5, got %s",
                        what, tostring(days)), level + 1)
  end
  return halves
end

-- 2 halves -> 1, 3 halves -> 1.5: whole numbers stay integers for display.
local function days_of(halves)
  if halves % 2 == 0 then return halves // 2 end
  return halves / 2
end

local function missing(year)
  return string.format("no working-day calendar for %d / 缺少%d年工作日历", year, year)
end

-- Building ------------------------------------------------------------------

-- Adds every date of a rest or work list to set, checking it lies in year.
-- An entry is a date or a range { "from", "to" } (both inclusive).
local function add_dates(set, list, year, what)
  if list == nil then return end
  if type(list) ~= "table" then error(what .. ": expected a list of dates", 4) end
  for i, entry in ipairs(list) do
    local where = string.format("%s[%d]", what, i)
    local first, last
    if type(entry) == "table" then
      first = check_date(entry[1], where .. "[1]", 4)
      last = check_date(entry[2], where .. "[2]", 4)
      if last < first then error(where .. ": the range ends before it begins", 4) end
    else
      first = check_date(entry, where, 4)
      last = first
    end
    for n = first, last do
      local y = civil_date(n)
      if y ~= year then
        error(string.format("%s: %s is not in %d", where, format_day(n), year), 4)
      end
      set[n] = true
    end
  end
end

-- data.years is either a map { [2026] = { rest = ..., work = ... } } or a
-- list of the catalogue's calendar{} declarations { { year = 2026, ... } }.
local function read_years(years)
  local out = {}
  if years == nil then return out end
  if type(years) ~= "table" then error("data.years: expected a table", 3) end
  for key, spec in pairs(years) do
    if type(spec) ~= "table" then error("data.years[" .. tostring(key) .. "]: expected a table", 3) end
    local year = spec.year or key
    if math.type(year) ~= "integer" or year < 1 or year > 9999 then
      error("data.years[" .. tostring(key) .. "]: expected an integer year", 3)
    end
    if spec.year and math.type(key) == "integer" and key > 1000 and key ~= spec.year then
      error(string.format("data.years[%d]: declares year = %d", key, spec.year), 3)
    end
    if out[year] then error(string.format("data.years: %d is given twice", year), 3) end
    local where = "data.years[" .. year .. "]"
    local rest, work = {}, {}
    add_dates(rest, spec.rest, year, where .. ".rest")
    add_dates(work, spec.work, year, where .. ".work")
    for n in pairs(rest) do
      if work[n] then
        error(string.format("%s: %s is listed both as rest and as work", where, format_day(n)), 3)
      end
    end
    out[year] = { rest = rest, work = work }
  end
  return out
end

-- Returns day number -> reason for every closed day.
local function read_closures(list)
  local out = {}
  if list == nil then return out end
  if type(list) ~= "table" then error("data.closures: expected a list", 3) end
  for i, c in ipairs(list) do
    local where = string.format("data.closures[%d]", i)
    if type(c) ~= "table" then error(where .. ": expected a table", 3) end
    local first, last
    if c.date ~= nil then
      first = check_date(c.date, where .. ".date", 3)
      last = first
    else
      first = check_date(c.from, where .. ".from", 3)
      last = check_date(c.to, where .. ".to", 3)
      if last < first then error(where .. ": the closure ends before it begins", 3) end
    end
    for n = first, last do out[n] = c.reason or true end
  end
  return out
end

-- Builds the runs (invariants 1 and 2) from the years and closures.
local function build_runs(years, closures)
  local list = {}
  for y in pairs(years) do list[#list + 1] = y end
  table.sort(list)
  local runs = {}
  local i = 1
  while i <= #list do
    local j = i
    while list[j + 1] == list[j] + 1 do j = j + 1 end
    local run = {
      first_year = list[i], last_year = list[j],
      first = day_number(list[i], 1, 1), last = day_number(list[j], 12, 31),
      before = {}, working = {}, days = {},
    }
    local count = 0
    for n = run.first, run.last do
      local k = n - run.first + 1
      local spec = years[civil_date(n)]
      local open = spec.work[n] or (weekday(n) <= 5 and not spec.rest[n])
      if closures[n] then open = false end
      run.before[k] = count
      run.working[k] = open
      if open then
        count = count + 1
        run.days[count] = n
      end
    end
    runs[#runs + 1] = run
    i = j + 1
  end
  return runs
end

--- calendar.new(data, opts) -> calendar object.
-- data = { years = { [2026] = { rest = { "2026-01-01", { "2026-02-15", "2026-02-23" } },
--                               work = { "2026-01-04" } } },
--          closures = { { date = "2026-07-10", reason = "..." },
--                       { from = "2026-08-03", to = "2026-08-04", reason = "..." } } }
-- years may also be a list of calendar{} declarations each with a year field.
-- opts = { utc_offset = 28800, office_open = "09:00", noon = "12:00",
--          office_close = "17:00" } (these are the defaults).
-- Raises on malformed data: a bad date, a date outside its year, a date both
-- rest and work, office hours out of order. Building takes well under a
-- millisecond per year, so a county reload simply builds a new one.
function M.new(data, opts)
  if type(data) ~= "table" then error("calendar.new: data must be a table", 2) end
  if opts ~= nil and type(opts) ~= "table" then error("calendar.new: opts must be a table", 2) end
  opts = opts or {}
  local offset = opts.utc_offset or 8 * 3600
  if math.type(offset) ~= "integer" or offset <= -DAY or offset >= DAY then
    error("opts.utc_offset: expected whole seconds between -86400 and 86400", 2)
  end
  local open = parse_clock(opts.office_open or "09:00", "office_open")
  local noon = parse_clock(opts.noon or "12:00", "noon")
  local close = parse_clock(opts.office_close or "17:00", "office_close")
  if not (open < noon and noon < close) then
    error("opts: expected office_open < noon < office_close", 2)
  end
  local years = read_years(data.years)
  local closures = read_closures(data.closures)
  return setmetatable({
    offset = offset, open = open, noon = noon, close = close,
    runs = build_runs(years, closures), closures = closures,
  }, CALENDAR)
end

-- Queries -------------------------------------------------------------------

-- The run holding day n and n's index in it, or nil.
local function find(self, n)
  for _, run in ipairs(self.runs) do
    if n >= run.first and n <= run.last then return run, n - run.first + 1 end
  end
  return nil
end

-- Local day number and seconds after local midnight of an instant.
local function local_day(self, t)
  local lt = t + self.offset
  local n = lt // DAY
  return n, lt - n * DAY
end

local function instant(self, n, seconds)
  return n * DAY + seconds - self.offset
end

--- cal:is_workday(date) -> true | false, or nil, message.
-- date is "YYYY-MM-DD" (raises otherwise). Returns nil, message when the
-- date's year has no calendar data: the answer is never guessed.
function Calendar:is_workday(date)
  local n, y = check_date(date, "is_workday", 2)
  local run, i = find(self, n)
  if not run then return nil, missing(y) end
  return run.working[i]
end

--- cal:date_of(instant) -> "YYYY-MM-DD", the county's local date of a UTC
-- instant. Works for any date, with or without calendar data.
function Calendar:date_of(t)
  t = check_instant(t, "date_of", 2)
  return format_day((local_day(self, t)))
end

--- cal:covered_until(instant) -> "YYYY-MM-DD", days: the last day of the
-- unbroken run of declared years that holds the county's local date of the
-- instant, and how many days after that date it is; nil when that date's
-- year is not declared. Deadlines that reach past it cannot be counted
-- (the answer is never guessed).
function Calendar:covered_until(t)
  t = check_instant(t, "covered_until", 2)
  local n = local_day(self, t)
  local run = find(self, n)
  if not run then return nil end
  return format_day(run.last), run.last - n
end

--- cal:closure(date) -> the reason of a local closure on that date, or nil.
function Calendar:closure(date)
  local n = check_date(date, "closure", 2)
  local reason = self.closures[n]
  if reason == true then return "" end
  return reason
end

-- The position (see the module doc) of instant t: run, half-day index h and
-- the elapsed fraction num/den of that half day. Or nil, message.
local function position(self, t)
  local n, s = local_day(self, t)
  local run, i = find(self, n)
  if not run then return nil, missing((civil_date(n))) end
  local h = 2 * run.before[i]
  if not run.working[i] or s < self.open then return run, h, 0, 1 end
  if s < self.noon then return run, h, s - self.open, self.noon - self.open end
  if s < self.close then return run, h + 1, s - self.noon, self.close - self.noon end
  return run, h + 2, 0, 1
end

-- The earliest instant at boundary position p >= 1 of run: the close of a
-- working day (p even) or its noon (p odd). Or nil, message past the run.
local function boundary_instant(self, run, p)
  local k = (p + 1) // 2
  local n = run.days[k]
  if not n then return nil, missing(run.last_year + 1) end
  return instant(self, n, p % 2 == 0 and self.close or self.noon)
end

-- Position of the close of the acceptance day: the working day an instant
-- is deemed accepted on (itself when it is a working day and not after
-- office_close, else the next working day). Or nil, message.
local function counting_start(self, t)
  local n, s = local_day(self, t)
  local run, i = find(self, n)
  if not run then return nil, missing((civil_date(n))) end
  local b = run.before[i]
  if run.working[i] and s <= self.close then return run, 2 * (b + 1) end
  -- The next working day is the (b + 1)-th of the run when day i is not
  -- working, the (b + 2)-th when it is (day i itself is the (b + 1)-th).
  local k = run.working[i] and b + 2 or b + 1
  if not run.days[k] then return nil, missing(run.last_year + 1) end
  return run, 2 * k
end

-- Working half days between a and b (a <= b), floored. Or nil, message.
local function halves_between(self, a, b)
  local ra, ha, na, da = position(self, a)
  if not ra then return nil, ha end
  local rb, hb, nb, db = position(self, b)
  if rb ~= ra then return nil, missing(ra.last_year + 1) end
  local halves = hb - ha
  -- The fractions are below one, so their difference only decides whether
  -- the last partial half day is complete: compare nb/db with na/da exactly.
  if nb * da < na * db then halves = halves - 1 end
  return halves
end

--- cal:add_workdays(instant, days) -> due instant, or nil, message.
-- days >= 0 in steps of 0.5 (raises otherwise). The acceptance day is not
-- counted: the due instant is office_close of the days-th working day after
-- the acceptance day (noon of the next one for a further half day); with
-- days = 0 it is office_close of the acceptance day. An instant after
-- office_close or on a rest day is accepted on the next working day.
-- Returns nil, message when a year without calendar data is reached.
function Calendar:add_workdays(t, days)
  t = check_instant(t, "add_workdays", 2)
  local halves = check_limit(days, "add_workdays", 2)
  local run, p = counting_start(self, t)
  if not run then return nil, p end
  return boundary_instant(self, run, p + halves)
end

--- cal:workdays_between(a, b) -> working days of clock time from a to b,
-- in steps of 0.5 (rounded down to the half day), or nil, message.
-- Raises unless a <= b. A half day counts when all of it lies between a and
-- b, where a half day partly elapsed at a is completed by the same part at
-- b: Tuesday 10:00 to Thursday 10:00 is 2 days. Counted from
-- add_workdays(t, 0), it is the inverse of add_workdays:
--   cal:workdays_between(cal:add_workdays(t, 0), cal:add_workdays(t, x)) == x
--   cal:add_workdays(t, cal:workdays_between(cal:add_workdays(t, 0), u)) <= u
-- (the latter for every u >= add_workdays(t, 0), with no later half day).
function Calendar:workdays_between(a, b)
  a = check_instant(a, "workdays_between", 2)
  b = check_instant(b, "workdays_between", 2)
  if a > b then error("workdays_between: expected a <= b", 2) end
  local halves, msg = halves_between(self, a, b)
  if not halves then return nil, msg end
  return days_of(halves)
end

-- Sorted copy of stops with overlapping or touching ones merged; an open
-- stop has to = math.huge. Raises on malformed stops.
local function merge_stops(stops, accepted_at)
  if stops == nil then return {} end
  if type(stops) ~= "table" then error("deadline: stops must be a list", 3) end
  local list = {}
  for i, s in ipairs(stops) do
    local where = string.format("deadline: stops[%d]", i)
    if type(s) ~= "table" then error(where .. ": expected { from = instant, to = instant|nil }", 3) end
    local from = check_instant(s.from, where .. ".from", 3)
    local to = s.to == nil and math.huge or check_instant(s.to, where .. ".to", 3)
    if to < from then error(where .. ": ends before it begins", 3) end
    if from < accepted_at then error(where .. ": begins before the application was accepted", 3) end
    list[#list + 1] = { from = from, to = to }
  end
  table.sort(list, function(x, y) return x.from < y.from end)
  local merged = {}
  for _, s in ipairs(list) do
    local last = merged[#merged]
    if last and s.from <= last.to then
      if s.to > last.to then last.to = s.to end
    else
      merged[#merged + 1] = s
    end
  end
  return merged
end

--- cal:deadline(accepted_at, limit, stops) -> due instant, or nil, message.
-- stops = { { from = instant, to = instant | nil }, ... } are clock stops
-- (特别程序 under 行政许可法 art. 45, 补正); to = nil means still stopped.
-- The due instant is add_workdays(accepted_at, limit), moved later by the
-- working days (workdays_between) of every stop that begins before the due
-- instant as moved so far, counted from office_close of the acceptance day
-- (the clock's start); overlapping stops count once. A stop that
-- begins at or after the due instant changes nothing: the case was already
-- due. Returns nil, "clock stopped", remaining (working days left when the
-- clock stopped; all of them for a stop before the clock starts) when an
-- open stop began before the due instant, and nil, message when a year
-- without calendar data is reached. Raises on a malformed stop or one that
-- begins before accepted_at.
function Calendar:deadline(accepted_at, limit, stops)
  accepted_at = check_instant(accepted_at, "deadline", 2)
  local halves = check_limit(limit, "deadline", 2)
  local merged = merge_stops(stops, accepted_at)
  local run, p = counting_start(self, accepted_at)
  if not run then return nil, p end
  local due_at = p + halves
  local due, msg = boundary_instant(self, run, due_at)
  if not due then return nil, msg end
  -- The clock starts at office_close of the acceptance day: the part of a
  -- stop before that (the rest of the acceptance day, or the evening of an
  -- application accepted after hours) stops nothing.
  local start = boundary_instant(self, run, p)
  for _, s in ipairs(merged) do
    if s.from >= due then break end
    local from = math.max(s.from, start)
    if s.to == math.huge then
      local left = halves_between(self, from, due)
      return nil, "clock stopped", left and days_of(left)
    end
    if s.to > from then
      local stopped, err = halves_between(self, from, s.to)
      if not stopped then return nil, err end
      -- due sits on a boundary, so moving it is exact position arithmetic.
      due_at = due_at + stopped
      due, msg = boundary_instant(self, run, due_at)
      if not due then return nil, msg end
    end
  end
  return due
end

--- cal:info(instant, limit) -> table for guide pages, or nil, message.
-- { accepted_on = "YYYY-MM-DD"  the working day the application counts as
--                               accepted on (after hours: the next one),
--   counting_from = "YYYY-MM-DD" the first working day counted (absent
--                               when it falls in a year without data),
--   limit = limit, due = instant, due_date = "YYYY-MM-DD",
--   due_text = "2026年10月9日17:00前" }.
-- Raises like add_workdays.
function Calendar:info(t, limit)
  t = check_instant(t, "info", 2)
  local halves = check_limit(limit, "info", 2)
  local run, p = counting_start(self, t)
  if not run then return nil, p end
  local due, msg = boundary_instant(self, run, p + halves)
  if not due then return nil, msg end
  local accepted = run.days[p // 2]
  local first = run.days[p // 2 + 1]
  local n, s = local_day(self, due)
  local y, m, d = civil_date(n)
  return {
    accepted_on = format_day(accepted),
    counting_from = first and format_day(first),
    limit = limit,
    due = due,
    due_date = format_day(n),
    due_text = string.format("%d年%d月%d日%02d:%02d前", y, m, d, s // 3600, s % 3600 // 60),
  }
end

return M
