-- notify/senders.lua: the ways a message leaves the outbox. A sender is a
-- function(api, msg) -> true, or nil and why it failed; a new channel is one
-- more entry here (and in the manifest's enum for config.sender).

local S = {}

-- Who receives a message, as one line for the log.
local function recipient(to)
  if to.kind == "applicant" then
    return ("申请人%s（%s）"):format(to.name or "", to.phone or "无电话")
  end
  return ("%s%s"):format(to.department_name or "", to.role_zh or "工作人员")
end

--- log: writes the message to the server's log. Never fails; for trying
-- the plugin out, and for counties whose gateway reads the log.
function S.log(api, msg)
  api.log("info", "%s（%s）发给%s：%s", msg.kind_zh, msg.number or "-", recipient(msg.to), msg.text)
  return true
end

--- webhook: POSTs the message as JSON to config.url; any 2xx answer is
-- delivered, anything else (another status, no answer in time) fails and
-- is retried by the platform.
function S.webhook(api, msg)
  local body = {
    id = msg.id, county = api.county.id, county_name = api.county.name,
    kind = msg.kind, kind_zh = msg.kind_zh, number = msg.number, item = msg.item,
    to = msg.to, text = msg.text, created_at = msg.created_at,
  }
  local status, answer = api.http_post(api.config.url, body, api.config.timeout)
  if not status then return nil, "回调失败：" .. tostring(answer) end
  if status < 200 or status > 299 then return nil, ("回调地址答复HTTP %d"):format(status) end
  return true
end

return S
