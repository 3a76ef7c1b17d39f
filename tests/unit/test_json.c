/* test_json.c: the JSON codec (core/json.c) and require "banshi.json"
 * (core/l_json.c), as a specification: what is accepted, what is refused and
 * where, and what the encoder writes. */
#include <lauxlib.h>
#include <locale.h>
#include <lua.h>
#include <lualib.h>
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "buf.h"
#include "json.h"
#include "l_json.h"
#include "t.h"

/* A literal with its length, so embedded NULs count. */
#define LIT(s) s, sizeof(s) - 1

/* U+FFFD, the replacement for each ill-formed subsequence. */
#define FFFD_3 "\xEF\xBF\xBD"

static lua_State *t_state(void) {
    lua_State *L = luaL_newstate();

    luaL_openlibs(L);
    luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
    lua_pushcfunction(L, luaopen_banshi_json);
    lua_setfield(L, -2, "banshi.json");
    lua_pop(L, 1);
    /* The test chunks below say `json`; real code says require. */
    if (luaL_dostring(L, "json = require 'banshi.json'") != LUA_OK)
        printf("# cannot load banshi.json: %s\n", lua_tostring(L, -1));
    return L;
}

/* Runs a Lua chunk; 1 if it ran without error (the message is printed as a
 * comment line otherwise). */
static int t_lua(lua_State *L, const char *code) {
    int top = lua_gettop(L);

    if (luaL_loadstring(L, code) != LUA_OK || lua_pcall(L, 0, 0, 0) != LUA_OK) {
        printf("# %s: %s\n", t_current, lua_tostring(L, -1));
        lua_settop(L, top);
        return 0;
    }
    return 1;
}

/* Pushes the value of a Lua expression. */
static void t_push_expr(lua_State *L, const char *expr) {
    char code[4096];

    snprintf(code, sizeof code, "return %s", expr);
    if (luaL_loadstring(L, code) != LUA_OK || lua_pcall(L, 0, 1, 0) != LUA_OK) {
        printf("# %s: %s\n", t_current, lua_tostring(L, -1));
        lua_pop(L, 1);
        lua_pushliteral(L, "<expression failed>");
    }
}

/* Encodes the Lua expression with json_encode; 1 if the result is `want`
 * and the stack is balanced. */
static int t_encodes(lua_State *L, const char *expr, const char *want) {
    buf b = BUF_INIT;
    char err[256];
    int ok, top;

    t_push_expr(L, expr);
    top = lua_gettop(L);
    ok = json_encode(L, -1, &b, err, sizeof err) == 0 && strcmp(buf_cstr(&b), want) == 0 &&
         lua_gettop(L) == top;
    if (!ok)
        printf("# %s: %s -> %s / %s (want %s)\n", t_current, expr, buf_cstr(&b), err, want);
    lua_pop(L, 1);
    buf_free(&b);
    return ok;
}

/* Encodes the Lua expression; 1 if it fails with exactly message `want`,
 * leaves the buffer as it was and the stack balanced. */
static int t_refuses(lua_State *L, const char *expr, const char *want) {
    buf b = BUF_INIT;
    char err[256];
    int ok, top;

    buf_adds(&b, "before");
    t_push_expr(L, expr);
    top = lua_gettop(L);
    ok = json_encode(L, -1, &b, err, sizeof err) == -1 && strcmp(err, want) == 0 &&
         strcmp(buf_cstr(&b), "before") == 0 && b.len == 6 && lua_gettop(L) == top;
    if (!ok)
        printf("# %s: %s -> \"%s\" (want \"%s\")\n", t_current, expr, err, want);
    lua_pop(L, 1);
    buf_free(&b);
    return ok;
}

/* Decodes s[0..n) then encodes the result; 1 if that gives `want`. */
static int t_recodes(lua_State *L, const char *s, size_t n, const char *want) {
    buf b = BUF_INIT;
    size_t off = 0;
    const char *msg = NULL;
    char err[256] = "";
    int ok = 0, top = lua_gettop(L);

    if (json_decode(L, s, n, &off, &msg) == 0) {
        ok = lua_gettop(L) == top + 1 && json_encode(L, -1, &b, err, sizeof err) == 0 &&
             strcmp(buf_cstr(&b), want) == 0;
        lua_pop(L, 1);
    }
    if (!ok)
        printf("# %s: %.*s -> %s %s %s (want %s)\n", t_current, (int)n, s, buf_cstr(&b),
               msg ? msg : "", err, want);
    buf_free(&b);
    return ok;
}

/* ---- UTF-8 ---------------------------------------------------------- */

static void utf8_accepts_ascii_chinese_and_astral_text(void) {
    size_t off = 99;

    CHECK(json_utf8_valid(LIT(""), &off));
    CHECK(json_utf8_valid(LIT("plain ASCII text that is longer than eight bytes"), &off));
    CHECK(json_utf8_valid(LIT("办件 一次性告知"), &off));
    CHECK(json_utf8_valid(LIT("caf\xC3\xA9 \xC2\x80 \xDF\xBF"), &off));
    CHECK(json_utf8_valid(LIT("\xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF \xEF\xBF\xBF"), &off));
    CHECK(json_utf8_valid(LIT("\x00\x7F"), &off));
    CHECK(off == 99);
}

static void utf8_refuses_ill_formed_text_at_its_first_bad_byte(void) {
    static const struct {
        const char *s;
        size_t n, off;
    } cases[] = {
        {LIT("\x80"), 0},             /* lone continuation byte */
        {LIT("ab\xC0\x80"), 2},       /* overlong NUL */
        {LIT("\xC1\xBF"), 0},         /* overlong 2-byte */
        {LIT("\xE0\x80\x80"), 0},     /* overlong 3-byte */
        {LIT("\xF0\x80\x80\x80"), 0}, /* overlong 4-byte */
        {LIT("x\xED\xA0\x80"), 1},    /* surrogate U+D800 */
        {LIT("\xED\xBF\xBF"), 0},     /* surrogate U+DFFF */
        {LIT("\xF4\x90\x80\x80"), 0}, /* U+110000 */
        {LIT("\xF5\x80\x80\x80"), 0}, /* lead above F4 */
        {LIT("\xFF"), 0},             /* never valid */
        {LIT("\xE4\xB8"), 0},         /* truncated at end */
        {LIT("\xE4\xB8"
             "A"),
         0},                                   /* truncated before ASCII */
        {LIT("12345678\xE4\xB8\xAD\xE4"), 11}, /* after the fast path */
        {LIT("\xF0\x9F\x98"), 0},              /* truncated 4-byte */
        {LIT("\xC3"), 0},                      /* truncated 2-byte */
        {LIT("\xC3"
             "A"),
         0}, /* 2-byte lead, no continuation */
    };
    size_t i, off;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        off = 99;
        CHECK(json_utf8_valid(cases[i].s, cases[i].n, &off) == 0);
        CHECK(off == cases[i].off);
    }
    CHECK(json_utf8_valid(LIT("\xFF"), NULL) == 0);
}

/* ---- writing strings ------------------------------------------------ */

static void write_string_escapes_only_what_json_requires(void) {
    static const struct {
        const char *s;
        size_t n;
        const char *want;
    } cases[] = {
        {LIT(""), "\"\""},
        {LIT("a\"b\\c/d"), "\"a\\\"b\\\\c/d\""},
        {LIT("\b\f\n\r\t\x01\x1f\x7f"), "\"\\b\\f\\n\\r\\t\\u0001\\u001f\x7f\""},
        {LIT("\x00"), "\"\\u0000\""},
        {LIT("办件 一次性告知"), "\"办件 一次性告知\""},
        {LIT("\xF0\x9F\x98\x80"), "\"\xF0\x9F\x98\x80\""},
        {LIT("caf\xC3\xA9"), "\"caf\xC3\xA9\""},
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        buf b = BUF_INIT;
        json_write_string(&b, cases[i].s, cases[i].n);
        CHECK_STR(buf_cstr(&b), cases[i].want);
        buf_free(&b);
    }
}

