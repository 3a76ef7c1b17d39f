local names = { "申请表", "营业执照", "法定代表人身份证明", "场所使用证明", "章程",
  "股东会决议", "委托书", "资金证明", "人员名单", "管理制度", "设施清单", "承诺书" }
local ids = { "m01", "m02", "m03", "m04", "m05", "m06", "m07", "m08", "m09", "m10", "m11", "m12" }
local materials = {}
for i = 1, 12 do
  materials[i] = { id = ids[i], name = names[i], form = "原件", medium = "纸质", copies = 1,
    necessity = "必要", source = "申请人自备", core = i <= 6 }
end
item {
  code = "990009000001",
  local_item = true,
  name = "基准测试许可",
  type = "行政许可",
  legal_basis = { { law = "《中华人民共和国行政许可法》", article = "第四十二条" } },
  levels = { "县" },
  statutory_limit = 20,
  objects = { "企业法人" },
  conditions = { "材料齐全" },
  materials = materials,
  result = { type = "批文", name = "准予许可决定书" },
  theme = { "基准" },
  keywords = { "基准" },
  impl_code = "11990009MB0000010M990009000001A",
  department = "shenpi",
  promised_limit = 5,
  case_type = "承诺件",
  channels = { "窗口办理", "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "网上办", "一次办" },
  fees = { charged = false },
}

-- A small item for the guide benchmark: its guide is 1-2 KB of JSON.
item {
  code = "990009000002",
  local_item = true,
  name = "基准测试备案",
  type = "行政备案",
  legal_basis = { { law = "《中华人民共和国行政许可法》", article = "第十二条" } },
  levels = { "县" },
  statutory_limit = 1,
  objects = { "企业法人" },
  conditions = { "材料齐全" },
  materials = {
    { id = "sqb", name = "备案表", form = "原件", medium = "纸质或电子", copies = 1,
      necessity = "必要", source = "申请人自备", core = true },
  },
  result = { type = "其他", name = "备案回执" },
  impl_code = "11990009MB0000010M990009000002A",
  department = "shenpi",
  promised_limit = 0,
  case_type = "即办件",
  channels = { "网上办理" },
  online_depth = "全程网办",
  visits = 0,
  four = { "马上办", "网上办", "一次办" },
  fees = { charged = false },
}
