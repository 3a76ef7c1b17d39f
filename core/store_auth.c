#include "store_auth.h"

#include "store_int.h"

#include <stdio.h>
#include <string.h>

/* Statement slots of this file in the per-connection cache, from
 * STORE_AUTH_SLOT0 on. */
enum {
    SL_ACC_INSERT,
    SL_ACC_GET,
    SL_ACC_SET_PASSWORD,
    SL_ACC_SET_DISABLED,
    SL_ACC_EACH,
    SL_SES_INSERT,
    SL_SES_GET,
    SL_SES_TOUCH,
    SL_SES_DELETE,
    SL_SES_DELETE_ACCOUNT,
    SL_TOK_INSERT,
    SL_TOK_GET,
    SL_TOK_TOUCH,
    SL_THR_GET,
    SL_THR_FAIL,
    SL_THR_RESET,
    SL_COUNT
};
_Static_assert(STORE_AUTH_SLOT0 + SL_COUNT <= STORE_EXTRA_STMTS, "statement slots");

#define ACCOUNT_COLS                                                                               \
    "a.id, a.county, a.username, a.display, a.role, a.departments, a.disabled, a.created_at, "     \
    "a.updated_at"

static const char *const sql[SL_COUNT] = {
    [SL_ACC_INSERT] = "INSERT INTO accounts (county, username, display, role, departments, "
                      "password_hash, disabled, created_at, updated_at) "
                      "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8)",
    [SL_ACC_GET] = "SELECT " ACCOUNT_COLS ", a.password_hash FROM accounts a "
                   "WHERE a.county = ?1 AND a.username = ?2",
    [SL_ACC_SET_PASSWORD] = "UPDATE accounts SET password_hash = ?2, updated_at = ?3 WHERE id = ?1",
    [SL_ACC_SET_DISABLED] = "UPDATE accounts SET disabled = ?2, updated_at = ?3 WHERE id = ?1",
    [SL_ACC_EACH] = "SELECT " ACCOUNT_COLS " FROM accounts a "
                    "WHERE ?1 IS NULL OR a.county = ?1 ORDER BY a.county, a.username",
    [SL_SES_INSERT] =
        "INSERT INTO sessions (token_hash, account_id, remote, created_at, last_seen) "
        "VALUES (?1, ?2, ?3, ?4, ?4)",
    [SL_SES_GET] = "SELECT s.id, s.created_at, s.last_seen, s.last_seen, " ACCOUNT_COLS
                   " FROM sessions s JOIN accounts a ON a.id = s.account_id "
                   "WHERE s.token_hash = ?1",
    [SL_SES_TOUCH] = "UPDATE sessions SET last_seen = ?2 WHERE id = ?1",
    [SL_SES_DELETE] = "DELETE FROM sessions WHERE id = ?1",
    [SL_SES_DELETE_ACCOUNT] = "DELETE FROM sessions WHERE account_id = ?1",
    [SL_TOK_INSERT] = "INSERT INTO api_tokens (token_hash, account_id, name, created_at, "
                      "expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
    [SL_TOK_GET] =
        "SELECT t.id, t.created_at, t.expires_at, coalesce(t.last_used, 0), " ACCOUNT_COLS
        " FROM api_tokens t JOIN accounts a ON a.id = t.account_id "
        "WHERE t.token_hash = ?1",
    [SL_TOK_TOUCH] = "UPDATE api_tokens SET last_used = ?2 WHERE id = ?1",
    [SL_THR_GET] = "SELECT locked_until FROM signin_throttle WHERE key = ?1",
/* The count after this failure: 1 again when the last one is older than
 * the window. In an upsert's SET every column reads the old row. */
#define THR_COUNT "(CASE WHEN ?2 - last_failure > ?3 THEN 1 ELSE failures + 1 END)"
    [SL_THR_FAIL] = "INSERT INTO signin_throttle (key, failures, last_failure, locked_until) "
                    "VALUES (?1, 1, ?2, CASE WHEN 1 >= ?4 THEN ?2 + min(?6, ?5) ELSE 0 END) "
                    "ON CONFLICT (key) DO UPDATE SET failures = " THR_COUNT ", last_failure = ?2, "
                    "locked_until = CASE WHEN " THR_COUNT " >= ?4 "
                    "THEN ?2 + min(?6, ?5 << min(30, " THR_COUNT " - ?4)) ELSE 0 END "
                    "RETURNING locked_until",
    [SL_THR_RESET] = "DELETE FROM signin_throttle WHERE key = ?1",
};

