-- Local closures (本地闭厅).
closure { date = "2026-08-14", reason = "政务服务中心供电线路改造，暂停窗口服务一天；网上办理和林业站就近办理不受影响" }
