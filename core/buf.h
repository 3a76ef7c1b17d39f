/* buf.c: a growable byte buffer, the one way core/ builds strings.
 *
 * A buf owns its heap block. Appending never fails silently: on allocation
 * failure the buffer is marked failed (b->oom = 1), further appends do
 * nothing, and the owner checks buf_ok() once at the end. The data is always
 * NUL-terminated when len > 0 or after buf_cstr(). Relies on libc only. */
#ifndef BANSHI_BUF_H
#define BANSHI_BUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct buf {
    char *data;
    size_t len;
    size_t cap;
    int oom;
} buf;

#define BUF_INIT                                                                                   \
    { NULL, 0, 0, 0 }

/* Ensures room for n more bytes. Returns 0, or -1 (and sets oom). */
int buf_reserve(buf *b, size_t n);
void buf_add(buf *b, const void *p, size_t n);
void buf_adds(buf *b, const char *s);
void buf_addc(buf *b, char c);
/* printf-style append. */
void buf_printf(buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void buf_vprintf(buf *b, const char *fmt, va_list ap);
/* Returns the NUL-terminated contents ("" when empty); owned by b. */
const char *buf_cstr(buf *b);
/* Returns 1 when no allocation has failed. */
int buf_ok(const buf *b);
/* Hands the heap block to the caller (who frees it) and resets b. */
char *buf_steal(buf *b, size_t *len);
void buf_reset(buf *b);
void buf_free(buf *b);

#endif
