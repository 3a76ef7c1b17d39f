-- Local closures (本地闭厅).
closure { date = "2026-07-28", reason = "唐山抗震纪念日，县政务服务中心开展纪念活动及消防安全演练，暂停对外服务一天" }
