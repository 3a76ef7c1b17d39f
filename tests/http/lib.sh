# tests/http/lib.sh: black-box HTTP testing against a real banshi process.
#
# A test file sources this, starts a server on a free loopback port with a
# temporary database, makes requests with curl and states what must hold:
#   start_server [serve options...]   (CATALOGS=dir to change the catalogues;
#                                     the default is $SAMPLES, below)
#   req METHOD PATH [curl args...]    sets STATUS; the body is in $T/body
#   expect_status NAME CODE           PASS/FAIL line
#   expect_eq NAME ACTUAL EXPECTED
#   expect_json NAME JQ_FILTER EXPECTED   (jq -r FILTER on the last body)
#   expect_true NAME COMMAND...
#   stop_server                       SIGTERM, expect exit 0 (within STOP_WAIT
#                                     seconds, default 120) and no error logged
#   set_plugins FILE 'LUA'            the catalogue FILE (a sample's copy)
#                                     enables the plugins of the Lua table LUA
#   fixture_plugins 'LUA'             the samples in $T/cat (CAT: luannan's
#                                     catalogue, enabling LUA) and the test
#                                     plugins of tests/fixtures in $T/plugins
# Every case prints "PASS name" or "FAIL name: why".
set -u
cd "$(dirname "${BASH_SOURCE[0]}")/../.." || exit 2
BANSHI_BIN=${BANSHI_BIN:-build/banshi}
case $BANSHI_BIN in /*) ;; *) BANSHI_BIN=$PWD/$BANSHI_BIN ;; esac
T=$(mktemp -d "${TMPDIR:-/tmp}/banshi-http.XXXXXX")
STATUS=0
SERVER_PID=
BASE=
ALLOW_ERRORS=${ALLOW_ERRORS:-}

cleanup_lib() {
    if [ -n "$SERVER_PID" ] && kill -0 "$SERVER_PID" 2>/dev/null; then
        kill -KILL "$SERVER_PID" 2>/dev/null
    fi
    rm -rf "$T"
}
trap cleanup_lib EXIT

# The sample catalogues as the tests serve them: SAMPLES, a copy of
# catalogs/ whose base calendar also covers, as plain weekends, the years
# from last year to two years ahead that the samples do not declare yet.
# That is test data, not a State Council schedule: it keeps deadlines
# counted near the end of a year (or on a clock moved ahead) from depending
# on the day the tests run. `banshi check catalogs` still checks the
# samples themselves.
SAMPLES=$T/samples
cp -r catalogs "$SAMPLES"
this_year=$(date +%Y)
for y in $((this_year - 1)) "$this_year" $((this_year + 1)) $((this_year + 2)); do
    grep -q "year = $y," catalogs/base/calendar.lua ||
        printf '\n-- test data: weekends only\ncalendar { year = %d, rest = {}, work = {} }\n' "$y" \
            >>"$SAMPLES/base/calendar.lua"
done

pass() { echo "PASS $1"; }
fail() {
    echo "FAIL $1: $2"
    {
        echo "--- $1: status $STATUS, body:"
        head -c 600 "$T/body" 2>/dev/null
        echo
    } >&2
}

# start_server [options]: starts banshi, waits until it listens, sets BASE.
start_server() {
    local wait_s=20 pre=()
    if [ -n "${BANSHI_VALGRIND:-}" ]; then
        pre=(valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite)
        wait_s=180
    fi
    : >"$T/stdout"
    "${pre[@]}" "$BANSHI_BIN" serve --listen 127.0.0.1:0 --db "${DB:-$T/banshi.db}" \
        --catalogs "${CATALOGS:-$SAMPLES}" --threads "${THREADS:-2}" "$@" \
        >"$T/stdout" 2>>"$T/server.log" &
    SERVER_PID=$!
    local i=0
    while [ $i -lt $((wait_s * 20)) ]; do
        if grep -q 'listening on http://' "$T/stdout"; then
            BASE=$(sed -n 's|.*listening on \(http://[^/]*\)/.*|\1|p' "$T/stdout" | head -n 1)
            return 0
        fi
        if ! kill -0 "$SERVER_PID" 2>/dev/null; then
            echo "FAIL server_starts: banshi exited before listening" 
            tail -n 20 "$T/server.log" >&2
            SERVER_PID=
            return 1
        fi
        sleep 0.05
        i=$((i + 1))
    done
    echo "FAIL server_starts: banshi did not listen within ${wait_s}s"
    return 1
}

# stop_server [NAME]: SIGTERM; the server must exit 0 and log no error.
stop_server() {
    local name=${1:-server_stops_cleanly}
    [ -n "$SERVER_PID" ] || return 0
    kill -TERM "$SERVER_PID"
    # A county state held for ever (a script running out of every budget)
    # would hold the shutdown too: after STOP_WAIT seconds it is killed.
    local rc=0 waited=0
    while kill -0 "$SERVER_PID" 2>/dev/null && [ $waited -lt $((${STOP_WAIT:-120} * 10)) ]; do
        sleep 0.1
        waited=$((waited + 1))
    done
    if kill -0 "$SERVER_PID" 2>/dev/null; then
        echo "FAIL ${name}_in_time: still running ${STOP_WAIT:-120}s after SIGTERM; killed"
        kill -KILL "$SERVER_PID" 2>/dev/null
    fi
    wait "$SERVER_PID" || rc=$?
    SERVER_PID=
    if [ "$rc" -eq 0 ]; then pass "$name"; else
        echo "FAIL $name: exit status $rc"
        tail -n 20 "$T/server.log" >&2
    fi
    if [ -z "$ALLOW_ERRORS" ]; then
        if grep -q '"level":"error"' "$T/server.log"; then
            echo "FAIL ${name}_no_error_logged: the server logged an error"
            grep '"level":"error"' "$T/server.log" | head -n 5 >&2
        else
            pass "${name}_no_error_logged"
        fi
    fi
}

# req METHOD PATH [curl args...]
req() {
    local method=$1 path=$2
    shift 2
    STATUS=$(curl -s -g -o "$T/body" -D "$T/headers" -w '%{http_code}' -X "$method" \
        --max-time 30 "$@" "$BASE$path")
}

# req_json METHOD PATH JSON: a request with a JSON body.
req_json() {
    local method=$1 path=$2 body=$3
    shift 3
    req "$method" "$path" -H 'Content-Type: application/json' --data-binary "$body" "$@"
}

header() { # header NAME: the last response's header value
    grep -i "^$1:" "$T/headers" | head -n 1 | sed 's/^[^:]*: *//' | tr -d '\r'
}

