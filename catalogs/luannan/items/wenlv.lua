-- 滦南县实施清单: 文化和旅游、体育类事项 (adopted base items; offered = false where declined).

-- 娱乐场所经营许可
item {
  base = "000119001000",
  impl_code = "11130224MB1632405Q0001190010001",
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

-- 互联网上网服务营业场所经营单位设立审批
item {
  base = "000119002000",
  impl_code = "11130224MB1632405Q0001190020001",
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

-- 营业性演出审批
item {
  base = "000119003000",
  impl_code = "11130224MB1632405Q0001190030001",
  department = "xingzheng",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 高危险性体育项目经营许可
item {
  base = "000119004000",
  impl_code = "11130224MB1632405Q0001190040001",
  department = "xingzheng",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
