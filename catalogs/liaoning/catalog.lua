-- Province layer (省级基本目录): inherits the national base, adds province-local items.
catalog {
  id = "liaoning",
  name = "辽宁省政务服务事项基本目录",
  level = "省",
  region = "210000",
  extends = "base",
  serves = false,
}
