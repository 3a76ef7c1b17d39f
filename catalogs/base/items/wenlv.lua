-- Base items: 文化和旅游、体育. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000119001000",
  name = "娱乐场所经营许可",
  type = "行政许可",
  legal_basis = {
    { law = "《娱乐场所管理条例》", article = "第九条", text = "设立娱乐场所，应当向所在地县级人民政府文化主管部门提出申请；文化主管部门应当自受理申请之日起20日内作出决定" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业" },
  conditions = { "已取得营业执照", "娱乐场所的位置、面积等符合规定", "投资人、法定代表人等不属于条例禁止的情形" },
  materials = {
    { id = "sqb", name = "娱乐场所经营许可申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "fddbr", name = "法定代表人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" } },
    { id = "cszm", name = "经营场所产权或租赁证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "pmt", name = "经营场所平面示意图和包厢设置情况", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "娱乐经营许可证" },
  theme = { "文化旅游", "企业开办" },
  keywords = { "KTV", "歌厅", "游艺厅" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  special_procedures = {
    { name = "听证", limit = 10, note = "周边居民有异议需听证的，听证时间不计入办理时限" },
  },
}

item {
  base_code = "000119002000",
  name = "互联网上网服务营业场所经营单位设立审批",
  type = "行政许可",
  legal_basis = {
    { law = "《互联网上网服务营业场所管理条例》", article = "第十条", text = "互联网上网服务营业场所经营单位申请从事经营活动，应当向县级以上地方人民政府文化行政部门提出申请" },
    { law = "《互联网上网服务营业场所管理条例》", article = "第十一条", text = "文化行政部门应当自收到申请之日起20个工作日内作出决定" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业" },
  conditions = { "经营场所距中学、小学校园出入口的距离符合规定", "有与其经营活动相适应的营业场所、设备和技术措施", "取得消防安全合格证明" },
  materials = {
    { id = "sqb", name = "互联网上网服务营业场所经营单位设立申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "营业场所使用证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "aqjs", name = "网络安全技术措施说明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "xfzm", name = "消防安全证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "依法需要消防验收或备案的", source = "政府部门核发", source_department = "住房和城乡建设部门" },
  },
  result = { type = "证照", name = "网络文化经营许可证" },
  theme = { "文化旅游", "企业开办" },
  keywords = { "网吧", "电竞馆" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000119003000",
  name = "营业性演出审批",
  type = "行政许可",
  legal_basis = {
    { law = "《营业性演出管理条例》", article = "第十三条", text = "举办营业性演出，应当向演出所在地县级人民政府文化主管部门提出申请；文化主管部门应当自受理申请之日起3日内作出决定" },
  },
  levels = { "县" },
  statutory_limit = 3,
  objects = { "企业法人", "非法人企业", "其他组织" },
  conditions = { "演出内容不含条例禁止的情形", "演出场所合格，有安全保卫工作方案和灭火、应急疏散预案" },
  materials = {
    { id = "sqb", name = "营业性演出申请登记表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "ycxy", name = "演出节目内容材料及演员名单", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cdxy", name = "演出场地协议", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "afya", name = "安全保卫方案和应急预案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "批文", name = "营业性演出准予许可决定书" },
  theme = { "文化旅游" },
  keywords = { "演出", "演唱会", "庙会演出" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 0.5 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 1.5 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}

item {
  base_code = "000119004000",
  name = "高危险性体育项目经营许可",
  type = "行政许可",
  legal_basis = {
    { law = "《全民健身条例》", article = "第三十二条", text = "经营高危险性体育项目，应当向县级以上地方人民政府体育主管部门提出申请；体育主管部门应当自收到申请之日起30日内进行实地核查，作出批准或者不予批准的决定" },
  },
  levels = { "县" },
  statutory_limit = 30,
  objects = { "企业法人", "非法人企业" },
  conditions = { "相关体育设施符合国家标准", "具有达到规定数量的取得国家职业资格证书的社会体育指导人员和救助人员", "具有相应的安全保障制度和措施" },
  materials = {
    { id = "sqb", name = "高危险性体育项目经营许可申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "ssbz", name = "体育设施符合国家标准的说明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "zyzs", name = "社会体育指导人员和救助人员职业资格证书", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "高危险性体育项目经营许可证" },
  theme = { "文化旅游" },
  keywords = { "游泳馆", "滑雪场", "攀岩" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 27 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
