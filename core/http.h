/* http.c: the HTTP server on libmicrohttpd, and the request and response API
 * that route handlers use.
 *
 * A request's life (invariants):
 *   1. First call of the access handler: an http_req is allocated and stored
 *      in *req_cls; nothing is queued (queueing on the first call makes
 *      libmicrohttpd close the connection, see DESIGN.md).
 *   2. Upload calls: the body accumulates in r->body up to the route's limit;
 *      past it the rest is discarded and the request answers 413.
 *   3. Final call: the route's handler runs and calls exactly one http_send*
 *      function; the response is queued and destroyed in that same place.
 *      A handler may instead suspend the request (http_suspend, http_defer)
 *      and answer when it is resumed.
 *   4. Completion callback: r->cleanup runs (releasing e.g. a generation
 *      reference that kept a persistent body alive), the request is logged
 *      and counted, and r is freed. Nothing else frees r.
 *
 * Relies on libmicrohttpd, router.c for dispatch, metrics.c and log.c. */
#ifndef BANSHI_HTTP_H
#define BANSHI_HTTP_H

#include "buf.h"

#include <stddef.h>
#include <stdint.h>

struct MHD_Connection;
struct MHD_Response;

#define HTTP_MAX_PARAMS 6

typedef struct http_req http_req;
typedef void (*http_handler)(http_req *r);

/* A response body that lives as long as its owner (a catalogue snapshot):
 * plain and pre-gzipped bytes, a strong ETag, and libmicrohttpd response
 * objects built once and queued for every request. */
typedef struct http_resource {
    const char *body;
    size_t len;
    const char *gz; /* NULL when compression does not pay */
    size_t gz_len;
    char etag[36]; /* "\"...\"" */
    const char *ctype;
    struct MHD_Response *resp_plain;
    struct MHD_Response *resp_gz;
    struct MHD_Response *resp_304;
} http_resource;

struct http_req {
    struct MHD_Connection *conn;
    const char *method;
    const char *path;
    int route; /* index in the route table, -1 when none matched */
    int match; /* router_match's answer, made on the first call */
    char allow[64];
    const char *params[HTTP_MAX_PARAMS];
    char *path_copy; /* owns the storage params point into */
    buf body;
    size_t body_limit;
    int body_too_large;
    int head_too_large; /* request line and headers near the pool's size */
    int status;
    size_t sent_bytes;
    double started;
    int replied;
    void (*resume)(http_req *r); /* set while suspended: answers on resume */
    void *hold;                  /* what cleanup releases */
    void (*cleanup)(http_req *r);
    char remote[48];
    char actor[80];            /* who the authorization check found, for the audit log */
    void *principal;           /* the signed-in caller found by the authorizer; freed with r */
    void (*work)(http_req *r); /* set while queued for a helper thread (http_defer) */
    http_req *next_job;
};

typedef struct http_options {
    const char *listen;  /* "127.0.0.1:8080" */
    int threads;         /* worker threads (1 = one internal thread), and helper threads */
    unsigned conn_limit; /* simultaneous connections */
    unsigned timeout_s;  /* idle connection timeout */
    size_t body_limit;   /* JSON bodies, bytes */
} http_options;

/* Starts listening. Returns 0, or -1 with a message in err. */
int http_start(const http_options *opt, buf *err);
/* The port actually bound (useful with port 0). */
int http_port(void);
/* Stops accepting new connections; requests in flight carry on. */
void http_quiesce(void);
/* Waits up to seconds for the requests in flight to finish; returns how
 * many are left. */
int http_drain(double seconds);
/* Stops the helper threads (after the work queued for them) and the
 * server, and closes every connection. */
void http_stop(void);

/* Suspends the request without answering it: the worker thread moves on,
 * and once http_resume(r) is called (from any thread), on_resume(r) runs on
 * a worker thread and must answer. For answers that wait on a durable
 * commit. */
void http_suspend(http_req *r, void (*on_resume)(http_req *r));
void http_resume(http_req *r);

/* Suspends r as http_suspend(r, on_resume) does and queues work(r) for one
 * of the helper threads http_start started (as many as worker threads), so
 * that the worker thread goes on serving its other connections, answers of
 * resumed requests included, instead of waiting for a county's rules. work
 * must not answer; it sees to it that http_resume(r) is called once, itself
 * or later from another thread (a durable write's callback), and on_resume
 * then answers on a worker thread. Returns 0; or -1 when no helper runs
 * (the server is stopping), and r is left as it was. */
int http_defer(http_req *r, void (*work)(http_req *r), void (*on_resume)(http_req *r));

/* The one function that decides, before any handler runs, whether the
 * caller may use the matched route (given its access rule). It answers
 * 401/403 itself and returns 0 to stop the request. */
typedef int (*http_authorizer)(http_req *r, int access);
void http_set_authorizer(http_authorizer fn);

/* Request accessors. Returned strings belong to the request. */
const char *http_header(http_req *r, const char *name);
const char *http_query(http_req *r, const char *name);
/* Calls fn for each query parameter, in order. */
void http_query_each(http_req *r, void (*fn)(void *ctx, const char *key, const char *value),
                     void *ctx);
int http_accepts_gzip(http_req *r);
/* The same decision for an Accept-Encoding value (NULL: no header). */
int http_gzip_acceptable(const char *accept_encoding);

/* Replies. A handler calls exactly one of these. */
enum http_mem { HTTP_MEM_COPY, HTTP_MEM_FREE, HTTP_MEM_STATIC };
void http_send(http_req *r, int status, const char *ctype, const char *body, size_t len,
               enum http_mem mem);
/* Sends b's contents as JSON (gzip when accepted and worth it); frees b. */
void http_send_json(http_req *r, int status, buf *b);
/* Sends {"error":{"code":code,"message":...}} with a printf-style message. */
void http_send_error(http_req *r, int status, const char *code, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));
/* Sends a snapshot resource, honouring If-None-Match and Accept-Encoding.
 * The resource must outlive the response: hold its owner in r->hold. */
void http_send_resource(http_req *r, const http_resource *res);
/* As http_send, with one extra header. */
void http_send_with_header(http_req *r, int status, const char *ctype, const char *body, size_t len,
                           enum http_mem mem, const char *hname, const char *hvalue);

/* Builds res's compressed copy, ETag and response objects from body, which
 * must stay valid as long as res. Returns 0 or -1. */
int http_resource_init(http_resource *res, const char *body, size_t len, const char *ctype);
void http_resource_free(http_resource *res);

#endif
