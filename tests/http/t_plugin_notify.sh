#!/usr/bin/env bash
# The notify plugin (plugins/notify) end to end, with a real server and a
# webhook receiver on a loopback port: 受理 (with the 容缺 materials still to
# supply), 补正, 决定, 取件 and 终止 messages to the applicant and yellow and
# red warnings to staff are written to the
# outbox and posted as JSON; a county's template replaces the built-in
# text; a receiver that fails is retried by the platform with backoff (the
# test clock skips the delays), each attempt recorded on the message, and
# after the last attempt the message is 发送失败 until a supervisor resends
# it; the outbox is for supervisors and administrators only; a template
# with an unknown placeholder, or a webhook without an address, fails the
# reload with the catalogue's file:line and changes nothing; muted kinds are
# not sent.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/plugin_lib.sh"
# Giving a message up logs an error on purpose (timer_given_up); the end
# checks that nothing else was logged as an error.
ALLOW_ERRORS=1

echo 0 >"$T/fail"
python3 tests/fixtures/webhook_receiver.py "$T/port" "$T/received" "$T/fail" &
RECEIVER=$!
trap 'kill "$RECEIVER" 2>/dev/null; cleanup_lib' EXIT
wait_until 10 test -s "$T/port" || { echo "FAIL receiver_starts: no port"; exit 1; }
URL=http://127.0.0.1:$(cat "$T/port")/sms

notify_config() { # extra lines inside notify = { }
    use_plugins "    notify = {
      sender = \"webhook\", url = \"$URL\", timeout = 2,
      pickup_place = \"县政务服务中心3号窗口\",
      templates = {
        issued = \"{applicant}：{item}已办结，请到{pickup_place}领取（办件编号{number}）。\",
      },$1
    },"
}
notify_config ""

CT=$(token clerk clerk1)
ST=$(token supervisor sup1)
AT=$(token county_admin admin1)
start_server --log-level warn --test-clock --plugins plugins || exit 1

outbox() { plugin GET notify "outbox?$1" -H "Authorization: Bearer $ST"; }
# The messages of application $N have the statuses given (comma-joined,
# oldest first).
statuses_are() {
    outbox "number=$N"
    [ "$(jq -r '[.messages[].status] | reverse | join(",")' "$T/body")" = "$1" ]
}
message() { plugin GET notify "outbox/$1" -H "Authorization: Bearer $ST"; }
attempts_are() { # id n
    message "$1"
    [ "$(jq -r .attempts "$T/body")" = "$2" ]
}
received_for() { # jq filter over the receiver's lines of message id $1
    jq -rs --argjson id "$1" "[.[] | select(.body.id == \$id)] | $2" "$T/received"
}
ITEM=000106109000 # 不动产登记资料查询, a 即办件

# --- Every step's message, delivered to the webhook ------------------------------
finish $ITEM
expect_json issued '.state' issued
expect_true three_messages_sent wait_until 10 statuses_are "已发送,已发送,已发送"
expect_json kinds_in_step_order '[.messages[].kind] | reverse | join(",")' "accepted,decided,issued"
expect_json chinese_kinds '[.messages[].kind_zh] | reverse | join(",")' "受理通知,决定通知,取件通知"
expect_json one_attempt_each '[.messages[].attempts] | unique | join(",")' 1
expect_json to_the_applicant '[.messages[].to | .kind + ":" + .phone] | unique | join(",")' "applicant:13800000000"
expect_json accepted_text_gives_number_not_code \
    "[.messages[] | select(.kind == \"accepted\") | .text | contains(\"$N\") and (contains(\"$QC\") | not) and contains(\"受理\")][0]" true
expect_json decided_text '[.messages[] | select(.kind == "decided") | .text | contains("已作出“准予”决定")][0]' true
expect_json county_template_used "[.messages[] | select(.kind == \"issued\") | .text][0]" \
    "王小红：不动产登记资料查询已办结，请到县政务服务中心3号窗口领取（办件编号$N）。"
accepted_id=$(jq -r '[.messages[] | select(.kind == "accepted")][0].id' "$T/body")
accepted_text=$(jq -r '[.messages[] | select(.kind == "accepted")][0].text' "$T/body")
expect_eq webhook_got_the_message "$(received_for "$accepted_id" '.[0].body.text')" "$accepted_text"
expect_eq webhook_body_fields "$(received_for "$accepted_id" '.[0].body | [.county, .kind, .number, .to.name] | join(",")')" \
    "luannan,accepted,$N,王小红"
expect_eq webhook_path "$(received_for "$accepted_id" '.[0].path')" /sms
message "$accepted_id"
expect_status one_message 200
expect_json one_message_sent_after_created '.sent_at >= .created_at and .sender == "webhook"' true

