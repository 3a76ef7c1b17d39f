-- Base items: 住房和城乡建设、人防、气象（工程建设）. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000109001000",
  name = "建筑工程施工许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国建筑法》", article = "第七条", text = "建筑工程开工前，建设单位应当按照国家有关规定向工程所在地县级以上人民政府建设行政主管部门申请领取施工许可证" },
    { law = "《中华人民共和国建筑法》", article = "第八条", text = "申请领取施工许可证应当具备的条件；建设行政主管部门应当自收到申请之日起七日内，对符合条件的申请颁发施工许可证" },
    { law = "《建筑工程施工许可管理办法》", article = "第二条", text = "工程投资额在30万元以下或者建筑面积在300平方米以下的建筑工程，可以不申请办理施工许可证" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 7,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = {
    "已经办理该建筑工程用地批准手续",
    "依法应当办理建设工程规划许可证的，已经取得建设工程规划许可证",
    "需要拆迁的，其拆迁进度符合施工要求",
    "已经确定建筑施工企业",
    "有满足施工需要的资金安排、施工图纸及技术资料",
    "有保证工程质量和安全的具体措施",
  },
  accept = function(app)
    -- 《建筑工程施工许可管理办法》第二条: 限额以下工程无需办理
    local d = app.data
    local invest, area = tonumber(d.investment) or 0, tonumber(d.area) or 0
    if invest <= 300000 and area <= 300 then
      return false, "工程投资额30万元以下或建筑面积300平方米以下的建筑工程，可以不申请办理施工许可证"
    end
    if d.kind == "农民自建低层住宅" or d.kind == "抢险救灾工程" or d.kind == "临时性房屋建筑" then
      return false, "抢险救灾及其他临时性房屋建筑和农民自建低层住宅不适用施工许可"
    end
    return true
  end,
  materials = {
    { id = "sqb", name = "建筑工程施工许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "tdzm", name = "用地批准文件（不动产权证书或土地使用证明）", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "自然资源主管部门", exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "ghxk", name = "建设工程规划许可证", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "条件必要", condition = "依法应当办理建设工程规划许可证的", source = "政府部门核发", source_department = "自然资源主管部门", exempt = { source = "电子证照库", license = "建设工程规划许可证" } },
    { id = "zbtz", name = "中标通知书或直接发包批准文件及施工合同", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sgt", name = "施工图设计文件审查合格书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true, note = "通过施工图联审系统共享" },
    { id = "zlaq", name = "保证工程质量和安全的具体措施（含质量安全监督手续）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", tolerable = true },
    { id = "zjap", name = "建设资金安排承诺书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", note = "实行告知承诺，不再要求提交资金到位证明" },
    { id = "rfsc", name = "人防工程施工图审查意见", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "依法需要修建防空地下室的", when = function(app) return app.data.civil_defence == true end, source = "政府部门核发", source_department = "人民防空主管部门" },
  },
  result = { type = "证照", name = "建筑工程施工许可证" },
  theme = { "工程建设", "施工许可" },
  keywords = { "施工证", "开工许可", "施工许可" },
  steps = {
    { name = "受理", description = "综合窗口受理，施工图审查结果系统共享", limit = 1 },
    { name = "审查", description = "审查开工条件", limit = 4 },
    { name = "决定", description = "作出准予许可决定", limit = 1 },
    { name = "发证", description = "核发电子证照，可自行打印", limit = 1 },
  },
  review_standard = "核对建筑法第八条所列六项条件；限额以下工程告知无需办理",
}

item {
  base_code = "000109002000",
  name = "特殊建设工程消防设计审查",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国消防法》", article = "第十一条", text = "国务院住房和城乡建设主管部门规定的特殊建设工程，建设单位应当将消防设计文件报送住房和城乡建设主管部门审查" },
    { law = "《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号）", article = "第二十二条", text = "自受理消防设计审查申请之日起十五个工作日内出具书面审查意见；需要专家评审的，专家评审时间不超过二十个工作日" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 15,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "属于特殊建设工程", "设计单位具有相应资质", "消防设计文件符合国家工程建设消防技术标准" },
  materials = {
    { id = "sqb", name = "特殊建设工程消防设计审查申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "xfsj", name = "消防设计文件", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "zjps", name = "特殊消防设计技术资料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "采用国家标准未规定的技术措施等需专家评审的", source = "其他" },
  },
  result = { type = "批文", name = "特殊建设工程消防设计审查意见书" },
  theme = { "工程建设", "施工许可" },
  keywords = { "消防审图", "消防设计审查" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 12 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "专家评审", limit = 20, note = "依法组织专家评审的，专家评审时间不计入办理时限" },
  },
}

