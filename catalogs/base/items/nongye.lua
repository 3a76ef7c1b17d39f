-- Base items: 农业农村. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000117001000",
  name = "设施农业用地备案",
  type = "行政备案",
  legal_basis = {
    { law = "《自然资源部 农业农村部关于设施农业用地管理有关问题的通知》（自然资规〔2019〕4号）", article = "第四条", text = "设施农业用地由农村集体经济组织或经营者向乡镇政府备案，乡镇政府定期汇总情况后汇交至县级自然资源主管部门" },
    { law = "《中华人民共和国土地管理法》", article = "第四条", text = "国家实行土地用途管制制度" },
  },
  levels = { "县", "乡" },
  statutory_limit = 5,
  objects = { "自然人", "企业法人", "非法人企业", "其他组织" },
  conditions = {
    "用地直接用于或者服务于农业生产，属于农用地管理",
    "用地规模符合当地规定标准",
    "不占用永久基本农田（种植设施不破坏耕作层的除外）",
    "已与农村集体经济组织签订用地协议",
  },
  accept = function(app)
    -- 自然资规〔2019〕4号: 养殖设施不得占用永久基本农田
    local d = app.data
    if d.basic_farmland and d.use ~= "种植" then
      return false, "养殖设施和种植设施中破坏耕作层的，不得使用永久基本农田"
    end
    if d.basic_farmland and d.damages_topsoil then
      return false, "种植设施不破坏耕作层的，方可使用永久基本农田，且不需补划"
    end
    return true
  end,
  materials = {
    { id = "sqb", name = "设施农业用地备案表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "经营者身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "ydxy", name = "设施农业用地协议", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "经营者与农村集体经济组织签订" },
    { id = "ydfw", name = "用地位置及范围示意图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "fkcn", name = "土地复垦承诺书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", tolerable = true },
  },
  result = { type = "其他", name = "设施农业用地备案回执" },
  theme = { "农业生产" },
  keywords = { "设施农用地", "大棚", "养殖场用地", "晾晒场" },
  steps = {
    { name = "备案", description = "核对备案材料，材料齐全的予以备案", limit = 1 },
    { name = "汇交", description = "定期汇交县级自然资源主管部门上图入库", limit = 4 },
  },
}

item {
  base_code = "000117002000",
  name = "农药经营许可",
  type = "行政许可",
  legal_basis = {
    { law = "《农药管理条例》", article = "第二十四条", text = "国家实行农药经营许可制度，但经营卫生用农药的除外" },
    { law = "《农药管理条例》", article = "第二十五条", text = "申请农药经营许可证，应当向县级以上地方人民政府农业主管部门申请；农业主管部门应当自受理申请之日起20日内作出审批决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业", "自然人" },
  conditions = { "有具备农药和病虫害防治专业知识、熟悉农药管理规定的经营人员", "有与经营的农药相适应的营业场所和仓储场所", "有农药采购、销售、安全管理等制度" },
  materials = {
    { id = "sqb", name = "农药经营许可证申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "营业场所和仓储场所证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "ryzm", name = "经营人员专业学历或培训证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "glzd", name = "农药经营管理制度和岗位操作规程", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "农药经营许可证" },
  theme = { "农业生产" },
  keywords = { "农药店", "农资" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000117003000",
  name = "兽药经营许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《兽药管理条例》", article = "第二十二条", text = "经营兽药的企业，应当具备相应条件，向县级以上地方人民政府兽医行政管理部门提出申请" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业" },
  conditions = { "有与所经营的兽药相适应的兽药技术人员", "有与所经营的兽药相适应的营业场所、设备、仓库设施", "有与所经营的兽药相适应的质量管理机构或者人员" },
  materials = {
    { id = "sqb", name = "兽药经营许可证申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "营业场所和仓库证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "ryzm", name = "兽药技术人员资格证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "证照", name = "兽药经营许可证" },
  theme = { "农业生产" },
  keywords = { "兽药店" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000117004000",
  name = "动物防疫条件合格证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国动物防疫法》", article = "第二十五条", text = "开办动物饲养场和隔离场所、动物屠宰加工场所以及动物和动物产品无害化处理场所，应当向县级以上地方人民政府农业农村主管部门提出申请" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业", "自然人" },
  conditions = { "场所位置与居民生活区、生活饮用水水源地、学校、医院等公共场所的距离符合规定", "有相应的污水、污物、病死动物处理设施", "有完善的隔离消毒、购销台账等动物防疫制度" },
  materials = {
    { id = "sqb", name = "动物防疫条件审查申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "pmt", name = "场所地理位置图、各功能区布局平面图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "fyzd", name = "动物防疫制度文本", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "sbqd", name = "设施设备清单", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "动物防疫条件合格证" },
  theme = { "农业生产" },
  keywords = { "养殖场", "养猪", "畜禽" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000117005000",
  name = "农作物种子生产经营许可证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国种子法》", article = "第三十一条", text = "从事种子生产经营的，应当取得种子生产经营许可证；其他种子生产经营许可证由县级以上地方人民政府农业农村主管部门核发" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "企业法人", "非法人企业" },
  conditions = { "具有与种子生产经营相适应的生产经营设施、设备及专业技术人员", "具有无检疫性有害生物的种子生产地点" },
  materials = {
    { id = "sqb", name = "农作物种子生产经营许可证申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "yyzz", name = "营业执照", form = "复印件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "市场监督管理部门", exempt = { source = "电子证照库", license = "营业执照" }, note = "通过电子证照库调取，申请人无需提交" },
    { id = "cszm", name = "生产经营场所证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "ryzm", name = "专业技术人员证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "农作物种子生产经营许可证" },
  theme = { "农业生产" },
  keywords = { "种子", "卖种子" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000117006000",
  name = "拖拉机和联合收割机登记",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国道路交通安全法》", article = "第一百二十一条", text = "对上道路行驶的拖拉机，由农业（农业机械）主管部门行使本法第八条、第九条规定的公安机关交通管理部门的管理职权" },
    { law = "《农业机械安全监督管理条例》", article = "第二十一条", text = "拖拉机、联合收割机投入使用前，其所有人应当向所在地县级人民政府农业机械化主管部门申请登记" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "县" },
  statutory_limit = 2,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "拖拉机、联合收割机经安全检验合格", "来历证明合法" },
  materials = {
    { id = "sqb", name = "拖拉机和联合收割机登记申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "所有人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "lzly", name = "购机发票等来历证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "ccz", name = "出厂合格证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "aqjy", name = "安全技术检验合格证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
  },
  result = { type = "证照", name = "拖拉机和联合收割机行驶证、登记证书" },
  theme = { "农业生产" },
  keywords = { "农机上牌", "拖拉机上户" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 0.5 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 0.5 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 0.5 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 0.5 },
  },
}

item {
  base_code = "000117007000",
  name = "渔业捕捞许可",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国渔业法》", article = "第二十三条", text = "国家对捕捞业实行捕捞许可证制度" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "省", "市", "县" },
  statutory_limit = 20,
  objects = { "自然人", "企业法人", "其他组织" },
  conditions = { "有渔业船舶检验证书", "有渔业船舶登记证书", "符合国务院渔业行政主管部门规定的其他条件" },
  materials = {
    { id = "sqb", name = "渔业捕捞许可证申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "cbjy", name = "渔业船舶检验证书、登记证书", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "渔业船舶检验机构", core = true },
  },
  result = { type = "证照", name = "渔业捕捞许可证" },
  theme = { "农业生产" },
  keywords = { "捕鱼证", "渔船" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
