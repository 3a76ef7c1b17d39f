-- 本溪满族自治县实施清单: 农业农村类事项 (adopted base items; offered = false where declined).

-- 设施农业用地备案
item {
  base = "000117001000",
  impl_code = "11210521MB1W2562000001170010001",
  department = "nongye",
  co_departments = { "ziranziyuan", "linye" },
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "就近办", "一次办" },
  fees = { charged = false },
  faq = {
    { q = "设施农业用地涉及林地的怎么办？", a = "设施农业用地不得占用林地，涉及林地的须先由县林业和草原局核实，确需使用的依法办理使用林地审核。" },
  },
}

-- 农药经营许可
item {
  base = "000117002000",
  impl_code = "11210521MB1W2562000001170020001",
  department = "nongye",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 兽药经营许可证核发
item {
  base = "000117003000",
  impl_code = "11210521MB1W2562000001170030001",
  department = "nongye",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 动物防疫条件合格证核发
item {
  base = "000117004000",
  impl_code = "11210521MB1W2562000001170040001",
  department = "nongye",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 农作物种子生产经营许可证核发
item {
  base = "000117005000",
  impl_code = "11210521MB1W2562000001170050001",
  department = "nongye",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 拖拉机和联合收割机登记
item {
  base = "000117006000",
  impl_code = "11210521MB1W2562000001170060001",
  department = "nongye",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "需将机具送检并现场核对",
  four = { "一次办" },
  fees = { charged = false },
}

item {
  base = "000117007000",
  offered = false,
  reason = "本县内陆水域捕捞许可由本溪市农业农村局统一核发",
}
