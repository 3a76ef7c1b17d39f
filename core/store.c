#include "store.h"

#include "store_int.h"

#include <errno.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

/* Each migration takes the schema from version i to i + 1. Append only:
 * a released migration is never edited. */
static const char *const migrations[] = {
    /* 1: catalogue versions, durable timers, plugin key-value */
    "CREATE TABLE catalog_versions ("
    "  county TEXT NOT NULL, hash TEXT NOT NULL, created_at INTEGER NOT NULL,"
    "  created_by TEXT NOT NULL, files INTEGER NOT NULL, size INTEGER NOT NULL,"
    "  sources BLOB NOT NULL, PRIMARY KEY (county, hash));"
    "CREATE TABLE catalog_active (county TEXT PRIMARY KEY, hash TEXT NOT NULL,"
    "  activated_at INTEGER NOT NULL,"
    "  FOREIGN KEY (county, hash) REFERENCES catalog_versions (county, hash));"
    "CREATE TABLE timers (id INTEGER PRIMARY KEY, county TEXT NOT NULL,"
    "  due_at INTEGER NOT NULL, name TEXT NOT NULL, payload TEXT NOT NULL DEFAULT '{}',"
    "  created_at INTEGER NOT NULL, fired_at INTEGER);"
    "CREATE INDEX timers_pending ON timers (due_at) WHERE fired_at IS NULL;"
    "CREATE TABLE kv (county TEXT NOT NULL, plugin TEXT NOT NULL, key TEXT NOT NULL,"
    "  value TEXT NOT NULL, expires_at INTEGER, PRIMARY KEY (county, plugin, key));",
    /* 2: applications (办件) as documents plus their append-only events, and
     * the daily serials of application numbers */
    "CREATE TABLE applications (id INTEGER PRIMARY KEY, county TEXT NOT NULL,"
    "  number TEXT NOT NULL UNIQUE, query_code TEXT NOT NULL, subject TEXT NOT NULL,"
    "  catalog_version TEXT NOT NULL, state TEXT NOT NULL, doc TEXT NOT NULL,"
    "  seq INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);"
    "CREATE INDEX applications_by_state ON applications (county, state, updated_at);"
    "CREATE TABLE application_events (app_id INTEGER NOT NULL REFERENCES applications (id),"
    "  seq INTEGER NOT NULL, at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
    "  from_state TEXT, to_state TEXT NOT NULL, reason TEXT, payload TEXT NOT NULL,"
    "  PRIMARY KEY (app_id, seq)) WITHOUT ROWID;"
    "CREATE TABLE serials (county TEXT NOT NULL, prefix TEXT NOT NULL, day TEXT NOT NULL,"
    "  last INTEGER NOT NULL, PRIMARY KEY (county, prefix, day)) WITHOUT ROWID;",
    /* 3: uploaded files, stored once per county and content hash */
    "CREATE TABLE uploads (county TEXT NOT NULL, hash TEXT NOT NULL, size INTEGER NOT NULL,"
    "  content_type TEXT NOT NULL, data BLOB NOT NULL, created_at INTEGER NOT NULL,"
    "  PRIMARY KEY (county, hash));",
    /* 4: staff accounts, sign-in sessions, API tokens, the sign-in throttle
     * (store_auth.c); secrets only as hashes */
    "CREATE TABLE accounts (id INTEGER PRIMARY KEY, county TEXT NOT NULL,"
    "  username TEXT NOT NULL, display TEXT NOT NULL, role TEXT NOT NULL CHECK (role IN"
    "  ('clerk', 'reviewer', 'supervisor', 'county_admin', 'operator')),"
    "  departments TEXT NOT NULL DEFAULT '', password_hash TEXT NOT NULL,"
    "  disabled INTEGER NOT NULL DEFAULT 0, created_at INTEGER NOT NULL,"
    "  updated_at INTEGER NOT NULL, UNIQUE (county, username));"
    "CREATE TABLE sessions (id INTEGER PRIMARY KEY, token_hash BLOB NOT NULL UNIQUE,"
    "  account_id INTEGER NOT NULL REFERENCES accounts (id), remote TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL, last_seen INTEGER NOT NULL);"
    "CREATE INDEX sessions_by_account ON sessions (account_id);"
    "CREATE TABLE api_tokens (id INTEGER PRIMARY KEY, token_hash BLOB NOT NULL UNIQUE,"
    "  account_id INTEGER NOT NULL REFERENCES accounts (id), name TEXT NOT NULL,"
    "  created_at INTEGER NOT NULL, expires_at INTEGER NOT NULL, last_used INTEGER);"
    "CREATE TABLE signin_throttle (key TEXT PRIMARY KEY, failures INTEGER NOT NULL,"
    "  last_failure INTEGER NOT NULL, locked_until INTEGER NOT NULL) WITHOUT ROWID;",
    /* 5: the staff audit log, append-only and hash-chained (store_audit.c) */
    "CREATE TABLE audit (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, county TEXT NOT NULL,"
    "  actor TEXT NOT NULL, remote TEXT NOT NULL, action TEXT NOT NULL, target TEXT NOT NULL,"
    "  detail TEXT NOT NULL, prev TEXT NOT NULL, hash TEXT NOT NULL);"
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;"
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    "  BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;",
    /* 6: durable timers (store_timer.c) as they are used: unix milliseconds,
     * an optional application, retries; the unused table of 1 is replaced */
    "DROP TABLE timers;"
    "CREATE TABLE timers (id INTEGER PRIMARY KEY, county TEXT NOT NULL, due_at INTEGER NOT NULL,"
    "  name TEXT NOT NULL, payload TEXT NOT NULL DEFAULT '{}',"
    "  app_id INTEGER REFERENCES applications (id), created_at INTEGER NOT NULL,"
    "  fired_at INTEGER, attempts INTEGER NOT NULL DEFAULT 0, last_error TEXT);"
    "CREATE INDEX timers_due ON timers (due_at, id) WHERE fired_at IS NULL;"
    "CREATE INDEX timers_by_app ON timers (app_id) WHERE app_id IS NOT NULL AND fired_at IS NULL;"
    "CREATE INDEX timers_fired ON timers (fired_at) WHERE fired_at IS NOT NULL;",
    /* 7: applicants who broke a 容缺 promise (the supplement never came),
     * written with the termination; such an applicant gets no 容缺 again */
    "CREATE TABLE broken_promises (county TEXT NOT NULL, holder TEXT NOT NULL,"
    "  app_id INTEGER NOT NULL REFERENCES applications (id), at INTEGER NOT NULL,"
    "  PRIMARY KEY (county, holder, app_id)) WITHOUT ROWID;",
    /* 8: electronic certificates (电子证照) issued with a 准予 result
     * (store_cert.c), one row per licence: the built-in e-licence source
     * that 免提交 materials are looked up in, by holder and licence name */
    "CREATE TABLE certificates (county TEXT NOT NULL, number TEXT NOT NULL,"
    "  license TEXT NOT NULL, holder TEXT NOT NULL, holder_name TEXT NOT NULL,"
    "  issuer TEXT, issued_at INTEGER NOT NULL, valid_until TEXT,"
    "  app_id INTEGER NOT NULL REFERENCES applications (id),"
    "  PRIMARY KEY (county, number, license));"
    "CREATE INDEX certificates_by_holder ON certificates (county, holder, license, issued_at);",
    /* 9: how many durable timers are pending, one row kept by store_timer.c
     * in the transaction of each change, so that /metrics reads one row
     * instead of counting the pending rows (about 40 ms at a million) */
    "CREATE TABLE timer_pending (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);"
    "INSERT INTO timer_pending SELECT 1, count(*) FROM timers WHERE fired_at IS NULL;",
    /* 10: events keyed by one integer, app_id * 2^20 + seq: a row of its own
     * in a table b-tree, where an event of 2-3 KB lies whole on a leaf.
     * Under the two-column key of 2 each event left about 1 KB on a leaf
     * of the key's b-tree and the rest on an overflow page of its own (a
     * page and a quarter written per event, most of it empty). The events
     * of one application stay together and in order; a new application's
     * come last. Existing events are copied over once. */
    "CREATE TABLE application_events_10 (id INTEGER PRIMARY KEY,"
    "  app_id INTEGER NOT NULL REFERENCES applications (id), seq INTEGER NOT NULL,"
    "  at INTEGER NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, from_state TEXT,"
    "  to_state TEXT NOT NULL, reason TEXT, payload TEXT NOT NULL,"
    "  CHECK (seq BETWEEN 1 AND 1048575 AND id = app_id * 1048576 + seq));"
    "INSERT INTO application_events_10 SELECT app_id * 1048576 + seq, app_id, seq, at, actor,"
    "  action, from_state, to_state, reason, payload FROM application_events ORDER BY app_id, seq;"
    "DROP TABLE application_events;"
    "ALTER TABLE application_events_10 RENAME TO application_events;",
    /* 11: 办件编号 (application numbers) found through a table of their own
     * instead of a unique index on applications. A number begins with its
     * item's implementation code, so one submission after another went to
     * a different leaf of that index: a whole page written for each (38%
     * of the log's bytes). New numbers are appended to numbers_recent,
     * which a lookup reads through (a few thousand short rows at most);
     * the writer moves them into numbers in bulk (store_app.c), where the
     * ones of one item land together on that item's last leaf. The serials
     * keep numbers unique within a county; numbers' key checks it again at
     * each move. (The unique index also refused one number in two counties,
     * possible only where two counties' items share an implementation
     * code; each county now finds its own.) applications is rebuilt
     * without the UNIQUE constraint, ids and rows unchanged (migrate below
     * turns foreign keys off for it). */
    "CREATE TABLE numbers (county TEXT NOT NULL, number TEXT NOT NULL,"
    "  app_id INTEGER NOT NULL, PRIMARY KEY (county, number)) WITHOUT ROWID;"
    "CREATE TABLE numbers_recent (app_id INTEGER PRIMARY KEY, county TEXT NOT NULL,"
    "  number TEXT NOT NULL);"
    "INSERT INTO numbers SELECT county, number, id FROM applications ORDER BY county, number;"
    "CREATE TABLE applications_11 (id INTEGER PRIMARY KEY, county TEXT NOT NULL,"
    "  number TEXT NOT NULL, query_code TEXT NOT NULL, subject TEXT NOT NULL,"
    "  catalog_version TEXT NOT NULL, state TEXT NOT NULL, doc TEXT NOT NULL,"
    "  seq INTEGER NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL);"
    "INSERT INTO applications_11 (id, county, number, query_code, subject, catalog_version,"
    "  state, doc, seq, created_at, updated_at) SELECT id, county, number, query_code, subject,"
    "  catalog_version, state, doc, seq, created_at, updated_at FROM applications ORDER BY id;"
    "DROP TABLE applications;"
    "ALTER TABLE applications_11 RENAME TO applications;"
    "CREATE INDEX applications_by_state ON applications (county, state, updated_at);",
};
#define NMIGRATIONS ((int)(sizeof migrations / sizeof migrations[0]))
_Static_assert(NMIGRATIONS == STORE_SCHEMA_VERSION, "one migration per schema version");

