#include "http.h"

#include "gz.h"
#include "json.h"
#include "log.h"
#include "metrics.h"
#include "router.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

/* Bodies below this size are sent as they are: gzip would save too little
 * to pay for itself. */
#define GZIP_MIN 1024

/* At most this many helper threads (http_defer). */
#define HTTP_MAX_HELPERS 16

static struct MHD_Daemon *daemon_;
static http_authorizer authorizer;

void http_set_authorizer(http_authorizer fn) { authorizer = fn; }
static http_options opts;
static _Atomic int inflight;
static int bound_port;

static const char *const security_headers[][2] = {
    {"X-Content-Type-Options", "nosniff"},
    {"Referrer-Policy", "no-referrer"},
    {"Content-Security-Policy", "default-src 'self'; frame-ancestors 'none'; base-uri 'none'"},
};

static double now_mono(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void add_common_headers(struct MHD_Response *resp, const char *ctype) {
    for (size_t i = 0; i < sizeof security_headers / sizeof security_headers[0]; i++)
        MHD_add_response_header(resp, security_headers[i][0], security_headers[i][1]);
    if (ctype)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_TYPE, ctype);
}

const char *http_header(http_req *r, const char *name) {
    return MHD_lookup_connection_value(r->conn, MHD_HEADER_KIND, name);
}

const char *http_query(http_req *r, const char *name) {
    return MHD_lookup_connection_value(r->conn, MHD_GET_ARGUMENT_KIND, name);
}

typedef struct query_iter {
    void (*fn)(void *ctx, const char *key, const char *value);
    void *ctx;
} query_iter;

static enum MHD_Result query_one(void *cls, enum MHD_ValueKind kind, const char *key,
                                 const char *value) {
    (void)kind;
    query_iter *it = cls;
    it->fn(it->ctx, key, value ? value : "");
    return MHD_YES;
}

void http_query_each(http_req *r, void (*fn)(void *ctx, const char *key, const char *value),
                     void *ctx) {
    query_iter it = {fn, ctx};
    MHD_get_connection_values(r->conn, MHD_GET_ARGUMENT_KIND, query_one, &it);
}

/* Is gzip acceptable per an Accept-Encoding value (RFC 9110 12.5.3)? Codings
 * are compared without regard to case; "gzip;q=0" (any case, any spaces)
 * refuses it, and "*" with a non-zero q accepts it when gzip is not named. */
int http_gzip_acceptable(const char *ae) {
    if (!ae)
        return 0;
    int star = 0;
    const char *p = ae;
    while (*p) {
        while (*p == ' ' || *p == '\t' || *p == ',')
            p++;
        const char *name = p;
        while (*p && *p != ';' && *p != ',' && *p != ' ' && *p != '\t')
            p++;
        size_t nlen = (size_t)(p - name);
        double q = 1.0;
        while (*p && *p != ',') {
            while (*p == ' ' || *p == '\t' || *p == ';')
                p++;
            if ((p[0] == 'q' || p[0] == 'Q') && p[1] == '=') {
                char *end;
                q = strtod(p + 2, &end);
                p = end > p + 2 ? end : p + 2;
            } else {
                while (*p && *p != ';' && *p != ',')
                    p++;
            }
        }
        if ((nlen == 4 && strncasecmp(name, "gzip", 4) == 0) ||
            (nlen == 6 && strncasecmp(name, "x-gzip", 6) == 0))
            return q > 0;
        if (nlen == 1 && name[0] == '*')
            star = q > 0;
    }
    return star;
}

int http_accepts_gzip(http_req *r) {
    return http_gzip_acceptable(http_header(r, MHD_HTTP_HEADER_ACCEPT_ENCODING));
}

static void queue(http_req *r, int status, struct MHD_Response *resp, size_t len) {
    if (r->replied) {
        log_msg(LOG_ERROR, "http", "a handler answered twice for %s %s", r->method, r->path);
        return;
    }
    r->replied = 1;
    r->status = status;
    r->sent_bytes = len;
    if (MHD_queue_response(r->conn, (unsigned)status, resp) != MHD_YES)
        log_msg(LOG_WARN, "http", "could not queue a response for %s %s", r->method, r->path);
}

