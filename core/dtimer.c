#include "dtimer.h"

#include "clock.h"
#include "county.h"
#include "host.h"
#include "json.h"
#include "log.h"
#include "store_app.h"
#include "store_timer.h"
#include "vm.h"

#include <lauxlib.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define HANDLERS_KEY "banshi.durable_handlers"
#define MAX_SLEEP_MS 60000
#define LAG_RING     65536

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t wake;
static pthread_t thread;
static int running, started, kicked;
static int64_t sleeping_until = INT64_MAX;

static _Atomic uint64_t n_fired, n_retried, n_given_up;
static pthread_mutex_t lag_lock = PTHREAD_MUTEX_INITIALIZER;
static float lags[LAG_RING]; /* seconds late, the most recent firings */
static size_t lag_n;

static void kick(int64_t due_at) {
    pthread_mutex_lock(&lock);
    if (due_at < sleeping_until) {
        kicked = 1;
        pthread_cond_signal(&wake);
    }
    pthread_mutex_unlock(&lock);
}

static void on_advance(void) { kick(INT64_MIN); }

static void record_lag(int64_t due_at, int64_t now) {
    pthread_mutex_lock(&lag_lock);
    lags[lag_n++ % LAG_RING] = (float)(now > due_at ? now - due_at : 0) / 1000.0f;
    pthread_mutex_unlock(&lag_lock);
}

/* After a failure: later, or given up for good. */
static void failed(const store_timer *t, int64_t now, const char *why) {
    if (!t->id) { /* a recount without a row of its own: the next change retries */
        log_msg(LOG_ERROR, "timer_error", "county %s: %s for application %lld: %s", t->county,
                t->name, (long long)t->app_id, why);
        return;
    }
    buf err = BUF_INIT;
    if (t->attempts + 1 >= STORE_TIMER_ATTEMPTS) {
        store_timer_fired(t->id, now, why, &err);
        atomic_fetch_add(&n_given_up, 1);
        log_msg(LOG_ERROR, "timer_given_up", "county %s timer %lld (%s) after %d attempts: %s",
                t->county, (long long)t->id, t->name, t->attempts + 1, why);
    } else {
        int64_t delay = 1000LL << (2 * t->attempts); /* 1, 4, 16, 64 s */
        store_timer_retry(t->id, now + delay, why, &err);
        atomic_fetch_add(&n_retried, 1);
        log_msg(LOG_WARN, "timer_retry", "county %s timer %lld (%s) attempt %d: %s", t->county,
                (long long)t->id, t->name, t->attempts + 1, why);
    }
    if (err.len)
        log_msg(LOG_ERROR, "store", "timer %lld: %s", (long long)t->id, buf_cstr(&err));
    buf_free(&err);
}

/* ---- timers of Lua handlers -------------------------------------------------- */

/* A handler's run: the timer, and what the handler answered. */
typedef struct handler_run {
    const store_timer *t;
    int retry;     /* it returned false: keep its writes, try again later */
    char why[256]; /* its reason */
} handler_run;

/* Inside vm_call: handlers[name](payload, info); a first result of false
 * (and a reason) asks for a retry. */
static int l_run_handler(lua_State *L) {
    handler_run *run = lua_touserdata(L, 1);
    const store_timer *t = run->t;
    lua_settop(L, 0);
    if (lua_getfield(L, LUA_REGISTRYINDEX, HANDLERS_KEY) != LUA_TTABLE ||
        lua_getfield(L, -1, t->name) != LUA_TFUNCTION)
        return luaL_error(L, "no handler for timer '%s' in county %s", t->name, t->county);
    size_t off;
    const char *msg;
    if (json_decode(L, t->payload, strlen(t->payload), &off, &msg) != 0)
        return luaL_error(L, "timer %d: stored payload is not JSON", (int)t->id);
    lua_createtable(L, 0, 5);
    lua_pushinteger(L, (lua_Integer)t->id);
    lua_setfield(L, -2, "id");
    lua_pushstring(L, t->name);
    lua_setfield(L, -2, "name");
    lua_pushnumber(L, (lua_Number)t->due_at / 1000);
    lua_setfield(L, -2, "due");
    lua_pushinteger(L, t->attempts);
    lua_setfield(L, -2, "attempts");
    lua_pushinteger(L, STORE_TIMER_ATTEMPTS);
    lua_setfield(L, -2, "max_attempts");
    lua_pushstring(L, t->county);
    lua_setfield(L, -2, "county");
    lua_call(L, 2, 2);
    if (lua_isboolean(L, -2) && !lua_toboolean(L, -2)) {
        run->retry = 1;
        snprintf(run->why, sizeof run->why, "%s",
                 lua_isstring(L, -1) ? lua_tostring(L, -1) : "the handler asked for a retry");
    }
    return 0;
}

