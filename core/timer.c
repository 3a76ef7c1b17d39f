#include "timer.h"

#include "county.h"
#include "dtimer.h"
#include "host.h"
#include "log.h"
#include "store_timer.h"
#include "vm.h"

#include <lauxlib.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct mtimer {
    uint64_t id;
    double due;      /* monotonic seconds */
    double interval; /* 0 for a one-shot */
    generation *gen;
    int ref; /* registry ref to {fn, arg1, ..., n = k} in gen's state */
    size_t slot;
    char owner[64]; /* the plugin that made it (timer.owned), "" for the platform's */
} mtimer;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake;
static pthread_t thread;
static int running, started;
static int max_per_gen = 1024;
static mtimer **heap;
static size_t heap_n, heap_cap;
static uint64_t next_id = 1;
static mtimer *firing; /* the timer whose callback runs now, under lock */

/* ---- a binary min-heap on due time, under lock --------------------------- */

static void heap_set(size_t i, mtimer *t) {
    heap[i] = t;
    t->slot = i;
}

static void heap_up(size_t i) {
    mtimer *t = heap[i];
    while (i > 0) {
        size_t p = (i - 1) / 2;
        if (heap[p]->due <= t->due)
            break;
        heap_set(i, heap[p]);
        i = p;
    }
    heap_set(i, t);
}

static void heap_down(size_t i) {
    mtimer *t = heap[i];
    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= heap_n)
            break;
        if (c + 1 < heap_n && heap[c + 1]->due < heap[c]->due)
            c++;
        if (heap[c]->due >= t->due)
            break;
        heap_set(i, heap[c]);
        i = c;
    }
    heap_set(i, t);
}

static int heap_push(mtimer *t) {
    if (heap_n == heap_cap) {
        size_t cap = heap_cap ? heap_cap * 2 : 64;
        mtimer **h = realloc(heap, cap * sizeof *h);
        if (!h)
            return -1;
        heap = h;
        heap_cap = cap;
    }
    heap_set(heap_n++, t);
    heap_up(heap_n - 1);
    return 0;
}

static void heap_remove(mtimer *t) {
    size_t i = t->slot;
    mtimer *last = heap[--heap_n];
    if (i < heap_n) {
        heap_set(i, last);
        heap_up(i);
        heap_down(last->slot);
    }
}

/* ---- firing ---------------------------------------------------------------- */

/* Runs fn(premature, args...) in a fresh coroutine. Raises the callback's
 * error with the coroutine's traceback. */
static int l_fire(lua_State *L) {
    int premature = lua_toboolean(L, 2);
    lua_State *co = lua_newthread(L);
    lua_rawgeti(L, 1, 1); /* fn */
    lua_pushboolean(L, premature);
    lua_Integer n = 0;
    if (lua_getfield(L, 1, "n") == LUA_TNUMBER)
        n = lua_tointeger(L, -1);
    lua_pop(L, 1);
    for (lua_Integer i = 2; i <= n; i++)
        lua_rawgeti(L, 1, i);
    lua_xmove(L, co, (int)n + 1);
    int nres;
    int rc = lua_resume(co, L, (int)n, &nres);
    if (rc == LUA_YIELD)
        return luaL_error(L, "a timer callback may not yield");
    if (rc != LUA_OK) {
        luaL_traceback(L, co, lua_tostring(co, -1), 0);
        return lua_error(L);
    }
    return 0;
}

static void fire(mtimer *t, int premature) {
    vm *v = t->gen->vm;
    vm_lock(v);
    /* A callback's writes (plugins' key-value, durable timers) commit
     * together, in a transaction begun at the first write. */
    store_unit_begin();
    lua_State *L = v->L;
    lua_pushcfunction(L, l_fire);
    lua_rawgeti(L, LUA_REGISTRYINDEX, t->ref);
    lua_pushboolean(L, premature);
    buf err = BUF_INIT;
    if (vm_call(v, 2, 0, &err) != 0) {
        log_msg(LOG_ERROR, "timer_error", "county %s timer %llu: %s", v->county,
                (unsigned long long)t->id, buf_cstr(&err));
        host_count_failure(v->county, buf_cstr(&err)); /* a plugin's callback */
    }
    store_unit_end(err.len == 0, NULL);
    buf_free(&err);
    vm_unlock(v);
}

