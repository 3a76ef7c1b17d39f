#include "store_timer.h"

#include "clock.h"
#include "store_app.h"
#include "store_int.h"

#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Statement slots of this file in the per-connection cache. */
enum {
    SL_INSERT = 40,
    SL_CANCEL,
    SL_NEXT,
    SL_DUE,
    SL_FIRED,
    SL_RETRY,
    SL_COUNT_ALL,
    SL_COUNT_COUNTY,
    SL_PRUNE,
    SL_OF_APP,
    SL_APP_CLEAR,
    SL_TX_BEGIN,
    SL_TX_COMMIT,
    SL_TX_ROLLBACK,
    SL_TX_SAVEPOINT,
    SL_TX_RELEASE,
    SL_END
};
_Static_assert(SL_END <= 56, "store_timer has slots 40 to 55");

static const char *const sql[] = {
    [SL_INSERT - SL_INSERT] = "INSERT INTO timers (county, due_at, name, payload, app_id, "
                              "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    [SL_CANCEL - SL_INSERT] = "DELETE FROM timers WHERE id = ?1 AND county = ?2 "
                              "AND fired_at IS NULL AND substr(name, 1, length(?3)) = ?3",
    [SL_NEXT - SL_INSERT] = "SELECT due_at FROM timers WHERE fired_at IS NULL "
                            "ORDER BY due_at, id LIMIT 1",
    [SL_DUE - SL_INSERT] = "SELECT id, county, name, due_at, app_id, attempts, payload FROM "
                           "timers WHERE fired_at IS NULL AND due_at <= ?1 "
                           "ORDER BY due_at, id LIMIT ?2",
    [SL_FIRED - SL_INSERT] = "UPDATE timers SET fired_at = ?2, last_error = ?3 WHERE id = ?1 "
                             "AND fired_at IS NULL",
    [SL_RETRY - SL_INSERT] = "UPDATE timers SET due_at = ?2, last_error = ?3, "
                             "attempts = attempts + 1 WHERE id = ?1 AND fired_at IS NULL",
    [SL_COUNT_ALL - SL_INSERT] = "SELECT n FROM timer_pending WHERE id = 1",
    [SL_COUNT_COUNTY - SL_INSERT] = "SELECT count(*) FROM timers WHERE fired_at IS NULL "
                                    "AND county = ?1",
    [SL_PRUNE - SL_INSERT] = "DELETE FROM timers WHERE id IN (SELECT id FROM timers WHERE "
                             "fired_at IS NOT NULL AND fired_at < ?1 LIMIT ?2)",
    [SL_OF_APP - SL_INSERT] = "SELECT json_group_array(json_object('name', name, 'due_at', "
                              "due_at)) FROM (SELECT name, due_at FROM timers WHERE "
                              "app_id = ?1 AND fired_at IS NULL ORDER BY due_at, id)",
    [SL_APP_CLEAR - SL_INSERT] = "DELETE FROM timers WHERE app_id = ?1 AND fired_at IS NULL",
    [SL_TX_BEGIN - SL_INSERT] = "BEGIN IMMEDIATE",
    [SL_TX_COMMIT - SL_INSERT] = "COMMIT",
    [SL_TX_ROLLBACK - SL_INSERT] = "ROLLBACK",
    [SL_TX_SAVEPOINT - SL_INSERT] = "SAVEPOINT t",
    [SL_TX_RELEASE - SL_INSERT] = "RELEASE t",
};

/* The count of pending timers (schema 9's timer_pending, one row). Every
 * statement of this file that makes a row pending or ends one (insert,
 * cancel, fired, an application's clear) is followed, on the same
 * connection and in the same transaction, by pending_add with its number
 * of rows; a change made outside a transaction gets a savepoint of its own
 * around both (change_begin, change_end). So the count commits and rolls
 * back with the rows, and /metrics reads one row instead of counting a
 * million (about 40 ms). A statement per change costs under a microsecond;
 * triggers on timers would keep the count too, but made each firing and
 * clearing about 10 us slower (statement journals) when measured here.
 * The server recounts once at start (store_timer_recount), which also
 * repairs rows changed by hand. */
