#include "auth.h"

#include "json.h"
#include "log.h"
#include "store_auth.h"

#include <sodium.h>
#include <stdatomic.h>
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <time.h>

#define TOKEN_BYTES 32
#define TOKEN_HEX   64
/* Last-activity and last-use times are written at most this often. */
#define TOUCH_EVERY_S 60
#define PRUNE_EVERY_S 3600
#define MAX_TOKEN_TTL (2 * 366 * 86400LL)
/* Cookie values looked up per request, at most (duplicates are possible
 * when a browser holds cookies of the same name from several paths). */
#define MAX_COOKIE_CANDIDATES 4

/* Keys of the keyed BLAKE2b hashes: one per kind of secret, so a session
 * token's hash can never match an API token's. 16..64 bytes each. */
static const char key_session[] = "banshi session token v1";
static const char key_api_token[] = "banshi api token v1";
static const char csrf_message[] = "banshi csrf token v1";

static const char *const roles[] = {"clerk", "reviewer", "supervisor", "county_admin", "operator"};

static auth_config conf;
static int initialized;
/* Verified against when the account does not exist, so that an unknown
 * user costs one Argon2id verification like a wrong password does. */
static char dummy_hash[crypto_pwhash_STRBYTES];
static _Atomic int hashing;
static _Atomic int64_t last_prune;

static int64_t wall_now(void) { return (int64_t)time(NULL); }
static int64_t (*clock_now)(void) = wall_now;

void auth_set_clock_for_tests(int64_t (*now)(void)) { clock_now = now ? now : wall_now; }

/* ---- grammar ------------------------------------------------------------ */

/* ^[a-z][a-z0-9<extra>]{min-1,max-1}$ */
static int valid_ident(const char *s, const char *extra, size_t min, size_t max) {
    if (!s)
        return 0;
    size_t n = strlen(s);
    if (n < min || n > max || s[0] < 'a' || s[0] > 'z')
        return 0;
    for (size_t i = 1; i < n; i++)
        if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') ||
              (s[i] && strchr(extra, s[i]))))
            return 0;
    return 1;
}

int auth_valid_username(const char *s) { return valid_ident(s, "_.-", 3, 32); }

static int valid_code(const char *s) { return valid_ident(s, "_", 1, 32); }

int auth_valid_county(const char *s) { return s && (strcmp(s, "*") == 0 || valid_code(s)); }

int auth_valid_role(const char *s) {
    for (size_t i = 0; s && i < sizeof roles / sizeof roles[0]; i++)
        if (strcmp(s, roles[i]) == 0)
            return 1;
    return 0;
}

/* 1..max bytes of UTF-8, without C0 or C1 control characters. */
static int valid_label(const char *s, size_t max) {
    if (!s)
        return 0;
    size_t n = strlen(s);
    if (n == 0 || n > max || !json_utf8_valid(s, n, NULL))
        return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch < 0x20 || ch == 0x7f)
            return 0;
        if (ch == 0xc2 && (unsigned char)s[i + 1] >= 0x80 && (unsigned char)s[i + 1] <= 0x9f)
            return 0;
    }
    return 1;
}

static int valid_token_hex(const char *s) {
    size_t n = 0;
    for (; s[n]; n++)
        if (n >= TOKEN_HEX || !((s[n] >= '0' && s[n] <= '9') || (s[n] >= 'a' && s[n] <= 'f')))
            return 0;
    return n == TOKEN_HEX;
}

/* Counts code points, so that ten Chinese characters are ten. */
static size_t utf8_chars(const char *s) {
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xc0) != 0x80)
            n++;
    return n;
}

static int check_password(const char *password, buf *err) {
    if (!password || utf8_chars(password) < AUTH_PASSWORD_MIN) {
        buf_printf(err, "a password needs at least %d characters", AUTH_PASSWORD_MIN);
        return AUTH_INVALID;
    }
    if (strlen(password) > AUTH_PASSWORD_MAX) {
        buf_printf(err, "a password may have at most %d bytes", AUTH_PASSWORD_MAX);
        return AUTH_INVALID;
    }
    return AUTH_OK;
}

/* ---- secrets ------------------------------------------------------------ */

