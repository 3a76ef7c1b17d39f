#include "api.h"

#include "api_int.h"
#include "auth.h"
#include "store_audit.h"

#include "clock.h"
#include "county.h"
#include "dtimer.h"
#include "host.h"
#include "json.h"
#include "log.h"
#include "metrics.h"
#include "multipart.h"
#include "router.h"
#include "store.h"
#include "timer.h"

#include <lauxlib.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static api_config conf;

/* ---- grammar of path segments, checked before any lookup ---------------- */

int api_valid_county_id(const char *s) {
    size_t n = strlen(s);
    if (n == 0 || n > 32 || s[0] < 'a' || s[0] > 'z')
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
            return 0;
    return 1;
}

static int valid_item_code(const char *s) {
    size_t n = strlen(s);
    if (n != 12)
        return 0;
    for (size_t i = 0; i < n; i++)
        if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9')))
            return 0;
    return 1;
}

static void release_hold(http_req *r) { generation_release(r->hold); }

/* Finds the county named by params[0] and takes a reference to its current
 * generation, held until the response is sent. Answers the error itself and
 * returns NULL when there is none. */
generation *api_county_gen(http_req *r) {
    const char *id = r->params[0];
    if (!api_valid_county_id(id)) {
        http_send_error(r, 400, "bad_county",
                        "'%s' is not a county id (lower-case letters, digits and _; at most 32)",
                        id);
        return NULL;
    }
    county *c = county_find(id);
    if (!c) {
        http_send_error(r, 404, "county_not_found", "no county '%s' on this server", id);
        return NULL;
    }
    generation *g = county_acquire(c);
    if (!g) {
        http_send_error(r, 503, "county_unavailable",
                        "county '%s' has no loaded catalogue; see the server log", id);
        return NULL;
    }
    r->hold = g;
    r->cleanup = release_hold;
    return g;
}

/* ---- service routes ----------------------------------------------------- */

static void h_healthz(http_req *r) {
    buf b = BUF_INIT;
    int n = county_count(), serving = 0;
    for (int i = 0; i < n; i++) {
        generation *g = county_acquire(county_at(i));
        serving += g != NULL;
        generation_release(g);
    }
    buf_printf(&b, "{\"status\":\"ok\",\"counties\":%d,\"serving\":%d}", n, serving);
    http_send_json(r, 200, &b);
}

static void timers_collector(buf *out) {
    buf_printf(out,
               "# HELP banshi_timers_pending In-memory timers waiting to fire.\n"
               "# TYPE banshi_timers_pending gauge\nbanshi_timers_pending %ld\n",
               timer_pending());
}

static void h_metrics(http_req *r) {
    buf b = BUF_INIT;
    metrics_render(&b);
    size_t len;
    char *data = buf_steal(&b, &len);
    http_send(r, 200, "text/plain; version=0.0.4; charset=utf-8", data, len, HTTP_MEM_FREE);
}

/* ---- catalogue routes ---------------------------------------------------- */

static void h_counties(http_req *r) {
    buf b = BUF_INIT;
    buf_adds(&b, "{\"counties\":[");
    int n = county_count(), first = 1;
    for (int i = 0; i < n; i++) {
        county *c = county_at(i);
        generation *g = county_acquire(c);
        if (!first)
            buf_addc(&b, ',');
        first = 0;
        buf_adds(&b, "{\"id\":");
        json_write_string(&b, c->id, strlen(c->id));
        if (g) {
            buf_adds(&b, ",\"name\":");
            json_write_string(&b, g->snap.name, strlen(g->snap.name));
            buf_printf(&b, ",\"items\":%zu,\"version\":\"%s\",\"loaded_at\":%lld,\"serving\":true}",
                       g->snap.nitems, g->hash, (long long)g->loaded_at);
        } else {
            buf_adds(&b, ",\"serving\":false}");
        }
        generation_release(g);
    }
    buf_adds(&b, "]}");
    http_send_json(r, 200, &b);
}

static void send_res(http_req *r, enum snap_res which) {
    generation *g = api_county_gen(r);
    if (g)
        http_send_resource(r, &g->snap.res[which]);
}

static void h_county(http_req *r) { send_res(r, SNAP_COUNTY); }
static void h_departments(http_req *r) { send_res(r, SNAP_DEPARTMENTS); }
static void h_windows(http_req *r) { send_res(r, SNAP_WINDOWS); }
static void h_bundles(http_req *r) { send_res(r, SNAP_BUNDLES); }
static void h_figures(http_req *r) { send_res(r, SNAP_FIGURES); }
static void h_calendar(http_req *r) { send_res(r, SNAP_CALENDAR); }
static void h_export_csv(http_req *r) { send_res(r, SNAP_CSV); }
static void h_export_json(http_req *r) { send_res(r, SNAP_EXPORT); }

static void h_item(http_req *r) {
    if (!valid_item_code(r->params[1])) {
        http_send_error(r, 400, "bad_item_code",
                        "'%s' is not an item code (12 characters, digits and capital letters)",
                        r->params[1]);
        return;
    }
    generation *g = api_county_gen(r);
    if (!g)
        return;
    const snap_item *it = snapshot_find(&g->snap, r->params[1]);
    if (!it) {
        http_send_error(r, 404, "item_not_found", "county '%s' offers no item %s", r->params[0],
                        r->params[1]);
        return;
    }
    http_send_resource(r, &it->guide);
}

