/* t.h: the unit-test convention shared by the tests in tests/unit.
 *
 * Each test is a function `static void name(void)` run by TEST(name). Every
 * test prints one line, "PASS name" or "FAIL name: file:line: condition";
 * tests/run counts those lines across all suites. A test binary exits 1 if
 * any of its tests failed. */
#ifndef BANSHI_T_H
#define BANSHI_T_H

#include <stdio.h>
#include <string.h>

static int t_failed_total;
static int t_failed_now;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        if (!(cond) && !t_failed_now) {                                                            \
            t_failed_now = 1;                                                                      \
            printf("FAIL %s: %s:%d: %s\n", t_current, __FILE__, __LINE__, #cond);                  \
        }                                                                                          \
    } while (0)

#define CHECK_STR(a, b) CHECK(strcmp((a), (b)) == 0)

static const char *t_current = "";

#define TEST(fn)                                                                                   \
    do {                                                                                           \
        t_current = #fn;                                                                           \
        t_failed_now = 0;                                                                          \
        fn();                                                                                      \
        if (t_failed_now)                                                                          \
            t_failed_total++;                                                                      \
        else                                                                                       \
            printf("PASS %s\n", #fn);                                                              \
        fflush(stdout);                                                                            \
    } while (0)

#define T_EXIT() return t_failed_total ? 1 : 0

#endif
