/* main.c: the banshi command: serve, check, the operator commands, backup, test, version. */
#include "api.h"
#include "auth.h"
#include "cli_test.h"
#include "cli_user.h"
#include "client.h"
#include "clock.h"
#include "county.h"
#include "dtimer.h"
#include "http.h"
#include "json.h"
#include "log.h"
#include "store.h"
#include "store_app.h"
#include "store_audit.h"
#include "timer.h"
#include "version.h"
#include "watch.h"

#include <errno.h>
#include <getopt.h>
#include <lauxlib.h>
#include <lua.h>
#include <microhttpd.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>

typedef struct options {
    char listen[128];
    char db[512];
    char catalogs[512];
    char plugins[512];
    char admin_token[256];
    int threads;
    int log_level;
    unsigned max_connections;
    unsigned timeout;
    size_t body_limit;
    size_t upload_limit;
    int secure_cookies;
    int max_timers;
    int test_clock;
    int watch_ms;              /* --watch: reload on file change after this much quiet; 0 off */
    int64_t test_clock_offset; /* ms */
    vm_limits limits;
} options;

static void defaults(options *o) {
    memset(o, 0, sizeof *o);
    snprintf(o->listen, sizeof o->listen, "127.0.0.1:8080");
    snprintf(o->db, sizeof o->db, "var/banshi.db");
    snprintf(o->catalogs, sizeof o->catalogs, "catalogs");
    snprintf(o->plugins, sizeof o->plugins, "plugins");
    o->threads = 2;
    o->log_level = LOG_INFO;
    o->max_connections = 1024;
    o->timeout = 30;
    o->body_limit = 1u << 20;
    o->upload_limit = 20u << 20;
    o->max_timers = 1024;
    vm_default_limits(&o->limits);
}

static const char serve_help[] =
    "usage: banshi serve [options]\n"
    "Serves the catalogues over HTTP until SIGTERM or SIGINT; SIGHUP reloads every county.\n"
    "  --listen ADDR:PORT     address to listen on (default 127.0.0.1:8080; port 0 picks one)\n"
    "  --db PATH              SQLite database (default var/banshi.db; created if missing)\n"
    "  --catalogs DIR         catalogue folders (default catalogs)\n"
    "  --plugins DIR          plugin folders (default plugins)\n"
    "  --threads N            HTTP worker threads (default 2)\n"
    "  --config FILE          read options from FILE: one 'key = value' a line, keys as the\n"
    "                         long options without dashes (listen, db, threads, ...)\n"
    "  --log-level LEVEL      debug, info, warn or error (default info)\n"
    "  --max-connections N    simultaneous connections (default 1024; with N threads each\n"
    "                         thread takes an equal share)\n"
    "  --timeout SECONDS      idle connection timeout (default 30)\n"
    "  --body-limit BYTES     largest JSON request body (default 1048576)\n"
    "  --upload-limit BYTES   largest multipart upload (default 20971520)\n"
    "  --lua-memory MB        memory budget of each county's Lua state (default 64)\n"
    "  --lua-instructions N   instruction budget of each call into Lua (default 50000000)\n"
    "  --lua-seconds S        wall-clock budget of each call into Lua (default 2)\n"
    "  --max-timers N         pending in-memory timers per county (default 1024)\n"
    "  --secure-cookies       mark session cookies Secure (when served behind TLS)\n"
    "  --watch[=MS]           reload when catalogue or plugin files change, once they\n"
    "                         have been quiet for MS milliseconds (default 300)\n"
    "  --test-clock[=SECONDS] let operators move the business clock forward, starting\n"
    "                         SECONDS ahead\n"
    "                         (POST /api/v1/admin/clock; for tests, never in production)\n"
    "  --admin-token-file F   file holding the operator's bearer token (or set\n"
    "                         BANSHI_ADMIN_TOKEN); without one the operator API is off\n";

enum {
    OPT_LISTEN = 1,
    OPT_DB,
    OPT_CATALOGS,
    OPT_PLUGINS,
    OPT_THREADS,
    OPT_CONFIG,
    OPT_LOG_LEVEL,
    OPT_MAXCONN,
    OPT_TIMEOUT,
    OPT_BODY,
    OPT_UPLOAD,
    OPT_LUA_MEM,
    OPT_LUA_INSTR,
    OPT_LUA_SECONDS,
    OPT_MAX_TIMERS,
    OPT_TOKEN_FILE,
    OPT_SECURE,
    OPT_TEST_CLOCK,
    OPT_WATCH,
    OPT_HELP
};

