-- 滦南县实施清单: 人力资源和社会保障类事项 (adopted base items; offered = false where declined).

-- 单位参保登记
item {
  base = "000110001000",
  impl_code = "11130224000543347E0001100010001",
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
  impl_code = "11130224000543347E0001100020001",
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
  impl_code = "11130224000543347E0001100030001",
  department = "renshe",
  promised_limit = 6,
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
  impl_code = "11130224000543347E0001100040001",
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
  impl_code = "11130224000543347E0001100050001",
  department = "renshe",
  promised_limit = 4.5,
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
  impl_code = "11130224MB1632405Q0001100060001",
  department = "xingzheng",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  reform_mode = "优化审批服务",
}

-- 人力资源服务许可
item {
  base = "000110007000",
  impl_code = "11130224MB1632405Q0001100070001",
  department = "xingzheng",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  commitment = { allowed = true, conditions = { "申请人承诺具备与服务相适应的固定场所和办公设施" }, replaces = { "cszm" } },
  reform_mode = "实行告知承诺",
}

-- 企业实行不定时工作制和综合计算工时工作制审批
item {
  base = "000110008000",
  impl_code = "11130224MB1632405Q0001100080001",
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

-- 社会保障卡申领
item {
  base = "000110009000",
  impl_code = "11130224000543347E0001100090001",
  department = "renshe",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "就近办", "一次办" },
  fees = { charged = false },
}
