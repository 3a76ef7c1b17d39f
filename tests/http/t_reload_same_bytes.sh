#!/usr/bin/env bash
# A reload publishes exactly what a fresh start publishes from the same
# files: the same bodies, the same ETags, the same version. Reloads reuse
# what did not change from the serving generation (compressed guides,
# compiled entries, checked declarations, compiled texts); this holds them
# to a server that built everything from nothing.
. "$(dirname "$0")/lib.sh"
cp -r "$SAMPLES" "$T/cat"
TOKEN=operator-token-for-tests-0123456789
printf '%s\n' "$TOKEN" >"$T/token"
AUTH=(-H "Authorization: Bearer $TOKEN")
C=/api/v1/counties/luannan

# dump FILE: every resource of luannan, headers (but the date) and body.
dump() {
    local out=$1 r code
    : >"$out"
    for r in "" "/items?per_page=500" /departments /windows /bundles /figures /calendar /export.csv \
        /export.json; do
        req GET "$C$r"
        { echo "== $r $STATUS"; grep -iv '^date:' "$T/headers"; cat "$T/body"; echo; } >>"$out"
    done
    req GET "$C/items?per_page=500"
    for code in $(jq -r '.items[].code' "$T/body"); do
        req GET "$C/items/$code"
        { echo "== $code $STATUS"; grep -iv '^date:' "$T/headers"; cat "$T/body"; echo; } >>"$out"
    done
    req GET /api/v1/counties
    jq -r '.counties[] | "\(.id) \(.version)"' "$T/body" >>"$out"
}

reload() { # reload NAME: the county reloads with a new version
    req POST $C/reload "${AUTH[@]}"
    expect_json "$1" '.changed' true
}

CATALOGS=$T/cat start_server --admin-token-file "$T/token" || exit 1
sed -i '0,/promised_limit = 15,/s//promised_limit = 14,/' "$T/cat/luannan/items/minzheng.lua"
reload an_item_of_the_county_changes
# A CSV field that must be quoted (comma, quote, line break) in rows reused below.
sed -i '0,/name = "滦南县民政局",/s//name = "滦南县民政局, \\"试点\\"\\r\\n二部",/' "$T/cat/luannan/departments.lua"
sed -i '0,/phone = "0315-4162300",/s//phone = "0315-4162399",/' "$T/cat/luannan/departments.lua"
reload a_department_changes
req GET $C/export.csv
expect_true csv_quotes_a_field grep -q '"滦南县民政局, ""试点""' "$T/body"
sed -i '0,/statutory_limit = 12,/s//statutory_limit = 13,/' "$T/cat/hebei/items.lua"
reload the_province_layer_changes
sed -i 's/监督电话 0315-4162300/监督电话 0315-4162301/' "$T/cat/luannan/catalog.lua"
reload a_default_every_item_inherits_changes
req POST $C/reload "${AUTH[@]}"
expect_json unchanged_again_is_a_noop '.changed' false
dump "$T/reloaded"
stop_server

DB=$T/fresh.db CATALOGS=$T/cat start_server || exit 1
dump "$T/fresh"
stop_server fresh_server_stops_cleanly

expect_true dump_covers_every_item test "$(grep -c '^== 0' "$T/fresh")" -ge 60
if cmp -s "$T/reloaded" "$T/fresh"; then
    pass reload_publishes_the_bytes_of_a_fresh_start
else
    fail reload_publishes_the_bytes_of_a_fresh_start "$(diff "$T/reloaded" "$T/fresh" | head -c 400)"
fi
