/* vm_modules.c: the allow-list of modules `require` may load in a county state.
 *
 * Two kinds: C modules (luaopen_banshi_* functions compiled into the binary)
 * and the platform's Lua library (the .lua files under lua/banshi), embedded into the binary
 * at build time by tools/embed.c so that what runs is what was built. */
#ifndef BANSHI_VM_MODULES_H
#define BANSHI_VM_MODULES_H

#include <lua.h>
#include <stddef.h>

typedef struct vm_cmodule {
    const char *name;
    lua_CFunction open;
} vm_cmodule;

typedef struct embedded_module {
    const char *name;  /* "banshi.catalog" */
    const char *chunk; /* "@banshi/catalog.lua" */
    const char *source;
    size_t len;
} embedded_module;

extern const vm_cmodule vm_cmodules[];
extern const embedded_module embedded_modules[]; /* generated; ends with {NULL} */

#endif
