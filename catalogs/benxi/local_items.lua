-- 本溪满族自治县本地特色事项 (local items, not in any parent catalogue).

item {
  code = "210521901000",
  local_item = true,
  name = "林下经济项目登记服务",
  type = "公共服务",
  legal_basis = {
    { law = "《国务院办公厅关于加快林下经济发展的意见》（国办发〔2012〕42号）", article = "第三部分", text = "加大对林下经济发展的政策扶持，为林下种植、养殖、采集和森林旅游等提供服务" },
  },
  levels = { "县" },
  statutory_limit = 10,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "林地权属清楚，已取得林地经营权或与权利人签订协议", "林下种植、养殖不改变林地用途、不破坏森林植被", "林下参、辽细辛等道地药材种植符合当地林下经济发展规划" },
  materials = {
    { id = "sqb", name = "林下经济项目登记表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "经营者身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "lqzm", name = "林地权属证明或林地经营权流转合同", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "fwt", name = "经营范围示意图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "非必要", source = "申请人自备" },
  },
  result = { type = "其他", name = "林下经济项目登记回执" },
  theme = { "林业", "农业生产" },
  keywords = { "林下参", "山参", "辽细辛", "林下经济", "林蛙" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 7 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  impl_code = "11210521MB1W25460Q2105219010001",
  department = "linye",
  promised_limit = 3,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到林业专窗或乡镇林业站核验林地权属原件",
  four = { "网上办", "就近办", "一次办" },
  fees = { charged = false },
}