static sqlite3_stmt *st(conn **c, int slot, buf *err) {
    *c = store_conn(err);
    return *c ? store_stmt(*c, STORE_AUTH_SLOT0 + slot, sql[slot], err) : NULL;
}

static void done_with(sqlite3_stmt *s) {
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
}

static void fail(conn *c, buf *err, const char *what) {
    if (err)
        buf_printf(err, "%s: %s", what, sqlite3_errmsg(store_conn_db(c)));
}

/* Runs a write statement to its end as its own transaction. */
static int run_write(conn *c, sqlite3_stmt *s, const char *what, buf *err) {
    double t0 = store_now();
    int rc = sqlite3_step(s);
    if (rc != SQLITE_DONE)
        fail(c, err, what);
    done_with(s);
    if (rc != SQLITE_DONE)
        return -1;
    store_record_commit(t0);
    return 0;
}

static void copy_col(char *dst, size_t n, sqlite3_stmt *s, int col) {
    const unsigned char *v = sqlite3_column_text(s, col);
    snprintf(dst, n, "%s", v ? (const char *)v : "");
}

/* Reads the ACCOUNT_COLS starting at column col. */
static void read_account(sqlite3_stmt *s, int col, store_account *a) {
    memset(a, 0, sizeof *a);
    a->id = sqlite3_column_int64(s, col);
    copy_col(a->county, sizeof a->county, s, col + 1);
    copy_col(a->username, sizeof a->username, s, col + 2);
    copy_col(a->display, sizeof a->display, s, col + 3);
    copy_col(a->role, sizeof a->role, s, col + 4);
    copy_col(a->departments, sizeof a->departments, s, col + 5);
    a->disabled = sqlite3_column_int(s, col + 6);
    a->created_at = sqlite3_column_int64(s, col + 7);
    a->updated_at = sqlite3_column_int64(s, col + 8);
}

int store_account_insert(const store_account *a, int64_t now, int64_t *id, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_ACC_INSERT, err);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, a->county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, a->username, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 3, a->display, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 4, a->role, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 5, a->departments, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 6, a->password_hash, -1, SQLITE_STATIC);
    sqlite3_bind_int(s, 7, a->disabled ? 1 : 0);
    sqlite3_bind_int64(s, 8, now);
    double t0 = store_now();
    int rc = sqlite3_step(s);
    int ext = sqlite3_extended_errcode(store_conn_db(c));
    if (rc != SQLITE_DONE && ext != SQLITE_CONSTRAINT_UNIQUE)
        fail(c, err, "account insert");
    done_with(s);
    if (rc != SQLITE_DONE)
        return ext == SQLITE_CONSTRAINT_UNIQUE ? STORE_AUTH_EXISTS : -1;
    store_record_commit(t0);
    if (id)
        *id = sqlite3_last_insert_rowid(store_conn_db(c));
    return 0;
}

int store_account_get(const char *county, const char *username, store_account *out, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_ACC_GET, err);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    sqlite3_bind_text(s, 2, username, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s), found = 0;
    if (rc == SQLITE_ROW) {
        read_account(s, 0, out);
        copy_col(out->password_hash, sizeof out->password_hash, s, 9);
        found = 1;
    } else if (rc != SQLITE_DONE) {
        fail(c, err, "account lookup");
        found = -1;
    }
    done_with(s);
    return found;
}

int store_account_set_password(int64_t id, const char *hash, int64_t now, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_ACC_SET_PASSWORD, err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_text(s, 2, hash, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 3, now);
    return run_write(c, s, "password update", err);
}

int store_account_set_disabled(int64_t id, int disabled, int64_t now, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_ACC_SET_DISABLED, err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    sqlite3_bind_int(s, 2, disabled ? 1 : 0);
    sqlite3_bind_int64(s, 3, now);
    return run_write(c, s, "account update", err);
}

