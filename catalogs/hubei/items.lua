-- Hubei overrides of base items and province-local items.

-- 不动产转移登记: 推行带押过户
item {
  base = "000106102000",
  conditions = { "不动产已办理首次登记", "不动产未被查封、未设立异议登记", "已设立抵押的，经抵押权人同意可办理'带押过户'，无需先行还清贷款、注销抵押" },
  keywords = { "过户", "二手房", "赠与", "继承", "转移登记", "带押过户" },
}

-- 竣工联合验收: 省级规定限时10个工作日
item {
  base = "000109005000",
  statutory_limit = 10,
  steps = {
    { name = "受理", description = "综合窗口一次受理", limit = 1 },
    { name = "联合验收", description = "规划、消防、人防、档案、质量等部门联合现场验收", limit = 7 },
    { name = "出具意见", description = "统一出具联合验收意见", limit = 2 },
  },
}

item {
  code = "420123001000",
  local_item = true,
  name = "食品小作坊登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国食品安全法》", article = "第三十六条", text = "食品生产加工小作坊和食品摊贩等的具体管理办法由省、自治区、直辖市制定；本省依照《湖北省食品安全条例》对食品小作坊实行登记管理" },
  },
  levels = { "县" },
  statutory_limit = 15,
  objects = { "自然人", "非法人企业" },
  conditions = { "有固定的生产加工场所，生产条件与加工的食品品种相适应", "生产加工的食品不属于禁止小作坊生产的品种", "从业人员持有有效健康证明" },
  materials = {
    { id = "sqb", name = "食品小作坊登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "开办者身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "cszm", name = "生产加工场所使用证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "gylc", name = "生产加工品种及工艺流程说明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jkzm", name = "从业人员健康证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
  },
  result = { type = "证照", name = "湖北省食品小作坊登记证" },
  theme = { "食品安全", "个体经营" },
  keywords = { "小作坊", "豆腐坊", "酿酒作坊" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 12 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
