/* The group-commit writer: numbers unique under concurrent submissions, a
 * stale update refused as a conflict without harming its batch-mates, events
 * appended with each change, an exhausted daily serial refused, and an op
 * that fails part way undone without its batch-mates; what the writer
 * acknowledged is readable at once from other connections; numbers found
 * before and after the writer moves them into their index. */
#include "store.h"
#include "store_app.h"
#include "t.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdlib.h>

static const char *dir; /* the scratch folder (t_scratch) */

static void fill_create(store_op *op, const char *prefix, const char *day) {
    memset(op, 0, sizeof *op);
    op->kind = STORE_APP_CREATE;
    op->county = "alpha";
    op->prefix = prefix;
    op->day = day;
    op->subject = "000001000001";
    op->version = "v1";
    op->query_code = "QC123456";
    op->state = "submitted";
    op->doc = "{\"state\":\"submitted\"}";
    op->actor = "applicant";
    op->action = "submit";
    op->payload = "{}";
    op->at = 1;
}

#define THREADS    8
#define PER_THREAD 200
static char numbers[THREADS * PER_THREAD][64];

static void *submitter(void *arg) {
    int t = (int)(intptr_t)arg;
    for (int i = 0; i < PER_THREAD; i++) {
        store_op op;
        fill_create(&op, "11990001MB00000102000001000001A", "20261125");
        if (store_submit_wait(&op) == STORE_OK)
            snprintf(numbers[t * PER_THREAD + i], 64, "%s", op.number);
    }
    return NULL;
}

static int cmp(const void *a, const void *b) { return strcmp(a, b); }

static void concurrent_submissions_get_unique_numbers(void) {
    pthread_t th[THREADS];
    for (int t = 0; t < THREADS; t++)
        pthread_create(&th[t], NULL, submitter, (void *)(intptr_t)t);
    for (int t = 0; t < THREADS; t++)
        pthread_join(th[t], NULL);
    qsort(numbers, THREADS * PER_THREAD, 64, cmp);
    int dup = 0, empty = 0;
    for (int i = 0; i < THREADS * PER_THREAD; i++) {
        empty += numbers[i][0] == '\0';
        if (i && strcmp(numbers[i], numbers[i - 1]) == 0)
            dup++;
    }
    CHECK(empty == 0);
    CHECK(dup == 0);
    CHECK_STR(numbers[0], "11990001MB00000102000001000001A202611250001");
    CHECK_STR(numbers[THREADS * PER_THREAD - 1], "11990001MB00000102000001000001A202611251600");
    uint64_t batches, ops;
    store_writer_stats(&batches, &ops);
    CHECK(ops >= THREADS * PER_THREAD);
    CHECK(batches < ops); /* some commits carried more than one submission */
}

static void stale_update_is_a_conflict(void) {
    store_op op;
    fill_create(&op, "P2", "20261125");
    CHECK(store_submit_wait(&op) == STORE_OK);
    int64_t id = op.id;
    store_op a, b;
    memset(&a, 0, sizeof a);
    a.kind = STORE_APP_UPDATE;
    a.county = "alpha";
    a.app_id = id;
    a.expect_seq = 1;
    a.state = "accepted";
    a.doc = "{\"state\":\"accepted\"}";
    a.actor = "clerk";
    a.action = "accept";
    a.from_state = "submitted";
    a.payload = "{}";
    a.at = 2;
    b = a;
    b.state = "rejected";
    b.action = "reject";
    CHECK(store_submit_wait(&a) == STORE_OK);
    CHECK(a.seq == 2);
    CHECK(store_submit_wait(&b) == STORE_CONFLICT);
    store_app app;
    buf err = BUF_INIT, ev = BUF_INIT;
    CHECK(store_app_get("alpha", NULL, id, &app, &err) == 1);
    CHECK_STR(app.state, "accepted");
    CHECK(app.seq == 2);
    CHECK(store_app_events(id, &ev, &err) == 0);
    CHECK(strstr(buf_cstr(&ev), "\"action\":\"submit\"") != NULL);
    CHECK(strstr(buf_cstr(&ev), "\"action\":\"accept\"") != NULL);
    CHECK(strstr(buf_cstr(&ev), "\"action\":\"reject\"") == NULL);
    char number[64];
    snprintf(number, sizeof number, "%s", app.number);
    store_app_free(&app);
    CHECK(store_app_get("alpha", number, 0, &app, &err) == 1);
    CHECK(app.id == id);
    store_app_free(&app);
    CHECK(store_app_get("beta", number, 0, &app, &err) == 0);
    buf_free(&err);
    buf_free(&ev);
}

static void daily_serial_exhausts_at_9999(void) {
    store_op op;
    int rc = STORE_OK, n = 0;
    while (rc == STORE_OK && n < 10001) {
        fill_create(&op, "P3", "20261126");
        rc = store_submit_wait(&op);
        n++;
    }
    CHECK(rc == STORE_EXHAUSTED);
    CHECK(n == 10000);
}

typedef struct burst {
    pthread_mutex_t m;
    pthread_cond_t c;
    int left;
} burst;

