-- ranking: the monthly ranking of a county's departments by on-time rate,
-- working days against the promised limit and satisfaction. README.md
-- states the ordering.
return {
  name = "ranking",
  version = "1.0.0",
  description = "部门月度排名：按期办结率、办理用时与承诺时限、群众满意度，提供 JSON 与 CSV",
  api = 1,
  hooks = {},
  config = {
    min_decided = { type = "integer", min = 1, max = 1000, default = 1,
      zh = "参与排名的最少办结件数（不足者列于表末，不排名次）" },
    satisfaction = { type = "boolean", default = true,
      zh = "是否计入满意度（需同时启用 evaluation 插件）" },
  },
}
