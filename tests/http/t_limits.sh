#!/usr/bin/env bash
# Connection limits: an idle connection is closed after --timeout, and past
# --max-connections new connections are refused while the server keeps
# answering the ones it has.
. "$(dirname "$0")/lib.sh"
ALLOW_ERRORS=1 # the fixture county "broken" fails to load on purpose
# With a pool of N threads libmicrohttpd divides the limit evenly among them;
# one thread makes the limit exact.
CATALOGS=tests/fixtures/http THREADS=1 start_server --timeout 2 --max-connections 4 || exit 1
port=${BASE##*:}

# An idle connection: no request at all, then nothing but EOF after ~2 s.
exec 3<>"/dev/tcp/127.0.0.1/$port"
start=$(date +%s%N)
got=$(timeout 5 cat <&3)
took_ms=$(( ($(date +%s%N) - start) / 1000000 ))
exec 3<&-
expect_true idle_connection_closed_by_timeout test "$took_ms" -lt 4000 -a -z "$got"

# A slow request that stops half way is closed too.
exec 4<>"/dev/tcp/127.0.0.1/$port"
printf 'GET /healthz HTTP/1.1\r\nHost: x\r\n' >&4
got=$(timeout 5 cat <&4)
exec 4<&-
expect_true stalled_request_closed_by_timeout test -z "$got"

# Fill the connection limit with idle sockets: one more is not served while
# they hold it (it waits in the listen backlog), and is served once the
# idle ones time out.
for fd in 5 6 7 8; do eval "exec $fd<>/dev/tcp/127.0.0.1/$port"; done
sleep 0.3 # let the server accept them
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 1 "$BASE/healthz")
expect_true connection_limit_holds_extra_back test "$code" != 200
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE/healthz")
expect_true extra_served_once_idle_ones_time_out test "$code" = 200
for fd in 5 6 7 8; do eval "exec $fd<&-"; done

# Request headers: 7 KB of cookies are served; 64 KB are refused with 431
# (libmicrohttpd's own answer: the pool of each connection is 16 KiB, see
# HTTP_CONN_MEMORY in core/http.c), and the server keeps answering.
big=$(head -c 7000 /dev/zero | tr '\0' a)
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: x=$big" "$BASE/healthz")
expect_true headers_of_7kb_served test "$code" = 200
big=$(head -c 65536 /dev/zero | tr '\0' a)
code=$(curl -s -o /dev/null -w '%{http_code}' -H "Cookie: x=$big" "$BASE/healthz")
expect_true headers_of_64kb_refused_431 test "$code" = 431
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz")
expect_true serving_after_big_headers test "$code" = 200
# A request line and headers that would leave no room in the pool for the
# reply are refused before anything runs, with a JSON answer: a long query
# string, and many short query arguments.
q=$(head -c 13000 /dev/zero | tr '\0' q)
req GET "/healthz?x=$q"
expect_error long_query_refused_431 431 request_head_too_large
args=$(for i in $(seq 170); do printf 'a%d=1&' "$i"; done)
req GET "/healthz?$args"
expect_error many_arguments_refused_431 431 request_head_too_large
# Far more arguments than the pool holds: libmicrohttpd gives up on the
# request itself (no answer); nothing runs and the server keeps serving.
args=$(for i in $(seq 400); do printf 'a%d=1&' "$i"; done)
code=$(curl -s -o /dev/null -w '%{http_code}' "$BASE/healthz?$args")
expect_true far_too_many_arguments_not_served test "$code" != 200
req GET "/healthz?x=$(head -c 8000 /dev/zero | tr '\0' q)"
expect_status query_of_8kb_served 200
stop_server
