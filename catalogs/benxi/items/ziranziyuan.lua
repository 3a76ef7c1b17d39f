-- 本溪满族自治县实施清单: 自然资源和规划类事项 (adopted base items; offered = false where declined).

-- 建设项目用地预审与选址意见书核发
item {
  base = "000106001000",
  impl_code = "11210521MB1W2538050001060010001",
  department = "ziranziyuan",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 建设用地规划许可证核发
item {
  base = "000106002000",
  impl_code = "11210521MB1W2538050001060020001",
  department = "ziranziyuan",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 建设工程设计方案审查
item {
  base = "000106003000",
  impl_code = "11210521MB1W2538050001060030001",
  department = "ziranziyuan",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 建设工程规划许可证核发
item {
  base = "000106004000",
  impl_code = "11210521MB1W2538050001060040001",
  department = "ziranziyuan",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 乡村建设规划许可证核发
item {
  base = "000106005000",
  impl_code = "11210521MB1W2538050001060050001",
  department = "ziranziyuan",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 建设工程规划条件核实
item {
  base = "000106006000",
  impl_code = "11210521MB1W2538050001060060001",
  department = "ziranziyuan",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 国有建设用地使用权划拨批准
item {
  base = "000106007000",
  impl_code = "11210521MB1W2538050001060070001",
  department = "ziranziyuan",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

item {
  base = "000106008000",
  offered = false,
  reason = "农村村民宅基地审批由各乡镇人民政府实施，请到乡镇便民服务中心申请",
}

-- 临时用地审批
item {
  base = "000106009000",
  impl_code = "11210521MB1W2538050001060090001",
  department = "ziranziyuan",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}
