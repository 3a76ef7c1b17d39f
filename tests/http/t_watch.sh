#!/usr/bin/env bash
# serve --watch: a changed catalogue file reloads its county after the
# debounce; a burst of saves is one reload; a broken save keeps the old
# generation serving, and fixing it reloads again.
. "$(dirname "$0")/lib.sh"
cp -r "$SAMPLES" "$T/cat"
CATALOGS=$T/cat start_server --log-level info --watch=200 || exit 1
version() { req GET /api/v1/counties; jq -r '.counties[] | select(.id == "luannan") | .version' "$T/body"; }
wait_version_not() { # old -> new version on stdout, or the old one after 10 s
    local v
    for _ in $(seq 100); do
        v=$(version)
        [ "$v" != "$1" ] && break
        sleep 0.1
    done
    echo "$v"
}
F=$T/cat/luannan/items/budongchan.lua
v0=$(version)
sed -i '0,/promised_limit = 3,/s//promised_limit = 2,/' "$F"
v1=$(wait_version_not "$v0")
expect_true change_reloaded test "$v1" != "$v0"
req GET /api/v1/counties/luannan/items/000106102000
expect_json new_limit_served '.promised_limit' 2
reloads_before=$(grep -c '"event":"watch"' "$T/server.log")
for i in 1 2 3 4 5; do touch "$F"; echo "-- save $i" >>"$F"; sleep 0.02; done
v2=$(wait_version_not "$v1")
sleep 0.5
expect_eq burst_is_one_reload "$(( $(grep -c '"event":"watch"' "$T/server.log") - reloads_before ))" 1
echo 'item { base = ' >>"$F"
for _ in $(seq 200); do
    grep -q 'luannan/items/budongchan.lua:[0-9]*' "$T/server.log" && break
    sleep 0.1
done
expect_true broken_save_logged_with_file_line grep -q 'luannan/items/budongchan.lua:[0-9]*' "$T/server.log"
expect_eq broken_save_keeps_serving "$(version)" "$v2"
sed -i '$d' "$F"
sed -i '0,/promised_limit = 2,/s//promised_limit = 3,/' "$F"
v3=$(wait_version_not "$v2")
expect_true fixed_save_reloads test "$v3" != "$v2"
req GET /api/v1/counties/luannan/items/000106102000
expect_json fixed_limit_served '.promised_limit' 3
ALLOW_ERRORS=1 stop_server # the broken save was logged as an error on purpose
