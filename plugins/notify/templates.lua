-- notify/templates.lua: the kinds of message, their built-in Chinese
-- texts, the placeholders each kind offers, checking a county's own
-- templates, and filling a template in.
--
-- A template is text with placeholders in braces, {number} or {due_date}.
-- Each kind offers its own set (a 受理通知 has a due date, a 决定通知 a
-- result); a placeholder the kind does not offer is a configuration error,
-- found when the catalogue loads rather than when a citizen gets a message
-- with a hole in it.

local T = {}

-- Placeholders every kind offers.
local COMMON = { "county", "number", "item", "department" }
-- Placeholders of the messages to the applicant. The built-in texts leave
-- out {query_code}: it is the applicant's key to the progress page (and to
-- withdraw), and a message's text is kept in the outbox and, with the log
-- sender, in the server log.
local APPLICANT = { "applicant", "query_code" }

-- The kinds, in the order the outbox lists them: name -> { zh, to, extra
-- placeholders, built-in text }. `to` is who receives it: the applicant,
-- or staff (the department's reviewers; supervisors for 督办).
T.KINDS = {
  accepted = {
    zh = "受理通知", to = "applicant",
    placeholders = { "mode", "accepted_date", "due_date", "limit", "tolerance" },
    text = "【{county}政务服务】{applicant}：您申请的“{item}”已于{accepted_date}受理（{mode}），"
      .. "办件编号{number}，办结期限：{due_date}。{tolerance}可凭办件编号和查询码查询办理进度。",
  },
  correction = {
    zh = "补正通知", to = "applicant",
    placeholders = { "items" },
    text = "【{county}政务服务】{applicant}：您申请的“{item}”（办件编号{number}）需补正：{items}。"
      .. "请按一次性告知书一次补齐后重新提交。",
  },
  warning = {
    zh = "预警提醒", to = "staff",
    placeholders = { "level", "due_date" },
    text = "【{county}政务服务】办件{number}（{item}，{department}）{level}，办结期限：{due_date}，请抓紧办理。",
  },
  decided = {
    zh = "决定通知", to = "applicant",
    placeholders = { "result", "reason", "result_note" },
    text = "【{county}政务服务】{applicant}：您申请的“{item}”（办件编号{number}）已作出“{result}”决定。{result_note}",
  },
  issued = {
    zh = "取件通知", to = "applicant",
    placeholders = { "delivery", "certificate", "tracking", "pickup_place", "pickup" },
    text = "【{county}政务服务】{applicant}：您申请的“{item}”（办件编号{number}）已办结。{pickup}",
  },
  terminated = {
    zh = "终止办理通知", to = "applicant",
    placeholders = { "reason" },
    text = "【{county}政务服务】{applicant}：您申请的“{item}”（办件编号{number}）已终止办理：{reason}。"
      .. "如仍需办理，请重新提出申请。",
  },
  bad_rating = {
    zh = "差评提醒", to = "staff",
    placeholders = { "level", "text", "deadline_date" },
    text = "【{county}政务服务】办件{number}（{item}，{department}）收到差评“{level}”，"
      .. "已立整改，请于{deadline_date}前完成回访整改。",
  },
}

-- The kinds' names, sorted, for messages.
T.NAMES = {}
for name in pairs(T.KINDS) do T.NAMES[#T.NAMES + 1] = name end
table.sort(T.NAMES)

-- The set of placeholders kind offers, and the same as sorted text.
local function offered(kind)
  local set, list = {}, {}
  for _, group in ipairs({ COMMON, T.KINDS[kind].to == "applicant" and APPLICANT or {}, T.KINDS[kind].placeholders }) do
    for _, p in ipairs(group) do
      set[p] = true
      list[#list + 1] = "{" .. p .. "}"
    end
  end
  table.sort(list)
  return set, table.concat(list, " ")
end

--- Checks a county's templates (config.templates). Returns nil, or the
-- first problem as field, English and Chinese messages for
-- api.config_error.
function T.check(templates)
  local kinds = {}
  for kind in pairs(templates) do kinds[#kinds + 1] = tostring(kind) end
  table.sort(kinds)
  for _, kind in ipairs(kinds) do
    local field = "templates." .. kind
    local text = templates[kind]
    if not T.KINDS[kind] then
      return field, ("no message kind %s; the kinds are %s"):format(kind, table.concat(T.NAMES, ", ")),
        ("没有“%s”这种消息类型，可用的类型：%s"):format(kind, table.concat(T.NAMES, "、"))
    end
    if type(text) ~= "string" or text == "" then
      return field, "a template is a non-empty string", ("%s模板应为非空文字"):format(T.KINDS[kind].zh)
    end
    local set, shown = offered(kind)
    for name in text:gmatch("{([^{}]*)}") do
      if not set[name] then
        return field, ("unknown placeholder {%s} in the %s template; it may use %s"):format(name, kind, shown),
          ("%s模板中的占位符{%s}无法识别，可用的占位符：%s"):format(T.KINDS[kind].zh, name, shown)
      end
    end
  end
end

--- The text of a kind's message: the county's template or the built-in
-- one, with values filled in (a value missing is left empty).
function T.render(templates, kind, values)
  local text = templates[kind] or T.KINDS[kind].text
  return (text:gsub("{([%w_]+)}", function(name) return tostring(values[name] or "") end))
end

return T
