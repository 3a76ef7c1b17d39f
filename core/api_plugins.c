/* api_plugins.c: plugins' HTTP routes.
 *
 * GET|POST /api/v1/counties/{county}/plugins/{plugin}/{route}[/{arg}]
 * go to the route the plugin declared with api.route in the county's
 * current generation (banshi.plugins.http). Anyone may call; a caller who
 * signs in or gives a token is identified, and the platform checks the
 * roles the route asks for before the plugin's code runs. */
#include "api_int.h"
#include "auth.h"
#include "host.h"
#include "json.h"
#include "log.h"
#include "router.h"
#include "store_timer.h"
#include "vm.h"

#include <lauxlib.h>
#include <stdio.h>
#include <string.h>

typedef struct plugin_call {
    http_req *r;
    generation *g;
    const char *arg;
    int status;
    buf body;
    char ctype[64];
    int bad_json;
    int failed; /* the handler raised: its writes are rolled back */
} plugin_call;

static void add_query(void *ctx, const char *key, const char *value) {
    lua_State *L = ctx;
    lua_pushstring(L, value);
    lua_setfield(L, -2, key);
}

static void push_principal(lua_State *L, const principal *who) {
    lua_createtable(L, 0, 5);
    lua_pushstring(L, who->role);
    lua_setfield(L, -2, "role");
    lua_pushstring(L, who->county);
    lua_setfield(L, -2, "county");
    lua_pushstring(L, who->username);
    lua_setfield(L, -2, "username");
    lua_createtable(L, who->ndepartments, 0);
    for (int i = 0; i < who->ndepartments; i++) {
        lua_pushstring(L, who->departments[i]);
        lua_rawseti(L, -2, i + 1);
    }
    lua_setfield(L, -2, "departments");
}

/* Inside vm_call: plugins.http(model, plugin, method, route, arg, req). */
static int l_route(lua_State *L) {
    plugin_call *c = lua_touserdata(L, 1);
    http_req *r = c->r;
    lua_settop(L, 0);
    vm_push_function(L, "banshi.plugins", "http");
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->g->model_ref);
    lua_pushstring(L, r->params[1]);
    /* HEAD is answered as GET (libmicrohttpd leaves the body out). */
    lua_pushstring(L, strcmp(r->method, "HEAD") == 0 ? "GET" : r->method);
    lua_pushstring(L, r->params[2]);
    if (c->arg)
        lua_pushstring(L, c->arg);
    else
        lua_pushnil(L);
    lua_createtable(L, 0, 4);
    lua_newtable(L);
    http_query_each(r, add_query, L);
    lua_setfield(L, -2, "query");
    lua_pushstring(L, r->remote);
    lua_setfield(L, -2, "remote");
    if (r->body.len) {
        size_t off;
        const char *msg;
        if (json_decode(L, r->body.data, r->body.len, &off, &msg) != 0) {
            c->bad_json = 1;
            return 0;
        }
        lua_setfield(L, -2, "body");
    }
    if (r->principal) {
        push_principal(L, r->principal);
        lua_setfield(L, -2, "principal");
    }
    lua_call(L, 6, 4);
    c->status = (int)lua_tointeger(L, 1);
    c->failed = lua_toboolean(L, 4);
    if (lua_type(L, 2) == LUA_TSTRING) {
        size_t n;
        const char *s = lua_tolstring(L, 2, &n);
        buf_add(&c->body, s, n);
        snprintf(c->ctype, sizeof c->ctype, "%s",
                 lua_isstring(L, 3) ? lua_tostring(L, 3) : "text/plain; charset=utf-8");
    } else if (!lua_isnil(L, 2)) {
        char msg[128];
        if (json_encode(L, 2, &c->body, msg, sizeof msg) != 0)
            return luaL_error(L, "the plugin's answer is not JSON: %s", msg);
    }
    return 0;
}

static void dispatch(http_req *r, const char *arg) {
    generation *g = api_county_gen(r);
    if (!g)
        return;
    plugin_call c = {.r = r, .g = g, .arg = arg};
    buf err = BUF_INIT;
    /* A route's writes (key-value, timers) commit together when it returns,
     * or not at all when it fails; the transaction begins at the first
     * write, under the county's lock (that order everywhere). */
    vm_lock(g->vm);
    store_unit_begin();
    lua_pushcfunction(g->vm->L, l_route);
    lua_pushlightuserdata(g->vm->L, &c);
    int rc = vm_call(g->vm, 1, 0, &err);
    if (store_unit_end(rc == 0 && !c.bad_json && !c.failed, &err) != 0 && rc == 0)
        rc = -1;
    vm_unlock(g->vm);
    if (c.bad_json) {
        http_send_error(r, 400, "bad_json", "the body must be JSON");
    } else if (rc != 0) {
        host_count_failure(g->county->id, buf_cstr(&err));
        log_msg(LOG_ERROR, "plugin_error", "county %s plugin %s: %s", g->county->id, r->params[1],
                buf_cstr(&err));
        http_send_error(r, 500, "plugin_error", "plugin %s failed; the error is in the server log",
                        r->params[1]);
    } else if (c.ctype[0]) {
        http_send(r, c.status, c.ctype, c.body.data ? c.body.data : "", c.body.len, HTTP_MEM_COPY);
    } else {
        if (!c.body.len)
            buf_adds(&c.body, "{}");
        http_send_json(r, c.status, &c.body);
        c.body = (buf)BUF_INIT;
    }
    buf_free(&c.body);
    buf_free(&err);
}

static void h_route(http_req *r) { dispatch(r, NULL); }
static void h_route_arg(http_req *r) { dispatch(r, r->params[3]); }

void api_plugins_register(void) {
    api_access(router_add("GET", "/api/v1/counties/{county}/plugins/{plugin}/{route}", h_route),
               ACCESS_PLUGIN);
    api_access(router_add("POST", "/api/v1/counties/{county}/plugins/{plugin}/{route}", h_route),
               ACCESS_PLUGIN);
    api_access(
        router_add("GET", "/api/v1/counties/{county}/plugins/{plugin}/{route}/{arg}", h_route_arg),
        ACCESS_PLUGIN);
    api_access(
        router_add("POST", "/api/v1/counties/{county}/plugins/{plugin}/{route}/{arg}", h_route_arg),
        ACCESS_PLUGIN);
}
