-- The settings while notify's own tests run: the log sender, and one
-- template of the county's own.
return {
  sender = "log",
  templates = { issued = "{applicant}：“{item}”已办结，请到{pickup_place}领取。" },
  pickup_place = "政务服务中心3号窗口",
}
