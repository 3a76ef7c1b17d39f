/* metrics.c: counters and histograms, served in the Prometheus text format.
 *
 * Request counters are per route and status, with one latency histogram per
 * route; all are atomics updated on the completion path without locks.
 * Other subsystems (counties, store, timers) contribute their figures through
 * collectors called at scrape time. */
#ifndef BANSHI_METRICS_H
#define BANSHI_METRICS_H

#include "buf.h"

/* Counts one request of route (-1: unmatched) answered with status after
 * seconds. */
void metrics_request(int route, int status, double seconds);
typedef void (*metrics_collector)(buf *out);
/* Registers a collector (at start-up only; at most 16). */
void metrics_add_collector(metrics_collector fn);
/* Appends the whole exposition to out. */
void metrics_render(buf *out);

#endif
