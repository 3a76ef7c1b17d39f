-- 滦南县实施清单: 农业农村类事项 (adopted base items; offered = false where declined).

-- 设施农业用地备案
item {
  base = "000117001000",
  impl_code = "11130224MB1786009L0001170010001",
  department = "nongye",
  co_departments = { "ziranziyuan" },
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "就近办", "一次办" },
  fees = { charged = false },
  faq = {
    { q = "设施农业用地需要办理农用地转用审批吗？", a = "不需要。设施农业用地按农用地管理，经营者与村集体签订协议后备案即可，备案后由乡镇汇交县自然资源和规划局上图入库。" },
  },
}

-- 农药经营许可
item {
  base = "000117002000",
  impl_code = "11130224MB1632405Q0001170020001",
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

-- 兽药经营许可证核发
item {
  base = "000117003000",
  impl_code = "11130224MB1632405Q0001170030001",
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

-- 动物防疫条件合格证核发
item {
  base = "000117004000",
  impl_code = "11130224MB1786009L0001170040001",
  department = "nongye",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 农作物种子生产经营许可证核发
item {
  base = "000117005000",
  impl_code = "11130224MB1632405Q0001170050001",
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

-- 拖拉机和联合收割机登记
item {
  base = "000117006000",
  impl_code = "11130224MB1786009L0001170060001",
  department = "nongye",
  promised_limit = 0.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需将拖拉机、联合收割机送检并现场核对车辆",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 渔业捕捞许可
item {
  base = "000117007000",
  impl_code = "11130224MB1786009L0001170070001",
  department = "nongye",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到窗口核验渔船检验证书原件",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