enum stmt_id {
    ST_VERSION_INSERT,
    ST_VERSION_LIST,
    ST_VERSION_GET,
    ST_ACTIVE_SET,
    ST_ACTIVE_GET,
    ST_UPLOAD_PUT,
    ST_UPLOAD_GET,
    ST_COUNT
};

static const char *const stmt_sql[ST_COUNT] = {
    [ST_VERSION_INSERT] = "INSERT OR IGNORE INTO catalog_versions (county, hash, created_at, "
                          "created_by, files, size, sources) VALUES (?, ?, ?, ?, ?, ?, ?)",
    [ST_VERSION_LIST] = "SELECT hash, created_at, created_by, size, files FROM catalog_versions "
                        "WHERE county = ? ORDER BY created_at DESC, rowid DESC LIMIT ?",
    [ST_VERSION_GET] = "SELECT sources, size FROM catalog_versions WHERE county = ? AND hash = ?",
    [ST_ACTIVE_SET] = "INSERT INTO catalog_active (county, hash, activated_at) VALUES (?, ?, ?) "
                      "ON CONFLICT (county) DO UPDATE SET hash = excluded.hash, "
                      "activated_at = excluded.activated_at",
    [ST_ACTIVE_GET] = "SELECT hash FROM catalog_active WHERE county = ?",
    [ST_UPLOAD_PUT] = "INSERT OR IGNORE INTO uploads (county, hash, size, content_type, data, "
                      "created_at) VALUES (?, ?, ?, ?, ?, ?)",
    [ST_UPLOAD_GET] = "SELECT content_type, data FROM uploads WHERE county = ? AND hash = ?",
};

