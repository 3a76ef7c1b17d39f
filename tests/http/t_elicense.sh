#!/usr/bin/env bash
# 免提交 materials and the county's e-licence source (issues 5 and 8), end to
# end over HTTP against a real server:
#   - 丙县 (gamma) has no provider plugin: the built-in source answers from
#     the certificates the county issued. A material it does not find is
#     asked of the applicant like any other, with the reason; issuing a 准予
#     application records a certificate (in the same transaction), which a
#     later application of the same holder then finds: the material is
#     satisfied by sharing, with the certificate number recorded.
#   - 丁县 (delta) enables the elicense plugin: it answers from the county's
#     certificates and from other departments' records in its configuration
#     (an expired one does not count); its lookup route is for staff.
#   - A county enabling two providers of the service fails to load, naming
#     the catalogue file and line; a provider that fails (here: it writes
#     during a lookup, which is read-only) has the material asked for.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/staff.sh"
DB=$T/banshi.db
mkdir -p "$T/cat" "$T/plugins"
cp -r tests/fixtures/http/base tests/fixtures/elicense/gamma tests/fixtures/elicense/delta "$T/cat/"
cp -r plugins/elicense tests/fixtures/elicense/plugins/citylicense "$T/plugins/"
TOKEN=operator-token-for-elicense-tests-0123
printf '%s\n' "$TOKEN" >"$T/token"
CATALOGS=$T/cat start_server --log-level warn --plugins "$T/plugins" --admin-token-file "$T/token" || exit 1

FOUND=000001000001 # 社会团体成立登记 (即办件): 居民身份证 免提交; issues 社会团体法人登记证书
CLOSE=000001000002 # 社会团体注销登记: 社会团体法人登记证书 免提交
LICENSE=社会团体法人登记证书
person() { echo '{"kind":"自然人","name":"'"$1"'","id_number":"'"$2"'","phone":"13800000000"}'; }
P_ID=130224199001011230 # has a 居民身份证 record in 丁县's configuration
Q_ID=130224198505054328 # has none
R_ID=130224197003031113 # has one that expired on 2020-06-30
P=$(person 王小红 $P_ID)
Q=$(person 李明 $Q_ID)
R=$(person 赵强 $R_ID)
FOUND_MATERIALS='"sqs":true,"zc":true,"cszm":true'
mat() { jq_body ".application.materials[] | select(.id == \"$1\") | $2"; }
in_county() { COUNTY=$1 C=/api/v1/counties/$1; }
verify() { # NAME USER: the staff view's replay of the events gives the document
    req GET "$C/applications/$N?verify=1" -b "$T/jar.$2"
    expect_json "$1" '.replay.matches' true
}
grant() { # USER [issue JSON]: accept, decide 准予 and issue application $N
    act "$1" accept
    act "$1" decide '{"result":"准予","reason":"符合登记条件"}'
    act "$1" issue "${2:-{\}}"
}

# --- 丙县: the built-in source -------------------------------------------------
in_county gamma
staff clerk clerk_g || exit 1

submit '{"item":"'$CLOSE'","applicant":'"$P"',"materials":{"sqs":true}}'
expect_status builtin_not_found_still_received 201
expect_json builtin_not_found_is_asked_for '[.application.notice.missing[].id] | join(",")' djzs
expect_json builtin_not_found_reason_in_chinese '.application.notice.missing[0].reason_zh' 电子证照库未查到该证照，请提交
expect_json builtin_not_found_in_the_printed_notice \
    ".application.notice.lines | index(\"1. $LICENSE（电子证照库未查到该证照，请提交）\") != null" true
expect_eq builtin_not_found_material_missing "$(mat djzs .status)" missing
act clerk_g accept
expect_error builtin_not_found_blocks_acceptance 422 action_refused

submit '{"item":"'$FOUND'","applicant":'"$P"',"materials":{'"$FOUND_MATERIALS"'}}'
expect_json builtin_identity_card_not_issued_by_county '[.application.notice.missing[].id] | join(",")' sfz
submit '{"item":"'$FOUND'","applicant":'"$P"',"materials":{'"$FOUND_MATERIALS"',"sfz":true}}'
expect_json builtin_supplied_instead '.application.notice.ok' true
expect_eq builtin_supplied_material_submitted "$(mat sfz .status)" submitted
first=$N
grant clerk_g '{"valid_until":"2031-12-31"}'
expect_json issued_granted '.state + " " + .application.issuance.result' "issued 准予"
CERT=$(jq_body .application.issuance.certificate)
expect_eq issued_certificate_number "$CERT" "${first}Z1"
expect_json issued_certificate_record \
    '.application.issuance.certificates[0] | [.number, .license, .holder, .holder_name, .issuer, .valid_until] | join(" ")' \
    "$CERT $LICENSE $P_ID 王小红 丙县民政局 2031-12-31"