void http_send_with_header(http_req *r, int status, const char *ctype, const char *body, size_t len,
                           enum http_mem mem, const char *hname, const char *hvalue) {
    enum MHD_ResponseMemoryMode mode = mem == HTTP_MEM_COPY   ? MHD_RESPMEM_MUST_COPY
                                       : mem == HTTP_MEM_FREE ? MHD_RESPMEM_MUST_FREE
                                                              : MHD_RESPMEM_PERSISTENT;
    struct MHD_Response *resp = MHD_create_response_from_buffer(len, (void *)(uintptr_t)body, mode);
    if (!resp) {
        if (mem == HTTP_MEM_FREE)
            free((void *)(uintptr_t)body);
        return;
    }
    add_common_headers(resp, ctype);
    if (hname)
        MHD_add_response_header(resp, hname, hvalue);
    queue(r, status, resp, len);
    MHD_destroy_response(resp);
}

void http_send(http_req *r, int status, const char *ctype, const char *body, size_t len,
               enum http_mem mem) {
    http_send_with_header(r, status, ctype, body, len, mem, NULL, NULL);
}

static const char json_ctype[] = "application/json; charset=utf-8";

void http_send_json(http_req *r, int status, buf *b) {
    if (!buf_ok(b)) {
        buf_free(b);
        http_send_error(r, 500, "internal", "out of memory while building the response");
        return;
    }
    if (b->len >= GZIP_MIN && http_accepts_gzip(r)) {
        buf z = BUF_INIT;
        if (gz_compress(b->data, b->len, 5, &z) == 0 && buf_ok(&z)) {
            size_t zl;
            char *zd = buf_steal(&z, &zl);
            struct MHD_Response *resp =
                MHD_create_response_from_buffer(zl, zd, MHD_RESPMEM_MUST_FREE);
            if (resp) {
                add_common_headers(resp, json_ctype);
                MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_ENCODING, "gzip");
                MHD_add_response_header(resp, MHD_HTTP_HEADER_VARY, "Accept-Encoding");
                queue(r, status, resp, zl);
                MHD_destroy_response(resp);
                buf_free(b);
                return;
            }
            free(zd);
        }
        buf_free(&z);
    }
    size_t len;
    char *data = buf_steal(b, &len);
    http_send(r, status, json_ctype, data, len, HTTP_MEM_FREE);
}

void http_send_error(http_req *r, int status, const char *code, const char *fmt, ...) {
    buf msg = BUF_INIT, b = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&msg, fmt, ap);
    va_end(ap);
    buf_adds(&b, "{\"error\":{\"code\":");
    json_write_string(&b, code, strlen(code));
    buf_adds(&b, ",\"message\":");
    json_write_string(&b, buf_cstr(&msg), msg.len);
    buf_adds(&b, "}}");
    buf_free(&msg);
    http_send_json(r, status, &b);
}

static int etag_matches(http_req *r, const char *etag) {
    const char *inm = http_header(r, MHD_HTTP_HEADER_IF_NONE_MATCH);
    if (!inm)
        return 0;
    return strcmp(inm, "*") == 0 || strstr(inm, etag) != NULL;
}

void http_suspend(http_req *r, void (*on_resume)(http_req *r)) {
    r->resume = on_resume;
    MHD_suspend_connection(r->conn);
}

void http_resume(http_req *r) { MHD_resume_connection(r->conn); }

/* ---- helper threads --------------------------------------------------
 * Requests handed over by http_defer wait in one queue, oldest first; each
 * helper takes the oldest and runs its work. jobs_lock guards the queue and
 * helpers_running. */
static pthread_mutex_t jobs_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_cond_t jobs_cond = PTHREAD_COND_INITIALIZER;
static http_req *jobs_head, *jobs_tail;
static int helpers_running;
static pthread_t helpers[HTTP_MAX_HELPERS];
static int nhelpers;