static void write_string_replaces_each_ill_formed_sequence_with_fffd(void) {
#define FFFD "\xEF\xBF\xBD"
    static const struct {
        const char *s;
        size_t n;
        const char *want;
    } cases[] = {
        {LIT("a\xFF"
             "b"),
         "\"a" FFFD "b\""},
        {LIT("\xE4\xB8"
             "A"),
         "\"" FFFD "A\""},                               /* one maximal subpart */
        {LIT("\xF0\x9F\x98"), "\"" FFFD "\""},           /* truncated at end */
        {LIT("\xC0\xAF"), "\"" FFFD FFFD "\""},          /* overlong */
        {LIT("\xED\xA0\x80"), "\"" FFFD FFFD FFFD "\""}, /* surrogate */
        {LIT("\xE4\xB8\xAD\x80\"\n"), "\"\xE4\xB8\xAD" FFFD "\\\"\\n\""},
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        buf b = BUF_INIT;
        json_write_string(&b, cases[i].s, cases[i].n);
        CHECK_STR(buf_cstr(&b), cases[i].want);
        CHECK(json_utf8_valid(b.data, b.len, NULL));
        buf_free(&b);
    }
#undef FFFD
}

/* ---- decoding ------------------------------------------------------- */

static void decode_refuses_bad_text_with_offset_and_reason(void) {
    static const struct {
        const char *s;
        size_t n, off;
        const char *msg;
    } cases[] = {
        {LIT(""), 0, "unexpected end of input"},
        {LIT("   "), 3, "unexpected end of input"},
        {LIT("["), 1, "unexpected end of input"},
        {LIT("[1,2"), 4, "unexpected end of input"},
        {LIT("{\"a\":"), 5, "unexpected end of input"},
        {LIT("{\"a\""), 4, "unexpected end of input"},
        {LIT("{"), 1, "unexpected end of input"},
        {LIT("[1,]"), 2, "trailing comma"},
        {LIT("{\"a\":1 , }"), 7, "trailing comma"},
        {LIT("[,1]"), 1, "unexpected character"},
        {LIT("[1 2]"), 3, "expected ',' or ']'"},
        {LIT("{\"a\" 1}"), 5, "expected ':'"},
        {LIT("{\"a\":1 \"b\":2}"), 7, "expected ',' or '}'"},
        {LIT("{1:2}"), 1, "expected string key"},
        {LIT("{\"a\":1,,}"), 7, "expected string key"},
        {LIT("{\"a\":1, "), 8, "unexpected end of input"},
        {LIT("{\"a\":1"), 6, "unexpected end of input"},
        {LIT("{'a':1}"), 1, "expected string key"},
        {LIT("// comment\n1"), 0, "unexpected character"},
        {LIT("[1] /* comment */"), 4, "trailing characters"},
        {LIT("1 2"), 2, "trailing characters"},
        {LIT("\xEF\xBB\xBF{}"), 0, "unexpected character"}, /* BOM */
        {LIT("\x00"), 0, "unexpected character"},
        {LIT("01"), 0, "leading zero in number"},
        {LIT("[-012]"), 2, "leading zero in number"},
        {LIT("1."), 2, "unexpected end of input"},
        {LIT("1.x"), 2, "invalid number"},
        {LIT("1.e5"), 2, "invalid number"},
        {LIT("1e"), 2, "unexpected end of input"},
        {LIT("[1e+]"), 4, "invalid number"},
        {LIT("-"), 1, "unexpected end of input"},
        {LIT("-a"), 1, "invalid number"},
        {LIT("+1"), 0, "unexpected character"},
        {LIT(".5"), 0, "unexpected character"},
        {LIT("[0x10]"), 2, "expected ',' or ']'"},
        {LIT("[1e400]"), 1, "number out of range"},
        {LIT("-1e400"), 0, "number out of range"},
        {LIT("tru"), 0, "invalid literal"},
        {LIT("[nul]"), 1, "invalid literal"},
        {LIT("True"), 0, "unexpected character"},
        {LIT("NaN"), 0, "unexpected character"},
        {LIT("[Infinity]"), 1, "unexpected character"},
        {LIT("\"abc"), 0, "unterminated string"},
        {LIT("[\"ab\\"), 1, "unterminated string"},
        {LIT("\"a\x01\""), 2, "control character in string"},
        {LIT("[\"a\x00\"]"), 3, "control character in string"},
        {LIT("\"tab\there\""), 4, "control character in string"},
        {LIT("\"\\x\""), 1, "invalid escape"},
        {LIT("\"\\'\""), 1, "invalid escape"},
        {LIT("\"\\u12G4\""), 1, "invalid \\u escape"},
        {LIT("\"\\u12\""), 1, "invalid \\u escape"},
        {LIT("\"\\uDC00\""), 1, "lone surrogate in \\u escape"},
        {LIT("\"ab\\uD800x\""), 3, "lone surrogate in \\u escape"},
        {LIT("\"\\uD800\\u0041\""), 1, "lone surrogate in \\u escape"},
        {LIT("\"\\uD800\\uD800\""), 1, "lone surrogate in \\u escape"},
        {LIT("\"\\uD800\\uZZZZ\""), 7, "invalid \\u escape"},
        {LIT("\"\\uD800\""), 1, "lone surrogate in \\u escape"},
        {LIT("\"\xC0\x80\""), 1, "invalid UTF-8"},         /* overlong */
        {LIT("\"\xE0\x80\xAF\""), 1, "invalid UTF-8"},     /* overlong */
        {LIT("\"\xED\xA0\x80\""), 1, "invalid UTF-8"},     /* surrogate */
        {LIT("\"\xF4\x90\x80\x80\""), 1, "invalid UTF-8"}, /* > U+10FFFF */
        {LIT("\"\xE4\xB8\""), 1, "invalid UTF-8"},         /* truncated */
        {LIT("\"中\xE4\xB8"), 4, "invalid UTF-8"},         /* truncated at end */
        {LIT("{\"\xFF\":1}"), 2, "invalid UTF-8"},         /* in a key */
        {LIT("\xE4\xB8\xAD"), 0, "unexpected character"},  /* outside strings */
    };
    lua_State *L = t_state();
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        size_t off = 99;
        const char *msg = NULL;
        int top = lua_gettop(L);
        int rc = json_decode(L, cases[i].s, cases[i].n, &off, &msg);

        if (rc != -1 || off != cases[i].off || !msg || strcmp(msg, cases[i].msg) != 0)
            printf("# %s: case %zu: rc %d off %zu msg %s\n", t_current, i, rc, off,
                   msg ? msg : "(null)");
        CHECK(rc == -1);
        CHECK(off == cases[i].off);
        CHECK(msg && strcmp(msg, cases[i].msg) == 0);
        CHECK(lua_gettop(L) == top); /* nothing pushed on failure */
    }
    /* Either out-pointer may be NULL. */
    CHECK(json_decode(L, LIT("["), NULL, NULL) == -1);
    lua_close(L);
}

static void decode_keeps_integers_integers_and_floats_floats(void) {
    lua_State *L = t_state();
    size_t off;
    const char *msg;

#define INT_IS(text, v)                                                                            \
    CHECK(json_decode(L, LIT(text), &off, &msg) == 0 && lua_isinteger(L, -1) &&                    \
          lua_tointeger(L, -1) == (v));                                                            \
    lua_pop(L, 1)
#define FLOAT_IS(text, v)                                                                          \
    CHECK(json_decode(L, LIT(text), &off, &msg) == 0 && lua_type(L, -1) == LUA_TNUMBER &&          \
          !lua_isinteger(L, -1) && lua_tonumber(L, -1) == (v));                                    \
    lua_pop(L, 1)

    INT_IS("0", 0);
    INT_IS("-0", 0);
    INT_IS("42", 42);
    INT_IS(" -17 ", -17);
    INT_IS("999999999999999999", 999999999999999999LL);
    INT_IS("9223372036854775807", LUA_MAXINTEGER);
    INT_IS("-9223372036854775808", LUA_MININTEGER);
    FLOAT_IS("9223372036854775808", 9223372036854775808.0);
    FLOAT_IS("-9223372036854775809", -9223372036854775809.0);
    FLOAT_IS("123456789012345678901234567890", 123456789012345678901234567890.0);
    FLOAT_IS("1.0", 1.0);
    FLOAT_IS("1e2", 100.0);
    FLOAT_IS("1E+2", 100.0);
    FLOAT_IS("-2.5e-3", -2.5e-3);
    FLOAT_IS("0.1", 0.1);
    FLOAT_IS("1e-400", 0.0); /* underflow is fine: it is finite */
    /* Literals longer than the 64-byte scratch buffer. */
    FLOAT_IS("0.00000000000000000000000000000000000000000000000000000000000000000000001", 1e-71);
    FLOAT_IS("1000000000000000000000000000000000000000000000000000000000000000000000000.5", 1e72);
    CHECK(json_decode(L, LIT("-0.0"), &off, &msg) == 0 && signbit(lua_tonumber(L, -1)));
    lua_pop(L, 1);
#undef INT_IS
#undef FLOAT_IS
    lua_close(L);
}

