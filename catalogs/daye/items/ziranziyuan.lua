-- 大冶市实施清单: 自然资源和规划类事项 (adopted base items; offered = false where declined).

-- 建设项目用地预审与选址意见书核发
item {
  base = "000106001000",
  impl_code = "11420281MB1P05180C0001060010001",
  department = "xingzheng",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 建设用地规划许可证核发
item {
  base = "000106002000",
  impl_code = "11420281MB1P05180C0001060020001",
  department = "xingzheng",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 建设工程设计方案审查
item {
  base = "000106003000",
  impl_code = "11420281MB1P05180C0001060030001",
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

-- 建设工程规划许可证核发
item {
  base = "000106004000",
  impl_code = "11420281MB1P05180C0001060040001",
  department = "xingzheng",
  promised_limit = 2,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 乡村建设规划许可证核发
item {
  base = "000106005000",
  impl_code = "11420281MB1P05180C0001060050001",
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

-- 建设工程规划条件核实
item {
  base = "000106006000",
  impl_code = "11420281MB1P11433C0001060060001",
  department = "ziranziyuan",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 国有建设用地使用权划拨批准
item {
  base = "000106007000",
  impl_code = "11420281MB1P05180C0001060070001",
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

item {
  base = "000106008000",
  offered = false,
  reason = "农村村民宅基地审批由各乡镇人民政府（街道办事处）实施，请到乡镇便民服务中心申请",
}

-- 临时用地审批
item {
  base = "000106009000",
  impl_code = "11420281MB1P05180C0001060090001",
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