item {
  base_code = "000109003000",
  name = "特殊建设工程消防验收",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国消防法》", article = "第十三条", text = "特殊建设工程竣工验收后，建设单位应当向住房和城乡建设主管部门申请消防验收" },
    { law = "《建设工程消防设计审查验收管理暂行规定》（住房和城乡建设部令第51号）", article = "第二十六条", text = "对特殊建设工程实行消防验收制度；未经消防验收或者消防验收不合格的，禁止投入使用" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 15,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "特殊建设工程已通过消防设计审查", "建设单位已组织竣工验收，涉及消防的各分部分项工程验收合格" },
  materials = {
    { id = "sqb", name = "特殊建设工程消防验收申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "gcjl", name = "工程竣工验收报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jcbg", name = "涉及消防的建设工程竣工图纸及消防设施检测报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "批文", name = "特殊建设工程消防验收意见书" },
  theme = { "工程建设", "竣工验收" },
  keywords = { "消防验收" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 12 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "检测", limit = 5, note = "现场抽样检测和消防设施功能测试，时间不计入办理时限" },
  },
}

item {
  base_code = "000109004000",
  name = "其他建设工程消防验收备案",
  type = "行政备案",
  legal_basis = {
    { law = "《中华人民共和国消防法》", article = "第十三条", text = "其他建设工程，建设单位在验收后应当报住房和城乡建设主管部门备案，住房和城乡建设主管部门应当进行抽查" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 5,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "属于特殊建设工程以外的需要进行消防设计的建设工程", "已组织竣工验收" },
  materials = {
    { id = "sqb", name = "消防验收备案表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "gcjl", name = "工程竣工验收报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jgtz", name = "涉及消防的竣工图纸", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
  },
  result = { type = "其他", name = "消防验收备案凭证" },
  theme = { "工程建设", "竣工验收" },
  keywords = { "消防备案" },
  steps = {
    { name = "备案", description = "材料齐全的当场出具备案凭证", limit = 1 },
    { name = "抽查", description = "按比例随机抽查", limit = 4 },
  },
}

item {
  base_code = "000135001000",
  name = "结合民用建筑修建防空地下室审批",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国人民防空法》", article = "第二十二条", text = "城市新建民用建筑，按照国家有关规定修建战时可用于防空的地下室" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "位于人民防空重点城市规划区内的新建民用建筑", "防空地下室设计符合人防工程战术技术要求；确不宜修建的依法缴纳易地建设费" },
  materials = {
    { id = "sqb", name = "结合民用建筑修建防空地下室审批申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "rfsj", name = "防空地下室设计文件", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "ghxk", name = "建设工程规划许可证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "自然资源主管部门", exempt = { source = "电子证照库", license = "建设工程规划许可证" } },
  },
  result = { type = "批文", name = "防空地下室建设意见书" },
  theme = { "工程建设", "施工许可" },
  keywords = { "人防审查", "人防设计", "防空地下室" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000109005000",
  name = "建设工程竣工联合验收",
  type = "其他行政权力",
  legal_basis = {
    { law = "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）", article = "第二部分第（五）项", text = "实行规划、土地、消防、人防、档案等事项限时联合验收，统一竣工验收图纸和验收标准，统一出具验收意见" },
    { law = "《建设工程质量管理条例》", article = "第十六条", text = "建设单位收到建设工程竣工报告后，应当组织设计、施工、工程监理等有关单位进行竣工验收" },
  },
  levels = { "市", "县" },
  statutory_limit = 15,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "工程已按设计和合同约定内容完成", "建设单位已组织竣工验收", "已完成多测合一竣工测量" },
  materials = {
    { id = "sqb", name = "竣工联合验收申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "gcjl", name = "工程竣工验收报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "chbg", name = "竣工测量成果报告（多测合一）", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "xfjc", name = "消防设施检测报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "涉及消防验收的", source = "其他" },
    { id = "rfjc", name = "人防工程竣工资料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "修建防空地下室的", source = "其他" },
    { id = "dajs", name = "建设工程档案移交资料", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", tolerable = true },
  },
  result = { type = "其他", name = "建设工程竣工联合验收意见书" },
  theme = { "工程建设", "竣工验收" },
  keywords = { "联合验收", "竣工验收", "多验合一" },
  steps = {
    { name = "受理", description = "综合窗口一次受理", limit = 1 },
    { name = "联合验收", description = "规划、消防、人防、档案、质量等部门联合现场验收", limit = 11 },
    { name = "出具意见", description = "统一出具联合验收意见", limit = 3 },
  },
}

item {
  base_code = "000109006000",
  name = "房屋建筑和市政基础设施工程竣工验收备案",
  type = "行政备案",
  legal_basis = {
    { law = "《建设工程质量管理条例》", article = "第四十九条", text = "建设单位应当自建设工程竣工验收合格之日起15日内，将竣工验收报告和有关认可文件报建设行政主管部门备案" },
    { law = "《房屋建筑和市政基础设施工程竣工验收备案管理办法》", article = "第四条" },
  },
  levels = { "市", "县" },
  statutory_limit = 5,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "工程已竣工验收合格", "在竣工验收合格之日起15日内申请备案" },
  materials = {
    { id = "sqb", name = "工程竣工验收备案表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "gcjl", name = "工程竣工验收报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "lhys", name = "竣工联合验收意见书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "住房和城乡建设部门", note = "系统共享" },
    { id = "zlbx", name = "住宅质量保证书和住宅使用说明书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "商品住宅工程", source = "申请人自备" },
  },
  result = { type = "其他", name = "工程竣工验收备案证明" },
  theme = { "工程建设", "竣工验收" },
  keywords = { "竣工备案" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 3 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}

item {
  base_code = "000109007000",
  name = "商品房预售许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国城市房地产管理法》", article = "第四十五条", text = "商品房预售应当向县级以上人民政府房产管理部门办理预售登记，取得商品房预售许可证明" },
    { law = "《城市商品房预售管理办法》", article = "第六条", text = "商品房预售实行许可制度" },
  },
  levels = { "市", "县" },
  statutory_limit = 10,
  objects = { "企业法人" },
  conditions = {
    "已交付全部土地使用权出让金，取得土地使用权证书",
    "持有建设工程规划许可证和施工许可证",
    "投入开发建设的资金达到工程建设总投资的25%以上，并已确定施工进度和竣工交付日期",
  },
  materials = {
    { id = "sqb", name = "商品房预售许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "tdzm", name = "用地批准文件（不动产权证书或土地使用证明）", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "自然资源主管部门", core = true, exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "jsxk", name = "建设工程规划许可证和施工许可证", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "自然资源、住房和城乡建设部门", exempt = { source = "电子证照库", license = "建筑工程施工许可证" } },
    { id = "tzzm", name = "工程施工进度和投资达到25%以上的证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "ysfa", name = "商品房预售方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "商品房预售许可证" },
  theme = { "房地产" },
  keywords = { "预售证", "卖房", "期房" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 7 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000109008000",
  name = "水电气暖信外线接入工程审批",
  type = "行政许可",
  legal_basis = {
    { law = "《城市道路管理条例》", article = "第三十条", text = "未经市政工程行政主管部门和公安交通管理部门批准，任何单位或者个人不得占用或者挖掘城市道路" },
    { law = "《城市绿化条例》", article = "第二十条", text = "因建设或者其他特殊需要临时占用城市绿化用地，须经城市人民政府城市绿化行政主管部门同意" },
    { law = "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）", article = "第二部分第（二）项", text = "供水、供电、燃气、热力、排水、通信等市政公用基础设施报装提前到施工许可证核发后办理，实行并联审批" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织", "自然人" },
  conditions = { "已取得接入工程的报装受理或接入方案", "涉及占用挖掘道路、占用绿地、涉路施工的，施工方案满足交通、绿化保护要求" },
  materials = {
    { id = "sqb", name = "水电气暖信外线接入工程并联审批申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jrfa", name = "接入工程设计方案及平面位置图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "sgfa", name = "施工组织及交通疏导方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "lhfa", name = "绿地占用及恢复方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "涉及占用城市绿地或移伐树木的", source = "申请人自备" },
    { id = "bzht", name = "报装受理单或供用合同", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", tolerable = true },
  },
  result = { type = "批文", name = "市政公用设施接入工程并联审批决定书" },
  theme = { "工程建设", "水电气报装" },
  keywords = { "外线工程", "报装", "接电", "接水", "接气", "掘路" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  review_standard = "由牵头部门组织住建、交通运输、公安交警、园林等部门并联审查",
}

item {
  base_code = "000109009000",
  name = "占用、挖掘城市道路审批",
  type = "行政许可",
  legal_basis = {
    { law = "《城市道路管理条例》", article = "第三十条", text = "未经市政工程行政主管部门和公安交通管理部门批准，任何单位或者个人不得占用或者挖掘城市道路" },
    { law = "《城市道路管理条例》", article = "第三十三条", text = "因工程建设需要挖掘城市道路的，应当提交城市规划部门批准签发的文件和有关设计文件，经批准后方可挖掘" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织", "自然人" },
  conditions = { "确因工程建设或其他特殊需要占用、挖掘城市道路", "按规定缴纳城市道路挖掘修复费或自行修复" },
  materials = {
    { id = "sqb", name = "占用、挖掘城市道路申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sgfa", name = "施工方案及交通疏导方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "ghwj", name = "规划部门批准文件", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "挖掘城市道路的", source = "政府部门核发", source_department = "自然资源主管部门" },
  },
  result = { type = "批文", name = "占用、挖掘城市道路许可决定书" },
  theme = { "市政设施" },
  keywords = { "掘路", "占道" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000109010000",
  name = "城市建筑垃圾处置核准",
  type = "行政许可",
  legal_basis = {
    { law = "《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）", article = "附件第101项", text = "城市建筑垃圾处置核准" },
    { law = "《城市建筑垃圾管理规定》", article = "第七条", text = "处置建筑垃圾的单位，应当向城市人民政府市容环境卫生主管部门提出申请，获得城市建筑垃圾处置核准后，方可处置" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "有建筑垃圾分类处置方案和消纳场所", "运输车辆具备全密闭运输机械装置或密闭苫盖装置" },
  materials = {
    { id = "sqb", name = "城市建筑垃圾处置核准申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "czfa", name = "建筑垃圾处置方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "xnht", name = "与消纳场所签订的协议", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "clzm", name = "运输车辆行驶证及密闭装置证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "城市建筑垃圾处置核准证" },
  theme = { "市政设施", "工程建设" },
  keywords = { "渣土", "建筑垃圾" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000109011000",
  name = "燃气经营许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《城镇燃气管理条例》", article = "第十五条", text = "国家对燃气经营实行许可证制度；从事燃气经营活动的企业，应当具备相应条件" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人" },
  conditions = {
    "符合燃气发展规划要求",
    "有符合国家标准的燃气气源和燃气设施",
    "有固定的经营场所、完善的安全管理制度和健全的经营方案",
    "企业主要负责人、安全生产管理人员以及运行、维护和抢修人员经专业培训并考核合格",
  },
  materials = {
    { id = "sqb", name = "燃气经营许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "qyzm", name = "气源证明及供气协议", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "aqzd", name = "安全管理制度和经营方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "ryzs", name = "从业人员专业培训考核合格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "燃气经营许可证" },
  theme = { "市政设施" },
  keywords = { "燃气", "加气站", "瓶装液化气" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000109012000",
  name = "城镇污水排入排水管网许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《城镇排水与污水处理条例》", article = "第二十一条", text = "从事工业、建筑、餐饮、医疗等活动的企业事业单位、个体工商户向城镇排水设施排放污水的，应当申请领取污水排入排水管网许可证" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "非法人企业", "自然人" },
  conditions = { "排放口设置符合城镇排水规划", "按规定建设预处理设施，排放水质符合国家和地方标准" },
  materials = {
    { id = "sqb", name = "城镇污水排入排水管网许可申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "gwt", name = "排水户内部排水管网、专用检测井、排放口位置图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "szbg", name = "排水水质检测报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "排放工业废水等需预处理的", source = "其他" },
  },
  result = { type = "证照", name = "城镇污水排入排水管网许可证" },
  theme = { "市政设施" },
  keywords = { "排水许可", "排污接管" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000136001000",
  name = "雷电防护装置设计审核",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国气象法》", article = "第三十一条", text = "安装的防雷装置应当符合国务院气象主管机构规定的使用要求" },
    { law = "《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）", article = "附件第378项", text = "防雷装置设计审核和竣工验收" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "属于油库、气库、弹药库、化学品仓库、烟花爆竹、石化等易燃易爆建设工程和场所等需审核的范围", "雷电防护装置设计符合国家标准" },
  materials = {
    { id = "sqb", name = "雷电防护装置设计审核申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sjt", name = "雷电防护装置设计说明书和图纸", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
  },
  result = { type = "批文", name = "雷电防护装置设计核准意见书" },
  theme = { "工程建设", "施工许可" },
  keywords = { "防雷审核", "防雷" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000136002000",
  name = "雷电防护装置竣工验收",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国气象法》", article = "第三十一条" },
    { law = "《国务院对确需保留的行政审批项目设定行政许可的决定》（国务院令第412号）", article = "附件第378项" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "事业法人", "其他组织" },
  conditions = { "雷电防护装置已按核准的设计施工完毕", "检测合格" },
  materials = {
    { id = "sqb", name = "雷电防护装置竣工验收申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "jcbg", name = "雷电防护装置检测报告", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", core = true },
    { id = "sjhz", name = "雷电防护装置设计核准意见书", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "气象主管机构" },
  },
  result = { type = "证照", name = "雷电防护装置验收意见书" },
  theme = { "工程建设", "竣工验收" },
  keywords = { "防雷验收" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
