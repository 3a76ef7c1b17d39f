-- 本溪满族自治县实施清单: 税务类事项 (adopted base items; offered = false where declined).

-- 发票票种核定
item {
  base = "000124001000",
  impl_code = "11210521MB1W17081X0001240010001",
  department = "shuiwu",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}
