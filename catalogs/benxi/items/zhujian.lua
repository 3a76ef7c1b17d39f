-- 本溪满族自治县实施清单: 住房和城乡建设、人防、气象类事项 (adopted base items; offered = false where declined).

-- 建筑工程施工许可证核发
item {
  base = "000109001000",
  impl_code = "1121052100127111XX0001090010001",
  department = "zhujian",
  co_departments = { "ziranziyuan" },
  promised_limit = 3,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
  review = { mode = "并联", departments = { "zhujian", "ziranziyuan" } },
}

-- 特殊建设工程消防设计审查
item {
  base = "000109002000",
  impl_code = "1121052100127111XX0001090020001",
  department = "zhujian",
  promised_limit = 7,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 特殊建设工程消防验收
item {
  base = "000109003000",
  impl_code = "1121052100127111XX0001090030001",
  department = "zhujian",
  promised_limit = 7,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 其他建设工程消防验收备案
item {
  base = "000109004000",
  impl_code = "1121052100127111XX0001090040001",
  department = "zhujian",
  promised_limit = 2,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 结合民用建筑修建防空地下室审批
item {
  base = "000135001000",
  impl_code = "1121052100127111XX0001350010001",
  department = "zhujian",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 建设工程竣工联合验收
item {
  base = "000109005000",
  impl_code = "1121052100127111XX0001090050001",
  department = "zhujian",
  co_departments = { "ziranziyuan", "qixiang" },
  promised_limit = 7,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
  review = { mode = "并联", departments = { "zhujian", "ziranziyuan", "qixiang" } },
}

-- 房屋建筑和市政基础设施工程竣工验收备案
item {
  base = "000109006000",
  impl_code = "1121052100127111XX0001090060001",
  department = "zhujian",
  promised_limit = 2,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 商品房预售许可
item {
  base = "000109007000",
  impl_code = "1121052100127111XX0001090070001",
  department = "zhujian",
  promised_limit = 4.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 水电气暖信外线接入工程审批
item {
  base = "000109008000",
  impl_code = "1121052100127111XX0001090080001",
  department = "zhujian",
  co_departments = { "jiaotong", "gongan", "linye" },
  promised_limit = 5,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
  review = { mode = "并联", departments = { "zhujian", "jiaotong", "gongan", "linye" } },
}

-- 占用、挖掘城市道路审批
item {
  base = "000109009000",
  impl_code = "1121052100127111XX0001090090001",
  department = "zhujian",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 城市建筑垃圾处置核准
item {
  base = "000109010000",
  impl_code = "1121052100127111XX0001090100001",
  department = "zhujian",
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
  base = "000109011000",
  offered = false,
  reason = "燃气经营许可由本溪市住房和城乡建设局实施",
}

-- 城镇污水排入排水管网许可证核发
item {
  base = "000109012000",
  impl_code = "1121052100127111XX0001090120001",
  department = "zhujian",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}
