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

/* ---- the output cursor ---------------------------------------------- */

/* Byte order decides which end of a loaded word holds its first byte. */
#if !defined(__BYTE_ORDER__) || !defined(__ORDER_BIG_ENDIAN__)
#error "json.c needs __BYTE_ORDER__ (GCC or Clang)"
#endif
#define JSON_BIG_ENDIAN (__BYTE_ORDER__ == __ORDER_BIG_ENDIAN__)

static inline uint64_t json_load64(const void *p) {
    uint64_t x;
    memcpy(&x, p, 8);
    return x;
}

static inline uint32_t json_load32(const void *p) {
    uint32_t x;
    memcpy(&x, p, 4);
    return x;
}

static inline void json_store64(void *o, uint64_t x) { memcpy(o, &x, 8); }

static inline void json_store32(void *o, uint32_t x) { memcpy(o, &x, 4); }

/* A write position in a buf: o is the next byte and [o, lim) is room known
 * to be there (the byte at lim is kept for the NUL). b->len is stale until
 * json_out_close. Writers check room once for a whole piece instead of per
 * byte, and end the text with a NUL once instead of after every piece.
 * Once b has failed (b->oom), no room is ever granted again: lim == o, or
 * both point at sink when b has no data, and writes are skipped. */
typedef struct json_out {
    buf *b;
    char *o, *lim;
    char sink[1];
} json_out;

/* Opens w at the end of b with room for n bytes if they can be had. */
static void json_out_open(json_out *w, buf *b, size_t n) {
    w->b = b;
    if (buf_reserve(b, n) == 0) {
        w->o = b->data + b->len;
        w->lim = b->data + b->cap - 1;
    } else {
        w->o = w->lim = w->sink;
    }
}

/* Grows b for n more bytes at w->o. Returns 0, or -1 once b has failed. */
static int json_out_grow(json_out *w, size_t n) {
    buf *b = w->b;

    if (b->oom)
        return -1;
    b->len = (size_t)(w->o - b->data);
    if (buf_reserve(b, n) != 0) {
        w->lim = w->o;
        return -1;
    }
    w->o = b->data + b->len;
    w->lim = b->data + b->cap - 1;
    return 0;
}

/* Makes room for n bytes at w->o: 0, or -1 when b has failed (then the
 * caller skips its write). */
static inline int json_room(json_out *w, size_t n) {
    return (size_t)(w->lim - w->o) >= n ? 0 : json_out_grow(w, n);
}

/* Offset of w->o in b->data (0 once b has failed). */
static inline size_t json_out_offset(const json_out *w) {
    return w->b->oom ? 0 : (size_t)(w->o - w->b->data);
}

