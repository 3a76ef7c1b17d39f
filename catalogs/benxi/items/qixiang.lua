-- 本溪满族自治县实施清单: 气象类事项 (adopted base items; offered = false where declined).

-- 雷电防护装置设计审核
item {
  base = "000136001000",
  impl_code = "12210521210521138F0001360010001",
  department = "qixiang",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 雷电防护装置竣工验收
item {
  base = "000136002000",
  impl_code = "12210521210521138F0001360020001",
  department = "qixiang",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}
