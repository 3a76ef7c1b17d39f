#!/usr/bin/env bash
# An application's whole life over HTTP with real staff accounts: received
# online, accepted at the window, reviewed by the department's reviewer,
# decided, issued; refusals for the wrong state (409), the wrong role (403) and
# strangers (401); the applicant withdrawing with the query code; and an
# application keeping the catalogue version it was received under across a
# reload.
. "$(dirname "$0")/lib.sh"
cp -r "$SAMPLES" "$T/cat"
PW=correct-horse-battery
DB=$T/banshi.db
user() { "$BANSHI_BIN" user "$@" --db "$DB"; }
ITEM=000106102000
C=/api/v1/counties/luannan
CATALOGS=$T/cat start_server --log-level warn || exit 1
req GET "$C/items/$ITEM"
dept=$(jq -r .department.code "$T/body")
# Every required material, 免提交 ones too: the county's e-licence source
# holds no certificate of this applicant, so they are asked like any other.
materials=$(jq -c '[.materials[] | select(.necessity == "必要") | {(.id): true}] | add // {}' "$T/body")
echo "$PW" | user add --county luannan --role clerk --name 窗口 clerk1 >/dev/null
echo "$PW" | user add --county luannan --role reviewer --department "$dept" --name 审查 rev1 >/dev/null
echo "$PW" | user add --county daye --role clerk --name 外县 stranger >/dev/null

login() { # county user -> jar $T/jar.$2; sets CSRF_$2
    req POST /api/v1/session -c "$T/jar.$2" -H 'Content-Type: application/json' \
        --data-binary "{\"county\":\"$1\",\"username\":\"$2\",\"password\":\"$PW\"}"
    eval "CSRF_$2=$(jq -r .csrf_token "$T/body")"
}
login luannan clerk1
login luannan rev1
login daye stranger
act() { # user number action [json]
    local u=$1 n=$2 a=$3 body=${4:-'{}'} csrf
    eval "csrf=\$CSRF_$u"
    req POST "$C/applications/$n/$a" -b "$T/jar.$u" -H "X-CSRF-Token: $csrf" \
        -H 'Content-Type: application/json' --data-binary "$body"
}
APP='{"item":"'$ITEM'","applicant":{"kind":"自然人","name":"李四","id_number":"11010519491231002X","phone":"13800000000"},"data":{"use":"住宅"},"materials":'$materials'}'
req_json POST $C/applications "$APP"
expect_status received 201
n=$(jq -r .number "$T/body"); qc=$(jq -r .query_code "$T/body")
v1=$(jq -r .application.version "$T/body")
limit1=$(jq -r .application.item.promised_limit "$T/body")

act rev1 "$n" accept
expect_error reviewer_may_not_accept 403 action_refused
act stranger "$n" accept
expect_error other_county_staff_refused 403 forbidden
req POST "$C/applications/$n/accept" -H 'Content-Type: application/json' --data-binary '{}'
expect_error stranger_without_code_401 401 unauthorized
req POST "$C/applications/$n/accept" -b "$T/jar.clerk1" -H 'Content-Type: application/json' --data-binary '{}'
expect_error staff_change_needs_csrf 403 csrf

# The catalogue changes under the application: it keeps its version.
sed -i "0,/promised_limit = $limit1,/s//promised_limit = $((limit1 - 1)),/" "$T/cat/luannan/items/budongchan.lua" || true
kill -HUP "$SERVER_PID"
for _ in $(seq 50); do
    req GET /api/v1/counties
    [ "$(jq -r '.counties[] | select(.id == "luannan") | .version' "$T/body")" != "$v1" ] && break
    sleep 0.1
done
expect_true catalogue_really_changed test "$(jq -r '.counties[] | select(.id == "luannan") | .version' "$T/body")" != "$v1"

act clerk1 "$n" accept
expect_status clerk_accepts 200
expect_json accepted_state '.state' accepted
expect_json accepted_has_due_date '.application.clock.due_date | test("^20[0-9]{2}-")' true
expect_json keeps_received_version '.application.version' "$v1"
expect_json keeps_pinned_limit '.application.item.promised_limit' "$limit1"
act clerk1 "$n" accept
expect_error accept_twice_is_409 409 action_refused
act clerk1 "$n" start_review
expect_json review_started '.state' reviewing
act rev1 "$n" claim
expect_status reviewer_claims 200
act rev1 "$n" opinion '{"verdict":"同意","text":"材料齐全，符合登记条件"}'
expect_json review_ready '.application.ready' true
act clerk1 "$n" decide '{"result":"准予","reason":"符合不动产转移登记条件"}'
expect_json decided '.state' decided
act clerk1 "$n" issue '{"delivery":"窗口领取"}'
expect_json issued '.state' issued
req GET "$C/applications/$n?code=$qc"
expect_json progress_shows_issued '.state_zh' 已办结
expect_json progress_shows_decision '.decision.result' 准予
expect_eq one_event_per_step "$(sqlite3 "$DB" "select count(*) from application_events e join applications a on a.id = e.app_id where a.number = '$n'")" 7

req GET "$C/applications/$n?verify=1" -b "$T/jar.clerk1"
expect_json staff_read_whole_document '.application.applicant.id_number' 11010519491231002X
expect_json staff_read_events '[.events[].action] | join(",")' submit,accept,start_review,claim,opinion,decide,issue
expect_json replaying_events_gives_stored_document '.replay.matches' true
expect_json replay_used_every_event '.replay.events' 7
sqlite3 "$DB" "update applications set doc = json_set(doc, '$.decision.result', '不予') where number = '$n'"
req GET "$C/applications/$n?verify=1" -b "$T/jar.clerk1"
expect_json tampered_document_detected '.replay.matches' false
expect_json tampered_field_named '.replay.difference' .decision.result
"$BANSHI_BIN" audit list --db "$DB" --limit 100 >"$T/audit.json"
expect_true staff_actions_audited jq -e '[.[].action] | index("application.accept") != null and index("application.decide") != null' "$T/audit.json"
expect_true staff_reads_audited jq -e '[.[] | select(.action == "application.view" and .actor == "luannan/clerk1")] | length > 0' "$T/audit.json"
req GET "$C/applications/$n" -b "$T/jar.stranger"
expect_error other_county_staff_cannot_read 403 forbidden

req GET "$C/applications?state=issued" -b "$T/jar.clerk1"
expect_json clerk_lists_issued_cases "[.applications[].number] | index(\"$n\") != null" true
req GET "$C/applications?state=Bad" -b "$T/jar.clerk1"
expect_error list_state_grammar 400 bad_parameter

# The applicant withdraws another application with the query code.
req_json POST $C/applications "$APP"
n2=$(jq -r .number "$T/body"); qc2=$(jq -r .query_code "$T/body")
req POST "$C/applications/$n2/withdraw" -H "X-Query-Code: $qc2" -H 'Content-Type: application/json' \
    --data-binary '{"reason":"不再办理"}'
expect_json applicant_withdraws '.state' withdrawn
req POST "$C/applications/$n2/withdraw" -H "X-Query-Code: ZZZZZZZZ" -H 'Content-Type: application/json' --data-binary '{}'
expect_error wrong_query_code_401 401 unauthorized
act clerk1 "$n2" accept
expect_error nothing_after_withdrawal_409 409 action_refused
stop_server
