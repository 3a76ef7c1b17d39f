-- 大冶市实施清单: 住房公积金类事项 (adopted base items; offered = false where declined).

-- 住房公积金单位缴存登记
item {
  base = "000137001000",
  impl_code = "12420281420830158H0001370010001",
  department = "gongjijin",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}
