#!/usr/bin/env bash
# What a catalogue file declares is copied when it is declared, by the
# server's loader (which copies in C): a table changed afterwards keeps what
# was declared, nested tables included; a table that refers to itself or is
# nested too deep is an error with file:line, and the old version serves.
. "$(dirname "$0")/lib.sh"
cp -r tests/fixtures/http "$T/cat"
rm -rf "$T/cat/broken" "$T/cat/escape"
TOKEN=operator-token-for-tests-0123456789
printf '%s\n' "$TOKEN" >"$T/token"
AUTH=(-H "Authorization: Bearer $TOKEN")
G=$T/cat/gamma
mkdir -p "$G"
cat >"$G/catalog.lua" <<'EOF'
catalog { id = "gamma", name = "丙县", level = "县", region = "990003", extends = "base", serves = true }
department {
  code = "minzheng", name = "丙县民政局", credit_code = "11990003MB00000301", nature = "法定机关",
}
EOF
cat >"$G/items.lua" <<'EOF'
-- One table declared, then changed: what was declared stands.
local spec = {
  base = "000001000002", impl_code = "11990003MB00000301000001000002A", department = "minzheng",
  promised_limit = 5, case_type = "承诺件", channels = { "窗口办理" }, online_depth = "互联网预审",
  visits = 1, visits_reason = "需现场核验", four = { "一次办" }, fees = { charged = false },
}
item(spec)
spec.promised_limit = 99
spec.channels[1] = "快递申请"
spec.fees.charged = true
EOF
CATALOGS=$T/cat start_server --admin-token-file "$T/token" || exit 1
C=/api/v1/counties/gamma

req GET $C/items/000001000002
expect_status changed_table_loads 200
expect_json declared_value_stands '.promised_limit' 5
expect_json declared_nested_list_stands '.channels | join(",")' 窗口办理
expect_json declared_nested_record_stands '.fees.charged' false

cp "$G/items.lua" "$T/items.good"
printf '%s\n' 'local t = { base = "000001000001", offered = false, reason = "x" }' 't.faq = t' 'item(t)' \
    >>"$G/items.lua"
req POST $C/reload "${AUTH[@]}"
expect_status self_reference_refused 422
expect_json self_reference_named_at_file_line \
    '[.errors[] | select(.file == "gamma/items.lua" and .line == 13 and (.en | contains("refers to itself")))] | length' 1

cp "$T/items.good" "$G/items.lua"
printf '%s\n' 'local deep = {}' 'local t = deep' 'for _ = 1, 40 do t.faq = {} t = t.faq end' \
    'item { base = "000001000001", offered = false, reason = "x", faq = deep }' >>"$G/items.lua"
req POST $C/reload "${AUTH[@]}"
expect_status deep_nesting_refused 422
expect_json deep_nesting_named_at_file_line \
    '[.errors[] | select(.file == "gamma/items.lua" and .line == 14 and (.en | contains("nested more than 32 deep")))] | length' 1

req GET $C/items/000001000002
expect_json old_version_still_serves '.promised_limit' 5
stop_server
