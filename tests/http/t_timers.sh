#!/usr/bin/env bash
# Durable timers on applications, with the server's test clock: acceptance
# schedules the yellow and red warnings (超期预警) and, for 容缺, the
# supplement due; moving the clock makes each fire once, as an event by the
# system, with 督办 to the supervisor at red; a restart with timers overdue
# fires each once, in due order; a reload while timers fire loses none.
. "$(dirname "$0")/lib.sh"
PW=correct-horse-battery
DB=$T/banshi.db
C=/api/v1/counties/luannan
ITEM=000106102000
TOKEN=timers-test-operator-token-0123456789
export BANSHI_ADMIN_TOKEN=$TOKEN
"$BANSHI_BIN" user add --county luannan --role clerk --name 窗口 clerk1 --db "$DB" <<<"$PW" >/dev/null
CT=$("$BANSHI_BIN" user token --county luannan --name t --days 1 clerk1 --db "$DB" | tail -n 1)
"$BANSHI_BIN" user add --county luannan --role supervisor --name 科长 sup1 --db "$DB" <<<"$PW" >/dev/null
ST=$("$BANSHI_BIN" user token --county luannan --name t --days 1 sup1 --db "$DB" | tail -n 1)
"$BANSHI_BIN" user add --county luannan --role reviewer --department budongchan --name 审查 rev1 --db "$DB" <<<"$PW" >/dev/null
RT=$("$BANSHI_BIN" user token --county luannan --name t --days 1 rev1 --db "$DB" | tail -n 1)
cp -r "$SAMPLES" "$T/cat"
CATALOGS=$T/cat start_server --log-level warn --test-clock || exit 1

clerk() { # method path [json]
    req "$1" "$2" -H "Authorization: Bearer $CT" -H 'Content-Type: application/json' \
        --data-binary "${3:-{\}}"
}
advance() { # seconds
    req POST /api/v1/admin/clock -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
        --data-binary "{\"advance_seconds\":$1}"
}
now() { req POST /api/v1/admin/clock -H "Authorization: Bearer $TOKEN"; jq -r .now "$T/body"; }
view() { req GET "$C/applications/$1" -H "Authorization: Bearer $CT"; }
wait_for() { # number jq-condition: polls the staff view for up to 10 s
    for _ in $(seq 100); do
        view "$1"
        [ "$(jq -r "$2" "$T/body")" = true ] && return 0
        sleep 0.1
    done
    return 1
}

req GET "$C/items/$ITEM"
# Every required material, 免提交 ones too: the county's e-licence source
# holds no certificate of this applicant, so they are asked like any other.
materials=$(jq -c '[.materials[] | select(.necessity == "必要") | {(.id): true}] | add // {}' "$T/body")
APP='{"item":"'$ITEM'","applicant":{"kind":"自然人","name":"李四","id_number":"11010519491231002X","phone":"13800000000"},"data":{"use":"住宅"},"materials":'$materials'}'
submit_accept() { # -> number in $n
    req_json POST $C/applications "$APP"
    n=$(jq -r .number "$T/body")
    clerk POST "$C/applications/$n/accept"
}

# The pending gauge of /metrics, against the rows themselves.
durable_pending() { req GET /metrics; sed -n 's/^banshi_durable_timers_pending //p' "$T/body"; }
rows_pending() { sqlite3 "$DB" "select count(*) from timers where fired_at is null"; }
pending_before=$(durable_pending)
expect_eq gauge_counts_the_rows_at_start "$pending_before" "$(rows_pending)"

submit_accept
expect_json accepted '.state' accepted
expect_eq gauge_counts_scheduled_timers "$(durable_pending)" $((pending_before + 2))
expect_eq gauge_agrees_with_rows_after_schedule "$(durable_pending)" "$(rows_pending)"
view "$n"
expect_json red_at_the_deadline '[.timers[] | select(.name == "app.warn.red")][0].due_at == (.application.clock.due * 1000)' true
expect_json yellow_before_red '([.timers[] | select(.name == "app.warn.yellow")][0].due_at) < ([.timers[] | select(.name == "app.warn.red")][0].due_at)' true
yellow=$(jq '[.timers[] | select(.name == "app.warn.yellow")][0].due_at / 1000 | floor' "$T/body")
due=$(jq '.application.clock.due' "$T/body")

req POST /api/v1/admin/clock -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    --data-binary '{"advance_seconds":-5}'
expect_error clock_never_goes_back 400 bad_json
req POST /api/v1/admin/clock -H 'Content-Type: application/json' --data-binary '{"advance_seconds":5}'
expect_error clock_needs_operator 401 unauthorized

