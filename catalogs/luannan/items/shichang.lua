-- 滦南县实施清单: 市场监督管理及企业开办关联事项类事项 (adopted base items; offered = false where declined).

-- 企业设立登记
item {
  base = "000123001000",
  impl_code = "11130224MB1632405Q0001230010001",
  department = "xingzheng",
  promised_limit = 0.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  scope = "全省通办",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  tolerance = { allowed = true, supplement_days = 0.5 },
  materials = { set = { wts = { tolerable = true } } },
}

-- 企业变更登记
item {
  base = "000123002000",
  impl_code = "11130224MB1632405Q0001230020001",
  department = "xingzheng",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 企业注销登记
item {
  base = "000123003000",
  impl_code = "11130224MB1632405Q0001230030001",
  department = "xingzheng",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 个体工商户设立登记
item {
  base = "000123004000",
  impl_code = "11130224MB1632405Q0001230040001",
  department = "xingzheng",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 个体工商户变更、注销登记
item {
  base = "000123005000",
  impl_code = "11130224MB1632405Q0001230050001",
  department = "xingzheng",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 农民专业合作社设立登记
item {
  base = "000123006000",
  impl_code = "11130224MB1632405Q0001230060001",
  department = "xingzheng",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 食品经营许可
item {
  base = "000123007000",
  impl_code = "11130224MB1632405Q0001230070001",
  department = "xingzheng",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  tolerance = { allowed = true, supplement_days = 3 },
  reform_mode = "优化审批服务",
}

-- 仅销售预包装食品备案
item {
  base = "000123008000",
  impl_code = "11130224MB1632405Q0001230080001",
  department = "xingzheng",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
  reform_mode = "审批改为备案",
}

item {
  base = "000123009000",
  offered = false,
  reason = "食品生产许可由唐山市行政审批局实施，本县不设该事项，可在县政务服务中心帮办代办窗口咨询代办",
}

-- 药品零售企业经营许可
item {
  base = "000123010000",
  impl_code = "11130224MB1632405Q0001230100001",
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

-- 特种设备使用登记
item {
  base = "000123011000",
  impl_code = "11130224MB1694470D0001230110001",
  department = "shichang",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 小餐饮登记证核发
item {
  base = "130123001000",
  impl_code = "11130224MB1632405Q1301230010001",
  department = "xingzheng",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到窗口提交纸质申请材料，现场核查后即可领证",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
