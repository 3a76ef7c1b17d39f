-- 滦南县本地特色事项 (local items, not in any parent catalogue).

item {
  code = "130224901000",
  local_item = true,
  name = "农业机械购置与应用补贴申领",
  type = "行政给付",
  legal_basis = {
    { law = "《中华人民共和国农业机械化促进法》", article = "第二十七条", text = "中央财政、省级财政应当分别安排专项资金，对农民和农业生产经营组织购买国家支持推广的先进适用的农业机械给予补贴" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "购买的机具属于当年补贴范围内的产品", "机具已在本县完成购置并登记（需登记的）", "同一机具未重复享受补贴" },
  materials = {
    { id = "sqb", name = "农机购置补贴申请表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "购机者身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "fp", name = "购机发票", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jjzp", name = "人机合影照片及机具铭牌照片", form = "原件", medium = "电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "其他", name = "农机购置补贴资金兑付通知" },
  theme = { "农业生产" },
  keywords = { "农机补贴", "购机补贴" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  impl_code = "11130224MB1786009L1302249010001",
  department = "nongye",
  promised_limit = 10,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

