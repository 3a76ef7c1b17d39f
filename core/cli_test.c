/* cli_test.c: `banshi test PLUGIN_DIR`, the plugin testing kit (see
 * cli_test.h; the `t` library itself is lua/banshi/testkit.lua).
 *
 * The temporary folder holds:
 *   plugins/NAME    a symbolic link to the plugin's folder (--plugins)
 *   catalogs/       unless the plugin brings tests/catalog: links to the
 *                   folders of the county's catalogue chain, and the county's
 *                   own folder with a catalog.lua that enables the plugin
 *   banshi.db, server.out (the server's stdout), server.log (its log),
 *   cli.err (what `banshi user` said)
 * The server runs with PR_SET_PDEATHSIG, so it stops if the kit dies. */
#include "cli_test.h"

#include "buf.h"
#include "client.h"
#include "json.h"
#include "l_json.h"
#include "vm_modules.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <lauxlib.h>
#include <limits.h>
#include <lualib.h>
#include <signal.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#define MAX_WITH    8    /* plugins --with the one tested */
#define START_WAIT  60.0 /* seconds; sanitizer builds load slowly */
#define STOP_WAIT   20.0
#define STAFF_PW    "kit-password-0123456789"
#define REQUEST_MAX 30 /* seconds a request may take */

static const char test_help[] =
    "usage: banshi test [options] PLUGIN_DIR [TEST ...]\n"
    "Runs the plugin's own tests (PLUGIN_DIR/tests/*.lua, in name order; or only the\n"
    "TEST files named) against a real server: a temporary database, `banshi serve` on a\n"
    "loopback port with --test-clock and an operator token, and the plugin enabled in one\n"
    "serving county. Each test file runs in a plain Lua state with the `t` library\n"
    "(docs/plugins.md). Prints PASS or FAIL per case and \"N passed, N failed\"; exit 1 on\n"
    "any failure.\n"
    "  --county ID       the county that enables the plugin (default: the first serving\n"
    "                    county, in name order)\n"
    "  --catalogs DIR    the catalogues to serve when the plugin has no tests/catalog\n"
    "                    (default: ./catalogs, else the catalogs folder of the banshi\n"
    "                    checkout this binary was built in)\n"
    "  --with DIR        also install and enable the plugin in DIR (with its own\n"
    "                    tests/config.lua), for a plugin that works with others;\n"
    "                    up to 8\n"
    "  --log-level L     the server's log level (default info)\n"
    "  --keep            keep the temporary folder (database, server log) and say where\n"
    "PLUGIN_DIR/tests/config.lua, if present, returns the county's configuration of the\n"
    "plugin (default {}). PLUGIN_DIR/tests/catalog, if present, is served instead of the\n"
    "sample catalogues, as it is: it must enable the plugin itself.\n";

typedef struct kit_plugin {
    char dir[PATH_MAX]; /* the plugin's folder, absolute */
    char name[64];      /* the plugin's name: its folder's */
} kit_plugin;

typedef struct kit {
    char exe[PATH_MAX];               /* this binary */
    kit_plugin plugins[MAX_WITH + 1]; /* [0] is tested; the others come --with it */
    int nplugins;
    char tmp[PATH_MAX];      /* the temporary folder */
    char catalogs[PATH_MAX]; /* what the server serves */
    char county[64];
    char addr[64]; /* 127.0.0.1:PORT */
    char token[65];
    const char *log_level;
    pid_t server;
    int staff_made;
    int passed, failed;
} kit;

/* ---- small helpers ------------------------------------------------------------ */

/* out = a/b; a path too long for PATH_MAX becomes "" (which nothing opens). */
static void path_join(char *out, const char *a, const char *b) {
    size_t la = strlen(a), lb = strlen(b);
    if (la + lb + 2 > PATH_MAX) {
        out[0] = '\0';
        return;
    }
    memmove(out, a, la);
    out[la] = '/';
    memcpy(out + la + 1, b, lb + 1);
}

