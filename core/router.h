/* router.c: the route table: method plus path pattern to handler.
 *
 * Patterns are literal segments and {name} parameters, e.g.
 * "/api/v1/counties/{county}/items/{code}". Parameters are matched in
 * order and handed to the handler in r->params[]. A path that matches no
 * pattern is 404; one that matches a pattern under another method is 405
 * with an Allow header. Routes are added at start-up, before serving. */
#ifndef BANSHI_ROUTER_H
#define BANSHI_ROUTER_H

#include "http.h"

#define ROUTER_MAX 128

typedef struct route {
    const char *method;
    const char *pattern;
    http_handler fn;
    size_t body_limit; /* 0: the server default */
    int access;        /* who may call it; the values belong to the authorizer */
} route;

/* Adds a route. Returns its index, or -1 when the table is full or the
 * pattern is malformed. */
int router_add(const char *method, const char *pattern, http_handler fn);
/* Sets the body limit of the route at index. */
void router_set_body_limit(int index, size_t limit);
/* Sets the access rule of the route at index (see http_set_authorizer). */
void router_set_access(int index, int access);

enum { ROUTER_FOUND = 0, ROUTER_NOT_FOUND = 404, ROUTER_BAD_METHOD = 405 };

/* Matches method and path. On ROUTER_FOUND sets r->route and r->params
 * (pointing into r->path_copy, which it allocates). On ROUTER_BAD_METHOD
 * writes the allowed methods into allow. */
int router_match(http_req *r, char *allow, size_t allow_len);

int router_count(void);
const route *router_get(int index);

#endif
