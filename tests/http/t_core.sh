#!/usr/bin/env bash
# The core runtime over HTTP: health, metrics, routing, errors, compression,
# ETags, body limits, keep-alive, logs, backup and a clean stop.
. "$(dirname "$0")/lib.sh"
# Some cases here provoke errors on purpose (a county that cannot load,
# rules over budget), so the log may hold errors.
ALLOW_ERRORS=1
CATALOGS=tests/fixtures/http start_server || exit 1

req GET /healthz
expect_status healthz_answers 200
expect_json healthz_counts_counties '.counties' 4
expect_json healthz_counts_serving '.serving' 3
expect_eq json_has_charset "$(header Content-Type)" "application/json; charset=utf-8"
expect_eq nosniff_header "$(header X-Content-Type-Options)" "nosniff"
expect_true csp_forbids_framing grep -qi "frame-ancestors 'none'" "$T/headers"

req GET /nowhere
expect_error unknown_route_is_404_json 404 not_found
req DELETE /healthz
expect_error wrong_method_is_405_json 405 method_not_allowed
expect_eq wrong_method_names_allowed "$(header Allow)" "GET"

req GET /api/v1/counties
expect_status counties_listed 200
expect_json counties_sorted '[.counties[].id] | join(",")' "alpha,beta,broken,escape"
expect_json broken_county_not_serving '.counties[] | select(.id == "broken") | .serving' false
expect_json alpha_has_name '.counties[] | select(.id == "alpha") | .name' "甲县"
req GET /api/v1/counties/broken/items
expect_error broken_county_answers_503 503 county_unavailable
grep -q 'broken/catalog.lua:6' "$T/server.log"
expect_true broken_load_error_names_file_line test $? -eq 0
expect_true load_time_escape_did_nothing test ! -e /tmp/banshi-escaped-at-load

req GET /api/v1/counties/alpha/items/000001000001
expect_status item_guide_served 200
expect_json guide_has_name '.name' "社会团体成立登记"
expect_json guide_has_promised_limit '.promised_limit' 10
etag=$(header ETag)
expect_true guide_has_strong_etag test -n "$etag"
req GET /api/v1/counties/alpha/items/000001000001 -H "If-None-Match: $etag"
expect_status unchanged_guide_is_304 304
req GET /api/v1/counties/alpha/items/000001000001 -H 'Accept-Encoding: gzip'
expect_eq guide_gzipped_when_accepted "$(header Content-Encoding)" "gzip"
expect_true gzipped_guide_decodes sh -c "gzip -dc < '$T/body' | jq -e '.name == \"社会团体成立登记\"' >/dev/null"
req GET /api/v1/counties/alpha/items/000001000001 -H 'Accept-Encoding: gzip;q=0'
expect_eq gzip_q0_refuses "$(header Content-Encoding)" ""

req GET /api/v1/counties/alpha/items/000001000009
expect_error missing_item_is_404 404 item_not_found
req GET /api/v1/counties/alpha/items/bad-code
expect_error bad_item_code_is_400 400 bad_item_code
req GET /api/v1/counties/Alpha/items
expect_error bad_county_grammar_is_400 400 bad_county
req GET /api/v1/counties/gamma/items
expect_error unknown_county_is_404 404 county_not_found
req GET "/api/v1/counties/alpha/items/%E4%BD%A0%FF"
expect_error invalid_utf8_path_is_400 400 bad_path

req GET '/api/v1/counties/alpha/items'
expect_json items_total '.total' 2
req GET '/api/v1/counties/alpha/items?per_page=1&page=2'
expect_json items_paginated '.items | length' 1
expect_json items_page_two '.items[0].code' 000001000002
req GET '/api/v1/counties/alpha/items?four=%E7%BD%91%E4%B8%8A%E5%8A%9E'
expect_json items_filter_four '[.items[].code] | join(",")' 000001000001
req GET '/api/v1/counties/alpha/items?q=%E6%B3%A8%E9%94%80'
expect_json items_search_chinese '[.items[].code] | join(",")' 000001000002
req GET '/api/v1/counties/alpha/items?online=true'
expect_json items_filter_online '.total' 1
req GET '/api/v1/counties/alpha/items?per_page=0'
expect_error bad_per_page_is_400 400 bad_parameter
req GET '/api/v1/counties/beta/items'
expect_json declined_item_not_listed '.total' 1

