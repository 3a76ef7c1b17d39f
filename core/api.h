/* api.c: the HTTP routes of the service: health, metrics, the catalogue API
 * (served from snapshots, no Lua per request), rule calls into a county's
 * state, and the operator routes. Relies on router.c, county.c, store.c. */
#ifndef BANSHI_API_H
#define BANSHI_API_H

#include <stddef.h>

typedef struct api_config {
    const char *admin_token; /* bearer token of the operator; NULL: operator API off */
    size_t upload_limit;     /* largest multipart upload, bytes */
    int secure_cookies;      /* mark session cookies Secure (behind TLS) */
} api_config;

/* Adds every route to the router and the collectors to /metrics. */
void api_register(const api_config *c);

#endif
