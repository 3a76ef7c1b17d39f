#include "json.h"

#include <locale.h>
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lauxlib.h>

/* Only the addresses matter: &json_null_tag is json.null, the other two are
 * the registry keys of the marker metatables. */
static char json_null_tag;
static char json_array_mt_key;
static char json_object_mt_key;

/* Byte classes shared by the string scanner and the string writer. */
enum { JSON_C_PLAIN, JSON_C_QUOTE, JSON_C_BSLASH, JSON_C_CTRL, JSON_C_HIGH };

/* Values are the JSON_C_* classes above, indexed by byte. */
static const unsigned char json_char_class[256] = {
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, /* 00 */
    3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 3, /* 10 */
    0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 20 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 30 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 40 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0, 0, /* 50 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 60 */
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, /* 70 */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, /* 80 */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, /* 90 */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, /* A0 */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, /* B0 */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, /* C0 */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, /* D0 */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, /* E0 */
    4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, /* F0 */
};

/* ---- appending ----------------------------------------------------- */

/* buf_add / buf_addc with the common case inline, since encoding appends
 * punctuation a byte at a time. Keeps buf's invariants: the byte after the
 * data is NUL, and a failed buffer takes no more bytes. */
static inline void json_put(buf *b, const void *s, size_t n) {
    if (!b->oom && b->len + n < b->cap) {
        memcpy(b->data + b->len, s, n);
        b->len += n;
        b->data[b->len] = '\0';
    } else {
        buf_add(b, s, n);
    }
}

static inline void json_putc(buf *b, char c) {
    if (!b->oom && b->len + 1 < b->cap) {
        b->data[b->len++] = c;
        b->data[b->len] = '\0';
    } else {
        buf_addc(b, c);
    }
}

/* ---- UTF-8 ---------------------------------------------------------- */

/* Length of the well-formed UTF-8 sequence at p (p < end), or 0 when it is
 * ill-formed; then *bad is the length of its maximal ill-formed prefix (at
 * least 1), which is what one U+FFFD replaces (Unicode 15, section 3.9). */
static inline size_t json_utf8_seq(const unsigned char *p, const unsigned char *end, size_t *bad) {
    unsigned char c = p[0], lo = 0x80, hi = 0xBF;
    size_t need, avail = (size_t)(end - p) - 1, i;

    if (c < 0x80)
        return 1;
    if (c < 0xC2) {
        need = 0; /* continuation byte or overlong 2-byte lead */
    } else if (c < 0xE0) {
        need = 1;
    } else if (c < 0xF0) {
        need = 2;
        if (c == 0xE0)
            lo = 0xA0; /* overlong */
        else if (c == 0xED)
            hi = 0x9F; /* surrogates */
    } else if (c < 0xF5) {
        need = 3;
        if (c == 0xF0)
            lo = 0x90; /* overlong */
        else if (c == 0xF4)
            hi = 0x8F; /* above U+10FFFF */
    } else {
        need = 0;
    }
    if (need == 0 || avail < 1 || p[1] < lo || p[1] > hi) {
        *bad = 1;
        return 0;
    }
    for (i = 2; i <= need; i++) {
        if (avail < i || (p[i] & 0xC0) != 0x80) {
            *bad = i;
            return 0;
        }
    }
    return need + 1;
}

