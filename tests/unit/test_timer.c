/* In-memory timers for Lua: at, every, cancel, the per-county cap, each
 * callback in a fresh coroutine, and premature = true at retire and stop. */
#include "county.h"
#include "log.h"
#include "t.h"
#include "timer.h"

#include <lauxlib.h>
#include <stdlib.h>
#include <unistd.h>

static generation *make_gen(void) {
    generation *g = calloc(1, sizeof *g);
    buf err = BUF_INIT;
    g->vm = vm_new("tcounty", NULL, &err);
    buf_free(&err);
    g->vm->owner = g;
    atomic_init(&g->refs, 1);
    return g;
}

static int run(generation *g, const char *src) {
    vm *v = g->vm;
    buf err = BUF_INIT;
    vm_lock(v);
    int rc = luaL_loadbufferx(v->L, src, strlen(src), "@t/timer.lua", "t") == LUA_OK
                 ? vm_call(v, 0, 0, &err)
                 : -1;
    if (rc != 0)
        fprintf(stderr, "lua: %s\n", rc == -1 && err.len ? buf_cstr(&err) : "load error");
    vm_unlock(v);
    buf_free(&err);
    return rc;
}

static lua_Integer global_int(generation *g, const char *name) {
    vm_lock(g->vm);
    lua_getglobal(g->vm->L, name);
    lua_Integer v = lua_tointeger(g->vm->L, -1);
    lua_pop(g->vm->L, 1);
    vm_unlock(g->vm);
    return v;
}

static void wait_for(generation *g, const char *name, lua_Integer want, double seconds) {
    double until = vm_now() + seconds;
    while (global_int(g, name) < want && vm_now() < until)
        usleep(2000);
}

static void at_fires_once_with_arguments(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "fired = 0\n"
                 "assert(t.at(0.01, function(premature, a, b)\n"
                 "  assert(premature == false and a == 'x' and b == 2)\n"
                 "  fired = fired + 1 end, 'x', 2))\n") == 0);
    wait_for(g, "fired", 1, 2);
    usleep(30000);
    CHECK(global_int(g, "fired") == 1);
    timer_retire(g);
    generation_release(g);
}

static void callbacks_run_in_fresh_coroutines(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "seen = 0\n"
                 "t.at(0, function() local co, main = coroutine.running()\n"
                 "  if not main then seen = seen + 1 end end)\n") == 0);
    wait_for(g, "seen", 1, 2);
    CHECK(global_int(g, "seen") == 1);
    timer_retire(g);
    generation_release(g);
}

static void every_repeats_until_cancelled(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "ticks = 0\n"
                 "local id\n"
                 "id = t.every(0.005, function()\n"
                 "  ticks = ticks + 1\n"
                 "  if ticks == 3 then assert(t.cancel(id)) end end)\n") == 0);
    wait_for(g, "ticks", 3, 2);
    usleep(50000);
    CHECK(global_int(g, "ticks") == 3);
    CHECK(timer_pending() == 0);
    timer_retire(g);
    generation_release(g);
}

static void cancel_before_due(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "fired = 0\n"
                 "local id = t.at(0.05, function() fired = 1 end)\n"
                 "assert(t.pending() == 1)\n"
                 "assert(t.cancel(id) == true)\n"
                 "assert(t.cancel(id) == false)\n"
                 "assert(t.pending() == 0)\n") == 0);
    usleep(100000);
    CHECK(global_int(g, "fired") == 0);
    generation_release(g);
}

static void cancel_reaches_only_the_owners_timers(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "local a, b = t.owned('alpha'), t.owned('beta')\n"
                 "local ida = a.at(3600, function() end)\n"
                 "local idp = t.at(3600, function() end)\n"
                 "local ok, msg = b.cancel(ida)\n"
                 "assert(ok == nil and msg == \"not this plugin's timer\", tostring(msg))\n"
                 "ok, msg = t.cancel(ida)\n"
                 "assert(ok == nil and msg == \"not this plugin's timer\")\n"
                 "ok, msg = a.cancel(idp)\n"
                 "assert(ok == nil and msg == \"not this plugin's timer\")\n"
                 "assert(t.pending() == 2)\n"
                 "assert(a.cancel(ida) == true and a.cancel(ida) == false)\n"
                 "assert(t.cancel(idp) == true)\n"
                 "assert(t.pending() == 0)\n"
                 "assert(not pcall(t.owned, ''))\n"
                 "assert(not pcall(t.owned, ('x'):rep(64)))\n") == 0);
    timer_retire(g);
    generation_release(g);
}

static void a_repeating_timer_is_stopped_only_by_its_owner(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "local a, b = t.owned('alpha'), t.owned('beta')\n"
                 "ticks, refused = 0, 0\n"
                 "local id\n"
                 "id = a.every(0.005, function()\n"
                 "  ticks = ticks + 1\n"
                 "  if ticks == 2 and b.cancel(id) == nil then refused = 1 end\n"
                 "  if ticks == 3 then assert(a.cancel(id)) end end)\n") == 0);
    wait_for(g, "ticks", 3, 2);
    usleep(50000);
    CHECK(global_int(g, "ticks") == 3);
    CHECK(global_int(g, "refused") == 1);
    CHECK(timer_pending() == 0);
    timer_retire(g);
    generation_release(g);
}

static void cap_refuses_with_a_message(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "for i = 1, 8 do assert(t.at(60, function() end)) end\n"
                 "local ok, msg = t.at(60, function() end)\n"
                 "assert(ok == nil and msg == 'too many pending timers')\n") == 0);
    timer_retire(g);
    generation_release(g);
}

static void misuse_raises(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "assert(not pcall(t.at, -1, function() end))\n"
                 "assert(not pcall(t.at, 1, 'not a function'))\n"
                 "assert(not pcall(t.every, 0, function() end))\n") == 0);
    generation_release(g);
}

static void retire_runs_pending_as_premature(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "premature_calls = 0\n"
                 "for i = 1, 3 do t.at(3600, function(p) if p then\n"
                 "  premature_calls = premature_calls + 1 end end) end\n"
                 "t.every(3600, function(p) if p then premature_calls = premature_calls + 1 end "
                 "end)\n") == 0);
    timer_retire(g);
    CHECK(global_int(g, "premature_calls") == 4);
    CHECK(atomic_load(&g->timers) == 0);
    generation_release(g);
}

static void failing_callback_does_not_stop_others(void) {
    generation *g = make_gen();
    CHECK(run(g, "local t = require 'banshi.timer'\n"
                 "ok_calls = 0\n"
                 "t.at(0, function() error('boom') end)\n"
                 "t.at(0.01, function() ok_calls = ok_calls + 1 end)\n") == 0);
    wait_for(g, "ok_calls", 1, 2);
    CHECK(global_int(g, "ok_calls") == 1);
    timer_retire(g);
    generation_release(g);
}

int main(void) {
    log_set_level(LOG_ERROR + 1);
    timer_start(8);
    TEST(at_fires_once_with_arguments);
    TEST(callbacks_run_in_fresh_coroutines);
    TEST(every_repeats_until_cancelled);
    TEST(cancel_before_due);
    TEST(cancel_reaches_only_the_owners_timers);
    TEST(a_repeating_timer_is_stopped_only_by_its_owner);
    TEST(cap_refuses_with_a_message);
    TEST(misuse_raises);
    TEST(retire_runs_pending_as_premature);
    TEST(failing_callback_does_not_stop_others);
    timer_stop();
    T_EXIT();
}
