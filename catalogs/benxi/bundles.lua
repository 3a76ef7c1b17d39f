-- 一件事一次办 bundles.

bundle {
  code = "kaibanqiye",
  name = "开办企业一件事",
  items = { "000123001000", "000104010000", "000124001000", "000110001000", "000137001000" },
  promised_limit = 1,
  description = "营业执照、公章刻制、发票、社保登记、公积金缴存登记一次提交，1个工作日内办结。",
  theme = { "企业开办" },
}

bundle {
  code = "shigongxuke",
  name = "工程建设项目施工许可阶段一件事",
  items = { "000109002000", "000135001000", "000109001000" },
  promised_limit = 7,
  description = "消防设计审查、防空地下室审批与施工许可并联办理，7个工作日内办结。",
  theme = { "工程建设" },
}

