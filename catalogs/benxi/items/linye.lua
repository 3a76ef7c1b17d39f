-- 本溪满族自治县实施清单: 林业和草原类事项 (adopted base items; offered = false where declined).

-- 使用林地审核
item {
  base = "000125001000",
  impl_code = "11210521MB1W25460Q0001250010001",
  department = "linye",
  promised_limit = 8,
  case_type = "上报件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "需到林业专窗提交纸质可行性报告，并配合现场查验",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼林业专窗",
  four = { "一次办" },
  fees = { charged = false },
  tolerance = { allowed = true, supplement_days = 3 },
  materials = { set = { xydy = { tolerable = true } } },
  faq = {
    { q = "占用林地面积多少由县里审核？", a = "县林业和草原局受理并初审，按辽宁省审核权限，超出县级权限的逐级报本溪市、辽宁省林业和草原局审核，县级初审8个工作日内完成。" },
  },
}

-- 临时使用林地审批
item {
  base = "000125002000",
  impl_code = "11210521MB1W25460Q0001250020001",
  department = "linye",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "需到林业专窗提交恢复植被方案并签署承诺",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼林业专窗",
  four = { "一次办" },
  fees = { charged = false },
}

-- 林木采伐许可证核发
item {
  base = "000125003000",
  impl_code = "11210521MB1W25460Q0001250030001",
  department = "linye",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "可在乡镇林业站就近提交，需配合伐区现场核查",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼林业专窗",
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
  faq = {
    { q = "自家承包地里的树要采伐，要办采伐证吗？", a = "农村居民采伐自留地和房前屋后个人所有的零星林木，免于申请采伐许可证；其他林木需申请，可在乡镇林业站就近提交。" },
  },
}

-- 森林草原防火期内在森林草原防火区野外用火审批
item {
  base = "000125004000",
  impl_code = "11210521MB1W25460Q0001250040001",
  department = "linye",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需签署用火安全责任书",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼林业专窗",
  four = { "马上办", "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 进入森林高火险区审批
item {
  base = "000125005000",
  impl_code = "11210521MB1W25460Q0001250050001",
  department = "linye",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼林业专窗",
  four = { "一次办" },
  fees = { charged = false },
}

-- 林草种子生产经营许可证核发
item {
  base = "000125006000",
  impl_code = "11210521MB1W25460Q0001250060001",
  department = "linye",
  promised_limit = 8,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼林业专窗",
  four = { "一次办" },
  fees = { charged = false },
}

-- 森林植物检疫证书核发
item {
  base = "000125007000",
  impl_code = "11210521MB1W25460Q0001250070001",
  department = "linye",
  promised_limit = 1,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理", "快递申请" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需提交调运苗木的检疫报检并配合现场检疫",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼林业专窗",
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

-- 直接为林业生产经营服务的工程设施占用林地审批
item {
  base = "000125008000",
  impl_code = "11210521MB1W25460Q0001250080001",
  department = "linye",
  promised_limit = 8,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网预审",
  visits = 1,
  visits_reason = "网上预审通过后需到窗口提交纸质材料并核验原件",
  address = "辽宁省本溪市本溪满族自治县政务服务中心（小市镇）一楼林业专窗",
  four = { "一次办" },
  fees = { charged = false },
}
