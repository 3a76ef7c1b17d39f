/* store_app.c: applications (办件) and their events, written through one
 * group-commit writer.
 *
 * Every change to an application is a store_op handed to store_submit(). One
 * writer thread takes whatever ops are queued (up to STORE_BATCH_MAX), runs
 * each inside its own savepoint of one transaction, commits once with
 * synchronous=FULL, and only then calls each op's done callback. So an op's
 * done callback means its change is on disk: an answer sent from it survives
 * kill -9, and throughput is not bound by the fsync rate.
 *
 * An op that fails (a conflict, a broken constraint) is rolled back to its
 * savepoint alone; the others in the batch still commit.
 *
 * Op states: queued --writer takes it--> running --commit--> done(rc)
 *            running --its savepoint rolled back--> done(rc < 0) */
#ifndef BANSHI_STORE_APP_H
#define BANSHI_STORE_APP_H

#include "buf.h"

#include <stdint.h>

#define STORE_BATCH_MAX 512

enum store_op_kind { STORE_APP_CREATE, STORE_APP_UPDATE };

enum { STORE_OK = 0, STORE_ERROR = -1, STORE_CONFLICT = -2, STORE_EXHAUSTED = -3 };

/* A durable timer of an application (warnings, the 容缺 supplement due). */
typedef struct store_app_timer {
    char name[32];
    int64_t due_at; /* unix milliseconds */
} store_app_timer;
#define STORE_APP_TIMERS 8

typedef struct store_op store_op;
struct store_op {
    enum store_op_kind kind;
    /* inputs, borrowed until done is called */
    const char *county;
    const char *prefix;     /* CREATE: the implementation code (实施编码) */
    const char *day;        /* CREATE: yyyymmdd in the county's time */
    const char *subject;    /* CREATE: item base code or bundle code */
    const char *version;    /* CREATE: pinned catalogue version */
    const char *query_code; /* CREATE */
    int64_t app_id;         /* UPDATE */
    int64_t expect_seq;     /* UPDATE: the seq the change was decided on */
    const char *state;      /* the state after the event */
    const char *doc;        /* the document after the event (JSON) */
    const char *actor, *action, *from_state, *reason, *payload;
    /* the lengths of doc and payload when the caller knows them (0: ask
     * strlen); the writer binds them as they are */
    size_t doc_len, payload_len;
    int64_t at; /* unix milliseconds */
    /* durable timers: the timer this change is the effect of (0: none),
     * marked fired in the same transaction, and when set_timers the
     * application's pending timers, replaced by timers[0..ntimers) */
    int64_t fire_timer;
    /* the applicant (id number or credit code) who broke a 容缺 promise
     * with this change, recorded with it (NULL: none) */
    const char *broken_holder;
    int set_timers, ntimers;
    store_app_timer timers[STORE_APP_TIMERS];
    /* UPDATE, an issuance (准予): its electronic certificates as a JSON list
     * of { number, license, holder, holder_name, issuer, valid_until },
     * recorded in the same transaction (store_cert.h); NULL: none */
    const char *certificates;
    /* outputs */
    int rc;
    int64_t id;
    char number[64];
    int64_t seq;
    char err[160];
    /* called on the writer thread once the batch is durable */
    void (*done)(store_op *op);
    void *user;
    store_op *next;
};

/* Starts the writer thread. Returns 0 or -1. */
int store_writer_start(buf *err);
/* Drains the queue, commits, and stops the writer. */
void store_writer_stop(void);
/* Queues op. Returns 0; or -1 when the writer is not running (op->done is
 * then not called). */
int store_submit(store_op *op);
/* Submits op and waits for it (for callers that may block). Returns op->rc. */
int store_submit_wait(store_op *op);

/* Reading an application (on the caller's own connection). */
typedef struct store_app {
    int64_t id;
    char county[64];
    char number[64];
    char query_code[32];
    char subject[64];
    char version[65];
    char state[32];
    int64_t seq;
    int64_t created_at, updated_at;
    char *doc; /* malloc'd; free with store_app_free */
} store_app;

/* 1 when the county recorded a broken 容缺 promise of holder, 0 when not,
 * -1 on error. */
int store_broken_promise(const char *county, const char *holder, buf *err);
/* Finds by number (id = 0) or id. Returns 1 found, 0 not found, -1 error. */
int store_app_get(const char *county, const char *number, int64_t id, store_app *out, buf *err);
void store_app_free(store_app *a);
/* Appends the events of app_id, oldest first, as a JSON array to out. */
int store_app_events(int64_t app_id, buf *out, buf *err);
/* Appends a JSON array of summaries of the county's applications in state
 * (NULL: any), newest first. */
int store_app_list(const char *county, const char *state, int limit, int offset, buf *out,
                   buf *err);
/* Batches and ops committed so far (for /metrics and benchmarks). */
void store_writer_stats(uint64_t *batches, uint64_t *ops);

/* Checkpoints once the log holds this many pages (<= 0: the default, 4000);
 * for tests. */
void store_checkpoint_pages(int pages);
/* Tests: the writer moves new application numbers into their index once
 * this many wait (0: the default, 4096). */
void store_numbers_merge_at(int n);

/* Checkpoints so far: by the checkpointer thread, and by the writer itself
 * (the log grew past four times the pages above while the checkpointer
 * could not catch up, or the checkpointer is not running). */
void store_checkpoint_stats(uint64_t *by_thread, uint64_t *by_writer);

#endif
