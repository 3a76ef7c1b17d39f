#include "clock.h"

#include <stdatomic.h>
#include <time.h>

static _Atomic int64_t offset_ms;
static _Atomic int testing;
static void (*listeners[4])(void);
static _Atomic int nlisteners;

int64_t clock_now_ms(void) {
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000 + atomic_load(&offset_ms);
}

void clock_enable_testing(void) { atomic_store(&testing, 1); }

int clock_testing(void) { return atomic_load(&testing); }

int clock_advance_ms(int64_t ms) {
    if (!atomic_load(&testing) || ms <= 0)
        return -1;
    atomic_fetch_add(&offset_ms, ms);
    int n = atomic_load(&nlisteners);
    for (int i = 0; i < n; i++)
        listeners[i]();
    return 0;
}

void clock_on_advance(void (*fn)(void)) {
    int i = atomic_load(&nlisteners);
    if (i < 4) {
        listeners[i] = fn;
        atomic_store(&nlisteners, i + 1);
    }
}
