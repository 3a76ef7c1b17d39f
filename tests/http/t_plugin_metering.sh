#!/usr/bin/env bash
# A submission and a workflow action run the platform's own Lua unmetered
# (banshi.budget.trust) and meter only the plugin code they call. These are
# ways a plugin once got its code run in the unmetered stretch, where
# nothing stopped it and its county's state was held for ever: values a
# hook hands back that read one way while checked and another way later,
# and a platform class a plugin could reach and change. Each attack must be
# stopped by the budget (or made harmless) and the county must go on
# serving. Requests give up after a few seconds, and the server must stop
# within STOP_WAIT seconds, so a hole fails the suite instead of hanging it.
. "$(dirname "$0")/lib.sh"
ALLOW_ERRORS=1 # the budget errors are logged on purpose
STOP_WAIT=20
C=/api/v1/counties/luannan
P=$C/plugins/hello
fixture_plugins '{ hello = {} }'
sed -i '/^return P$/d' "$T/plugins/hello/init.lua"
cat >>"$T/plugins/hello/init.lua" <<'EOF'
local function spin() while true do end end
-- Every metamethod a platform reader could set off, each one endless.
local EVIL = setmetatable({}, { __tostring = spin, __concat = spin, __lt = spin, __le = spin, __eq = spin,
  __len = spin, __index = spin, __newindex = spin, __call = spin, __unm = spin, __add = spin, __sub = spin,
  __mul = spin, __div = spin, __mod = spin, __pow = spin, __idiv = spin, __band = spin, __bor = spin,
  __bxor = spin, __shl = spin, __shr = spin, __bnot = spin, __pairs = spin, __close = spin })
-- A table whose field key reads as value for its first n reads, then as EVIL.
local function turncoat(key, value, n, rest)
  local reads = 0
  return setmetatable({}, { __index = function(_, k)
    if k ~= key then return rest and rest[k] end
    reads = reads + 1
    if reads <= n then return value end
    return EVIL
  end })
end
local plain_setup = P.setup
function P.setup(api)
  plain_setup(api)
  -- What decides metering is the platform's alone.
  api.route("GET", "/budget", function()
    local ok, err = pcall(require, "banshi.budget")
    return 200, { reachable = ok, error = tostring(err) }
  end)
end
local plain_precheck = P.precheck
function P.precheck(app, api)
  if app.data and app.data.turncoat_zh then return { turncoat("zh", "插件发现的问题", 1) } end
  if app.data and app.data.turncoat_en then
    return { turncoat("en", "a problem", 1, { zh = "插件发现的问题" }) }
  end
  if app.data and app.data.turncoat_field then
    return { turncoat("field", "data.x", 1, { zh = "插件发现的问题" }) }
  end
  if app.data and app.data.poison_calendar then
    -- A change to the platform's calendar class, if it could reach it.
    local cal = api.calendar()
    local mt = getmetatable(cal)
    if type(mt) == "table" then pcall(function() mt.date_of = spin; mt.deadline = spin end) end
    local class = rawget(cal, "__index") or cal.__index
    if type(class) == "table" then pcall(function() class.date_of = spin; class.deadline = spin end) end
    pcall(setmetatable, cal, { __index = { date_of = spin } })
  end
  return plain_precheck(app, api)
end
function P.lookup(holder)
  if holder == "11010519491231002X" then
    -- A date while it is checked, then a table whose comparison never ends.
    return turncoat("valid_until", "2099-12-31", 3, { number = "L-1" })
  elseif holder == "110101199003077774" then
    return turncoat("number", "L-2", 2)
  end
  return nil
end
return P
EOF
sed -i 's/^  api = 1,/&\n  provides = { "elicense" },/' "$T/plugins/hello/manifest.lua"
PERSON='{"kind":"自然人","name":"王小红","id_number":"11010519491231002X","phone":"13800000000"}'
OTHER='{"kind":"自然人","name":"李四","id_number":"110101199003077774","phone":"13800000001"}'
THIRD='{"kind":"自然人","name":"张三","id_number":"110101198001010010","phone":"13800000002"}'
submit() { # item applicant data
    req_json POST "$C/applications" "{\"item\":\"$1\",\"applicant\":$2,\"data\":$3,\"materials\":{}}" \
        --max-time 8
}
# Each attack on a server of its own, so that one hole cannot hide another.
fresh() {
    CATALOGS=$T/cat start_server --log-level warn --plugins "$T/plugins" --lua-seconds 0.3 || exit 1
    GUIDE=$(curl -s "$BASE$C/items?per_page=500" |
        jq -r '[.items[] | select(.objects | index("自然人"))][0].code')
}
# Still serving: a plain submission (no e-licence asked) is received.
serving() {
    submit "$GUIDE" "$THIRD" '{}'
    [ "$STATUS" = 201 ]
}
# Stopped by the budget (500 rule_error naming the plugin's line), or the
# value refused: anything but a hang.
stopped_or_refused() { # name
    if [ "$STATUS" = 000 ]; then
        fail "$1" "the request hung (plugin code ran unmetered)"
    else
        pass "$1"
    fi
}

fresh
req GET "$P/budget"
expect_json budget_module_out_of_reach .reachable false
stop_server stops_after_budget_module

# Findings read as strings while checked, then as tables (their
# metamethods set off by the notice's text).
for flag in turncoat_zh turncoat_en turncoat_field; do
    fresh
    submit "$GUIDE" "$OTHER" "{\"$flag\":true}"
    stopped_or_refused "finding_$flag"
    # What was checked is what was kept: strings, read once.
    expect_json "finding_kept_as_strings_$flag" \
        '[.application.notice.problems[] | select(.plugin == "hello") | .zh, .en, .field | type] | unique | join(",")' string
    expect_true "serving_after_$flag" serving
    stop_server "stops_after_$flag"
done

# E-licence answers read as a date and a number while checked, then as
# tables (compared with today, written into the notice).
fresh
submit 130224901000 "$PERSON" '{}'
stopped_or_refused lookup_turncoat_valid_until
expect_json lookup_valid_until_kept_as_checked '.application.materials[] | select(.status == "shared") | .shared.valid_until' 2099-12-31
expect_true serving_after_lookup_valid_until serving
stop_server stops_after_lookup_valid_until
fresh
submit 130224901000 "$OTHER" '{}'
stopped_or_refused lookup_turncoat_number
expect_json lookup_number_kept_as_checked '.application.materials[] | select(.status == "shared") | .shared.number' L-2
expect_true serving_after_lookup_number serving
stop_server stops_after_lookup_number

# The calendar a plugin is given: changing its class must not reach the
# calendar the workflow uses (date_of: the e-licence check's today).
fresh
submit "$GUIDE" "$THIRD" '{"poison_calendar":true}'
expect_status poison_attempt_received 201
submit 130224901000 "$THIRD" '{}'
stopped_or_refused calendar_class_out_of_reach
expect_status calendar_class_unchanged_submission_received 201
expect_true serving_after_calendar serving
stop_server stops_after_calendar
