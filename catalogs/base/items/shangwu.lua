-- Base items: 商务. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000118001000",
  name = "再生资源回收经营者备案",
  type = "行政备案",
  legal_basis = {
    { law = "《再生资源回收管理办法》", article = "第七条", text = "从事再生资源回收经营活动，应当在取得营业执照后30日内，向所在地县级人民政府商务主管部门备案" },
  },
  levels = { "县" },
  statutory_limit = 5,
  objects = { "企业法人", "非法人企业", "自然人" },
  conditions = { "已取得营业执照", "有相应的回收场所" },
  materials = {
    { id = "sqb", name = "再生资源回收经营者备案登记表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "回收场所证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "非必要", source = "申请人自备" },
  },
  result = { type = "其他", name = "再生资源回收经营者备案回执" },
  theme = { "企业经营" },
  keywords = { "废品回收", "收废品" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 3 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}

item {
  base_code = "000118002000",
  name = "对外贸易经营者备案登记",
  type = "行政备案",
  legal_basis = {
    { law = "《中华人民共和国对外贸易法》（2016年修正）", article = "第九条", text = "原规定从事货物进出口或者技术进出口的对外贸易经营者应当办理备案登记；2022年12月30日修正时删除" },
  },
  levels = { "市", "县" },
  statutory_limit = 5,
  objects = { "企业法人", "非法人企业", "自然人" },
  conditions = { "本事项已依法取消，企业办理海关进出口收发货人备案即可开展进出口业务" },
  materials = {
    { id = "sqb", name = "对外贸易经营者备案登记表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "其他", name = "对外贸易经营者备案登记表" },
  theme = { "企业经营" },
  keywords = { "外贸备案", "进出口权" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 3 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
  state = "取消",
  cancel_date = "2022-12-30",
}
