/* fuzz_accept_encoding.c: libFuzzer target for http_accepts_gzip
 * (core/http.c), the one request-header parser in core/ (query strings are
 * parsed by libmicrohttpd; there are no cookies).
 *
 * Input: the Accept-Encoding value, up to the first NUL. An empty input
 * means the header is absent. The value reaches http_accepts_gzip through
 * MHD_lookup_connection_value, which this file defines so that the linker
 * uses it instead of libmicrohttpd's; nothing else of http.c runs. It also
 * stands in for metrics_request, so that metrics.c (and through it the
 * store) need not be linked.
 *
 * Checks, besides "no crash" under ASan/UBSan (the value is a heap block of
 * exactly its length plus the NUL, so any over-read is reported):
 *   1. No header, or no "gzip" anywhere in it: the answer is 0.
 *   2. An explicit refusal is honoured: when the first list element whose
 *      coding is "gzip" (RFC 7231 section 5.3.4: case-insensitive token,
 *      optional white space around ';' and parameters) has weight q=0
 *      (0, 0., 0.0, 0.00, 0.000), the answer is 0.
 *   3. Plain acceptance: when the value is exactly "gzip" or a list whose
 *      elements have no parameters and one of them is "gzip", the answer is 1.
 * A violated property aborts, which libFuzzer reports as a crash. */
#include "http.h"
#include "metrics.h"

#include <microhttpd.h>

#include <ctype.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_accept_encoding: property failed: %s (%s:%d)\n", #cond,          \
                    __FILE__, __LINE__);                                                           \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

static const char *header_value; /* NULL: the request has no Accept-Encoding */

const char *MHD_lookup_connection_value(struct MHD_Connection *connection, enum MHD_ValueKind kind,
                                        const char *key) {
    (void)connection;
    FUZZ_CHECK(kind == MHD_HEADER_KIND);
    FUZZ_CHECK(strcasecmp(key, MHD_HTTP_HEADER_ACCEPT_ENCODING) == 0);
    return header_value;
}

void metrics_request(int route, int status, double seconds) {
    (void)route;
    (void)status;
    (void)seconds;
}

static const char *skip_ows(const char *p, const char *end) {
    while (p < end && (*p == ' ' || *p == '\t'))
        p++;
    return p;
}

/* Reads the q parameter of element [p, end) after its coding. Returns the
 * weight in thousandths, 1000 when there is none, or -1 when the parameters
 * do not parse. */
static int element_weight(const char *p, const char *end) {
    int q = 1000;

    for (;;) {
        p = skip_ows(p, end);
        if (p == end)
            return q;
        if (*p != ';')
            return -1;
        p = skip_ows(p + 1, end);
        const char *name = p;
        while (p < end && *p != '=' && *p != ';' && *p != ' ' && *p != '\t')
            p++;
        if (p == end || *p != '=')
            return -1;
        int is_q = p - name == 1 && (*name == 'q' || *name == 'Q');
        const char *v = ++p;
        while (p < end && *p != ';' && *p != ' ' && *p != '\t')
            p++;
        if (!is_q)
            continue;
        size_t vl = (size_t)(p - v);
        /* qvalue = ( "0" [ "." 0*3DIGIT ] ) / ( "1" [ "." 0*3("0") ] ) */
        if (vl >= 1 && (v[0] == '0' || v[0] == '1') && vl <= 5 && (vl == 1 || v[1] == '.')) {
            int w = (v[0] - '0') * 1000, scale = 100;
            for (size_t i = 2; i < vl; i++, scale /= 10) {
                if (!isdigit((unsigned char)v[i]))
                    return -1;
                w += (v[i] - '0') * scale;
            }
            if (w > 1000)
                return -1;
            q = w;
        } else {
            return -1;
        }
    }
}

/* The weight the value gives gzip (first element naming it), 1000 when
 * no parameters; -2 when no element names gzip; -1 when that element's
 * parameters do not parse. *params_seen is set when any element has
 * parameters or the list does not parse as plain tokens. */
static int gzip_weight(const char *v, int *params_seen) {
    const char *p = v, *end = v + strlen(v);
    int found = -2;

    *params_seen = 0;
    while (p < end) {
        const char *e = memchr(p, ',', (size_t)(end - p));
        if (!e)
            e = end;
        const char *t = skip_ows(p, e), *te = t;
        while (te < e && *te != ';' && *te != ' ' && *te != '\t')
            te++;
        if (skip_ows(te, e) != e)
            *params_seen = 1;
        if (found == -2 && te - t == 4 && strncasecmp(t, "gzip", 4) == 0)
            found = element_weight(te, e);
        p = e < end ? e + 1 : end;
    }
    return found;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    size_t n = strnlen((const char *)data, size);
    char *v = NULL;
    if (size > 0) {
        v = malloc(n + 1);
        FUZZ_CHECK(v != NULL);
        memcpy(v, data, n);
        v[n] = '\0';
    }
    header_value = v;

    http_req r;
    memset(&r, 0, sizeof r);
    int yes = http_accepts_gzip(&r);
    FUZZ_CHECK(yes == 0 || yes == 1);
    /* Without gzip named, only the "*" wildcard can accept it. */
    if (!v || (!strcasestr(v, "gzip") && !strchr(v, '*')))
        FUZZ_CHECK(yes == 0);
    if (v) {
        int params_seen;
        int w = gzip_weight(v, &params_seen);
        if (w == 0)
            FUZZ_CHECK(yes == 0);
        if (w == 1000 && !params_seen && strstr(v, "gzip") == strcasestr(v, "gzip"))
            FUZZ_CHECK(yes == 1);
    }
    free(v);
    header_value = NULL;
    return 0;
}
