/* Times the benchmark's rule (bench/plugins/rule/completeness.lua) in
 * LuaJIT, the Lua that nginx's Lua module loads, for bench/rule-cost. Built
 * against Debian's libluajit-5.1.so.2 without its headers (only the
 * package with the shared library is installed with nginx), so the four
 * functions used are declared here. Usage: luajit_time DIR_OF_RULE */
#include <stdio.h>

typedef struct lua_State lua_State;
lua_State *luaL_newstate(void);
void luaL_openlibs(lua_State *L);
int luaL_loadstring(lua_State *L, const char *s);
int lua_pcall(lua_State *L, int nargs, int nresults, int errfunc);
const char *lua_tolstring(lua_State *L, int idx, size_t *len);
void lua_setfield(lua_State *L, int idx, const char *k);
void lua_pushstring(lua_State *L, const char *s);

#define LUA_GLOBALSINDEX (-10002)

int main(int argc, char **argv) {
    if (argc != 2) {
        fputs("usage: luajit_time DIR_OF_RULE\n", stderr);
        return 2;
    }
    lua_State *L = luaL_newstate();
    luaL_openlibs(L);
    lua_pushstring(L, argv[1]);
    lua_setfield(L, LUA_GLOBALSINDEX, "RULE_DIR");
    if (luaL_loadstring(L, "package.path = RULE_DIR .. '/?.lua;' .. package.path\n"
                           "local rule = require 'completeness'\n"
                           "local app = { materials = { m01 = true, m02 = true, m03 = true,\n"
                           "  m04 = true, m05 = true, m06 = true }, data = {} }\n"
                           "local n = 1000000\n"
                           "for _ = 1, n do rule.check(app) end\n"
                           "local t = os.clock()\n"
                           "for _ = 1, n do rule.check(app) end\n"
                           "print(('%-44s %6.2f us'):format('LuaJIT 2.1 (nginx), per call',\n"
                           "  (os.clock() - t) / n * 1e6))\n") != 0 ||
        lua_pcall(L, 0, 0, 0) != 0) {
        fprintf(stderr, "luajit_time: %s\n", lua_tolstring(L, -1, NULL));
        return 1;
    }
    return 0;
}