enum { SL_PENDING_ADD = 68, SL_PENDING_SAVEPOINT, SL_PENDING_RELEASE, SL_PENDING_END };
_Static_assert(SL_PENDING_END <= STORE_EXTRA_STMTS, "store_timer has slots 68 to 70");

static int run_slot(conn *c, int slot, const char *text, buf *err) {
    sqlite3_stmt *s = store_stmt(c, slot, text, err);
    if (!s)
        return -1;
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) {
        if (err)
            buf_printf(err, "pending count: %s", sqlite3_errmsg(store_conn_db(c)));
        return -1;
    }
    return 0;
}

static int pending_add(conn *c, int64_t delta, buf *err) {
    if (delta == 0)
        return 0;
    sqlite3_stmt *s =
        store_stmt(c, SL_PENDING_ADD, "UPDATE timer_pending SET n = n + ?1 WHERE id = 1", err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, delta);
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE || sqlite3_changes(store_conn_db(c)) != 1) {
        if (err)
            buf_printf(err, "pending count: %s", sqlite3_errmsg(store_conn_db(c)));
        return -1;
    }
    return 0;
}

/* Before a change and its count: *own is set when the connection was in no
 * transaction and a savepoint was begun here. */
static int change_begin(conn *c, int *own, buf *err) {
    *own = sqlite3_get_autocommit(store_conn_db(c));
    return *own ? run_slot(c, SL_PENDING_SAVEPOINT, "SAVEPOINT pending", err) : 0;
}

/* After it: ok says whether the change and its count both succeeded. Returns
 * 0, or -1 when either failed (what the savepoint held is undone). */
static int change_end(conn *c, int own, int ok, buf *err) {
    if (own && ok && run_slot(c, SL_PENDING_RELEASE, "RELEASE pending", err) == 0)
        return 0;
    if (own)
        store_exec(store_conn_db(c), "ROLLBACK TO pending; RELEASE pending", NULL);
    return ok && !own ? 0 : -1;
}

static void (*notify_fn)(int64_t);
/* Inside a transaction of store_tx, the timer thread hears of new timers
 * only once they are committed (it could not see them before). */
static _Thread_local int in_tx;
static _Thread_local int64_t tx_earliest = INT64_MAX;

void store_timer_on_notify(void (*fn)(int64_t due_at)) { notify_fn = fn; }

void store_timer_notify(int64_t due_at) {
    if (notify_fn)
        notify_fn(due_at);
}

/* The statement in slot on this thread's connection, reset and unbound. */
static sqlite3_stmt *prepare(int slot, conn **cp, buf *err) {
    conn *c = store_conn(err);
    if (!c)
        return NULL;
    if (cp)
        *cp = c;
    return store_stmt(c, slot, sql[slot - SL_INSERT], err);
}

static sqlite3_stmt *prepare_on(conn *c, int slot) {
    return store_stmt(c, slot, sql[slot - SL_INSERT], NULL);
}

static void finish(sqlite3_stmt *s) {
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
}

/* Steps a statement that returns no row; -1 with the message on failure. */
static int exec_done(conn *c, sqlite3_stmt *s, const char *what, buf *err) {
    int rc = sqlite3_step(s);
    finish(s);
    if (rc != SQLITE_DONE) {
        if (err)
            buf_printf(err, "%s: %s", what, sqlite3_errmsg(store_conn_db(c)));
        return -1;
    }
    return 0;
}

static int64_t insert(conn *c, const char *county, int64_t due_at, const char *name,
                      const char *payload, int64_t app_id, int64_t now, buf *err) {
    sqlite3_stmt *s = prepare_on(c, SL_INSERT);
    if (!s) {
        if (err)
            buf_printf(err, "prepare: %s", sqlite3_errmsg(store_conn_db(c)));
        return -1;
    }
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, due_at);
    sqlite3_bind_text(s, 3, name, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, payload ? payload : "{}", -1, SQLITE_STATIC);
    if (app_id > 0)
        sqlite3_bind_int64(s, 5, app_id);
    sqlite3_bind_int64(s, 6, now);
    if (exec_done(c, s, "timer insert", err) != 0)
        return -1;
    return sqlite3_last_insert_rowid(store_conn_db(c));
}

