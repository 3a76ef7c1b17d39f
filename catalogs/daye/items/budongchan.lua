-- 大冶市实施清单: 不动产登记类事项 (adopted base items; offered = false where declined).

-- 不动产首次登记
item {
  base = "000106101000",
  impl_code = "12420281MB1P1270050001061010001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
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
  impl_code = "12420281MB1P1270050001061020001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  scope = "全省通办",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
  four = { "网上办", "一次办" },
  fees = {
    charged = true,
    items = {
      { name = "不动产登记费（住宅类）", standard = "80元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收；单独申请宅基地使用权登记等情形免收（财税〔2016〕79号）" },
      { name = "不动产登记费（非住宅类）", standard = "550元/件", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）", exemption = "小微企业（含个体工商户）免收（财税〔2016〕79号）" },
      { name = "不动产权证书工本费", standard = "10元/本（第一本免收）", basis = "《国家发展改革委 财政部关于不动产登记收费标准等有关问题的通知》（发改价格规〔2016〕2559号）" },
    },
  },
  faq = {
    { q = "有贷款没还完的房子能过户吗？", a = "可以。本市推行“带押过户”，经抵押权人同意，买卖双方和银行在不动产登记窗口一次办理转移和抵押登记，无需先还清贷款。" },
  },
}

-- 不动产变更登记
item {
  base = "000106103000",
  impl_code = "12420281MB1P1270050001061030001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 不动产注销登记
item {
  base = "000106104000",
  impl_code = "12420281MB1P1270050001061040001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 不动产抵押权登记
item {
  base = "000106105000",
  impl_code = "12420281MB1P1270050001061050001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 0.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
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
  impl_code = "12420281MB1P1270050001061060001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 0.5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
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
  impl_code = "12420281MB1P1270050001061070001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 不动产异议登记
item {
  base = "000106108000",
  impl_code = "12420281MB1P1270050001061080001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "当事人需到不动产登记窗口核验身份原件、接受询问并签字确认，证书可邮寄",
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}

-- 不动产登记资料查询
item {
  base = "000106109000",
  impl_code = "12420281MB1P1270050001061090001",
  department = "budongchan",
  delegated_by = "ziranziyuan",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  address = "湖北省黄石市大冶市市民之家（大冶市城北开发区）二楼不动产登记区",
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}