static void *helper_main(void *arg) {
    pthread_setname_np(pthread_self(), "banshi-helper");
    (void)arg;
    pthread_mutex_lock(&jobs_lock);
    for (;;) {
        while (!jobs_head && helpers_running)
            pthread_cond_wait(&jobs_cond, &jobs_lock);
        if (!jobs_head)
            break; /* stopping, and nothing left */
        http_req *r = jobs_head;
        jobs_head = r->next_job;
        if (!jobs_head)
            jobs_tail = NULL;
        pthread_mutex_unlock(&jobs_lock);
        void (*work)(http_req *) = r->work;
        r->work = NULL;
        r->next_job = NULL;
        work(r);
        pthread_mutex_lock(&jobs_lock);
    }
    pthread_mutex_unlock(&jobs_lock);
    return NULL;
}

int http_defer(http_req *r, void (*work)(http_req *r), void (*on_resume)(http_req *r)) {
    pthread_mutex_lock(&jobs_lock);
    if (!helpers_running) {
        pthread_mutex_unlock(&jobs_lock);
        return -1;
    }
    /* Suspended before a helper can see it, so its resume cannot come first. */
    http_suspend(r, on_resume);
    r->work = work;
    r->next_job = NULL;
    if (jobs_tail)
        jobs_tail->next_job = r;
    else
        jobs_head = r;
    jobs_tail = r;
    pthread_cond_signal(&jobs_cond);
    pthread_mutex_unlock(&jobs_lock);
    return 0;
}

static int helpers_start(int n, buf *err) {
    if (n < 1)
        n = 1;
    if (n > HTTP_MAX_HELPERS)
        n = HTTP_MAX_HELPERS;
    pthread_mutex_lock(&jobs_lock);
    helpers_running = 1;
    pthread_mutex_unlock(&jobs_lock);
    for (nhelpers = 0; nhelpers < n; nhelpers++) {
        if (pthread_create(&helpers[nhelpers], NULL, helper_main, NULL) != 0) {
            buf_adds(err, "cannot start the helper threads");
            return -1;
        }
    }
    return 0;
}

/* Lets the helpers finish what is queued, then joins them. */
static void helpers_stop(void) {
    pthread_mutex_lock(&jobs_lock);
    helpers_running = 0;
    pthread_cond_broadcast(&jobs_cond);
    pthread_mutex_unlock(&jobs_lock);
    for (int i = 0; i < nhelpers; i++)
        pthread_join(helpers[i], NULL);
    nhelpers = 0;
}

void http_send_resource(http_req *r, const http_resource *res) {
    if (etag_matches(r, res->etag)) {
        queue(r, 304, res->resp_304, 0);
        return;
    }
    if (res->resp_gz && http_accepts_gzip(r))
        queue(r, 200, res->resp_gz, res->gz_len);
    else
        queue(r, 200, res->resp_plain, res->len);
}

/* FNV-1a 64-bit: the ETag only has to change when the bytes do. */
static uint64_t fnv1a(const char *p, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; i++) {
        h ^= (unsigned char)p[i];
        h *= 1099511628211ull;
    }
    return h;
}

static struct MHD_Response *resource_response(const char *body, size_t len, const char *ctype,
                                              const char *etag, const char *encoding) {
    struct MHD_Response *resp =
        MHD_create_response_from_buffer(len, (void *)(uintptr_t)body, MHD_RESPMEM_PERSISTENT);
    if (!resp)
        return NULL;
    add_common_headers(resp, ctype);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_ETAG, etag);
    MHD_add_response_header(resp, MHD_HTTP_HEADER_VARY, "Accept-Encoding");
    MHD_add_response_header(resp, MHD_HTTP_HEADER_CACHE_CONTROL, "no-cache");
    if (encoding)
        MHD_add_response_header(resp, MHD_HTTP_HEADER_CONTENT_ENCODING, encoding);
    return resp;
}

int http_resource_init(http_resource *res, const char *body, size_t len, const char *ctype) {
    memset(res, 0, sizeof *res);
    res->body = body;
    res->len = len;
    res->ctype = ctype;
    snprintf(res->etag, sizeof res->etag, "\"%016llx-%zx\"", (unsigned long long)fnv1a(body, len),
             len);
    if (len >= GZIP_MIN) {
        buf z = BUF_INIT;
        if (gz_compress(body, len, 6, &z) == 0 && buf_ok(&z) && z.len < len) {
            res->gz = buf_steal(&z, &res->gz_len);
        } else {
            buf_free(&z);
        }
    }
    res->resp_plain = resource_response(body, len, ctype, res->etag, NULL);
    if (res->gz)
        res->resp_gz = resource_response(res->gz, res->gz_len, ctype, res->etag, "gzip");
    res->resp_304 = resource_response("", 0, NULL, res->etag, NULL);
    if (!res->resp_plain || !res->resp_304 || (res->gz && !res->resp_gz)) {
        http_resource_free(res);
        return -1;
    }
    return 0;
}