static int is_dir(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

static int is_file(const char *path) {
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

/* Appends the file's bytes to out. Returns 0 or -1. */
static int read_text(const char *path, buf *out) {
    FILE *f = fopen(path, "rb");
    if (!f)
        return -1;
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_add(out, chunk, n);
    fclose(f);
    return 0;
}

static int write_text(const char *path, const char *a, const char *b) {
    FILE *f = fopen(path, "wb");
    if (!f)
        return -1;
    fputs(a, f);
    fputs(b, f);
    return fclose(f) == 0 ? 0 : -1;
}

static void sleep_s(double s) {
    struct timespec ts = {(time_t)s, (long)((s - (double)(time_t)s) * 1e9)};
    while (nanosleep(&ts, &ts) != 0 && errno == EINTR) {
    }
}

static int cmp_str(const void *a, const void *b) {
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The sorted names in dir (no dot files) that are folders (want_dirs) or
 * *.lua files; the caller frees each and the array. Returns the count or -1. */
static int list_dir(const char *dir, int want_dirs, char ***out) {
    DIR *d = opendir(dir);
    *out = NULL;
    if (!d)
        return -1;
    int n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        char full[PATH_MAX];
        path_join(full, dir, e->d_name);
        size_t len = strlen(e->d_name);
        int ok = want_dirs ? is_dir(full)
                           : is_file(full) && len > 4 && strcmp(e->d_name + len - 4, ".lua") == 0;
        if (!ok)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            char **grown = realloc(*out, (size_t)cap * sizeof *grown);
            if (!grown)
                break;
            *out = grown;
        }
        (*out)[n++] = strdup(e->d_name);
    }
    closedir(d);
    if (n)
        qsort(*out, (size_t)n, sizeof **out, cmp_str);
    return n;
}

static void free_list(char **v, int n) {
    for (int i = 0; i < n; i++)
        free(v[i]);
    free(v);
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw) {
    (void)st;
    (void)flag;
    (void)ftw;
    remove(path);
    return 0;
}

/* Removes the folder and what it holds; symbolic links are removed, never
 * followed, so the plugin's own folder is left alone. */
static void remove_tree(const char *dir) { nftw(dir, remove_one, 16, FTW_DEPTH | FTW_PHYS); }

/* ---- Lua states ------------------------------------------------------------------ */

static int load_embedded(lua_State *L) {
    const embedded_module *e = lua_touserdata(L, lua_upvalueindex(1));
    if (luaL_loadbufferx(L, e->source, e->len, e->chunk, "t") != LUA_OK)
        return lua_error(L);
    lua_pushvalue(L, 1);
    lua_call(L, 1, 1);
    return 1;
}

/* A plain Lua state (the whole standard library) that can also require the
 * platform's library: banshi.json and the embedded lua/banshi modules. */
static lua_State *plain_state(void) {
    lua_State *L = luaL_newstate();
    if (!L)
        return NULL;
    luaL_openlibs(L);
    lua_getglobal(L, "package");
    lua_getfield(L, -1, "preload");
    lua_pushcfunction(L, luaopen_banshi_json);
    lua_setfield(L, -2, "banshi.json");
    for (const embedded_module *e = embedded_modules; e->name; e++) {
        lua_pushlightuserdata(L, (void *)e);
        lua_pushcclosure(L, load_embedded, 1);
        lua_setfield(L, -2, e->name);
    }
    lua_pop(L, 2);
    return L;
}

static int traceback(lua_State *L) {
    const char *msg = lua_tostring(L, 1);
    luaL_traceback(L, L, msg ? msg : "(an error object that is not a string)", 1);
    return 1;
}

/* Calls the function under nargs arguments with a traceback; on error
 * prints "banshi test: what: message" and returns -1. */
static int call(lua_State *L, int nargs, int nres, const char *what) {
    int base = lua_gettop(L) - nargs;
    lua_pushcfunction(L, traceback);
    lua_insert(L, base);
    int rc = lua_pcall(L, nargs, nres, base);
    lua_remove(L, base);
    if (rc != LUA_OK) {
        fprintf(stderr, "banshi test: %s: %s\n", what, lua_tostring(L, -1));
        lua_pop(L, 1);
        return -1;
    }
    return 0;
}

/* Pushes the named function of banshi.testkit. */
static void push_kit_function(lua_State *L, const char *fn) {
    lua_getglobal(L, "require");
    lua_pushliteral(L, "banshi.testkit");
    lua_call(L, 1, 1);
    lua_getfield(L, -1, fn);
    lua_remove(L, -2);
}

/* ---- the catalogues --------------------------------------------------------------- */

/* Chooses the county (k->county, or the first serving one) among the
 * catalogues under dir; with chain, leaves the folders of its catalogue
 * chain (root first) as a Lua list on top of L. Returns 0 or -1. */
static int choose_county(kit *k, lua_State *L, const char *dir) {
    char **folders;
    int n = list_dir(dir, 1, &folders);
    if (n < 0) {
        fprintf(stderr, "banshi test: cannot read the catalogues folder %s\n", dir);
        return -1;
    }
    push_kit_function(L, "catalog_setup");
    lua_createtable(L, 0, n);
    for (int i = 0; i < n; i++) {
        char path[PATH_MAX], rel[PATH_MAX];
        snprintf(rel, sizeof rel, "%s/catalog.lua", folders[i]);
        path_join(path, dir, rel);
        buf src = BUF_INIT;
        if (read_text(path, &src) == 0) {
            lua_pushlstring(L, src.data ? src.data : "", src.len);
            lua_setfield(L, -2, rel);
        }
        buf_free(&src);
    }
    free_list(folders, n);
    if (k->county[0])
        lua_pushstring(L, k->county);
    else
        lua_pushnil(L);
    if (call(L, 2, 2, "choosing the county") != 0)
        return -1;
    if (lua_isnil(L, -2)) {
        fprintf(stderr, "banshi test: %s: %s\n", dir, lua_tostring(L, -1));
        lua_pop(L, 2);
        return -1;
    }
    snprintf(k->county, sizeof k->county, "%s", lua_tostring(L, -2));
    lua_remove(L, -2);
    return 0;
}

/* Pushes the configuration in the plugin's tests/config.lua, or {}.
 * Returns 0 or -1 (after saying why). */
static int push_config(lua_State *L, const kit_plugin *p) {
    char cfg[PATH_MAX];
    path_join(cfg, p->dir, "tests/config.lua");
    if (!is_file(cfg)) {
        lua_newtable(L);
        return 0;
    }
    if (luaL_loadfilex(L, cfg, "t") != LUA_OK) {
        fprintf(stderr, "banshi test: %s\n", lua_tostring(L, -1));
        lua_pop(L, 1);
        return -1;
    }
    if (call(L, 0, 1, cfg) != 0)
        return -1;
    if (!lua_istable(L, -1)) {
        fprintf(stderr, "banshi test: %s must return a table (the plugin's configuration)\n", cfg);
        lua_pop(L, 1);
        return -1;
    }
    return 0;
}

/* The line that enables the plugins, each with its tests/config.lua's
 * settings, pushed on L. Returns 0 or -1. */
static int enable_line(kit *k, lua_State *L) {
    push_kit_function(L, "enable_line");
    lua_createtable(L, 0, k->nplugins);
    for (int i = 0; i < k->nplugins; i++) {
        if (push_config(L, &k->plugins[i]) != 0) {
            lua_pop(L, 2);
            return -1;
        }
        lua_setfield(L, -2, k->plugins[i].name);
    }
    return call(L, 1, 1, "enabling the plugins");
}

/* Builds k->tmp/catalogs from the sample catalogues in samples: the
 * county's chain (the list on top of L, popped) as links, the county's
 * own folder as links but for its catalog.lua, which gets the enabling
 * line put in front of its first line. Returns 0 or -1. */
static int build_catalogs(kit *k, lua_State *L, const char *samples) {
    path_join(k->catalogs, k->tmp, "catalogs");
    if (mkdir(k->catalogs, 0700) != 0)
        return -1;
    int rc = 0;
    lua_Integer n = luaL_len(L, -1);
    for (lua_Integer i = 1; i <= n && rc == 0; i++) {
        lua_rawgeti(L, -1, i);
        const char *folder = lua_tostring(L, -1);
        char from[PATH_MAX], to[PATH_MAX];
        path_join(from, samples, folder);
        path_join(to, k->catalogs, folder);
        if (strcmp(folder, k->county) != 0) {
            rc = symlink(from, to);
        } else if ((rc = mkdir(to, 0700)) == 0) {
            DIR *d = opendir(from);
            struct dirent *e;
            while (d && (e = readdir(d))) {
                if (e->d_name[0] == '.' || strcmp(e->d_name, "catalog.lua") == 0)
                    continue;
                char a[PATH_MAX], b[PATH_MAX];
                path_join(a, from, e->d_name);
                path_join(b, to, e->d_name);
                rc |= symlink(a, b);
            }
            if (d)
                closedir(d);
            char a[PATH_MAX], b[PATH_MAX];
            path_join(a, from, "catalog.lua");
            path_join(b, to, "catalog.lua");
            buf src = BUF_INIT;
            if (enable_line(k, L) != 0 || read_text(a, &src) != 0) {
                rc = -1;
            } else {
                rc |= write_text(b, lua_tostring(L, -1), buf_cstr(&src));
                lua_pop(L, 1);
            }
            buf_free(&src);
        }
        lua_pop(L, 1);
    }
    lua_pop(L, 1);
    return rc;
}

/* Where the sample catalogues are: --catalogs, ./catalogs, or the catalogs
 * folder beside the build folder holding this binary. */
static int find_samples(const kit *k, const char *given, char *out) {
    if (given) {
        if (!realpath(given, out) || !is_dir(out)) {
            fprintf(stderr, "banshi test: no catalogues folder %s\n", given);
            return -1;
        }
        return 0;
    }
    if (realpath("catalogs", out) && is_dir(out))
        return 0;
    char dir[PATH_MAX];
    snprintf(dir, sizeof dir, "%s", k->exe);
    for (int up = 0; up < 2; up++) {
        char *slash = strrchr(dir, '/');
        if (slash)
            *slash = '\0';
    }
    path_join(out, dir, "catalogs");
    if (is_dir(out))
        return 0;
    fprintf(stderr, "banshi test: no sample catalogues found: give --catalogs DIR, or put a\n"
                    "catalogue tree that enables the plugin in the plugin's tests/catalog\n");
    return -1;
}

/* Sets up the catalogues the server will serve and the county. */
static int prepare_catalogs(kit *k, const char *given) {
    lua_State *L = plain_state();
    if (!L)
        return -1;
    char own[PATH_MAX];
    path_join(own, k->plugins[0].dir, "tests/catalog");
    int rc;
    if (is_dir(own)) {
        snprintf(k->catalogs, sizeof k->catalogs, "%s", own);
        rc = choose_county(k, L, own);
    } else {
        char samples[PATH_MAX];
        rc = find_samples(k, given, samples);
        if (rc == 0)
            rc = choose_county(k, L, samples);
        if (rc == 0 && build_catalogs(k, L, samples) != 0) {
            fprintf(stderr, "banshi test: cannot prepare the catalogues in %s: %s\n", k->tmp,
                    strerror(errno));
            rc = -1;
        }
    }
    lua_close(L);
    return rc;
}

/* ---- the server -------------------------------------------------------------------- */

static int open_out(const char *dir, const char *name, int flags) {
    char path[PATH_MAX];
    path_join(path, dir, name);
    return open(path, flags | O_CREAT | O_CLOEXEC, 0600);
}

static int start_server(kit *k) {
    char db[PATH_MAX], plugins[PATH_MAX];
    path_join(db, k->tmp, "banshi.db");
    path_join(plugins, k->tmp, "plugins");
    int rc = mkdir(plugins, 0700);
    for (int i = 0; i < k->nplugins && rc == 0; i++) {
        char link[PATH_MAX];
        path_join(link, plugins, k->plugins[i].name);
        rc = symlink(k->plugins[i].dir, link);
    }
    if (rc != 0) {
        fprintf(stderr, "banshi test: cannot prepare %s: %s\n", plugins, strerror(errno));
        return -1;
    }
    int out = open_out(k->tmp, "server.out", O_WRONLY | O_TRUNC);
    int log = open_out(k->tmp, "server.log", O_WRONLY | O_APPEND);
    if (out < 0 || log < 0) {
        fprintf(stderr, "banshi test: cannot write in %s: %s\n", k->tmp, strerror(errno));
        return -1;
    }
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        setenv("BANSHI_ADMIN_TOKEN", k->token, 1);
        dup2(out, STDOUT_FILENO);
        dup2(log, STDERR_FILENO);
        char *argv[] = {"banshi",
                        "serve",
                        "--listen",
                        "127.0.0.1:0",
                        "--db",
                        db,
                        "--catalogs",
                        k->catalogs,
                        "--plugins",
                        plugins,
                        "--test-clock",
                        "--log-level",
                        (char *)k->log_level,
                        "--threads",
                        "2",
                        NULL};
        execv(k->exe, argv);
        _exit(127);
    }
    close(out);
    close(log);
    if (pid < 0) {
        fprintf(stderr, "banshi test: cannot start the server: %s\n", strerror(errno));
        return -1;
    }
    k->server = pid;
    return 0;
}