advance $((yellow - $(now) + 1))
expect_true yellow_raised wait_for "$n" '.application.warning.level == "yellow"'
expect_json yellow_by_system '[.events[] | select(.action == "warn")][0].actor' system
expect_json yellow_notice_in_chinese '.application.warning.line | test("黄色预警")' true
expect_json yellow_not_red_yet '.application.supervision == null' true
expect_json only_red_pending '[.timers[].name] | join(",")' app.warn.red
expect_eq gauge_drops_when_yellow_fires "$(durable_pending)" $((pending_before + 1))
expect_eq gauge_agrees_with_rows_after_firing "$(durable_pending)" "$(rows_pending)"

advance $((due - $(now) + 1))
expect_true red_raised wait_for "$n" '.application.warning.level == "red"'
expect_json red_escalates_to_supervisor '.application.supervision.to' supervisor
expect_json each_warning_once '[.events[] | select(.action == "warn")] | length' 2
expect_json no_timers_left '.timers | length' 0
expect_eq gauge_back_when_red_fires "$(durable_pending)" "$pending_before"
expect_eq timer_rows_fired_once "$(sqlite3 "$DB" "select count(*) from timers t join applications a on a.id = t.app_id where a.number = '$n' and t.fired_at is not null and t.last_error is null")" 2
req GET "$C/applications/$n?verify=1" -H "Authorization: Bearer $CT"
expect_json warnings_replay_exactly '.replay.matches' true
req GET "$C/applications?state=accepted" -H "Authorization: Bearer $CT"
expect_json queue_shows_warning "[.applications[] | select(.number == \"$n\")][0].warning" red
# Decided after the deadline: late, with the working days it took.
n_late=$n
clerk POST "$C/applications/$n_late/start_review"
for a in claim opinion; do
    req POST "$C/applications/$n_late/$a" -H "Authorization: Bearer $RT" -H 'Content-Type: application/json' \
        --data-binary '{"verdict":"同意","text":"符合条件"}'
done
clerk POST "$C/applications/$n_late/decide" '{"result":"准予","reason":"符合条件"}'
expect_json decided_late '.application.decision.on_time' false
expect_json working_days_taken '.application.decision.workdays >= .application.clock.limit' true

# The calendar changes (a local closure on the due date): the deadline of
# a case under way is counted again, by the system, and its timers follow.
submit_accept
n_cal=$n
view "$n_cal"
old_due=$(jq -r '.application.clock.due_date' "$T/body")
if [ "$old_due" = null ]; then
    echo "SKIP calendar_change_recounts: the sample calendar has no data for the due year"
else
    printf 'closure { date = "%s", reason = "测试：临时闭厅" }\n' "$old_due" >>"$T/cat/luannan/closures.lua"
    req POST "$C/reload" -H "Authorization: Bearer $TOKEN"
    expect_json calendar_reload_ok '.changed' true
    expect_true calendar_change_recounts wait_for "$n_cal" ".application.clock.due_date != \"$old_due\""
    expect_json recount_by_system '[.events[] | select(.action == "recompute_deadline")][0].actor' system
    expect_json recount_moves_one_working_day_later '.application.clock.due_date > "'"$old_due"'"' true
    expect_json recount_recorded_in_chinese '.application.deadline_changes[0].line | test("工作日历调整")' true
    expect_json timers_follow_the_new_deadline '[.timers[] | select(.name == "app.warn.red")][0].due_at == (.application.clock.due * 1000)' true
    req GET "$C/applications/$n_cal?verify=1" -H "Authorization: Bearer $CT"
    expect_json recount_replays_exactly '.replay.matches' true
    req POST "$C/reload" -H "Authorization: Bearer $TOKEN"
    expect_json unchanged_calendar_no_recount '.changed' false
fi
clerk POST "$C/applications/$n_cal/withdraw" '{"reason":"测试结束"}'

# A department's review has its own limit (review.limit = 2 working days):
# past it, the review is marked overdue by the system (督办).
submit_accept
n_rev=$n
clerk POST "$C/applications/$n_rev/start_review"
view "$n_rev"
rdue=$(jq '.application.reviews[0].due' "$T/body")
if [ "$rdue" = null ]; then
    echo "SKIP review_limit_timer: the sample calendar has no data for the review's due year"
else
    expect_json review_due_two_working_days '.application.reviews[0].due_date != null' true
    expect_json review_timer_pending "[.timers[] | select(.name == \"app.review.overdue\")][0].due_at" "$((rdue * 1000))"
    advance $((rdue - $(now) + 1))
    expect_true review_marked_overdue wait_for "$n_rev" '.application.reviews[0].overdue == true'
    expect_json review_overdue_by_system '[.events[] | select(.action == "review_overdue")][0].actor' system
    expect_json review_overdue_notice '.application.review_warnings[0].line | test("审查超时")' true
    expect_json review_overdue_once '[.timers[] | select(.name == "app.review.overdue")] | length' 0
