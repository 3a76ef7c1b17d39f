-- Base items: 公安. One item per table; see docs/catalog-contract.md.

item {
  base_code = "000104001000",
  name = "居民身份证申领",
  type = "行政确认",
  legal_basis = {
    { law = "《中华人民共和国居民身份证法》", article = "第八条", text = "居民身份证由居民常住户口所在地的县级人民政府公安机关签发" },
    { law = "《中华人民共和国居民身份证法》", article = "第十一条", text = "居民身份证有效期满、公民姓名变更或者证件严重损坏不能辨认的，应当换领新证" },
    { law = "《中华人民共和国居民身份证法》", article = "第十二条", text = "公安机关应当自公民提交《居民身份证申领登记表》之日起六十日内发放居民身份证" },
  },
  levels = { "县" },
  statutory_limit = 60,
  objects = { "自然人" },
  conditions = { "具有中华人民共和国国籍并在本县（市）登记常住户口", "首次申领、换领、补领" },
  materials = {
    { id = "sqb", name = "居民身份证申领登记表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true, note = "现场填写、采集人像和指纹" },
    { id = "hkb", name = "居民户口簿", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民户口簿" } },
  },
  result = { type = "证照", name = "居民身份证" },
  theme = { "户籍证件" },
  keywords = { "身份证", "换证", "补证" },
  steps = {
    { name = "受理", description = "采集人像指纹，受理申领", limit = 0.5 },
    { name = "审核", description = "审核签发", limit = 4.5 },
    { name = "制证", description = "省级制证中心制证", limit = 50 },
    { name = "发证", description = "窗口领取或邮寄", limit = 5 },
  },
}

item {
  base_code = "000104002000",
  name = "户口迁移（准予迁入）",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国户口登记条例》", article = "第十条", text = "公民迁出本户口管辖区，由本人或者户主在迁出前向户口登记机关申报迁出登记，领取迁移证件" },
    { law = "《中华人民共和国户口登记条例》", article = "第十三条", text = "公民迁移，从到达迁入地的时候起，城市在三日以内，农村在十日以内，由本人或者户主持迁移证件向户口登记机关申报迁入登记" },
    { law = "《中华人民共和国行政许可法》", article = "第四十二条", text = "除当场作出决定的外，应当自受理之日起二十日内作出决定" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "自然人" },
  conditions = { "符合当地落户政策（合法稳定住所、就业、投靠亲属等）" },
  materials = {
    { id = "sqb", name = "户口迁移申请表", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "申请人身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "hkb", name = "户口簿", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民户口簿" } },
    { id = "zfzm", name = "合法稳定住所证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "以住所落户的", source = "政府部门核发", source_department = "不动产登记机构", exempt = { source = "电子证照库", license = "不动产权证书" } },
    { id = "qszm", name = "亲属关系证明", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "以投靠亲属落户的", source = "申请人自备" },
  },
  result = { type = "证照", name = "准予迁入证明" },
  theme = { "户籍证件" },
  keywords = { "落户", "迁户口", "户口迁移" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}

item {
  base_code = "000104003000",
  name = "出生登记",
  type = "行政确认",
  legal_basis = {
    { law = "《中华人民共和国户口登记条例》", article = "第七条", text = "婴儿出生后一个月以内，由户主、亲属、抚养人或者邻居向婴儿常住地户口登记机关申报出生登记" },
  },
  levels = { "县" },
  statutory_limit = 0,
  objects = { "自然人" },
  conditions = { "新生儿父母一方户籍在本地", "已取得出生医学证明" },
  materials = {
    { id = "csz", name = "出生医学证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "卫生健康部门", core = true, exempt = { source = "电子证照库", license = "出生医学证明" } },
    { id = "hkb", name = "父母户口簿、身份证", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民户口簿" } },
    { id = "jhz", name = "父母结婚证", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "条件必要", condition = "父母为已婚的", source = "政府部门核发", source_department = "民政部门", exempt = { source = "电子证照库", license = "结婚证" } },
  },
  result = { type = "证照", name = "居民户口簿（出生登记页）" },
  theme = { "出生", "户籍证件" },
  keywords = { "上户口", "新生儿落户" },
  steps = {
    { name = "受理", description = "窗口核验材料，当场受理", limit = 0 },
    { name = "办结", description = "当场作出决定并出具结果", limit = 0 },
  },
}
