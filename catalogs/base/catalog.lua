-- National base catalogue (国家基本目录). Parent of every province layer.
catalog {
  id = "base",
  name = "国家政务服务事项基本目录",
  level = "国家",
  serves = false,
  timezone = "Asia/Shanghai",
}
