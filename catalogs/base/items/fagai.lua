-- Base items: 发展和改革. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000101001000",
  name = "企业投资项目核准",
  type = "行政许可",
  legal_basis = {
    { law = "《企业投资项目核准和备案管理条例》", article = "第三条", text = "对关系国家安全、涉及全国重大生产力布局、战略性资源开发和重大公共利益等项目，实行核准管理" },
    { law = "《企业投资项目核准和备案管理条例》", article = "第九条", text = "核准机关应当自受理申请之日起20个工作日内，作出是否予以核准的决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业" },
  conditions = { "项目属于《政府核准的投资项目目录》范围", "符合国家法律法规和宏观调控政策", "符合产业政策和行业准入标准" },
  materials = {
    { id = "sqb", name = "项目申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "可自行编制或委托具备能力的机构编制" },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "xzyj", name = "用地预审与选址意见书", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "自然资源主管部门", core = true },
  },
  result = { type = "批文", name = "企业投资项目核准批复" },
  theme = { "工程建设", "立项用地规划许可" },
  keywords = { "核准", "项目立项" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "专家评审", limit = 20, note = "委托中介机构评估，时间不计入办理时限" },
  },
}

item {
  base_code = "000101002000",
  name = "企业投资项目备案",
  type = "行政备案",
  legal_basis = {
    { law = "《企业投资项目核准和备案管理条例》", article = "第十三条", text = "实行备案管理的项目，企业应当在开工建设前通过在线平台将项目信息告知备案机关" },
    { law = "《企业投资项目核准和备案管理条例》", article = "第十四条", text = "备案机关收到规定的全部信息即为备案" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 0,
  objects = { "企业法人", "非法人企业" },
  conditions = { "项目不属于核准目录范围", "不属于产业政策禁止投资建设的项目" },
  materials = {
    { id = "baxx", name = "项目备案信息（项目名称、建设地点、规模、内容、总投资等）", form = "原件", medium = "电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "通过投资项目在线审批监管平台填报" },
  },
  result = { type = "其他", name = "企业投资项目备案证明" },
  theme = { "工程建设", "立项用地规划许可" },
  keywords = { "项目备案", "立项" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}

item {
  base_code = "000101003000",
  name = "政府投资项目审批（项目建议书、可行性研究报告、初步设计）",
  type = "行政许可",
  legal_basis = {
    { law = "《政府投资条例》", article = "第九条", text = "政府采取直接投资方式、资本金注入方式投资的项目，项目单位应当编制项目建议书、可行性研究报告、初步设计，按照政府投资管理权限和规定的程序，报投资主管部门或者其他有关部门审批" },
    { law = "《政府投资条例》", article = "第十一条", text = "投资主管部门或者其他有关部门应当根据国民经济和社会发展规划等对政府投资项目进行审查，作出是否批准的决定" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "事业法人", "企业法人", "其他组织" },
  conditions = { "项目属于政府投资范围", "已纳入政府投资年度计划或项目储备库" },
  materials = {
    { id = "xmwj", name = "项目建议书、可行性研究报告或初步设计文本", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "xzyj", name = "用地预审与选址意见书", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "可行性研究报告审批阶段", source = "政府部门核发", source_department = "自然资源主管部门" },
    { id = "zjps", name = "评估报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
  },
  result = { type = "批文", name = "政府投资项目审批批复" },
  theme = { "工程建设", "立项用地规划许可" },
  keywords = { "可研批复", "立项", "初设批复" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "专家评审", limit = 20, note = "委托工程咨询机构评估" },
  },
}

item {
  base_code = "000101004000",
  name = "固定资产投资项目节能审查",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国节约能源法》", article = "第十五条", text = "国家实行固定资产投资项目节能评估和审查制度；不符合强制性节能标准的项目，建设单位不得开工建设" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "年综合能源消费量1000吨标准煤以上（或按省级规定）", "项目符合节能法律法规和强制性节能标准" },
  materials = {
    { id = "sqb", name = "节能审查申请", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jnbg", name = "节能报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "批文", name = "节能审查意见" },
  theme = { "工程建设" },
  keywords = { "节能审查", "能评" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