static const struct option serve_opts[] = {
    {"listen", required_argument, 0, OPT_LISTEN},
    {"db", required_argument, 0, OPT_DB},
    {"catalogs", required_argument, 0, OPT_CATALOGS},
    {"plugins", required_argument, 0, OPT_PLUGINS},
    {"threads", required_argument, 0, OPT_THREADS},
    {"config", required_argument, 0, OPT_CONFIG},
    {"log-level", required_argument, 0, OPT_LOG_LEVEL},
    {"max-connections", required_argument, 0, OPT_MAXCONN},
    {"timeout", required_argument, 0, OPT_TIMEOUT},
    {"body-limit", required_argument, 0, OPT_BODY},
    {"upload-limit", required_argument, 0, OPT_UPLOAD},
    {"lua-memory", required_argument, 0, OPT_LUA_MEM},
    {"lua-instructions", required_argument, 0, OPT_LUA_INSTR},
    {"lua-seconds", required_argument, 0, OPT_LUA_SECONDS},
    {"max-timers", required_argument, 0, OPT_MAX_TIMERS},
    {"admin-token-file", required_argument, 0, OPT_TOKEN_FILE},
    {"secure-cookies", no_argument, 0, OPT_SECURE},
    {"test-clock", optional_argument, 0, OPT_TEST_CLOCK},
    {"watch", optional_argument, 0, OPT_WATCH},
    {"help", no_argument, 0, OPT_HELP},
    {0, 0, 0, 0},
};

static int parse_number(const char *name, const char *s, double lo, double hi, double *out) {
    char *end;
    errno = 0;
    double v = strtod(s, &end);
    if (errno || end == s || *end || v < lo || v > hi) {
        fprintf(stderr, "banshi: --%s wants a number from %g to %g, got '%s'\n", name, lo, hi, s);
        return -1;
    }
    *out = v;
    return 0;
}

static int read_token_file(const char *path, char *out, size_t n) {
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "banshi: cannot read the token file %s: %s\n", path, strerror(errno));
        return -1;
    }
    if (!fgets(out, (int)n, f))
        out[0] = '\0';
    fclose(f);
    out[strcspn(out, "\r\n")] = '\0';
    if (strlen(out) < 16) {
        fprintf(stderr, "banshi: the token in %s is shorter than 16 characters\n", path);
        return -1;
    }
    return 0;
}

static int config_file(options *o, const char *path);

/* Applies one option; name is the long option's name (for messages). */
static int apply(options *o, int id, const char *name, const char *v) {
    double d;
    switch (id) {
    case OPT_LISTEN: snprintf(o->listen, sizeof o->listen, "%s", v); break;
    case OPT_DB: snprintf(o->db, sizeof o->db, "%s", v); break;
    case OPT_CATALOGS: snprintf(o->catalogs, sizeof o->catalogs, "%s", v); break;
    case OPT_PLUGINS: snprintf(o->plugins, sizeof o->plugins, "%s", v); break;
    case OPT_CONFIG: return config_file(o, v);
    case OPT_TOKEN_FILE: return read_token_file(v, o->admin_token, sizeof o->admin_token);
    case OPT_SECURE: o->secure_cookies = !v || strcmp(v, "false") != 0; break;
    case OPT_WATCH:
        o->watch_ms = 300;
        if (v && strcmp(v, "false") == 0)
            o->watch_ms = 0;
        else if (v && strcmp(v, "true") != 0) {
            if (parse_number(name, v, 10, 60000, &d) != 0)
                return -1;
            o->watch_ms = (int)d;
        }
        break;
    case OPT_TEST_CLOCK:
        /* --test-clock[=SECONDS]: the clock starts SECONDS ahead (a test that
         * restarts the server keeps its place in time). */
        o->test_clock = !v || strcmp(v, "false") != 0;
        o->test_clock_offset = 0;
        if (v && strcmp(v, "true") != 0 && strcmp(v, "false") != 0) {
            if (parse_number(name, v, 0, 20 * 366 * 86400.0, &d) != 0)
                return -1;
            o->test_clock_offset = (int64_t)(d * 1000);
        }
        break;
    case OPT_LOG_LEVEL:
        o->log_level = log_parse_level(v);
        if (o->log_level < 0) {
            fprintf(stderr, "banshi: --log-level wants debug, info, warn or error\n");
            return -1;
        }
        break;
    case OPT_THREADS:
        if (parse_number(name, v, 1, 256, &d))
            return -1;
        o->threads = (int)d;
        break;
    case OPT_MAXCONN:
        if (parse_number(name, v, 1, 1000000, &d))
            return -1;
        o->max_connections = (unsigned)d;
        break;
    case OPT_TIMEOUT:
        if (parse_number(name, v, 1, 86400, &d))
            return -1;
        o->timeout = (unsigned)d;
        break;
    case OPT_BODY:
        if (parse_number(name, v, 1024, 1 << 30, &d))
            return -1;
        o->body_limit = (size_t)d;
        break;
    case OPT_UPLOAD:
        if (parse_number(name, v, 1024, 1 << 30, &d))
            return -1;
        o->upload_limit = (size_t)d;
        break;
    case OPT_LUA_MEM:
        if (parse_number(name, v, 4, 65536, &d))
            return -1;
        o->limits.mem_bytes = (size_t)d << 20;
        break;
    case OPT_LUA_INSTR:
        if (parse_number(name, v, 1000, 1e12, &d))
            return -1;
        o->limits.call_instr = (uint64_t)d;
        break;
    case OPT_LUA_SECONDS:
        if (parse_number(name, v, 0.001, 3600, &d))
            return -1;
        o->limits.call_seconds = d;
        break;
    case OPT_MAX_TIMERS:
        if (parse_number(name, v, 1, 1000000, &d))
            return -1;
        o->max_timers = (int)d;
        break;
    default: return -1;
    }
    return 0;
}

