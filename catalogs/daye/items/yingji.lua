-- 大冶市实施清单: 应急管理类事项 (adopted base items; offered = false where declined).

-- 危险化学品经营许可证（不带储存设施）核发
item {
  base = "000130001000",
  impl_code = "11420281MB1P05180C0001300010001",
  department = "xingzheng",
  promised_limit = 7.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 烟花爆竹经营（零售）许可
item {
  base = "000130002000",
  impl_code = "11420281MB1P05180C0001300020001",
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

-- 生产经营单位生产安全事故应急预案备案
item {
  base = "000130003000",
  impl_code = "11420281MB1P1207310001300030001",
  department = "yingji",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