P=/api/v1/counties/alpha/items/000001000001/precheck
req_json POST $P '{"data":{"members":60},"materials":{"sqs":true}}'
expect_status precheck_answers 200
expect_json precheck_not_ok '.ok' false
expect_json precheck_lists_all_missing_at_once '[.missing[].id] | sort | join(",")' "zc"
req_json POST $P '{"data":{"members":60},"materials":{"sqs":true,"zc":true,"cszm":true}}'
expect_json precheck_complete_is_ok '.ok' true
req_json POST $P '{"data":{"members":3},"materials":{"sqs":true,"zc":true,"cszm":true}}'
expect_json precheck_accept_rule_reason '.problems[0].zh' "会员不足50个"
req_json POST $P '{"data": {"members": 60,}}'
expect_error malformed_json_is_400 400 bad_json
expect_true malformed_json_names_offset grep -q 'byte 2[0-9]' "$T/body"
req_json POST $P '[1,2]'
expect_error json_array_body_is_400 400 bad_json
printf '{"data":{"name":"\xff"}}' >"$T/bad-utf8.json"
req POST $P -H 'Content-Type: application/json' --data-binary @"$T/bad-utf8.json"
expect_error invalid_utf8_json_is_400 400 bad_json
head -c 1100000 /dev/zero | tr '\0' ' ' >"$T/big.json"
req POST $P -H 'Content-Type: application/json' --data-binary @"$T/big.json"
expect_error oversized_body_is_413 413 body_too_large

# Keep-alive: two requests on one connection.
curl -sv -o /dev/null -o /dev/null "$BASE/healthz" "$BASE/healthz" 2>"$T/ka.txt"
expect_true keep_alive_reuses_connection grep -qi 're-using existing connection\|reusing existing connection' "$T/ka.txt"

req GET /metrics
expect_status metrics_served 200
expect_true metrics_count_requests grep -q 'banshi_http_requests_total{method="GET",route="/healthz",status="200"}' "$T/body"
expect_true metrics_latency_histogram grep -q 'banshi_http_request_duration_seconds_bucket{route="/healthz",le="+Inf"}' "$T/body"
expect_true metrics_lua_memory grep -q 'banshi_lua_memory_bytes{county="alpha"} [1-9]' "$T/body"
expect_true metrics_lua_instructions grep -q 'banshi_lua_instructions_total{county="alpha"}' "$T/body"
expect_true metrics_db_commits grep -q 'banshi_db_commit_duration_seconds_count [1-9]' "$T/body"
expect_true metrics_db_checkpoints grep -q 'banshi_db_checkpoints_total{by="checkpointer"} [0-9]' "$T/body"
expect_true metrics_timers_pending grep -q '^banshi_timers_pending ' "$T/body"

expect_true request_logged_as_json_line sh -c "grep '\"event\":\"request\"' '$T/server.log' | head -n 1 | jq -e '.status and .path and .ms' >/dev/null"

# Threads carry names an operator can read in top -H (docs/operations.md).
expect_true threads_named sh -c "cat /proc/$SERVER_PID/task/*/comm | grep -q '^banshi-writer\$' &&
    cat /proc/$SERVER_PID/task/*/comm | grep -q '^banshi-helper\$'"

"$BANSHI_BIN" backup --db "$T/banshi.db" "$T/copy.db" >/dev/null 2>&1
expect_true backup_while_serving test "$(sqlite3 "$T/copy.db" 'select count(*) from catalog_versions')" -ge 3

stop_server
