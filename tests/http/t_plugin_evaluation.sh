#!/usr/bin/env bash
# The evaluation plugin (好差评, plugins/evaluation) end to end: an applicant
# rates a finished application (issued, rejected, terminated) once, proving it is theirs
# with the query code the document carries; an application under way or
# withdrawn cannot be rated, a second rating is refused (409); a 差评 opens
# a rectification case with a deadline of 5 working days on the county's
# calendar (checked against the server's own deadline route), which notify
# (through the "evaluated" event) reports to the supervisors; supervisors
# record callbacks (回访) and close the case, never before a callback; a
# case open past its deadline is overdue; figures per department count each
# level and the satisfaction rate; a rectification period that is not whole
# or half working days fails the reload at the catalogue's line.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/plugin_lib.sh"
use_plugins '    notify = { sender = "log" },
    evaluation = { rectify_days = 5, text_max = 100 },'
CT=$(token clerk clerk1)
ST=$(token supervisor sup1)
start_server --log-level warn --test-clock --plugins plugins || exit 1

ITEM=000106109000  # 不动产登记资料查询 (budongchan), a 即办件
OTHER=000110002000 # 城乡居民基本养老保险参保登记 (renshe)
rate() { plugin POST evaluation rate -H 'Content-Type: application/json' --data-binary "$1"; }
rate_mine() { # level [text]: rates $N with its query code
    rate '{"number":"'"$N"'","query_code":"'"$QC"'","level":"'"$1"'"'"${2:+,\"text\":\"$2\"}"'}'
}
cases() { plugin GET evaluation "cases$1" -H "Authorization: Bearer $ST"; }
supervise() { # route json
    plugin POST evaluation "$1" -H "Authorization: Bearer $ST" -H 'Content-Type: application/json' --data-binary "$2"
}
local_date() { date -u -d "@$(($1 + 8 * 3600))" +%F; }

# --- Only a finished application of one's own, once -----------------------------------
apply $ITEM
step accept
rate_mine 满意
expect_error under_way_not_rated 409 not_finished
expect_json under_way_reason_in_chinese '.error.zh | contains("已受理")' true
step decide '{"result":"准予"}'
step issue
expect_json issued '.state' issued
req GET "$C/applications/$N" -H "Authorization: Bearer $CT"
expect_json document_carries_query_code '.application.query_code' "$QC"
rate '{"number":"'"$N"'","query_code":"WRONGCOD","level":"满意"}'
expect_error wrong_code_refused 404 not_found
wrong_code=$(jq -c .error "$T/body")
rate '{"number":"'"${N%?}"'9","query_code":"'"$QC"'","level":"满意"}'
expect_error unknown_number_refused 404 not_found
expect_eq unknown_number_answers_as_wrong_code "$(jq -c .error "$T/body")" "$wrong_code"
rate '{"number":"'"$N"'","query_code":"'"$QC"'","level":"很好"}'
expect_error unknown_level_refused 422 bad_level
expect_json levels_listed '.error.zh | contains("非常满意、满意、基本满意、不满意、非常不满意")' true
rate '{"number":"'"$N"'","query_code":"'"$QC"'","level":"满意","score":2}'
expect_error level_and_score_must_agree 422 bad_level
rate_mine 满意 "$(printf '很%.0s' $(seq 101))"
expect_error text_too_long 422 bad_text
rate '{"number":"'"$N"'","query_code":"'"$QC"'","score":5,"text":"窗口服务热情，当场办结"}'
expect_status rated 201
expect_json rated_level '.rating.level + "/" + (.rating.score | tostring)' 非常满意/5
expect_json good_rating_no_case '.case' null
expect_json rating_records_state '.rating.state_zh' 已办结
rated_at=$(jq -r .rating.at "$T/body")
good=$N good_qc=$QC
rate_mine 非常不满意
expect_error second_rating_refused 409 already_rated
expect_json second_rating_names_first '.error.zh | contains("非常满意")' true
plugin GET evaluation "rating/$N?code=$QC"
expect_json applicant_sees_own_rating '.level' 非常满意
plugin GET evaluation "rating/$N?code=WRONGCOD"
expect_error rating_needs_code 404 not_found