/* Runs one handler timer of g, whose lock is held, inside the open
 * transaction, in its own savepoint. A handler that raises has its writes
 * undone and is retried; one that returns false keeps its writes (say, the
 * failed attempt it recorded) and is retried the same way. */
static void fire_lua(generation *g, const store_timer *t) {
    int64_t now = clock_now_ms();
    buf err = BUF_INIT;
    handler_run run = {.t = t};
    int ok = 0;
    if (store_tx(TX_SAVEPOINT, &err) == 0) {
        lua_pushcfunction(g->vm->L, l_run_handler);
        lua_pushlightuserdata(g->vm->L, &run);
        ok = vm_call(g->vm, 1, 0, &err) == 0;
        if (ok && !run.retry && store_timer_fired(t->id, now, NULL, &err) != 1)
            ok = 0;
        if (!ok)
            store_tx(TX_ROLLBACK_TO, NULL);
        store_tx(TX_RELEASE, NULL);
    }
    if (ok && run.retry) {
        failed(t, now, run.why);
    } else if (ok) {
        atomic_fetch_add(&n_fired, 1);
        record_lag(t->due_at, now);
    } else {
        if (strstr(buf_cstr(&err), "budget")) /* a plugin's handler overran */
            host_count_failure(t->county, buf_cstr(&err));
        log_msg(LOG_ERROR, "timer_error", "county %s timer %lld (%s): %s", t->county,
                (long long)t->id, t->name, buf_cstr(&err));
        failed(t, now, buf_cstr(&err));
    }
    buf_free(&err);
}

/* Handler timers of one county: its lock, then one transaction (the
 * county's lock before the database's write lock, as everywhere). */
static void fire_lua_county(const store_timer *ts, int n) {
    county *c = county_find(ts[0].county);
    generation *g = c ? county_acquire(c) : NULL;
    if (!g) {
        char why[128];
        snprintf(why, sizeof why, "county %s is not serving", ts[0].county);
        for (int i = 0; i < n; i++)
            failed(&ts[i], clock_now_ms(), why);
        return;
    }
    buf err = BUF_INIT;
    vm_lock(g->vm);
    if (store_tx(TX_BEGIN, &err) != 0) {
        log_msg(LOG_ERROR, "store", "timers: %s", buf_cstr(&err));
    } else {
        for (int i = 0; i < n; i++)
            fire_lua(g, &ts[i]);
        if (store_tx(TX_COMMIT, &err) != 0) {
            log_msg(LOG_ERROR, "store", "timers not committed: %s", buf_cstr(&err));
            store_tx(TX_ROLLBACK, NULL);
        }
    }
    vm_unlock(g->vm);
    generation_release(g);
    buf_free(&err);
}

static void fire_lua_run(const store_timer *ts, int n) {
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && strcmp(ts[j].county, ts[i].county) == 0)
            j++;
        fire_lua_county(ts + i, j - i);
        i = j;
    }
}

/* ---- application timers ------------------------------------------------------ */

typedef struct app_fire {
    store_op op;
    const store_timer *t;
    store_app app;
    generation *g;
    buf doc, event, refusal, reason;
    char state[32], from[32], actor[48], action[40], broken[40];
} app_fire;

static pthread_mutex_t done_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t done_cond = PTHREAD_COND_INITIALIZER;
static int outstanding;

