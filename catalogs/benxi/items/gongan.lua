-- 本溪满族自治县实施清单: 公安类事项 (adopted base items; offered = false where declined).

-- 印章刻制备案
item {
  base = "000104010000",
  impl_code = "1121052100127162XB0001040100001",
  department = "gongan",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 居民身份证申领
item {
  base = "000104001000",
  impl_code = "1121052100127162XB0001040010001",
  department = "gongan",
  promised_limit = 20,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "申领居民身份证须本人到场采集人像和指纹信息",
  address = "本溪满族自治县公安局户政大厅",
  four = { "一次办" },
  fees = { charged = false },
}

-- 户口迁移（准予迁入）
item {
  base = "000104002000",
  impl_code = "1121052100127162XB0001040020001",
  department = "gongan",
  promised_limit = 7,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  address = "本溪满族自治县公安局户政大厅",
  four = { "一次办" },
  fees = { charged = false },
}

-- 出生登记
item {
  base = "000104003000",
  impl_code = "1121052100127162XB0001040030001",
  department = "gongan",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "需到户籍窗口核验出生医学证明原件",
  address = "本溪满族自治县公安局户政大厅",
  four = { "马上办", "一次办" },
  fees = { charged = false },
}