void http_resource_free(http_resource *res) {
    if (res->resp_plain)
        MHD_destroy_response(res->resp_plain);
    if (res->resp_gz)
        MHD_destroy_response(res->resp_gz);
    if (res->resp_304)
        MHD_destroy_response(res->resp_304);
    free((void *)(uintptr_t)res->gz);
    memset(res, 0, sizeof *res);
}

/* Each connection's memory pool in libmicrohttpd: the request line and
 * headers, the read buffer and the reply's header. Bodies do not live there
 * (they stream through on_access into the request's own buffer). The pool
 * is zeroed between the requests of a keep-alive connection, so its size is
 * paid on every request: going from the default 32 KiB to 16 KiB raised
 * bench/run (b) by about a tenth. Headers up to about 7.8 KB are still
 * served (tests/http/t_limits.sh checks 7 KB), as with the default. */
#define HTTP_CONN_MEMORY (16u << 10)
/* Room kept in the pool for the reply's header: a request whose head
 * would leave less is refused (head_too_large). */
#define HTTP_REPLY_RESERVE (4u << 10)

static void dispatch(http_req *r) {
    size_t bad;
    if (r->head_too_large) {
        http_send_error(r, 431, "request_head_too_large",
                        "the request line and headers are too large (at most about %u KiB)",
                        (HTTP_CONN_MEMORY - HTTP_REPLY_RESERVE) >> 10);
        return;
    }
    if (!json_utf8_valid(r->path, strlen(r->path), &bad)) {
        http_send_error(r, 400, "bad_path", "the path is not valid UTF-8 (byte %zu)", bad);
        return;
    }
    int m = r->match;
    const char *allow = r->allow;
    if (m == ROUTER_NOT_FOUND) {
        http_send_error(r, 404, "not_found", "no route for %s", r->path);
        return;
    }
    if (m == ROUTER_BAD_METHOD) {
        buf b = BUF_INIT;
        buf_printf(&b, "{\"error\":{\"code\":\"method_not_allowed\",\"message\":");
        buf msg = BUF_INIT;
        buf_printf(&msg, "%s is not allowed on %s; allowed: %s", r->method, r->path, allow);
        json_write_string(&b, msg.data, msg.len);
        buf_free(&msg);
        buf_adds(&b, "}}");
        size_t len;
        char *data = buf_steal(&b, &len);
        http_send_with_header(r, 405, json_ctype, data, len, HTTP_MEM_FREE, "Allow", allow);
        return;
    }
    if (r->body_too_large) {
        http_send_error(r, 413, "body_too_large", "the request body exceeds %zu bytes",
                        r->body_limit);
        return;
    }
    const route *rt = router_get(r->route);
    if (authorizer && !authorizer(r, rt->access))
        return;
    rt->fn(r);
    if (!r->replied && !r->resume)
        http_send_error(r, 500, "internal", "the handler for %s gave no answer", rt->pattern);
}

/* What the request line and headers take of the connection's pool: their
 * text, and a record for each header and query argument. */
static enum MHD_Result add_head_size(void *cls, enum MHD_ValueKind kind, const char *key,
                                     const char *value) {
    (void)kind;
    size_t *n = cls;
    *n += (key ? strlen(key) : 0) + (value ? strlen(value) : 0) + 4 + 64;
    return MHD_YES;
}

/* A request whose head nearly fills the pool leaves no room for the reply
 * header: libmicrohttpd would run the handler and then drop its answer,
 * so that a stored submission would reach nobody. Such a request is
 * refused before anything runs, while there is still room to say so. */