static void secret_hash(const char *token, const char *key,
                        unsigned char out[STORE_AUTH_HASH_BYTES]) {
    crypto_generichash(out, STORE_AUTH_HASH_BYTES, (const unsigned char *)token, strlen(token),
                       (const unsigned char *)key, strlen(key));
}

/* A fresh random token as 64 hex characters, and its hash under key. */
static void new_token(char out[TOKEN_HEX + 1], const char *key,
                      unsigned char hash[STORE_AUTH_HASH_BYTES]) {
    unsigned char raw[TOKEN_BYTES];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(out, TOKEN_HEX + 1, raw, sizeof raw);
    sodium_memzero(raw, sizeof raw);
    secret_hash(out, key, hash);
}

/* The session's CSRF token: BLAKE2b keyed with the session token. */
static void derive_csrf(const char *session_token, char out[TOKEN_HEX + 1]) {
    unsigned char h[32];
    crypto_generichash(h, sizeof h, (const unsigned char *)csrf_message, strlen(csrf_message),
                       (const unsigned char *)session_token, TOKEN_HEX);
    sodium_bin2hex(out, TOKEN_HEX + 1, h, sizeof h);
}

/* Admits one more password hashing, or returns 0 when max_hashing run. */
static int hashing_enter(void) {
    if (atomic_fetch_add(&hashing, 1) >= conf.max_hashing) {
        atomic_fetch_sub(&hashing, 1);
        return 0;
    }
    return 1;
}

static void hashing_leave(void) { atomic_fetch_sub(&hashing, 1); }

/* Hashes password into out under the configured limits. Returns AUTH_OK,
 * AUTH_BUSY or AUTH_ERROR. */
static int password_hash(const char *password, char out[crypto_pwhash_STRBYTES], buf *err) {
    if (!hashing_enter()) {
        buf_adds(err, "too many passwords are being checked at once; try again in a moment");
        return AUTH_BUSY;
    }
    int rc = crypto_pwhash_str(out, password, strlen(password), conf.pwhash_opslimit,
                               conf.pwhash_memlimit);
    hashing_leave();
    if (rc != 0) {
        buf_adds(err, "cannot hash the password (out of memory)");
        return AUTH_ERROR;
    }
    return AUTH_OK;
}

/* ---- set-up --------------------------------------------------------------- */

static void maybe_prune(int64_t now) {
    int64_t last = atomic_load(&last_prune);
    if (now - last < PRUNE_EVERY_S || !atomic_compare_exchange_strong(&last_prune, &last, now))
        return;
    buf err = BUF_INIT;
    if (store_auth_prune(now, conf.session_idle_s, conf.session_absolute_s, conf.failure_window_s,
                         &err) != 0)
        log_msg(LOG_WARN, "auth_prune_failed", "%s", buf_cstr(&err));
    buf_free(&err);
}

int auth_init(const auth_config *cfg, buf *err) {
    if (sodium_init() < 0) {
        buf_adds(err, "libsodium failed to start");
        return AUTH_ERROR;
    }
    auth_config c;
    memset(&c, 0, sizeof c);
    if (cfg)
        c = *cfg;
#define DEFAULT(field, value)                                                                      \
    if (c.field <= 0)                                                                              \
    c.field = (value)
    DEFAULT(pwhash_opslimit, crypto_pwhash_OPSLIMIT_INTERACTIVE);
    DEFAULT(pwhash_memlimit, crypto_pwhash_MEMLIMIT_INTERACTIVE);
    DEFAULT(max_hashing, 4);
    DEFAULT(session_idle_s, 8 * 3600);
    DEFAULT(session_absolute_s, 12 * 3600);
    DEFAULT(max_failures_account, 5);
    DEFAULT(max_failures_remote, 20);
    DEFAULT(failure_window_s, 3600);
    DEFAULT(refuse_base_s, 30);
    DEFAULT(refuse_max_s, 15 * 60);
#undef DEFAULT
    if (c.pwhash_opslimit < crypto_pwhash_OPSLIMIT_MIN ||
        c.pwhash_opslimit > crypto_pwhash_OPSLIMIT_MAX ||
        c.pwhash_memlimit < crypto_pwhash_MEMLIMIT_MIN ||
        c.pwhash_memlimit > crypto_pwhash_MEMLIMIT_MAX) {
        buf_adds(err, "the password hashing limits are outside what Argon2id accepts");
        return AUTH_ERROR;
    }
    conf = c;
    initialized = 1;
    /* The dummy's password is random and forgotten: nothing verifies. */
    char pw[TOKEN_HEX + 1];
    unsigned char ignored[STORE_AUTH_HASH_BYTES];
    new_token(pw, key_session, ignored);
    int rc = password_hash(pw, dummy_hash, err);
    sodium_memzero(pw, sizeof pw);
    if (rc != AUTH_OK)
        return rc;
    atomic_store(&last_prune, 0);
    maybe_prune(clock_now());
    return AUTH_OK;
}

