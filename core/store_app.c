#include "store_app.h"

#include "store_int.h"
#include "store_timer.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Statement slots of this file in the per-connection cache. */
enum {
    SL_SERIAL,
    SL_APP_INSERT,
    SL_EVENT_INSERT,
    SL_APP_UPDATE,
    SL_GET_BY_NUMBER,
    SL_GET_BY_ID,
    SL_EVENTS,
    SL_LIST,
    SL_LIST_STATE,
    SL_SAVEPOINT,
    SL_RELEASE,
    SL_ROLLBACK_TO,
    SL_BEGIN,
    SL_COMMIT,
    SL_ROLLBACK,
};

static const char *const sql[] = {
    [SL_SERIAL] = "INSERT INTO serials (county, prefix, day, last) VALUES (?1, ?2, ?3, 1) "
                  "ON CONFLICT (county, prefix, day) DO UPDATE SET last = last + 1 RETURNING last",
    [SL_APP_INSERT] = "INSERT INTO applications (county, number, query_code, subject, "
                      "catalog_version, state, doc, seq, created_at, updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?8)",
    [SL_EVENT_INSERT] = "INSERT INTO application_events (app_id, seq, at, actor, action, "
                        "from_state, to_state, reason, payload) "
                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    [SL_APP_UPDATE] = "UPDATE applications SET state = ?1, doc = ?2, seq = seq + 1, "
                      "updated_at = ?3 WHERE id = ?4 AND seq = ?5",
    [SL_GET_BY_NUMBER] = "SELECT id, county, number, query_code, subject, catalog_version, "
                         "state, seq, created_at, updated_at, doc FROM applications "
                         "WHERE number = ?1 AND county = ?2",
    [SL_GET_BY_ID] = "SELECT id, county, number, query_code, subject, catalog_version, state, "
                     "seq, created_at, updated_at, doc FROM applications WHERE id = ?1",
    [SL_EVENTS] = "SELECT json_group_array(json_object('seq', seq, 'at', at, 'actor', actor, "
                  "'action', action, 'from', from_state, 'to', to_state, 'reason', reason, "
                  "'payload', json(payload))) FROM (SELECT * FROM application_events "
                  "WHERE app_id = ?1 ORDER BY seq)",
    [SL_LIST] = "SELECT json_group_array(json_object('number', number, 'subject', subject, "
                "'state', state, 'created_at', created_at, 'updated_at', updated_at, "
                "'warning', json_extract(doc, '$.warning.level'))) FROM "
                "(SELECT * FROM applications WHERE county = ?1 ORDER BY id DESC LIMIT ?2 "
                "OFFSET ?3)",
    [SL_LIST_STATE] = "SELECT json_group_array(json_object('number', number, 'subject', subject, "
                      "'state', state, 'created_at', created_at, 'updated_at', updated_at, "
                      "'warning', json_extract(doc, '$.warning.level'))) "
                      "FROM (SELECT * FROM applications WHERE county = ?1 AND state = ?4 "
                      "ORDER BY updated_at DESC LIMIT ?2 OFFSET ?3)",
    [SL_SAVEPOINT] = "SAVEPOINT op",
    [SL_RELEASE] = "RELEASE op",
    [SL_ROLLBACK_TO] = "ROLLBACK TO op",
    [SL_BEGIN] = "BEGIN IMMEDIATE",
    [SL_COMMIT] = "COMMIT",
    [SL_ROLLBACK] = "ROLLBACK",
};

static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t qcond = PTHREAD_COND_INITIALIZER;
static store_op *qhead, *qtail;
static int running;
static pthread_t writer;
static _Atomic uint64_t n_batches, n_ops;

static sqlite3_stmt *st(conn *c, int slot) { return store_stmt(c, slot, sql[slot], NULL); }

