#include "vm_modules.h"

#include "l_json.h"
#include "timer.h"

const vm_cmodule vm_cmodules[] = {
    {"banshi.json", luaopen_banshi_json},
    {"banshi.timer", luaopen_banshi_timer},
    {NULL, NULL},
};