static void app_done(store_op *op) {
    (void)op;
    pthread_mutex_lock(&done_lock);
    if (--outstanding == 0)
        pthread_cond_signal(&done_cond);
    pthread_mutex_unlock(&done_lock);
}

static void copy_field(lua_State *L, int t, const char *key, char *out, size_t n) {
    lua_getfield(L, t, key);
    const char *s = lua_tostring(L, -1);
    snprintf(out, n, "%s", s ? s : "");
    lua_pop(L, 1);
}

/* Inside vm_call: apps.on_timer(model, version, doc, name, now, number). */
static int l_app_timer(lua_State *L) {
    app_fire *f = lua_touserdata(L, 1);
    lua_settop(L, 0);
    vm_push_function(L, "banshi.apps", "on_timer");
    lua_rawgeti(L, LUA_REGISTRYINDEX, f->g->model_ref);
    lua_pushstring(L, f->g->hash);
    lua_pushstring(L, f->app.doc);
    lua_pushstring(L, f->t->name);
    lua_pushinteger(L, (lua_Integer)(f->op.at / 1000));
    lua_pushstring(L, f->app.number);
    lua_call(L, 6, 2);
    if (lua_isnil(L, 1)) {
        char msg[128];
        if (json_encode(L, 2, &f->refusal, msg, sizeof msg) != 0)
            buf_adds(&f->refusal, "(unreadable refusal)");
        return 0;
    }
    lua_getfield(L, 1, "doc");
    lua_getfield(L, 1, "event");
    size_t dl, el;
    const char *d = lua_tolstring(L, -2, &dl), *e = lua_tolstring(L, -1, &el);
    if (!d || !e)
        return luaL_error(L, "banshi.apps.on_timer returned no document");
    buf_add(&f->doc, d, dl);
    buf_add(&f->event, e, el);
    lua_pop(L, 2);
    copy_field(L, 1, "state", f->state, sizeof f->state);
    copy_field(L, 1, "from", f->from, sizeof f->from);
    copy_field(L, 1, "actor", f->actor, sizeof f->actor);
    copy_field(L, 1, "action", f->action, sizeof f->action);
    copy_field(L, 1, "broken_holder", f->broken, sizeof f->broken);
    lua_getfield(L, 1, "reason");
    if (lua_isstring(L, -1))
        buf_adds(&f->reason, lua_tostring(L, -1));
    lua_pop(L, 1);
    dtimer_take_app_timers(L, 1, &f->op);
    return 0;
}

/* Decides the timer's event; 1 when an op is ready to submit, 0 when the
 * timer is settled without one (no longer applies, or failed). */
static int app_prepare(app_fire *f) {
    const store_timer *t = f->t;
    int64_t now = clock_now_ms();
    f->op.at = now;
    buf err = BUF_INIT;
    county *c = county_find(t->county);
    int found = store_app_get(t->county, NULL, t->app_id, &f->app, &err);
    /* A recount after a calendar change uses the county's calendar as it is
     * now; every other timer the rules the application is pinned to. */
    if (found == 1 && c)
        f->g = strcmp(t->name, "app.recompute") == 0 ? county_acquire(c)
                                                     : county_version(c, f->app.version, &err);
    if (!f->g) {
        if (!err.len)
            buf_printf(&err, "application %lld or county %s not found", (long long)t->app_id,
                       t->county);
        failed(t, now, buf_cstr(&err));
        buf_free(&err);
        return 0;
    }
    vm_lock(f->g->vm);
    lua_pushcfunction(f->g->vm->L, l_app_timer);
    lua_pushlightuserdata(f->g->vm->L, f);
    int rc = vm_call(f->g->vm, 1, 0, &err);
    vm_unlock(f->g->vm);
    if (rc != 0) {
        log_msg(LOG_ERROR, "timer_error", "%s timer %s: %s", f->app.number, t->name,
                buf_cstr(&err));
        failed(t, now, buf_cstr(&err));
        buf_free(&err);
        return 0;
    }
    buf_free(&err);
    if (f->refusal.len) {
        /* The application moved on (decided, suspended, supplied): the
         * timer fires without effect, and says why. */
        char why[200];
        snprintf(why, sizeof why, "no effect: %s", buf_cstr(&f->refusal));
        if (t->id && store_timer_fired(t->id, now, why, NULL) == 1) {
            atomic_fetch_add(&n_fired, 1);
            record_lag(t->due_at, now);
        }
        return 0;
    }
    store_op *op = &f->op;
    op->kind = STORE_APP_UPDATE;
    op->county = t->county;
    op->app_id = f->app.id;
    op->expect_seq = f->app.seq;
    op->state = f->state;
    op->doc = buf_cstr(&f->doc);
    op->actor = f->actor;
    op->action = f->action;
    op->from_state = f->from;
    op->payload = buf_cstr(&f->event);
    op->reason = f->reason.len ? buf_cstr(&f->reason) : NULL;
    op->broken_holder = f->broken[0] ? f->broken : NULL;
    op->fire_timer = t->id; /* 0 for the recounts of a calendar change */
    op->done = app_done;
    return 1;
}

