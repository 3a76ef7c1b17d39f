#include "county.h"

#include "clock.h"

#include "dtimer.h"
#include "gz.h"
#include "json.h"
#include "log.h"
#include "store.h"
#include "timer.h"

#include <dirent.h>
#include <lauxlib.h>
#include <limits.h>
#include <sodium.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

/* Loading a whole catalogue is one call into Lua, far larger than a request:
 * it gets its own instruction and time budget. */
#define LOAD_INSTR     2000000000ull
#define LOAD_SECONDS   60.0
#define MAX_COUNTIES   256
#define MAX_FILE_BYTES (4u << 20)
#define MAX_TREE_BYTES (256u << 20)

static const char json_ctype[] = "application/json; charset=utf-8";
static const char csv_ctype[] = "text/csv; charset=utf-8";

static county_config cfg;
static char *catalogs_dir;
static county *counties[MAX_COUNTIES];
static _Atomic int ncounties;
static pthread_mutex_t registry_lock = PTHREAD_MUTEX_INITIALIZER;

/* ---- catalogue files ---------------------------------------------------- */

typedef struct file_ent {
    char *path; /* relative to the catalogues folder */
    char *data;
    size_t len;
} file_ent;

typedef struct file_list {
    file_ent *v;
    size_t n, cap;
    size_t bytes;
} file_list;

static void files_free(file_list *fl) {
    for (size_t i = 0; i < fl->n; i++) {
        free(fl->v[i].path);
        free(fl->v[i].data);
    }
    free(fl->v);
    memset(fl, 0, sizeof *fl);
}

static int files_push(file_list *fl, const char *path, char *data, size_t len) {
    if (fl->n == fl->cap) {
        size_t cap = fl->cap ? fl->cap * 2 : 64;
        file_ent *v = realloc(fl->v, cap * sizeof *v);
        if (!v)
            return -1;
        fl->v = v;
        fl->cap = cap;
    }
    char *p = strdup(path);
    if (!p)
        return -1;
    fl->v[fl->n++] = (file_ent){p, data, len};
    fl->bytes += len;
    return 0;
}

static int ends_with(const char *s, const char *suffix) {
    size_t a = strlen(s), b = strlen(suffix);
    return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int read_file(const char *path, char **data, size_t *len, buf *err) {
    FILE *f = fopen(path, "rb");
    if (!f) {
        buf_printf(err, "cannot open %s\n", path);
        return -1;
    }
    buf b = BUF_INIT;
    char chunk[16384];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) {
        buf_add(&b, chunk, n);
        if (b.len > MAX_FILE_BYTES)
            break;
    }
    int bad = ferror(f);
    fclose(f);
    if (bad || !buf_ok(&b) || b.len > MAX_FILE_BYTES) {
        buf_printf(err, "%s: %s\n", path, bad ? "read error" : "file larger than 4 MiB");
        buf_free(&b);
        return -1;
    }
    *data = buf_steal(&b, len);
    return 0;
}

/* Reads every *.lua file below root/rel into fl, depth first, except the
 * one whose relative path is skip (when not NULL). */
static int read_tree_at(const char *root, const char *rel, const char *skip, file_list *fl,
                        buf *err) {
    buf dirpath = BUF_INIT;
    buf_printf(&dirpath, "%s%s%s", root, *rel ? "/" : "", rel);
    DIR *d = opendir(buf_cstr(&dirpath));
    if (!d) {
        buf_printf(err, "cannot read the folder %s\n", buf_cstr(&dirpath));
        buf_free(&dirpath);
        return -1;
    }
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        buf relp = BUF_INIT, full = BUF_INIT;
        buf_printf(&relp, "%s%s%s", rel, *rel ? "/" : "", e->d_name);
        buf_printf(&full, "%s/%s", root, buf_cstr(&relp));
        struct stat st;
        if (stat(buf_cstr(&full), &st) == 0) {
            if (S_ISDIR(st.st_mode)) {
                rc = read_tree_at(root, buf_cstr(&relp), skip, fl, err);
            } else if (S_ISREG(st.st_mode) && ends_with(e->d_name, ".lua") &&
                       !(skip && strcmp(buf_cstr(&relp), skip) == 0)) {
                char *data;
                size_t len;
                rc = read_file(buf_cstr(&full), &data, &len, err);
                if (rc == 0 && files_push(fl, buf_cstr(&relp), data, len) != 0) {
                    free(data);
                    rc = -1;
                }
                if (fl->bytes > MAX_TREE_BYTES) {
                    buf_printf(err, "the catalogues under %s exceed 256 MiB\n", root);
                    rc = -1;
                }
            }
        }
        buf_free(&relp);
        buf_free(&full);
    }
    closedir(d);
    buf_free(&dirpath);
    return rc;
}

static int cmp_file(const void *a, const void *b) {
    return strcmp(((const file_ent *)a)->path, ((const file_ent *)b)->path);
}

static int read_tree(const char *root, file_list *fl, buf *err) {
    if (read_tree_at(root, "", NULL, fl, err) != 0) {
        files_free(fl);
        return -1;
    }
    qsort(fl->v, fl->n, sizeof *fl->v, cmp_file);
    return 0;
}

/* Reads root/ID/catalog.lua of every folder ID directly under root: all
 * that finding one county's chain needs (a reload reads no other county's
 * files). */
static int read_mains(const char *root, file_list *fl, buf *err) {
    DIR *d = opendir(root);
    if (!d) {
        buf_printf(err, "cannot read the folder %s\n", root);
        return -1;
    }
    struct dirent *e;
    int rc = 0;
    while (rc == 0 && (e = readdir(d))) {
        if (e->d_name[0] == '.')
            continue;
        buf rel = BUF_INIT, full = BUF_INIT;
        buf_printf(&rel, "%s/catalog.lua", e->d_name);
        buf_printf(&full, "%s/%s", root, buf_cstr(&rel));
        struct stat st;
        if (stat(buf_cstr(&full), &st) == 0 && S_ISREG(st.st_mode)) {
            char *data;
            size_t len;
            rc = read_file(buf_cstr(&full), &data, &len, err);
            if (rc == 0 && files_push(fl, buf_cstr(&rel), data, len) != 0) {
                free(data);
                rc = -1;
            }
        }
        buf_free(&rel);
        buf_free(&full);
    }
    closedir(d);
    if (rc != 0)
        files_free(fl);
    return rc;
}

/* Reads the files of the chain's folders into out, sorted by path as
 * read_tree sorts them: each folder's catalog.lua moved from mains (so that
 * the chain and the load see the same bytes), every other *.lua below the
 * folder read from root. */
static int read_chain(const char *root, file_list *mains, char **chain, int nchain, file_list *out,
                      buf *err) {
    int rc = 0;
    for (int k = 0; rc == 0 && k < nchain; k++) {
        buf main = BUF_INIT;
        buf_printf(&main, "%s/catalog.lua", chain[k]);
        for (size_t i = 0; i < mains->n; i++) {
            file_ent *f = &mains->v[i];
            if (f->data && strcmp(f->path, buf_cstr(&main)) == 0) {
                if (files_push(out, f->path, f->data, f->len) != 0) {
                    buf_adds(err, "out of memory\n");
                    rc = -1;
                    break;
                }
                f->data = NULL;
            }
        }
        if (rc == 0)
            rc = read_tree_at(root, chain[k], buf_cstr(&main), out, err);
        buf_free(&main);
    }
    if (rc != 0) {
        files_free(out);
        return -1;
    }
    qsort(out->v, out->n, sizeof *out->v, cmp_file);
    return 0;
}

static int in_chain(const char *path, char *const *chain, int nchain) {
    const char *slash = strchr(path, '/');
    size_t len = slash ? (size_t)(slash - path) : strlen(path);
    for (int i = 0; i < nchain; i++)
        if (strlen(chain[i]) == len && memcmp(chain[i], path, len) == 0)
            return 1;
    return 0;
}

/* The plugin folders under plugins_dir, added to fl as "@plugins/NAME/...";
 * no such folder means no plugins. Every county's version covers them all
 * (its chain ends with the entry "@plugins"): which ones a county enables
 * is known only once its catalogue is loaded. */
#define PLUGINS_ENTRY "@plugins"

static int read_plugins(const char *plugins_dir, file_list *fl, buf *err) {
    struct stat st;
    if (!plugins_dir || stat(plugins_dir, &st) != 0 || !S_ISDIR(st.st_mode))
        return 0;
    file_list pl = {0};
    if (read_tree_at(plugins_dir, "", NULL, &pl, err) != 0) {
        files_free(&pl);
        return -1;
    }
    int rc = 0;
    for (size_t i = 0; i < pl.n && rc == 0; i++) {
        buf path = BUF_INIT;
        buf_printf(&path, PLUGINS_ENTRY "/%s", pl.v[i].path);
        rc = files_push(fl, buf_cstr(&path), pl.v[i].data, pl.v[i].len);
        if (rc == 0)
            pl.v[i].data = NULL; /* now owned by fl */
        buf_free(&path);
    }
    files_free(&pl);
    qsort(fl->v, fl->n, sizeof *fl->v, cmp_file);
    return rc;
}

/* The archive format of stored sources: per file "path\nlength\n" + bytes. */
static void archive_chain(const file_list *fl, char *const *chain, int nchain, buf *out,
                          unsigned char hash[32], int64_t *files) {
    crypto_generichash_state st;
    crypto_generichash_init(&st, NULL, 0, 32);
    *files = 0;
    for (size_t i = 0; i < fl->n; i++) {
        const file_ent *f = &fl->v[i];
        if (!in_chain(f->path, chain, nchain))
            continue;
        size_t before = out->len;
        buf_printf(out, "%s\n%zu\n", f->path, f->len);
        buf_add(out, f->data, f->len);
        crypto_generichash_update(&st, (const unsigned char *)out->data + before,
                                  out->len - before);
        (*files)++;
    }
    crypto_generichash_final(&st, hash, 32);
}