static void drop(mtimer *t) {
    vm *v = t->gen->vm;
    vm_lock(v);
    luaL_unref(v->L, LUA_REGISTRYINDEX, t->ref);
    vm_unlock(v);
    atomic_fetch_sub(&t->gen->timers, 1);
    generation_release(t->gen);
    free(t);
}

static double mono(void) { return vm_now(); }

static void *timer_main(void *arg) {
    pthread_setname_np(pthread_self(), "banshi-timer");
    (void)arg;
    pthread_mutex_lock(&lock);
    while (running) {
        if (heap_n == 0) {
            pthread_cond_wait(&wake, &lock);
            continue;
        }
        mtimer *t = heap[0];
        double now = mono();
        if (t->due > now) {
            struct timespec ts;
            double when = t->due;
            ts.tv_sec = (time_t)when;
            ts.tv_nsec = (long)((when - (double)ts.tv_sec) * 1e9);
            pthread_cond_timedwait(&wake, &lock, &ts);
            continue;
        }
        heap_remove(t);
        firing = t;
        pthread_mutex_unlock(&lock);
        fire(t, 0);
        pthread_mutex_lock(&lock);
        firing = NULL;
        /* A repeating timer goes back unless it was cancelled while it ran
         * (cancel marks it by clearing interval). */
        if (t->interval > 0 && running) {
            t->due = mono() + t->interval;
            if (heap_push(t) == 0)
                continue;
        }
        pthread_mutex_unlock(&lock);
        drop(t);
        pthread_mutex_lock(&lock);
    }
    pthread_mutex_unlock(&lock);
    return NULL;
}

int timer_start(int max_pending) {
    if (max_pending > 0)
        max_per_gen = max_pending;
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&wake, &ca);
    pthread_condattr_destroy(&ca);
    running = 1;
    if (pthread_create(&thread, NULL, timer_main, NULL) != 0) {
        running = 0;
        return -1;
    }
    started = 1;
    return 0;
}

/* Takes every pending timer of g (all when g is NULL) out of the heap and
 * runs it once with premature = true. */
static void flush(generation *g) {
    for (;;) {
        pthread_mutex_lock(&lock);
        mtimer *t = NULL;
        for (size_t i = 0; i < heap_n; i++) {
            if (!g || heap[i]->gen == g) {
                t = heap[i];
                heap_remove(t);
                break;
            }
        }
        pthread_mutex_unlock(&lock);
        if (!t)
            return;
        fire(t, 1);
        drop(t);
    }
}

void timer_stop(void) {
    if (started) {
        pthread_mutex_lock(&lock);
        running = 0;
        pthread_cond_signal(&wake);
        pthread_mutex_unlock(&lock);
        pthread_join(thread, NULL);
        started = 0;
    }
    flush(NULL);
    free(heap);
    heap = NULL;
    heap_n = heap_cap = 0;
}

void timer_retire(generation *g) { flush(g); }

long timer_pending(void) {
    pthread_mutex_lock(&lock);
    long n = (long)heap_n;
    pthread_mutex_unlock(&lock);
    return n;
}

/* ---- the Lua module ------------------------------------------------------ */

/* The owner of the calling function: its upvalue (timer.owned), or "" for
 * the module's own at/every/cancel. */
static const char *owner_of_call(lua_State *L) {
    const char *o = lua_tostring(L, lua_upvalueindex(1));
    return o ? o : "";
}

static int schedule(lua_State *L, int repeat) {
    const char *owner = owner_of_call(L);
    lua_Number delay = luaL_checknumber(L, 1);
    luaL_argcheck(L, delay == delay && (repeat ? delay > 0 : delay >= 0), 1,
                  repeat ? "interval must be a positive number of seconds"
                         : "delay must be zero or a positive number of seconds");
    luaL_checktype(L, 2, LUA_TFUNCTION);
    vm *v = vm_of(L);
    generation *g = v->owner;
    if (!g || !started) {
        lua_pushnil(L);
        lua_pushliteral(L, "timers are not available while a catalogue is loading");
        return 2;
    }
    if (atomic_load(&g->timers) >= max_per_gen) {
        lua_pushnil(L);
        lua_pushliteral(L, "too many pending timers");
        return 2;
    }
    /* Pack fn and the extra arguments into one table kept in the registry. */
    int n = lua_gettop(L) - 1;
    lua_createtable(L, n, 1);
    for (int i = 1; i <= n; i++) {
        lua_pushvalue(L, i + 1);
        lua_rawseti(L, -2, i);
    }
    lua_pushinteger(L, n);
    lua_setfield(L, -2, "n");
    mtimer *t = calloc(1, sizeof *t);
    if (!t)
        return luaL_error(L, "out of memory");
    t->ref = luaL_ref(L, LUA_REGISTRYINDEX);
    snprintf(t->owner, sizeof t->owner, "%s", owner);
    t->interval = repeat ? delay : 0;
    t->gen = g;
    atomic_fetch_add(&g->refs, 1);
    atomic_fetch_add(&g->timers, 1);
    pthread_mutex_lock(&lock);
    t->id = next_id++;
    t->due = mono() + delay;
    int rc = heap_push(t);
    if (rc == 0 && heap[0] == t)
        pthread_cond_signal(&wake);
    pthread_mutex_unlock(&lock);
    if (rc != 0) {
        luaL_unref(L, LUA_REGISTRYINDEX, t->ref);
        atomic_fetch_sub(&g->timers, 1);
        atomic_fetch_sub(&g->refs, 1); /* the county still holds its own */
        free(t);
        return luaL_error(L, "out of memory");
    }
    lua_pushinteger(L, (lua_Integer)t->id);
    return 1;
}

