-- Hebei overrides of base items and province-local items.

-- 企业设立登记: 住所申报承诺制
item {
  base = "000123001000",
  conditions = {
    "企业名称符合名称登记管理规定，可自主申报",
    "住所（经营场所）实行申报承诺制，申请人对住所真实性、合法性作出承诺",
    "有符合公司章程规定的股东认缴出资",
    "有限责任公司股东人数为一个以上五十个以下",
    "法定代表人、董事、监事等不属于法律规定不得担任的情形",
  },
  materials = {
    set = { cszm = { necessity = "非必要", note = "本省实行住所申报承诺制，签署住所申报承诺书即可，无需提交产权证明" } },
    add = {
      { id = "zscn", name = "住所（经营场所）申报承诺书", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    },
  },
}

-- 竣工联合验收: 省级规定限时12个工作日 (not above base)
item {
  base = "000109005000",
  statutory_limit = 12,
  steps = {
    { name = "受理", description = "综合窗口一次受理", limit = 1 },
    { name = "联合验收", description = "规划、消防、人防、档案、质量等部门联合现场验收", limit = 8 },
    { name = "出具意见", description = "统一出具联合验收意见", limit = 3 },
  },
}

item {
  code = "130123001000",
  local_item = true,
  name = "小餐饮登记证核发",
  type = "行政许可",
  legal_basis = {
    { law = "《中华人民共和国食品安全法》", article = "第三十六条", text = "食品生产加工小作坊和食品摊贩等的具体管理办法由省、自治区、直辖市制定" },
    { law = "《河北省食品小作坊小餐饮小摊点管理条例》", article = "第二十五条", text = "小餐饮应当向经营所在地县级食品安全监督管理部门提交申请材料，申请领取小餐饮登记证" },
    { law = "《河北省食品小作坊小餐饮小摊点管理条例》", article = "第二十六条", text = "受理申请后进行现场核查，对符合条件的在十个工作日内颁发小餐饮登记证" },
  },
  levels = { "县" },
  statutory_limit = 10,
  objects = { "自然人", "非法人企业" },
  conditions = { "有固定经营门店，场所面积与经营规模相适应", "厨房加工、清洗消毒、原料贮存等区域分区明确", "配备冷藏、洗涤、消毒、油烟净化、防蝇防尘防鼠等设施" },
  materials = {
    { id = "sqb", name = "小餐饮登记申请书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "sfz", name = "开办者身份证明", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "政府部门核发", source_department = "公安机关", exempt = { source = "电子证照库", license = "居民身份证" }, note = "窗口核验原件，不收取复印件；可通过电子证照库调取" },
    { id = "jkzm", name = "从业人员健康证明", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他", note = "由医疗机构出具" },
    { id = "pmt", name = "经营场所平面图、设备布局和卫生设施示意图", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "glzd", name = "保证食品安全的管理制度", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
  },
  result = { type = "证照", name = "河北省小餐饮登记证" },
  theme = { "食品安全", "个体经营" },
  keywords = { "小饭馆", "小吃店", "小餐饮" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 7 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
}
