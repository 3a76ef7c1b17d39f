#include "store_audit.h"

#include "store_int.h"

#include <sodium.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

enum { SL_LAST = 32, SL_INSERT, SL_ALL, SL_LIST, SL_LIST_COUNTY, SL_BEGIN, SL_COMMIT, SL_ROLLBACK };

static const char *const sql_last = "SELECT id, hash FROM audit ORDER BY id DESC LIMIT 1";
static const char *const sql_insert =
    "INSERT INTO audit (id, at, county, actor, remote, action, target, detail, prev, hash) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)";
static const char *const sql_all = "SELECT id, at, county, actor, remote, action, target, detail, "
                                   "prev, hash FROM audit ORDER BY id";
static const char *const sql_list =
    "SELECT json_group_array(json_object('id', id, 'at', at, 'county', county, 'actor', actor, "
    "'remote', remote, 'action', action, 'target', target, 'detail', detail)) FROM (SELECT * "
    "FROM audit ORDER BY id DESC LIMIT ?1)";
static const char *const sql_list_county =
    "SELECT json_group_array(json_object('id', id, 'at', at, 'county', county, 'actor', actor, "
    "'remote', remote, 'action', action, 'target', target, 'detail', detail)) FROM (SELECT * "
    "FROM audit WHERE county = ?2 ORDER BY id DESC LIMIT ?1)";

/* The chained hash: previous hash, then each field with its length, so no
 * two different rows can hash the same bytes. */
static void entry_hash(const char *prev, int64_t id, int64_t at, const char *const f[6],
                       char out[65]) {
    crypto_generichash_state st;
    crypto_generichash_init(&st, NULL, 0, 32);
    crypto_generichash_update(&st, (const unsigned char *)prev, strlen(prev));
    char nums[64];
    int n = snprintf(nums, sizeof nums, "|%lld|%lld", (long long)id, (long long)at);
    crypto_generichash_update(&st, (const unsigned char *)nums, (size_t)n);
    for (int i = 0; i < 6; i++) {
        size_t len = strlen(f[i]);
        n = snprintf(nums, sizeof nums, "|%zu:", len);
        crypto_generichash_update(&st, (const unsigned char *)nums, (size_t)n);
        crypto_generichash_update(&st, (const unsigned char *)f[i], len);
    }
    unsigned char h[32];
    crypto_generichash_final(&st, h, sizeof h);
    sodium_bin2hex(out, 65, h, sizeof h);
}

static int run(conn *c, int slot, const char *sql) {
    sqlite3_stmt *s = store_stmt(c, slot, sql, NULL);
    if (!s)
        return -1;
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

int store_audit_append(const char *county, const char *actor, const char *remote,
                       const char *action, const char *target, const char *detail, buf *err) {
    conn *c = store_conn(err);
    if (!c)
        return -1;
    sqlite3 *db = store_conn_db(c);
    double t0 = store_now();
    /* BEGIN IMMEDIATE: the last hash read and the new row are one step.
     * Inside a transaction already open on this connection (a plugin's
     * call that has written, store_unit_*), the entry joins it under a
     * savepoint, and is undone with it. */
    int nested = !sqlite3_get_autocommit(db);
    if (nested ? store_exec(db, "SAVEPOINT audit", NULL) != 0
               : run(c, SL_BEGIN, "BEGIN IMMEDIATE") != 0) {
        buf_printf(err, "audit: %s", sqlite3_errmsg(db));
        return -1;
    }
    int rc = -1;
    char prev[65] = "", hash[65];
    int64_t id = 1;
    sqlite3_stmt *s = store_stmt(c, SL_LAST, sql_last, err);
    if (s) {
        if (sqlite3_step(s) == SQLITE_ROW) {
            id = sqlite3_column_int64(s, 0) + 1;
            snprintf(prev, sizeof prev, "%s", (const char *)sqlite3_column_text(s, 1));
        }
        sqlite3_reset(s);
        int64_t at = (int64_t)time(NULL);
        const char *f[6] = {county, actor,  remote ? remote : "",
                            action, target, detail ? detail : ""};
        entry_hash(prev, id, at, f, hash);
        s = store_stmt(c, SL_INSERT, sql_insert, err);
        if (s) {
            sqlite3_bind_int64(s, 1, id);
            sqlite3_bind_int64(s, 2, at);
            for (int i = 0; i < 6; i++)
                sqlite3_bind_text(s, 3 + i, f[i], -1, SQLITE_STATIC);
            sqlite3_bind_text(s, 9, prev, -1, SQLITE_STATIC);
            sqlite3_bind_text(s, 10, hash, -1, SQLITE_STATIC);
            rc = sqlite3_step(s) == SQLITE_DONE ? 0 : -1;
            sqlite3_reset(s);
            sqlite3_clear_bindings(s);
        }
    }
    if (nested) {
        if (rc == 0 && store_exec(db, "RELEASE audit", NULL) == 0)
            return 0;
        buf_printf(err, "audit: %s", sqlite3_errmsg(db));
        store_exec(db, "ROLLBACK TO audit; RELEASE audit", NULL);
        return -1;
    }
    if (rc == 0 && run(c, SL_COMMIT, "COMMIT") == 0) {
        store_record_commit(t0);
        return 0;
    }
    buf_printf(err, "audit: %s", sqlite3_errmsg(db));
    run(c, SL_ROLLBACK, "ROLLBACK");
    return -1;
}

int64_t store_audit_verify(char last[65], buf *err) {
    conn *c = store_conn(err);
    sqlite3_stmt *s = c ? store_stmt(c, SL_ALL, sql_all, err) : NULL;
    if (!s)
        return -1;
    char prev[65] = "";
    int64_t expect_id = 1, n = 0, bad = 0;
    while (!bad && sqlite3_step(s) == SQLITE_ROW) {
        int64_t id = sqlite3_column_int64(s, 0), at = sqlite3_column_int64(s, 1);
        const char *f[6];
        for (int i = 0; i < 6; i++)
            f[i] = (const char *)sqlite3_column_text(s, 2 + i);
        const char *stored_prev = (const char *)sqlite3_column_text(s, 8);
        const char *stored = (const char *)sqlite3_column_text(s, 9);
        char want[65];
        entry_hash(prev, id, at, f, want);
        if (id != expect_id) {
            buf_printf(err, "entry %lld is missing (the next one found is %lld): a row was deleted",
                       (long long)expect_id, (long long)id);
            bad = 1;
        } else if (strcmp(stored_prev, prev) != 0) {
            buf_printf(err, "entry %lld does not follow entry %lld: the chain was cut",
                       (long long)id, (long long)id - 1);
            bad = 1;
        } else if (strcmp(stored, want) != 0) {
            buf_printf(err, "entry %lld (%s by %s) was changed after it was written", (long long)id,
                       f[3], f[1]);
            bad = 1;
        } else {
            snprintf(prev, sizeof prev, "%s", stored);
            expect_id++;
            n++;
        }
    }
    sqlite3_reset(s);
    if (bad)
        return -1;
    snprintf(last, 65, "%s", prev);
    return n;
}

int store_audit_list(const char *county, int limit, buf *out, buf *err) {
    conn *c = store_conn(err);
    int slot = county ? SL_LIST_COUNTY : SL_LIST;
    sqlite3_stmt *s = c ? store_stmt(c, slot, county ? sql_list_county : sql_list, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_int(s, 1, limit);
    if (county)
        sqlite3_bind_text(s, 2, county, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s) == SQLITE_ROW ? 0 : -1;
    if (rc == 0)
        buf_adds(out, (const char *)sqlite3_column_text(s, 0));
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc;
}
