-- Specifications of banshi.calendar: working days, deadlines, clock stops.
--
-- The data are the State Council schedules for 2025 and 2026 as given in
-- shared/DOMAIN.md (beside the repository). Instants in the cases are written as Shanghai wall
-- clock times and converted by a deliberately naive helper (a loop over
-- years and months), so the module's own date arithmetic is checked against
-- an independent one, and both against os.date("!...") which is UTC and so
-- independent of the process time zone.

local calendar = require "banshi.calendar"
local helper = require "helper"

local suite = helper.suite()
local function case(name, fn) suite:case(name, fn) end
local eq = helper.eq

-- Like helper.truthy, with a formatted message.
local function check(cond, msg, ...)
  if not cond then error(string.format(msg, ...), 2) end
end

-- Test data ------------------------------------------------------------------

local YEAR_2025 = {
  rest = { "2025-01-01", { "2025-01-28", "2025-02-04" }, { "2025-04-04", "2025-04-06" },
           { "2025-05-01", "2025-05-05" }, { "2025-05-31", "2025-06-02" },
           { "2025-10-01", "2025-10-08" } },
  work = { "2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11" },
}
local YEAR_2026 = {
  rest = { { "2026-01-01", "2026-01-03" }, { "2026-02-15", "2026-02-23" },
           { "2026-04-04", "2026-04-06" }, { "2026-05-01", "2026-05-05" },
           { "2026-06-19", "2026-06-21" }, { "2026-09-25", "2026-09-27" },
           { "2026-10-01", "2026-10-07" } },
  work = { "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10" },
}

local function national(closures, extra)
  local years = { [2025] = YEAR_2025, [2026] = YEAR_2026 }
  for y, spec in pairs(extra or {}) do years[y] = spec end
  return calendar.new({ years = years, closures = closures })
end

local cal = national()

