/* l_budget.c: the Lua module "banshi.budget", for the platform's own Lua
 * library only (catalogue and plugin environments have no require): which
 * code the county's instruction and time budgets meter (vm.h).
 *
 *   trust()               stops metering the rest of this call: the
 *                         platform's own code follows. Nothing happens once
 *                         a budget has tripped. Returns nothing.
 *   metered(fn, ...)      calls fn(...) metered and returns its results;
 *                         when fn returns, metering is as it was before.
 *                         When fn raises, the error passes through and
 *                         metering stays on (more metering, never less).
 *                         Raises when fn is not callable.
 *
 * Everything that runs county or plugin code inside a trusted stretch goes
 * through metered: catalogue rules, plugin hooks and lookups, including
 * whatever reads the values they return (a plugin's table may carry
 * metamethods). Relies on vm.h. */
#ifndef BANSHI_L_BUDGET_H
#define BANSHI_L_BUDGET_H

#include <lua.h>

int luaopen_banshi_budget(lua_State *L);

#endif
