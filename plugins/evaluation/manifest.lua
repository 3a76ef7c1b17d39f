-- evaluation (好差评): applicants rate finished applications on the national
-- five-level scale; a 差评 opens a rectification case (整改) with a deadline
-- in working days and a callback record (回访). README.md says more.
return {
  name = "evaluation",
  version = "1.0.0",
  description = "好差评：申请人对已办结的办件作一次五级评价，差评立整改并限期回访，按部门统计满意度",
  api = 1,
  hooks = {},
  config = {
    rectify_days = { type = "number", min = 0.5, max = 60, default = 5,
      zh = "差评整改期限（工作日，可为半天，如 5 或 2.5）" },
    text_max = { type = "integer", min = 0, max = 2000, default = 500, zh = "评价意见最多字数" },
  },
}
