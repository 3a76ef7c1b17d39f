/* The Lua host: sandbox allow-list, budgets that pcall cannot swallow, error
 * messages with file:line, and a state that stays usable after a kill. */
#include "t.h"
#include "vm.h"

#include <lauxlib.h>

static vm *fresh(size_t mem_mb, uint64_t instr, double seconds) {
    vm_limits lim = {mem_mb << 20, instr, seconds};
    buf err = BUF_INIT;
    vm *v = vm_new("testcounty", &lim, &err);
    buf_free(&err);
    return v;
}

/* Runs src (chunk name "@t/x.lua") and returns 0 or -1; err gets the message. */
static int run(vm *v, const char *src, buf *err) {
    vm_lock(v);
    int rc = -1;
    if (luaL_loadbufferx(v->L, src, strlen(src), "@t/x.lua", "t") == LUA_OK)
        rc = vm_call(v, 0, 0, err);
    else {
        buf_adds(err, lua_tostring(v->L, -1));
        lua_pop(v->L, 1);
    }
    vm_unlock(v);
    return rc;
}

static void forbidden_globals_are_absent(void) {
    vm *v = fresh(16, 1000000, 1);
    buf err = BUF_INIT;
    CHECK(run(v,
              "assert(io == nil and dofile == nil and loadfile == nil and package == nil)\n"
              "assert(os.execute == nil and os.getenv == nil and os.remove == nil)\n"
              "assert(os.time and os.date and os.clock)\n"
              "assert(debug.sethook == nil and debug.setmetatable == nil)\n"
              "assert(collectgarbage == nil)\n"
              "assert(string.dump == nil and ('').dump == nil)\n",
              &err) == 0);
    vm_free(v);
    buf_free(&err);
}

static void require_is_an_allow_list(void) {
    vm *v = fresh(16, 1000000, 1);
    buf err = BUF_INIT;
    CHECK(run(v, "require 'ffi'", &err) != 0);
    CHECK(strstr(buf_cstr(&err), "only banshi.* modules") != NULL);
    buf_reset(&err);
    CHECK(run(v, "local j = require 'banshi.json'; assert(j.encode({1}) == '[1]')", &err) == 0);
    vm_free(v);
    buf_free(&err);
}

static void binary_chunks_refused(void) {
    vm *v = fresh(16, 1000000, 1);
    buf err = BUF_INIT;
    CHECK(run(v, "local f, e = load('\\27Lua', 'x', 'b')", &err) != 0);
    CHECK(strstr(buf_cstr(&err), "only text chunks") != NULL);
    buf_reset(&err);
    CHECK(run(v, "local f = load('\\27LuaT'); assert(f == nil)", &err) == 0);
    vm_free(v);
    buf_free(&err);
}

static void string_metatable_is_locked(void) {
    vm *v = fresh(16, 1000000, 1);
    buf err = BUF_INIT;
    CHECK(run(v, "assert(getmetatable('') == false)", &err) == 0);
    CHECK(run(v, "setmetatable('', {})", &err) != 0);
    vm_free(v);
    buf_free(&err);
}

static void endless_loop_is_stopped_with_file_line(void) {
    vm *v = fresh(16, 1000000, 5);
    buf err = BUF_INIT;
    CHECK(run(v, "local x = 0\nwhile true do x = x + 1 end\n", &err) != 0);
    CHECK(strstr(buf_cstr(&err), "t/x.lua:2") != NULL);
    CHECK(strstr(buf_cstr(&err), "county testcounty: instruction budget") != NULL);
    CHECK(v->budget_kills == 1);
    vm_free(v);
    buf_free(&err);
}

static void pcall_cannot_swallow_the_kill(void) {
    vm *v = fresh(16, 1000000, 5);
    buf err = BUF_INIT;
    CHECK(run(v,
              "for i = 1, 1e9 do pcall(function() while true do end end) end\n"
              "error('survived')",
              &err) != 0);
    CHECK(strstr(buf_cstr(&err), "instruction budget") != NULL);
    CHECK(strstr(buf_cstr(&err), "survived") == NULL);
    vm_free(v);
    buf_free(&err);
}

static void coroutines_are_stopped_too(void) {
    vm *v = fresh(16, 1000000, 5);
    buf err = BUF_INIT;
    CHECK(run(v,
              "local co = coroutine.wrap(function() while true do end end)\n"
              "pcall(co)\nwhile true do end\n",
              &err) != 0);
    CHECK(strstr(buf_cstr(&err), "budget") != NULL);
    vm_free(v);
    buf_free(&err);
}

static void wall_clock_budget(void) {
    vm *v = fresh(16, 1000000000000ull, 0.05);
    buf err = BUF_INIT;
    double t0 = vm_now();
    CHECK(run(v, "while true do end", &err) != 0);
    CHECK(strstr(buf_cstr(&err), "time budget") != NULL);
    CHECK(vm_now() - t0 < 1.0);
    vm_free(v);
    buf_free(&err);
}

