#include "multipart.h"

#include "json.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int multipart_boundary(const char *ct, char *out, size_t outlen) {
    if (!ct || strncasecmp(ct, "multipart/form-data", 19) != 0)
        return -1;
    const char *b = strcasestr(ct, "boundary=");
    if (!b)
        return -1;
    b += 9;
    size_t n;
    if (*b == '"') {
        b++;
        const char *end = strchr(b, '"');
        if (!end)
            return -1;
        n = (size_t)(end - b);
    } else {
        n = strcspn(b, "; \t");
    }
    if (n == 0 || n > 70 || n >= outlen)
        return -1;
    memcpy(out, b, n);
    out[n] = '\0';
    return 0;
}

/* Case-insensitive search for needle within hay[0..hn): bounded, unlike
 * strcasestr, since the body need not be NUL-terminated. */
static const char *find_ci(const char *hay, size_t hn, const char *needle) {
    size_t nn = strlen(needle);
    for (size_t i = 0; nn && i + nn <= hn; i++)
        if (strncasecmp(hay + i, needle, nn) == 0)
            return hay + i;
    return NULL;
}

static const char *find(const char *hay, size_t hn, const char *needle, size_t nn) {
    if (nn == 0 || hn < nn)
        return NULL;
    const char *end = hay + hn - nn;
    for (const char *p = hay; p <= end; p++) {
        p = memchr(p, needle[0], (size_t)(end - p) + 1);
        if (!p)
            return NULL;
        if (memcmp(p, needle, nn) == 0)
            return p;
    }
    return NULL;
}

/* Copies a header parameter (name="value") from the header line h[0..n)
 * into the string pool; returns NULL when absent. */
static const char *param(const char *h, size_t n, const char *key, char **pool) {
    size_t kl = strlen(key);
    for (const char *p = h; p + kl + 2 <= h + n; p++) {
        if ((p == h || p[-1] == ' ' || p[-1] == ';') && strncasecmp(p, key, kl) == 0 &&
            p[kl] == '=' && p[kl + 1] == '"') {
            const char *v = p + kl + 2;
            const char *e = memchr(v, '"', (size_t)(h + n - v));
            if (!e)
                return NULL;
            size_t vl = (size_t)(e - v);
            char *out = *pool;
            memcpy(out, v, vl);
            out[vl] = '\0';
            *pool += vl + 1;
            return out;
        }
    }
    return NULL;
}

static const char *copy_str(const char *s, size_t n, char **pool) {
    char *out = *pool;
    memcpy(out, s, n);
    out[n] = '\0';
    *pool += n + 1;
    return out;
}

int multipart_parse(const char *body, size_t n, const char *boundary, mp_result *res,
                    const char **err, size_t *err_off) {
    memset(res, 0, sizeof *res);
    /* Every string copied out comes from the body: the body's size bounds
     * the pool (plus one NUL per string, at most three per part). */
    res->strings = malloc(n + 3 * MULTIPART_MAX_PARTS + 1);
    if (!res->strings) {
        *err = "out of memory";
        *err_off = 0;
        return -1;
    }
    char *pool = res->strings;
    char delim[80];
    size_t dl = (size_t)snprintf(delim, sizeof delim, "--%s", boundary);
    const char *p = find(body, n, delim, dl);
    const char *end = body + n;
    if (!p) {
        *err = "no boundary found";
        *err_off = 0;
        return -1;
    }
    for (;;) {
        p += dl;
        if (end - p >= 2 && p[0] == '-' && p[1] == '-')
            return 0; /* the closing delimiter */
        if (end - p < 2 || p[0] != '\r' || p[1] != '\n') {
            *err = "expected CRLF after the boundary";
            *err_off = (size_t)(p - body);
            return -1;
        }
        p += 2;
        const char *hend = find(p, (size_t)(end - p), "\r\n\r\n", 4);
        if (!hend) {
            *err = "part headers do not end";
            *err_off = (size_t)(p - body);
            return -1;
        }
        if (res->nparts == MULTIPART_MAX_PARTS) {
            *err = "too many parts";
            *err_off = (size_t)(p - body);
            return -1;
        }
        size_t bad;
        if (!json_utf8_valid(p, (size_t)(hend - p), &bad)) {
            *err = "part headers are not valid UTF-8";
            *err_off = (size_t)(p - body) + bad;
            return -1;
        }
        mp_part *part = &res->parts[res->nparts];
        part->content_type = "text/plain";
        for (const char *h = p; h < hend;) {
            const char *eol = find(h, (size_t)(hend - h) + 2, "\r\n", 2);
            size_t hl = (size_t)(eol - h);
            if (hl > 20 && strncasecmp(h, "Content-Disposition:", 20) == 0) {
                if (!find_ci(h, hl, "form-data")) {
                    *err = "a part is not form-data";
                    *err_off = (size_t)(h - body);
                    return -1;
                }
                part->name = param(h, hl, "name", &pool);
                part->filename = param(h, hl, "filename", &pool);
            } else if (hl > 13 && strncasecmp(h, "Content-Type:", 13) == 0) {
                const char *v = h + 13;
                while (*v == ' ')
                    v++;
                part->content_type = copy_str(v, (size_t)(eol - v), &pool);
            }
            h = eol + 2;
        }
        if (!part->name) {
            *err = "a part has no name";
            *err_off = (size_t)(p - body);
            return -1;
        }
        const char *data = hend + 4;
        /* The data ends at CRLF followed by the delimiter. */
        char next[84];
        size_t nl = (size_t)snprintf(next, sizeof next, "\r\n%s", delim);
        const char *stop = find(data, (size_t)(end - data), next, nl);
        if (!stop) {
            *err = "a part does not end with the boundary";
            *err_off = (size_t)(data - body);
            return -1;
        }
        part->data = data;
        part->len = (size_t)(stop - data);
        res->nparts++;
        p = stop + 2;
    }
}

void multipart_free(mp_result *res) {
    free(res->strings);
    res->strings = NULL;
}
