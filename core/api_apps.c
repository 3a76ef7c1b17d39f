/* api_apps.c: the applications (办件) routes open to the public: online
 * submission, and progress for whoever holds the number and query code.
 *
 * A submission is decided in the county's Lua state (banshi.apps, over
 * banshi.workflow) on one of the server's helper threads, then handed to
 * the group-commit writer; the request is suspended meanwhile and answered
 * only when its batch is on disk, so an answer is never lost to a crash. */
#include "api_int.h"
#include "auth.h"
#include "clock.h"
#include "dtimer.h"
#include "host.h"
#include "json.h"
#include "log.h"
#include "router.h"
#include "store.h"
#include "store_app.h"
#include "store_audit.h"
#include "store_timer.h"

#include <lauxlib.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#define QUERY_CODE_LEN 8
/* China keeps one offset all year; numbers carry the county's local date. */
#define LOCAL_OFFSET (8 * 3600)

typedef struct submit_ctx {
    generation *g;
    store_op op;
    buf doc, event, err_json;
    buf reason;       /* the event's reason (why), for the store's events row */
    buf certificates; /* an issuance's electronic certificates (JSON), or empty */
    buf rule_err;     /* the rules' failure, when rule_failed */
    int rule_failed;  /* the county's rules raised */
    int stopping;     /* the writer took no more work */
    char state[32], subject[64], prefix[40], day[9];
    char query_code[QUERY_CODE_LEN + 1];
    char county[64];
    int status; /* 0, or the HTTP status of a refusal */
    /* for actions on a stored application */
    store_app app;
    principal who;
    int as_applicant;
    char action[40], from[32], actor[48];
    int bad_json;
    size_t bad_off;
    const char *bad_msg;
    http_req *r;
} submit_ctx;

static void submit_cleanup(http_req *r) {
    submit_ctx *c = r->hold;
    generation_release(c->g);
    store_app_free(&c->app);
    buf_free(&c->doc);
    buf_free(&c->event);
    buf_free(&c->err_json);
    buf_free(&c->reason);
    buf_free(&c->certificates);
    buf_free(&c->rule_err);
    free(c);
}

/* Random bytes for query codes, drawn from the system a kilobyte at a time
 * per thread: each draw is a system call, and a submission needs about ten
 * bytes. */
static unsigned char random_byte(void) {
    static _Thread_local unsigned char pool[1024];
    static _Thread_local size_t used = sizeof pool;
    if (used == sizeof pool) {
        randombytes_buf(pool, sizeof pool);
        used = 0;
    }
    unsigned char b = pool[used];
    pool[used++] = 0; /* a byte handed out is not kept */
    return b;
}

/* Letters and digits that cannot be mistaken for one another when read
 * aloud or copied from paper: no 0/O, 1/I/L. Each character is drawn
 * uniformly: random bytes at or above the largest multiple of the
 * alphabet's size are thrown away. */
static void make_query_code(char out[QUERY_CODE_LEN + 1]) {
    static const char alphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    const unsigned n = sizeof alphabet - 1, limit = 256 - 256 % n;
    for (int i = 0; i < QUERY_CODE_LEN; i++) {
        unsigned v;
        do
            v = random_byte();
        while (v >= limit);
        out[i] = alphabet[v % n];
    }
    out[QUERY_CODE_LEN] = '\0';
}

static void copy_string_field(lua_State *L, int t, const char *key, char *out, size_t n) {
    lua_getfield(L, t, key);
    const char *s = lua_tostring(L, -1);
    snprintf(out, n, "%s", s ? s : "");
    lua_pop(L, 1);
}

static int decode_object(lua_State *L, const buf *body, submit_ctx *c) {
    if (json_decode(L, body->data ? body->data : "", body->len, &c->bad_off, &c->bad_msg) != 0) {
        c->bad_json = 1;
        return 0;
    }
    if (!json_is_object(L, -1)) {
        c->bad_json = 2;
        return 0;
    }
    return 1;
}

