-- Base items: 市场监督管理及企业开办关联事项（税务、印章、公积金）. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000123001000",
  name = "企业设立登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第三条", text = "市场主体应当依照本条例办理登记；未经登记，不得以市场主体名义从事经营活动" },
    { law = "《中华人民共和国公司法》", article = "第二十九条", text = "设立公司，应当依法向公司登记机关申请设立登记" },
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第十九条", text = "登记机关对申请材料齐全、符合法定形式的予以确认并当场登记；不能当场登记的，应当在3个工作日内予以登记" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 3,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = {
    "企业名称符合名称登记管理规定，可自主申报",
    "有符合规定的住所（经营场所）",
    "有符合公司章程规定的股东认缴出资",
    "有限责任公司股东人数为一个以上五十个以下",
    "法定代表人、董事、监事等不属于法律规定不得担任的情形",
  },
  materials = {
    { id = "sqb", name = "公司登记（备案）申请书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zc", name = "公司章程", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "股东、法定代表人、董事、监事、经理身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "cszm", name = "住所（经营场所）使用证明", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", tolerable = true, note = "实行住所申报承诺制的地区免于提交" },
    { id = "wts", name = "指定代表或者共同委托代理人授权委托书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "条件必要", condition = "委托他人代为办理的", source = "申请人自备" },
    { id = "qzxk", name = "依法须经批准的项目的批准文件或许可证件", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "设立公司须经批准的", source = "政府部门核发", source_department = "相关行业主管部门" },
  },
  result = { type = "证照", name = "营业执照" },
  theme = { "企业开办" },
  keywords = { "开公司", "注册公司", "营业执照", "企业开办", "公司设立" },
  steps = {
    { name = "申报", description = "企业开办一网通办平台在线申报，电子签名", limit = 0.5 },
    { name = "审核", description = "审核申请材料", limit = 1.5 },
    { name = "核准发照", description = "核准登记，同步生成电子营业执照", limit = 1 },
  },
}

item {
  base_code = "000123002000",
  name = "企业变更登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第二十四条", text = "市场主体变更登记事项，应当自作出变更决议、决定或者法定变更事项发生之日起30日内向登记机关申请变更登记" },
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第十九条", text = "登记机关对申请材料齐全、符合法定形式的予以确认并当场登记；不能当场登记的，应当在3个工作日内予以登记" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 3,
  objects = { "企业法人", "非法人企业" },
  conditions = { "变更事项已依法作出决议或决定", "变更后的登记事项符合法律法规规定" },
  materials = {
    { id = "sqb", name = "公司登记（备案）申请书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jy", name = "关于变更事项的决议或决定", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zcxz", name = "章程修正案", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "条件必要", condition = "变更事项涉及章程修改的", source = "申请人自备" },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
  },
  result = { type = "证照", name = "营业执照（变更）" },
  theme = { "企业开办", "企业变更" },
  keywords = { "变更登记", "改名", "换法人", "增资", "迁址" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 0.5 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 1.5 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}

item {
  base_code = "000123003000",
  name = "企业注销登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第三十一条", text = "市场主体因解散、被宣告破产或者其他法定事由需要终止的，应当依法向登记机关申请注销登记" },
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第三十三条", text = "未发生债权债务或者已将债权债务清偿完结的，可以按照简易程序办理注销登记" },
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第十九条", text = "登记机关对申请材料齐全、符合法定形式的予以确认并当场登记；不能当场登记的，应当在3个工作日内予以登记" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 3,
  objects = { "企业法人", "非法人企业" },
  conditions = { "已依法完成清算（简易注销的，全体投资人承诺无债权债务或已清偿完结）", "不存在被列入严重违法失信名单、股权被冻结等不适用简易注销的情形" },
  materials = {
    { id = "sqb", name = "注销登记申请书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "qsbg", name = "清算报告或全体投资人承诺书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jy", name = "依法作出解散的决议或决定", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "条件必要", condition = "因决议解散的", source = "申请人自备" },
  },
  result = { type = "其他", name = "准予注销登记通知书" },
  theme = { "企业注销" },
  keywords = { "注销公司", "简易注销" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 0.5 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 1.5 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
  special_procedures = {
    { name = "公示", limit = 20, note = "简易注销公示期20日，不计入办理时限" },
  },
}

item {
  base_code = "000123004000",
  name = "个体工商户设立登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第三条" },
    { law = "《促进个体工商户发展条例》", article = "第八条", text = "国家持续深化商事制度改革，优化个体工商户登记经营场所使用、名称管理等" },
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第十九条", text = "登记机关对申请材料齐全、符合法定形式的予以确认并当场登记；不能当场登记的，应当在3个工作日内予以登记" },
  },
  levels = { "县", "乡" },
  statutory_limit = 3,
  objects = { "自然人" },
  conditions = { "有经营能力的公民", "有相应的经营场所", "经营范围不属于法律法规禁止的" },
  materials = {
    { id = "sqb", name = "个体工商户登记（备案）申请书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "经营者身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", core = true, exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "cszm", name = "经营场所使用证明", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "zgsy", name = "利害关系业主同意将住宅改变为经营性用房的证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "将住宅改变为经营性用房的", when = function(app) return app.data.premises_use == "住宅" end, source = "申请人自备", note = "依据《中华人民共和国民法典》第二百七十九条" },
  },
  result = { type = "证照", name = "营业执照（个体工商户）" },
  theme = { "个体经营" },
  keywords = { "个体户", "开店", "营业执照" },
  steps = {
    { name = "受理", description = "窗口或网上受理", limit = 0.5 },
    { name = "核准", description = "审核并核准登记", limit = 2 },
    { name = "发照", description = "发放营业执照", limit = 0.5 },
  },
}

