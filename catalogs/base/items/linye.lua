-- Base items: 林业和草原. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000125001000",
  name = "使用林地审核",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国森林法》", article = "第三十七条", text = "矿藏勘查、开采以及其他各类工程建设确需占用林地的，应当经县级以上人民政府林业主管部门审核同意，依法办理建设用地审批手续" },
    { law = "《中华人民共和国森林法实施条例》", article = "第十六条", text = "勘查、开采矿藏和修建道路、水利、电力、通讯等工程需要占用或者征收、征用林地的，用地单位提出申请，经林业主管部门审核同意" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = {
    "建设项目符合国土空间规划和林地保护利用规划",
    "不占或者少占林地，确需占用的符合林地定额管理要求",
    "不涉及自然保护地核心保护区等禁止占用的区域",
    "已取得项目审批、核准或备案文件",
  },
  materials = {
    { id = "sqb", name = "使用林地申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "lxwj", name = "项目审批、核准或备案文件", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "发展改革部门", note = "通过投资项目在线审批监管平台共享，无需提交" },
    { id = "xkbg", name = "使用林地可行性报告或林地现状调查表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true, note = "由具有相应能力的单位编制" },
    { id = "bcxy", name = "与被占用林地权利人签订的补偿协议", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", tolerable = true },
    { id = "lqzm", name = "林地权属证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "不动产登记机构", exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "xydy", name = "用地预审意见", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "依法需要办理用地预审的", source = "政府部门核发", source_department = "自然资源主管部门" },
  },
  result = { type = "批文", name = "使用林地审核同意书" },
  theme = { "工程建设", "林业" },
  keywords = { "占用林地", "征收林地", "使用林地审核" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "专家评审", limit = 10, note = "涉及重点生态区域的组织专家论证" },
  },
  review_standard = "对照林地保护利用规划、使用林地定额和限制条件审核；按审批权限，超出县级权限的逐级上报",
}

item {
  base_code = "000125002000",
  name = "临时使用林地审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国森林法》", article = "第三十八条", text = "需要临时使用林地的，应当经县级以上人民政府林业主管部门批准；临时使用林地的期限一般不超过二年，并不得在临时使用的林地上修建永久性建筑物" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织", "自然人" },
  conditions = { "临时使用期限一般不超过二年", "不在临时使用的林地上修建永久性建筑物", "期满后一年内恢复植被和林业生产条件" },
  accept = function(app)
    -- 森林法第三十八条: 期限一般不超过二年，不得修建永久性建筑物
    local d = app.data
    if (tonumber(d.months) or 0) > 24 then
      return false, "临时使用林地期限一般不超过二年，请缩短使用期限或依法办理使用林地审核"
    end
    if d.permanent_building then
      return false, "不得在临时使用的林地上修建永久性建筑物"
    end
    return true
  end,
  materials = {
    { id = "sqb", name = "使用林地申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "xkbg", name = "使用林地现状调查表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "bcxy", name = "与林地权利人签订的临时使用协议", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", tolerable = true },
    { id = "hffa", name = "植被恢复方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "批文", name = "临时使用林地批准书" },
  theme = { "工程建设", "林业" },
  keywords = { "临时占用林地", "施工便道", "临时用地" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000125003000",
  name = "林木采伐许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国森林法》", article = "第五十六条", text = "采伐林地上的林木应当申请采伐许可证，并按照采伐许可证的规定进行采伐" },
    { law = "《中华人民共和国森林法》", article = "第五十九条", text = "符合林木采伐技术规程的，审核发放采伐许可证的部门应当及时核发采伐许可证" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县", "乡" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "采伐林木在年度采伐限额以内", "符合林木采伐技术规程", "林木权属清楚" },
  materials = {
    { id = "sqb", name = "林木采伐申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "lqzm", name = "林木权属证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "不动产登记机构", core = true, exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "sjsm", name = "采伐作业设计或采伐林木位置、四至、面积说明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", note = "采伐面积较小的可提交简易说明" },
  },
  result = { type = "证照", name = "林木采伐许可证" },
  theme = { "林业" },
  keywords = { "采伐证", "砍树", "伐木" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  review_standard = "核对采伐限额、林木权属、采伐方式和更新措施",
}

item {
  base_code = "000125004000",
  name = "森林草原防火期内在森林草原防火区野外用火审批",
  type = "行政许可",
  legal_basis = {
    { law = "《森林防火条例》", article = "第二十五条", text = "森林防火期内，因防治病虫鼠害、冻害等特殊情况确需野外用火的，应当经县级人民政府批准" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "因防治病虫鼠害、冻害等特殊情况确需野外用火", "有防火措施和专人看守" },
  materials = {
    { id = "sqb", name = "野外用火申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "fhcs", name = "用火安全措施和看守人员名单", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "批文", name = "野外用火许可决定" },
  theme = { "林业", "应急" },
  keywords = { "烧荒", "野外用火", "防火期" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000125005000",
  name = "进入森林高火险区审批",
  type = "行政许可",
  legal_basis = {
    { law = "《森林防火条例》", article = "第二十九条", text = "森林高火险期内，进入森林高火险区的，应当经县级以上地方人民政府批准，严格按照批准的时间、地点、范围活动" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "确因生产作业、科研等需要进入森林高火险区", "有防火责任人和防火措施" },
  materials = {
    { id = "sqb", name = "进入森林高火险区申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "hdfa", name = "活动方案（时间、地点、范围、人员）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "批文", name = "进入森林高火险区许可决定" },
  theme = { "林业", "应急" },
  keywords = { "高火险区" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000125006000",
  name = "林草种子生产经营许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国种子法》", article = "第三十一条", text = "从事种子进出口业务和主要林木良种的种子生产经营许可证由省级林业主管部门核发，其他由县级以上地方林业主管部门核发" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "自然人", "其他组织" },
  conditions = { "具有与种子生产经营相适应的生产经营设施、设备及专业技术人员", "具有繁殖种子的隔离和培育条件", "具有无检疫性有害生物的种子生产地点" },
  materials = {
    { id = "sqb", name = "林草种子生产经营许可证申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "生产经营场所及设施证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", tolerable = true },
    { id = "jsry", name = "专业技术人员资格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "林草种子生产经营许可证" },
  theme = { "林业", "农业生产" },
  keywords = { "苗木", "林木种子", "种苗" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000125007000",
  name = "森林植物检疫证书核发",
  type = "行政许可",
  legal_basis = {
    { law = "《植物检疫条例》", article = "第七条", text = "调运植物和植物产品，属于下列情况的，必须经过检疫" },
    { law = "《植物检疫条例》", article = "第八条", text = "按照本条例第七条的规定必须检疫的植物和植物产品，经检疫未发现植物检疫对象的，发给植物检疫证书" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "调运的植物及其产品属于应施检疫范围", "经检疫未发现检疫对象或经除害处理合格" },
  materials = {
    { id = "sqb", name = "森林植物检疫申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cdjy", name = "产地检疫合格证", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "来自产地检疫合格苗圃的", source = "政府部门核发", source_department = "林业主管部门" },
  },
  result = { type = "证照", name = "植物检疫证书" },
  theme = { "林业" },
  keywords = { "苗木调运", "检疫证" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000125008000",
  name = "直接为林业生产经营服务的工程设施占用林地审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国森林法》", article = "第五十二条", text = "在林地上修筑直接为林业生产经营服务的工程设施，需要占用林地的，由县级以上人民政府林业主管部门批准" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "工程设施直接为林业生产经营服务（培育、保护、采集、运输林产品等）", "符合国家有关部门规定的标准" },
  materials = {
    { id = "sqb", name = "林业工程设施占用林地申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sjfa", name = "工程设施设计方案及位置图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "lqzm", name = "林地权属证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "不动产登记机构", exempt = { source = "电子证照库", license = "不动产权证书" } },
  },
  result = { type = "批文", name = "林业生产经营工程设施占用林地批准书" },
  theme = { "林业" },
  keywords = { "林区道路", "管护用房", "苗圃设施" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
