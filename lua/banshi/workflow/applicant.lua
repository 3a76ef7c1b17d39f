--- banshi.workflow.applicant: who applies (申请人), checked before an
-- application is received.
--
--   applicant.check_resident_id(s)  -> true | false, en, zh
--   applicant.check_credit_code(s)  -> true | false, en, zh
--   applicant.validate(a)           -> normalised applicant, problems
--
-- A natural person (自然人) is identified by the 18-character resident
-- identity number (公民身份号码, GB 11643-1999): 6 digits of region, 8 of
-- birth date, 3 of sequence and a check character computed with ISO 7064
-- MOD 11-2. A legal person (法人) by the unified social credit code
-- (统一社会信用代码, GB 32100-2015), whose check is banshi.catalog.util's.
--
-- Pure: no I/O and no clock. validate never raises on bad input; it lists
-- every problem at once, each { field, en, zh }.

local util = require "banshi.catalog.util"

local M = {}

-- The check character for each value of the weighted sum mod 11.
local ID_CHECK = "10X98765432"

-- The check character of a resident ID whose first 17 characters have
-- the bytes b1 .. b17 (digits). One expression, the ISO 7064 MOD 11-2
-- weights 2^(17 - i) mod 11 written out (this runs for every submission):
-- the digits' weighted sum is the bytes' weighted sum less 48 times the
-- sum of the weights, which is 100.
local function check_char(b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17)
  local sum = b1 * 7 + b2 * 9 + b3 * 10 + b4 * 5 + b5 * 8 + b6 * 4 + b7 * 2 + b8 + b9 * 6 + b10 * 3
    + b11 * 7 + b12 * 9 + b13 * 10 + b14 * 5 + b15 * 8 + b16 * 4 + b17 * 2 - 48 * 100
  local k = sum % 11 + 1
  return ID_CHECK:sub(k, k)
end

--- The check character the first 17 digits of a resident ID call for.
function M.resident_check_char(first17)
  return check_char(first17:byte(1, 17))
end

-- Of 18 characters (checked first), 17 digits and a check character: a
-- digit, or X in either case.
local RESIDENT_ID = "^%d+[%dXx]$"
local LOWER_X = ("x"):byte()

-- The resident ID s upper-cased, or nil, an English and a Chinese reason.
-- Each step is one library call on the whole string, or arithmetic on its
-- bytes: a call per character was the largest cost of validating an
-- applicant.
local function resident_id(s)
  if type(s) ~= "string" or #s ~= 18 then
    return nil, "a resident ID number has 18 characters", "公民身份号码应为18位"
  end
  if not s:find(RESIDENT_ID) then
    return nil, "a resident ID number is 17 digits and a check digit or X",
      "公民身份号码应为17位数字加1位校验码（数字或X）"
  end
  if s:byte(18) == LOWER_X then s = s:upper() end
  local b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17 = s:byte(1, 17)
  -- Characters 7-14 are the birth date, yyyymmdd; 48 is the byte of 0.
  local y = b7 * 1000 + b8 * 100 + b9 * 10 + b10 - 48 * 1111
  local m, d = b11 * 10 + b12 - 48 * 11, b13 * 10 + b14 - 48 * 11
  if y < 1900 or m < 1 or m > 12 or d < 1 or d > util.days_in_month(y, m) then
    return nil, ("characters 7-14 (%s) are not a valid birth date"):format(s:sub(7, 14)),
      ("第7至14位（%s）不是有效的出生日期"):format(s:sub(7, 14))
  end
  local want, got = check_char(b1, b2, b3, b4, b5, b6, b7, b8, b9, b10, b11, b12, b13, b14, b15, b16, b17),
    s:sub(18, 18)
  if want ~= got then
    return nil, ("check digit is '%s' but ISO 7064 MOD 11-2 requires '%s'"):format(got, want),
      ("校验码为“%s”，按ISO 7064 MOD 11-2应为“%s”"):format(got, want)
  end
  return s
