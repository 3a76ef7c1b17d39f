#include "vm_modules.h"

#include "host.h"
#include "l_budget.h"
#include "l_json.h"
#include "timer.h"

const vm_cmodule vm_cmodules[] = {
    {"banshi.json", luaopen_banshi_json},
    {"banshi.timer", luaopen_banshi_timer},
    {"banshi.host", luaopen_banshi_host},
    {"banshi.budget", luaopen_banshi_budget},
    {NULL, NULL},
};
