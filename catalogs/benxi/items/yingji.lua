-- 本溪满族自治县实施清单: 应急管理类事项 (adopted base items; offered = false where declined).

-- 危险化学品经营许可证（不带储存设施）核发
item {
  base = "000130001000",
  impl_code = "11210521MB1W25890J0001300010001",
  department = "yingji",
  promised_limit = 13.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 烟花爆竹经营（零售）许可
item {
  base = "000130002000",
  impl_code = "11210521MB1W25890J0001300020001",
  department = "yingji",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 生产经营单位生产安全事故应急预案备案
item {
  base = "000130003000",
  impl_code = "11210521MB1W25890J0001300030001",
  department = "yingji",
  promised_limit = 2,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}
