-- 滦南县实施清单: 卫生健康类事项 (adopted base items; offered = false where declined).

-- 医疗机构执业登记
item {
  base = "000114001000",
  impl_code = "11130224MB1632405Q0001140010001",
  department = "xingzheng",
  promised_limit = 13.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 医师执业注册
item {
  base = "000114002000",
  impl_code = "11130224MB1711357A0001140020001",
  department = "weijian",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 护士执业注册
item {
  base = "000114003000",
  impl_code = "11130224MB1711357A0001140030001",
  department = "weijian",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 公共场所卫生许可
item {
  base = "000114004000",
  impl_code = "11130224MB1632405Q0001140040001",
  department = "xingzheng",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  commitment = { allowed = true, conditions = { "申请人承诺经营场所符合公共场所卫生标准，取证后30日内接受现场核查" }, replaces = { "jcbg" } },
  reform_mode = "实行告知承诺",
}

-- 供水单位卫生许可
item {
  base = "000114005000",
  impl_code = "11130224MB1632405Q0001140050001",
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

-- 出生医学证明签发
item {
  base = "000114006000",
  impl_code = "11130224MB1711357A0001140060001",
  department = "weijian",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}
