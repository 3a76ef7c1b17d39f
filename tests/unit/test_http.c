/* Accept-Encoding decisions: gzip by name in any case, refused by q=0 in any
 * spelling, accepted through "*", and absent headers mean no compression. */
#include "http.h"
#include "t.h"

static void gzip_named_is_accepted(void) {
    CHECK(http_gzip_acceptable("gzip"));
    CHECK(http_gzip_acceptable("deflate, gzip;q=0.5"));
    CHECK(http_gzip_acceptable("GZIP"));
    CHECK(http_gzip_acceptable("x-gzip"));
    CHECK(http_gzip_acceptable("br, gzip, deflate"));
}

static void q_zero_refuses_in_every_spelling(void) {
    CHECK(!http_gzip_acceptable("gzip;q=0"));
    CHECK(!http_gzip_acceptable("gzip;Q=0"));
    CHECK(!http_gzip_acceptable("gzip; q=0"));
    CHECK(!http_gzip_acceptable("gzip ; q=0.000"));
    CHECK(!http_gzip_acceptable("*, gzip;q=0"));
}

static void star_and_absence(void) {
    CHECK(http_gzip_acceptable("*"));
    CHECK(!http_gzip_acceptable("*;q=0"));
    CHECK(!http_gzip_acceptable(NULL));
    CHECK(!http_gzip_acceptable(""));
    CHECK(!http_gzip_acceptable("identity"));
    CHECK(!http_gzip_acceptable("gzipx, xgzip"));
}

int main(void) {
    TEST(gzip_named_is_accepted);
    TEST(q_zero_refuses_in_every_spelling);
    TEST(star_and_absence);
    T_EXIT();
}
