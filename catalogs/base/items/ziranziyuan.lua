-- Base items: 自然资源和规划（规划、用地）. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000106001000",
  name = "建设项目用地预审与选址意见书核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国城乡规划法》", article = "第三十六条", text = "按照国家规定需要有关部门批准或者核准的建设项目，以划拨方式提供国有土地使用权的，建设单位应当向城乡规划主管部门申请核发选址意见书" },
    { law = "《中华人民共和国土地管理法》", article = "第五十二条", text = "建设项目可行性研究论证时，自然资源主管部门可以对建设用地有关事项进行审查" },
    { law = "《中华人民共和国土地管理法实施条例》", article = "第二十四条", text = "建设项目需要使用土地的，建设单位原则上应当一次申请，办理建设用地审批手续" },
    { law = "《建设项目用地预审管理办法》", article = "第十一条", text = "预审应当自受理预审申请或者收到转报材料之日起20日内完成审查工作" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = {
    "建设项目符合国土空间规划和用途管制要求",
    "符合土地使用标准和节约集约用地要求",
    "涉及占用耕地的落实占补平衡",
    "2019年起用地预审与选址意见书合并办理（自然资规〔2019〕2号）",
  },
  materials = {
    { id = "sqb", name = "建设项目用地预审与选址意见书申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "xzbg", name = "建设项目拟选址位置图及用地范围勘测定界图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "xmjy", name = "项目建议书或可行性研究报告", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "审批类项目提交", source = "申请人自备" },
    { id = "xzlz", name = "选址论证报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "涉及占用永久基本农田或生态保护红线的", source = "其他" },
  },
  result = { type = "证照", name = "建设项目用地预审与选址意见书" },
  theme = { "工程建设", "立项用地规划许可" },
  keywords = { "选址意见书", "用地预审", "多审合一" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "专家评审", limit = 10, note = "需论证的选址组织专家评审" },
  },
}