/* Takes banshi.apps' two results (result, or nil and the workflow's error)
 * from the top of the stack: a refusal goes to c->status and c->err_json
 * (returns 0); otherwise the document, the event and the new state are
 * copied into c and the result table's index is returned. Raises on a
 * malformed answer. */
static int take_result(lua_State *L, submit_ctx *c) {
    char msg[256];
    if (lua_isnil(L, -2)) {
        lua_getfield(L, -1, "status");
        c->status = (int)lua_tointeger(L, -1);
        lua_pop(L, 1);
        if (c->status < 400 || c->status > 499)
            c->status = 422;
        if (json_encode(L, -1, &c->err_json, msg, sizeof msg) != 0)
            return luaL_error(L, "cannot encode the refusal: %s", msg);
        return 0;
    }
    int res = lua_gettop(L) - 1;
    lua_getfield(L, res, "doc");
    lua_getfield(L, res, "event");
    size_t dl, el;
    const char *d = lua_tolstring(L, -2, &dl), *e = lua_tolstring(L, -1, &el);
    if (!d || !e)
        return luaL_error(L, "banshi.apps returned no document");
    buf_add(&c->doc, d, dl);
    buf_add(&c->event, e, el);
    lua_pop(L, 2);
    copy_string_field(L, res, "state", c->state, sizeof c->state);
    return res;
}

/* Runs inside vm_call: apps.submit(model, version, body, now, query_code). */
static int l_submit(lua_State *L) {
    submit_ctx *c = lua_touserdata(L, 1);
    lua_settop(L, 0);
    vm_push_function(L, "banshi.apps", "submit");
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->g->model_ref);
    lua_pushstring(L, c->g->hash);
    if (!decode_object(L, &c->r->body, c))
        return 0;
    lua_pushinteger(L, (lua_Integer)c->op.at / 1000);
    lua_pushstring(L, c->query_code);
    lua_call(L, 5, 2);
    int res = take_result(L, c);
    if (!res)
        return 0;
    copy_string_field(L, res, "subject", c->subject, sizeof c->subject);
    copy_string_field(L, res, "prefix", c->prefix, sizeof c->prefix);
    dtimer_take_app_timers(L, res, &c->op);
    return 0;
}

static void submit_durable(store_op *op) { http_resume(((submit_ctx *)op->user)->r); }

/* On a worker thread, once resumed: the answer to a submission. */
static void submit_answer(http_req *r) {
    submit_ctx *c = r->hold;
    store_op *op = &c->op;
    if (c->bad_json == 1) {
        http_send_error(r, 400, "bad_json", "invalid JSON at byte %zu: %s", c->bad_off, c->bad_msg);
        return;
    }
    if (c->bad_json == 2) {
        http_send_error(r, 400, "bad_json", "the body must be a JSON object");
        return;
    }
    if (c->rule_failed) {
        log_msg(LOG_ERROR, "rule_error", "county %s submission: %s", c->county,
                buf_cstr(&c->rule_err));
        http_send_error(r, 500, "rule_error", "the county's rules failed: %s",
                        buf_cstr(&c->rule_err));
        return;
    }
    if (c->status) {
        /* The workflow's refusal, with everything it found, under the one
         * error shape: code and message, and the details as given. */
        buf b = BUF_INIT;
        buf_adds(&b, "{\"error\":{\"code\":\"application_refused\",\"message\":\"the application "
                     "was not received; see details\",\"details\":");
        buf_add(&b, c->err_json.data, c->err_json.len);
        buf_adds(&b, "}}");
        http_send_json(r, c->status, &b);
        return;
    }
    if (c->stopping) {
        http_send_error(r, 503, "stopping", "the server is stopping; try again shortly");
        return;
    }
    if (op->rc == STORE_EXHAUSTED) {
        http_send_error(r, 503, "serial_exhausted", "%s", op->err);
        return;
    }
    if (op->rc != STORE_OK) {
        log_msg(LOG_ERROR, "store", "submission for %s not stored: %s", c->county, op->err);
        http_send_error(r, 500, "store", "the application could not be stored; nothing was kept");
        return;
    }
    host_after(c->g, op->number, buf_cstr(&c->event), buf_cstr(&c->doc));
    buf b = BUF_INIT;
    buf_printf(&b, "{\"number\":\"%s\",\"query_code\":\"%s\",\"state\":\"%s\",\"application\":",
               op->number, c->query_code, c->state);
    buf_add(&b, c->doc.data, c->doc.len);
    buf_addc(&b, '}');
    http_send_json(r, 201, &b);
}

