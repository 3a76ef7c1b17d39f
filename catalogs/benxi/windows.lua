-- Windows (窗口).
window {
  code = "zh01", name = "综合受理窗口1", kind = "综合受理",
  location = "政务服务中心一楼A区",
  hours = { { days = "1-5", open = "08:30", close = "11:30" }, { days = "1-5", open = "13:00", close = "16:30" } },
}

window {
  code = "zh02", name = "综合受理窗口2（工程建设项目）", kind = "综合受理",
  location = "政务服务中心一楼A区",
  hours = { { days = "1-5", open = "08:30", close = "11:30" }, { days = "1-5", open = "13:00", close = "16:30" } },
}

window {
  code = "cj01", name = "综合出件窗口", kind = "综合出件",
  location = "政务服务中心一楼C区",
  hours = { { days = "1-5", open = "08:30", close = "11:30" }, { days = "1-5", open = "13:00", close = "16:30" } },
}

window {
  code = "ly01", name = "林业专窗", kind = "专窗",
  location = "政务服务中心一楼B区",
  hours = { { days = "1-5", open = "08:30", close = "11:30" }, { days = "1-5", open = "13:00", close = "16:30" } },
  departments = { "linye" },
}

window {
  code = "bdc01", name = "不动产登记专窗", kind = "专窗",
  location = "政务服务中心二楼不动产登记区",
  hours = { { days = "1-5", open = "08:30", close = "11:30" }, { days = "1-5", open = "13:00", close = "16:30" } },
  departments = { "budongchan" },
}

window {
  code = "bb01", name = "帮办代办窗口", kind = "帮办代办",
  location = "政务服务中心一楼入口",
  hours = { { days = "1-5", open = "08:30", close = "11:30" }, { days = "1-5", open = "13:00", close = "16:30" } },
}
