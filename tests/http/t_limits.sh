#!/usr/bin/env bash
# Connection limits: an idle connection is closed after --timeout, and past
# --max-connections new connections are refused while the server keeps
# answering the ones it has.
. "$(dirname "$0")/lib.sh"
CATALOGS=tests/fixtures/http ALLOW_ERRORS=1 start_server --timeout 1 --max-connections 4 || exit 1
port=${BASE##*:}

# An idle connection: no request at all, then nothing but EOF after ~1 s.
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

# Fill the connection limit with idle sockets; one more is turned away.
for fd in 5 6 7 8; do eval "exec $fd<>/dev/tcp/127.0.0.1/$port"; done
code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$BASE/healthz")
expect_true connection_limit_refuses_extra test "$code" != 200
for fd in 5 6 7 8; do eval "exec $fd<&-"; done
sleep 1.5
req GET /healthz
expect_status serving_again_after_limit 200
stop_server
