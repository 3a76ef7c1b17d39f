#!/usr/bin/env bash
# The plugin platform over HTTP with the hello fixture plugin: its routes
# and their roles, its key-value store and durable timers, each kind of
# hook (findings, vetoes, observers), isolation (another county, a failing
# or endless observer, a GET route that tries to write), configuration and
# code errors with file:line that leave the old generation serving, and
# plugin code travelling with the county's version through reload and
# rollback.
. "$(dirname "$0")/lib.sh"
PW=correct-horse-battery
DB=$T/banshi.db
C=/api/v1/counties/luannan
P=$C/plugins/hello
TOKEN=plugins-test-operator-token-0123456789
export BANSHI_ADMIN_TOKEN=$TOKEN
fixture_plugins '{ hello = { greeting = "您好", refuse_name = "黑名单" }, neighbour = {} }'
enable() { set_plugins "$CAT" "$1"; } # luannan's plugins, in place of the sample's
mk() { # county role user [department] -> token
    "$BANSHI_BIN" user add --county "$1" --role "$2" ${4:+--department "$4"} --name 测试 "$3" --db "$DB" \
        <<<"$PW" >/dev/null
    "$BANSHI_BIN" user token --county "$1" --name t --days 1 "$3" --db "$DB" | tail -n 1
}
CLERK=$(mk luannan clerk clerk1)
REV=$(mk luannan reviewer rev1 budongchan)
OTHER=$(mk daye clerk clerk9)
CATALOGS=$T/cat start_server --log-level warn --plugins "$T/plugins" || exit 1
reload() { req POST "$C/reload" -H "Authorization: Bearer $TOKEN"; }
as() { local t=$1; shift; req "$@" -H "Authorization: Bearer $t"; }

req GET "$P/greet?who=x"
expect_status route_answers 200
expect_json route_reads_config '.greeting' 您好
expect_json route_sees_query '.who' x
expect_json route_knows_its_county '.county' luannan
req POST "$P/greet" -H 'Content-Type: application/json' --data-binary '{}'
req POST "$P/greet" -H 'Content-Type: application/json' --data-binary '{}'
expect_json post_route_writes '.times' 2
req GET "$P/greet"
expect_json kv_persists_across_requests '.times' 2
STATUS=$(curl -s -o /dev/null -w '%{http_code}' --head "$BASE$P/greet")
expect_true head_answered_as_get test "$STATUS" = 200
req GET /api/v1/counties/daye/plugins/hello/greet
expect_error other_county_has_no_such_plugin 404 plugin_not_found
req GET "$P/nothing"
expect_error unknown_plugin_route 404 route_not_found
req POST "$P/staff" -H 'Content-Type: application/json' --data-binary '{}'
expect_error wrong_method_405 405 method_not_allowed

req GET "$P/staff"
expect_error role_route_needs_signin 401 unauthorized
as "$CLERK" GET "$P/staff"
expect_json role_route_admits_clerk '.you' clerk1
as "$REV" GET "$P/staff"
expect_error role_route_refuses_reviewer 403 forbidden
as "$OTHER" GET "$P/staff"
expect_error other_county_staff_are_strangers 401 unauthorized

req GET "$P/boom"
expect_error route_error_is_500 500 plugin_error
expect_true route_error_logged_with_file_line grep -q 'plugins/hello/init.lua:[0-9]*: the route exploded' "$T/server.log"
req GET "$P/write"
expect_error get_route_may_not_write 500 plugin_error
expect_true read_only_reason_logged grep -q 'a GET route may only read' "$T/server.log"
req GET "$P/seen/from-get"
expect_json refused_write_left_nothing '.found' false

# A durable timer scheduled by a POST route fires through the plugin's handler.
req POST "$P/later" -H 'Content-Type: application/json' --data-binary '{"after":0,"note":"a"}'
expect_status durable_timer_scheduled 201
for _ in $(seq 50); do
    req GET "$P/seen/ding:a"
    [ "$(jq -r .value "$T/body")" = true ] && break
    sleep 0.1
done
expect_json durable_timer_fired_handler '.value' true

# Three thousand durable timers due at one instant: each fires once.
req POST "$P/many" -H 'Content-Type: application/json' --data-binary '{"n":3000,"after":1}'
expect_json many_scheduled_in_one_request '.scheduled' 3000
for _ in $(seq 100); do
    req GET "$P/seen/counted"
    [ "$(jq -r .value "$T/body")" = 3000 ] && break
    sleep 0.1
done
expect_json thousands_at_one_instant_all_fired '.value' 3000
sleep 0.5
req GET "$P/seen/counted"
expect_json thousands_fired_once '.value' 3000
expect_eq none_left_pending "$(sqlite3 "$DB" "select count(*) from timers where fired_at is null and name = 'plugin.hello.count'")" 0

