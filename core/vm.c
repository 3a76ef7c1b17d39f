#include "vm.h"

#include "vm_modules.h"

#include <lauxlib.h>
#include <lualib.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* The count hook runs every VM_HOOK_PERIOD instructions: often enough that a
 * runaway loop is stopped within microseconds of its budget, rarely enough
 * that the hook costs well under one percent. */
#define VM_HOOK_PERIOD 1000

enum { TRIP_NONE, TRIP_INSTR, TRIP_TIME, TRIP_MEM };

double vm_now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

void vm_default_limits(vm_limits *lim) {
    lim->mem_bytes = 64u << 20;
    lim->call_instr = 50000000u;
    lim->call_seconds = 2.0;
}

vm *vm_of(lua_State *L) { return *(vm **)lua_getextraspace(L); }

/* Writes "file:line" of the innermost Lua function on L's stack into out. */
static void where_of(lua_State *L, char *out, size_t n) {
    lua_Debug d;
    snprintf(out, n, "?");
    for (int level = 0; lua_getstack(L, level, &d); level++) {
        if (!lua_getinfo(L, "Sl", &d))
            break;
        if (d.currentline > 0) {
            snprintf(out, n, "%s:%d", d.short_src, d.currentline);
            return;
        }
    }
}

static void arm_hook(lua_State *L, int tripped);

/* The pool: a request makes and drops thousands of small blocks (tables,
 * strings, closures), and malloc was a tenth of the time of a submission,
 * more when the state's blocks, made on one worker thread, are freed on
 * another. Freed blocks of up to VM_POOL_MAX bytes go onto a free list per
 * size class (VM_POOL_GRAIN bytes apart) and are handed out again. Only
 * the thread holding the vm (or owning it before it is published) runs
 * the allocator, so the lists need no lock of their own. At most
 * VM_POOL_KEEP bytes are kept; vm_free returns them. Under
 * AddressSanitizer the pool is off, so that it still sees every block. */
#define VM_POOL_MAX  (VM_POOL_CLASSES * VM_POOL_GRAIN)
#define VM_POOL_KEEP (16u << 20)
#if defined(__SANITIZE_ADDRESS__)
#define VM_POOL_ON 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define VM_POOL_ON 0
#endif
#endif
#ifndef VM_POOL_ON
#define VM_POOL_ON 1
#endif

typedef struct pool_block {
    struct pool_block *next;
} pool_block;

/* The size class of a block of n bytes (1 <= n <= VM_POOL_MAX). */
static size_t pool_class(size_t n) { return (n - 1) / VM_POOL_GRAIN; }

static int pooled(size_t n) { return VM_POOL_ON && n > 0 && n <= VM_POOL_MAX; }

/* A block for n bytes: from the pool when n is pooled, else malloc. */
static void *pool_get(vm *v, size_t n) {
    if (!pooled(n))
        return malloc(n);
    size_t k = pool_class(n);
    pool_block *b = v->pool[k];
    if (b) {
        v->pool[k] = b->next;
        v->pool_bytes -= (k + 1) * VM_POOL_GRAIN;
        return b;
    }
    return malloc((k + 1) * VM_POOL_GRAIN);
}

/* Gives back the block p of n bytes, allocated by pool_get(v, n). */
static void pool_put(vm *v, void *p, size_t n) {
    if (!pooled(n) || v->pool_bytes + VM_POOL_MAX > VM_POOL_KEEP) {
        free(p);
        return;
    }
    size_t k = pool_class(n);
    pool_block *b = p;
    b->next = v->pool[k];
    v->pool[k] = b;
    v->pool_bytes += (k + 1) * VM_POOL_GRAIN;
}

/* Resizes block p of old bytes (0: none) to n > 0 bytes. */
static void *pool_resize(vm *v, void *p, size_t old, size_t n) {
    if (!p)
        return pool_get(v, n);
    if (!pooled(old) && !pooled(n))
        return realloc(p, n);
    if (pooled(old) && pooled(n) && pool_class(old) == pool_class(n))
        return p;
    void *q = pool_get(v, n);
    if (!q)
        return NULL;
    memcpy(q, p, old < n ? old : n);
    pool_put(v, p, old);
    return q;
}

