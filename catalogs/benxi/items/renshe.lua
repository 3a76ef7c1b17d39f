-- 本溪满族自治县实施清单: 人力资源和社会保障类事项 (adopted base items; offered = false where declined).

-- 单位参保登记
item {
  base = "000110001000",
  impl_code = "1121052100127138XG0001100010001",
  department = "renshe",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 城乡居民基本养老保险参保登记
item {
  base = "000110002000",
  impl_code = "1121052100127138XG0001100020001",
  department = "renshe",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 城乡居民基本养老保险待遇申领
item {
  base = "000110003000",
  impl_code = "1121052100127138XG0001100030001",
  department = "renshe",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 失业保险金申领
item {
  base = "000110004000",
  impl_code = "1121052100127138XG0001100040001",
  department = "renshe",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 企业职工基本养老保险关系转移接续
item {
  base = "000110005000",
  impl_code = "1121052100127138XG0001100050001",
  department = "renshe",
  promised_limit = 7,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 劳务派遣经营许可
item {
  base = "000110006000",
  impl_code = "1121052100127138XG0001100060001",
  department = "renshe",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
  reform_mode = "优化审批服务",
}

-- 人力资源服务许可
item {
  base = "000110007000",
  impl_code = "1121052100127138XG0001100070001",
  department = "renshe",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
  commitment = { allowed = true, conditions = { "申请人承诺具备开展服务所需的场所和设施" }, replaces = { "cszm" } },
  reform_mode = "实行告知承诺",
}

-- 企业实行不定时工作制和综合计算工时工作制审批
item {
  base = "000110008000",
  impl_code = "1121052100127138XG0001100080001",
  department = "renshe",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 社会保障卡申领
item {
  base = "000110009000",
  impl_code = "1121052100127138XG0001100090001",
  department = "renshe",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "就近办", "一次办" },
  fees = { charged = false },
}
