#include "gz.h"

#include <stdint.h>
#include <string.h>
#include <zlib.h>

int gz_compress(const void *src, size_t n, int level, buf *out) {
    z_stream z;
    memset(&z, 0, sizeof z);
    /* windowBits 15 + 16 asks zlib for a gzip wrapper rather than zlib's. */
    if (deflateInit2(&z, level, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return -1;
    size_t bound = deflateBound(&z, (uLong)n);
    if (buf_reserve(out, bound) != 0) {
        deflateEnd(&z);
        return -1;
    }
    z.next_in = (Bytef *)(uintptr_t)src;
    z.avail_in = (uInt)n;
    z.next_out = (Bytef *)out->data + out->len;
    z.avail_out = (uInt)bound;
    int rc = deflate(&z, Z_FINISH);
    if (rc == Z_STREAM_END)
        out->len += z.total_out;
    deflateEnd(&z);
    return rc == Z_STREAM_END ? 0 : -1;
}

int gz_decompress(const void *src, size_t n, size_t max, buf *out) {
    z_stream z;
    memset(&z, 0, sizeof z);
    /* windowBits 15 + 32 accepts both gzip and zlib headers. */
    if (inflateInit2(&z, 15 + 32) != Z_OK)
        return -1;
    z.next_in = (Bytef *)(uintptr_t)src;
    z.avail_in = (uInt)n;
    int rc = Z_OK;
    size_t produced = 0;
    while (rc == Z_OK) {
        if (buf_reserve(out, 64 * 1024) != 0)
            break;
        z.next_out = (Bytef *)out->data + out->len;
        z.avail_out = (uInt)(out->cap - out->len - 1);
        uInt before = z.avail_out;
        rc = inflate(&z, Z_NO_FLUSH);
        size_t got = before - z.avail_out;
        out->len += got;
        produced += got;
        if (produced > max) {
            rc = Z_MEM_ERROR;
            break;
        }
        if (rc == Z_BUF_ERROR && z.avail_in == 0)
            break;
    }
    inflateEnd(&z);
    if (out->data)
        out->data[out->len] = '\0';
    return rc == Z_STREAM_END ? 0 : -1;
}
