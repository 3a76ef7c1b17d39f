-- The benchmark county: one item with twelve materials, so that the
-- completeness rule does real work.
catalog {
  id = "bench", name = "基准测试县", level = "县", region = "990009", serves = true,
  defaults = { address = "基准测试县政务服务中心", hours = "工作日 9:00-17:00",
               phone = "0000-0000000", complaint = "12345", scope = "全县通办" },
}
department {
  code = "shenpi", name = "基准测试县行政审批局", credit_code = "11990009MB0000010M", nature = "法定机关",
}
