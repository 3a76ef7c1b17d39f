/* Accounts, passwords, sessions and tokens (auth.c over store_auth.c): sign
 * in and out; an unknown user and a wrong password get the same answer in
 * about the same time; the growing sign-in refusal per account and per
 * address, kept across restarts; session expiry on a test clock; CSRF for
 * cookie sessions only; secrets never stored in the clear; disabled
 * accounts; reviewer departments; the grammar of names and roles. */
#include "auth.h"
#include "store.h"
#include "t.h"

#include <sodium.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <time.h>

static const char *dir; /* the scratch folder (t_scratch) */
static char path[256];
static int64_t fake_now = 1800000000;
static int64_t fake_clock(void) { return fake_now; }

static const char *const minzheng[] = {"minzheng", "renshe"};
#define PASSWORD "correct horse battery"

/* Fast hashing for tests; other fields as given (0: defaults). */
static void init_with(auth_config cfg) {
    cfg.pwhash_opslimit = crypto_pwhash_OPSLIMIT_MIN;
    cfg.pwhash_memlimit = crypto_pwhash_MEMLIMIT_MIN;
    buf err = BUF_INIT;
    if (auth_init(&cfg, &err) != AUTH_OK)
        printf("auth_init: %s\n", buf_cstr(&err));
    buf_free(&err);
}

static void init_default(void) {
    auth_config cfg;
    memset(&cfg, 0, sizeof cfg);
    init_with(cfg);
}

static int create(const char *county, const char *user, const char *role) {
    buf err = BUF_INIT;
    int rc = auth_account_create(county, user, NULL, role, NULL, 0, PASSWORD, &err);
    buf_free(&err);
    return rc;
}

typedef struct login_result {
    int rc;
    char session[65], csrf[65];
    int retry;
    principal who;
    char err[200];
} login_result;

static login_result login(const char *county, const char *user, const char *pw,
                          const char *remote) {
    login_result r;
    memset(&r, 0, sizeof r);
    buf err = BUF_INIT;
    r.rc = auth_login(county, user, pw, remote, r.session, r.csrf, &r.retry, &r.who, &err);
    snprintf(r.err, sizeof r.err, "%s", buf_cstr(&err));
    buf_free(&err);
    return r;
}

/* The same answer: nothing in one tells it from the other. */
static int same_answer(const login_result *a, const login_result *b) {
    return a->rc == b->rc && a->retry == b->retry && strcmp(a->session, b->session) == 0 &&
           strcmp(a->csrf, b->csrf) == 0 && strcmp(a->err, b->err) == 0 &&
           a->who.account_id == b->who.account_id && strcmp(a->who.role, b->who.role) == 0;
}

static int identify_cookie(const char *session, const char *method, const char *csrf,
                           principal *who) {
    char cookie[200];
    snprintf(cookie, sizeof cookie, "lang=zh; banshi_session=%s; theme=dark", session);
    return auth_identify(NULL, cookie, method, csrf, who);
}

static void sign_in_and_out(void) {
    CHECK(create("luannan", "clerk.one", "clerk") == AUTH_OK);
    login_result r = login("luannan", "clerk.one", PASSWORD, "10.0.0.1");
    CHECK(r.rc == AUTH_OK);
    CHECK(strlen(r.session) == 64 && strlen(r.csrf) == 64);
    CHECK(strcmp(r.session, r.csrf) != 0);
    CHECK_STR(r.who.username, "clerk.one");
    CHECK_STR(r.who.county, "luannan");
    CHECK_STR(r.who.role, "clerk");
    CHECK(r.who.session_id > 0 && r.who.via_token == 0);
    CHECK_STR(r.who.csrf, r.csrf);
    principal who;
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_OK);
    CHECK(who.account_id == r.who.account_id && who.session_id == r.who.session_id);
    CHECK_STR(who.csrf, r.csrf);
    /* A second sign-in is a second, independent session. */
    login_result r2 = login("luannan", "clerk.one", PASSWORD, "10.0.0.1");
    CHECK(r2.rc == AUTH_OK && strcmp(r2.session, r.session) != 0);
    CHECK(auth_logout(&who) == AUTH_OK);
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_DENIED);
    CHECK(who.account_id == 0);
    CHECK(identify_cookie(r2.session, "GET", NULL, &who) == AUTH_OK);
}

