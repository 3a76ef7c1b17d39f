-- 大冶市实施清单: 教育类事项 (adopted base items; offered = false where declined).

-- 实施学前教育、非学历文化教育培训的民办学校设立
item {
  base = "000103001000",
  impl_code = "11420281MB1P05180C0001030010001",
  department = "xingzheng",
  promised_limit = 15,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 教师资格认定
item {
  base = "000103002000",
  impl_code = "11420281MB1P05180C0001030020001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 校车使用许可
item {
  base = "000103003000",
  impl_code = "11420281MB1P05180C0001030030001",
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
