#include "l_budget.h"

#include "vm.h"

#include <lauxlib.h>

static int l_trust(lua_State *L) {
    vm_meter(L, 0);
    return 0;
}

static int l_metered(lua_State *L) {
    luaL_checkany(L, 1);
    int was = vm_meter(L, 1);
    lua_call(L, lua_gettop(L) - 1, LUA_MULTRET);
    if (!was)
        vm_meter(L, 0);
    return lua_gettop(L);
}

int luaopen_banshi_budget(lua_State *L) {
    static const luaL_Reg funcs[] = {
        {"trust", l_trust},
        {"metered", l_metered},
        {NULL, NULL},
    };
    luaL_newlib(L, funcs);
    return 1;
}
