/* store_kv.c: the key-value store of plugins, one space per county and
 * plugin. Values are JSON text; an entry may expire (unix milliseconds on
 * the business clock), after which it reads as absent and is pruned.
 * Every call works on the calling thread's connection (so inside a durable
 * timer's transaction it joins that transaction). */
#ifndef BANSHI_STORE_KV_H
#define BANSHI_STORE_KV_H

#include "buf.h"

#include <stdint.h>

/* 1 and the value appended to out, 0 when absent or expired, -1 on error. */
int store_kv_get(const char *county, const char *plugin, const char *key, int64_t now, buf *out,
                 buf *err);
/* Sets key to value (JSON); expires_at 0 keeps it for good. */
int store_kv_set(const char *county, const char *plugin, const char *key, const char *value,
                 int64_t expires_at, buf *err);
/* 1 if a live entry was deleted, 0 if none, -1 on error. */
int store_kv_delete(const char *county, const char *plugin, const char *key, buf *err);
/* Adds by to the number at key (absent or expired: 0) and returns the new
 * value in *out; expires_at as for set (applied when the entry is new). */
int store_kv_incr(const char *county, const char *plugin, const char *key, double by,
                  int64_t expires_at, int64_t now, double *out, buf *err);
/* Appends a JSON array [[key, value], ...] of live entries whose key
 * begins with prefix, in key order, at most limit. */
int store_kv_list(const char *county, const char *plugin, const char *prefix, int limit,
                  int64_t now, buf *out, buf *err);
/* Deletes up to max expired entries; returns how many. */
int store_kv_prune(int64_t now, int max, buf *err);

#endif
