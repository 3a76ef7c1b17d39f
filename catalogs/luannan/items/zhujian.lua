-- 滦南县实施清单: 住房和城乡建设、人防、气象类事项 (adopted base items; offered = false where declined).

-- 建筑工程施工许可证核发
item {
  base = "000109001000",
  impl_code = "11130224MB1632405Q0001090010001",
  department = "xingzheng",
  co_departments = { "zhujian", "ziranziyuan" },
  promised_limit = 2,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  commitment = { allowed = true, conditions = { "建设单位书面承诺已落实保证工程质量和安全的具体措施，开工前补齐" }, replaces = { "zlaq" } },
  review = { mode = "并联", departments = { "xingzheng", "zhujian", "ziranziyuan" } },
}

-- 特殊建设工程消防设计审查
item {
  base = "000109002000",
  impl_code = "11130224000543267T0001090020001",
  department = "zhujian",
  co_departments = { "xingzheng" },
  promised_limit = 5,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  review = { mode = "并联", departments = { "zhujian", "xingzheng" } },
}

-- 特殊建设工程消防验收
item {
  base = "000109003000",
  impl_code = "11130224000543267T0001090030001",
  department = "zhujian",
  promised_limit = 4.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 其他建设工程消防验收备案
item {
  base = "000109004000",
  impl_code = "11130224000543267T0001090040001",
  department = "zhujian",
  promised_limit = 1.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 结合民用建筑修建防空地下室审批
item {
  base = "000135001000",
  impl_code = "11130224000543267T0001350010001",
  department = "zhujian",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 建设工程竣工联合验收
item {
  base = "000109005000",
  impl_code = "11130224000543267T0001090050001",
  department = "zhujian",
  co_departments = { "ziranziyuan", "xingzheng", "qixiang" },
  promised_limit = 5,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  review = { mode = "并联", departments = { "zhujian", "ziranziyuan", "xingzheng", "qixiang" } },
}

-- 房屋建筑和市政基础设施工程竣工验收备案
item {
  base = "000109006000",
  impl_code = "11130224000543267T0001090060001",
  department = "zhujian",
  promised_limit = 1.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 商品房预售许可
item {
  base = "000109007000",
  impl_code = "11130224MB1632405Q0001090070001",
  department = "xingzheng",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 水电气暖信外线接入工程审批
item {
  base = "000109008000",
  impl_code = "11130224MB1632405Q0001090080001",
  department = "xingzheng",
  co_departments = { "zhujian", "jiaotong", "gongan" },
  promised_limit = 3,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  review = { mode = "并联", departments = { "xingzheng", "zhujian" } },
  route = function(app)
    -- 按接入工程涉及的公共资源确定并联审查部门
    local d, deps = app.data, { "xingzheng", "zhujian" }
    if d.dig_road then deps[#deps + 1] = "gongan" end        -- 占掘城市道路: 公安交警
    if d.cross_highway then deps[#deps + 1] = "jiaotong" end -- 穿越公路: 交通运输
    return { mode = "并联", departments = deps }
  end,
}

-- 占用、挖掘城市道路审批
item {
  base = "000109009000",
  impl_code = "11130224MB1632405Q0001090090001",
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

-- 城市建筑垃圾处置核准
item {
  base = "000109010000",
  impl_code = "11130224MB1632405Q0001090100001",
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

-- 燃气经营许可证核发
item {
  base = "000109011000",
  impl_code = "11130224MB1632405Q0001090110001",
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

-- 城镇污水排入排水管网许可证核发
item {
  base = "000109012000",
  impl_code = "11130224MB1632405Q0001090120001",
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
