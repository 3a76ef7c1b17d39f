#!/usr/bin/env bash
# Staff sign-in on the routes: cookies that are HttpOnly and SameSite=Strict,
# CSRF on changes, a county administrator limited to their county, the
# operator over all, API tokens for machines, sign-out, and failed sign-ins
# that say nothing about which part was wrong.
. "$(dirname "$0")/lib.sh"
PW=correct-horse-battery
DB=$T/banshi.db
user() { "$BANSHI_BIN" user "$@" --db "$DB"; }
echo "$PW" | user add --county luannan --role county_admin --name 管理员 admin >/dev/null
echo "$PW" | user add --county luannan --role clerk --name 窗口 clerk1 >/dev/null
echo "$PW" | user add --role operator ops >/dev/null
start_server --log-level warn || exit 1

login() { # county username password [jar] -> cookie jar $T/jar.$2 (or $4), body
    req POST /api/v1/session -c "$T/jar.${4:-$2}" -H 'Content-Type: application/json' \
        --data-binary "{\"county\":\"$1\",\"username\":\"$2\",\"password\":\"$3\"}"
}
login luannan admin "$PW"
expect_status signin_succeeds 200
expect_json signin_names_role '.account.role' county_admin
csrf=$(jq -r .csrf_token "$T/body")
cookie=$(header Set-Cookie)
expect_true cookie_httponly_strict sh -c "echo '$cookie' | grep -q 'HttpOnly' && echo '$cookie' | grep -q 'SameSite=Strict'"
expect_true session_token_not_in_body sh -c "! grep -q \"$(echo "$cookie" | sed 's/^banshi_session=\([^;]*\).*/\1/')\" '$T/body'"
req GET /api/v1/session -b "$T/jar.admin"
expect_json whoami_with_cookie '.account.username' admin

req POST /api/v1/counties/luannan/reload -b "$T/jar.admin"
expect_error change_without_csrf_refused 403 csrf
req POST /api/v1/counties/luannan/reload -b "$T/jar.admin" -H "X-CSRF-Token: $csrf"
expect_json county_admin_reloads_own_county '.ok' true
req POST /api/v1/counties/daye/reload -b "$T/jar.admin" -H "X-CSRF-Token: $csrf"
expect_error county_admin_not_other_county 403 forbidden
req POST /api/v1/admin/reload -b "$T/jar.admin" -H "X-CSRF-Token: $csrf"
expect_error county_admin_not_whole_server 403 forbidden
req GET /api/v1/counties/luannan/versions -b "$T/jar.admin"
expect_status county_admin_sees_own_versions 200

login luannan clerk1 "$PW"
c2=$(jq -r .csrf_token "$T/body")
req POST /api/v1/counties/luannan/reload -b "$T/jar.clerk1" -H "X-CSRF-Token: $c2"
expect_error clerk_may_not_reload 403 forbidden

login '*' ops "$PW"
c3=$(jq -r .csrf_token "$T/body")
req POST /api/v1/admin/reload -b "$T/jar.ops" -H "X-CSRF-Token: $c3"
expect_status operator_reloads_all 200

login luannan admin wrong-password-123 fail
body1=$(cat "$T/body")
expect_error wrong_password_401 401 signin_failed
login luannan nobody "$PW" fail
expect_eq unknown_user_same_answer "$(cat "$T/body")" "$body1"
req POST /api/v1/counties/luannan/reload
expect_error anonymous_change_401 401 unauthorized

token=$(user token --county '*' --name ci --days 1 ops 2>/dev/null | tail -n 1)
req POST /api/v1/counties/daye/reload -H "Authorization: Bearer $token"
expect_json api_token_acts_as_operator_without_csrf '.ok' true
last=${token: -1}
if [ "$last" = 0 ]; then forged=${token%?}1; else forged=${token%?}0; fi
req POST /api/v1/counties/daye/reload -H "Authorization: Bearer $forged"
expect_error forged_token_401 401 unauthorized

# The county's administrator manages its staff through the API.
req POST /api/v1/counties/luannan/accounts -b "$T/jar.admin" -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' \
    --data-binary '{"username":"rev2","name":"审查员","role":"reviewer","departments":["budongchan"],"password":"'$PW'"}'
expect_status admin_adds_reviewer 201
req POST /api/v1/counties/luannan/accounts -b "$T/jar.admin" -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' --data-binary '{"username":"root2","role":"operator","password":"'$PW'"}'
expect_error admin_cannot_make_operators 403 forbidden
req POST /api/v1/counties/luannan/accounts -b "$T/jar.admin" -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' --data-binary '{"username":"rev2","role":"clerk","password":"'$PW'"}'
expect_error duplicate_account_409 409 account_refused
req GET /api/v1/counties/luannan/accounts -b "$T/jar.admin"
expect_json admin_lists_accounts '[.accounts[].username] | index("rev2") != null' true
expect_json list_has_no_secrets '[.accounts[] | keys[]] | map(select(test("hash|password"))) | length' 0
login luannan rev2 "$PW"
expect_status new_account_signs_in 200
req POST /api/v1/counties/luannan/accounts/rev2/disable -b "$T/jar.admin" -H "X-CSRF-Token: $csrf"
expect_status admin_disables 200
req GET /api/v1/session -b "$T/jar.rev2"
expect_error disabled_account_session_ends 401 unauthorized
req POST /api/v1/counties/luannan/accounts/rev2/password -b "$T/jar.admin" -H "X-CSRF-Token: $csrf" \
    -H 'Content-Type: application/json' --data-binary '{"password":"short"}'
expect_error short_password_refused_422 422 account_refused

req DELETE /api/v1/session -b "$T/jar.admin" -H "X-CSRF-Token: $csrf"
expect_status signout_204 204
req GET /api/v1/session -b "$T/jar.admin"
expect_error session_ends_at_signout 401 unauthorized
stop_server
