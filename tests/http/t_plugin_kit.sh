#!/usr/bin/env bash
# banshi test, the plugin testing kit: it runs a plugin's own tests against a
# real server and reports each case; a failing case, a file that raises and a
# file that checks nothing are failures and make the exit status 1; the
# plugin's tests/config.lua configures it, tests/catalog replaces the sample
# catalogues; it works for a plugin anywhere, run from anywhere; it cleans up
# after itself. The tutorial's plugin (docs/plugins.md) and the hello
# fixture pass their own tests, so neither can rot.
. "$(dirname "$0")/lib.sh"
K=tests/fixtures/kit
KT=$T/kit-tmp # the kit's temporary folders go here, to check they are removed
mkdir -p "$KT"

kit() { # out-name args...: runs banshi test, output in $T/out-name, status in $T/out-name.rc
    local out=$1
    shift
    # The samples with the tests' calendar years (lib.sh), so that a plugin's
    # deadlines do not depend on the day.
    TMPDIR=$KT "$BANSHI_BIN" test --catalogs "$SAMPLES" "$@" >"$T/$out" 2>"$T/$out.err"
    echo $? >"$T/$out.rc"
}
has_line() { grep -qxF -- "$2" "$T/$1"; }
rc_of() { cat "$T/$1.rc"; }

"$BANSHI_BIN" test --help >"$T/help" 2>&1
expect_true help_names_usage grep -q '^usage: banshi test' "$T/help"
"$BANSHI_BIN" --help >"$T/mainhelp" 2>&1
expect_true main_help_lists_test grep -q '^  test ' "$T/mainhelp"

# A plugin with a passing file, a failing file and a file that checks nothing.
kit checks $K/checks
expect_eq failing_run_exits_1 "$(rc_of checks)" 1
expect_true passing_cases_reported has_line checks "PASS route_status"
expect_true config_from_tests_config has_line checks "PASS word_from_config"
expect_true staff_cases_reported has_line checks "PASS staff_department"
expect_true failing_case_reported has_line checks 'FAIL wrong_on_purpose: got "配置", wanted "别的"'
expect_true fails_without_error_reported has_line checks "FAIL fails_needs_an_error: no error was raised"
expect_true raising_file_reported_with_line grep -qF 'FAIL tests/failing.lua: tests/failing.lua:7: raised on purpose' "$T/checks"
expect_true silent_file_is_a_failure grep -q '^FAIL tests/silent.lua: the file checked nothing' "$T/checks"
expect_true summary_counts grep -qx '15 passed, 4 failed' "$T/checks"
expect_true default_county_first_serving grep -q '^# plugin checks in county benxi,' "$T/checks"

# Only the files named; another county.
kit passing $K/checks passing --county luannan
expect_eq passing_run_exits_0 "$(rc_of passing)" 0
expect_true named_file_only grep -qx '15 passed, 0 failed' "$T/passing"
expect_true county_option grep -q '^# plugin checks in county luannan,' "$T/passing"
kit nocounty $K/checks passing --county nowhere
expect_eq unknown_county_exits_1 "$(rc_of nocounty)" 1
expect_true unknown_county_says_which grep -q 'no serving county nowhere; serving counties: benxi, daye, luannan' "$T/nocounty.err"

# A configuration that breaks the plugin's schema: the county does not load,
# and the catalogue's error (file:line, field) is shown.
kit badconfig $K/badconfig
expect_eq bad_config_exits_1 "$(rc_of badconfig)" 1
expect_true bad_config_reported grep -q '^FAIL county_serves: county benxi did not load with plugin badconfig' "$T/badconfig"
expect_true bad_config_names_field grep -q 'benxi/catalog.lua:[0-9]*: field plugins.badconfig.word' "$T/badconfig.err"

# A plugin that brings its own catalogue tree (tests/catalog).
kit owncat $K/owncat
expect_eq own_catalog_exits_0 "$(rc_of owncat)" 0
expect_true own_catalog_cases grep -qx '4 passed, 0 failed' "$T/owncat"

# A plugin outside the repository, run from another folder: the sample
# catalogues are found beside the binary's build folder.
mkdir -p "$T/elsewhere/work"
cp -r $K/checks "$T/elsewhere/checks"
(cd "$T/elsewhere/work" && TMPDIR=$KT "$BANSHI_BIN" test ../checks passing >"$T/outside" 2>"$T/outside.err")
expect_eq outside_plugin_exits_0 "$?" 0
expect_true outside_plugin_cases grep -qx '15 passed, 0 failed' "$T/outside"
kit notaplugin "$T/elsewhere/work"
expect_eq not_a_plugin_exits_1 "$(rc_of notaplugin)" 1
expect_true not_a_plugin_says_why grep -q 'is not a plugin folder (no manifest.lua)' "$T/notaplugin.err"

# What docs/plugins.md says of each API function, checked by a plugin that
# uses them all (tests/fixtures/kit/probe), with a partner for api.plugin
# and api.fire (--with).
kit probe $K/probe --with $K/partner
expect_eq api_reference_holds "$(rc_of probe)" 0
expect_true api_reference_cases grep -q '^[1-9][0-9]* passed, 0 failed$' "$T/probe"
if [ "$(rc_of probe)" != 0 ]; then grep '^FAIL' "$T/probe" >&2; fi
expect_true with_partner_ran grep -q '^PASS fire_runs_other_observers$' "$T/probe"
kit twice $K/probe --with $K/probe
expect_true with_same_plugin_refused grep -q 'two plugins named probe' "$T/twice.err"

# The hello fixture and the tutorial's plugin pass their own tests.
kit hello tests/fixtures/plugins/hello
expect_eq hello_passes "$(rc_of hello)" 0
expect_true hello_ran_cases grep -q '^[1-9][0-9]* passed, 0 failed$' "$T/hello"
kit tally examples/plugins/tally
expect_eq tutorial_plugin_passes "$(rc_of tally)" 0
expect_true tutorial_plugin_ran_cases grep -q '^[1-9][0-9]* passed, 0 failed$' "$T/tally"
for f in hello tally; do
    if [ "$(rc_of $f)" != 0 ]; then cat "$T/$f" "$T/$f.err" >&2; fi
done

# Every temporary folder is gone; the plugins' own folders are intact.
expect_eq temporary_folders_removed "$(ls -A "$KT" | wc -l)" 0
expect_true plugin_folder_intact test -f "$T/elsewhere/checks/tests/passing.lua"

# The tutorial's code is the example's: every line of each Lua block in
# docs/plugins.md's tutorial is a line of the file it belongs to (the file
# named in its first comment, else init.lua).
tutorial_matches() {
    lua5.4 - <<'LUA'
local doc = assert(io.open("docs/plugins.md")):read("a")
local tutorial = doc:match("\n## Tutorial.*$")
local bad = 0
for block in tutorial:gmatch("```lua\n(.-)```") do
  local file = block:match("^%-%- (examples/plugins/tally/[%w_/]+%.lua)") or "examples/plugins/tally/init.lua"
  local src = assert(io.open(file)):read("a")
  local lines = {}
  for l in (src .. "\n"):gmatch("([^\n]*)\n") do lines[l] = true end
  for l in block:gmatch("([^\n]*)\n") do
    if l ~= "" and not l:match("^%-%- examples/") and not lines[l] then
      io.stderr:write(file .. ": no line: " .. l .. "\n")
      bad = bad + 1
    end
  end
end
os.exit(bad == 0 and 0 or 1)
LUA
}
expect_true tutorial_code_is_the_example tutorial_matches