static void pool_drain(vm *v) {
    for (size_t k = 0; k < VM_POOL_CLASSES; k++) {
        while (v->pool[k]) {
            pool_block *b = v->pool[k];
            v->pool[k] = b->next;
            free(b);
        }
    }
    v->pool_bytes = 0;
}

/* Only the thread holding the vm runs its allocator (see the pool above),
 * so the counts are read and written with plain loads and stores: other
 * threads only read them (metrics), and a locked read-modify-write on
 * every allocation was measurable in a submission. */
static void *vm_alloc(void *ud, void *ptr, size_t osize, size_t nsize) {
    vm *v = ud;
    size_t old = ptr ? osize : 0;
    size_t used = atomic_load_explicit(&v->mem_used, memory_order_relaxed);
    if (nsize == 0) {
        if (ptr)
            pool_put(v, ptr, old);
        atomic_store_explicit(&v->mem_used, used - old, memory_order_relaxed);
        return NULL;
    }
    if (nsize > old && v->limits.mem_bytes && used + (nsize - old) > v->limits.mem_bytes) {
        /* Refuse: Lua collects garbage and retries once, then raises a
         * memory error. Remember where, and trip the budget so that a pcall
         * in the script cannot carry on past it. */
        if (v->in_call && v->L && !v->mem_refused) {
            v->mem_refused = 1;
            where_of(v->L, v->mem_where, sizeof v->mem_where);
            /* Only sets hook fields: safe inside an allocation. */
            arm_hook(v->L, 1);
        }
        return NULL;
    }
    void *p = pool_resize(v, ptr, old, nsize);
    if (!p)
        return NULL;
    used = used - old + nsize;
    atomic_store_explicit(&v->mem_used, used, memory_order_relaxed);
    if (used > atomic_load_explicit(&v->mem_peak, memory_order_relaxed))
        atomic_store_explicit(&v->mem_peak, used, memory_order_relaxed);
    return p;
}

static void budget_hook(lua_State *L, lua_Debug *ar);

static void arm_hook(lua_State *L, int tripped) {
    if (tripped)
        lua_sethook(L, budget_hook, LUA_MASKCOUNT | LUA_MASKLINE, 1);
    else
        lua_sethook(L, budget_hook, LUA_MASKCOUNT, VM_HOOK_PERIOD);
}

static void budget_hook(lua_State *L, lua_Debug *ar) {
    vm *v = vm_of(L);
    if (!v->in_call)
        return;
    if (!v->tripped) {
        if (v->mem_refused) {
            v->tripped = TRIP_MEM;
        } else if (ar->event == LUA_HOOKCOUNT) {
            v->instr_now += VM_HOOK_PERIOD;
            if (v->instr_now > v->limits.call_instr)
                v->tripped = TRIP_INSTR;
            else if (vm_now() > v->deadline)
                v->tripped = TRIP_TIME;
        }
        if (!v->tripped)
            return;
        atomic_fetch_add_explicit(&v->budget_kills, 1, memory_order_relaxed);
    }
    /* Re-arm on every line and instruction of this thread: whatever pcall
     * catches, the next step raises again, until the call unwinds. Every
     * raise names where the budget ran out, not where it was re-raised.
     * The main thread too, when this is a coroutine: hooks are per thread,
     * and trusted code that resumed it may run with its own hook off. */
    arm_hook(L, 1);
    if (L != v->L)
        arm_hook(v->L, 1);
    if (!v->trip_where[0])
        where_of(L, v->trip_where, sizeof v->trip_where);
    const char *where = v->trip_where;
    if (v->tripped == TRIP_MEM)
        lua_pushfstring(L, "%s: county %s: memory budget of %d MiB exceeded (at %s)", where,
                        v->county, (int)(v->limits.mem_bytes >> 20), v->mem_where);
    else if (v->tripped == TRIP_INSTR)
        lua_pushfstring(L, "%s: county %s: instruction budget of %I exceeded", where, v->county,
                        (lua_Integer)v->limits.call_instr);
    else
        lua_pushfstring(L, "%s: county %s: time budget of %f s exceeded", where, v->county,
                        (lua_Number)v->limits.call_seconds);
    lua_error(L);
}