static void decode_unescapes_strings_into_utf8(void) {
    lua_State *L = t_state();

    CHECK(t_lua(
        L, "assert(json.decode([[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"]]) == '\"\\\\/\\b\\f\\n\\r\\t')"));
    CHECK(t_lua(L, "assert(json.decode([[\"\\u529e\\u4EF6\"]]) == '办件')"));
    CHECK(t_lua(L, "assert(json.decode([[\"\\u00e9\\u0041\"]]) == '\\u{e9}A')"));
    CHECK(t_lua(L, "assert(json.decode([[\"\\ud83d\\ude00!\"]]) == '\\u{1F600}!')"));
    CHECK(t_lua(L, "assert(json.decode([[\"a\\u0000b\"]]) == 'a\\0b')"));
    CHECK(t_lua(L, "assert(json.decode('\"一次性告知\"') == '一次性告知')"));
    CHECK(t_lua(L, "assert(json.decode([[\"\\uDBFF\\uDFFF\"]]) == '\\u{10FFFF}')"));
    lua_close(L);
}

static void decode_builds_tables_markers_and_null(void) {
    lua_State *L = t_state();

    CHECK(t_lua(L, "local v = json.decode(' {\"a\" : [1, \"x\", null, true, false], \"b\": {}} ')\n"
                   "assert(#v.a == 5 and v.a[1] == 1 and v.a[2] == 'x' and v.a[3] == json.null)\n"
                   "assert(v.a[4] == true and v.a[5] == false and next(v.b) == nil)\n"
                   "assert(getmetatable(v) == 'banshi.json.object')\n"
                   "assert(getmetatable(v.a) == 'banshi.json.array')\n"));
    CHECK(t_lua(L, "assert(json.decode('null') == json.null)\n"
                   "assert(type(json.null) == 'userdata')\n"
                   "assert(json.decode('[null]')[1] == json.null)"));
    /* Duplicate keys: the last one wins. */
    CHECK(t_lua(L, "local v = json.decode('{\"k\":1,\"k\":2,\"j\":3}')\n"
                   "assert(v.k == 2 and v.j == 3)"));
    lua_close(L);
}

static void decode_accepts_64_levels_and_refuses_65(void) {
    lua_State *L = t_state();
    char text[1024];
    size_t off, i, n;
    const char *msg;

    for (n = 64; n <= 65; n++) {
        for (i = 0; i < n; i++) {
            text[i] = '[';
            text[2 * n - 1 - i] = ']';
        }
        off = 99;
        msg = NULL;
        if (n == 64) {
            CHECK(json_decode(L, text, 2 * n, &off, &msg) == 0);
            lua_pop(L, 1);
        } else {
            CHECK(json_decode(L, text, 2 * n, &off, &msg) == -1);
            CHECK(off == 64);
            CHECK(msg && strcmp(msg, "nesting too deep") == 0);
        }
    }
    /* Objects count the same way: {"a":{"a":...}} */
    for (n = 64; n <= 65; n++) {
        size_t len = 0;
        for (i = 0; i < n; i++) {
            memcpy(text + len, "{\"a\":", 5);
            len += 5;
        }
        text[len++] = '1';
        for (i = 0; i < n; i++)
            text[len++] = '}';
        off = 99;
        if (n == 64) {
            CHECK(json_decode(L, text, len, &off, &msg) == 0);
            lua_pop(L, 1);
        } else {
            CHECK(json_decode(L, text, len, &off, &msg) == -1);
            CHECK(off == 64 * 5);
            CHECK(msg && strcmp(msg, "nesting too deep") == 0);
        }
    }
    CHECK(lua_gettop(L) == 0);
    lua_close(L);
}

/* Members are gathered in batches of 128 before going into the table; sizes
 * around the batch edges and duplicates across batches behave the same. */
static void decode_fills_large_tables_across_batches(void) {
    lua_State *L = t_state();

    CHECK(t_lua(
        L,
        "for _, n in ipairs{1, 127, 128, 129, 255, 256, 257, 1000} do\n"
        "  local items, members = {}, {}\n"
        "  for i = 1, n do items[i] = tostring(i) members[i] = '\"k' .. i .. '\":' .. i end\n"
        "  local a = json.decode('[' .. table.concat(items, ',') .. ']')\n"
        "  assert(#a == n and a[n] == n and a[1] == 1, n)\n"
        "  for i = 1, n do assert(a[i] == i) end\n"
        "  local o = json.decode('{' .. table.concat(members, ',') .. '}')\n"
        "  local count = 0 for k, v in pairs(o) do count = count + 1 assert(o['k' .. v] == v) end\n"
        "  assert(count == n, n)\n"
        "end\n"
        "local members = {'\"dup\":\"first\"'}\n"
        "for i = 1, 300 do members[#members + 1] = '\"f' .. i .. '\":0' end\n"
        "members[#members + 1] = '\"dup\":\"last\"'\n"
        "assert(json.decode('{' .. table.concat(members, ',') .. '}').dup == 'last')\n"));
    lua_close(L);
}

/* ---- encoding ------------------------------------------------------- */

static void encode_writes_scalars(void) {
    lua_State *L = t_state();

    CHECK(t_encodes(L, "nil", "null"));
    CHECK(t_encodes(L, "json.null", "null"));
    CHECK(t_encodes(L, "true", "true"));
    CHECK(t_encodes(L, "false", "false"));
    CHECK(t_encodes(L, "0", "0"));
    CHECK(t_encodes(L, "-42", "-42"));
    CHECK(t_encodes(L, "math.maxinteger", "9223372036854775807"));
    CHECK(t_encodes(L, "math.mininteger", "-9223372036854775808"));
    CHECK(t_encodes(L, "'办件'", "\"办件\""));
    CHECK(t_encodes(L, "'a\\0b\\n'", "\"a\\u0000b\\n\""));
    lua_close(L);
}

static void encode_writes_floats_shortest_and_still_floats(void) {
    lua_State *L = t_state();

    CHECK(t_encodes(L, "0.1", "0.1"));
    CHECK(t_encodes(L, "0.1 + 0.2", "0.30000000000000004"));
    CHECK(t_encodes(L, "1.0", "1.0"));
    CHECK(t_encodes(L, "-0.0", "-0.0"));
    CHECK(t_encodes(L, "100.0", "100.0"));
    CHECK(t_encodes(L, "2^53", "9007199254740992.0"));
    CHECK(t_encodes(L, "1e300", "1e+300"));
    CHECK(t_encodes(L, "-2.5e-3", "-0.0025"));
    CHECK(t_encodes(L, "1/3", "0.3333333333333333"));
    CHECK(t_encodes(L, "math.pi", "3.141592653589793"));
    CHECK(t_encodes(L, "1.7976931348623157e308", "1.7976931348623157e+308"));
    lua_close(L);
}

/* Every finite double survives encode then decode bit for bit. */
static void encode_float_round_trips_bit_exact(void) {
    lua_State *L = t_state();
    uint64_t x = 0x9E3779B97F4A7C15u;
    int i, bad = 0;

    for (i = 0; i < 20000 && !bad; i++) {
        double v, back;
        uint64_t bits;
        buf b = BUF_INIT;
        char err[128];
        size_t off;
        const char *msg;

        x ^= x << 13; /* xorshift64 */
        x ^= x >> 7;
        x ^= x << 17;
        bits = x;
        memcpy(&v, &bits, sizeof v);
        if (!isfinite(v))
            continue;
        lua_pushnumber(L, v);
        if (json_encode(L, -1, &b, err, sizeof err) != 0 ||
            json_decode(L, b.data, b.len, &off, &msg) != 0) {
            bad = 1;
        } else {
            back = lua_tonumber(L, -1);
            bad = lua_isinteger(L, -1) || memcmp(&back, &v, sizeof v) != 0;
            lua_pop(L, 1);
        }
        if (bad)
            printf("# %s: %.17g -> %s\n", t_current, v, buf_cstr(&b));
        lua_pop(L, 1);
        buf_free(&b);
    }
    CHECK(!bad);
    lua_close(L);
}

