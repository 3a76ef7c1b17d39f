-- 大冶市实施清单: 林业和草原类事项 (adopted base items; offered = false where declined).

-- 使用林地审核
item {
  base = "000125001000",
  impl_code = "11420281MB1P05180C0001250010001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "上报件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到窗口提交纸质可行性报告并配合现场查验",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  faq = {
    { q = "使用林地审核由谁审批？", a = "市行政审批局受理并初审，超出县级权限的报黄石市、湖北省林业主管部门审核。" },
  },
}

-- 临时使用林地审批
item {
  base = "000125002000",
  impl_code = "11420281MB1P05180C0001250020001",
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

-- 林木采伐许可证核发
item {
  base = "000125003000",
  impl_code = "11420281MB1P05180C0001250030001",
  department = "xingzheng",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需配合林业站现场伐区核查",
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 森林草原防火期内在森林草原防火区野外用火审批
item {
  base = "000125004000",
  impl_code = "1142028101103733590001250040001",
  department = "linye",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 进入森林高火险区审批
item {
  base = "000125005000",
  impl_code = "1142028101103733590001250050001",
  department = "linye",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 林草种子生产经营许可证核发
item {
  base = "000125006000",
  impl_code = "11420281MB1P05180C0001250060001",
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

-- 森林植物检疫证书核发
item {
  base = "000125007000",
  impl_code = "11420281MB1P05180C0001250070001",
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

-- 直接为林业生产经营服务的工程设施占用林地审批
item {
  base = "000125008000",
  impl_code = "11420281MB1P05180C0001250080001",
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
