#!/usr/bin/env bash
# Applications (办件) open to the public: online submission with the one-time
# notification, refusals that list every problem, progress by number and
# query code, unique numbers under concurrent submissions, and every
# acknowledged submission surviving kill -9.
. "$(dirname "$0")/lib.sh"
start_server || exit 1
A=/api/v1/counties/luannan/applications
ITEM=000106102000
GOOD='{"item":"'$ITEM'","applicant":{"kind":"自然人","name":"张三","id_number":"11010519491231002X","phone":"13800000000"},"data":{"use":"住宅"},"materials":{"sqb":true}}'

req_json POST $A "$GOOD"
expect_status submission_received 201
expect_json number_is_impl_code_date_serial '.number | test("^[0-9A-Z]{31}20[0-9]{6}[0-9]{4}$")' true
expect_json number_starts_with_impl_code '(.number[0:31]) == .application.item.impl_code' true
expect_json query_code_given '.query_code | test("^[2-9A-HJKMNP-Z]{8}$")' true
expect_json received_state '.state' submitted
expect_json notice_lists_missing_materials '.application.notice.missing | length > 0' true
expect_json notice_printable_in_chinese '.application.notice.lines | map(select(test("一次性告知"))) | length' 1
expect_json fee_computed_by_rule '.application.fee.amount' 80
expect_json pinned_to_catalogue_version '.application.version | length' 64
number=$(jq -r .number "$T/body")
code=$(jq -r .query_code "$T/body")

req GET "$A/$number?code=$code"
expect_status progress_with_code 200
expect_json progress_state_in_chinese '.state_zh' 已收件
expect_json progress_masks_applicant '.applicant' '张*'
expect_json progress_hides_data '.application == null and .materials == null' true
req GET "$A/$number?code=ZZZZZZZZ"
expect_error wrong_code_same_as_unknown 404 application_not_found
req GET "$A/${number:0:39}9999?code=$code"
expect_error unknown_number_is_404 404 application_not_found
req GET "$A/$number"
expect_error progress_without_code_needs_signin 401 unauthorized

req_json POST $A '{"item":"'$ITEM'","applicant":{"kind":"自然人","name":"","id_number":"110105194912310021"}}'
expect_status invalid_applicant_refused 422
expect_json refusal_lists_every_problem '.error.details.problems | length >= 3' true
expect_json refusal_in_chinese_too '.error.details.zh | test("校验码")' true
req_json POST $A '{"item":"999999999999","applicant":{"kind":"自然人","name":"张三","id_number":"11010519491231002X","phone":"1"}}'
expect_true unknown_item_refused test "$STATUS" -ge 400 -a "$STATUS" -lt 500
req_json POST $A '{"item":'
expect_error malformed_submission_is_400 400 bad_json
req_json POST $A '["not", "an", "object"]'
expect_error submission_not_an_object_is_400 400 bad_json
expect_true nothing_stored_for_refusals test "$(sqlite3 "$T/banshi.db" 'select count(*) from applications')" = 1

# Concurrent submissions: 4 clients x 50, every number unique.
pids=()
for c in 1 2 3 4; do
    curl -s -X POST -H 'Content-Type: application/json' --data-binary "$GOOD" \
        "$BASE$A?n=[1-50]" -w '\n' >"$T/c$c.out" &
    pids+=($!)
done
wait "${pids[@]}"
cat "$T"/c*.out | grep '^{' | jq -r .number >"$T/numbers"
expect_eq concurrent_all_acknowledged "$(wc -l <"$T/numbers")" 200
expect_eq concurrent_numbers_unique "$(sort -u "$T/numbers" | wc -l)" 200
expect_eq events_one_per_application "$(sqlite3 "$T/banshi.db" 'select count(*) from application_events')" 201

# kill -9 while clients submit: every acknowledged number is there after.
pids=()
for c in 1 2 3 4; do
    curl -s -X POST -H 'Content-Type: application/json' --data-binary "$GOOD" \
        "$BASE$A?n=[1-3000]" -w '\n' >"$T/k$c.out" 2>/dev/null &
    pids+=($!)
done
# Let at least 50 be acknowledged (much later under valgrind), then kill.
for _ in $(seq 300); do
    [ "$(cat "$T"/k*.out 2>/dev/null | grep -c '^{"number"')" -gt 50 ] && break
    sleep 0.1
done
sleep 0.3
kill -9 "$SERVER_PID"
wait "$SERVER_PID" 2>/dev/null
SERVER_PID=
wait "${pids[@]}" 2>/dev/null
cat "$T"/k*.out | grep '^{"number"' | jq -r .number | sort >"$T/acked"
acked=$(wc -l <"$T/acked")
expect_true some_submissions_acknowledged_before_kill test "$acked" -gt 50
start_server || exit 1
sqlite3 "$T/banshi.db" 'select number from applications' | sort >"$T/stored"
lost=$(comm -23 "$T/acked" "$T/stored" | wc -l)
expect_eq no_acknowledged_submission_lost "$lost" 0
echo "kill -9 after $acked acknowledged submissions: $lost lost" >&2
n=$(head -n 1 "$T/acked")
qc=$(cat "$T"/k*.out | grep "\"$n\"" | jq -r .query_code)
req GET "$A/$n?code=$qc"
expect_json acknowledged_submission_readable_after_restart '.state' submitted
stop_server
