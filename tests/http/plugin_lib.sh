# tests/http/plugin_lib.sh: helpers for the tests of the shipped plugins
# (t_plugin_*.sh), on the luannan sample county. Source it after lib.sh.
#   use_plugins 'LUA'          a copy of catalogs/ in $T/cat (CATALOGS) whose
#                              luannan catalogue enables the plugins given
#                              (the body of its plugins = { ... })
#   token ROLE USER [opts]     makes a staff account; prints an API token
#   apply CODE [DATA]          online submission of item CODE with every
#                              required material (and form DATA); sets N, QC
#   step ACTION [JSON]         a clerk's step on application $N (token $CT)
#   finish CODE [RESULT]       apply, accept, decide (准予 by default), issue
#   advance SECONDS            moves the test clock (operator token)
#   clock_now                  the business clock, unix seconds
#   plugin METHOD PLUGIN ROUTE [curl args...]   a request to a plugin route
#   wait_until SECONDS CMD...  polls CMD every 0.1 s until it succeeds
PW=correct-horse-battery
DB=$T/banshi.db
C=/api/v1/counties/luannan
export BANSHI_ADMIN_TOKEN=plugin-tests-operator-token-0123456789
PERSON='{"kind":"自然人","name":"王小红","id_number":"11010519491231002X","phone":"13800000000"}'
COMPANY='{"kind":"法人","name":"滦南县福源餐饮有限公司","credit_code":"91130224MA0D3K7Q88","phone":"0315-4160001","representative":"赵明"}'
N=
QC=

use_plugins() { # the Lua body of luannan's plugins = { ... }
    rm -rf "$T/cat"
    cp -r "$SAMPLES" "$T/cat"
    printf '  plugins = {\n%s\n  },\n' "$1" >"$T/plugins.lua"
    awk -v block_file="$T/plugins.lua" '
        /^  plugins = \{/ { while ((getline line < block_file) > 0) print line; skip = 1; next }
        skip && /^  \},/ { skip = 0; next }
        !skip { print }' "$SAMPLES/luannan/catalog.lua" >"$T/cat/luannan/catalog.lua"
    CATALOGS=$T/cat
}

token() { # role user [user add options...]
    local role=$1 name=$2
    shift 2
    echo "$PW" | "$BANSHI_BIN" user add --db "$DB" --county luannan --role "$role" --name "$name" "$@" "$name" \
        >/dev/null || return 1
    "$BANSHI_BIN" user token --db "$DB" --county luannan --name test --days 1 "$name" | tail -n 1
}

apply() { # item code [form data json]
    local data=${2:-{\}}
    req GET "$C/items/$1"
    local materials applicant=$PERSON
    materials=$(jq -c '[.materials[] | select(.necessity == "必要") | {(.id): true}] | add // {}' "$T/body")
    jq -e '.objects | index("自然人")' "$T/body" >/dev/null || applicant=$COMPANY
    req_json POST "$C/applications" '{"item":"'"$1"'","applicant":'"$applicant"',"data":'"$data"',"materials":'"$materials"'}'
    N=$(jq -r '.number // empty' "$T/body")
    QC=$(jq -r '.query_code // empty' "$T/body")
}

step() { # action [json]: the clerk ($CT) on $N
    req POST "$C/applications/$N/$1" -H "Authorization: Bearer $CT" -H 'Content-Type: application/json' \
        --data-binary "${2:-{\}}"
}

finish() { # item code [准予|不予]: a 即办件 from submission to issue
    local result=${2:-准予}
    apply "$1"
    step accept
    if [ "$result" = 准予 ]; then step decide '{"result":"准予"}'; else
        step decide '{"result":"不予","reason":"不符合法定条件"}'
    fi
    step issue
}

advance() {
    req POST /api/v1/admin/clock -H "Authorization: Bearer $BANSHI_ADMIN_TOKEN" \
        -H 'Content-Type: application/json' --data-binary "{\"advance_seconds\":$1}"
}

clock_now() {
    req POST /api/v1/admin/clock -H "Authorization: Bearer $BANSHI_ADMIN_TOKEN"
    jq -r .now "$T/body"
}

plugin() { # method plugin route [curl args...]
    local method=$1 name=$2 route=$3
    shift 3
    req "$method" "$C/plugins/$name/$route" "$@"
}

wait_until() { # seconds command...
    local tries=$(($1 * 10))
    shift
    for _ in $(seq "$tries"); do
        "$@" && return 0
        sleep 0.1
    done
    return 1
}