static int unarchive(const char *p, size_t n, file_list *fl) {
    const char *end = p + n;
    while (p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        if (!nl)
            return -1;
        char path[512];
        size_t pl = (size_t)(nl - p);
        if (pl == 0 || pl >= sizeof path)
            return -1;
        memcpy(path, p, pl);
        path[pl] = '\0';
        p = nl + 1;
        char *num_end;
        unsigned long long len = strtoull(p, &num_end, 10);
        if (num_end >= end || *num_end != '\n' || len > (unsigned long long)(end - num_end - 1))
            return -1;
        p = num_end + 1;
        char *data = malloc(len + 1);
        if (!data)
            return -1;
        memcpy(data, p, len);
        data[len] = '\0';
        if (files_push(fl, path, data, len) != 0) {
            free(data);
            return -1;
        }
        p += len;
    }
    return 0;
}

/* ---- snapshots ------------------------------------------------------------ */

/* A published body with its resource (gzipped copy, ETag, response
 * objects). Generations of one county share the ones whose bytes did not
 * change: a reload that changes one item compresses one guide, not all.
 * Each snapshot that uses one holds a reference; the last one frees it. */
struct shared_res {
    _Atomic int refs;
    char *body;
    http_resource res;
};

static void shared_release(shared_res *sr) {
    if (sr && atomic_fetch_sub_explicit(&sr->refs, 1, memory_order_acq_rel) == 1) {
        http_resource_free(&sr->res);
        free(sr->body);
        free(sr);
    }
}

/* Publishes body (taking ownership of it) as a resource, or, when like
 * holds the same bytes, takes a reference to like instead. Returns NULL
 * when out of memory (body freed). */
static shared_res *shared_publish(char *body, size_t len, const char *ctype, shared_res *like) {
    if (like && like->res.len == len && like->res.ctype == ctype &&
        memcmp(like->body, body, len) == 0) {
        atomic_fetch_add_explicit(&like->refs, 1, memory_order_relaxed);
        free(body);
        return like;
    }
    shared_res *sr = calloc(1, sizeof *sr);
    if (!sr || http_resource_init(&sr->res, body, len, ctype) != 0) {
        free(sr);
        free(body);
        return NULL;
    }
    atomic_init(&sr->refs, 1);
    sr->body = body;
    return sr;
}

static void snapshot_free(snapshot *s) {
    for (size_t i = 0; i < s->nitems; i++) {
        snap_item *it = &s->items[i];
        if (it->guide_owner)
            shared_release(it->guide_owner);
        else
            free(it->guide_body);
        free(it->code);
        free(it->impl_code);
        free(it->summary);
        free(it->department);
        free(it->type);
        free(it->objects);
        free(it->themes);
        free(it->four);
        free(it->search);
    }
    free(s->items);
    free(s->index);
    for (int r = 0; r < SNAP_NRES; r++) {
        if (s->res_owner[r])
            shared_release(s->res_owner[r]);
        else
            free(s->res_body[r]);
    }
    free(s->name);
    memset(s, 0, sizeof *s);
}

static uint64_t hash_str(const char *s) {
    uint64_t h = 1469598103934665603ull;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ull;
    }
    return h;
}

const snap_item *snapshot_find(const snapshot *s, const char *code) {
    if (!s->index_cap)
        return NULL;
    size_t mask = s->index_cap - 1;
    for (size_t i = hash_str(code) & mask;; i = (i + 1) & mask) {
        int32_t k = s->index[i];
        if (k < 0)
            return NULL;
        if (strcmp(s->items[k].code, code) == 0)
            return &s->items[k];
    }
}

static int snapshot_index(snapshot *s) {
    size_t cap = 16;
    while (cap < s->nitems * 2)
        cap *= 2;
    s->index = malloc(cap * sizeof *s->index);
    if (!s->index)
        return -1;
    s->index_cap = cap;
    for (size_t i = 0; i < cap; i++)
        s->index[i] = -1;
    for (size_t k = 0; k < s->nitems; k++) {
        size_t i = hash_str(s->items[k].code) & (cap - 1);
        while (s->index[i] >= 0)
            i = (i + 1) & (cap - 1);
        s->index[i] = (int32_t)k;
    }
    return 0;
}

#define MAX_CHAIN 16

/* Days before the end of the working-day calendar from which every load
 * warns (calendar_ending). */
#define CALENDAR_NOTICE_DAYS 60

typedef struct build_ctx {
    const file_list *mains; /* where chain_of looks (only catalog.lua files are used) */
    const file_list *files; /* where the loader's files come from */
    const char *county;
    snapshot *snap;
    int model_ref;
    int failed_validation;
    buf errors;      /* one formatted error per line */
    buf errors_json; /* the error list as JSON */
    int warnings;
    char *chain[MAX_CHAIN];    /* chain_of's answer, root first */
    int nchain;                /* -1 when the chain cannot be told */
    char *compiled[MAX_CHAIN]; /* the chain the compiled model names */
    int ncompiled;
    const snapshot *prev; /* the serving generation's, whose items may be reused; or NULL */
    int has_after;        /* some enabled plugin observes stored steps */
    buf tmp;
} build_ctx;

/* Encodes the value at idx into a fresh malloc'd string; raises on failure
 * (everything allocated so far hangs off the build context, which the caller
 * frees). */
static char *encode_at(lua_State *L, int idx, build_ctx *ctx, size_t *len, const char *what) {
    char msg[256];
    buf_reset(&ctx->tmp);
    if (json_encode(L, idx, &ctx->tmp, msg, sizeof msg) != 0)
        luaL_error(L, "cannot publish %s: %s", what, msg);
    char *p = malloc(ctx->tmp.len + 1);
    if (!p)
        luaL_error(L, "out of memory while publishing %s", what);
    memcpy(p, buf_cstr(&ctx->tmp), ctx->tmp.len + 1);
    *len = ctx->tmp.len;
    return p;
}

static char *dup_field(lua_State *L, int tbl, const char *key) {
    lua_getfield(L, tbl, key);
    const char *s = lua_tostring(L, -1);
    char *p = strdup(s ? s : "");
    lua_pop(L, 1);
    if (!p)
        luaL_error(L, "out of memory");
    return p;
}

/* Joins the strings of the list at tbl[key] as "|a|b|". */
static char *join_field(lua_State *L, int tbl, const char *key, build_ctx *ctx) {
    buf_reset(&ctx->tmp);
    buf_addc(&ctx->tmp, '|');
    if (lua_getfield(L, tbl, key) == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n; i++) {
            lua_rawgeti(L, -1, i);
            const char *s = lua_tostring(L, -1);
            if (s) {
                buf_adds(&ctx->tmp, s);
                buf_addc(&ctx->tmp, '|');
            }
            lua_pop(L, 1);
        }
    }
    lua_pop(L, 1);
    char *p = strdup(buf_cstr(&ctx->tmp));
    if (!p)
        luaL_error(L, "out of memory");
    return p;
}

static char *dup_str(lua_State *L, const char *s) {
    char *p = strdup(s ? s : "");
    if (!p)
        luaL_error(L, "out of memory");
    return p;
}

/* Fills it with what the serving generation's item old has: compile found
 * that everything the entry is made from is the same (catalog.compile). */
static void reuse_item(lua_State *L, snap_item *it, const snap_item *old) {
    it->impl_code = dup_str(L, old->impl_code);
    it->department = dup_str(L, old->department);
    it->type = dup_str(L, old->type);
    it->search = dup_str(L, old->search);
    it->objects = dup_str(L, old->objects);
    it->themes = dup_str(L, old->themes);
    it->four = dup_str(L, old->four);
    if (!(it->summary = malloc(old->summary_len + 1)))
        luaL_error(L, "out of memory");
    memcpy(it->summary, old->summary, old->summary_len + 1);
    it->summary_len = old->summary_len;
    it->online = old->online;
    memcpy(it->digest, old->digest, sizeof it->digest);
    it->has_digest = 1;
    atomic_fetch_add_explicit(&old->guide_owner->refs, 1, memory_order_relaxed);
    it->guide_owner = old->guide_owner;
    it->guide = old->guide;
    it->guide_body = old->guide_body;
}

/* The entry at it_idx is { code, department, reuse = digest }: takes the
 * serving generation's item. Raises when there is none to take. */
static void build_reused_item(lua_State *L, int it_idx, snap_item *it, build_ctx *ctx) {
    size_t klen;
    lua_getfield(L, it_idx, "reuse");
    const char *key = lua_tolstring(L, -1, &klen);
    const snap_item *old = ctx->prev ? snapshot_find(ctx->prev, it->code) : NULL;
    if (!old || !old->has_digest || klen != sizeof old->digest ||
        memcmp(old->digest, key, klen) != 0)
        luaL_error(L, "item %s: the compiler reused an entry that does not exist", it->code);
    lua_pop(L, 1);
    reuse_item(L, it, old);
}

