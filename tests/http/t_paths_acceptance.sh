#!/usr/bin/env bash
# Acceptance paths of an application (issue 5), end to end over HTTP with
# real staff sign-ins, on the luannan sample catalogue:
#   - 容缺受理, then the missing material supplied before the deadline, and
#     the application carrying on to a 准予 result;
#   - an applicant marked for an earlier broken 容缺 promise refused 容缺,
#     then accepted once the material is supplied;
#   - 告知承诺: the written promise replaces the proof;
#   - 补正: returned with the one-time notification, the clock stopped, and
#     resubmitted.
# Each checks the states, the events (and their replay), the deadlines
# against the server's own deadline route, and the Chinese notices the
# applicant is given. 容缺 then overdue needs time to pass: it waits for the
# server's test clock.
. "$(dirname "$0")/lib.sh"
. "$(dirname "$0")/staff.sh"
DB=$T/banshi.db
start_server --log-level warn || exit 1
staff clerk clerk || exit 1
staff reviewer rev_xz --department xingzheng || exit 1

# The company supplies its 营业执照 (yyzz, 免提交): the county's e-licence
# source holds none of its licences (t_elicense.sh covers sharing).
FOOD=000123007000    # 食品经营许可: 容缺 allowed (glzd), 3 working days
HYGIENE=000114004000 # 公共场所卫生许可: 告知承诺 replaces the test report jcbg
GLZD=食品安全自查、从业人员健康管理等规章制度

review_agreed() { # the one department (行政审批局) reviews and agrees
    act clerk start_review
    act rev_xz claim
    act rev_xz opinion '{"verdict":"同意","text":"经审查，符合许可条件"}'
}

# --- 容缺受理, then the material supplied in time ----------------------------
submit '{"item":"'$FOOD'","applicant":'"$COMPANY"',"materials":{"sqb":true,"yyzz":true,"pmt":true},"tolerance":true}'
expect_status tolerance_application_received 201
expect_json tolerance_notice_complete_but_for_tolerable '.application.notice.ok' true
expect_json tolerance_notice_lists_the_tolerable_material '[.application.notice.tolerable_missing[].id] | join(",")' glzd
expect_json tolerance_notice_printed_in_chinese \
    '.application.notice.lines | index("一、可容缺受理的材料（受理后限期补齐）：") != null' true
act clerk accept
expect_error tolerance_needs_the_signed_commitment 422 action_refused
expect_json tolerance_commitment_asked_in_chinese '.error.details.zh' "以下材料可容缺受理：$GLZD；须申请人签署容缺受理承诺书"
act clerk accept '{"tolerance_commitment":true}'
expect_status tolerance_accepted 200
expect_json tolerance_state '.state' accepted
expect_json tolerance_mode '.application.mode + " " + .application.mode_zh' "tolerance 容缺受理"
expect_json tolerance_material_marked_tolerated '.application.materials[] | select(.id == "glzd") | .status' tolerated
expect_json tolerance_outstanding '.application.tolerance.remaining | join(",")' glzd
expect_json tolerance_commitment_recorded '.application.tolerance.commitment_signed' true
expect_json tolerance_acceptance_notice_lists_material \
    '.application.acceptance.lines | index("容缺材料：'"$GLZD"'") != null' true
save tol
note_calendar
deadline $FOOD "$(jq_saved tol .application.clock.accepted_at)"
restore tol
expect_due tolerance_due_on_the_calendar '.application.clock.due' "$DUE"
expect_due tolerance_due_date '.application.clock.due_date' "$DUE_DATE"
# The supplement deadline is the item's 3 days, capped at the promised 3.
expect_due tolerance_supplement_deadline_within_the_limit '.application.tolerance.due' "$DUE"
expect_due tolerance_acceptance_notice_names_the_deadline \
    '.application.acceptance.lines | index("请于'"$DUE_TEXT"'补齐容缺材料，逾期未补齐的，终止办理。") != null' true
progress
expect_json tolerance_applicant_sees_acceptance_notice \
    '.acceptance_notice | index("受理方式：容缺受理") != null' true
expect_json tolerance_applicant_sees_what_to_supply '.tolerance.remaining | join(",")' "$GLZD"
expect_due tolerance_applicant_sees_supplement_date '.tolerance.due_date' "$DUE_DATE"