/* Does the log line [p, end) say why something failed: a warning, an
 * error, or anything that is not the JSON log (a crash's report)? */
static int worth_showing(const char *p, const char *end) {
    if (end == p)
        return 0;
    if (*p != '{')
        return 1;
    size_t n = (size_t)(end - p);
    if (memmem(p, n, "\"event\":\"test_clock\"", 20))
        return 0; /* the kit asked for it */
    return memmem(p, n, "\"level\":\"error\"", 15) || memmem(p, n, "\"level\":\"warn\"", 14);
}

/* Prints the last lines of the server's log worth showing. */
static void tail_log(const kit *k, int lines) {
    char path[PATH_MAX];
    path_join(path, k->tmp, "server.log");
    buf log = BUF_INIT;
    read_text(path, &log);
    const char *s = buf_cstr(&log), *end = s + log.len;
    int total = 0;
    for (const char *p = s; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl ? nl : end;
        total += worth_showing(p, e);
        p = e + 1;
    }
    fflush(stdout);
    if (total > 0)
        fprintf(stderr, "--- the server's warnings and errors%s:\n",
                total > lines ? " (the last)" : "");
    int seen = 0;
    for (const char *p = s; p < end;) {
        const char *nl = memchr(p, '\n', (size_t)(end - p)), *e = nl ? nl : end;
        if (worth_showing(p, e) && ++seen > total - lines)
            fprintf(stderr, "%.*s\n", (int)(e - p), p);
        p = e + 1;
    }
    buf_free(&log);
}