/* ---- accounts ------------------------------------------------------------- */

static void fill_principal(const store_account *a, principal *who) {
    memset(who, 0, sizeof *who);
    who->account_id = a->id;
    snprintf(who->county, sizeof who->county, "%s", a->county);
    snprintf(who->username, sizeof who->username, "%s", a->username);
    snprintf(who->display, sizeof who->display, "%s", a->display);
    snprintf(who->role, sizeof who->role, "%s", a->role);
    const char *p = a->departments;
    while (*p && who->ndepartments < AUTH_MAX_DEPARTMENTS) {
        size_t n = strcspn(p, ",");
        if (n > 0 && n < sizeof who->departments[0])
            snprintf(who->departments[who->ndepartments++], sizeof who->departments[0], "%.*s",
                     (int)n, p);
        p += n + (p[n] == ',');
    }
}

/* Checks an account's fields and writes them into a (password aside). */
static int account_fields(const char *county, const char *username, const char *display,
                          const char *role, const char *const *departments, int ndep,
                          store_account *a, buf *err) {
    memset(a, 0, sizeof *a);
    if (!auth_valid_role(role)) {
        buf_printf(err, "role must be clerk, reviewer, supervisor, county_admin or operator");
        return AUTH_INVALID;
    }
    int is_operator = strcmp(role, "operator") == 0;
    if (is_operator ? !county || strcmp(county, "*") != 0 : !valid_code(county)) {
        buf_adds(err, is_operator
                          ? "an operator's county is \"*\" (all counties)"
                          : "county must match ^[a-z][a-z0-9_]{0,31}$ (an operator's is \"*\")");
        return AUTH_INVALID;
    }
    if (!auth_valid_username(username)) {
        buf_adds(err, "username must match ^[a-z][a-z0-9_.-]{2,31}$");
        return AUTH_INVALID;
    }
    if (!display)
        display = username;
    if (!valid_label(display, sizeof a->display - 1)) {
        buf_printf(err,
                   "the display name must be 1 to %zu bytes of UTF-8 without control characters",
                   sizeof a->display - 1);
        return AUTH_INVALID;
    }
    int reviewer = strcmp(role, "reviewer") == 0;
    if (ndep < 0 || ndep > AUTH_MAX_DEPARTMENTS || (reviewer && ndep == 0) ||
        (!reviewer && ndep > 0)) {
        buf_printf(err, "%s",
                   reviewer ? "a reviewer needs 1 to 8 departments"
                            : "only a reviewer is bound to departments");
        return AUTH_INVALID;
    }
    for (int i = 0; i < ndep; i++) {
        if (!valid_code(departments[i])) {
            buf_adds(err, "a department code must match ^[a-z][a-z0-9_]{0,31}$");
            return AUTH_INVALID;
        }
        for (int j = 0; j < i; j++) {
            if (strcmp(departments[i], departments[j]) == 0) {
                buf_printf(err, "department %s is listed twice", departments[i]);
                return AUTH_INVALID;
            }
        }
        size_t used = strlen(a->departments);
        snprintf(a->departments + used, sizeof a->departments - used, "%s%s", i ? "," : "",
                 departments[i]);
    }
    snprintf(a->county, sizeof a->county, "%s", county);
    snprintf(a->username, sizeof a->username, "%s", username);
    snprintf(a->display, sizeof a->display, "%s", display);
    snprintf(a->role, sizeof a->role, "%s", role);
    return AUTH_OK;
}

