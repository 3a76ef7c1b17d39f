-- 大冶市实施清单: 住房和城乡建设、人防、气象类事项 (adopted base items; offered = false where declined).

-- 建筑工程施工许可证核发
item {
  base = "000109001000",
  impl_code = "11420281MB1P05180C0001090010001",
  department = "xingzheng",
  co_departments = { "zhujian", "renfang" },
  promised_limit = 1,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
  commitment = { allowed = true, conditions = { "建设单位承诺已落实保证工程质量和安全的具体措施" }, replaces = { "zlaq" } },
  route = function(app)
    -- 施工许可阶段并联: 特殊建设工程加消防设计审查, 需建防空地下室的加人防
    local d, deps = app.data, { "xingzheng" }
    if d.special_project then deps[#deps + 1] = "zhujian" end
    if d.civil_defence then deps[#deps + 1] = "renfang" end
    return { mode = (#deps > 1) and "并联" or "串联", departments = deps }
  end,
}

-- 特殊建设工程消防设计审查
item {
  base = "000109002000",
  impl_code = "11420281MB1P05180C0001090020001",
  department = "xingzheng",
  co_departments = { "zhujian" },
  promised_limit = 5,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  review = { mode = "并联", departments = { "xingzheng", "zhujian" } },
}

-- 特殊建设工程消防验收
item {
  base = "000109003000",
  impl_code = "11420281MB1P05180C0001090030001",
  department = "xingzheng",
  co_departments = { "zhujian" },
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 其他建设工程消防验收备案
item {
  base = "000109004000",
  impl_code = "11420281011037415W0001090040001",
  department = "zhujian",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 结合民用建筑修建防空地下室审批
item {
  base = "000135001000",
  impl_code = "11420281MB1P05180C0001350010001",
  department = "xingzheng",
  co_departments = { "renfang" },
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 建设工程竣工联合验收
item {
  base = "000109005000",
  impl_code = "11420281011037415W0001090050001",
  department = "zhujian",
  co_departments = { "ziranziyuan", "renfang", "qixiang" },
  promised_limit = 3,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  review = { mode = "并联", departments = { "zhujian", "ziranziyuan", "renfang", "qixiang" } },
}

-- 房屋建筑和市政基础设施工程竣工验收备案
item {
  base = "000109006000",
  impl_code = "11420281011037415W0001090060001",
  department = "zhujian",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 商品房预售许可
item {
  base = "000109007000",
  impl_code = "11420281MB1P05180C0001090070001",
  department = "xingzheng",
  promised_limit = 2.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 水电气暖信外线接入工程审批
item {
  base = "000109008000",
  impl_code = "11420281MB1P05180C0001090080001",
  department = "xingzheng",
  co_departments = { "zhujian", "jiaotong", "gongan" },
  promised_limit = 2,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  review = { mode = "并联", departments = { "xingzheng", "zhujian", "jiaotong", "gongan" } },
}

-- 占用、挖掘城市道路审批
item {
  base = "000109009000",
  impl_code = "11420281MB1P05180C0001090090001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 城市建筑垃圾处置核准
item {
  base = "000109010000",
  impl_code = "11420281MB1P05180C0001090100001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 燃气经营许可证核发
item {
  base = "000109011000",
  impl_code = "11420281MB1P05180C0001090110001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 城镇污水排入排水管网许可证核发
item {
  base = "000109012000",
  impl_code = "11420281MB1P05180C0001090120001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "网上申请后需到综合窗口核验原件一次，结果免费邮寄",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