# A refusal to accept (不予受理) is an outcome the applicant may rate.
apply $OTHER
step reject '{"reason":"申请人已在其他统筹地区参保"}'
expect_json rejected '.state' rejected
rate_mine 满意
expect_status rejected_may_be_rated 201
expect_json rejected_rating_state '.rating.state_zh' 不予受理
# A withdrawn application (the applicant's own choice) may not.
apply $ITEM
step withdraw '{"reason":"申请人放弃"}'
rate_mine 满意
expect_error withdrawn_not_rated 409 not_finished

# --- A 差评 opens a rectification case ------------------------------------------------------
finish $ITEM
bad=$N
rate_mine 非常不满意 "等候时间过长，窗口人员解释不清"
expect_status bad_rating_taken 201
expect_json bad_rating_flagged '.rating.bad' true
expect_json case_opened '.case.status' 待回访
expect_json case_not_overdue '.case.overdue' false
at=$(jq -r .rating.at "$T/body")
due=$(jq -r .case.deadline "$T/body")
due_date=$(jq -r .case.deadline_date "$T/body")
req GET "$C/items?per_page=500"
five=$(jq -r '[.items[] | select(.promised_limit == 5)][0].code' "$T/body")
req GET "$C/items/$five/deadline?at=$at"
expect_json deadline_is_five_working_days '"\(.due) \(.due_date)"' "$due $due_date"
plugin GET notify "outbox?number=$bad" -H "Authorization: Bearer $ST"
expect_json supervisors_told_of_bad_rating '[.messages[] | select(.kind == "bad_rating")][0].to.role' supervisor
expect_json bad_rating_message_text "[.messages[] | select(.kind == \"bad_rating\")][0].text | contains(\"非常不满意\") and contains(\"$(date -d "$due_date" +'%Y年%-m月%-d日')\")" true
plugin GET notify "outbox?number=$good" -H "Authorization: Bearer $ST"
expect_json good_rating_not_reported '[.messages[] | select(.kind == "bad_rating")] | length' 0

cases ""
expect_json one_case '.count' 1
expect_json case_listed "[.cases[].number] | join(\",\")" "$bad"
expect_json case_keeps_the_complaint '.cases[0].text' 等候时间过长，窗口人员解释不清
plugin GET evaluation cases
expect_error cases_need_sign_in 401 unauthorized
plugin GET evaluation cases -H "Authorization: Bearer $CT"
expect_error clerk_may_not_see_cases 403 forbidden
cases "?status=bogus"
expect_error bad_case_status 400 bad_parameter
cases "/$good"
expect_error good_rating_has_no_case 404 not_found

supervise "close/$bad" '{"text":"已整改"}'
expect_error close_needs_callback 409 callback_required
supervise "callback/$bad" '{"result":"打过了","text":"x"}'
expect_error callback_result_checked 422 bad_callback
supervise "callback/$bad" '{"result":"未接通"}'
expect_error callback_needs_text 422 bad_callback
supervise "callback/$bad" '{"result":"未接通","text":"电话无人接听"}'
expect_json first_callback '.status + " " + .callbacks[0].by' "已回访 sup1"
supervise "callback/$bad" '{"result":"满意","text":"已致歉并说明整改措施，申请人表示满意"}'
expect_json callbacks_kept_in_order '[.callbacks[].result] | join(",")' 未接通,满意
cases "?status=已回访"
expect_json status_filter '.count' 1
supervise "close/$bad" '{}'
expect_error close_needs_text 422 bad_close
supervise "close/$bad" '{"text":"对窗口人员开展服务规范培训，增设叫号提示"}'
expect_json case_closed '.status + " " + .closed_by' "已办结 sup1"
expect_json closed_on_time '.closed_on_time' true
supervise "callback/$bad" '{"result":"满意","text":"再次回访"}'
expect_error closed_case_stays_closed 409 case_closed