static void fire_app_run(const store_timer *ts, int n) {
    app_fire *fs = calloc((size_t)n, sizeof *fs);
    if (!fs)
        return;
    int submitted = 0;
    for (int i = 0; i < n; i++) {
        fs[i].t = &ts[i];
        if (!app_prepare(&fs[i]))
            continue;
        pthread_mutex_lock(&done_lock);
        outstanding++;
        pthread_mutex_unlock(&done_lock);
        if (store_submit(&fs[i].op) != 0) {
            app_done(&fs[i].op);
            fs[i].op.rc = STORE_ERROR;
            snprintf(fs[i].op.err, sizeof fs[i].op.err, "the writer is stopping");
        }
        submitted = 1;
    }
    pthread_mutex_lock(&done_lock);
    while (outstanding > 0)
        pthread_cond_wait(&done_cond, &done_lock);
    pthread_mutex_unlock(&done_lock);
    for (int i = 0; i < n && submitted; i++) {
        app_fire *f = &fs[i];
        if (!f->op.done)
            continue;
        if (f->op.rc == STORE_OK) {
            host_after(f->g, f->app.number, buf_cstr(&f->event), buf_cstr(&f->doc));
            atomic_fetch_add(&n_fired, 1);
            record_lag(f->t->due_at, f->op.at);
            log_msg(LOG_INFO, "timer_fired", "%s %s -> %s", f->app.number, f->t->name, f->state);
        } else if (f->op.rc != STORE_CONFLICT) {
            failed(f->t, f->op.at, f->op.err);
        } /* a conflict: the application changed meanwhile; due again next round */
    }
    for (int i = 0; i < n; i++) {
        generation_release(fs[i].g);
        store_app_free(&fs[i].app);
        buf_free(&fs[i].doc);
        buf_free(&fs[i].event);
        buf_free(&fs[i].refusal);
        buf_free(&fs[i].reason);
    }
    free(fs);
}

/* ---- the thread ---------------------------------------------------------------- */

static int is_app_timer(const store_timer *t) { return strncmp(t->name, "app.", 4) == 0; }
static int is_core_timer(const store_timer *t) { return strncmp(t->name, "core.", 5) == 0; }

/* core.recompute: the county's calendar changed; every case whose clock
 * runs has its deadline counted again (those whose deadline stays the
 * same are refused by the workflow and left alone). */
static void fire_recompute(const store_timer *t) {
    enum { CHUNK = 256 };
    int64_t ids[CHUNK], after = 0;
    store_timer *batch = calloc(CHUNK, sizeof *batch);
    buf err = BUF_INIT;
    int n;
    while (batch && (n = store_timer_open_apps(t->county, after, ids, CHUNK, &err)) > 0) {
        for (int i = 0; i < n; i++) {
            batch[i] = (store_timer){.app_id = ids[i], .due_at = t->due_at};
            snprintf(batch[i].county, sizeof batch[i].county, "%s", t->county);
            snprintf(batch[i].name, sizeof batch[i].name, "app.recompute");
        }
        fire_app_run(batch, n);
        after = ids[n - 1];
    }
    free(batch);
    int64_t now = clock_now_ms();
    if (err.len)
        failed(t, now, buf_cstr(&err));
    else if (store_timer_fired(t->id, now, NULL, NULL) == 1)
        atomic_fetch_add(&n_fired, 1);
    buf_free(&err);
}

