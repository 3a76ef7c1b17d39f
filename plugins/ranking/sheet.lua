-- ranking/sheet.lua: the ranking as CSV for spreadsheets: UTF-8 with a BOM
-- (so spreadsheet programs read the Chinese), CRLF line ends, Chinese
-- headings, rates as percentages.

local S = {}

local HEADINGS = { "名次", "部门编码", "部门", "收件", "办结", "按期办结", "超期办结", "按期办结率",
  "平均用时（工作日）", "平均承诺时限（工作日）", "用时差（工作日）", "评价数", "满意率" }

-- A field, quoted when it holds a comma, a quote or a line break.
local function field(v)
  local s = v == nil and "" or tostring(v)
  if s:find('[,"\r\n]') then s = '"' .. s:gsub('"', '""') .. '"' end
  return s
end

local function percent(x) return x and ("%.1f%%"):format(x * 100) or nil end
local function days(x) return x and ("%.2f"):format(x) or nil end

--- The CSV text of a ranking (the JSON answer's table).
function S.csv(ranking)
  local lines = { table.concat(HEADINGS, ",") }
  for _, r in ipairs(ranking.departments) do
    local cells = { r.rank or "不排名", r.department, r.name, r.received, r.decided, r.on_time, r.late,
      percent(r.on_time_rate), days(r.avg_workdays), days(r.avg_promised_limit), days(r.days_vs_limit),
      r.ratings, percent(r.satisfaction_rate) }
    for i = 1, #HEADINGS do cells[i] = field(cells[i]) end
    lines[#lines + 1] = table.concat(cells, ",")
  end
  return "\239\187\191" .. table.concat(lines, "\r\n") .. "\r\n"
end

return S
