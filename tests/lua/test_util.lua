-- banshi.catalog.util: credit codes, dates, edit distance.

local util = require "banshi.catalog.util"
local h = require "helper"

local t = h.suite()

t:case("credit code check digits follow GB 32100-2015", function()
  h.eq(util.check_credit_code("91350100M000100Y43"), true, "a published code")
  h.eq(util.check_credit_code("11130224000012345W"), true, "fixture code")
  h.eq(util.check_credit_code("11130224000012345X"), false, "wrong check digit")
  h.eq(util.check_credit_code("1113022400001234"), false, "too short")
  h.eq(util.check_credit_code("11130224000012345I"), false, "I is not in the set")
  h.eq(util.credit_check_char("11130224000012345"), "W", "check char")
end)

t:case("comparison_keys finds t[a ~= b] in code, not in strings, comments or call arguments", function()
  local src = table.concat({
    "local a = T[x ~= nil]",      -- 1
    "local b = T[(x or 0) < 3]",  -- 2
    "local c = T[f(x == y)]",     -- 3: a call's argument
    "local d = { [x ~= nil] = 1 }", -- 4: a constructor's key
    "local e = 'T[x ~= nil]'",    -- 5
    "-- T[x ~= nil]",             -- 6
    "local g = T[x] == y",        -- 7
    "T[x <= 5] = 1",              -- 8
    "local i = T[x << 2]",        -- 9: a shift
    "local s = [[ T[a==b] ]]",    -- 10
    "return T.a[y >= 1]",         -- 11
  }, "\n")
  h.eq(table.concat(util.comparison_keys(src), ","), "1,2,8,11", "lines")
  h.eq(#util.comparison_keys("local t = { 1, 2 }\nreturn t[1] == 2\n"), 0, "nothing to report")
end)

t:case("dates are real calendar days", function()
  h.truthy(util.parse_date("2024-02-29"), "leap day 2024")
  h.eq(util.parse_date("2026-02-29"), nil, "no leap day 2026")
  h.eq(util.parse_date("1900-02-29"), nil, "1900 was not leap")
  h.truthy(util.parse_date("2000-02-29"), "2000 was leap")
  h.eq(util.parse_date("2026-13-01"), nil, "month 13")
  h.eq(util.parse_date("2026-1-01"), nil, "unpadded month")
end)

t:case("day numbers round-trip and weekdays are right", function()
  h.eq(util.day_number("1970-01-01"), 0, "epoch")
  h.eq(util.civil_from_days(util.day_number("2026-12-31") + 1), "2027-01-01", "year end")
  h.eq(util.weekday(util.day_number("2026-01-04")), 7, "4 Jan 2026 is a Sunday")
  h.eq(util.weekday(util.day_number("2026-02-14")), 6, "14 Feb 2026 is a Saturday")
  for n = -1000, 100000, 997 do h.eq(util.day_number(util.civil_from_days(n)), n, "round trip") end
end)

t:case("edit distance and suggestions", function()
  h.eq(util.distance("kitten", "sitting"), 3, "kitten")
  h.eq(util.distance("民政", "民证"), 1, "Chinese by code point")
  h.eq(util.suggest("promise_limit", { "promised_limit", "statutory_limit" }), "promised_limit", "close")
  h.eq(util.suggest("xyz", { "promised_limit" }), nil, "far")
  h.eq(util.suggest("a", { "b" }), nil, "one letter is not corrected")
end)

t:case("half-day multiples and number formatting", function()
  h.eq(util.is_half_multiple(2.5), true, "2.5")
  h.eq(util.is_half_multiple(2.3), false, "2.3")
  h.eq(util.is_half_multiple(0 / 0), false, "NaN")
  h.eq(util.fmt_num(3.0), "3", "3.0")
  h.eq(util.round4(2 / 3), 0.6667, "round4")
  h.eq(math.type(util.round4(5.0)), "integer", "whole figures are integers")
end)

return t