/* Does "|a|b|" contain the whole value v? */
static int in_set(const char *set, const char *v) {
    size_t n = strlen(v);
    for (const char *p = strstr(set, v); p; p = strstr(p + 1, v))
        if (p > set && p[-1] == '|' && p[n] == '|')
            return 1;
    return 0;
}

static int matches_terms(const char *text, const char *q) {
    char term[256];
    while (*q) {
        while (*q == ' ')
            q++;
        size_t n = strcspn(q, " ");
        if (n == 0)
            break;
        if (n >= sizeof term)
            n = sizeof term - 1;
        for (size_t i = 0; i < n; i++)
            term[i] = (q[i] >= 'A' && q[i] <= 'Z') ? (char)(q[i] - 'A' + 'a') : q[i];
        term[n] = '\0';
        if (!strstr(text, term))
            return 0;
        q += n;
    }
    return 1;
}

static int parse_int_param(http_req *r, const char *name, long def, long lo, long hi, long *out) {
    const char *s = http_query(r, name);
    if (!s || !*s) {
        *out = def;
        return 0;
    }
    char *end;
    long v = strtol(s, &end, 10);
    if (*end || v < lo || v > hi) {
        http_send_error(r, 400, "bad_parameter", "%s must be a whole number from %ld to %ld", name,
                        lo, hi);
        return -1;
    }
    *out = v;
    return 0;
}

static void h_items(http_req *r) {
    static const char *const filters[] = {"department", "type", "four",  "object",
                                          "theme",      "q",    "online"};
    const char *val[7];
    for (int i = 0; i < 7; i++) {
        val[i] = http_query(r, filters[i]);
        size_t bad;
        if (val[i] && !json_utf8_valid(val[i], strlen(val[i]), &bad)) {
            http_send_error(r, 400, "bad_parameter", "%s is not valid UTF-8", filters[i]);
            return;
        }
        if (val[i] && !*val[i])
            val[i] = NULL;
    }
    int online = -1;
    if (val[6]) {
        if (strcmp(val[6], "true") == 0)
            online = 1;
        else if (strcmp(val[6], "false") == 0)
            online = 0;
        else {
            http_send_error(r, 400, "bad_parameter", "online must be true or false");
            return;
        }
    }
    long page, per_page;
    if (parse_int_param(r, "page", 1, 1, 1000000, &page) != 0 ||
        parse_int_param(r, "per_page", 20, 1, 500, &per_page) != 0)
        return;
    generation *g = api_county_gen(r);
    if (!g)
        return;
    const snapshot *s = &g->snap;
    buf b = BUF_INIT;
    buf_adds(&b, "{\"items\":[");
    long total = 0, from = (page - 1) * per_page, to = from + per_page;
    for (size_t i = 0; i < s->nitems; i++) {
        const snap_item *it = &s->items[i];
        if ((val[0] && strcmp(it->department, val[0]) != 0) ||
            (val[1] && strcmp(it->type, val[1]) != 0) || (val[2] && !in_set(it->four, val[2])) ||
            (val[3] && !in_set(it->objects, val[3])) || (val[4] && !in_set(it->themes, val[4])) ||
            (val[5] && !matches_terms(it->search, val[5])) || (online >= 0 && it->online != online))
            continue;
        if (total >= from && total < to) {
            if (total > from)
                buf_addc(&b, ',');
            buf_add(&b, it->summary, it->summary_len);
        }
        total++;
    }
    buf_printf(&b, "],\"total\":%ld,\"page\":%ld,\"per_page\":%ld,\"county\":", total, page,
               per_page);
    json_write_string(&b, r->params[0], strlen(r->params[0]));
    buf_printf(&b, ",\"version\":\"%.12s\"}", g->hash);
    http_send_json(r, 200, &b);
}

/* ---- rules: the one-time notification (一次性告知) pre-check ------------- */

typedef struct precheck_ctx {
    http_req *r;
    generation *g;
    buf out;
    int bad_json;
    size_t bad_off;
    const char *bad_msg;
} precheck_ctx;

static int l_precheck(lua_State *L) {
    precheck_ctx *ctx = lua_touserdata(L, 1);
    lua_settop(L, 0);
    vm_push_function(L, "banshi.catalog", "precheck");
    lua_rawgeti(L, LUA_REGISTRYINDEX, ctx->g->model_ref);
    lua_pushstring(L, ctx->r->params[1]);
    const buf *body = &ctx->r->body;
    if (body->len == 0) {
        lua_newtable(L);
    } else if (json_decode(L, body->data, body->len, &ctx->bad_off, &ctx->bad_msg) != 0) {
        ctx->bad_json = 1;
        return 0;
    } else if (!json_is_object(L, -1)) {
        ctx->bad_json = 2;
        return 0;
    }
    lua_call(L, 3, 1);
    char msg[256];
    if (json_encode(L, -1, &ctx->out, msg, sizeof msg) != 0)
        return luaL_error(L, "cannot encode the pre-check result: %s", msg);
    return 0;
}

