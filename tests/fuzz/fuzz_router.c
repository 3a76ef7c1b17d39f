/* fuzz_router.c: libFuzzer target for router_match (core/router.c).
 *
 * Input: byte 0 picks the request method (and the size of the Allow buffer),
 * the rest up to the first NUL is the request path. The route table is the
 * one core/api.c registers, so the paths the fuzzer finds are real.
 *
 * Checks, besides "no crash" under ASan/UBSan:
 *   1. The answer agrees with a reference matcher written here from the
 *      documented rules (segments split on '/', one trailing slash ignored,
 *      literals equal, {param} non-empty, first route in table order wins,
 *      HEAD is served by GET): same code, same route index, and for 405 the
 *      same Allow list, truncated to the buffer but always NUL-terminated.
 *   2. On ROUTER_FOUND every parameter points inside r.path_copy, is
 *      non-empty, contains no '/', ends before the copy does, and equals the
 *      corresponding segment of the original path; unused params stay NULL.
 *   3. The original path is not modified, and the Allow buffer is written
 *      only within allow_len (it is a heap block of exactly that size).
 * A violated property aborts, which libFuzzer reports as a crash. */
#include "router.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_router: property failed: %s (%s:%d)\n", #cond, __FILE__,         \
                    __LINE__);                                                                     \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* The routes of core/api.c, in its order. */
static const char *const routes[][2] = {
    {"GET", "/healthz"},
    {"GET", "/metrics"},
    {"GET", "/api/v1/counties"},
    {"GET", "/api/v1/counties/{county}"},
    {"GET", "/api/v1/counties/{county}/items"},
    {"GET", "/api/v1/counties/{county}/items/{code}"},
    {"POST", "/api/v1/counties/{county}/items/{code}/precheck"},
    {"GET", "/api/v1/counties/{county}/departments"},
    {"GET", "/api/v1/counties/{county}/windows"},
    {"GET", "/api/v1/counties/{county}/bundles"},
    {"GET", "/api/v1/counties/{county}/figures"},
    {"GET", "/api/v1/counties/{county}/calendar"},
    {"GET", "/api/v1/counties/{county}/export.csv"},
    {"GET", "/api/v1/counties/{county}/export.json"},
    {"POST", "/api/v1/counties/{county}/uploads"},
    {"POST", "/api/v1/counties/{county}/reload"},
    {"GET", "/api/v1/counties/{county}/versions"},
    {"POST", "/api/v1/admin/reload"},
    /* Not in api.c: more parameters than HTTP_MAX_PARAMS, a leading
     * parameter, and paths served by three methods, so that 405 answers
     * carry longer Allow lists. */
    {"PUT", "/{a}/{b}/{c}/{d}/{e}/{f}/{g}/{h}"},
    {"DELETE", "/{x}/items"},
    {"DELETE", "/api/v1/counties/{county}/items/{code}"},
    {"PUT", "/{a}/{b}/{c}/{d}/{e}/{f}"},
};
#define NROUTES (sizeof routes / sizeof routes[0])

static const char *const methods[] = {"GET", "POST", "HEAD", "PUT", "DELETE", "OPTIONS", "get", ""};

static void handler(http_req *r) { (void)r; }

int LLVMFuzzerInitialize(int *argc, char ***argv) {
    (void)argc;
    (void)argv;
    for (size_t i = 0; i < NROUTES; i++)
        FUZZ_CHECK(router_add(routes[i][0], routes[i][1], handler) == (int)i);
    return 0;
}

/* A path segment as the reference matcher sees it: start offset and length
 * within the original path. */
typedef struct ref_seg {
    size_t off, len;
} ref_seg;

#define REF_MAX_SEGS 64

/* Splits path into segments: everything after the leading '/', cut at each
 * '/', with one empty segment at the very end dropped (a trailing slash names
 * the same resource). Returns the count, or -1 for a relative path or more
 * than REF_MAX_SEGS segments. */
static int ref_split(const char *path, ref_seg *segs) {
    size_t n = strlen(path), start = 1;
    int k = 0;

    if (n == 0 || path[0] != '/')
        return -1;
    for (size_t i = 1; i <= n; i++) {
        if (i < n && path[i] != '/')
            continue;
        if (k == REF_MAX_SEGS)
            return -1;
        segs[k].off = start;
        segs[k].len = i - start;
        k++;
        start = i + 1;
    }
    if (k > 0 && segs[k - 1].len == 0 && segs[k - 1].off == n)
        k--;
    return k;
}

/* 1 if the pattern matches the segments; fills pidx with the segment index
 * of each {param}, in order, and *nparams with their count. */
static int ref_pattern_matches(const char *pattern, const char *path, const ref_seg *segs, int n,
                               int *pidx, int *nparams) {
    const char *p = pattern + 1;
    int i = 0;

    *nparams = 0;
    while (*p) {
        size_t len = strcspn(p, "/");
        if (i == n)
            return 0;
        if (p[0] == '{') {
            if (segs[i].len == 0)
                return 0;
            pidx[(*nparams)++] = i;
        } else if (len != segs[i].len || memcmp(p, path + segs[i].off, len) != 0) {
            return 0;
        }
        i++;
        p += len;
        if (*p == '/')
            p++;
    }
    return i == n;
}

