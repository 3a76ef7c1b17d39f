/* host.c: banshi.host, the services the C core gives the platform's Lua
 * library for plugins (lua/banshi/plugins.lua wraps each in the plugin API).
 *
 * Plugin code never sees this module: its environment has no require. The
 * county is always the calling state's own (vm->county), never an
 * argument, so no plugin can reach another county's data; the plugin name
 * comes from the platform's closures, so no plugin can reach another's keys.
 *
 *   kv_get(plugin, key) -> value | nil
 *   kv_set(plugin, key, value[, ttl_seconds]) -> true
 *   kv_delete(plugin, key) -> bool
 *   kv_incr(plugin, key, by[, ttl_seconds]) -> number
 *   kv_list(plugin, prefix[, limit]) -> { {key, value}, ... }
 *   application(number) -> { number, state, version, doc } | nil
 *   certificate(holder, license) -> { number, license, holder, holder_name,
 *       issuer, issued_at, valid_until, application } | nil  (the built-in
 *       e-licence source: the newest certificate this county issued)
 *   figures(from_ms, to_ms) -> { {department, name, received, ...}, ... }
 *   http_post(url, json_body[, timeout_s]) -> status, body | nil, message
 *   log(level, plugin, message)
 *   counter(plugin) -> slot; count(slot, "calls" | "errors")
 *   broken_promise(holder) -> bool (a 容缺 promise this holder broke here)
 *   audit(actor, remote, action, target, detail) -> true: appends to the
 *       staff audit log under this county (raises when it cannot)
 *   call_id() -> the number of the call into this state now running
 *   now_ms() -> business clock */
#include "host.h"

#include "client.h"
#include "clock.h"
#include "county.h"
#include "json.h"
#include "log.h"
#include "store_app.h"
#include "store_audit.h"
#include "store_cert.h"
#include "store_figures.h"
#include "store_kv.h"
#include "store_timer.h"
#include "vm.h"

#include <lauxlib.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_KEY      200
#define MAX_COUNTERS 512

typedef struct counter {
    char county[64], plugin[64];
    _Atomic unsigned long long calls, errors;
} counter;

static pthread_mutex_t counters_lock = PTHREAD_MUTEX_INITIALIZER;
static counter counters[MAX_COUNTERS];
static _Atomic int ncounters;

static const char *county_of(lua_State *L) { return vm_of(L)->county; }

/* Keys go into JSON as they are: no quotes, backslashes or control bytes. */
static const char *check_key(lua_State *L, int arg) {
    size_t n;
    const char *k = luaL_checklstring(L, arg, &n);
    int ok = n > 0 && n <= MAX_KEY;
    for (size_t i = 0; ok && i < n; i++)
        ok = (unsigned char)k[i] >= 0x20 && k[i] != '"' && k[i] != '\\';
    luaL_argcheck(L, ok, arg, "a key of 1 to 200 bytes without quotes, backslashes or controls");
    return k;
}

static int64_t expiry(lua_State *L, int arg) {
    if (lua_isnoneornil(L, arg))
        return 0;
    lua_Number ttl = luaL_checknumber(L, arg);
    luaL_argcheck(L, ttl > 0 && ttl < 1e9, arg, "ttl is a positive number of seconds");
    return clock_now_ms() + (int64_t)(ttl * 1000);
}

static int store_failed(lua_State *L, buf *err) {
    lua_pushstring(L, buf_cstr(err));
    buf_free(err);
    return lua_error(L);
}

/* Decodes JSON text onto the stack; raises on a bad document. */
static void push_json(lua_State *L, const char *s, size_t n) {
    size_t off;
    const char *msg;
    if (json_decode(L, s, n, &off, &msg) != 0)
        luaL_error(L, "stored JSON is damaged at byte %d: %s", (int)off, msg);
}