static void h_precheck(http_req *r) {
    if (!valid_item_code(r->params[1])) {
        http_send_error(r, 400, "bad_item_code", "'%s' is not an item code", r->params[1]);
        return;
    }
    generation *g = api_county_gen(r);
    if (!g)
        return;
    if (!snapshot_find(&g->snap, r->params[1])) {
        http_send_error(r, 404, "item_not_found", "county '%s' offers no item %s", r->params[0],
                        r->params[1]);
        return;
    }
    precheck_ctx ctx = {.r = r, .g = g, .out = BUF_INIT};
    buf err = BUF_INIT;
    vm_lock(g->vm);
    lua_pushcfunction(g->vm->L, l_precheck);
    lua_pushlightuserdata(g->vm->L, &ctx);
    int rc = vm_call(g->vm, 1, 0, &err);
    vm_unlock(g->vm);
    if (ctx.bad_json == 1)
        http_send_error(r, 400, "bad_json", "invalid JSON at byte %zu: %s", ctx.bad_off,
                        ctx.bad_msg);
    else if (ctx.bad_json == 2)
        http_send_error(r, 400, "bad_json", "the body must be a JSON object");
    else if (rc != 0) {
        log_msg(LOG_ERROR, "rule_error", "county %s precheck %s: %s", r->params[0], r->params[1],
                buf_cstr(&err));
        http_send_error(r, 500, "rule_error", "the county's rules failed: %s", buf_cstr(&err));
    } else {
        http_send_json(r, 200, &ctx.out);
        ctx.out = (buf)BUF_INIT;
    }
    buf_free(&ctx.out);
    buf_free(&err);
}

/* ---- uploads: materials' files, stored by content hash ------------------ */

/* The kinds of file a material may be: what the bytes are, not what the
 * client claims. OFD (the national e-document format) is a zip container. */
static const char *sniff(const char *p, size_t n) {
    if (n >= 5 && memcmp(p, "%PDF-", 5) == 0)
        return "application/pdf";
    if (n >= 8 && memcmp(p, "\x89PNG\r\n\x1a\n", 8) == 0)
        return "image/png";
    if (n >= 3 && memcmp(p, "\xff\xd8\xff", 3) == 0)
        return "image/jpeg";
    if (n >= 4 && memcmp(p, "PK\x03\x04", 4) == 0)
        return "application/ofd";
    return NULL;
}

static void h_upload(http_req *r) {
    if (!api_valid_county_id(r->params[0]) || !county_find(r->params[0])) {
        http_send_error(r, 404, "county_not_found", "no county '%s' on this server", r->params[0]);
        return;
    }
    char boundary[80];
    if (multipart_boundary(http_header(r, "Content-Type"), boundary, sizeof boundary) != 0) {
        http_send_error(r, 415, "unsupported_media_type",
                        "uploads are multipart/form-data with a boundary");
        return;
    }
    mp_result mp;
    const char *perr;
    size_t poff;
    if (multipart_parse(r->body.data ? r->body.data : "", r->body.len, boundary, &mp, &perr,
                        &poff) != 0) {
        multipart_free(&mp);
        http_send_error(r, 400, "bad_multipart", "malformed multipart body at byte %zu: %s", poff,
                        perr);
        return;
    }
    buf b = BUF_INIT;
    buf_adds(&b, "{\"files\":[");
    int nfiles = 0;
    for (int i = 0; i < mp.nparts; i++) {
        const mp_part *p = &mp.parts[i];
        if (!p->filename)
            continue;
        const char *kind = sniff(p->data, p->len);
        if (!kind) {
            /* Answer before freeing: the names point into the parse. */
            http_send_error(r, 415, "unsupported_file_type",
                            "part '%s' (%s) is not a PDF, OFD, PNG or JPEG file", p->name,
                            p->filename);
            multipart_free(&mp);
            buf_free(&b);
            return;
        }
        unsigned char h[32];
        char hex[65];
        crypto_generichash(h, sizeof h, (const unsigned char *)p->data, p->len, NULL, 0);
        sodium_bin2hex(hex, sizeof hex, h, sizeof h);
        int created = 0;
        buf err = BUF_INIT;
        if (store_upload_put(r->params[0], hex, kind, p->data, p->len, &created, &err) != 0) {
            multipart_free(&mp);
            buf_free(&b);
            http_send_error(r, 500, "store", "cannot store the upload: %s", buf_cstr(&err));
            buf_free(&err);
            return;
        }
        buf_free(&err);
        buf_adds(&b, nfiles++ ? ",{\"field\":" : "{\"field\":");
        json_write_string(&b, p->name, strlen(p->name));
        buf_adds(&b, ",\"filename\":");
        json_write_string(&b, p->filename, strlen(p->filename));
        buf_printf(&b, ",\"hash\":\"%s\",\"size\":%zu,\"content_type\":\"%s\",\"new\":%s}", hex,
                   p->len, kind, created ? "true" : "false");
    }
    multipart_free(&mp);
    if (!nfiles) {
        buf_free(&b);
        http_send_error(r, 400, "no_files", "the body holds no file part");
        return;
    }
    buf_adds(&b, "]}");
    http_send_json(r, 201, &b);
}

