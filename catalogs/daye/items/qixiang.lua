-- 大冶市实施清单: 气象类事项 (adopted base items; offered = false where declined).

-- 雷电防护装置设计审核
item {
  base = "000136001000",
  impl_code = "11420281MB1P05180C0001360010001",
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

-- 雷电防护装置竣工验收
item {
  base = "000136002000",
  impl_code = "11420281MB1P05180C0001360020001",
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
