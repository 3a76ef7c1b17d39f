/* api_int.h: what the api*.c route files share; included by nothing else. */
#ifndef BANSHI_API_INT_H
#define BANSHI_API_INT_H

#include "county.h"
#include "http.h"

/* 1 when s is a county id by grammar (checked before any lookup). */
int api_valid_county_id(const char *s);
/* The current generation of the county in r->params[0], held in r->hold
 * until the response is sent; answers the error itself and returns NULL. */
generation *api_county_gen(http_req *r);
/* Adds the applications routes (api_apps.c). */
void api_apps_register(void);

#endif
