-- Windows (窗口).
window {
  code = "zh01", name = "综合受理窗口1（市场准入）", kind = "综合受理",
  location = "市民之家一楼A区",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "14:00", close = "17:30" } },
}

window {
  code = "zh02", name = "综合受理窗口2（工程建设项目）", kind = "综合受理",
  location = "市民之家二楼工程建设项目审批专区",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "14:00", close = "17:30" } },
}

window {
  code = "zh03", name = "综合受理窗口3（社会事务）", kind = "综合受理",
  location = "市民之家一楼B区",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "14:00", close = "17:30" } },
}

window {
  code = "cj01", name = "综合出件窗口（含免费邮寄）", kind = "综合出件",
  location = "市民之家一楼C区",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "14:00", close = "17:30" } },
}

window {
  code = "bdc01", name = "不动产登记专窗", kind = "专窗",
  location = "市民之家二楼不动产登记区",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "14:00", close = "17:30" } },
  departments = { "budongchan" },
}

window {
  code = "bb01", name = "帮办代办窗口（午间不断档）", kind = "帮办代办",
  location = "市民之家一楼入口",
  hours = { { days = "1-5", open = "08:30", close = "17:30" } },
}
