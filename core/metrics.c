#include "metrics.h"

#include "router.h"
#include "store.h"
#include "store_app.h"

#include <stdatomic.h>
#include <stdint.h>

static const int status_codes[] = {200, 201, 202, 204, 304, 400, 401, 403, 404,
                                   405, 409, 413, 415, 422, 429, 500, 503, 0 /* other */};
#define NSTATUS ((int)(sizeof status_codes / sizeof status_codes[0]))
static const double bounds[] = {0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005,
                                0.01,   0.025,   0.05,   0.1,   0.5,    1.0};
#define NBOUNDS ((int)(sizeof bounds / sizeof bounds[0]))

/* Slot ROUTER_MAX holds requests that matched no route. */
static _Atomic uint64_t counts[ROUTER_MAX + 1][NSTATUS];
static _Atomic uint64_t hist[ROUTER_MAX + 1][NBOUNDS + 1];
static _Atomic uint64_t hist_sum_us[ROUTER_MAX + 1];

static metrics_collector collectors[16];
static int ncollectors;

static int status_slot(int status) {
    for (int i = 0; i < NSTATUS - 1; i++)
        if (status_codes[i] == status)
            return i;
    return NSTATUS - 1;
}

void metrics_request(int route_index, int status, double seconds) {
    int slot = route_index >= 0 && route_index < ROUTER_MAX ? route_index : ROUTER_MAX;
    atomic_fetch_add_explicit(&counts[slot][status_slot(status)], 1, memory_order_relaxed);
    int b = 0;
    while (b < NBOUNDS && seconds > bounds[b])
        b++;
    atomic_fetch_add_explicit(&hist[slot][b], 1, memory_order_relaxed);
    atomic_fetch_add_explicit(&hist_sum_us[slot], (uint64_t)(seconds * 1e6), memory_order_relaxed);
}

void metrics_add_collector(metrics_collector fn) {
    if (ncollectors < 16)
        collectors[ncollectors++] = fn;
}

static const char *route_label(int slot) {
    const route *r = router_get(slot);
    return r ? r->pattern : "unmatched";
}

static const char *route_method(int slot) {
    const route *r = router_get(slot);
    return r ? r->method : "";
}

void metrics_render(buf *out) {
    int n = router_count();
    buf_adds(out, "# HELP banshi_http_requests_total HTTP requests answered, by route and status.\n"
                  "# TYPE banshi_http_requests_total counter\n");
    for (int s = 0; s <= ROUTER_MAX; s++) {
        if (s >= n && s != ROUTER_MAX)
            continue;
        for (int i = 0; i < NSTATUS; i++) {
            uint64_t c = atomic_load_explicit(&counts[s][i], memory_order_relaxed);
            if (!c)
                continue;
            if (status_codes[i])
                buf_printf(out,
                           "banshi_http_requests_total{method=\"%s\",route=\"%s\",status=\"%d\"} "
                           "%llu\n",
                           route_method(s), route_label(s), status_codes[i], (unsigned long long)c);
            else
                buf_printf(
                    out,
                    "banshi_http_requests_total{method=\"%s\",route=\"%s\",status=\"other\"} "
                    "%llu\n",
                    route_method(s), route_label(s), (unsigned long long)c);
        }
    }
    buf_adds(out, "# HELP banshi_http_request_duration_seconds Time from request to response.\n"
                  "# TYPE banshi_http_request_duration_seconds histogram\n");
    for (int s = 0; s <= ROUTER_MAX; s++) {
        if (s >= n && s != ROUTER_MAX)
            continue;
        uint64_t total = 0;
        for (int b = 0; b <= NBOUNDS; b++)
            total += atomic_load_explicit(&hist[s][b], memory_order_relaxed);
        if (!total)
            continue;
        uint64_t cum = 0;
        for (int b = 0; b < NBOUNDS; b++) {
            cum += atomic_load_explicit(&hist[s][b], memory_order_relaxed);
            buf_printf(out,
                       "banshi_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %llu\n",
                       route_label(s), bounds[b], (unsigned long long)cum);
        }
        buf_printf(out,
                   "banshi_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %llu\n"
                   "banshi_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n"
                   "banshi_http_request_duration_seconds_count{route=\"%s\"} %llu\n",
                   route_label(s), (unsigned long long)total, route_label(s),
                   (double)atomic_load(&hist_sum_us[s]) / 1e6, route_label(s),
                   (unsigned long long)total);
    }
    store_stats st;
    store_get_stats(&st);
    buf_adds(out, "# HELP banshi_db_commit_duration_seconds Database commits and their latency.\n"
                  "# TYPE banshi_db_commit_duration_seconds histogram\n");
    uint64_t cum = 0;
    for (int b = 0; b < 7; b++) {
        cum += st.commit_buckets[b];
        buf_printf(out, "banshi_db_commit_duration_seconds_bucket{le=\"%g\"} %llu\n",
                   store_commit_bounds_ms[b] / 1000.0, (unsigned long long)cum);
    }
    buf_printf(out,
               "banshi_db_commit_duration_seconds_bucket{le=\"+Inf\"} %llu\n"
               "banshi_db_commit_duration_seconds_sum %.6f\n"
               "banshi_db_commit_duration_seconds_count %llu\n",
               (unsigned long long)st.commits, (double)st.commit_us_total / 1e6,
               (unsigned long long)st.commits);
    uint64_t by_thread, by_writer;
    store_checkpoint_stats(&by_thread, &by_writer);
    buf_printf(out,
               "# HELP banshi_db_checkpoints_total Checkpoints of the database log, by who ran "
               "them.\n"
               "# TYPE banshi_db_checkpoints_total counter\n"
               "banshi_db_checkpoints_total{by=\"checkpointer\"} %llu\n"
               "banshi_db_checkpoints_total{by=\"writer\"} %llu\n",
               (unsigned long long)by_thread, (unsigned long long)by_writer);
    for (int i = 0; i < ncollectors; i++)
        collectors[i](out);
}
