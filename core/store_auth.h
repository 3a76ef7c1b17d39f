/* store_auth.c: the SQL of staff accounts, sign-in sessions, API tokens and
 * the sign-in throttle (schema version 4); used by auth.c and nothing else.
 *
 * Secrets never reach this file in the clear: sessions and API tokens are
 * looked up by the 32-byte hash auth.c computes, and accounts carry the
 * Argon2id string of crypto_pwhash_str. Lookups of sessions and tokens join
 * the account and do not read its password hash.
 *
 * Statements live in the per-connection cache, slots STORE_AUTH_SLOT0 and
 * up (store_app.c uses the slots below 16). Times are unix seconds, passed in
 * by the caller so that tests can move the clock.
 *
 * Functions return 0 on success (or the documented count/flag) and a
 * negative value on failure, with an English message appended to err when
 * err is not NULL. Strings in and out are borrowed / copied into the
 * caller's structs. Relies on store.c for connections. */
#ifndef BANSHI_STORE_AUTH_H
#define BANSHI_STORE_AUTH_H

#include "buf.h"

#include <stdint.h>

#define STORE_AUTH_SLOT0      16
#define STORE_AUTH_HASH_BYTES 32
/* An insert broke a uniqueness rule (the username is taken). */
#define STORE_AUTH_EXISTS (-2)
/* An insert named an account that does not exist. */
#define STORE_AUTH_NO_ACCOUNT (-3)

typedef struct store_account {
    int64_t id;
    char county[33];
    char username[33];
    char display[65];
    char role[16];
    char departments[8 * 33]; /* comma-separated department codes, "" for none */
    char password_hash[128];  /* crypto_pwhash_str output; "" when not loaded */
    int disabled;
    int64_t created_at;
    int64_t updated_at;
} store_account;

/* A session or API token row with the account it acts for (password_hash
 * left empty). For a session, since = created_at and until = last_seen; for
 * a token, since = created_at and until = expires_at. */
typedef struct store_credential {
    int64_t id;
    int64_t since;
    int64_t until;
    int64_t last_used; /* sessions: last_seen; tokens: last use or 0 */
    store_account account;
} store_credential;

/* Inserts a (fields id, created_at, updated_at ignored; both times = now)
 * and sets *id. Returns 0, STORE_AUTH_EXISTS if (county, username) is
 * taken, or -1. */
int store_account_insert(const store_account *a, int64_t now, int64_t *id, buf *err);
/* Loads the account (password hash included). Returns 1 found, 0 not found,
 * -1 error. */
int store_account_get(const char *county, const char *username, store_account *out, buf *err);
/* Replaces the account's password hash (hash borrowed). Returns 0 or -1. */
int store_account_set_password(int64_t id, const char *hash, int64_t now, buf *err);
/* Sets or clears the disabled flag. Returns 0 or -1. */
int store_account_set_disabled(int64_t id, int disabled, int64_t now, buf *err);
/* Calls each(a, ctx) for every account of county (all counties when county
 * is NULL), ordered by county then username, without password hashes; a
 * non-zero return from each stops the walk. Returns the number of rows
 * visited, or -1. a is valid during the call only. */
int store_account_each(const char *county, int (*each)(const store_account *a, void *ctx),
                       void *ctx, buf *err);

/* Records a new session for account_id; remote is borrowed (may be "").
 * Sets *id. Returns 0 or -1. */
int store_session_insert(const unsigned char hash[STORE_AUTH_HASH_BYTES], int64_t account_id,
                         const char *remote, int64_t now, int64_t *id, buf *err);
/* Finds the session with this token hash. Returns 1 found, 0 not, -1 error. */
int store_session_get(const unsigned char hash[STORE_AUTH_HASH_BYTES], store_credential *out,
                      buf *err);
/* Sets the session's last_seen. Returns 0 or -1. */
int store_session_touch(int64_t id, int64_t now, buf *err);
/* Deletes one session (no error if it is gone). Returns 0 or -1. */
int store_session_delete(int64_t id, buf *err);
/* Deletes every session of the account. Returns the count, or -1. */
int store_session_delete_account(int64_t account_id, buf *err);

/* Records an API token (name borrowed) acting as account_id. Sets *id.
 * Returns 0, STORE_AUTH_NO_ACCOUNT, or -1. */
int store_token_insert(const unsigned char hash[STORE_AUTH_HASH_BYTES], int64_t account_id,
                       const char *name, int64_t now, int64_t expires_at, int64_t *id, buf *err);
/* Finds the token with this hash. Returns 1 found, 0 not, -1 error. */
int store_token_get(const unsigned char hash[STORE_AUTH_HASH_BYTES], store_credential *out,
                    buf *err);
/* Sets the token's last use. Returns 0 or -1. */
int store_token_touch(int64_t id, int64_t now, buf *err);

/* The time until which key is refused sign-in (0 when it is not), in
 * *until. Returns 0 or -1. */
int store_throttle_get(const char *key, int64_t *until, buf *err);
/* Counts one failed sign-in for key, atomically: the count restarts at 1
 * when the previous failure is more than window seconds old; from the
 * max_failures-th failure on, key is refused until now + base * 2^(count -
 * max_failures), at most now + cap. Sets *until (0 when not refused).
 * Returns 0 or -1. */
int store_throttle_fail(const char *key, int64_t now, int64_t window, int max_failures,
                        int64_t base, int64_t cap, int64_t *until, buf *err);
/* Forgets key's failures. Returns 0 or -1. */
int store_throttle_reset(const char *key, buf *err);

/* Deletes sessions idle since before now - idle or created before now -
 * absolute, tokens expired before now, and throttle rows whose last failure
 * is older than window and whose refusal has ended. Returns 0 or -1. */
int store_auth_prune(int64_t now, int64_t idle, int64_t absolute, int64_t window, buf *err);

#endif
