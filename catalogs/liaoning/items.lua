-- Liaoning overrides of base items and province-local items.

-- 使用林地审核: 省内审核权限说明
item {
  base = "000125001000",
  keywords = { "占用林地", "征收林地", "使用林地审核", "林地定额" },
  review_standard = "对照林地保护利用规划、使用林地定额和限制条件审核；东部山区县超出县级审核权限的，经市级林业主管部门报省级审核",
}

-- 竣工联合验收: 省级规定限时12个工作日
item {
  base = "000109005000",
  statutory_limit = 12,
  steps = {
    { name = "受理", description = "综合窗口一次受理", limit = 1 },
    { name = "联合验收", description = "规划、消防、人防、档案、质量等部门联合现场验收", limit = 8 },
    { name = "出具意见", description = "统一出具联合验收意见", limit = 3 },
  },
}

item {
  code = "210123001000",
  local_item = true,
  name = "食品生产加工小作坊登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国食品安全法》", article = "第三十六条", text = "食品生产加工小作坊和食品摊贩等的具体管理办法由省、自治区、直辖市制定；本省依照《辽宁省食品安全条例》对食品生产加工小作坊实行登记管理" },
  },
  levels = { "县" },
  statutory_limit = 15,
  objects = { "自然人", "非法人企业" },
  conditions = { "有固定的生产加工场所", "具有与生产加工食品相适应的设备设施", "从业人员持有有效健康证明" },
  materials = {
    { id = "sqb", name = "食品生产加工小作坊登记申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "开办者身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "cszm", name = "生产加工场所使用证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "gylc", name = "生产加工食品品种及工艺流程说明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jkzm", name = "从业人员健康证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
  },
  result = { type = "证照", name = "辽宁省食品生产加工小作坊登记证" },
  theme = { "食品安全", "个体经营" },
  keywords = { "小作坊", "煎饼", "山货加工" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 12 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