void dtimer_calendar_changed(const char *county_id) {
    buf err = BUF_INIT;
    if (store_timer_schedule(county_id, clock_now_ms(), "core.recompute", "{}", 0, &err) < 0)
        log_msg(LOG_ERROR, "store", "county %s: cannot schedule the deadline recount: %s",
                county_id, buf_cstr(&err));
    buf_free(&err);
}

/* Fires a batch in due order, a run of the same kind at a time. */
static void fire_batch(const store_timer *ts, int n) {
    for (int i = 0; i < n;) {
        int j = i + 1;
        while (j < n && is_app_timer(&ts[j]) == is_app_timer(&ts[i]) && !is_core_timer(&ts[j]))
            j++;
        if (is_core_timer(&ts[i]))
            j = i + 1;
        if (is_core_timer(&ts[i]))
            fire_recompute(&ts[i]);
        else if (is_app_timer(&ts[i]))
            fire_app_run(ts + i, j - i);
        else
            fire_lua_run(ts + i, j - i);
        i = j;
    }
}

static void sleep_until(int64_t target, int64_t now) {
    int64_t ms = target - now;
    if (ms > MAX_SLEEP_MS)
        ms = MAX_SLEEP_MS;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    ts.tv_sec += (time_t)(ms / 1000);
    ts.tv_nsec += (long)(ms % 1000) * 1000000L;
    if (ts.tv_nsec >= 1000000000L) {
        ts.tv_sec++;
        ts.tv_nsec -= 1000000000L;
    }
    pthread_mutex_lock(&lock);
    if (!kicked && running) {
        sleeping_until = target;
        pthread_cond_timedwait(&wake, &lock, &ts);
    }
    kicked = 0;
    sleeping_until = INT64_MAX;
    pthread_mutex_unlock(&lock);
}

static void *dtimer_main(void *arg) {
    pthread_setname_np(pthread_self(), "banshi-dtimer");
    (void)arg;
    store_timer *batch = calloc(DTIMER_BATCH, sizeof *batch);
    int64_t last_prune = 0, was;
    /* The pending count /metrics shows is kept beside the rows; counted
     * again once here, it also covers rows someone changed by hand. */
    buf rerr = BUF_INIT;
    int64_t pending = store_timer_recount(&was, &rerr);
    if (pending < 0)
        log_msg(LOG_ERROR, "store", "timers: %s", buf_cstr(&rerr));
    else if (pending != was)
        log_msg(LOG_WARN, "timer_recount", "%lld durable timers are pending, not %lld as counted",
                (long long)pending, (long long)was);
    buf_free(&rerr);
    while (batch) {
        pthread_mutex_lock(&lock);
        int go = running;
        pthread_mutex_unlock(&lock);
        if (!go)
            break;
        buf err = BUF_INIT;
        int64_t now = clock_now_ms();
        int n = store_timer_due(now, batch, DTIMER_BATCH, &err);
        if (n > 0) {
            fire_batch(batch, n);
            store_timer_free(batch, n);
            buf_free(&err);
            continue;
        }
        if (now - last_prune > 3600 * 1000) {
            store_timer_prune(now - STORE_TIMER_KEEP_MS, 10000, NULL);
            last_prune = now;
        }
        int64_t next = now + MAX_SLEEP_MS;
        int found = n < 0 ? -1 : store_timer_next(&next, &err);
        if (found < 0) {
            log_msg(LOG_ERROR, "store", "timers: %s", buf_cstr(&err));
            next = now + 1000;
        }
        buf_free(&err);
        if (next > now)
            sleep_until(next, now);
    }
    free(batch);
    return NULL;
}

