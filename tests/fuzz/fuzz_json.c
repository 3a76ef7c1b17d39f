/* fuzz_json.c: libFuzzer target for json_decode and json_encode (core/json.c).
 *
 * Input: arbitrary bytes, decoded as one JSON text.
 *
 * Checks, besides "no crash" under ASan/UBSan:
 *   1. The Lua stack is balanced: json_decode leaves exactly one value on
 *      success and nothing on failure; json_encode leaves it unchanged.
 *   2. A failure names a message and an offset within the input (n for a
 *      premature end); a success on input that is not valid UTF-8 is a bug.
 *   3. Whatever decodes also encodes: decoded values are always encodable.
 *   4. The encoding is valid UTF-8 and decodes again, and encoding that
 *      second value gives byte for byte the same text (decode/encode is
 *      stable after one round).
 *   5. A failed encode or decode leaves an existing buffer as it was.
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
            fprintf(stderr, "fuzz_json: property failed: %s (%s:%d)\n", #cond, __FILE__,           \
                    __LINE__);                                                                     \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

static lua_State *L;

static int on_panic(lua_State *Ls) {
    fprintf(stderr, "fuzz_json: Lua panic: %s\n", lua_tostring(Ls, -1));
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    if (!L) {
        L = luaL_newstate();
        FUZZ_CHECK(L != NULL);
        lua_atpanic(L, on_panic);
    }
    /* An exactly sized copy, so reading past the end is caught. */
    char *text = malloc(size ? size : 1);
    FUZZ_CHECK(text != NULL);
    memcpy(text, data, size);

    int top = lua_gettop(L);
    size_t off = (size_t)-1;
    const char *msg = NULL;
    if (json_decode(L, text, size, &off, &msg) != 0) {
        FUZZ_CHECK(lua_gettop(L) == top);
        FUZZ_CHECK(msg != NULL && *msg);
        FUZZ_CHECK(off <= size);
        free(text);
        return 0;
    }
    FUZZ_CHECK(lua_gettop(L) == top + 1);
    FUZZ_CHECK(json_utf8_valid(text, size, NULL));

    char err[256];
    buf first = BUF_INIT, second = BUF_INIT;
    buf_adds(&first, "prefix:"); /* encoding appends; a failure must not eat this */
    int rc = json_encode(L, -1, &first, err, sizeof err);
    if (rc != 0)
        fprintf(stderr, "fuzz_json: encode failed: %s\n", err);
    FUZZ_CHECK(rc == 0);
    FUZZ_CHECK(buf_ok(&first));
    FUZZ_CHECK(lua_gettop(L) == top + 1);
    FUZZ_CHECK(first.len > 7 && memcmp(first.data, "prefix:", 7) == 0);
    const char *enc = first.data + 7;
    size_t enc_len = first.len - 7;
    FUZZ_CHECK(json_utf8_valid(enc, enc_len, NULL));
    lua_pop(L, 1);

    rc = json_decode(L, enc, enc_len, &off, &msg);
    if (rc != 0)
        fprintf(stderr, "fuzz_json: re-decode failed at %zu: %s\n", off, msg);
    FUZZ_CHECK(rc == 0);
    FUZZ_CHECK(lua_gettop(L) == top + 1);
    FUZZ_CHECK(json_encode(L, -1, &second, err, sizeof err) == 0);
    FUZZ_CHECK(lua_gettop(L) == top + 1);
    if (second.len != enc_len || memcmp(second.data, enc, enc_len) != 0)
        fprintf(stderr, "fuzz_json: unstable encoding:\n  %.*s\n  %.*s\n", (int)enc_len, enc,
                (int)second.len, second.data);
    FUZZ_CHECK(second.len == enc_len && memcmp(second.data, enc, enc_len) == 0);
    lua_pop(L, 1);

    /* A failing encode (a function is not encodable) restores the buffer. */
    size_t before = second.len;
    lua_pushcfunction(L, on_panic);
    FUZZ_CHECK(json_encode(L, -1, &second, err, sizeof err) != 0);
    FUZZ_CHECK(second.len == before && second.data[before] == '\0');
    FUZZ_CHECK(lua_gettop(L) == top + 1);
    lua_pop(L, 1);

    buf_free(&first);
    buf_free(&second);
    free(text);
    FUZZ_CHECK(lua_gettop(L) == top);
    return 0;
}