/* Ends a config value at a comment: '#' at its start or after a blank
 * (a path such as "a#b" keeps its '#'). */
static void cut_comment(char *val) {
    for (char *c = val; *c; c++) {
        if (*c == '#' && (c == val || c[-1] == ' ' || c[-1] == '\t')) {
            *c = '\0';
            return;
        }
    }
}

static int config_file(options *o, const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) {
        fprintf(stderr, "banshi: cannot read %s: %s\n", path, strerror(errno));
        return -1;
    }
    char line[1024];
    int lineno = 0, rc = 0;
    while (rc == 0 && fgets(line, sizeof line, f)) {
        lineno++;
        char *p = line + strspn(line, " \t");
        p[strcspn(p, "\r\n")] = '\0';
        if (!*p || *p == '#')
            continue;
        char *eq = strchr(p, '=');
        if (!eq) {
            fprintf(stderr, "%s:%d: expected 'key = value'\n", path, lineno);
            rc = -1;
            break;
        }
        char *key = p, *val = eq + 1;
        char *k_end = eq;
        while (k_end > key && (k_end[-1] == ' ' || k_end[-1] == '\t'))
            k_end--;
        *k_end = '\0';
        val += strspn(val, " \t");
        cut_comment(val);
        size_t vl = strlen(val);
        while (vl && (val[vl - 1] == ' ' || val[vl - 1] == '\t'))
            val[--vl] = '\0';
        int id = 0;
        for (const struct option *so = serve_opts; so->name; so++) {
            char alt[64];
            snprintf(alt, sizeof alt, "%s", so->name);
            for (char *c = alt; *c; c++)
                if (*c == '-')
                    *c = '_';
            if (strcmp(key, so->name) == 0 || strcmp(key, alt) == 0)
                id = so->val;
        }
        if (!id || id == OPT_HELP || id == OPT_CONFIG) {
            fprintf(stderr, "%s:%d: unknown setting '%s' (see banshi serve --help)\n", path, lineno,
                    key);
            rc = -1;
        } else if (apply(o, id, key, val) != 0) {
            fprintf(stderr, "%s:%d: bad value for %s\n", path, lineno, key);
            rc = -1;
        }
    }
    fclose(f);
    return rc;
}

