/* watch.c: reload on file change (serve --watch), inotify with a debounce. */
#ifndef BANSHI_WATCH_H
#define BANSHI_WATCH_H

#include "buf.h"

/* Starts watching the catalogue and plugin folders; after a change and
 * debounce_ms of quiet, every county reloads. Returns 0 or -1 with err. */
int watch_start(const char *catalogs_dir, const char *plugins_dir, int debounce_ms, buf *err);
void watch_stop(void);

#endif