int auth_account_create(const char *county, const char *username, const char *display,
                        const char *role, const char *const *departments, int ndep,
                        const char *password, buf *err) {
    store_account a;
    int rc = account_fields(county, username, display, role, departments, ndep, &a, err);
    if (rc == AUTH_OK)
        rc = check_password(password, err);
    if (rc == AUTH_OK)
        rc = password_hash(password, a.password_hash, err);
    if (rc != AUTH_OK)
        goto done;
    int64_t id;
    int st = store_account_insert(&a, clock_now(), &id, err);
    if (st == STORE_AUTH_EXISTS) {
        buf_printf(err, "%s already has an account named %s", county, username);
        rc = AUTH_EXISTS;
    } else if (st != 0) {
        rc = AUTH_ERROR;
    }
done:
    sodium_memzero(a.password_hash, sizeof a.password_hash);
    return rc;
}

/* Loads the account named by county and username, password hash included.
 * Returns AUTH_OK, AUTH_NOT_FOUND (message in err) or AUTH_ERROR. */
static int account_load(const char *county, const char *username, store_account *a, buf *err) {
    if (!auth_valid_county(county) || !auth_valid_username(username)) {
        buf_printf(err, "%s has no account named %s", county ? county : "(no county)",
                   username ? username : "(no name)");
        return AUTH_NOT_FOUND;
    }
    int found = store_account_get(county, username, a, err);
    if (found == 0)
        buf_printf(err, "%s has no account named %s", county, username);
    return found == 1 ? AUTH_OK : found == 0 ? AUTH_NOT_FOUND : AUTH_ERROR;
}

int auth_set_password(const char *county, const char *username, const char *password, buf *err) {
    store_account a;
    char hash[crypto_pwhash_STRBYTES] = "";
    int rc = check_password(password, err);
    if (rc == AUTH_OK)
        rc = account_load(county, username, &a, err);
    if (rc == AUTH_OK)
        rc = password_hash(password, hash, err);
    if (rc != AUTH_OK)
        goto done;
    if (store_account_set_password(a.id, hash, clock_now(), err) != 0 ||
        store_session_delete_account(a.id, err) < 0) {
        rc = AUTH_ERROR;
        goto done;
    }
    /* A locked-out user whose password an administrator resets may sign in. */
    char key[80];
    snprintf(key, sizeof key, "a:%s/%s", county, username);
    if (store_throttle_reset(key, err) != 0)
        rc = AUTH_ERROR;
done:
    sodium_memzero(hash, sizeof hash);
    return rc;
}

int auth_set_disabled(const char *county, const char *username, int disabled, buf *err) {
    store_account a;
    int rc = account_load(county, username, &a, err);
    if (rc != AUTH_OK)
        return rc;
    sodium_memzero(a.password_hash, sizeof a.password_hash);
    if (store_account_set_disabled(a.id, disabled, clock_now(), err) != 0)
        return AUTH_ERROR;
    if (disabled && store_session_delete_account(a.id, err) < 0)
        return AUTH_ERROR;
    return AUTH_OK;
}

int auth_account_find(const char *county, const char *username, principal *who, int *disabled,
                      buf *err) {
    store_account a;
    memset(who, 0, sizeof *who);
    int rc = account_load(county, username, &a, err);
    if (rc != AUTH_OK)
        return rc;
    sodium_memzero(a.password_hash, sizeof a.password_hash);
    fill_principal(&a, who);
    if (disabled)
        *disabled = a.disabled;
    return AUTH_OK;
}

static int list_one(const store_account *a, void *ctx) {
    buf *b = ctx;
    if (b->len > 0 && b->data[b->len - 1] != '[')
        buf_addc(b, ',');
    buf_printf(b, "{\"id\":%lld,\"county\":", (long long)a->id);
    json_write_string(b, a->county, strlen(a->county));
    buf_adds(b, ",\"username\":");
    json_write_string(b, a->username, strlen(a->username));
    buf_adds(b, ",\"display\":");
    json_write_string(b, a->display, strlen(a->display));
    buf_adds(b, ",\"role\":");
    json_write_string(b, a->role, strlen(a->role));
    buf_adds(b, ",\"departments\":[");
    for (const char *p = a->departments; *p;) {
        size_t n = strcspn(p, ",");
        if (p != a->departments)
            buf_addc(b, ',');
        json_write_string(b, p, n);
        p += n + (p[n] == ',');
    }
    buf_printf(b, "],\"disabled\":%s,\"created_at\":%lld,\"updated_at\":%lld}",
               a->disabled ? "true" : "false", (long long)a->created_at, (long long)a->updated_at);
    return 0;
}