static void unknown_user_and_wrong_password_answer_alike(void) {
    login_result wrong = login("luannan", "clerk.one", "not the password", "10.0.0.2");
    login_result unknown = login("luannan", "nobody", "not the password", "10.0.0.2");
    login_result bad_name = login("luannan", "X!", "not the password", "10.0.0.2");
    login_result other_county = login("daye", "clerk.one", PASSWORD, "10.0.0.2");
    CHECK(wrong.rc == AUTH_DENIED);
    CHECK(same_answer(&wrong, &unknown));
    CHECK(same_answer(&wrong, &bad_name));
    CHECK(same_answer(&wrong, &other_county));
    CHECK(wrong.session[0] == '\0' && wrong.who.account_id == 0);
}

static double seconds(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* With real Argon2id costs, an unknown user takes as long as a wrong
 * password: both run one verification. */
static void unknown_user_costs_a_verification(void) {
    auth_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.pwhash_opslimit = 2;
    cfg.pwhash_memlimit = 16u << 20;
    cfg.max_failures_account = 1000;
    cfg.max_failures_remote = 1000;
    buf err = BUF_INIT;
    CHECK(auth_init(&cfg, &err) == AUTH_OK);
    CHECK(auth_account_create("luannan", "slow.user", NULL, "clerk", NULL, 0, PASSWORD, &err) ==
          AUTH_OK);
    double known = 1e9, unknown = 1e9;
    for (int i = 0; i < 3; i++) {
        double t0 = seconds();
        login("luannan", "slow.user", "wrong password!", "10.0.0.3");
        double t1 = seconds();
        login("luannan", "no.such.user", "wrong password!", "10.0.0.3");
        double t2 = seconds();
        known = t1 - t0 < known ? t1 - t0 : known;
        unknown = t2 - t1 < unknown ? t2 - t1 : unknown;
    }
    CHECK(unknown > known * 0.5 && known > unknown * 0.5);
    buf_free(&err);
    init_default();
}

static void repeated_failures_are_refused_longer_each_time(void) {
    auth_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.max_failures_account = 3;
    cfg.refuse_base_s = 30;
    cfg.refuse_max_s = 100;
    init_with(cfg);
    CHECK(create("luannan", "target", "clerk") == AUTH_OK);
    for (int i = 0; i < 3; i++)
        CHECK(login("luannan", "target", "guess guess guess", "10.1.0.1").rc == AUTH_DENIED);
    /* Refused now, even with the right password, and from another address. */
    login_result r = login("luannan", "target", PASSWORD, "10.1.0.2");
    CHECK(r.rc == AUTH_THROTTLED && r.retry == 30 && r.session[0] == '\0');
    fake_now += 31;
    CHECK(login("luannan", "target", "guess guess guess", "10.1.0.1").rc == AUTH_DENIED);
    CHECK(login("luannan", "target", PASSWORD, "10.1.0.1").retry == 60);
    fake_now += 61;
    CHECK(login("luannan", "target", "guess guess guess", "10.1.0.1").rc == AUTH_DENIED);
    CHECK(login("luannan", "target", PASSWORD, "10.1.0.1").retry == 100); /* the cap */

    /* The refusal is in the database: a restart does not lift it. */
    store_close();
    buf err = BUF_INIT;
    CHECK(store_open(path, &err) == 0);
    init_with(cfg);
    CHECK(login("luannan", "target", PASSWORD, "10.1.0.1").rc == AUTH_THROTTLED);

    /* A success after the refusal ends clears the account's count. */
    fake_now += 101;
    CHECK(login("luannan", "target", PASSWORD, "10.1.0.1").rc == AUTH_OK);
    for (int i = 0; i < 2; i++)
        CHECK(login("luannan", "target", "guess guess guess", "10.1.0.1").rc == AUTH_DENIED);
    CHECK(login("luannan", "target", PASSWORD, "10.1.0.1").rc == AUTH_OK);

    /* Unknown names are counted too, so refusals reveal nothing. */
    for (int i = 0; i < 3; i++)
        CHECK(login("luannan", "ghost", "guess guess guess", "10.1.0.3").rc == AUTH_DENIED);
    CHECK(login("luannan", "ghost", "guess guess guess", "10.1.0.3").rc == AUTH_THROTTLED);
    buf_free(&err);
    fake_now += 3600;
    init_default();
}

static void one_address_guessing_many_names_is_refused(void) {
    auth_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.max_failures_remote = 4;
    init_with(cfg);
    char name[32];
    for (int i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "guess%d", i);
        CHECK(login("luannan", name, "guess guess guess", "192.0.2.9").rc == AUTH_DENIED);
    }
    /* Even a good sign-in from that address waits, and does not clear it. */
    login_result r = login("luannan", "clerk.one", PASSWORD, "192.0.2.9");
    CHECK(r.rc == AUTH_THROTTLED && r.retry == 30);
    CHECK(login("luannan", "clerk.one", PASSWORD, "192.0.2.10").rc == AUTH_OK);
    fake_now += 31;
    CHECK(login("luannan", "clerk.one", PASSWORD, "192.0.2.9").rc == AUTH_OK);
    CHECK(login("luannan", "guess9", "guess guess guess", "192.0.2.9").rc == AUTH_DENIED);
    CHECK(login("luannan", "clerk.one", PASSWORD, "192.0.2.9").rc == AUTH_THROTTLED);
    fake_now += 3600;
    init_default();
}

