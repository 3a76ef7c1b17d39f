-- Windows (窗口). hours: days "1-5" Monday-Friday, "6" Saturday.
window {
  code = "zh01", name = "综合受理窗口1（企业开办、市场准入）", kind = "综合受理",
  location = "一楼大厅A区1号",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "13:30", close = "17:30" } },
}

window {
  code = "zh02", name = "综合受理窗口2（工程建设、社会事务）", kind = "综合受理",
  location = "一楼大厅A区2号",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "13:30", close = "17:30" } },
}

window {
  code = "cj01", name = "综合出件窗口", kind = "综合出件",
  location = "一楼大厅C区",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "13:30", close = "17:30" } },
}

window {
  code = "bdc01", name = "不动产登记专窗", kind = "专窗",
  location = "二楼不动产登记专区",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "13:30", close = "17:30" } },
  departments = { "budongchan" },
}

window {
  code = "sw01", name = "税务专窗", kind = "专窗",
  location = "一楼税务专区",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "13:30", close = "17:30" } },
  departments = { "shuiwu" },
}

window {
  code = "bb01", name = "帮办代办窗口", kind = "帮办代办",
  location = "一楼大厅入口右侧",
  hours = { { days = "1-5", open = "08:30", close = "12:00" }, { days = "1-5", open = "13:30", close = "17:30" },
            { days = "6", open = "09:00", close = "12:00" } },
}
