#include "store_cert.h"

#include "store_app.h"
#include "store_int.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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

/* ---- the holders filter ----------------------------------------------------
 * Most applicants hold no certificate of the county, and asking SQLite
 * costs a read transaction (file locks, and page reads the writer's
 * commits have made stale) on every submission with a 免提交 material. So
 * a set of the hashes of every (county, holder) with a certificate is kept
 * in memory: a holder not in it has none, and store_cert_find answers
 * without SQL. It is filled from the table on first use and a holder is
 * added when the writer records a certificate, before the commit: the set
 * holds every committed holder, and at worst one whose transaction was
 * rolled back, which only costs that holder a real lookup. Open addressing
 * on 64-bit hashes, 0 meaning empty, at most half full. */
static pthread_mutex_t holders_lock = PTHREAD_MUTEX_INITIALIZER;
static uint64_t *holders;
static size_t holders_cap, holders_n;
static int holders_ready;

static uint64_t holder_hash(const char *county, const char *holder) {
    uint64_t h = 1469598103934665603ull;
    for (const char *p = county; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    h = (h ^ 0xffu) * 1099511628211ull; /* a byte no text has, between the two */
    for (const char *p = holder; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    h ^= h >> 29;
    return h ? h : 1;
}

/* Under holders_lock. Returns -1 when out of memory. */
static int holders_add(uint64_t h) {
    if (2 * (holders_n + 1) > holders_cap) {
        size_t cap = holders_cap ? holders_cap * 2 : 1024;
        uint64_t *t = calloc(cap, sizeof *t);
        if (!t)
            return -1;
        for (size_t i = 0; i < holders_cap; i++) {
            if (!holders[i])
                continue;
            size_t j = holders[i] & (cap - 1);
            while (t[j])
                j = (j + 1) & (cap - 1);
            t[j] = holders[i];
        }
        free(holders);
        holders = t;
        holders_cap = cap;
    }
    size_t j = h & (holders_cap - 1);
    while (holders[j] && holders[j] != h)
        j = (j + 1) & (holders_cap - 1);
    if (!holders[j]) {
        holders[j] = h;
        holders_n++;
    }
    return 0;
}

/* Under holders_lock. */
static int holders_has(uint64_t h) {
    if (!holders_cap)
        return 0;
    size_t j = h & (holders_cap - 1);
    while (holders[j]) {
        if (holders[j] == h)
            return 1;
        j = (j + 1) & (holders_cap - 1);
    }
    return 0;
}

/* Under holders_lock: fills the set from the table once. On failure the
 * set stays unready and every lookup asks SQLite. */
static void holders_load(conn *c) {
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(store_conn_db(c), "SELECT county, holder FROM certificates", -1, &s,
                           NULL) != SQLITE_OK) {
        sqlite3_finalize(s);
        return;
    }
    int rc, ok = 1;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        const char *county = (const char *)sqlite3_column_text(s, 0);
        const char *holder = (const char *)sqlite3_column_text(s, 1);
        if (county && holder && holders_add(holder_hash(county, holder)) != 0)
            ok = 0;
    }
    sqlite3_finalize(s);
    holders_ready = ok && rc == SQLITE_DONE;
}

void store_cert_forget(void) {
    pthread_mutex_lock(&holders_lock);
    free(holders);
    holders = NULL;
    holders_cap = holders_n = 0;
    holders_ready = 0;
    pthread_mutex_unlock(&holders_lock);
}

/* 1 if holder of county may hold a certificate (ask SQLite), 0 if not. */
static int holder_may_hold(conn *c, const char *county, const char *holder) {
    pthread_mutex_lock(&holders_lock);
    if (!holders_ready)
        holders_load(c);
    int may = !holders_ready || holders_has(holder_hash(county, holder));
    pthread_mutex_unlock(&holders_lock);
    return may;
}

/* The writer: the holders of op's certificates join the set. A holder
 * that cannot be added leaves the set unready, so lookups ask SQLite. */
static void holders_note(const char *county, const char *certificates_json, conn *c) {
    sqlite3_stmt *s = NULL;
    if (sqlite3_prepare_v2(store_conn_db(c),
                           "SELECT json_extract(value, '$.holder') FROM json_each(?1)", -1, &s,
                           NULL) != SQLITE_OK) {
        sqlite3_finalize(s);
        pthread_mutex_lock(&holders_lock);
        holders_ready = 0;
        pthread_mutex_unlock(&holders_lock);
        return;
    }
    sqlite3_bind_text(s, 1, certificates_json, -1, SQLITE_STATIC);
    pthread_mutex_lock(&holders_lock);
    while (sqlite3_step(s) == SQLITE_ROW) {
        const char *holder = (const char *)sqlite3_column_text(s, 0);
        if (holder && holders_add(holder_hash(county, holder)) != 0)
            holders_ready = 0;
    }
    pthread_mutex_unlock(&holders_lock);
    sqlite3_finalize(s);
}

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
    /* Before the row can be committed, so that no reader misses it. */
    holders_note(op->county, op->certificates, c);
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
    if (c && !holder_may_hold(c, county, holder))
        return 0;
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
