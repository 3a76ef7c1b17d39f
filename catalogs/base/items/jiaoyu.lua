-- Base items: 教育. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000103001000",
  name = "实施学前教育、非学历文化教育培训的民办学校设立",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国民办教育促进法》", article = "第十二条", text = "举办实施学前教育、学历教育的民办学校，由县级以上人民政府教育行政部门按照国家规定的权限审批" },
    { law = "《中华人民共和国民办教育促进法》", article = "第十七条", text = "审批机关应当自受理筹设民办学校的申请之日起三十日内以书面形式作出是否同意的决定" },
    { law = "《中华人民共和国民办教育促进法》", article = "第十八条", text = "审批机关对批准正式设立的民办学校发给办学许可证" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 60,
  objects = { "企业法人", "社会组织法人", "自然人", "其他组织" },
  conditions = { "举办者具备规定条件", "有符合规定的校舍、设施设备和师资", "有规范的章程和组织机构", "办学资金与办学规模相适应" },
  materials = {
    { id = "sqb", name = "民办学校设立申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zc", name = "学校章程和首届决策机构组成人员名单", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zczm", name = "办学资产和资金来源证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "cszm", name = "校舍产权或租赁证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "szqk", name = "校长和教师资格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "xfzm", name = "消防安全证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "依法需要消防验收或备案的", source = "政府部门核发", source_department = "住房和城乡建设部门" },
  },
  result = { type = "证照", name = "民办学校办学许可证" },
  theme = { "教育" },
  keywords = { "幼儿园", "培训学校", "办学许可" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 57 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "专家评审", limit = 10, note = "组织专家实地考察评议" },
  },
}

item {
  base_code = "000103002000",
  name = "教师资格认定",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国教师法》", article = "第十三条", text = "幼儿园、小学和初级中学教师资格，由县级以上地方人民政府教育行政部门认定" },
    { law = "《教师资格条例》", article = "第十三条" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "自然人" },
  conditions = { "遵守宪法和法律，热爱教育事业，具有良好的思想品德", "具备规定的学历", "通过国家教师资格考试或免试认定改革", "身体条件符合要求，普通话水平达到规定等级" },
  materials = {
    { id = "sqb", name = "教师资格认定申请表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "xlzs", name = "学历证书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "教育部门", core = true, note = "学信网共享核验" },
    { id = "tjbg", name = "体检合格证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
    { id = "pth", name = "普通话水平测试等级证书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "语言文字工作部门" },
  },
  result = { type = "证照", name = "教师资格证书" },
  theme = { "教育" },
  keywords = { "教资认定", "教师证" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000103003000",
  name = "校车使用许可",
  type = "行政许可",
  legal_basis = {
    { law = "《校车安全管理条例》", article = "第十四条", text = "使用校车应当依照本条例的规定取得许可" },
    { law = "《校车安全管理条例》", article = "第十五条", text = "教育行政部门应当自收到申请材料之日起3个工作日内，分别送同级公安机关交通管理部门和交通运输主管部门征求意见" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "事业法人", "企业法人" },
  conditions = {
    "车辆符合校车安全国家标准，取得机动车检验合格证明",
    "有取得校车驾驶资格的驾驶人",
    "有包括行驶线路、开行时间和停靠站点的合理可行的校车运行方案",
    "有健全的安全管理制度",
  },
  materials = {
    { id = "sqb", name = "校车使用许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "xcjc", name = "机动车行驶证及检验合格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jsz", name = "校车驾驶资格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "yxfa", name = "校车运行方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "校车标牌" },
  theme = { "教育", "交通运输" },
  keywords = { "校车" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
