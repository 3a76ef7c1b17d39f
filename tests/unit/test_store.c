/* The store: schema migrations, refusing a newer database, catalogue
 * versions, per-thread connections and the online backup. */
#include "store.h"
#include "t.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

static const char *dir; /* the scratch folder (t_scratch) */
static char path[256];

static void fresh_db_is_migrated(void) {
    buf err = BUF_INIT;
    CHECK(store_open(path, &err) == 0);
    CHECK(store_schema_version(path) == STORE_SCHEMA_VERSION);
    buf_free(&err);
}

static void versions_are_stored_once(void) {
    buf err = BUF_INIT;
    int created = -1;
    CHECK(store_version_put("alpha", "h1", "test", 2, "gz", 2, 10, &created, &err) == 0);
    CHECK(created == 1);
    CHECK(store_version_put("alpha", "h1", "test", 2, "gz", 2, 10, &created, &err) == 0);
    CHECK(created == 0);
    CHECK(store_version_put("alpha", "h2", "test", 3, "zz", 2, 12, &created, &err) == 0);
    store_version v[4];
    CHECK(store_version_list("alpha", v, 4, &err) == 2);
    CHECK(store_version_list("beta", v, 4, &err) == 0);
    void *gz = NULL;
    size_t gl, rl;
    CHECK(store_version_get("alpha", "h2", &gz, &gl, &rl, &err) == 0);
    CHECK(gl == 2 && rl == 12 && memcmp(gz, "zz", 2) == 0);
    free(gz);
    CHECK(store_version_get("alpha", "nope", &gz, &gl, &rl, &err) != 0);
    buf_free(&err);
}

static void active_version_survives_reopen(void) {
    buf err = BUF_INIT;
    char h[65];
    CHECK(store_version_active("alpha", h, &err) == 0);
    CHECK(store_version_activate("alpha", "h1", &err) == 0);
    CHECK(store_version_activate("alpha", "h2", &err) == 0);
    store_close();
    CHECK(store_open(path, &err) == 0);
    CHECK(store_version_active("alpha", h, &err) == 1);
    CHECK_STR(h, "h2");
    /* The foreign key holds: an unknown version cannot be made active. */
    CHECK(store_version_activate("alpha", "missing", &err) != 0);
    buf_free(&err);
}

static void *other_thread(void *arg) {
    (void)arg;
    store_version v[4];
    buf err = BUF_INIT;
    long n = store_version_list("alpha", v, 4, &err);
    buf_free(&err);
    return (void *)n;
}

static void each_thread_gets_its_connection(void) {
    pthread_t t;
    void *n;
    pthread_create(&t, NULL, other_thread, NULL);
    pthread_join(t, &n);
    CHECK((long)n == 2);
}

static void backup_is_a_consistent_copy(void) {
    char dest[300];
    snprintf(dest, sizeof dest, "%s/copy.db", dir);
    buf err = BUF_INIT;
    CHECK(store_backup(dest, &err) == 0);
    CHECK(store_schema_version(dest) == STORE_SCHEMA_VERSION);
    sqlite3 *db;
    sqlite3_open(dest, &db);
    sqlite3_stmt *s;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM catalog_versions", -1, &s, NULL);
    CHECK(sqlite3_step(s) == SQLITE_ROW && sqlite3_column_int(s, 0) == 2);
    sqlite3_finalize(s);
    sqlite3_close(db);
    buf_free(&err);
}

static void newer_schema_is_refused(void) {
    store_close();
    sqlite3 *db;
    sqlite3_open(path, &db);
    sqlite3_exec(db, "PRAGMA user_version = 999", NULL, NULL, NULL);
    sqlite3_close(db);
    buf err = BUF_INIT;
    CHECK(store_open(path, &err) != 0);
    CHECK(strstr(buf_cstr(&err), "schema version 999") != NULL);
    CHECK(strstr(buf_cstr(&err), "newer banshi") != NULL);
    buf_free(&err);
    store_close();
}

int main(void) {
    if (!(dir = t_scratch("store")))
        return 2;
    snprintf(path, sizeof path, "%s/t.db", dir);
    TEST(fresh_db_is_migrated);
    TEST(versions_are_stored_once);
    TEST(active_version_survives_reopen);
    TEST(each_thread_gets_its_connection);
    TEST(backup_is_a_consistent_copy);
    TEST(newer_schema_is_refused);
    t_scratch_remove();
    T_EXIT();
}