verify issued_replay_matches clerk_g
expect_eq issued_certificate_stored \
    "$(sqlite3 "$DB" "SELECT c.county, c.number, c.license, c.holder, c.holder_name, c.issuer, c.valid_until, a.number = '$first' FROM certificates c JOIN applications a ON a.id = c.app_id")" \
    "gamma|$CERT|$LICENSE|$P_ID|王小红|丙县民政局|2031-12-31|1"
issued_at=$(sqlite3 "$DB" "SELECT issued_at FROM certificates")
event_at=$(sqlite3 "$DB" "SELECT e.at FROM application_events e JOIN applications a ON a.id = e.app_id WHERE a.number = '$first' AND e.action = 'issue'")
expect_eq issued_certificate_with_its_event "$issued_at" "$event_at"

submit '{"item":"'$CLOSE'","applicant":'"$P"',"materials":{"sqs":true}}'
expect_json builtin_finds_issued_certificate '.application.notice.ok' true
expect_eq builtin_found_material_shared "$(mat djzs .status)" shared
expect_eq builtin_found_records_number_and_source "$(mat djzs '.shared | [.number, .issuer, .valid_until, .provider] | join(" ")')" \
    "$CERT 丙县民政局 2031-12-31 built-in"
act clerk_g accept
expect_status builtin_found_accepted 200
verify builtin_found_replay_matches clerk_g
expect_json builtin_found_event_keeps_the_answer \
    '.events[0].payload.data.materials[] | select(.id == "djzs") | .shared.number' "$CERT"

submit '{"item":"'$CLOSE'","applicant":'"$Q"',"materials":{"sqs":true}}'
expect_json builtin_other_holder_not_found '[.application.notice.missing[].id] | join(",")' djzs

# The same certificate number twice for one licence is the clerk's mistake.
submit '{"item":"'$FOUND'","applicant":'"$Q"',"materials":{'"$FOUND_MATERIALS"',"sfz":true}}'
grant clerk_g '{"certificate":"'"$CERT"'"}'
expect_error duplicate_certificate_number_refused 409 conflict
req GET "$C/applications/$N" -b "$T/jar.clerk_g"
expect_json duplicate_certificate_changed_nothing '.state' decided
expect_eq duplicate_certificate_not_stored "$(sqlite3 "$DB" "SELECT count(*) FROM certificates")" 1

# --- 丁县: the elicense plugin ------------------------------------------------------
in_county delta
staff clerk clerk_d || exit 1

submit '{"item":"'$FOUND'","applicant":'"$P"',"materials":{'"$FOUND_MATERIALS"'}}'
expect_json plugin_record_found '.application.notice.ok' true
expect_eq plugin_record_material_shared "$(mat sfz .status)" shared
expect_eq plugin_record_number_and_source "$(mat sfz '.shared | [.number, .issuer, .valid_until, .provider] | join(" ")')" \
    "$P_ID 丁县公安局 2040-01-01 elicense"

submit '{"item":"'$FOUND'","applicant":'"$Q"',"materials":{'"$FOUND_MATERIALS"'}}'
expect_json plugin_no_record_asked_for '[.application.notice.missing[] | .id + " " + .reason_zh] | join(",")' \
    "sfz 电子证照库未查到该证照，请提交"

submit '{"item":"'$FOUND'","applicant":'"$R"',"materials":{'"$FOUND_MATERIALS"'}}'
expect_json plugin_expired_record_asked_for '[.application.notice.missing[] | .id + " " + .reason_zh] | join(",")' \
    "sfz 电子证照已于2020-06-30过期，请提交"

# A certificate 丁县 issues is found by the plugin; 丙县 does not see it.
submit '{"item":"'$FOUND'","applicant":'"$R"',"materials":{'"$FOUND_MATERIALS"',"sfz":true}}'
grant clerk_d
RCERT=$(jq_body .application.issuance.certificate)
expect_json plugin_county_issued '.application.issuance.certificates[0].issuer' 丁县民政局
submit '{"item":"'$CLOSE'","applicant":'"$R"',"materials":{"sqs":true}}'
expect_eq plugin_finds_issued_certificate "$(mat djzs '.status + " " + .shared.number + " " + .shared.provider')" \
    "shared $RCERT elicense"
verify plugin_found_replay_matches clerk_d
in_county gamma
submit '{"item":"'$CLOSE'","applicant":'"$R"',"materials":{"sqs":true}}'
expect_json certificates_stay_in_their_county '[.application.notice.missing[].id] | join(",")' djzs