end

--- Validates an 18-character resident identity number. A lower-case x is
-- accepted as X. Returns true, or false and an English and a Chinese reason.
function M.check_resident_id(s)
  local id, en, zh = resident_id(s)
  if not id then return false, en, zh end
  return true
end

--- Validates a unified social credit code (the catalogue checker's rule).
function M.check_credit_code(s)
  if type(s) == "string" then s = s:upper() end
  return util.check_credit_code(s)
end

M.KINDS = { ["自然人"] = true, ["法人"] = true }

local function blank(v)
  return type(v) ~= "string" or not v:find("%S")
end

-- A phone number: digits with optional hyphens, 7 to 15 digits
-- (mobile 13800000000, landline 0315-4111111). Digits alone, the usual
-- case, are counted by their length.
local function valid_phone(s)
  if type(s) ~= "string" then return false end
  local digits = #s
  if not s:find("^%d+$") then
    if not s:match("^%+?[%d%-]+$") then return false end
    digits = select(2, s:gsub("%d", ""))
  end
  return digits >= 7 and digits <= 15
end

-- Optional text fields copied as they are when they are strings.
local OPTIONAL = { "address", "representative", "agent", "email" }

local function add(problems, field, en, zh)
  problems[#problems + 1] = { field = "applicant." .. field, en = en, zh = zh }
end

--- Checks an applicant { kind, name, id_number | credit_code, phone, ... }.
-- Returns the normalised applicant (only known fields, codes upper-cased)
-- and the list of problems { field, en, zh }, empty when it is valid.
function M.validate(a)
  local problems = {}
  if type(a) ~= "table" then
    add(problems, "kind", "the applicant is missing", "缺少申请人信息")
    return nil, problems
  end
  -- Every field at once: a table filled field by field grows step by step.
  local out = { kind = nil, name = nil, id_number = nil, credit_code = nil, phone = nil }
  if not M.KINDS[a.kind] then
    add(problems, "kind", ("kind must be 自然人 or 法人, got %s"):format(tostring(a.kind)),
      ("申请人类型应为“自然人”或“法人”，实际为“%s”"):format(tostring(a.kind)))
  else
    out.kind = a.kind
  end
  if blank(a.name) then
    add(problems, "name", "the applicant's name is missing", "未填写申请人名称（姓名）")
  else
    out.name = a.name
  end
  if a.kind == "自然人" then
    local id, en, zh = resident_id(a.id_number)
    if a.id_number == nil then
      add(problems, "id_number", "a natural person needs a resident ID number", "自然人须填写公民身份号码")
    elseif not id then
      add(problems, "id_number", "resident ID number: " .. en, "公民身份号码：" .. zh)
    else
      out.id_number = id
    end
  elseif a.kind == "法人" then
    local ok, en, zh = M.check_credit_code(a.credit_code)
    if a.credit_code == nil then
      add(problems, "credit_code", "a legal person needs a unified social credit code", "法人须填写统一社会信用代码")
    elseif not ok then
      add(problems, "credit_code", "unified social credit code: " .. en, "统一社会信用代码：" .. zh)
    else
      out.credit_code = a.credit_code:upper()
    end
  end
  if a.phone == nil or a.phone == "" then
    add(problems, "phone", "a contact phone number is missing", "未填写联系电话")
  elseif not valid_phone(a.phone) then
    add(problems, "phone", ("phone %s is not a phone number (7 to 15 digits)"):format(tostring(a.phone)),
      ("联系电话“%s”格式不正确（应为7至15位数字）"):format(tostring(a.phone)))
  else
    out.phone = a.phone
  end
  for i = 1, #OPTIONAL do
    local k = OPTIONAL[i]
    local v = a[k]
    -- Absent fields, the usual case, are told without calling type.
    if v ~= nil and v ~= "" and type(v) == "string" then out[k] = v end
  end
  return out, problems
end

return M