expect_status() {
    if [ "$STATUS" = "$2" ]; then pass "$1"; else fail "$1" "status $STATUS, wanted $2"; fi
}

expect_eq() {
    if [ "$2" = "$3" ]; then pass "$1"; else fail "$1" "got '$2', wanted '$3'"; fi
}

expect_json() {
    local got
    got=$(jq -r "$2" "$T/body" 2>/dev/null)
    if [ "$got" = "$3" ]; then pass "$1"; else fail "$1" "$2 is '$got', wanted '$3'"; fi
}

expect_true() {
    local name=$1
    shift
    if "$@"; then pass "$name"; else fail "$name" "condition failed: $*"; fi
}

# An error answer has the documented shape and code.
expect_error() { # NAME STATUS CODE
    if [ "$STATUS" = "$2" ] && [ "$(jq -r '.error.code' "$T/body" 2>/dev/null)" = "$3" ] &&
        [ -n "$(jq -r '.error.message // empty' "$T/body" 2>/dev/null)" ]; then
        pass "$1"
    else
        fail "$1" "wanted $2 with error code $3"
    fi
}

set_plugins() { # FILE 'LUA': FILE's plugins = { ... } (one line or several)
    # becomes plugins = LUA, after office_close; LUA holds no / or &
    local cat=$1
    awk '/^  plugins = \{$/ { skip = 1; next }
        skip { if (/^  \},$/) skip = 0; next }
        /^  plugins = / { next }
        { print }' "$cat" >"$cat.new" && mv "$cat.new" "$cat"
    sed -i "s/^  office_close = \"17:30\",/&\n  plugins = $2,/" "$cat"
}

fixture_plugins() { # 'LUA': luannan's plugins = LUA
    cp -r "$SAMPLES" "$T/cat"
    cp -r tests/fixtures/plugins "$T/plugins"
    CAT=$T/cat/luannan/catalog.lua
    set_plugins "$CAT" "$1"
}
