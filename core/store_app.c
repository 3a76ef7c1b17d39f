#include "store_app.h"

#include "log.h"
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
    SL_APP_END,
    /* 办件编号 lookups (schema 11) */
    SL_NUM_RECENT = 71,
    SL_NUM_MERGE,
    SL_NUM_CLEAR,
    SL_NUM_COUNT,
    SL_NUM_END,
};
_Static_assert(SL_APP_END <= 16 && SL_NUM_END <= STORE_EXTRA_STMTS,
               "store_app has slots 0-15, 71-74");

static const char *const sql[] = {
    /* No row back: the day's serial is at 9999, and nothing was changed. */
    [SL_SERIAL] = "INSERT INTO serials (county, prefix, day, last) VALUES (?1, ?2, ?3, 1) "
                  "ON CONFLICT (county, prefix, day) DO UPDATE SET last = last + 1 "
                  "WHERE last < 9999 RETURNING last",
    [SL_APP_INSERT] = "INSERT INTO applications (county, number, query_code, subject, "
                      "catalog_version, state, doc, seq, created_at, updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 1, ?8, ?8)",
    [SL_EVENT_INSERT] = "INSERT INTO application_events (id, app_id, seq, at, actor, action, "
                        "from_state, to_state, reason, payload) "
                        "VALUES (?1 * 1048576 + ?2, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
    [SL_APP_UPDATE] = "UPDATE applications SET state = ?1, doc = ?2, seq = seq + 1, "
                      "updated_at = ?3 WHERE id = ?4 AND seq = ?5",
    /* The number's id from numbers, or else from numbers_recent, read
     * through (coalesce asks it only when numbers has none) and only for a
     * number the serials say was given: prefix, yyyymmdd and a 4-digit
     * serial, so that a number never given costs no reading through. */
    [SL_GET_BY_NUMBER] = "SELECT id, county, number, query_code, subject, catalog_version, "
                         "state, seq, created_at, updated_at, doc FROM applications "
                         "WHERE id = coalesce((SELECT app_id FROM numbers WHERE county = ?2 "
                         "AND number = ?1), CASE WHEN (SELECT last FROM serials WHERE county = ?2 "
                         "AND prefix = substr(?1, 1, length(?1) - 12) AND day = substr(?1, "
                         "length(?1) - 11, 8)) >= CAST(substr(?1, length(?1) - 3) AS INTEGER) "
                         "THEN (SELECT app_id FROM numbers_recent WHERE county = ?2 "
                         "AND number = ?1) END) AND county = ?2",
    [SL_GET_BY_ID] = "SELECT id, county, number, query_code, subject, catalog_version, state, "
                     "seq, created_at, updated_at, doc FROM applications WHERE id = ?1",
    [SL_EVENTS] = "SELECT json_group_array(json_object('seq', seq, 'at', at, 'actor', actor, "
                  "'action', action, 'from', from_state, 'to', to_state, 'reason', reason, "
                  "'payload', json(payload))) FROM (SELECT * FROM application_events "
                  "WHERE id BETWEEN ?1 * 1048576 AND ?1 * 1048576 + 1048575 ORDER BY id)",
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
    [SL_NUM_RECENT] = "INSERT INTO numbers_recent (app_id, county, number) VALUES (?1, ?2, ?3)",
    [SL_NUM_MERGE] = "INSERT INTO numbers (county, number, app_id) "
                     "SELECT county, number, app_id FROM numbers_recent ORDER BY county, number",
    [SL_NUM_CLEAR] = "DELETE FROM numbers_recent",
    [SL_NUM_COUNT] = "SELECT count(*) FROM numbers_recent",
    [SL_BEGIN] = "BEGIN IMMEDIATE",
    [SL_COMMIT] = "COMMIT",
    [SL_ROLLBACK] = "ROLLBACK",
};

/* ---- the writer's log writes, gathered ---------------------------------
 *
 * SQLite writes each frame of the log (the WAL file) with two pwrite calls,
 * its header and then its page: some seven system calls per submission. The
 * writer thread's files go through a thin VFS over the default one, which
 * gathers log writes that continue where the previous one ended in a buffer
 * and hands them to the file in one write before anything could need them
 * there: a sync, a read, a size query, a truncate, a file control, a close
 * or a write elsewhere in the file; and before the log index in shared
 * memory is published (SQLite calls the database file's xShmBarrier between
 * the two copies of the index header, and a reader takes a header only when
 * both agree), so no connection can learn of a frame that is not in the
 * file. With synchronous=FULL every commit syncs the log, so a commit's
 * frames are on disk before it returns, as before. Files that other threads
 * open pass straight through. The VFS becomes the default when the writer
 * starts, because the store opens its connections by path. */