static void burst_done(store_op *op) {
    burst *b = op->user;
    pthread_mutex_lock(&b->m);
    b->left--;
    pthread_cond_signal(&b->c);
    pthread_mutex_unlock(&b->m);
}

/* An op that fails after it has taken its serial (here: no state, which the
 * table refuses) is undone alone: the ops queued with it, most likely in
 * the same batch, are stored with consecutive numbers. */
static void failing_op_is_undone_alone(void) {
    enum { N = 6, BAD = 2 };
    store_op ops[N];
    burst b = {PTHREAD_MUTEX_INITIALIZER, PTHREAD_COND_INITIALIZER, N};
    for (int i = 0; i < N; i++) {
        fill_create(&ops[i], "P4", "20261127");
        ops[i].done = burst_done;
        ops[i].user = &b;
    }
    ops[BAD].state = NULL;
    for (int i = 0; i < N; i++)
        CHECK(store_submit(&ops[i]) == 0);
    pthread_mutex_lock(&b.m);
    while (b.left > 0)
        pthread_cond_wait(&b.c, &b.m);
    pthread_mutex_unlock(&b.m);
    int serial = 1;
    for (int i = 0; i < N; i++) {
        if (i == BAD) {
            CHECK(ops[i].rc == STORE_ERROR);
            continue;
        }
        char want[64];
        snprintf(want, sizeof want, "P420261127%04d", serial++);
        CHECK(ops[i].rc == STORE_OK);
        CHECK_STR(ops[i].number, want);
    }
    store_app app;
    buf err = BUF_INIT;
    CHECK(store_app_get("alpha", "P4202611270006", 0, &app, &err) == 0);
    buf_free(&err);
}

/* The database file at path passes SQLite's integrity check, and count_sql
 * counts want rows in it. */
static void check_sound(const char *path, const char *count_sql, int want) {
    sqlite3 *db = NULL;
    sqlite3_stmt *s = NULL;
    CHECK(sqlite3_open(path, &db) == SQLITE_OK);
    CHECK(sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &s, NULL) == SQLITE_OK);
    CHECK(sqlite3_step(s) == SQLITE_ROW);
    CHECK_STR((const char *)sqlite3_column_text(s, 0), "ok");
    sqlite3_finalize(s);
    CHECK(sqlite3_prepare_v2(db, count_sql, -1, &s, NULL) == SQLITE_OK);
    CHECK(sqlite3_step(s) == SQLITE_ROW);
    CHECK(sqlite3_column_int(s, 0) == want);
    sqlite3_finalize(s);
    sqlite3_close(db);
}

/* The writer gathers its log writes: whatever it acknowledged, another
 * connection reads at once, and the file is sound afterwards. */
#define READERS  4
#define PER_READ 150
static _Atomic int read_back_missing;

static void *submit_and_read(void *arg) {
    int t = (int)(intptr_t)arg;
    char prefix[40];
    snprintf(prefix, sizeof prefix, "P5%d", t);
    for (int i = 0; i < PER_READ; i++) {
        store_op op;
        fill_create(&op, prefix, "20261128");
        if (store_submit_wait(&op) != STORE_OK) {
            read_back_missing++;
            continue;
        }
        store_app app;
        buf err = BUF_INIT;
        if (store_app_get("alpha", op.number, 0, &app, &err) == 1)
            store_app_free(&app);
        else
            read_back_missing++;
        buf_free(&err);
    }
    return NULL;
}

static void acknowledged_writes_are_readable_at_once(void) {
    pthread_t th[READERS];
    for (int t = 0; t < READERS; t++)
        pthread_create(&th[t], NULL, submit_and_read, (void *)(intptr_t)t);
    for (int t = 0; t < READERS; t++)
        pthread_join(th[t], NULL);
    CHECK(read_back_missing == 0);
    char path[300];
    snprintf(path, sizeof path, "%s/a.db", dir);
    check_sound(path, "SELECT count(*) FROM applications WHERE number LIKE 'P5%'",
                READERS * PER_READ);
}

/* Checkpoints: with a log of 40 pages, the checkpointer thread copies the
 * log while the writer commits, the writer finishes the copy itself at 40
 * pages so that the log starts again, and the log file stays short; the
 * database holds every acknowledged row, sound. */
#define CK_OPS 600
static char big_doc[3000];

static void *ck_submitter(void *arg) {
    int t = (int)(intptr_t)arg;
    char prefix[40];
    snprintf(prefix, sizeof prefix, "CK%d", t);
    for (int i = 0; i < CK_OPS / 4; i++) {
        store_op op;
        fill_create(&op, prefix, "20261129");
        op.doc = big_doc;
        if (store_submit_wait(&op) != STORE_OK)
            read_back_missing++;
    }
    return NULL;
}