/* ---- operator routes ------------------------------------------------------ */

/* ---- who may do what: the one place that decides for staff routes -------- */

static int operator_token_matches(const char *auth) {
    if (!conf.admin_token || !*conf.admin_token || !auth || strncmp(auth, "Bearer ", 7) != 0)
        return 0;
    size_t n = strlen(conf.admin_token);
    return strlen(auth + 7) == n && sodium_memcmp(auth + 7, conf.admin_token, n) == 0;
}

static void send_unauthorized(http_req *r, const char *why) {
    buf b = BUF_INIT;
    buf_adds(&b, "{\"error\":{\"code\":\"unauthorized\",\"message\":");
    json_write_string(&b, why, strlen(why));
    buf_adds(&b, "}}");
    size_t len;
    char *data = buf_steal(&b, &len);
    http_send_with_header(r, 401, "application/json; charset=utf-8", data, len, HTTP_MEM_FREE,
                          "WWW-Authenticate", "Bearer");
}

static int is_role(const principal *who, const char *a, const char *b, const char *c) {
    return strcmp(who->role, a) == 0 || (b && strcmp(who->role, b) == 0) ||
           (c && strcmp(who->role, c) == 0);
}

void api_access(int index, enum access rule) { router_set_access(index, (int)rule); }

/* Who may do what: the one decision, made for every request before its
 * handler runs, from the route's rule (see the table in docs/security.md).
 * Answers 401/403 itself and returns 0 to stop the request. On success a
 * signed-in caller is left in r->principal and named in r->actor. */
static int api_authorize(http_req *r, int access) {
    r->actor[0] = '\0';
    if (access == ACCESS_PUBLIC || (access == ACCESS_PROGRESS && http_query(r, "code")))
        return 1;
    /* Plugin routes: anonymous callers pass, and the plugin platform checks
     * the roles a route asks for against whoever signed in. */
    if (access == ACCESS_PLUGIN && !http_header(r, "Authorization") && !http_header(r, "Cookie"))
        return 1;
    const char *auth = http_header(r, "Authorization");
    if (operator_token_matches(auth)) {
        if (access == ACCESS_OPERATOR || access == ACCESS_COUNTY_ADMIN ||
            access == ACCESS_SUPERVISION) {
            snprintf(r->actor, sizeof r->actor, "operator-token");
            return 1;
        }
        http_send_error(r, 403, "forbidden", "the operator token serves operator routes only");
        return 0;
    }
    principal *who = malloc(sizeof *who);
    if (!who) {
        http_send_error(r, 503, "busy", "out of memory");
        return 0;
    }
    int rc = auth_identify(auth, http_header(r, "Cookie"), r->method,
                           http_header(r, "X-CSRF-Token"), who);
    if (rc == AUTH_CSRF) {
        free(who);
        http_send_error(r, 403, "csrf",
                        "a signed-in request that changes something needs the "
                        "X-CSRF-Token header given at sign-in");
        return 0;
    }
    if (rc != AUTH_OK) {
        free(who);
        if (access == ACCESS_APPLICATION_ACT)
            return 1; /* perhaps the applicant: the handler checks the query code */
        send_unauthorized(r, access == ACCESS_OPERATOR || access == ACCESS_COUNTY_ADMIN ||
                                     access == ACCESS_SUPERVISION
                                 ? "sign in, or give an operator's bearer token"
                                 : "sign in");
        return 0;
    }
    r->principal = who;
    snprintf(r->actor, sizeof r->actor, "%s/%s", who->county, who->username);
    const char *county_id = r->params[0];
    int here = county_id && strcmp(who->county, county_id) == 0;
    int ok = 0;
    switch ((enum access)access) {
    case ACCESS_OPERATOR: ok = is_role(who, "operator", NULL, NULL); break;
    case ACCESS_COUNTY_ADMIN:
        ok = is_role(who, "operator", NULL, NULL) ||
             (here && is_role(who, "county_admin", NULL, NULL));
        break;
    case ACCESS_CASEWORK:
    case ACCESS_PROGRESS:
    case ACCESS_APPLICATION_ACT:
        ok = here && is_role(who, "clerk", "reviewer", "supervisor");
        break;
    case ACCESS_CASELIST: ok = here && is_role(who, "clerk", "supervisor", NULL); break;
    case ACCESS_SUPERVISION:
        ok = is_role(who, "operator", NULL, NULL) ||
             (here && is_role(who, "supervisor", "county_admin", NULL));
        break;
    case ACCESS_PLUGIN: /* staff of another county act as strangers here */
        ok = here || is_role(who, "operator", NULL, NULL);
        if (!ok) {
            free(r->principal);
            r->principal = NULL;
            r->actor[0] = '\0';
            ok = 1;
        }
        break;
    case ACCESS_PUBLIC: ok = 1; break;
    }
    if (!ok)
        http_send_error(r, 403, "forbidden", "a %s of %s may not do this", who->role, who->county);
    return ok;
}

/* The county named in the path, for county-scoped staff routes; answers
 * itself and returns NULL when there is none or the caller may not. */
