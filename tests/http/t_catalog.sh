#!/usr/bin/env bash
# The catalogue API over the real sample catalogues: counties, filters and
# search, guides, departments and windows, bundles with merged materials, the
# Excel-ready CSV export, the JSON export, figures and the calendar.
. "$(dirname "$0")/lib.sh"
start_server || exit 1
C=/api/v1/counties

req GET $C
expect_json three_counties_serve '[.counties[] | select(.serving) | .id] | join(",")' benxi,daye,luannan
expect_json counties_have_chinese_names '[.counties[].name] | join(",")' 本溪满族自治县,大冶市,滦南县
req GET $C/luannan
expect_json county_chain_has_three_levels '.chain | join(",")' base,hebei,luannan

req GET "$C/luannan/items?per_page=500"
expect_json county_offers_many_items '.total >= 60' true
expect_json every_summary_has_impl_code '[.items[] | select((.impl_code | length) != 31)] | length' 0
expect_json promised_within_statutory '[.items[] | select(.promised_limit > .statutory_limit)] | length' 0
req GET "$C/luannan/items?q=%E6%9E%97%E5%9C%B0"
expect_json search_finds_forest_land_items '[.items[].name] | any(. == "使用林地审核")' true
expect_json search_results_match '[.items[] | select(.name | contains("林地") | not)] | length' 0
req GET "$C/luannan/items?four=%E9%A9%AC%E4%B8%8A%E5%8A%9E&per_page=500"
expect_json immediate_items_are_jibanjian '[.items[] | select(.case_type != "即办件")] | length' 0
req GET "$C/luannan/items?type=%E8%A1%8C%E6%94%BF%E5%A4%87%E6%A1%88&per_page=500"
expect_json type_filter_holds '[.items[] | select(.type != "行政备案")] | length' 0
req GET "$C/daye/items?department=xingzheng&per_page=500"
expect_json department_filter_holds '.total > 10 and ([.items[] | select(.department != "xingzheng")] | length) == 0' true
req GET "$C/luannan/items?object=%E4%BC%81%E4%B8%9A%E6%B3%95%E4%BA%BA&online=true&per_page=500"
expect_json combined_filters_hold '[.items[] | select((.objects | index("企业法人")) == null or .online != true)] | length' 0

code=$(curl -s "$BASE$C/luannan/items?q=%E4%BD%BF%E7%94%A8%E6%9E%97%E5%9C%B0%E5%AE%A1%E6%A0%B8" | jq -r '.items[0].code')
req GET "$C/luannan/items/$code"
expect_json guide_has_legal_basis '.legal_basis | length > 0' true
expect_json guide_has_materials_checklist '.materials | length > 0' true
expect_json guide_materials_say_form_and_source '[.materials[] | select(.form == null or .source == null)] | length' 0
expect_json guide_inlines_department '.department.name | test("县")' true
l_luannan=$(jq -r .promised_limit "$T/body")
req GET "$C/benxi/items/$code"
l_benxi=$(jq -r .promised_limit "$T/body")
expect_true counties_set_their_own_limits test -n "$l_luannan" -a -n "$l_benxi"

req GET $C/luannan/departments
expect_json twelve_or_more_departments 'length >= 12' true
req GET $C/luannan/windows
expect_json windows_have_hours '[.[] | select((.hours | length) == 0)] | length' 0
req GET $C/luannan/bundles
expect_json two_bundles 'length >= 2' true
expect_json bundle_materials_asked_once '[.[] | (.materials | map(.id) | length) == (.materials | map(.id) | unique | length)] | all' true
expect_json company_bundle_exists '[.[].name] | any(test("开办企业"))' true

req GET $C/luannan/export.csv
expect_eq csv_content_type "$(header Content-Type)" "text/csv; charset=utf-8"
expect_eq csv_starts_with_bom "$(head -c 3 "$T/body" | od -An -tx1 | tr -d ' ')" efbbbf
expect_true csv_lines_end_crlf grep -q $'\r$' "$T/body"
rows=$(($(grep -c $'\r$' "$T/body") - 1))
req GET "$C/luannan/items?per_page=1"
expect_eq csv_has_a_row_per_item "$rows" "$(jq -r .total "$T/body")"
req GET $C/luannan/export.json
expect_json json_export_has_every_guide "length" "$rows"

req GET $C/luannan/figures
expect_json figures_count_items '.items' "$rows"
expect_json figures_by_type_sum '[.by_type[]] | add' "$rows"
expect_json compression_is_a_share '.compression > 0 and .compression < 1' true
expect_json online_share_is_a_share '.online_share >= 0 and .online_share <= 1' true

# "Accepted now, due by ...": accepted on 1 Oct 2026 (National Day), counting
# starts after 8 Oct; Saturday 10 Oct is a make-up working day.
req GET "$C/luannan/items/000106102000/deadline?at=1790830800"
expect_json deadline_skips_national_day '.accepted_on' 2026-10-08
expect_json deadline_counts_makeup_saturday '.due_date' 2026-10-12
expect_json deadline_text_in_chinese '.due_text | test("2026年10月12日")' true
# 2040: a year neither the samples nor the tests' weekends (lib.sh) cover.
req GET "$C/luannan/items/000106102000/deadline?at=2208988800"
expect_error deadline_without_calendar_year_refused 422 no_deadline
req GET $C/luannan/calendar
expect_json calendar_has_2026_spring_festival '.years["2026"].rest | index("2026-02-17") != null' true
expect_json calendar_has_makeup_workday '.years["2026"].work | index("2026-02-14") != null' true
stop_server