int store_account_each(const char *county, int (*each)(const store_account *a, void *ctx),
                       void *ctx, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_ACC_EACH, err);
    if (!s)
        return -1;
    if (county)
        sqlite3_bind_text(s, 1, county, -1, SQLITE_STATIC);
    int rc, n = 0;
    store_account a;
    while ((rc = sqlite3_step(s)) == SQLITE_ROW) {
        read_account(s, 0, &a);
        n++;
        if (each(&a, ctx) != 0) {
            rc = SQLITE_DONE;
            break;
        }
    }
    if (rc != SQLITE_DONE) {
        fail(c, err, "account list");
        n = -1;
    }
    done_with(s);
    return n;
}

int store_session_insert(const unsigned char hash[STORE_AUTH_HASH_BYTES], int64_t account_id,
                         const char *remote, int64_t now, int64_t *id, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_SES_INSERT, err);
    if (!s)
        return -1;
    sqlite3_bind_blob(s, 1, hash, STORE_AUTH_HASH_BYTES, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, account_id);
    sqlite3_bind_text(s, 3, remote ? remote : "", -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 4, now);
    if (run_write(c, s, "session insert", err) != 0)
        return -1;
    if (id)
        *id = sqlite3_last_insert_rowid(store_conn_db(c));
    return 0;
}

/* SL_SES_GET and SL_TOK_GET share their column layout. */
static int credential_get(int slot, const unsigned char *hash, store_credential *out, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, slot, err);
    if (!s)
        return -1;
    sqlite3_bind_blob(s, 1, hash, STORE_AUTH_HASH_BYTES, SQLITE_STATIC);
    int rc = sqlite3_step(s), found = 0;
    if (rc == SQLITE_ROW) {
        out->id = sqlite3_column_int64(s, 0);
        out->since = sqlite3_column_int64(s, 1);
        out->until = sqlite3_column_int64(s, 2);
        out->last_used = sqlite3_column_int64(s, 3);
        read_account(s, 4, &out->account);
        found = 1;
    } else if (rc != SQLITE_DONE) {
        fail(c, err, "credential lookup");
        found = -1;
    }
    done_with(s);
    return found;
}

int store_session_get(const unsigned char hash[STORE_AUTH_HASH_BYTES], store_credential *out,
                      buf *err) {
    return credential_get(SL_SES_GET, hash, out, err);
}

static int write_id(int slot, int64_t id, int has_value, int64_t value, const char *what,
                    buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, slot, err);
    if (!s)
        return -1;
    sqlite3_bind_int64(s, 1, id);
    if (has_value)
        sqlite3_bind_int64(s, 2, value);
    return run_write(c, s, what, err);
}

int store_session_touch(int64_t id, int64_t now, buf *err) {
    return write_id(SL_SES_TOUCH, id, 1, now, "session touch", err);
}

int store_session_delete(int64_t id, buf *err) {
    return write_id(SL_SES_DELETE, id, 0, 0, "session delete", err);
}

int store_session_delete_account(int64_t account_id, buf *err) {
    if (write_id(SL_SES_DELETE_ACCOUNT, account_id, 0, 0, "session delete", err) != 0)
        return -1;
    conn *c = store_conn(err);
    return c ? sqlite3_changes(store_conn_db(c)) : -1;
}

int store_token_insert(const unsigned char hash[STORE_AUTH_HASH_BYTES], int64_t account_id,
                       const char *name, int64_t now, int64_t expires_at, int64_t *id, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_TOK_INSERT, err);
    if (!s)
        return -1;
    sqlite3_bind_blob(s, 1, hash, STORE_AUTH_HASH_BYTES, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, account_id);
    sqlite3_bind_text(s, 3, name, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 4, now);
    sqlite3_bind_int64(s, 5, expires_at);
    double t0 = store_now();
    int rc = sqlite3_step(s);
    int ext = sqlite3_extended_errcode(store_conn_db(c));
    if (rc != SQLITE_DONE && ext != SQLITE_CONSTRAINT_FOREIGNKEY)
        fail(c, err, "token insert");
    done_with(s);
    if (rc != SQLITE_DONE)
        return ext == SQLITE_CONSTRAINT_FOREIGNKEY ? STORE_AUTH_NO_ACCOUNT : -1;
    store_record_commit(t0);
    if (id)
        *id = sqlite3_last_insert_rowid(store_conn_db(c));
    return 0;
}