static int l_kv_get(lua_State *L) {
    const char *plugin = luaL_checkstring(L, 1), *key = check_key(L, 2);
    buf out = BUF_INIT, err = BUF_INIT;
    int rc = store_kv_get(county_of(L), plugin, key, clock_now_ms(), &out, &err);
    if (rc < 0) {
        buf_free(&out);
        return store_failed(L, &err);
    }
    if (rc == 0)
        lua_pushnil(L);
    else
        push_json(L, out.data, out.len);
    buf_free(&out);
    buf_free(&err);
    return 1;
}

static int l_kv_set(lua_State *L) {
    const char *plugin = luaL_checkstring(L, 1), *key = check_key(L, 2);
    luaL_checkany(L, 3);
    int64_t exp = expiry(L, 4);
    buf val = BUF_INIT, err = BUF_INIT;
    char msg[128];
    if (json_encode(L, 3, &val, msg, sizeof msg) != 0) {
        buf_free(&val);
        return luaL_error(L, "kv.set: the value cannot be stored as JSON: %s", msg);
    }
    int rc = store_kv_set(county_of(L), plugin, key, buf_cstr(&val), exp, &err);
    buf_free(&val);
    if (rc < 0)
        return store_failed(L, &err);
    buf_free(&err);
    lua_pushboolean(L, 1);
    return 1;
}

static int l_kv_delete(lua_State *L) {
    const char *plugin = luaL_checkstring(L, 1), *key = check_key(L, 2);
    buf err = BUF_INIT;
    int rc = store_kv_delete(county_of(L), plugin, key, &err);
    if (rc < 0)
        return store_failed(L, &err);
    buf_free(&err);
    lua_pushboolean(L, rc);
    return 1;
}

static int l_kv_incr(lua_State *L) {
    const char *plugin = luaL_checkstring(L, 1), *key = check_key(L, 2);
    lua_Number by = luaL_optnumber(L, 3, 1);
    int64_t exp = expiry(L, 4);
    buf err = BUF_INIT;
    double v;
    if (store_kv_incr(county_of(L), plugin, key, by, exp, clock_now_ms(), &v, &err) != 0)
        return store_failed(L, &err);
    buf_free(&err);
    if (v == (double)(lua_Integer)v)
        lua_pushinteger(L, (lua_Integer)v);
    else
        lua_pushnumber(L, v);
    return 1;
}

static int l_kv_list(lua_State *L) {
    const char *plugin = luaL_checkstring(L, 1);
    const char *prefix = luaL_optstring(L, 2, "");
    lua_Integer limit = luaL_optinteger(L, 3, 100);
    luaL_argcheck(L, limit >= 1 && limit <= 10000, 3, "limit from 1 to 10000");
    buf out = BUF_INIT, err = BUF_INIT;
    if (store_kv_list(county_of(L), plugin, prefix, (int)limit, clock_now_ms(), &out, &err) != 0) {
        buf_free(&out);
        return store_failed(L, &err);
    }
    push_json(L, out.data, out.len);
    buf_free(&out);
    buf_free(&err);
    return 1;
}

/* application(number): this county's application, or nil. */
static int l_application(lua_State *L) {
    const char *number = luaL_checkstring(L, 1);
    store_app app;
    buf err = BUF_INIT;
    int rc = store_app_get(county_of(L), number, 0, &app, &err);
    if (rc < 0)
        return store_failed(L, &err);
    buf_free(&err);
    if (rc == 0) {
        lua_pushnil(L);
        return 1;
    }
    lua_createtable(L, 0, 4);
    lua_pushstring(L, app.number);
    lua_setfield(L, -2, "number");
    lua_pushstring(L, app.state);
    lua_setfield(L, -2, "state");
    lua_pushstring(L, app.version);
    lua_setfield(L, -2, "version");
    push_json(L, app.doc, strlen(app.doc));
    lua_setfield(L, -2, "doc");
    store_app_free(&app);
    return 1;
}

/* certificate(holder, license): the newest certificate this county issued
 * to holder under the licence name, or nil. Raises on a store error. */
