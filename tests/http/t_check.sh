#!/usr/bin/env bash
# banshi check, as nginx -t: the samples pass; broken catalogues fail with
# every error listed at once, each with file:line, item and field; a
# catalogue file that never ends, or eats memory, is stopped and named.
. "$(dirname "$0")/lib.sh"
"$BANSHI_BIN" check catalogs >"$T/out" 2>&1
expect_eq samples_pass "$?" 0
expect_true samples_say_zero_errors grep -q '^catalogs: 0 errors, 0 warnings$' "$T/out"

cp -r tests/fixtures/http "$T/bad"
rm -rf "$T/bad/broken" "$T/bad/escape"
sed -i 's/promised_limit = 10,/promised_limit = 99,/; s/case_type = "承诺件",/case_type = "承诺",/' "$T/bad/alpha/catalog.lua"
sed -i 's/visits_reason = "现场提交纸质材料",//' "$T/bad/beta/catalog.lua"
"$BANSHI_BIN" check "$T/bad" >"$T/out" 2>&1
expect_eq broken_tree_fails "$?" 1
expect_true every_error_at_once grep -q ': 4 errors' "$T/out"
expect_true error_names_file_line_item_field grep -q '^error: alpha/catalog.lua:[0-9]*: item 000001000001: field promised_limit: ' "$T/out"
expect_true error_in_other_county_too grep -q '^error: beta/catalog.lua:[0-9]*: item 000001000001: field visits: .*visits_reason' "$T/out"
expect_true error_suggests_valid_values grep -q '承诺件' "$T/out"

cp -r tests/fixtures/http "$T/loop"
rm -rf "$T/loop/broken" "$T/loop/escape"
printf '\nlocal n = 0\nwhile true do n = n + 1 end\n' >>"$T/loop/beta/catalog.lua"
"$BANSHI_BIN" check --lua-instructions 20000000 "$T/loop" >"$T/out" 2>&1
expect_eq endless_catalogue_fails "$?" 1
expect_true endless_catalogue_named grep -q '^error: beta/catalog.lua:[0-9]*: .*instruction budget' "$T/out"

cp -r tests/fixtures/http "$T/mem"
rm -rf "$T/mem/broken" "$T/mem/escape"
printf '\nlocal t = {}\nfor i = 1, 1e9 do t[i] = ("x"):rep(64) .. i end\n' >>"$T/mem/beta/catalog.lua"
"$BANSHI_BIN" check "$T/mem" >"$T/out" 2>&1
expect_eq memory_bomb_fails "$?" 1
expect_true memory_bomb_named grep -q 'beta/catalog.lua:[0-9]*.*memory budget' "$T/out"
"$BANSHI_BIN" check --help >"$T/out"
expect_true check_has_help grep -q 'usage: banshi check' "$T/out"
