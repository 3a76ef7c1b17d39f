/* fuzz_multipart.c: libFuzzer target for multipart_boundary and
 * multipart_parse (core/multipart.c).
 *
 * Input: a Content-Type value up to the first '\n', then the body. Byte 0
 * of the Content-Type line also chooses the size of the boundary buffer
 * (the full 80 bytes core/api.c uses, most of the time). When no boundary
 * can be extracted the body is parsed with the boundary "XyZ", so the body
 * parser is fuzzed on every input.
 *
 * The body is handed over as the header documents it: body[0..n) in a heap
 * block of exactly n bytes, not NUL-terminated, so any read past the end is
 * an ASan report. Build with -DFUZZ_BODY_NUL_TERMINATED to give it a NUL
 * after the last byte instead, as core/api.c's request buffer does.
 *
 * Checks, besides "no crash" under ASan/UBSan:
 *   1. multipart_boundary accepts only multipart/form-data; its boundary is
 *      1..70 bytes, NUL-terminated inside outlen, appears in the Content-Type
 *      right after "boundary=" (or its opening quote), and, unquoted, holds
 *      no ';', ' ' or '\t'. The out buffer is a heap block of outlen bytes.
 *   2. multipart_parse on failure: a message and an offset within the body.
 *   3. On success, 0..MULTIPART_MAX_PARTS parts, each one's data inside the
 *      body, preceded by the blank line that ends its headers and followed
 *      by CRLF "--boundary", with no delimiter inside it; parts in body order,
 *      not overlapping; the bytes accounted for (data, delimiters, headers)
 *      add up to no more than n.
 *   4. Each part has a name; name, filename and content type are valid UTF-8
 *      NUL-terminated strings in the result's own pool (or the static
 *      "text/plain"), never pointers into the body.
 * A violated property aborts, which libFuzzer reports as a crash. */
#include "json.h"
#include "multipart.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_multipart: property failed: %s (%s:%d)\n", #cond, __FILE__,      \
                    __LINE__);                                                                     \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

/* First occurrence of needle in hay[0..hn), by brute force. */
static const char *ref_find(const char *hay, size_t hn, const char *needle, size_t nn) {
    for (size_t i = 0; nn <= hn && i <= hn - nn; i++)
        if (memcmp(hay + i, needle, nn) == 0)
            return hay + i;
    return NULL;
}

static void check_boundary(const char *ct, const char *out, size_t outlen, int rc) {
    if (rc != 0)
        return;
    FUZZ_CHECK(strncasecmp(ct, "multipart/form-data", 19) == 0);
    size_t n = strnlen(out, outlen);
    FUZZ_CHECK(n < outlen && n >= 1 && n <= 70);
    /* It is what follows the first "boundary=", quoted or not. */
    const char *b = NULL;
    for (const char *p = ct; *p && !b; p++)
        if (strncasecmp(p, "boundary=", 9) == 0)
            b = p + 9;
    FUZZ_CHECK(b != NULL);
    if (*b == '"') {
        FUZZ_CHECK(strncmp(b + 1, out, n) == 0 && b[1 + n] == '"');
        FUZZ_CHECK(strchr(out, '"') == NULL);
    } else {
        FUZZ_CHECK(strncmp(b, out, n) == 0);
        FUZZ_CHECK(strpbrk(out, "; \t") == NULL);
        FUZZ_CHECK(b[n] == '\0' || b[n] == ';' || b[n] == ' ' || b[n] == '\t');
    }
}

/* 1 if s is a NUL-terminated string that starts inside pool[0..pool_len). */
static int in_pool(const char *s, const char *pool, size_t pool_len) {
    return s >= pool && s < pool + pool_len && memchr(s, '\0', (size_t)(pool + pool_len - s));
}