fi
clerk POST "$C/applications/$n_rev/withdraw" '{"reason":"测试结束"}'

# A special procedure stops a review's own clock too: after resume its due
# has moved by the working days stopped.
submit_accept
n_sp=$n
clerk POST "$C/applications/$n_sp/start_review"
req POST "$C/applications/$n_sp/claim" -H "Authorization: Bearer $RT" -H 'Content-Type: application/json' --data-binary '{}'
view "$n_sp"
rdue0=$(jq '.application.reviews[0].due' "$T/body")
if [ "$rdue0" = null ]; then
    echo "SKIP review_due_moves_with_stop: the sample calendar has no data for the review's due year"
else
    req POST "$C/applications/$n_sp/suspend" -H "Authorization: Bearer $RT" -H 'Content-Type: application/json' \
        --data-binary '{"procedure":"专家评审","reason":"需专家评审","notice":"因需组织专家评审，审查期限中止。"}'
    expect_json review_suspended '.state' suspended
    advance $((7 * 86400))
    req POST "$C/applications/$n_sp/resume" -H "Authorization: Bearer $RT" -H 'Content-Type: application/json' \
        --data-binary '{"result":"专家评审通过"}'
    expect_json review_resumed '.state' reviewing
    view "$n_sp"
    stopped=$(jq '.application.procedures[-1].days' "$T/body")
    expect_true stop_took_working_days test "$(jq -n "$stopped > 0")" = true
    expect_json review_due_moves_with_stop ".application.reviews[0].due > $rdue0" true
    expect_json review_timer_follows "[.timers[] | select(.name == \"app.review.overdue\")][0].due_at == (.application.reviews[0].due * 1000)" true
fi
clerk POST "$C/applications/$n_sp/withdraw" '{"reason":"测试结束"}'

# A case that ends has no timers left.
submit_accept
view "$n"
expect_json active_case_has_timers '.timers | length' 2
clerk POST "$C/applications/$n/withdraw" '{"reason":"申请人放弃"}'
expect_json withdrawn '.state' withdrawn
view "$n"
expect_json ended_case_has_no_timers '.timers | length' 0

# 容缺: accepted with a tolerated material, never supplied: terminated by the
# system once the supplement due has passed.
req GET "$C/items?per_page=500"
tol=""
for code in $(jq -r '.items[].code' "$T/body"); do
    req GET "$C/items/$code"
    if [ "$(jq -r '.tolerance.allowed // false' "$T/body")" = true ] &&
        [ "$(jq '[.materials[] | select(.tolerable == true and .necessity == "必要")] | length' "$T/body")" -gt 0 ]; then
        tol=$code
        break
    fi
done
expect_true tolerance_item_found test -n "$tol"
req GET "$C/items/$tol"
tmat=$(jq -c '[.materials[] | select(.necessity == "必要" and (.tolerable != true)) | {(.id): true}] | add // {}' "$T/body")
TAPP='{"item":"'$tol'","applicant":{"kind":"自然人","name":"王五","id_number":"11010519491231002X","phone":"13800000000"},"data":{},"materials":'$tmat'}'
req_json POST $C/applications "$TAPP"
nt=$(jq -r .number "$T/body")
clerk POST "$C/applications/$nt/accept" '{"tolerance_commitment":true}'
expect_json tolerance_accepted '.application.mode' tolerance
view "$nt"
sdue=$(jq '.application.tolerance.due' "$T/body")
expect_json supplement_timer_pending '[.timers[].name] | index("app.tolerance.overdue") != null' true
advance $((sdue - $(now) + 2))
expect_true overdue_tolerance_terminated wait_for "$nt" '.state == "terminated"'
expect_json termination_names_missing '.application.termination.reason | test("容缺材料逾期未补齐")' true
expect_json terminated_by_system '.events[-1].actor' system
expect_eq broken_promise_recorded "$(sqlite3 "$DB" "select count(*) from broken_promises where holder = '11010519491231002X'")" 1
# The same applicant, missing a tolerable material again: no 容缺 this time.
req_json POST $C/applications "$TAPP"
nt2=$(jq -r .number "$T/body")
clerk POST "$C/applications/$nt2/accept" '{"tolerance_commitment":true}'
expect_error broken_promise_no_tolerance 403 action_refused
expect_json broken_promise_reason '.error.details.code' broken_promise

