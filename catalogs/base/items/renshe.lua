-- Base items: 人力资源和社会保障. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000110001000",
  name = "单位参保登记",
  type = "公共服务",
  legal_basis = {
    { law = "《中华人民共和国社会保险法》", article = "第五十七条", text = "用人单位应当自成立之日起三十日内凭营业执照、登记证书或者单位印章，向当地社会保险经办机构申请办理社会保险登记" },
  },
  levels = { "市", "县" },
  statutory_limit = 0,
  objects = { "企业法人", "事业法人", "非法人企业", "社会组织法人", "其他组织" },
  conditions = { "已依法设立的用人单位" },
  materials = {
    { id = "sqb", name = "社会保险单位参保登记表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
  },
  result = { type = "其他", name = "社会保险登记信息" },
  theme = { "企业开办", "社会保障" },
  keywords = { "社保开户", "员工参保" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}

item {
  base_code = "000110002000",
  name = "城乡居民基本养老保险参保登记",
  type = "公共服务",
  legal_basis = {
    { law = "《中华人民共和国社会保险法》", article = "第二十条", text = "国家建立和完善新型农村社会养老保险制度" },
    { law = "《国务院关于建立统一的城乡居民基本养老保险制度的意见》（国发〔2014〕8号）", article = "第四部分" },
  },
  levels = { "县", "乡", "村" },
  statutory_limit = 0,
  objects = { "自然人" },
  conditions = { "年满16周岁（不含在校学生）", "非国家机关和事业单位工作人员，不属于职工基本养老保险覆盖范围" },
  materials = {
    { id = "sqb", name = "城乡居民基本养老保险参保登记表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
  },
  result = { type = "其他", name = "城乡居民养老保险参保信息" },
  theme = { "社会保障" },
  keywords = { "居民养老", "新农保" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}

item {
  base_code = "000110003000",
  name = "城乡居民基本养老保险待遇申领",
  type = "行政给付",
  legal_basis = {
    { law = "《中华人民共和国社会保险法》", article = "第二十一条", text = "新型农村社会养老保险待遇由基础养老金和个人账户养老金组成" },
  },
  levels = { "县", "乡" },
  statutory_limit = 20,
  objects = { "自然人" },
  conditions = { "年满60周岁", "累计缴费满15年或符合相应过渡政策", "未领取国家规定的基本养老保障待遇" },
  materials = {
    { id = "sqb", name = "城乡居民基本养老保险待遇领取申请表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "sbk", name = "社会保障卡", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "人力资源和社会保障部门", exempt = { source = "电子证照库", license = "社会保障卡" } },
  },
  result = { type = "其他", name = "城乡居民养老保险待遇核定表" },
  theme = { "社会保障", "养老服务" },
  keywords = { "领养老金", "退休金" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000110004000",
  name = "失业保险金申领",
  type = "行政给付",
  legal_basis = {
    { law = "《中华人民共和国社会保险法》", article = "第四十五条", text = "失业人员符合条件的，从失业保险基金中领取失业保险金" },
    { law = "《失业保险条例》", article = "第十四条" },
  },
  levels = { "市", "县" },
  statutory_limit = 0,
  objects = { "自然人" },
  conditions = { "失业前用人单位和本人已经缴纳失业保险费满一年", "非因本人意愿中断就业", "已经进行失业登记，并有求职要求" },
  materials = {
    { id = "sqb", name = "失业保险金申领登记表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "jcht", name = "解除或终止劳动关系证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", note = "可通过就业登记信息共享核验" },
  },
  result = { type = "其他", name = "失业保险金核定结果" },
  theme = { "社会保障", "就业创业" },
  keywords = { "失业金", "失业补助" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}

item {
  base_code = "000110005000",
  name = "企业职工基本养老保险关系转移接续",
  type = "公共服务",
  legal_basis = {
    { law = "《中华人民共和国社会保险法》", article = "第十九条", text = "个人跨统筹地区就业的，其基本养老保险关系随本人转移，缴费年限累计计算" },
    { law = "《城镇企业职工基本养老保险关系转移接续暂行办法》", article = "第八条" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 15,
  objects = { "自然人" },
  conditions = { "参保人员跨统筹地区流动就业", "在转入地已参保缴费" },
  materials = {
    { id = "sqb", name = "基本养老保险关系转移接续申请表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
  },
  result = { type = "其他", name = "基本养老保险关系转移接续联系函" },
  theme = { "社会保障" },
  keywords = { "社保转移", "养老保险转移" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 12 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000110006000",
  name = "劳务派遣经营许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国劳动合同法》", article = "第五十七条", text = "经营劳务派遣业务，应当向劳动行政部门依法申请行政许可；经许可的，依法办理相应的公司登记" },
    { law = "《劳务派遣行政许可实施办法》", article = "第十条", text = "许可机关应当自受理之日起20个工作日内作出是否准予行政许可的决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人" },
  conditions = { "注册资本不得少于人民币二百万元", "有与开展业务相适应的固定的经营场所和设施", "有符合法律、行政法规规定的劳务派遣管理制度" },
  materials = {
    { id = "sqb", name = "劳务派遣经营许可申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "经营场所使用证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "glzd", name = "劳务派遣管理制度（含劳动合同、劳动报酬等）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zbzm", name = "注册资本实缴证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "证照", name = "劳务派遣经营许可证" },
  theme = { "就业创业", "企业经营" },
  keywords = { "劳务派遣" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000110007000",
  name = "人力资源服务许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国就业促进法》", article = "第四十条", text = "设立职业中介机构应当具备的条件" },
    { law = "《人力资源市场暂行条例》", article = "第十八条", text = "经营性人力资源服务机构从事职业中介活动的，应当向人力资源社会保障行政部门申请行政许可" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业" },
  conditions = { "有明确的章程和管理制度", "有开展业务必备的固定场所、办公设施", "有符合规定的专职工作人员" },
  materials = {
    { id = "sqb", name = "人力资源服务许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "服务场所使用证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "ryzm", name = "专职工作人员的基本情况及资格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "glzd", name = "管理制度文本", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "人力资源服务许可证" },
  theme = { "就业创业", "企业经营" },
  keywords = { "职业中介", "猎头", "人力资源" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000110008000",
  name = "企业实行不定时工作制和综合计算工时工作制审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国劳动法》", article = "第三十九条", text = "企业因生产特点不能实行标准工时制度的，经劳动行政部门批准，可以实行其他工作和休息办法" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业" },
  conditions = { "因生产特点不能实行标准工时制度", "已听取工会和职工意见" },
  materials = {
    { id = "sqb", name = "实行特殊工时制度申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "gzyj", name = "工会或职工代表大会意见", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "gwmd", name = "实行特殊工时的岗位及人员名册", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "批文", name = "实行特殊工时工作制审批决定书" },
  theme = { "企业经营" },
  keywords = { "综合工时", "不定时工作制" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000110009000",
  name = "社会保障卡申领",
  type = "公共服务",
  legal_basis = {
    { law = "《中华人民共和国社会保险法》", article = "第五十八条", text = "国家建立全国统一的个人社会保障号码，个人社会保障号码为公民身份号码" },
  },
  levels = { "市", "县", "乡" },
  statutory_limit = 0,
  objects = { "自然人" },
  conditions = { "已参加社会保险或需享受人社公共服务的人员" },
  materials = {
    { id = "sqb", name = "社会保障卡申领登记表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "zp", name = "近期免冠照片", form = "原件", medium = "纸质或电子", copies = 1, paper = "1寸", necessity = "必要", source = "申请人自备", note = "可现场采集" },
  },
  result = { type = "证照", name = "社会保障卡" },
  theme = { "社会保障" },
  keywords = { "社保卡", "办卡" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}