int store_token_get(const unsigned char hash[STORE_AUTH_HASH_BYTES], store_credential *out,
                    buf *err) {
    return credential_get(SL_TOK_GET, hash, out, err);
}

int store_token_touch(int64_t id, int64_t now, buf *err) {
    return write_id(SL_TOK_TOUCH, id, 1, now, "token touch", err);
}

int store_throttle_get(const char *key, int64_t *until, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_THR_GET, err);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    int rc = sqlite3_step(s);
    *until = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    if (rc != SQLITE_ROW && rc != SQLITE_DONE)
        fail(c, err, "throttle lookup");
    done_with(s);
    return rc == SQLITE_ROW || rc == SQLITE_DONE ? 0 : -1;
}

int store_throttle_fail(const char *key, int64_t now, int64_t window, int max_failures,
                        int64_t base, int64_t cap, int64_t *until, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_THR_FAIL, err);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s, 2, now);
    sqlite3_bind_int64(s, 3, window);
    sqlite3_bind_int(s, 4, max_failures);
    sqlite3_bind_int64(s, 5, base);
    sqlite3_bind_int64(s, 6, cap);
    double t0 = store_now();
    int rc = sqlite3_step(s);
    *until = rc == SQLITE_ROW ? sqlite3_column_int64(s, 0) : 0;
    if (rc == SQLITE_ROW)
        rc = sqlite3_step(s); /* runs the statement to its end, committing */
    if (rc != SQLITE_DONE)
        fail(c, err, "throttle update");
    done_with(s);
    if (rc != SQLITE_DONE)
        return -1;
    store_record_commit(t0);
    return 0;
}

int store_throttle_reset(const char *key, buf *err) {
    conn *c;
    sqlite3_stmt *s = st(&c, SL_THR_RESET, err);
    if (!s)
        return -1;
    sqlite3_bind_text(s, 1, key, -1, SQLITE_STATIC);
    return run_write(c, s, "throttle reset", err);
}

int store_auth_prune(int64_t now, int64_t idle, int64_t absolute, int64_t window, buf *err) {
    /* Runs rarely (at start-up and about hourly), so it is not cached. */
    static const char prune_sql[] =
        "DELETE FROM sessions WHERE last_seen <= ?1 - ?2 OR created_at <= ?1 - ?3;"
        "DELETE FROM api_tokens WHERE expires_at <= ?1;"
        "DELETE FROM signin_throttle WHERE last_failure < ?1 - ?4 AND locked_until <= ?1;";
    conn *c = store_conn(err);
    if (!c)
        return -1;
    sqlite3 *db = store_conn_db(c);
    const char *next = prune_sql;
    int result = 0;
    if (store_exec(db, "BEGIN IMMEDIATE", err) != 0)
        return -1;
    while (result == 0 && next && *next) {
        sqlite3_stmt *s = NULL;
        if (sqlite3_prepare_v2(db, next, -1, &s, &next) != SQLITE_OK) {
            fail(c, err, "prune");
            result = -1;
            break;
        }
        if (!s)
            break;
        /* ?1 now, ?2 idle, ?3 absolute, ?4 window; each statement numbers
         * up to the highest it uses, binding an unused one is harmless. */
        const int64_t v[4] = {now, idle, absolute, window};
        for (int i = 0; i < sqlite3_bind_parameter_count(s) && i < 4; i++)
            sqlite3_bind_int64(s, i + 1, v[i]);
        if (sqlite3_step(s) != SQLITE_DONE) {
            fail(c, err, "prune");
            result = -1;
        }
        sqlite3_finalize(s);
    }
    store_exec(db, result == 0 ? "COMMIT" : "ROLLBACK", NULL);
    return result;
}
