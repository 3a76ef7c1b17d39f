#include "l_json.h"

#include <lauxlib.h>

#include "buf.h"
#include "json.h"

/* Output buffer of encode, boxed in a userdata so that a raise (a memory
 * error inside json_encode or lua_pushlstring) never leaks it: __gc frees
 * it. One box per module instance is kept as encode's upvalue and reused, so
 * a steady stream of responses does not reallocate; it is trimmed when a
 * large document left it over JSON_KEEP_CAP. busy guards the shared box
 * against re-entry (a __gc finaliser that encodes, run by an allocation
 * inside encode); a re-entrant call gets a box of its own. While in use the
 * box is a to-be-closed value on the stack, so that a raise releases it too
 * (__close) and the shared box is never left busy. */
#define JSON_BOX_MT   "banshi.json.buffer"
#define JSON_KEEP_CAP (64 * 1024)

typedef struct json_box {
    buf b;
    int busy;
} json_box;

static int json_box_gc(lua_State *L) {
    json_box *x = luaL_checkudata(L, 1, JSON_BOX_MT);

    buf_free(&x->b);
    return 0;
}

/* Pushes a new, empty box. Raises only on memory errors. */
static json_box *json_box_new(lua_State *L) {
    json_box *x = lua_newuserdatauv(L, sizeof *x, 0);

    x->b = (buf)BUF_INIT;
    x->busy = 0;
    luaL_setmetatable(L, JSON_BOX_MT);
    return x;
}

static void json_box_release(json_box *x) {
    if (x->b.cap > JSON_KEEP_CAP)
        buf_free(&x->b);
    else
        buf_reset(&x->b);
    x->busy = 0;
}

static int json_box_close(lua_State *L) {
    json_box_release(luaL_checkudata(L, 1, JSON_BOX_MT));
    return 0;
}

/* encode and encode_memo share a shape cache (json_push_cache), their
 * second upvalue. Only an encoding that has the shared box uses it, so that
 * one nested in it (a finaliser's, with a box of its own) never does. */

/* Encodes the value at index 1 with json_encode_memo (memo 0: none) and
 * returns the string. Raises when it cannot be encoded (misuse). */
static int json_encode_call(lua_State *L, int memo, int keep) {
    json_box *x = lua_touserdata(L, lua_upvalueindex(1));
    char err[256];
    int rc, slot;

    int cache = 0;

    if (x->busy) {
        x = json_box_new(L);
    } else {
        cache = lua_upvalueindex(2);
        lua_pushvalue(L, lua_upvalueindex(1));
    }
    slot = lua_gettop(L);
    x->busy = 1;
    lua_toclose(L, slot);
    buf_reset(&x->b);
    rc = json_encode_memo(L, 1, &x->b, err, sizeof err, memo, keep, cache);
    if (rc != 0)
        return luaL_argerror(L, 1, err); /* closing the slot releases the box */
    lua_pushlstring(L, buf_cstr(&x->b), x->b.len);
    lua_closeslot(L, slot);
    return 1;
}

/* encode(v) -> string. Raises when v cannot be encoded (misuse). Further
 * arguments are ignored. */
static int json_lua_encode(lua_State *L) {
    luaL_checkany(L, 1);
    lua_settop(L, 1);
    return json_encode_call(L, 0, 0);
}

/* encode_memo(v, memo [, depth]) -> string: encode with a memo, a table
 * from tables to their JSON text (json_encode_memo). A table found in the
 * memo is written as its text, which the caller promises is still right;
 * with depth, the memo is also filled with the tables met at that depth.
 * For encoding a value that shares unchanged tables with one encoded
 * before (a submission's document and its event, and the catalogue's
 * tables they hold). */
static int json_lua_encode_memo(lua_State *L) {
    luaL_checkany(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    int keep = (int)luaL_optinteger(L, 3, 0);
    luaL_argcheck(L, keep >= 0, 3, "depth is 0 or more");
    lua_settop(L, 2);
    return json_encode_call(L, 2, keep);
}

/* decode(s) -> value | nil, message. Raises only if s is not a string. */
static int json_lua_decode(lua_State *L) {
    size_t n, off;
    const char *s = luaL_checklstring(L, 1, &n), *msg;

    if (json_decode(L, s, n, &off, &msg) == 0)
        return 1;
    luaL_pushfail(L);
    lua_pushfstring(L, "invalid JSON at byte %I: %s", (LUA_INTEGER)off + 1, msg);
    return 2;
}

/* Sets the marker pushed by push_mt on table 1 and returns it. Raises if
 * argument 1 is not a table or carries a metatable other than a marker. */
static int json_lua_mark(lua_State *L, void (*push_mt)(lua_State *)) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    push_mt(L);                   /* 2 */
    if (lua_getmetatable(L, 1)) { /* 3 */
        json_push_array_mt(L);    /* 4 */
        json_push_object_mt(L);   /* 5 */
        if (!lua_rawequal(L, 3, 4) && !lua_rawequal(L, 3, 5))
            return luaL_argerror(L, 1, "table already has a metatable");
        lua_settop(L, 2);
    }
    lua_setmetatable(L, 1); /* the C API ignores __metatable protection */
    return 1;
}

/* Nesting deeper than this is taken for a cycle. */
#define JSON_CLONE_MAX_DEPTH 200