/* banshi.budget: trusted platform code runs unmetered, the county's and
 * plugins' code it calls is metered, and nothing turns a tripped budget off. */
static void trusted_code_is_not_metered(void) {
    vm *v = fresh(16, 1000000, 5);
    buf err = BUF_INIT;
    CHECK(run(v, "require('banshi.budget').trust()\nfor _ = 1, 3000000 do end\n", &err) == 0);
    CHECK(v->budget_kills == 0);
    /* The next call starts metered again. */
    CHECK(run(v, "for _ = 1, 3000000 do end\n", &err) != 0);
    CHECK(strstr(buf_cstr(&err), "t/x.lua:1: county testcounty: instruction budget") != NULL);
    vm_free(v);
    buf_free(&err);
}

static void metered_code_inside_trusted_code_is_stopped(void) {
    vm *v = fresh(16, 1000000, 5);
    buf err = BUF_INIT;
    const char *src = "local budget = require 'banshi.budget'\n"
                      "budget.trust()\n"
                      "local function rule() while true do end end\n"
                      "local ok = budget.metered(pcall, rule)\n"
                      "budget.trust()\n"
                      "for _ = 1, 3000000 do end\n"
                      "error('survived')\n";
    CHECK(run(v, src, &err) != 0);
    CHECK(strstr(buf_cstr(&err), "t/x.lua:3: county testcounty: instruction budget") != NULL);
    CHECK(strstr(buf_cstr(&err), "survived") == NULL);
    CHECK(v->budget_kills == 1);
    vm_free(v);
    buf_free(&err);
}

static void metered_restores_what_was_before(void) {
    vm *v = fresh(16, 1000000, 5);
    buf err = BUF_INIT;
    /* Inside trusted code: metered for the call, unmetered after it, with
     * its results passed back. */
    CHECK(run(v,
              "local budget = require 'banshi.budget'\n"
              "budget.trust()\n"
              "local a, b = budget.metered(function(x) return x + 1, 'two' end, 1)\n"
              "assert(a == 2 and b == 'two')\n"
              "for _ = 1, 3000000 do end\n",
              &err) == 0);
    /* Where metering is on, it stays on. */
    buf_reset(&err);
    CHECK(run(v,
              "local budget = require 'banshi.budget'\n"
              "budget.metered(function() end)\n"
              "for _ = 1, 3000000 do end\n",
              &err) != 0);
    CHECK(strstr(buf_cstr(&err), "instruction budget") != NULL);
    /* A metered stretch that raises leaves metering on. */
    buf_reset(&err);
    CHECK(run(v,
              "local budget = require 'banshi.budget'\n"
              "budget.trust()\n"
              "pcall(budget.metered, error, 'x')\n"
              "for _ = 1, 3000000 do end\n",
              &err) != 0);
    CHECK(strstr(buf_cstr(&err), "instruction budget") != NULL);
    vm_free(v);
    buf_free(&err);
}

/* A memory overrun is a trip too: a rule's memory error caught by the
 * pcall that metered called (call_rule's) must not let metered turn the
 * tripped hook off on its way back into trusted code. */
static void memory_overrun_in_a_metered_stretch_stays_tripped(void) {
    vm *v = fresh(8, 1000000, 5);
    buf err = BUF_INIT;
    CHECK(run(v,
              "local budget = require 'banshi.budget'\n"
              "budget.trust()\n"
              "local ok = budget.metered(pcall, string.rep, 'x', 1 << 30)\n"
              "budget.trust()\n"
              "for _ = 1, 3000000 do end\n"
              "error('survived')\n",
              &err) != 0);
    CHECK(strstr(buf_cstr(&err), "memory budget of 8 MiB") != NULL);
    CHECK(strstr(buf_cstr(&err), "survived") == NULL);
    vm_free(v);
    buf_free(&err);
}

/* Hooks belong to each Lua thread, and a coroutine takes its creator's: one
 * made by metered code stays metered when trusted code resumes it. */
static void coroutines_made_metered_stay_metered(void) {
    vm *v = fresh(16, 1000000, 5);
    buf err = BUF_INIT;
    CHECK(run(v,
              "local budget = require 'banshi.budget'\n"
              "local co = coroutine.wrap(function() while true do end end)\n"
              "budget.trust()\n"
              "pcall(co)\n"
              "error('survived')\n",
              &err) != 0);
    CHECK(strstr(buf_cstr(&err), "t/x.lua:2: county testcounty: instruction budget") != NULL);
    vm_free(v);
    buf_free(&err);
}

