-- 大冶市政务服务事项实施清单. Parent: Hubei province layer.
-- 大冶市行政审批局 concentrates the licensing items (相对集中行政许可权).
catalog {
  id = "daye",
  name = "大冶市",
  level = "县",
  region = "420281",
  extends = "hubei",
  serves = true,
  timezone = "Asia/Shanghai",
  centre = {
    name = "大冶市政务服务中心（市民之家）",
    address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）",
    phone = "0714-8721234",
    hours = "周一至周五 上午8:30-12:00 下午14:00-17:30；中午12:00-14:00帮办代办窗口不断档",
  },
  office_close = "17:30",
  warning = { yellow_days = 2, yellow_ratio = 0.25 },
  defaults = {
    address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）",
    hours = "周一至周五 上午8:30-12:00 下午14:00-17:30（法定节假日除外）",
    phone = "0714-8721234",
    complaint = "12345政务服务便民热线；大冶市行政审批局监督电话 0714-8721200；市民之家一楼“办不成事”反映窗口",
    scope = "全市通办",
  },
}
