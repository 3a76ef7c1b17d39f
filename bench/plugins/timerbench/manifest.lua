-- The durable timer benchmark's plugin (bench/timers): schedules timers in
-- bulk and fires them through a handler that does nothing but fire.
return {
  name = "timerbench",
  version = "1.0.0",
  description = "定时器基准测试",
  api = 1,
}