static void build_items(lua_State *L, int snap_idx, build_ctx *ctx) {
    snapshot *s = ctx->snap;
    if (lua_getfield(L, snap_idx, "items") != LUA_TTABLE)
        luaL_error(L, "the compiled catalogue has no items list");
    int items = lua_gettop(L);
    lua_Integer n = luaL_len(L, items);
    s->items = calloc((size_t)n + 1, sizeof *s->items);
    if (!s->items)
        luaL_error(L, "out of memory");
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, items, i);
        int it_idx = lua_gettop(L);
        snap_item *it = &s->items[s->nitems++];
        it->code = dup_field(L, it_idx, "code");
        if (lua_getfield(L, it_idx, "reuse") == LUA_TSTRING) {
            lua_pop(L, 1);
            build_reused_item(L, it_idx, it, ctx);
            lua_pop(L, 1);
            continue;
        }
        lua_pop(L, 1);
        size_t dlen;
        lua_getfield(L, it_idx, "digest");
        const char *digest = lua_tolstring(L, -1, &dlen);
        if (digest && dlen == sizeof it->digest) {
            memcpy(it->digest, digest, dlen);
            it->has_digest = 1;
        }
        lua_pop(L, 1);
        lua_getfield(L, it_idx, "guide");
        size_t len;
        it->guide_body = encode_at(L, -1, ctx, &len, it->code);
        lua_getfield(L, -1, "impl_code");
        it->impl_code = strdup(lua_tostring(L, -1) ? lua_tostring(L, -1) : "");
        lua_pop(L, 2);
        /* The resource is initialised after the protected call; keep the
         * length where http_resource_init will find it. */
        it->guide.len = len;
        lua_getfield(L, it_idx, "summary");
        it->summary = encode_at(L, -1, ctx, &it->summary_len, it->code);
        lua_pop(L, 1);
        it->department = dup_field(L, it_idx, "department");
        it->type = dup_field(L, it_idx, "type");
        it->search = dup_field(L, it_idx, "search");
        it->objects = join_field(L, it_idx, "objects", ctx);
        it->themes = join_field(L, it_idx, "theme", ctx);
        it->four = join_field(L, it_idx, "four", ctx);
        lua_getfield(L, it_idx, "online");
        it->online = lua_toboolean(L, -1);
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
}

static const char *const res_keys[SNAP_NRES] = {
    [SNAP_COUNTY] = "county",   [SNAP_DEPARTMENTS] = "departments",
    [SNAP_WINDOWS] = "windows", [SNAP_BUNDLES] = "bundles",
    [SNAP_FIGURES] = "figures", [SNAP_CALENDAR] = "calendar",
    [SNAP_CSV] = "csv",         [SNAP_EXPORT] = NULL,
};

static void build_resources(lua_State *L, int snap_idx, build_ctx *ctx) {
    snapshot *s = ctx->snap;
    for (int r = 0; r < SNAP_NRES; r++) {
        if (!res_keys[r])
            continue;
        lua_getfield(L, snap_idx, res_keys[r]);
        size_t len;
        if (r == SNAP_CSV) {
            const char *csv = lua_tolstring(L, -1, &len);
            if (!csv)
                luaL_error(L, "the compiled catalogue has no csv export");
            s->res_body[r] = malloc(len + 1);
            if (!s->res_body[r])
                luaL_error(L, "out of memory");
            memcpy(s->res_body[r], csv, len + 1);
        } else {
            s->res_body[r] = encode_at(L, -1, ctx, &len, res_keys[r]);
        }
        s->res[r].len = len;
        lua_pop(L, 1);
    }
    lua_getfield(L, snap_idx, "county");
    s->name = dup_field(L, lua_gettop(L), "name");
    if (lua_getfield(L, -1, "chain") == LUA_TTABLE) {
        lua_Integer n = luaL_len(L, -1);
        for (lua_Integer i = 1; i <= n && ctx->ncompiled < MAX_CHAIN; i++) {
            lua_rawgeti(L, -1, i);
            const char *c = lua_tostring(L, -1);
            if (c && !(ctx->compiled[ctx->ncompiled++] = strdup(c)))
                luaL_error(L, "out of memory");
            lua_pop(L, 1);
        }
    }
    if (ctx->ncompiled < MAX_CHAIN && !(ctx->compiled[ctx->ncompiled++] = strdup(PLUGINS_ENTRY)))
        luaL_error(L, "out of memory");
    lua_pop(L, 2);
}

/* ---- declarations that passed the schema -------------------------------------
 * The schema check of a declaration depends on nothing but its content, and
 * most declarations come back unchanged: the base catalogue's in every
 * county, a county's own at every reload. So the digest of each declaration
 * that passed is kept (process-wide, for every state and thread) and the
 * loader skips the check for one it knows (catalog.load's opts.memo). The
 * digest covers the kind and the content: every key and value, tables in
 * key order, functions and other objects by type alone (the schema looks at
 * nothing more of them). */
#define MEMO_SLOTS (1u << 16)

typedef struct memo_key {
    unsigned char d[16];
} memo_key;

static pthread_mutex_t memo_lock = PTHREAD_MUTEX_INITIALIZER;
static memo_key *memo_set; /* open addressing; all-zero is empty */
static size_t memo_count;

typedef struct digest_key {
    int type;
    int slot; /* stack index of the key; its value is at slot + 1 */
    const char *s;
    size_t len;
    lua_Number n;
} digest_key;

static int digest_key_cmp(const void *pa, const void *pb) {
    const digest_key *a = pa, *b = pb;
    if (a->type != b->type)
        return a->type < b->type ? -1 : 1;
    if (a->type == LUA_TNUMBER)
        return a->n < b->n ? -1 : a->n > b->n;
    if (a->type == LUA_TSTRING) {
        int c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
        return c ? c : (a->len > b->len) - (a->len < b->len);
    }
    return 0;
}

/* Appends a tag byte and n bytes (one reserve; this runs for every value). */
static inline void digest_put(buf *out, int tag, const void *p, size_t n) {
    if (out->cap - out->len < n + 2 && buf_reserve(out, n + 1) != 0)
        return;
    out->data[out->len++] = (char)tag;
    if (n)
        memcpy(out->data + out->len, p, n);
    out->len += n;
}

/* Sorts keys in digest_key_cmp's order: insertion sort for the small
 * tables declarations are made of, qsort beyond. */
static void digest_sort(digest_key *keys, size_t n) {
    if (n > 32) {
        qsort(keys, n, sizeof *keys, digest_key_cmp);
        return;
    }
    for (size_t i = 1; i < n; i++) {
        digest_key k = keys[i];
        size_t j = i;
        for (; j > 0 && digest_key_cmp(&keys[j - 1], &k) > 0; j--)
            keys[j] = keys[j - 1];
        keys[j] = k;
    }
}

/* Appends the canonical form of the value at idx (absolute) to out: what
 * is digested. Returns -1 when it cannot be (too deep, too big). */
static int digest_value(lua_State *L, int idx, buf *out, int depth) {
    switch (lua_type(L, idx)) {
    case LUA_TNIL: digest_put(out, 'n', NULL, 0); return 0;
    case LUA_TBOOLEAN: digest_put(out, lua_toboolean(L, idx) ? 'T' : 'F', NULL, 0); return 0;
    case LUA_TNUMBER:
        if (lua_isinteger(L, idx)) {
            lua_Integer i = lua_tointeger(L, idx);
            digest_put(out, 'i', &i, sizeof i);
        } else {
            lua_Number x = lua_tonumber(L, idx);
            digest_put(out, 'f', &x, sizeof x);
        }
        return 0;
    case LUA_TSTRING: {
        size_t len;
        const char *p = lua_tolstring(L, idx, &len);
        uint32_t n32 = (uint32_t)len;
        digest_put(out, len > UINT32_MAX ? 'S' : 's', &n32, sizeof n32);
        if (out->cap - out->len < len + 1 && buf_reserve(out, len) != 0)
            return 0;
        memcpy(out->data + out->len, p, len);
        out->len += len;
        return 0;
    }
    case LUA_TTABLE: break;
    default:
        digest_put(out, 'o', NULL, 0);
        digest_put(out, lua_type(L, idx), NULL, 0);
        return 0;
    }
    if (depth > 40)
        return -1;
    size_t n = 0;
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1))
        n++;
    if (n > 100000 || !lua_checkstack(L, (int)(2 * n + 8)))
        return -1;
    digest_key small[32];
    digest_key *keys = n <= 32 ? small : malloc(n * sizeof *keys);
    if (!keys)
        return -1;
    int base = lua_gettop(L);
    size_t k = 0;
    for (lua_pushnil(L); k < n && lua_next(L, idx); k++) {
        lua_pushvalue(L, -2); /* key, value, key: the copy drives lua_next */
        digest_key *dk = &keys[k];
        dk->slot = lua_gettop(L) - 2;
        dk->type = lua_type(L, -3);
        dk->s = NULL;
        dk->len = 0;
        dk->n = 0;
        if (dk->type == LUA_TSTRING)
            dk->s = lua_tolstring(L, -3, &dk->len);
        else if (dk->type == LUA_TNUMBER)
            dk->n = lua_tonumber(L, -3);
    }
    if (k < n) /* the table changed while counted: cannot happen, but do not trust it */
        n = k;
    else
        lua_pop(L, 1);
    digest_sort(keys, n);
    digest_put(out, 't', &n, sizeof n);
    int rc = 0;
    for (size_t i = 0; i < n && rc == 0; i++) {
        rc = digest_value(L, keys[i].slot, out, depth + 1);
        if (rc == 0)
            rc = digest_value(L, keys[i].slot + 1, out, depth + 1);
    }
    if (keys != small)
        free(keys);
    lua_settop(L, base);
    return rc;
}

/* The digest of the value at idx, prefixed by tag (a NUL-terminated
 * string): 0, or -1 when it cannot be digested. */
static int digest_of(lua_State *L, int idx, const char *tag, memo_key *key) {
    buf out = BUF_INIT;
    buf_reserve(&out, 4096);
    buf_add(&out, tag, strlen(tag) + 1);
    int rc = digest_value(L, idx, &out, 0);
    if (rc == 0 && buf_ok(&out))
        crypto_generichash(key->d, sizeof key->d, (const unsigned char *)out.data, out.len, NULL,
                           0);
    else
        rc = -1;
    buf_free(&out);
    return rc;
}

static size_t memo_find(const memo_key *key) {
    uint64_t h;
    memcpy(&h, key->d, sizeof h);
    size_t i = h & (MEMO_SLOTS - 1);
    static const memo_key empty;
    while (memcmp(&memo_set[i], key, sizeof *key) != 0 &&
           memcmp(&memo_set[i], &empty, sizeof empty) != 0)
        i = (i + 1) & (MEMO_SLOTS - 1);
    return i;
}

