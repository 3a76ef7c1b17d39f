#!/usr/bin/env bash
# Reloads and versions: an unchanged reload is a no-op, a changed one swaps,
# a broken one changes nothing and lists every error with file:line; SIGHUP
# reloads all; a county whose files break while the server is down comes
# back on its last active version from the database.
. "$(dirname "$0")/lib.sh"
# Some cases here provoke errors on purpose (a county that cannot load,
# rules over budget), so the log may hold errors.
ALLOW_ERRORS=1
cp -r tests/fixtures/http "$T/cat"
rm -rf "$T/cat/broken" "$T/cat/escape"
TOKEN=operator-token-for-tests-0123456789
printf '%s\n' "$TOKEN" >"$T/token"
AUTH=(-H "Authorization: Bearer $TOKEN")
CATALOGS=$T/cat start_server --admin-token-file "$T/token" || exit 1

req POST /api/v1/counties/alpha/reload
expect_error reload_needs_token 401 unauthorized
req POST /api/v1/counties/alpha/reload -H "Authorization: Bearer wrong-token-wrong-token-00"
expect_error reload_refuses_wrong_token 401 unauthorized
req POST /api/v1/counties/alpha/reload "${AUTH[@]}"
expect_status reload_unchanged_ok 200
expect_json reload_unchanged_is_noop '.changed' false
v1=$(jq -r .version "$T/body")

sed -i 's/promised_limit = 10,/promised_limit = 8,/' "$T/cat/alpha/catalog.lua"
req POST /api/v1/counties/alpha/reload "${AUTH[@]}"
expect_json reload_changed_swaps '.changed' true
v2=$(jq -r .version "$T/body")
expect_true new_version_differs test "$v1" != "$v2"
req GET /api/v1/counties/alpha/items/000001000001
expect_json new_generation_serves_new_limit '.promised_limit' 8

sed -i 's/promised_limit = 8,/promised_limit = 80,/' "$T/cat/alpha/catalog.lua"
sed -i 's/case_type = "承诺件",/case_type = "承诺件件",/' "$T/cat/alpha/catalog.lua"
req POST /api/v1/counties/alpha/reload "${AUTH[@]}"
expect_status broken_reload_is_422 422
expect_json broken_reload_lists_all_errors '(.errors | length) >= 2' true
expect_json broken_reload_names_file_line '[.errors[] | .file] | unique | join(",")' alpha/catalog.lua
expect_json broken_reload_names_field '[.errors[] | .field] | index("promised_limit") != null' true
expect_json broken_reload_message_has_no_trailing_newline '.message | endswith("\n")' false
"$BANSHI_BIN" reload alpha --server "${BASE#http://}" --token-file "$T/token" >"$T/cli.out" 2>&1
expect_true cli_broken_reload_ends_its_last_line test -z "$(tail -c 1 "$T/cli.out")"
req GET /api/v1/counties/alpha/items/000001000001
expect_json old_generation_keeps_serving '.promised_limit' 8

req GET /api/v1/counties/alpha/versions "${AUTH[@]}"
expect_json versions_listed '.versions | length' 2
expect_json active_version_marked "[.versions[] | select(.active) | .version] | join(\",\")" "$v2"

sed -i 's/promised_limit = 80,/promised_limit = 7,/; s/承诺件件/承诺件/' "$T/cat/alpha/catalog.lua"
kill -HUP "$SERVER_PID"
for _ in $(seq 50); do
    req GET /api/v1/counties/alpha/items/000001000001
    [ "$(jq -r .promised_limit "$T/body")" = 7 ] && break
    sleep 0.1
done
expect_json sighup_reloads '.promised_limit' 7
"$BANSHI_BIN" reload alpha --server "${BASE#http://}" --token-file "$T/token" >"$T/cli.out" 2>&1
expect_true cli_reload_one_county grep -q '^alpha: unchanged, still version' "$T/cli.out"
"$BANSHI_BIN" reload --server "${BASE#http://}" --token-file "$T/token" >"$T/cli.out" 2>&1
expect_true cli_reload_all_counties grep -q '^beta: unchanged' "$T/cli.out"
"$BANSHI_BIN" reload alpha --server "${BASE#http://}" >"$T/cli.out" 2>&1
expect_true cli_reload_without_token_fails test $? -ne 0
req GET /metrics
expect_true reloads_counted grep -q 'banshi_catalog_reload_failures_total{county="alpha"} 2' "$T/body"

