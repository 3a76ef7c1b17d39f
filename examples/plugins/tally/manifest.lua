-- tally (办件量统计): the plugin docs/plugins.md builds step by step.
return {
  name = "tally",
  version = "1.0.0",
  description = "办件量统计：按事项统计收件量和受理量",
  api = 1,
  hooks = { received = 500, accepted = 500 },
  config = {
    public = { type = "boolean", default = false, zh = "统计是否对公众公开（否则仅限督查人员和管理员）" },
    top = { type = "integer", default = 10, min = 1, max = 100, zh = "排行显示的事项数" },
  },
}