static int cmd_serve(int argc, char **argv) {
    options o;
    defaults(&o);
    const char *env_token = getenv("BANSHI_ADMIN_TOKEN");
    if (env_token)
        snprintf(o.admin_token, sizeof o.admin_token, "%s", env_token);
    int c;
    optind = 1;
    while ((c = getopt_long(argc, argv, "", serve_opts, NULL)) != -1) {
        if (c == OPT_HELP) {
            fputs(serve_help, stdout);
            return 0;
        }
        const char *name = "?";
        for (const struct option *so = serve_opts; so->name; so++)
            if (so->val == c)
                name = so->name;
        if (c == '?' || apply(&o, c, name, optarg) != 0) {
            fputs("try: banshi serve --help\n", stderr);
            return 2;
        }
    }
    if (optind < argc) {
        fprintf(stderr, "banshi serve: unexpected argument '%s'\n", argv[optind]);
        return 2;
    }
    log_set_level(o.log_level);
    /* Signals are taken by sigwait in this thread; every thread created
     * from here on inherits the mask. */
    sigset_t sigs;
    sigemptyset(&sigs);
    sigaddset(&sigs, SIGTERM);
    sigaddset(&sigs, SIGINT);
    sigaddset(&sigs, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &sigs, NULL);
    signal(SIGPIPE, SIG_IGN);

    buf err = BUF_INIT;
    int rc = 1;
    if (store_make_parent_dir(o.db, &err) != 0 || store_open(o.db, &err) != 0) {
        fprintf(stderr, "banshi: %s\n", buf_cstr(&err));
        buf_free(&err);
        return 1;
    }
    if (store_writer_start(&err) != 0) {
        fprintf(stderr, "banshi: %s\n", buf_cstr(&err));
        goto out_store;
    }
    auth_config auc = {0};
    if (auth_init(&auc, &err) != 0) {
        fprintf(stderr, "banshi: %s\n", buf_cstr(&err));
        goto out_store;
    }
    county_config cc = {.catalogs_dir = o.catalogs, .plugins_dir = o.plugins, .limits = o.limits};
    if (timer_start(o.max_timers) != 0) {
        fprintf(stderr, "banshi: cannot start the timer thread\n");
        goto out_store;
    }
    /* Before the counties load: a load reads the business clock too (the
     * calendar's horizon). */
    if (o.test_clock) {
        clock_enable_testing();
        if (o.test_clock_offset > 0)
            clock_advance_ms(o.test_clock_offset);
        log_msg(LOG_WARN, "test_clock", "the business clock may be moved (--test-clock)");
    }
    int serving = county_init(&cc, &err);
    if (serving < 0) {
        fprintf(stderr, "banshi: %s", buf_cstr(&err));
        goto out_timers;
    }
    buf_reset(&err);
    if (dtimer_start() != 0) {
        fprintf(stderr, "banshi: cannot start the durable timer thread\n");
        goto out_counties;
    }
    if (o.watch_ms && watch_start(o.catalogs, o.plugins, o.watch_ms, &err) != 0) {
        fprintf(stderr, "banshi: %s\n", buf_cstr(&err));
        goto out_counties;
    }
    api_config ac = {.admin_token = o.admin_token[0] ? o.admin_token : NULL,
                     .upload_limit = o.upload_limit,
                     .secure_cookies = o.secure_cookies};
    api_register(&ac);
    http_options ho = {.listen = o.listen,
                       .threads = o.threads,
                       .conn_limit = o.max_connections,
                       .timeout_s = o.timeout,
                       .body_limit = o.body_limit};
    if (http_start(&ho, &err) != 0) {
        fprintf(stderr, "banshi: %s\n", buf_cstr(&err));
        goto out_counties;
    }
    char shown[160];
    snprintf(shown, sizeof shown, "%s", o.listen);
    char *colon = strrchr(shown, ':');
    if (colon)
        snprintf(colon + 1, sizeof shown - (size_t)(colon + 1 - shown), "%d", http_port());
    printf("banshi %s listening on http://%s/ (%d of %d counties serving, database %s)\n",
           BANSHI_VERSION, shown, serving, county_count(), o.db);
    fflush(stdout);
    log_msg(LOG_INFO, "start", "listening on %s with %d threads", shown, o.threads);

    for (;;) {
        int sig = 0;
        if (sigwait(&sigs, &sig) != 0)
            continue;
        if (sig == SIGHUP) {
            log_msg(LOG_INFO, "signal", "SIGHUP: reloading every county");
            for (int i = 0; i < county_count(); i++) {
                int changed;
                char hash[65];
                buf e = BUF_INIT;
                if (county_reload(county_at(i), "SIGHUP", &changed, hash, &e, NULL) != 0)
                    log_msg(LOG_ERROR, "catalog_reload",
                            "county %s: reload failed, the previous generation keeps serving: %s",
                            county_at(i)->id, buf_cstr(&e));
                buf_free(&e);
            }
            continue;
        }
        log_msg(LOG_INFO, "signal", "%s: finishing requests in flight, then stopping",
                sig == SIGTERM ? "SIGTERM" : "SIGINT");
        break;
    }
    http_quiesce();
    int left = http_drain(10.0);
    if (left)
        log_msg(LOG_WARN, "stop", "%d requests still in flight after 10 s", left);
    http_stop();
    rc = 0;
out_counties:
    watch_stop();
    dtimer_stop();
    timer_stop();
    county_shutdown();
    goto out_store;
out_timers:
    timer_stop();
out_store:
    /* After the HTTP server: suspended submissions wait on their commits. */
    store_writer_stop();
    store_close();
    buf_free(&err);
    if (rc == 0)
        log_msg(LOG_INFO, "stop", "stopped cleanly");
    return rc;
}

