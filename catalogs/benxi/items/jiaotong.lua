-- 本溪满族自治县实施清单: 交通运输类事项 (adopted base items; offered = false where declined).

-- 道路货物运输经营许可
item {
  base = "000111001000",
  impl_code = "1121052100127146X40001110010001",
  department = "jiaotong",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 机动车维修经营备案
item {
  base = "000111002000",
  impl_code = "1121052100127146X40001110020001",
  department = "jiaotong",
  promised_limit = 2,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 公路超限运输许可
item {
  base = "000111003000",
  impl_code = "1121052100127146X40001110030001",
  department = "jiaotong",
  promised_limit = 2,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 涉路施工许可
item {
  base = "000111004000",
  impl_code = "1121052100127146X40001110040001",
  department = "jiaotong",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}