# Restart with timers overdue: each fires once, in due order.
six=""
for i in 1 2 3 4 5 6; do submit_accept; six="$six,'$n'"; done
six=${six#,}
offset=$(($(now) - $(date +%s)))
stop_server
farthest=$(sqlite3 "$DB" "select max(due_at) / 1000 from timers where fired_at is null")
CATALOGS=$T/cat start_server --log-level warn --test-clock=$((farthest - $(date +%s) + 10)) || exit 1
for _ in $(seq 100); do
    left=$(sqlite3 "$DB" "select count(*) from timers where fired_at is null")
    [ "$left" = 0 ] && break
    sleep 0.1
done
expect_eq overdue_timers_fired_after_restart "$left" 0
# (Fired rows are pruned a week after firing on the business clock, so
# only the six applications made just before the restart are compared.)
ids="select id from applications where number in ($six)"
expect_eq each_fired_once "$(sqlite3 "$DB" "select count(*) from application_events where action = 'warn' and app_id in ($ids)")" \
    "$(sqlite3 "$DB" "select count(*) from timers where fired_at is not null and name like 'app.warn.%' and last_error is null and app_id in ($ids)")"
expect_eq two_warnings_each "$(sqlite3 "$DB" "select count(*) from application_events where action = 'warn' and app_id in ($ids)")" 12
expect_eq fired_in_due_order "$(sqlite3 "$DB" "select count(*) from (select fired_at, lag(fired_at) over (order by due_at, id) as prev from timers where name like 'app.warn.%' and app_id in ($ids)) where fired_at < prev")" 0
expect_true clock_kept_its_place test "$offset" -gt 0

# A reload while timers fire: none lost, none twice.
for i in $(seq 40); do submit_accept; done
until_red=$(sqlite3 "$DB" "select max(due_at) / 1000 from timers where fired_at is null")
advance $((until_red - $(now) + 1))
for i in 1 2 3; do
    req POST "$C/reload" -H "Authorization: Bearer $TOKEN"
done
for _ in $(seq 100); do
    left=$(sqlite3 "$DB" "select count(*) from timers where fired_at is null")
    [ "$left" = 0 ] && break
    sleep 0.1
done
expect_eq timers_fired_across_reload "$left" 0
expect_eq gauge_zero_when_all_fired "$(durable_pending)" 0
expect_eq gauge_agrees_with_rows_at_the_end "$(durable_pending)" "$(rows_pending)"
expect_eq no_warning_twice "$(sqlite3 "$DB" "select count(*) from (select app_id, count(*) c from application_events where action = 'warn' group by app_id, json_extract(payload, '$.data.level') having c > 1)")" 0
# Supervision figures (督查统计) over the whole test, per department.
sup() { req GET "$C/supervision?$1" -H "Authorization: Bearer $ST"; }
sup "from=2020-01-01&to=2099-12-31"
expect_status supervision_json 200
received=$(sqlite3 "$DB" "select count(*) from applications where county = 'luannan'")
expect_json supervision_counts_received '.total.received' "$received"
expect_json supervision_counts_accepted '.total.accepted' "$(sqlite3 "$DB" "select count(*) from applications where json_extract(doc, '$.clock.accepted_at') is not null")"
expect_json supervision_red_now '.total.red_now' "$(sqlite3 "$DB" "select count(*) from applications where state in ('accepted','reviewing') and json_extract(doc, '$.warning.level') = 'red'")"
expect_json supervision_counts_late '.total.late' 1
expect_json supervision_rate '.total.on_time_rate' 0
expect_json supervision_avg_days_over_limit '.total.avg_workdays >= .total.avg_promised_limit' true
expect_json supervision_per_department '.departments | map(.name | length > 0) | all' true
expect_json supervision_period_echoed '.from + " " + .to' "2020-01-01 2099-12-31"
sup "from=2020-01-01&to=2020-12-31"
expect_json supervision_empty_period '.total.received' 0
expect_json supervision_no_rate_without_cases '.total.on_time_rate' null
sup "from=2020-01-01&to=2099-12-31&format=csv"
expect_true supervision_csv_chinese_headings grep -q '部门,收件,受理,办结,按期办结,超期办结,按期办结率' "$T/body"
expect_true supervision_csv_total grep -q "^,合计,$received," "$T/body"
sup "from=2026-02-30"
expect_error supervision_bad_date 400 bad_parameter
req GET "$C/supervision" -H "Authorization: Bearer $CT"
expect_error clerk_not_supervision 403 forbidden

req GET /metrics
expect_true metrics_fired grep -q '^banshi_durable_timers_fired_total [1-9]' "$T/body"
expect_true metrics_lag grep -q 'banshi_durable_timer_lag_seconds{quantile="0.99"}' "$T/body"
stop_server
