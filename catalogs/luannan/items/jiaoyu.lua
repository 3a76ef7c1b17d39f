-- 滦南县实施清单: 教育类事项 (adopted base items; offered = false where declined).

-- 实施学前教育、非学历文化教育培训的民办学校设立
item {
  base = "000103001000",
  impl_code = "11130224MB1632405Q0001030010001",
  department = "xingzheng",
  promised_limit = 18,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 教师资格认定
item {
  base = "000103002000",
  impl_code = "11130224000543750G0001030020001",
  department = "jiaoyu",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 校车使用许可
item {
  base = "000103003000",
  impl_code = "11130224MB1632405Q0001030030001",
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
