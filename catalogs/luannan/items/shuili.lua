-- 滦南县实施清单: 水利类事项 (adopted base items; offered = false where declined).

-- 取水许可
item {
  base = "000113001000",
  impl_code = "11130224MB1632405Q0001130010001",
  department = "xingzheng",
  promised_limit = 13.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到综合受理窗口核验原件、签署告知书，结果可邮寄送达",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 生产建设项目水土保持方案审批
item {
  base = "000113002000",
  impl_code = "11130224MB1632405Q0001130020001",
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

-- 洪水影响评价类审批
item {
  base = "000113003000",
  impl_code = "11130224MB1632405Q0001130030001",
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

item {
  base = "000113004000",
  offered = false,
  reason = "本县平原地区无新建水库需求，该事项由唐山市水利局统筹实施",
}
