#!/usr/bin/env bash
# Every load warns when the county's working-day calendar runs out within 60
# days (calendar_ending), and says which year is missing when it does not
# cover today at all: deadlines past the calendar get no due date, so the
# operator must add the next year's schedule in time. The business clock is
# moved (--test-clock) so that the cases do not depend on the day.
. "$(dirname "$0")/lib.sh"
mkdir -p "$T/cat"
cp -r tests/fixtures/http/alpha tests/fixtures/http/base "$T/cat/"
Y=$(date +%Y)
# This year and the next, as plain weekends.
printf 'calendar { year = %d, rest = {}, work = {} }\ncalendar { year = %d, rest = {}, work = {} }\n' \
    "$Y" $((Y + 1)) >"$T/cat/base/calendar.lua"
ahead() { echo $(($(date -d "$1 12:00 +0800" +%s) - $(date +%s))); }

CATALOGS=$T/cat start_server --log-level warn || exit 1
expect_true no_warning_a_year_ahead bash -c "! grep -q calendar_ending '$T/server.log'"
stop_server

: >"$T/server.log"
CATALOGS=$T/cat start_server --log-level warn --test-clock="$(ahead "$((Y + 1))-12-01")" || exit 1
expect_true warns_thirty_days_before grep -q \
    "county alpha: the working-day calendar ends on $((Y + 1))-12-31, in 30 days: add the $((Y + 2)) schedule" \
    "$T/server.log"
expect_true warning_in_chinese grep -q "工作日历截至$((Y + 1))-12-31（还有30天），请补充$((Y + 2))年放假安排" \
    "$T/server.log"
stop_server

: >"$T/server.log"
CATALOGS=$T/cat start_server --log-level warn --test-clock="$(ahead "$((Y + 2))-03-01")" || exit 1
expect_true names_the_missing_year grep -q \
    "county alpha: the working-day calendar has no year $((Y + 2)): no deadline can be counted" "$T/server.log"
stop_server
