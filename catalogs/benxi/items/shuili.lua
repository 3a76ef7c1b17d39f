-- 本溪满族自治县实施清单: 水利类事项 (adopted base items; offered = false where declined).

-- 取水许可
item {
  base = "000113001000",
  impl_code = "1121052100127154XP0001130010001",
  department = "shuili",
  promised_limit = 20,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 生产建设项目水土保持方案审批
item {
  base = "000113002000",
  impl_code = "1121052100127154XP0001130020001",
  department = "shuili",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 洪水影响评价类审批
item {
  base = "000113003000",
  impl_code = "1121052100127154XP0001130030001",
  department = "shuili",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 农村集体经济组织修建水库审批
item {
  base = "000113004000",
  impl_code = "1121052100127154XP0001130040001",
  department = "shuili",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}
