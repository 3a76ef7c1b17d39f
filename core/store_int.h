/* store_int.h: what the store*.c files share; included by nothing else. */
#ifndef BANSHI_STORE_INT_H
#define BANSHI_STORE_INT_H

#include "buf.h"

#include <sqlite3.h>
#include <stdint.h>

typedef struct conn conn;

/* The calling thread's connection, opened on first use. */
conn *store_conn(buf *err);
sqlite3 *store_conn_db(conn *c);
int store_exec(sqlite3 *db, const char *sql, buf *err);
/* Statement slots other store files may use, each with one fixed SQL text. */
/* store_app 0-15, store_auth 16-31, store_audit 32-39, store_timer 40-55,
 * store_figures 56, store_kv 57-62, store_timer 63, store_promise 64-65, store_cert 66-67,
 * store_timer 68-70, store_app 71-74 */
#define STORE_EXTRA_STMTS 75
/* The statement in slot, prepared on first use on connection c. */
sqlite3_stmt *store_stmt(conn *c, int slot, const char *sql, buf *err);
/* Counts one commit that began at started (store_now() seconds). */
void store_record_commit(double started);
double store_now(void);

/* The writer's part of a change to an application, each a STORE_* code:
 * store_timer.c marks op->fire_timer fired and replaces the application's
 * pending timers with op->timers when op->set_timers; store_promise.c
 * records op->broken_holder. */
struct store_op;
int store_timer_apply_app(conn *c, struct store_op *op, int64_t app_id);
int store_promise_record(conn *c, struct store_op *op, int64_t app_id);

/* The writer's part of an issuance (store_cert.c): records the electronic
 * certificates of op->certificates (a JSON list) for app_id. Returns a
 * STORE_* code, with op->err set on failure. */
int store_cert_record(conn *c, struct store_op *op, int64_t app_id);
/* Forgets what store_cert.c knows of the open database (store_close). */
void store_cert_forget(void);

#endif