static void encode_sorts_object_keys_by_bytes(void) {
    lua_State *L = t_state();

    CHECK(t_encodes(L, "{b=1, a=2, B=3, aa=4, [''] = 5, ['中']=6, z=7}",
                    "{\"\":5,\"B\":3,\"a\":2,\"aa\":4,\"b\":1,\"z\":7,\"中\":6}"));
    CHECK(t_encodes(L, "{x={d=1,c={f=1,e=2}}, w=0}",
                    "{\"w\":0,\"x\":{\"c\":{\"e\":2,\"f\":1},\"d\":1}}"));
    CHECK(t_encodes(L, "{['a\"b']=1, ['a\\n']=2}", "{\"a\\n\":2,\"a\\\"b\":1}"));
    lua_close(L);
}

static void encode_tells_arrays_from_objects(void) {
    lua_State *L = t_state();

    CHECK(t_encodes(L, "{}", "[]"));
    CHECK(t_encodes(L, "{1, 'two', {}, json.null}", "[1,\"two\",[],null]"));
    CHECK(t_encodes(L, "json.object({})", "{}"));
    CHECK(t_encodes(L, "json.array({})", "[]"));
    CHECK(t_encodes(L, "json.object({'a','b'})", "{\"1\":\"a\",\"2\":\"b\"}"));
    /* Not a sequence: an object with the integers as strings. */
    CHECK(t_encodes(L, "{[1]='a', [3]='c'}", "{\"1\":\"a\",\"3\":\"c\"}"));
    CHECK(t_encodes(L, "{[2]='b'}", "{\"2\":\"b\"}"));
    CHECK(t_encodes(L, "{1, 2, x=3}", "{\"1\":1,\"2\":2,\"x\":3}"));
    CHECK(t_encodes(L, "{[-5]=1, [0]=2, [10]=3}", "{\"-5\":1,\"0\":2,\"10\":3}"));
    /* Other metatables are ignored: raw access only. */
    CHECK(t_encodes(L, "setmetatable({a=1}, {__index=function() return 9 end, __pairs=error})",
                    "{\"a\":1}"));
    /* A table seen twice but not inside itself is fine. */
    CHECK(t_encodes(L, "(function() local s = {1} return {a=s, b=s} end)()",
                    "{\"a\":[1],\"b\":[1]}"));
    lua_close(L);
}

static void encode_refuses_with_the_path_of_the_bad_value(void) {
    lua_State *L = t_state();

    CHECK(
        t_refuses(L, "{items={{}, {}, {fee=print}}}", "at items[3].fee: cannot encode a function"));
    CHECK(t_refuses(L, "print", "at top level: cannot encode a function"));
    CHECK(t_refuses(L, "0/0", "at top level: cannot encode NaN"));
    CHECK(t_refuses(L, "{x=1/0}", "at x: cannot encode infinity"));
    CHECK(t_refuses(L, "{-1/0}", "at [1]: cannot encode infinity"));
    CHECK(t_refuses(L, "{a={coroutine.create(print)}}", "at a[1]: cannot encode a thread"));
    CHECK(t_refuses(L, "{f=io.stdout}", "at f: cannot encode a userdata"));
    CHECK(t_refuses(L, "{['a b']={f=print}}", "at [\"a b\"].f: cannot encode a function"));
    CHECK(t_refuses(L, "{[5]={x=print}, y=1}", "at [5].x: cannot encode a function"));
    CHECK(
        t_refuses(L, "{['2nd']={_ok={f=print}}}", "at [\"2nd\"]._ok.f: cannot encode a function"));
    CHECK(t_refuses(
        L, "{[string.rep('x', 50) .. '!']=print}",
        "at [\"xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\"...]: cannot encode a function"));
    CHECK(t_refuses(L, "{[true]=1}", "at top level: cannot use a boolean as an object key"));
    CHECK(t_refuses(L, "{a={[1.5]=1}}", "at a: cannot use a non-integer number as an object key"));
    CHECK(t_refuses(L, "{a={[{}]=1}}", "at a: cannot use a table as an object key"));
    CHECK(t_refuses(L, "{[1]=1, ['1']=2}",
                    "at top level: integer key 1 and string key \"1\" collide"));
    CHECK(t_refuses(L, "json.array({a=1})",
                    "at top level: table marked as array has keys other than 1..n"));
    lua_close(L);
}

static void encode_refuses_light_userdata_other_than_null(void) {
    lua_State *L = t_state();
    buf b = BUF_INIT;
    char err[128];
    static char other;

    lua_pushlightuserdata(L, &other);
    CHECK(json_encode(L, -1, &b, err, sizeof err) == -1);
    CHECK_STR(err, "at top level: cannot encode a light userdata");
    CHECK(b.len == 0);
    /* err may be NULL. */
    CHECK(json_encode(L, -1, &b, NULL, 0) == -1);
    lua_pop(L, 1);
    json_push_null(L);
    CHECK(json_encode(L, -1, &b, err, sizeof err) == 0);
    CHECK_STR(buf_cstr(&b), "null");
    lua_pop(L, 1);
    buf_free(&b);
    lua_close(L);
}

static void encode_detects_cycles(void) {
    lua_State *L = t_state();

    CHECK(t_refuses(L, "(function() local t = {} t.a = {b=t} return t end)()",
                    "at a.b: cycle: the table contains itself"));
    CHECK(t_refuses(L, "(function() local t = {1} t[2] = t return t end)()",
                    "at [2]: cycle: the table contains itself"));
    CHECK(t_refuses(L, "(function() local t = {} t.self = t return {x={t}} end)()",
                    "at x[1].self: cycle: the table contains itself"));
    lua_close(L);
}

/* A table met many times over (a DAG: t = {t, t}, 40 times) is no cycle,
 * but its text doubles with each level: the encoder stops at JSON_MAX_TEXT
 * instead of writing for ever. Rules and plugins can build one in a few
 * instructions, and no budget stops C. */
static void encode_stops_at_its_longest_text(void) {
    lua_State *L = t_state();
    buf b = BUF_INIT;
    char err[256];

    t_push_expr(L, "(function() local t = {} for _ = 1, 40 do t = {t, t} end return t end)()");
    CHECK(json_encode(L, -1, &b, err, sizeof err) == -1);
    CHECK_STR(err, "at top level: text longer than 64 MiB");
    CHECK(b.len == 0);
    lua_pop(L, 1);
    buf_free(&b);
    lua_close(L);
}

static void encode_accepts_64_levels_and_refuses_65(void) {
    lua_State *L = t_state();
    buf b = BUF_INIT;
    char err[512];

    CHECK(t_lua(L, "function nest(n) local t = {} for i = 2, n do t = {t} end return t end"));
    t_push_expr(L, "nest(64)");
    CHECK(json_encode(L, -1, &b, err, sizeof err) == 0);
    CHECK(b.len == 128 && b.data[63] == '[' && b.data[64] == ']');
    lua_pop(L, 1);
    buf_reset(&b);
    t_push_expr(L, "nest(65)");
    CHECK(json_encode(L, -1, &b, err, sizeof err) == -1);
    CHECK(strncmp(err, "at [1][1][1]", 12) == 0);
    CHECK(strstr(err, "]: nesting too deep (more than 64 levels)") != NULL);
    lua_pop(L, 1);
    buf_free(&b);
    lua_close(L);
}

/* Objects with more keys than fit the local key arena, and with more than
 * JSON_STACK_PAIRS keys (values looked up again), still come out sorted. */
