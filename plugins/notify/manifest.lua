-- notify: messages to applicants and staff at the steps of an application,
-- kept in an outbox and delivered by a sender (the server log, or a webhook
-- such as the county's SMS gateway or 政务微信). README.md says more.
return {
  name = "notify",
  version = "1.0.0",
  description = "办件消息通知：受理、补正、预警、决定、取件、终止通知写入发件箱，经日志或回调地址发送",
  api = 1,
  -- Observers only: a message never holds up a step. 差评提醒 comes from the
  -- evaluation plugin's "evaluated" event.
  hooks = { accepted = 100, correction = 100, warning = 100, decided = 100, issued = 100, terminated = 100,
    evaluated = 100 },
  config = {
    sender = { type = "string", enum = { "log", "webhook" }, default = "log",
      zh = "发送方式：log 写入服务器日志，webhook 以 JSON 推送到回调地址" },
    url = { type = "string", zh = "回调地址（sender 为 webhook 时必填，如 http://10.1.2.3:8090/sms）" },
    timeout = { type = "integer", min = 1, max = 10, default = 3, zh = "回调超时（秒）" },
    templates = { type = "table", default = {}, zh = "消息模板，按消息类型覆盖内置模板，如 { accepted = \"……{number}……\" }" },
    muted = { type = "list", of = "string", default = {}, zh = "不发送的消息类型，如 { \"warning\" }" },
    pickup_place = { type = "string", default = "政务服务中心综合出件窗口", zh = "取件地点（取件通知中使用）" },
    keep_days = { type = "integer", min = 1, max = 3650, default = 180, zh = "发件箱保留天数" },
  },
}
