#!/usr/bin/env bash
# A plugin's GET route that runs out of its time budget fails alone: the
# read-only rule of that call does not outlive it, so the plugin's next
# durable timer still writes (it once stayed read-only until some POST
# route happened to clear it).
. "$(dirname "$0")/lib.sh"
ALLOW_ERRORS=1 # the spinning route's budget error is logged on purpose
C=/api/v1/counties/luannan
P=$C/plugins/hello
fixture_plugins '{ hello = {} }'
# A route that never ends, and one that leaves a finalizer that never ends
# (Lua runs finalizers with hooks off, where no budget reaches), for this
# test only.
sed -i 's|^  api.route("GET", "/boom"|  api.route("GET", "/spin", function() while true do end end)\n&|' \
    "$T/plugins/hello/init.lua"
sed -i 's|^  api.route("GET", "/boom"|  api.route("GET", "/finalizer", function() setmetatable({}, { __gc = function() while true do end end }) return 200, {} end)\n&|' \
    "$T/plugins/hello/init.lua"
# Hooks that run inside a submission, where the platform's own code runs
# unmetered (banshi.budget): a precheck hook and a veto that never end, a
# finding whose table never lets itself be read, and an e-licence lookup
# (免提交) that never ends, each on a flag of the application (its data, as
# the veto sees it: form).
sed -i '/^return P$/d' "$T/plugins/hello/init.lua"
cat >>"$T/plugins/hello/init.lua" <<'EOF'
local plain_precheck, plain_submitted = P.precheck, P.submitted
function P.precheck(app)
  if app.data and app.data.spin_precheck then while true do end end
  if app.data and app.data.poisoned then
    return setmetatable({}, { __index = function() while true do end end })
  end
  return plain_precheck(app)
end
function P.submitted(app, api)
  if app.form and app.form.spin_veto then while true do end end
  return plain_submitted(app, api)
end
function P.lookup(holder)
  if holder == "11010519491231002X" then while true do end end
  return nil
end
return P
EOF
sed -i 's/^  api = 1,/&\n  provides = { "elicense" },/' "$T/plugins/hello/manifest.lua"
CATALOGS=$T/cat start_server --log-level warn --plugins "$T/plugins" --lua-seconds 0.3 || exit 1

seen() { # NOTE -> true|false: did the timer NOTE write its key
    req GET "$P/seen/ding:$1"
    jq -r .found "$T/body"
}
wait_seen() {
    for _ in $(seq 60); do [ "$(seen "$1")" = true ] && return 0; sleep 0.1; done
    return 1
}

req_json POST "$P/later" '{"after":0,"note":"before"}'
expect_true timer_writes_before_spin wait_seen before
# Schedule a timer (a POST route), then let a GET route run out of time
# before it fires.
req_json POST "$P/later" '{"after":2,"note":"after"}'
req GET "$P/spin"
expect_error spinning_route_stopped 500 plugin_error
expect_true budget_named_in_log grep -q "budget" "$T/server.log"
# No request meanwhile (any GET route would reset the rule by itself).
sleep 3
expect_true timer_writes_after_a_budget_stop wait_seen after
expect_true no_read_only_refusal_after_it \
    bash -c "! grep -q 'timer ding failed.*may only read' '$T/server.log'"

# Hooks inside a submission are stopped by the budget, nothing is stored,
# and the county goes on serving.
PERSON='{"kind":"自然人","name":"王小红","id_number":"11010519491231002X","phone":"13800000000"}'
OTHER='{"kind":"自然人","name":"李四","id_number":"110101199003077774","phone":"13800000001"}'
submit() { # item applicant data
    req_json POST "$C/applications" "{\"item\":\"$1\",\"applicant\":$2,\"data\":$3,\"materials\":{}}"
}
GUIDE=$(curl -s "$BASE$C/items?per_page=500" | jq -r '[.items[] | select(.objects | index("自然人"))][0].code')
for flag in spin_precheck poisoned spin_veto; do
    submit "$GUIDE" "$OTHER" "{\"$flag\":true}"
    expect_error "submission_stops_$flag" 500 rule_error
    expect_true "submission_budget_named_$flag" grep -q 'hello/init.lua:[0-9]*: county luannan: [a-z]* budget' "$T/body"
done
submit 130224901000 "$PERSON" '{}'
expect_error submission_stops_spinning_lookup 500 rule_error
expect_true lookup_budget_named grep -q 'hello/init.lua:[0-9]*: county luannan: [a-z]* budget' "$T/body"
expect_eq nothing_stored_by_stopped_submissions "$(sqlite3 "$T/banshi.db" 'select count(*) from applications')" 0
submit 130224901000 "$OTHER" '{}'
expect_status submission_after_stops_received 201

req GET "$P/finalizer"
expect_error finalizer_refused 500 plugin_error
expect_true finalizer_refusal_logged_with_line \
    grep -q 'hello/init.lua:[0-9]*: setmetatable: a metatable with __gc is not allowed' "$T/server.log"
req_json POST "$P/later" '{"after":0,"note":"after-finalizer"}'
expect_true plugin_serves_after_finalizer_refused wait_seen after-finalizer
stop_server