static void sessions_expire_when_idle_or_old(void) {
    auth_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.session_idle_s = 600;
    cfg.session_absolute_s = 1000;
    init_with(cfg);
    principal who;
    login_result r = login("luannan", "clerk.one", PASSWORD, "10.2.0.1");
    CHECK(r.rc == AUTH_OK);
    fake_now += 599;
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_OK); /* activity renews */
    fake_now += 399;
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_OK);
    fake_now += 2; /* 1000 s after sign-in */
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_DENIED);

    r = login("luannan", "clerk.one", PASSWORD, "10.2.0.1");
    fake_now += 600;
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_DENIED);
    fake_now += 10;
    init_default();
}

static void csrf_is_required_for_unsafe_methods_with_cookies(void) {
    login_result r = login("luannan", "clerk.one", PASSWORD, "10.3.0.1");
    CHECK(r.rc == AUTH_OK);
    principal who;
    const char *unsafe[] = {"POST", "PUT", "PATCH", "DELETE", "PROPFIND", NULL};
    for (int i = 0; i < 6; i++) {
        CHECK(identify_cookie(r.session, unsafe[i], NULL, &who) == AUTH_CSRF);
        CHECK(identify_cookie(r.session, unsafe[i], r.session, &who) == AUTH_CSRF);
        CHECK(identify_cookie(r.session, unsafe[i], "", &who) == AUTH_CSRF);
        CHECK(who.account_id == 0);
        CHECK(identify_cookie(r.session, unsafe[i], r.csrf, &who) == AUTH_OK);
    }
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_OK);
    CHECK(identify_cookie(r.session, "HEAD", NULL, &who) == AUTH_OK);
    CHECK(identify_cookie(r.session, "OPTIONS", NULL, &who) == AUTH_OK);
    /* Another session's CSRF token does not do. */
    login_result r2 = login("luannan", "clerk.one", PASSWORD, "10.3.0.1");
    CHECK(identify_cookie(r.session, "POST", r2.csrf, &who) == AUTH_CSRF);

    /* A bearer token needs none: a browser never sends it by itself. */
    char token[65], header[100];
    buf err = BUF_INIT;
    CHECK(auth_token_create(r.who.account_id, "ci", 3600, token, &err) == AUTH_OK);
    snprintf(header, sizeof header, "Bearer %s", token);
    CHECK(auth_identify(header, NULL, "POST", NULL, &who) == AUTH_OK);
    CHECK(who.via_token == 1 && who.session_id == 0 && who.csrf[0] == '\0');
    CHECK_STR(who.username, "clerk.one");
    buf_free(&err);
}

