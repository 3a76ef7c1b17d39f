#include "store_cert.h"

#include "store_app.h"
#include "store_int.h"

#include <stdio.h>

enum { SL_RECORD = 66, SL_FIND, SL_END };
_Static_assert(SL_END <= STORE_EXTRA_STMTS, "store_cert has slots 66 and 67");

static const char *const sql[] = {
    /* ?2 is the issuance's list of certificates as JSON */
    [SL_RECORD - SL_RECORD] =
        "INSERT INTO certificates (county, number, license, holder, holder_name, issuer, "
        "issued_at, valid_until, app_id) SELECT ?1, json_extract(value, '$.number'), "
        "json_extract(value, '$.license'), json_extract(value, '$.holder'), "
        "json_extract(value, '$.holder_name'), json_extract(value, '$.issuer'), ?3, "
        "json_extract(value, '$.valid_until'), ?4 FROM json_each(?2)",
    /* json_patch onto {} drops the members that are null */
    [SL_FIND - SL_RECORD] =
        "SELECT json_patch('{}', json_object('number', c.number, 'license', c.license, "
        "'holder', c.holder, 'holder_name', c.holder_name, 'issuer', c.issuer, "
        "'issued_at', c.issued_at / 1000, 'valid_until', c.valid_until, 'application', a.number)) "
        "FROM certificates c JOIN applications a ON a.id = c.app_id "
        "WHERE c.county = ?1 AND c.holder = ?2 AND c.license = ?3 "
        "ORDER BY c.issued_at DESC, c.rowid DESC LIMIT 1",
};

int store_cert_record(conn *c, store_op *op, int64_t app_id) {
    sqlite3 *db = store_conn_db(c);
    sqlite3_stmt *s = store_stmt(c, SL_RECORD, sql[0], NULL);
    if (!s) {
        snprintf(op->err, sizeof op->err, "certificates: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
    sqlite3_bind_text(s, 1, op->county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, op->certificates, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, op->at);
    sqlite3_bind_int64(s, 4, app_id);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc == SQLITE_DONE)
        return STORE_OK;
    /* A certificate number the county has already recorded for that licence:
     * the clerk's to correct, not a failure of the store. */
    if (sqlite3_extended_errcode(db) == SQLITE_CONSTRAINT_PRIMARYKEY) {
        snprintf(op->err, sizeof op->err, "the certificate number is already recorded");
        return STORE_CONFLICT;
    }
    snprintf(op->err, sizeof op->err, "certificates: %s", sqlite3_errmsg(db));
    return STORE_ERROR;
}

int store_cert_find(const char *county, const char *holder, const char *license, buf *out,
                    buf *err) {
    conn *c = store_conn(err);
    sqlite3_stmt *s = c ? store_stmt(c, SL_FIND, sql[SL_FIND - SL_RECORD], err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, holder, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, license, -1, SQLITE_STATIC);
    int found = 0, rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        const unsigned char *j = sqlite3_column_text(s, 0);
        buf_adds(out, j ? (const char *)j : "{}");
        found = 1;
    } else if (rc != SQLITE_DONE) {
        buf_printf(err, "%s", sqlite3_errmsg(store_conn_db(c)));
        found = -1;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return found;
}