static county *operator_county(http_req *r) {
    county *c = api_valid_county_id(r->params[0]) ? county_find(r->params[0]) : NULL;
    if (!c)
        http_send_error(r, 404, "county_not_found", "no county '%s'", r->params[0]);
    return c;
}

/* Records a staff action; a failure to record is logged, not hidden. */
static void audit(http_req *r, const char *county_id, const char *actor, const char *action,
                  const char *target, const char *detail) {
    buf err = BUF_INIT;
    if (store_audit_append(county_id, actor, r->remote, action, target, detail, &err) != 0)
        log_msg(LOG_ERROR, "audit", "could not record %s by %s: %s", action, actor, buf_cstr(&err));
    buf_free(&err);
}

/* ---- signing in and out --------------------------------------------------- */

/* Reads a string field of the JSON object body into out; 0 when missing. */
static int body_field(lua_State *L, const char *key, char *out, size_t n) {
    lua_getfield(L, -1, key);
    const char *v = lua_tostring(L, -1);
    int ok = v && strlen(v) < n;
    if (ok)
        snprintf(out, n, "%s", v);
    lua_pop(L, 1);
    return ok;
}

static void principal_json(buf *b, const principal *who) {
    buf_adds(b, "{\"county\":");
    json_write_string(b, who->county, strlen(who->county));
    buf_adds(b, ",\"username\":");
    json_write_string(b, who->username, strlen(who->username));
    buf_adds(b, ",\"name\":");
    json_write_string(b, who->display, strlen(who->display));
    buf_printf(b, ",\"role\":\"%s\",\"departments\":[", who->role);
    for (int i = 0; i < who->ndepartments; i++) {
        if (i)
            buf_addc(b, ',');
        json_write_string(b, who->departments[i], strlen(who->departments[i]));
    }
    buf_adds(b, "]}");
}

/* POST /api/v1/session {"county","username","password"} */
static void h_login(http_req *r) {
    char cid[40], username[40], password[256];
    lua_State *L = luaL_newstate();
    size_t off;
    const char *msg;
    int ok = L && r->body.len && json_decode(L, r->body.data, r->body.len, &off, &msg) == 0 &&
             json_is_object(L, -1) && body_field(L, "county", cid, sizeof cid) &&
             body_field(L, "username", username, sizeof username) &&
             body_field(L, "password", password, sizeof password);
    if (L)
        lua_close(L);
    if (!ok) {
        sodium_memzero(password, sizeof password);
        http_send_error(r, 400, "bad_json",
                        "the body must be {\"county\", \"username\", \"password\"} as strings");
        return;
    }
    char session[65], csrf[65];
    int retry = 0;
    principal who;
    buf err = BUF_INIT;
    int rc = auth_login(cid, username, password, r->remote, session, csrf, &retry, &who, &err);
    sodium_memzero(password, sizeof password);
    if (rc == AUTH_OK) {
        buf b = BUF_INIT;
        buf_printf(&b, "{\"csrf_token\":\"%s\",\"account\":", csrf);
        principal_json(&b, &who);
        buf_addc(&b, '}');
        char cookie[200];
        auth_cookie(session, -1, conf.secure_cookies, cookie, sizeof cookie);
        size_t len;
        char *data = buf_steal(&b, &len);
        http_send_with_header(r, 200, "application/json; charset=utf-8", data, len, HTTP_MEM_FREE,
                              "Set-Cookie", cookie);
        log_msg(LOG_INFO, "signin", "%s/%s from %s", cid, username, r->remote);
        audit(r, cid, username, "signin", username, "");
    } else if (rc == AUTH_THROTTLED) {
        char ra[24];
        snprintf(ra, sizeof ra, "%d", retry);
        static const char body[] = "{\"error\":{\"code\":\"throttled\",\"message\":\"too many "
                                   "failed sign-ins; wait and try again\"}}";
        http_send_with_header(r, 429, "application/json; charset=utf-8", body, sizeof body - 1,
                              HTTP_MEM_STATIC, "Retry-After", ra);
    } else if (rc == AUTH_BUSY) {
        http_send_error(r, 503, "busy", "too many sign-ins at once; try again");
    } else if (rc == AUTH_DENIED || rc == AUTH_INVALID || rc == AUTH_NOT_FOUND) {
        audit(r, cid, username, "signin_failed", username, "");
        http_send_error(r, 401, "signin_failed", "the county, user name or password is wrong");
    } else {
        log_msg(LOG_ERROR, "signin", "%s", buf_cstr(&err));
        http_send_error(r, 500, "internal", "sign-in failed on the server");
    }
    buf_free(&err);
}

/* GET /api/v1/session: who is signed in, with the CSRF token. */
static void h_whoami(http_req *r) {
    principal who;
    if (auth_identify(http_header(r, "Authorization"), http_header(r, "Cookie"), r->method,
                      http_header(r, "X-CSRF-Token"), &who) != AUTH_OK) {
        send_unauthorized(r, "not signed in");
        return;
    }
    buf b = BUF_INIT;
    buf_printf(&b, "{\"csrf_token\":\"%s\",\"account\":", who.csrf);
    principal_json(&b, &who);
    buf_addc(&b, '}');
    http_send_json(r, 200, &b);
}