static void credentials_are_told_apart(void) {
    principal who;
    char token[65], header[120];
    buf err = BUF_INIT;
    login_result r = login("luannan", "clerk.one", PASSWORD, "10.4.0.1");
    CHECK(auth_identify(NULL, NULL, "GET", NULL, &who) == AUTH_ANONYMOUS);
    CHECK(auth_identify(NULL, "lang=zh; theme=dark", "POST", NULL, &who) == AUTH_ANONYMOUS);
    CHECK(auth_identify(NULL, "banshi_session=zz", "GET", NULL, &who) == AUTH_DENIED);
    CHECK(auth_identify("Basic YWxhZGRpbjpvcGVuc2VzYW1l", NULL, "GET", NULL, &who) == AUTH_DENIED);
    CHECK(auth_identify("Bearer short", NULL, "GET", NULL, &who) == AUTH_DENIED);
    /* A session token is no API token, nor the reverse. */
    snprintf(header, sizeof header, "Bearer %s", r.session);
    CHECK(auth_identify(header, NULL, "GET", NULL, &who) == AUTH_DENIED);
    CHECK(auth_token_create(r.who.account_id, "robot", 100, token, &err) == AUTH_OK);
    CHECK(identify_cookie(token, "GET", NULL, &who) == AUTH_DENIED);
    /* The scheme is case-insensitive; a bad bearer never falls back to the cookie. */
    snprintf(header, sizeof header, "bearer  %s", token);
    CHECK(auth_identify(header, NULL, "GET", NULL, &who) == AUTH_OK);
    char cookie[200];
    snprintf(cookie, sizeof cookie, "banshi_session=%s", r.session);
    CHECK(auth_identify("Bearer 0000", cookie, "GET", NULL, &who) == AUTH_DENIED);
    /* Of two cookies with the name, the live one counts. */
    snprintf(cookie, sizeof cookie, "banshi_session=%064d; banshi_session=%s", 0, r.session);
    CHECK(auth_identify(NULL, cookie, "GET", NULL, &who) == AUTH_OK);
    /* Tokens expire. */
    snprintf(header, sizeof header, "Bearer %s", token);
    fake_now += 100;
    CHECK(auth_identify(header, NULL, "GET", NULL, &who) == AUTH_DENIED);
    CHECK(auth_token_create(r.who.account_id, "robot", 0, token, &err) == AUTH_INVALID);
    CHECK(auth_token_create(r.who.account_id, "", 10, token, &err) == AUTH_INVALID);
    CHECK(auth_token_create(987654, "robot", 10, token, &err) == AUTH_NOT_FOUND);
    CHECK(token[0] == '\0');
    buf_free(&err);
}

/* Whether needle occurs in the file at p (the database or its WAL). */
static int file_contains(const char *p, const void *needle, size_t n) {
    FILE *f = fopen(p, "rb");
    if (!f)
        return 0;
    buf b = BUF_INIT;
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(&b, chunk, got);
    fclose(f);
    int found = b.len >= n && memmem(b.data, b.len, needle, n) != NULL;
    buf_free(&b);
    return found;
}

/* Whether any value of any table holds needle. */
static int db_contains(const char *needle) {
    sqlite3 *db;
    if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL) != SQLITE_OK)
        return 1;
    sqlite3_stmt *tables, *rows;
    int found = 0;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'table'", -1, &tables,
                       NULL);
    while (!found && sqlite3_step(tables) == SQLITE_ROW) {
        char q[200];
        snprintf(q, sizeof q, "SELECT * FROM \"%s\"", sqlite3_column_text(tables, 0));
        if (sqlite3_prepare_v2(db, q, -1, &rows, NULL) != SQLITE_OK)
            continue;
        while (!found && sqlite3_step(rows) == SQLITE_ROW)
            for (int i = 0; i < sqlite3_column_count(rows); i++) {
                const void *v = sqlite3_column_blob(rows, i);
                int n = sqlite3_column_bytes(rows, i);
                if (v && n >= (int)strlen(needle) && memmem(v, (size_t)n, needle, strlen(needle)))
                    found = 1;
            }
        sqlite3_finalize(rows);
    }
    sqlite3_finalize(tables);
    sqlite3_close(db);
    return found;
}

static int stored_anywhere(const char *secret) {
    char wal[300];
    snprintf(wal, sizeof wal, "%s-wal", path);
    unsigned char raw[32];
    size_t rawlen = 0;
    int hex = strlen(secret) == 64 &&
              sodium_hex2bin(raw, sizeof raw, secret, 64, NULL, &rawlen, NULL) == 0;
    return db_contains(secret) || file_contains(path, secret, strlen(secret)) ||
           file_contains(wal, secret, strlen(secret)) ||
           (hex && (file_contains(path, raw, 32) || file_contains(wal, raw, 32)));
}