/* Writes code point u (valid, not a surrogate) as UTF-8; returns its length. */
static size_t json_utf8_put(char *o, unsigned long u) {
    if (u < 0x80) {
        o[0] = (char)u;
        return 1;
    }
    if (u < 0x800) {
        o[0] = (char)(0xC0 | (u >> 6));
        o[1] = (char)(0x80 | (u & 0x3F));
        return 2;
    }
    if (u < 0x10000) {
        o[0] = (char)(0xE0 | (u >> 12));
        o[1] = (char)(0x80 | ((u >> 6) & 0x3F));
        o[2] = (char)(0x80 | (u & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (u >> 18));
    o[1] = (char)(0x80 | ((u >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((u >> 6) & 0x3F));
    o[3] = (char)(0x80 | (u & 0x3F));
    return 4;
}

int json_utf8_valid(const char *s, size_t n, size_t *bad_off) {
    const unsigned char *start = (const unsigned char *)s, *p = start, *end = start + n;

    while (p < end) {
        size_t k, bad;

        if (*p < 0x80) {
            /* ASCII runs dominate: test eight bytes per step. */
            while (end - p >= 8) {
                uint64_t w;
                memcpy(&w, p, 8);
                if (w & UINT64_C(0x8080808080808080))
                    break;
                p += 8;
            }
            while (p < end && *p < 0x80)
                p++;
            continue;
        }
        k = json_utf8_seq(p, end, &bad);
        if (k == 0) {
            if (bad_off)
                *bad_off = (size_t)(p - start);
            return 0;
        }
        p += k;
    }
    return 1;
}

/* ---- writing strings ------------------------------------------------ */

/* Nonzero when one of the eight bytes of w needs a look of its own: below
 * 0x20, a quote, a backslash, or 0x80 and above. (Each test is exact about
 * whether some byte matches, which is all that is asked.) */
static inline uint64_t json_word_special(uint64_t w) {
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones << 7;
    uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
    return (w | ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs;
}

void json_write_string(buf *b, const char *s, size_t n) {
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s, *end = p + n, *run = p;

    /* One reservation covers the common case of nothing to escape. */
    if ((b->oom || b->len + n + 3 > b->cap) && buf_reserve(b, n + 2) != 0)
        return;
    json_putc(b, '"');
    for (;;) {
        /* Plain ASCII (keys, codes, numbers in text): eight bytes a step. */
        while (end - p >= 8) {
            uint64_t w;
            memcpy(&w, p, 8);
            if (json_word_special(w))
                break;
            p += 8;
        }
        while (p < end && json_char_class[*p] == JSON_C_PLAIN)
            p++;
        if (p == end)
            break;
        unsigned char c = *p;
        if (json_char_class[c] == JSON_C_HIGH) {
            /* A run of multi-byte characters. Most text here is CJK: three
             * bytes, lead E1..EC or EE..EF, where any two continuation bytes
             * are well-formed. */
            do {
                size_t k, bad;
                c = *p;
                if (c >= 0xE1 && c <= 0xEF && c != 0xED && end - p >= 3 && (p[1] & 0xC0) == 0x80 &&
                    (p[2] & 0xC0) == 0x80) {
                    p += 3;
                    continue;
                }
                k = json_utf8_seq(p, end, &bad);
                if (k) {
                    p += k;
                    continue;
                }
                json_put(b, run, (size_t)(p - run));
                json_put(b, "\xEF\xBF\xBD", 3);
                p += bad;
                run = p;
            } while (p < end && *p >= 0x80);
            continue;
        }
        char esc[6];
        size_t elen = 2;
        json_put(b, run, (size_t)(p - run));
        esc[0] = '\\';
        switch (c) {
        case '"':
        case '\\': esc[1] = (char)c; break;
        case '\b': esc[1] = 'b'; break;
        case '\f': esc[1] = 'f'; break;
        case '\n': esc[1] = 'n'; break;
        case '\r': esc[1] = 'r'; break;
        case '\t': esc[1] = 't'; break;
        default:
            memcpy(esc + 1, "u00", 3);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            elen = 6;
            break;
        }
        json_put(b, esc, elen);
        p++;
        run = p;
    }
    json_put(b, run, (size_t)(p - run));
    json_putc(b, '"');
}

/* ---- marker metatables and null ------------------------------------- */

static void json_push_marker(lua_State *L, const void *key, const char *name) {
    if (lua_rawgetp(L, LUA_REGISTRYINDEX, key) != LUA_TNIL)
        return;
    lua_pop(L, 1);
    lua_createtable(L, 0, 1);
    /* __metatable hides the table from getmetatable() and makes
     * setmetatable() refuse, so Lua code can neither change the marker for
     * every decoded value nor strip it. */
    lua_pushstring(L, name);
    lua_setfield(L, -2, "__metatable");
    lua_pushvalue(L, -1);
    lua_rawsetp(L, LUA_REGISTRYINDEX, key);
}

void json_push_array_mt(lua_State *L) {
    json_push_marker(L, &json_array_mt_key, "banshi.json.array");
}

void json_push_object_mt(lua_State *L) {
    json_push_marker(L, &json_object_mt_key, "banshi.json.object");
}

void json_push_null(lua_State *L) { lua_pushlightuserdata(L, &json_null_tag); }

/* ---- decoding ------------------------------------------------------- */

typedef struct json_dec {
    lua_State *L;
    const unsigned char *p, *end;
    const unsigned char *err_at;
    const char *err_msg;
    int depth;
    int array_mt, object_mt; /* stack indices of the markers */
    char decpoint;           /* locale decimal point, 0 until needed */
} json_dec;

static int json_dec_value(json_dec *d);

static int json_dec_fail(json_dec *d, const unsigned char *at, const char *msg) {
    d->err_at = at;
    d->err_msg = msg;
    return -1;
}

/* Fails at `at` with msg, or with "unexpected end of input" there is nothing
 * left to complain about. */
static int json_dec_fail_or_eof(json_dec *d, const unsigned char *at, const char *msg) {
    return json_dec_fail(d, at, at < d->end ? msg : "unexpected end of input");
}

static inline const unsigned char *json_skip_ws(const unsigned char *p, const unsigned char *end) {
    while (p < end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        p++;
    return p;
}

/* Value of four hex digits at p, or -1. */
static inline long json_hex4(const unsigned char *p) {
    long v = 0;
    int i;

    for (i = 0; i < 4; i++) {
        unsigned c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (long)(c - '0');
        else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
            v |= (long)((c | 0x20) - 'a' + 10);
        else
            return -1;
    }
    return v;
}

/* Decodes the already validated body of a string, p..end, into o; returns
 * the length written, never more than end - p. */
static size_t json_unescape(char *o, const unsigned char *p, const unsigned char *end) {
    char *start = o;

    while (p < end) {
        const unsigned char *bs = memchr(p, '\\', (size_t)(end - p));
        unsigned long u;

        if (!bs)
            bs = end;
        memcpy(o, p, (size_t)(bs - p));
        o += bs - p;
        p = bs;
        if (p == end)
            break;
        switch (p[1]) {
        case 'b': *o++ = '\b'; break;
        case 'f': *o++ = '\f'; break;
        case 'n': *o++ = '\n'; break;
        case 'r': *o++ = '\r'; break;
        case 't': *o++ = '\t'; break;
        case 'u':
            u = (unsigned long)json_hex4(p + 2);
            if (u >= 0xD800 && u <= 0xDBFF) {
                p += 6;
                u = 0x10000 + ((u - 0xD800) << 10) + ((unsigned long)json_hex4(p + 2) - 0xDC00);
            }
            o += json_utf8_put(o, u);
            p += 4;
            break;
        default: /* '"', '\\', '/' */ *o++ = (char)p[1]; break;
        }
        p += 2;
    }
    return (size_t)(o - start);
}

/* Pushes the string whose body p..end holds escapes. Kept apart from the
 * scanner so the large luaL_Buffer is not in every recursion frame. */
static void json_dec_push_escaped(lua_State *L, const unsigned char *p, const unsigned char *end) {
    luaL_Buffer lb;
    char *o = luaL_buffinitsize(L, &lb, (size_t)(end - p));

    luaL_pushresultsize(&lb, json_unescape(o, p, end));
}

/* d->p is at the opening quote. Validates the whole string first (so the
 * copy needs no checks and an escaped string is sized once), then pushes it. */
static int json_dec_string(json_dec *d) {
    const unsigned char *open = d->p, *p = open + 1, *end = d->end;
    int escaped = 0;
    long u, lo;
    size_t k, bad;

    for (;;) {
        while (p < end && json_char_class[*p] == JSON_C_PLAIN)
            p++;
        if (p == end)
            return json_dec_fail(d, open, "unterminated string");
        switch (json_char_class[*p]) {
        case JSON_C_QUOTE: goto closed;
        case JSON_C_CTRL: return json_dec_fail(d, p, "control character in string");
        case JSON_C_HIGH:
            k = json_utf8_seq(p, end, &bad);
            if (k == 0)
                return json_dec_fail(d, p, "invalid UTF-8");
            p += k;
            break;
        default: /* backslash */
            escaped = 1;
            if (end - p < 2)
                return json_dec_fail(d, open, "unterminated string");
            switch (p[1]) {
            case '"':
            case '\\':
            case '/':
            case 'b':
            case 'f':
            case 'n':
            case 'r':
            case 't': p += 2; break;
            case 'u':
                if (end - p < 6 || (u = json_hex4(p + 2)) < 0)
                    return json_dec_fail(d, p, "invalid \\u escape");
                if (u >= 0xDC00 && u <= 0xDFFF)
                    return json_dec_fail(d, p, "lone surrogate in \\u escape");
                if (u >= 0xD800 && u <= 0xDBFF) {
                    if (end - p < 12 || p[6] != '\\' || p[7] != 'u')
                        return json_dec_fail(d, p, "lone surrogate in \\u escape");
                    if ((lo = json_hex4(p + 8)) < 0)
                        return json_dec_fail(d, p + 6, "invalid \\u escape");
                    if (lo < 0xDC00 || lo > 0xDFFF)
                        return json_dec_fail(d, p, "lone surrogate in \\u escape");
                    p += 12;
                } else {
                    p += 6;
                }
                break;
            default: return json_dec_fail(d, p, "invalid escape");
            }
            break;
        }
    }
closed:
    if (escaped)
        json_dec_push_escaped(d->L, open + 1, p);
    else
        lua_pushlstring(d->L, (const char *)open + 1, (size_t)(p - open - 1));
    d->p = p + 1;
    return 0;
}

/* Pushes the float spelled by start..stop (grammar already checked). */
static int json_dec_float(json_dec *d, const unsigned char *start, const unsigned char *stop) {
    char small[64], *tmp = small, *dot;
    size_t len = (size_t)(stop - start);
    double x;

    if (len >= sizeof small && !(tmp = malloc(len + 1)))
        return json_dec_fail(d, start, "out of memory");
    memcpy(tmp, start, len);
    tmp[len] = '\0';
    /* strtod follows LC_NUMERIC; JSON always uses '.'. */
    if (!d->decpoint) {
        d->decpoint = localeconv()->decimal_point[0];
        if (!d->decpoint)
            d->decpoint = '.';
    }
    if (d->decpoint != '.' && (dot = memchr(tmp, '.', len)))
        *dot = d->decpoint;
    x = strtod(tmp, NULL);
    if (tmp != small)
        free(tmp);
    if (isinf(x))
        return json_dec_fail(d, start, "number out of range");
    lua_pushnumber(d->L, (lua_Number)x);
    return 0;
}

static int json_dec_number(json_dec *d) {
    const unsigned char *start = d->p, *p = start, *end = d->end, *digits, *int_end;
    int neg = 0, is_int = 1;

    if (*p == '-') {
        neg = 1;
        p++;
    }
    digits = p;
    if (p < end && *p == '0') {
        p++;
        if (p < end && *p >= '0' && *p <= '9')
            return json_dec_fail(d, p - 1, "leading zero in number");
    } else if (p < end && *p >= '1' && *p <= '9') {
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    } else {
        return json_dec_fail_or_eof(d, p, "invalid number");
    }
    int_end = p;
    if (p < end && *p == '.') {
        is_int = 0;
        p++;
        if (!(p < end && *p >= '0' && *p <= '9'))
            return json_dec_fail_or_eof(d, p, "invalid number");
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        is_int = 0;
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        if (!(p < end && *p >= '0' && *p <= '9'))
            return json_dec_fail_or_eof(d, p, "invalid number");
        while (p < end && *p >= '0' && *p <= '9')
            p++;
    }
    d->p = p;
    if (is_int) {
        lua_Unsigned u = 0, limit = (lua_Unsigned)LUA_MAXINTEGER + (lua_Unsigned)neg;
        const unsigned char *q;

        if (int_end - digits <= 18) {
            /* 18 digits cannot overflow 63 bits. */
            for (q = digits; q < int_end; q++)
                u = u * 10 + (lua_Unsigned)(*q - '0');
        } else {
            for (q = digits; q < int_end; q++) {
                lua_Unsigned dg = (lua_Unsigned)(*q - '0');
                if (u > (limit - dg) / 10)
                    break;
                u = u * 10 + dg;
            }
            if (q < int_end)
                return json_dec_float(d, start, p);
        }
        if (!neg)
            lua_pushinteger(d->L, (lua_Integer)u);
        else if (u == (lua_Unsigned)LUA_MAXINTEGER + 1)
            lua_pushinteger(d->L, LUA_MININTEGER);
        else
            lua_pushinteger(d->L, -(lua_Integer)u);
        return 0;
    }
    return json_dec_float(d, start, p);
}

static int json_dec_literal(json_dec *d, const char *word, size_t len) {
    if ((size_t)(d->end - d->p) < len || memcmp(d->p, word, len) != 0)
        return json_dec_fail(d, d->p, "invalid literal");
    d->p += len;
    return 0;
}

/* Containers collect their members on the Lua stack and then create the
 * table at its final size, avoiding a rehash per doubling; members are
 * flushed into the table every JSON_DEC_BATCH so the stack stays bounded.
 * Each container reserves its stack once: the batch, its table slot, and a
 * leaf value with luaL_Buffer's slots. */
#define JSON_DEC_BATCH   128
#define JSON_DEC_RESERVE (2 * JSON_DEC_BATCH + 8)

/* Moves the n values above slot into the array there (creating it, sized, on
 * the first flush), after the *len already stored. */
static void json_dec_flush_array(json_dec *d, int slot, int n, lua_Integer *len) {
    lua_State *L = d->L;
    int i;

    if (lua_type(L, slot) == LUA_TNIL) {
        lua_createtable(L, n, 0);
        lua_pushvalue(L, d->array_mt);
        lua_setmetatable(L, -2);
        lua_replace(L, slot);
    }
    for (i = n; i >= 1; i--)
        lua_rawseti(L, slot, *len + i); /* pops the top, the last value */
    *len += n;
}

/* Moves the n key/value pairs above slot into the object there (creating
 * it, sized, on the first flush), in document order: the last duplicate wins. */
static void json_dec_flush_object(json_dec *d, int slot, int n) {
    lua_State *L = d->L;
    int i;

    if (lua_type(L, slot) == LUA_TNIL) {
        lua_createtable(L, 0, n);
        lua_pushvalue(L, d->object_mt);
        lua_setmetatable(L, -2);
        lua_replace(L, slot);
    }
    for (i = 0; i < n; i++) {
        lua_pushvalue(L, slot + 1 + 2 * i);
        lua_pushvalue(L, slot + 2 + 2 * i);
        lua_rawset(L, slot);
    }
    lua_settop(L, slot);
}

/* After an array element or an object member: skips blanks, then either
 * the closing bracket (returns 1, not consumed) or a comma with something
 * after it (returns 0, consumed). Returns -1 on an error, which it reports. */
static int json_dec_after_element(json_dec *d, char close) {
    d->p = json_skip_ws(d->p, d->end);
    if (d->p == d->end)
        return json_dec_fail(d, d->p, "unexpected end of input");
    if (*d->p == close)
        return 1;
    if (*d->p != ',')
        return json_dec_fail(d, d->p, close == ']' ? "expected ',' or ']'" : "expected ',' or '}'");
    const unsigned char *comma = d->p;
    d->p = json_skip_ws(d->p + 1, d->end);
    if (d->p < d->end && *d->p == close)
        return json_dec_fail(d, comma, "trailing comma");
    return 0;
}

static int json_dec_array(json_dec *d) {
    lua_State *L = d->L;
    lua_Integer len = 0;
    int slot, n = 0;

    if (d->depth == JSON_MAX_DEPTH)
        return json_dec_fail(d, d->p, "nesting too deep");
    if (!lua_checkstack(L, JSON_DEC_RESERVE))
        return json_dec_fail(d, d->p, "Lua stack exhausted");
    d->depth++;
    lua_pushnil(L); /* becomes the table */
    slot = lua_gettop(L);
    d->p = json_skip_ws(d->p + 1, d->end);
    if (d->p < d->end && *d->p == ']') {
        json_dec_flush_array(d, slot, 0, &len);
        d->p++;
        d->depth--;
        return 0;
    }
    for (;;) {
        if (json_dec_value(d) != 0)
            return -1;
        if (++n == JSON_DEC_BATCH) {
            json_dec_flush_array(d, slot, n, &len);
            n = 0;
        }
        int after = json_dec_after_element(d, ']');
        if (after < 0)
            return -1;
        if (after)
            break;
    }
    json_dec_flush_array(d, slot, n, &len);
    d->p++;
    d->depth--;
    return 0;
}

static int json_dec_object(json_dec *d) {
    lua_State *L = d->L;
    int slot, n = 0;

    if (d->depth == JSON_MAX_DEPTH)
        return json_dec_fail(d, d->p, "nesting too deep");
    if (!lua_checkstack(L, JSON_DEC_RESERVE))
        return json_dec_fail(d, d->p, "Lua stack exhausted");
    d->depth++;
    lua_pushnil(L); /* becomes the table */
    slot = lua_gettop(L);
    d->p = json_skip_ws(d->p + 1, d->end);
    if (d->p < d->end && *d->p == '}') {
        json_dec_flush_object(d, slot, 0);
        d->p++;
        d->depth--;
        return 0;
    }
    for (;;) {
        if (d->p == d->end)
            return json_dec_fail(d, d->p, "unexpected end of input");
        if (*d->p != '"')
            return json_dec_fail(d, d->p, "expected string key");
        if (json_dec_string(d) != 0)
            return -1;
        d->p = json_skip_ws(d->p, d->end);
        if (d->p == d->end)
            return json_dec_fail(d, d->p, "unexpected end of input");
        if (*d->p != ':')
            return json_dec_fail(d, d->p, "expected ':'");
        d->p++;
        if (json_dec_value(d) != 0)
            return -1;
        if (++n == JSON_DEC_BATCH) {
            json_dec_flush_object(d, slot, n);
            n = 0;
        }
        int after = json_dec_after_element(d, '}');
        if (after < 0)
            return -1;
        if (after)
            break;
    }
    json_dec_flush_object(d, slot, n);
    d->p++;
    d->depth--;
    return 0;
}

/* Parses one value at d->p (after optional white space) and pushes it. On
 * failure the stack holds leftovers; json_decode discards them. */
static int json_dec_value(json_dec *d) {
    const unsigned char *p = json_skip_ws(d->p, d->end);

    d->p = p;
    if (p == d->end)
        return json_dec_fail(d, p, "unexpected end of input");
    switch (*p) {
    case '{': return json_dec_object(d);
    case '[': return json_dec_array(d);
    case '"': return json_dec_string(d);
    case 't': lua_pushboolean(d->L, 1); return json_dec_literal(d, "true", 4);
    case 'f': lua_pushboolean(d->L, 0); return json_dec_literal(d, "false", 5);
    case 'n': json_push_null(d->L); return json_dec_literal(d, "null", 4);
    case '-':
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
    case '8':
    case '9': return json_dec_number(d);
    default: return json_dec_fail(d, p, "unexpected character");
    }
}

int json_decode(lua_State *L, const char *s, size_t n, size_t *err_off, const char **err_msg) {
    json_dec d;
    int top = lua_gettop(L);
    const unsigned char *start = (const unsigned char *)s;

    /* The markers and a top-level leaf value; containers reserve their own. */
    if (!lua_checkstack(L, 16)) {
        if (err_off)
            *err_off = 0;
        if (err_msg)
            *err_msg = "Lua stack exhausted";
        return -1;
    }
    d.L = L;
    d.p = start;
    d.end = start + n;
    d.err_at = start;
    d.err_msg = NULL;
    d.depth = 0;
    d.decpoint = 0;
    json_push_array_mt(L);
    json_push_object_mt(L);
    d.array_mt = top + 1;
    d.object_mt = top + 2;
    if (json_dec_value(&d) == 0) {
        d.p = json_skip_ws(d.p, d.end);
        if (d.p == d.end) {
            lua_replace(L, top + 1);
            lua_settop(L, top + 1);
            return 0;
        }
        json_dec_fail(&d, d.p, "trailing characters");
    }
    lua_settop(L, top);
    if (err_off)
        *err_off = (size_t)(d.err_at - start);
    if (err_msg)
        *err_msg = d.err_msg;
    return -1;
}

/* ---- encoding ------------------------------------------------------- */

/* Object keys of the tables being encoded, in one stack-like arena: a
 * table's keys stay live while its values are encoded, so nested tables
 * append after them and truncate back on return. */
#define JSON_LOCAL_KEYS 64
/* Beyond this many keys per object the values are looked up again by key
 * instead of being held on the Lua stack (which is limited to LUAI_MAXSTACK). */
#define JSON_STACK_PAIRS 1024

typedef struct json_key {
    const char *s; /* string key, owned by the table; NULL: integer key in num */
    size_t len;
    uint64_t head; /* the first 8 bytes, big-endian, zero-padded: orders most keys */
    lua_Integer ikey;
    int vidx;     /* stack index of the value while the table holds it there */
    char num[21]; /* decimal form of an integer key, not NUL-terminated */
} json_key;

/* One step of the path to the value being encoded: Lua index n of an array,
 * or arena entry n of an object. */
typedef struct json_seg {
    size_t n;
    int is_key;
} json_seg;

typedef struct json_enc {
    lua_State *L;
    buf *b;
    char *err;
    size_t errlen;
    const void *array_mt, *object_mt; /* NULL when never created */
    int depth;                        /* tables open */
    const void *open[JSON_MAX_DEPTH]; /* those tables, for cycle detection */
    json_seg path[JSON_MAX_DEPTH];    /* path[i]: child of open[i] in progress */
    json_key *keys;                   /* the arena; moves when it grows */
    size_t nkeys, capkeys;
    int arena_slot; /* stack slot anchoring the arena once it is a userdata */
    int memo;       /* stack index of the memo table, or 0 (json_encode_memo) */
    int keep_depth; /* > 0: tables at this depth also go into the memo */
    size_t start;   /* b->len at entry */
} json_enc;

static int json_enc_value(json_enc *e, int idx);

static int json_is_identifier(const char *s, size_t n) {
    size_t i;

    if (n == 0 || (s[0] >= '0' && s[0] <= '9'))
        return 0;
    for (i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
              c == '_'))
            return 0;
    }
    return 1;
}

/* Writes "at <path>: <message>" into e->err; returns -1. The path uses Lua
 * notation: items[3].fee, ["a key"], [7]. Uses the C heap only, no Lua. */
static int json_enc_fail(json_enc *e, int npath, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

static int json_enc_fail(json_enc *e, int npath, const char *fmt, ...) {
    buf m = BUF_INIT;
    va_list ap;
    int i;

    if (!e->err || e->errlen == 0)
        return -1;
    buf_adds(&m, "at ");
    if (npath == 0)
        buf_adds(&m, "top level");
    for (i = 0; i < npath; i++) {
        const json_seg *seg = &e->path[i];
        const json_key *k;

        if (!seg->is_key) {
            buf_printf(&m, "[%zu]", seg->n);
            continue;
        }
        k = &e->keys[seg->n];
        if (!k->s) {
            buf_addc(&m, '[');
            buf_add(&m, k->num, k->len);
            buf_addc(&m, ']');
        } else if (json_is_identifier(k->s, k->len)) {
            if (i > 0)
                buf_addc(&m, '.');
            buf_add(&m, k->s, k->len);
        } else {
            buf_addc(&m, '[');
            json_write_string(&m, k->s, k->len > 40 ? 40 : k->len);
            if (k->len > 40)
                buf_adds(&m, "...");
            buf_addc(&m, ']');
        }
    }
    buf_adds(&m, ": ");
    va_start(ap, fmt);
    buf_vprintf(&m, fmt, ap);
    va_end(ap);
    if (buf_ok(&m)) {
        size_t n = m.len < e->errlen - 1 ? m.len : e->errlen - 1;
        memcpy(e->err, m.data, n);
        e->err[n] = '\0';
    } else {
        snprintf(e->err, e->errlen, "out of memory");
    }
    buf_free(&m);
    return -1;
}

/* Writes the decimal form of v into out (at least 21 bytes, no NUL);
 * returns its length. */
static size_t json_fmt_integer(char *out, lua_Integer v) {
    char tmp[24], *q = tmp + sizeof tmp;
    lua_Unsigned u = v < 0 ? 0u - (lua_Unsigned)v : (lua_Unsigned)v;
    size_t n;

    do {
        *--q = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--q = '-';
    n = (size_t)(tmp + sizeof tmp - q);
    memcpy(out, q, n);
    return n;
}

/* Shortest of %.15g, %.16g, %.17g that reads back as x (%.17g always
 * does), with the locale's decimal point undone and ".0" added to integral
 * values so they decode as floats again. */
static int json_enc_float(json_enc *e, double x) {
    char tmp[48], out[56];
    size_t n = 0, i;
    int prec, marked = 0, in_point = 0;

    if (isnan(x))
        return json_enc_fail(e, e->depth, "cannot encode NaN");
    if (isinf(x))
        return json_enc_fail(e, e->depth, "cannot encode infinity");
    for (prec = 15;; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, x);
        if (prec == 17 || strtod(tmp, NULL) == x)
            break;
    }
    for (i = 0; tmp[i]; i++) {
        char c = tmp[i];
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == 'e') {
            out[n++] = c;
            marked |= c == 'e';
            in_point = 0;
        } else if (!in_point) {
            out[n++] = '.'; /* whatever the locale spells it as */
            marked = in_point = 1;
        }
    }
    if (!marked) {
        out[n++] = '.';
        out[n++] = '0';
    }
    json_put(e->b, out, n);
    return 0;
}

/* 1 if the keys of table t are exactly 1..n. Leaves the stack as it was. */
static int json_is_sequence(lua_State *L, int t, lua_Unsigned n) {
    lua_Unsigned count = 0;

    lua_pushnil(L);
    while (lua_next(L, t)) {
        lua_Integer k;

        lua_pop(L, 1);
        if (!lua_isinteger(L, -1) || (k = lua_tointeger(L, -1)) < 1 || (lua_Unsigned)k > n) {
            lua_pop(L, 1);
            return 0;
        }
        count++;
    }
    return count == n;
}

static int json_enc_array(json_enc *e, int t, lua_Unsigned n) {
    lua_State *L = e->L;
    json_seg *seg = &e->path[e->depth - 1];
    lua_Unsigned i;

    json_putc(e->b, '[');
    seg->is_key = 0;
    for (i = 1; i <= n; i++) {
        if (i > 1)
            json_putc(e->b, ',');
        seg->n = (size_t)i;
        lua_rawgeti(L, t, (lua_Integer)i);
        if (json_enc_value(e, lua_gettop(L)) != 0)
            return -1;
        lua_pop(L, 1);
    }
    json_putc(e->b, ']');
    return 0;
}

static int json_key_cmp(const void *pa, const void *pb) {
    const json_key *a = pa, *b = pb;
    /* Where the heads differ they order the keys as their bytes do: at the
     * first differing byte, a byte of padding (0) stands for an end, and an
     * end comes first. */
    if (a->head != b->head)
        return a->head < b->head ? -1 : 1;
    const char *as = a->s ? a->s : a->num, *bs = b->s ? b->s : b->num;
    size_t n = a->len < b->len ? a->len : b->len;
    int c = memcmp(as, bs, n);

    if (c != 0)
        return c;
    return (a->len > b->len) - (a->len < b->len);
}

/* The head of a key (json_key.head). */
static uint64_t json_key_head(const char *s, size_t len) {
    unsigned char b[8] = {0};
    memcpy(b, s, len < 8 ? len : 8);
    return (uint64_t)b[0] << 56 | (uint64_t)b[1] << 48 | (uint64_t)b[2] << 40 |
           (uint64_t)b[3] << 32 | (uint64_t)b[4] << 24 | (uint64_t)b[5] << 16 |
           (uint64_t)b[6] << 8 | (uint64_t)b[7];
}

/* Objects here have up to a few dozen keys, where insertion sort beats
 * qsort's calls through a pointer (and the buffer glibc's qsort allocates);
 * larger ones go to qsort. */
#define JSON_INSERTION_SORT_MAX 32

static void json_sort_keys(json_key *k, size_t n) {
    size_t i, j;

    if (n > JSON_INSERTION_SORT_MAX) {
        qsort(k, n, sizeof *k, json_key_cmp);
        return;
    }
    for (i = 1; i < n; i++) {
        json_key tmp = k[i];
        for (j = i; j > 0 && json_key_cmp(&k[j - 1], &tmp) > 0; j--)
            k[j] = k[j - 1];
        k[j] = tmp;
    }
}

/* Doubles the arena, moving it into a userdata anchored at e->arena_slot.
 * Needs one free stack slot; raises only on memory errors. */
static void json_keys_grow(json_enc *e) {
    size_t cap = e->capkeys * 2;
    json_key *k = lua_newuserdatauv(e->L, cap * sizeof *k, 0);

    memcpy(k, e->keys, e->nkeys * sizeof *k);
    lua_replace(e->L, e->arena_slot);
    e->keys = k;
    e->capkeys = cap;
}

/* Gathers the keys of t once (values stay on the Lua stack, up to
 * JSON_STACK_PAIRS), sorts them, then writes the members in that order. */
static int json_enc_object(json_enc *e, int t, int empty_as_array) {
    lua_State *L = e->L;
    json_seg *seg = &e->path[e->depth - 1];
    int base = lua_gettop(L), stacked = 1;
    size_t first = e->nkeys, i;

    lua_pushnil(L);
    while (lua_next(L, t)) {
        json_key *k;
        int kt = lua_type(L, -2);

        if (e->nkeys == e->capkeys)
            json_keys_grow(e);
        k = &e->keys[e->nkeys];
        if (kt == LUA_TSTRING) {
            k->s = lua_tolstring(L, -2, &k->len);
            k->head = json_key_head(k->s, k->len);
        } else if (kt == LUA_TNUMBER && lua_isinteger(L, -2)) {
            k->s = NULL;
            k->ikey = lua_tointeger(L, -2);
            k->len = json_fmt_integer(k->num, k->ikey);
            k->head = json_key_head(k->num, k->len);
        } else {
            return json_enc_fail(e, e->depth - 1, "cannot use a %s as an object key",
                                 kt == LUA_TNUMBER ? "non-integer number" : lua_typename(L, kt));
        }
        e->nkeys++;
        /* Each stacked key takes two slots; room for sixteen more (and some
         * spare) is asked for once every sixteen keys. */
        size_t nth = e->nkeys - first - 1;
        if (stacked && nth < JSON_STACK_PAIRS && (nth % 16 != 0 || lua_checkstack(L, 40))) {
            k->vidx = lua_gettop(L);
            lua_pushvalue(L, -2); /* key and value stay; the copy drives lua_next */
        } else if (stacked) {
            /* Switch to looking values up again: keep only the current key.
             * String keys stay alive as keys of t. */
            stacked = 0;
            lua_pop(L, 1);
            if (lua_gettop(L) > base + 1) {
                lua_replace(L, base + 1);
                lua_settop(L, base + 1);
            }
        } else {
            lua_pop(L, 1);
        }
    }
    if (e->nkeys == first && empty_as_array) {
        /* An empty table that is not marked as an object is an empty list. */
        json_put(e->b, "[]", 2);
        lua_settop(L, base);
        return 0;
    }
    json_sort_keys(e->keys + first, e->nkeys - first);

    json_putc(e->b, '{');
    seg->is_key = 1;
    for (i = first; i < e->nkeys; i++) {
        json_key *k = &e->keys[i]; /* re-fetched: children may move the arena */
        int vidx;

        if (i > first) {
            if (json_key_cmp(k - 1, k) == 0)
                return json_enc_fail(
                    e, e->depth - 1, "integer key %.*s and string key \"%.*s\" collide",
                    (int)k->len, k->s ? k[-1].num : k->num, (int)k->len, k->s ? k->s : k[-1].s);
            json_putc(e->b, ',');
        }
        if (k->s) {
            json_write_string(e->b, k->s, k->len);
        } else {
            json_putc(e->b, '"');
            json_put(e->b, k->num, k->len);
            json_putc(e->b, '"');
        }
        json_putc(e->b, ':');
        seg->n = i;
        if (stacked) {
            vidx = k->vidx;
        } else {
            if (k->s) {
                lua_pushlstring(L, k->s, k->len);
                lua_rawget(L, t);
            } else {
                lua_rawgeti(L, t, k->ikey);
            }
            vidx = lua_gettop(L);
        }
        if (json_enc_value(e, vidx) != 0)
            return -1;
        if (!stacked)
            lua_pop(L, 1);
    }
    json_putc(e->b, '}');
    lua_settop(L, base);
    e->nkeys = first;
    return 0;
}

static int json_enc_table(json_enc *e, int t) {
    lua_State *L = e->L;
    const void *self = lua_topointer(L, t), *mt = NULL;
    int i, rc;

    /* Checked once per table: only tables can repeat, so the text written
     * between two checks is no longer than the values of one table. A
     * buffer that failed to grow stops the walk too. */
    if (!buf_ok(e->b))
        return json_enc_fail(e, 0, "out of memory");
    if (e->b->len - e->start > ((size_t)JSON_MAX_TEXT_MIB << 20))
        return json_enc_fail(e, 0, "text longer than %d MiB", JSON_MAX_TEXT_MIB);
    for (i = 0; i < e->depth; i++)
        if (e->open[i] == self)
            return json_enc_fail(e, e->depth, "cycle: the table contains itself");
    if (e->depth == JSON_MAX_DEPTH)
        return json_enc_fail(e, e->depth, "nesting too deep (more than %d levels)", JSON_MAX_DEPTH);
    if (!lua_checkstack(L, 8))
        return json_enc_fail(e, e->depth, "Lua stack exhausted");
    if (e->memo) {
        lua_pushvalue(L, t);
        if (lua_rawget(L, e->memo) == LUA_TSTRING) {
            size_t n;
            const char *text = lua_tolstring(L, -1, &n);
            json_put(e->b, text, n);
            lua_pop(L, 1);
            return 0;
        }
        lua_pop(L, 1);
    }
    size_t start = e->b->len;
    if (lua_getmetatable(L, t)) {
        mt = lua_topointer(L, -1);
        lua_pop(L, 1);
    }
    e->open[e->depth++] = self;
    if (mt != NULL && mt == e->object_mt) {
        rc = json_enc_object(e, t, 0);
    } else {
        lua_Unsigned n = lua_rawlen(L, t);
        if (n == 0 && (mt == NULL || mt != e->array_mt)) {
            /* Most tables here are objects: go straight to their keys (an
             * empty one is written as [], as the sequence of length 0). */
            rc = json_enc_object(e, t, 1);
        } else if (json_is_sequence(L, t, n)) {
            rc = json_enc_array(e, t, n);
        } else if (mt != NULL && mt == e->array_mt) {
            rc = json_enc_fail(e, e->depth - 1, "table marked as array has keys other than 1..n");
        } else {
            rc = json_enc_object(e, t, 0);
        }
    }
    if (rc == 0 && e->memo && e->depth == e->keep_depth && buf_ok(e->b)) {
        lua_pushvalue(L, t);
        lua_pushlstring(L, e->b->data + start, e->b->len - start);
        lua_rawset(L, e->memo);
    }
    e->depth--;
    return rc;
}

/* Encodes the value at absolute index idx. Leaves the stack as it was on
 * success; on failure json_encode restores it. */
static int json_enc_value(json_enc *e, int idx) {
    lua_State *L = e->L;
    size_t n;
    const char *s;
    char num[21];

    switch (lua_type(L, idx)) {
    case LUA_TNONE:
    case LUA_TNIL: json_put(e->b, "null", 4); return 0;
    case LUA_TBOOLEAN:
        if (lua_toboolean(L, idx))
            json_put(e->b, "true", 4);
        else
            json_put(e->b, "false", 5);
        return 0;
    case LUA_TNUMBER:
        if (!lua_isinteger(L, idx))
            return json_enc_float(e, (double)lua_tonumber(L, idx));
        json_put(e->b, num, json_fmt_integer(num, lua_tointeger(L, idx)));
        return 0;
    case LUA_TSTRING:
        s = lua_tolstring(L, idx, &n);
        json_write_string(e->b, s, n);
        return 0;
    case LUA_TTABLE: return json_enc_table(e, idx);
    case LUA_TLIGHTUSERDATA:
        if (lua_touserdata(L, idx) == &json_null_tag) {
            json_put(e->b, "null", 4);
            return 0;
        }
        return json_enc_fail(e, e->depth, "cannot encode a light userdata");
    default: return json_enc_fail(e, e->depth, "cannot encode a %s", luaL_typename(L, idx));
    }
}

/* The marker metatable's identity, or NULL if it was never created (then no
 * table can carry it). Needs one free stack slot; does not allocate. */
static const void *json_peek_marker(lua_State *L, const void *key) {
    const void *p;

    lua_rawgetp(L, LUA_REGISTRYINDEX, key);
    p = lua_topointer(L, -1);
    lua_pop(L, 1);
    return p;
}

int json_encode(lua_State *L, int idx, buf *b, char *err, size_t errlen) {
    return json_encode_memo(L, idx, b, err, errlen, 0, 0);
}

int json_encode_memo(lua_State *L, int idx, buf *b, char *err, size_t errlen, int memo,
                     int keep_depth) {
    json_key local[JSON_LOCAL_KEYS];
    json_enc e;
    size_t start = b->len;
    int top = lua_gettop(L), rc;

    if (err && errlen)
        err[0] = '\0';
    e.L = L;
    e.b = b;
    e.err = err;
    e.errlen = errlen;
    e.depth = 0;
    e.keys = local;
    e.nkeys = 0;
    e.capkeys = JSON_LOCAL_KEYS;
    e.memo = memo ? lua_absindex(L, memo) : 0;
    e.keep_depth = keep_depth;
    e.start = start;
    idx = lua_absindex(L, idx);
    if (!lua_checkstack(L, 8)) {
        rc = json_enc_fail(&e, 0, "Lua stack exhausted");
        goto done;
    }
    e.array_mt = json_peek_marker(L, &json_array_mt_key);
    e.object_mt = json_peek_marker(L, &json_object_mt_key);
    lua_pushnil(L);
    e.arena_slot = lua_gettop(L);
    rc = json_enc_value(&e, idx);
    if (rc == 0 && !buf_ok(b)) {
        if (err && errlen)
            snprintf(err, errlen, "out of memory");
        rc = -1;
    }
done:
    lua_settop(L, top);
    if (rc != 0 && b->data) {
        b->len = start;
        b->data[start] = '\0';
    }
    return rc;
}

int json_is_object(lua_State *L, int idx) {
    idx = lua_absindex(L, idx);
    if (!lua_getmetatable(L, idx))
        return 0;
    json_push_object_mt(L);
    int same = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    return same;
}
