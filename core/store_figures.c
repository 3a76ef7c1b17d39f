#include "store_figures.h"

#include "store_int.h"

#include <stdio.h>
#include <string.h>

enum { SL_FIGURES = 56 };

/* Dates in the documents are unix seconds; created_at is milliseconds. */
static const char sql_figures[] =
    "WITH a AS (SELECT coalesce(json_extract(doc, '$.item.department'), '') AS dep,"
    "  coalesce(json_extract(doc, '$.item.department_name'), '') AS dep_name,"
    "  created_at AS received, json_extract(doc, '$.clock.accepted_at') * 1000 AS accepted,"
    "  json_extract(doc, '$.decision.at') * 1000 AS decided,"
    "  json_extract(doc, '$.decision.on_time') AS on_time,"
    "  json_extract(doc, '$.decision.workdays') AS workdays,"
    "  json_extract(doc, '$.clock.limit') AS lim,"
    "  json_extract(doc, '$.item.case_type') AS case_type, state,"
    "  json_extract(doc, '$.warning.level') AS warning FROM applications WHERE county = ?1),"
    " b AS (SELECT *, decided >= ?2 AND decided < ?3 AS in_decided,"
    "  accepted >= ?2 AND accepted < ?3 AS in_accepted,"
    "  state IN ('accepted', 'reviewing', 'suspended') AS open FROM a)"
    " SELECT dep, max(dep_name), sum(received >= ?2 AND received < ?3),"
    "  sum(coalesce(in_accepted, 0)), sum(coalesce(in_decided, 0)),"
    "  sum(coalesce(in_decided AND on_time = 1, 0)), sum(coalesce(in_decided AND on_time = 0, 0)),"
    "  sum(CASE WHEN in_decided AND workdays IS NOT NULL AND lim IS NOT NULL THEN workdays END),"
    "  sum(CASE WHEN in_decided AND workdays IS NOT NULL AND lim IS NOT NULL THEN lim END),"
    "  sum(coalesce(in_decided AND workdays IS NOT NULL AND lim IS NOT NULL, 0)),"
    "  sum(coalesce(in_accepted AND case_type = '即办件', 0)),"
    "  sum(open AND warning = 'yellow'), sum(open AND warning = 'red')"
    " FROM b GROUP BY dep ORDER BY dep";

int store_figures_get(const char *county, int64_t from, int64_t to, store_figures *out, int max,
                      buf *err) {
    conn *c = store_conn(err);
    if (!c)
        return -1;
    sqlite3_stmt *s = store_stmt(c, SL_FIGURES, sql_figures, err);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, from);
    sqlite3_bind_int64(s, 3, to);
    int n = 0, rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW && n < max) {
        store_figures *f = &out[n++];
        memset(f, 0, sizeof *f);
        snprintf(f->department, sizeof f->department, "%s", sqlite3_column_text(s, 0));
        snprintf(f->name, sizeof f->name, "%s", sqlite3_column_text(s, 1));
        f->received = sqlite3_column_int64(s, 2);
        f->accepted = sqlite3_column_int64(s, 3);
        f->decided = sqlite3_column_int64(s, 4);
        f->on_time = sqlite3_column_int64(s, 5);
        f->late = sqlite3_column_int64(s, 6);
        f->workdays_sum = sqlite3_column_double(s, 7);
        f->limit_sum = sqlite3_column_double(s, 8);
        f->timed = sqlite3_column_int64(s, 9);
        f->immediate = sqlite3_column_int64(s, 10);
        f->yellow = sqlite3_column_int64(s, 11);
        f->red = sqlite3_column_int64(s, 12);
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        buf_printf(err, "figures: %s", sqlite3_errmsg(store_conn_db(c)));
        n = -1;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return n;
}
