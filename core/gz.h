/* gz.c: zlib compression for responses and stored catalogue sources.
 * Relies on zlib. */
#ifndef BANSHI_GZ_H
#define BANSHI_GZ_H

#include "buf.h"

#include <stddef.h>

/* Appends the gzip encoding of src[0..n) to out. Returns 0 or -1. */
int gz_compress(const void *src, size_t n, int level, buf *out);
/* Appends the decompressed gzip or zlib stream src[0..n) to out, refusing to
 * produce more than max bytes. Returns 0 or -1. */
int gz_decompress(const void *src, size_t n, size_t max, buf *out);

#endif