static const char check_help[] =
    "usage: banshi check [--plugins DIR] [--lua-instructions N] [DIR]\n"
    "Validates every catalogue under DIR (default catalogs) as a load would, prints\n"
    "every problem with file:line, item and field, and exits 1 on any error.\n"
    "The plugins each county enables (catalog { plugins = { ... } }) are checked as a\n"
    "load checks them: installed under --plugins DIR (default plugins, as for banshi\n"
    "serve), their settings as their manifests say, their code loading and their\n"
    "setup passing.\n"
    "--lua-instructions bounds the Lua work of the whole check (default 2e9), so\n"
    "that a catalogue file that never ends is reported quickly.\n";

static int cmd_check(int argc, char **argv) {
    const char *dir = "catalogs", *plugins = "plugins";
    vm_limits lim;
    vm_default_limits(&lim);
    lim.mem_bytes = 512u << 20;
    lim.call_instr = 2000000000ull; /* a whole tree of catalogues, like a load */
    int ndirs = 0;
    for (int i = 1; i < argc; i++) {
        double d;
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(check_help, stdout);
            return 0;
        } else if (strcmp(argv[i], "--lua-instructions") == 0 && i + 1 < argc) {
            if (parse_number("lua-instructions", argv[++i], 1000, 1e12, &d) != 0)
                return 2;
            lim.call_instr = (uint64_t)d;
        } else if (strcmp(argv[i], "--plugins") == 0 && i + 1 < argc) {
            plugins = argv[++i];
        } else if (argv[i][0] != '-' && !ndirs++) {
            dir = argv[i];
        } else {
            fputs(check_help, stderr);
            return 2;
        }
    }
    buf out = BUF_INIT;
    int warnings = 0;
    int errors = county_check_dir(dir, plugins, &lim, &out, &warnings);
    fputs(buf_cstr(&out), stdout);
    buf_free(&out);
    printf("%s: %d error%s, %d warning%s\n", dir, errors, errors == 1 ? "" : "s", warnings,
           warnings == 1 ? "" : "s");
    return errors ? 1 : 0;
}

static int cmd_backup(int argc, char **argv) {
    const char *db = "var/banshi.db", *dest = NULL;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            puts("usage: banshi backup [--db PATH] DEST\n"
                 "Copies the database to DEST with SQLite's online backup API; safe while the\n"
                 "server runs.");
            return 0;
        }
        if (strcmp(argv[i], "--db") == 0 && i + 1 < argc)
            db = argv[++i];
        else if (!dest)
            dest = argv[i];
        else {
            fputs("usage: banshi backup [--db PATH] DEST\n", stderr);
            return 2;
        }
    }
    if (!dest) {
        fputs("usage: banshi backup [--db PATH] DEST\n", stderr);
        return 2;
    }
    if (access(db, R_OK) != 0) {
        fprintf(stderr, "banshi backup: no database at %s\n", db);
        return 1;
    }
    buf err = BUF_INIT;
    int rc = store_open(db, &err) == 0 && store_backup(dest, &err) == 0 ? 0 : 1;
    if (rc)
        fprintf(stderr, "banshi backup: %s\n", buf_cstr(&err));
    else
        printf("backed up %s to %s\n", db, dest);
    store_close();
    buf_free(&err);
    return rc;
}

static const char reload_help[] =
    "usage: banshi reload [COUNTY] [--server ADDR:PORT] [--token-file FILE]\n"
    "Asks the running server to reload COUNTY (default: every county). Each county's\n"
    "files are read once, validated and swapped in atomically; a catalogue with errors\n"
    "changes nothing and every error is printed with file:line. The operator token\n"
    "comes from --token-file or BANSHI_ADMIN_TOKEN. Exit status 1 if any reload failed.\n";

/* Prints one county's reload result (a decoded JSON object at the top of L). */
static int print_reload(lua_State *L) {
    lua_getfield(L, -1, "county");
    const char *name = lua_tostring(L, -1);
    lua_getfield(L, -2, "ok");
    int ok = lua_toboolean(L, -1);
    lua_pop(L, 1);
    if (ok) {
        lua_getfield(L, -2, "changed");
        lua_getfield(L, -3, "version");
        lua_getfield(L, -4, "ms");
        printf("%s: %s %.12s (%.1f ms)\n", name,
               lua_toboolean(L, -3) ? "now serving version" : "unchanged, still version",
               lua_tostring(L, -2), lua_tonumber(L, -1));
        lua_pop(L, 4);
        return 0;
    }
    lua_getfield(L, -2, "message");
    printf("%s: reload failed, the previous version keeps serving:\n%s\n", name,
           lua_tostring(L, -1));
    lua_pop(L, 2);
    return 1;
}

