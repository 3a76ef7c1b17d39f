-- 大冶市实施清单: 农业农村类事项 (adopted base items; offered = false where declined).

-- 设施农业用地备案
item {
  base = "000117001000",
  impl_code = "11420281MB1P10633G0001170010001",
  department = "nongye",
  co_departments = { "ziranziyuan" },
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 农药经营许可
item {
  base = "000117002000",
  impl_code = "11420281MB1P05180C0001170020001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 兽药经营许可证核发
item {
  base = "000117003000",
  impl_code = "11420281MB1P05180C0001170030001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 动物防疫条件合格证核发
item {
  base = "000117004000",
  impl_code = "11420281MB1P05180C0001170040001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 农作物种子生产经营许可证核发
item {
  base = "000117005000",
  impl_code = "11420281MB1P05180C0001170050001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 拖拉机和联合收割机登记
item {
  base = "000117006000",
  impl_code = "11420281MB1P05180C0001170060001",
  department = "xingzheng",
  promised_limit = 0.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需将机具送检并现场核对",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 渔业捕捞许可
item {
  base = "000117007000",
  impl_code = "11420281MB1P05180C0001170070001",
  department = "xingzheng",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需核验渔船检验证书原件",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