/* Waits until the server prints its address; fills k->addr. */
static int wait_listening(kit *k) {
    char path[PATH_MAX];
    path_join(path, k->tmp, "server.out");
    for (double waited = 0; waited < START_WAIT; waited += 0.05) {
        buf out = BUF_INIT;
        read_text(path, &out);
        const char *at = strstr(buf_cstr(&out), "listening on http://");
        if (at) {
            at += strlen("listening on http://");
            size_t n = strcspn(at, "/ \n");
            snprintf(k->addr, sizeof k->addr, "%.*s", (int)n, at);
            buf_free(&out);
            return 0;
        }
        buf_free(&out);
        int status;
        if (waitpid(k->server, &status, WNOHANG) == k->server) {
            k->server = 0;
            printf("FAIL server_starts: the server stopped before it listened (see its log)\n");
            k->failed++;
            return -1;
        }
        sleep_s(0.05);
    }
    printf("FAIL server_starts: the server did not listen within %.0f s\n", START_WAIT);
    k->failed++;
    return -1;
}

/* The county must serve (its catalogue and the plugin loaded). */
static int check_serving(kit *k) {
    buf body = BUF_INIT;
    int status = client_request(k->addr, "GET", "/api/v1/counties", NULL, NULL, REQUEST_MAX, &body);
    lua_State *L = luaL_newstate();
    int serving = 0;
    size_t off;
    const char *msg;
    if (L && status == 200 && json_decode(L, body.data, body.len, &off, &msg) == 0 &&
        lua_getfield(L, -1, "counties") == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            lua_getfield(L, -1, "id");
            lua_getfield(L, -2, "serving");
            if (lua_isstring(L, -2) && strcmp(lua_tostring(L, -2), k->county) == 0)
                serving = lua_toboolean(L, -1);
            lua_pop(L, 3);
        }
    }
    if (L)
        lua_close(L);
    buf_free(&body);
    if (!serving) {
        printf("FAIL county_serves: county %s did not load with plugin %s (see the server's log)\n",
               k->county, k->plugins[0].name);
        k->failed++;
    }
    return serving ? 0 : -1;
}

