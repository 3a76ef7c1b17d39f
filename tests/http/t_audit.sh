#!/usr/bin/env bash
# The staff audit log: sign-ins (failed ones too), reloads and actions on
# applications are recorded with who, when and from where; the log refuses
# changes, and `banshi audit verify` finds a changed or deleted entry even
# when the refusal is bypassed.
. "$(dirname "$0")/lib.sh"
PW=correct-horse-battery
DB=$T/banshi.db
"$BANSHI_BIN" user add --county luannan --role county_admin --name 管理员 admin --db "$DB" <<<"$PW" >/dev/null
start_server --log-level warn || exit 1
req POST /api/v1/session -c "$T/jar" -H 'Content-Type: application/json' \
    --data-binary '{"county":"luannan","username":"admin","password":"'$PW'"}'
csrf=$(jq -r .csrf_token "$T/body")
req POST /api/v1/session -H 'Content-Type: application/json' \
    --data-binary '{"county":"luannan","username":"admin","password":"wrong-password-1"}'
req POST /api/v1/counties/luannan/reload -b "$T/jar" -H "X-CSRF-Token: $csrf"
expect_status reload_done 200
stop_server

"$BANSHI_BIN" audit list --db "$DB" >"$T/list.json"
expect_eq audit_lists_actions "$(jq -r '[.[].action] | reverse | join(",")' "$T/list.json")" \
    "account.add,signin,signin_failed,catalog.reload"
expect_eq audit_names_cli_actor "$(jq -r '.[3].actor | startswith("cli:")' "$T/list.json")" true
expect_eq audit_names_actor "$(jq -r '.[0].actor' "$T/list.json")" luannan/admin
expect_eq audit_names_address "$(jq -r '.[0].remote' "$T/list.json")" 127.0.0.1
"$BANSHI_BIN" audit verify --db "$DB" >"$T/v.out" 2>&1
expect_eq intact_log_verifies "$?" 0
expect_true verify_counts_entries grep -q 'intact: 4 entries' "$T/v.out"

sqlite3 "$DB" "update audit set actor = 'someone' where id = 2" 2>"$T/err"
expect_true log_refuses_update grep -q 'append-only' "$T/err"
sqlite3 "$DB" "delete from audit where id = 2" 2>"$T/err"
expect_true log_refuses_delete grep -q 'append-only' "$T/err"

cp "$DB" "$T/changed.db"
sqlite3 "$T/changed.db" "drop trigger audit_no_update; update audit set actor = 'someone' where id = 2"
"$BANSHI_BIN" audit verify --db "$T/changed.db" >"$T/v.out" 2>&1
expect_eq changed_entry_fails_verify "$?" 1
expect_true verify_names_changed_entry grep -q 'entry 2 .* was changed' "$T/v.out"
cp "$DB" "$T/deleted.db"
sqlite3 "$T/deleted.db" "drop trigger audit_no_delete; delete from audit where id = 2"
"$BANSHI_BIN" audit verify --db "$T/deleted.db" >"$T/v.out" 2>&1
expect_eq deleted_entry_fails_verify "$?" 1
expect_true verify_names_missing_entry grep -q 'entry 2 is missing' "$T/v.out"