-- Shanghai wall clock "YYYY-MM-DD HH:MM" -> Unix seconds, the slow way.
local MONTH_DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }
local function is_leap(y) return (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0 end
local function at(s, offset)
  local y, m, d, hh, mi = s:match("^(%d+)-(%d+)-(%d+) (%d+):(%d+)$")
  y, m, d, hh, mi = tonumber(y), tonumber(m), tonumber(d), tonumber(hh), tonumber(mi)
  local days = 0
  for year = 1970, y - 1 do days = days + (is_leap(year) and 366 or 365) end
  for month = 1, m - 1 do
    days = days + MONTH_DAYS[month] + ((month == 2 and is_leap(y)) and 1 or 0)
  end
  days = days + d - 1
  return days * 86400 + hh * 3600 + mi * 60 - (offset or 8 * 3600)
end

-- Unix seconds -> Shanghai wall clock "YYYY-MM-DD HH:MM", through os.date.
local function wall(t)
  if t == nil then return "nil" end
  return os.date("!%Y-%m-%d %H:%M", t + 8 * 3600)
end

local function due_is(got, want, what)
  eq(wall(got), want, what)
end

-- Working days -----------------------------------------------------------------

case("ordinary weekdays work and weekends rest when the schedule lists neither", function()
  eq(cal:is_workday("2026-03-09"), true, "Monday 9 March 2026")
  eq(cal:is_workday("2026-03-13"), true, "Friday 13 March 2026")
  eq(cal:is_workday("2026-03-14"), false, "Saturday 14 March 2026")
  eq(cal:is_workday("2026-03-15"), false, "Sunday 15 March 2026")
end)

case("Spring Festival 2026 rests 15 to 23 February and works Saturdays 14 and 28 February", function()
  eq(cal:is_workday("2026-02-13"), true, "Fri 13 Feb")
  eq(cal:is_workday("2026-02-14"), true, "Sat 14 Feb, 调休上班")
  for d = 15, 23 do
    eq(cal:is_workday(string.format("2026-02-%02d", d)), false, "Feb " .. d)
  end
  eq(cal:is_workday("2026-02-24"), true, "Tue 24 Feb")
  eq(cal:is_workday("2026-02-28"), true, "Sat 28 Feb, 调休上班")
  eq(cal:is_workday("2026-03-01"), false, "Sun 1 Mar")
end)

case("National Day 2025 rests 1 to 8 October and works Sunday 28 September and Saturday 11 October", function()
  eq(cal:is_workday("2025-09-27"), false, "Sat 27 Sep")
  eq(cal:is_workday("2025-09-28"), true, "Sun 28 Sep")
  for d = 1, 8 do
    eq(cal:is_workday(string.format("2025-10-%02d", d)), false, "Oct " .. d)
  end
  eq(cal:is_workday("2025-10-11"), true, "Sat 11 Oct")
  eq(cal:is_workday("2025-10-12"), false, "Sun 12 Oct")
end)

case("National Day 2026 rests 1 to 7 October and works Saturday 10 October", function()
  for d = 1, 7 do
    eq(cal:is_workday(string.format("2026-10-%02d", d)), false, "Oct " .. d)
  end
  eq(cal:is_workday("2026-10-08"), true, "Thu 8 Oct")
  eq(cal:is_workday("2026-10-10"), true, "Sat 10 Oct")
  eq(cal:is_workday("2026-10-11"), false, "Sun 11 Oct")
end)

case("a year without calendar data is an error naming the year, never a guess", function()
  local ok, msg = cal:is_workday("2027-01-04")
  eq(ok, nil, "is_workday in 2027")
  eq(msg, "no working-day calendar for 2027 / 缺少2027年工作日历", "message")
  ok, msg = cal:is_workday("2024-12-31")
  eq(ok, nil, "is_workday in 2024")
  check(msg:find("2024", 1, true), "message names 2024: %s", msg)
end)

case("a local closure is not a working day, for one date or a range", function()
  local c = national({ { date = "2026-07-10", reason = "停电检修" },
                       { from = "2026-08-03", to = "2026-08-04", reason = "搬迁" } })
  eq(c:is_workday("2026-07-10"), false, "closed Friday 10 July")
  eq(c:is_workday("2026-08-03"), false, "closed Monday 3 August")
  eq(c:is_workday("2026-08-04"), false, "closed Tuesday 4 August")
  eq(c:is_workday("2026-08-05"), true, "open Wednesday 5 August")
  eq(c:closure("2026-07-10"), "停电检修", "reason")
  eq(c:closure("2026-07-09"), nil, "no closure")
  -- Accepted Thursday 9 July, 1 day: Friday is closed, so Monday 13 July.
  due_is(c:add_workdays(at("2026-07-09 10:00"), 1), "2026-07-13 17:00", "due")
  due_is(cal:add_workdays(at("2026-07-09 10:00"), 1), "2026-07-10 17:00", "due without closure")
end)

-- add_workdays -------------------------------------------------------------------

case("the acceptance day is not counted: 1 day from Tuesday morning is due Wednesday 17:00", function()
  due_is(cal:add_workdays(at("2026-03-10 10:00"), 1), "2026-03-11 17:00", "1 day")
  due_is(cal:add_workdays(at("2026-03-10 10:00"), 3), "2026-03-13 17:00", "3 days")
  due_is(cal:add_workdays(at("2026-03-10 10:00"), 5), "2026-03-17 17:00", "5 days over a weekend")
end)

case("a limit of 0 (即办件) is due at office close of the acceptance day", function()
  due_is(cal:add_workdays(at("2026-03-10 10:00"), 0), "2026-03-10 17:00", "Tuesday")
  due_is(cal:add_workdays(at("2026-03-13 17:30"), 0), "2026-03-16 17:00", "after hours Friday")
  due_is(cal:add_workdays(at("2026-03-15 11:00"), 0), "2026-03-16 17:00", "on a Sunday")
end)

case("half days: N + 0.5 is due at noon of the (N+1)-th working day", function()
  due_is(cal:add_workdays(at("2026-03-10 10:00"), 0.5), "2026-03-11 12:00", "0.5")
  due_is(cal:add_workdays(at("2026-03-10 15:00"), 2.5), "2026-03-13 12:00", "2.5")
  due_is(cal:add_workdays(at("2026-03-12 10:00"), 1.5), "2026-03-16 12:00", "1.5 over a weekend")
end)

case("an acceptance at 17:30 on a Friday counts as accepted on Monday", function()
  local t = at("2026-03-13 17:30")
  due_is(cal:add_workdays(t, 1), "2026-03-17 17:00", "1 day: Tuesday")
  local info = cal:info(t, 1)
  eq(info.accepted_on, "2026-03-16", "accepted_on")
  eq(info.counting_from, "2026-03-17", "counting_from")
  -- The same Friday within hours counts Monday as day 1.
  due_is(cal:add_workdays(at("2026-03-13 16:59"), 1), "2026-03-16 17:00", "within hours")
end)

case("an acceptance at exactly office close still counts that day; before opening too", function()
  due_is(cal:add_workdays(at("2026-03-13 17:00"), 1), "2026-03-16 17:00", "at 17:00")
  due_is(cal:add_workdays(at("2026-03-13 07:45"), 1), "2026-03-16 17:00", "at 07:45")
end)

case("an acceptance on a Sunday counts as accepted on Monday", function()
  local t = at("2026-03-15 10:00")
  due_is(cal:add_workdays(t, 1), "2026-03-17 17:00", "1 day")
  due_is(cal:add_workdays(t, 0.5), "2026-03-17 12:00", "0.5 day")
  eq(cal:info(t, 1).accepted_on, "2026-03-16", "accepted_on")
end)

case("adjusted weekend working days (调休上班) count toward a limit", function()
  -- Thursday 12 Feb 2026: Fri 13 is day 1, Sat 14 (调休) day 2, then the
  -- festival, and Tue 24 day 3.
  local t = at("2026-02-12 10:00")
  due_is(cal:add_workdays(t, 1), "2026-02-13 17:00", "1")
  due_is(cal:add_workdays(t, 2), "2026-02-14 17:00", "2: Saturday 14 Feb")
  due_is(cal:add_workdays(t, 2.5), "2026-02-24 12:00", "2.5")
  due_is(cal:add_workdays(t, 3), "2026-02-24 17:00", "3")
  -- National Day 2025 from Friday 26 Sep: Sun 28 Sep is day 1.
  local n = at("2025-09-26 10:00")
  due_is(cal:add_workdays(n, 1), "2025-09-28 17:00", "Sun 28 Sep")
  due_is(cal:add_workdays(n, 3), "2025-09-30 17:00", "Tue 30 Sep")
  due_is(cal:add_workdays(n, 4), "2025-10-09 17:00", "after the holiday")
  due_is(cal:add_workdays(n, 6), "2025-10-11 17:00", "Sat 11 Oct")
  due_is(cal:add_workdays(n, 7), "2025-10-13 17:00", "Mon 13 Oct")
end)

case("guide page text for an acceptance before National Day 2026", function()
  local info = cal:info(at("2026-09-30 10:00"), 2)
  eq(info.accepted_on, "2026-09-30", "accepted_on")
  eq(info.counting_from, "2026-10-08", "counting_from")
  eq(info.due_date, "2026-10-09", "due_date")
  eq(info.due_text, "2026年10月9日17:00前", "due_text")
  eq(wall(info.due), "2026-10-09 17:00", "due")
  eq(cal:info(at("2026-10-09 10:00"), 0.5).due_text, "2026年10月10日12:00前", "half day")
  -- 即办件 on the last working day with data: due known, counting_from not.
  local last = cal:info(at("2026-12-31 10:00"), 0)
  eq(last.due_text, "2026年12月31日17:00前", "last day")
  eq(last.counting_from, nil, "counting_from in 2027")
  eq(cal:info(at("2026-12-31 10:00"), 1), nil, "1 day into 2027")
end)

case("a 20-day limit accepted in December 2025 runs into January 2026", function()
  -- Dec 16-31 hold 12 working days; 1-3 Jan rest; Sun 4 Jan (调休) is 13;
  -- 5-9 Jan are 14-18; Mon 12 is 19 and Tue 13 is 20.
  due_is(cal:add_workdays(at("2025-12-15 10:00"), 20), "2026-01-13 17:00", "20 days")
  eq(cal:workdays_between(cal:add_workdays(at("2025-12-15 10:00"), 0),
                          at("2026-01-13 17:00")), 20, "counted back")
end)

case("running past the last year with data returns nil and names the missing year", function()
  local due, msg = cal:add_workdays(at("2026-12-21 10:00"), 20)
  eq(due, nil, "due")
  eq(msg, "no working-day calendar for 2027 / 缺少2027年工作日历", "message")
  due_is(cal:add_workdays(at("2026-12-30 10:00"), 1), "2026-12-31 17:00", "still inside 2026")
  eq(cal:add_workdays(at("2027-03-01 10:00"), 1), nil, "accepted in 2027")
  eq(cal:add_workdays(at("2026-12-31 18:00"), 0), nil, "after hours on the last day")
  eq(select(2, cal:workdays_between(at("2026-12-30 10:00"), at("2027-01-05 10:00"))),
     "no working-day calendar for 2027 / 缺少2027年工作日历", "workdays_between")
  -- A gap year between two years with data is reported too.
  local gap = calendar.new({ years = { [2025] = YEAR_2025, [2027] = {} } })
  eq(select(2, gap:add_workdays(at("2025-12-30 10:00"), 5)),
     "no working-day calendar for 2026 / 缺少2026年工作日历", "gap year")
end)

-- workdays_between ------------------------------------------------------------------

case("Tuesday 10:00 to Thursday 10:00 across no holiday is 2.0 working days", function()
  eq(cal:workdays_between(at("2026-03-10 10:00"), at("2026-03-12 10:00")), 2, "Tue-Thu")
  eq(cal:workdays_between(at("2026-03-13 10:00"), at("2026-03-16 10:00")), 1, "Fri-Mon")
  eq(cal:workdays_between(at("2026-03-10 10:00"), at("2026-03-10 10:00")), 0, "empty")
end)

case("workdays_between counts whole half days and rounds a partial one down", function()
  eq(cal:workdays_between(at("2026-03-10 09:00"), at("2026-03-10 12:00")), 0.5, "a morning")
  eq(cal:workdays_between(at("2026-03-10 12:00"), at("2026-03-10 17:00")), 0.5, "an afternoon")
  eq(cal:workdays_between(at("2026-03-10 08:00"), at("2026-03-10 18:00")), 1, "a whole day")
  eq(cal:workdays_between(at("2026-03-10 10:00"), at("2026-03-10 13:00")), 0, "less than a half")
  eq(cal:workdays_between(at("2026-03-10 10:00"), at("2026-03-11 10:00")), 1, "one day")
  eq(cal:workdays_between(at("2026-03-10 10:00"), at("2026-03-11 09:59")), 0.5, "a minute short")
  eq(cal:workdays_between(at("2026-03-14 10:00"), at("2026-03-15 16:00")), 0, "a weekend")
  eq(cal:workdays_between(at("2026-02-13 17:00"), at("2026-02-24 17:00")), 2, "Spring Festival")
end)

-- deadline and clock stops -------------------------------------------------------------

case("a deadline without stops is add_workdays", function()
  local t = at("2026-03-10 10:00")
  eq(cal:deadline(t, 5, {}), cal:add_workdays(t, 5), "empty list")
  eq(cal:deadline(t, 5), cal:add_workdays(t, 5), "no list")
end)

case("a stop spanning National Day 2026 extends the deadline by its working days only", function()
  -- Accepted Mon 21 Sep, 10 days: 22,23,24 | 28,29,30 | 8,9,10(Sat) | 12 Oct.
  local t = at("2026-09-21 10:00")
  due_is(cal:add_workdays(t, 10), "2026-10-12 17:00", "without stop")
  local stop = { from = at("2026-09-29 10:00"), to = at("2026-10-09 10:00") }
  eq(cal:workdays_between(stop.from, stop.to), 3, "stop length: 29, 30 Sep, 8 Oct")
  due_is(cal:deadline(t, 10, { stop }), "2026-10-15 17:00", "with stop")
end)

case("stops that overlap count once and a stop after the due date changes nothing", function()
  local t = at("2026-03-02 10:00")                        -- 5 days: Mon 9 March
  due_is(cal:deadline(t, 5, {}), "2026-03-09 17:00", "no stops")
  local a = { from = at("2026-03-03 10:00"), to = at("2026-03-05 10:00") } -- 2 days
  local b = { from = at("2026-03-04 10:00"), to = at("2026-03-06 10:00") } -- overlaps a
  due_is(cal:deadline(t, 5, { a }), "2026-03-11 17:00", "one stop")
  due_is(cal:deadline(t, 5, { b, a }), "2026-03-12 17:00", "merged: Tue 10:00 to Fri 10:00")
  local late = { from = at("2026-03-09 17:00"), to = at("2026-03-20 10:00") }
  due_is(cal:deadline(t, 5, { late }), "2026-03-09 17:00", "stop at the due instant")
end)

case("a stop that begins only within the extended time still counts", function()
  local t = at("2026-03-02 10:00")
  local first = { from = at("2026-03-03 10:00"), to = at("2026-03-05 10:00") }  -- due -> Wed 11
  local second = { from = at("2026-03-10 10:00"), to = at("2026-03-11 10:00") } -- after Mon 9
  due_is(cal:deadline(t, 5, { second, first }), "2026-03-12 17:00", "both count")
  due_is(cal:deadline(t, 5, { second }), "2026-03-09 17:00", "alone it is too late")
end)

case("half-day stops move the deadline to noon", function()
  local t = at("2026-03-02 10:00")
  local morning = { from = at("2026-03-04 09:00"), to = at("2026-03-04 12:00") }
  due_is(cal:deadline(t, 5, { morning }), "2026-03-10 12:00", "5 + 0.5")
  due_is(cal:deadline(t, 4.5, { morning }), "2026-03-09 17:00", "4.5 + 0.5")
end)

case("an open stop means the deadline is not yet known", function()
  local t = at("2026-03-02 10:00")
  local due, msg, left = cal:deadline(t, 5, { { from = at("2026-03-05 10:00") } })
  eq(due, nil, "due")
  eq(msg, "clock stopped", "message")
  eq(left, 2.5, "working days left: Thu afternoon, Fri, Mon")
  -- Opened after the due instant: the case was already due.
  due_is(cal:deadline(t, 5, { { from = at("2026-03-10 10:00") } }), "2026-03-09 17:00", "late")
end)

case("a stop opened before the count starts leaves the whole limit, at any hour", function()
  -- Accepted Monday 2 March; counting starts on Tuesday. A special procedure
  -- started the same day, before opening, in the morning, in the afternoon
  -- or after hours (then the acceptance day is Tuesday) leaves all 5 days.
  for _, case_at in ipairs({ { "2026-03-02 08:00", "2026-03-02 08:00" }, { "2026-03-02 10:00", "2026-03-02 10:00" },
    { "2026-03-02 10:00", "2026-03-02 15:00" }, { "2026-03-02 17:30", "2026-03-02 17:45" },
    { "2026-03-02 17:30", "2026-03-03 10:00" } }) do
    local _, msg, left = cal:deadline(at(case_at[1]), 5, { { from = at(case_at[2]) } })
    eq(msg, "clock stopped", "message, accepted " .. case_at[1])
    eq(left, 5, ("days left, accepted %s, stopped %s"):format(case_at[1], case_at[2]))
  end
  -- Once counting has started, what is left is the working time to the due instant.
  local _, _, left = cal:deadline(at("2026-03-02 17:30"), 5, { { from = at("2026-03-04 10:00") } })
  eq(left, 4.5, "accepted after hours Monday, due Tuesday 10 March; stopped Wednesday 10:00: Wed afternoon to Tue")
end)

case("a deadline pushed into a year without data returns nil and the year", function()
  local t = at("2026-12-01 10:00")
  local stop = { from = at("2026-12-02 10:00"), to = at("2026-12-30 10:00") }
  local due, msg = cal:deadline(t, 10, { stop })
  eq(due, nil, "due")
  eq(msg, "no working-day calendar for 2027 / 缺少2027年工作日历", "message")
end)

-- Time zone -------------------------------------------------------------------------------

case("16:30 UTC is 00:30 the next day in Shanghai", function()
  local t = at("2026-03-09 16:30", 0)                 -- Monday 16:30 UTC
  eq(cal:date_of(t), "2026-03-10", "Shanghai date")
  local utc = calendar.new({ years = { [2026] = YEAR_2026 } }, { utc_offset = 0 })
  eq(utc:date_of(t), "2026-03-09", "UTC date")
  -- In Shanghai this is 00:30 Tuesday, before opening: accepted Tuesday.
  due_is(cal:add_workdays(t, 1), "2026-03-11 17:00", "Shanghai")
  -- At UTC+0 it is Monday 16:30, within hours: accepted Monday.
  eq(utc:add_workdays(t, 1), at("2026-03-10 17:00", 0), "UTC")
  -- 09:30 UTC on a Friday is 17:30 in Shanghai: after hours.
  due_is(cal:add_workdays(at("2026-03-13 09:30", 0), 0), "2026-03-16 17:00", "after hours")
end)

case("date_of agrees with os.date in UTC for instants from 1900 to 2200", function()
  math.randomseed(7)
  local lo, hi = at("1900-01-01 00:00"), at("2200-12-31 23:59")
  for _ = 1, 3000 do
    local t = math.random(lo, hi)
    eq(cal:date_of(t), os.date("!%Y-%m-%d", t + 8 * 3600), "date of " .. t)
  end
  eq(cal:date_of(at("2000-02-29 00:00")), "2000-02-29", "leap day 2000")
  eq(cal:date_of(at("1970-01-01 00:00")), "1970-01-01", "epoch")
end)

-- Input ------------------------------------------------------------------------------------

case("years may be the catalogue's calendar{} declarations, with ranges or single dates", function()
  local expanded = {}
  local n = (at("2026-02-15 00:00") + 8 * 3600) // 86400
  for i = 0, 8 do expanded[#expanded + 1] = os.date("!%Y-%m-%d", (n + i) * 86400) end
  local a = calendar.new({ years = { { year = 2026, rest = expanded, work = { "2026-02-14" } } } })
  local b = calendar.new({ years = { [2026] = { rest = { { "2026-02-15", "2026-02-23" } },
                                                work = { "2026-02-14" } } } })
  for d = 10, 28 do
    local date = string.format("2026-02-%02d", d)
    eq(a:is_workday(date), b:is_workday(date), date)
  end
end)

case("misuse raises: bad dates, limits, instants, stops and options", function()
  local function raises(fn, pattern)
    local ok, err = pcall(fn)
    check(not ok, "expected an error matching %q", pattern)
    check(tostring(err):find(pattern, 1, true), "error %q lacks %q", tostring(err), pattern)
  end
  local t = at("2026-03-10 10:00")
  raises(function() cal:is_workday("2026-02-30") end, "YYYY-MM-DD")
  raises(function() cal:is_workday(20260210) end, "YYYY-MM-DD")
  raises(function() cal:add_workdays(t, -1) end, "steps of 0.5")
  raises(function() cal:add_workdays(t, 0.3) end, "steps of 0.5")
  raises(function() cal:add_workdays(t, "2") end, "steps of 0.5")
  raises(function() cal:add_workdays(t + 0.5, 1) end, "whole Unix seconds")
  raises(function() cal:workdays_between(t, t - 1) end, "a <= b")
  raises(function() cal:deadline(t, 1, { { from = t - 60, to = t } }) end, "before the application")
  raises(function() cal:deadline(t, 1, { { from = t + 60, to = t } }) end, "ends before it begins")
  raises(function() calendar.new({}, { office_close = "5pm" }) end, "office_close")
  raises(function() calendar.new({}, { noon = "18:00" }) end, "office_open < noon")
  raises(function() calendar.new({ years = { [2026] = { rest = { "2025-12-31" } } } }) end,
         "is not in 2026")
  raises(function()
    calendar.new({ years = { [2026] = { rest = { "2026-02-14" }, work = { "2026-02-14" } } } })
  end, "both as rest and as work")
  raises(function() calendar.new({ closures = { { from = "2026-07-10" } } }) end, ".to")
  -- Float instants with whole values (from JSON) are accepted.
  eq(cal:add_workdays(t + 0.0, 1), cal:add_workdays(t, 1), "float instant")
end)

-- Properties -------------------------------------------------------------------------------

-- Random instants over 2025 up to the end of October 2026, so that limits of
-- up to 30 days stay inside the data; limits in half days.
local FIRST, LAST = at("2025-01-01 00:00"), at("2026-10-31 23:59")
local function random_case()
  return math.random(FIRST, LAST), math.random(0, 60) / 2
end

case("property: counting from the start of counting gives back the limit", function()
  math.randomseed(20260101)
  for _ = 1, 3000 do
    local t, limit = random_case()
    local start = cal:add_workdays(t, 0)
    local due = cal:add_workdays(t, limit)
    eq(cal:workdays_between(start, due), limit, "limit from " .. wall(t))
  end
end)

case("property: adding the counted days lands at or before u, half a day more lands after", function()
  math.randomseed(20260102)
  for _ = 1, 3000 do
    local t = math.random(FIRST, LAST)
    local start = cal:add_workdays(t, 0)
    local u = start + math.random(0, 40 * 86400)
    local counted = cal:workdays_between(start, u)
    local due = cal:add_workdays(t, counted)
    check(due <= u, "%s + %s lands at %s after %s", wall(t), counted, wall(due), wall(u))
    check(cal:add_workdays(t, counted + 0.5) > u, "%s: %s is not the most", wall(t), counted)
  end
end)

case("property: from office close the two functions are exact inverses", function()
  math.randomseed(20260103)
  local n = 0
  while n < 1000 do
    local t = math.random(FIRST, LAST)
    t = t - (t + 8 * 3600) % 86400 + 17 * 3600     -- 17:00 that day
    if cal:is_workday(cal:date_of(t)) then
      n = n + 1
      local limit = math.random(0, 60) / 2
      eq(cal:add_workdays(t, 0), t, "close is its own start")
      eq(cal:workdays_between(t, cal:add_workdays(t, limit)), limit, "inverse at " .. wall(t))
      local u = t + math.random(0, 40 * 86400)
      check(cal:add_workdays(t, cal:workdays_between(t, u)) <= u, "lands after u")
    end
  end
end)

case("property: the due instant grows with the limit and never precedes acceptance", function()
  math.randomseed(20260104)
  for _ = 1, 3000 do
    local t, limit = random_case()
    local due = cal:add_workdays(t, limit)
    check(due >= t, "due %s before acceptance %s", wall(due), wall(t))
    local later = cal:add_workdays(t, limit + 0.5)
    check(later > due, "limit %s+0.5 from %s is not later", limit, wall(t))
    local hm = wall(due):sub(12)
    check(hm == "17:00" or hm == "12:00", "due at %s", wall(due))
  end
end)

case("property: workdays_between splits at any instant, losing at most half a day", function()
  math.randomseed(20260105)
  for _ = 1, 3000 do
    local a = math.random(FIRST, LAST)
    local b = a + math.random(0, 20 * 86400)
    local m = math.random(a, b)
    local whole = cal:workdays_between(a, b)
    local parts = cal:workdays_between(a, m) + cal:workdays_between(m, b)
    check(whole == parts or whole == parts + 0.5, "%s..%s..%s: %s vs %s",
          wall(a), wall(m), wall(b), whole, parts)
  end
end)

case("a stop before the clock starts stops nothing: the whole limit is left", function()
  -- A working day: accepted at 10:00, and after office_close (counted as
  -- accepted on the next working day); stopped a minute later each time.
  for _, t in ipairs({ at("2026-03-10 10:00"), at("2026-03-10 20:00") }) do -- a Tuesday
    local due = cal:add_workdays(t, 5)
    local got, why, left = cal:deadline(t, 5, { { from = t + 60 } })
    check(got == nil and why == "clock stopped" and left == 5, "%s: %s %s %s", wall(t), got, why, left)
    -- Closed again before the clock starts: the due instant does not move.
    local until_close = cal:add_workdays(t, 0)
    eq(cal:deadline(t, 5, { { from = t + 60, to = until_close } }), due, "closed before the start " .. wall(t))
  end
end)

case("property: a closed stop before the due instant moves it by its working days", function()
  math.randomseed(20260106)
  for _ = 1, 2000 do
    local t, limit = random_case()
    local due = cal:add_workdays(t, limit)
    local from = math.random(t, due)
    local to = from + math.random(0, 10 * 86400)
    -- The clock starts at office_close of the acceptance day.
    local counted_from = math.max(from, cal:add_workdays(t, 0))
    local stop = to > counted_from and cal:workdays_between(counted_from, to) or 0
    local got = cal:deadline(t, limit, { { from = from, to = to } })
    if from < due then
      eq(got, cal:add_workdays(t, limit + stop), "stop from " .. wall(from))
    else
      eq(got, due, "stop at the due instant")
    end
  end
end)

case("recomputed on a rebuilt calendar, deadlines stay when no date in range changed", function()
  -- The rebuilt calendar adds a year (synthetic data, for the test only)
  -- and a closure on 28 December 2026. The random deadlines end by about
  -- 18 December (30 days from 31 October plus a stop of 5 days at most), so
  -- none may move.
  local rebuilt = national({ { date = "2026-12-28", reason = "test" } },
                           { [2027] = { rest = { { "2027-01-01", "2027-01-03" } } } })
  math.randomseed(20260107)
  for _ = 1, 2000 do
    local t, limit = random_case()
    local from = math.random(t, t + 20 * 86400)
    local stops = { { from = from, to = from + math.random(0, 5 * 86400) } }
    eq(rebuilt:deadline(t, limit, stops), cal:deadline(t, limit, stops), "deadline from " .. wall(t))
  end
  -- And the new year is reachable now.
  due_is(rebuilt:add_workdays(at("2026-12-30 10:00"), 2), "2027-01-04 17:00", "into 2027")
  -- A deadline whose range holds the changed date does move.
  due_is(cal:add_workdays(at("2026-12-24 10:00"), 2), "2026-12-28 17:00", "old")
  due_is(rebuilt:add_workdays(at("2026-12-24 10:00"), 2), "2026-12-29 17:00", "new")
end)

case("the methods cannot be reached to be changed: a plugin's calendar shares them with the workflow's", function()
  local mine, other = national(), national()
  eq(getmetatable(mine), false, "getmetatable")
  eq(mine.__index, nil, "__index through the object")
  check(not pcall(setmetatable, mine, {}), "setmetatable")
  mine.date_of = function() return "changed" end -- its own field only
  eq(other:date_of(at("2026-03-02 10:00")), "2026-03-02", "another calendar")
end)

case("building a calendar is cheap enough to redo on every county reload", function()
  local t0 = os.clock()
  for _ = 1, 20 do national() end
  local each = (os.clock() - t0) / 20
  check(each < 0.02, "building took %.1f ms", each * 1000)
end)

case("covered_until names the end of the run of years holding the local date", function()
  local last, left = cal:covered_until(at("2026-12-07 10:00"))
  eq(last, "2026-12-31", "last day")
  eq(left, 24, "days left")
  -- 2025 and 2026 are one run: from early 2025 the run still ends in 2026.
  eq((cal:covered_until(at("2025-01-01 00:30"))), "2026-12-31", "from 2025")
  -- Local time: 31 Dec 2026 23:30 in Shanghai is still covered, with 0 left.
  last, left = cal:covered_until(at("2026-12-31 23:30"))
  eq(last, "2026-12-31", "last evening")
  eq(left, 0, "none left")
  eq(cal:covered_until(at("2027-01-01 00:30")), nil, "a year not declared")
  -- A gap: 2028 alone is its own run.
  local gap = national(nil, { [2028] = { year = 2028, rest = {}, work = {} } })
  eq((gap:covered_until(at("2028-03-01 12:00"))), "2028-12-31", "the later run")
  eq((gap:covered_until(at("2026-03-01 12:00"))), "2026-12-31", "the earlier run")
end)

return suite
