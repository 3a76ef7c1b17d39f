-- 滦南县实施清单: 发展和改革类事项 (adopted base items; offered = false where declined).

-- 企业投资项目核准
item {
  base = "000101001000",
  impl_code = "11130224MB1632405Q0001010010001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 企业投资项目备案
item {
  base = "000101002000",
  impl_code = "1113022400054383040001010020001",
  department = "fagai",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 政府投资项目审批（项目建议书、可行性研究报告、初步设计）
item {
  base = "000101003000",
  impl_code = "11130224MB1632405Q0001010030001",
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

-- 固定资产投资项目节能审查
item {
  base = "000101004000",
  impl_code = "11130224MB1632405Q0001010040001",
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