static void secrets_are_stored_only_hashed(void) {
    const char *pw = "Very Secret Passphrase 42";
    buf err = BUF_INIT;
    CHECK(auth_account_create("luannan", "secretive", NULL, "clerk", NULL, 0, pw, &err) == AUTH_OK);
    login_result r = login("luannan", "secretive", pw, "10.5.0.1");
    CHECK(r.rc == AUTH_OK);
    char token[65];
    CHECK(auth_token_create(r.who.account_id, "ci", 3600, token, &err) == AUTH_OK);
    CHECK(!stored_anywhere(pw));
    CHECK(!stored_anywhere(r.session));
    CHECK(!stored_anywhere(r.csrf));
    CHECK(!stored_anywhere(token));
    CHECK(stored_anywhere("secretive")); /* the scan does find what is there */
    /* The stored password is an Argon2id string. */
    buf json = BUF_INIT;
    CHECK(auth_list("luannan", &json, &err) == AUTH_OK);
    CHECK(strstr(buf_cstr(&json), "argon2") == NULL && strstr(buf_cstr(&json), "hash") == NULL);
    CHECK(db_contains("$argon2id$"));
    buf_free(&json);
    buf_free(&err);
}

static void disabled_accounts_are_locked_out(void) {
    buf err = BUF_INIT;
    CHECK(create("luannan", "leaver", "supervisor") == AUTH_OK);
    login_result r = login("luannan", "leaver", PASSWORD, "10.6.0.1");
    CHECK(r.rc == AUTH_OK);
    char token[65], header[100];
    CHECK(auth_token_create(r.who.account_id, "ci", 3600, token, &err) == AUTH_OK);
    snprintf(header, sizeof header, "Bearer %s", token);
    CHECK(auth_set_disabled("luannan", "leaver", 1, &err) == AUTH_OK);
    principal who;
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_DENIED);
    CHECK(auth_identify(header, NULL, "GET", NULL, &who) == AUTH_DENIED);
    login_result again = login("luannan", "leaver", PASSWORD, "10.6.0.1");
    login_result wrong = login("luannan", "leaver", "wrong password", "10.6.0.1");
    CHECK(again.rc == AUTH_DENIED && same_answer(&again, &wrong));
    int disabled = 0;
    CHECK(auth_account_find("luannan", "leaver", &who, &disabled, &err) == AUTH_OK && disabled);
    /* Enabled again: the token works, the old session stays ended. */
    CHECK(auth_set_disabled("luannan", "leaver", 0, &err) == AUTH_OK);
    CHECK(auth_identify(header, NULL, "GET", NULL, &who) == AUTH_OK);
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_DENIED);
    CHECK(login("luannan", "leaver", PASSWORD, "10.6.0.1").rc == AUTH_OK);
    CHECK(auth_set_disabled("luannan", "nobody", 1, &err) == AUTH_NOT_FOUND);
    buf_free(&err);
}

static void password_change_ends_sessions(void) {
    buf err = BUF_INIT;
    login_result r = login("luannan", "leaver", PASSWORD, "10.7.0.1");
    CHECK(r.rc == AUTH_OK);
    CHECK(auth_set_password("luannan", "leaver", "short", &err) == AUTH_INVALID);
    CHECK(auth_set_password("luannan", "leaver", "a new long password", &err) == AUTH_OK);
    principal who;
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_DENIED);
    CHECK(login("luannan", "leaver", PASSWORD, "10.7.0.1").rc == AUTH_DENIED);
    CHECK(login("luannan", "leaver", "a new long password", "10.7.0.1").rc == AUTH_OK);
    CHECK(auth_set_password("luannan", "ghost", "a new long password", &err) == AUTH_NOT_FOUND);
    buf_free(&err);
}

