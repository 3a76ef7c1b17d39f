-- 滦南县实施清单: 应急管理类事项 (adopted base items; offered = false where declined).

-- 危险化学品经营许可证（不带储存设施）核发
item {
  base = "000130001000",
  impl_code = "11130224MB1632405Q0001300010001",
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

-- 烟花爆竹经营（零售）许可
item {
  base = "000130002000",
  impl_code = "11130224MB1632405Q0001300020001",
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

-- 生产经营单位生产安全事故应急预案备案
item {
  base = "000130003000",
  impl_code = "11130224MB1787212J0001300030001",
  department = "yingji",
  promised_limit = 1.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
