-- 本溪满族自治县实施清单: 市场监督管理及企业开办关联事项类事项 (adopted base items; offered = false where declined).

-- 企业设立登记
item {
  base = "000123001000",
  impl_code = "11210521MB1W2458090001230010001",
  department = "shichang",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 企业变更登记
item {
  base = "000123002000",
  impl_code = "11210521MB1W2458090001230020001",
  department = "shichang",
  promised_limit = 1.5,
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
  impl_code = "11210521MB1W2458090001230030001",
  department = "shichang",
  promised_limit = 1.5,
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
  impl_code = "11210521MB1W2458090001230040001",
  department = "shichang",
  promised_limit = 0.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 个体工商户变更、注销登记
item {
  base = "000123005000",
  impl_code = "11210521MB1W2458090001230050001",
  department = "shichang",
  promised_limit = 1.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "就近办", "一次办" },
  fees = { charged = false },
}

-- 农民专业合作社设立登记
item {
  base = "000123006000",
  impl_code = "11210521MB1W2458090001230060001",
  department = "shichang",
  promised_limit = 1.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 食品经营许可
item {
  base = "000123007000",
  impl_code = "11210521MB1W2458090001230070001",
  department = "shichang",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
  reform_mode = "优化审批服务",
}

-- 仅销售预包装食品备案
item {
  base = "000123008000",
  impl_code = "11210521MB1W2458090001230080001",
  department = "shichang",
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
  reason = "食品生产许可由本溪市市场监督管理局实施",
}

-- 药品零售企业经营许可
item {
  base = "000123010000",
  impl_code = "11210521MB1W2458090001230100001",
  department = "shichang",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 特种设备使用登记
item {
  base = "000123011000",
  impl_code = "11210521MB1W2458090001230110001",
  department = "shichang",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 食品生产加工小作坊登记
item {
  base = "210123001000",
  impl_code = "11210521MB1W2458092101230010001",
  department = "shichang",
  promised_limit = 7,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "需到乡镇市场监管所提交申请，并配合现场核查",
  four = { "就近办", "一次办" },
  fees = { charged = false },
}