/* The unix VFS writes at most 128 KiB in one call. */
#define LOG_BUF_CAP (120u << 10)

typedef struct wfile {
    sqlite3_file base;
    sqlite3_file *real;
    int gather; /* the writer's log: writes are gathered */
    int db;     /* the writer's database file: xShmBarrier flushes */
    char *buf;  /* gathered bytes, for the file from offset off */
    size_t len;
    sqlite3_int64 off;
} wfile;

static sqlite3_vfs wvfs, *real_vfs;
/* The methods, by the version of the file underneath (1 to 3): SQLite
 * reads only the members that version has. */
static sqlite3_io_methods wio[4];
static _Thread_local int in_writer;
static _Thread_local wfile *writer_log; /* the writer's open log, if any */

static int log_flush(wfile *f) {
    if (!f->len)
        return SQLITE_OK;
    int rc = f->real->pMethods->xWrite(f->real, f->buf, (int)f->len, f->off);
    f->len = 0;
    return rc;
}

static int w_close(sqlite3_file *pf) {
    wfile *f = (wfile *)pf;
    int rc = log_flush(f);
    if (writer_log == f)
        writer_log = NULL;
    free(f->buf);
    f->buf = NULL;
    int rc2 = f->real->pMethods->xClose(f->real);
    return rc != SQLITE_OK ? rc : rc2;
}

static int w_read(sqlite3_file *pf, void *p, int amt, sqlite3_int64 off) {
    wfile *f = (wfile *)pf;
    int rc = log_flush(f);
    return rc != SQLITE_OK ? rc : f->real->pMethods->xRead(f->real, p, amt, off);
}

static int w_write(sqlite3_file *pf, const void *p, int amt, sqlite3_int64 off) {
    wfile *f = (wfile *)pf;
    if (!f->gather)
        return f->real->pMethods->xWrite(f->real, p, amt, off);
    if (f->len && off == f->off + (sqlite3_int64)f->len && f->len + (size_t)amt <= LOG_BUF_CAP) {
        memcpy(f->buf + f->len, p, (size_t)amt);
        f->len += (size_t)amt;
        return SQLITE_OK;
    }
    int rc = log_flush(f);
    if (rc != SQLITE_OK)
        return rc;
    if ((size_t)amt > LOG_BUF_CAP / 2)
        return f->real->pMethods->xWrite(f->real, p, amt, off);
    memcpy(f->buf, p, (size_t)amt);
    f->len = (size_t)amt;
    f->off = off;
    return SQLITE_OK;
}

static int w_truncate(sqlite3_file *pf, sqlite3_int64 size) {
    wfile *f = (wfile *)pf;
    int rc = log_flush(f);
    return rc != SQLITE_OK ? rc : f->real->pMethods->xTruncate(f->real, size);
}

static int w_sync(sqlite3_file *pf, int flags) {
    wfile *f = (wfile *)pf;
    int rc = log_flush(f);
    return rc != SQLITE_OK ? rc : f->real->pMethods->xSync(f->real, flags);
}

static int w_size(sqlite3_file *pf, sqlite3_int64 *size) {
    wfile *f = (wfile *)pf;
    int rc = log_flush(f);
    return rc != SQLITE_OK ? rc : f->real->pMethods->xFileSize(f->real, size);
}

static int w_lock(sqlite3_file *pf, int lock) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xLock(f->real, lock);
}

static int w_unlock(sqlite3_file *pf, int lock) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xUnlock(f->real, lock);
}

static int w_check_lock(sqlite3_file *pf, int *out) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xCheckReservedLock(f->real, out);
}

static int w_control(sqlite3_file *pf, int op, void *arg) {
    wfile *f = (wfile *)pf;
    int rc = log_flush(f);
    return rc != SQLITE_OK ? rc : f->real->pMethods->xFileControl(f->real, op, arg);
}

static int w_sector(sqlite3_file *pf) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xSectorSize(f->real);
}

static int w_device(sqlite3_file *pf) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xDeviceCharacteristics(f->real);
}

