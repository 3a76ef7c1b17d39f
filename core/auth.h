/* auth.c: staff accounts, passwords, sign-in sessions and API tokens; who is
 * making a request.
 *
 * Accounts belong to a county (the operator's to "*") and have one role:
 *   clerk         窗口受理  window clerk
 *   reviewer      部门审查  department reviewer, bound to 1..8 departments
 *   supervisor    督查      sees all of the county's cases, issues 督办
 *   county_admin            manages the county's accounts and catalogue
 *   operator                runs the server, over all counties (county "*")
 * This file says who someone is; what each role may do is decided elsewhere
 * (the authorization table).
 *
 * Passwords are Argon2id strings from libsodium's crypto_pwhash_str. Session
 * and API tokens are 32 random bytes shown to their holder as 64 lowercase
 * hex characters and stored only as a keyed BLAKE2b-256 hash. A session's
 * CSRF token is derived from its session token (keyed BLAKE2b), so it is
 * never stored and only the cookie's holder can compute it.
 *
 * Sign-in states of one throttle key (an account name in a county, or a
 * remote address), kept in the database so they survive restarts:
 *   open    --failure, count < max-->        open (count + 1)
 *   open    --failure, count reaches max-->  refused until now + base
 *   refused --attempt before the end-->      THROTTLED, nothing counted
 *   refused --failure after the end-->       refused for twice as long (cap)
 *   any     --no failure for window s-->     count restarts
 *   account key --successful sign-in-->      forgotten (the address key is not:
 *                                            one good account must not clear it)
 *
 * Session states: live --idle for session_idle_s, or session_absolute_s
 * after sign-in--> expired (deleted on sight or by pruning); live --sign-out,
 * password change or account disabled--> deleted.
 *
 * Threads: auth_init runs once before any other call and before worker
 * threads start; every other function may run on any thread, concurrently.
 * Password hashing is slow on purpose (tens of milliseconds, MEMLIMIT bytes
 * of memory) and runs under no lock; at most max_hashing hash at once, and
 * callers beyond that get AUTH_BUSY rather than waiting.
 *
 * Never logs a password, a token or a hash. Relies on libsodium and
 * store_auth.c; the store must be open (store_open) before auth_init. */
#ifndef BANSHI_AUTH_H
#define BANSHI_AUTH_H

#include "buf.h"

#include <stddef.h>
#include <stdint.h>

enum auth_result {
    AUTH_OK = 0,
    AUTH_ERROR = -1,     /* internal (database, memory): answer 500 */
    AUTH_DENIED = -2,    /* wrong credentials, expired, disabled: 401 */
    AUTH_THROTTLED = -3, /* too many failed sign-ins: 429 + Retry-After */
    AUTH_ANONYMOUS = -4, /* the request carries no credentials */
    AUTH_CSRF = -5,      /* cookie session without the right X-CSRF-Token: 403 */
    AUTH_INVALID = -6,   /* an argument breaks its grammar or rule: 400/422 */
    AUTH_EXISTS = -7,    /* the username is taken in that county: 409 */
    AUTH_NOT_FOUND = -8, /* no such account: 404 */
    AUTH_BUSY = -9,      /* too many passwords being hashed right now: 503 */
};

#define AUTH_MAX_DEPARTMENTS 8
#define AUTH_PASSWORD_MIN    10   /* characters (UTF-8 code points) */
#define AUTH_PASSWORD_MAX    1024 /* bytes */
#define AUTH_COOKIE_NAME     "banshi_session"
#define AUTH_CSRF_HEADER     "X-CSRF-Token"

/* Zero in any field means the default written after it. */
typedef struct auth_config {
    unsigned long long pwhash_opslimit; /* crypto_pwhash_OPSLIMIT_INTERACTIVE (2) */
    size_t pwhash_memlimit;             /* crypto_pwhash_MEMLIMIT_INTERACTIVE (64 MiB) */
    int max_hashing;                    /* 4 passwords hashed at once */
    int session_idle_s;                 /* 8 hours */
    int session_absolute_s;             /* 12 hours */
    int max_failures_account;           /* 5 within the window */
    int max_failures_remote;            /* 20 within the window (offices share an address) */
    int failure_window_s;               /* 1 hour without failures restarts the count */
    int refuse_base_s;                  /* 30 s, doubled for each further failure */
    int refuse_max_s;                   /* 15 minutes */
} auth_config;

/* Who is making a request, or who just signed in. Holds no secret except
 * csrf, which is meant to be handed back to the session's own holder. */
typedef struct principal {
    int64_t account_id;
    char county[33]; /* "*" for an operator */
    char username[33];
    char display[65];
    char role[16];
    char departments[AUTH_MAX_DEPARTMENTS][33]; /* reviewers only */
    int ndepartments;
    int via_token;      /* 1 bearer API token, 0 session cookie */
    int64_t session_id; /* the session's row id (0 for a token) */
    char csrf[65];      /* the session's CSRF token ("" for a token) */
} principal;

/* Sets the configuration (cfg may be NULL for every default; it is copied),
 * starts libsodium, prepares the dummy hash that makes an unknown user cost
 * as much as a wrong password, and prunes expired rows. Call once, after
 * store_open and before threads use auth. Returns 0 or AUTH_ERROR. */
int auth_init(const auth_config *cfg, buf *err);