static int l_certificate(lua_State *L) {
    const char *holder = luaL_checkstring(L, 1);
    const char *license = luaL_checkstring(L, 2);
    buf out = BUF_INIT, err = BUF_INIT;
    int rc = store_cert_find(county_of(L), holder, license, &out, &err);
    if (rc < 0) {
        buf_free(&out);
        return store_failed(L, &err);
    }
    buf_free(&err);
    if (rc == 0)
        lua_pushnil(L);
    else
        push_json(L, out.data, out.len);
    buf_free(&out);
    return 1;
}

static void set_int(lua_State *L, const char *k, long long v) {
    lua_pushinteger(L, v);
    lua_setfield(L, -2, k);
}

static int l_figures(lua_State *L) {
    lua_Integer from = luaL_checkinteger(L, 1), to = luaL_checkinteger(L, 2);
    static _Thread_local store_figures rows[256];
    buf err = BUF_INIT;
    int n = store_figures_get(county_of(L), from, to, rows, 256, &err);
    if (n < 0)
        return store_failed(L, &err);
    buf_free(&err);
    lua_createtable(L, n, 0);
    for (int i = 0; i < n; i++) {
        const store_figures *f = &rows[i];
        lua_createtable(L, 0, 14);
        lua_pushstring(L, f->department);
        lua_setfield(L, -2, "department");
        lua_pushstring(L, f->name);
        lua_setfield(L, -2, "name");
        set_int(L, "received", f->received);
        set_int(L, "accepted", f->accepted);
        set_int(L, "decided", f->decided);
        set_int(L, "on_time", f->on_time);
        set_int(L, "late", f->late);
        set_int(L, "timed", f->timed);
        set_int(L, "immediate", f->immediate);
        set_int(L, "yellow", f->yellow);
        set_int(L, "red", f->red);
        lua_pushnumber(L, f->workdays_sum);
        lua_setfield(L, -2, "workdays_sum");
        lua_pushnumber(L, f->limit_sum);
        lua_setfield(L, -2, "limit_sum");
        lua_rawseti(L, -2, i + 1);
    }
    return 1;
}

/* http_post(url, body[, timeout]): plain http:// only (webhooks inside the
 * government network); the caller holds the county's lock meanwhile, so
 * the timeout is short. */
static int l_http_post(lua_State *L) {
    const char *url = luaL_checkstring(L, 1);
    const char *body = luaL_checkstring(L, 2);
    lua_Integer timeout = luaL_optinteger(L, 3, 3);
    luaL_argcheck(L, timeout >= 1 && timeout <= 10, 3, "timeout from 1 to 10 seconds");
    if (strncmp(url, "http://", 7) != 0) {
        lua_pushnil(L);
        lua_pushliteral(L, "only http:// addresses are supported");
        return 2;
    }
    const char *hostp = url + 7, *slash = strchr(hostp, '/');
    char addr[256];
    size_t alen = slash ? (size_t)(slash - hostp) : strlen(hostp);
    if (alen == 0 || alen >= sizeof addr || !memchr(hostp, ':', alen)) {
        lua_pushnil(L);
        lua_pushliteral(L, "the address needs host:port");
        return 2;
    }
    memcpy(addr, hostp, alen);
    addr[alen] = '\0';
    buf out = BUF_INIT;
    int status = client_request(addr, "POST", slash ? slash : "/", NULL, body, (int)timeout, &out);
    if (status < 0) {
        lua_pushnil(L);
        lua_pushstring(L, buf_cstr(&out));
    } else {
        lua_pushinteger(L, status);
        lua_pushlstring(L, out.data ? out.data : "", out.len);
    }
    buf_free(&out);
    return 2;
}

static int l_log(lua_State *L) {
    const char *level = luaL_checkstring(L, 1);
    const char *plugin = luaL_checkstring(L, 2);
    const char *msg = luaL_checkstring(L, 3);
    int lv = log_parse_level(level);
    if (lv < 0)
        lv = LOG_INFO;
    log_msg(lv, "plugin", "county %s plugin %s: %s", county_of(L), plugin, msg);
    return 0;
}