/* DELETE /api/v1/session: sign out (needs the CSRF header like any change). */
static void h_logout(http_req *r) {
    principal who;
    int rc = auth_identify(http_header(r, "Authorization"), http_header(r, "Cookie"), r->method,
                           http_header(r, "X-CSRF-Token"), &who);
    if (rc == AUTH_CSRF) {
        http_send_error(r, 403, "csrf", "signing out needs the X-CSRF-Token header");
        return;
    }
    if (rc != AUTH_OK || who.via_token) {
        send_unauthorized(r, "not signed in with a session");
        return;
    }
    auth_logout(&who);
    audit(r, who.county, who.username, "signout", who.username, "");
    char cookie[200];
    auth_cookie("", 0, conf.secure_cookies, cookie, sizeof cookie);
    http_send_with_header(r, 204, NULL, "", 0, HTTP_MEM_STATIC, "Set-Cookie", cookie);
}

/* The length of an error text without its trailing newlines: the loader
 * ends each message with one, an error field's message has none. */
static int chomped_len(buf *err) {
    size_t n = err->len;
    while (n > 0 && err->data[n - 1] == '\n')
        n--;
    return (int)n;
}

static void reload_one(http_req *r, county *c, buf *b, int *failed) {
    buf err = BUF_INIT, errors = BUF_INIT;
    char hash[65] = "";
    int changed = 0;
    int rc = county_reload(c, r->actor, &changed, hash, &err, &errors);
    char detail[96];
    snprintf(detail, sizeof detail, "%s %.12s",
             rc != 0   ? "failed"
             : changed ? "new version"
                       : "unchanged",
             hash);
    audit(r, c->id, r->actor, "catalog.reload", c->id, detail);
    buf_adds(b, "{\"county\":");
    json_write_string(b, c->id, strlen(c->id));
    if (rc == 0) {
        buf_printf(b, ",\"ok\":true,\"changed\":%s,\"version\":\"%s\",\"ms\":%.1f}",
                   changed ? "true" : "false", hash, c->last_reload_ms);
    } else {
        *failed = 1;
        buf_adds(b, ",\"ok\":false,\"message\":");
        json_write_string(b, buf_cstr(&err), (size_t)chomped_len(&err));
        buf_adds(b, ",\"errors\":");
        buf_adds(b, errors.len ? buf_cstr(&errors) : "[]");
        buf_addc(b, '}');
    }
    buf_free(&err);
    buf_free(&errors);
}

static void h_reload(http_req *r) {
    county *c = operator_county(r);
    if (!c)
        return;
    buf b = BUF_INIT;
    int failed = 0;
    reload_one(r, c, &b, &failed);
    http_send_json(r, failed ? 422 : 200, &b);
}

/* POST .../versions/{version}/activate: roll back (or forward) to a stored
 * version; {version} is 8 or more hex digits of its hash. */
static void h_activate(http_req *r) {
    county *c = operator_county(r);
    if (!c)
        return;
    const char *version = r->params[1];
    buf err = BUF_INIT, b = BUF_INIT;
    char hash[65] = "";
    int changed = 0;
    int rrc = county_rollback(c, version, r->actor, &changed, hash, &err);
    audit(r, c->id, r->actor, "catalog.activate", c->id, rrc != 0 ? "failed" : hash);
    if (rrc != 0) {
        http_send_error(r, 422, "rollback_failed", "%.*s", chomped_len(&err), buf_cstr(&err));
    } else {
        buf_printf(&b, "{\"county\":\"%s\",\"ok\":true,\"changed\":%s,\"version\":\"%s\"}", c->id,
                   changed ? "true" : "false", hash);
        http_send_json(r, 200, &b);
    }
    buf_free(&err);
}

/* GET .../diff?from=current&to=disk */
static void h_diff(http_req *r) {
    county *c = operator_county(r);
    if (!c)
        return;
    const char *from = http_query(r, "from"), *to = http_query(r, "to");
    buf err = BUF_INIT, b = BUF_INIT;
    if (county_diff(c, from && *from ? from : "current", to && *to ? to : "disk", &b, &err) != 0) {
        buf_free(&b);
        http_send_error(r, 422, "diff_failed", "%.*s", chomped_len(&err), buf_cstr(&err));
    } else {
        http_send_json(r, 200, &b);
    }
    buf_free(&err);
}

/* ---- the accounts of a county, managed by its administrator -------------- */

static int auth_status(int rc) {
    switch (rc) {
    case AUTH_OK: return 200;
    case AUTH_INVALID: return 422;
    case AUTH_EXISTS: return 409;
    case AUTH_NOT_FOUND: return 404;
    case AUTH_BUSY: return 503;
    default: return 500;
    }
}

/* GET /api/v1/counties/{county}/accounts */
static void h_accounts(http_req *r) {
    county *c = operator_county(r);
    if (!c)
        return;
    buf b = BUF_INIT, err = BUF_INIT;
    buf_adds(&b, "{\"accounts\":");
    if (auth_list(c->id, &b, &err) != AUTH_OK) {
        buf_free(&b);
        http_send_error(r, 500, "internal", "%s", buf_cstr(&err));
    } else {
        buf_addc(&b, '}');
        http_send_json(r, 200, &b);
    }
    buf_free(&err);
}

