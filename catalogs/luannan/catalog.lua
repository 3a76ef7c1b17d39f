-- 滦南县政务服务事项实施清单 (implementation list). Parent: Hebei province layer.
catalog {
  id = "luannan",
  name = "滦南县",
  level = "县",
  region = "130224",
  extends = "hebei",
  serves = true,
  timezone = "Asia/Shanghai",
  centre = {
    name = "滦南县政务服务中心",
    address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）",
    phone = "0315-4162345",
    hours = "周一至周五 上午8:30-12:00 下午13:30-17:30（法定节假日除外）；周六上午9:00-12:00帮办代办窗口延时服务",
  },
  office_close = "17:30",
  warning = { yellow_days = 1, yellow_ratio = 0.2 },
  -- Plugins (plugins/NAME/README.md): messages to applicants and staff,
  -- written to the server log here (a county with an SMS gateway has them
  -- posted to it by webhook); 好差评 with 5 working days to rectify a 差评;
  -- the monthly ranking of departments.
  plugins = {
    notify = { sender = "log", pickup_place = "滦南县政务服务中心一楼综合出件窗口" },
    evaluation = { rectify_days = 5 },
    ranking = {},
  },
  defaults = {
    address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）",
    hours = "周一至周五 上午8:30-12:00 下午13:30-17:30（法定节假日除外）",
    phone = "0315-4162345",
    complaint = "12345政务服务便民热线；滦南县行政审批局监督电话 0315-4162300；政务服务中心一楼“办不成事”反映窗口",
    scope = "全县通办",
  },
}