/* Creates an account. county: the county grammar ^[a-z][a-z0-9_]{0,31}$,
 * or "*" exactly when role is "operator". username: ^[a-z][a-z0-9_.-]{2,31}$.
 * display: 1..64 bytes of UTF-8 without control characters (NULL: the
 * username). role: one of the five above. departments[0..ndep): reviewers
 * need 1..8 department codes (county grammar), other roles none. password:
 * at least AUTH_PASSWORD_MIN characters. All borrowed. Returns AUTH_OK,
 * AUTH_INVALID or AUTH_EXISTS (with a message in err), AUTH_BUSY, or
 * AUTH_ERROR. Hashes the password: slow. */
int auth_account_create(const char *county, const char *username, const char *display,
                        const char *role, const char *const *departments, int ndep,
                        const char *password, buf *err);
/* Replaces the account's password and ends all its sessions (its API
 * tokens stay valid). Returns AUTH_OK, AUTH_INVALID, AUTH_NOT_FOUND,
 * AUTH_BUSY or AUTH_ERROR. Hashes the password: slow. */
int auth_set_password(const char *county, const char *username, const char *password, buf *err);
/* Disables (disabled = 1) or re-enables (0) the account. Disabling ends its
 * sessions at once and makes its API tokens stop working (until it is
 * enabled again). Returns AUTH_OK, AUTH_NOT_FOUND or AUTH_ERROR. */
int auth_set_disabled(const char *county, const char *username, int disabled, buf *err);
/* Fills *who with the account's identity (via_token 0, session_id 0, csrf
 * "") whether or not it is disabled; *disabled (may be NULL) tells which.
 * For the admin API to check a target account before acting on it.
 * Returns AUTH_OK, AUTH_NOT_FOUND (also for names outside the grammar) or
 * AUTH_ERROR. */
int auth_account_find(const char *county, const char *username, principal *who, int *disabled,
                      buf *err);
/* Appends to json_out a JSON array of the county's accounts (every county's
 * when county is NULL), ordered by county and username, each
 * {"id","county","username","display","role","departments":[..],
 * "disabled":bool,"created_at","updated_at"}. No secrets. Returns AUTH_OK
 * or AUTH_ERROR. */
int auth_list(const char *county, buf *json_out, buf *err);

/* Signs in. county and username name the account, password is checked,
 * remote (the client address, may be NULL or "") is the second throttle
 * key. On AUTH_OK: session_out and csrf_out receive 64 hex characters and
 * *who the identity; the session token goes only into the cookie
 * (auth_cookie), the CSRF token into the answer body. On AUTH_THROTTLED
 * *retry_after is the seconds to wait; nothing was checked. AUTH_DENIED is
 * the one answer for an unknown user, a wrong password and a disabled
 * account, reached in about the same time. Also AUTH_BUSY, AUTH_ERROR (err).
 * Hashes a password: slow. */
int auth_login(const char *county, const char *username, const char *password, const char *remote,
               char session_out[65], char csrf_out[65], int *retry_after, principal *who, buf *err);
/* Ends the session that identified who (a no-op for a token). Returns
 * AUTH_OK or AUTH_ERROR. */
int auth_logout(const principal *who);

/* Resolves a request's caller from its headers (each may be NULL):
 * "Authorization: Bearer <api token>" first (scheme case-insensitive; an
 * Authorization header that is not a valid bearer token is AUTH_DENIED,
 * never a fall-back to the cookie), otherwise the banshi_session cookie of
 * the Cookie header. For a cookie and a method other than GET, HEAD or
 * OPTIONS (NULL counts as unsafe), csrf_header (X-CSRF-Token) must hold the
 * session's CSRF token. Returns AUTH_OK with *who filled, AUTH_ANONYMOUS
 * (neither credential present), AUTH_DENIED (unknown, expired, or the
 * account disabled), AUTH_CSRF, or AUTH_ERROR. *who is zeroed unless
 * AUTH_OK. Fast: no password hashing; writes only when a session's last
 * activity or a token's last use is more than a minute old. */
int auth_identify(const char *authorization_header, const char *cookie_header, const char *method,
                  const char *csrf_header, principal *who);

/* Creates an API token acting as account_id, named name (1..64 bytes of
 * UTF-8 without control characters), valid for ttl_seconds (1 s .. 2
 * years). token_out receives its 64 hex characters: show them once, they
 * cannot be recovered. Returns AUTH_OK, AUTH_INVALID, AUTH_NOT_FOUND or
 * AUTH_ERROR. */
int auth_token_create(int64_t account_id, const char *name, int64_t ttl_seconds, char token_out[65],
                      buf *err);

/* Writes the Set-Cookie value for session_token into out[0..n):
 * "banshi_session=<token>; HttpOnly; SameSite=Strict; Path=/; Max-Age=<max_age>"
 * plus "; Secure" when secure. max_age < 0 means the absolute session
 * lifetime. An empty token with max_age 0 clears the cookie (sign-out).
 * Returns out, or NULL when the token is not 64 hex characters (nor "") or
 * out is too small (160 bytes always suffice). */
const char *auth_cookie(const char *session_token, int max_age, int secure, char *out, size_t n);

/* The grammar checks, for handlers that take these from a path or body. */
/* Splits a Cookie header (NULL: none) into the values of the session
 * cookie, trimmed of trailing blanks: vals[i] points into cookie with length
 * lens[i]. At most max are returned; returns how many. Pure: for tests and
 * fuzzing. */
int auth_session_cookies(const char *cookie, const char *vals[], size_t lens[], int max);

int auth_valid_username(const char *s);
int auth_valid_role(const char *s);
int auth_valid_county(const char *s); /* a county id or "*" */

/* Replaces the clock (unix seconds) for tests; NULL restores time(). Call
 * while no other thread uses auth. */
void auth_set_clock_for_tests(int64_t (*now)(void));

#endif
