/* json.c: the JSON codec (RFC 8259) between JSON text and Lua values.
 *
 * Decoding is strict: no comments, no trailing commas, no leading zeros,
 * valid UTF-8 only, no lone surrogate escapes, at most JSON_MAX_DEPTH nested
 * arrays/objects. Encoding is deterministic: object keys come out in sorted
 * byte order, floats in the shortest form that reads back to the same double.
 *
 * How JSON maps onto Lua:
 *   null    <-> json.null, a light userdata sentinel (json_push_null)
 *   array   <-> table with keys 1..n, carrying the array marker metatable
 *   object  <-> table with string keys, carrying the object marker metatable
 *   number  <-> integer when the literal has no fraction/exponent and fits
 *               int64, float otherwise; floats encode with a ".0" or exponent
 *               so the integer/float distinction survives a round trip
 * The two marker metatables live in the registry under private keys and are
 * protected (__metatable), so Lua code can neither read nor change them and
 * cannot setmetatable() a decoded table; C code (json.array / json.object in
 * l_json.c) can replace them. They make {} and [] round-trip.
 *
 * Relies on buf.h for output, the Lua 5.4 C API, and libc (snprintf/strtod
 * for floats, honouring but undoing a non-"." locale decimal point). Keeps no
 * global mutable state; safe to use from several lua_States in several
 * threads. */
#ifndef BANSHI_JSON_H
#define BANSHI_JSON_H

#include <stddef.h>

#include <lua.h>

#include "buf.h"

/* Deepest nesting of arrays/objects accepted by json_decode and json_encode. */
#define JSON_MAX_DEPTH 64

/* Longest text json_encode writes, in MiB. A table met many times over
 * (t = {t, t}, forty times: no cycle, a few instructions to build) would
 * otherwise be written for ever, in C, where no budget of the county's
 * state reaches, into memory outside it. */
#define JSON_MAX_TEXT_MIB 64

/* Returns 1 if s[0..n) is valid UTF-8 (no overlong forms, no surrogates
 * U+D800..DFFF, nothing above U+10FFFF). Otherwise returns 0 and, if bad_off
 * is not NULL, sets *bad_off to the byte offset where the first ill-formed
 * sequence starts. s is borrowed; it need not be NUL-terminated. */
int json_utf8_valid(const char *s, size_t n, size_t *bad_off);

/* Appends s[0..n) to b as a JSON string literal, quotes included. Escapes
 * '"', '\\' and the control characters U+0000..U+001F (short forms \b \f \n
 * \r \t where they exist, \u00XX otherwise); copies valid UTF-8 unchanged;
 * replaces each maximal ill-formed subsequence with U+FFFD, so the output is
 * always valid UTF-8. s is borrowed. Allocation failure is recorded in b
 * (check buf_ok). */
void json_write_string(buf *b, const char *s, size_t n);

/* Decodes the JSON text s[0..n) (borrowed, need not be NUL-terminated).
 * Objects become tables with the object marker, arrays tables with keys 1..n
 * and the array marker, null json.null; duplicate keys: the last one wins.
 * On success returns 0 with exactly one value pushed on L. On failure returns
 * -1, leaves the stack as it was, sets *err_off to the 0-based byte offset of
 * the problem (n for a premature end) and *err_msg to a static English
 * message, e.g. "unexpected character", "invalid UTF-8", "nesting too deep",
 * "trailing characters", "Lua stack exhausted" (L's stack is nearly full).
 * Either out-pointer may be NULL. Never raises, except
 * for Lua memory errors. */
int json_decode(lua_State *L, const char *s, size_t n, size_t *err_off, const char **err_msg);

/* Appends the JSON encoding of the Lua value at idx to b. nil and json.null
 * give null; booleans; integers; finite floats (shortest round-trip form);
 * strings through json_write_string; tables. A table is an object if it has
 * the object marker; else an array if its keys are exactly 1..n (an empty
 * table without the object marker is []); else an object, whose keys must be
 * strings or integers (integers become their decimal string) and are emitted
 * in sorted byte order. A table with the array marker whose keys are not
 * 1..n is an error. Metatables are otherwise ignored: access is raw, no
 * __index/__pairs/__tojson is consulted, so no Lua code runs. Errors: NaN or
 * infinity, functions, userdata other than json.null, threads, cycles,
 * nesting deeper than JSON_MAX_DEPTH, bad or colliding object keys, text
 * longer than JSON_MAX_TEXT_MIB ("text longer than 64 MiB").
 * Returns 0; or -1, with b restored to its length at entry and, if err is not
 * NULL, a NUL-terminated English message naming the path of the bad value in
 * Lua terms written to err[0..errlen), e.g.
 * "at items[3].fee: cannot encode a function". Running out of memory in b is
 * reported the same way ("out of memory"). The stack is unchanged on return.
 * Never raises, except for Lua memory errors. b is borrowed. */
int json_encode(lua_State *L, int idx, buf *b, char *err, size_t errlen);

/* Pushes a new shape cache for json_encode_memo, a full userdata (about
 * 120 KB of the state's memory): for each set of keys met in objects (2 to
 * 16 plain strings of up to 24 bytes), their order and their text, so that
 * an object with the same keys is neither sorted nor scanned again. Keys
 * are known by address; the cache keeps the strings it knows alive, so an
 * address in it is the string it was, and the output never depends on it.
 * Raises only on memory errors. */
void json_push_cache(lua_State *L);

/* json_encode with a memo: memo is the stack index of a table from Lua
 * tables to their JSON text. A table found in it is written as that text
 * instead of being encoded again; the caller promises that such a table
 * has not changed since its text was kept. With keep_depth > 0 the memo is
 * also filled: each table met at that depth (the value at idx being depth
 * 1) and not found in it is added. memo 0: none. cache: the index of a
 * json_push_cache userdata, or 0; never one that an encoding this one is
 * nested in (a finaliser's) is using. Needs one more stack slot with a
 * cache. Raises only on Lua memory errors (filling allocates). */
int json_encode_memo(lua_State *L, int idx, buf *b, char *err, size_t errlen, int memo,
                     int keep_depth, int cache);

/* Pushes json.null, the light userdata that stands for JSON null. Never
 * raises (needs one free stack slot). */
void json_push_null(lua_State *L);

/* Push the array / object marker metatable, creating it in the registry on
 * first use. Raise only on memory errors. */
void json_push_array_mt(lua_State *L);
void json_push_object_mt(lua_State *L);

/* Returns 1 when the value at idx is a table decoded from a JSON object (it
 * carries the object marker), else 0. Never raises (needs two free stack
 * slots). */
int json_is_object(lua_State *L, int idx);

#endif
