-- 大冶市实施清单: 公安类事项 (adopted base items; offered = false where declined).

-- 印章刻制备案
item {
  base = "000104010000",
  impl_code = "11420281011038055H0001040100001",
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
  impl_code = "11420281011038055H0001040010001",
  department = "gongan",
  promised_limit = 10,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "申领居民身份证须本人到场采集人像和指纹信息",
  address = "大冶市公安局户政服务中心（市民之家一楼公安专区）",
  four = { "一次办" },
  fees = { charged = false },
}

-- 户口迁移（准予迁入）
item {
  base = "000104002000",
  impl_code = "11420281011038055H0001040020001",
  department = "gongan",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  address = "大冶市公安局户政服务中心（市民之家一楼公安专区）",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 出生登记
item {
  base = "000104003000",
  impl_code = "11420281011038055H0001040030001",
  department = "gongan",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "需到户籍窗口核验出生医学证明原件",
  address = "大冶市公安局户政服务中心（市民之家一楼公安专区）",
  four = { "马上办", "一次办" },
  fees = { charged = false },
}
