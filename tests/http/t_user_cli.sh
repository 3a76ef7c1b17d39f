#!/usr/bin/env bash
# banshi user: accounts are added, listed, disabled and given API tokens
# directly in a database file, the password read from a pipe; errors are
# clear and secrets never reach the file in the clear. No server needed.
. "$(dirname "$0")/lib.sh"
if ! "$BANSHI_BIN" user --help >/dev/null 2>&1; then
    echo "SKIP user_cli: this banshi has no user command yet"
    exit 0
fi
DB=$T/users.db
PW='a long enough password'
user() { "$BANSHI_BIN" user "$@" --db "$DB"; }

echo "$PW" | user add --county luannan --role reviewer --department minzheng \
    --department renshe --name 张三 zhangsan >"$T/out" 2>"$T/err"
expect_eq add_reviewer_succeeds "$?" 0
expect_true add_says_what_it_did grep -q 'created reviewer luannan/zhangsan' "$T/out"
echo "$PW" | user add --role operator root >/dev/null 2>&1
expect_eq add_operator_defaults_to_all_counties "$?" 0
# On a fresh clone var/ does not exist yet: the first account creates the
# folder and the database (README, "Start").
echo "$PW" | "$BANSHI_BIN" user add --county luannan --role clerk wangfang --db "$T/var/banshi.db" >/dev/null 2>"$T/err"
expect_eq add_creates_missing_db_folder "$?" 0
expect_true add_made_the_database test -s "$T/var/banshi.db"
"$BANSHI_BIN" user list --db "$T/nowhere/banshi.db" >/dev/null 2>"$T/err"
expect_eq list_does_not_create_a_database "$?" 1
expect_true list_leaves_no_folder test ! -e "$T/nowhere"

user list --json >"$T/body"
expect_json list_json_has_both 'length' 2
expect_json list_json_shows_operator_county '.[0].county' '*'
expect_json list_json_shows_username '.[1].username' zhangsan
expect_json list_json_shows_display '.[1].display' 张三
expect_json list_json_shows_departments '.[1].departments | join(",")' minzheng,renshe
expect_json list_json_has_no_secret '[.[] | keys[]] | map(select(test("hash|password"))) | length' 0
user list --county luannan >"$T/list.txt"
expect_true list_table_shows_account grep -q 'luannan  *zhangsan  *reviewer  *active  *minzheng,renshe  *张三' "$T/list.txt"
expect_eq list_table_filters_county "$(grep -c root "$T/list.txt")" 0

echo short-pw | user add --county luannan --role clerk wangwu >/dev/null 2>"$T/err"
expect_eq short_password_refused "$?" 1
expect_true short_password_says_why grep -q 'at least 10 characters' "$T/err"
echo "$PW" | user add --county luannan --role clerk zhangsan >/dev/null 2>"$T/err"
expect_eq duplicate_refused "$?" 1
expect_true duplicate_says_why grep -q 'already has an account named zhangsan' "$T/err"
echo "$PW" | user add --county luannan --role boss wangwu >/dev/null 2>"$T/err"
expect_eq unknown_role_is_usage_error "$?" 2
echo "$PW" | user add --county luannan --role clerk Wang >/dev/null 2>"$T/err"
expect_eq bad_username_is_usage_error "$?" 2
echo "$PW" | user add --county luannan --role reviewer lisi >/dev/null 2>"$T/err"
expect_eq reviewer_needs_department "$?" 1
user add --county luannan --role clerk wangwu </dev/null >/dev/null 2>"$T/err"
expect_eq missing_password_refused "$?" 1
"$BANSHI_BIN" user list --db "$T/none.db" >/dev/null 2>"$T/err"
expect_eq missing_database_refused "$?" 1
expect_true missing_database_named grep -q "no database at $T/none.db" "$T/err"
expect_true missing_database_not_created test ! -e "$T/none.db"

tok=$(user token --county luannan zhangsan --name ci --days 30 2>"$T/err")
expect_eq token_created "$?" 0
expect_true token_is_64_hex_characters grep -qxE '[0-9a-f]{64}' <<<"$tok"
expect_true token_shown_once_warning grep -q 'shown only this once' "$T/err"
user token --county luannan nobody --name ci >/dev/null 2>"$T/err"
expect_eq token_for_unknown_account_refused "$?" 1

user disable --county luannan zhangsan >/dev/null
expect_eq disable_succeeds "$?" 0
user list --json >"$T/body"
expect_json disabled_is_listed '.[1].disabled' true
user enable --county luannan zhangsan >/dev/null
user list --json >"$T/body"
expect_json enabled_again '.[1].disabled' false
echo 'another long password' | user passwd --county luannan zhangsan >/dev/null
expect_eq passwd_succeeds "$?" 0
echo 'another long password' | user passwd --county luannan nobody >/dev/null 2>"$T/err"
expect_eq passwd_unknown_account_refused "$?" 1

expect_true password_not_in_database_file bash -c "! grep -qaF '$PW' '$DB'*"
expect_true new_password_not_in_database_file bash -c "! grep -qaF 'another long password' '$DB'*"
expect_true token_not_in_database_file bash -c "! grep -qaF '$tok' '$DB'*"

for c in add passwd disable enable list token; do
    "$BANSHI_BIN" user "$c" --help >"$T/out"
    expect_true "help_$c" grep -q "usage: banshi user" "$T/out"
done
"$BANSHI_BIN" user frobnicate >/dev/null 2>&1
expect_eq unknown_subcommand_is_usage_error "$?" 2
