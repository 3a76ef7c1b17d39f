#!/usr/bin/env bash
# serve --config FILE: the settings file docs/operations.md shows works as
# written, comments after a value included; a bad line is named by file:line.
. "$(dirname "$0")/lib.sh"

# The example of docs/operations.md ("Options"), without listen (the test
# picks a free port), plus a key spelt with a dash and a whole-line comment.
cat >"$T/banshi.conf" <<'EOF'
# banshi settings
threads = 4
lua_memory = 128        # MiB per county state
lua-instructions = 50000000
lua_seconds = 2
log_level = warn
EOF
CATALOGS=tests/fixtures/http
ALLOW_ERRORS=1 # the fixtures hold a county that cannot load, on purpose
start_server --config "$T/banshi.conf" || exit 1
req GET /metrics
expect_true config_comment_after_value_ignored \
    grep -q 'banshi_lua_memory_budget_bytes{county="alpha"} 134217728' "$T/body"
req GET /healthz
expect_status config_server_answers 200
expect_true config_log_level_applies test "$(grep -c '"event":"request"' "$T/server.log")" -eq 0
stop_server

# A '#' inside a value (a path) is part of it: only '#' after a blank starts a comment.
mkdir -p "$T/cat#1"
cp -r tests/fixtures/http/alpha tests/fixtures/http/base "$T/cat#1/"
printf 'catalogs = %s   # the copy\n' "$T/cat#1" >"$T/hash.conf"
start_server --config "$T/hash.conf" || exit 1
req GET /api/v1/counties
expect_json config_hash_in_path_kept '[.counties[].id] | join(",")' "alpha"
stop_server hash_server_stops

# A setting that is wrong stops the start with the file and line.
printf 'threads = 4\nlua_memory = lots   # not a number\n' >"$T/bad.conf"
"$BANSHI_BIN" serve --config "$T/bad.conf" --db "$T/bad.db" >"$T/bad.out" 2>&1
expect_eq config_bad_value_refused $? 2
expect_true config_bad_value_names_line grep -q "bad.conf:2: bad value for lua_memory" "$T/bad.out"
printf 'lua_memroy = 128\n' >"$T/typo.conf"
"$BANSHI_BIN" serve --config "$T/typo.conf" --db "$T/bad.db" >"$T/typo.out" 2>&1
expect_true config_unknown_key_named grep -q "typo.conf:1: unknown setting 'lua_memroy'" "$T/typo.out"
