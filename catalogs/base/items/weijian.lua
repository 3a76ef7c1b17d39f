-- Base items: 卫生健康. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000114001000",
  name = "医疗机构执业登记",
  type = "行政许可",
  legal_basis = {
    { law = "《医疗机构管理条例》", article = "第十五条", text = "医疗机构执业，必须进行登记，领取《医疗机构执业许可证》" },
    { law = "《医疗机构管理条例》", article = "第十七条", text = "登记机关自受理执业登记申请之日起45日内进行审核，合格的予以登记" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 45,
  objects = { "企业法人", "事业法人", "社会组织法人", "自然人" },
  conditions = { "按照医疗机构基本标准建设完成", "有适合的名称、组织机构和场所", "有与其开展的业务相适应的经费、设施、设备和专业卫生技术人员", "有相应的规章制度" },
  materials = {
    { id = "sqb", name = "医疗机构执业登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cszm", name = "房屋产权证明或使用证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "ryzm", name = "医疗机构人员名单及执业资格证书", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sbqd", name = "主要设备、仪器清单", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "gzzd", name = "医疗机构规章制度", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "fwpm", name = "建筑设计平面图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "医疗机构执业许可证" },
  theme = { "医疗卫生" },
  keywords = { "诊所", "医院", "卫生院" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 42 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000114002000",
  name = "医师执业注册",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国医师法》", article = "第十三条", text = "国家实行医师执业注册制度；取得医师资格的，可以向所在地县级以上地方人民政府卫生健康主管部门申请注册" },
    { law = "《医师执业注册管理办法》", article = "第十一条", text = "注册主管部门应当自收到注册申请之日起20个工作日内，对申请人提交的申请材料进行审核" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "自然人" },
  conditions = { "取得医师资格", "有拟执业的医疗卫生机构", "身体健康，能胜任医师工作" },
  materials = {
    { id = "sqb", name = "医师执业注册申请审核表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "zgzs", name = "医师资格证书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "卫生健康主管部门", core = true, exempt = { source = "电子证照库", license = "医师资格证书" } },
    { id = "tjbg", name = "县级以上医疗机构出具的健康体检证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
    { id = "pyzm", name = "拟执业机构聘用证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "医师执业证书" },
  theme = { "医疗卫生" },
  keywords = { "医师注册", "多点执业" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000114003000",
  name = "护士执业注册",
  type = "行政许可",
  legal_basis = {
    { law = "《护士条例》", article = "第七条", text = "护士执业，应当经执业注册取得护士执业证书" },
    { law = "《护士条例》", article = "第八条", text = "收到申请的主管部门应当自收到申请之日起20个工作日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "自然人" },
  conditions = { "具有完全民事行为能力", "完成规定的护理专业学历教育", "通过护士执业资格考试", "符合健康标准" },
  materials = {
    { id = "sqb", name = "护士执业注册申请审核表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "xlzm", name = "学历证书及专业学习中的临床实习证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "kszm", name = "护士执业资格考试成绩合格证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "卫生健康主管部门", core = true },
    { id = "tjbg", name = "健康体检证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
  },
  result = { type = "证照", name = "护士执业证书" },
  theme = { "医疗卫生" },
  keywords = { "护士注册", "护士证" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000114004000",
  name = "公共场所卫生许可",
  type = "行政许可",
  legal_basis = {
    { law = "《公共场所卫生管理条例》", article = "第八条", text = "经营单位须取得卫生许可证后，方可向工商行政管理部门办理登记手续" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业", "自然人" },
  conditions = { "经营场所符合公共场所卫生标准和要求", "从业人员经健康检查合格", "有卫生管理制度和卫生设施" },
  materials = {
    { id = "sqb", name = "公共场所卫生许可申请表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "pmt", name = "经营场所平面图和卫生设施布局图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jcbg", name = "公共场所卫生检测或评价报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", tolerable = true },
    { id = "glzd", name = "卫生管理制度", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "公共场所卫生许可证" },
  theme = { "医疗卫生", "企业开办" },
  keywords = { "理发店", "宾馆", "浴池", "美容院" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000114005000",
  name = "供水单位卫生许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国传染病防治法》", article = "第二十九条", text = "饮用水供水单位从事生产或者供应活动，应当依法取得卫生许可证明" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人" },
  conditions = { "水源选择和水源卫生防护符合要求", "供水设施和涉水产品符合卫生标准", "水质检验合格" },
  materials = {
    { id = "sqb", name = "供水单位卫生许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "szbg", name = "水质检测报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "gyt", name = "供水工艺流程图和设施平面图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "供水单位卫生许可证" },
  theme = { "医疗卫生", "市政设施" },
  keywords = { "自来水", "供水" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000114006000",
  name = "出生医学证明签发",
  type = "公共服务",
  legal_basis = {
    { law = "《中华人民共和国母婴保健法》", article = "第二十三条", text = "医疗保健机构和从事家庭接生的人员按照国务院卫生行政部门的规定，出具统一制发的新生儿出生医学证明" },
  },
  levels = { "县" },
  statutory_limit = 0,
  objects = { "自然人" },
  conditions = { "在具有助产技术服务资质的机构出生" },
  materials = {
    { id = "sqb", name = "出生医学证明首次签发登记表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "新生儿父母身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
  },
  result = { type = "证照", name = "出生医学证明" },
  theme = { "出生", "医疗卫生" },
  keywords = { "出生证" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}
