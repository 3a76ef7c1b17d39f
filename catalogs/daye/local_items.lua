-- 大冶市本地特色事项 (local items, not in any parent catalogue).

item {
  code = "420281901000",
  local_item = true,
  name = "工业项目“拿地即开工”联合服务",
  type = "公共服务",
  legal_basis = {
    { law = "《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》（国办发〔2019〕11号）", article = "第二部分", text = "精简审批环节，合并审批事项，推行告知承诺制，实现工程建设项目审批全流程提速" },
  },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "企业法人" },
  conditions = { "已取得或即将取得工业用地使用权", "项目已完成备案或核准", "企业签署“拿地即开工”承诺书" },
  materials = {
    { id = "sqb", name = "“拿地即开工”联合服务申请表", form = "原件", medium = "纸质或电子", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "cn", name = "“拿地即开工”承诺书", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备", core = true },
    { id = "crht", name = "国有建设用地使用权出让合同", form = "复印件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "申请人自备" },
    { id = "sjfa", name = "建设工程设计方案", form = "原件", medium = "纸质", copies = 1, paper = "A4", necessity = "必要", source = "其他" },
  },
  result = { type = "其他", name = "“拿地即开工”联合服务告知书（含预审意见及证照）" },
  theme = { "工程建设", "企业开办" },
  keywords = { "拿地即开工", "工业项目" },
  steps = {
    { name = "受理", description = "窗口或网上受理申请，材料不全的一次性告知", limit = 1 },
    { name = "审查", description = "审查申请材料，必要时进行现场核查", limit = 17 },
    { name = "决定", description = "依法作出准予或不予的决定", limit = 1 },
    { name = "制证送达", description = "制作结果文书，通过综合出件窗口或邮寄送达", limit = 1 },
  },
  impl_code = "11420281MB1P05180C4202819010001",
  department = "xingzheng",
  promised_limit = 5,
  case_type = "联办件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "互联网受理",
  visits = 1,
  visits_reason = "需到工程建设项目审批专区签署承诺书并参加联合踏勘",
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