struct conn {
    sqlite3 *db;
    sqlite3_stmt *stmts[ST_COUNT];
    sqlite3_stmt *extra[STORE_EXTRA_STMTS]; /* for the other store*.c files */
    struct conn *next;
};

static char *db_path;
static pthread_key_t conn_key;
static pthread_mutex_t conns_lock = PTHREAD_MUTEX_INITIALIZER;
static conn *conns; /* every open connection, for store_close */

const double store_commit_bounds_ms[7] = {0.1, 0.5, 1, 5, 10, 50, 100};
static _Atomic uint64_t st_commits, st_commit_us, st_buckets[8];

static void conn_close(conn *c) {
    for (int i = 0; i < ST_COUNT; i++)
        sqlite3_finalize(c->stmts[i]);
    for (int i = 0; i < STORE_EXTRA_STMTS; i++)
        sqlite3_finalize(c->extra[i]);
    sqlite3_close(c->db);
    free(c);
}

static void conn_unlink(conn *c) {
    pthread_mutex_lock(&conns_lock);
    for (conn **p = &conns; *p; p = &(*p)->next) {
        if (*p == c) {
            *p = c->next;
            break;
        }
    }
    pthread_mutex_unlock(&conns_lock);
}

static void conn_thread_exit(void *p) {
    conn *c = p;
    conn_unlink(c);
    conn_close(c);
}