int auth_list(const char *county, buf *json_out, buf *err) {
    buf b = BUF_INIT;
    buf_addc(&b, '[');
    int rc = store_account_each(county, list_one, &b, err) < 0 ? AUTH_ERROR : AUTH_OK;
    buf_addc(&b, ']');
    if (rc == AUTH_OK && !buf_ok(&b)) {
        buf_adds(err, "out of memory");
        rc = AUTH_ERROR;
    }
    if (rc == AUTH_OK)
        buf_add(json_out, b.data, b.len);
    buf_free(&b);
    return rc;
}

/* ---- sign-in -------------------------------------------------------------- */

static int64_t throttled_until(const char *key, buf *err, int *failed) {
    int64_t until = 0;
    if (key[0] && store_throttle_get(key, &until, err) != 0)
        *failed = 1;
    return until;
}

/* Counts a failed sign-in under key ("" for none). A database error is
 * logged, not returned: the attempt is denied either way. */
static void count_failure(const char *key, int max_failures, int64_t now, const char *remote) {
    int64_t until = 0;
    buf err = BUF_INIT, line = BUF_INIT;
    if (!key[0])
        return;
    if (store_throttle_fail(key, now, conf.failure_window_s, max_failures, conf.refuse_base_s,
                            conf.refuse_max_s, &until, &err) != 0) {
        log_msg(LOG_ERROR, "signin_count_failed", "%s", buf_cstr(&err));
    } else if (until > now && log_enabled(LOG_WARN)) {
        log_begin(&line, LOG_WARN, "signin_refused");
        log_str(&line, "key", key);
        log_str(&line, "remote", remote ? remote : "");
        log_int(&line, "seconds", until - now);
        log_end(&line);
    }
    buf_free(&err);
}

int auth_login(const char *county, const char *username, const char *password, const char *remote,
               char session_out[65], char csrf_out[65], int *retry_after, principal *who,
               buf *err) {
    store_account a;
    char akey[80] = "", rkey[64] = "", rehashed[crypto_pwhash_STRBYTES] = "";
    unsigned char hash[STORE_AUTH_HASH_BYTES];
    int rc = AUTH_ERROR, failed = 0;
    memset(&a, 0, sizeof a);
    memset(who, 0, sizeof *who);
    session_out[0] = csrf_out[0] = '\0';
    *retry_after = 0;
    if (!initialized) {
        buf_adds(err, "auth_init was not called");
        goto done;
    }
    int64_t now = clock_now();
    maybe_prune(now);

    /* A name outside the grammar cannot exist; it gets the unknown user's
     * answer but no throttle row of its own. */
    int named = auth_valid_county(county) && auth_valid_username(username);
    if (named)
        snprintf(akey, sizeof akey, "a:%s/%s", county, username);
    if (remote && remote[0] && strlen(remote) < sizeof rkey - 2)
        snprintf(rkey, sizeof rkey, "r:%s", remote);
    int64_t until = throttled_until(akey, err, &failed);
    int64_t until_remote = throttled_until(rkey, err, &failed);
    if (failed)
        goto done;
    if (until_remote > until)
        until = until_remote;
    if (until > now) {
        *retry_after = until - now > 1 ? (int)(until - now) : 1;
        rc = AUTH_THROTTLED;
        goto done;
    }

    int found = named ? store_account_get(county, username, &a, err) : 0;
    if (found < 0)
        goto done;
    if (!hashing_enter()) {
        buf_adds(err, "too many sign-ins at once; try again in a moment");
        rc = AUTH_BUSY;
        goto done;
    }
    const char *stored = found ? a.password_hash : dummy_hash;
    size_t pwlen = password ? strlen(password) : 0;
    int ok = password && pwlen <= AUTH_PASSWORD_MAX &&
             crypto_pwhash_str_verify(stored, password, pwlen) == 0 && found && !a.disabled;
    if (ok &&
        crypto_pwhash_str_needs_rehash(stored, conf.pwhash_opslimit, conf.pwhash_memlimit) != 0 &&
        crypto_pwhash_str(rehashed, password, pwlen, conf.pwhash_opslimit, conf.pwhash_memlimit) !=
            0)
        rehashed[0] = '\0';
    hashing_leave();

    if (!ok) {
        count_failure(akey, conf.max_failures_account, now, remote);
        count_failure(rkey, conf.max_failures_remote, now, remote);
        rc = AUTH_DENIED;
        goto done;
    }
    if (akey[0] && store_throttle_reset(akey, err) != 0)
        goto done;
    if (rehashed[0] && store_account_set_password(a.id, rehashed, now, err) != 0)
        goto done;
    new_token(session_out, key_session, hash);
    if (store_session_insert(hash, a.id, remote, now, &who->session_id, err) != 0) {
        session_out[0] = '\0';
        goto done;
    }
    derive_csrf(session_out, csrf_out);
    int64_t session_id = who->session_id;
    fill_principal(&a, who);
    who->session_id = session_id;
    memcpy(who->csrf, csrf_out, sizeof who->csrf);
    rc = AUTH_OK;
done:
    sodium_memzero(a.password_hash, sizeof a.password_hash);
    sodium_memzero(rehashed, sizeof rehashed);
    if (rc != AUTH_OK)
        memset(who, 0, sizeof *who);
    return rc;
}

