/* store_audit.c: the staff audit log: who did what, when, from where.
 *
 * Append-only (triggers refuse UPDATE and DELETE) and hash-chained: each
 * row's hash is BLAKE2b-256 over the previous row's hash and the row's own
 * fields, so store_audit_verify finds a changed row, a deleted row, or a row
 * slipped in, even when someone bypassed the triggers with a copy of the
 * file. Removing rows from the end leaves a valid shorter chain: operators
 * who need to detect that record the latest hash elsewhere (verify prints it). */
#ifndef BANSHI_STORE_AUDIT_H
#define BANSHI_STORE_AUDIT_H

#include "buf.h"

#include <stdint.h>

/* Appends one entry in its own transaction, or, when the calling thread's
 * connection is inside a transaction already, under a savepoint of that
 * one (it then commits or rolls back with it). county is "*" for
 * server-wide actions. Returns 0 or -1. */
int store_audit_append(const char *county, const char *actor, const char *remote,
                       const char *action, const char *target, const char *detail, buf *err);

/* Walks the whole chain. Returns the number of entries when it is intact
 * (copying the last hash into last, 65 bytes), or -1 with the first broken
 * entry described in err. */
int64_t store_audit_verify(char last[65], buf *err);

/* Appends the newest entries (of county, or all when NULL) as a JSON array. */
int store_audit_list(const char *county, int limit, buf *out, buf *err);

#endif