/* The message handler: the error message plus a traceback. */
static int msgh(lua_State *L) {
    const char *msg = lua_tostring(L, 1);
    if (!msg) {
        if (luaL_callmeta(L, 1, "__tostring") && lua_type(L, -1) == LUA_TSTRING)
            msg = lua_tostring(L, -1);
        else
            msg = lua_pushfstring(L, "(error object is a %s value)", luaL_typename(L, 1));
    }
    luaL_traceback(L, L, msg, 1);
    return 1;
}

/* ---- compiled texts ---------------------------------------------------------
 * Parsing is a large part of loading a catalogue, and the same texts are
 * parsed over and over: the platform library in every new state, the base
 * catalogue for every county, each unchanged file at every reload. So the
 * compiled form of each text (lua_dump with debug information, so messages
 * and line numbers stay the same) is kept, one per chunk name, with a hash
 * of the text; loading the same text under the same name again undumps it
 * instead of parsing. Bytecode is only ever made here, from text, so the
 * text-only rule for scripts holds. Shared by all states and threads under
 * text_lock; at most TEXT_CACHE_BYTES of bytecode, least recently used
 * first out. */
#define TEXT_CACHE_BUCKETS 1024
#define TEXT_CACHE_BYTES   (32u << 20)

typedef struct text_entry {
    struct text_entry *next;
    char *chunk;
    size_t len;               /* of the text */
    unsigned char digest[16]; /* BLAKE2b of the text */
    char *code;
    size_t code_len;
    uint64_t used; /* text_clock at the last use */
} text_entry;

static pthread_mutex_t text_lock = PTHREAD_MUTEX_INITIALIZER;
static text_entry *text_buckets[TEXT_CACHE_BUCKETS];
static size_t text_bytes;
static uint64_t text_clock;

static text_entry **text_slot(const char *chunk) {
    uint64_t h = 1469598103934665603ull;
    for (const char *p = chunk; *p; p++)
        h = (h ^ (unsigned char)*p) * 1099511628211ull;
    text_entry **e = &text_buckets[h % TEXT_CACHE_BUCKETS];
    while (*e && strcmp((*e)->chunk, chunk) != 0)
        e = &(*e)->next;
    return e;
}

static void text_entry_free(text_entry *e) {
    text_bytes -= e->code_len;
    free(e->chunk);
    free(e->code);
    free(e);
}

/* A malloc'd copy of the bytecode kept for this text, or NULL. */
static char *text_lookup(const char *chunk, size_t len, const unsigned char digest[16],
                         size_t *code_len) {
    char *code = NULL;
    pthread_mutex_lock(&text_lock);
    text_entry *e = *text_slot(chunk);
    if (e && e->len == len && memcmp(e->digest, digest, 16) == 0 && (code = malloc(e->code_len))) {
        memcpy(code, e->code, e->code_len);
        *code_len = e->code_len;
        e->used = ++text_clock;
    }
    pthread_mutex_unlock(&text_lock);
    return code;
}

static void text_evict_oldest(void) {
    text_entry **oldest = NULL;
    for (int b = 0; b < TEXT_CACHE_BUCKETS; b++)
        for (text_entry **e = &text_buckets[b]; *e; e = &(*e)->next)
            if (!oldest || (*e)->used < (*oldest)->used)
                oldest = e;
    if (oldest) {
        text_entry *victim = *oldest;
        *oldest = victim->next;
        text_entry_free(victim);
    }
}

static int text_writer(lua_State *L, const void *p, size_t n, void *ud) {
    (void)L;
    buf_add(ud, p, n);
    return 0;
}

