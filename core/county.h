/* county.c: counties as actors, each serving one catalogue generation.
 *
 * A generation is one loaded version of a county's catalogue: a sandboxed
 * Lua state holding the model (with its rule functions) and an immutable
 * snapshot (each item's guide as JSON, pre-gzipped, with an ETag, plus the
 * summaries and indexes that lists and searches use without entering Lua).
 *
 * Generation states and transitions:
 *   building  --county_build()-->  built (refs = 1, owned by the builder)
 *   built     --county_swap()-->   current (the county's pointer holds a ref)
 *   current   --county_swap() of a newer one--> retired (pointer's ref dropped)
 *   any       --last generation_release()--> freed (state closed, snapshot freed)
 * Readers take a reference with county_acquire() and drop it with
 * generation_release(); a request keeps its reference until its response has
 * been sent, so a swap never frees bytes still being written to a socket.
 * Reloads of one county are serialised by its reload_lock; a failed build
 * changes nothing.
 *
 * A build reuses what the serving generation already has where its inputs
 * are the same: a published body with the same bytes is shared (shared_res,
 * reference-counted: each snapshot holding one holds a reference, the last
 * to be freed frees it), and an item whose inputs have the same digest is
 * taken over whole (snap_item.digest). Either way the new generation
 * publishes exactly what a build from nothing would.
 *
 * Relies on vm.c, http.c (resources), store.c (versions), json.c, gz.c and
 * the Lua loader lua/banshi/catalog.lua. */
#ifndef BANSHI_COUNTY_H
#define BANSHI_COUNTY_H

#include "buf.h"
#include "http.h"
#include "vm.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>

/* A published body and its resource, shared by the generations of a county
 * whose bytes for it are the same (county.c). */
typedef struct shared_res shared_res;

typedef struct snap_item {
    char *code; /* base code, the key in URLs */
    char *impl_code;
    http_resource guide; /* the full guide (办事指南) as JSON: guide_owner's */
    char *guide_body;    /* owned by guide_owner once published */
    shared_res *guide_owner;
    char *summary; /* a JSON object for lists */
    size_t summary_len;
    char *department;
    char *type;
    char *objects; /* "|自然人|企业法人|": exact-match filters by strstr */
    char *themes;
    char *four;   /* "|网上办|一次办|" */
    char *search; /* lower-cased name, keywords, themes, department */
    int online;
    unsigned char digest[16]; /* of what the entry is made from (catalog.compile) */
    int has_digest;
} snap_item;

enum snap_res {
    SNAP_COUNTY,
    SNAP_DEPARTMENTS,
    SNAP_WINDOWS,
    SNAP_BUNDLES,
    SNAP_FIGURES,
    SNAP_CALENDAR,
    SNAP_CSV,
    SNAP_EXPORT,
    SNAP_NRES
};

typedef struct snapshot {
    snap_item *items;
    size_t nitems;
    int32_t *index; /* open addressing over codes; -1 empty */
    size_t index_cap;
    http_resource res[SNAP_NRES]; /* res_owner's */
    char *res_body[SNAP_NRES];    /* owned by res_owner once published */
    shared_res *res_owner[SNAP_NRES];
    char *name; /* the county's name, for the county list */
} snapshot;

struct county;

typedef struct generation {
    _Atomic int refs;
    struct county *county;
    vm *vm;
    int model_ref; /* registry reference to the loaded model in vm */
    snapshot snap;
    char hash[65];
    int64_t loaded_at;
    uint64_t seq;
    double load_ms;
    _Atomic int timers; /* in-memory timers pending for this generation */
    int plugin_after;   /* a plugin observes stored steps (banshi.plugins.after) */
} generation;

typedef struct county {
    char id[64];
    pthread_mutex_t gen_lock;    /* guards current */
    pthread_mutex_t reload_lock; /* one reload at a time */
    generation *current;
    _Atomic uint64_t reloads;
    _Atomic uint64_t reload_failures;
    _Atomic uint64_t seq;
    double last_reload_ms;
    pthread_mutex_t pinned_lock;  /* guards pinned[] */
    struct generation *pinned[4]; /* older versions that applications still use */
    _Atomic unsigned pinned_next;
} county;

typedef struct county_config {
    const char *catalogs_dir;
    const char *plugins_dir; /* plugin folders (NULL or missing: none) */
    vm_limits limits;
} county_config;

/* Finds the catalogues under cfg->catalogs_dir, loads every serving county (on
 * a few threads) and publishes the ones that load. Errors of a county are logged and appended
 * to err; a county that fails to load falls back to its last active stored
 * version when there is one. Returns the number of counties serving. */
int county_init(const county_config *cfg, buf *err);
void county_shutdown(void);

int county_count(void);
county *county_at(int i);
county *county_find(const char *id);

/* Takes a reference to the county's current generation (NULL if none). */
generation *county_acquire(county *c);
void generation_release(generation *g);

/* Reloads the county from disk: the catalog.lua of every folder, then the
 * files of the county's chain. On success *changed tells whether the content
 * differed (when the chain's files are the serving version's, nothing is
 * loaded: a no-op), and the new version hash is copied to hash. On failure
 * nothing changes and every error is appended to err, one per line;
 * errors_json (if not NULL) receives them as a JSON array. Returns 0 or -1. */
int county_reload(county *c, const char *who, int *changed, char hash[65], buf *err,
                  buf *errors_json);

/* Makes the stored version whose hash begins with version (8 or more hex
 * digits) current again. Same conventions as county_reload. */
int county_rollback(county *c, const char *version, const char *who, int *changed, char hash[65],
                    buf *err);

/* Appends to out, as JSON, what differs between two versions of the
 * county: each of from and to is "disk" (the files a reload would read),
 * "current" or a stored version (8+ hex digits). Returns 0 or -1 with the
 * reason in err. */
int county_diff(county *c, const char *from, const char *to, buf *out, buf *err);

/* A reference to the generation of the county's version hash (the current
 * one, or one built from the stored sources and cached), for applications
 * pinned to the version they were accepted under. NULL with err when that
 * version is not stored or does not load. Release with generation_release. */
generation *county_version(county *c, const char *hash, buf *err);

/* Validates every catalogue under dir without serving anything (banshi
 * check), with lim's memory budget and lim->call_instr as the instruction
 * budget of the whole check, and the plugins each implementation list
 * enables, from plugins_dir (none when it does not exist), as a load would:
 * installed, configured as their schemas say, their code loading and their
 * setup passing. Prints each problem to out. Returns the number of errors. */
int county_check_dir(const char *dir, const char *plugins_dir, const vm_limits *lim, buf *out,
                     int *warnings);

/* Finds an item in a snapshot; NULL if absent. */
const snap_item *snapshot_find(const snapshot *s, const char *code);

/* /metrics collector for the counties. */
void county_metrics(buf *out);

#endif