item {
  base_code = "000106002000",
  name = "建设用地规划许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国城乡规划法》", article = "第三十七条", text = "划拨方式提供国有土地使用权的建设项目，经有关部门批准、核准、备案后，建设单位向城乡规划主管部门提出建设用地规划许可申请" },
    { law = "《中华人民共和国城乡规划法》", article = "第三十八条", text = "以出让方式取得国有土地使用权的建设项目，在签订国有土地使用权出让合同后，领取建设用地规划许可证" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "符合控制性详细规划和规划条件", "划拨项目已取得项目批准、核准或备案文件", "出让项目已签订国有土地使用权出让合同" },
  materials = {
    { id = "sqb", name = "建设用地规划许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "lxwj", name = "项目审批、核准或备案文件", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "条件必要", condition = "划拨方式供地的", source = "政府部门核发", source_department = "发展改革部门", note = "通过投资项目在线审批监管平台共享，无需提交" },
    { id = "crht", name = "国有建设用地使用权出让合同", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "出让方式供地的", source = "申请人自备", core = true },
    { id = "jdt", name = "建设项目用地勘测定界图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
  },
  result = { type = "证照", name = "建设用地规划许可证" },
  theme = { "工程建设", "立项用地规划许可" },
  keywords = { "用地规划许可", "两证合一" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000106003000",
  name = "建设工程设计方案审查",
  type = "其他行政权力",
  legal_basis = {
    { law = "《中华人民共和国城乡规划法》", article = "第四十条", text = "申请办理建设工程规划许可证，应当提交使用土地的有关证明文件、建设工程设计方案等材料" },
    { law = "《中华人民共和国城乡规划法》", article = "第五十条", text = "经依法审定的修建性详细规划、建设工程设计方案的总平面图不得随意修改" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "已取得建设用地规划许可或不动产权证书", "设计方案符合规划条件和技术规定" },
  materials = {
    { id = "sqb", name = "建设工程设计方案审查申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "tdzm", name = "用地批准文件（不动产权证书或土地使用证明）", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "自然资源主管部门", exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "fa", name = "建设工程设计方案文本及电子报批文件", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "zpt", name = "总平面图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "批文", name = "建设工程设计方案审查意见" },
  theme = { "工程建设", "工程建设许可" },
  keywords = { "方案审查", "规划方案", "总平面图" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "公示", limit = 7, note = "设计方案总平面图批前公示，时间不计入办理时限" },
    { name = "专家评审", limit = 5 },
  },
}

item {
  base_code = "000106004000",
  name = "建设工程规划许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国城乡规划法》", article = "第四十条", text = "在城市、镇规划区内进行建筑物、构筑物、道路、管线和其他工程建设的，建设单位或者个人应当向城乡规划主管部门申请办理建设工程规划许可证" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织", "自然人" },
  conditions = { "已取得土地使用证明文件", "建设工程设计方案已审查通过", "符合控制性详细规划和规划条件" },
  materials = {
    { id = "sqb", name = "建设工程规划许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "tdzm", name = "用地批准文件（不动产权证书或土地使用证明）", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "自然资源主管部门", core = true, exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "fa", name = "经审定的建设工程设计方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "gxt", name = "管线综合规划图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "市政管线工程", source = "其他" },
  },
  result = { type = "证照", name = "建设工程规划许可证" },
  theme = { "工程建设", "工程建设许可" },
  keywords = { "规划许可证", "工程规划" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000106005000",
  name = "乡村建设规划许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国城乡规划法》", article = "第四十一条", text = "在乡、村庄规划区内进行乡镇企业、乡村公共设施和公益事业建设的，建设单位或者个人应当向乡、镇人民政府提出申请，由城市、县人民政府城乡规划主管部门核发乡村建设规划许可证" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "县", "乡" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "符合村庄规划", "不占用农用地，确需占用的已办理农用地转用审批" },
  materials = {
    { id = "sqb", name = "乡村建设规划许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "cwh", name = "村民委员会意见", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
    { id = "sjt", name = "建设工程设计图或通用图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "乡村建设规划许可证" },
  theme = { "工程建设", "农村建房" },
  keywords = { "农村建房", "乡村规划" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000106006000",
  name = "建设工程规划条件核实",
  type = "其他行政权力",
  legal_basis = {
    { law = "《中华人民共和国城乡规划法》", article = "第四十五条", text = "县级以上地方人民政府城乡规划主管部门按照国务院规定对建设工程是否符合规划条件予以核实" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "建设工程已竣工", "已取得建设工程规划许可证" },
  materials = {
    { id = "sqb", name = "建设工程规划条件核实申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "chbg", name = "竣工规划测量成果报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true, note = "多测合一成果，可共享" },
    { id = "ghxk", name = "建设工程规划许可证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "自然资源主管部门", exempt = { source = "电子证照库", license = "建设工程规划许可证" } },
  },
  result = { type = "证照", name = "建设工程规划核实合格证" },
  theme = { "工程建设", "竣工验收" },
  keywords = { "规划核实", "规划验收" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000106007000",
  name = "国有建设用地使用权划拨批准",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国土地管理法》", article = "第五十四条", text = "国家机关用地和军事用地、城市基础设施用地和公益事业用地、国家重点扶持的能源交通水利等基础设施用地，经县级以上人民政府依法批准，可以以划拨方式取得" },
    { law = "《中华人民共和国城市房地产管理法》", article = "第二十四条" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "事业法人", "企业法人", "其他组织" },
  conditions = { "用地属于《划拨用地目录》范围", "已取得用地预审与选址意见书" },
  materials = {
    { id = "sqb", name = "国有建设用地划拨申请", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "lxwj", name = "项目审批、核准或备案文件", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "发展改革部门", core = true, note = "通过投资项目在线审批监管平台共享，无需提交" },
    { id = "xzyj", name = "建设项目用地预审与选址意见书", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "自然资源主管部门" },
    { id = "jdt", name = "用地勘测定界图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
  },
  result = { type = "批文", name = "国有建设用地划拨决定书" },
  theme = { "工程建设" },
  keywords = { "划拨用地", "供地" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000106008000",
  name = "农村村民宅基地审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国土地管理法》", article = "第六十二条", text = "农村村民住宅用地，由乡（镇）人民政府审核批准；涉及占用农用地的，依照第四十四条办理审批手续" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "乡" },
  statutory_limit = 20,
  objects = { "自然人" },
  conditions = { "农村村民一户只能拥有一处宅基地", "面积不超过省级规定标准", "符合村庄规划", "出卖、出租、赠与住宅后再申请宅基地的不予批准" },
  materials = {
    { id = "sqb", name = "农村宅基地和建房（规划许可）申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "hkb", name = "户口簿", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民户口簿" } },
    { id = "cjy", name = "村民小组会议讨论意见和公示记录", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "cn", name = "农村宅基地使用承诺书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "农村宅基地批准书" },
  theme = { "农村建房" },
  keywords = { "宅基地", "农村建房", "盖房子" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "公示", limit = 5, note = "村级公示不少于5个工作日" },
  },
}

item {
  base_code = "000106009000",
  name = "临时用地审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国土地管理法》", article = "第五十七条", text = "建设项目施工和地质勘查需要临时使用国有土地或者农民集体所有的土地的，由县级以上人民政府自然资源主管部门批准，期限一般不超过二年" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "用于建设项目施工、地质勘查等临时需要", "不修建永久性建筑物", "已与权利人签订临时使用土地合同" },
  materials = {
    { id = "sqb", name = "临时用地申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "htxy", name = "临时使用土地合同", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "fkfa", name = "土地复垦方案报告表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "批文", name = "临时用地批准书" },
  theme = { "工程建设" },
  keywords = { "临时用地", "施工用地" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