/* memo.known(kind, spec) -> known, key (key is nil when spec cannot be digested). */
static int l_memo_known(lua_State *L) {
    const char *kind = luaL_checkstring(L, 1);
    luaL_checktype(L, 2, LUA_TTABLE);
    lua_settop(L, 2);
    memo_key key;
    if (digest_of(L, 2, kind, &key) != 0) {
        lua_pushboolean(L, 0);
        return 1;
    }
    int known = 0;
    pthread_mutex_lock(&memo_lock);
    if (memo_set)
        known = memcmp(&memo_set[memo_find(&key)], &key, sizeof key) == 0;
    pthread_mutex_unlock(&memo_lock);
    lua_pushboolean(L, known);
    lua_pushlstring(L, (const char *)key.d, sizeof key.d);
    return 2;
}

/* memo.add(key): remembers a declaration that passed. */
static int l_memo_add(lua_State *L) {
    size_t len;
    const char *p = luaL_checklstring(L, 1, &len);
    luaL_argcheck(L, len == sizeof(memo_key), 1, "not a declaration key");
    memo_key key;
    memcpy(key.d, p, sizeof key.d);
    pthread_mutex_lock(&memo_lock);
    if (!memo_set || memo_count >= MEMO_SLOTS / 4 * 3) { /* full: start again */
        free(memo_set);
        memo_set = calloc(MEMO_SLOTS, sizeof *memo_set);
        memo_count = 0;
    }
    if (memo_set) {
        size_t i = memo_find(&key);
        if (memcmp(&memo_set[i], &key, sizeof key) != 0) {
            memo_set[i] = key;
            memo_count++;
        }
    }
    pthread_mutex_unlock(&memo_lock);
    return 0;
}

static void memo_forget(void) {
    pthread_mutex_lock(&memo_lock);
    free(memo_set);
    memo_set = NULL;
    memo_count = 0;
    pthread_mutex_unlock(&memo_lock);
}

static void push_memo(lua_State *L) {
    lua_createtable(L, 0, 2);
    lua_pushcfunction(L, l_memo_known);
    lua_setfield(L, -2, "known");
    lua_pushcfunction(L, l_memo_add);
    lua_setfield(L, -2, "add");
}

/* ---- copying declarations ------------------------------------------------------
 * The sandbox copies every declared table when it is declared (so that a
 * file changing a shared helper table afterwards does not change what was
 * declared; banshi.catalog.sandbox). This is that copy in C, several times
 * faster than in Lua: the same result (nested tables copied, keys and other
 * values as they are, no metatables), the same checks in the same order,
 * with the same messages. */
#define COPY_MAX_DEPTH 32

/* Pushes a copy of the table at idx (absolute), or returns why it cannot
 * be copied (nothing pushed). path[0..depth) are the tables around it. */
static const char *copy_table(lua_State *L, int idx, const void **path, int depth) {
    const void *self = lua_topointer(L, idx);
    for (int i = 0; i < depth; i++)
        if (path[i] == self)
            return "a table refers to itself";
    if (depth > COPY_MAX_DEPTH)
        return "tables are nested more than 32 deep";
    path[depth] = self;
    luaL_checkstack(L, 8, "copying a declaration");
    lua_Unsigned narr = lua_rawlen(L, idx), total = 0;
    for (lua_pushnil(L); lua_next(L, idx); lua_pop(L, 1))
        total++;
    lua_Unsigned nrec = total > narr ? total - narr : 0;
    lua_createtable(L, narr < INT_MAX ? (int)narr : 0, nrec < INT_MAX ? (int)nrec : 0);
    int copy = lua_gettop(L);
    for (lua_pushnil(L); lua_next(L, idx);) { /* copy, key, value */
        if (lua_type(L, -1) == LUA_TTABLE) {
            const char *why = copy_table(L, lua_gettop(L), path, depth + 1);
            if (why) {
                lua_settop(L, copy - 1);
                return why;
            }
            lua_remove(L, -2); /* copy, key, copied value */
        }
        lua_pushvalue(L, -2);
        lua_insert(L, -2);
        lua_rawset(L, copy); /* copy, key */
    }
    return NULL;
}

/* copy(t) -> the copy, or nil and why (catalog.load opts.copy). */
static int l_copy(lua_State *L) {
    luaL_checktype(L, 1, LUA_TTABLE);
    lua_settop(L, 1);
    const void *path[COPY_MAX_DEPTH + 1];
    const char *why = copy_table(L, 1, path, 0);
    if (why) {
        lua_pushnil(L);
        lua_pushstring(L, why);
        return 2;
    }
    return 1;
}

/* digest(value) -> a 16-byte digest of its content (as the memo digests a
 * declaration), or nil when it cannot be digested. */
static int l_digest(lua_State *L) {
    luaL_checkany(L, 1);
    lua_settop(L, 1);
    memo_key key;
    if (digest_of(L, 1, "", &key) != 0) {
        lua_pushnil(L);
        return 1;
    }
    lua_pushlstring(L, (const char *)key.d, sizeof key.d);
    return 1;
}

/* The end of the CSV line at p (after its CRLF); a quoted field may hold a
 * line break. */
static const char *csv_line_end(const char *p, const char *end) {
    int quoted = 0;
    for (; p < end; p++) {
        if (*p == '"')
            quoted = !quoted;
        else if (!quoted && *p == '\r' && p + 1 < end && p[1] == '\n')
            return p + 2;
    }
    return end;
}

/* Pushes { [code] = its row after the number } of prev's items, read from
 * prev's CSV export: after the header, one line per item, in the items'
 * order. */
static void push_prev_rows(lua_State *L, const snapshot *prev) {
    lua_createtable(L, 0, prev ? (int)prev->nitems : 0);
    if (!prev || !prev->res_body[SNAP_CSV])
        return;
    const char *p = prev->res_body[SNAP_CSV], *end = p + prev->res[SNAP_CSV].len;
    p = csv_line_end(p, end);
    for (size_t i = 0; i < prev->nitems && p < end; i++) {
        const char *next = csv_line_end(p, end);
        const char *stop = next - p >= 2 && next[-1] == '\n' ? next - 2 : next;
        const char *comma = memchr(p, ',', (size_t)(stop - p));
        if (!comma)
            break;
        lua_pushlstring(L, comma + 1, (size_t)(stop - comma - 1));
        lua_setfield(L, -2, prev->items[i].code);
        p = next;
    }
}

/* Pushes catalog.compile's opts: the digest function, and the digests and
 * CSV rows of the items prev holds. */
static void push_compile_opts(lua_State *L, const snapshot *prev) {
    lua_createtable(L, 0, 2);
    lua_pushcfunction(L, l_digest);
    lua_setfield(L, -2, "digest");
    lua_createtable(L, 0, prev ? (int)prev->nitems : 0);
    for (size_t i = 0; prev && i < prev->nitems; i++) {
        const snap_item *it = &prev->items[i];
        if (it->has_digest) {
            lua_pushlstring(L, (const char *)it->digest, sizeof it->digest);
            lua_setfield(L, -2, it->code);
        }
    }
    lua_setfield(L, -2, "previous");
    push_prev_rows(L, prev);
    lua_setfield(L, -2, "rows");
}

/* Pushes a table of the files of fl whose top folder is one of chain[0..n)
 * (every file when n < 0), or only the folders' catalog.lua files when
 * only_mains is set. */
static void push_files_of(lua_State *L, const file_list *fl, char *const *chain, int n,
                          int only_mains) {
    lua_createtable(L, 0, 64);
    for (size_t i = 0; i < fl->n; i++) {
        const char *path = fl->v[i].path;
        const char *slash = strchr(path, '/');
        if (!slash || !fl->v[i].data || path[0] == '@')
            continue;
        if (only_mains && strcmp(slash, "/catalog.lua") != 0)
            continue;
        if (n >= 0 && !in_chain(path, chain, n))
            continue;
        lua_pushlstring(L, fl->v[i].data, fl->v[i].len);
        lua_setfield(L, -2, path);
    }
}

/* Runs inside vm_call_budget: the county's chain, read from the catalog.lua
 * files alone, so that the county's state is handed only its own chain's
 * files (a province of a hundred counties would otherwise copy every
 * county's sources into each state). */
static int l_chain(lua_State *L) {
    build_ctx *ctx = lua_touserdata(L, 1);
    lua_settop(L, 0);
    vm_push_function(L, "banshi.catalog", "chain_of");
    push_files_of(L, ctx->mains, NULL, -1, 1);
    lua_pushstring(L, ctx->county);
    lua_call(L, 2, 1);
    if (!lua_istable(L, -1))
        return 0;
    lua_Integer n = luaL_len(L, -1);
    if (n < 1 || n > MAX_CHAIN)
        return 0;
    for (lua_Integer i = 1; i <= n; i++) {
        lua_rawgeti(L, -1, i);
        const char *id = lua_tostring(L, -1);
        if (!id)
            return 0;
        if (!(ctx->chain[i - 1] = strdup(id)))
            return luaL_error(L, "out of memory");
        lua_pop(L, 1);
    }
    ctx->nchain = (int)n;
    if (ctx->nchain < MAX_CHAIN && !(ctx->chain[ctx->nchain++] = strdup(PLUGINS_ENTRY)))
        return luaL_error(L, "out of memory");
    return 0;
}

/* plugins.load(plugin files, model, catalogue files) for the county's
 * enabled plugins; 0, or -1 with the error list left on the stack. */
static int load_plugins(lua_State *L, build_ctx *ctx, int model, int sources) {
    vm_push_function(L, "banshi.plugins", "load");
    lua_createtable(L, 0, 16);
    for (size_t i = 0; i < ctx->files->n; i++) {
        const file_ent *f = &ctx->files->v[i];
        if (f->data && strncmp(f->path, PLUGINS_ENTRY "/", sizeof PLUGINS_ENTRY) == 0) {
            lua_pushlstring(L, f->data, f->len);
            lua_setfield(L, -2, f->path);
        }
    }
    lua_pushvalue(L, model);
    lua_pushvalue(L, sources);
    lua_call(L, 3, 2);
    if (lua_isnil(L, -2)) {
        lua_remove(L, -2);
        return -1;
    }
    lua_getfield(L, -2, "has_after");
    ctx->has_after = lua_toboolean(L, -1);
    lua_pop(L, 3);
    return 0;
}

