/* timer.c: the timer thread and in-memory timers for Lua (banshi.timer).
 *
 * One thread sleeps on a monotonic clock until the earliest timer is due,
 * then runs its callback in the owning county generation's state, each call
 * in a fresh coroutine, under the county's lock and budgets. A timer holds a
 * reference to its generation. When a generation is retired (reload) or the
 * server stops, each of its pending timers runs once more with
 * premature = true and is dropped, so nothing runs twice and nothing is lost
 * silently. A cap bounds the pending timers of each generation. A timer
 * made through timer.owned(name) (each plugin's api.timer) belongs to that
 * plugin, one made through the module's own at/every to the platform; a
 * cancel reaches only its caller's own timers.
 *
 * Timer states: pending --due--> running --(every)--> pending
 *                       --due--> running --(at)--> done
 *               pending --cancel--> done
 *               pending --retire/stop--> running(premature) --> done */
#ifndef BANSHI_TIMER_H
#define BANSHI_TIMER_H

#include <lua.h>

struct generation;

/* Starts the timer thread; max_pending caps each generation's timers. */
int timer_start(int max_pending);
/* Stops the thread and runs every pending timer with premature = true. */
void timer_stop(void);
/* Runs every pending timer of g with premature = true and drops it. */
void timer_retire(struct generation *g);
/* Timers pending over all generations. */
long timer_pending(void);

int luaopen_banshi_timer(lua_State *L);

#endif