typedef struct op_args {
    const char *server;
    char token[256];
    const char *pos[3];
    int npos;
} op_args;

/* Parses the options every operator command shares; returns 0, 1 for
 * --help (after printing help), or 2 on a usage error. */
static int op_parse(int argc, char **argv, const char *help, int maxpos, op_args *a) {
    memset(a, 0, sizeof *a);
    a->server = "127.0.0.1:8080";
    const char *env = getenv("BANSHI_ADMIN_TOKEN");
    if (env)
        snprintf(a->token, sizeof a->token, "%s", env);
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(help, stdout);
            return 1;
        } else if (strcmp(argv[i], "--server") == 0 && i + 1 < argc) {
            a->server = argv[++i];
        } else if (strcmp(argv[i], "--token-file") == 0 && i + 1 < argc) {
            if (read_token_file(argv[++i], a->token, sizeof a->token) != 0)
                return 2;
        } else if (argv[i][0] != '-' && a->npos < maxpos) {
            a->pos[a->npos++] = argv[i];
        } else {
            fputs(help, stderr);
            return 2;
        }
    }
    return 0;
}

/* Sends the request and leaves the decoded answer on top of a fresh
 * state in *out. Returns 0, or 1 after printing why (an error answer's
 * message included). */
static int op_call(const op_args *a, const char *method, const char *path, const char *cmd,
                   lua_State **out) {
    buf body = BUF_INIT;
    int status = client_request(a->server, method, path, a->token, NULL, 120, &body);
    lua_State *L = luaL_newstate();
    size_t off;
    const char *msg;
    int rc = 1;
    if (status < 0) {
        fprintf(stderr, "banshi %s: %s\n", cmd, buf_cstr(&body));
    } else if (!L || json_decode(L, body.data ? body.data : "", body.len, &off, &msg) != 0) {
        fprintf(stderr, "banshi %s: unexpected answer (HTTP %d): %s\n", cmd, status,
                buf_cstr(&body));
    } else if (lua_getfield(L, -1, "error") == LUA_TTABLE) {
        lua_getfield(L, -1, "message");
        fprintf(stderr, "banshi %s: %s (HTTP %d)\n", cmd, lua_tostring(L, -1), status);
    } else {
        lua_pop(L, 1);
        rc = 0;
    }
    buf_free(&body);
    if (rc != 0 && L) {
        lua_close(L);
        L = NULL;
    }
    *out = L;
    return rc;
}

static int cmd_reload(int argc, char **argv) {
    op_args a;
    int prc = op_parse(argc, argv, reload_help, 1, &a);
    if (prc)
        return prc == 1 ? 0 : 2;
    char path[160];
    if (a.npos)
        snprintf(path, sizeof path, "/api/v1/counties/%s/reload", a.pos[0]);
    else
        snprintf(path, sizeof path, "/api/v1/admin/reload");
    lua_State *L;
    if (op_call(&a, "POST", path, "reload", &L) != 0)
        return 1;
    int rc = 0;
    if (lua_getfield(L, -1, "results") == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            rc |= print_reload(L);
            lua_pop(L, 1);
        }
    } else {
        lua_pop(L, 1);
        rc = print_reload(L);
    }
    lua_close(L);
    return rc;
}

static const char versions_help[] =
    "usage: banshi versions COUNTY [--server ADDR:PORT] [--token-file FILE]\n"
    "Lists the county's stored catalogue versions, newest first; * marks the active one.\n";

static int cmd_versions(int argc, char **argv) {
    op_args a;
    int prc = op_parse(argc, argv, versions_help, 1, &a);
    if (prc || a.npos != 1) {
        if (!prc)
            fputs(versions_help, stderr);
        return prc == 1 ? 0 : 2;
    }
    char path[160];
    snprintf(path, sizeof path, "/api/v1/counties/%s/versions", a.pos[0]);
    lua_State *L;
    if (op_call(&a, "GET", path, "versions", &L) != 0)
        return 1;
    lua_getfield(L, -1, "versions");
    lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        lua_getfield(L, -1, "version");
        lua_getfield(L, -2, "created_at");
        lua_getfield(L, -3, "files");
        lua_getfield(L, -4, "active");
        time_t t = (time_t)lua_tointeger(L, -3);
        struct tm tm;
        char when[32];
        strftime(when, sizeof when, "%Y-%m-%d %H:%M:%S", localtime_r(&t, &tm));
        printf("%s %.12s  %s  %lld files\n", lua_toboolean(L, -1) ? "*" : " ", lua_tostring(L, -4),
               when, (long long)lua_tointeger(L, -2));
        lua_pop(L, 5);
    }
    lua_close(L);
    return 0;
}

