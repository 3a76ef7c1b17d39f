-- 大冶市实施清单: 交通运输类事项 (adopted base items; offered = false where declined).

-- 道路货物运输经营许可
item {
  base = "000111001000",
  impl_code = "11420281MB1P05180C0001110010001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 机动车维修经营备案
item {
  base = "000111002000",
  impl_code = "11420281MB1P05180C0001110020001",
  department = "xingzheng",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

item {
  base = "000111003000",
  offered = false,
  reason = "公路超限运输许可由黄石市公路事业发展中心统一实施，网上申请即可",
}

-- 涉路施工许可
item {
  base = "000111004000",
  impl_code = "11420281MB1P05180C0001110040001",
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