# Hooks on applications.
ITEM=000106102000
req GET "$C/items/$ITEM"
materials=$(jq -c '[.materials[] | select(.necessity == "必要") | {(.id): true}] | add // {}' "$T/body")
app() { # name data
    echo '{"item":"'$ITEM'","applicant":{"kind":"自然人","name":"'$1'","id_number":"11010519491231002X","phone":"13800000000"},"data":'$2',"materials":'$materials'}'
}
req_json POST $C/applications "$(app 李四 '{"use":"住宅","hello_problem":true}')"
expect_status finding_still_received 201
expect_json finding_in_notice '[.application.notice.problems[] | select(.plugin == "hello")][0].zh' 插件发现的问题
n_bad=$(jq -r .number "$T/body")
as "$CLERK" POST "$C/applications/$n_bad/accept" -H 'Content-Type: application/json' --data-binary '{}'
expect_error finding_blocks_acceptance 422 action_refused
req_json POST $C/applications "$(app 黑名单 '{"use":"住宅"}')"
expect_error veto_refuses_submission 422 application_refused
expect_json veto_reason_in_chinese '.error.details.zh' 该申请人不能在线申请
expect_json veto_names_plugin '.error.details.plugin' hello
req_json POST $C/applications "$(app 李四 '{"use":"住宅"}')"
n=$(jq -r .number "$T/body")
as "$CLERK" POST "$C/applications/$n/accept" -H 'Content-Type: application/json' --data-binary '{}'
expect_json accepted_with_plugins '.state' accepted
req GET "$P/seen/accepted:$n"
expect_json observer_saw_acceptance '.found' true

# api.audit: entries in the staff audit log, named by the platform: the
# route's signed-in caller (or anonymous), the plugin outside a route; an
# entry made in a route that then fails is undone with its writes.
as "$CLERK" GET "$P/audit/holder-1?note=first"
expect_json audit_from_get_route '.recorded' true
req GET "$P/audit/holder-2"
req POST "$P/audit_then_fail" -H 'Content-Type: application/json' --data-binary '{}'
expect_error failing_route_after_audit 500 plugin_error
audit_of() { "$BANSHI_BIN" audit list --db "$DB" --county luannan | jq -r "[.[] | select(.action == \"$1\")] | reverse | $2"; }
expect_eq audit_names_signed_in_caller "$(audit_of plugin.hello.peek '.[0] | [.actor, .target, .detail] | join(" ")')" \
    'luannan/clerk1 holder-1 {"note":"first"}'
expect_eq audit_names_anonymous_caller "$(audit_of plugin.hello.peek '.[1] | [.actor, .target] | join(" ")')" \
    'anonymous holder-2'
expect_eq audit_undone_with_failed_route "$(audit_of plugin.hello.doomed length)" 0
expect_eq audit_from_observer_names_plugin "$(audit_of plugin.hello.saw_acceptance '.[] | [.actor, .target] | join(" ")')" \
    "plugin:hello $n"

# A plugin cancels its own durable timers, never the core's (or another's).
core_timer=$(sqlite3 "$DB" "select id from timers where fired_at is null and name like 'app.%' limit 1")
req POST "$P/cancel/$core_timer" -H 'Content-Type: application/json' --data-binary '{}'
expect_json plugin_cannot_cancel_core_timer '.cancelled' false
expect_eq core_timer_still_pending "$(sqlite3 "$DB" "select count(*) from timers where id = $core_timer and fired_at is null")" 1
req POST "$P/later" -H 'Content-Type: application/json' --data-binary '{"after":3600,"note":"c"}'
own=$(jq -r .id "$T/body")
req POST "$P/cancel/$own" -H 'Content-Type: application/json' --data-binary '{}'
expect_json plugin_cancels_own_timer '.cancelled' true

# In-memory timers too: a plugin cancels its own, never another plugin's.
N=$C/plugins/neighbour
pending_memory_timers() { req GET /metrics; sed -n 's/^banshi_timers_pending //p' "$T/body"; }
before=$(pending_memory_timers)
req POST "$P/at" -H 'Content-Type: application/json' --data-binary '{}'
hello_timer=$(jq -r .id "$T/body")
req POST "$N/at" -H 'Content-Type: application/json' --data-binary '{}'
neighbour_timer=$(jq -r .id "$T/body")
expect_eq memory_timers_started "$(pending_memory_timers)" $((before + 2))
req POST "$N/cancel_at/$hello_timer" -H 'Content-Type: application/json' --data-binary '{}'
expect_json plugin_cannot_cancel_another_plugins_memory_timer '.cancelled' null
expect_json memory_timer_refusal_says_why '.error' "not this plugin's timer"
req POST "$P/cancel_at/$neighbour_timer" -H 'Content-Type: application/json' --data-binary '{}'
expect_json refused_the_other_way_too '.error' "not this plugin's timer"
expect_eq refused_cancels_left_timers_pending "$(pending_memory_timers)" $((before + 2))
req POST "$P/cancel_at/$hello_timer" -H 'Content-Type: application/json' --data-binary '{}'
expect_json plugin_cancels_own_memory_timer '.cancelled' true
req POST "$N/cancel_at/$neighbour_timer" -H 'Content-Type: application/json' --data-binary '{}'
expect_json other_plugin_cancels_its_own '.cancelled' true
expect_eq cancelled_memory_timers_gone "$(pending_memory_timers)" "$before"
req POST "$N/cancel_at/$neighbour_timer" -H 'Content-Type: application/json' --data-binary '{}'
expect_json cancelled_timer_cancels_no_more '.cancelled' false