int64_t store_timer_schedule(const char *county, int64_t due_at, const char *name,
                             const char *payload, int64_t app_id, buf *err) {
    conn *c = store_conn(err);
    int own;
    if (!c || store_unit_write(err) != 0 || change_begin(c, &own, err) != 0)
        return -1;
    int64_t id = insert(c, county, due_at, name, payload, app_id, clock_now_ms(), err);
    if (change_end(c, own, id > 0 && pending_add(c, 1, err) == 0, err) != 0)
        return -1;
    if (id > 0 && in_tx && due_at < tx_earliest)
        tx_earliest = due_at;
    else if (id > 0 && !in_tx)
        store_timer_notify(due_at);
    return id;
}

int store_timer_cancel(const char *county, int64_t id, const char *prefix, buf *err) {
    if (store_unit_write(err) != 0)
        return -1;
    conn *c;
    int own;
    sqlite3_stmt *s = prepare(SL_CANCEL, &c, err);
    if (!s || change_begin(c, &own, err) != 0)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_text(s, 2, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, prefix ? prefix : "", -1, SQLITE_STATIC);
    int ok = exec_done(c, s, "timer cancel", err) == 0;
    int n = ok ? sqlite3_changes(store_conn_db(c)) : 0;
    if (change_end(c, own, ok && pending_add(c, -n, err) == 0, err) != 0)
        return -1;
    return n > 0;
}

int store_timer_next(int64_t *due_at, buf *err) {
    sqlite3_stmt *s = prepare(SL_NEXT, NULL, err);
    if (!s)
        return -1;
    int rc = sqlite3_step(s);
    int found = rc == SQLITE_ROW;
    if (found)
        *due_at = sqlite3_column_int64(s, 0);
    finish(s);
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) {
        if (err)
            buf_printf(err, "next timer: error %d", rc);
        return -1;
    }
    return found;
}

static void copy_text(sqlite3_stmt *s, int col, char *out, size_t n) {
    const unsigned char *v = sqlite3_column_text(s, col);
    snprintf(out, n, "%s", v ? (const char *)v : "");
}

int store_timer_due(int64_t now, store_timer *out, int max, buf *err) {
    sqlite3_stmt *s = prepare(SL_DUE, NULL, err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, now);
    sqlite3_bind_int(s, 2, max);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(s)) == SQLITE_ROW) {
        store_timer *t = &out[n];
        t->id = sqlite3_column_int64(s, 0);
        copy_text(s, 1, t->county, sizeof t->county);
        copy_text(s, 2, t->name, sizeof t->name);
        t->due_at = sqlite3_column_int64(s, 3);
        t->app_id = sqlite3_column_int64(s, 4);
        t->attempts = sqlite3_column_int(s, 5);
        const unsigned char *p = sqlite3_column_text(s, 6);
        t->payload = strdup(p ? (const char *)p : "{}");
        if (!t->payload)
            break;
        n++;
    }
    finish(s);
    return n;
}

void store_timer_free(store_timer *t, int n) {
    for (int i = 0; i < n; i++) {
        free(t[i].payload);
        t[i].payload = NULL;
    }
}

int store_timer_fired(int64_t id, int64_t at, const char *error, buf *err) {
    conn *c;
    int own;
    sqlite3_stmt *s = prepare(SL_FIRED, &c, err);
    if (!s || change_begin(c, &own, err) != 0)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, at);
    if (error)
        sqlite3_bind_text(s, 3, error, -1, SQLITE_TRANSIENT);
    int ok = exec_done(c, s, "timer fired", err) == 0;
    int n = ok ? sqlite3_changes(store_conn_db(c)) : 0;
    if (change_end(c, own, ok && pending_add(c, -n, err) == 0, err) != 0)
        return -1;
    return n > 0;
}