static int w_shm_map(sqlite3_file *pf, int pg, int pgsz, int extend, void volatile **pp) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xShmMap(f->real, pg, pgsz, extend, pp);
}

static int w_shm_lock(sqlite3_file *pf, int offset, int n, int flags) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xShmLock(f->real, offset, n, flags);
}

static void w_shm_barrier(sqlite3_file *pf) {
    wfile *f = (wfile *)pf;
    /* Published next: the index that tells readers which frames exist. A
     * failed write here shows again at the commit's sync. */
    if (f->db && writer_log)
        log_flush(writer_log);
    f->real->pMethods->xShmBarrier(f->real);
}

static int w_shm_unmap(sqlite3_file *pf, int del) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xShmUnmap(f->real, del);
}

static int w_fetch(sqlite3_file *pf, sqlite3_int64 off, int amt, void **pp) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xFetch(f->real, off, amt, pp);
}

static int w_unfetch(sqlite3_file *pf, sqlite3_int64 off, void *p) {
    wfile *f = (wfile *)pf;
    return f->real->pMethods->xUnfetch(f->real, off, p);
}

static int w_open(sqlite3_vfs *vfs, const char *name, sqlite3_file *pf, int flags, int *out) {
    (void)vfs;
    wfile *f = (wfile *)pf;
    memset(f, 0, sizeof *f);
    f->real = (sqlite3_file *)(f + 1);
    int rc = real_vfs->xOpen(real_vfs, name, f->real, flags, out);
    if (rc != SQLITE_OK || !f->real->pMethods) {
        f->base.pMethods = NULL;
        return rc != SQLITE_OK ? rc : SQLITE_CANTOPEN;
    }
    if (in_writer && (flags & SQLITE_OPEN_WAL) && !writer_log && (f->buf = malloc(LOG_BUF_CAP))) {
        f->gather = 1;
        writer_log = f;
    }
    f->db = in_writer && (flags & SQLITE_OPEN_MAIN_DB);
    int version = f->real->pMethods->iVersion;
    f->base.pMethods = &wio[version < 1 ? 1 : version > 3 ? 3 : version];
    return SQLITE_OK;
}

static void gather_init(void) {
    real_vfs = sqlite3_vfs_find(NULL);
    if (!real_vfs)
        return;
    wvfs = *real_vfs;
    wvfs.zName = "banshi-writer";
    wvfs.szOsFile = (int)sizeof(wfile) + real_vfs->szOsFile;
    wvfs.xOpen = w_open;
    wvfs.pNext = NULL;
    for (int v = 1; v <= 3; v++)
        wio[v] = (sqlite3_io_methods){
            v,          w_close,       w_read,       w_write,   w_truncate, w_sync,   w_size,
            w_lock,     w_unlock,      w_check_lock, w_control, w_sector,   w_device, w_shm_map,
            w_shm_lock, w_shm_barrier, w_shm_unmap,  w_fetch,   w_unfetch};
    sqlite3_vfs_register(&wvfs, 1);
}

/* Makes the gathering VFS the default, once. */
static void gather_register(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, gather_init);
}

static pthread_mutex_t qlock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t qcond = PTHREAD_COND_INITIALIZER;
static store_op *qhead, *qtail;
static int running;
static pthread_t writer;
static _Atomic uint64_t n_batches, n_ops;

/* The log is checkpointed into the database once it holds this many pages
 * (SQLite's default is 1000). Pages written again and again between two
 * checkpoints (index leaves, the serials) are copied once per checkpoint,
 * so a longer log costs less per submission: measured with 6 KB
 * submissions, 10% less writer time than at 1000. With the 8 KiB pages of
 * store.c the log grows to 32 MiB; 2,000 pages (16 MiB) measured 4% fewer
 * submissions per second than 4,000. */
#define WRITER_CHECKPOINT_PAGES 4000

/* ---- checkpoints -------------------------------------------------------------
 * A checkpoint copies the log's pages into the database and syncs both. Run
 * by the writer after a commit, as SQLite does by default, it kept every
 * submission waiting for milliseconds at a time while the cores sat idle
 * (without any checkpoint, 10 to 15% more submissions per second). So a
 * thread of its own, on its own connection, copies most of the log while
 * the writer goes on committing: the writer's log hook wakes it each time
 * another CKPT_STEP_PAGES pages have come since its last pass, and it runs
 * a PASSIVE checkpoint. The log starts again from its beginning only when
 * a write begins with everything copied, which under steady load may not
 * happen by itself; so once the log holds ckpt_pages pages, the writer
 * waits for a pass under way, then checkpoints what is left itself,
 * between two batches, and its next write starts the log again. That
 * keeps the log as long as before, and the writer copies about a quarter
 * of what it did. */
