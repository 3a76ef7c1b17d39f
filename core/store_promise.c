/* store_promise.c: applicants who broke a 容缺 promise (the supplement
 * never came), per county: recorded with the termination by the writer,
 * read at a later acceptance (no 容缺 for them again). */
#include "store_app.h"
#include "store_int.h"

#include <stdio.h>

enum { SL_BROKEN_PUT = 64, SL_BROKEN_GET };

int store_broken_promise(const char *county, const char *holder, buf *err) {
    static const char q[] = "SELECT 1 FROM broken_promises WHERE county = ?1 AND holder = ?2";
    conn *c = store_conn(err);
    sqlite3_stmt *s = c ? store_stmt(c, SL_BROKEN_GET, q, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, holder, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        buf_printf(err, "broken promises: %s", sqlite3_errmsg(store_conn_db(c)));
        return -1;
    }
    return rc == SQLITE_ROW;
}

int store_promise_record(conn *c, store_op *op, int64_t app_id) {
    static const char q[] = "INSERT OR IGNORE INTO broken_promises (county, holder, app_id, at) "
                            "VALUES (?1, ?2, ?3, ?4)";
    sqlite3_stmt *s = store_stmt(c, SL_BROKEN_PUT, q, NULL);
    int rc = SQLITE_ERROR;
    if (s) {
        sqlite3_bind_text(s, 1, op->county, -1, SQLITE_STATIC);
        sqlite3_bind_text(s, 2, op->broken_holder, -1, SQLITE_STATIC);
        sqlite3_bind_int64(s, 3, app_id);
        sqlite3_bind_int64(s, 4, op->at);
        rc = sqlite3_step(s);
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
    }
    if (rc != SQLITE_DONE) {
        snprintf(op->err, sizeof op->err, "broken promise: %s", sqlite3_errmsg(store_conn_db(c)));
        return STORE_ERROR;
    }
    return STORE_OK;
}
