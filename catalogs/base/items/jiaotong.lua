-- Base items: 交通运输. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000111001000",
  name = "道路货物运输经营许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国道路运输条例》", article = "第二十四条", text = "申请从事货运经营的，应当向县级人民政府交通运输主管部门提出申请；收到申请之日起20日内审查完毕，作出许可或者不予许可的决定" },
    { law = "《中华人民共和国道路运输条例》", article = "第二十一条", text = "申请从事货运经营应当具备的车辆、驾驶人员和安全生产管理制度条件" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业", "自然人" },
  conditions = { "有与其经营业务相适应并经检测合格的车辆（总质量4.5吨及以下普通货运车辆除外）", "有符合规定条件的驾驶人员", "有健全的安全生产管理制度" },
  materials = {
    { id = "sqb", name = "道路货物运输经营申请表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "fddbr", name = "法定代表人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" } },
    { id = "clqk", name = "拟投入车辆承诺书或车辆行驶证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jsyz", name = "驾驶人员驾驶证和从业资格证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安、交通运输部门" },
    { id = "aqzd", name = "安全生产管理制度文本", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "道路运输经营许可证" },
  theme = { "交通运输" },
  keywords = { "货运", "运输证", "物流" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000111002000",
  name = "机动车维修经营备案",
  type = "行政备案",
  legal_basis = {
    { law = "《中华人民共和国道路运输条例》", article = "第四十条", text = "从事机动车维修经营的，应当在依法向市场监督管理部门办理有关登记手续后，向所在地县级交通运输主管部门进行备案" },
  },
  levels = { "县" },
  statutory_limit = 5,
  objects = { "企业法人", "非法人企业", "自然人" },
  conditions = { "已办理市场主体登记", "有相应的机动车维修场地、设备设施和技术人员" },
  materials = {
    { id = "sqb", name = "机动车维修经营备案表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "维修场地及设备设施清单", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jsry", name = "技术人员名单及资格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "其他", name = "机动车维修经营备案回执" },
  theme = { "交通运输", "企业开办" },
  keywords = { "汽修", "修车" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 3 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}

item {
  base_code = "000111003000",
  name = "公路超限运输许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国公路法》", article = "第五十条", text = "超过公路、公路桥梁、公路隧道或者汽车渡船的限载、限高、限宽、限长标准的车辆，不得在有限定标准的公路、公路桥梁上或者公路隧道内行驶" },
    { law = "《公路安全保护条例》", article = "第三十五条", text = "车辆载运不可解体物品，车货总体的外廓尺寸或者总质量超过限定标准，确需在公路、公路桥梁、公路隧道行驶的，从事运输的单位和个人应当向公路管理机构申请公路超限运输许可" },
    { law = "《公路安全保护条例》", article = "第三十六条", text = "公路管理机构应当在规定期限内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 5,
  objects = { "企业法人", "非法人企业", "自然人" },
  conditions = { "载运不可解体物品", "车辆和驾驶人员具备相应资质" },
  materials = {
    { id = "sqb", name = "公路超限运输申请表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "clxx", name = "车辆行驶证、道路运输证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安、交通运输部门", core = true },
    { id = "lxfa", name = "货物说明及运输路线、护送方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "超限运输车辆通行证" },
  theme = { "交通运输" },
  keywords = { "大件运输", "超限" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 3 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}

item {
  base_code = "000111004000",
  name = "涉路施工许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国公路法》", article = "第四十四条", text = "因修建铁路、机场、电站、通信设施、水利工程和进行其他建设工程需要占用、挖掘公路或者使公路改线的，应当事先征得有关交通主管部门的同意" },
    { law = "《中华人民共和国公路法》", article = "第四十五条", text = "跨越、穿越公路修建桥梁、渡槽或者架设、埋设管线等设施，以及在公路用地范围内架设、埋设管线、电缆等设施，应当事先经有关交通主管部门同意" },
    { law = "《公路安全保护条例》", article = "第二十七条" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "符合公路工程技术标准", "有保障公路、公路附属设施质量和安全的技术评价报告", "有处置施工险情和意外事故的应急方案" },
  materials = {
    { id = "sqb", name = "涉路施工许可申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sjt", name = "设计和施工方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "aqpj", name = "保障公路安全的技术评价报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "yjfa", name = "处置施工险情和意外事故的应急方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "批文", name = "涉路施工许可决定书" },
  theme = { "交通运输", "工程建设" },
  keywords = { "占用公路", "穿越公路", "管线过路" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
