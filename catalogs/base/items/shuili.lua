-- Base items: 水利. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000113001000",
  name = "取水许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国水法》", article = "第四十八条", text = "直接从江河、湖泊或者地下取用水资源的单位和个人，应当按照国家取水许可制度和水资源有偿使用制度的规定，申请领取取水许可证" },
    { law = "《取水许可和水资源费征收管理条例》", article = "第二条" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 45,
  objects = { "企业法人", "事业法人", "非法人企业", "其他组织", "自然人" },
  conditions = { "取水符合水资源规划和用水总量控制指标", "取水、退水对水资源和第三者权益的影响已论证" },
  materials = {
    { id = "sqb", name = "取水许可申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "szyl", name = "建设项目水资源论证报告书（表）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "dsfy", name = "与第三者利害关系的相关说明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "取水涉及第三者利害关系的", source = "申请人自备" },
  },
  result = { type = "证照", name = "取水许可证" },
  theme = { "水利", "工程建设" },
  keywords = { "打井", "取水证", "用水" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 42 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "专家评审", limit = 10, note = "水资源论证报告组织专家评审" },
  },
}

item {
  base_code = "000113002000",
  name = "生产建设项目水土保持方案审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国水土保持法》", article = "第二十五条", text = "在山区、丘陵区、风沙区以及容易发生水土流失的其他区域开办可能造成水土流失的生产建设项目，生产建设单位应当编制水土保持方案，报县级以上人民政府水行政主管部门审批" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "征占地面积在0.5公顷以上或者挖填土石方总量在1000立方米以上", "水土保持方案符合技术标准" },
  materials = {
    { id = "sqb", name = "生产建设项目水土保持方案审批申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "stfa", name = "水土保持方案报告书或报告表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "批文", name = "水土保持方案审批决定书" },
  theme = { "水利", "工程建设" },
  keywords = { "水保方案", "水土保持" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "专家评审", limit = 10 },
  },
}

item {
  base_code = "000113003000",
  name = "洪水影响评价类审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国水法》", article = "第三十八条", text = "在河道管理范围内建设桥梁、码头和其他拦河、跨河、临河建筑物、构筑物，铺设跨河管道、电缆，应当符合国家规定的防洪标准" },
    { law = "《中华人民共和国防洪法》", article = "第二十七条", text = "建设跨河、穿河、穿堤、临河的工程设施，工程建设方案应当经有关水行政主管部门审查同意" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "工程建设方案符合防洪规划和防洪标准", "对河势稳定、堤防安全和第三人合法水事权益无不利影响或已采取补救措施" },
  materials = {
    { id = "sqb", name = "洪水影响评价类审批申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "hpbg", name = "洪水影响评价报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "sjfa", name = "工程建设方案及位置图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "批文", name = "洪水影响评价审批决定书" },
  theme = { "水利", "工程建设" },
  keywords = { "涉河建设", "跨河桥梁", "防洪评价" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000113004000",
  name = "农村集体经济组织修建水库审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国水法》", article = "第二十五条", text = "农村集体经济组织修建水库应当经县级以上地方人民政府水行政主管部门批准" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "其他组织" },
  conditions = { "符合流域综合规划和防洪规划", "有设计文件和安全管理措施" },
  materials = {
    { id = "sqb", name = "修建水库申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sjwj", name = "水库设计文件", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "jtjy", name = "集体经济组织决议", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "批文", name = "修建水库批准文件" },
  theme = { "水利", "农业生产" },
  keywords = { "小水库", "塘坝" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