/* Sets b->len to what was written and NUL-terminates it. */
static void json_out_close(json_out *w) {
    buf *b = w->b;

    if (w->o == w->sink)
        return;
    b->len = (size_t)(w->o - b->data);
    b->data[b->len] = '\0';
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
 * 0x20, a quote, a backslash, or 0x80 and above. The test is exact about
 * whether some byte matches; and since a false flag can only come from a
 * borrow out of a lower byte that did match, the flag of the byte loaded
 * first (the lowest on a little-endian machine) is exact too. */
static inline uint64_t json_word_special(uint64_t w) {
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones << 7;
    uint64_t q = w ^ (ones * '"'), bs = w ^ (ones * '\\');
    return (w | ((w - ones * 0x20) & ~w) | ((q - ones) & ~q) | ((bs - ones) & ~bs)) & highs;
}

/* How many bytes come before the first flagged one of a nonzero
 * json_word_special result. (On a big-endian machine it may name a byte
 * that needs no look, which the caller copies as it is.) */
static inline size_t json_first_flagged(uint64_t m) {
    return JSON_BIG_ENDIAN ? (size_t)__builtin_clzll(m) >> 3 : (size_t)__builtin_ctzll(m) >> 3;
}

/* If p[0..t), 1 <= t <= 7, needs no escaping: copies it to o and returns
 * 1. Otherwise returns 0, maybe having written to o[0..t). Reads only
 * p[0..t): the test word is made of those bytes, some twice. */
static inline int json_copy_short_plain(char *o, const unsigned char *p, size_t t) {
    if (t >= 4) {
        uint32_t a = json_load32(p), z = json_load32(p + t - 4);
        if (json_word_special((uint64_t)a << 32 | z))
            return 0;
        json_store32(o, a);
        json_store32(o + t - 4, z);
        return 1;
    }
    unsigned char a = p[0], m = p[t >> 1], z = p[t - 1];
    uint64_t w = (uint64_t)a | (uint64_t)m << 8 | (uint64_t)z << 16 | (uint64_t)a << 24;
    if (json_word_special(w | w << 32))
        return 0;
    o[0] = (char)a;
    o[t >> 1] = (char)m;
    o[t - 1] = (char)z;
    return 1;
}

/* Nonzero unless every byte of w is in 0x23..0x7F and not a backslash:
 * cheaper than json_word_special, and enough for a fast path (a space or
 * '!' only sends the text the longer way). */
static inline uint64_t json_word_unusual(uint64_t w) {
    const uint64_t ones = UINT64_C(0x0101010101010101), highs = ones << 7;
    uint64_t bs = w ^ (ones * '\\');
    return (w | ((w - ones * 0x23) & ~w) | ((bs - ones) & ~bs)) & highs;
}

/* Writes p[0..n) quoted at o when n <= 16 and every byte is in 0x23..0x7F
 * other than a backslash (keys and codes): returns the position after the
 * closing quote. Otherwise returns NULL, maybe having written to
 * o[0..n + 2). Reads only p[0..n). */
static inline __attribute__((always_inline)) char *
json_quote_plain16(char *o, const unsigned char *p, size_t n) {
    o[0] = '"';
    if (n >= 8) {
        uint64_t a = json_load64(p), z = json_load64(p + n - 8);
        if (n > 16 || (json_word_unusual(a) | json_word_unusual(z)))
            return NULL;
        json_store64(o + 1, a);
        json_store64(o + 1 + n - 8, z);
    } else if (n >= 4) {
        uint32_t a = json_load32(p), z = json_load32(p + n - 4);
        if (json_word_unusual((uint64_t)a << 32 | z))
            return NULL;
        json_store32(o + 1, a);
        json_store32(o + 1 + n - 4, z);
    } else if (n > 0 && !json_copy_short_plain(o + 1, p, n)) {
        return NULL;
    }
    o[n + 1] = '"';
    return o + n + 2;
}

/* The word whose bytes in memory are b0..b7, as a constant expression. */
#if JSON_BIG_ENDIAN
#define JSON_BYTES(b0, b1, b2, b3, b4, b5, b6, b7)                                                 \
    ((uint64_t)(b0) << 56 | (uint64_t)(b1) << 48 | (uint64_t)(b2) << 40 | (uint64_t)(b3) << 32 |   \
     (uint64_t)(b4) << 24 | (uint64_t)(b5) << 16 | (uint64_t)(b6) << 8 | (uint64_t)(b7))
#else
#define JSON_BYTES(b0, b1, b2, b3, b4, b5, b6, b7)                                                 \
    ((uint64_t)(b7) << 56 | (uint64_t)(b6) << 48 | (uint64_t)(b5) << 40 | (uint64_t)(b4) << 32 |   \
     (uint64_t)(b3) << 24 | (uint64_t)(b2) << 16 | (uint64_t)(b1) << 8 | (uint64_t)(b0))
#endif

/* Runs of three-byte characters are checked a word at a time: masks and
 * values of lead (0xE0-0xEF) and continuation (0x80-0xBF) bytes, for a word
 * that starts at a lead (phase 0), one byte after one (2) or two (1).
 * Then the low nibbles of the leads, gathered into one word with each in
 * a byte of its own, must be neither 0 nor D (E0 and ED restrict the byte
 * after them). */
#define JSON_M0 JSON_BYTES(0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0)
#define JSON_V0 JSON_BYTES(0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0xE0, 0x80)
#define JSON_N0 JSON_BYTES(0x0F, 0, 0, 0x0F, 0, 0, 0x0F, 0)
#define JSON_M2 JSON_BYTES(0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0)
#define JSON_V2 JSON_BYTES(0x80, 0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80, 0xE0)
#define JSON_N2 JSON_BYTES(0, 0x0F, 0, 0, 0x0F, 0, 0, 0x0F)
#define JSON_M1 JSON_BYTES(0xC0, 0xC0, 0xF0, 0xC0, 0xC0, 0xF0, 0xC0, 0xC0)
#define JSON_V1 JSON_BYTES(0x80, 0x80, 0xE0, 0x80, 0x80, 0xE0, 0x80, 0x80)
#define JSON_N1 JSON_BYTES(0, 0, 0x0F, 0, 0, 0x0F, 0, 0)

/* 1 if the leads' nibbles gathered in l are all allowed; places has 0x01
 * in each byte that holds one. */
static inline int json_leads_ok(uint64_t l, uint64_t places) {
    uint64_t k = places * 0x7F, h = places * 0x80;
    return ((l + k) & ((l ^ (places * 0x0D)) + k) & h) == h;
}

/* 1 if p[0..24) is eight three-byte characters (E1..EC, EE, EF leads). The
 * three words are at phases 0, 2 and 1; their lead places (0 3 6, 1 4 7,
 * 2 5) do not overlap. */
static inline int json_eight_cjk(const unsigned char *p) {
    uint64_t a = json_load64(p), b = json_load64(p + 8), c = json_load64(p + 16);

    if (((a & JSON_M0) ^ JSON_V0) | ((b & JSON_M2) ^ JSON_V2) | ((c & JSON_M1) ^ JSON_V1))
        return 0;
    return json_leads_ok((a & JSON_N0) | (b & JSON_N2) | (c & JSON_N1),
                         UINT64_C(0x0101010101010101));
}

/* 1 if p[0..8) starts with two such characters (p[6..8) not looked at). */
static inline int json_two_cjk(const unsigned char *p) {
    const uint64_t six = JSON_BYTES(0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0, 0);
    uint64_t a = json_load64(p);

    if (((a & JSON_M0) ^ JSON_V0) & six)
        return 0;
    return json_leads_ok(a & JSON_N0 & six, JSON_BYTES(1, 0, 0, 1, 0, 0, 0, 0));
}

/* 1 if c leads a three-byte sequence whose any two continuation bytes are
 * well-formed: E1..EC, EE, EF. */
static inline int json_lead3(unsigned char c) { return (unsigned)(c - 0xE1) < 0x0F && c != 0xED; }

/* Writes p[0..n) quoted at o when it is up to five three-byte characters
 * (E1..EC, EE, EF leads; n a multiple of 3, at most 15): the short CJK
 * words of forms (自然人, 原件). Returns the position after the closing
 * quote; else NULL, maybe having written to o[0..n + 2). Reads only
 * p[0..n): from 9 bytes on, the first and the last eight (phases 0 and 1
 * of the run); 6 bytes as two overlapping halves. */
static inline char *json_quote_cjk15(char *o, const unsigned char *p, size_t n) {
    if (n >= 9 && n <= 15 && n % 3 == 0) {
        uint64_t a = json_load64(p), z = json_load64(p + n - 8);
        if (((a & JSON_M0) ^ JSON_V0) | ((z & JSON_M1) ^ JSON_V1))
            return NULL;
        if (!json_leads_ok((a & JSON_N0) | (z & JSON_N1),
                           UINT64_C(0x0101010101010101) & (JSON_N0 | JSON_N1)))
            return NULL;
        json_store64(o + 1, a);
        json_store64(o + 1 + n - 8, z);
    } else if (n == 6 || n == 3) {
        size_t i;
        for (i = 0; i < n; i += 3)
            if (!json_lead3(p[i]) || (p[i + 1] & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80)
                return NULL;
        o[1] = (char)p[0];
        o[2] = (char)p[1];
        o[3] = (char)p[2];
        if (n == 6) {
            o[4] = (char)p[3];
            o[5] = (char)p[4];
            o[6] = (char)p[5];
        }
    } else {
        return NULL;
    }
    o[0] = '"';
    o[n + 1] = '"';
    return o + n + 2;
}

/* Writes the escape of c (a quote, backslash or control character) at o;
 * returns the position after it (2 or 6 bytes). */
static char *json_put_escape(char *o, unsigned char c) {
    static const char hex[] = "0123456789abcdef";

    o[0] = '\\';
    switch (c) {
    case '"':
    case '\\': o[1] = (char)c; return o + 2;
    case '\b': o[1] = 'b'; return o + 2;
    case '\f': o[1] = 'f'; return o + 2;
    case '\n': o[1] = 'n'; return o + 2;
    case '\r': o[1] = 'r'; return o + 2;
    case '\t': o[1] = 't'; return o + 2;
    default:
        memcpy(o + 1, "u00", 3);
        o[4] = hex[c >> 4];
        o[5] = hex[c & 15];
        return o + 6;
    }
}

/* Writes p[0..n) as a JSON string literal at w->o, where there is room for
 * n + 2 + after bytes; leaves room for `after` more. Plain ASCII goes eight
 * bytes a step, copied as it is checked; CJK eight or two characters a step. Each
 * escape or U+FFFD (which write more than they read) makes room first, so
 * that what is left always fits: lim - o >= (end - p) + 1 + after. If b
 * fails the literal is cut short (the caller reports it at the end). */
static void json_put_str(json_out *w, const unsigned char *p, size_t n, size_t after) {
    const unsigned char *end = p + n;
    char *o = w->o;

    *o++ = '"';
    while (p < end) {
        unsigned char c = *p;

        if (c >= 0x80) {
            size_t k, bad, i;

            while (end - p >= 24 && json_eight_cjk(p)) {
                json_store64(o, json_load64(p));
                json_store64(o + 8, json_load64(p + 8));
                json_store64(o + 16, json_load64(p + 16));
                o += 24;
                p += 24;
            }
            while (end - p >= 8 && json_two_cjk(p)) {
                json_store64(o, json_load64(p)); /* 8 <= room: lim - o >= end - p + 1 */
                o += 6;
                p += 6;
            }
            if (p == end)
                break;
            c = *p;
            if (c < 0x80)
                continue;
            if (end - p >= 3 && json_lead3(c) && (p[1] & 0xC0) == 0x80 && (p[2] & 0xC0) == 0x80) {
                o[0] = (char)c;
                o[1] = (char)p[1];
                o[2] = (char)p[2];
                o += 3;
                p += 3;
                continue;
            }
            k = json_utf8_seq(p, end, &bad);
            if (k) {
                for (i = 0; i < k; i++)
                    o[i] = (char)p[i];
                o += k;
                p += k;
                continue;
            }
            w->o = o;
            if (json_room(w, (size_t)(end - p) + 3 + after) != 0)
                return;
            o = w->o;
            memcpy(o, "\xEF\xBF\xBD", 3);
            o += 3;
            p += bad;
            continue;
        }
        /* ASCII: eight bytes a step, or the last few at once. */
        if (end - p >= 8) {
            uint64_t x = json_load64(p), m = json_word_special(x);
            json_store64(o, x);
            if (!m) {
                o += 8;
                p += 8;
                continue;
            }
            size_t k = json_first_flagged(m);
            o += k;
            p += k;
            c = *p;
            if (c >= 0x80)
                continue;
        } else if (json_copy_short_plain(o, p, (size_t)(end - p))) {
            o += end - p;
            break;
        }
        if (json_char_class[c] == JSON_C_PLAIN) {
            *o++ = (char)c;
            p++;
        } else {
            w->o = o;
            if (json_room(w, (size_t)(end - p) + 6 + after) != 0)
                return;
            o = json_put_escape(w->o, c);
            p++;
        }
    }
    *o++ = '"';
    w->o = o;
}

/* Writes s[0..n) as a JSON string literal, making room for it and `after`
 * more bytes; short plain text is written inline. */
static inline void json_put_string(json_out *w, const char *s, size_t n, size_t after) {
    char *o;

    if (json_room(w, n + 2 + after) != 0)
        return;
    if (n <= 16 && ((o = json_quote_plain16(w->o, (const unsigned char *)s, n)) != NULL ||
                    (o = json_quote_cjk15(w->o, (const unsigned char *)s, n)) != NULL)) {
        w->o = o;
        return;
    }
    json_put_str(w, (const unsigned char *)s, n, after);
}

void json_write_string(buf *b, const char *s, size_t n) {
    json_out w;

    json_out_open(&w, b, n + 2);
    if (!b->oom)
        json_put_string(&w, s, n, 0);
    json_out_close(&w);
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

/* How a table is encoded. Each table is read once with lua_next: every key
 * and value is looked at there and noted in a member (below), and each
 * value stays on the Lua stack above its key (up to JSON_STACK_PAIRS per
 * table), so that nothing is looked up again and the strings noted stay
 * alive. Then the table is an array when its keys are exactly 1..n (and it
 * has no object marker), else an object whose members are written in key
 * order. The members of the tables being encoded share one stack-like
 * arena: a table's members stay while its values are written, nested
 * tables append after them and truncate back on return. */
#define JSON_LOCAL_KEYS 64
/* Beyond this many members per table, table values are looked up again by
 * key instead of being held on the Lua stack (limited to LUAI_MAXSTACK). */
#define JSON_STACK_PAIRS 1024
/* Stack slots asked for on entering a table and again every sixteen
 * members (each takes two: the key and its value). */
#define JSON_STACK_STEP 40

/* What a value is, as far as writing it goes. */
enum {
    JSON_V_NULL,
    JSON_V_FALSE,
    JSON_V_TRUE,
    JSON_V_INT,
    JSON_V_FLOAT,
    JSON_V_STRING,
    JSON_V_TABLE,
    JSON_V_LIGHT, /* a light userdata other than json.null */
    JSON_V_OTHER  /* function, full userdata, thread: u.type */
};

typedef struct json_val {
    int kind; /* JSON_V_* */
    int slot; /* JSON_V_TABLE outside a table's members: its stack index */
    size_t len;
    union {
        const char *s; /* JSON_V_STRING, owned by Lua (held on the stack or by its table) */
        lua_Integer i;
        lua_Number d;
        int type;
    } u;
} json_val;

typedef struct json_member {
    const void *kp; /* a key read by address (json_enc_members), until resolved */
    const char *ks; /* string key, owned by the table; NULL: integer key ik */
    size_t klen;    /* length of ks, or of num once it is written */
    lua_Integer ik;
    json_val v;
    char num[21]; /* decimal form of an integer key, written when the table is an object */
} json_member;

/* One member in sort order: the first 8 bytes of its key as a number,
 * which orders most keys; idx is its place in the arena. */
typedef struct json_ent {
    uint64_t head; /* bytes 0..7 of the key (json_key_head) */
    size_t idx;
} json_ent;

/* One step of the path to the value being encoded: Lua index n of an array,
 * or arena member n of an object. */
typedef struct json_seg {
    size_t n;
    int is_key;
} json_seg;

/* The shape cache (json_push_cache in json.h). An entry describes an
 * object whose keys were all strings, plain and short: how many, and which
 * strings, by address, in lua_next order (kp; tag hashes them), which of
 * them comes at each place in key order (pos), and the text written before
 * each value: ["," ]"key": (the fragments, in key order). The cache's
 * anchor table (its user value) holds the strings of every entry, so an
 * address found in an entry is the string it was: a table whose keys are
 * those addresses has exactly those keys. Entries are written into the
 * anchor's preallocated array part, which never allocates. (A light
 * userdata key is known by its pointer too: one that C code made to point
 * at a cached key string would be taken for that key; the platform makes
 * none, and Lua code cannot.) While an object is written from an entry,
 * the entry is pinned (pins, counted in the cache's current generation)
 * and no nested object may replace it. */
#define JSON_SHAPE_KEYS   16  /* objects of 2..16 keys */
#define JSON_SHAPE_KEYLEN 24  /* each at most 24 bytes */
#define JSON_SHAPE_TEXT   448 /* the fragments; 32 more bytes stay readable */
#define JSON_SHAPE_SETS   64  /* two entries each */

typedef struct json_shape {
    uint64_t tag; /* 0: empty */
    uint32_t gen, pins;
    const void *kp[JSON_SHAPE_KEYS]; /* in lua_next order */
    unsigned char n;
    unsigned char pos[JSON_SHAPE_KEYS]; /* key order -> lua_next order */
    unsigned short off[JSON_SHAPE_KEYS + 1];
    char text[JSON_SHAPE_TEXT + 32];
} json_shape;

typedef struct json_cache {
    uint32_t gen;                         /* one per json_encode_memo call */
    unsigned char older[JSON_SHAPE_SETS]; /* the way to replace next */
    json_shape set[JSON_SHAPE_SETS][2];
} json_cache;

void json_push_cache(lua_State *L) {
    json_cache *c = lua_newuserdatauv(L, sizeof *c, 1);

    memset(c, 0, sizeof *c);
    lua_createtable(L, JSON_SHAPE_SETS * 2 * JSON_SHAPE_KEYS, 0);
    lua_setiuservalue(L, -2, 1);
}

typedef struct json_enc {
    lua_State *L;
    json_out w;
    char *err;
    size_t errlen;
    const void *array_mt, *object_mt; /* NULL when never created */
    int depth;                        /* tables open */
    const void *open[JSON_MAX_DEPTH]; /* those tables, for cycle detection */
    json_seg path[JSON_MAX_DEPTH];    /* path[i]: child of open[i] in progress */
    json_member *mem;                 /* the arena; moves when it grows */
    json_ent *ent;                    /* parallel to mem */
    size_t nmem, capmem;
    int arena_slot;    /* stack slot anchoring the arena once it is a userdata */
    int memo;          /* stack index of the memo table, or 0 (json_encode_memo) */
    int keep_depth;    /* > 0: tables at this depth also go into the memo */
    json_cache *cache; /* NULL: none */
    int anchor;        /* stack index of the cache's anchor table */
    int stack_ok;      /* slots up to this index are known to be there */
    size_t start;      /* the buffer's length at entry */
} json_enc;

static int json_enc_table(json_enc *e, int t, int top);

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
        const json_member *k;

        if (!seg->is_key) {
            buf_printf(&m, "[%zu]", seg->n);
            continue;
        }
        k = &e->mem[seg->n];
        if (!k->ks) {
            buf_addc(&m, '[');
            buf_add(&m, k->num, k->klen);
            buf_addc(&m, ']');
        } else if (json_is_identifier(k->ks, k->klen)) {
            if (i > 0)
                buf_addc(&m, '.');
            buf_add(&m, k->ks, k->klen);
        } else {
            buf_addc(&m, '[');
            json_write_string(&m, k->ks, k->klen > 40 ? 40 : k->klen);
            if (k->klen > 40)
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

/* Writes the decimal form of v at o, which has room for 21 bytes (20 are
 * copied whatever the length); returns the position after it. */
static char *json_put_integer(char *o, lua_Integer v) {
    static const char pairs[] =
        "00010203040506070809101112131415161718192021222324252627282930313233"
        "34353637383940414243444546474849505152535455565758596061626364656667"
        "6869707172737475767778798081828384858687888990919293949596979899";
    char tmp[44], *q = tmp + 24;
    lua_Unsigned u = v < 0 ? 0u - (lua_Unsigned)v : (lua_Unsigned)v;

    while (u >= 100) {
        q -= 2;
        memcpy(q, pairs + 2 * (u % 100), 2);
        u /= 100;
    }
    if (u >= 10) {
        q -= 2;
        memcpy(q, pairs + 2 * u, 2);
    } else {
        *--q = (char)('0' + u);
    }
    if (v < 0)
        *--q = '-';
    memcpy(o, q, 20); /* q >= tmp + 4: the read stays in tmp */
    return o + (tmp + 24 - q);
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
    if (json_room(&e->w, n) == 0) {
        memcpy(e->w.o, out, n);
        e->w.o += n;
    }
    return 0;
}

/* Notes in v what the value at idx is (the caller sets v->slot for a
 * table). Does not allocate. */
static inline void json_classify(lua_State *L, int idx, json_val *v) {
    int type = lua_type(L, idx);

    switch (type) {
    case LUA_TSTRING:
        v->kind = JSON_V_STRING;
        v->u.s = lua_tolstring(L, idx, &v->len);
        break;
    case LUA_TTABLE: v->kind = JSON_V_TABLE; break;
    case LUA_TBOOLEAN: v->kind = lua_toboolean(L, idx) ? JSON_V_TRUE : JSON_V_FALSE; break;
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx)) {
            v->kind = JSON_V_INT;
            v->u.i = lua_tointeger(L, idx);
        } else {
            v->kind = JSON_V_FLOAT;
            v->u.d = lua_tonumber(L, idx);
        }
        break;
    case LUA_TNONE:
    case LUA_TNIL: v->kind = JSON_V_NULL; break;
    case LUA_TLIGHTUSERDATA:
        v->kind = lua_touserdata(L, idx) == &json_null_tag ? JSON_V_NULL : JSON_V_LIGHT;
        break;
    default:
        v->kind = JSON_V_OTHER;
        v->u.type = type;
        break;
    }
}

/* Room a value's text takes when it is not a table or a float (those make
 * their own): the longest integer is 20 bytes. */
static inline size_t json_val_room(const json_val *v) {
    return v->kind == JSON_V_STRING ? v->len + 2 : v->kind == JSON_V_TABLE ? 0 : 21;
}

/* Writes the value v notes at o, where there is room for json_val_room(v)
 * + after bytes, when it is a string, an integer, a boolean or null:
 * returns the position after it (with room for `after` more, or w has
 * failed). Returns NULL for the others (nothing written). */
static inline __attribute__((always_inline)) char *
json_put_scalar(json_out *w, char *o, const json_val *v, size_t after) {
    char *q;

    switch (v->kind) {
    case JSON_V_STRING:
        if (v->len <= 16 && ((q = json_quote_plain16(o, (const unsigned char *)v->u.s, v->len)) ||
                             (q = json_quote_cjk15(o, (const unsigned char *)v->u.s, v->len))))
            return q;
        w->o = o;
        json_put_str(w, (const unsigned char *)v->u.s, v->len, after);
        return w->o;
    case JSON_V_TRUE: memcpy(o, "true", 4); return o + 4;
    case JSON_V_FALSE: memcpy(o, "false", 5); return o + 5;
    case JSON_V_NULL: memcpy(o, "null", 4); return o + 4;
    case JSON_V_INT: return json_put_integer(o, v->u.i);
    default: return NULL;
    }
}

/* Writes the value v notes (a table: the one at v->slot). Failures are
 * reported at the path e->depth; a failed buffer is not one (it is
 * reported at the end). */
static int json_put_val(json_enc *e, const json_val *v) {
    json_out *w = &e->w;
    char *q;

    switch (v->kind) {
    case JSON_V_TABLE: return json_enc_table(e, v->slot, lua_gettop(e->L));
    case JSON_V_FLOAT: return json_enc_float(e, (double)v->u.d);
    case JSON_V_LIGHT: return json_enc_fail(e, e->depth, "cannot encode a light userdata");
    case JSON_V_OTHER:
        return json_enc_fail(e, e->depth, "cannot encode a %s", lua_typename(e->L, v->u.type));
    default:
        if (json_room(w, json_val_room(v)) == 0 && (q = json_put_scalar(w, w->o, v, 0)) != NULL)
            w->o = q;
        return 0;
    }
}

/* Encodes the value at absolute index idx. */
static int json_enc_value(json_enc *e, int idx) {
    json_val v;

    json_classify(e->L, idx, &v);
    v.slot = idx;
    return json_put_val(e, &v);
}

/* Where the members of a table are while it is written: the arena from
 * first on, n of them, and their values from stack slot base + 2 on (two
 * slots each) when stacked; else table values are looked up again in t. */
typedef struct json_tab {
    int t, base, stacked;
    size_t first, n;
    uint64_t tag; /* the keys' addresses hashed (json_shape.tag); 0: not all strings */
    size_t vroom; /* the sum of json_val_room over the values */
} json_tab;

/* Writes the value of member m of table *tb when json_put_scalar did not:
 * a table (held on the stack, or looked up again by key), a float, or a
 * value that cannot be encoded. */
static int json_put_member_value(json_enc *e, const json_tab *tb, size_t m) {
    lua_State *L = e->L;
    json_val v = e->mem[m].v; /* a copy: children may move the arena */
    int rc;

    if (v.kind != JSON_V_TABLE)
        return json_put_val(e, &v);
    if (tb->stacked)
        return json_enc_table(e, tb->base + 2 * (int)(m - tb->first) + 2,
                              tb->base + 2 * (int)tb->n);
    if (e->mem[m].ks) {
        lua_pushlstring(L, e->mem[m].ks, e->mem[m].klen);
        lua_rawget(L, tb->t);
    } else {
        lua_rawgeti(L, tb->t, e->mem[m].ik);
    }
    rc = json_enc_value(e, lua_gettop(L));
    lua_pop(L, 1);
    return rc;
}

/* The first 8 bytes of s[0..len), big-endian, zero-padded: compared as
 * numbers, heads order keys as their bytes do wherever they differ (a byte
 * of padding stands for an end, and an end comes first). Reads only
 * s[0..len). */
static inline uint64_t json_key_head(const char *s, size_t len) {
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = 0;
    size_t i;

    if (len >= 8) {
        h = json_load64(p);
        return JSON_BIG_ENDIAN ? h : __builtin_bswap64(h);
    }
    if (len >= 4) {
        uint32_t a = json_load32(p), z = json_load32(p + len - 4);
        if (!JSON_BIG_ENDIAN) {
            a = __builtin_bswap32(a);
            z = __builtin_bswap32(z);
        }
        return (uint64_t)a << 32 | (uint64_t)z << (8 * (8 - len));
    }
    for (i = 0; i < len; i++)
        h |= (uint64_t)p[i] << (56 - 8 * i);
    return h;
}

/* Orders two keys as their bytes do (a shorter prefix first). */
static int json_key_cmp(const json_member *a, const json_member *b) {
    const char *as = a->ks ? a->ks : a->num, *bs = b->ks ? b->ks : b->num;
    size_t n = a->klen < b->klen ? a->klen : b->klen;
    int c = memcmp(as, bs, n);

    if (c != 0)
        return c;
    return (a->klen > b->klen) - (a->klen < b->klen);
}

/* 1 if entry a sorts after entry b: by the heads, then by all the bytes,
 * then (an integer key and a string key that collide) in lua_next order,
 * as a stable sort would leave them: which of the two is written first
 * decides which error is met first. */
static inline int json_ent_after(const json_member *mem, const json_ent *a, const json_ent *b) {
    int c;

    if (a->head != b->head)
        return a->head > b->head;
    c = json_key_cmp(&mem[a->idx], &mem[b->idx]);
    return c != 0 ? c > 0 : a->idx > b->idx;
}

/* Objects here have up to a few dozen keys, where insertion sort on the
 * heads is quickest; larger ones are heap-sorted. */
#define JSON_INSERTION_SORT_MAX 32

static void json_sift_down(const json_member *mem, json_ent *k, size_t i, size_t n) {
    json_ent tmp = k[i];

    for (;;) {
        size_t c = 2 * i + 1;
        if (c >= n)
            break;
        if (c + 1 < n && json_ent_after(mem, &k[c + 1], &k[c]))
            c++;
        if (!json_ent_after(mem, &k[c], &tmp))
            break;
        k[i] = k[c];
        i = c;
    }
    k[i] = tmp;
}

static void json_sort_ents(const json_member *mem, json_ent *k, size_t n) {
    size_t i, j;

    if (n > JSON_INSERTION_SORT_MAX) {
        for (i = n / 2; i-- > 0;)
            json_sift_down(mem, k, i, n);
        for (i = n; i-- > 1;) {
            json_ent tmp = k[0];
            k[0] = k[i];
            k[i] = tmp;
            json_sift_down(mem, k, 0, i);
        }
        return;
    }
    for (i = 1; i < n; i++) {
        json_ent tmp = k[i];
        for (j = i; j > 0 && json_ent_after(mem, &k[j - 1], &tmp); j--)
            k[j] = k[j - 1];
        k[j] = tmp;
    }
}

/* Doubles the arena, moving it into a userdata anchored at e->arena_slot.
 * Needs one free stack slot; raises only on memory errors. */
static void json_arena_grow(json_enc *e) {
    size_t cap = e->capmem * 2;
    json_member *mem = lua_newuserdatauv(e->L, cap * (sizeof *mem + sizeof *e->ent), 0);
    json_ent *ent = (json_ent *)(mem + cap);

    memcpy(mem, e->mem, e->nmem * sizeof *mem);
    memcpy(ent, e->ent, e->nmem * sizeof *ent);
    lua_replace(e->L, e->arena_slot);
    e->mem = mem;
    e->ent = ent;
    e->capmem = cap;
}

/* The error for a key that is neither a string nor an integer, met while
 * reading the table (the first in lua_next order): a table marked as an
 * array is not one; any other cannot be an object. */
static int json_bad_key(json_enc *e, int kt, const void *mt) {
    if (mt != NULL && mt == e->array_mt)
        return json_enc_fail(e, e->depth - 1, "table marked as array has keys other than 1..n");
    return json_enc_fail(e, e->depth - 1, "cannot use a %s as an object key",
                         kt == LUA_TNUMBER ? "non-integer number" : lua_typename(e->L, kt));
}

/* Reports that keys prev and k, one an integer and one a string, are the
 * same text. */
static int json_collision(json_enc *e, const json_member *prev, const json_member *k) {
    return json_enc_fail(e, e->depth - 1, "integer key %.*s and string key \"%.*s\" collide",
                         (int)k->klen, k->ks ? prev->num : k->num, (int)k->klen,
                         k->ks ? k->ks : prev->ks);
}

/* Room member m takes, comma, key and colon included, when its value is
 * not a table or a float. */
static inline size_t json_member_room(const json_member *m) {
    return m->klen + 4 + json_val_room(&m->v);
}

/* Writes a plain key (at most 16 bytes, none of them unusual) quoted at o,
 * with its colon: returns the position after it; else NULL. */
static inline char *json_put_key16(char *o, const char *ks, size_t klen) {
    char *q = json_quote_plain16(o, (const unsigned char *)ks, klen);

    if (q)
        *q++ = ':';
    return q;
}

/* 1 if writing a value of this kind may fail or recurse: the kinds
 * json_put_scalar does not write. */
static inline int json_may_fail(int kind) {
    return kind == JSON_V_TABLE || kind == JSON_V_FLOAT || kind == JSON_V_LIGHT ||
           kind == JSON_V_OTHER;
}

/* Writes member i (an arena index) of the object *tb at w->o, where there
 * is room for json_member_room + rest bytes: comma (unless first), key,
 * colon and value. Returns 0 (the buffer may have failed), or -1 on a
 * failure (reported). */
static int json_put_member(json_enc *e, const json_tab *tb, size_t i, int first, size_t rest) {
    json_out *w = &e->w;
    const json_member *m = &e->mem[i];
    const char *ks = m->ks ? m->ks : m->num;
    char *o = w->o, *q;

    if (!first)
        *o++ = ',';
    if (m->klen > 16 || (q = json_put_key16(o, ks, m->klen)) == NULL) {
        w->o = o;
        json_put_str(w, (const unsigned char *)ks, m->klen, 1 + json_val_room(&m->v) + rest);
        if (w->b->oom)
            return json_may_fail(m->v.kind) ? json_put_member_value(e, tb, i) : 0;
        q = w->o;
        *q++ = ':';
    }
    if ((o = json_put_scalar(w, q, &m->v, rest)) != NULL) {
        w->o = o;
        return 0;
    }
    w->o = q;
    if (json_put_member_value(e, tb, i) != 0)
        return -1;
    json_room(w, rest);
    return 0;
}

/* Goes on with the members of *tb from position `from` once the buffer has
 * failed: only what can still fail is done (nested tables, floats, values
 * that cannot be encoded, colliding keys), in the order they are written.
 * order: the arena index of each position (the sorted entries of an
 * object, or an array read out of order), or NULL for the arena order. */
static int json_check_members(json_enc *e, const json_tab *tb, const json_ent *order, int is_object,
                              size_t from) {
    size_t i;

    for (i = from; i < tb->n; i++) {
        size_t m = order ? order[i].idx : tb->first + i;
        if (is_object && i > 0 && order[i].head == order[i - 1].head &&
            json_key_cmp(&e->mem[order[i - 1].idx], &e->mem[m]) == 0)
            return json_collision(e, &e->mem[order[i - 1].idx], &e->mem[m]);
        e->path[e->depth - 1].n = is_object ? m : i + 1;
        if (json_may_fail(e->mem[m].v.kind) && json_put_member_value(e, tb, m) != 0)
            return -1;
    }
    return 0;
}

/* Writes the members of *tb as an array; in_order: they were read as keys
 * 1..n in that order (else their keys are 1..n in some order). */
static int json_put_array(json_enc *e, const json_tab *tb, int in_order) {
    json_seg *seg = &e->path[e->depth - 1];
    json_out *w = &e->w;
    size_t i = 0, need = 2, first = tb->first, n = tb->n;
    const json_ent *order = in_order ? NULL : e->ent + first;

    if (!in_order)
        for (i = 0; i < n; i++)
            e->ent[first + (size_t)e->mem[first + i].ik - 1].idx = first + i;
    need += n + tb->vroom;
    seg->is_key = 0;
    i = 0;
    if (json_room(w, need) != 0)
        return json_check_members(e, tb, order, 0, 0);
    *w->o++ = '[';
    need--;
    for (; i < n; i++) {
        size_t m = in_order ? first + i : e->ent[first + i].idx;
        const json_val *v = &e->mem[m].v;
        char *o = w->o, *q;

        seg->n = i + 1;
        need -= 1 + json_val_room(v);
        if (i > 0)
            *o++ = ',';
        if ((q = json_put_scalar(w, o, v, need)) != NULL) {
            w->o = q;
        } else {
            w->o = o;
            if ((v->kind == JSON_V_TABLE && tb->stacked
                     ? json_enc_table(e, tb->base + 2 * (int)(m - first) + 2, tb->base + 2 * (int)n)
                     : json_put_member_value(e, tb, m)) != 0)
                return -1;
            json_room(w, need);
        }
        if (w->b->oom)
            return json_check_members(e, tb, in_order ? NULL : e->ent + first, 0, i + 1);
    }
    *w->o++ = ']';
    return 0;
}

/* ---- the shape cache ---- */

/* 1 if the n <= JSON_SHAPE_KEYLEN bytes at p need no escaping (a space or
 * '!' is taken as needing it: only plain keys are kept). */
static inline int json_plain_short(const char *p, size_t n) {
    if (n >= 8)
        return !(json_word_unusual(json_load64(p)) | json_word_unusual(json_load64(p + n - 8)) |
                 (n > 16 ? json_word_unusual(json_load64(p + 8)) : 0));
    if (n >= 4)
        return !json_word_unusual((uint64_t)json_load32(p) << 32 | json_load32(p + n - 4));
    char scratch[8];
    return n == 0 || json_quote_plain16(scratch, (const unsigned char *)p, n) != NULL;
}

/* The entry for the members of *tb, all read by address, if the cache
 * has one. */
static json_shape *json_shape_find(json_enc *e, const json_tab *tb) {
    json_cache *c = e->cache;
    size_t set = (size_t)(tb->tag >> 40) % JSON_SHAPE_SETS, i;
    const json_member *mem = e->mem + tb->first;
    int way;

    for (way = 0; way < 2; way++) {
        json_shape *s = &c->set[set][way];
        if (s->tag != tb->tag || s->n != tb->n)
            continue;
        for (i = 0; i < tb->n && mem[i].kp == s->kp[i]; i++)
            ;
        if (i == tb->n) {
            c->older[set] = (unsigned char)!way;
            return s;
        }
    }
    return NULL;
}

/* Keeps the members of *tb, sorted in ents, in the cache, if they fit and
 * the entry to replace is not in use. */
static void json_shape_keep(json_enc *e, const json_tab *tb, const json_ent *ents) {
    json_cache *c = e->cache;
    size_t set = (size_t)(tb->tag >> 40) % JSON_SHAPE_SETS, r, off = 0;
    int way = c->older[set];
    json_shape *s = &c->set[set][way];
    lua_Integer slot = (lua_Integer)((set * 2 + (size_t)way) * JSON_SHAPE_KEYS);

    if (s->gen == c->gen && s->pins > 0)
        return;
    for (r = 0; r < tb->n; r++) {
        const json_member *m = &e->mem[ents[r].idx];
        if (m->klen > JSON_SHAPE_KEYLEN || off + m->klen + 4 > JSON_SHAPE_TEXT ||
            !json_plain_short(m->ks, m->klen)) {
            s->tag = 0;
            return;
        }
        s->pos[r] = (unsigned char)(ents[r].idx - tb->first);
        s->off[r] = (unsigned short)off;
        if (r > 0)
            s->text[off++] = ',';
        s->text[off++] = '"';
        memcpy(s->text + off, m->ks, m->klen);
        off += m->klen;
        s->text[off++] = '"';
        s->text[off++] = ':';
    }
    s->off[tb->n] = (unsigned short)off;
    for (r = 0; r < tb->n; r++) {
        s->kp[r] = e->mem[tb->first + r].kp;
        lua_pushvalue(e->L, tb->base + 2 * (int)r + 1); /* the key */
        lua_rawseti(e->L, e->anchor, slot + (lua_Integer)r + 1);
    }
    s->n = (unsigned char)tb->n;
    s->tag = tb->tag;
    s->pins = 0;
    c->older[set] = (unsigned char)!way;
}

/* Gives member i, at place r of entry s, its key (for the path of an
 * error): the bytes in the entry's text, which stays while it is pinned. */
static void json_shape_key(json_enc *e, const json_shape *s, size_t r, size_t i) {
    e->mem[i].ks = s->text + s->off[r] + 1 + (r > 0);
    e->mem[i].klen = (size_t)(s->off[r + 1] - s->off[r]) - 3 - (r > 0);
}

/* Writes the members of *tb as an object from the cache entry s: each
 * fragment is copied 32 bytes at a time (room for that is kept past the
 * members), then the value. */
static int json_put_shaped(json_enc *e, const json_tab *tb, json_shape *s) {
    json_seg *seg = &e->path[e->depth - 1];
    json_out *w = &e->w;
    json_cache *c = e->cache;
    size_t r, need = (size_t)s->off[tb->n] + tb->vroom + 32 + 1, n = tb->n;
    const json_member *mem = e->mem + tb->first;
    char *o;
    int rc = 0;

    if (s->gen != c->gen) {
        s->gen = c->gen;
        s->pins = 0;
    }
    s->pins++;
    seg->is_key = 1;
    r = 0;
    if (json_room(w, need + 1) != 0)
        goto check;
    o = w->o;
    *o++ = '{';
    for (; r < n; r++) {
        const json_val *v = &mem[s->pos[r]].v;
        size_t flen = (size_t)(s->off[r + 1] - s->off[r]);
        char *q;

        memcpy(o, s->text + s->off[r], 32);
        o += flen;
        need -= flen;
        switch (v->kind) {
        case JSON_V_STRING:
            need -= v->len + 2;
            if (v->len <= 16 &&
                ((q = json_quote_plain16(o, (const unsigned char *)v->u.s, v->len)) ||
                 (q = json_quote_cjk15(o, (const unsigned char *)v->u.s, v->len)))) {
                o = q;
                continue;
            }
            w->o = o;
            json_put_str(w, (const unsigned char *)v->u.s, v->len, need);
            break;
        case JSON_V_TRUE:
            memcpy(o, "true", 4);
            o += 4;
            need -= 21;
            continue;
        case JSON_V_FALSE:
            memcpy(o, "false", 5);
            o += 5;
            need -= 21;
            continue;
        case JSON_V_NULL:
            memcpy(o, "null", 4);
            o += 4;
            need -= 21;
            continue;
        case JSON_V_INT:
            o = json_put_integer(o, v->u.i);
            need -= 21;
            continue;
        case JSON_V_TABLE: /* held on the stack: entries need stacked tables */
            w->o = o;
            seg->n = tb->first + s->pos[r];
            json_shape_key(e, s, r, seg->n);
            if ((rc = json_enc_table(e, tb->base + 2 * (int)s->pos[r] + 2,
                                     tb->base + 2 * (int)n)) != 0)
                goto done;
            mem = e->mem + tb->first; /* children may move the arena */
            json_room(w, need);
            break;
        default:
            need -= 21;
            w->o = o;
            seg->n = tb->first + s->pos[r];
            json_shape_key(e, s, r, seg->n);
            if ((rc = json_put_member_value(e, tb, seg->n)) != 0)
                goto done;
            mem = e->mem + tb->first; /* children may move the arena */
            json_room(w, need);
            break;
        }
        if (w->b->oom) {
            r++;
            goto check;
        }
        o = w->o;
    }
    *o++ = '}';
    w->o = o;
    goto done;
check:
    for (; r < n; r++) {
        size_t i = tb->first + s->pos[r];
        seg->n = i;
        json_shape_key(e, s, r, i);
        if (json_may_fail(e->mem[i].v.kind) && (rc = json_put_member_value(e, tb, i)) != 0)
            break;
    }
done:
    s->pins--;
    return rc;
}

/* Writes the members of *tb as an object, in key order. */
static int json_put_object(json_enc *e, const json_tab *tb) {
    json_seg *seg = &e->path[e->depth - 1];
    json_out *w = &e->w;
    size_t i, need = 2, first = tb->first, n = tb->n;

    for (i = first; i < first + n; i++) {
        json_member *m = &e->mem[i];
        if (!m->ks)
            m->klen = (size_t)(json_put_integer(m->num, m->ik) - m->num);
        e->ent[i].head = json_key_head(m->ks ? m->ks : m->num, m->klen);
        e->ent[i].idx = i;
        need += m->klen + 4;
    }
    need += tb->vroom;
    json_sort_ents(e->mem, e->ent + first, n);
    if (tb->tag && e->cache && n >= 2 && n <= JSON_SHAPE_KEYS)
        json_shape_keep(e, tb, e->ent + first);
    seg->is_key = 1;
    if (json_room(w, need) != 0)
        return json_check_members(e, tb, e->ent + first, 1, 0);
    *w->o++ = '{';
    need--;
    for (i = 0; i < n; i++) {
        const json_ent *ent = &e->ent[first + i]; /* re-fetched: children may move the arena */
        if (i > 0 && ent->head == ent[-1].head &&
            json_key_cmp(&e->mem[ent[-1].idx], &e->mem[ent->idx]) == 0)
            return json_collision(e, &e->mem[ent[-1].idx], &e->mem[ent->idx]);
        seg->n = ent->idx;
        need -= json_member_room(&e->mem[ent->idx]);
        if (json_put_member(e, tb, ent->idx, i == 0, need) != 0)
            return -1;
        if (w->b->oom)
            return json_check_members(e, tb, e->ent + first, 1, i + 1);
    }
    *w->o++ = '}';
    return 0;
}

/* 1 if JSON_STACK_STEP slots above top are there (asking Lua only when
 * they were not known to be: what lua_checkstack grants stays for the
 * call, the GC does not shrink a stack below what a call was granted). */
static inline int json_stack_room(json_enc *e, int top) {
    if (top + JSON_STACK_STEP <= e->stack_ok)
        return 1;
    if (!lua_checkstack(e->L, JSON_STACK_STEP))
        return 0;
    e->stack_ok = top + JSON_STACK_STEP;
    return 1;
}

/* Resolves the keys of members first..upto of the table being read, which
 * were read by address (their keys still on the stack, two slots each from
 * base + 1): each must be a string. Returns 0, or reports the first that
 * is not (as json_bad_key). */
static int json_resolve_keys(json_enc *e, int base, size_t first, size_t upto, const void *mt) {
    lua_State *L = e->L;
    size_t i;

    for (i = first; i < upto; i++) {
        int slot = base + 2 * (int)(i - first) + 1, kt = lua_type(L, slot);
        if (kt != LUA_TSTRING)
            return json_bad_key(e, kt, mt);
        e->mem[i].ks = lua_tolstring(L, slot, &e->mem[i].klen);
    }
    return 0;
}

/* Reads the table at t once (see above), then writes it as an array or an
 * object; mt is its metatable (NULL if none), stacked whether its values
 * may stay on the stack (JSON_STACK_STEP slots are free). While the values
 * stay there and the keys are collectable, keys are read by address only
 * (lua_topointer): a cached shape knows them so; otherwise they are
 * resolved afterwards, in order, before anything is written. */
static int json_enc_members(json_enc *e, int t, int base, const void *mt, int stacked) {
    lua_State *L = e->L;
    json_tab tb;
    json_member *m, *lim;
    int in_order = 1, all_int = 1, by_addr = stacked && e->cache, rc;
    size_t n, vroom = 0;
    uint64_t tag = 0;

    tb.t = t;
    tb.base = base;
    tb.first = e->nmem;
    m = e->mem + e->nmem;
    lim = e->mem + e->capmem;
    n = 0;
    lua_pushnil(L);
    while (lua_next(L, t)) {
        int vt;

        if (m == lim) {
            e->nmem = (size_t)(m - e->mem);
            json_arena_grow(e);
            m = e->mem + e->nmem;
            lim = e->mem + e->capmem;
        }
        if (by_addr) {
            const void *p = lua_topointer(L, -2);
            if (p) {
                m->kp = p;
                tag = (tag << 7 | tag >> 57) ^ (uint64_t)(uintptr_t)p;
                all_int = 0;
                goto value;
            }
            by_addr = 0; /* a number or a boolean: resolve the keys read so far */
            if (json_resolve_keys(e, tb.base, tb.first, (size_t)(m - e->mem), mt) != 0)
                return -1;
        }
        if (lua_type(L, -2) == LUA_TSTRING) {
            m->ks = lua_tolstring(L, -2, &m->klen);
            all_int = 0;
        } else {
            int isnum = 0, kt = lua_type(L, -2);
            /* Float keys are never integral (Lua stores those as integers),
             * so this takes integers only. */
            if (kt == LUA_TNUMBER)
                m->ik = lua_tointegerx(L, -2, &isnum);
            if (!isnum) {
                e->nmem = (size_t)(m - e->mem);
                return json_bad_key(e, kt, mt);
            }
            m->ks = NULL;
            in_order &= m->ik == (lua_Integer)n + 1;
        }
    value:
        vt = lua_type(L, -1);
        if (vt == LUA_TSTRING) {
            m->v.kind = JSON_V_STRING;
            m->v.u.s = lua_tolstring(L, -1, &m->v.len);
            vroom += m->v.len + 2;
        } else if (vt == LUA_TTABLE) {
            m->v.kind = JSON_V_TABLE;
        } else {
            json_classify(L, -1, &m->v);
            vroom += 21;
        }
        m++;
        n++;
        /* Each held member takes two slots; room for sixteen more (and some
         * spare) is asked for every sixteen members. */
        if (stacked &&
            (n % 16 != 0 || (n < JSON_STACK_PAIRS && json_stack_room(e, base + 2 * (int)n)))) {
            lua_pushvalue(L, -2); /* key and value stay; the copy drives lua_next */
            continue;
        }
        if (by_addr) { /* keys are about to leave the stack */
            by_addr = 0;
            if (json_resolve_keys(e, tb.base, tb.first, (size_t)(m - e->mem), mt) != 0)
                return -1;
        }
        if (stacked) {
            /* Switch to looking table values up again: keep only the
             * current key. Strings stay alive in t. */
            stacked = 0;
            lua_pop(L, 1);
            if (lua_gettop(L) > tb.base + 1) {
                lua_replace(L, tb.base + 1);
                lua_settop(L, tb.base + 1);
            }
        } else {
            lua_pop(L, 1);
        }
    }
    e->nmem = (size_t)(m - e->mem);
    tb.n = n;
    tb.stacked = stacked;
    /* all keys read by address: their hash, mixed, never 0 */
    tb.tag = by_addr && n > 0 ? (tag * UINT64_C(0x9E3779B97F4A7C15)) | 1 : 0;
    tb.vroom = vroom;
    if (tb.tag && (mt == NULL || mt != e->array_mt)) {
        /* Keys by address cannot be integers: an object, if they are all
         * strings. */
        json_shape *s = n >= 2 && n <= JSON_SHAPE_KEYS ? json_shape_find(e, &tb) : NULL;
        if (s)
            rc = json_put_shaped(e, &tb, s);
        else if (json_resolve_keys(e, tb.base, tb.first, e->nmem, mt) != 0)
            return -1;
        else
            rc = json_put_object(e, &tb);
    } else if (mt != NULL && mt == e->object_mt) {
        rc = json_put_object(e, &tb);
    } else {
        int seq = all_int;
        if (seq && !in_order) { /* integer keys out of order: exactly 1..n? */
            size_t i;
            for (i = tb.first; i < e->nmem && seq; i++)
                seq = e->mem[i].ik >= 1 && (lua_Unsigned)e->mem[i].ik <= tb.n;
        }
        if (seq)
            rc = json_put_array(e, &tb, in_order);
        else if (mt != NULL && mt == e->array_mt)
            rc = json_enc_fail(e, e->depth - 1, "table marked as array has keys other than 1..n");
        else
            rc = json_put_object(e, &tb);
    }
    if (rc == 0) {
        lua_settop(L, tb.base - (mt != NULL));
        e->nmem = tb.first;
    }
    return rc;
}

/* Encodes the table at t; top is the stack's top (gettop). */
static int json_enc_table(json_enc *e, int t, int top) {
    lua_State *L = e->L;
    const void *self = lua_topointer(L, t), *mt = NULL;
    int i, rc, stacked;
    size_t start = 0;

    /* Checked once per table: only tables can repeat, so the text written
     * between two checks is no longer than the values of one table. A
     * buffer that failed to grow stops the walk too. */
    if (e->w.b->oom)
        return json_enc_fail(e, 0, "out of memory");
    if (json_out_offset(&e->w) - e->start > ((size_t)JSON_MAX_TEXT_MIB << 20))
        return json_enc_fail(e, 0, "text longer than %d MiB", JSON_MAX_TEXT_MIB);
    for (i = 0; i < e->depth; i++)
        if (e->open[i] == self)
            return json_enc_fail(e, e->depth, "cycle: the table contains itself");
    if (e->depth == JSON_MAX_DEPTH)
        return json_enc_fail(e, e->depth, "nesting too deep (more than %d levels)", JSON_MAX_DEPTH);
    stacked = json_stack_room(e, top);
    if (!stacked && !lua_checkstack(L, 8))
        return json_enc_fail(e, e->depth, "Lua stack exhausted");
    if (e->memo) {
        lua_pushvalue(L, t);
        if (lua_rawget(L, e->memo) == LUA_TSTRING) {
            size_t n;
            const char *text = lua_tolstring(L, -1, &n);
            if (json_room(&e->w, n) == 0) {
                memcpy(e->w.o, text, n);
                e->w.o += n;
            }
            lua_pop(L, 1);
            return 0;
        }
        lua_pop(L, 1);
        start = json_out_offset(&e->w);
    }
    if (lua_getmetatable(L, t)) /* left on the stack: the members' settop drops it */
        mt = lua_topointer(L, -1);
    e->open[e->depth++] = self;
    rc = json_enc_members(e, t, top + (mt != NULL), mt, stacked);
    if (rc == 0 && e->memo && e->depth == e->keep_depth && buf_ok(e->w.b)) {
        lua_pushvalue(L, t);
        lua_pushlstring(L, e->w.b->data + start, json_out_offset(&e->w) - start);
        lua_rawset(L, e->memo);
    }
    e->depth--;
    return rc;
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
    return json_encode_memo(L, idx, b, err, errlen, 0, 0, 0);
}

int json_encode_memo(lua_State *L, int idx, buf *b, char *err, size_t errlen, int memo,
                     int keep_depth, int cache) {
    json_member local_mem[JSON_LOCAL_KEYS];
    json_ent local_ent[JSON_LOCAL_KEYS];
    json_enc e;
    size_t start = b->len;
    int top = lua_gettop(L), rc;

    if (err && errlen)
        err[0] = '\0';
    e.L = L;
    e.err = err;
    e.errlen = errlen;
    e.depth = 0;
    e.mem = local_mem;
    e.ent = local_ent;
    e.nmem = 0;
    e.capmem = JSON_LOCAL_KEYS;
    e.memo = memo ? lua_absindex(L, memo) : 0;
    e.keep_depth = keep_depth;
    e.start = start;
    e.cache = NULL;
    e.stack_ok = 0;
    idx = lua_absindex(L, idx);
    cache = cache ? lua_absindex(L, cache) : 0;
    json_out_open(&e.w, b, 64);
    if (!lua_checkstack(L, 8)) {
        rc = json_enc_fail(&e, 0, "Lua stack exhausted");
        goto done;
    }
    e.array_mt = json_peek_marker(L, &json_array_mt_key);
    e.object_mt = json_peek_marker(L, &json_object_mt_key);
    if (cache) {
        e.cache = lua_touserdata(L, cache);
        e.cache->gen++; /* releases the pins a raise may have left */
        lua_getiuservalue(L, cache, 1);
        e.anchor = lua_gettop(L);
    }
    lua_pushnil(L);
    e.arena_slot = lua_gettop(L);
    rc = json_enc_value(&e, idx);
    json_out_close(&e.w);
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
