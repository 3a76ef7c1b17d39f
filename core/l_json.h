/* l_json.c: the Lua module "banshi.json", a thin face over json.c.
 *
 * Registered through package.preload; Lua code reaches it with
 * require "banshi.json". Relies on json.h and buf.h. */
#ifndef BANSHI_L_JSON_H
#define BANSHI_L_JSON_H

#include <lua.h>

/* Opens the module and pushes its table:
 *   encode(v)  -> string; raises (argument error naming the path of the bad
 *                 value) when v cannot be encoded.
 *   decode(s)  -> value, or nil, "invalid JSON at byte N: <reason>" where N
 *                 is the 1-based position in s (string.sub(s, N, N) is the
 *                 culprit; #s + 1 for a premature end). Raises only when s
 *                 is not a string.
 *   null       -> the sentinel standing for JSON null.
 *   array(t) / object(t) -> t, marked to encode as [] / {} (the only way to
 *                 set the markers); raise if t is not a table or already has
 *                 another metatable.
 *   clone(v)   -> a deep copy of v: tables copied recursively without their
 *                 metatables (so markers are dropped), functions in them left
 *                 out, other values as they are; raises on tables nested more
 *                 than 200 deep (a cycle). The workflow's copy, done in C.
 * The marker metatables themselves stay in the registry and are not
 * exposed. Raises only on memory errors. */
int luaopen_banshi_json(lua_State *L);

#endif