/* Keeps the compiled form of the function at the top of L's stack. */
static void text_store(lua_State *L, const char *chunk, size_t len,
                       const unsigned char digest[16]) {
    buf code = BUF_INIT;
    lua_dump(L, text_writer, &code, 0);
    text_entry *fresh = calloc(1, sizeof *fresh);
    if (!buf_ok(&code) || code.len > TEXT_CACHE_BYTES / 4 || !fresh ||
        !(fresh->chunk = strdup(chunk))) {
        free(fresh);
        buf_free(&code);
        return;
    }
    fresh->len = len;
    memcpy(fresh->digest, digest, 16);
    fresh->code = buf_steal(&code, &fresh->code_len);
    pthread_mutex_lock(&text_lock);
    text_entry **slot = text_slot(chunk);
    if (*slot) {
        text_entry *old = *slot;
        *slot = old->next;
        text_entry_free(old);
    }
    while (text_bytes + fresh->code_len > TEXT_CACHE_BYTES)
        text_evict_oldest();
    fresh->used = ++text_clock;
    slot = text_slot(chunk);
    fresh->next = *slot;
    *slot = fresh;
    text_bytes += fresh->code_len;
    pthread_mutex_unlock(&text_lock);
}

/* luaL_loadbufferx(L, s, len, chunk, "t"), from the compiled form when this
 * text was loaded under this name before. */
static int load_text(lua_State *L, const char *s, size_t len, const char *chunk) {
    unsigned char digest[16];
    crypto_generichash(digest, sizeof digest, (const unsigned char *)s, len, NULL, 0);
    size_t code_len;
    char *code = text_lookup(chunk, len, digest, &code_len);
    if (code) {
        int rc = luaL_loadbufferx(L, code, code_len, chunk, "b");
        free(code);
        if (rc == LUA_OK)
            return rc;
        lua_pop(L, 1);
    }
    int rc = luaL_loadbufferx(L, s, len, chunk, "t");
    if (rc == LUA_OK)
        text_store(L, chunk, len, digest);
    return rc;
}

void vm_forget_texts(void) {
    pthread_mutex_lock(&text_lock);
    for (int b = 0; b < TEXT_CACHE_BUCKETS; b++) {
        while (text_buckets[b]) {
            text_entry *e = text_buckets[b];
            text_buckets[b] = e->next;
            text_entry_free(e);
        }
    }
    pthread_mutex_unlock(&text_lock);
}

/* require(name): only banshi.* modules from the allow-list, loaded once. */
static int l_require(lua_State *L) {
    const char *name = luaL_checkstring(L, 1);
    lua_settop(L, 1);
    lua_getfield(L, LUA_REGISTRYINDEX, "banshi.loaded");
    if (lua_getfield(L, 2, name) != LUA_TNIL)
        return 1;
    lua_pop(L, 1);
    int found = 0;
    for (const vm_cmodule *m = vm_cmodules; m->name; m++) {
        if (strcmp(m->name, name) == 0) {
            lua_pushcfunction(L, m->open);
            lua_pushstring(L, name);
            lua_call(L, 1, 1);
            found = 1;
            break;
        }
    }
    for (const embedded_module *e = embedded_modules; !found && e->name; e++) {
        if (strcmp(e->name, name) == 0) {
            if (load_text(L, e->source, e->len, e->chunk) != LUA_OK)
                return lua_error(L);
            lua_pushstring(L, name);
            lua_call(L, 1, 1);
            found = 1;
        }
    }
    if (!found)
        return luaL_error(L, "module '%s' is not available (only banshi.* modules may be required)",
                          name);
    if (lua_isnil(L, -1)) {
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
    }
    lua_pushvalue(L, -1);
    lua_setfield(L, 2, name);
    return 1;
}

/* load() for platform code: text chunks only. */
static int l_load_text(lua_State *L) {
    size_t len;
    const char *s = luaL_checklstring(L, 1, &len);
    const char *chunk = luaL_optstring(L, 2, s);
    const char *mode = luaL_optstring(L, 3, "t");
    int env = !lua_isnone(L, 4);
    if (strcmp(mode, "t") != 0)
        return luaL_error(L, "load: only text chunks may be loaded (mode \"t\")");
    if (load_text(L, s, len, chunk) != LUA_OK) {
        lua_pushnil(L);
        lua_insert(L, -2);
        return 2;
    }
    if (env) {
        lua_pushvalue(L, 4);
        if (!lua_setupvalue(L, -2, 1))
            lua_pop(L, 1);
    }
    return 1;
}

static void keep_only(lua_State *L, const char *lib, const char *const *keep) {
    lua_getglobal(L, lib);
    lua_newtable(L);
    for (const char *const *k = keep; *k; k++) {
        lua_getfield(L, -2, *k);
        lua_setfield(L, -2, *k);
    }
    lua_setglobal(L, lib);
    lua_pop(L, 1);
}