static void encode_sorts_large_and_nested_objects(void) {
    lua_State *L = t_state();

    CHECK(t_lua(L, "for _, n in ipairs{63, 64, 65, 1023, 1024, 1025, 5000} do\n"
                   "  local t, keys = {}, {}\n"
                   "  for i = 1, n do local k = 'k' .. i t[k] = i keys[i] = k end\n"
                   "  t[1000000] = 'int'\n"
                   "  t[string.rep('L', 60) .. 'long'] = 'long key'\n"
                   "  keys[#keys + 1] = '1000000'\n"
                   "  keys[#keys + 1] = string.rep('L', 60) .. 'long'\n"
                   "  table.sort(keys)\n"
                   "  local s = json.encode(t)\n"
                   "  local seen = {}\n"
                   "  for k in s:gmatch('\"([%w]+)\":') do seen[#seen + 1] = k end\n"
                   "  assert(#seen == #keys, n)\n"
                   "  for i = 1, #keys do assert(seen[i] == keys[i], n) end\n"
                   "  local back = json.decode(s)\n"
                   "  for i = 1, n do assert(back['k' .. i] == i) end\n"
                   "  assert(back['1000000'] == 'int')\n"
                   "end"));
    /* Parents keep their keys in the arena while children add theirs. */
    CHECK(t_lua(L,
                "local t = {}\n"
                "for i = 1, 40 do local c = {} for j = 1, 40 do c['c' .. j] = {j, {x = i}} end\n"
                "  t['p' .. i] = c end\n"
                "local s = json.encode(t)\n"
                "assert(s == json.encode(json.decode(s)))\n"
                "local back = json.decode(s)\n"
                "for i = 1, 40 do for j = 1, 40 do\n"
                "  local v = back['p' .. i]['c' .. j] assert(v[1] == j and v[2].x == i) end end\n"
                "assert(s:sub(1, 12) == '{\"p1\":{\"c1\":')"));
    lua_close(L);
}

static void encode_leaves_the_stack_and_foreign_buffer_content(void) {
    lua_State *L = t_state();
    buf b = BUF_INIT;
    char err[128];

    buf_adds(&b, "prefix:");
    t_push_expr(L, "{a={1,2,{b=true}}}");
    CHECK(json_encode(L, 1, &b, err, sizeof err) == 0);
    CHECK_STR(buf_cstr(&b), "prefix:{\"a\":[1,2,{\"b\":true}]}");
    CHECK(lua_gettop(L) == 1);
    /* A tiny err buffer truncates, still NUL-terminated. */
    t_push_expr(L, "{f=print}");
    CHECK(json_encode(L, -1, &b, err, 6) == -1);
    CHECK_STR(err, "at f:");
    CHECK(lua_gettop(L) == 2);
    buf_free(&b);
    lua_close(L);
}

/* JSON is written and read with '.' whatever LC_NUMERIC says. */
static void numbers_ignore_the_locale_decimal_point(void) {
    lua_State *L = t_state();
    size_t off;
    const char *msg;

    if (!setlocale(LC_NUMERIC, "de_DE.UTF-8")) {
        printf("# %s: de_DE.UTF-8 not installed, checked under C only\n", t_current);
    }
    CHECK(t_encodes(L, "{2.5, 1.0, -0.125e-10}", "[2.5,1.0,-1.25e-11]"));
    CHECK(json_decode(L, LIT("[2.5]"), &off, &msg) == 0);
    lua_rawgeti(L, -1, 1);
    CHECK(lua_tonumber(L, -1) == 2.5);
    lua_pop(L, 2);
    setlocale(LC_NUMERIC, "C");
    lua_close(L);
}

/* Conditions a server can hit under load are reported, never raised. */
static void exhausted_stack_and_memory_are_reported(void) {
    lua_State *L = t_state();
    buf b = BUF_INIT;
    char err[128];
    size_t off = 99;
    const char *msg = NULL;
    int top;

    /* Fill the Lua stack to within a few slots of LUAI_MAXSTACK. */
    lua_pushinteger(L, 7);
    while (lua_checkstack(L, 64)) {
        int i;
        for (i = 0; i < 60; i++)
            lua_pushnil(L);
    }
    while (lua_checkstack(L, 1))
        lua_pushnil(L);
    top = lua_gettop(L);
    CHECK(json_decode(L, LIT("[1]"), &off, &msg) == -1);
    CHECK(off == 0 && msg && strcmp(msg, "Lua stack exhausted") == 0);
    CHECK(json_encode(L, 1, &b, err, sizeof err) == -1);
    CHECK_STR(err, "at top level: Lua stack exhausted");
    CHECK(lua_gettop(L) == top);
    lua_settop(L, 0);

    /* Room for a scalar but not for a container's batch. */
    while (lua_checkstack(L, 100))
        lua_pushnil(L);
    top = lua_gettop(L);
    CHECK(json_decode(L, LIT("1"), &off, &msg) == 0);
    CHECK(lua_tointeger(L, -1) == 1 && lua_gettop(L) == top + 1);
    lua_pop(L, 1);
    CHECK(json_decode(L, LIT(" {}"), &off, &msg) == -1);
    CHECK(off == 1 && msg && strcmp(msg, "Lua stack exhausted") == 0);
    CHECK(lua_gettop(L) == top);
    lua_settop(L, 0);

    /* A buffer that has already failed to grow. */
    b.oom = 1;
    lua_pushinteger(L, 7);
    CHECK(json_encode(L, 1, &b, err, sizeof err) == -1);
    CHECK_STR(err, "out of memory");
    buf_free(&b);
    lua_close(L);
}

/* ---- round trips ---------------------------------------------------- */

static void round_trip_reproduces_canonical_text(void) {
    static const char *docs[] = {
        "[]",
        "{}",
        "[[]]",
        "[{}]",
        "{\"a\":[],\"b\":{}}",
        "null",
        "\"\"",
        "\"\\u0000\\u001f\\\"\\\\\"",
        "[-9223372036854775808,9223372036854775807,0]",
        "[0.1,1.0,-0.0,1e+300,2.5e-05]",
        "\"办件 一次性告知 😀\"",
        "{\"a\":[1,[2,[3,[]]]],\"b\":{\"c\":{\"d\":null}},\"e\":true,\"f\":false}",
    };
    static const char applicant[] =
        "{\"applicant\":{\"name\":\"张三\",\"id\":\"110101199003078888\"},"
        "\"materials\":[\"身份证\",\"营业执照\"],\"promise_limit\":5}";
    lua_State *L = t_state();
    size_t i;

    for (i = 0; i < sizeof docs / sizeof docs[0]; i++)
        CHECK(t_recodes(L, docs[i], strlen(docs[i]), docs[i]));
    /* Canonical output has sorted keys. */
    CHECK(t_recodes(L, applicant, sizeof applicant - 1,
                    "{\"applicant\":{\"id\":\"110101199003078888\",\"name\":\"张三\"},"
                    "\"materials\":[\"身份证\",\"营业执照\"],\"promise_limit\":5}"));
    /* Escapes and white space normalise. */
    CHECK(t_recodes(L, LIT(" { \"b\" : [ 1 , 2 ] , \"a\" : \"\\u529e\\/\" } "),
                    "{\"a\":\"办/\",\"b\":[1,2]}"));
    CHECK(t_recodes(L, LIT("[1E2,-0,0.50]"), "[100.0,0,0.5]"));
    lua_close(L);
}

/* ---- the Lua module ------------------------------------------------- */

static void module_decode_returns_nil_and_message(void) {
    lua_State *L = t_state();

    CHECK(t_lua(
        L, "local v, err = json.decode('[1,]')\n"
           "assert(v == nil and err == 'invalid JSON at byte 3: trailing comma', err)\n"
           "v, err = json.decode('')\n"
           "assert(v == nil and err == 'invalid JSON at byte 1: unexpected end of input', err)\n"
           "v, err = json.decode('\"\\xC0\\x80\"')\n"
           "assert(err == 'invalid JSON at byte 2: invalid UTF-8', err)\n"
           "v, err = json.decode(string.rep('[', 65))\n"
           "assert(err == 'invalid JSON at byte 65: nesting too deep', err)\n"
           "v, err = json.decode('{} x')\n"
           "assert(err == 'invalid JSON at byte 4: trailing characters', err)\n"));
    /* Misuse raises. */
    CHECK(t_lua(L, "assert(not pcall(json.decode, {}))\n"
                   "assert(not pcall(json.decode))"));
    lua_close(L);
}

static void module_encode_raises_on_unencodable_values(void) {
    lua_State *L = t_state();

    CHECK(t_lua(L, "local ok, err = pcall(json.encode, {items={{fee=print}}})\n"
                   "assert(not ok)\n"
                   "assert(err:find(\"bad argument #1 to '\", 1, true), err)\n"
                   "assert(err:find('encode\\' (at items[1].fee: cannot encode a function)',\n"
                   "  1, true), err)\n"
                   "assert(not pcall(json.encode))\n"
                   "assert(json.encode(nil) == 'null')\n"
                   "assert(json.encode({1, 2}) == '[1,2]')\n"));
    lua_close(L);
}

