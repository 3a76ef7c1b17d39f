/* fuzz_cookie.c: libFuzzer target for auth_session_cookies, the Cookie
 * header parser in front of every cookie session.
 *
 * Properties checked on every input: at most `max` values come back; each
 * value lies wholly inside the header; no value contains ';' or ends in a
 * blank; and every value follows "banshi_session=" in the header. */
#include "auth.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define FUZZ_CHECK(c)                                                                              \
    do {                                                                                           \
        if (!(c)) {                                                                                \
            fprintf(stderr, "fuzz_cookie: property failed: %s (%s:%d)\n", #c, __FILE__, __LINE__); \
            abort();                                                                               \
        }                                                                                          \
    } while (0)

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    char *h = malloc(size + 1);
    FUZZ_CHECK(h != NULL);
    memcpy(h, data, size);
    h[size] = '\0';
    size_t n = strlen(h);
    const char *vals[4];
    size_t lens[4];
    int got = auth_session_cookies(h, vals, lens, 4);
    FUZZ_CHECK(got >= 0 && got <= 4);
    static const char name[] = "banshi_session=";
    for (int i = 0; i < got; i++) {
        FUZZ_CHECK(vals[i] >= h + (sizeof name - 1) && vals[i] + lens[i] <= h + n);
        FUZZ_CHECK(memcmp(vals[i] - (sizeof name - 1), name, sizeof name - 1) == 0);
        FUZZ_CHECK(memchr(vals[i], ';', lens[i]) == NULL);
        FUZZ_CHECK(lens[i] == 0 || (vals[i][lens[i] - 1] != ' ' && vals[i][lens[i] - 1] != '\t'));
    }
    FUZZ_CHECK(auth_session_cookies(NULL, vals, lens, 4) == 0);
    free(h);
    return 0;
}
