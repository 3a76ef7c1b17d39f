/* store_timer.c: durable timers, one row each, indexed by due time.
 *
 * A timer belongs to a county, has a name that says what fires (a handler
 * registered in the county's Lua state, or an application timer of the
 * core such as "app.warn.yellow"), a JSON payload, and optionally the
 * application it is for. The timer thread (dtimer.c) takes due rows in due
 * order and marks each fired in the same transaction as its effect, so a
 * timer fires exactly once even across kill -9.
 *
 * Row states: pending (fired_at NULL)
 *               --its effect committed--> fired (fired_at set)
 *               --effect failed, attempts left--> pending, due later
 *               --effect failed STORE_TIMER_ATTEMPTS times--> fired, last_error set
 *             pending --cancelled, or its application moved on--> deleted
 * Fired rows are pruned after STORE_TIMER_KEEP_MS.
 *
 * Every function works on the calling thread's connection, so calls made
 * inside a transaction opened with store_tx() join it. Every change of a
 * row into or out of pending goes through this file, which keeps the count
 * of pending timers (store_timer_count) in the same transaction. */
#ifndef BANSHI_STORE_TIMER_H
#define BANSHI_STORE_TIMER_H

#include "buf.h"

#include <stdint.h>

#define STORE_TIMER_ATTEMPTS 5
#define STORE_TIMER_KEEP_MS  (7LL * 86400 * 1000)

typedef struct store_timer {
    int64_t id;
    char county[64];
    char name[64];
    int64_t due_at; /* unix milliseconds */
    int64_t app_id; /* 0: none */
    int attempts;
    char *payload; /* JSON, malloc'd */
} store_timer;

/* Inserts a pending timer; returns its id (> 0) or -1. */
int64_t store_timer_schedule(const char *county, int64_t due_at, const char *name,
                             const char *payload, int64_t app_id, buf *err);
/* Deletes the county's pending timer id, if its name begins with prefix
 * ("" for any). Returns 1 if it was pending, 0 if not (fired, cancelled,
 * another county's, another prefix's), -1 on error. */
int store_timer_cancel(const char *county, int64_t id, const char *prefix, buf *err);
/* The earliest pending due time: 1 and *due_at, 0 when none, -1 on error. */
int store_timer_next(int64_t *due_at, buf *err);
/* Up to max pending timers due at or before now, in due order (then id).
 * Returns the count or -1. Free with store_timer_free. */
int store_timer_due(int64_t now, store_timer *out, int max, buf *err);
void store_timer_free(store_timer *t, int n);
/* Marks a pending timer fired at (with error, if it gave up). Returns 1, or
 * 0 when it was no longer pending, -1 on error. */
int store_timer_fired(int64_t id, int64_t at, const char *error, buf *err);
/* Records a failed attempt and moves the timer to due_at. */
int store_timer_retry(int64_t id, int64_t due_at, const char *error, buf *err);
/* Pending timers of the county (NULL: all). -1 on error. All of them is
 * one row that this file keeps in the transaction of every change (cheap,
 * for /metrics); one county's is a count of its rows. */
int64_t store_timer_count(const char *county, buf *err);
/* Counts the pending rows again (about 40 ms at a million) and corrects the
 * kept count: at server start, so that rows changed by hand are counted.
 * Returns the count, with the one kept before in *was; -1 on error. */
int64_t store_timer_recount(int64_t *was, buf *err);
/* Deletes up to max fired rows older than before; returns how many. */
int store_timer_prune(int64_t before, int max, buf *err);
/* Appends the application's pending timers as a JSON array to out. */
int store_timer_of_app(int64_t app_id, buf *out, buf *err);

/* Ids of the county's applications whose clock runs (accepted, reviewing)
 * greater than after, ascending, at most max. Returns the count or -1. */
int store_timer_open_apps(const char *county, int64_t after, int64_t *ids, int max, buf *err);

/* Transactions on the calling thread's connection: verb is one of BEGIN
 * (immediate), COMMIT, ROLLBACK, SAVEPOINT, RELEASE, ROLLBACK_TO (the one
 * savepoint "t"). Returns 0 or -1. */
enum store_tx_verb { TX_BEGIN, TX_COMMIT, TX_ROLLBACK, TX_SAVEPOINT, TX_RELEASE, TX_ROLLBACK_TO };
int store_tx(enum store_tx_verb verb, buf *err);

/* A unit of work on the calling thread: the plugins' durable writes made
 * until store_unit_end (key-value, timers) go into one transaction, begun
 * (immediate) at the first write, so a unit that only reads costs nothing.
 * store_unit_write is called by each writing function; store_unit_active
 * tells whether the transaction has begun (for savepoints). */
void store_unit_begin(void);
int store_unit_write(buf *err);
int store_unit_active(void);
int store_unit_end(int commit, buf *err);

/* Tells the timer thread that a timer due at due_at was committed (the
 * writer calls it after each batch). Set by dtimer_start. */
void store_timer_notify(int64_t due_at);
void store_timer_on_notify(void (*fn)(int64_t due_at));

#endif