int auth_logout(const principal *who) {
    if (who->via_token || who->session_id <= 0)
        return AUTH_OK;
    return store_session_delete(who->session_id, NULL) == 0 ? AUTH_OK : AUTH_ERROR;
}

/* ---- identifying a request ------------------------------------------------ */

static int safe_method(const char *m) {
    return m && (strcmp(m, "GET") == 0 || strcmp(m, "HEAD") == 0 || strcmp(m, "OPTIONS") == 0);
}

static int identify_token(const char *authorization, int64_t now, principal *who) {
    const char *p = authorization;
    while (*p == ' ' || *p == '\t')
        p++;
    if (strncasecmp(p, "Bearer", 6) != 0 || (p[6] != ' ' && p[6] != '\t'))
        return AUTH_DENIED;
    p += 6;
    while (*p == ' ' || *p == '\t')
        p++;
    char token[TOKEN_HEX + 1];
    size_t n = strcspn(p, " \t");
    if (n != TOKEN_HEX || p[n + strspn(p + n, " \t")] != '\0')
        return AUTH_DENIED;
    memcpy(token, p, n);
    token[n] = '\0';
    if (!valid_token_hex(token))
        return AUTH_DENIED;
    unsigned char hash[STORE_AUTH_HASH_BYTES];
    secret_hash(token, key_api_token, hash);
    store_credential c;
    int found = store_token_get(hash, &c, NULL);
    if (found < 0)
        return AUTH_ERROR;
    if (found == 0 || c.until <= now || c.account.disabled)
        return AUTH_DENIED;
    if (now - c.last_used >= TOUCH_EVERY_S)
        store_token_touch(c.id, now, NULL); /* best effort: a missed touch only loses a time */
    fill_principal(&c.account, who);
    who->via_token = 1;
    return AUTH_OK;
}

int auth_session_cookies(const char *cookie, const char *vals[], size_t lens[], int max) {
    static const char name[] = AUTH_COOKIE_NAME;
    int n = 0;
    const char *p = cookie;
    while (p && *p && n < max) {
        p += strspn(p, " \t;");
        size_t len = strcspn(p, ";");
        const char *eq = memchr(p, '=', len);
        if (eq && (size_t)(eq - p) == sizeof name - 1 && memcmp(p, name, sizeof name - 1) == 0) {
            const char *v = eq + 1;
            size_t vlen = len - (size_t)(v - p);
            while (vlen > 0 && (v[vlen - 1] == ' ' || v[vlen - 1] == '\t'))
                vlen--;
            vals[n] = v;
            lens[n] = vlen;
            n++;
        }
        p += len;
    }
    return n;
}

/* Finds the live session among the cookie header's banshi_session values.
 * Returns AUTH_OK (with *c and token), AUTH_ANONYMOUS, AUTH_DENIED or
 * AUTH_ERROR. */
