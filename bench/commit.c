/* bench/commit: durable application writes per second through the store.
 *
 * (1) one submitter, one op per commit: the fsync-bound ceiling of single
 *     commits with synchronous=FULL;
 * (2) 32 submitters at once: the group-commit writer batches what is queued.
 * Every op counted has been committed before its submitter continues. */
#include "store.h"
#include "store_app.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static const char doc[] =
    "{\"state\":\"submitted\",\"applicant\":{\"kind\":\"自然人\",\"name\":\"张三\","
    "\"id\":\"110101199003077777\"},\"data\":{\"org_name\":\"滦南县某某协会\",\"members\":60},"
    "\"materials\":{\"sqs\":true,\"zc\":true,\"cszm\":true}}";

static double seconds = 3.0;
static _Atomic long total;

static void one(int k) {
    char prefix[40];
    /* Spread over prefixes so that no daily serial runs out. */
    snprintf(prefix, sizeof prefix, "11990001MB00000102%012d", k % 100000);
    store_op op;
    memset(&op, 0, sizeof op);
    op.kind = STORE_APP_CREATE;
    op.county = "bench";
    op.prefix = prefix;
    op.day = "20261125";
    op.subject = "990009000001";
    op.version = "v1";
    op.query_code = "QC000000";
    op.state = "submitted";
    op.doc = doc;
    op.actor = "applicant";
    op.action = "submit";
    op.payload = doc;
    op.at = 1;
    if (store_submit_wait(&op) != STORE_OK) {
        fprintf(stderr, "bench: %s\n", op.err);
        exit(1);
    }
}

static void *worker(void *arg) {
    int id = (int)(intptr_t)arg;
    double until = now() + seconds;
    int k = id;
    while (now() < until) {
        one(k);
        k += 64;
        total++;
    }
    return NULL;
}

static double run(int threads) {
    total = 0;
    pthread_t th[64];
    double t0 = now();
    for (int i = 0; i < threads; i++)
        pthread_create(&th[i], NULL, worker, (void *)(intptr_t)(i + threads * 1000));
    for (int i = 0; i < threads; i++)
        pthread_join(th[i], NULL);
    return (double)total / (now() - t0);
}

int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "bench-commit.db";
    buf err = BUF_INIT;
    if (store_open(path, &err) != 0 || store_writer_start(&err) != 0) {
        fprintf(stderr, "bench: %s\n", buf_cstr(&err));
        return 1;
    }
    double single = run(1);
    uint64_t b0, o0, b1, o1;
    store_writer_stats(&b0, &o0);
    double group = run(32);
    store_writer_stats(&b1, &o1);
    printf("single commits (1 submitter):   %8.0f durable writes/s\n", single);
    printf("group commit (32 submitters):   %8.0f durable writes/s, %.1f per commit\n", group,
           (double)(o1 - o0) / (double)(b1 - b0));
    printf("ratio: %.1fx the single-commit ceiling\n", group / single);
    store_writer_stop();
    store_close();
    return 0;
}
