-- elicense: the county's e-licence source for 免提交 materials (电子证照共享).
return {
  name = "elicense",
  version = "1.0.0",
  description = "电子证照共享：为免提交材料查询本县已核发证照和其他部门共享的证照",
  api = 1,
  provides = { "elicense" },
  config = {
    -- Other departments' licences the county holds by data-sharing
    -- agreement (公安 identity cards, 税务 完税证明, ...), one per entry.
    records = { type = "list", of = "table", default = {}, zh = "其他部门共享的证照记录",
      fields = {
        license = { type = "string", required = true },
        holder = { type = "string", required = true },
        number = { type = "string", required = true },
        issuer = { type = "string" },
        valid_until = { type = "string" },
      } },
    -- Whether the certificates this county issued answer too.
    issued = { type = "boolean", default = true, zh = "是否查询本县已核发的证照" },
  },
}