/* The counter of a county's plugin, created on first use (under the lock;
 * counters are never removed, so readers need no lock). */
static int counter_slot(const char *cid, const char *plugin) {
    pthread_mutex_lock(&counters_lock);
    int n = atomic_load(&ncounters), slot = -1;
    for (int i = 0; i < n && slot < 0; i++)
        if (strcmp(counters[i].county, cid) == 0 && strcmp(counters[i].plugin, plugin) == 0)
            slot = i;
    if (slot < 0 && n < MAX_COUNTERS) {
        snprintf(counters[n].county, sizeof counters[n].county, "%s", cid);
        snprintf(counters[n].plugin, sizeof counters[n].plugin, "%s", plugin);
        atomic_store(&ncounters, n + 1);
        slot = n;
    }
    pthread_mutex_unlock(&counters_lock);
    return slot;
}

static void count_slot(int slot, int error) {
    if (slot < 0 || slot >= atomic_load(&ncounters))
        return;
    atomic_fetch_add(&counters[slot].calls, 1);
    if (error)
        atomic_fetch_add(&counters[slot].errors, 1);
}

void host_count(const char *cid, const char *plugin, int error) {
    count_slot(counter_slot(cid, plugin), error);
}

/* A plugin call that failed where the plugin runtime could not count it
 * (a budget overrun stops all Lua at once): charged to the plugin whose
 * file the error names ("plugins/NAME/..."). */
void host_count_failure(const char *cid, const char *message) {
    char plugin[64];
    const char *p = message ? strstr(message, "plugins/") : NULL;
    if (!p || (p != message && p[-1] != '@' && p[-1] != ' ' && p[-1] != '\t'))
        return;
    p += strlen("plugins/");
    size_t n = strspn(p, "abcdefghijklmnopqrstuvwxyz0123456789_");
    if (n == 0 || n >= sizeof plugin || p[n] != '/')
        return;
    memcpy(plugin, p, n);
    plugin[n] = '\0';
    int slot = counter_slot(cid, plugin);
    if (slot >= 0)
        atomic_fetch_add(&counters[slot].errors, 1);
}

/* counter(plugin) -> slot, once at load; count(slot, "calls" | "errors"). */
static int l_counter(lua_State *L) {
    lua_pushinteger(L, counter_slot(county_of(L), luaL_checkstring(L, 1)));
    return 1;
}

static int l_count(lua_State *L) {
    lua_Integer slot = luaL_checkinteger(L, 1);
    const char *what = luaL_checkstring(L, 2);
    count_slot((int)slot, strcmp(what, "errors") == 0);
    return 0;
}

/* broken_promise(holder): whether this county recorded a broken 容缺
 * promise of the applicant (id number or credit code). */
static int l_broken_promise(lua_State *L) {
    const char *holder = luaL_checkstring(L, 1);
    buf err = BUF_INIT;
    int rc = store_broken_promise(county_of(L), holder, &err);
    if (rc < 0)
        return store_failed(L, &err);
    buf_free(&err);
    lua_pushboolean(L, rc);
    return 1;
}

/* A string argument of at most max bytes, without control bytes (the
 * audit log is read on a terminal). */
static const char *audit_text(lua_State *L, int arg, size_t max) {
    size_t n;
    const char *s = luaL_checklstring(L, arg, &n);
    int ok = n <= max;
    for (size_t i = 0; ok && i < n; i++)
        ok = (unsigned char)s[i] >= 0x20 && s[i] != 0x7f;
    luaL_argcheck(L, ok, arg, "text without control characters, within the length allowed");
    return s;
}

/* audit(actor, remote, action, target, detail): one entry of the staff
 * audit log, in this county. The plugin runtime names the actor (the
 * signed-in caller of a route) and the action (plugin.NAME.what); plugin
 * code never calls this directly. Raises on a bad argument or when the
 * entry cannot be stored, so that what is not recorded is not shown. */