/* On a helper thread (http_defer): the county's rules decide. A received
 * application goes to the writer, whose callback resumes r once it is on
 * disk; anything else resumes r at once. submit_answer answers. */
static void submit_work(http_req *r) {
    submit_ctx *c = r->hold;
    generation *g = c->g;
    vm_lock(g->vm);
    lua_pushcfunction(g->vm->L, l_submit);
    lua_pushlightuserdata(g->vm->L, c);
    c->rule_failed = vm_call(g->vm, 1, 0, &c->rule_err) != 0;
    vm_unlock(g->vm);
    if (c->rule_failed && strstr(buf_cstr(&c->rule_err), "budget"))
        host_count_failure(c->county, buf_cstr(&c->rule_err)); /* a plugin's hook overran */
    if (!c->bad_json && !c->rule_failed && !c->status) {
        store_op *op = &c->op;
        op->kind = STORE_APP_CREATE;
        op->county = c->county;
        op->prefix = c->prefix;
        op->day = c->day;
        op->subject = c->subject;
        op->version = g->hash;
        op->query_code = c->query_code;
        op->state = c->state;
        op->doc = buf_cstr(&c->doc);
        op->doc_len = c->doc.len;
        op->actor = "applicant";
        op->action = "submit";
        op->payload = buf_cstr(&c->event);
        op->payload_len = c->event.len;
        op->done = submit_durable;
        op->user = c;
        if (store_submit(op) == 0)
            return;
        c->stopping = 1;
    }
    http_resume(r);
}

/* POST /api/v1/counties/{county}/applications: an online submission. The
 * rules run on a helper thread, so that this worker thread keeps serving
 * its other connections meanwhile (a county's rules run one call at a
 * time). */
static void h_submit(http_req *r) {
    generation *g = api_county_gen(r);
    if (!g)
        return;
    /* From here the context owns the generation reference. */
    submit_ctx *c = calloc(1, sizeof *c);
    if (!c) {
        http_send_error(r, 503, "busy", "out of memory");
        return;
    }
    c->g = g;
    c->r = r;
    r->hold = c;
    r->cleanup = submit_cleanup;
    snprintf(c->county, sizeof c->county, "%s", r->params[0]);
    make_query_code(c->query_code);
    c->op.at = clock_now_ms();
    time_t local = (time_t)(c->op.at / 1000) + LOCAL_OFFSET;
    struct tm tm;
    gmtime_r(&local, &tm);
    strftime(c->day, sizeof c->day, "%Y%m%d", &tm);
    if (http_defer(r, submit_work, submit_answer) != 0)
        http_send_error(r, 503, "stopping", "the server is stopping; try again shortly");
}

static int valid_number(const char *s) {
    size_t n = strlen(s);
    return n == 43 && strspn(s, "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") == 43;
}

/* GET /api/v1/counties/{county}/applications/{number}?code=QUERY_CODE */
/* Runs inside vm_call: apps.verify(doc, events) appended to the buf. */
static int l_verify(lua_State *L) {
    buf *out = lua_touserdata(L, 3);
    lua_settop(L, 2);
    vm_push_function(L, "banshi.apps", "verify");
    lua_insert(L, 1);
    lua_call(L, 2, 1);
    size_t n;
    const char *s = lua_tolstring(L, -1, &n);
    if (s)
        buf_add(out, s, n);
    return 0;
}

