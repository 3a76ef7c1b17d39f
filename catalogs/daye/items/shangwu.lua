-- 大冶市实施清单: 商务类事项 (adopted base items; offered = false where declined).

-- 再生资源回收经营者备案
item {
  base = "000118001000",
  impl_code = "11420281MB1P05180C0001180010001",
  department = "xingzheng",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}
