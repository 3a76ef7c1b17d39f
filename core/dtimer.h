/* dtimer.c: the durable timer thread, and durable timers for Lua.
 *
 * One thread sleeps until the earliest pending row of the timers table
 * (store_timer.c) falls due on the business clock (clock.c), then fires
 * what is due in due order, up to DTIMER_BATCH at a time:
 *   - application timers ("app.*": warnings, the 容缺 supplement due) run
 *     banshi.apps.on_timer in the rules of the version the application is
 *     pinned to; the resulting event goes through the group-commit writer
 *     with the timer marked fired in the same transaction;
 *   - any other name runs the handler the county's Lua state registered
 *     with timer.handle(name, fn), inside one transaction on this thread's
 *     connection (each timer in its own savepoint), so what the handler
 *     writes through banshi's durable APIs commits with the fired mark.
 * A failed effect is retried with backoff (1, 4, 16, 64 s) and given up
 * after STORE_TIMER_ATTEMPTS with the error recorded. After a restart, every
 * timer that fell due while the server was down fires once, in due order.
 *
 * Lua (banshi.timer, beside the in-memory at/every):
 *   timer.schedule(when, name[, payload]) -> id      when: unix seconds
 *   timer.unschedule(id) -> true | false
 *   timer.handle(name, fn)   fn(payload, info) with info = { id, name, due,
 *                            attempts (the earlier ones), max_attempts,
 *                            county }; fn returning false[, reason] keeps
 *                            its writes and is retried like one that raised
 *   timer.now() -> unix seconds on the business clock */
#ifndef BANSHI_DTIMER_H
#define BANSHI_DTIMER_H

#include "buf.h"

#include <lua.h>
#include <stdint.h>

#define DTIMER_BATCH 256

struct store_op;

/* Starts the thread. Returns 0 or -1. */
int dtimer_start(void);
/* Stops it after the batch in hand. */
void dtimer_stop(void);

/* Reads a banshi.apps result's timers (field "timers" of the table at index
 * res: a list of { name, at = unix seconds }) into op, which then replaces
 * the application's pending timers. Raises on a malformed list. */
void dtimer_take_app_timers(lua_State *L, int res, struct store_op *op);

/* Adds schedule, unschedule, handle and now to the module table on top. */
void dtimer_open(lua_State *L);

/* The county's calendar changed (a reload or rollback): schedules the
 * durable recount of the deadlines of its cases under way. */
void dtimer_calendar_changed(const char *county_id);

/* /metrics: fired, retried, given up, pending, and the firing lag. */
void dtimer_metrics(buf *out);

#endif