/* Staff of the county read the whole stored document and its events. */
static int staff_view(http_req *r) {
    if (!r->principal)
        return 0;
    if (!valid_number(r->params[1])) {
        http_send_error(r, 400, "bad_request", "'%s' is not an application number", r->params[1]);
        return 1;
    }
    store_app app;
    buf err = BUF_INIT, b = BUF_INIT;
    if (store_app_get(r->params[0], r->params[1], 0, &app, &err) != 1) {
        http_send_error(r, 404, "application_not_found", "no application %s", r->params[1]);
    } else {
        buf aerr = BUF_INIT;
        if (store_audit_append(r->params[0], r->actor, r->remote, "application.view", app.number,
                               app.state, &aerr) != 0)
            log_msg(LOG_ERROR, "audit", "%s", buf_cstr(&aerr));
        buf_free(&aerr);
        buf_printf(&b,
                   "{\"number\":\"%s\",\"state\":\"%s\",\"version\":\"%s\",\"seq\":%lld,"
                   "\"application\":",
                   app.number, app.state, app.version, (long long)app.seq);
        buf_adds(&b, app.doc);
        buf_adds(&b, ",\"timers\":");
        if (store_timer_of_app(app.id, &b, &err) != 0)
            buf_adds(&b, "null");
        buf_adds(&b, ",\"events\":");
        size_t events_at = b.len;
        if (store_app_events(app.id, &b, &err) == 0) {
            const char *verify = http_query(r, "verify");
            if (verify && strcmp(verify, "1") == 0) {
                /* Replaying the events must give back the stored document. */
                buf ev = BUF_INIT, out = BUF_INIT;
                buf_add(&ev, b.data + events_at, b.len - events_at);
                county *cty = county_find(r->params[0]);
                generation *g = cty ? county_version(cty, app.version, &err) : NULL;
                int vrc = -1;
                if (g) {
                    vm_lock(g->vm);
                    lua_State *L = g->vm->L;
                    lua_pushcfunction(L, l_verify);
                    lua_pushstring(L, app.doc);
                    lua_pushlstring(L, ev.data, ev.len);
                    lua_pushlightuserdata(L, &out);
                    vrc = vm_call(g->vm, 3, 0, &err);
                    vm_unlock(g->vm);
                    generation_release(g);
                }
                buf_free(&ev);
                if (vrc == 0) {
                    buf_adds(&b, ",\"replay\":");
                    buf_add(&b, out.data, out.len);
                }
                buf_free(&out);
            }
            buf_addc(&b, '}');
            http_send_json(r, 200, &b);
        } else {
            buf_free(&b);
            http_send_error(r, 500, "store", "%s", buf_cstr(&err));
        }
        store_app_free(&app);
    }
    buf_free(&err);
    return 1;
}

static void h_progress(http_req *r) {
    const char *code = http_query(r, "code");
    /* With a query code this is the public view, whoever asks. */
    if (!code && staff_view(r))
        return;
    if (!valid_number(r->params[1]) || !code || strlen(code) != QUERY_CODE_LEN) {
        http_send_error(r, 400, "bad_request",
                        "give the 43-character application number and its 8-character query code "
                        "(?code=)");
        return;
    }
    generation *g = api_county_gen(r);
    if (!g)
        return;
    store_app app;
    buf err = BUF_INIT;
    int found = store_app_get(r->params[0], r->params[1], 0, &app, &err);
    /* The same answer for an unknown number and a wrong code. */
    if (found != 1 || sodium_memcmp(app.query_code, code, QUERY_CODE_LEN) != 0) {
        if (found == 1)
            store_app_free(&app);
        if (found < 0)
            log_msg(LOG_ERROR, "store", "%s", buf_cstr(&err));
        buf_free(&err);
        http_send_error(r, 404, "application_not_found",
                        "no application with this number and query code");
        return;
    }
    buf_free(&err);
    vm_lock(g->vm);
    lua_State *L = g->vm->L;
    lua_getglobal(L, "require");
    lua_pushliteral(L, "banshi.apps");
    int rc = vm_call(g->vm, 1, 1, &err);
    buf out = BUF_INIT;
    if (rc == 0) {
        lua_getfield(L, -1, "public_view");
        lua_remove(L, -2);
        lua_pushstring(L, app.doc);
        lua_pushstring(L, app.number);
        rc = vm_call(g->vm, 2, 1, &err);
        if (rc == 0) {
            size_t n;
            const char *s = lua_tolstring(L, -1, &n);
            buf_add(&out, s, n);
            lua_pop(L, 1);
        }
    }
    vm_unlock(g->vm);
    store_app_free(&app);
    if (rc != 0) {
        buf_free(&out);
        http_send_error(r, 500, "rule_error", "%s", buf_cstr(&err));
    } else {
        http_send_json(r, 200, &out);
    }
    buf_free(&err);
}