int store_exec(sqlite3 *db, const char *sql, buf *err) {
    char *msg = NULL;
    if (sqlite3_exec(db, sql, NULL, NULL, &msg) != SQLITE_OK) {
        if (err)
            buf_printf(err, "%s", msg ? msg : sqlite3_errmsg(db));
        sqlite3_free(msg);
        return -1;
    }
    return 0;
}

static int open_db(const char *path, sqlite3 **out, buf *err) {
    sqlite3 *db = NULL;
    int rc = sqlite3_open_v2(
        path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
    if (rc != SQLITE_OK) {
        if (err)
            buf_printf(err, "cannot open database %s: %s", path,
                       db ? sqlite3_errmsg(db) : sqlite3_errstr(rc));
        sqlite3_close(db);
        return -1;
    }
    sqlite3_busy_timeout(db, 5000);
    /* page_size only takes effect on a database not yet written (an existing
     * one keeps its own). 8 KiB pages rather than the default 4 KiB: an
     * application row (its document, about 2.4 KB) took a page of its own,
     * as did its first event; with 8 KiB three fit in a page, and the log
     * gets fewer, larger frames. bench/submit, alternating runs of both:
     * 7 to 10% more durable submissions per second. */
    if (store_exec(db,
                   "PRAGMA page_size=8192; PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;"
                   "PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;",
                   err) != 0) {
        sqlite3_close(db);
        return -1;
    }
    *out = db;
    return 0;
}

/* The calling thread's connection, opened on first use. */
static conn *conn_get(buf *err);
conn *store_conn(buf *err) { return conn_get(err); }

static conn *conn_get(buf *err) {
    if (!db_path) {
        if (err)
            buf_adds(err, "the store is not open");
        return NULL;
    }
    conn *c = pthread_getspecific(conn_key);
    if (c)
        return c;
    c = calloc(1, sizeof *c);
    if (!c) {
        if (err)
            buf_adds(err, "out of memory");
        return NULL;
    }
    if (open_db(db_path, &c->db, err) != 0) {
        free(c);
        return NULL;
    }
    pthread_setspecific(conn_key, c);
    pthread_mutex_lock(&conns_lock);
    c->next = conns;
    conns = c;
    pthread_mutex_unlock(&conns_lock);
    return c;
}

static sqlite3_stmt *stmt(conn *c, enum stmt_id id, buf *err) {
    if (!c->stmts[id]) {
        if (sqlite3_prepare_v3(c->db, stmt_sql[id], -1, SQLITE_PREPARE_PERSISTENT, &c->stmts[id],
                               NULL) != SQLITE_OK) {
            if (err)
                buf_printf(err, "prepare: %s", sqlite3_errmsg(c->db));
            return NULL;
        }
    }
    return c->stmts[id];
}

void store_record_commit(double started) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    double ms = ((double)ts.tv_sec + (double)ts.tv_nsec / 1e9 - started) * 1000.0;
    atomic_fetch_add_explicit(&st_commits, 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&st_commit_us, (uint64_t)(ms * 1000.0), memory_order_relaxed);
    int b = 0;
    while (b < 7 && ms > store_commit_bounds_ms[b])
        b++;
    atomic_fetch_add_explicit(&st_buckets[b], 1, memory_order_relaxed);
}

