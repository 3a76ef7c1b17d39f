/* store_figures.c: supervision figures (督查统计) over a county's
 * applications, per department, for a period.
 *
 * Counted in the period [from, to) (unix milliseconds): received
 * (submitted), accepted, decided, decided on time and late, the working
 * days decided cases took (clock stops excluded) against their promised
 * limits, and the accepted 即办件. Counted now, whatever the period: open
 * cases under a yellow or a red warning. */
#ifndef BANSHI_STORE_FIGURES_H
#define BANSHI_STORE_FIGURES_H

#include "buf.h"

#include <stdint.h>

typedef struct store_figures {
    char department[64];
    char name[128];
    int64_t received, accepted, decided, on_time, late;
    double workdays_sum, limit_sum;
    int64_t timed;     /* decided cases with both working days and limit */
    int64_t immediate; /* accepted 即办件 */
    int64_t yellow, red;
} store_figures;

/* Fills out[0..max) with one row per department (department "" for cases
 * without one, such as bundles). Returns the count or -1. */
int store_figures_get(const char *county, int64_t from, int64_t to, store_figures *out, int max,
                      buf *err);

#endif
