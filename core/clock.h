/* clock.c: the server's wall clock for business time (unix milliseconds).
 *
 * Everything that stamps an application or decides whether a deadline has
 * passed reads this clock, so that tests can move it: a server started with
 * --test-clock accepts POST /api/v1/admin/clock and adds the offset given.
 * The offset only ever grows (time never runs backwards for the workflow).
 * Monotonic waits (timers, budgets) are not affected. */
#ifndef BANSHI_CLOCK_H
#define BANSHI_CLOCK_H

#include <stdint.h>

/* Unix milliseconds: the real time plus the test offset. */
int64_t clock_now_ms(void);
/* Allows clock_advance_ms (only for --test-clock). */
void clock_enable_testing(void);
int clock_testing(void);
/* Moves the clock forward by ms (> 0) and calls every listener. Returns 0, or
 * -1 when testing is off or ms is not positive. */
int clock_advance_ms(int64_t ms);
/* Called after each advance (from the advancing thread); at most 4. */
void clock_on_advance(void (*fn)(void));

#endif