static void memory_bomb_is_stopped(void) {
    vm *v = fresh(8, 1000000000ull, 5);
    buf err = BUF_INIT;
    CHECK(run(v, "local t = {}\nfor i = 1, 1e9 do t[i] = {i} end\n", &err) != 0);
    CHECK(strstr(buf_cstr(&err), "memory budget of 8 MiB") != NULL);
    CHECK(strstr(buf_cstr(&err), "t/x.lua:2") != NULL);
    buf_reset(&err);
    CHECK(run(v, "local ok = pcall(string.rep, 'x', 1 << 30)\nlocal y = 1\n", &err) != 0);
    CHECK(strstr(buf_cstr(&err), "memory budget") != NULL);
    vm_free(v);
    buf_free(&err);
}

static void state_usable_after_kill(void) {
    vm *v = fresh(8, 1000000, 5);
    buf err = BUF_INIT;
    CHECK(run(v, "while true do end", &err) != 0);
    buf_reset(&err);
    CHECK(run(v, "local s = 0 for i = 1, 1000 do s = s + i end assert(s == 500500)", &err) == 0);
    CHECK(run(v, "local t = {} for i = 1, 10000 do t[i] = i end", &err) == 0);
    vm_free(v);
    buf_free(&err);
}

static void errors_carry_a_traceback(void) {
    vm *v = fresh(8, 1000000, 5);
    buf err = BUF_INIT;
    CHECK(run(v, "local function f()\n  error('boom')\nend\nf()\n", &err) != 0);
    CHECK(strstr(buf_cstr(&err), "t/x.lua:2: boom") != NULL);
    CHECK(strstr(buf_cstr(&err), "stack traceback") != NULL);
    CHECK(strstr(buf_cstr(&err), "t/x.lua:4") != NULL);
    vm_free(v);
    buf_free(&err);
}

static void memory_is_accounted(void) {
    vm *v = fresh(16, 1000000, 5);
    size_t before = v->mem_used;
    buf err = BUF_INIT;
    CHECK(run(v, "big = string.rep('x', 1 << 20)", &err) == 0);
    CHECK(v->mem_used >= before + (1u << 20));
    CHECK(v->mem_peak >= v->mem_used);
    vm_free(v);
    buf_free(&err);
}

/* Texts are compiled once per process and reused: a changed text under the
 * same name is never served stale, and reused code keeps its file:line. */
static void compiled_texts_are_reused_exactly(void) {
    vm *a = fresh(16, 1000000, 5), *b = fresh(16, 1000000, 5);
    buf err = BUF_INIT;
    const char *twice = "local f = load(%s, '@t/same.lua', 't'); assert(f() == %s)";
    char src[200];
    for (int round = 0; round < 2; round++) {
        for (int k = 1; k <= 2; k++) {
            /* "return 1" and "return 2": same name, same length, other text */
            snprintf(src, sizeof src, twice, k == 1 ? "'return 1'" : "'return 2'",
                     k == 1 ? "1" : "2");
            CHECK(run(round ? b : a, src, &err) == 0);
        }
    }
    const char *boom = "local f = load('local x = 1\\nerror(\"boom\")', '@t/boom.lua', 't')\n"
                       "local ok, e = pcall(f)\nassert(e:find('t/boom.lua:2: boom', 1, true), e)";
    CHECK(run(a, boom, &err) == 0);
    CHECK(run(b, boom, &err) == 0);
    const char *other = "local f = load('local x = 1\\nerror(\"boom\")', '@t/other.lua', 't')\n"
                        "local ok, e = pcall(f)\nassert(e:find('t/other.lua:2: boom', 1, true), e)";
    CHECK(run(b, other, &err) == 0);
    vm_forget_texts();
    CHECK(run(a, boom, &err) == 0);
    CHECK(err.len == 0);
    vm_free(a);
    vm_free(b);
    buf_free(&err);
}

int main(void) {
    TEST(forbidden_globals_are_absent);
    TEST(require_is_an_allow_list);
    TEST(binary_chunks_refused);
    TEST(string_metatable_is_locked);
    TEST(endless_loop_is_stopped_with_file_line);
    TEST(pcall_cannot_swallow_the_kill);
    TEST(coroutines_are_stopped_too);
    TEST(wall_clock_budget);
    TEST(trusted_code_is_not_metered);
    TEST(metered_code_inside_trusted_code_is_stopped);
    TEST(metered_restores_what_was_before);
    TEST(memory_overrun_in_a_metered_stretch_stays_tripped);
    TEST(coroutines_made_metered_stay_metered);
    TEST(memory_bomb_is_stopped);
    TEST(state_usable_after_kill);
    TEST(errors_carry_a_traceback);
    TEST(memory_is_accounted);
    TEST(compiled_texts_are_reused_exactly);
    T_EXIT();
}
