#!/usr/bin/env bash
# Reloading while clients read and submit: 100 reloads of one county
# alternate between two versions while four clients keep listing its items
# and two keep submitting applications. Every request must succeed, every
# answer must come from one whole generation (the version it names always
# goes with that version's promised limit), and every acknowledged
# submission is stored, pinned to one of the two versions.
. "$(dirname "$0")/lib.sh"
cp -r tests/fixtures/http "$T/cat"
rm -rf "$T/cat/broken" "$T/cat/escape"
TOKEN=operator-token-for-tests-0123456789
printf '%s\n' "$TOKEN" >"$T/token"
AUTH=(-H "Authorization: Bearer $TOKEN")
CATALOGS=$T/cat start_server --admin-token-file "$T/token" --log-level warn || exit 1
F="$T/cat/alpha/catalog.lua"

# The two versions and the limit each one publishes.
req POST /api/v1/counties/alpha/reload "${AUTH[@]}"
va=$(jq -r '.version[0:12]' "$T/body")
sed -i 's/promised_limit = 10,/promised_limit = 9,/' "$F"
req POST /api/v1/counties/alpha/reload "${AUTH[@]}"
vb=$(jq -r '.version[0:12]' "$T/body")
expect_true two_distinct_versions test "$va" != "$vb"

APP='{"item":"000001000001","applicant":{"kind":"自然人","name":"张三","id_number":"11010519491231002X","phone":"13800000000"},"data":{"members":60},"materials":{}}'
submitters=()
for c in 1 2; do
    curl -s -X POST -H 'Content-Type: application/json' --data-binary "$APP" \
        -w '\n%{http_code}\n' "$BASE/api/v1/counties/alpha/applications?n=[1-400]" >"$T/sub$c.out" &
    submitters+=($!)
done
clients=()
for c in 1 2 3 4; do
    curl -s -w '\n%{http_code}\n' "$BASE/api/v1/counties/alpha/items?per_page=1&n=[1-2500]" \
        >"$T/client$c.out" 2>/dev/null &
    clients+=($!)
done
failed_reloads=0
for i in $(seq 1 100); do
    if [ $((i % 2)) = 1 ]; then
        sed -i 's/promised_limit = 9,/promised_limit = 10,/' "$F"
    else
        sed -i 's/promised_limit = 10,/promised_limit = 9,/' "$F"
    fi
    code=$(curl -s -o /dev/null -w '%{http_code}' -X POST "${AUTH[@]}" "$BASE/api/v1/counties/alpha/reload")
    [ "$code" = 200 ] || failed_reloads=$((failed_reloads + 1))
done
wait "${clients[@]}" "${submitters[@]}"
expect_eq hundred_reloads_succeed "$failed_reloads" 0
cat "$T"/client*.out >"$T/all.out"
total=$(grep -c '^[0-9][0-9][0-9]$' "$T/all.out")
ok=$(grep -c '^200$' "$T/all.out")
expect_eq ten_thousand_reads_answered "$total" 10000
expect_eq zero_failed_reads "$ok" "$total"
grep '^{' "$T/all.out" | jq -r '"\(.version) \(.items[0].promised_limit)"' | sort | uniq -c >"$T/pairs"
cat "$T/pairs" >&2
bad=$(awk -v a="$va" -v b="$vb" '!(($2 == a && $3 == 10) || ($2 == b && $3 == 9)) {n += $1} END {print n + 0}' "$T/pairs")
expect_eq every_answer_from_one_generation "$bad" 0
expect_true both_generations_were_served test "$(wc -l <"$T/pairs")" -ge 2
cat "$T"/sub*.out >"$T/subs"
expect_eq eight_hundred_submissions_acknowledged "$(grep -c '^201$' "$T/subs")" 800
stored=$(sqlite3 "$T/banshi.db" "select count(*) from applications where county = 'alpha'")
expect_eq every_acknowledged_submission_stored "$stored" 800
pinned=$(sqlite3 "$T/banshi.db" "select count(distinct catalog_version) from applications")
expect_true submissions_pinned_to_the_versions_served test "$pinned" -ge 1 -a "$pinned" -le 2
req GET /metrics
expect_true reloads_counted_on_metrics grep -q 'banshi_catalog_reloads_total{county="alpha"} 10[2-9]' "$T/body"
stop_server
