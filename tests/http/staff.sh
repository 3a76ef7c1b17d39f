# tests/http/staff.sh: staff accounts, sign-ins and application steps for
# the end-to-end path tests (t_paths_*.sh). Source it after lib.sh and
# start_server; it works on the luannan sample county unless C says otherwise.
#   staff ROLE USER [--department D]...   makes the account and signs it in
#   submit JSON                           online submission; sets N and QC
#   act USER ACTION [JSON]                a staff step on application $N
#   act_as_applicant ACTION [JSON]        a step with the query code $QC
#   read_app NAME                         staff read with ?verify=1 into $T/body;
#                                         the events must replay to the document
#   progress                              the public view (number + query code)
#   jq_body FILTER                        jq -r FILTER on the last body
PW=correct-horse-battery
COUNTY=${COUNTY:-luannan}
C=/api/v1/counties/$COUNTY
N=
QC=

staff() { # role username [user add options...]
    local role=$1 name=$2
    shift 2
    echo "$PW" | "$BANSHI_BIN" user add --db "$DB" --county "$COUNTY" --role "$role" \
        --name "$name" "$@" "$name" >/dev/null || return 1
    req POST /api/v1/session -c "$T/jar.$name" -H 'Content-Type: application/json' \
        --data-binary "{\"county\":\"$COUNTY\",\"username\":\"$name\",\"password\":\"$PW\"}"
    [ "$STATUS" = 200 ] || {
        echo "FAIL sign_in_$name: status $STATUS"
        return 1
    }
    jq -r .csrf_token "$T/body" >"$T/csrf.$name"
}

submit() { # JSON
    req_json POST "$C/applications" "$1"
    N=$(jq -r '.number // empty' "$T/body")
    QC=$(jq -r '.query_code // empty' "$T/body")
}

act() { # user action [json]
    req POST "$C/applications/$N/$2" -b "$T/jar.$1" -H "X-CSRF-Token: $(cat "$T/csrf.$1")" \
        -H 'Content-Type: application/json' --data-binary "${3:-{\}}"
}

act_as_applicant() { # action [json]
    req POST "$C/applications/$N/$1" -H "X-Query-Code: $QC" \
        -H 'Content-Type: application/json' --data-binary "${2:-{\}}"
}

read_app() { # name: read as clerk "clerk" and check the replay
    req GET "$C/applications/$N?verify=1" -b "$T/jar.clerk"
    expect_json "$1" '.replay.matches' true
}

progress() {
    req GET "$C/applications/$N?code=$QC"
}

jq_body() { jq -r "$1" "$T/body" 2>/dev/null; }

# A person and a company with valid check characters (GB 11643, GB 32100).
PERSON='{"kind":"自然人","name":"王小红","id_number":"11010519491231002X","phone":"13800000000"}'
COMPANY='{"kind":"法人","name":"滦南县福源餐饮有限公司","credit_code":"91130224MA0D3K7Q88","phone":"0315-4160001","representative":"赵明"}'

save() { cp "$T/body" "$T/$1.json"; } # keeps the last body as $T/NAME.json
jq_saved() { jq -r "$2" "$T/$1.json" 2>/dev/null; }

# deadline CODE AT: the server's own answer for an acceptance of item CODE at
# instant AT (the guide pages' route), in DUE, DUE_DATE and DUE_TEXT.
deadline() {
    req GET "$C/items/$1/deadline?at=$2"
    DUE=$(jq_body '.due // empty')
    DUE_DATE=$(jq_body '.due_date // empty')
    DUE_TEXT=$(jq_body '.due_text // empty')
}

# Deadline checks need the sample calendar (2025 and 2026) to cover the due
# date. note_calendar reads an acceptance answer; past the calendar's years
# expect_due says SKIP with the server's reason instead of guessing.
NO_CALENDAR=
note_calendar() {
    NO_CALENDAR=$(jq_body '.application.clock.due_note // empty')
    if [ -z "$NO_CALENDAR" ] && [ -z "$(jq_body '.application.clock.due // empty')" ]; then
        NO_CALENDAR="the acceptance gave no due date"
    fi
}
expect_due() { # NAME FILTER EXPECTED, on the last body
    if [ -n "$NO_CALENDAR" ]; then echo "SKIP $1: $NO_CALENDAR"; else expect_json "$@"; fi
}
restore() { cp "$T/$1.json" "$T/body"; } # makes a saved body the last one again

# events NAME LIST: the application's events, oldest first, are LIST
# (actions joined by commas), and replaying them gives the stored document.
expect_events() {
    read_app "${1}_replay_matches_document"
    expect_json "$1" '[.events[].action] | join(",")' "$2"
}
