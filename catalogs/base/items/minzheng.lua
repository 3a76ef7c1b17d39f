-- Base items: 民政. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000112001000",
  name = "社会团体成立登记",
  type = "行政许可",
  legal_basis = {
    { law = "《社会团体登记管理条例》", article = "第九条", text = "申请成立社会团体，经业务主管单位审查同意后，由发起人向登记管理机关申请登记" },
    { law = "《社会团体登记管理条例》", article = "第十条", text = "成立社会团体应当具备的会员数量、活动资金等条件" },
    { law = "《社会团体登记管理条例》", article = "第十二条", text = "登记管理机关自收到全部有效文件之日起作出准予或者不准予登记的决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 60,
  objects = { "社会组织法人", "自然人" },
  conditions = {
    "有50个以上的个人会员或者30个以上的单位会员；个人会员、单位会员混合组成的，会员总数不少于50个",
    "有规范的名称和相应的组织机构，有固定的住所",
    "有与其业务活动相适应的专职工作人员",
    "地方性的社会团体和跨行政区域的社会团体有3万元以上活动资金",
    "已经业务主管单位审查同意（依法直接登记的除外）",
  },
  accept = function(app)
    -- 条例第十条: 会员数量与活动资金
    local d, why = app.data, {}
    local p, u = tonumber(d.members_person) or 0, tonumber(d.members_unit) or 0
    local enough = (u == 0 and p >= 50) or (p == 0 and u >= 30) or (p > 0 and u > 0 and p + u >= 50)
    if not enough then
      why[#why + 1] = "会员数量不足：个人会员不少于50个，或单位会员不少于30个，混合组成的总数不少于50个"
    end
    if (tonumber(d.funds) or 0) < 30000 then
      why[#why + 1] = "地方性社会团体活动资金应不少于3万元"
    end
    if #why > 0 then return false, why end
    return true
  end,
  materials = {
    { id = "sqb", name = "社会团体成立登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zgdw", name = "业务主管单位批准文件", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "依法需要业务主管单位审查同意的", source = "其他", core = true },
    { id = "zc", name = "社会团体章程草案（经会员大会或会员代表大会通过）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zjzm", name = "验资报告或活动资金证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", note = "由会计师事务所或开户银行出具" },
    { id = "cszm", name = "住所使用权证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "fzr", name = "拟任负责人基本情况、身份证明及备案表", form = "原件和复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "hyqd", name = "会员名册（含单位会员和个人会员）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "mcsh", name = "名称预先核准申请材料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "非必要", source = "申请人自备", tolerable = true },
  },
  result = { type = "证照", name = "社会团体法人登记证书" },
  theme = { "社会组织" },
  keywords = { "社团", "协会", "学会", "商会", "社会团体" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 57 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  review_standard = "会员数量、活动资金、章程内容、负责人条件符合条例第十条、第十四条的规定",
}

item {
  base_code = "000112002000",
  name = "社会团体变更登记",
  type = "行政许可",
  legal_basis = {
    { law = "《社会团体登记管理条例》", article = "第十八条", text = "社会团体的登记事项需要变更的，应当自业务主管单位审查同意之日起30日内申请变更登记" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "社会组织法人" },
  conditions = { "已在本登记管理机关登记的社会团体", "变更事项经会员大会或理事会依章程表决通过", "业务主管单位审查同意（依法直接登记的除外）" },
  materials = {
    { id = "sqb", name = "社会团体变更登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zgdw", name = "业务主管单位同意变更的文件", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "有业务主管单位的", source = "其他" },
    { id = "hyjy", name = "会员（代表）大会或理事会关于变更事项的决议", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "bgzm", name = "变更事项相关证明材料（住所、活动资金、负责人等）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", note = "按变更事项提交" },
    { id = "djzs", name = "社会团体法人登记证书正副本", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "民政部门", exempt = { source = "电子证照库", license = "社会团体法人登记证书" } },
  },
  result = { type = "证照", name = "社会团体法人登记证书（变更）" },
  theme = { "社会组织" },
  keywords = { "社团变更", "社会团体" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000112003000",
  name = "社会团体注销登记",
  type = "行政许可",
  legal_basis = {
    { law = "《社会团体登记管理条例》", article = "第十九条", text = "社会团体完成章程规定的宗旨、自行解散或者分立合并的，应当申请注销登记" },
    { law = "《社会团体登记管理条例》", article = "第二十条", text = "申请注销登记前应当在业务主管单位指导下成立清算组织，完成清算工作" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "社会组织法人" },
  conditions = { "已在业务主管单位及其他有关机关的指导下成立清算组织并完成清算", "注销事项经会员（代表）大会表决通过" },
  materials = {
    { id = "sqb", name = "社会团体注销登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "hyjy", name = "会员（代表）大会关于注销的决议", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "qsbg", name = "清算报告书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "zgdw", name = "业务主管单位同意注销的文件", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "有业务主管单位的", source = "其他" },
    { id = "djzs", name = "社会团体法人登记证书正副本及印章", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", note = "注销时缴回" },
  },
  result = { type = "其他", name = "社会团体注销登记证明" },
  theme = { "社会组织" },
  keywords = { "社团注销", "社会团体" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000112004000",
  name = "民办非企业单位成立登记",
  type = "行政许可",
  legal_basis = {
    { law = "《民办非企业单位登记管理暂行条例》", article = "第三条", text = "成立民办非企业单位，应当经其业务主管单位审查同意，并依照本条例的规定登记" },
    { law = "《民办非企业单位登记管理暂行条例》", article = "第八条", text = "申请登记民办非企业单位应当具备的条件" },
    { law = "《民办非企业单位登记管理暂行条例》", article = "第十一条", text = "登记管理机关应当自收到成立登记申请的全部有效文件之日起作出准予登记或者不予登记的决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 60,
  objects = { "自然人", "企业法人", "事业法人", "社会组织法人" },
  conditions = { "经业务主管单位审查同意", "有规范的名称、必要的组织机构", "有与其业务活动相适应的从业人员", "有与其业务活动相适应的合法财产", "有必要的场所" },
  materials = {
    { id = "sqb", name = "民办非企业单位（社会服务机构）成立登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zgdw", name = "业务主管单位的批准文件", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "zc", name = "章程草案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cszm", name = "场所使用权证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "zjzm", name = "验资报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", note = "开办资金须为合法财产，非国有资产份额不得低于总财产的三分之二" },
    { id = "fzr", name = "拟任负责人的基本情况、身份证明", form = "原件和复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "zzzm", name = "举办者为单位的，提交单位登记证书", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "举办者为法人或其他组织的", source = "申请人自备" },
  },
  result = { type = "证照", name = "民办非企业单位（法人）登记证书" },
  theme = { "社会组织" },
  keywords = { "民非", "社会服务机构", "民办学校", "民办医院" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 57 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000112005000",
  name = "民办非企业单位变更登记",
  type = "行政许可",
  legal_basis = {
    { law = "《民办非企业单位登记管理暂行条例》", article = "第十五条", text = "民办非企业单位的登记事项需要变更的，应当自业务主管单位审查同意之日起30日内申请变更登记" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "社会组织法人" },
  conditions = { "变更事项经理事会（董事会）表决通过", "经业务主管单位审查同意" },
  materials = {
    { id = "sqb", name = "民办非企业单位变更登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zgdw", name = "业务主管单位同意变更的文件", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "lsjy", name = "理事会（董事会）关于变更事项的决议", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "bgzm", name = "变更事项相关证明材料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "djzs", name = "民办非企业单位登记证书正副本", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "民政部门", exempt = { source = "电子证照库", license = "民办非企业单位登记证书" } },
  },
  result = { type = "证照", name = "民办非企业单位登记证书（变更）" },
  theme = { "社会组织" },
  keywords = { "民非变更" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000112006000",
  name = "民办非企业单位注销登记",
  type = "行政许可",
  legal_basis = {
    { law = "《民办非企业单位登记管理暂行条例》", article = "第十六条", text = "民办非企业单位自行解散、分立合并或由于其他原因需要注销登记的，应当向登记管理机关办理注销登记" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "社会组织法人" },
  conditions = { "已在业务主管单位指导下完成清算", "注销事项经理事会（董事会）表决通过" },
  materials = {
    { id = "sqb", name = "民办非企业单位注销登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zgdw", name = "业务主管单位同意注销的文件", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "qsbg", name = "清算报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "djzs", name = "登记证书正副本及印章", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", note = "注销时缴回" },
  },
  result = { type = "其他", name = "民办非企业单位注销登记证明" },
  theme = { "社会组织" },
  keywords = { "民非注销" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000112007000",
  name = "养老机构备案",
  type = "行政备案",
  legal_basis = {
    { law = "《中华人民共和国老年人权益保障法》", article = "第四十三条", text = "设立养老机构依法办理登记后即可开展服务活动，并向县级以上人民政府民政部门备案" },
    { law = "《养老机构管理办法》（民政部令第66号）", article = "第九条", text = "养老机构登记后即可开展服务活动，并向民政部门备案" },
  },
  levels = { "县" },
  statutory_limit = 5,
  objects = { "事业法人", "社会组织法人", "企业法人" },
  conditions = { "已依法办理事业单位、社会服务机构或企业登记", "服务场所符合消防、卫生、建筑设计等国家标准", "有与服务内容相适应的管理和服务人员" },
  materials = {
    { id = "sqb", name = "养老机构备案书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cn", name = "养老机构备案承诺书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "承诺符合消防、卫生、环保、建筑等要求" },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "事业单位法人证书、民办非企业单位登记证书或营业执照，通过电子证照库调取" },
    { id = "cszm", name = "服务场所自有产权证明或租赁合同", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", tolerable = true },
    { id = "xfzm", name = "消防验收合格、备案或抽查合格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "依法需要办理消防验收或备案的", source = "政府部门核发", source_department = "住房和城乡建设部门" },
  },
  result = { type = "其他", name = "养老机构备案回执" },
  theme = { "养老服务" },
  keywords = { "养老院", "敬老院", "养老机构设立许可", "养老机构备案" },
  steps = {
    { name = "受理", description = "收取备案书和承诺书，当场出具备案回执", limit = 1 },
    { name = "核查", description = "备案后20个工作日内对养老机构进行现场检查", limit = 4 },
  },
  review_standard = "材料齐全即予备案；设立许可已于2018年12月29日取消，改为登记后备案",
}

item {
  base_code = "000112017000",
  name = "养老机构设立许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国老年人权益保障法》（2015年修正）", article = "第四十三条", text = "原规定设立养老机构应当向民政部门申请行政许可；2018年12月29日修正后改为备案" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "事业法人", "社会组织法人", "企业法人" },
  conditions = { "本事项已取消，改为养老机构备案" },
  materials = {
    { id = "sqb", name = "养老机构设立许可申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "养老机构设立许可证" },
  theme = { "养老服务" },
  keywords = { "养老机构设立许可" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  state = "取消",
  cancel_date = "2018-12-29",
}

item {
  base_code = "000112008000",
  name = "内地居民结婚登记",
  type = "行政确认",
  legal_basis = {
    { law = "《中华人民共和国民法典》", article = "第一千零四十九条", text = "要求结婚的男女双方应当亲自到婚姻登记机关申请结婚登记" },
    { law = "《婚姻登记条例》", article = "第七条", text = "婚姻登记机关对符合结婚条件的，应当当场予以登记，发给结婚证" },
  },
  levels = { "县" },
  statutory_limit = 0,
  objects = { "自然人" },
  conditions = { "男方年满22周岁，女方年满20周岁", "双方完全自愿", "双方均无配偶", "双方不是直系血亲或三代以内旁系血亲", "双方亲自到场" },
  accept = function(app)
    -- 民法典第一千零四十七条: 法定婚龄
    local d = app.data
    local why = {}
    if (tonumber(d.male_age) or 0) < 22 then why[#why + 1] = "男方未满22周岁，不予受理结婚登记" end
    if (tonumber(d.female_age) or 0) < 20 then why[#why + 1] = "女方未满20周岁，不予受理结婚登记" end
    if d.both_present == false then why[#why + 1] = "结婚登记须双方亲自到场" end
    if #why > 0 then return false, why end
    return true
  end,
  materials = {
    { id = "sfz", name = "当事人双方身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", core = true, exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "hkb", name = "当事人双方户口簿", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民户口簿" }, note = "全国通办试点地区可仅凭身份证办理" },
    { id = "zp", name = "双方近期半身免冠合影照片", form = "原件", medium = "纸质", copies = 3, paper = "2寸", necessity = "必要", source = "申请人自备" },
    { id = "smsm", name = "申请结婚登记声明书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "在婚姻登记员面前现场签署" },
  },
  result = { type = "证照", name = "结婚证" },
  theme = { "婚姻登记" },
  keywords = { "结婚", "领证", "婚姻登记" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
  review_standard = "当场审查双方身份、婚姻状况声明及结婚条件",
}

item {
  base_code = "000112009000",
  name = "补领婚姻登记证",
  type = "行政确认",
  legal_basis = {
    { law = "《婚姻登记条例》", article = "第十七条", text = "结婚证、离婚证遗失或者损毁的，当事人可以持户口簿、身份证向原办理婚姻登记的机关或者一方户口所在地的婚姻登记机关申请补领" },
  },
  levels = { "县" },
  statutory_limit = 0,
  objects = { "自然人" },
  conditions = { "结婚证或离婚证遗失、损毁", "婚姻登记档案可查或能提供充分证明" },
  materials = {
    { id = "sfz", name = "当事人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", core = true, exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "hkb", name = "户口簿", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民户口簿" } },
    { id = "zp", name = "近期半身免冠照片", form = "原件", medium = "纸质", copies = 2, paper = "2寸", necessity = "必要", source = "申请人自备", note = "补领结婚证的提交双方合影" },
    { id = "smsm", name = "申请补领婚姻登记证声明书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "结婚证或离婚证（补发）" },
  theme = { "婚姻登记" },
  keywords = { "补领结婚证", "补办离婚证" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}

item {
  base_code = "000112010000",
  name = "最低生活保障对象认定",
  type = "行政给付",
  legal_basis = {
    { law = "《社会救助暂行办法》", article = "第九条", text = "国家对共同生活的家庭成员人均收入低于当地最低生活保障标准且符合财产状况规定的家庭，给予最低生活保障" },
    { law = "《社会救助暂行办法》", article = "第十一条", text = "申请、审核、审批的程序" },
  },
  levels = { "县", "乡" },
  statutory_limit = 30,
  objects = { "自然人" },
  conditions = { "持有当地常住户口", "共同生活的家庭成员人均收入低于当地最低生活保障标准", "家庭财产状况符合当地规定" },
  materials = {
    { id = "sqb", name = "最低生活保障申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "可由乡镇（街道）或村（居）委会代为提出" },
    { id = "sfz", name = "申请人及家庭成员身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "hkb", name = "户口簿", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民户口簿" } },
    { id = "sqs", name = "家庭经济状况核对授权书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "srzm", name = "家庭收入及财产情况声明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cjz", name = "残疾人证或疾病诊断证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "家庭成员有残疾或重病的", source = "申请人自备" },
  },
  result = { type = "其他", name = "最低生活保障金领取证" },
  theme = { "社会救助" },
  keywords = { "低保", "城乡低保", "救助" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 27 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "公示", limit = 5, note = "审核意见在申请人所在村（社区）公示7日" },
  },
}

item {
  base_code = "000112011000",
  name = "特困人员认定",
  type = "行政给付",
  legal_basis = {
    { law = "《社会救助暂行办法》", article = "第十四条", text = "对无劳动能力、无生活来源、无法定赡养抚养扶养义务人或其义务人无履行能力的老年人、残疾人以及未成年人给予特困人员供养" },
    { law = "《社会救助暂行办法》", article = "第十六条", text = "申请特困人员供养的程序" },
  },
  levels = { "县", "乡" },
  statutory_limit = 20,
  objects = { "自然人" },
  conditions = { "无劳动能力", "无生活来源", "无法定赡养、抚养、扶养义务人，或者其法定义务人无履行义务能力" },
  materials = {
    { id = "sqb", name = "特困人员救助供养申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "hkb", name = "户口簿", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民户口簿" } },
    { id = "sqs", name = "家庭经济状况核对授权书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cjz", name = "残疾人证", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "以残疾为由申请的", source = "政府部门核发", source_department = "残疾人联合会", exempt = { source = "电子证照库", license = "残疾人证" } },
  },
  result = { type = "其他", name = "特困人员救助供养证" },
  theme = { "社会救助" },
  keywords = { "五保", "特困供养" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "公示", limit = 5, note = "在村（社区）公示7日" },
  },
}

item {
  base_code = "000112012000",
  name = "困难残疾人生活补贴和重度残疾人护理补贴给付",
  type = "行政给付",
  legal_basis = {
    { law = "《国务院关于全面建立困难残疾人生活补贴和重度残疾人护理补贴制度的意见》（国发〔2015〕52号）", article = "第二部分", text = "困难残疾人生活补贴和重度残疾人护理补贴的对象、标准和申请程序" },
  },
  levels = { "县", "乡" },
  statutory_limit = 20,
  objects = { "自然人" },
  conditions = { "持有第二代中华人民共和国残疾人证", "生活补贴：低保家庭中的残疾人", "护理补贴：残疾等级为一级、二级且需要长期照护的重度残疾人" },
  materials = {
    { id = "sqb", name = "残疾人两项补贴申请审批表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "cjz", name = "第二代残疾人证", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "残疾人联合会", core = true, exempt = { source = "电子证照库", license = "残疾人证" } },
    { id = "yhk", name = "本人社会保障卡或银行账户信息", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "其他", name = "残疾人两项补贴发放通知" },
  theme = { "残疾人服务", "社会救助" },
  keywords = { "两项补贴", "残疾补贴", "护理补贴" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000112013000",
  name = "临时救助对象认定",
  type = "行政给付",
  legal_basis = {
    { law = "《社会救助暂行办法》", article = "第四十七条", text = "因火灾、交通事故等意外事件或重大疾病导致基本生活暂时出现严重困难的家庭或个人，给予临时救助" },
    { law = "《社会救助暂行办法》", article = "第四十八条", text = "临时救助的申请和审批" },
  },
  levels = { "县", "乡" },
  statutory_limit = 10,
  objects = { "自然人" },
  conditions = { "因意外事件、重大疾病或其他特殊原因导致基本生活陷入困境", "其他社会救助制度暂时无法覆盖或救助之后基本生活仍有严重困难" },
  materials = {
    { id = "sqb", name = "临时救助申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "knzm", name = "困难情况相关证明（医疗票据、事故证明等）", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "其他", name = "临时救助审批决定" },
  theme = { "社会救助" },
  keywords = { "临时救助", "急难救助" },
  steps = {
    { name = "受理", description = "乡镇（街道）或民政部门受理", limit = 1 },
    { name = "审核", description = "入户调查、家庭经济状况核对", limit = 6 },
    { name = "审批", description = "民政部门审批并发放救助金", limit = 3 },
  },
}
