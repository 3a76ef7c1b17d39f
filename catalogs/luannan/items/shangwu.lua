-- 滦南县实施清单: 商务类事项 (adopted base items; offered = false where declined).

-- 再生资源回收经营者备案
item {
  base = "000118001000",
  impl_code = "11130224MB1632405Q0001180010001",
  department = "xingzheng",
  promised_limit = 1.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}
