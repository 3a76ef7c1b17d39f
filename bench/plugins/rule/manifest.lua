-- Benchmark (b) of bench/run: the completeness rule as a plugin route.
return {
  name = "rule",
  version = "1.0.0",
  description = "基准测试：材料齐全性规则",
  api = 1,
}