/* Runs inside vm_call_budget: load, validate, compile and copy out. When
 * the chain could not be told, the loader gets every file and says what is
 * wrong. */
static int l_build(lua_State *L) {
    build_ctx *ctx = lua_touserdata(L, 1);
    lua_settop(L, 0);
    lua_getglobal(L, "require");
    lua_pushliteral(L, "banshi.catalog");
    lua_call(L, 1, 1);
    int M = lua_gettop(L);
    push_files_of(L, ctx->files, ctx->chain, ctx->nchain, 0);
    int sources = lua_gettop(L); /* kept: plugin errors point into the catalogue */
    lua_getfield(L, M, "load");
    lua_pushvalue(L, sources);
    lua_pushstring(L, ctx->county);
    lua_createtable(L, 0, 2);
    push_memo(L);
    lua_setfield(L, -2, "memo");
    lua_pushcfunction(L, l_copy);
    lua_setfield(L, -2, "copy");
    lua_call(L, 3, 3);
    int model = lua_gettop(L) - 2;
    if (!lua_isnil(L, model) && load_plugins(L, ctx, model, sources) != 0) {
        lua_replace(L, model + 1); /* the plugins' errors take the catalogue's place */
        lua_pushnil(L);
        lua_replace(L, model);
    }
    if (lua_isnil(L, model)) {
        ctx->failed_validation = 1;
        int errs = model + 1;
        if (lua_istable(L, errs)) {
            char msg[256];
            json_encode(L, errs, &ctx->errors_json, msg, sizeof msg);
            lua_Integer n = luaL_len(L, errs);
            for (lua_Integer i = 1; i <= n; i++) {
                lua_getfield(L, M, "format_error");
                lua_rawgeti(L, errs, i);
                lua_call(L, 1, 1);
                buf_printf(&ctx->errors, "%s\n", lua_tostring(L, -1) ? lua_tostring(L, -1) : "?");
                lua_pop(L, 1);
            }
        } else {
            buf_printf(&ctx->errors, "%s\n",
                       lua_tostring(L, errs) ? lua_tostring(L, errs)
                                             : "the catalogue did not load");
        }
        return 0;
    }
    if (lua_istable(L, model + 1)) {
        lua_Integer n = luaL_len(L, model + 1);
        ctx->warnings = (int)n;
        for (lua_Integer i = 1; i <= n && log_enabled(LOG_WARN); i++) {
            lua_getfield(L, M, "format_error");
            lua_rawgeti(L, model + 1, i);
            lua_call(L, 1, 1);
            log_msg(LOG_WARN, "catalog_warning", "%s: %s", ctx->county, lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    }
    /* A calendar that ends within CALENDAR_NOTICE_DAYS: the operator hears
     * of it at every load, before deadlines start to lack a due date. */
    lua_getfield(L, M, "calendar_horizon");
    lua_pushvalue(L, model);
    lua_pushinteger(L, (lua_Integer)(clock_now_ms() / 1000));
    lua_pushinteger(L, CALENDAR_NOTICE_DAYS);
    lua_call(L, 3, 1);
    if (lua_istable(L, -1)) {
        lua_getfield(L, -1, "en");
        lua_getfield(L, -2, "zh");
        log_msg(LOG_WARN, "calendar_ending", "county %s: %s / %s", ctx->county,
                lua_tostring(L, -2) ? lua_tostring(L, -2) : "?",
                lua_tostring(L, -1) ? lua_tostring(L, -1) : "?");
        lua_pop(L, 2);
    }
    lua_pop(L, 1);
    lua_getfield(L, M, "compile");
    lua_pushvalue(L, model);
    push_compile_opts(L, ctx->prev);
    lua_call(L, 2, 1);
    int snap_idx = lua_gettop(L);
    if (!lua_istable(L, snap_idx))
        return luaL_error(L, "catalog.compile returned no table");
    build_items(L, snap_idx, ctx);
    build_resources(L, snap_idx, ctx);
    lua_pushvalue(L, model);
    ctx->model_ref = luaL_ref(L, LUA_REGISTRYINDEX);
    return 0;
}

/* Builds the resources from the bodies collected in the protected call,
 * sharing each one whose bytes are the same in prev (the serving
 * generation's snapshot, or NULL). */
static int publish_resources(snapshot *s, const snapshot *prev) {
    for (size_t i = 0; i < s->nitems; i++) {
        snap_item *it = &s->items[i];
        if (it->guide_owner)
            continue; /* reused from prev as it stands */
        const snap_item *old = prev ? snapshot_find(prev, it->code) : NULL;
        char *body = it->guide_body;
        it->guide_body = NULL;
        it->guide_owner =
            shared_publish(body, it->guide.len, json_ctype, old ? old->guide_owner : NULL);
        if (!it->guide_owner)
            return -1;
        it->guide = it->guide_owner->res;
        it->guide_body = it->guide_owner->body;
    }
    /* The export is every guide in one array, assembled from the bodies. */
    buf all = BUF_INIT;
    buf_addc(&all, '[');
    for (size_t i = 0; i < s->nitems; i++) {
        if (i)
            buf_addc(&all, ',');
        buf_add(&all, s->items[i].guide_body, s->items[i].guide.len);
    }
    buf_addc(&all, ']');
    if (!buf_ok(&all)) {
        buf_free(&all);
        return -1;
    }
    s->res_body[SNAP_EXPORT] = buf_steal(&all, &s->res[SNAP_EXPORT].len);
    for (int r = 0; r < SNAP_NRES; r++) {
        char *body = s->res_body[r];
        s->res_body[r] = NULL;
        s->res_owner[r] =
            shared_publish(body, s->res[r].len, r == SNAP_CSV ? csv_ctype : json_ctype,
                           prev ? prev->res_owner[r] : NULL);
        if (!s->res_owner[r])
            return -1;
        s->res[r] = s->res_owner[r]->res;
        s->res_body[r] = s->res_owner[r]->body;
    }
    return snapshot_index(s);
}

static void generation_free(generation *g) {
    snapshot_free(&g->snap);
    vm_free(g->vm);
    free(g);
}

void generation_release(generation *g) {
    if (g && atomic_fetch_sub_explicit(&g->refs, 1, memory_order_acq_rel) == 1)
        generation_free(g);
}

generation *county_acquire(county *c) {
    pthread_mutex_lock(&c->gen_lock);
    generation *g = c->current;
    if (g)
        atomic_fetch_add_explicit(&g->refs, 1, memory_order_relaxed);
    pthread_mutex_unlock(&c->gen_lock);
    return g;
}

/* What a generation is built from. */
typedef struct build_in {
    const char *county;
    const file_list *files; /* every catalogue file; NULL: read what is needed from dir */
    const char *dir;
    const generation *prev; /* the serving generation or NULL: its unchanged resources are shared */
} build_in;

/* Runs one step of the build in the generation's state. */
static int build_step(vm *v, lua_CFunction step, build_ctx *ctx, buf *err) {
    lua_pushcfunction(v->L, step);
    lua_pushlightuserdata(v->L, ctx);
    buf lua_err = BUF_INIT;
    int rc = vm_call_budget(v, 1, 0, LOAD_INSTR, LOAD_SECONDS, &lua_err);
    if (rc != 0)
        buf_printf(err, "%s\n", buf_cstr(&lua_err));
    buf_free(&lua_err);
    return rc;
}

static int same_chain(build_ctx *ctx) {
    if (ctx->nchain != ctx->ncompiled)
        return 0;
    for (int i = 0; i < ctx->nchain; i++)
        if (strcmp(ctx->chain[i], ctx->compiled[i]) != 0)
            return 0;
    return 1;
}

/* Work a build hands to a second thread while it goes on with its own (the
 * machine's other core would idle): compressing the sources, publishing
 * the snapshot's resources. Without a thread the work is done at once. */
typedef struct side_job {
    pthread_t thread;
    int running;
} side_job;

static void side_start(side_job *j, void *(*fn)(void *), void *arg) {
    j->running = pthread_create(&j->thread, NULL, fn, arg) == 0;
    if (!j->running)
        fn(arg);
}

static void side_wait(side_job *j) {
    if (j->running)
        pthread_join(j->thread, NULL);
    j->running = 0;
}

/* A version's sources as stored: the archive of the chain's files, its
 * hash (the version), and, when the store lacks the version, the archive
 * compressed on a side thread. */
typedef struct version_src {
    buf archive;
    int64_t files;
    char hash[65];
    int stored; /* the store has the version already */
    buf gz;
    int gz_rc;
    side_job job;
} version_src;

static void version_archive(version_src *v, const file_list *fl, char *const *chain, int n) {
    unsigned char h[32];
    buf_reset(&v->archive);
    archive_chain(fl, chain, n, &v->archive, h, &v->files);
    sodium_bin2hex(v->hash, sizeof v->hash, h, sizeof h);
}

/* zlib level of stored sources. Measured on a 600-item county's 1 MB of
 * sources: level 6 takes 8.5 ms for 59 KB, level 3 3.1 ms for 70 KB, level
 * 1 2.8 ms for 77 KB; level 3 is as quick as 1 and stores little more than
 * 6, and every new version (every real reload, every county at start-up)
 * compresses its sources once. */
#define SOURCES_GZ_LEVEL 3

static void *version_compress(void *p) {
    version_src *v = p;
    v->gz_rc = buf_ok(&v->archive)
                   ? gz_compress(v->archive.data, v->archive.len, SOURCES_GZ_LEVEL, &v->gz)
                   : -1;
    return NULL;
}

/* Starts compressing the archive unless county id has the version stored
 * (a version's sources never change). */
static void version_start(version_src *v, const char *id) {
    void *old = NULL;
    size_t old_len, raw_len;
    buf serr = BUF_INIT;
    v->stored = store_version_get(id, v->hash, &old, &old_len, &raw_len, &serr) == 0;
    free(old);
    buf_free(&serr);
    if (!v->stored)
        side_start(&v->job, version_compress, v);
}

/* Stores the version if it is new; made active only when it is swapped in. */
static int version_store(version_src *v, const char *id, buf *err) {
    side_wait(&v->job);
    if (v->stored)
        return 0;
    if (v->gz_rc != 0) {
        buf_adds(err, "cannot compress the catalogue sources\n");
        return -1;
    }
    int created;
    buf serr = BUF_INIT;
    int rc = store_version_put(id, v->hash, "loader", v->files, v->gz.data, v->gz.len,
                               v->archive.len, &created, &serr);
    if (rc != 0)
        buf_printf(err, "cannot store the catalogue version: %s\n", buf_cstr(&serr));
    buf_free(&serr);
    return rc;
}

static void version_free(version_src *v) {
    side_wait(&v->job);
    buf_free(&v->archive);
    buf_free(&v->gz);
}

typedef struct publish_job {
    snapshot *snap;
    const snapshot *prev;
    int rc;
} publish_job;

static void *publish_run(void *p) {
    publish_job *j = p;
    j->rc = publish_resources(j->snap, j->prev);
    return NULL;
}

/* Gives the loader its files: ctx->mains (the catalog.lua files chain_of
 * reads), the chain, and ctx->files (the chain's files; every file when the
 * chain cannot be told, so that the loader says what is wrong). Read from
 * in->dir unless in->files has them all. */
static int build_files(const build_in *in, vm *v, build_ctx *ctx, file_list *mains, file_list *own,
                       buf *err) {
    ctx->mains = ctx->files = in->files;
    if (!in->files) {
        if (read_mains(in->dir, mains, err) != 0)
            return -1;
        ctx->mains = mains;
    }
    if (build_step(v, l_chain, ctx, err) != 0)
        return -1;
    if (!in->files) {
        int rc = ctx->nchain > 0 ? read_chain(in->dir, mains, ctx->chain, ctx->nchain - 1, own, err)
                                 : read_tree(in->dir, own, err);
        if (rc == 0)
            rc = read_plugins(cfg.plugins_dir, own, err);
        if (rc != 0)
            return -1;
        ctx->files = own;
    }
    return 0;
}

static void build_ctx_free(build_ctx *ctx) {
    for (int i = 0; i < MAX_CHAIN; i++) {
        free(ctx->chain[i]);
        free(ctx->compiled[i]);
    }
    buf_free(&ctx->errors);
    buf_free(&ctx->errors_json);
    buf_free(&ctx->tmp);
}

/* Builds a generation of in->county. Returns NULL on failure with the
 * reasons in err (and errors_json). When unchanged is not NULL and the
 * sources are byte for byte in->prev's, nothing is built: NULL is returned
 * with *unchanged set and no error (loading them again would give the
 * same generation). */
static generation *build(const build_in *in, buf *err, buf *errors_json, int *unchanged) {
    double t0 = vm_now();
    if (unchanged)
        *unchanged = 0;
    generation *g = calloc(1, sizeof *g);
    if (!g) {
        buf_adds(err, "out of memory\n");
        return NULL;
    }
    atomic_init(&g->refs, 1);
    g->model_ref = LUA_NOREF;
    g->vm = vm_new(in->county, &cfg.limits, err);
    if (!g->vm) {
        free(g);
        return NULL;
    }
    file_list mains = {0}, own = {0};
    version_src src = {.archive = BUF_INIT, .gz = BUF_INIT};
    build_ctx ctx = {.county = in->county,
                     .snap = &g->snap,
                     .model_ref = LUA_NOREF,
                     .nchain = -1,
                     .prev = in->prev ? &in->prev->snap : NULL};
    vm_lock(g->vm);
    lua_State *L = g->vm->L;
    /* Loading makes long-lived data in bulk, which the incremental collector
     * handles with less work than the generational one the state runs with
     * afterwards; switching back below collects the garbage. */
    lua_gc(L, LUA_GCINC, 0, 0, 0);
    int ok = build_files(in, g->vm, &ctx, &mains, &own, err) == 0;
    if (ok && ctx.nchain > 0) {
        /* The version is known before loading: unchanged, it is not loaded;
         * new, its sources are compressed while it loads. */
        version_archive(&src, ctx.files, ctx.chain, ctx.nchain);
        if (unchanged && in->prev && strcmp(src.hash, in->prev->hash) == 0) {
            *unchanged = 1;
            ok = 0;
        } else {
            version_start(&src, in->county);
        }
    }
    ok = ok && build_step(g->vm, l_build, &ctx, err) == 0 && !ctx.failed_validation;
    /* The resources are made while the state collects its garbage. */
    publish_job pub = {&g->snap, ctx.prev, 0};
    side_job pub_job = {0};
    if (ok)
        side_start(&pub_job, publish_run, &pub);
    lua_gc(L, LUA_GCGEN, 0, 0);
    vm_unlock(g->vm);
    side_wait(&pub_job);
    if (ctx.failed_validation) {
        buf_add(err, ctx.errors.data, ctx.errors.len);
        if (errors_json)
            buf_add(errors_json, ctx.errors_json.data, ctx.errors_json.len);
    }
    if (ok && pub.rc != 0) {
        buf_adds(err, "out of memory while publishing the snapshot\n");
        ok = 0;
    }
    if (ok && !same_chain(&ctx)) {
        /* The version covers the chain the model was built from. */
        version_free(&src);
        version_archive(&src, ctx.files, ctx.compiled, ctx.ncompiled);
        version_start(&src, in->county);
    }
    ok = ok && version_store(&src, in->county, err) == 0;
    if (ok)
        memcpy(g->hash, src.hash, sizeof g->hash);
    version_free(&src);
    build_ctx_free(&ctx);
    files_free(&mains);
    files_free(&own);
    if (!ok) {
        generation_free(g);
        return NULL;
    }
    g->model_ref = ctx.model_ref;
    g->plugin_after = ctx.has_after;
    g->loaded_at = (int64_t)time(NULL);
    g->load_ms = (vm_now() - t0) * 1000.0;
    return g;
}

static int same_calendar(const generation *a, const generation *b) {
    size_t n = a->snap.res[SNAP_CALENDAR].len;
    const char *x = a->snap.res_body[SNAP_CALENDAR], *y = b->snap.res_body[SNAP_CALENDAR];
    return n == b->snap.res[SNAP_CALENDAR].len && (n == 0 || (x && y && memcmp(x, y, n) == 0));
}

/* Makes g current; the old generation is retired. */
static void swap(county *c, generation *g) {
    g->county = c;
    g->vm->owner = g;
    g->seq = atomic_fetch_add(&c->seq, 1) + 1;
    pthread_mutex_lock(&c->gen_lock);
    generation *old = c->current;
    c->current = g;
    pthread_mutex_unlock(&c->gen_lock);
    /* Deadlines under way are counted again on a changed calendar. */
    if (old && !same_calendar(old, g))
        dtimer_calendar_changed(c->id);
    if (old) {
        timer_retire(old);
        generation_release(old);
    }
}

static county *county_new(const char *id) {
    county *c = calloc(1, sizeof *c);
    if (!c)
        return NULL;
    snprintf(c->id, sizeof c->id, "%s", id);
    pthread_mutex_init(&c->gen_lock, NULL);
    pthread_mutex_init(&c->reload_lock, NULL);
    pthread_mutex_init(&c->pinned_lock, NULL);
    return c;
}

/* The serving counties among the catalogues in files. */
static int list_counties(const file_list *files, char ***out, int *n, buf *err) {
    *out = NULL;
    *n = 0;
    vm *v = vm_new("(discovery)", &cfg.limits, err);
    if (!v)
        return -1;
    vm_lock(v);
    lua_State *L = v->L;
    int rc = vm_require(v, "banshi.catalog", err);
    if (rc == 0) {
        lua_getfield(L, -1, "counties");
        lua_createtable(L, 0, (int)files->n);
        for (size_t i = 0; i < files->n; i++) {
            lua_pushlstring(L, files->v[i].data, files->v[i].len);
            lua_setfield(L, -2, files->v[i].path);
        }
        rc = vm_call(v, 1, 1, err);
    }
    if (rc == 0) {
        lua_Integer len = luaL_len(L, -1);
        *out = calloc((size_t)len + 1, sizeof **out);
        for (lua_Integer i = 1; *out && i <= len; i++) {
            lua_rawgeti(L, -1, i);
            (*out)[(*n)++] = strdup(lua_tostring(L, -1));
            lua_pop(L, 1);
        }
    }
    vm_unlock(v);
    vm_free(v);
    return rc;
}

/* Loads the sources of a stored version into fl. Returns 0 or -1. */
static int stored_files(const char *id, const char *hash, file_list *fl, buf *err) {
    void *gz = NULL;
    size_t gz_len, raw_len;
    buf raw = BUF_INIT;
    int rc = -1;
    if (store_version_get(id, hash, &gz, &gz_len, &raw_len, err) == 0) {
        if (gz_decompress(gz, gz_len, raw_len + 1, &raw) == 0 &&
            unarchive(raw.data, raw.len, fl) == 0)
            rc = 0;
        else
            buf_printf(err, "the stored sources of %s version %.12s are damaged\n", id, hash);
    }
    if (rc != 0)
        files_free(fl);
    buf_free(&raw);
    free(gz);
    return rc;
}

static int load_from_store(county *c, buf *err) {
    char hash[65];
    buf serr = BUF_INIT;
    if (store_version_active(c->id, hash, &serr) != 1) {
        buf_free(&serr);
        return -1;
    }
    file_list fl = {0};
    int rc = -1;
    if (stored_files(c->id, hash, &fl, &serr) == 0) {
        build_in in = {.county = c->id, .files = &fl};
        generation *g = build(&in, err, NULL, NULL);
        if (g) {
            swap(c, g);
            log_msg(LOG_WARN, "catalog_fallback",
                    "county %s serves its last active version %.12s from the database", c->id,
                    g->hash);
            rc = 0;
        }
    }
    files_free(&fl);
    buf_free(&serr);
    return rc;
}

/* Finds the one stored version of the county whose hash starts with
 * prefix (at least 8 characters). Returns 0 with the full hash, or -1. */
static int resolve_version(const char *id, const char *prefix, char hash[65], buf *err) {
    size_t n = strlen(prefix);
    if (n < 8 || n > 64 || strspn(prefix, "0123456789abcdef") != n) {
        buf_printf(err, "'%s' is not a version (8 to 64 lower-case hex digits)\n", prefix);
        return -1;
    }
    enum { MAXV = 1000 };
    store_version *v = malloc(MAXV * sizeof *v);
    if (!v) {
        buf_adds(err, "out of memory\n");
        return -1;
    }
    int count = store_version_list(id, v, MAXV, err), found = 0;
    for (int i = 0; i < count; i++) {
        if (strncmp(v[i].hash, prefix, n) == 0) {
            if (found++)
                break;
            snprintf(hash, 65, "%s", v[i].hash);
        }
    }
    free(v);
    if (found != 1) {
        buf_printf(err,
                   found ? "version %s is ambiguous; give more digits\n"
                         : "county %s has no stored version %s\n",
                   found ? prefix : id, found ? "" : prefix);
        return -1;
    }
    return 0;
}

int county_rollback(county *c, const char *version, const char *who, int *changed, char hash[65],
                    buf *err) {
    pthread_mutex_lock(&c->reload_lock);
    int rc = -1;
    *changed = 0;
    file_list fl = {0};
    if (resolve_version(c->id, version, hash, err) == 0 &&
        stored_files(c->id, hash, &fl, err) == 0) {
        generation *cur = county_acquire(c);
        if (cur && strcmp(cur->hash, hash) == 0) {
            rc = 0;
        } else {
            build_in in = {.county = c->id, .files = &fl, .prev = cur};
            generation *g = build(&in, err, NULL, NULL);
            if (g) {
                store_version_activate(c->id, g->hash, NULL);
                swap(c, g);
                *changed = 1;
                rc = 0;
            }
        }
        generation_release(cur);
    }
    files_free(&fl);
    log_msg(rc == 0 ? LOG_INFO : LOG_WARN, "catalog_rollback", "county %s to %.12s by %s: %s",
            c->id, hash, who,
            rc != 0    ? "failed"
            : *changed ? "done"
                       : "already serving it");
    pthread_mutex_unlock(&c->reload_lock);
    return rc;
}

/* The files of one side of a diff: "disk" (what a reload would load),
 * "current" (the serving version) or a stored version. */
static int diff_side(county *c, const char *which, file_list *fl, buf *err) {
    if (strcmp(which, "disk") == 0)
        return read_tree(catalogs_dir, fl, err) == 0 && read_plugins(cfg.plugins_dir, fl, err) == 0
                   ? 0
                   : -1;
    char hash[65];
    if (strcmp(which, "current") == 0) {
        generation *g = county_acquire(c);
        if (!g) {
            buf_printf(err, "county %s serves no version\n", c->id);
            return -1;
        }
        snprintf(hash, sizeof hash, "%s", g->hash);
        generation_release(g);
    } else if (resolve_version(c->id, which, hash, err) != 0) {
        return -1;
    }
    return stored_files(c->id, hash, fl, err);
}

/* The catalogue files of fl (a diff compares catalogues, not plugin code). */
static void push_files(lua_State *L, const file_list *fl) {
    lua_createtable(L, 0, (int)fl->n);
    for (size_t i = 0; i < fl->n; i++) {
        if (fl->v[i].path[0] == '@')
            continue;
        lua_pushlstring(L, fl->v[i].data, fl->v[i].len);
        lua_setfield(L, -2, fl->v[i].path);
    }
}

typedef struct diff_ctx {
    const file_list *a, *b;
    const char *county;
    buf *out;
    buf *err;
} diff_ctx;

static int l_diff(lua_State *L) {
    diff_ctx *d = lua_touserdata(L, 1);
    lua_settop(L, 0);
    vm_push_function(L, "banshi.diff", "diff");
    push_files(L, d->a);
    push_files(L, d->b);
    lua_pushstring(L, d->county);
    lua_call(L, 3, 2);
    if (lua_isnil(L, -2)) {
        buf_printf(d->err, "%s\n", lua_tostring(L, -1));
        return 0;
    }
    char msg[256];
    if (json_encode(L, -2, d->out, msg, sizeof msg) != 0)
        return luaL_error(L, "cannot encode the difference: %s", msg);
    return 0;
}

int county_diff(county *c, const char *from, const char *to, buf *out, buf *err) {
    file_list a = {0}, b = {0};
    int rc = -1;
    if (diff_side(c, from, &a, err) == 0 && diff_side(c, to, &b, err) == 0) {
        vm_limits lim = cfg.limits;
        lim.mem_bytes *= 3; /* two catalogues side by side */
        vm *v = vm_new(c->id, &lim, err);
        if (v) {
            diff_ctx d = {&a, &b, c->id, out, err};
            size_t before = err->len;
            vm_lock(v);
            lua_pushcfunction(v->L, l_diff);
            lua_pushlightuserdata(v->L, &d);
            rc = vm_call_budget(v, 1, 0, LOAD_INSTR, LOAD_SECONDS, err);
            vm_unlock(v);
            vm_free(v);
            if (rc == 0 && err->len > before)
                rc = -1;
        }
    }
    files_free(&a);
    files_free(&b);
    return rc;
}

/* Pinned versions: an application keeps the rules of the version it was
 * accepted under. The current generation serves when it is that version;
 * otherwise the version is built from its stored sources and kept in a
 * small per-county cache. */
#define PINNED_CACHE 4

generation *county_version(county *c, const char *hash, buf *err) {
    generation *g = county_acquire(c);
    if (g && strcmp(g->hash, hash) == 0)
        return g;
    generation_release(g);
    pthread_mutex_lock(&c->pinned_lock);
    for (int i = 0; i < PINNED_CACHE; i++) {
        generation *p = c->pinned[i];
        if (p && strcmp(p->hash, hash) == 0) {
            atomic_fetch_add(&p->refs, 1);
            pthread_mutex_unlock(&c->pinned_lock);
            return p;
        }
    }
    pthread_mutex_unlock(&c->pinned_lock);
    file_list fl = {0};
    generation *built = NULL;
    if (stored_files(c->id, hash, &fl, err) == 0) {
        /* An old version shares what it has in common with the current one. */
        generation *cur = county_acquire(c);
        build_in in = {.county = c->id, .files = &fl, .prev = cur};
        built = build(&in, err, NULL, NULL);
        generation_release(cur);
    }
    files_free(&fl);
    if (!built)
        return NULL;
    built->county = c;
    built->vm->owner = built;
    pthread_mutex_lock(&c->pinned_lock);
    int slot = (int)(atomic_fetch_add(&c->pinned_next, 1) % PINNED_CACHE);
    generation *evicted = c->pinned[slot];
    c->pinned[slot] = built;
    atomic_fetch_add(&built->refs, 1); /* one for the cache, one for the caller */
    pthread_mutex_unlock(&c->pinned_lock);
    if (evicted) {
        timer_retire(evicted);
        generation_release(evicted);
    }
    return built;
}

/* Start-up builds every county, on a few threads: counties are independent
 * (each has its own state) and the machine's cores would otherwise wait. */
#define INIT_THREADS_MAX 4

typedef struct init_work {
    const file_list *files;
    char **ids;
    int n;
    _Atomic int next;
    generation **built; /* per county: the generation, or NULL */
    buf *errs;          /* per county: why it did not build */
} init_work;

static void *init_worker(void *arg) {
    init_work *w = arg;
    for (int i = atomic_fetch_add(&w->next, 1); i < w->n; i = atomic_fetch_add(&w->next, 1)) {
        build_in in = {.county = w->ids[i], .files = w->files};
        w->built[i] = build(&in, &w->errs[i], NULL, NULL);
    }
    return NULL;
}

/* Builds the counties ids[0..n) from files into built[] and errs[]. */
static void init_build_all(const file_list *files, char **ids, int n, generation **built,
                           buf *errs) {
    init_work w = {.files = files, .ids = ids, .n = n, .built = built, .errs = errs};
    atomic_init(&w.next, 0);
    long cpus = sysconf(_SC_NPROCESSORS_ONLN);
    int extra = (int)(cpus < 1 ? 0 : cpus > INIT_THREADS_MAX ? INIT_THREADS_MAX - 1 : cpus - 1);
    if (extra > n - 1)
        extra = n > 1 ? n - 1 : 0;
    pthread_t threads[INIT_THREADS_MAX];
    int started = 0;
    while (started < extra && pthread_create(&threads[started], NULL, init_worker, &w) == 0)
        started++;
    init_worker(&w);
    for (int i = 0; i < started; i++)
        pthread_join(threads[i], NULL);
}

int county_init(const county_config *config, buf *err) {
    cfg = *config;
    free(catalogs_dir);
    catalogs_dir = strdup(config->catalogs_dir);
    file_list files = {0};
    if (read_tree(catalogs_dir, &files, err) != 0 ||
        read_plugins(cfg.plugins_dir, &files, err) != 0) {
        files_free(&files);
        return -1;
    }
    char **ids = NULL;
    int nids = 0;
    if (list_counties(&files, &ids, &nids, err) != 0) {
        files_free(&files);
        return -1;
    }
    generation **built = calloc((size_t)nids + 1, sizeof *built);
    buf *errs = calloc((size_t)nids + 1, sizeof *errs);
    if (!built || !errs) {
        free(built);
        free(errs);
        for (int i = 0; i < nids; i++)
            free(ids[i]);
        free(ids);
        files_free(&files);
        buf_adds(err, "out of memory\n");
        return -1;
    }
    init_build_all(&files, ids, nids, built, errs);
    int serving = 0;
    for (int i = 0; i < nids; i++) {
        county *c = county_new(ids[i]);
        if (!c)
            break;
        generation *g = built[i];
        built[i] = NULL;
        if (g) {
            swap(c, g);
            store_version_activate(c->id, g->hash, NULL);
            log_msg(LOG_INFO, "catalog_loaded", "county %s: %zu items, version %.12s, %.1f ms",
                    c->id, g->snap.nitems, g->hash, g->load_ms);
        } else {
            buf_printf(err, "county %s did not load:\n%s", c->id, buf_cstr(&errs[i]));
            log_msg(LOG_ERROR, "catalog_error", "county %s did not load: %s", c->id,
                    buf_cstr(&errs[i]));
            load_from_store(c, err);
        }
        if (c->current)
            serving++;
        pthread_mutex_lock(&registry_lock);
        counties[atomic_load(&ncounties)] = c;
        atomic_fetch_add(&ncounties, 1);
        pthread_mutex_unlock(&registry_lock);
    }
    for (int i = 0; i < nids; i++) {
        if (built[i])
            generation_free(built[i]);
        buf_free(&errs[i]);
        free(ids[i]);
    }
    free(built);
    free(errs);
    free(ids);
    files_free(&files);
    return serving;
}

void county_shutdown(void) {
    int n = atomic_load(&ncounties);
    for (int i = 0; i < n; i++) {
        county *c = counties[i];
        pthread_mutex_lock(&c->gen_lock);
        generation *g = c->current;
        c->current = NULL;
        pthread_mutex_unlock(&c->gen_lock);
        generation_release(g);
        for (int k = 0; k < PINNED_CACHE; k++) {
            if (c->pinned[k]) {
                timer_retire(c->pinned[k]);
                generation_release(c->pinned[k]);
            }
        }
        pthread_mutex_destroy(&c->pinned_lock);
        pthread_mutex_destroy(&c->gen_lock);
        pthread_mutex_destroy(&c->reload_lock);
        free(c);
        counties[i] = NULL;
    }
    atomic_store(&ncounties, 0);
    free(catalogs_dir);
    catalogs_dir = NULL;
    vm_forget_texts();
    memo_forget();
}

int county_count(void) { return atomic_load(&ncounties); }

county *county_at(int i) { return i >= 0 && i < county_count() ? counties[i] : NULL; }

county *county_find(const char *id) {
    int n = county_count();
    for (int i = 0; i < n; i++)
        if (strcmp(counties[i]->id, id) == 0)
            return counties[i];
    return NULL;
}

int county_reload(county *c, const char *who, int *changed, char hash[65], buf *err,
                  buf *errors_json) {
    pthread_mutex_lock(&c->reload_lock);
    double t0 = vm_now();
    int rc = -1, unchanged = 0;
    *changed = 0;
    generation *cur = county_acquire(c);
    build_in in = {.county = c->id, .dir = catalogs_dir, .prev = cur};
    generation *g = build(&in, err, errors_json, &unchanged);
    if (unchanged) {
        snprintf(hash, 65, "%s", cur->hash);
        rc = 0;
    } else if (g) {
        if (cur && strcmp(cur->hash, g->hash) == 0) {
            generation_free(g);
            snprintf(hash, 65, "%s", cur->hash);
        } else {
            snprintf(hash, 65, "%s", g->hash);
            store_version_activate(c->id, g->hash, NULL);
            swap(c, g);
            *changed = 1;
        }
        rc = 0;
    }
    generation_release(cur);
    c->last_reload_ms = (vm_now() - t0) * 1000.0;
    atomic_fetch_add(&c->reloads, 1);
    if (rc != 0)
        atomic_fetch_add(&c->reload_failures, 1);
    log_msg(rc == 0 ? LOG_INFO : LOG_WARN, "catalog_reload", "county %s by %s: %s in %.1f ms",
            c->id, who,
            rc != 0    ? "failed"
            : *changed ? "new version"
                       : "unchanged",
            c->last_reload_ms);
    pthread_mutex_unlock(&c->reload_lock);
    return rc;
}

/* Inside catalog.check, for each implementation list: the errors a load
 * would find in the county's plugins (banshi.plugins.load with the plugin
 * files, upvalue 1), or an empty list. (model, catalogue files) -> list. */
static int l_check_plugins(lua_State *L) {
    vm_push_function(L, "banshi.plugins", "load");
    lua_pushvalue(L, lua_upvalueindex(1));
    lua_pushvalue(L, 1);
    lua_pushvalue(L, 2);
    lua_call(L, 3, 2);
    if (lua_isnil(L, -2) && lua_istable(L, -1))
        return 1;
    lua_newtable(L);
    return 1;
}

int county_check_dir(const char *dir, const char *plugins_dir, const vm_limits *lim, buf *out,
                     int *warnings) {
    file_list files = {0}, plugins = {0};
    *warnings = 0;
    if (read_tree(dir, &files, out) != 0)
        return 1;
    if (read_plugins(plugins_dir, &plugins, out) != 0) {
        files_free(&files);
        files_free(&plugins);
        return 1;
    }
    vm *v = vm_new("(check)", lim, out);
    if (!v) {
        files_free(&files);
        files_free(&plugins);
        return 1;
    }
    int errors = 0;
    vm_lock(v);
    lua_State *L = v->L;
    buf err = BUF_INIT;
    if (vm_require(v, "banshi.catalog", &err) == 0) {
        int M = lua_gettop(L);
        lua_getfield(L, M, "check");
        lua_createtable(L, 0, (int)files.n);
        for (size_t i = 0; i < files.n; i++) {
            lua_pushlstring(L, files.v[i].data, files.v[i].len);
            lua_setfield(L, -2, files.v[i].path);
        }
        /* The plugins each county enables are checked as a load checks them. */
        lua_createtable(L, 0, 1);
        lua_createtable(L, 0, (int)plugins.n);
        for (size_t i = 0; i < plugins.n; i++) {
            lua_pushlstring(L, plugins.v[i].data, plugins.v[i].len);
            lua_setfield(L, -2, plugins.v[i].path);
        }
        lua_pushcclosure(L, l_check_plugins, 1);
        lua_setfield(L, -2, "serving");
        if (vm_call_budget(v, 2, 2, lim->call_instr, LOAD_SECONDS, &err) == 0) {
            for (int which = 0; which < 2; which++) {
                int list = M + 1 + which;
                if (!lua_istable(L, list))
                    continue;
                lua_Integer n = luaL_len(L, list);
                for (lua_Integer i = 1; i <= n; i++) {
                    lua_getfield(L, M, "format_error");
                    lua_rawgeti(L, list, i);
                    if (vm_call(v, 1, 1, &err) != 0)
                        break;
                    buf_printf(out, "%s: %s\n", which ? "warning" : "error", lua_tostring(L, -1));
                    lua_pop(L, 1);
                }
                if (which)
                    *warnings = (int)n;
                else
                    errors = (int)n;
            }
        }
    }
    if (err.len) {
        buf_printf(out, "error: %s\n", buf_cstr(&err));
        errors++;
    }
    vm_unlock(v);
    vm_free(v);
    buf_free(&err);
    files_free(&files);
    files_free(&plugins);
    return errors;
}

void county_metrics(buf *out) {
    int n = county_count();
    static const char *const help[][3] = {
        {"banshi_lua_memory_bytes", "gauge", "Bytes held by the county's Lua state."},
        {"banshi_lua_memory_peak_bytes", "gauge", "Most bytes the county's Lua state has held."},
        {"banshi_lua_memory_budget_bytes", "gauge", "The county's Lua memory budget."},
        {"banshi_lua_instructions_total", "counter", "Lua instructions run (in steps of 1000)."},
        {"banshi_lua_calls_total", "counter", "Calls into the county's Lua state."},
        {"banshi_lua_errors_total", "counter", "Calls that ended in an error."},
        {"banshi_lua_budget_kills_total", "counter", "Calls stopped by a budget."},
        {"banshi_catalog_items", "gauge", "Items the county publishes."},
        {"banshi_catalog_reloads_total", "counter", "Reloads attempted."},
        {"banshi_catalog_reload_failures_total", "counter", "Reloads that failed."},
        {"banshi_catalog_reload_duration_seconds", "gauge", "Duration of the last reload."},
        {"banshi_catalog_version_info", "gauge", "The version each county serves."},
    };
    for (size_t h = 0; h < sizeof help / sizeof help[0]; h++) {
        buf_printf(out, "# HELP %s %s\n# TYPE %s %s\n", help[h][0], help[h][2], help[h][0],
                   help[h][1]);
        for (int i = 0; i < n; i++) {
            county *c = counties[i];
            generation *g = county_acquire(c);
            double val = 0;
            vm *v = g ? g->vm : NULL;
            switch (h) {
            case 0: val = v ? (double)atomic_load(&v->mem_used) : 0; break;
            case 1: val = v ? (double)atomic_load(&v->mem_peak) : 0; break;
            case 2: val = v ? (double)v->limits.mem_bytes : 0; break;
            case 3: val = v ? (double)atomic_load(&v->instr_total) : 0; break;
            case 4: val = v ? (double)atomic_load(&v->calls) : 0; break;
            case 5: val = v ? (double)atomic_load(&v->errors) : 0; break;
            case 6: val = v ? (double)atomic_load(&v->budget_kills) : 0; break;
            case 7: val = g ? (double)g->snap.nitems : 0; break;
            case 8: val = (double)atomic_load(&c->reloads); break;
            case 9: val = (double)atomic_load(&c->reload_failures); break;
            case 10: val = c->last_reload_ms / 1000.0; break;
            default: break;
            }
            if (h == 11) {
                if (g)
                    buf_printf(out, "%s{county=\"%s\",version=\"%.12s\"} 1\n", help[h][0], c->id,
                               g->hash);
            } else {
                buf_printf(out, "%s{county=\"%s\"} %.17g\n", help[h][0], c->id, val);
            }
            generation_release(g);
        }
    }
}