static const char rollback_help[] =
    "usage: banshi rollback COUNTY VERSION [--server ADDR:PORT] [--token-file FILE]\n"
    "Makes a stored version (8 or more hex digits of its hash, see banshi versions)\n"
    "current again, atomically, while the server keeps serving.\n";

static int cmd_rollback(int argc, char **argv) {
    op_args a;
    int prc = op_parse(argc, argv, rollback_help, 2, &a);
    if (prc || a.npos != 2) {
        if (!prc)
            fputs(rollback_help, stderr);
        return prc == 1 ? 0 : 2;
    }
    char path[200];
    snprintf(path, sizeof path, "/api/v1/counties/%s/versions/%s/activate", a.pos[0], a.pos[1]);
    lua_State *L;
    if (op_call(&a, "POST", path, "rollback", &L) != 0)
        return 1;
    lua_getfield(L, -1, "changed");
    lua_getfield(L, -2, "version");
    printf("%s: %s %.12s\n", a.pos[0],
           lua_toboolean(L, -2) ? "now serving version" : "already serving", lua_tostring(L, -1));
    lua_close(L);
    return 0;
}

static const char diff_help[] =
    "usage: banshi diff COUNTY [FROM [TO]] [--server ADDR:PORT] [--token-file FILE]\n"
    "Shows what differs, per item and field, between two versions of the county's\n"
    "catalogue. FROM and TO are 'current' (the serving version), 'disk' (what a\n"
    "reload would load) or a stored version; the default is current against disk,\n"
    "which previews a reload.\n";

/* Prints "  field: from -> to" for each entry of the fields list on top. */
static void print_fields(lua_State *L, const char *indent) {
    lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        lua_getfield(L, -1, "field");
        buf from = BUF_INIT, to = BUF_INIT;
        char msg[64];
        lua_getfield(L, -2, "from");
        if (lua_isnil(L, -1))
            buf_adds(&from, "(none)");
        else
            json_encode(L, -1, &from, msg, sizeof msg);
        lua_getfield(L, -3, "to");
        if (lua_isnil(L, -1))
            buf_adds(&to, "(none)");
        else
            json_encode(L, -1, &to, msg, sizeof msg);
        printf("%s%s: %s -> %s\n", indent, lua_tostring(L, -3), buf_cstr(&from), buf_cstr(&to));
        buf_free(&from);
        buf_free(&to);
        lua_pop(L, 4);
    }
}

static int cmd_diff(int argc, char **argv) {
    op_args a;
    int prc = op_parse(argc, argv, diff_help, 3, &a);
    if (prc || a.npos < 1) {
        if (!prc)
            fputs(diff_help, stderr);
        return prc == 1 ? 0 : 2;
    }
    char path[300];
    snprintf(path, sizeof path, "/api/v1/counties/%s/diff?from=%s&to=%s", a.pos[0],
             a.npos > 1 ? a.pos[1] : "current", a.npos > 2 ? a.pos[2] : "disk");
    lua_State *L;
    if (op_call(&a, "GET", path, "diff", &L) != 0)
        return 1;
    static const char *const lists[] = {"added", "removed"};
    int total = 0;
    for (int k = 0; k < 2; k++) {
        lua_getfield(L, -1, lists[k]);
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++, total++) {
            lua_rawgeti(L, -1, i);
            lua_getfield(L, -1, "code");
            lua_getfield(L, -2, "name");
            printf("%s item %s %s\n", k ? "-" : "+", lua_tostring(L, -2), lua_tostring(L, -1));
            lua_pop(L, 3);
        }
        lua_pop(L, 1);
    }
    lua_getfield(L, -1, "changed");
    lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n; i++, total++) {
        lua_rawgeti(L, -1, i);
        lua_getfield(L, -1, "code");
        lua_getfield(L, -2, "name");
        printf("~ item %s %s\n", lua_tostring(L, -2), lua_tostring(L, -1));
        lua_pop(L, 2);
        lua_getfield(L, -1, "fields");
        print_fields(L, "    ");
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    lua_getfield(L, -1, "other");
    total += (int)luaL_len(L, -1);
    print_fields(L, "~ ");
    lua_pop(L, 1);
    if (!total)
        puts("no differences");
    lua_close(L);
    return 0;
}

static const char audit_help[] =
    "usage: banshi audit verify|list [--db PATH] [--county C] [--limit N]\n"
    "verify  walks the hash chain of the staff audit log: exit 0 and the latest hash\n"
    "        when intact (record it elsewhere to detect rows cut from the end), exit 1\n"
    "        naming the first changed, deleted or inserted entry otherwise\n"
    "list    prints the newest entries (default 50) as a JSON array\n";

