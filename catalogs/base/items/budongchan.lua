-- Base items: 不动产登记. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000106101000",
  name = "不动产首次登记",
  type = "行政确认",
  legal_basis = {
    { law = "《中华人民共和国民法典》", article = "第二百一十条", text = "不动产登记，由不动产所在地的登记机构办理" },
    { law = "《不动产登记暂行条例》", article = "第十四条", text = "因买卖、设定抵押权等申请不动产登记的，应当由当事人双方共同申请；尚未登记的不动产首次申请登记的，可以由当事人单方申请" },
    { law = "《不动产登记暂行条例实施细则》", article = "第二十四条", text = "不动产首次登记，是指不动产权利第一次登记" },
    { law = "《不动产登记暂行条例》", article = "第二十条", text = "不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外" },
  },
  levels = { "市", "县" },
  statutory_limit = 30,
  objects = { "自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "其他组织" },
  conditions = { "不动产权属来源合法、界址清楚、面积准确", "申请人为权利人", "建设工程已竣工验收（房屋所有权首次登记）" },
  materials = {
    { id = "sqb", name = "不动产登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "qsly", name = "土地权属来源材料（出让合同及价款缴纳凭证或划拨决定书）", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "chbg", name = "不动产权籍调查成果（测绘报告）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "jgys", name = "建设工程竣工验收备案材料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "申请房屋所有权首次登记的", source = "政府部门核发", source_department = "住房和城乡建设部门", note = "通过工程建设项目审批管理系统共享" },
    { id = "wszm", name = "相关税费缴纳凭证", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "税务部门", exempt = { source = "电子证照库", license = "完税证明" }, note = "税务部门信息共享核验" },
  },
  result = { type = "证照", name = "不动产权证书" },
  theme = { "不动产登记" },
  keywords = { "房产证", "首次登记", "初始登记", "土地证" },
  steps = {
    { name = "受理", description = "一窗受理，查验申请材料与申请人身份", limit = 1 },
    { name = "审核", description = "查验权属来源，必要时实地查看", limit = 27 },
    { name = "登簿", description = "记载于不动产登记簿", limit = 1 },
    { name = "缮证发证", description = "制作不动产权证书或登记证明，综合窗口或邮寄发放", limit = 1 },
  },
  special_procedures = {
    { name = "公示", limit = 15, note = "首次登记依法公告的，公告期不计入办理时限" },
  },
}

item {
  base_code = "000106102000",
  name = "不动产转移登记",
  type = "行政确认",
  legal_basis = {
    { law = "《中华人民共和国民法典》", article = "第二百零九条", text = "不动产物权的设立、变更、转让和消灭，经依法登记，发生效力" },
    { law = "《不动产登记暂行条例》", article = "第十四条", text = "因买卖、设定抵押权等申请不动产登记的，应当由当事人双方共同申请" },
    { law = "《不动产登记暂行条例实施细则》", article = "第二十七条", text = "因买卖、互换、赠与、继承、受遗赠等导致不动产权利转移的，当事人可以申请转移登记" },
    { law = "《不动产登记暂行条例》", article = "第二十条", text = "不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外" },
  },
  levels = { "市", "县" },
  statutory_limit = 30,
  objects = { "自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "其他组织" },
  conditions = { "不动产已办理首次登记", "不动产未被查封、未设立异议登记", "已设立抵押的需抵押权人同意" },
  materials = {
    { id = "sqb", name = "不动产登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "买卖双方当事人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "bdcqz", name = "不动产权证书（或不动产登记证明）", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "不动产登记机构", core = true, exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "yzzm", name = "买卖合同、赠与合同或其他权属转移证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "存量房买卖合同可通过网签备案系统共享" },
    { id = "jczm", name = "继承或受遗赠证明材料（公证书、生效法律文书或继承人全部到场的继承声明）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "因继承、受遗赠申请的", when = function(app) return app.data.cause == "继承" or app.data.cause == "受遗赠" end, source = "申请人自备", core = true },
    { id = "hyzk", name = "婚姻状况证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "当事人为自然人的", source = "政府部门核发", source_department = "民政部门", note = "可通过婚姻登记信息共享核验" },
    { id = "wszm", name = "契税等税费缴纳凭证", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "税务部门", exempt = { source = "电子证照库", license = "完税证明" } },
  },
  result = { type = "证照", name = "不动产权证书" },
  theme = { "不动产登记", "二手房交易" },
  keywords = { "过户", "二手房", "赠与", "继承", "转移登记" },
  steps = {
    { name = "受理", description = "一窗受理，查验申请材料与申请人身份", limit = 1 },
    { name = "审核", description = "查验权属来源，必要时实地查看", limit = 27 },
    { name = "登簿", description = "记载于不动产登记簿", limit = 1 },
    { name = "缮证发证", description = "制作不动产权证书或登记证明，综合窗口或邮寄发放", limit = 1 },
  },
  fee = function(app)
    -- 发改价格规〔2016〕2559号; 财税〔2016〕79号 小微企业免收
    local d = app.data
    if d.small_business then
      return 0, "小微企业（含个体工商户）免收不动产登记费"
    end
    local extra = math.max((tonumber(d.certificates) or 1) - 1, 0) * 10
    if d.use == "住宅" then
      return 80 + extra, "住宅类不动产登记费每件80元，第一本证书免收工本费，每增加一本加收10元"
    end
    return 550 + extra, "非住宅类不动产登记费每件550元，第一本证书免收工本费，每增加一本加收10元"
  end,
}

item {
  base_code = "000106103000",
  name = "不动产变更登记",
  type = "行政确认",
  legal_basis = {
    { law = "《不动产登记暂行条例实施细则》", article = "第二十六条", text = "权利人姓名或名称、身份证明类型或号码、不动产坐落、界址、用途、面积等发生变化的，权利人可以申请变更登记" },
    { law = "《不动产登记暂行条例》", article = "第二十条", text = "不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外" },
  },
  levels = { "市", "县" },
  statutory_limit = 30,
  objects = { "自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "其他组织" },
  conditions = { "已办理不动产登记", "权利人姓名、名称或不动产自然状况等登记事项发生变化" },
  materials = {
    { id = "sqb", name = "不动产登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "bdcqz", name = "不动产权证书（或不动产登记证明）", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "不动产登记机构", core = true, exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "bgzm", name = "登记事项变更的证明材料（更名证明、门牌变更证明等）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "证照", name = "不动产权证书" },
  theme = { "不动产登记" },
  keywords = { "更名", "变更登记" },
  steps = {
    { name = "受理", description = "一窗受理，查验申请材料与申请人身份", limit = 1 },
    { name = "审核", description = "查验权属来源，必要时实地查看", limit = 27 },
    { name = "登簿", description = "记载于不动产登记簿", limit = 1 },
    { name = "缮证发证", description = "制作不动产权证书或登记证明，综合窗口或邮寄发放", limit = 1 },
  },
}

item {
  base_code = "000106104000",
  name = "不动产注销登记",
  type = "行政确认",
  legal_basis = {
    { law = "《不动产登记暂行条例实施细则》", article = "第二十八条", text = "不动产灭失、权利人放弃不动产权利等情形，当事人可以申请办理注销登记" },
    { law = "《不动产登记暂行条例》", article = "第二十条", text = "不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外" },
  },
  levels = { "市", "县" },
  statutory_limit = 30,
  objects = { "自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "其他组织" },
  conditions = { "不动产灭失、权利消灭或权利人放弃不动产权利" },
  materials = {
    { id = "sqb", name = "不动产登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "bdcqz", name = "不动产权证书（或不动产登记证明）", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "不动产登记机构", core = true, exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "xmzm", name = "不动产权利消灭的证明材料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "其他", name = "不动产注销登记结果告知" },
  theme = { "不动产登记" },
  keywords = { "注销登记" },
  steps = {
    { name = "受理", description = "一窗受理，查验申请材料与申请人身份", limit = 1 },
    { name = "审核", description = "查验权属来源，必要时实地查看", limit = 27 },
    { name = "登簿", description = "记载于不动产登记簿", limit = 1 },
    { name = "缮证发证", description = "制作不动产权证书或登记证明，综合窗口或邮寄发放", limit = 1 },
  },
}

item {
  base_code = "000106105000",
  name = "不动产抵押权登记",
  type = "行政确认",
  legal_basis = {
    { law = "《中华人民共和国民法典》", article = "第四百零二条", text = "以建筑物和其他土地附着物、建设用地使用权等抵押的，应当办理抵押登记，抵押权自登记时设立" },
    { law = "《不动产登记暂行条例实施细则》", article = "第六十五条", text = "对不动产进行抵押的，可以申请办理不动产抵押登记" },
    { law = "《不动产登记暂行条例》", article = "第二十条", text = "不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外" },
  },
  levels = { "市", "县" },
  statutory_limit = 30,
  objects = { "自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "其他组织" },
  conditions = { "抵押不动产已登记", "抵押人与抵押权人共同申请", "不动产未被查封" },
  materials = {
    { id = "sqb", name = "不动产登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "抵押人和抵押权人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "bdcqz", name = "不动产权证书（或不动产登记证明）", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "不动产登记机构", core = true, exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "dyht", name = "主债权合同和抵押合同", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "抵押权人为金融机构的，提交金融许可证和营业执照，可共享" },
  },
  result = { type = "证照", name = "不动产登记证明（抵押权）" },
  theme = { "不动产登记", "融资贷款" },
  keywords = { "抵押", "按揭", "贷款" },
  steps = {
    { name = "受理", description = "一窗受理，查验申请材料与申请人身份", limit = 1 },
    { name = "审核", description = "查验权属来源，必要时实地查看", limit = 27 },
    { name = "登簿", description = "记载于不动产登记簿", limit = 1 },
    { name = "缮证发证", description = "制作不动产权证书或登记证明，综合窗口或邮寄发放", limit = 1 },
  },
}

item {
  base_code = "000106106000",
  name = "不动产预告登记",
  type = "行政确认",
  legal_basis = {
    { law = "《中华人民共和国民法典》", article = "第二百二十一条", text = "当事人签订买卖房屋的协议或者签订其他不动产物权的协议，为保障将来实现物权，按照约定可以向登记机构申请预告登记" },
    { law = "《不动产登记暂行条例实施细则》", article = "第八十五条", text = "可以申请预告登记的情形" },
    { law = "《不动产登记暂行条例》", article = "第二十条", text = "不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外" },
  },
  levels = { "市", "县" },
  statutory_limit = 30,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "已签订商品房买卖合同或其他不动产物权协议并约定办理预告登记" },
  materials = {
    { id = "sqb", name = "不动产登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "gfht", name = "已备案的商品房预售合同", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "可通过网签备案系统共享" },
    { id = "ysxk", name = "商品房预售许可证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "住房和城乡建设部门", exempt = { source = "电子证照库", license = "商品房预售许可证" } },
  },
  result = { type = "证照", name = "不动产登记证明（预告登记）" },
  theme = { "不动产登记" },
  keywords = { "预告登记", "期房" },
  steps = {
    { name = "受理", description = "一窗受理，查验申请材料与申请人身份", limit = 1 },
    { name = "审核", description = "查验权属来源，必要时实地查看", limit = 27 },
    { name = "登簿", description = "记载于不动产登记簿", limit = 1 },
    { name = "缮证发证", description = "制作不动产权证书或登记证明，综合窗口或邮寄发放", limit = 1 },
  },
}

item {
  base_code = "000106107000",
  name = "不动产更正登记",
  type = "行政确认",
  legal_basis = {
    { law = "《中华人民共和国民法典》", article = "第二百二十条", text = "权利人、利害关系人认为不动产登记簿记载的事项错误的，可以申请更正登记" },
    { law = "《不动产登记暂行条例实施细则》", article = "第七十九条" },
    { law = "《不动产登记暂行条例》", article = "第二十条", text = "不动产登记机构应当自受理登记申请之日起30个工作日内办结不动产登记手续，法律另有规定的除外" },
  },
  levels = { "市", "县" },
  statutory_limit = 30,
  objects = { "自然人", "企业法人", "事业法人", "其他组织" },
  conditions = { "登记簿记载事项确有错误", "申请人为权利人或利害关系人" },
  materials = {
    { id = "sqb", name = "不动产登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "cwzm", name = "证实登记确有错误的材料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "证照", name = "不动产权证书（更正）" },
  theme = { "不动产登记" },
  keywords = { "更正登记", "登记错误" },
  steps = {
    { name = "受理", description = "一窗受理，查验申请材料与申请人身份", limit = 1 },
    { name = "审核", description = "查验权属来源，必要时实地查看", limit = 27 },
    { name = "登簿", description = "记载于不动产登记簿", limit = 1 },
    { name = "缮证发证", description = "制作不动产权证书或登记证明，综合窗口或邮寄发放", limit = 1 },
  },
}

item {
  base_code = "000106108000",
  name = "不动产异议登记",
  type = "行政确认",
  legal_basis = {
    { law = "《中华人民共和国民法典》", article = "第二百二十条", text = "不动产登记簿记载的权利人不同意更正的，利害关系人可以申请异议登记；申请人自异议登记之日起十五日内不提起诉讼的，异议登记失效" },
    { law = "《不动产登记暂行条例实施细则》", article = "第八十二条" },
  },
  levels = { "市", "县" },
  statutory_limit = 1,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "利害关系人认为登记簿记载事项错误，权利人不同意更正" },
  materials = {
    { id = "sqb", name = "不动产登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "lhgx", name = "证实对登记的不动产权利有利害关系的材料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "证照", name = "不动产登记证明（异议登记）" },
  theme = { "不动产登记" },
  keywords = { "异议登记" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，一次性告知所需材料", limit = 0.5 },
    { name = "决定", description = "审查后作出决定并送达结果", limit = 0.5 },
  },
}

item {
  base_code = "000106109000",
  name = "不动产登记资料查询",
  type = "公共服务",
  legal_basis = {
    { law = "《不动产登记暂行条例》", article = "第二十七条", text = "权利人、利害关系人可以依法查询、复制不动产登记资料，不动产登记机构应当提供" },
    { law = "《不动产登记资料查询暂行办法》", article = "第二条" },
  },
  levels = { "市", "县" },
  statutory_limit = 0,
  objects = { "自然人", "企业法人", "事业法人", "社会组织法人", "非法人企业", "其他组织" },
  conditions = { "查询人为权利人、利害关系人或有关国家机关", "利害关系人查询的，提交利害关系证明" },
  materials = {
    { id = "sqb", name = "不动产登记资料查询申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "查询人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "lhgx", name = "存在利害关系的证明材料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "利害关系人查询的", source = "其他" },
  },
  result = { type = "其他", name = "不动产登记资料查询结果证明" },
  theme = { "不动产登记" },
  keywords = { "查档", "产权查询", "房产查询" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}