/* GET /api/v1/counties/{county}/items/{code}/deadline[?at=UNIX_SECONDS]:
 * when an application accepted now (or at) would be due, on the county's
 * working-day calendar ("accepted today, due by ..."). */
static void h_deadline(http_req *r) {
    const char *at_s = http_query(r, "at");
    long long at = (long long)(clock_now_ms() / 1000);
    if (at_s && *at_s) {
        char *end;
        at = strtoll(at_s, &end, 10);
        if (*end || at < 0) {
            http_send_error(r, 400, "bad_parameter", "at must be unix seconds");
            return;
        }
    }
    if (strlen(r->params[1]) != 12 ||
        strspn(r->params[1], "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 12) {
        http_send_error(r, 400, "bad_item_code", "'%s' is not an item code", r->params[1]);
        return;
    }
    generation *g = api_county_gen(r);
    if (!g)
        return;
    buf err = BUF_INIT, out = BUF_INIT;
    vm_lock(g->vm);
    lua_State *L = g->vm->L;
    lua_getglobal(L, "require");
    lua_pushliteral(L, "banshi.apps");
    int rc = vm_call(g->vm, 1, 1, &err);
    const char *why = NULL;
    if (rc == 0) {
        lua_getfield(L, -1, "deadline");
        lua_remove(L, -2);
        lua_rawgeti(L, LUA_REGISTRYINDEX, g->model_ref);
        lua_pushstring(L, r->params[1]);
        lua_pushinteger(L, (lua_Integer)at);
        rc = vm_call(g->vm, 3, 2, &err);
        if (rc == 0) {
            size_t n;
            const char *s = lua_tolstring(L, -2, &n);
            if (s)
                buf_add(&out, s, n);
            else
                buf_adds(&err, (why = lua_tostring(L, -1)) ? why : "no answer");
            lua_pop(L, 2);
        }
    }
    vm_unlock(g->vm);
    if (rc != 0)
        http_send_error(r, 500, "rule_error", "%s", buf_cstr(&err));
    else if (!out.len)
        http_send_error(r, 422, "no_deadline", "%s", buf_cstr(&err));
    else {
        http_send_json(r, 200, &out);
        out = (buf)BUF_INIT;
    }
    buf_free(&out);
    buf_free(&err);
}

/* Runs inside vm_call: apps.act(model, version, doc, cmd, actor, now, number). */
static int l_act(lua_State *L) {
    submit_ctx *c = lua_touserdata(L, 1);
    lua_settop(L, 0);
    vm_push_function(L, "banshi.apps", "act");
    lua_rawgeti(L, LUA_REGISTRYINDEX, c->g->model_ref);
    lua_pushstring(L, c->g->hash);
    lua_pushstring(L, c->app.doc);
    if (c->r->body.len == 0)
        lua_newtable(L);
    else if (!decode_object(L, &c->r->body, c))
        return 0;
    lua_pushstring(L, c->action);
    lua_setfield(L, -2, "action");
    lua_createtable(L, 0, 3); /* the actor */
    if (c->as_applicant) {
        lua_pushliteral(L, "applicant");
        lua_setfield(L, -2, "id");
        lua_pushliteral(L, "applicant");
        lua_setfield(L, -2, "role");
    } else {
        lua_pushstring(L, c->who.username);
        lua_setfield(L, -2, "id");
        lua_pushstring(L, c->who.role);
        lua_setfield(L, -2, "role");
        lua_createtable(L, c->who.ndepartments, 0);
        for (int i = 0; i < c->who.ndepartments; i++) {
            lua_pushstring(L, c->who.departments[i]);
            lua_rawseti(L, -2, i + 1);
        }
        lua_setfield(L, -2, "departments");
    }
    lua_pushinteger(L, (lua_Integer)c->op.at / 1000);
    lua_pushstring(L, c->app.number);
    lua_call(L, 7, 2);
    int res = take_result(L, c);
    if (!res)
        return 0;
    copy_string_field(L, res, "from", c->from, sizeof c->from);
    copy_string_field(L, res, "actor", c->actor, sizeof c->actor);
    dtimer_take_app_timers(L, res, &c->op);
    lua_getfield(L, res, "reason");
    size_t rl;
    const char *reason = lua_tolstring(L, -1, &rl);
    if (reason)
        buf_add(&c->reason, reason, rl);
    lua_getfield(L, res, "certificates");
    const char *certs = lua_tolstring(L, -1, &rl);
    if (certs)
        buf_add(&c->certificates, certs, rl);
    lua_pop(L, 2);
    return 0;
}

static void act_answer(http_req *r) {
    submit_ctx *c = r->hold;
    store_op *op = &c->op;
    if (op->rc == STORE_CONFLICT) {
        http_send_error(r, 409, "conflict", "%s", op->err);
        return;
    }
    if (op->rc != STORE_OK) {
        log_msg(LOG_ERROR, "store", "action on %s not stored: %s", c->app.number, op->err);
        http_send_error(r, 500, "store", "the action could not be stored; nothing changed");
        return;
    }
    if (!c->as_applicant) {
        /* Staff actions go into the audit log; the events say the rest. */
        char actor[80], action[64];
        snprintf(actor, sizeof actor, "%s/%s", c->who.county, c->who.username);
        snprintf(action, sizeof action, "application.%s", c->action);
        buf aerr = BUF_INIT;
        if (store_audit_append(c->county, actor, r->remote, action, c->app.number, c->state,
                               &aerr) != 0)
            log_msg(LOG_ERROR, "audit", "%s", buf_cstr(&aerr));
        buf_free(&aerr);
    }
    host_after(c->g, c->app.number, buf_cstr(&c->event), buf_cstr(&c->doc));
    buf b = BUF_INIT;
    buf_printf(&b, "{\"number\":\"%s\",\"state\":\"%s\",\"application\":", c->app.number, c->state);
    buf_add(&b, c->doc.data, c->doc.len);
    buf_addc(&b, '}');
    http_send_json(r, 200, &b);
}

static int valid_action(const char *s) {
    size_t n = strlen(s);
    return n >= 2 && n <= 32 && strspn(s, "abcdefghijklmnopqrstuvwxyz_") == n;
}

/* POST /api/v1/counties/{county}/applications/{number}/{action}: the next
 * step, by staff signed in for this county, or by the applicant giving the
 * query code in X-Query-Code. Runs the rules of the catalogue version the
 * application is pinned to; written only if nobody changed it meanwhile. */
static void h_act(http_req *r) {
    if (!api_valid_county_id(r->params[0]) || !valid_number(r->params[1]) ||
        !valid_action(r->params[2])) {
        http_send_error(r, 400, "bad_request",
                        "give a county, a 43-character number and an action");
        return;
    }
    county *cty = county_find(r->params[0]);
    if (!cty) {
        http_send_error(r, 404, "county_not_found", "no county '%s'", r->params[0]);
        return;
    }
    submit_ctx *c = calloc(1, sizeof *c);
    if (!c) {
        http_send_error(r, 503, "busy", "out of memory");
        return;
    }
    c->r = r;
    r->hold = c;
    r->cleanup = submit_cleanup;
    snprintf(c->county, sizeof c->county, "%s", cty->id);
    snprintf(c->action, sizeof c->action, "%s", r->params[2]);
    buf err = BUF_INIT;
    int found = store_app_get(cty->id, r->params[1], 0, &c->app, &err);
    const char *qc = http_header(r, "X-Query-Code");
    /* The authorizer let through this county's caseworkers, or nobody
     * signed in: then it must be the applicant, proven by the query code. */
    if (r->principal)
        c->who = *(principal *)r->principal;
    if (found != 1) {
        http_send_error(r, 404, "application_not_found", "no application %s", r->params[1]);
    } else if (!r->principal && !(qc && strlen(qc) == QUERY_CODE_LEN &&
                                  sodium_memcmp(qc, c->app.query_code, QUERY_CODE_LEN) == 0)) {
        http_send_with_header(r, 401, "application/json; charset=utf-8",
                              "{\"error\":{\"code\":\"unauthorized\",\"message\":\"sign in, or "
                              "give the application's query code in X-Query-Code\"}}",
                              strlen("{\"error\":{\"code\":\"unauthorized\",\"message\":\"sign "
                                     "in, or give the application's query code in "
                                     "X-Query-Code\"}}"),
                              HTTP_MEM_STATIC, "WWW-Authenticate", "Bearer");
    } else {
        c->as_applicant = r->principal == NULL;
        /* The rules of the version the application was received under. */
        c->g = county_version(cty, c->app.version, &err);
        if (!c->g) {
            log_msg(LOG_ERROR, "pinned_version", "%s: %s", c->app.number, buf_cstr(&err));
            http_send_error(r, 503, "version_unavailable",
                            "the catalogue version of this application cannot be loaded");
            buf_free(&err);
            return;
        }
        c->op.at = clock_now_ms();
        vm_lock(c->g->vm);
        lua_pushcfunction(c->g->vm->L, l_act);
        lua_pushlightuserdata(c->g->vm->L, c);
        int lrc = vm_call(c->g->vm, 1, 0, &err);
        vm_unlock(c->g->vm);
        if (c->bad_json) {
            http_send_error(r, 400, "bad_json", "the body must be a JSON object");
        } else if (lrc != 0) {
            if (strstr(buf_cstr(&err), "budget")) /* a plugin's before_accept hook overran */
                host_count_failure(c->county, buf_cstr(&err));
            log_msg(LOG_ERROR, "rule_error", "%s %s: %s", c->app.number, c->action, buf_cstr(&err));
            http_send_error(r, 500, "rule_error", "the county's rules failed: %s", buf_cstr(&err));
        } else if (c->status) {
            buf b = BUF_INIT;
            buf_adds(&b, "{\"error\":{\"code\":\"action_refused\",\"message\":\"the action "
                         "was refused; see details\",\"details\":");
            buf_add(&b, c->err_json.data, c->err_json.len);
            buf_adds(&b, "}}");
            http_send_json(r, c->status, &b);
        } else {
            store_op *op = &c->op;
            op->kind = STORE_APP_UPDATE;
            op->county = c->county;
            op->app_id = c->app.id;
            op->expect_seq = c->app.seq;
            op->state = c->state;
            op->doc = buf_cstr(&c->doc);
            op->doc_len = c->doc.len;
            op->actor = c->actor;
            op->action = c->action;
            op->from_state = c->from;
            op->reason = c->reason.len ? buf_cstr(&c->reason) : NULL;
            op->certificates = c->certificates.len ? buf_cstr(&c->certificates) : NULL;
            op->payload = buf_cstr(&c->event);
            op->payload_len = c->event.len;
            op->done = submit_durable;
            op->user = c;
            http_suspend(r, act_answer);
            if (store_submit(op) != 0) {
                r->resume = NULL;
                http_resume(r);
                http_send_error(r, 503, "stopping", "the server is stopping; try again shortly");
            }
        }
    }
    buf_free(&err);
}

/* GET /api/v1/counties/{county}/applications[?state=&page=&per_page=]: the
 * county's cases, newest first, for its clerks and supervisors. */
static void h_list(http_req *r) {
    const char *state = http_query(r, "state");
    if (state && (!*state || strlen(state) > 20 ||
                  strspn(state, "abcdefghijklmnopqrstuvwxyz_") != strlen(state))) {
        http_send_error(r, 400, "bad_parameter", "state is a state name such as accepted");
        return;
    }
    const char *pp = http_query(r, "per_page"), *pg = http_query(r, "page");
    long per_page = pp ? strtol(pp, NULL, 10) : 50, page = pg ? strtol(pg, NULL, 10) : 1;
    if (per_page < 1 || per_page > 500 || page < 1 || page > 100000) {
        http_send_error(r, 400, "bad_parameter", "page from 1, per_page from 1 to 500");
        return;
    }
    buf b = BUF_INIT, err = BUF_INIT;
    buf_adds(&b, "{\"applications\":");
    if (store_app_list(r->params[0], state, (int)per_page, (int)((page - 1) * per_page), &b,
                       &err) != 0) {
        buf_free(&b);
        http_send_error(r, 500, "store", "%s", buf_cstr(&err));
    } else {
        buf_printf(&b, ",\"page\":%ld,\"per_page\":%ld}", page, per_page);
        http_send_json(r, 200, &b);
    }
    buf_free(&err);
}

/* GET /api/v1/counties/{county}/uploads/{hash}: a material's file, for the
 * county's clerks, reviewers and supervisors (applicants' files are never
 * public: they hold identity documents). */
static void h_upload_get(http_req *r) {
    const char *hash = r->params[1];
    if (strlen(hash) != 64 || strspn(hash, "0123456789abcdef") != 64) {
        http_send_error(r, 400, "bad_request", "'%s' is not a file hash", hash);
        return;
    }
    char ctype[128];
    void *data = NULL;
    size_t len = 0;
    buf err = BUF_INIT;
    int found = store_upload_get(r->params[0], hash, ctype, &data, &len, &err);
    if (found == 1) {
        /* Applicants' files hold identity documents: who read one is kept. */
        buf aerr = BUF_INIT;
        if (store_audit_append(r->params[0], r->actor, r->remote, "upload.read", hash, ctype,
                               &aerr) != 0)
            log_msg(LOG_ERROR, "audit", "%s", buf_cstr(&aerr));
        buf_free(&aerr);
        http_send_with_header(r, 200, ctype, data, len, HTTP_MEM_FREE, "Cache-Control",
                              "private, no-store");
    } else if (found == 0) {
        http_send_error(r, 404, "upload_not_found", "no such file in this county");
    } else {
        free(data);
        http_send_error(r, 500, "store", "%s", buf_cstr(&err));
    }
    buf_free(&err);
}

void api_apps_register(void) {
    api_access(router_add("GET", "/api/v1/counties/{county}/uploads/{hash}", h_upload_get),
               ACCESS_CASEWORK);
    api_access(router_add("GET", "/api/v1/counties/{county}/applications", h_list),
               ACCESS_CASELIST);
    api_access(
        router_add("POST", "/api/v1/counties/{county}/applications/{number}/{action}", h_act),
        ACCESS_APPLICATION_ACT);
    router_add("GET", "/api/v1/counties/{county}/items/{code}/deadline", h_deadline);
    router_add("POST", "/api/v1/counties/{county}/applications", h_submit);
    api_access(router_add("GET", "/api/v1/counties/{county}/applications/{number}", h_progress),
               ACCESS_PROGRESS);
}