/* The Allow list the reference expects: distinct methods of the routes that
 * match the path, in table order, joined by ", ". */
static void ref_allow(char *out, size_t outlen, const int *path_matches) {
    out[0] = '\0';
    for (size_t i = 0; i < NROUTES; i++) {
        if (!path_matches[i])
            continue;
        int seen = 0;
        for (size_t j = 0; j < i; j++)
            if (path_matches[j] && strcmp(routes[j][0], routes[i][0]) == 0)
                seen = 1;
        if (seen)
            continue;
        if (out[0])
            strncat(out, ", ", outlen - strlen(out) - 1);
        strncat(out, routes[i][0], outlen - strlen(out) - 1);
    }
}

/* 1 if list (entries joined by ", ") names only whole entries of want, in
 * want's order: a short Allow buffer may drop methods, never cut one. */
static int allow_is_sublist(const char *list, const char *want) {
    const char *w = want;

    while (*list) {
        size_t len = strcspn(list, ",");
        for (;;) {
            size_t wlen = strcspn(w, ",");
            if (wlen == 0)
                return 0;
            int same = wlen == len && memcmp(w, list, len) == 0;
            w += wlen;
            if (*w)
                w += 2;
            if (same)
                break;
        }
        list += len;
        if (*list == '\0')
            break;
        if (strncmp(list, ", ", 2) != 0 || list[2] == '\0')
            return 0;
        list += 2;
    }
    return 1;
}

static int method_serves(const char *route_method, const char *method) {
    return strcmp(route_method, method) == 0 ||
           (strcmp(method, "HEAD") == 0 && strcmp(route_method, "GET") == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (size < 1)
        return 0;
    const char *method = methods[data[0] % (sizeof methods / sizeof methods[0])];
    size_t allow_len = 1 + (size_t)(data[0] >> 3) * 2; /* 1..63 */
    if (data[0] >> 3 == 31)
        allow_len = 64; /* what core/http.c passes */
    size_t plen = strnlen((const char *)data + 1, size - 1);
    char *path = malloc(plen + 1), *saved = malloc(plen + 1), *allow = malloc(allow_len);
    FUZZ_CHECK(path && saved && allow);
    memcpy(path, data + 1, plen);
    path[plen] = '\0';
    memcpy(saved, path, plen + 1);

    http_req r;
    memset(&r, 0, sizeof r);
    r.method = method;
    r.path = path;
    r.route = -1;
    int rc = router_match(&r, allow, allow_len);
    FUZZ_CHECK(strcmp(path, saved) == 0);

    /* The reference answer. */
    ref_seg segs[REF_MAX_SEGS];
    int pidx[REF_MAX_SEGS], nparams = 0, n = ref_split(path, segs);
    int path_matches[NROUTES] = {0}, want_route = -1, want_nparams = 0, any = 0;
    int want_pidx[REF_MAX_SEGS];
    for (size_t i = 0; n >= 0 && i < NROUTES; i++) {
        if (!ref_pattern_matches(routes[i][1], path, segs, n, pidx, &nparams))
            continue;
        path_matches[i] = 1;
        any = 1;
        if (want_route < 0 && method_serves(routes[i][0], method)) {
            want_route = (int)i;
            want_nparams = nparams;
            memcpy(want_pidx, pidx, sizeof pidx);
        }
    }
    if (want_route >= 0) {
        FUZZ_CHECK(rc == ROUTER_FOUND);
        FUZZ_CHECK(r.route == want_route);
        FUZZ_CHECK(router_get(r.route)->fn == handler);
        FUZZ_CHECK(r.path_copy != NULL);
        size_t clen = plen + 1; /* the copy's allocation */
        int k;
        for (k = 0; k < HTTP_MAX_PARAMS && k < want_nparams; k++) {
            const char *p = r.params[k];
            FUZZ_CHECK(p != NULL);
            FUZZ_CHECK(p >= r.path_copy && p < r.path_copy + clen);
            size_t len = strnlen(p, (size_t)(r.path_copy + clen - p));
            FUZZ_CHECK(p + len < r.path_copy + clen); /* NUL inside the copy */
            FUZZ_CHECK(len > 0);
            FUZZ_CHECK(memchr(p, '/', len) == NULL);
            const ref_seg *s = &segs[want_pidx[k]];
            FUZZ_CHECK(len == s->len && memcmp(p, path + s->off, len) == 0);
            FUZZ_CHECK((size_t)(p - r.path_copy) == s->off);
        }
        for (; k < HTTP_MAX_PARAMS; k++)
            FUZZ_CHECK(r.params[k] == NULL);
    } else if (any) {
        char want[128];
        ref_allow(want, sizeof want, path_matches);
        FUZZ_CHECK(rc == ROUTER_BAD_METHOD);
        FUZZ_CHECK(memchr(allow, '\0', allow_len) != NULL);
        if (allow_len > strlen(want))
            FUZZ_CHECK(strcmp(allow, want) == 0);
        else
            FUZZ_CHECK(allow_is_sublist(allow, want));
    } else {
        FUZZ_CHECK(rc == ROUTER_NOT_FOUND);
    }
    free(r.path_copy);
    free(path);
    free(saved);
    free(allow);
    return 0;
}
