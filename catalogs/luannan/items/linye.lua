-- 滦南县实施清单: 林业和草原类事项 (adopted base items; offered = false where declined).

-- 使用林地审核
item {
  base = "000125001000",
  impl_code = "11130224MB1785022R0001250010001",
  department = "ziranziyuan",
  promised_limit = 6,
  case_type = "上报件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到窗口提交纸质可行性报告，并配合现场查验",
  four = { "网上办", "一次办" },
  fees = { charged = false },
  faq = {
    { q = "为什么本事项是上报件？", a = "使用林地面积超出县级审核权限的，县里初审后报唐山市、河北省林业主管部门审核，承诺时限为县级初审时限。" },
  },
}

-- 临时使用林地审批
item {
  base = "000125002000",
  impl_code = "11130224MB1785022R0001250020001",
  department = "ziranziyuan",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 林木采伐许可证核发
item {
  base = "000125003000",
  impl_code = "11130224MB1785022R0001250030001",
  department = "ziranziyuan",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 森林草原防火期内在森林草原防火区野外用火审批
item {
  base = "000125004000",
  impl_code = "11130224MB1785022R0001250040001",
  department = "ziranziyuan",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 进入森林高火险区审批
item {
  base = "000125005000",
  impl_code = "11130224MB1785022R0001250050001",
  department = "ziranziyuan",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 林草种子生产经营许可证核发
item {
  base = "000125006000",
  impl_code = "11130224MB1785022R0001250060001",
  department = "ziranziyuan",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 森林植物检疫证书核发
item {
  base = "000125007000",
  impl_code = "11130224MB1785022R0001250070001",
  department = "ziranziyuan",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 直接为林业生产经营服务的工程设施占用林地审批
item {
  base = "000125008000",
  impl_code = "11130224MB1785022R0001250080001",
  department = "ziranziyuan",
  promised_limit = 6,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
