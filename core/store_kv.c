#include "store_kv.h"

#include "store_int.h"
#include "store_timer.h"

#include <stdio.h>
#include <string.h>

enum { SL_GET = 57, SL_SET, SL_DELETE, SL_INCR, SL_LIST, SL_PRUNE, SL_END };
_Static_assert(SL_END <= 63, "store_kv has slots 57 to 62");

static const char *const sql[] = {
    [SL_GET - SL_GET] = "SELECT value FROM kv WHERE county = ?1 AND plugin = ?2 AND key = ?3 "
                        "AND (expires_at IS NULL OR expires_at > ?4)",
    [SL_SET - SL_GET] = "INSERT INTO kv (county, plugin, key, value, expires_at) "
                        "VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT (county, plugin, key) DO UPDATE "
                        "SET value = excluded.value, expires_at = excluded.expires_at",
    [SL_DELETE - SL_GET] = "DELETE FROM kv WHERE county = ?1 AND plugin = ?2 AND key = ?3 "
                           "AND (expires_at IS NULL OR expires_at > ?4)",
    /* An expired entry counts from zero and takes the new expiry. */
    [SL_INCR - SL_GET] =
        "INSERT INTO kv (county, plugin, key, value, expires_at) VALUES (?1, ?2, ?3, ?4, ?5) "
        "ON CONFLICT (county, plugin, key) DO UPDATE SET "
        "value = CASE WHEN expires_at IS NOT NULL AND expires_at <= ?6 THEN ?4 "
        "ELSE (SELECT CASE WHEN v = CAST(v AS INTEGER) THEN CAST(v AS INTEGER) ELSE v END "
        "FROM (SELECT coalesce(CAST(value AS REAL), 0) + ?4 AS v)) END, "
        "expires_at = CASE WHEN expires_at IS NOT NULL AND expires_at <= ?6 THEN ?5 "
        "ELSE expires_at END RETURNING value",
    [SL_LIST - SL_GET] = "SELECT key, value FROM kv WHERE county = ?1 AND plugin = ?2 "
                         "AND key >= ?3 AND substr(key, 1, length(?3)) = ?3 "
                         "AND (expires_at IS NULL OR expires_at > ?4) ORDER BY key LIMIT ?5",
    [SL_PRUNE - SL_GET] = "DELETE FROM kv WHERE rowid IN (SELECT rowid FROM kv WHERE "
                          "expires_at IS NOT NULL AND expires_at <= ?1 LIMIT ?2)",
};

static sqlite3_stmt *prepare(int slot, conn **cp, buf *err) {
    conn *c = store_conn(err);
    if (!c)
        return NULL;
    *cp = c;
    return store_stmt(c, slot, sql[slot - SL_GET], err);
}

static void bind_scope(sqlite3_stmt *s, const char *county, const char *plugin, const char *key) {
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, plugin, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, key, -1, SQLITE_STATIC);
}

static int finish(conn *c, sqlite3_stmt *s, int rc, buf *err) {
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        buf_printf(err, "kv: %s", sqlite3_errmsg(store_conn_db(c)));
        return -1;
    }
    return 0;
}

int store_kv_get(const char *county, const char *plugin, const char *key, int64_t now, buf *out,
                 buf *err) {
    conn *c;
    sqlite3_stmt *s = prepare(SL_GET, &c, err);
    if (!s)
        return -1;
    bind_scope(s, county, plugin, key);
    sqlite3_bind_int64(s, 4, now);
    int rc = sqlite3_step(s);
    int found = rc == SQLITE_ROW;
    if (found)
        buf_add(out, sqlite3_column_text(s, 0), (size_t)sqlite3_column_bytes(s, 0));
    return finish(c, s, rc, err) < 0 ? -1 : found;
}

int store_kv_set(const char *county, const char *plugin, const char *key, const char *value,
                 int64_t expires_at, buf *err) {
    if (store_unit_write(err) != 0)
        return -1;
    conn *c;
    sqlite3_stmt *s = prepare(SL_SET, &c, err);
    if (!s)
        return -1;
    bind_scope(s, county, plugin, key);
    sqlite3_bind_text(s, 4, value, -1, SQLITE_STATIC);
    if (expires_at > 0)
        sqlite3_bind_int64(s, 5, expires_at);
    return finish(c, s, sqlite3_step(s), err);
}

int store_kv_delete(const char *county, const char *plugin, const char *key, buf *err) {
    if (store_unit_write(err) != 0)
        return -1;
    conn *c;
    sqlite3_stmt *s = prepare(SL_DELETE, &c, err);
    if (!s)
        return -1;
    bind_scope(s, county, plugin, key);
    sqlite3_bind_int64(s, 4, INT64_MAX); /* expired entries go too */
    if (finish(c, s, sqlite3_step(s), err) < 0)
        return -1;
    return sqlite3_changes(store_conn_db(c)) > 0;
}

int store_kv_incr(const char *county, const char *plugin, const char *key, double by,
                  int64_t expires_at, int64_t now, double *out, buf *err) {
    if (store_unit_write(err) != 0)
        return -1;
    conn *c;
    sqlite3_stmt *s = prepare(SL_INCR, &c, err);
    if (!s)
        return -1;
    bind_scope(s, county, plugin, key);
    /* whole numbers stay integers in the stored JSON ("2", not "2.0") */
    if (by == (double)(int64_t)by)
        sqlite3_bind_int64(s, 4, (int64_t)by);
    else
        sqlite3_bind_double(s, 4, by);
    if (expires_at > 0)
        sqlite3_bind_int64(s, 5, expires_at);
    sqlite3_bind_int64(s, 6, now);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        *out = sqlite3_column_double(s, 0);
    if (finish(c, s, rc, err) < 0)
        return -1;
    if (rc != SQLITE_ROW) {
        buf_adds(err, "kv: incr returned no value");
        return -1;
    }
    /* finish the statement so the RETURNING row does not hold it open */
    return 0;
}

int store_kv_list(const char *county, const char *plugin, const char *prefix, int limit,
                  int64_t now, buf *out, buf *err) {
    conn *c;
    sqlite3_stmt *s = prepare(SL_LIST, &c, err);
    if (!s)
        return -1;
    bind_scope(s, county, plugin, prefix);
    sqlite3_bind_int64(s, 4, now);
    sqlite3_bind_int(s, 5, limit);
    buf_addc(out, '[');
    int rc, n = 0;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        if (n++)
            buf_addc(out, ',');
        buf_addc(out, '[');
        /* keys are JSON-safe by the Lua side's check; values are JSON */
        buf_addc(out, '"');
        buf_add(out, sqlite3_column_text(s, 0), (size_t)sqlite3_column_bytes(s, 0));
        buf_adds(out, "\",");
        buf_add(out, sqlite3_column_text(s, 1), (size_t)sqlite3_column_bytes(s, 1));
        buf_addc(out, ']');
    }
    buf_addc(out, ']');
    return finish(c, s, rc, err);
}

int store_kv_prune(int64_t now, int max, buf *err) {
    conn *c;
    sqlite3_stmt *s = prepare(SL_PRUNE, &c, err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, now);
    sqlite3_bind_int(s, 2, max);
    if (finish(c, s, sqlite3_step(s), err) < 0)
        return -1;
    return sqlite3_changes(store_conn_db(c));
}