int store_timer_retry(int64_t id, int64_t due_at, const char *error, buf *err) {
    conn *c;
    sqlite3_stmt *s = prepare(SL_RETRY, &c, err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int64(s, 2, due_at);
    sqlite3_bind_text(s, 3, error ? error : "", -1, SQLITE_TRANSIENT);
    return exec_done(c, s, "timer retry", err);
}

int64_t store_timer_count(const char *county, buf *err) {
    sqlite3_stmt *s = prepare(county ? SL_COUNT_COUNTY : SL_COUNT_ALL, NULL, err);
    if (!s)
        return -1;
    if (county)
        sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    int64_t n = sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : -1;
    finish(s);
    return n;
}

int64_t store_timer_recount(int64_t *was, buf *err) {
    conn *c = store_conn(err);
    if (!c)
        return -1;
    sqlite3 *db = store_conn_db(c);
    int64_t n = -1;
    *was = -1;
    /* Run once at start: not worth cached statements. */
    sqlite3_stmt *s = NULL;
    if (store_exec(db, "BEGIN IMMEDIATE", err) != 0)
        return -1;
    if (sqlite3_prepare_v2(db,
                           "SELECT (SELECT n FROM timer_pending WHERE id = 1), (SELECT count(*) "
                           "FROM timers WHERE fired_at IS NULL)",
                           -1, &s, NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW) {
        *was = sqlite3_column_type(s, 0) == SQLITE_NULL ? -1 : sqlite3_column_int64(s, 0);
        n = sqlite3_column_int64(s, 1);
    }
    sqlite3_finalize(s);
    s = NULL;
    if (n >= 0 && n != *was &&
        (sqlite3_prepare_v2(db, "INSERT OR REPLACE INTO timer_pending (id, n) VALUES (1, ?1)", -1,
                            &s, NULL) != SQLITE_OK ||
         sqlite3_bind_int64(s, 1, n) != SQLITE_OK || sqlite3_step(s) != SQLITE_DONE))
        n = -1;
    sqlite3_finalize(s);
    if (n < 0 || store_exec(db, "COMMIT", err) != 0) {
        if (n < 0)
            buf_printf(err, "timer recount: %s", sqlite3_errmsg(db));
        store_exec(db, "ROLLBACK", NULL);
        return -1;
    }
    return n;
}

int store_timer_prune(int64_t before, int max, buf *err) {
    conn *c;
    sqlite3_stmt *s = prepare(SL_PRUNE, &c, err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, before);
    sqlite3_bind_int(s, 2, max);
    if (exec_done(c, s, "timer prune", err) != 0)
        return -1;
    return sqlite3_changes(store_conn_db(c));
}

int store_timer_of_app(int64_t app_id, buf *out, buf *err) {
    sqlite3_stmt *s = prepare(SL_OF_APP, NULL, err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, app_id);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        buf_adds(out, (const char *)sqlite3_column_text(s, 0));
    finish(s);
    return rc == SQLITE_ROW ? 0 : -1;
}

/* ---- units of work: a transaction begun at the first write ------------------ */

static _Thread_local int unit_open, unit_begun;

void store_unit_begin(void) {
    unit_open = 1;
    unit_begun = 0;
}

int store_unit_write(buf *err) {
    if (!unit_open || unit_begun || in_tx)
        return 0;
    if (store_tx(TX_BEGIN, err) != 0)
        return -1;
    unit_begun = 1;
    return 0;
}

int store_unit_active(void) { return unit_open && unit_begun; }

int store_unit_end(int commit, buf *err) {
    int rc = 0;
    if (unit_begun) {
        rc = store_tx(commit ? TX_COMMIT : TX_ROLLBACK, err);
        if (rc != 0 && commit)
            store_tx(TX_ROLLBACK, NULL);
    }
    unit_open = unit_begun = 0;
    return rc;
}

enum { SL_OPEN_APPS = 63 };

int store_timer_open_apps(const char *county, int64_t after, int64_t *ids, int max, buf *err) {
    static const char q[] = "SELECT id FROM applications WHERE county = ?1 AND id > ?2 AND "
                            "state IN ('accepted', 'reviewing') ORDER BY id LIMIT ?3";
    conn *c = store_conn(err);
    sqlite3_stmt *s = c ? store_stmt(c, SL_OPEN_APPS, q, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, after);
    sqlite3_bind_int(s, 3, max);
    int n = 0, rc;
    while (n < max && (rc = sqlite3_step(s)) == SQLITE_ROW)
        ids[n++] = sqlite3_column_int64(s, 0);
    finish(s);
    return n;
}

int store_tx(enum store_tx_verb verb, buf *err) {
    static const int slots[] = {[TX_BEGIN] = SL_TX_BEGIN,
                                [TX_COMMIT] = SL_TX_COMMIT,
                                [TX_ROLLBACK] = SL_TX_ROLLBACK,
                                [TX_SAVEPOINT] = SL_TX_SAVEPOINT,
                                [TX_RELEASE] = SL_TX_RELEASE};
    conn *c = store_conn(err);
    if (!c)
        return -1;
    if (verb == TX_ROLLBACK_TO) /* not cached: rarely run */
        return store_exec(store_conn_db(c), "ROLLBACK TO t", err);
    sqlite3_stmt *s = prepare_on(c, slots[verb]);
    if (!s)
        return -1;
    int rc = exec_done(c, s, "transaction", err);
    if (verb == TX_BEGIN && rc == 0) {
        in_tx = 1;
        tx_earliest = INT64_MAX;
    } else if (verb == TX_COMMIT || verb == TX_ROLLBACK) {
        int64_t due = tx_earliest;
        in_tx = 0;
        tx_earliest = INT64_MAX;
        if (verb == TX_COMMIT && rc == 0 && due != INT64_MAX)
            store_timer_notify(due);
    }
    return rc;
}

/* In the writer's transaction: the timer that caused this change fires, and
 * the application's pending timers become op->timers. */
int store_timer_apply_app(conn *c, store_op *op, int64_t app_id) {
    sqlite3 *db = store_conn_db(c);
    int64_t pending = 0; /* the change to the pending count */
    if (op->fire_timer > 0) {
        sqlite3_stmt *s = prepare_on(c, SL_FIRED);
        if (!s)
            return STORE_ERROR;
        sqlite3_bind_int64(s, 1, op->fire_timer);
        sqlite3_bind_int64(s, 2, op->at);
        if (exec_done(c, s, "timer fired", NULL) != 0) {
            snprintf(op->err, sizeof op->err, "timer: %s", sqlite3_errmsg(db));
            return STORE_ERROR;
        }
        if (sqlite3_changes(db) != 1) {
            snprintf(op->err, sizeof op->err, "the timer was cancelled or has fired already");
            return STORE_CONFLICT;
        }
        pending--;
    }
    /* A new application has no timers to clear yet. */
    if (op->set_timers && op->kind != STORE_APP_CREATE) {
        sqlite3_stmt *s = prepare_on(c, SL_APP_CLEAR);
        if (!s)
            return STORE_ERROR;
        sqlite3_bind_int64(s, 1, app_id);
        if (exec_done(c, s, "timer clear", NULL) != 0) {
            snprintf(op->err, sizeof op->err, "timers: %s", sqlite3_errmsg(db));
            return STORE_ERROR;
        }
        pending -= sqlite3_changes(db);
    }
    if (op->set_timers) {
        for (int i = 0; i < op->ntimers; i++) {
            char payload[64];
            snprintf(payload, sizeof payload, "{\"app\":%lld}", (long long)app_id);
            if (insert(c, op->county, op->timers[i].due_at, op->timers[i].name, payload, app_id,
                       op->at, NULL) < 0) {
                snprintf(op->err, sizeof op->err, "timer insert: %s", sqlite3_errmsg(db));
                return STORE_ERROR;
            }
        }
        pending += op->ntimers;
    }
    /* In the writer's transaction (and the op's savepoint): one statement
     * for the op's whole change to the pending count. */
    if (pending_add(c, pending, NULL) != 0) {
        snprintf(op->err, sizeof op->err, "pending count: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
    return STORE_OK;
}