static void module_markers_are_set_only_through_array_and_object(void) {
    lua_State *L = t_state();

    CHECK(t_lua(L, "assert(json.array_mt == nil and json.object_mt == nil)\n"
                   "local t = {}\n"
                   "assert(json.object(t) == t and json.encode(t) == '{}')\n"
                   "assert(json.array(t) == t and json.encode(t) == '[]')\n"
                   "assert(getmetatable(t) == 'banshi.json.array')\n"
                   "assert(not pcall(setmetatable, t, {}))\n"
                   "assert(not pcall(setmetatable, t, nil))\n"
                   "local o = json.decode('{}')\n"
                   "assert(json.encode(o) == '{}' and json.encode(json.decode('[]')) == '[]')\n"
                   "assert(json.encode(json.array(o)) == '[]')\n"
                   "assert(not pcall(json.array, 5))\n"
                   "assert(not pcall(json.object, setmetatable({}, {})))\n"
                   "assert(not pcall(json.array))\n"));
    lua_close(L);
}

static void module_encode_reuses_and_trims_its_buffer(void) {
    lua_State *L = t_state();

    CHECK(t_lua(L, "local big = string.rep('办', 100000)\n"
                   "for i = 1, 3 do\n"
                   "  assert(json.encode({big}) == '[\"' .. big .. '\"]')\n"
                   "  assert(json.encode({a = i}) == '{\"a\":' .. i .. '}')\n"
                   "  assert(not pcall(json.encode, {print}))\n"
                   "  assert(json.encode('x') == '\"x\"')\n"
                   "end"));
    lua_close(L);
}

/* A __gc finaliser run by an allocation inside encode may itself encode. */
static void module_encode_survives_reentry_from_finalisers(void) {
    lua_State *L = t_state();

    CHECK(t_lua(L, "local ran = 0\n"
                   "collectgarbage('incremental', 1, 1000)\n"
                   "local doc = {}\n"
                   "for i = 1, 3000 do doc['key' .. i] = {i, 'v' .. i} end\n"
                   "local want = json.encode(doc)\n"
                   "for round = 1, 20 do\n"
                   "  for i = 1, 200 do\n"
                   "    setmetatable({}, {__gc = function()\n"
                   "      assert(json.encode({n = i}) == '{\"n\":' .. i .. '}')\n"
                   "      ran = ran + 1 end})\n"
                   "  end\n"
                   "  assert(json.encode(doc) == want)\n"
                   "end\n"
                   "collectgarbage('incremental', 200, 100)\n"
                   "collectgarbage()\n"
                   "assert(ran == 4000, ran)"));
    lua_close(L);
}

/* clone is the workflow's copy: the same data, fresh tables, no markers,
 * no functions; small and large tables alike; a cycle raises. */
static void module_encode_memo_reuses_unchanged_tables(void) {
    lua_State *L = t_state();

    CHECK(t_lua(
        L, "local item = { name = '不动产登记', limits = { 5, 30 } }\n"
           "local mats = { { id = 'sqb', ok = true }, { id = 'sfz', ok = false } }\n"
           "local event = { action = 'submit', data = { item = item, materials = mats, n = 1 } }\n"
           "local memo = {}\n"
           "local ev = json.encode_memo(event, memo, 3)\n"
           "assert(ev == json.encode(event), ev)\n"
           /* depth 3 (item, materials) is kept; 1, 2 and 4 are not */
           "assert(memo[item] == json.encode(item) and memo[mats] == json.encode(mats))\n"
           "assert(memo[item.limits] == nil and memo[mats[1]] == nil)\n"
           "assert(memo[event] == nil and memo[event.data] == nil)\n"
           "local doc = { item = item, materials = mats, state = 'submitted' }\n"
           "assert(json.encode_memo(doc, memo) == json.encode(doc))\n"
           /* the memo is what is written: a changed table is the caller's
            * promise broken, and the old text shows */
           "item.name = 'changed'\n"
           "assert(json.encode_memo(doc, memo):find('不动产登记', 1, true))\n"
           "assert(not json.encode(doc):find('不动产登记', 1, true))\n"
           /* read-only use adds nothing */
           "local before = 0 for _ in pairs(memo) do before = before + 1 end\n"
           "json.encode_memo({ x = { y = { 1 } } }, memo)\n"
           "local after = 0 for _ in pairs(memo) do after = after + 1 end\n"
           "assert(before == after, after)\n"
           "assert(not pcall(json.encode_memo, {}, 'not a table'))\n"
           /* a memo filled beforehand is read while filling, at any depth:
            * the kept text is written, and nothing is kept for it again */
           "local shared = { code = 'X1', channels = { '网上办理' } }\n"
           "local memo2 = { [shared] = '{\\\"kept\\\":true}' }\n"
           "local ev2 = json.encode_memo({ data = { item = shared, n = 2 } }, memo2, 3)\n"
           "assert(ev2 == '{\\\"data\\\":{\\\"item\\\":{\\\"kept\\\":true},\\\"n\\\":2}}', ev2)\n"
           "assert(memo2[shared] == '{\\\"kept\\\":true}')\n"
           /* encode itself takes no memo: extra arguments are ignored */
           "assert(json.encode({ a = 1 }, { 'x' }, 'y') == '{\\\"a\\\":1}')\n"));
    lua_close(L);
}

static void module_clone_copies_data_deeply(void) {
    lua_State *L = t_state();

    CHECK(t_lua(
        L, "local src = json.decode('{\"a\":{\"b\":[1,2,{\"c\":\"办\"}]},\"e\":{}}')\n"
           "src.f = print\n"
           "src.a.g = {print, 3}\n"
           "src[7] = 'seven'\n"
           "local big = {}\n"
           "for i = 1, 300 do big[i] = {i} end\n"
           "for i = 1, 100 do big['k' .. i] = 'v' .. i end\n"
           "big.fn = print\n"
           "src.big = big\n"
           "local c = json.clone(src)\n"
           "assert(c ~= src and c.a ~= src.a and c.a.b ~= src.a.b)\n"
           "assert(c.a.b[3].c == '办' and c.a.b[3] ~= src.a.b[3])\n"
           "assert(c.f == nil and c.a.g[1] == nil and c.a.g[2] == 3)\n"
           "assert(c[7] == 'seven')\n"
           "assert(getmetatable(c) == nil and getmetatable(c.e) == nil)\n"
           "assert(json.encode(c.e) == '[]', json.encode(c.e))\n"
           "assert(#c.big == 300 and c.big[300][1] == 300 and c.big[300] ~= big[300], #c.big)\n"
           "assert(c.big.k100 == 'v100' and c.big.fn == nil)\n"
           "local n = 0\n"
           "for _ in pairs(c.big) do n = n + 1 end\n"
           "assert(n == 400, n)\n"
           "src.f, src.a.g[1], big.fn = nil, nil, nil\n"
           "c.e = json.object(c.e)\n"
           "assert(json.encode(c) == json.encode(src))\n"
           "assert(json.clone(5) == 5 and json.clone('x') == 'x' and json.clone(nil) == nil)\n"
           "local loop = {}\n"
           "loop.self = loop\n"
           "local ok, err = pcall(json.clone, loop)\n"
           "assert(not ok and err:find('nested more than 200 deep', 1, true), err)\n"
           "assert(not pcall(json.clone))\n"));
    lua_close(L);
}

/* ---- what the encoder's fast paths treat specially ------------------ */

/* Strings that the word-at-a-time checks take in one piece, and the bytes
 * at their edges: every length up to 40 with a byte to escape or replace
 * at every place comes out as the byte-by-byte rules say. */