static int l_audit(lua_State *L) {
    const char *actor = audit_text(L, 1, 80);
    const char *remote = audit_text(L, 2, 47);
    const char *action = audit_text(L, 3, 80);
    const char *target = audit_text(L, 4, 200);
    const char *detail = audit_text(L, 5, 2000);
    buf err = BUF_INIT;
    if (store_audit_append(county_of(L), actor, remote, action, target, detail, &err) != 0)
        return store_failed(L, &err);
    buf_free(&err);
    lua_pushboolean(L, 1);
    return 1;
}

/* The calls into the state finished so far: constant during one call, and
 * different in every later one (the runtime ties a route's caller to it). */
static int l_call_id(lua_State *L) {
    lua_pushinteger(L, (lua_Integer)atomic_load(&vm_of(L)->calls));
    return 1;
}

static int l_now_ms(lua_State *L) {
    lua_pushinteger(L, (lua_Integer)clock_now_ms());
    return 1;
}

void host_metrics(buf *out) {
    buf_adds(out, "# HELP banshi_plugin_calls_total Plugin hook, route and timer calls.\n"
                  "# TYPE banshi_plugin_calls_total counter\n");
    int n = atomic_load(&ncounters);
    for (int i = 0; i < n; i++)
        buf_printf(out, "banshi_plugin_calls_total{county=\"%s\",plugin=\"%s\"} %llu\n",
                   counters[i].county, counters[i].plugin, atomic_load(&counters[i].calls));
    buf_adds(out, "# HELP banshi_plugin_errors_total Plugin calls that failed (errors and "
                  "budget overruns).\n# TYPE banshi_plugin_errors_total counter\n");
    for (int i = 0; i < n; i++)
        buf_printf(out, "banshi_plugin_errors_total{county=\"%s\",plugin=\"%s\"} %llu\n",
                   counters[i].county, counters[i].plugin, atomic_load(&counters[i].errors));
}

/* ---- observe hooks after a stored step ----------------------------------------------- */

typedef struct after_call {
    generation *g;
    const char *number, *event, *doc;
    lua_Integer i, n;
} after_call;

static void push_decoded(lua_State *L, const char *s) {
    size_t off;
    const char *msg;
    if (json_decode(L, s, strlen(s), &off, &msg) != 0)
        luaL_error(L, "stored JSON is damaged at byte %d: %s", (int)off, msg);
}

/* The action of a stored event from its JSON text, without decoding the
 * rest: banshi's encoder sorts keys, so "action" comes first. 0, or -1 when
 * the text does not begin so. */
static int event_action(const char *event, char *out, size_t n) {
    static const char head[] = "{\"action\":\"";
    if (strncmp(event, head, sizeof head - 1) != 0)
        return -1;
    const char *s = event + sizeof head - 1, *end = strchr(s, '"');
    if (!end || (size_t)(end - s) >= n)
        return -1;
    memcpy(out, s, (size_t)(end - s));
    out[end - s] = '\0';
    return 0;
}

/* Inside vm_call: n = plugins.after(model, event, doc, number). A step no
 * plugin observes (plugins.observed) costs no decoding of its event and
 * document, which for a submission hold the whole application. */
static int l_after(lua_State *L) {
    after_call *a = lua_touserdata(L, 1);
    lua_settop(L, 0);
    char action[64];
    if (event_action(a->event, action, sizeof action) == 0) {
        vm_push_function(L, "banshi.plugins", "observed");
        lua_rawgeti(L, LUA_REGISTRYINDEX, a->g->model_ref);
        lua_pushstring(L, action);
        lua_call(L, 2, 1);
        if (lua_tointeger(L, -1) == 0) {
            a->n = 0;
            return 0;
        }
        lua_settop(L, 0);
    }
    vm_push_function(L, "banshi.plugins", "after");
    lua_rawgeti(L, LUA_REGISTRYINDEX, a->g->model_ref);
    push_decoded(L, a->event);
    push_decoded(L, a->doc);
    lua_pushstring(L, a->number);
    lua_call(L, 4, 1);
    a->n = lua_tointeger(L, -1);
    return 0;
}