/* POST /api/v1/counties/{county}/accounts
 * {"username","name","role","departments":[...],"password"}: a county's
 * administrator adds its staff (never an operator). */
static void h_account_add(http_req *r) {
    county *c = operator_county(r);
    if (!c)
        return;
    char username[40] = "", name[72] = "", role[24] = "", password[256] = "";
    char deps[8][40];
    const char *dep_ptrs[8];
    int ndep = 0;
    lua_State *L = luaL_newstate();
    size_t off;
    const char *msg;
    int ok = L && r->body.len && json_decode(L, r->body.data, r->body.len, &off, &msg) == 0 &&
             json_is_object(L, -1) && body_field(L, "username", username, sizeof username) &&
             body_field(L, "role", role, sizeof role) &&
             body_field(L, "password", password, sizeof password);
    if (ok) {
        body_field(L, "name", name, sizeof name);
        if (lua_getfield(L, -1, "departments") == LUA_TTABLE) {
            for (lua_Integer i = 1; i <= 8; i++) {
                if (lua_rawgeti(L, -1, i) != LUA_TSTRING) {
                    lua_pop(L, 1);
                    break;
                }
                snprintf(deps[ndep], sizeof deps[ndep], "%s", lua_tostring(L, -1));
                dep_ptrs[ndep] = deps[ndep];
                ndep++;
                lua_pop(L, 1);
            }
        }
    }
    if (L)
        lua_close(L);
    if (!ok) {
        sodium_memzero(password, sizeof password);
        http_send_error(r, 400, "bad_json",
                        "the body must give username, role and password (and name, departments)");
        return;
    }
    if (strcmp(role, "operator") == 0) {
        sodium_memzero(password, sizeof password);
        http_send_error(r, 403, "forbidden", "operators are made with banshi user on the server");
        return;
    }
    buf err = BUF_INIT;
    int rc = auth_account_create(c->id, username, name[0] ? name : NULL, role, dep_ptrs, ndep,
                                 password, &err);
    sodium_memzero(password, sizeof password);
    audit(r, c->id, r->actor, "account.add", username, rc == AUTH_OK ? role : "refused");
    if (rc == AUTH_OK) {
        buf b = BUF_INIT;
        buf_adds(&b, "{\"ok\":true,\"username\":");
        json_write_string(&b, username, strlen(username));
        buf_addc(&b, '}');
        http_send_json(r, 201, &b);
    } else {
        http_send_error(r, auth_status(rc), "account_refused", "%s", buf_cstr(&err));
    }
    buf_free(&err);
}

/* POST /api/v1/counties/{county}/accounts/{username}/{disable|enable|password} */
static void h_account_change(http_req *r) {
    county *c = operator_county(r);
    if (!c)
        return;
    const char *what = r->params[2];
    buf err = BUF_INIT;
    int rc;
    if (strcmp(what, "disable") == 0 || strcmp(what, "enable") == 0) {
        rc = auth_set_disabled(c->id, r->params[1], what[0] == 'd', &err);
    } else if (strcmp(what, "password") == 0) {
        char password[256] = "";
        lua_State *L = luaL_newstate();
        size_t off;
        const char *msg;
        int ok = L && r->body.len && json_decode(L, r->body.data, r->body.len, &off, &msg) == 0 &&
                 json_is_object(L, -1) && body_field(L, "password", password, sizeof password);
        if (L)
            lua_close(L);
        if (!ok) {
            http_send_error(r, 400, "bad_json", "the body must be {\"password\": \"...\"}");
            buf_free(&err);
            return;
        }
        rc = auth_set_password(c->id, r->params[1], password, &err);
        sodium_memzero(password, sizeof password);
    } else {
        http_send_error(r, 404, "not_found",
                        "accounts can be disabled, enabled or given a password");
        buf_free(&err);
        return;
    }
    char action[40];
    snprintf(action, sizeof action, "account.%s", what);
    audit(r, c->id, r->actor, action, r->params[1], rc == AUTH_OK ? "done" : "refused");
    if (rc == AUTH_OK) {
        buf b = BUF_INIT;
        buf_adds(&b, "{\"ok\":true}");
        http_send_json(r, 200, &b);
    } else {
        http_send_error(r, auth_status(rc), "account_refused", "%s",
                        err.len ? buf_cstr(&err) : "no such account");
    }
    buf_free(&err);
}

static void h_reload_all(http_req *r) {
    buf b = BUF_INIT;
    int failed = 0;
    buf_adds(&b, "{\"results\":[");
    for (int i = 0; i < county_count(); i++) {
        if (i)
            buf_addc(&b, ',');
        reload_one(r, county_at(i), &b, &failed);
    }
    buf_adds(&b, "]}");
    http_send_json(r, failed ? 422 : 200, &b);
}

/* POST /api/v1/admin/clock {"advance_seconds": N}: moves the business
 * clock forward (servers started with --test-clock only), so that tests
 * can let deadlines pass and durable timers fall due. An empty body only
 * reads the clock. */
