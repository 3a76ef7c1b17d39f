/* The router: literal and parameter segments, 404 versus 405, HEAD. */
#include "router.h"
#include "t.h"

#include <stdlib.h>

static void h_a(http_req *r) { (void)r; }
static void h_b(http_req *r) { (void)r; }

static int match(const char *method, const char *path, http_req *r, char *allow) {
    memset(r, 0, sizeof *r);
    r->method = method;
    r->path = path;
    return router_match(r, allow, 64);
}

static void params_are_extracted(void) {
    http_req r;
    char allow[64];
    CHECK(match("GET", "/api/v1/counties/luannan/items/000112003000", &r, allow) == ROUTER_FOUND);
    CHECK_STR(r.params[0], "luannan");
    CHECK_STR(r.params[1], "000112003000");
    CHECK(router_get(r.route)->fn == h_b);
    free(r.path_copy);
}

static void literal_beats_nothing(void) {
    http_req r;
    char allow[64];
    CHECK(match("GET", "/healthz", &r, allow) == ROUTER_FOUND);
    CHECK(router_get(r.route)->fn == h_a);
    free(r.path_copy);
}

static void unknown_path_is_404(void) {
    http_req r;
    char allow[64];
    CHECK(match("GET", "/api/v1/nothing", &r, allow) == ROUTER_NOT_FOUND);
    free(r.path_copy);
    CHECK(match("GET", "/api/v1/counties/x/items/y/z/w", &r, allow) == ROUTER_NOT_FOUND);
    free(r.path_copy);
    CHECK(match("GET", "relative", &r, allow) == ROUTER_NOT_FOUND);
    free(r.path_copy);
}

static void wrong_method_is_405_with_allow(void) {
    http_req r;
    char allow[64];
    CHECK(match("DELETE", "/api/v1/counties/a/items/b", &r, allow) == ROUTER_BAD_METHOD);
    CHECK_STR(allow, "GET, POST");
    free(r.path_copy);
}

static void head_follows_get(void) {
    http_req r;
    char allow[64];
    CHECK(match("HEAD", "/healthz", &r, allow) == ROUTER_FOUND);
    free(r.path_copy);
}

static void trailing_slash_is_same_resource(void) {
    http_req r;
    char allow[64];
    CHECK(match("GET", "/healthz/", &r, allow) == ROUTER_FOUND);
    free(r.path_copy);
}

static void empty_param_does_not_match(void) {
    http_req r;
    char allow[64];
    CHECK(match("GET", "/api/v1/counties//items/x", &r, allow) == ROUTER_NOT_FOUND);
    free(r.path_copy);
}

static void malformed_patterns_refused(void) {
    CHECK(router_add("GET", "no-slash", h_a) < 0);
    CHECK(router_add("GET", "/a//b", h_a) < 0);
    CHECK(router_add("GET", "/a/{open", h_a) < 0);
}

int main(void) {
    router_add("GET", "/healthz", h_a);
    router_add("GET", "/api/v1/counties/{county}/items/{code}", h_b);
    router_add("POST", "/api/v1/counties/{county}/items/{code}", h_a);
    TEST(params_are_extracted);
    TEST(literal_beats_nothing);
    TEST(unknown_path_is_404);
    TEST(wrong_method_is_405_with_allow);
    TEST(head_follows_get);
    TEST(trailing_slash_is_same_resource);
    TEST(empty_param_does_not_match);
    TEST(malformed_patterns_refused);
    T_EXIT();
}