double store_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void store_get_stats(store_stats *out) {
    out->commits = atomic_load(&st_commits);
    out->commit_us_total = atomic_load(&st_commit_us);
    for (int i = 0; i < 8; i++)
        out->commit_buckets[i] = atomic_load(&st_buckets[i]);
}

static int user_version(sqlite3 *db) {
    sqlite3_stmt *s = NULL;
    int v = -1;
    if (sqlite3_prepare_v2(db, "PRAGMA user_version", -1, &s, NULL) == SQLITE_OK &&
        sqlite3_step(s) == SQLITE_ROW)
        v = sqlite3_column_int(s, 0);
    sqlite3_finalize(s);
    return v;
}

static int migrate(sqlite3 *db, buf *err) {
    int have = user_version(db);
    if (have < 0) {
        buf_printf(err, "cannot read the schema version: %s", sqlite3_errmsg(db));
        return -1;
    }
    if (have > STORE_SCHEMA_VERSION) {
        buf_printf(err,
                   "the database has schema version %d but this banshi knows only up to %d; "
                   "use a newer banshi or restore a backup made by this version",
                   have, STORE_SCHEMA_VERSION);
        return -1;
    }
    /* Off while migrating: 11 drops and rebuilds applications, which other
     * tables refer to (the ids stay the same). Not possible inside a
     * transaction, so around them all. */
    if (have < STORE_SCHEMA_VERSION && store_exec(db, "PRAGMA foreign_keys = OFF", err) != 0)
        return -1;
    int rc = 0;
    for (int v = have; v < STORE_SCHEMA_VERSION && rc == 0; v++) {
        buf sql = BUF_INIT;
        buf_printf(&sql, "BEGIN IMMEDIATE; %s PRAGMA user_version = %d; COMMIT;", migrations[v],
                   v + 1);
        rc = store_exec(db, buf_cstr(&sql), err);
        buf_free(&sql);
        if (rc != 0) {
            store_exec(db, "ROLLBACK", NULL);
            buf_printf(err, " (while migrating the schema to version %d)", v + 1);
        }
    }
    if (have < STORE_SCHEMA_VERSION && store_exec(db, "PRAGMA foreign_keys = ON", err) != 0)
        return -1;
    return rc == 0 ? 0 : -1;
}

static int key_rc = -1;
static void make_key(void) { key_rc = pthread_key_create(&conn_key, conn_thread_exit); }

