/* log.c: structured logs, one JSON object per line on stderr.
 *
 * Every line carries ts (UTC, milliseconds), level and event; callers add
 * fields with log_str/log_int/log_num between log_begin and log_end. A line is
 * written with one write(2), so lines from different threads never interleave.
 * Lines below the configured level cost one comparison. Relies on buf.c and
 * json.c (string escaping). */
#ifndef BANSHI_LOG_H
#define BANSHI_LOG_H

#include "buf.h"

#include <stdint.h>

enum log_level { LOG_DEBUG = 0, LOG_INFO = 1, LOG_WARN = 2, LOG_ERROR = 3 };

extern int log_min_level;

/* Parses "debug", "info", "warn" or "error". Returns the level or -1. */
int log_parse_level(const char *s);
void log_set_level(int level);

#define log_enabled(level) ((level) >= log_min_level)

/* Starts a line in b (which the caller owns, usually on the stack). */
void log_begin(buf *b, int level, const char *event);
void log_str(buf *b, const char *key, const char *value);
void log_strn(buf *b, const char *key, const char *value, size_t n);
void log_int(buf *b, const char *key, int64_t value);
void log_num(buf *b, const char *key, double value);
/* Finishes the line, writes it to stderr and frees b's memory. */
void log_end(buf *b);

/* One-call form: an event with a free-text message ("msg" field). */
void log_msg(int level, const char *event, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

#endif
