-- 本溪满族自治县实施清单: 生态环境类事项 (adopted base items; offered = false where declined).

-- 建设项目环境影响报告表审批
item {
  base = "000107001000",
  impl_code = "11210521MB1W29998X0001070010001",
  department = "shengtai",
  promised_limit = 13.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 建设项目环境影响登记表备案
item {
  base = "000107002000",
  impl_code = "11210521MB1W29998X0001070020001",
  department = "shengtai",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 排污许可证核发
item {
  base = "000107003000",
  impl_code = "11210521MB1W29998X0001070030001",
  department = "shengtai",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}
