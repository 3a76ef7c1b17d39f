-- 滦南县实施清单: 气象类事项 (adopted base items; offered = false where declined).

-- 雷电防护装置设计审核
item {
  base = "000136001000",
  impl_code = "1213022440154325XE0001360010001",
  department = "qixiang",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 雷电防护装置竣工验收
item {
  base = "000136002000",
  impl_code = "1213022440154325XE0001360020001",
  department = "qixiang",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
