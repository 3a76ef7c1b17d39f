/* store.c: all durable state, behind typed functions; the only user of SQLite.
 *
 * One SQLite database in WAL mode with synchronous=FULL, foreign keys on and a
 * busy timeout. Each thread that touches the store gets its own connection
 * (opened on first use, closed when the thread exits or at store_close), and
 * each connection prepares a statement once and reuses it. The schema is a
 * numbered list of migrations applied at store_open; a database written by a
 * newer banshi is refused. No other file includes sqlite3.h, so another
 * backend can replace this file without touching its callers.
 *
 * Functions return 0 on success and a negative value on failure, with an
 * English message appended to err when err is not NULL. */
#ifndef BANSHI_STORE_H
#define BANSHI_STORE_H

#include "buf.h"

#include <stddef.h>
#include <stdint.h>

/* The schema version this binary writes. */
#define STORE_SCHEMA_VERSION 11

/* Opens (creating if needed) the database at path and migrates it. */
int store_open(const char *path, buf *err);

/* Creates the folder path's file lives in (one level, mode 0750) when it is
 * missing, so that a database can be created in it ("var/banshi.db" on a
 * fresh clone). Returns 0, or -1 with the reason in err. */
int store_make_parent_dir(const char *path, buf *err);
/* Closes every connection. No store call may run concurrently. */
void store_close(void);
/* Copies the live database to dest with SQLite's online backup API. */
int store_backup(const char *dest, buf *err);
/* The schema version found in the file at path without migrating it (for
 * tests and `banshi version`), or -1. */
int store_schema_version(const char *path);

/* Catalogue versions (one row per county and content hash). */
typedef struct store_version {
    char hash[65];
    int64_t created_at; /* unix seconds */
    char created_by[64];
    int64_t size; /* bytes of sources, uncompressed */
    int64_t files;
} store_version;

/* Stores a version if absent. *created is set to 1 when a new row was
 * written, 0 when the same hash was already stored. */
int store_version_put(const char *county, const char *hash, const char *who, int64_t files,
                      const void *gz, size_t gz_len, size_t raw_len, int *created, buf *err);
/* Lists the county's versions, newest first, into out[0..max). Returns the
 * count, or a negative value. */
int store_version_list(const char *county, store_version *out, int max, buf *err);
/* Loads a version's compressed sources; *gz is malloc'd and owned by the caller. */
int store_version_get(const char *county, const char *hash, void **gz, size_t *gz_len,
                      size_t *raw_len, buf *err);
/* Marks hash as the county's active version (survives restarts). */
int store_version_activate(const char *county, const char *hash, buf *err);
/* Copies the county's active hash into out (65 bytes); returns 1 if found, 0 if none. */
int store_version_active(const char *county, char out[65], buf *err);

/* Uploaded files, by county and content hash (hex BLAKE2b-256). Storing
 * the same bytes twice keeps one copy; *created tells which happened. */
int store_upload_put(const char *county, const char *hash, const char *content_type,
                     const void *data, size_t len, int *created, buf *err);
/* Loads an upload; *data is malloc'd for the caller. Returns 1 found, 0 not
 * found, -1 error. */
int store_upload_get(const char *county, const char *hash, char ctype[128], void **data,
                     size_t *len, buf *err);

/* The SQLite library's version string. */
const char *store_sqlite_version(void);

/* Figures for /metrics. */
typedef struct store_stats {
    uint64_t commits;
    uint64_t commit_us_total;
    uint64_t commit_buckets[8]; /* <=0.1ms, 0.5, 1, 5, 10, 50, 100, +Inf */
} store_stats;
void store_get_stats(store_stats *out);
extern const double store_commit_bounds_ms[7];

#endif