#define CKPT_STEP_PAGES (ckpt_pages / 4)

static pthread_mutex_t ck_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t ck_cond = PTHREAD_COND_INITIALIZER; /* work for the checkpointer */
static pthread_cond_t ck_idle = PTHREAD_COND_INITIALIZER; /* a pass ended */
static int ck_running, ck_wanted, ck_busy, ck_started;
static int ck_asked_at; /* the log's pages when a pass was last asked for */
static pthread_t ck_thread;
static int ckpt_pages = WRITER_CHECKPOINT_PAGES;
static _Atomic uint64_t n_ckpt_thread, n_ckpt_writer;

static void *checkpointer_main(void *arg) {
    (void)arg;
    pthread_setname_np(pthread_self(), "banshi-ckpt");
    buf err = BUF_INIT;
    conn *c = NULL;
    pthread_mutex_lock(&ck_lock);
    for (;;) {
        while (!ck_wanted && ck_running)
            pthread_cond_wait(&ck_cond, &ck_lock);
        if (!ck_running)
            break;
        ck_wanted = 0;
        ck_busy = 1;
        pthread_mutex_unlock(&ck_lock);
        if (!c)
            c = store_conn(&err);
        if (c && sqlite3_wal_checkpoint_v2(store_conn_db(c), NULL, SQLITE_CHECKPOINT_PASSIVE, NULL,
                                           NULL) == SQLITE_OK)
            atomic_fetch_add(&n_ckpt_thread, 1);
        pthread_mutex_lock(&ck_lock);
        ck_busy = 0;
        pthread_cond_broadcast(&ck_idle);
    }
    pthread_mutex_unlock(&ck_lock);
    buf_free(&err);
    return NULL;
}

/* The writer connection's log hook, after each of its commits, with the
 * pages the log holds. */
static int writer_log_hook(void *arg, sqlite3 *db, const char *name, int pages) {
    (void)arg;
    pthread_mutex_lock(&ck_lock);
    if (pages < ck_asked_at)
        ck_asked_at = 0; /* the log started again */
    if (pages >= ckpt_pages) {
        while (ck_busy)
            pthread_cond_wait(&ck_idle, &ck_lock);
        pthread_mutex_unlock(&ck_lock);
        if (sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL) == SQLITE_OK)
            atomic_fetch_add(&n_ckpt_writer, 1);
        return SQLITE_OK;
    }
    if (ck_started && pages - ck_asked_at >= CKPT_STEP_PAGES) {
        ck_asked_at = pages;
        ck_wanted = 1;
        pthread_cond_signal(&ck_cond);
    }
    pthread_mutex_unlock(&ck_lock);
    return SQLITE_OK;
}

void store_checkpoint_pages(int pages) { ckpt_pages = pages > 0 ? pages : WRITER_CHECKPOINT_PAGES; }

void store_checkpoint_stats(uint64_t *by_thread, uint64_t *by_writer) {
    *by_thread = atomic_load(&n_ckpt_thread);
    *by_writer = atomic_load(&n_ckpt_writer);
}

/* The writer's page cache (SQLite's default is 2 MiB): every submission
 * inserts into the number index at one of many places, and with the
 * default cache a growing database sent it back to the file for those
 * pages (4 reads per submission at 100,000 applications; 2.7 with this). */
#define WRITER_CACHE_KIB 32768

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

/* A document or an event's payload, with its length when known (0: not). */
static void bind_json(sqlite3_stmt *s, int i, const char *v, size_t len) {
    sqlite3_bind_text(s, i, v, len ? (int)len : -1, SQLITE_STATIC);
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
    if (op->payload)
        bind_json(s, 9, op->payload, op->payload_len);
    else
        bind_text(s, 9, "{}");
    return step_done(s);
}