static void h_clock(http_req *r) {
    if (!clock_testing()) {
        http_send_error(r, 403, "test_clock_off",
                        "the clock moves only on a server started with --test-clock");
        return;
    }
    double advance = 0;
    if (r->body.len) {
        lua_State *L = luaL_newstate();
        size_t off;
        const char *msg;
        int ok = L && json_decode(L, r->body.data, r->body.len, &off, &msg) == 0 &&
                 json_is_object(L, -1) && lua_getfield(L, -1, "advance_seconds") == LUA_TNUMBER;
        if (ok)
            advance = lua_tonumber(L, -1);
        if (L)
            lua_close(L);
        if (!ok || !(advance > 0 && advance <= 10 * 366 * 86400.0)) {
            http_send_error(r, 400, "bad_json",
                            "the body must be {\"advance_seconds\": N} with N > 0");
            return;
        }
        clock_advance_ms((int64_t)(advance * 1000));
        audit(r, "-", r->actor, "clock.advance", "clock", "advanced");
    }
    buf b = BUF_INIT;
    buf_printf(&b, "{\"now\":%lld}", (long long)(clock_now_ms() / 1000));
    http_send_json(r, 200, &b);
}

static void h_versions(http_req *r) {
    if (!operator_county(r))
        return;
    store_version v[50];
    buf err = BUF_INIT;
    int n = store_version_list(r->params[0], v, 50, &err);
    if (n < 0) {
        http_send_error(r, 500, "store", "%s", buf_cstr(&err));
        buf_free(&err);
        return;
    }
    buf_free(&err);
    char active[65] = "";
    store_version_active(r->params[0], active, NULL);
    buf b = BUF_INIT;
    buf_adds(&b, "{\"versions\":[");
    for (int i = 0; i < n; i++)
        buf_printf(&b,
                   "%s{\"version\":\"%s\",\"created_at\":%lld,\"created_by\":\"%s\",\"files\":%lld,"
                   "\"bytes\":%lld,\"active\":%s}",
                   i ? "," : "", v[i].hash, (long long)v[i].created_at, v[i].created_by,
                   (long long)v[i].files, (long long)v[i].size,
                   strcmp(v[i].hash, active) == 0 ? "true" : "false");
    buf_adds(&b, "]}");
    http_send_json(r, 200, &b);
}

void api_register(const api_config *c) {
    conf = *c;
    http_set_authorizer(api_authorize);
    /* Every route is public unless its rule says otherwise (api_access). */
    router_add("GET", "/healthz", h_healthz);
    router_add("GET", "/metrics", h_metrics);
    router_add("GET", "/api/v1/counties", h_counties);
    router_add("GET", "/api/v1/counties/{county}", h_county);
    router_add("GET", "/api/v1/counties/{county}/items", h_items);
    router_add("GET", "/api/v1/counties/{county}/items/{code}", h_item);
    router_add("POST", "/api/v1/counties/{county}/items/{code}/precheck", h_precheck);
    router_add("GET", "/api/v1/counties/{county}/departments", h_departments);
    router_add("GET", "/api/v1/counties/{county}/windows", h_windows);
    router_add("GET", "/api/v1/counties/{county}/bundles", h_bundles);
    router_add("GET", "/api/v1/counties/{county}/figures", h_figures);
    router_add("GET", "/api/v1/counties/{county}/calendar", h_calendar);
    router_add("GET", "/api/v1/counties/{county}/export.csv", h_export_csv);
    router_add("GET", "/api/v1/counties/{county}/export.json", h_export_json);
    int up = router_add("POST", "/api/v1/counties/{county}/uploads", h_upload);
    router_set_body_limit(up, c->upload_limit);
    api_access(router_add("POST", "/api/v1/counties/{county}/reload", h_reload),
               ACCESS_COUNTY_ADMIN);
    api_access(router_add("GET", "/api/v1/counties/{county}/versions", h_versions),
               ACCESS_COUNTY_ADMIN);
    api_access(
        router_add("POST", "/api/v1/counties/{county}/versions/{version}/activate", h_activate),
        ACCESS_COUNTY_ADMIN);
    api_access(router_add("GET", "/api/v1/counties/{county}/diff", h_diff), ACCESS_COUNTY_ADMIN);
    api_access(router_add("POST", "/api/v1/admin/reload", h_reload_all), ACCESS_OPERATOR);
    api_access(router_add("POST", "/api/v1/admin/clock", h_clock), ACCESS_OPERATOR);
    api_access(router_add("GET", "/api/v1/counties/{county}/accounts", h_accounts),
               ACCESS_COUNTY_ADMIN);
    api_access(router_add("POST", "/api/v1/counties/{county}/accounts", h_account_add),
               ACCESS_COUNTY_ADMIN);
    api_access(router_add("POST", "/api/v1/counties/{county}/accounts/{username}/{change}",
                          h_account_change),
               ACCESS_COUNTY_ADMIN);
    router_add("POST", "/api/v1/session", h_login);
    router_add("GET", "/api/v1/session", h_whoami);
    router_add("DELETE", "/api/v1/session", h_logout);
    api_apps_register();
    api_figures_register();
    api_plugins_register();
    metrics_add_collector(county_metrics);
    metrics_add_collector(timers_collector);
    metrics_add_collector(dtimer_metrics);
    metrics_add_collector(host_metrics);
}
