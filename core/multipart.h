/* multipart.c: parses a multipart/form-data body (RFC 7578) held in memory.
 *
 * The body is already bounded by the route's upload limit; parsing makes no
 * copies: each part's name, filename and data point into the body, which
 * must outlive the result. Header values are checked for valid UTF-8; a
 * malformed body is refused with the byte offset of the problem. */
#ifndef BANSHI_MULTIPART_H
#define BANSHI_MULTIPART_H

#include <stddef.h>

#define MULTIPART_MAX_PARTS 64

typedef struct mp_part {
    const char *name;         /* form field name (NUL-terminated copy in the result) */
    const char *filename;     /* NULL when the part is not a file */
    const char *content_type; /* "text/plain" when absent */
    const char *data;         /* points into the body */
    size_t len;
} mp_part;

typedef struct mp_result {
    mp_part parts[MULTIPART_MAX_PARTS];
    int nparts;
    char *strings; /* owns the NUL-terminated header strings */
} mp_result;

/* Extracts the boundary from a Content-Type value into out (at most 70
 * characters per RFC 2046). Returns 0, or -1 when the type is not
 * multipart/form-data or has no valid boundary. */
int multipart_boundary(const char *content_type, char *out, size_t outlen);

/* Parses body[0..n) with the given boundary into res. Returns 0; or -1 with
 * a static English message in *err and the byte offset in *err_off. Free res
 * with multipart_free in both cases. */
int multipart_parse(const char *body, size_t n, const char *boundary, mp_result *res,
                    const char **err, size_t *err_off);
void multipart_free(mp_result *res);

#endif