static void encode_strings_at_every_length_and_place(void) {
    static const struct {
        const char *in, *out;
    } odd[] = {
        {"\"", "\\\""},      {"\\", "\\\\"},           {"\n", "\\n"},
        {"\x01", "\\u0001"}, {"\x7f", "\x7f"},         {" ", " "},
        {"!", "!"},          {"\xFF", "\xEF\xBF\xBD"}, {"\xC3\xA9", "\xC3\xA9"},
    };
    size_t len, at, k;
    int bad = 0;

    for (k = 0; k < sizeof odd / sizeof odd[0] && !bad; k++) {
        for (len = 1; len <= 40 && !bad; len++) {
            for (at = 0; at < len && !bad; at++) {
                char in[64], want[128];
                size_t n = 0, m = 0, i;
                buf b = BUF_INIT;

                want[m++] = '"';
                for (i = 0; i < len; i++) {
                    const char *piece = i == at ? odd[k].in : "a", *to = i == at ? odd[k].out : "a";
                    memcpy(in + n, piece, strlen(piece));
                    n += strlen(piece);
                    memcpy(want + m, to, strlen(to));
                    m += strlen(to);
                }
                want[m++] = '"';
                want[m] = '\0';
                json_write_string(&b, in, n);
                bad = strcmp(buf_cstr(&b), want) != 0;
                if (bad)
                    printf("# %s: %zu bytes, odd %zu at %zu: %s\n", t_current, len, k, at,
                           buf_cstr(&b));
                buf_free(&b);
            }
        }
    }
    CHECK(!bad);
}

/* Runs of three-byte characters go eight or two at a time: E0 and ED
 * leads (which restrict the next byte) and broken characters anywhere in
 * such a run are still judged one by one. */
static void encode_cjk_runs_keep_the_utf8_rules(void) {
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"办件办件办件办件", "办件办件办件办件"}, /* 24 bytes: one step of eight */
        {"办件办件办件办件办", "办件办件办件办件办"},
        {"办件办件办件办", "办件办件办件办"},
        {"办件办件办件办件\xE0\xA0\x80", "办件办件办件办件\xE0\xA0\x80"}, /* U+0800 */
        {"办件办\xED\x9F\xBF件办件办件", "办件办\xED\x9F\xBF件办件办件"}, /* U+D7FF */
        {"办件办\xED\xA0\x80件办件办件",
         "办件办" FFFD_3 FFFD_3 FFFD_3 "件办件办件"}, /* surrogate */
        {"办件办\xE0\x80\x80件办件办件", "办件办" FFFD_3 FFFD_3 FFFD_3 "件办件办件"}, /* overlong */
        {"办件办件办件办\xE4\xB8", "办件办件办件办\xEF\xBF\xBD"}, /* cut short */
        {"办件办件\xE4\xB8"
         "A办件办件",
         "办件办件\xEF\xBF\xBD"
         "A办件办件"}, /* cut short */
        {"办件\"办件\n办件办件办件办件", "办件\\\"办件\\n办件办件办件办件"},
        {"一次性告知（缺少必要材料）", "一次性告知（缺少必要材料）"},
        {"自然人", "自然人"}, /* short words: checked inline */
        {"原件", "原件"},
        {"\xED\xA0\x80\xED\xA0\x80\xED\xA0\x80",
         FFFD_3 FFFD_3 FFFD_3 FFFD_3 FFFD_3 FFFD_3 FFFD_3 FFFD_3 FFFD_3},
        {"\xE0\xA0\x80\xE0\xA0\x80\xE0\xA0\x80", "\xE0\xA0\x80\xE0\xA0\x80\xE0\xA0\x80"},
    };
    size_t i;

    for (i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        buf b = BUF_INIT;
        char want[256];
        snprintf(want, sizeof want, "\"%s\"", cases[i].out);
        json_write_string(&b, cases[i].in, strlen(cases[i].in));
        if (strcmp(buf_cstr(&b), want) != 0)
            printf("# %s: case %zu: %s\n", t_current, i, buf_cstr(&b));
        CHECK_STR(buf_cstr(&b), want);
        CHECK(json_utf8_valid(b.data, b.len, NULL));
        buf_free(&b);
    }
}

/* Keys that share their first 8 or 16 bytes, or differ only in length or
 * past a NUL, are ordered by all their bytes. */
static void encode_orders_keys_sharing_a_prefix(void) {
    lua_State *L = t_state();

    CHECK(t_encodes(
        L,
        "{prefix00b=1, prefix00=2, prefix00a=3, prefix0=4, ['prefix00\\0']=5,"
        " ['prefix00\\255']=6, department_name=7, department=8}",
        "{\"department\":8,\"department_name\":7,\"prefix0\":4,\"prefix00\":2,"
        "\"prefix00\\u0000\":5,\"prefix00a\":3,\"prefix00b\":1,\"prefix00\xEF\xBF\xBD\":6}"));
    CHECK(t_encodes(L,
                    "{sixteen_bytes_ab=1, sixteen_bytes_aa=2, sixteen_bytes_a=3,"
                    " sixteen_bytes_abc=4, sixteen_bytes_ab_and_more_bytes=5}",
                    "{\"sixteen_bytes_a\":3,\"sixteen_bytes_aa\":2,\"sixteen_bytes_ab\":1,"
                    "\"sixteen_bytes_ab_and_more_bytes\":5,\"sixteen_bytes_abc\":4}"));
    /* Integer keys sort as their decimal text among the strings. */
    CHECK(t_encodes(L, "{[10]=1, [9]='n', ['9a']=2, [-1]=3, x=4}",
                    "{\"-1\":3,\"10\":1,\"9\":\"n\",\"9a\":2,\"x\":4}"));
    /* Keys 1..n stored out of order (the hash part) are still an array. */
    CHECK(t_lua(L, "local t = {} t[3] = 'c' t[1] = 'a' t[2] = 'b'\n"
                   "assert(json.encode(t) == '[\"a\",\"b\",\"c\"]', json.encode(t))\n"
                   "local u = {} u[3] = 'c' u[1] = 'a'\n"
                   "assert(json.encode(u) == '{\"1\":\"a\",\"3\":\"c\"}', json.encode(u))"));
    lua_close(L);
}

/* json.encode keeps the key order and text of objects it has met in a
 * cache: the second time the same keys come, the output is the same, and
 * the errors and their paths too. Keys the cache does not take (long, not
 * plain, too many) go the long way each time. */
static void module_encode_writes_cached_shapes_the_same(void) {
    lua_State *L = t_state();

    CHECK(t_lua(
        L,
        "local function same(v)\n"
        "  local want = json.encode(v)\n"
        "  for i = 1, 3 do assert(json.encode(v) == want) end\n"
        "  return want\n"
        "end\n"
        "local doc = { name = '不动产登记', code = 'X1', fee = { amount = 0, charged = false },\n"
        "  items = { { id = 'sqb', ok = true }, { id = 'sfz', ok = false } }, ['a b'] = 1,\n"
        "  twenty_four_bytes_key_ab = 2, twenty_five_bytes_key_abc = 3, ['键'] = 4, ['q\"'] = 5 }\n"
        "local s = same(doc)\n"
        "assert(s == '{\"a b\":1,\"code\":\"X1\",\"fee\":{\"amount\":0,\"charged\":false},'\n"
        "  .. '\"items\":[{\"id\":\"sqb\",\"ok\":true},{\"id\":\"sfz\",\"ok\":false}],'\n"
        "  .. '\"name\":\"不动产登记\",\"q\\\\\"\":5,\"twenty_five_bytes_key_abc\":3,'\n"
        "  .. '\"twenty_four_bytes_key_ab\":2,\"键\":4}', s)\n"
        /* fresh tables with the same keys take the cached shape */
        "for i = 1, 20 do\n"
        "  local t = { name = 'n' .. i, code = i, fee = { amount = i, charged = i % 2 == 0 } }\n"
        "  assert(same(t) == string.format('{\"code\":%d,\"fee\":{\"amount\":%d,\"charged\":%s},'\n"
        "    .. '\"name\":\"n%d\"}', i, i, tostring(i % 2 == 0), i))\n"
        "end\n"
        /* 16 keys are cached, 17 are not: both sorted */
        "for _, n in ipairs { 2, 15, 16, 17, 33 } do\n"
        "  local t, keys = {}, {}\n"
        "  for i = 1, n do t['k' .. i] = i keys[i] = 'k' .. i end\n"
        "  table.sort(keys)\n"
        "  local parts = {}\n"
        "  for i, k in ipairs(keys) do parts[i] = '\"' .. k .. '\":' .. t[k] end\n"
        "  assert(same(t) == '{' .. table.concat(parts, ',') .. '}', n)\n"
        "end\n"
        /* an error inside a cached object names its key */
        "same({ name = 'x', fee = 1 })\n"
        "local ok, err = pcall(json.encode, { name = 'x', fee = print })\n"
        "assert(not ok and err:find('at fee: cannot encode a function', 1, true), err)\n"
        "ok, err = pcall(json.encode, { items = { { id = 1, ok = true }, { id = 2, ok = 0 / 0 } } "
        "})\n"
        "assert(not ok and err:find('at items[2].ok: cannot encode NaN', 1, true), err)\n"
        "same({ a = { b = { c = 1, d = 2 }, e = 3 }, f = 4 })\n"
        "ok, err = pcall(json.encode, { a = { b = { c = 1, d = coroutine.create(print) }, e = 3 "
        "},\n"
        "  f = 4 })\n"
        "assert(not ok and err:find('at a.b.d: cannot encode a thread', 1, true), err)\n"
        /* a cached object marked as an array is still refused */
        "ok, err = pcall(json.encode, json.array({ name = 'x', fee = 1 }))\n"
        "assert(not ok and err:find('table marked as array has keys other than 1..n', 1, true))\n"
        "assert(same(json.object({ name = 'x', fee = 1 })) == '{\"fee\":1,\"name\":\"x\"}')\n"
        /* keys read by address that are not strings are found in order */
        "ok, err = pcall(json.encode, { name = 'x', fee = 1, [{}] = 2 })\n"
        "assert(not ok and err:find('at top level: cannot use a table as an object key', 1, "
        "true),\n"
        "  err)\n"
        "ok, err = pcall(json.encode, { name = 'x', [print] = 1, [true] = 2 })\n"
        "assert(not ok and err:find('cannot use a ', 1, true), err)\n"
        "ok, err = pcall(json.encode, { a = { name = 'x', [2.5] = 1 } })\n"
        "assert(not ok and err:find('at a: cannot use a non-integer number as an object key',\n"
        "  1, true), err)\n"
        "assert(same({ name = 'x', [7] = 'seven' }) == '{\"7\":\"seven\",\"name\":\"x\"}')\n"
        "ok, err = pcall(json.encode, { name = 'x', [1] = 1, ['1'] = 2 })\n"
        "assert(not ok and err:find('integer key 1 and string key \"1\" collide', 1, true), err)\n"
        /* the cache keeps no table alive, only key strings */
        "local weak = setmetatable({}, { __mode = 'k' })\n"
        "do local t = { name = 'gone', code = 1 } weak[t] = true same(t) end\n"
        "collectgarbage() collectgarbage()\n"
        "assert(next(weak) == nil)\n"));
    lua_close(L);
}