/* Inside vm_call: plugins.run_after(model, i), or clear_after when i = 0. */
static int l_run_after(lua_State *L) {
    after_call *a = lua_touserdata(L, 1);
    lua_settop(L, 0);
    vm_push_function(L, "banshi.plugins", a->i ? "run_after" : "clear_after");
    lua_rawgeti(L, LUA_REGISTRYINDEX, a->g->model_ref);
    lua_pushinteger(L, a->i);
    lua_call(L, 2, 0);
    return 0;
}

void host_after(generation *g, const char *number, const char *event, const char *doc) {
    if (!g || !g->plugin_after)
        return;
    after_call a = {.g = g, .number = number, .event = event, .doc = doc};
    buf err = BUF_INIT;
    vm_lock(g->vm);
    lua_pushcfunction(g->vm->L, l_after);
    lua_pushlightuserdata(g->vm->L, &a);
    if (vm_call(g->vm, 1, 0, &err) != 0)
        log_msg(LOG_ERROR, "plugin_error", "county %s: observers of %s: %s", g->county->id, number,
                buf_cstr(&err));
    /* Each observer in a call of its own, its writes in a savepoint of the
     * observers' one transaction (begun at the first write, under the
     * county's lock): its error or budget overrun undoes its writes alone,
     * and the step it observes stays stored. */
    store_unit_begin();
    for (a.i = 1; a.i <= a.n; a.i++) {
        buf_reset(&err);
        int sp = store_unit_active() && store_tx(TX_SAVEPOINT, NULL) == 0;
        lua_pushcfunction(g->vm->L, l_run_after);
        lua_pushlightuserdata(g->vm->L, &a);
        int rc = vm_call(g->vm, 1, 0, &err);
        if (rc != 0 && sp) {
            store_tx(TX_ROLLBACK_TO, NULL);
        } else if (rc != 0 && store_unit_active()) {
            store_unit_end(0, NULL); /* it began the transaction: undo it all */
            store_unit_begin();
        }
        if (sp)
            store_tx(TX_RELEASE, NULL);
        if (rc != 0) {
            log_msg(LOG_ERROR, "plugin_error", "county %s: an observer of %s failed: %s",
                    g->county->id, number, buf_cstr(&err));
            /* a budget overrun stops the plugin before it counts itself */
            if (strstr(buf_cstr(&err), "budget"))
                host_count_failure(g->county->id, buf_cstr(&err));
        }
    }
    buf_reset(&err);
    if (store_unit_end(1, &err) != 0)
        log_msg(LOG_ERROR, "plugin", "observers of %s: not committed: %s", number, buf_cstr(&err));
    a.i = 0;
    lua_pushcfunction(g->vm->L, l_run_after);
    lua_pushlightuserdata(g->vm->L, &a);
    vm_call(g->vm, 1, 0, NULL);
    vm_unlock(g->vm);
    buf_free(&err);
}

int luaopen_banshi_host(lua_State *L) {
    static const luaL_Reg fns[] = {{"kv_get", l_kv_get},
                                   {"kv_set", l_kv_set},
                                   {"kv_delete", l_kv_delete},
                                   {"kv_incr", l_kv_incr},
                                   {"kv_list", l_kv_list},
                                   {"application", l_application},
                                   {"certificate", l_certificate},
                                   {"figures", l_figures},
                                   {"http_post", l_http_post},
                                   {"log", l_log},
                                   {"count", l_count},
                                   {"counter", l_counter},
                                   {"broken_promise", l_broken_promise},
                                   {"audit", l_audit},
                                   {"call_id", l_call_id},
                                   {"now_ms", l_now_ms},
                                   {NULL, NULL}};
    luaL_newlib(L, fns);
    return 1;
}
