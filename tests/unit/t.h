/* t.h: the unit-test convention shared by the tests in tests/unit.
 *
 * Each test is a function `static void name(void)` run by TEST(name). Every
 * test prints one line, "PASS name" or "FAIL name: file:line: condition";
 * tests/run counts those lines across all suites. A test binary exits 1 if
 * any of its tests failed. */
#ifndef BANSHI_T_H
#define BANSHI_T_H

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

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

/* A fresh scratch folder for a test's files, under $TMPDIR (default /tmp),
 * made with mkdtemp. Returns its path, or NULL. */
static char t_scratch_dir[512];
__attribute__((unused)) static const char *t_scratch(const char *name) {
    const char *tmp = getenv("TMPDIR");
    snprintf(t_scratch_dir, sizeof t_scratch_dir, "%s/banshi-%s-%s", tmp && *tmp ? tmp : "/tmp",
             name, "XXXXXX" /* mkdtemp's template */);
    return mkdtemp(t_scratch_dir);
}

/* Removes the scratch folder and the files in it (tests keep it flat). */
__attribute__((unused)) static void t_scratch_remove(void) {
    DIR *d = opendir(t_scratch_dir);
    if (!d)
        return;
    struct dirent *e;
    char path[1024];
    while ((e = readdir(d))) {
        if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
            continue;
        snprintf(path, sizeof path, "%s/%s", t_scratch_dir, e->d_name);
        unlink(path);
    }
    closedir(d);
    rmdir(t_scratch_dir);
}

#endif