static int run_simple(conn *c, int slot) {
    sqlite3_stmt *s = st(c, slot);
    if (!s)
        return -1;
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static void bind_text(sqlite3_stmt *s, int i, const char *v) {
    if (v)
        sqlite3_bind_text(s, i, v, -1, SQLITE_STATIC);
    else
        sqlite3_bind_null(s, i);
}

static int step_done(sqlite3_stmt *s) {
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? 0 : -1;
}

static int insert_event(conn *c, store_op *op, int64_t app_id, int64_t seq) {
    sqlite3_stmt *s = st(c, SL_EVENT_INSERT);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, app_id);
    sqlite3_bind_int64(s, 2, seq);
    sqlite3_bind_int64(s, 3, op->at);
    bind_text(s, 4, op->actor);
    bind_text(s, 5, op->action);
    bind_text(s, 6, op->from_state);
    bind_text(s, 7, op->state);
    bind_text(s, 8, op->reason);
    bind_text(s, 9, op->payload ? op->payload : "{}");
    return step_done(s);
}

static int do_create(conn *c, store_op *op) {
    sqlite3 *db = store_conn_db(c);
    sqlite3_stmt *s = st(c, SL_SERIAL);
    if (!s)
        return STORE_ERROR;
    bind_text(s, 1, op->county);
    bind_text(s, 2, op->prefix);
    bind_text(s, 3, op->day);
    int64_t serial = -1;
    if (sqlite3_step(s) == SQLITE_ROW)
        serial = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (serial < 0) {
        snprintf(op->err, sizeof op->err, "serial: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
    /* 办件编号: implementation code + yyyymmdd + 4-digit daily serial. */
    if (serial > 9999) {
        snprintf(op->err, sizeof op->err, "the daily serial of %s on %s is exhausted (9999)",
                 op->prefix, op->day);
        return STORE_EXHAUSTED;
    }
    snprintf(op->number, sizeof op->number, "%s%s%04lld", op->prefix, op->day, (long long)serial);
    s = st(c, SL_APP_INSERT);
    bind_text(s, 1, op->county);
    bind_text(s, 2, op->number);
    bind_text(s, 3, op->query_code);
    bind_text(s, 4, op->subject);
    bind_text(s, 5, op->version);
    bind_text(s, 6, op->state);
    bind_text(s, 7, op->doc);
    sqlite3_bind_int64(s, 8, op->at);
    if (step_done(s) != 0) {
        snprintf(op->err, sizeof op->err, "insert: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
    op->id = sqlite3_last_insert_rowid(db);
    op->seq = 1;
    if (insert_event(c, op, op->id, 1) != 0) {
        snprintf(op->err, sizeof op->err, "event: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
    return store_timer_apply_app(c, op, op->id);
}

static int do_update(conn *c, store_op *op) {
    sqlite3 *db = store_conn_db(c);
    sqlite3_stmt *s = st(c, SL_APP_UPDATE);
    if (!s)
        return STORE_ERROR;
    bind_text(s, 1, op->state);
    bind_text(s, 2, op->doc);
    sqlite3_bind_int64(s, 3, op->at);
    sqlite3_bind_int64(s, 4, op->app_id);
    sqlite3_bind_int64(s, 5, op->expect_seq);
    if (step_done(s) != 0) {
        snprintf(op->err, sizeof op->err, "update: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
    if (sqlite3_changes(db) != 1) {
        snprintf(op->err, sizeof op->err,
                 "the application changed while this request was decided; try again");
        return STORE_CONFLICT;
    }
    op->id = op->app_id;
    op->seq = op->expect_seq + 1;
    if (insert_event(c, op, op->app_id, op->seq) != 0) {
        snprintf(op->err, sizeof op->err, "event: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
    if (op->certificates) {
        int rc = store_cert_record(c, op, op->app_id);
        if (rc != STORE_OK)
            return rc;
    }
    return store_timer_apply_app(c, op, op->app_id);
}

/* Runs one batch in one transaction; every op gets its rc. */
static void run_batch(conn *c, store_op *ops) {
    double t0 = store_now();
    int began = run_simple(c, SL_BEGIN) == 0;
    for (store_op *op = ops; op; op = op->next) {
        if (!began) {
            op->rc = STORE_ERROR;
            snprintf(op->err, sizeof op->err, "cannot begin a transaction: %s",
                     sqlite3_errmsg(store_conn_db(c)));
            continue;
        }
        run_simple(c, SL_SAVEPOINT);
        op->rc = op->kind == STORE_APP_CREATE ? do_create(c, op) : do_update(c, op);
        if (op->rc != STORE_OK)
            run_simple(c, SL_ROLLBACK_TO);
        run_simple(c, SL_RELEASE);
    }
    if (began && run_simple(c, SL_COMMIT) != 0) {
        const char *msg = sqlite3_errmsg(store_conn_db(c));
        run_simple(c, SL_ROLLBACK);
        for (store_op *op = ops; op; op = op->next) {
            if (op->rc == STORE_OK) {
                op->rc = STORE_ERROR;
                snprintf(op->err, sizeof op->err, "commit failed: %s", msg);
            }
        }
    } else if (began) {
        store_record_commit(t0);
    }
}

static void *writer_main(void *arg) {
    conn *c = arg;
    pthread_mutex_lock(&qlock);
    for (;;) {
        while (!qhead && running)
            pthread_cond_wait(&qcond, &qlock);
        if (!qhead && !running)
            break;
        /* Take up to STORE_BATCH_MAX ops; whatever arrives meanwhile waits
         * for the next batch, which commits as soon as this one has. */
        store_op *batch = qhead, *last = qhead;
        int n = 1;
        while (last->next && n < STORE_BATCH_MAX) {
            last = last->next;
            n++;
        }
        qhead = last->next;
        if (!qhead)
            qtail = NULL;
        last->next = NULL;
        pthread_mutex_unlock(&qlock);
        if (!c) {
            buf err = BUF_INIT;
            c = store_conn(&err);
            buf_free(&err);
        }
        if (c) {
            run_batch(c, batch);
        } else {
            for (store_op *op = batch; op; op = op->next) {
                op->rc = STORE_ERROR;
                snprintf(op->err, sizeof op->err, "the writer has no database connection");
            }
        }
        atomic_fetch_add(&n_batches, 1);
        atomic_fetch_add(&n_ops, (uint64_t)n);
        /* Timers now on disk may be due before the timer thread wakes. */
        for (store_op *op = batch; op; op = op->next)
            for (int i = 0; op->rc == STORE_OK && op->set_timers && i < op->ntimers; i++)
                store_timer_notify(op->timers[i].due_at);
        for (store_op *op = batch, *next; op; op = next) {
            next = op->next; /* done() may free op */
            op->next = NULL;
            op->done(op);
        }
        pthread_mutex_lock(&qlock);
    }
    pthread_mutex_unlock(&qlock);
    return NULL;
}

int store_writer_start(buf *err) {
    pthread_mutex_lock(&qlock);
    running = 1;
    pthread_mutex_unlock(&qlock);
    if (pthread_create(&writer, NULL, writer_main, NULL) != 0) {
        running = 0;
        buf_adds(err, "cannot start the writer thread");
        return -1;
    }
    return 0;
}

void store_writer_stop(void) {
    pthread_mutex_lock(&qlock);
    int was = running;
    running = 0;
    pthread_cond_signal(&qcond);
    pthread_mutex_unlock(&qlock);
    if (was)
        pthread_join(writer, NULL);
}

int store_submit(store_op *op) {
    op->next = NULL;
    op->rc = STORE_ERROR;
    op->err[0] = '\0';
    pthread_mutex_lock(&qlock);
    if (!running) {
        pthread_mutex_unlock(&qlock);
        return -1;
    }
    if (qtail)
        qtail->next = op;
    else
        qhead = op;
    qtail = op;
    pthread_cond_signal(&qcond);
    pthread_mutex_unlock(&qlock);
    return 0;
}

typedef struct waiter {
    pthread_mutex_t m;
    pthread_cond_t c;
    int done;
} waiter;

static void wake_waiter(store_op *op) {
    waiter *w = op->user;
    pthread_mutex_lock(&w->m);
    w->done = 1;
    pthread_cond_signal(&w->c);
    pthread_mutex_unlock(&w->m);
}

int store_submit_wait(store_op *op) {
    waiter w = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, 0};
    op->done = wake_waiter;
    op->user = &w;
    if (store_submit(op) != 0) {
        snprintf(op->err, sizeof op->err, "the writer is not running");
        return STORE_ERROR;
    }
    pthread_mutex_lock(&w.m);
    while (!w.done)
        pthread_cond_wait(&w.c, &w.m);
    pthread_mutex_unlock(&w.m);
    return op->rc;
}

void store_writer_stats(uint64_t *batches, uint64_t *ops) {
    *batches = atomic_load(&n_batches);
    *ops = atomic_load(&n_ops);
}

/* ---- reads ---------------------------------------------------------------- */

static void copy_col(sqlite3_stmt *s, int i, char *out, size_t n) {
    const unsigned char *t = sqlite3_column_text(s, i);
    snprintf(out, n, "%s", t ? (const char *)t : "");
}

int store_app_get(const char *county, const char *number, int64_t id, store_app *out, buf *err) {
    memset(out, 0, sizeof *out);
    conn *c = store_conn(err);
    if (!c)
        return -1;
    sqlite3_stmt *s = store_stmt(c, number ? SL_GET_BY_NUMBER : SL_GET_BY_ID,
                                 sql[number ? SL_GET_BY_NUMBER : SL_GET_BY_ID], err);
    if (!s)
        return -1;
    if (number) {
        bind_text(s, 1, number);
        bind_text(s, 2, county);
    } else {
        sqlite3_bind_int64(s, 1, id);
    }
    int found = 0;
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64(s, 0);
        copy_col(s, 1, out->county, sizeof out->county);
        copy_col(s, 2, out->number, sizeof out->number);
        copy_col(s, 3, out->query_code, sizeof out->query_code);
        copy_col(s, 4, out->subject, sizeof out->subject);
        copy_col(s, 5, out->version, sizeof out->version);
        copy_col(s, 6, out->state, sizeof out->state);
        out->seq = sqlite3_column_int64(s, 7);
        out->created_at = sqlite3_column_int64(s, 8);
        out->updated_at = sqlite3_column_int64(s, 9);
        const char *doc = (const char *)sqlite3_column_text(s, 10);
        out->doc = strdup(doc ? doc : "{}");
        found = out->doc ? 1 : -1;
    } else if (rc != SQLITE_DONE) {
        buf_printf(err, "%s", sqlite3_errmsg(store_conn_db(c)));
        found = -1;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return found;
}

void store_app_free(store_app *a) {
    free(a->doc);
    a->doc = NULL;
}

static int json_query(int slot, void (*bind)(sqlite3_stmt *, void *), void *arg, buf *out,
                      buf *err) {
    conn *c = store_conn(err);
    if (!c)
        return -1;
    sqlite3_stmt *s = store_stmt(c, slot, sql[slot], err);
    if (!s)
        return -1;
    bind(s, arg);
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW) {
        const char *j = (const char *)sqlite3_column_text(s, 0);
        buf_adds(out, j ? j : "[]");
    } else {
        buf_printf(err, "%s", sqlite3_errmsg(store_conn_db(c)));
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_ROW ? 0 : -1;
}

static void bind_events(sqlite3_stmt *s, void *arg) { sqlite3_bind_int64(s, 1, *(int64_t *)arg); }

int store_app_events(int64_t app_id, buf *out, buf *err) {
    return json_query(SL_EVENTS, bind_events, &app_id, out, err);
}

typedef struct list_args {
    const char *county, *state;
    int limit, offset;
} list_args;

static void bind_list(sqlite3_stmt *s, void *arg) {
    list_args *a = arg;
    bind_text(s, 1, a->county);
    sqlite3_bind_int(s, 2, a->limit);
    sqlite3_bind_int(s, 3, a->offset);
    if (a->state)
        bind_text(s, 4, a->state);
}

int store_app_list(const char *county, const char *state, int limit, int offset, buf *out,
                   buf *err) {
    list_args a = {county, state, limit, offset};
    return json_query(state ? SL_LIST_STATE : SL_LIST, bind_list, &a, out, err);
}
