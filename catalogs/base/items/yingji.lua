-- Base items: 应急管理. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000130001000",
  name = "危险化学品经营许可证（不带储存设施）核发",
  type = "行政许可",
  legal_basis = {
    { law = "《危险化学品安全管理条例》", article = "第三十三条", text = "国家对危险化学品经营（包括仓储经营）实行许可制度" },
    { law = "《危险化学品安全管理条例》", article = "第三十五条", text = "设区的市级或县级人民政府安全生产监督管理部门应当依法进行审查，并对申请人的经营场所、储存设施进行现场核查，自收到证明材料之日起30日内作出批准或者不予批准的决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 30,
  objects = { "企业法人", "非法人企业" },
  conditions = { "经营场所符合国家标准、行业标准", "从业人员经过专业技术培训并经考核合格", "有健全的安全管理规章制度", "有符合国家规定的危险化学品事故应急预案" },
  materials = {
    { id = "sqb", name = "危险化学品经营许可证申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "经营场所产权或租赁证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "aqpx", name = "主要负责人、安全管理人员安全生产知识和管理能力考核合格证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yjya", name = "危险化学品事故应急预案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "危险化学品经营许可证" },
  theme = { "安全生产" },
  keywords = { "危化品", "油漆", "化工" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 27 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000130002000",
  name = "烟花爆竹经营（零售）许可",
  type = "行政许可",
  legal_basis = {
    { law = "《烟花爆竹安全管理条例》", article = "第十八条", text = "烟花爆竹零售经营者应当具备相应条件" },
    { law = "《烟花爆竹安全管理条例》", article = "第十九条", text = "申请从事烟花爆竹零售的，应当向所在地县级人民政府安全生产监督管理部门提出申请，自受理申请之日起20日内对提交的有关材料和经营场所进行审查" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业", "自然人" },
  conditions = { "主要负责人经过安全知识教育", "实行专店或者专柜销售，设专人负责安全管理", "经营场所配备必要的消防器材", "有安全疏散通道" },
  materials = {
    { id = "sqb", name = "烟花爆竹经营（零售）许可证申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "零售场所平面图及消防器材配备证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "aqpx", name = "安全培训合格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "烟花爆竹经营（零售）许可证" },
  theme = { "安全生产" },
  keywords = { "鞭炮", "烟花零售" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000130003000",
  name = "生产经营单位生产安全事故应急预案备案",
  type = "行政备案",
  legal_basis = {
    { law = "《中华人民共和国安全生产法》", article = "第八十一条", text = "生产经营单位应当制定本单位生产安全事故应急救援预案，与所在地县级以上地方人民政府组织制定的应急救援预案相衔接" },
    { law = "《生产安全事故应急条例》", article = "第七条", text = "易燃易爆物品、危险化学品等危险物品的生产、经营、储存、运输单位等应当将其制定的应急救援预案报送县级以上人民政府负有安全生产监督管理职责的部门备案" },
  },
  levels = { "市", "县" },
  statutory_limit = 5,
  objects = { "企业法人", "非法人企业" },
  conditions = { "应急预案已经评审或论证", "应急预案已由主要负责人签署公布" },
  materials = {
    { id = "sqb", name = "生产经营单位生产安全事故应急预案备案申报表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yjya", name = "应急预案文本及风险评估、资源调查报告", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "psyj", name = "应急预案评审或论证意见", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "其他", name = "应急预案备案登记表" },
  theme = { "安全生产" },
  keywords = { "应急预案" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 3 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}