static int head_too_large(struct MHD_Connection *conn, const char *url) {
    size_t n = strlen(url);
    MHD_get_connection_values(conn, MHD_HEADER_KIND | MHD_GET_ARGUMENT_KIND, add_head_size, &n);
    return n > HTTP_CONN_MEMORY - HTTP_REPLY_RESERVE;
}

static size_t body_limit_for(http_req *r) {
    r->match = router_match(r, r->allow, sizeof r->allow);
    if (r->match == ROUTER_FOUND) {
        const route *rt = router_get(r->route);
        if (rt->body_limit)
            return rt->body_limit;
    }
    return opts.body_limit;
}

static enum MHD_Result on_access(void *cls, struct MHD_Connection *conn, const char *url,
                                 const char *method, const char *version, const char *upload,
                                 size_t *upload_size, void **req_cls) {
    (void)cls;
    (void)version;
    http_req *r = *req_cls;
    if (!r) {
        r = calloc(1, sizeof *r);
        if (!r)
            return MHD_NO;
        r->conn = conn;
        r->method = method;
        r->path = url;
        r->route = -1;
        r->started = now_mono();
        r->body_limit = body_limit_for(r);
        r->head_too_large = head_too_large(conn, url);
        const char *cl =
            MHD_lookup_connection_value(conn, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        if (cl && strtoull(cl, NULL, 10) > r->body_limit)
            r->body_too_large = 1;
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        if (ci && ci->client_addr) {
            const struct sockaddr *sa = ci->client_addr;
            if (sa->sa_family == AF_INET)
                inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, r->remote,
                          sizeof r->remote);
            else if (sa->sa_family == AF_INET6)
                inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, r->remote,
                          sizeof r->remote);
        }
        atomic_fetch_add(&inflight, 1);
        *req_cls = r;
        return MHD_YES;
    }
    if (*upload_size) {
        if (!r->body_too_large && !r->head_too_large) {
            if (r->body.len + *upload_size > r->body_limit) {
                r->body_too_large = 1;
                buf_free(&r->body);
            } else {
                buf_add(&r->body, upload, *upload_size);
            }
        }
        *upload_size = 0;
        return MHD_YES;
    }
    if (r->resume && !r->replied) {
        void (*fn)(http_req *) = r->resume;
        r->resume = NULL;
        fn(r);
        if (!r->replied)
            http_send_error(r, 500, "internal", "a resumed request gave no answer");
    } else if (!r->replied) {
        dispatch(r);
    }
    return r->replied || r->resume ? MHD_YES : MHD_NO;
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **req_cls,
                         enum MHD_RequestTerminationCode toe) {
    (void)cls;
    (void)conn;
    http_req *r = *req_cls;
    if (!r)
        return;
    *req_cls = NULL;
    double elapsed = now_mono() - r->started;
    int status = r->replied ? r->status : 499;
    metrics_request(r->route, status, elapsed);
    if (log_enabled(LOG_INFO)) {
        buf b = BUF_INIT;
        log_begin(&b, status >= 500 ? LOG_ERROR : LOG_INFO, "request");
        log_str(&b, "method", r->method);
        log_str(&b, "path", r->path);
        log_int(&b, "status", status);
        log_num(&b, "ms", elapsed * 1000.0);
        log_int(&b, "bytes", (int64_t)r->sent_bytes);
        log_str(&b, "remote", r->remote);
        if (toe != MHD_REQUEST_TERMINATED_COMPLETED_OK)
            log_int(&b, "aborted", (int64_t)toe);
        log_end(&b);
    }
    if (r->cleanup)
        r->cleanup(r);
    buf_free(&r->body);
    free(r->path_copy);
    free(r->principal);
    free(r);
    atomic_fetch_sub(&inflight, 1);
}

static void mhd_log(void *cls, const char *fmt, va_list ap) {
    (void)cls;
    buf m = BUF_INIT;
    buf_vprintf(&m, fmt, ap);
    while (m.len && (m.data[m.len - 1] == '\n'))
        m.data[--m.len] = '\0';
    log_msg(LOG_WARN, "mhd", "%s", buf_cstr(&m));
    buf_free(&m);
}