# --- 容缺受理: the acceptance names what is still to supply, and by when --------------
FOOD=000123007000 # 食品经营许可: 容缺 allowed for glzd
req_json POST "$C/applications" '{"item":"'$FOOD'","applicant":'"$COMPANY"',"materials":{"sqb":true,"yyzz":true,"pmt":true},"tolerance":true}'
N=$(jq -r .number "$T/body")
step accept '{"tolerance_commitment":true}'
expect_json tolerance_accepted '.application.mode' tolerance
tolerance_app=$N
supplement_zh=$(date -d "$(jq -r .application.clock.supplement_date "$T/body")" +'%Y年%-m月%-d日')
tolerated=$(jq -r '[.application.materials[] | select(.status == "tolerated") | .name] | join("、")' "$T/body")
expect_true tolerance_message_sent wait_until 10 statuses_are "已发送"
expect_json tolerance_message_names_material_and_date \
    ".messages[0].text | contains(\"请于${supplement_zh}前补齐容缺材料：$tolerated\") and contains(\"容缺受理\")" true

# --- 补正: the one-time notification's materials and findings -----------------------
req_json POST "$C/applications" '{"item":"'$ITEM'","applicant":'"$PERSON"',"materials":{}}'
N=$(jq -r .number "$T/body")
missing=$(jq -r '.application.notice.missing[0].name' "$T/body")
step return_for_correction '{"items":[{"name":"身份证明","reason":"复印件不清晰"}]}'
expect_json returned_for_correction '.state' correction
expect_true correction_message_sent wait_until 10 statuses_are "已发送"
expect_json correction_kind '.messages[0].kind_zh' 补正通知
expect_json correction_lists_missing_material ".messages[0].text | contains(\"$missing\")" true
expect_json correction_lists_finding '.messages[0].text | contains("身份证明（复印件不清晰）")' true

# --- A receiver failing twice: retried by the platform with backoff -------------------
echo 2 >"$T/fail"
req_json POST "$C/applications" '{"item":"'$ITEM'","applicant":'"$PERSON"',"materials":{}}'
N=$(jq -r .number "$T/body")
step return_for_correction '{"items":[{"name":"身份证明","reason":"已过期"}]}'
outbox "number=$N"
id=$(jq -r '.messages[0].id' "$T/body")
expect_true first_attempt_recorded wait_until 10 attempts_are "$id" 1
expect_json failed_attempt_keeps_it_pending '.status' 待发送
expect_json failed_attempt_says_why '.last_error' "回调地址答复HTTP 500"
expect_json failed_attempt_time '.last_attempt_at >= .created_at' true
advance 2 # past the first delay (1 s)
expect_true second_attempt_recorded wait_until 10 attempts_are "$id" 2
advance 5 # past the second (4 s)
expect_true delivered_at_third_attempt wait_until 10 statuses_are "已发送"
expect_json three_attempts '.messages[0].attempts' 3
expect_json error_cleared_once_sent '.messages[0].last_error' null
expect_eq receiver_saw_each_attempt "$(received_for "$id" '[.[].status] | join(",")')" "500,500,200"
expect_eq platform_retried_the_timer \
    "$(sqlite3 "$DB" "select attempts || ',' || (fired_at is not null) from timers where name = 'plugin.notify.deliver' and json_extract(payload, '$.id') = $id")" \
    "2,1"

# --- Every attempt failing: 发送失败, then resent ---------------------------------------
echo 99 >"$T/fail"
req_json POST "$C/applications" '{"item":"'$ITEM'","applicant":'"$PERSON"',"materials":{}}'
N=$(jq -r .number "$T/body")
step return_for_correction '{"items":[{"name":"身份证明","reason":"与原件不符"}]}'
outbox "number=$N"
id=$(jq -r '.messages[0].id' "$T/body")
delay=1
for k in 1 2 3 4; do
    wait_until 10 attempts_are "$id" $k || break
    advance $((delay + 1))
    delay=$((delay * 4))
done
expect_true given_up_after_five_attempts wait_until 10 statuses_are "发送失败"
expect_json five_attempts '.messages[0].attempts' 5
expect_json failure_time '.messages[0].failed_at >= .messages[0].last_attempt_at' true
expect_eq receiver_saw_five_failures "$(received_for "$id" '[.[].status] | join(",")')" "500,500,500,500,500"
outbox "status=发送失败"
expect_json failed_filter "[.messages[].id] | join(\",\")" "$id"
outbox "status=failed"
expect_json status_by_code "[.messages[].id] | join(\",\")" "$id"
plugin POST notify "resend/$accepted_id" -H "Authorization: Bearer $ST"
expect_error resend_only_failed 409 not_failed
echo 0 >"$T/fail"
plugin POST notify "resend/$id" -H "Authorization: Bearer $ST"
expect_status resend_accepted 200
expect_json resend_pending_again '.status' 待发送
expect_true resent_and_delivered wait_until 10 statuses_are "已发送"
expect_json resend_counts_attempts '.messages[0].attempts' 6
expect_json resend_by_whom '.messages[0].resent_by' sup1
outbox "status=发送失败"
expect_json nothing_failed_now '.count' 0

# --- Who may read the outbox -------------------------------------------------------------
plugin GET notify outbox
expect_error outbox_needs_sign_in 401 unauthorized
plugin GET notify outbox -H "Authorization: Bearer $CT"
expect_error clerk_may_not_read_outbox 403 forbidden
plugin GET notify outbox -H "Authorization: Bearer $AT"
expect_status county_admin_reads_outbox 200
outbox "status=bogus"
expect_error bad_status_filter 400 bad_parameter
outbox "limit=0"
expect_error bad_limit 400 bad_parameter
outbox "limit=2"
expect_json limit_newest_first '.count == 2 and .messages[0].id > .messages[1].id' true
message 999999
expect_error unknown_message 404 not_found

