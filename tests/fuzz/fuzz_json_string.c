/* fuzz_json_string.c: libFuzzer target for json_write_string and
 * json_utf8_valid (core/json.c).
 *
 * Input: arbitrary bytes, treated as a Lua string to be written as a JSON
 * string literal.
 *
 * Checks, besides "no crash" under ASan/UBSan:
 *   1. json_utf8_valid agrees with a byte-by-byte reference validator written
 *      here from the Unicode definition (no overlong forms, no surrogates,
 *      nothing above U+10FFFF), including the offset of the first bad
 *      sequence; the bytes before that offset are valid on their own.
 *   2. json_write_string's output is always valid UTF-8, starts and ends with
 *      '"', and holds no raw control character, quote or backslash except as
 *      part of an escape.
 *   3. The output decodes (json_decode) to a string; for valid UTF-8 input it
 *      is the input itself. For invalid input it is valid UTF-8 and the
 *      input's valid prefix survives unchanged.
 *   4. Writing appends: bytes already in the buffer are kept.
 * A violated property aborts, which libFuzzer reports as a crash. */
#include "json.h"

#include <lauxlib.h>
#include <lua.h>

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(cond)                                                                           \
    do {                                                                                           \
        if (!(cond)) {                                                                             \
            fprintf(stderr, "fuzz_json_string: property failed: %s (%s:%d)\n", #cond, __FILE__,    \
                    __LINE__);                                                                     \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

static lua_State *L;

static int on_panic(lua_State *Ls) {
    fprintf(stderr, "fuzz_json_string: Lua panic: %s\n", lua_tostring(Ls, -1));
    abort();
}

/* Reference UTF-8 validator: decodes each sequence to its code point and
 * then rejects what the standard forbids. Returns 1, or 0 with *bad_off. */
static int ref_utf8_valid(const unsigned char *s, size_t n, size_t *bad_off) {
    size_t i = 0;

    while (i < n) {
        unsigned char c = s[i];
        size_t len;
        unsigned long cp, min;
        if (c < 0x80) {
            i++;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2, cp = c & 0x1F, min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3, cp = c & 0x0F, min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4, cp = c & 0x07, min = 0x10000;
        } else {
            *bad_off = i;
            return 0;
        }
        if (n - i < len) {
            *bad_off = i;
            return 0;
        }
        for (size_t k = 1; k < len; k++) {
            if ((s[i + k] & 0xC0) != 0x80) {
                *bad_off = i;
                return 0;
            }
            cp = (cp << 6) | (s[i + k] & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            *bad_off = i;
            return 0;
        }
        i += len;
    }
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!L) {
        L = luaL_newstate();
        FUZZ_CHECK(L != NULL);
        lua_atpanic(L, on_panic);
    }
    char *s = malloc(size ? size : 1);
    FUZZ_CHECK(s != NULL);
    memcpy(s, data, size);

    size_t off = (size_t)-1, ref_off = (size_t)-1;
    int valid = json_utf8_valid(s, size, &off);
    int ref_valid = ref_utf8_valid((const unsigned char *)s, size, &ref_off);
    FUZZ_CHECK(valid == ref_valid);
    if (valid) {
        FUZZ_CHECK(off == (size_t)-1); /* untouched */
    } else {
        FUZZ_CHECK(off == ref_off);
        FUZZ_CHECK(off < size);
        FUZZ_CHECK(json_utf8_valid(s, off, NULL));
    }

    buf b = BUF_INIT;
    buf_adds(&b, "x");
    json_write_string(&b, s, size);
    FUZZ_CHECK(buf_ok(&b));
    FUZZ_CHECK(b.len >= 3 && b.data[0] == 'x' && b.data[b.len] == '\0');
    const char *out = b.data + 1;
    size_t out_len = b.len - 1;
    FUZZ_CHECK(json_utf8_valid(out, out_len, NULL));
    FUZZ_CHECK(out[0] == '"' && out[out_len - 1] == '"');
    for (size_t i = 1; i + 1 < out_len; i++) {
        unsigned char c = (unsigned char)out[i];
        FUZZ_CHECK(c >= 0x20 && c != '"');
        if (c == '\\') {
            i++; /* the escaped character, or 'u' */
            FUZZ_CHECK(i + 1 < out_len && strchr("\"\\bfnrtu", out[i]) != NULL);
        }
    }

    int top = lua_gettop(L);
    const char *msg = NULL;
    int rc = json_decode(L, out, out_len, &off, &msg);
    if (rc != 0)
        fprintf(stderr, "fuzz_json_string: decode failed at %zu: %s\n", off, msg);
    FUZZ_CHECK(rc == 0);
    FUZZ_CHECK(lua_gettop(L) == top + 1 && lua_type(L, -1) == LUA_TSTRING);
    size_t dlen;
    const char *d = lua_tolstring(L, -1, &dlen);
    if (valid) {
        FUZZ_CHECK(dlen == size && memcmp(d, s, size) == 0);
    } else {
        FUZZ_CHECK(json_utf8_valid(d, dlen, NULL));
        FUZZ_CHECK(dlen >= off && memcmp(d, s, off) == 0);
        FUZZ_CHECK(dlen <= 3 * size); /* each bad byte becomes at most U+FFFD */
    }
    lua_pop(L, 1);
    buf_free(&b);
    free(s);
    return 0;
}
