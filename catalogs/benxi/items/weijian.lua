-- 本溪满族自治县实施清单: 卫生健康类事项 (adopted base items; offered = false where declined).

-- 医疗机构执业登记
item {
  base = "000114001000",
  impl_code = "11210521MB1W24740G0001140010001",
  department = "weijian",
  promised_limit = 20,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 2,
  visits_reason = "提交申请一次；现场审查合格后到窗口领取许可证一次",
  four = {},
  fees = { charged = false },
}

-- 医师执业注册
item {
  base = "000114002000",
  impl_code = "11210521MB1W24740G0001140020001",
  department = "weijian",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 护士执业注册
item {
  base = "000114003000",
  impl_code = "11210521MB1W24740G0001140030001",
  department = "weijian",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- 公共场所卫生许可
item {
  base = "000114004000",
  impl_code = "11210521MB1W24740G0001140040001",
  department = "weijian",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
  commitment = { allowed = true, conditions = { "申请人承诺经营场所符合公共场所卫生标准，取证后接受现场核查" }, replaces = { "jcbg" } },
  reform_mode = "实行告知承诺",
}

-- 供水单位卫生许可
item {
  base = "000114005000",
  impl_code = "11210521MB1W24740G0001140050001",
  department = "weijian",
  promised_limit = 9,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "一次办" },
  fees = { charged = false },
}

-- 出生医学证明签发
item {
  base = "000114006000",
  impl_code = "11210521MB1W24740G0001140060001",
  department = "weijian",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  four = { "马上办", "一次办" },
  fees = { charged = false },
}
