--- banshi.catalog.util: small pure helpers shared by the catalogue loader.
--
-- Dates are handled with integer day arithmetic (days since 1970-01-01 in
-- the proleptic Gregorian calendar) rather than os.time, because os.time
-- depends on the process time zone and working days must not.
-- Nothing here touches the outside world; every function is pure.

local M = {}

--- True when t is a table whose keys are exactly 1..n (an empty table counts).
function M.is_list(t)
  if type(t) ~= "table" then return false end
  local n = 0
  for _ in pairs(t) do n = n + 1 end
  for i = 1, n do
    if t[i] == nil then return false end
  end
  return true
end

--- The keys of t, sorted (strings before numbers, each group in order).
local function mixed_order(a, b)
  local ta, tb = type(a), type(b)
  if ta ~= tb then return ta > tb end
  if ta == "string" or ta == "number" then return a < b end
  return tostring(a) < tostring(b)
end

function M.sorted_keys(t)
  -- Strings and numbers sort with the built-in order, far faster than a
  -- Lua comparator; other keys (rare) fall back to one.
  local strs, nums, other = {}, {}, nil
  for k in pairs(t) do
    local tk = type(k)
    if tk == "string" then
      strs[#strs + 1] = k
    elseif tk == "number" then
      nums[#nums + 1] = k
    else
      other = other or {}
      other[#other + 1] = k
    end
  end
  table.sort(strs)
  table.sort(nums)
  if other then table.sort(other, mixed_order) end
  -- Order by type name, descending, as before: "string" > "number" > others
  -- except "table", "userdata", "thread" which sort above "string".
  local keys = {}
  local function add(list) for i = 1, #list do keys[#keys + 1] = list[i] end end
  if other then
    local above, below = {}, {}
    for _, k in ipairs(other) do
      if type(k) > "string" then above[#above + 1] = k else below[#below + 1] = k end
    end
    add(above); add(strs)
    local mid, low = {}, {}
    for _, k in ipairs(below) do
      if type(k) > "number" then mid[#mid + 1] = k else low[#low + 1] = k end
    end
    add(mid); add(nums); add(low)
  else
    add(strs); add(nums)
  end
  return keys
end

--- A shallow copy.
function M.copy(t)
  local c = {}
  for k, v in pairs(t) do c[k] = v end
  return c
end

--- Code points of a string (bytes when it is not valid UTF-8).
local function chars(s)
  local out = {}
  if utf8.len(s) then
    for _, c in utf8.codes(s) do out[#out + 1] = c end
  else
    for i = 1, #s do out[i] = s:byte(i) end
  end
  return out
end

--- Levenshtein edit distance between two strings, by code point.
function M.distance(a, b)
  local x, y = chars(a), chars(b)
  local prev = {}
  for j = 0, #y do prev[j] = j end
  for i = 1, #x do
    local cur = { [0] = i }
    for j = 1, #y do
      local cost = (x[i] == y[j]) and 0 or 1
      cur[j] = math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
    end
    prev = cur
  end
  return prev[#y]
end

--- The candidate nearest to word, when it is close enough to be a typo:
-- at most 2 edits, and fewer edits than the word has characters, so that
-- "a" is not "corrected" to "b". Ties go to the first in sorted order.
function M.suggest(word, candidates)
  if type(word) ~= "string" then return nil end
  local best, best_d
  local list = {}
  for _, c in ipairs(candidates) do list[#list + 1] = c end
  table.sort(list)
  for _, c in ipairs(list) do
    local d = M.distance(word, c)
    if d > 0 and (best_d == nil or d < best_d) then best, best_d = c, d end
  end
  if best and best_d <= 2 and best_d < #chars(word) then return best end
  return nil
end

--- " (did you mean 'x'?)" / "（是否应为“x”？）" suffixes, or empty strings.
function M.did_you_mean(word, candidates)
  local s = M.suggest(word, candidates)
  if not s then return "", "" end
  return (" (did you mean '%s'?)"):format(s), ("（是否应为“%s”？）"):format(s)
end

-- Dates ----------------------------------------------------------------------

local function is_leap(y)
  return (y % 4 == 0 and y % 100 ~= 0) or y % 400 == 0
end

local MONTH_DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

--- Parses "YYYY-MM-DD"; returns year, month, day or nil when malformed or
-- not a real calendar day (2026-02-30 is rejected).
function M.parse_date(s)
  if type(s) ~= "string" then return nil end
  local y, m, d = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return nil end
  return M.valid_date(tonumber(y), tonumber(m), tonumber(d))
end

--- The number of days of month m (1-12) of year y.
function M.days_in_month(y, m)
  if m == 2 and is_leap(y) then return 29 end
  return MONTH_DAYS[m]
end

--- y, m, d when they are integers that make a civil date, else nil.
function M.valid_date(y, m, d)
  if math.type(y) ~= "integer" or math.type(m) ~= "integer" or math.type(d) ~= "integer" then return nil end
  if m < 1 or m > 12 or d < 1 or d > M.days_in_month(y, m) then return nil end
  return y, m, d
end

--- Days since 1970-01-01 for a civil date (Howard Hinnant's algorithm).
function M.days_from_civil(y, m, d)
  if m <= 2 then y = y - 1 end
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end

--- The civil date of a day number, as "YYYY-MM-DD".
function M.civil_from_days(z)
  z = z + 719468
  local era = (z >= 0 and z or z - 146096) // 146097
  local doe = z - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local y = yoe + era * 400
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  if m <= 2 then y = y + 1 end
  return ("%04d-%02d-%02d"):format(y, m, d)
end

--- Day number of a valid "YYYY-MM-DD" string, or nil.
function M.day_number(s)
  local y, m, d = M.parse_date(s)
  if not y then return nil end
  return M.days_from_civil(y, m, d)
end

--- ISO weekday of a day number: 1 = Monday ... 7 = Sunday.
function M.weekday(n)
  -- 1970-01-01 was a Thursday (4).
  return (n + 3) % 7 + 1
end

--- "HH:MM" to minutes after midnight, or nil.
function M.parse_hhmm(s)
  if type(s) ~= "string" then return nil end
  local h, m = s:match("^(%d%d):(%d%d)$")
  if not h then return nil end
  h, m = tonumber(h), tonumber(m)
  if h > 23 or m > 59 then return nil end
  return h * 60 + m
end

-- Codes ----------------------------------------------------------------------

-- GB 32100-2015: the 31 characters a unified social credit code may use
-- (I, O, S, V and Z are left out to avoid misreading), and the weights of
-- its first 17 positions.
local CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
local CREDIT_WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 }
local NOT_CREDIT_CHAR = "[^" .. CREDIT_CHARS .. "]"
-- The value of each character of the set (its position from 0), by byte.
local CREDIT_VALUES = {}
for i = 1, #CREDIT_CHARS do CREDIT_VALUES[CREDIT_CHARS:byte(i)] = i - 1 end

--- The check character the first 17 characters of a credit code call for,
-- or nil when one of them is outside the GB 32100 character set. The bytes
-- are read in one call: a call per character made this the largest cost
-- of validating a legal person's application.
function M.credit_check_char(first17)
  local bytes = { first17:byte(1, 17) }
  local sum = 0
  for i = 1, 17 do
    local v = CREDIT_VALUES[bytes[i]] -- nil past the end of a short string too
    if not v then return nil end
    sum = sum + v * CREDIT_WEIGHTS[i]
  end
  local check = (31 - sum % 31) % 31
  return CREDIT_CHARS:sub(check + 1, check + 1)
end

--- Validates an 18-character unified social credit code (统一社会信用代码).
-- Returns true, or false and an English and a Chinese reason.
function M.check_credit_code(s)
  if type(s) ~= "string" or #s ~= 18 then
    return false, "must be 18 characters", "应为18位"
  end
  local bad = s:find(NOT_CREDIT_CHAR)
  if bad then
    return false,
      ("character %d ('%s') is outside the GB 32100 set %s"):format(bad, s:sub(bad, bad), CREDIT_CHARS),
      ("第%d位字符“%s”不在GB 32100字符集%s内"):format(bad, s:sub(bad, bad), CREDIT_CHARS)
  end
  local want = M.credit_check_char(s)
  if want ~= s:sub(18, 18) then
    return false,
      ("check digit is '%s' but GB 32100 requires '%s'"):format(s:sub(18, 18), want),
      ("校验位为“%s”，按GB 32100应为“%s”"):format(s:sub(18, 18), want)
  end
  return true
end

-- Numbers --------------------------------------------------------------------

--- True when v is a number that is a whole multiple of 0.5.
function M.is_half_multiple(v)
  return type(v) == "number" and v == v and v * 2 == math.floor(v * 2)
end

--- True when v is a whole number (integer or integral float).
function M.is_whole(v)
  return type(v) == "number" and v == math.floor(v)
end

--- A number as text without a trailing ".0" (10 -> "10", 2.5 -> "2.5").
function M.fmt_num(v)
  if type(v) ~= "number" then return tostring(v) end
  if v == math.floor(v) and math.abs(v) < 2 ^ 53 then return ("%d"):format(v) end
  return ("%.10g"):format(v)
end

--- Rounds to 4 decimal places, so published figures read the same on every build.
function M.round4(v)
  local r = math.floor(v * 10000 + 0.5) / 10000
  -- Whole numbers become integers so the JSON reads 5, not 5.0.
  return math.tointeger(r) or r
end

--- Joins the string values of a list with sep; nil or non-list gives "".
function M.join(list, sep)
  if type(list) ~= "table" then return "" end
  local out = {}
  for _, v in ipairs(list) do out[#out + 1] = tostring(v) end
  return table.concat(out, sep)
end

--- The first and last day numbers of a calendar entry: a date string, or a
-- { first, last } range. Either is nil when malformed.
function M.date_range(e)
  if type(e) == "string" then
    local a = M.day_number(e)
    return a, a
  elseif type(e) == "table" then
    return M.day_number(e[1]), M.day_number(e[2])
  end
end

--- Lines of Lua source src where a comparison is the key of an index, as in
-- t[a ~= b] or t[(x or 0) < 3]. Lua 5.4.4, the one Debian 12 ships, compiles
-- that wrongly when t is a local of an enclosing function (an upvalue): the
-- result is nil, the other value, or an error such as "attempt to index a
-- nil value". Strings and comments are skipped; a call's arguments inside
-- the brackets, t[f(a == b)], are not a key and are not reported.
function M.comparison_keys(src)
  local found, seen = {}, {}
  -- Most files (declarations, data) have no comparison at all: plain
  -- searches settle those at memchr speed, before the scan below.
  if not (src:find("==", 1, true) or src:find("~=", 1, true) or src:find("<", 1, true)
      or src:find(">", 1, true)) then
    return found
  end
  local line, i, n = 1, 1, #src
  local stack = {}
  local function newlines(a, b)
    local _, k = src:sub(a, b):gsub("\n", "")
    return k
  end
  -- The last character before position at that is not a blank.
  local function before(at)
    local j = at - 1
    while j >= 1 and src:find("^%s", j) do j = j - 1 end
    return j >= 1 and src:sub(j, j) or ""
  end
  local function long_end(at)
    local eq = src:match("^%[(=*)%[", at)
    local close = src:find("]" .. eq .. "]", at, true)
    return close and close + #eq + 1 or n
  end
  while i <= n do
    -- Letters, digits, blanks and most punctuation change nothing here.
    i = src:find("[%-%[%]%(%){}\"'\n=~<>]", i)
    if not i then break end
    local c = src:sub(i, i)
    local top = stack[#stack]
    if c == "\n" then
      line, i = line + 1, i + 1
    elseif c == "-" and src:sub(i + 1, i + 1) == "-" then
      if src:match("^%[=*%[", i + 2) then
        local stop = long_end(i + 2)
        line, i = line + newlines(i, stop), stop + 1
      else
        i = src:find("\n", i, true) or n + 1
      end
    elseif c == "[" and src:match("^%[=*%[", i) then
      local stop = long_end(i)
      line, i = line + newlines(i, stop), stop + 1
    elseif c == '"' or c == "'" then
      local j = i + 1
      while j <= n do
        local d = src:sub(j, j)
        if d == "\\" then j = j + 2 elseif d == c or d == "\n" then break else j = j + 1 end
      end
      line, i = line + newlines(i + 1, j - 1), j + 1
    elseif c == "[" then
      stack[#stack + 1] = before(i):match("^[%w_%]%)}\"']$") and "key" or "other"
      i = i + 1
    elseif c == "(" then
      -- A call's parentheses (after a name, ] or )) are not the key; a
      -- grouping one inside a key is.
      local call = before(i):match("^[%w_%]%)\"']$")
      stack[#stack + 1] = (not call and (top == "key")) and "key" or "other"
      i = i + 1
    elseif c == "{" then
      stack[#stack + 1] = "other"
      i = i + 1
    elseif c == "]" or c == ")" or c == "}" then
      stack[#stack] = nil
      i = i + 1
    elseif top == "key" and (src:match("^[=~<>]=", i) or src:match("^[<>][^<>=]", i)) then
      if not seen[line] then
        seen[line] = true
        found[#found + 1] = line
      end
      i = i + (src:match("^[=~<>]=", i) and 2 or 1)
    elseif (c == "<" or c == ">") and src:sub(i + 1, i + 1) == c then
      i = i + 2 -- a shift, not a comparison
    else
      i = i + 1
    end
  end
  return found
end

return M
