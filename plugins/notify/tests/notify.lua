-- notify's own tests (banshi test plugins/notify), with the log sender: the
-- steps of a 即办件 put 受理, 决定 and 取件 messages in the outbox, each
-- delivered by a durable timer into the server log. The webhook sender,
-- retries and configuration errors are tested end to end by
-- tests/http/t_plugin_notify.sh.
local t = ...
local clerk = t.staff("clerk")
local supervisor = t.staff("supervisor")

local _, body = t.submit("000106109000") -- 不动产登记资料查询
local number = body.number
t.act(number, "accept", {}, clerk)
t.act(number, "decide", { result = "准予" }, clerk)
t.act(number, "issue", {}, clerk)

-- All three delivered, oldest last.
local messages = t.wait(function()
  local _, out = t.get("outbox?number=" .. number, supervisor)
  if out.count ~= 3 then return nil end
  for _, m in ipairs(out.messages) do
    if m.status ~= "已发送" then return nil end
  end
  return out.messages
end)
t.ok("three_messages_sent", messages)
messages = messages or {}
local kinds = {}
for i = #messages, 1, -1 do kinds[#kinds + 1] = messages[i].kind_zh end
t.eq("kinds_in_step_order", kinds, { "受理通知", "决定通知", "取件通知" })
t.eq("county_template", messages[1] and messages[1].text, "张三：“不动产登记资料查询”已办结，请到政务服务中心3号窗口领取。")
t.ok("delivered_to_log", messages[1] and t.log():find(messages[1].text, 1, true))

-- The outbox is for supervisors and administrators.
t.eq("outbox_needs_sign_in", (t.get("outbox")), 401)
t.eq("outbox_not_for_clerks", (t.get("outbox", clerk)), 403)