int store_make_parent_dir(const char *path, buf *err) {
    char dir[512];
    snprintf(dir, sizeof dir, "%s", path);
    char *slash = strrchr(dir, '/');
    if (!slash)
        return 0;
    *slash = '\0';
    if (!*dir)
        return 0;
    if (mkdir(dir, 0750) != 0 && errno != EEXIST) {
        buf_printf(err, "cannot create %s: %s", dir, strerror(errno));
        return -1;
    }
    return 0;
}

int store_open(const char *path, buf *err) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, make_key);
    if (key_rc != 0) {
        buf_adds(err, "cannot create a thread key");
        return -1;
    }
    free(db_path);
    db_path = strdup(path);
    if (!db_path) {
        buf_adds(err, "out of memory");
        return -1;
    }
    conn *c = conn_get(err);
    if (!c)
        return -1;
    return migrate(c->db, err);
}

void store_close(void) {
    store_cert_forget();
    pthread_mutex_lock(&conns_lock);
    conn *c = conns;
    conns = NULL;
    pthread_mutex_unlock(&conns_lock);
    while (c) {
        conn *next = c->next;
        conn_close(c);
        c = next;
    }
    pthread_setspecific(conn_key, NULL);
}

int store_schema_version(const char *path) {
    sqlite3 *db = NULL;
    int v = -1;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) == SQLITE_OK)
        v = user_version(db);
    sqlite3_close(db);
    return v;
}

int store_backup(const char *dest, buf *err) {
    conn *c = conn_get(err);
    if (!c)
        return -1;
    sqlite3 *out = NULL;
    int rc = sqlite3_open(dest, &out);
    if (rc != SQLITE_OK) {
        buf_printf(err, "cannot create %s: %s", dest, sqlite3_errmsg(out));
        sqlite3_close(out);
        return -1;
    }
    sqlite3_backup *b = sqlite3_backup_init(out, "main", c->db, "main");
    if (!b) {
        buf_printf(err, "backup: %s", sqlite3_errmsg(out));
        sqlite3_close(out);
        return -1;
    }
    /* Copy in steps so that writers are held up for short moments only. */
    do {
        rc = sqlite3_backup_step(b, 256);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(5);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        buf_printf(err, "backup: %s", sqlite3_errstr(rc));
        sqlite3_close(out);
        return -1;
    }
    rc = store_exec(out, "PRAGMA journal_mode=DELETE", err);
    sqlite3_close(out);
    return rc;
}

/* Runs one prepared write statement as its own transaction (autocommit),
 * recording its latency as a commit. */
static int step_done(conn *c, sqlite3_stmt *s, buf *err) {
    double t0 = store_now();
    int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE) {
        if (err)
            buf_printf(err, "%s", sqlite3_errmsg(c->db));
        return -1;
    }
    store_record_commit(t0);
    return 0;
}

int store_version_put(const char *county, const char *hash, const char *who, int64_t files,
                      const void *gz, size_t gz_len, size_t raw_len, int *created, buf *err) {
    conn *c = conn_get(err);
    sqlite3_stmt *s = c ? stmt(c, ST_VERSION_INSERT, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, hash, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, (sqlite3_int64)time(NULL));
    sqlite3_bind_text(s, 4, who, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 5, files);
    sqlite3_bind_int64(s, 6, (sqlite3_int64)raw_len);
    sqlite3_bind_blob(s, 7, gz, (int)gz_len, SQLITE_STATIC);
    if (step_done(c, s, err) != 0)
        return -1;
    if (created)
        *created = sqlite3_changes(c->db) > 0;
    return 0;
}

int store_version_list(const char *county, store_version *out, int max, buf *err) {
    conn *c = conn_get(err);
    sqlite3_stmt *s = c ? stmt(c, ST_VERSION_LIST, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 2, max);
    int n = 0, rc;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW && n < max) {
        store_version *v = &out[n++];
        snprintf(v->hash, sizeof v->hash, "%s", (const char *)sqlite3_column_text(s, 0));
        v->created_at = sqlite3_column_int64(s, 1);
        snprintf(v->created_by, sizeof v->created_by, "%s",
                 (const char *)sqlite3_column_text(s, 2));
        v->size = sqlite3_column_int64(s, 3);
        v->files = sqlite3_column_int64(s, 4);
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        buf_printf(err, "%s", sqlite3_errmsg(c->db));
        return -1;
    }
    return n;
}