int dtimer_start(void) {
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&wake, &ca);
    pthread_condattr_destroy(&ca);
    running = 1;
    store_timer_on_notify(kick);
    clock_on_advance(on_advance);
    if (pthread_create(&thread, NULL, dtimer_main, NULL) != 0) {
        running = 0;
        return -1;
    }
    started = 1;
    return 0;
}

void dtimer_stop(void) {
    if (!started)
        return;
    pthread_mutex_lock(&lock);
    running = 0;
    pthread_cond_signal(&wake);
    pthread_mutex_unlock(&lock);
    pthread_join(thread, NULL);
    started = 0;
    store_timer_on_notify(NULL);
}

/* ---- reading application timers from Lua --------------------------------------- */

void dtimer_take_app_timers(lua_State *L, int res, store_op *op) {
    if (lua_getfield(L, res, "timers") != LUA_TTABLE) {
        lua_pop(L, 1);
        return;
    }
    op->set_timers = 1;
    op->ntimers = 0;
    lua_Integer n = luaL_len(L, -1);
    if (n > STORE_APP_TIMERS)
        luaL_error(L, "an application may have at most %d timers", STORE_APP_TIMERS);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        lua_getfield(L, -1, "name");
        lua_getfield(L, -2, "at");
        const char *name = lua_tostring(L, -2);
        int isnum;
        lua_Number at = lua_tonumberx(L, -1, &isnum);
        if (!name || !isnum || strlen(name) >= sizeof op->timers[0].name)
            luaL_error(L, "timer %d: needs a name and at (unix seconds)", (int)i);
        store_app_timer *t = &op->timers[op->ntimers++];
        snprintf(t->name, sizeof t->name, "%s", name);
        t->due_at = (int64_t)(at * 1000);
        lua_pop(L, 3);
    }
    lua_pop(L, 1);
}

/* ---- the Lua API ----------------------------------------------------------------- */

static int valid_name(const char *s, size_t n) {
    if (n == 0 || n > 63)
        return 0;
    for (size_t i = 0; i < n; i++) {
        char ch = s[i];
        if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
              ch == '.' || ch == '_' || ch == '-'))
            return 0;
    }
    return 1;
}

/* schedule(when, name[, payload]) -> id */
static int l_schedule(lua_State *L) {
    lua_Number when = luaL_checknumber(L, 1);
    size_t nlen;
    const char *name = luaL_checklstring(L, 2, &nlen);
    luaL_argcheck(L, valid_name(name, nlen), 2, "a name of 1 to 63 letters, digits, '.', '_', '-'");
    luaL_argcheck(L, strncmp(name, "app.", 4) != 0, 2,
                  "names beginning with 'app.' are the core's");
    luaL_argcheck(L, when == when && when >= 0 && when < 1e11, 1, "unix seconds");
    vm *v = vm_of(L);
    if (!v->owner) {
        lua_pushnil(L);
        lua_pushliteral(L, "timers are not available while a catalogue is loading");
        return 2;
    }
    buf payload = BUF_INIT;
    char msg[128];
    if (lua_isnoneornil(L, 3)) {
        buf_adds(&payload, "{}");
    } else if (json_encode(L, 3, &payload, msg, sizeof msg) != 0) {
        buf_free(&payload);
        return luaL_error(L, "timer payload: %s", msg);
    }
    buf err = BUF_INIT;
    int64_t due = (int64_t)(when * 1000);
    int64_t id = store_timer_schedule(v->county, due, name, buf_cstr(&payload), 0, &err);
    buf_free(&payload);
    if (id < 0) {
        lua_pushnil(L);
        lua_pushstring(L, buf_cstr(&err));
        buf_free(&err);
        return 2;
    }
    buf_free(&err);
    lua_pushinteger(L, (lua_Integer)id); /* the timer thread hears of it once committed */
    return 1;
}

/* unschedule(id[, prefix]): only a timer whose name begins with prefix
 * (the plugin API passes the plugin's own), never the core's. */
