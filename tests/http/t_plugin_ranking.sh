#!/usr/bin/env bash
# The ranking plugin (plugins/ranking) end to end: six departments with
# known work in one month (decided on time or late, rated or not, received
# only) come out in the documented order: on-time rate, then satisfaction
# from the evaluation plugin, then working days against the promised limit,
# equal departments sharing a rank and departments without decisions
# unranked at the end; the counts agree with the platform's supervision
# figures; CSV with Chinese headings; without evaluation the ranking stands
# on time alone; min_decided leaves small departments unranked.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/plugin_lib.sh"
use_plugins '    evaluation = {},
    ranking = {},'
CT=$(token clerk clerk1)
ST=$(token supervisor sup1)
start_server --log-level warn --test-clock --plugins plugins || exit 1

rate() { # level: the applicant of $N rates it
    plugin POST evaluation rate -H 'Content-Type: application/json' \
        --data-binary '{"number":"'"$N"'","query_code":"'"$QC"'","level":"'"$1"'"}'
}
monthly() { plugin GET ranking "monthly?$1" -H "Authorization: Bearer $ST"; }

# minzheng (养老机构备案, a 即办件) decided after its deadline: accepted now,
# decided an hour past the due time. Everything else is decided after that,
# at the same moment, so all decisions fall in one month.
apply 000112007000
step accept
due=$(jq -r '.application.clock.due // empty' "$T/body")
if [ -z "$due" ]; then
    echo "SKIP ranking: the sample calendar does not cover today ($(jq -r '.application.clock.due_note' "$T/body"))"
    stop_server
    exit 0
fi
advance $((due - $(clock_now) + 3600))
step decide '{"result":"准予"}'
expect_json late_decision '.application.decision.on_time' false
late_days=$(jq -r .application.decision.workdays "$T/body")
step issue
# renshe (单位参保登记): two on time, both 满意.
for _ in 1 2; do
    finish 000110001000
    rate 满意
done
# budongchan (不动产登记资料查询): two on time, 非常满意 and 不满意.
finish 000106109000
rate 非常满意
finish 000106109000
rate 不满意
expect_status ratings_taken 201
# gongan (印章刻制备案) and nongye (设施农业用地备案): one on time each, no
# rating: equal on every key.
finish 000104010000
finish 000117001000
# fagai (企业投资项目备案): received, not decided.
apply 000101002000
expect_json received_only '.state' submitted

month=$(date -u -d "@$(($(clock_now) + 8 * 3600))" +%Y-%m)
monthly "month=$month"
expect_status ranking 200
cp "$T/body" "$T/ranking.json"
expect_json ranking_month '.month + " " + .from' "$month $month-01"
expect_json ranking_uses_satisfaction '.satisfaction' true
expect_json ranking_order '[.departments[].department] | join(",")' renshe,budongchan,gongan,nongye,minzheng,fagai
expect_json ranking_ranks '[.departments[] | .rank // "-"] | join(",")' "1,2,3,3,5,-"
expect_json satisfaction_breaks_on_time_tie '[.departments[0,1] | .satisfaction_rate] | join(",")' "1,0.5"
expect_json unrated_after_rated '.departments[2] | has("satisfaction_rate")' false
expect_json rated_counted '[.departments[0,1] | .ratings] | join(",")' "2,2"
expect_json late_department '.departments[4] | "\(.decided) \(.on_time) \(.late) \(.on_time_rate)"' "1 0 1 0"
expect_json late_days_against_limit '.departments[4] | "\(.avg_workdays) \(.avg_promised_limit)"' "$late_days 0"
expect_json received_not_ranked '.departments[5] | "\(.received) \(.decided) \(.rank)"' "1 0 null"
expect_json ordering_documented '.ordering | contains("按期办结率从高到低")' true

# The same counts as the platform's supervision figures for the month.
req GET "$C/supervision?from=$month-01&to=$(jq -r .to "$T/ranking.json")" -H "Authorization: Bearer $ST"
supervision=$(jq -r '[.departments[] | select(.received + .decided > 0) | "\(.department):\(.received):\(.on_time):\(.late)"] | sort | join(",")' "$T/body")
expect_eq counts_match_supervision \
    "$(jq -r '[.departments[] | "\(.department):\(.received):\(.on_time):\(.late)"] | sort | join(",")' "$T/ranking.json")" \
    "$supervision"

monthly "month=$month&format=csv"
expect_status csv 200
expect_eq csv_content_type "$(header Content-Type)" "text/csv; charset=utf-8"
expect_eq csv_headings "$(head -n 1 "$T/body" | tr -d '\r' | sed 's/^\xEF\xBB\xBF//')" \
    "名次,部门编码,部门,收件,办结,按期办结,超期办结,按期办结率,平均用时（工作日）,平均承诺时限（工作日）,用时差（工作日）,评价数,满意率"
expect_eq csv_first_row "$(sed -n 2p "$T/body" | tr -d '\r')" "1,renshe,滦南县人力资源和社会保障局,2,2,2,0,100.0%,0.00,0.00,0.00,2,100.0%"
expect_true csv_unranked_row grep -q '^不排名,fagai,' "$T/body"
expect_eq csv_rows "$(wc -l <"$T/body")" 7

monthly "month=2025-01"
expect_json empty_month '.departments | length' 0
monthly ""
expect_json default_this_month '.month' "$month"
monthly "month=2026-13"
expect_error bad_month 400 bad_parameter
monthly "month=$month&format=xml"
expect_error bad_format 400 bad_parameter
plugin GET ranking monthly -H "Authorization: Bearer $CT"
expect_error clerk_may_not_rank 403 forbidden
plugin GET ranking monthly
expect_error ranking_needs_sign_in 401 unauthorized

reload() { req POST "$C/reload" -H "Authorization: Bearer $BANSHI_ADMIN_TOKEN"; }
# Without the evaluation plugin: on time alone; the four on-time
# departments tie.
use_plugins '    ranking = {},'
reload
expect_status reload_without_evaluation 200
monthly "month=$month"
expect_json without_evaluation '.satisfaction' false
expect_json ties_listed_by_code '[.departments[].department] | join(",")' budongchan,gongan,nongye,renshe,minzheng,fagai
expect_json ties_share_rank '[.departments[] | .rank // "-"] | join(",")' "1,1,1,1,5,-"

# min_decided: departments with fewer decisions are listed, unranked.
use_plugins '    evaluation = {},
    ranking = { min_decided = 2 },'
reload
monthly "month=$month"
expect_json small_departments_unranked '[.departments[] | "\(.department)=\(.rank // "-")"] | join(",")' \
    "renshe=1,budongchan=2,gongan=-,nongye=-,minzheng=-,fagai=-"
stop_server

# The plugin's own tests (plugins/ranking/tests) pass under banshi test.
TMPDIR=$T "$BANSHI_BIN" test --catalogs "$SAMPLES" plugins/ranking --with plugins/evaluation >"$T/kit.out" 2>&1
kit_status=$?
expect_eq own_tests_pass "$kit_status $(tail -n 1 "$T/kit.out")" "0 $(grep -c '^PASS ' "$T/kit.out") passed, 0 failed"