/* setmetatable without finalizers. Lua runs a __gc metamethod with hooks
 * off, at whatever allocation starts a collection, so no budget could stop
 * one that never ends: it would hold the county's state, and the server's
 * shutdown, for ever. Lua marks an object for finalization only when its
 * metatable has __gc as it is set, so refusing it here is enough. */
static int l_setmetatable(lua_State *L) {
    if (lua_type(L, 2) == LUA_TTABLE) {
        lua_pushliteral(L, "__gc");
        if (lua_rawget(L, 2) != LUA_TNIL)
            return luaL_error(L, "setmetatable: a metatable with __gc is not allowed here "
                                 "(a finalizer would run outside the budgets)");
        lua_pop(L, 1);
    }
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_insert(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    return lua_gettop(L);
}

static int open_sandbox(lua_State *L) {
    static const luaL_Reg libs[] = {{LUA_GNAME, luaopen_base},
                                    {LUA_COLIBNAME, luaopen_coroutine},
                                    {LUA_TABLIBNAME, luaopen_table},
                                    {LUA_STRLIBNAME, luaopen_string},
                                    {LUA_MATHLIBNAME, luaopen_math},
                                    {LUA_UTF8LIBNAME, luaopen_utf8},
                                    {LUA_OSLIBNAME, luaopen_os},
                                    {LUA_DBLIBNAME, luaopen_debug},
                                    {NULL, NULL}};
    for (const luaL_Reg *lib = libs; lib->func; lib++) {
        luaL_requiref(L, lib->name, lib->func, 1);
        lua_pop(L, 1);
    }
    /* os reduced to the clock; debug to what platform code needs for
     * messages (catalogue and plugin environments never see it). */
    static const char *const os_keep[] = {"time", "date", "clock", "difftime", NULL};
    static const char *const dbg_keep[] = {"getinfo", "traceback", NULL};
    keep_only(L, "os", os_keep);
    keep_only(L, "debug", dbg_keep);
    static const char *const removed[] = {"dofile", "loadfile", "collectgarbage", NULL};
    for (const char *const *r = removed; *r; r++) {
        lua_pushnil(L);
        lua_setglobal(L, *r);
    }
    lua_pushcfunction(L, l_load_text);
    lua_setglobal(L, "load");
    lua_getglobal(L, "setmetatable");
    lua_pushcclosure(L, l_setmetatable, 1);
    lua_setglobal(L, "setmetatable");
    lua_newtable(L);
    lua_setfield(L, LUA_REGISTRYINDEX, "banshi.loaded");
    lua_pushcfunction(L, l_require);
    lua_setglobal(L, "require");
    /* Bytecode is never loaded, so there is no use for dumping it. */
    lua_getglobal(L, "string");
    lua_pushnil(L);
    lua_setfield(L, -2, "dump");
    lua_pop(L, 1);
    /* Strings share one metatable; hide it so no script can change it. */
    lua_pushliteral(L, "");
    lua_getmetatable(L, -1);
    lua_pushboolean(L, 0);
    lua_setfield(L, -2, "__metatable");
    lua_pop(L, 2);
    return 0;
}

vm *vm_new(const char *county, const vm_limits *lim, buf *err) {
    vm *v = calloc(1, sizeof *v);
    if (!v) {
        buf_adds(err, "out of memory");
        return NULL;
    }
    snprintf(v->county, sizeof v->county, "%s", county);
    if (lim)
        v->limits = *lim;
    else
        vm_default_limits(&v->limits);
    pthread_mutex_init(&v->lock, NULL);
    v->L = lua_newstate(vm_alloc, v);
    if (!v->L) {
        buf_adds(err, "cannot create a Lua state (memory budget too small?)");
        vm_free(v);
        return NULL;
    }
    *(vm **)lua_getextraspace(v->L) = v;
    lua_pushcfunction(v->L, open_sandbox);
    if (lua_pcall(v->L, 0, 0, 0) != LUA_OK) {
        buf_printf(err, "cannot open the sandbox: %s", lua_tostring(v->L, -1));
        vm_free(v);
        return NULL;
    }
    /* Requests make many short-lived tables (decoded bodies, results):
     * the generational collector reclaims them young and cheaply. */
    lua_gc(v->L, LUA_GCGEN, 0, 0);
    arm_hook(v->L, 0);
    return v;
}

void vm_free(vm *v) {
    if (!v)
        return;
    if (v->L)
        lua_close(v->L);
    pool_drain(v);
    pthread_mutex_destroy(&v->lock);
    free(v);
}

void vm_lock(vm *v) { pthread_mutex_lock(&v->lock); }
void vm_unlock(vm *v) { pthread_mutex_unlock(&v->lock); }

int vm_call_budget(vm *v, int nargs, int nresults, uint64_t instr, double seconds, buf *err) {
    lua_State *L = v->L;
    int base = lua_gettop(L) - nargs;
    uint64_t saved_instr = v->limits.call_instr;
    double saved_seconds = v->limits.call_seconds;
    v->limits.call_instr = instr;
    v->limits.call_seconds = seconds;
    lua_pushcfunction(L, msgh);
    lua_insert(L, base);
    v->instr_now = 0;
    v->deadline = vm_now() + seconds;
    v->tripped = TRIP_NONE;
    v->mem_refused = 0;
    v->in_call = 1;
    int rc = lua_pcall(L, nargs, nresults, base);
    v->in_call = 0;
    atomic_fetch_add_explicit(&v->instr_total, v->instr_now, memory_order_relaxed);
    atomic_fetch_add_explicit(&v->calls, 1, memory_order_relaxed);
    int result = 0;
    if (rc != LUA_OK) {
        atomic_fetch_add_explicit(&v->errors, 1, memory_order_relaxed);
        if (rc == LUA_ERRMEM) {
            if (v->mem_refused)
                atomic_fetch_add_explicit(&v->budget_kills, 1, memory_order_relaxed);
            buf_printf(err, "%s: county %s: memory budget of %d MiB exceeded", v->mem_where,
                       v->county, (int)(v->limits.mem_bytes >> 20));
        } else {
            const char *msg = lua_tostring(L, -1);
            buf_adds(err, msg ? msg : "(error object is not a string)");
        }
        lua_pop(L, 1);
        result = -1;
    }
    lua_remove(L, base); /* the message handler */
    v->tripped = TRIP_NONE;
    v->mem_refused = 0;
    v->mem_where[0] = '\0';
    v->trip_where[0] = '\0';
    v->ctx = NULL;
    v->limits.call_instr = saved_instr;
    v->limits.call_seconds = saved_seconds;
    arm_hook(L, 0);
    return result;
}

int vm_meter(lua_State *L, int on) {
    vm *v = vm_of(L);
    /* A refused allocation trips the memory budget, but tripped is set
     * only when the hook it armed next runs, and a pcall called from C
     * (metered(pcall, rule)) returns here before that. */
    if (v->tripped || v->mem_refused)
        return 1;
    int was = lua_gethookmask(L) != 0;
    if (on && !was)
        arm_hook(L, 0);
    else if (!on && was)
        lua_sethook(L, NULL, 0, 0);
    return was;
}

int vm_call(vm *v, int nargs, int nresults, buf *err) {
    return vm_call_budget(v, nargs, nresults, v->limits.call_instr, v->limits.call_seconds, err);
}

void vm_push_function(lua_State *L, const char *module, const char *fn) {
    /* Every API call starts here: a module already loaded is taken from
     * the loaded table without a call to require. */
    lua_getfield(L, LUA_REGISTRYINDEX, "banshi.loaded");
    if (lua_getfield(L, -1, module) != LUA_TTABLE) {
        lua_pop(L, 1);
        lua_pushcfunction(L, l_require);
        lua_pushstring(L, module);
        lua_call(L, 1, 1);
    }
    lua_remove(L, -2);
    if (lua_getfield(L, -1, fn) != LUA_TFUNCTION)
        luaL_error(L, "%s.%s is not a function", module, fn);
    lua_remove(L, -2);
}

int vm_require(vm *v, const char *name, buf *err) {
    lua_getglobal(v->L, "require");
    lua_pushstring(v->L, name);
    return vm_call(v, 1, 1, err);
}