review_agreed
expect_json tolerance_review_done '.application.ready' true
act clerk decide '{"result":"准予"}'
expect_error tolerance_no_grant_while_outstanding 409 action_refused
expect_json tolerance_outstanding_named_in_chinese '.error.details.zh' "容缺材料尚未补齐（$GLZD），不能作出准予决定"
act_as_applicant supplement '{"materials":{"sqb":true}}'
expect_error tolerance_supplement_of_other_material_refused 422 action_refused
expect_json tolerance_supplement_refusal_in_chinese '.error.details.zh' "未提交待补齐的容缺材料：$GLZD"
act_as_applicant supplement '{"materials":{"glzd":true}}'
expect_status tolerance_applicant_supplies_in_time 200
expect_json tolerance_done '.application.tolerance.done and (.application.tolerance.remaining | length == 0)' true
expect_json tolerance_material_now_submitted \
    '.application.materials[] | select(.id == "glzd") | .status + " " + (.supplied_at | type)' "submitted number"
expect_json tolerance_state_unchanged_by_supplement '.state' reviewing
act_as_applicant supplement '{"materials":{"glzd":true}}'
expect_error tolerance_nothing_left_to_supply 409 action_refused
act clerk decide '{"result":"准予","reason":"符合食品经营许可条件"}'
expect_json tolerance_continues_to_grant '.application.decision.result' 准予
expect_due tolerance_decided_on_time '.application.decision.on_time' true
act clerk issue '{"delivery":"窗口领取"}'
expect_json tolerance_issued '.state + " " + (.application.issuance.certificate | type)' "issued string"
progress
expect_json tolerance_applicant_sees_it_done '.state_zh + " " + (.tolerance.done | tostring)' "已办结 true"
expect_events tolerance_events submit,accept,start_review,claim,opinion,supplement,decide,issue
expect_json tolerance_supplement_by_applicant '.events[5].actor' applicant

# --- an applicant marked for an earlier broken promise -----------------------
submit '{"item":"'$FOOD'","applicant":'"$COMPANY"',"materials":{"sqb":true,"yyzz":true,"pmt":true},"tolerance":true}'
act clerk accept '{"tolerance_commitment":true,"broken_promise":true}'
expect_error broken_promise_not_eligible_for_tolerance 403 action_refused
expect_json broken_promise_code '.error.details.code' broken_promise
expect_json broken_promise_reason_in_chinese '.error.details.zh' \
    "申请人有容缺受理承诺未履行的记录，不适用容缺受理；请补齐${GLZD}后再受理"
progress
expect_json broken_promise_refusal_changes_nothing '.state + " " + (.history | tostring)' "submitted 1"
act clerk return_for_correction '{"reason":"申请人不适用容缺受理，请补齐全部材料"}'
expect_json broken_promise_returned_for_the_material '.state' correction
expect_json broken_promise_notice_names_the_material \
    '.application.notice.lines | map(select(contains("'"$GLZD"'"))) | length' 1
act_as_applicant resupply '{"materials":{"glzd":true}}'
expect_json broken_promise_material_supplied '.state + " " + (.application.notice.tolerable_missing | length | tostring)' "submitted 0"
act clerk accept '{"broken_promise":true}'
expect_status broken_promise_accepted_when_complete 200
expect_json broken_promise_accepted_normally '.application.mode_zh' 一般受理
expect_events broken_promise_events submit,return_for_correction,resupply,accept

# --- 告知承诺: the promise replaces the proof ---------------------------------
HYGIENE_APP='{"item":"'$HYGIENE'","applicant":'"$COMPANY"',"materials":{"sqb":true,"yyzz":true,"pmt":true,"glzd":true}'
submit "$HYGIENE_APP}"
expect_json commitment_without_promise_the_proof_is_asked \
    '.application.materials[] | select(.id == "jcbg") | .status' missing
submit "$HYGIENE_APP"',"commitment":true}'
expect_status commitment_application_received 201
expect_json commitment_chosen '.application.commitment and .application.commitment_requested' true
expect_json commitment_proof_replaced '.application.materials[] | select(.id == "jcbg") | .status' replaced
expect_json commitment_nothing_missing \
    '.application.notice.ok and (.application.notice.missing + .application.notice.tolerable_missing | length == 0)' true
expect_json commitment_notice_does_not_ask_for_proof \
    '.application.notice.lines | map(select(contains("卫生检测"))) | length' 0
act clerk accept
expect_status commitment_accepted 200
expect_json commitment_mode '.application.mode + " " + .application.mode_zh' "commitment 告知承诺"
expect_json commitment_conditions_recorded '.application.acceptance.commitment_conditions[0]' \
    "申请人承诺经营场所符合公共场所卫生标准，取证后30日内接受现场核查"
