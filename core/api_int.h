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
/* The access rules of routes, decided by api_authorize before any handler
 * runs (the one place that decides who may do what). */
enum access {
    ACCESS_PUBLIC = 0,      /* anyone */
    ACCESS_OPERATOR,        /* the operator (token or account) */
    ACCESS_COUNTY_ADMIN,    /* the operator, or the administrator of {county} */
    ACCESS_CASEWORK,        /* clerks, reviewers and supervisors of {county} */
    ACCESS_CASELIST,        /* clerks and supervisors of {county} */
    ACCESS_PROGRESS,        /* anyone with ?code=, else casework */
    ACCESS_APPLICATION_ACT, /* casework, or the applicant (the handler checks the code) */
    ACCESS_SUPERVISION,     /* the operator, or supervisors and administrators of {county} */
    ACCESS_PLUGIN,          /* anyone; a caller who gives credentials is identified */
};

/* Sets the access rule of the route at index (router_add's answer). */
void api_access(int index, enum access rule);

/* Adds the applications routes (api_apps.c). */
void api_apps_register(void);
/* Adds the supervision figures route (api_figures.c). */
void api_figures_register(void);
/* Adds the plugins' routes (api_plugins.c). */
void api_plugins_register(void);

#endif