/* SIGTERM; the server must stop, and cleanly (exit 0). */
static void stop_server(kit *k) {
    if (k->server <= 0)
        return;
    kill(k->server, SIGTERM);
    int status = 0;
    pid_t got = 0;
    for (double waited = 0; waited < STOP_WAIT && got == 0; waited += 0.05) {
        got = waitpid(k->server, &status, WNOHANG);
        if (got == 0)
            sleep_s(0.05);
    }
    if (got == 0) {
        kill(k->server, SIGKILL);
        waitpid(k->server, &status, 0);
        printf("FAIL server_stops: the server did not stop within %.0f s of SIGTERM\n", STOP_WAIT);
        k->failed++;
    } else if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        printf("FAIL server_stops_cleanly: %s %d\n",
               WIFEXITED(status) ? "exit status" : "killed by signal",
               WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
        k->failed++;
    }
    k->server = 0;
}

/* ---- running `banshi user` ---------------------------------------------------------- */

/* Runs this binary with argv, input on its standard input; its standard
 * output goes to out. Returns its exit status (or -1). */
static int run_self(kit *k, char *const argv[], const char *input, buf *out) {
    int in[2], res[2];
    if (pipe2(in, O_CLOEXEC) != 0)
        return -1;
    if (pipe2(res, O_CLOEXEC) != 0) {
        close(in[0]);
        close(in[1]);
        return -1;
    }
    int err = open_out(k->tmp, "cli.err", O_WRONLY | O_TRUNC);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        dup2(in[0], STDIN_FILENO);
        dup2(res[1], STDOUT_FILENO);
        if (err >= 0)
            dup2(err, STDERR_FILENO);
        execv(k->exe, argv);
        _exit(127);
    }
    close(in[0]);
    close(res[1]);
    if (err >= 0)
        close(err);
    if (pid > 0 && input) {
        ssize_t w = write(in[1], input, strlen(input));
        (void)w;
    }
    close(in[1]);
    char chunk[4096];
    ssize_t r;
    while (pid > 0 && (r = read(res[0], chunk, sizeof chunk)) > 0)
        buf_add(out, chunk, (size_t)r);
    close(res[0]);
    int status;
    if (pid < 0 || waitpid(pid, &status, 0) != pid)
        return -1;
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int raise_cli_error(lua_State *L, kit *k, const char *what) {
    char path[PATH_MAX];
    path_join(path, k->tmp, "cli.err");
    buf err = BUF_INIT;
    read_text(path, &err);
    lua_pushfstring(L, "t.staff: %s failed: %s", what, buf_cstr(&err));
    buf_free(&err);
    return lua_error(L);
}