/* ---- 办件编号 lookups (schema 11) -------------------------------------------
 * A new number goes into numbers_recent with its application. Once that
 * holds numbers_merge_at of them, the writer moves them all into numbers
 * in a transaction of its own between two batches, sorted: the numbers of
 * one item go onto that item's last leaf of numbers together, about a page
 * per item instead of a page per submission. Should a move fail (numbers'
 * key refusing a number twice, which the serials rule out), it is logged
 * and undone: lookups still find those numbers in numbers_recent, and the
 * writer tries again after as many new ones. A lookup of a number given
 * but not yet moved reads numbers_recent through: at 4,200 rows up to
 * 230 us (an indexed lookup takes a few); a smaller batch makes that
 * shorter but moves each item's numbers in smaller groups. A number never
 * given is told apart by the serials first (SL_GET_BY_NUMBER). */
#define NUMBERS_MERGE_AT 4096
static int numbers_merge_at = NUMBERS_MERGE_AT;
static long numbers_recent = -1; /* the writer's count; -1: not read yet */

void store_numbers_merge_at(int n) { numbers_merge_at = n > 0 ? n : NUMBERS_MERGE_AT; }

static void numbers_merge(conn *c, long added) {
    if (numbers_recent < 0) {
        sqlite3_stmt *s = st(c, SL_NUM_COUNT);
        numbers_recent = s && sqlite3_step(s) == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
        if (s)
            sqlite3_reset(s);
        added = 0; /* counted with the rest */
    }
    numbers_recent += added;
    if (numbers_recent < numbers_merge_at)
        return;
    if (run_simple(c, SL_BEGIN) != 0)
        return; /* tried again after the next batch */
    if (run_simple(c, SL_NUM_MERGE) == 0 && run_simple(c, SL_NUM_CLEAR) == 0 &&
        run_simple(c, SL_COMMIT) == 0) {
        numbers_recent = 0;
        return;
    }
    log_msg(LOG_ERROR, "store", "moving %ld application numbers into their index failed: %s",
            numbers_recent, sqlite3_errmsg(store_conn_db(c)));
    run_simple(c, SL_ROLLBACK);
    numbers_recent -= numbers_merge_at; /* again after as many new ones */
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
    int rc = sqlite3_step(s);
    if (rc == SQLITE_ROW)
        serial = sqlite3_column_int64(s, 0);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    /* 办件编号: implementation code + yyyymmdd + 4-digit daily serial. */
    if (rc == SQLITE_DONE) {
        snprintf(op->err, sizeof op->err, "the daily serial of %s on %s is exhausted (9999)",
                 op->prefix, op->day);
        return STORE_EXHAUSTED;
    }
    if (serial < 0) {
        snprintf(op->err, sizeof op->err, "serial: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
    snprintf(op->number, sizeof op->number, "%s%s%04lld", op->prefix, op->day, (long long)serial);
    s = st(c, SL_APP_INSERT);
    bind_text(s, 1, op->county);
    bind_text(s, 2, op->number);
    bind_text(s, 3, op->query_code);
    bind_text(s, 4, op->subject);
    bind_text(s, 5, op->version);
    bind_text(s, 6, op->state);
    bind_json(s, 7, op->doc, op->doc_len);
    sqlite3_bind_int64(s, 8, op->at);
    if (step_done(s) != 0) {
        snprintf(op->err, sizeof op->err, "insert: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
    op->id = sqlite3_last_insert_rowid(db);
    op->seq = 1;
    s = st(c, SL_NUM_RECENT);
    sqlite3_bind_int64(s, 1, op->id);
    bind_text(s, 2, op->county);
    bind_text(s, 3, op->number);
    if (step_done(s) != 0) {
        snprintf(op->err, sizeof op->err, "number: %s", sqlite3_errmsg(db));
        return STORE_ERROR;
    }
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
    bind_json(s, 2, op->doc, op->doc_len);
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
    if (op->broken_holder && store_promise_record(c, op, op->app_id) != STORE_OK)
        return STORE_ERROR;
    return store_timer_apply_app(c, op, op->app_id);
}

/* Runs the ops of a batch inside the open transaction, each inside its own
 * savepoint when savepoints is set. Without savepoints, returns -1 as soon
 * as an op fails (it may have changed rows that only rolling back the whole
 * transaction undoes); the caller then runs the batch again with
 * savepoints. Returns 0 otherwise. */
static int run_ops(conn *c, store_op *ops, int savepoints) {
    for (store_op *op = ops; op; op = op->next) {
        op->err[0] = '\0';
        if (savepoints)
            run_simple(c, SL_SAVEPOINT);
        op->rc = op->kind == STORE_APP_CREATE ? do_create(c, op) : do_update(c, op);
        if (savepoints) {
            if (op->rc != STORE_OK)
                run_simple(c, SL_ROLLBACK_TO);
            run_simple(c, SL_RELEASE);
        } else if (op->rc != STORE_OK) {
            /* Some refusals come after the op changed rows (a certificate
             * number already taken, a timer fired meanwhile): only the
             * savepoint run undoes the op alone. */
            return -1;
        }
    }
    return 0;
}

/* Runs one batch in one transaction; every op gets its rc. The ops run
 * first without savepoints (two statements and a copy of every page an op
 * touches, saved per op); should one fail part way, the transaction is
 * rolled back and the batch runs again with a savepoint around each op, so
 * that the failing op alone is lost. */
static void run_batch(conn *c, store_op *ops) {
    double t0 = store_now();
    int began = run_simple(c, SL_BEGIN) == 0;
    if (began && run_ops(c, ops, 0) != 0) {
        run_simple(c, SL_ROLLBACK);
        began = run_simple(c, SL_BEGIN) == 0;
        if (began)
            run_ops(c, ops, 1);
    }
    if (!began) {
        for (store_op *op = ops; op; op = op->next) {
            op->rc = STORE_ERROR;
            snprintf(op->err, sizeof op->err, "cannot begin a transaction: %s",
                     sqlite3_errmsg(store_conn_db(c)));
        }
        return;
    }
    if (run_simple(c, SL_COMMIT) != 0) {
        const char *msg = sqlite3_errmsg(store_conn_db(c));
        run_simple(c, SL_ROLLBACK);
        for (store_op *op = ops; op; op = op->next) {
            if (op->rc == STORE_OK) {
                op->rc = STORE_ERROR;
                snprintf(op->err, sizeof op->err, "commit failed: %s", msg);
            }
        }
    } else {
        store_record_commit(t0);
    }
}

static void *writer_main(void *arg) {
    pthread_setname_np(pthread_self(), "banshi-writer");
    conn *c = arg;
    in_writer = 1;
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
            if (c) {
                char pragma[64];
                snprintf(pragma, sizeof pragma, "PRAGMA cache_size = -%d", WRITER_CACHE_KIB);
                store_exec(store_conn_db(c), pragma, NULL);
                sqlite3_wal_hook(store_conn_db(c), writer_log_hook, NULL);
            }
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
        /* Timers now on disk may be due before the timer thread wakes; the
         * new numbers are counted for numbers_merge. */
        long created = 0;
        for (store_op *op = batch; op; op = op->next) {
            created += op->kind == STORE_APP_CREATE && op->rc == STORE_OK;
            for (int i = 0; op->rc == STORE_OK && op->set_timers && i < op->ntimers; i++)
                store_timer_notify(op->timers[i].due_at);
        }
        for (store_op *op = batch, *next; op; op = next) {
            next = op->next; /* done() may free op */
            op->next = NULL;
            op->done(op);
        }
        /* After the answers, which need not wait for it. */
        if (c && created)
            numbers_merge(c, created);
        pthread_mutex_lock(&qlock);
    }
    pthread_mutex_unlock(&qlock);
    return NULL;
}

int store_writer_start(buf *err) {
    gather_register();
    /* Without the checkpointer the writer checkpoints itself (the hook). */
    pthread_mutex_lock(&ck_lock);
    ck_running = 1;
    ck_started = pthread_create(&ck_thread, NULL, checkpointer_main, NULL) == 0;
    if (!ck_started)
        ck_running = 0;
    pthread_mutex_unlock(&ck_lock);
    pthread_mutex_lock(&qlock);
    running = 1;
    pthread_mutex_unlock(&qlock);
    if (pthread_create(&writer, NULL, writer_main, NULL) != 0) {
        pthread_mutex_lock(&qlock);
        running = 0;
        pthread_mutex_unlock(&qlock);
        store_writer_stop(); /* the checkpointer */
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
    /* After the writer: its last commits may still wake the checkpointer. */
    pthread_mutex_lock(&ck_lock);
    int ck = ck_started;
    ck_running = 0;
    ck_started = 0;
    pthread_cond_signal(&ck_cond);
    pthread_mutex_unlock(&ck_lock);
    if (ck)
        pthread_join(ck_thread, NULL);
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