static int cmd_audit(int argc, char **argv) {
    const char *db = "var/banshi.db", *sub = NULL, *cty = NULL;
    int limit = 50;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(audit_help, stdout);
            return 0;
        } else if (strcmp(argv[i], "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strcmp(argv[i], "--county") == 0 && i + 1 < argc) {
            cty = argv[++i];
        } else if (strcmp(argv[i], "--limit") == 0 && i + 1 < argc) {
            limit = atoi(argv[++i]);
        } else if (!sub && argv[i][0] != '-') {
            sub = argv[i];
        } else {
            fputs(audit_help, stderr);
            return 2;
        }
    }
    if (!sub || (strcmp(sub, "verify") != 0 && strcmp(sub, "list") != 0) || limit < 1) {
        fputs(audit_help, stderr);
        return 2;
    }
    if (access(db, R_OK) != 0) {
        fprintf(stderr, "banshi audit: no database at %s\n", db);
        return 1;
    }
    buf err = BUF_INIT, out = BUF_INIT;
    int rc = 1;
    if (store_open(db, &err) == 0) {
        if (strcmp(sub, "verify") == 0) {
            char last[65];
            int64_t n = store_audit_verify(last, &err);
            if (n >= 0) {
                printf("audit log intact: %lld entries, latest hash %s\n", (long long)n,
                       n ? last : "(none)");
                rc = 0;
            }
        } else if (store_audit_list(cty, limit, &out, &err) == 0) {
            puts(buf_cstr(&out));
            rc = 0;
        }
    }
    if (rc)
        fprintf(stderr, "banshi audit: %s\n", buf_cstr(&err));
    store_close();
    buf_free(&err);
    buf_free(&out);
    return rc;
}

static int cmd_version(void) {
    printf("banshi %s\n  schema %d, %s, SQLite %s, libmicrohttpd %s, zlib %s, libsodium %s\n",
           BANSHI_VERSION, STORE_SCHEMA_VERSION, LUA_RELEASE, store_sqlite_version(),
           MHD_get_version(), zlibVersion(), sodium_version_string());
    return 0;
}

static const char main_help[] = "usage: banshi COMMAND [options]\n"
                                "  serve     serve the catalogues over HTTP\n"
                                "  check     validate catalogues and their plugins\n"
                                "  user      staff accounts: add, passwd, disable, list, token\n"
                                "  audit     verify or list the staff audit log\n"
                                "  reload    reload one county or all in a running server\n"
                                "  versions  list a county's stored catalogue versions\n"
                                "  rollback  make a stored version current again\n"
                                "  diff      what differs between two versions (or disk)\n"
                                "  backup    copy the database while the server runs\n"
                                "  test      run a plugin's tests against a real server\n"
                                "  version   print versions\n"
                                "Each command takes --help.\n";

int main(int argc, char **argv) {
    if (sodium_init() < 0) {
        fputs("banshi: libsodium failed to start\n", stderr);
        return 1;
    }
    if (argc < 2 || strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
        strcmp(argv[1], "help") == 0) {
        fputs(main_help, argc < 2 ? stderr : stdout);
        return argc < 2 ? 2 : 0;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "serve") == 0)
        return cmd_serve(argc - 1, argv + 1);
    if (strcmp(cmd, "check") == 0)
        return cmd_check(argc - 1, argv + 1);
    if (strcmp(cmd, "audit") == 0)
        return cmd_audit(argc - 1, argv + 1);
    if (strcmp(cmd, "user") == 0)
        return cli_user(argc - 1, argv + 1);
    if (strcmp(cmd, "reload") == 0)
        return cmd_reload(argc - 1, argv + 1);
    if (strcmp(cmd, "versions") == 0)
        return cmd_versions(argc - 1, argv + 1);
    if (strcmp(cmd, "rollback") == 0)
        return cmd_rollback(argc - 1, argv + 1);
    if (strcmp(cmd, "diff") == 0)
        return cmd_diff(argc - 1, argv + 1);
    if (strcmp(cmd, "backup") == 0)
        return cmd_backup(argc - 1, argv + 1);
    if (strcmp(cmd, "test") == 0)
        return cli_test(argc - 1, argv + 1);
    if (strcmp(cmd, "version") == 0 || strcmp(cmd, "--version") == 0)
        return cmd_version();
    fprintf(stderr, "banshi: unknown command '%s'\n%s", cmd, main_help);
    return 2;
}
