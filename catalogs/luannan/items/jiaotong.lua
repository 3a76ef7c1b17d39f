-- 滦南县实施清单: 交通运输类事项 (adopted base items; offered = false where declined).

-- 道路货物运输经营许可
item {
  base = "000111001000",
  impl_code = "11130224MB1632405Q0001110010001",
  department = "xingzheng",
  promised_limit = 6,
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
  impl_code = "11130224MB1632405Q0001110020001",
  department = "xingzheng",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 公路超限运输许可
item {
  base = "000111003000",
  impl_code = "1113022400054342720001110030001",
  department = "jiaotong",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 涉路施工许可
item {
  base = "000111004000",
  impl_code = "11130224MB1632405Q0001110040001",
  department = "xingzheng",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