static void checkpoints_keep_the_log_short(void) {
    char path[300];
    buf err = BUF_INIT;
    snprintf(path, sizeof path, "%s/ck.db", dir);
    memset(big_doc, 0, sizeof big_doc);
    strcpy(big_doc, "{\"pad\":\"");
    memset(big_doc + strlen(big_doc), 'x', 2500);
    strcat(big_doc, "\"}");
    store_writer_stop();
    store_close();
    store_checkpoint_pages(40);
    CHECK(store_open(path, &err) == 0 && store_writer_start(&err) == 0);
    uint64_t thr0, wr0;
    store_checkpoint_stats(&thr0, &wr0);
    pthread_t th[4];
    read_back_missing = 0;
    for (int t = 0; t < 4; t++)
        pthread_create(&th[t], NULL, ck_submitter, (void *)(intptr_t)t);
    for (int t = 0; t < 4; t++)
        pthread_join(th[t], NULL);
    CHECK(read_back_missing == 0);
    uint64_t thr, wr;
    store_checkpoint_stats(&thr, &wr);
    CHECK(thr > thr0); /* the checkpointer copied */
    CHECK(wr > wr0);   /* and the writer finished the copies */
    /* 600 rows of 2.5 KB would be some 500 pages without checkpoints; the
     * log holds 40, and one batch past them. */
    char wal[310];
    snprintf(wal, sizeof wal, "%s-wal", path);
    FILE *f = fopen(wal, "rb");
    CHECK(f != NULL);
    if (f) {
        fseek(f, 0, SEEK_END);
        long size = ftell(f);
        fclose(f);
        CHECK(size < 200 * 4120);
    }
    store_writer_stop();
    store_close();
    store_checkpoint_pages(0);
    check_sound(path, "SELECT count(*) FROM applications", CK_OPS);
    snprintf(path, sizeof path, "%s/a.db", dir);
    CHECK(store_open(path, &err) == 0 && store_writer_start(&err) == 0);
    buf_free(&err);
}

/* 办件编号 are found at once, while they wait in numbers_recent, after the
 * writer has moved them into numbers, and in any mix of the two; a number
 * no one was given is not found. */
static void numbers_are_found_before_and_after_their_move(void) {
    char path[300];
    snprintf(path, sizeof path, "%s/a.db", dir);
    store_numbers_merge_at(5);
    enum { N = 12 };
    char nums[N][64];
    int64_t ids[N];
    buf err = BUF_INIT;
    store_app app;
    int missed = 0;
    for (int i = 0; i < N; i++) {
        store_op op;
        fill_create(&op, "P9", "20261130");
        CHECK(store_submit_wait(&op) == STORE_OK);
        snprintf(nums[i], sizeof nums[i], "%s", op.number);
        ids[i] = op.id;
        for (int j = 0; j <= i; j++) {
            if (store_app_get("alpha", nums[j], 0, &app, &err) != 1) {
                missed++;
                continue;
            }
            missed += app.id != ids[j];
            store_app_free(&app);
        }
    }
    CHECK(missed == 0);
    CHECK(store_app_get("alpha", "P9202611309999", 0, &app, &err) == 0);
    CHECK(store_app_get("beta", nums[0], 0, &app, &err) == 0);
    /* Another county whose item has the same implementation code gets the
     * same number, and each county finds its own application. */
    store_op other;
    fill_create(&other, "P9", "20261130");
    other.county = "beta";
    CHECK(store_submit_wait(&other) == STORE_OK);
    CHECK_STR(other.number, nums[0]);
    CHECK(store_app_get("beta", nums[0], 0, &app, &err) == 1);
    CHECK(app.id == other.id);
    store_app_free(&app);
    CHECK(store_app_get("alpha", nums[0], 0, &app, &err) == 1);
    CHECK(app.id == ids[0]);
    store_app_free(&app);
    /* One submission a batch: moved after the 1st (with all before it),
     * the 6th and the 11th; the 12th and beta's still wait. */
    store_writer_stop();
    check_sound(path, "SELECT count(*) FROM numbers WHERE number LIKE 'P9%'", 11);
    check_sound(path, "SELECT count(*) FROM numbers_recent", 2);
    store_numbers_merge_at(0);
    CHECK(store_writer_start(&err) == 0);
    CHECK(store_app_get("alpha", nums[N - 1], 0, &app, &err) == 1);
    CHECK(app.id == ids[N - 1]);
    store_app_free(&app);
    buf_free(&err);
}

int main(void) {
    if (!(dir = t_scratch("apps")))
        return 2;
    char path[300];
    snprintf(path, sizeof path, "%s/a.db", dir);
    buf err = BUF_INIT;
    if (store_open(path, &err) != 0 || store_writer_start(&err) != 0) {
        printf("FAIL setup: %s\n", buf_cstr(&err));
        return 1;
    }
    TEST(concurrent_submissions_get_unique_numbers);
    TEST(stale_update_is_a_conflict);
    TEST(daily_serial_exhausts_at_9999);
    TEST(failing_op_is_undone_alone);
    TEST(acknowledged_writes_are_readable_at_once);
    TEST(checkpoints_keep_the_log_short);
    TEST(numbers_are_found_before_and_after_their_move);
    store_writer_stop();
    store_close();
    t_scratch_remove();
    buf_free(&err);
    T_EXIT();
}