static void reviewer_departments_round_trip(void) {
    buf err = BUF_INIT;
    CHECK(auth_account_create("luannan", "zhangsan", "张三", "reviewer", minzheng, 2, PASSWORD,
                              &err) == AUTH_OK);
    login_result r = login("luannan", "zhangsan", PASSWORD, "10.8.0.1");
    CHECK(r.rc == AUTH_OK);
    CHECK(r.who.ndepartments == 2);
    CHECK_STR(r.who.departments[0], "minzheng");
    CHECK_STR(r.who.departments[1], "renshe");
    CHECK_STR(r.who.display, "张三");
    principal who;
    CHECK(identify_cookie(r.session, "GET", NULL, &who) == AUTH_OK);
    CHECK(who.ndepartments == 2 && strcmp(who.departments[1], "renshe") == 0);
    buf json = BUF_INIT;
    CHECK(auth_list("luannan", &json, &err) == AUTH_OK);
    CHECK(strstr(buf_cstr(&json), "\"username\":\"zhangsan\",\"display\":\"张三\","
                                  "\"role\":\"reviewer\",\"departments\":[\"minzheng\","
                                  "\"renshe\"],\"disabled\":false") != NULL);
    buf_reset(&json);
    CHECK(auth_list("daye", &json, &err) == AUTH_OK);
    CHECK_STR(buf_cstr(&json), "[]");
    buf_free(&json);
    buf_free(&err);
}

static void names_roles_and_passwords_follow_their_grammar(void) {
    const char *bad_names[] = {
        "ab", "Abc", "1abc", "abc!", "ab c", "", "abcdefghijklmnopqrstuvwxyz0123456", "张三"};
    for (size_t i = 0; i < sizeof bad_names / sizeof bad_names[0]; i++)
        CHECK(create("luannan", bad_names[i], "clerk") == AUTH_INVALID);
    CHECK(auth_valid_username("abc") && auth_valid_username("zhang.san-2_x"));
    CHECK(auth_valid_username("abcdefghijklmnopqrstuvwxyz012345"));
    CHECK(create("luannan", "someone", "admin") == AUTH_INVALID);
    CHECK(create("luannan", "someone", "Clerk") == AUTH_INVALID);
    CHECK(create("luannan", "someone", "operator") == AUTH_INVALID); /* county must be * */
    CHECK(create("*", "someone", "clerk") == AUTH_INVALID);
    CHECK(create("Luannan", "someone", "clerk") == AUTH_INVALID);
    CHECK(create("*", "root", "operator") == AUTH_OK);
    CHECK(create("luannan", "clerk.one", "clerk") == AUTH_EXISTS);
    CHECK(create("daye", "clerk.one", "clerk") == AUTH_OK); /* unique per county only */
    buf err = BUF_INIT;
    const char *one[] = {"minzheng"}, *bad[] = {"Min-Zheng"}, *twice[] = {"a", "a"};
    CHECK(auth_account_create("luannan", "r1", NULL, "reviewer", NULL, 0, PASSWORD, &err) ==
          AUTH_INVALID);
    CHECK(auth_account_create("luannan", "rev", NULL, "reviewer", bad, 1, PASSWORD, &err) ==
          AUTH_INVALID);
    CHECK(auth_account_create("luannan", "rev", NULL, "reviewer", twice, 2, PASSWORD, &err) ==
          AUTH_INVALID);
    CHECK(auth_account_create("luannan", "rev", NULL, "clerk", one, 1, PASSWORD, &err) ==
          AUTH_INVALID);
    CHECK(auth_account_create("luannan", "rev", "bad\nname", "clerk", NULL, 0, PASSWORD, &err) ==
          AUTH_INVALID);
    buf_reset(&err);
    CHECK(auth_account_create("luannan", "rev", NULL, "clerk", NULL, 0, "123456789", &err) ==
          AUTH_INVALID);
    CHECK(strstr(buf_cstr(&err), "at least 10 characters") != NULL);
    CHECK(strstr(buf_cstr(&err), "123456789") == NULL); /* never echoed */
    /* Ten Chinese characters are ten characters. */
    CHECK(auth_account_create("luannan", "rev", NULL, "clerk", NULL, 0, "一二三四五六七八九十",
                              &err) == AUTH_OK);
    CHECK(login("luannan", "rev", "一二三四五六七八九十", "10.9.0.1").rc == AUTH_OK);
    buf_free(&err);
}