/* Empty tables: [] unless marked as an object; nesting counts the same
 * for objects read by address. */
static void encode_empty_tables_and_deep_objects(void) {
    lua_State *L = t_state();
    buf b = BUF_INIT;
    char err[512];

    CHECK(t_encodes(L, "{a={}, b=json.object({}), c=json.array({}), d={{}}}",
                    "{\"a\":[],\"b\":{},\"c\":[],\"d\":[[]]}"));
    CHECK(t_lua(L, "assert(json.encode({a={}, b=json.object({})}) == '{\"a\":[],\"b\":{}}')\n"
                   "function onest(n) local t = {x=1} for i = 2, n do t = {a=t, b=1} end\n"
                   "  return t end\n"
                   "assert(json.encode(onest(64)):sub(1, 12) == '{\"a\":{\"a\":{\"')\n"
                   "local ok, e = pcall(json.encode, onest(65))\n"
                   "assert(not ok and e:find('nesting too deep (more than 64 levels)', 1, true))\n"
                   "assert(e:find('at a.a.a.a', 1, true), e)"));
    t_push_expr(L, "onest(65)");
    CHECK(json_encode(L, -1, &b, err, sizeof err) == -1);
    CHECK(strncmp(err, "at a.a.a", 8) == 0);
    lua_pop(L, 1);
    buf_free(&b);
    lua_close(L);
}

/* Tables of many members: values beyond what the stack holds are looked
 * up again, tables among them too. */
static void encode_many_table_values(void) {
    lua_State *L = t_state();

    CHECK(t_lua(L, "for _, n in ipairs{1023, 1024, 1025, 1100, 3000} do\n"
                   "  local t, a, want, wanta = {}, {}, {}, {}\n"
                   "  for i = 1, n do\n"
                   "    local k = string.format('k%05d', i)\n"
                   "    t[k] = { i, { v = i } } a[i] = { v = i }\n"
                   "    want[i] = string.format('\"%s\":[%d,{\"v\":%d}]', k, i, i)\n"
                   "    wanta[i] = string.format('{\"v\":%d}', i)\n"
                   "  end\n"
                   "  assert(json.encode(t) == '{' .. table.concat(want, ',') .. '}', n)\n"
                   "  assert(json.encode(a) == '[' .. table.concat(wanta, ',') .. ']', n)\n"
                   "end"));
    lua_close(L);
}

/* encode_memo and the cache together: kept text is written for tables the
 * memo knows, at any depth, and cached shapes around them stay right. */
static void module_encode_memo_with_cached_shapes(void) {
    lua_State *L = t_state();

    CHECK(t_lua(
        L, "local item = { name = '不动产登记', code = 'X1', limits = { 5, 30 } }\n"
           "for round = 1, 3 do\n"
           "  local ev = { action = 'submit', data = { item = item, n = round } }\n"
           "  local memo = {}\n"
           "  local text = json.encode_memo(ev, memo, 3)\n"
           "  assert(text == json.encode(ev), text)\n"
           "  assert(memo[item] == '{\"code\":\"X1\",\"limits\":[5,30],\"name\":\"不动产登记\"}')\n"
           "  memo[item] = '{\"kept\":' .. round .. '}'\n"
           "  local doc = { item = item, state = 'submitted', data = { item = item } }\n"
           "  local d = json.encode_memo(doc, memo)\n"
           "  local k = '{\"kept\":' .. round .. '}'\n"
           "  assert(d == '{\"data\":{\"item\":' .. k .. '},\"item\":' .. k .. "
           "',\"state\":\"submitted\"}', d)\n"
           "end"));
    lua_close(L);
}

int main(void) {
    TEST(utf8_accepts_ascii_chinese_and_astral_text);
    TEST(utf8_refuses_ill_formed_text_at_its_first_bad_byte);
    TEST(write_string_escapes_only_what_json_requires);
    TEST(write_string_replaces_each_ill_formed_sequence_with_fffd);
    TEST(decode_refuses_bad_text_with_offset_and_reason);
    TEST(decode_keeps_integers_integers_and_floats_floats);
    TEST(decode_unescapes_strings_into_utf8);
    TEST(decode_builds_tables_markers_and_null);
    TEST(decode_accepts_64_levels_and_refuses_65);
    TEST(decode_fills_large_tables_across_batches);
    TEST(encode_writes_scalars);
    TEST(encode_writes_floats_shortest_and_still_floats);
    TEST(encode_float_round_trips_bit_exact);
    TEST(encode_sorts_object_keys_by_bytes);
    TEST(encode_tells_arrays_from_objects);
    TEST(encode_refuses_with_the_path_of_the_bad_value);
    TEST(encode_refuses_light_userdata_other_than_null);
    TEST(encode_detects_cycles);
    TEST(encode_stops_at_its_longest_text);
    TEST(encode_accepts_64_levels_and_refuses_65);
    TEST(encode_sorts_large_and_nested_objects);
    TEST(encode_leaves_the_stack_and_foreign_buffer_content);
    TEST(numbers_ignore_the_locale_decimal_point);
    TEST(exhausted_stack_and_memory_are_reported);
    TEST(round_trip_reproduces_canonical_text);
    TEST(module_decode_returns_nil_and_message);
    TEST(module_encode_raises_on_unencodable_values);
    TEST(module_markers_are_set_only_through_array_and_object);
    TEST(module_encode_reuses_and_trims_its_buffer);
    TEST(module_encode_survives_reentry_from_finalisers);
    TEST(module_clone_copies_data_deeply);
    TEST(module_encode_memo_reuses_unchanged_tables);
    TEST(encode_strings_at_every_length_and_place);
    TEST(encode_cjk_runs_keep_the_utf8_rules);
    TEST(encode_orders_keys_sharing_a_prefix);
    TEST(module_encode_writes_cached_shapes_the_same);
    TEST(encode_empty_tables_and_deep_objects);
    TEST(encode_many_table_values);
    TEST(module_encode_memo_with_cached_shapes);
    T_EXIT();
}