# A failing observer: the step stays stored, the observer's writes are undone.
enable '{ hello = { greeting = "您好", fail_observer = true } }'
reload
expect_json config_change_is_new_version '.changed' true
req_json POST $C/applications "$(app 李四 '{"use":"住宅"}')"
n2=$(jq -r .number "$T/body")
as "$CLERK" POST "$C/applications/$n2/accept" -H 'Content-Type: application/json' --data-binary '{}'
expect_json failing_observer_does_not_break_step '.state' accepted
req GET "$P/seen/accepted:$n2"
expect_json failing_observer_writes_undone '.found' false
expect_true observer_error_logged_with_file_line grep -q 'plugins/hello/init.lua:[0-9]*: the accepted observer failed on purpose' "$T/server.log"
req GET /metrics
expect_true plugin_calls_on_metrics grep -q '^banshi_plugin_calls_total{county="luannan",plugin="hello"} [1-9]' "$T/body"
expect_true plugin_errors_on_metrics grep -q '^banshi_plugin_errors_total{county="luannan",plugin="hello"} [1-9]' "$T/body"

# Configuration and code errors: every one with file:line, nothing changes.
enable '{ hello = { greeting = 5, bogus = 1 }, nothere = {} }'
reload
expect_status bad_config_refused 422
expect_true bad_config_names_file_line jq -e '[.errors[] | select(.file == "luannan/catalog.lua" and .line > 1)] | length >= 3' "$T/body"
expect_true unknown_setting_named jq -e '[.errors[] | select(.field == "plugins.hello.bogus")] | length == 1' "$T/body"
expect_true wrong_type_named jq -e '[.errors[] | select(.field == "plugins.hello.greeting")] | length == 1' "$T/body"
expect_true missing_plugin_named jq -e '[.errors[] | select(.en | test("no plugin nothere is installed"))] | length == 1' "$T/body"
req GET "$P/greet"
expect_json old_generation_keeps_serving '.greeting' 您好
enable '{ hello = { greeting = "您好" } }'
cp "$T/plugins/hello/init.lua" "$T/init.good"
printf 'local P = {}\nfunction P.setup(api)\n  api.route("GET", "/greet", function() return 200, {} end\nend\nreturn P\n' \
    >"$T/plugins/hello/init.lua"
reload
expect_status syntax_error_refused 422
expect_true syntax_error_file_line jq -e '[.errors[] | select(.file == "plugins/hello/init.lua" and .line == 4)] | length == 1' "$T/body"
cp "$T/init.good" "$T/plugins/hello/init.lua"
sed -i 's/  api = 1,/  api = 2,/' "$T/plugins/hello/manifest.lua"
reload
expect_true newer_api_refused jq -e '[.errors[] | select(.file == "plugins/hello/manifest.lua" and .field == "api")] | length == 1' "$T/body"
sed -i 's/  api = 2,/  api = 1,/' "$T/plugins/hello/manifest.lua"

# Plugin code is part of the version: a change reloads, a rollback restores it.
reload
v1=$(jq -r .version "$T/body")
sed -i 's/greeting = api.config.greeting,/greeting = api.config.greeting, edition = 2,/' "$T/plugins/hello/init.lua"
reload
expect_json code_change_is_new_version '.changed' true
req GET "$P/greet"
expect_json new_code_serves '.edition' 2
req POST "$C/versions/${v1:0:12}/activate" -H "Authorization: Bearer $TOKEN"
expect_status rollback_ok 200
req GET "$P/greet"
expect_json rollback_restores_plugin_code '.edition' null
reload

# An endless observer is stopped by the budget; the decision stays.
enable '{ hello = { greeting = "您好", spin = true } }'
reload
req GET "$C/items?per_page=500"
for code in $(jq -r '.items[] | select(.case_type == "即办件") | .code' "$T/body"); do
    req GET "$C/items/$code"
    mats=$(jq -c '[.materials[] | select(.necessity == "必要") | {(.id): true}] | add // {}' "$T/body")
    req_json POST $C/applications '{"item":"'$code'","applicant":{"kind":"自然人","name":"赵六","id_number":"11010519491231002X","phone":"13800000000"},"data":{},"materials":'$mats'}'
    [ "$STATUS" = 201 ] && [ "$(jq -r .application.notice.ok "$T/body")" = true ] && break
done
n3=$(jq -r .number "$T/body")
as "$CLERK" POST "$C/applications/$n3/accept" -H 'Content-Type: application/json' --data-binary '{}'
as "$CLERK" POST "$C/applications/$n3/decide" -H 'Content-Type: application/json' --data-binary '{"result":"准予","reason":"符合条件"}'
expect_json endless_observer_does_not_undo_decision '.state' decided
expect_true budget_overrun_logged grep -q 'budget' "$T/server.log"
req GET "$P/greet"
expect_status county_serves_after_overrun 200
ALLOW_ERRORS=1 stop_server # the errors above were provoked