static int find_session(const char *cookie, int64_t now, store_credential *c,
                        char token[TOKEN_HEX + 1]) {
    const char *vals[MAX_COOKIE_CANDIDATES];
    size_t lens[MAX_COOKIE_CANDIDATES];
    int seen = auth_session_cookies(cookie, vals, lens, MAX_COOKIE_CANDIDATES);
    for (int i = 0; i < seen; i++) {
        if (lens[i] != TOKEN_HEX)
            continue;
        memcpy(token, vals[i], TOKEN_HEX);
        token[TOKEN_HEX] = '\0';
        unsigned char hash[STORE_AUTH_HASH_BYTES];
        int found = valid_token_hex(token)
                        ? (secret_hash(token, key_session, hash), store_session_get(hash, c, NULL))
                        : 0;
        if (found < 0)
            return AUTH_ERROR;
        if (found &&
            (now - c->until >= conf.session_idle_s || now - c->since >= conf.session_absolute_s)) {
            store_session_delete(c->id, NULL);
            found = 0;
        }
        if (found && !c->account.disabled)
            return AUTH_OK;
    }
    return seen ? AUTH_DENIED : AUTH_ANONYMOUS;
}

int auth_identify(const char *authorization_header, const char *cookie_header, const char *method,
                  const char *csrf_header, principal *who) {
    memset(who, 0, sizeof *who);
    if (!initialized)
        return AUTH_ERROR;
    int64_t now = clock_now();
    if (authorization_header && authorization_header[0]) {
        int rc = identify_token(authorization_header, now, who);
        if (rc != AUTH_OK)
            memset(who, 0, sizeof *who);
        return rc;
    }
    if (!cookie_header)
        return AUTH_ANONYMOUS;
    store_credential c;
    char token[TOKEN_HEX + 1], csrf[TOKEN_HEX + 1];
    int rc = find_session(cookie_header, now, &c, token);
    if (rc != AUTH_OK)
        return rc;
    derive_csrf(token, csrf);
    sodium_memzero(token, sizeof token);
    if (!safe_method(method) && (!csrf_header || strlen(csrf_header) != TOKEN_HEX ||
                                 sodium_memcmp(csrf, csrf_header, TOKEN_HEX) != 0))
        return AUTH_CSRF;
    if (now - c.last_used >= TOUCH_EVERY_S)
        store_session_touch(c.id, now, NULL); /* best effort, as for tokens */
    fill_principal(&c.account, who);
    who->session_id = c.id;
    memcpy(who->csrf, csrf, sizeof who->csrf);
    return AUTH_OK;
}

/* ---- tokens and cookies ----------------------------------------------------- */

int auth_token_create(int64_t account_id, const char *name, int64_t ttl_seconds, char token_out[65],
                      buf *err) {
    token_out[0] = '\0';
    if (!valid_label(name, 64)) {
        buf_adds(err, "a token's name must be 1 to 64 bytes of UTF-8 without control characters");
        return AUTH_INVALID;
    }
    if (ttl_seconds < 1 || ttl_seconds > MAX_TOKEN_TTL) {
        buf_adds(err, "a token lives from 1 second to 2 years");
        return AUTH_INVALID;
    }
    unsigned char hash[STORE_AUTH_HASH_BYTES];
    new_token(token_out, key_api_token, hash);
    int64_t now = clock_now(), id;
    int st = store_token_insert(hash, account_id, name, now, now + ttl_seconds, &id, err);
    if (st == 0)
        return AUTH_OK;
    sodium_memzero(token_out, 65);
    if (st == STORE_AUTH_NO_ACCOUNT) {
        buf_printf(err, "there is no account %lld", (long long)account_id);
        return AUTH_NOT_FOUND;
    }
    return AUTH_ERROR;
}

const char *auth_cookie(const char *session_token, int max_age, int secure, char *out, size_t n) {
    if (!session_token || (session_token[0] && !valid_token_hex(session_token)))
        return NULL;
    if (max_age < 0)
        max_age = conf.session_absolute_s > 0 ? conf.session_absolute_s : 12 * 3600;
    int len = snprintf(out, n, "%s=%s; HttpOnly; SameSite=Strict; Path=/; Max-Age=%d%s",
                       AUTH_COOKIE_NAME, session_token, max_age, secure ? "; Secure" : "");
    return len > 0 && (size_t)len < n ? out : NULL;
}