expect_json commitment_notice_states_the_promise_and_consequence \
    '.application.acceptance.lines | map(select(test("^申请人已书面承诺：.*承诺不实的，依法撤销行政许可并记入信用记录。$"))) | length' 1
expect_json commitment_no_supplement_asked '.application.tolerance' null
save com
note_calendar
deadline $HYGIENE "$(jq_saved com .application.clock.accepted_at)"
restore com
expect_due commitment_due_on_the_calendar '.application.clock.due' "$DUE"
progress
expect_json commitment_applicant_sees_mode '.mode_zh' 告知承诺
review_agreed
act clerk decide '{"result":"准予"}'
expect_json commitment_granted_without_the_proof '.application.decision.result' 准予
act clerk issue
expect_json commitment_issued '.state' issued
expect_json commitment_material_still_replaced '.application.materials[] | select(.id == "jcbg") | .status' replaced
expect_events commitment_events submit,accept,start_review,claim,opinion,decide,issue
submit '{"item":"'$FOOD'","applicant":'"$COMPANY"',"materials":{"sqb":true,"yyzz":true,"pmt":true,"glzd":true},"commitment":true}'
expect_json commitment_refused_where_item_has_none '.application.commitment' false
expect_json commitment_refusal_told_in_chinese \
    '.application.notice.lines | index("本事项不适用告知承诺制，按一般程序提交材料。") != null' true

# --- 补正: returned with the clock stopped, resubmitted -----------------------
submit '{"item":"'$FOOD'","applicant":'"$COMPANY"',"materials":{"sqb":true,"yyzz":true}}'
expect_json correction_notice_lists_everything \
    '[.application.notice.missing[].id, .application.notice.tolerable_missing[].id] | join(",")' pmt,glzd
act clerk accept
expect_error correction_incomplete_not_accepted 422 action_refused
expect_json correction_refusal_in_chinese '.error.details.zh' "不能受理。缺少必要材料：经营场所平面图及设备布局、工艺流程图"
act clerk return_for_correction '{"items":[{"name":"食品经营许可申请书","reason":"经营项目未填写"}],"reason":"请一次补齐后重新提交"}'
expect_status correction_returned 200
expect_json correction_state '.state + " " + .application.state_zh' "correction 补正中"
expect_json correction_clock_stopped '.application.clock.stopped' true
expect_json correction_stop_open '.application.clock.corrections | length == 1 and .[0].from != null and .[0].to == null' true
expect_json correction_not_a_deadline_stop '.application.clock.stops | length' 0
expect_due correction_told_within_5_days '.application.notice.late' false
expect_json correction_notice_has_the_missing_material \
    '.application.notice.lines | index("1. 经营场所平面图及设备布局、工艺流程图（缺少必要材料）") != null' true
expect_json correction_notice_has_the_clerks_finding \
    '.application.notice.lines | index("1. 食品经营许可申请书（经营项目未填写）") != null' true
expect_json correction_notice_said_once '.application.notice.lines | index("以上内容一次性告知，请补齐后重新提交。") != null' true
stopped_at=$(jq_body '.application.clock.corrections[0].from')
progress
expect_json correction_applicant_sees_stopped_clock '.state_zh + " " + (.stopped | tostring)' "补正中 true"
expect_json correction_applicant_sees_the_notice '.notice | index("二、窗口审核发现的问题：") != null' true
act clerk accept
expect_error correction_no_acceptance_meanwhile 409 action_refused
expect_json correction_state_refusal_in_chinese '.error.details.zh | startswith("办件当前状态为“补正中”，不能受理")' true
act_as_applicant resupply '{"materials":{"pmt":true,"glzd":true},"data":{"business":"餐饮服务"}}'
expect_status correction_resubmitted 200
expect_json correction_back_to_received '.state' submitted
expect_json correction_clock_restarted '.application.clock.stopped' false
expect_json correction_stop_closed ".application.clock.corrections[0] | .from == $stopped_at and .to >= .from" true
expect_json correction_notice_rechecked '.application.notice.ok and (.application.notice.missing | length == 0)' true
expect_json correction_form_merged '.application.form.business' 餐饮服务
act clerk accept
expect_json correction_then_accepted_normally '.state + " " + .application.mode' "accepted normal"
save cor
note_calendar
deadline $FOOD "$(jq_saved cor .application.clock.accepted_at)"
restore cor
# The limit counts from acceptance: the correction, before it, moves nothing.
expect_due correction_due_counts_from_acceptance '.application.clock.due' "$DUE"
expect_events correction_events submit,return_for_correction,resupply,accept
expect_json correction_resupplied_by_applicant '.events[2].actor' applicant
stop_server