# --- Warnings to staff: yellow to the reviewers, red to the supervisors ------------------
apply 000106102000 '{"use":"住宅"}' # 不动产转移登记, a 承诺件
step accept
expect_json promise_item_accepted '.state' accepted
req GET "$C/applications/$N" -H "Authorization: Bearer $CT"
yellow=$(jq '[.timers[] | select(.name == "app.warn.yellow")][0].due_at / 1000 | floor' "$T/body")
due=$(jq '.application.clock.due' "$T/body")
due_zh=$(date -d "$(jq -r .application.clock.due_date "$T/body")" +'%Y年%-m月%-d日')
outbox "number=$N"
expect_json acceptance_gives_due_date ".messages[0].text | contains(\"办结期限：$due_zh\")" true
advance $((yellow - $(clock_now) + 1))
expect_true yellow_message_sent wait_until 10 statuses_are "已发送,已发送"
expect_json yellow_to_reviewers '.messages[0].to | .kind + ":" + .role + ":" + .department' staff:reviewer:budongchan
expect_json yellow_text '.messages[0].text | contains("黄色预警")' true
advance $((due - $(clock_now) + 1))
expect_true red_message_sent wait_until 10 statuses_are "已发送,已发送,已发送"
expect_json red_to_supervisors '.messages[0].to.role' supervisor
expect_json red_text '.messages[0].text | contains("红色预警")' true
expect_json one_message_per_warning '[.messages[] | select(.kind == "warning")] | length' 2
# The 容缺 application's supplement due has passed meanwhile: ended by the
# system, and the applicant told.
N=$tolerance_app
terminated_told() {
    outbox "number=$N"
    jq -e '[.messages[] | select(.kind == "terminated" and .status == "已发送")] | length == 1' "$T/body" >/dev/null
}
expect_true termination_message_sent wait_until 10 terminated_told
expect_json termination_reason '[.messages[] | select(.kind == "terminated")][0].text | contains("已终止办理：") and contains("容缺材料逾期未补齐")' true

# --- Configuration errors fail the reload at the catalogue's line -------------------------
cp "$T/cat/luannan/catalog.lua" "$T/good.lua"
reload() { req POST "$C/reload" -H "Authorization: Bearer $BANSHI_ADMIN_TOKEN"; }
sed -i 's|^        issued = .*|        issued = "{applicant}：{item}已办结{bogus}",|' "$T/cat/luannan/catalog.lua"
line=$(grep -n '{bogus}' "$T/cat/luannan/catalog.lua" | cut -d: -f1)
reload
expect_status unknown_placeholder_fails_reload 422
expect_json unknown_placeholder_file_line '.errors[0].file + ":" + (.errors[0].line | tostring)' "luannan/catalog.lua:$line"
expect_json unknown_placeholder_field '.errors[0].field' plugins.notify.templates.issued
expect_json unknown_placeholder_named '.errors[0].zh | contains("{bogus}") and contains("{pickup_place}")' true
cp "$T/good.lua" "$T/cat/luannan/catalog.lua"
sed -i "s|sender = \"webhook\", url = \"$URL\", timeout = 2,|sender = \"webhook\", timeout = 2,|" "$T/cat/luannan/catalog.lua"
line=$(grep -n 'sender = "webhook"' "$T/cat/luannan/catalog.lua" | tail -n 1 | cut -d: -f1)
reload
expect_status webhook_without_url_fails_reload 422
expect_json webhook_without_url_line '.errors[0].file + ":" + (.errors[0].line | tostring)' "luannan/catalog.lua:$line"
expect_json webhook_without_url_says_so '.errors[0].zh | contains("url")' true
finish $ITEM
expect_true old_generation_still_notifies wait_until 10 statuses_are "已发送,已发送,已发送"

# --- Muted kinds are not written ---------------------------------------------------------
notify_config '
      muted = { "decided" },'
reload
expect_status reload_with_muted 200
finish $ITEM
expect_true muted_kind_skipped wait_until 10 statuses_are "已发送,已发送"
expect_json muted_leaves_the_rest '[.messages[].kind] | reverse | join(",")' "accepted,issued"

stop_server
others=$(grep '"level":"error"' "$T/server.log" | grep -vc 'timer_given_up.*plugin.notify.deliver')
expect_eq no_other_error_logged "$others" 0
expect_eq one_message_given_up "$(grep -c 'timer_given_up' "$T/server.log")" 1

# The plugin's own tests (plugins/notify/tests) pass under banshi test.
TMPDIR=$T "$BANSHI_BIN" test --catalogs "$SAMPLES" plugins/notify >"$T/kit.out" 2>&1
kit_status=$?
expect_eq own_tests_pass "$kit_status $(tail -n 1 "$T/kit.out")" "0 $(grep -c '^PASS ' "$T/kit.out") passed, 0 failed"