/* The memory cost (KiB) in luannan's account's stored Argon2id string. */
static int64_t stored_hash_cost(const char *username) {
    sqlite3 *db;
    sqlite3_stmt *s;
    int64_t m = -1;
    sqlite3_open_v2(path, &db, SQLITE_OPEN_READONLY, NULL);
    if (sqlite3_prepare_v2(
            db, "SELECT password_hash FROM accounts WHERE county = 'luannan' AND username = ?", -1,
            &s, NULL) == SQLITE_OK) {
        sqlite3_bind_text(s, 1, username, -1, SQLITE_STATIC);
        if (sqlite3_step(s) == SQLITE_ROW) {
            const char *h = (const char *)sqlite3_column_text(s, 0);
            const char *p = h ? strstr(h, "$m=") : NULL;
            m = p ? atoll(p + 3) : -1;
        }
        sqlite3_finalize(s);
    }
    sqlite3_close(db);
    return m;
}

static void stronger_settings_rehash_at_sign_in(void) {
    CHECK(stored_hash_cost("clerk.one") == (int64_t)crypto_pwhash_MEMLIMIT_MIN / 1024);
    auth_config cfg;
    memset(&cfg, 0, sizeof cfg);
    cfg.pwhash_opslimit = crypto_pwhash_OPSLIMIT_MIN;
    cfg.pwhash_memlimit = 64 * 1024;
    buf err = BUF_INIT;
    CHECK(auth_init(&cfg, &err) == AUTH_OK);
    CHECK(login("luannan", "clerk.one", PASSWORD, "10.10.0.1").rc == AUTH_OK);
    CHECK(stored_hash_cost("clerk.one") == 64);
    CHECK(login("luannan", "clerk.one", PASSWORD, "10.10.0.1").rc == AUTH_OK);
    buf_free(&err);
    init_default();
}

static void cookie_strings(void) {
    char out[200], tok[65];
    memset(tok, 'a', 64);
    tok[64] = '\0';
    CHECK(auth_cookie(tok, 3600, 0, out, sizeof out) == out);
    char want[200];
    snprintf(want, sizeof want,
             "banshi_session=%s; HttpOnly; SameSite=Strict; Path=/; Max-Age=3600", tok);
    CHECK_STR(out, want);
    CHECK(auth_cookie(tok, 60, 1, out, sizeof out) == out);
    CHECK(strstr(out, "; Max-Age=60; Secure") != NULL);
    CHECK(auth_cookie(tok, -1, 0, out, sizeof out) == out);
    CHECK(strstr(out, "Max-Age=43200") != NULL); /* the default absolute lifetime */
    CHECK(auth_cookie("", 0, 0, out, sizeof out) == out);
    CHECK_STR(out, "banshi_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0");
    CHECK(auth_cookie("x; Domain=evil", 0, 0, out, sizeof out) == NULL);
    CHECK(auth_cookie(tok, 60, 0, out, 80) == NULL);
}

int main(void) {
    if (!(dir = t_scratch("auth")))
        return 2;
    snprintf(path, sizeof path, "%s/t.db", dir);
    buf err = BUF_INIT;
    if (store_open(path, &err) != 0) {
        printf("FAIL store_open: %s\n", buf_cstr(&err));
        return 1;
    }
    auth_set_clock_for_tests(fake_clock);
    init_default();
    TEST(sign_in_and_out);
    TEST(unknown_user_and_wrong_password_answer_alike);
    TEST(unknown_user_costs_a_verification);
    TEST(repeated_failures_are_refused_longer_each_time);
    TEST(one_address_guessing_many_names_is_refused);
    TEST(sessions_expire_when_idle_or_old);
    TEST(csrf_is_required_for_unsafe_methods_with_cookies);
    TEST(credentials_are_told_apart);
    TEST(secrets_are_stored_only_hashed);
    TEST(disabled_accounts_are_locked_out);
    TEST(password_change_ends_sessions);
    TEST(reviewer_departments_round_trip);
    TEST(names_roles_and_passwords_follow_their_grammar);
    TEST(stronger_settings_rehash_at_sign_in);
    TEST(cookie_strings);
    store_close();
    buf_free(&err);
    t_scratch_remove();
    T_EXIT();
}
