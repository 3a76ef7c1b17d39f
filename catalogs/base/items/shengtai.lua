-- Base items: 生态环境. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000107001000",
  name = "建设项目环境影响报告表审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国环境影响评价法》", article = "第二十二条", text = "审批部门应当自收到环境影响报告书之日起六十日内，收到环境影响报告表之日起三十日内，分别作出审批决定并书面通知建设单位" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 30,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "建设项目符合生态环境分区管控要求", "污染物排放符合国家和地方排放标准", "采取的措施能够有效预防和控制生态破坏" },
  materials = {
    { id = "sqb", name = "建设项目环境影响报告表审批申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "hpbg", name = "建设项目环境影响报告表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "gzsm", name = "公众参与说明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "非必要", source = "申请人自备" },
  },
  result = { type = "批文", name = "建设项目环境影响报告表批复" },
  theme = { "生态环境", "工程建设" },
  keywords = { "环评", "环评审批", "环评报告表" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 27 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "专家评审", limit = 10, note = "委托技术评估机构组织专家评审，时间不计入办理时限" },
  },
}

item {
  base_code = "000107002000",
  name = "建设项目环境影响登记表备案",
  type = "行政备案",
  legal_basis = {
    { law = "《中华人民共和国环境影响评价法》", article = "第十六条", text = "对环境影响很小、不需要进行环境影响评价的，应当填报环境影响登记表" },
    { law = "《中华人民共和国环境影响评价法》", article = "第二十二条", text = "国家对环境影响登记表实行备案管理" },
  },
  levels = { "县" },
  statutory_limit = 0,
  objects = { "企业法人", "事业法人", "非法人企业", "其他组织" },
  conditions = { "建设项目属于《建设项目环境影响评价分类管理名录》中应当填报环境影响登记表的范围" },
  materials = {
    { id = "djb", name = "建设项目环境影响登记表", form = "原件", medium = "电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "通过备案系统在线填报" },
  },
  result = { type = "其他", name = "建设项目环境影响登记表备案回执" },
  theme = { "生态环境", "工程建设" },
  keywords = { "环评登记表" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}

item {
  base_code = "000107003000",
  name = "排污许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国环境保护法》", article = "第四十五条", text = "国家依照法律规定实行排污许可管理制度" },
    { law = "《排污许可管理条例》", article = "第二条", text = "依照法律规定实行排污许可管理的企业事业单位和其他生产经营者，应当依照本条例规定申请取得排污许可证" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "非法人企业" },
  conditions = { "依法取得建设项目环境影响报告书（表）批准文件或者已经办理环境影响登记表备案", "污染防治设施和排放方式符合要求" },
  materials = {
    { id = "sqb", name = "排污许可证申请表", form = "原件", medium = "电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cn", name = "守法承诺书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "hppf", name = "环评批复文件", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "生态环境部门" },
  },
  result = { type = "证照", name = "排污许可证" },
  theme = { "生态环境" },
  keywords = { "排污证" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