static void check_parts(const char *body, size_t n, const char *boundary, const mp_result *res) {
    char delim[80], next[84];
    size_t dl = (size_t)snprintf(delim, sizeof delim, "--%s", boundary);
    size_t nl = (size_t)snprintf(next, sizeof next, "\r\n--%s", boundary);
    /* The pool is sized from the body; see multipart_parse. */
    size_t pool_len = n + 3 * MULTIPART_MAX_PARTS + 1;
    size_t accounted = dl + 2; /* the first delimiter and the closing "--" */
    const char *prev_end = body;

    FUZZ_CHECK(res->nparts >= 0 && res->nparts <= MULTIPART_MAX_PARTS);
    FUZZ_CHECK(ref_find(body, n, delim, dl) != NULL);
    for (int i = 0; i < res->nparts; i++) {
        const mp_part *p = &res->parts[i];
        FUZZ_CHECK(p->data != NULL);
        FUZZ_CHECK(p->data >= body + 4 && p->data <= body + n);
        FUZZ_CHECK(p->len <= (size_t)(body + n - p->data));
        FUZZ_CHECK(p->data >= prev_end);
        FUZZ_CHECK(memcmp(p->data - 4, "\r\n\r\n", 4) == 0);
        FUZZ_CHECK((size_t)(body + n - (p->data + p->len)) >= nl);
        FUZZ_CHECK(memcmp(p->data + p->len, next, nl) == 0);
        FUZZ_CHECK(ref_find(p->data, p->len + nl - 1, next, nl) == NULL);
        prev_end = p->data + p->len;
        /* data, the blank line, CRLF after the previous delimiter, and the
         * next delimiter with its CRLF */
        accounted += p->len + 4 + 2 + nl;

        FUZZ_CHECK(p->name != NULL && in_pool(p->name, res->strings, pool_len));
        FUZZ_CHECK(json_utf8_valid(p->name, strlen(p->name), NULL));
        if (p->filename) {
            FUZZ_CHECK(in_pool(p->filename, res->strings, pool_len));
            FUZZ_CHECK(json_utf8_valid(p->filename, strlen(p->filename), NULL));
        }
        FUZZ_CHECK(p->content_type != NULL);
        if (!in_pool(p->content_type, res->strings, pool_len)) /* the static default */
            FUZZ_CHECK(strcmp(p->content_type, "text/plain") == 0 &&
                       (p->content_type < body || p->content_type >= body + n));
        FUZZ_CHECK(json_utf8_valid(p->content_type, strlen(p->content_type), NULL));
    }
    FUZZ_CHECK(accounted <= n);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const uint8_t *nlp = memchr(data, '\n', size);
    size_t ct_len = nlp ? (size_t)(nlp - data) : size;
    size_t n = nlp ? size - ct_len - 1 : 0;

    char *ct = malloc(ct_len + 1);
    FUZZ_CHECK(ct != NULL);
    memcpy(ct, data, ct_len);
    ct[ct_len] = '\0';
    size_t outlen = ct_len > 0 && (data[0] & 7) == 0 ? 1 + data[0] / 3 : 80;
    char *boundary = malloc(outlen);
    FUZZ_CHECK(boundary != NULL);
    int brc = multipart_boundary(ct, boundary, outlen);
    check_boundary(ct, boundary, outlen, brc);
    if (brc != 0)
        strcpy(boundary, outlen >= 4 ? "XyZ" : "");
    if (!boundary[0]) {
        free(boundary);
        free(ct);
        return 0;
    }

#ifdef FUZZ_BODY_NUL_TERMINATED
    char *body = malloc(n + 1);
    FUZZ_CHECK(body != NULL);
    body[n] = '\0';
#else
    char *body = malloc(n ? n : 1);
    FUZZ_CHECK(body != NULL);
#endif
    if (n)
        memcpy(body, nlp + 1, n);

    mp_result res;
    const char *err = NULL;
    size_t err_off = (size_t)-1;
    if (multipart_parse(body, n, boundary, &res, &err, &err_off) == 0) {
        check_parts(body, n, boundary, &res);
    } else {
        FUZZ_CHECK(err != NULL && *err);
        FUZZ_CHECK(err_off <= n);
    }
    multipart_free(&res);
    FUZZ_CHECK(res.strings == NULL);
    free(body);
    free(boundary);
    free(ct);
    return 0;
}