int store_version_get(const char *county, const char *hash, void **gz, size_t *gz_len,
                      size_t *raw_len, buf *err) {
    conn *c = conn_get(err);
    sqlite3_stmt *s = c ? stmt(c, ST_VERSION_GET, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, hash, -1, SQLITE_STATIC);
    int result = -1;
    if (sqlite3_step(s) == SQLITE_ROW) {
        int n = sqlite3_column_bytes(s, 0);
        *gz = malloc(n > 0 ? (size_t)n : 1);
        if (*gz) {
            memcpy(*gz, sqlite3_column_blob(s, 0), (size_t)n);
            *gz_len = (size_t)n;
            *raw_len = (size_t)sqlite3_column_int64(s, 1);
            result = 0;
        } else {
            buf_adds(err, "out of memory");
        }
    } else {
        buf_printf(err, "county %s has no stored version %s", county, hash);
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return result;
}

int store_version_activate(const char *county, const char *hash, buf *err) {
    conn *c = conn_get(err);
    sqlite3_stmt *s = c ? stmt(c, ST_ACTIVE_SET, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, hash, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, (sqlite3_int64)time(NULL));
    return step_done(c, s, err);
}

int store_version_active(const char *county, char out[65], buf *err) {
    conn *c = conn_get(err);
    sqlite3_stmt *s = c ? stmt(c, ST_ACTIVE_GET, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    int found = 0;
    if (sqlite3_step(s) == SQLITE_ROW) {
        snprintf(out, 65, "%s", (const char *)sqlite3_column_text(s, 0));
        found = 1;
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return found;
}

const char *store_sqlite_version(void) { return sqlite3_libversion(); }

sqlite3 *store_conn_db(conn *c) { return c->db; }

sqlite3_stmt *store_stmt(conn *c, int slot, const char *sql, buf *err) {
    if (slot < 0 || slot >= STORE_EXTRA_STMTS)
        return NULL;
    if (!c->extra[slot] && sqlite3_prepare_v3(c->db, sql, -1, SQLITE_PREPARE_PERSISTENT,
                                              &c->extra[slot], NULL) != SQLITE_OK) {
        if (err)
            buf_printf(err, "prepare: %s", sqlite3_errmsg(c->db));
        return NULL;
    }
    return c->extra[slot];
}

int store_upload_put(const char *county, const char *hash, const char *content_type,
                     const void *data, size_t len, int *created, buf *err) {
    conn *c = conn_get(err);
    sqlite3_stmt *s = c ? stmt(c, ST_UPLOAD_PUT, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, hash, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, (sqlite3_int64)len);
    sqlite3_bind_text(s, 4, content_type, -1, SQLITE_STATIC);
    sqlite3_bind_blob(s, 5, data, (int)len, SQLITE_STATIC);
    sqlite3_bind_int64(s, 6, (sqlite3_int64)time(NULL));
    if (step_done(c, s, err) != 0)
        return -1;
    if (created)
        *created = sqlite3_changes(c->db) > 0;
    return 0;
}

int store_upload_get(const char *county, const char *hash, char ctype[128], void **data,
                     size_t *len, buf *err) {
    conn *c = conn_get(err);
    sqlite3_stmt *s = c ? stmt(c, ST_UPLOAD_GET, err) : NULL;
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, hash, -1, SQLITE_STATIC);
    int found = 0;
    if (sqlite3_step(s) == SQLITE_ROW) {
        snprintf(ctype, 128, "%s", (const char *)sqlite3_column_text(s, 0));
        int n = sqlite3_column_bytes(s, 1);
        *data = malloc(n > 0 ? (size_t)n : 1);
        if (*data) {
            memcpy(*data, sqlite3_column_blob(s, 1), (size_t)n);
            *len = (size_t)n;
            found = 1;
        } else {
            found = -1;
        }
    }
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return found;
}