# --- Figures per department -----------------------------------------------------------------
today=$(local_date "$(clock_now)")
figures() { plugin GET evaluation "figures?$1" -H "Authorization: Bearer $ST"; }
figures "from=$today&to=$today"
expect_status figures 200
expect_json figures_period '.from + " " + .to' "$today $today"
expect_json figures_departments '[.departments[].department] | join(",")' budongchan,renshe
expect_json figures_levels_counted '[.departments[0].levels | .["非常满意"], .["非常不满意"], .["满意"]] | join(",")' 1,1,0
expect_json figures_department_rate '.departments[0].satisfaction_rate' 0.5
expect_json figures_average_score '.departments[0].average_score' 3
expect_json figures_other_department '.departments[1] | "\(.total) \(.satisfaction_rate) \(.levels["满意"])"' "1 1 1"
expect_json figures_total '.total | "\(.total) \(.satisfied) \(.bad)"' "3 2 1"
expect_json figures_total_rate '.total.satisfaction_rate * 3 | round' 2
figures ""
expect_json figures_default_this_month ".to == \"$today\" and (.from | endswith(\"-01\"))" true
figures "from=2025-01-01&to=2025-01-31"
expect_json figures_empty_period '.total.total' 0
expect_json figures_empty_no_rate '.total.satisfaction_rate' null
figures "from=2026-02-30&to=2026-03-01"
expect_error figures_bad_date 400 bad_parameter
figures "from=$today&to=2020-01-01"
expect_error figures_from_after_to 400 bad_parameter
plugin GET evaluation figures -H "Authorization: Bearer $CT"
expect_error figures_for_supervisors 403 forbidden

# --- A case left open past its deadline is overdue ---------------------------------------------
finish $ITEM
late=$N
rate_mine 不满意 "材料被退回两次"
due=$(jq -r .case.deadline "$T/body")
advance $((due - $(clock_now) + 3600))
cases "/$late"
expect_json overdue_after_deadline '.overdue' true
cases "?status=待回访"
expect_json overdue_listed "[.cases[] | select(.number == \"$late\") | .overdue][0]" true
supervise "callback/$late" '{"result":"基本满意","text":"已解释退件原因"}'
supervise "close/$late" '{"text":"完善一次性告知书，避免重复退件"}'
expect_json closed_late '.closed_on_time' false
plugin GET notify "outbox?status=已发送&limit=1000" -H "Authorization: Bearer $ST"
expect_json one_report_per_bad_rating '[.messages[] | select(.kind == "bad_rating") | .number] | sort | join(",")' \
    "$(printf '%s\n' "$bad" "$late" | sort | paste -sd, -)"

# --- Ended by the system (容缺 materials never supplied): it may be rated --------------------------
req_json POST "$C/applications" '{"item":"000123007000","applicant":'"$COMPANY"',"materials":{"sqb":true,"yyzz":true,"pmt":true},"tolerance":true}'
N=$(jq -r .number "$T/body")
QC=$(jq -r .query_code "$T/body")
step accept '{"tolerance_commitment":true}'
expect_json tolerance_accepted '.application.mode' tolerance
advance $(($(jq -r .application.tolerance.due "$T/body") - $(clock_now) + 60))
terminated() {
    req GET "$C/applications/$N" -H "Authorization: Bearer $CT"
    [ "$(jq -r .state "$T/body")" = terminated ]
}
expect_true terminated_by_system wait_until 10 terminated
rate_mine 基本满意
expect_status terminated_may_be_rated 201
expect_json terminated_rating_state '.rating.state_zh' 已终止

# --- The rectification period is whole or half working days ------------------------------------
sed -i 's/rectify_days = 5,/rectify_days = 2.3,/' "$T/cat/luannan/catalog.lua"
line=$(grep -n 'rectify_days = 2.3' "$T/cat/luannan/catalog.lua" | cut -d: -f1)
req POST "$C/reload" -H "Authorization: Bearer $BANSHI_ADMIN_TOKEN"
expect_status odd_period_fails_reload 422
expect_json odd_period_at_its_line '.errors[0].file + ":" + (.errors[0].line | tostring) + " " + .errors[0].field' \
    "luannan/catalog.lua:$line plugins.evaluation.rectify_days"
cases ""
expect_json data_kept_after_failed_reload '.count' 2
stop_server

# The plugin's own tests (plugins/evaluation/tests) pass under banshi test.
TMPDIR=$T "$BANSHI_BIN" test --catalogs "$SAMPLES" plugins/evaluation >"$T/kit.out" 2>&1
kit_status=$?
expect_eq own_tests_pass "$kit_status $(tail -n 1 "$T/kit.out")" "0 $(grep -c '^PASS ' "$T/kit.out") passed, 0 failed"
