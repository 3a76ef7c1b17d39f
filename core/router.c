#include "router.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_SEGS 12

typedef struct compiled {
    route r;
    int nsegs;
    const char *segs[MAX_SEGS]; /* NULL for a {param} segment */
    size_t seglen[MAX_SEGS];
} compiled;

static compiled table[ROUTER_MAX];
static int ntable;

int router_add(const char *method, const char *pattern, http_handler fn) {
    if (ntable >= ROUTER_MAX || pattern[0] != '/')
        return -1;
    compiled *c = &table[ntable];
    memset(c, 0, sizeof *c);
    c->r.method = method;
    c->r.pattern = pattern;
    c->r.fn = fn;
    const char *p = pattern + 1;
    while (*p) {
        if (c->nsegs >= MAX_SEGS)
            return -1;
        const char *end = strchr(p, '/');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == 0)
            return -1;
        if (p[0] == '{') {
            if (p[len - 1] != '}')
                return -1;
            c->segs[c->nsegs] = NULL;
        } else {
            c->segs[c->nsegs] = p;
        }
        c->seglen[c->nsegs++] = len;
        p += len;
        if (*p == '/')
            p++;
    }
    return ntable++;
}

void router_set_body_limit(int index, size_t limit) {
    if (index >= 0 && index < ntable)
        table[index].r.body_limit = limit;
}

void router_set_access(int index, int access) {
    if (index >= 0 && index < ntable)
        table[index].r.access = access;
}

int router_count(void) { return ntable; }

const route *router_get(int index) { return index >= 0 && index < ntable ? &table[index].r : NULL; }

/* Splits path (a copy we own) into segments in place. */
static int split(char *path, char **segs, size_t *lens) {
    int n = 0;
    char *p = path;
    if (*p != '/')
        return -1;
    p++;
    while (*p) {
        if (n >= MAX_SEGS)
            return -1;
        char *end = strchr(p, '/');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        segs[n] = p;
        lens[n++] = len;
        if (!end)
            break;
        *end = '\0';
        p = end + 1;
        if (!*p) /* a trailing slash names the same resource */
            break;
    }
    return n;
}

static int matches(const compiled *c, char **segs, const size_t *lens, int n) {
    if (c->nsegs != n)
        return 0;
    for (int i = 0; i < n; i++) {
        if (c->segs[i]) {
            if (lens[i] != c->seglen[i] || memcmp(segs[i], c->segs[i], lens[i]) != 0)
                return 0;
        } else if (lens[i] == 0) {
            return 0;
        }
    }
    return 1;
}

int router_match(http_req *r, char *allow, size_t allow_len) {
    free(r->path_copy);
    r->path_copy = strdup(r->path);
    if (!r->path_copy)
        return ROUTER_NOT_FOUND;
    char *segs[MAX_SEGS];
    size_t lens[MAX_SEGS];
    int n = split(r->path_copy, segs, lens);
    if (n < 0)
        return ROUTER_NOT_FOUND;
    int path_seen = 0;
    size_t used = 0;
    if (allow_len)
        allow[0] = '\0';
    for (int i = 0; i < ntable; i++) {
        const compiled *c = &table[i];
        if (!matches(c, segs, lens, n))
            continue;
        int same = strcmp(c->r.method, r->method) == 0 ||
                   (strcmp(r->method, "HEAD") == 0 && strcmp(c->r.method, "GET") == 0);
        if (!same) {
            if (!strstr(allow, c->r.method)) {
                /* Append whole names only: a name that does not fit is
                 * left out rather than cut. */
                int w =
                    snprintf(allow + used, allow_len - used, "%s%s", used ? ", " : "", c->r.method);
                if (w > 0 && (size_t)w < allow_len - used)
                    used += (size_t)w;
                else
                    allow[used] = '\0';
            }
            path_seen = 1;
            continue;
        }
        int k = 0;
        for (int s = 0; s < n && k < HTTP_MAX_PARAMS; s++)
            if (!c->segs[s])
                r->params[k++] = segs[s];
        r->route = i;
        return ROUTER_FOUND;
    }
    return path_seen ? ROUTER_BAD_METHOD : ROUTER_NOT_FOUND;
}
