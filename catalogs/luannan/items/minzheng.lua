-- 滦南县实施清单: 民政类事项 (adopted base items; offered = false where declined).

-- 社会团体成立登记
item {
  base = "000112001000",
  impl_code = "11130224MB1632405Q0001120010001",
  department = "xingzheng",
  promised_limit = 15,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到窗口核验发起人身份原件，并接受住所实地核查",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 社会团体变更登记
item {
  base = "000112002000",
  impl_code = "11130224MB1632405Q0001120020001",
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

-- 社会团体注销登记
item {
  base = "000112003000",
  impl_code = "11130224MB1632405Q0001120030001",
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

-- 民办非企业单位成立登记
item {
  base = "000112004000",
  impl_code = "11130224MB1632405Q0001120040001",
  department = "xingzheng",
  promised_limit = 15,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 民办非企业单位变更登记
item {
  base = "000112005000",
  impl_code = "11130224MB1632405Q0001120050001",
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

-- 民办非企业单位注销登记
item {
  base = "000112006000",
  impl_code = "11130224MB1632405Q0001120060001",
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

-- 养老机构备案
item {
  base = "000112007000",
  impl_code = "1113022400054318770001120070001",
  department = "minzheng",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 内地居民结婚登记
item {
  base = "000112008000",
  impl_code = "1113022400054318770001120080001",
  department = "minzheng",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "结婚登记须男女双方亲自到婚姻登记处，现场签署声明书并拍照",
  scope = "全省通办",
  address = "滦南县民政局婚姻登记处（滦南县城建设大街民政综合楼一楼）",
  four = { "马上办", "一次办" },
  fees = { charged = false },
}

-- 补领婚姻登记证
item {
  base = "000112009000",
  impl_code = "1113022400054318770001120090001",
  department = "minzheng",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "补领婚姻登记证须当事人本人到场核验身份",
  address = "滦南县民政局婚姻登记处（滦南县城建设大街民政综合楼一楼）",
  four = { "马上办", "一次办" },
  fees = { charged = false },
}

-- 最低生活保障对象认定
item {
  base = "000112010000",
  impl_code = "1113022400054318770001120100001",
  department = "minzheng",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 特困人员认定
item {
  base = "000112011000",
  impl_code = "1113022400054318770001120110001",
  department = "minzheng",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 困难残疾人生活补贴和重度残疾人护理补贴给付
item {
  base = "000112012000",
  impl_code = "1113022400054318770001120120001",
  department = "minzheng",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 临时救助对象认定
item {
  base = "000112013000",
  impl_code = "1113022400054318770001120130001",
  department = "minzheng",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}