# Diff: what a reload would change, per item and field.
sed -i 's/promised_limit = 7,/promised_limit = 6,/' "$T/cat/alpha/catalog.lua"
req GET "/api/v1/counties/alpha/diff" "${AUTH[@]}"
expect_status diff_answers 200
expect_json diff_names_item_and_field '.changed[0].code + " " + .changed[0].fields[0].field' "000001000001 promised_limit"
expect_json diff_gives_from_and_to '"\(.changed[0].fields[0].from)->\(.changed[0].fields[0].to)"' "7->6"
expect_json diff_nothing_added '.added | length' 0
"$BANSHI_BIN" diff alpha --server "${BASE#http://}" --token-file "$T/token" >"$T/cli.out" 2>&1
expect_true cli_diff_shows_field grep -q 'promised_limit: 7 -> 6' "$T/cli.out"
req GET "/api/v1/counties/alpha/diff?from=${v1:0:12}&to=current" "${AUTH[@]}"
expect_json diff_between_stored_versions '.changed[0].fields[0].from' 10
req GET "/api/v1/counties/alpha/diff?from=deadbeefdeadbeef" "${AUTH[@]}"
expect_json diff_unknown_version_message_is_one_line '.error.message' "county alpha has no stored version deadbeefdeadbeef"
sed -i 's/promised_limit = 6,/promised_limit = 7,/' "$T/cat/alpha/catalog.lua"

# Rollback to a stored version, and forward again.
req POST "/api/v1/counties/alpha/versions/${v1:0:12}/activate" "${AUTH[@]}"
expect_json rollback_swaps '.changed' true
req GET /api/v1/counties/alpha/items/000001000001
expect_json rolled_back_generation_serves '.promised_limit' 10
req POST "/api/v1/counties/alpha/versions/${v1:0:12}/activate" "${AUTH[@]}"
expect_json rollback_to_serving_version_is_noop '.changed' false
req POST "/api/v1/counties/alpha/versions/deadbeefdeadbeef/activate" "${AUTH[@]}"
expect_error rollback_to_unknown_version_refused 422 rollback_failed
expect_json rollback_message_is_one_line '.error.message' "county alpha has no stored version deadbeefdeadbeef"
"$BANSHI_BIN" rollback alpha deadbeefdeadbeef --server "${BASE#http://}" --token-file "$T/token" >"$T/cli.out" 2>&1
expect_true cli_rollback_refusal_is_one_line test "$(wc -l <"$T/cli.out")" -eq 1
req POST "/api/v1/counties/alpha/versions/xyz/activate" "${AUTH[@]}"
expect_error rollback_version_grammar_checked 422 rollback_failed
"$BANSHI_BIN" rollback alpha "${v2:0:12}" --server "${BASE#http://}" --token-file "$T/token" >"$T/cli.out" 2>&1
expect_true cli_rollback grep -q "^alpha: now serving version ${v2:0:12}" "$T/cli.out"
req GET /api/v1/counties/alpha/items/000001000001
expect_json cli_rollback_took_effect '.promised_limit' 8
"$BANSHI_BIN" versions alpha --server "${BASE#http://}" --token-file "$T/token" >"$T/cli.out" 2>&1
expect_true cli_versions_marks_active grep -q "^\* ${v2:0:12}" "$T/cli.out"
expect_true cli_versions_lists_all test "$(wc -l <"$T/cli.out")" -eq 3
stop_server

# The files break while the server is down: it comes back on the stored version.
echo 'this is not lua' >"$T/cat/alpha/zz_broken.lua"
CATALOGS=$T/cat DB=$T/banshi.db start_server || exit 1
req GET /api/v1/counties/alpha/items/000001000001
expect_json restart_falls_back_to_stored_version '.promised_limit' 8
grep -q 'zz_broken.lua:1' "$T/server.log"
expect_true startup_error_names_file_line test $? -eq 0
stop_server restarted_server_stops
