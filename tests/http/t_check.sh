#!/usr/bin/env bash
# banshi check, as nginx -t: the samples pass; broken catalogues fail with
# every error listed at once, each with file:line, item and field; a
# catalogue file that never ends, or eats memory, is stopped and named. The
# plugins a county enables are checked as a load checks them (a wrong
# setting, a plugin not installed, a setup that refuses its settings, a
# syntax error in a plugin), from --plugins DIR (default plugins).
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
# Plugin settings: what a reload would refuse, check refuses, all at once.
cp -r "$SAMPLES" "$T/plug"
CAT=$T/plug/luannan/catalog.lua
sed -i 's/notify = { sender = "log",/notify = { sender = 42,/; s/^    ranking = {},$/&\n    nothere = {},/' "$CAT"
sed -i '0,/^  statutory_limit = 60,$/s//  statutory_limit = "sixty",/' "$T/plug/base/items/minzheng.lua"
notify_line=$(grep -n 'notify = { sender = 42,' "$CAT" | cut -d: -f1)
nothere_line=$(grep -n '^    nothere = {},$' "$CAT" | cut -d: -f1)
"$BANSHI_BIN" check "$T/plug" >"$T/out" 2>&1
expect_eq plugin_errors_fail_check "$?" 1
expect_true plugin_errors_all_at_once grep -q '/plug: 3 errors, 0 warnings$' "$T/out"
expect_true plugin_wrong_setting_names_file_line \
    grep -q "^error: luannan/catalog.lua:$notify_line: field plugins.notify.sender: plugins.notify.sender must be a string" "$T/out"
expect_true plugin_not_installed_names_file_line \
    grep -q "^error: luannan/catalog.lua:$nothere_line: field plugins.nothere: no plugin nothere is installed" "$T/out"
expect_true plugin_errors_beside_catalogue_errors grep -q '^error: base/items/minzheng.lua:[0-9]*: item ' "$T/out"
# A setting only the plugin's setup can judge (api.config_error).
cp -r "$SAMPLES" "$T/plug2"
CAT=$T/plug2/luannan/catalog.lua
sed -i 's/evaluation = { rectify_days = 5 },/evaluation = { rectify_days = 5.3 },/' "$CAT"
evaluation_line=$(grep -n 'evaluation = { rectify_days' "$CAT" | cut -d: -f1)
"$BANSHI_BIN" check "$T/plug2" >"$T/out" 2>&1
expect_eq plugin_setup_refusal_fails_check "$?" 1
expect_true plugin_setup_refusal_names_file_line \
    grep -q "^error: luannan/catalog.lua:$evaluation_line: field plugins.evaluation.rectify_days: rectify_days is counted" "$T/out"
# The plugins folder is plugins/ unless --plugins says otherwise.
"$BANSHI_BIN" check --plugins "$T/none" catalogs >"$T/out" 2>&1
expect_eq plugins_folder_option_used "$?" 1
expect_true plugins_missing_from_that_folder grep -q '^error: luannan/catalog.lua:[0-9]*: field plugins.notify: no plugin notify is installed' "$T/out"
cp -r plugins "$T/pl"
printf 'local P = {}\nfunction P.setup(api\nreturn P\n' >"$T/pl/ranking/init.lua"
"$BANSHI_BIN" check --plugins "$T/pl" catalogs >"$T/out" 2>&1
expect_eq plugin_code_error_fails_check "$?" 1
expect_true plugin_code_error_names_plugin_file_line grep -q "^error: plugins/ranking/init.lua:3: ')' expected near 'return'" "$T/out"
"$BANSHI_BIN" check --plugins plugins catalogs >"$T/out" 2>&1
expect_eq plugins_option_with_the_samples_passes "$?" 0

"$BANSHI_BIN" check --help >"$T/out"
expect_true check_has_help grep -q 'usage: banshi check' "$T/out"
expect_true check_help_names_plugins grep -q -- '--plugins DIR' "$T/out"