in_county delta
req GET "$C/plugins/elicense/lookup?holder=$P_ID&license=完税证明" -b "$T/jar.clerk_d"
expect_json plugin_route_reads_other_departments_records '[.number, .issuer, .source] | join(" ")' \
    "(2026)冀税证0001234 国家税务总局丁县税务局 records"
req GET "$C/plugins/elicense/lookup?holder=$R_ID&license=$LICENSE" -b "$T/jar.clerk_d"
expect_json plugin_route_reads_issued_certificates '.number + " " + .source' "$RCERT issued"
req GET "$C/plugins/elicense/lookup?holder=$Q_ID&license=完税证明" -b "$T/jar.clerk_d"
expect_error plugin_route_not_found 404 not_found
req GET "$C/plugins/elicense/lookup?holder=$P_ID&license=完税证明"
expect_error plugin_route_is_for_staff 401 unauthorized

# Every staff read of a citizen's licence data is in the audit log: who,
# when, which holder and licence, what was found, in which county.
"$BANSHI_BIN" audit list --db "$DB" --county delta >"$T/audit.json"
lookups='[.[] | select(.action == "plugin.elicense.lookup")] | reverse'
expect_eq lookup_audited_each_time "$(jq -r "$lookups | length" "$T/audit.json")" 3
expect_eq lookup_audit_names_staff_holder_county "$(jq -r "$lookups | .[0] | [.actor, .target, .county] | join(\" \")" "$T/audit.json")" \
    "delta/clerk_d $P_ID delta"
expect_eq lookup_audit_names_licence_and_answer "$(jq -r "$lookups | .[0].detail | fromjson | [.license, .found, .source] | join(\" \")" "$T/audit.json")" \
    "完税证明 true records"
expect_eq lookup_audit_records_not_found_too "$(jq -r "$lookups | .[2].detail | fromjson | [.license, .found] | join(\" \")" "$T/audit.json")" \
    "完税证明 false"
expect_true lookup_audit_has_time jq -e "$lookups | .[0].at > 1700000000" "$T/audit.json"
expect_eq lookup_audit_not_in_other_county \
    "$("$BANSHI_BIN" audit list --db "$DB" --county gamma | jq '[.[] | select(.action | startswith("plugin."))] | length')" 0
"$BANSHI_BIN" audit verify --db "$DB" >"$T/verify.out" 2>&1
expect_eq audit_chain_intact_with_plugin_entries "$?" 0

# --- two providers of the e-licence source -----------------------------------------
sed -i 's/^  plugins = {$/  plugins = {\n    citylicense = {},/' "$T/cat/delta/catalog.lua"
line=$(grep -n '^    elicense = {$' "$T/cat/delta/catalog.lua" | cut -d: -f1)
req POST /api/v1/counties/delta/reload -H "Authorization: Bearer $TOKEN"
expect_status two_providers_refused 422
expect_json two_providers_error_names_file_line '.errors[0] | "\(.file):\(.line) \(.field)"' \
    "delta/catalog.lua:$line plugins.elicense"
expect_json two_providers_error_says_why '.errors[0].zh' "插件citylicense和elicense都提供“电子证照来源（免提交材料）”，只能启用其中一个"
submit '{"item":"'$FOUND'","applicant":'"$P"',"materials":{'"$FOUND_MATERIALS"'}}'
expect_json two_providers_old_version_keeps_serving "$(printf '%s' '.application.materials[] | select(.id == "sfz") | .shared.provider')" elicense

# --- a provider that fails: the applicant is asked, the step goes on -------------
# citylicense counts its lookups in its key-value store: a write, which a
# lookup (before the step is stored) may not make.
sed -i '/^    elicense = {$/,/^    },$/d' "$T/cat/delta/catalog.lua"
req POST /api/v1/counties/delta/reload -H "Authorization: Bearer $TOKEN"
expect_json provider_replaced_on_reload '.changed' true
submit '{"item":"'$FOUND'","applicant":'"$P"',"materials":{'"$FOUND_MATERIALS"'}}'
expect_status failing_provider_submission_received 201
expect_json failing_provider_material_asked_for '[.application.notice.missing[] | .id + " " + .reason_zh] | join(",")' \
    "sfz 电子证照库暂时无法查询，请提交该材料"
expect_true failing_provider_error_logged_with_its_reason \
    grep -q 'citylicense: elicense lookup failed: .*may only read' "$T/server.log"
req GET /metrics
expect_true failing_provider_counted \
    grep -q 'banshi_plugin_errors_total{county="delta",plugin="citylicense"} [1-9]' "$T/body"
ALLOW_ERRORS=1 # that failure is the one error logged
expect_eq only_the_provider_failure_logged \
    "$(grep '"level":"error"' "$T/server.log" | grep -vc 'citylicense: elicense lookup failed')" 0
stop_server