static int l_unschedule(lua_State *L) {
    lua_Integer id = luaL_checkinteger(L, 1);
    const char *prefix = luaL_optstring(L, 2, "");
    buf err = BUF_INIT;
    int rc = store_timer_cancel(vm_of(L)->county, (int64_t)id, prefix, &err);
    if (rc < 0) {
        lua_pushnil(L);
        lua_pushstring(L, buf_cstr(&err));
        buf_free(&err);
        return 2;
    }
    buf_free(&err);
    lua_pushboolean(L, rc == 1);
    return 1;
}

static int l_handle(lua_State *L) {
    size_t nlen;
    const char *name = luaL_checklstring(L, 1, &nlen);
    luaL_argcheck(L, valid_name(name, nlen), 1, "a name of 1 to 63 letters, digits, '.', '_', '-'");
    luaL_checktype(L, 2, LUA_TFUNCTION);
    if (lua_getfield(L, LUA_REGISTRYINDEX, HANDLERS_KEY) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_newtable(L);
        lua_pushvalue(L, -1);
        lua_setfield(L, LUA_REGISTRYINDEX, HANDLERS_KEY);
    }
    lua_pushvalue(L, 2);
    lua_setfield(L, -2, name);
    return 0;
}

static int l_now(lua_State *L) {
    lua_pushnumber(L, (lua_Number)clock_now_ms() / 1000);
    return 1;
}

void dtimer_open(lua_State *L) {
    static const luaL_Reg fns[] = {{"schedule", l_schedule},
                                   {"unschedule", l_unschedule},
                                   {"handle", l_handle},
                                   {"now", l_now},
                                   {NULL, NULL}};
    luaL_setfuncs(L, fns, 0);
}

/* ---- metrics ------------------------------------------------------------------- */

static int cmp_float(const void *a, const void *b) {
    float x = *(const float *)a, y = *(const float *)b;
    return (x > y) - (x < y);
}

void dtimer_metrics(buf *out) {
    buf err = BUF_INIT;
    int64_t pending = store_timer_count(NULL, &err);
    buf_free(&err);
    buf_printf(out,
               "# HELP banshi_durable_timers_pending Durable timers not yet fired.\n"
               "# TYPE banshi_durable_timers_pending gauge\n"
               "banshi_durable_timers_pending %lld\n"
               "# HELP banshi_durable_timers_fired_total Durable timers fired.\n"
               "# TYPE banshi_durable_timers_fired_total counter\n"
               "banshi_durable_timers_fired_total %llu\n"
               "# HELP banshi_durable_timers_retried_total Failed firings retried later.\n"
               "# TYPE banshi_durable_timers_retried_total counter\n"
               "banshi_durable_timers_retried_total %llu\n"
               "# HELP banshi_durable_timers_given_up_total Timers given up after "
               "their last attempt.\n"
               "# TYPE banshi_durable_timers_given_up_total counter\n"
               "banshi_durable_timers_given_up_total %llu\n",
               (long long)pending, (unsigned long long)atomic_load(&n_fired),
               (unsigned long long)atomic_load(&n_retried),
               (unsigned long long)atomic_load(&n_given_up));
    pthread_mutex_lock(&lag_lock);
    size_t n = lag_n < LAG_RING ? lag_n : LAG_RING;
    float *copy = n ? malloc(n * sizeof *copy) : NULL;
    if (copy)
        memcpy(copy, lags, n * sizeof *copy);
    pthread_mutex_unlock(&lag_lock);
    buf_adds(out, "# HELP banshi_durable_timer_lag_seconds How late timers fired (the "
                  "most recent 65536).\n# TYPE banshi_durable_timer_lag_seconds summary\n");
    if (copy) {
        qsort(copy, n, sizeof *copy, cmp_float);
        static const double qs[] = {0.5, 0.9, 0.99, 1.0};
        for (size_t i = 0; i < sizeof qs / sizeof qs[0]; i++) {
            size_t k = (size_t)(qs[i] * (double)(n - 1) + 0.5);
            buf_printf(out, "banshi_durable_timer_lag_seconds{quantile=\"%g\"} %.3f\n", qs[i],
                       (double)copy[k]);
        }
        free(copy);
    }
    buf_printf(out, "banshi_durable_timer_lag_seconds_count %zu\n", n);
}
