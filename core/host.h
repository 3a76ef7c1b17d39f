/* host.c: banshi.host, the core's services behind the plugin API. */
#ifndef BANSHI_HOST_H
#define BANSHI_HOST_H

#include "buf.h"

#include <lua.h>

int luaopen_banshi_host(lua_State *L);
/* Counts one plugin call (and an error when error != 0) for /metrics. */
void host_count(const char *county_id, const char *plugin, int error);
/* Counts an error against the plugin whose code the failure message points
 * at first ("plugins/NAME/init.lua:12: ..."): for failures the plugin
 * runtime cannot count itself (a budget overrun, after which no Lua line
 * runs; an in-memory timer's callback). Does nothing when no plugin is
 * named there. */
void host_count_failure(const char *county_id, const char *message);
struct generation;
/* Runs the plugins' observe hooks for a step of application number just
 * stored (event and doc as JSON), each in its own call under the county's
 * budgets; does nothing when no plugin of g observes. */
void host_after(struct generation *g, const char *number, const char *event, const char *doc);
/* /metrics collector: calls and errors per county and plugin. */
void host_metrics(buf *out);

#endif
