-- 本溪满族自治县政务服务事项实施清单. Parent: Liaoning province layer.
-- No 行政审批局 here: items stay with the departments; the 营商环境建设局 runs the centre.
catalog {
  id = "benxi",
  name = "本溪满族自治县",
  level = "县",
  region = "210521",
  extends = "liaoning",
  serves = true,
  timezone = "Asia/Shanghai",
  centre = {
    name = "本溪满族自治县政务服务中心",
    address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）",
    phone = "024-46882345",
    hours = "周一至周五 上午8:30-11:30 下午13:00-16:30（法定节假日除外）",
  },
  office_close = "16:30",
  warning = { yellow_days = 1, yellow_ratio = 0.3 },
  defaults = {
    address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）",
    hours = "周一至周五 上午8:30-11:30 下午13:00-16:30（法定节假日除外）",
    phone = "024-46882345",
    complaint = "12345政务服务便民热线；本溪满族自治县营商环境建设局监督电话 024-46882300",
    scope = "全县通办",
  },
}
