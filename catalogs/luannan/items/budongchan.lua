-- 滦南县实施清单: 不动产登记类事项 (adopted base items; offered = false where declined).

-- 不动产首次登记
item {
  base = "000106101000",
  impl_code = "12130224MA0C5T215F0001061010001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  four = { "网上办", "一次办" },
  fees = {
    charged = true,
    items = {
      { name = "不动产登记费（住宅类）", standard = "80元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收；单独申请宅基地使用权登记等情形免收（财税〔2016〕79号）" },
      { name = "不动产登记费（非住宅类）", standard = "550元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收（财税〔2016〕79号）" },
      { name = "不动产权证书工本费", standard = "10元/本（第一本免收）", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）" },
    },
  },
}

-- 不动产转移登记
item {
  base = "000106102000",
  impl_code = "12130224MA0C5T215F0001061020001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  four = { "网上办", "一次办" },
  fees = {
    charged = true,
    items = {
      { name = "不动产登记费（住宅类）", standard = "80元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收；单独申请宅基地使用权登记等情形免收（财税〔2016〕79号）" },
      { name = "不动产登记费（非住宅类）", standard = "550元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收（财税〔2016〕79号）" },
      { name = "不动产权证书工本费", standard = "10元/本（第一本免收）", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）" },
    },
  },
  tolerance = { allowed = true, supplement_days = 2 },
  review = { mode = "串联", departments = { "budongchan" }, limit = 2 },
  materials = { set = { hyzk = { tolerable = true } } },
}

-- 不动产变更登记
item {
  base = "000106103000",
  impl_code = "12130224MA0C5T215F0001061030001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 2,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 不动产注销登记
item {
  base = "000106104000",
  impl_code = "12130224MA0C5T215F0001061040001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 不动产抵押权登记
item {
  base = "000106105000",
  impl_code = "12130224MA0C5T215F0001061050001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  four = { "网上办", "一次办" },
  fees = {
    charged = true,
    items = {
      { name = "不动产登记费（住宅类）", standard = "80元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收；单独申请宅基地使用权登记等情形免收（财税〔2016〕79号）" },
      { name = "不动产登记费（非住宅类）", standard = "550元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收（财税〔2016〕79号）" },
      { name = "不动产权证书工本费", standard = "10元/本（第一本免收）", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）" },
    },
  },
}

-- 不动产预告登记
item {
  base = "000106106000",
  impl_code = "12130224MA0C5T215F0001061060001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  four = { "网上办", "一次办" },
  fees = {
    charged = true,
    items = {
      { name = "不动产登记费（住宅类）", standard = "80元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收；单独申请宅基地使用权登记等情形免收（财税〔2016〕79号）" },
      { name = "不动产登记费（非住宅类）", standard = "550元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收（财税〔2016〕79号）" },
      { name = "不动产权证书工本费", standard = "10元/本（第一本免收）", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）" },
    },
  },
}

-- 不动产更正登记
item {
  base = "000106107000",
  impl_code = "12130224MA0C5T215F0001061070001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 不动产异议登记
item {
  base = "000106108000",
  impl_code = "12130224MA0C5T215F0001061080001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 不动产登记资料查询
item {
  base = "000106109000",
  impl_code = "12130224MA0C5T215F0001061090001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  address = "河北省唐山市滦南县政务服务中心（滦南县城友谊路）二楼不动产登记专区",
  four = { "马上办", "网上办", "就近办", "一次办" },
  fees = { charged = false },
}