/* prim.staff(role, departments) -> token, username */
static int l_staff(lua_State *L) {
    kit *k = lua_touserdata(L, lua_upvalueindex(1));
    const char *role = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    char db[PATH_MAX], username[48];
    path_join(db, k->tmp, "banshi.db");
    snprintf(username, sizeof username, "kit%d_%.20s", ++k->staff_made, role);
    for (char *c = username; *c; c++)
        if (!((*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_'))
            *c = '_';
    const char *county = strcmp(role, "operator") == 0 ? "*" : k->county;
    char *argv[32] = {"banshi",     "user", "add", "--county", (char *)county, "--role",
                      (char *)role, "--db", db,    "--name",   username};
    int n = 11;
    lua_Integer nd = luaL_len(L, 2);
    for (lua_Integer i = 1; i <= nd && n < 28; i++) {
        luaL_argcheck(L, lua_rawgeti(L, 2, i) == LUA_TSTRING, 2, "department codes");
        argv[n++] = "--department";
        argv[n++] = (char *)lua_tostring(L, -1); /* kept alive by the table */
        lua_pop(L, 1);
    }
    argv[n++] = username;
    argv[n] = NULL;
    buf out = BUF_INIT;
    int rc = run_self(k, argv, STAFF_PW "\n", &out);
    buf_free(&out);
    if (rc != 0)
        return raise_cli_error(L, k, "banshi user add");
    char *targv[] = {"banshi", "user", "token", "--county", (char *)county, "--name", "kit",
                     "--days", "7",    "--db",  db,         username,       NULL};
    rc = run_self(k, targv, NULL, &out);
    const char *token = buf_cstr(&out);
    size_t len = strcspn(token, "\r\n");
    if (rc != 0 || len < 16) {
        buf_free(&out);
        return raise_cli_error(L, k, "banshi user token");
    }
    lua_pushlstring(L, token, len);
    lua_pushstring(L, username);
    buf_free(&out);
    return 2;
}

/* ---- the other primitives of the t library --------------------------------------------- */

/* prim.request(method, path, header_lines, body) -> status, body, head | nil, message */
static int l_request(lua_State *L) {
    kit *k = lua_touserdata(L, lua_upvalueindex(1));
    const char *method = luaL_checkstring(L, 1);
    const char *path = luaL_checkstring(L, 2);
    const char *headers = luaL_optstring(L, 3, "");
    size_t blen = 0;
    const char *body = luaL_optlstring(L, 4, NULL, &blen);
    luaL_argcheck(L, strpbrk(method, " \r\n") == NULL, 1, "a method");
    luaL_argcheck(L, path[0] == '/' && strpbrk(path, " \r\n") == NULL, 2,
                  "a path beginning with / without spaces");
    buf head = BUF_INIT, out = BUF_INIT;
    int status =
        client_exchange(k->addr, method, path, headers, body, blen, REQUEST_MAX, &head, &out);
    if (status < 0) {
        lua_pushnil(L);
        lua_pushstring(L, buf_cstr(&out));
    } else {
        lua_pushinteger(L, status);
        lua_pushlstring(L, out.data ? out.data : "", out.len);
        lua_pushlstring(L, head.data ? head.data : "", head.len);
    }
    buf_free(&head);
    buf_free(&out);
    return status < 0 ? 2 : 3;
}

static int l_sleep(lua_State *L) {
    lua_Number s = luaL_checknumber(L, 1);
    luaL_argcheck(L, s >= 0 && s <= 600, 1, "0 to 600 seconds");
    sleep_s((double)s);
    return 0;
}

static int l_log(lua_State *L) {
    kit *k = lua_touserdata(L, lua_upvalueindex(1));
    char path[PATH_MAX];
    path_join(path, k->tmp, "server.log");
    buf log = BUF_INIT;
    read_text(path, &log);
    lua_pushlstring(L, log.data ? log.data : "", log.len);
    buf_free(&log);
    return 1;
}

/* prim.result(ok, name, why) */
static int l_result(lua_State *L) {
    kit *k = lua_touserdata(L, lua_upvalueindex(1));
    int ok = lua_toboolean(L, 1);
    const char *name = luaL_checkstring(L, 2);
    if (ok) {
        printf("PASS %s\n", name);
        k->passed++;
    } else {
        printf("FAIL %s: %s\n", name, luaL_optstring(L, 3, "failed"));
        k->failed++;
    }
    fflush(stdout);
    return 0;
}

/* ---- test files ------------------------------------------------------------------------ */

/* Pushes the t object for the test file (relative name rel). */
static int push_t(kit *k, lua_State *L, const char *rel) {
    static const luaL_Reg prims[] = {{"request", l_request}, {"staff", l_staff},
                                     {"sleep", l_sleep},     {"log", l_log},
                                     {"result", l_result},   {NULL, NULL}};
    push_kit_function(L, "new");
    lua_createtable(L, 0, 5);
    lua_pushlightuserdata(L, k);
    luaL_setfuncs(L, prims, 1);
    lua_createtable(L, 0, 5);
    lua_pushstring(L, k->county);
    lua_setfield(L, -2, "county");
    lua_pushstring(L, k->plugins[0].name);
    lua_setfield(L, -2, "plugin");
    lua_pushstring(L, k->plugins[0].dir);
    lua_setfield(L, -2, "dir");
    lua_pushstring(L, k->token);
    lua_setfield(L, -2, "token");
    lua_pushstring(L, rel);
    lua_setfield(L, -2, "file");
    return call(L, 2, 1, "the t library");
}

/* Runs one test file in a fresh state. A file that fails to load, raises,
 * or checks nothing is a failure of its own. */
static void run_file(kit *k, const char *file) {
    char path[PATH_MAX], rel[PATH_MAX];
    snprintf(rel, sizeof rel, "tests/%s", file);
    path_join(path, k->plugins[0].dir, rel);
    printf("# %s\n", rel);
    fflush(stdout);
    int before = k->passed + k->failed;
    lua_State *L = plain_state();
    if (!L) {
        printf("FAIL %s: out of memory\n", rel);
        k->failed++;
        return;
    }
    /* require finds the test folder's lib/ and the plugin's own modules. */
    lua_getglobal(L, "package");
    lua_pushfstring(L, "%s/tests/lib/?.lua;%s/?.lua;", k->plugins[0].dir, k->plugins[0].dir);
    lua_getfield(L, -2, "path");
    lua_concat(L, 2);
    lua_setfield(L, -2, "path");
    lua_pop(L, 1);
    const char *why = NULL;
    if (push_t(k, L, rel) != 0) {
        why = "the t library did not start";
    } else {
        lua_pushvalue(L, -1);
        lua_setglobal(L, "t");
        /* loaded under its name in the plugin, so messages say tests/x.lua:N */
        buf src = BUF_INIT;
        char chunk[PATH_MAX + 1];
        snprintf(chunk, sizeof chunk, "@%s", rel);
        int loaded = read_text(path, &src) == 0
                         ? luaL_loadbufferx(L, src.data ? src.data : "", src.len, chunk, "t")
                         : (lua_pushfstring(L, "cannot read %s", path), LUA_ERRFILE);
        buf_free(&src);
        if (loaded != LUA_OK) {
            printf("FAIL %s: %s\n", rel, lua_tostring(L, -1));
            k->failed++;
        } else {
            lua_insert(L, -2);
            lua_pushcfunction(L, traceback);
            int h = lua_gettop(L) - 2;
            lua_insert(L, h);
            if (lua_pcall(L, 1, 0, h) != LUA_OK) {
                printf("FAIL %s: %s\n", rel, lua_tostring(L, -1));
                k->failed++;
            }
        }
    }
    if (why) {
        printf("FAIL %s: %s\n", rel, why);
        k->failed++;
    } else if (k->passed + k->failed == before) {
        printf("FAIL %s: the file checked nothing (use t.eq, t.ok or t.fails)\n", rel);
        k->failed++;
    }
    fflush(stdout);
    lua_close(L);
}

/* The test files to run: every .lua file of tests/ but config.lua, or the ones
 * named (with or without .lua). Returns the count, or -1. */
static int test_files(const kit *k, char **named, int nnamed, char ***out) {
    char dir[PATH_MAX];
    path_join(dir, k->plugins[0].dir, "tests");
    char **all;
    int n = list_dir(dir, 0, &all), m = 0;
    if (n < 0) {
        fprintf(stderr, "banshi test: %s has no tests folder\n", k->plugins[0].dir);
        return -1;
    }
    for (int i = 0; i < n; i++) {
        int keep = strcmp(all[i], "config.lua") != 0;
        if (keep && nnamed) {
            keep = 0;
            for (int j = 0; j < nnamed; j++) {
                size_t len = strlen(named[j]);
                keep |= strcmp(all[i], named[j]) == 0 ||
                        (strncmp(all[i], named[j], len) == 0 && strcmp(all[i] + len, ".lua") == 0);
            }
        }
        if (keep)
            all[m++] = all[i];
        else
            free(all[i]);
    }
    if (m == 0) {
        fprintf(stderr, "banshi test: no test files in %s%s\n", dir,
                nnamed ? " by those names" : " (tests/*.lua)");
        free(all);
        return -1;
    }
    *out = all;
    return m;
}

/* ---- the command ----------------------------------------------------------------------- */

/* Adds the plugin in folder arg to k->plugins: a folder with a
 * manifest.lua, named as a plugin may be, and not there already. */
static int add_plugin(kit *k, const char *arg) {
    kit_plugin *p = &k->plugins[k->nplugins];
    char manifest[PATH_MAX];
    if (!realpath(arg, p->dir) || !is_dir(p->dir)) {
        fprintf(stderr, "banshi test: no folder %s\n", arg);
        return -1;
    }
    path_join(manifest, p->dir, "manifest.lua");
    if (!is_file(manifest)) {
        fprintf(stderr, "banshi test: %s is not a plugin folder (no manifest.lua)\n", arg);
        return -1;
    }
    const char *base = strrchr(p->dir, '/');
    base = base ? base + 1 : p->dir;
    int ok = base[0] >= 'a' && base[0] <= 'z' && strlen(base) < sizeof p->name;
    for (const char *c = base; ok && *c; c++)
        ok = (*c >= 'a' && *c <= 'z') || (*c >= '0' && *c <= '9') || *c == '_';
    if (!ok) {
        fprintf(stderr,
                "banshi test: a plugin's folder is named as the plugin: lower-case letters, "
                "digits and _ (not %s)\n",
                base);
        return -1;
    }
    for (int i = 0; i < k->nplugins; i++) {
        if (strcmp(k->plugins[i].name, base) == 0) {
            fprintf(stderr, "banshi test: two plugins named %s\n", base);
            return -1;
        }
    }
    snprintf(p->name, sizeof p->name, "%s", base);
    k->nplugins++;
    return 0;
}

static int make_tmp(kit *k) {
    const char *t = getenv("TMPDIR");
    snprintf(k->tmp, sizeof k->tmp, "%s/banshi-test.XXXXXX", t && *t ? t : "/tmp");
    if (!mkdtemp(k->tmp)) {
        fprintf(stderr, "banshi test: cannot make a temporary folder: %s\n", strerror(errno));
        k->tmp[0] = '\0';
        return -1;
    }
    unsigned char raw[24];
    randombytes_buf(raw, sizeof raw);
    sodium_bin2hex(k->token, sizeof k->token, raw, sizeof raw);
    return 0;
}

/* Runs the files against a started server. */
static void run_all(kit *k, char **files, int nfiles) {
    printf("# plugin %s in county %s, server http://%s/\n", k->plugins[0].name, k->county, k->addr);
    fflush(stdout);
    for (int i = 0; i < nfiles; i++)
        run_file(k, files[i]);
}

int cli_test(int argc, char **argv) {
    kit k = {.log_level = "info"};
    signal(SIGPIPE, SIG_IGN);
    const char *catalogs = NULL, *plugin = NULL, *with[MAX_WITH];
    char **named = calloc((size_t)argc, sizeof *named);
    int nnamed = 0, nwith = 0, keep = 0;
    if (!named)
        return 1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(test_help, stdout);
            free(named);
            return 0;
        } else if (strcmp(a, "--county") == 0 && v) {
            snprintf(k.county, sizeof k.county, "%s", v);
            i++;
        } else if (strcmp(a, "--catalogs") == 0 && v) {
            catalogs = v;
            i++;
        } else if (strcmp(a, "--log-level") == 0 && v) {
            k.log_level = v;
            i++;
        } else if (strcmp(a, "--with") == 0 && v && nwith < MAX_WITH) {
            with[nwith++] = v;
            i++;
        } else if (strcmp(a, "--keep") == 0) {
            keep = 1;
        } else if (a[0] != '-' && !plugin) {
            plugin = a;
        } else if (a[0] != '-') {
            named[nnamed++] = argv[i];
        } else {
            fputs(test_help, stderr);
            free(named);
            return 2;
        }
    }
    if (!plugin) {
        fputs(test_help, stderr);
        free(named);
        return 2;
    }
    ssize_t n = readlink("/proc/self/exe", k.exe, sizeof k.exe - 1);
    char **files = NULL;
    int nfiles = -1, rc = 1;
    if (n <= 0) {
        fprintf(stderr, "banshi test: cannot find this binary (/proc/self/exe)\n");
        goto done;
    }
    k.exe[n] = '\0';
    if (add_plugin(&k, plugin) != 0)
        goto done;
    for (int i = 0; i < nwith; i++)
        if (add_plugin(&k, with[i]) != 0)
            goto done;
    if ((nfiles = test_files(&k, named, nnamed, &files)) < 0 || make_tmp(&k) != 0 ||
        prepare_catalogs(&k, catalogs) != 0)
        goto done;
    if (start_server(&k) == 0 && wait_listening(&k) == 0 && check_serving(&k) == 0)
        run_all(&k, files, nfiles);
    else if (k.failed == 0)
        k.failed++;
    stop_server(&k);
    if (k.failed)
        tail_log(&k, 30);
    printf("\n%d passed, %d failed\n", k.passed, k.failed);
    rc = k.failed == 0 && k.passed > 0 ? 0 : 1;
done:
    if (nfiles > 0)
        free_list(files, nfiles);
    free(named);
    if (k.server > 0) {
        kill(k.server, SIGKILL);
        waitpid(k.server, NULL, 0);
    }
    if (k.tmp[0] && keep)
        fprintf(stderr, "banshi test: kept %s (database, server.log)\n", k.tmp);
    else if (k.tmp[0])
        remove_tree(k.tmp);
    return rc;
}