static int l_at(lua_State *L) { return schedule(L, 0); }
static int l_every(lua_State *L) { return schedule(L, 1); }

/* cancel(id) -> true if a pending timer of this county and of the caller's
 * owner was cancelled (or a repeating one stopped from its own callback);
 * false when there is no such pending timer; nil, "not this plugin's timer"
 * when it belongs to another owner (another plugin, or the platform), which
 * is left running. */
static int l_cancel(lua_State *L) {
    const char *owner = owner_of_call(L);
    lua_Integer id = luaL_checkinteger(L, 1);
    generation *g = vm_of(L)->owner;
    mtimer *t = NULL;
    int foreign = 0, stopped_repeat = 0;
    pthread_mutex_lock(&lock);
    for (size_t i = 0; i < heap_n; i++) {
        if (heap[i]->id == (uint64_t)id && heap[i]->gen == g) {
            if (strcmp(heap[i]->owner, owner) != 0) {
                foreign = 1;
            } else {
                t = heap[i];
                heap_remove(t);
            }
            break;
        }
    }
    if (!t && !foreign && firing && firing->id == (uint64_t)id && firing->gen == g &&
        firing->interval > 0) {
        if (strcmp(firing->owner, owner) != 0) {
            foreign = 1;
        } else {
            firing->interval = 0; /* a repeating timer cancelling itself */
            stopped_repeat = 1;
        }
    }
    pthread_mutex_unlock(&lock);
    if (foreign) {
        lua_pushnil(L);
        lua_pushliteral(L, "not this plugin's timer");
        return 2;
    }
    if (stopped_repeat) {
        lua_pushboolean(L, 1);
        return 1;
    }
    if (t) {
        /* We hold the county's lock already (we are inside its call). */
        luaL_unref(L, LUA_REGISTRYINDEX, t->ref);
        atomic_fetch_sub(&g->timers, 1);
        atomic_fetch_sub(&g->refs, 1);
        free(t);
    }
    lua_pushboolean(L, t != NULL);
    return 1;
}

/* owned(name) -> { at, every, cancel } for the plugin name: its timers are
 * tagged with name, and its cancel reaches only them. Raises on a name that
 * is empty or longer than 63 bytes. */
static int l_owned(lua_State *L) {
    size_t n;
    luaL_checklstring(L, 1, &n);
    luaL_argcheck(L, n > 0 && n < sizeof(((mtimer *)0)->owner), 1, "a name of 1 to 63 bytes");
    static const luaL_Reg fns[] = {
        {"at", l_at}, {"every", l_every}, {"cancel", l_cancel}, {NULL, NULL}};
    lua_createtable(L, 0, 3);
    lua_pushvalue(L, 1);
    luaL_setfuncs(L, fns, 1);
    return 1;
}

static int l_pending(lua_State *L) {
    generation *g = vm_of(L)->owner;
    lua_pushinteger(L, g ? atomic_load(&g->timers) : 0);
    return 1;
}

int luaopen_banshi_timer(lua_State *L) {
    static const luaL_Reg fns[] = {{"at", l_at},       {"every", l_every},     {"cancel", l_cancel},
                                   {"owned", l_owned}, {"pending", l_pending}, {NULL, NULL}};
    luaL_newlib(L, fns);
    dtimer_open(L); /* the durable ones: schedule, unschedule, handle, now */
    return 1;
}
