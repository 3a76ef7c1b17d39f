-- 本溪满族自治县实施清单: 文化和旅游、体育类事项 (adopted base items; offered = false where declined).

-- 娱乐场所经营许可
item {
  base = "000119001000",
  impl_code = "11210521MB1W2597060001190010001",
  department = "wenlv",
  promised_limit = 10,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 2,
  visits_reason = "提交申请一次；现场核查后到窗口领取许可证一次",
  four = {},
  fees = { charged = false },
}

-- 互联网上网服务营业场所经营单位设立审批
item {
  base = "000119002000",
  impl_code = "11210521MB1W2597060001190020001",
  department = "wenlv",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 营业性演出审批
item {
  base = "000119003000",
  impl_code = "11210521MB1W2597060001190030001",
  department = "wenlv",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 高危险性体育项目经营许可
item {
  base = "000119004000",
  impl_code = "11210521MB1W2597060001190040001",
  department = "wenlv",
  promised_limit = 13.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}