/* Tables with at most this many entries are read once (their entries kept
 * on the stack until the copy is made); larger ones twice (once to count). */
#define JSON_CLONE_STACKED 32

/* Sets the value on top of the stack (a table: its copy) under the key
 * below it into the table at dst, popping both. */
static void json_clone_set(lua_State *L, int dst, int depth);

/* Pushes a copy of the table at src (an absolute index): the same keys,
 * table values copied in turn, functions left out, no metatable. The copy
 * is created with room for every entry, so filling it never rehashes.
 * Raises on nesting deeper than JSON_CLONE_MAX_DEPTH and on memory errors. */
static void json_clone_table(lua_State *L, int src, int depth) {
    lua_Unsigned n = lua_rawlen(L, src);
    int narr = 0, nrec = 0, dst, base = lua_gettop(L), stacked = 1;

    if (depth > JSON_CLONE_MAX_DEPTH)
        luaL_error(L, "clone: tables nested more than %d deep (a cycle?)", JSON_CLONE_MAX_DEPTH);
    luaL_checkstack(L, 2 * JSON_CLONE_STACKED + 6, "clone: nesting too deep");
    lua_pushnil(L);
    while (lua_next(L, src)) {
        if (lua_type(L, -1) == LUA_TFUNCTION) {
            lua_pop(L, 1);
            continue;
        }
        lua_Integer k;
        if (lua_isinteger(L, -2) && (k = lua_tointeger(L, -2)) >= 1 && (lua_Unsigned)k <= n)
            narr++;
        else
            nrec++;
        if (stacked && narr + nrec <= JSON_CLONE_STACKED) {
            lua_pushvalue(L, -2); /* key, value stay; the copy drives lua_next */
        } else {
            if (stacked) { /* too many: count the rest, then read again */
                stacked = 0;
                lua_pop(L, 1);
                lua_replace(L, base + 1);
                lua_settop(L, base + 1);
                continue;
            }
            lua_pop(L, 1);
        }
    }
    lua_createtable(L, narr, nrec);
    dst = lua_gettop(L);
    if (stacked) {
        /* base+1 .. dst-1: key, value pairs, in the order lua_next gave */
        for (int i = base + 1; i < dst; i += 2) {
            lua_pushvalue(L, i);
            lua_pushvalue(L, i + 1);
            json_clone_set(L, dst, depth);
        }
        if (dst > base + 1) {
            lua_replace(L, base + 1);
            lua_settop(L, base + 1);
        }
        return;
    }
    lua_pushnil(L);
    while (lua_next(L, src)) {
        if (lua_type(L, -1) == LUA_TFUNCTION) {
            lua_pop(L, 1);
            continue;
        }
        lua_pushvalue(L, -2); /* key, value, key */
        lua_insert(L, -2);    /* key, key, value */
        json_clone_set(L, dst, depth);
    }
}

static void json_clone_set(lua_State *L, int dst, int depth) {
    if (lua_type(L, -1) == LUA_TTABLE) {
        json_clone_table(L, lua_gettop(L), depth + 1);
        lua_remove(L, -2);
    }
    lua_rawset(L, dst);
}

/* clone(v) -> a deep copy of v for data on its way to JSON (the events and
 * documents of the workflow): tables are copied recursively without their
 * metatables, functions inside them are left out, keys and other values
 * are kept as they are. Access is raw. Raises on tables nested more than
 * JSON_CLONE_MAX_DEPTH deep (a cycle). */
static int json_lua_clone(lua_State *L) {
    luaL_checkany(L, 1);
    lua_settop(L, 1);
    if (lua_type(L, 1) == LUA_TTABLE)
        json_clone_table(L, 1, 1);
    return 1;
}

static int json_lua_array(lua_State *L) { return json_lua_mark(L, json_push_array_mt); }

static int json_lua_object(lua_State *L) { return json_lua_mark(L, json_push_object_mt); }

int luaopen_banshi_json(lua_State *L) {
    static const luaL_Reg funcs[] = {
        {"decode", json_lua_decode},
        {"array", json_lua_array},
        {"object", json_lua_object},
        {"clone", json_lua_clone},
        {NULL, NULL},
    };

    luaL_newlib(L, funcs);
    /* Create the markers now: json_encode only looks them up. */
    json_push_array_mt(L);
    json_push_object_mt(L);
    lua_pop(L, 2);
    if (luaL_newmetatable(L, JSON_BOX_MT)) {
        lua_pushcfunction(L, json_box_gc);
        lua_setfield(L, -2, "__gc");
        lua_pushcfunction(L, json_box_close);
        lua_setfield(L, -2, "__close");
        lua_pushboolean(L, 0);
        lua_setfield(L, -2, "__metatable");
    }
    lua_pop(L, 1);
    json_push_cache(L);
    json_box_new(L);
    lua_pushvalue(L, -2);
    lua_pushcclosure(L, json_lua_encode, 2);
    lua_setfield(L, -3, "encode");
    json_box_new(L);
    lua_pushvalue(L, -2);
    lua_pushcclosure(L, json_lua_encode_memo, 2);
    lua_setfield(L, -3, "encode_memo");
    lua_pop(L, 1); /* the cache */
    json_push_null(L);
    lua_setfield(L, -2, "null");
    return 1;
}