static int parse_listen(const char *listen, struct sockaddr_storage *ss, buf *err) {
    char host[128];
    const char *colon = strrchr(listen, ':');
    if (!colon || (size_t)(colon - listen) >= sizeof host) {
        buf_printf(err, "--listen wants ADDRESS:PORT, got '%s'", listen);
        return -1;
    }
    memcpy(host, listen, (size_t)(colon - listen));
    host[colon - listen] = '\0';
    char *end;
    long port = strtol(colon + 1, &end, 10);
    if (*end || port < 0 || port > 65535) {
        buf_printf(err, "bad port in '%s'", listen);
        return -1;
    }
    memset(ss, 0, sizeof *ss);
    size_t hl = strlen(host);
    if (hl >= 2 && host[0] == '[' && host[hl - 1] == ']') {
        host[hl - 1] = '\0';
        struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)ss;
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)port);
        if (inet_pton(AF_INET6, host + 1, &a6->sin6_addr) != 1) {
            buf_printf(err, "bad IPv6 address in '%s'", listen);
            return -1;
        }
        return 0;
    }
    struct sockaddr_in *a4 = (struct sockaddr_in *)ss;
    a4->sin_family = AF_INET;
    a4->sin_port = htons((uint16_t)port);
    if (strcmp(host, "localhost") == 0)
        snprintf(host, sizeof host, "127.0.0.1");
    if (inet_pton(AF_INET, host, &a4->sin_addr) != 1) {
        buf_printf(err, "bad IPv4 address in '%s'", listen);
        return -1;
    }
    return 0;
}

int http_start(const http_options *o, buf *err) {
    opts = *o;
    struct sockaddr_storage ss;
    if (parse_listen(o->listen, &ss, err) != 0)
        return -1;
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ITC | MHD_USE_ERROR_LOG |
                     MHD_ALLOW_SUSPEND_RESUME;
#ifdef __linux__
    flags |= MHD_USE_EPOLL;
#endif
    if (ss.ss_family == AF_INET6)
        flags |= MHD_USE_IPv6;
    if (helpers_start(o->threads, err) != 0) {
        helpers_stop();
        return -1;
    }
    struct MHD_OptionItem ops[] = {
        {MHD_OPTION_EXTERNAL_LOGGER, (intptr_t)mhd_log, NULL},
        {MHD_OPTION_SOCK_ADDR, 0, &ss},
        {MHD_OPTION_NOTIFY_COMPLETED, (intptr_t)on_completed, NULL},
        {MHD_OPTION_CONNECTION_LIMIT, (intptr_t)o->conn_limit, NULL},
        {MHD_OPTION_CONNECTION_TIMEOUT, (intptr_t)o->timeout_s, NULL},
        {MHD_OPTION_CONNECTION_MEMORY_LIMIT, (intptr_t)HTTP_CONN_MEMORY, NULL},
        {MHD_OPTION_LISTENING_ADDRESS_REUSE, 1, NULL},
        {o->threads > 1 ? MHD_OPTION_THREAD_POOL_SIZE : MHD_OPTION_END, (intptr_t)o->threads, NULL},
        {MHD_OPTION_END, 0, NULL},
    };
    daemon_ = MHD_start_daemon(flags, 0, NULL, NULL, on_access, NULL, MHD_OPTION_ARRAY, ops,
                               MHD_OPTION_END);
    if (!daemon_) {
        helpers_stop();
        buf_printf(err, "cannot listen on %s (address in use, or not permitted)", o->listen);
        return -1;
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(daemon_, MHD_DAEMON_INFO_BIND_PORT);
    bound_port = di ? di->port : 0;
    return 0;
}

int http_port(void) { return bound_port; }

void http_quiesce(void) {
    if (daemon_) {
        MHD_socket s = MHD_quiesce_daemon(daemon_);
        if (s != MHD_INVALID_SOCKET)
            close(s);
    }
}

int http_drain(double seconds) {
    double until = now_mono() + seconds;
    while (atomic_load(&inflight) > 0 && now_mono() < until)
        usleep(10000);
    return atomic_load(&inflight);
}

void http_stop(void) {
    helpers_stop();
    if (daemon_)
        MHD_stop_daemon(daemon_);
    daemon_ = NULL;
}