item {
  base_code = "000123005000",
  name = "个体工商户变更、注销登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第二十四条" },
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第三十一条" },
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第十九条", text = "登记机关对申请材料齐全、符合法定形式的予以确认并当场登记；不能当场登记的，应当在3个工作日内予以登记" },
  },
  levels = { "县", "乡" },
  statutory_limit = 3,
  objects = { "自然人" },
  conditions = { "变更事项或终止经营事实已发生" },
  materials = {
    { id = "sqb", name = "个体工商户登记（备案）申请书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "经营者身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", core = true, exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
  },
  result = { type = "证照", name = "营业执照（变更）或注销通知书" },
  theme = { "个体经营" },
  keywords = { "个体户变更", "个体户注销" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 0.5 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 1.5 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}

item {
  base_code = "000123006000",
  name = "农民专业合作社设立登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国农民专业合作社法》", article = "第十六条", text = "设立农民专业合作社，应当向工商行政管理部门提交有关文件，申请设立登记" },
    { law = "《中华人民共和国市场主体登记管理条例》", article = "第十九条", text = "登记机关对申请材料齐全、符合法定形式的予以确认并当场登记；不能当场登记的，应当在3个工作日内予以登记" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 3,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "有五名以上符合规定的成员，其中农民至少占成员总数的百分之八十", "有符合法律规定的章程", "有符合规定的组织机构", "有住所和成员出资" },
  materials = {
    { id = "sqb", name = "农民专业合作社登记（备案）申请书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zc", name = "合作社章程", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "clhy", name = "设立大会纪要", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cymc", name = "成员名册及成员身份证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cszm", name = "住所使用证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "营业执照（农民专业合作社）" },
  theme = { "农业生产", "企业开办" },
  keywords = { "合作社", "农业合作社" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 0.5 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 1.5 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}

item {
  base_code = "000123007000",
  name = "食品经营许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国食品安全法》", article = "第三十五条", text = "国家对食品生产经营实行许可制度；从事食品销售和餐饮服务，应当依法取得许可" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业", "自然人", "其他组织" },
  conditions = {
    "具有与经营的食品品种、数量相适应的经营场所",
    "具有相应的设备或者设施",
    "有专职或兼职的食品安全管理人员和保证食品安全的规章制度",
    "具有合理的设备布局和工艺流程",
  },
  materials = {
    { id = "sqb", name = "食品经营许可申请书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "pmt", name = "经营场所平面图及设备布局、工艺流程图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "glzd", name = "食品安全自查、从业人员健康管理等规章制度", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", tolerable = true },
    { id = "zpfw", name = "从事餐饮服务的，专间及设施布局说明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "从事餐饮服务且设有专间的", source = "申请人自备" },
  },
  result = { type = "证照", name = "食品经营许可证" },
  theme = { "食品安全", "企业开办" },
  keywords = { "饭店", "餐馆", "超市", "食品经营许可证" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000123008000",
  name = "仅销售预包装食品备案",
  type = "行政备案",
  legal_basis = {
    { law = "《中华人民共和国食品安全法》", article = "第三十五条", text = "仅销售预包装食品的，不需要取得许可，但是应当报所在地县级以上地方人民政府食品安全监督管理部门备案" },
  },
  levels = { "县" },
  statutory_limit = 0,
  objects = { "企业法人", "非法人企业", "自然人", "其他组织" },
  conditions = { "已取得营业执照", "仅销售预包装食品（含冷藏冷冻）" },
  materials = {
    { id = "sqb", name = "仅销售预包装食品经营者备案信息采集表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
  },
  result = { type = "其他", name = "仅销售预包装食品备案凭证" },
  theme = { "食品安全", "企业开办" },
  keywords = { "小卖部", "预包装食品", "备案" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}

item {
  base_code = "000123009000",
  name = "食品生产许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国食品安全法》", article = "第三十五条", text = "从事食品生产，应当依法取得许可" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业" },
  conditions = { "具有与生产的食品品种、数量相适应的生产场所和设备", "有食品安全专业技术人员和管理人员", "有保证食品安全的规章制度" },
  materials = {
    { id = "sqb", name = "食品生产许可申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "pmt", name = "生产场所平面图及工艺流程图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "glzd", name = "食品安全管理制度文本", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "食品生产许可证" },
  theme = { "食品安全" },
  keywords = { "SC认证", "食品厂" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000123010000",
  name = "药品零售企业经营许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国药品管理法》", article = "第五十一条", text = "从事药品零售活动，应当经所在地县级以上地方人民政府药品监督管理部门批准，取得药品经营许可证" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业" },
  conditions = {
    "有依法经过资格认定的药师或者其他药学技术人员",
    "有与所经营药品相适应的营业场所、设备、仓储设施和卫生环境",
    "有与所经营药品相适应的质量管理机构或者人员",
    "有保证药品质量的规章制度",
  },
  materials = {
    { id = "sqb", name = "药品经营许可证申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "ysz", name = "执业药师注册证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "药品监督管理部门", core = true },
    { id = "cszm", name = "营业场所和仓库使用证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "zlzd", name = "药品质量管理制度文件", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "药品经营许可证" },
  theme = { "医疗卫生" },
  keywords = { "药店", "药房" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000123011000",
  name = "特种设备使用登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国特种设备安全法》", article = "第三十三条", text = "特种设备使用单位应当在特种设备投入使用前或者投入使用后三十日内，向负责特种设备安全监督管理的部门办理使用登记" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "非法人企业", "其他组织" },
  conditions = { "特种设备已经监督检验合格", "有相应的安全管理人员和作业人员" },
  materials = {
    { id = "sqb", name = "特种设备使用登记表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "jyzm", name = "监督检验证明或定期检验报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "cpzm", name = "产品合格证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "特种设备使用登记证" },
  theme = { "企业经营" },
  keywords = { "电梯", "锅炉", "叉车", "压力容器" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000124001000",
  name = "发票票种核定",
  type = "其他行政权力",
  legal_basis = {
    { law = "《中华人民共和国发票管理办法》", article = "第十五条", text = "需要领用发票的单位和个人，应当持设立登记证件或者税务登记证件，以及经办人身份证明，向主管税务机关办理发票领用手续" },
  },
  levels = { "县" },
  statutory_limit = 0,
  objects = { "企业法人", "非法人企业", "自然人", "其他组织" },
  conditions = { "已办理市场主体登记并完成税务信息确认" },
  materials = {
    { id = "sqb", name = "纳税人领用发票票种核定表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "经办人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
  },
  result = { type = "其他", name = "发票票种核定结果" },
  theme = { "企业开办", "纳税服务" },
  keywords = { "领发票", "数电发票", "税务" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}

item {
  base_code = "000104010000",
  name = "印章刻制备案",
  type = "行政备案",
  legal_basis = {
    { law = "《国务院关于第三批取消中央指定地方实施行政许可事项的决定》（国发〔2017〕7号）", article = "附件第2项", text = "取消公章刻制审批，改为备案管理" },
    { law = "《印铸刻字业暂行管理规则》", article = "第三条" },
  },
  levels = { "县" },
  statutory_limit = 0,
  objects = { "企业法人", "非法人企业", "事业法人", "社会组织法人", "其他组织" },
  conditions = { "已取得营业执照或登记证书", "在已备案的公章刻制企业刻制" },
  materials = {
    { id = "sqb", name = "印章刻制备案信息表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
  },
  result = { type = "其他", name = "印章备案信息" },
  theme = { "企业开办" },
  keywords = { "刻章", "公章" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}

item {
  base_code = "000137001000",
  name = "住房公积金单位缴存登记",
  type = "公共服务",
  legal_basis = {
    { law = "《住房公积金管理条例》", article = "第十四条", text = "新设立的单位应当自设立之日起30日内向住房公积金管理中心办理住房公积金缴存登记" },
  },
  levels = { "市", "县" },
  statutory_limit = 0,
  objects = { "企业法人", "事业法人", "非法人企业", "社会组织法人", "其他组织" },
  conditions = { "已办理设立登记的单位" },
  materials = {
    { id = "sqb", name = "单位住房公积金缴存登记表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
  },
  result = { type = "其他", name = "住房公积金单位登记信息" },
  theme = { "企业开办", "住房公积金" },
  keywords = { "公积金开户" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}
