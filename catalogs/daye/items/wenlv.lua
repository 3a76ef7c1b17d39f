-- 大冶市实施清单: 文化和旅游、体育类事项 (adopted base items; offered = false where declined).

-- 娱乐场所经营许可
item {
  base = "000119001000",
  impl_code = "11420281MB1P05180C0001190010001",
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

-- 互联网上网服务营业场所经营单位设立审批
item {
  base = "000119002000",
  impl_code = "11420281MB1P05180C0001190020001",
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

-- 营业性演出审批
item {
  base = "000119003000",
  impl_code = "11420281MB1P05180C0001190030001",
  department = "xingzheng",
  promised_limit = 0.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 高危险性体育项目经营许可
item {
  base = "000119004000",
  impl_code = "11420281MB1P05180C0001190040001",
  department = "xingzheng",
  promised_limit = 7.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
