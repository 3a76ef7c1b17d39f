#include "log.h"

#include "json.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

int log_min_level = LOG_INFO;

static const char *const level_names[] = {"debug", "info", "warn", "error"};

int log_parse_level(const char *s) {
    for (int i = 0; i < 4; i++)
        if (strcmp(s, level_names[i]) == 0)
            return i;
    return -1;
}

void log_set_level(int level) { log_min_level = level; }

void log_begin(buf *b, int level, const char *event) {
    struct timespec ts;
    struct tm tm;
    clock_gettime(CLOCK_REALTIME, &ts);
    gmtime_r(&ts.tv_sec, &tm);
    buf_printf(b, "{\"ts\":\"%04d-%02d-%02dT%02d:%02d:%02d.%03ldZ\",\"level\":\"%s\",\"event\":",
               tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
               ts.tv_nsec / 1000000, level_names[level]);
    json_write_string(b, event, strlen(event));
}

void log_strn(buf *b, const char *key, const char *value, size_t n) {
    buf_printf(b, ",\"%s\":", key);
    json_write_string(b, value ? value : "", value ? n : 0);
}

void log_str(buf *b, const char *key, const char *value) {
    log_strn(b, key, value, value ? strlen(value) : 0);
}

void log_int(buf *b, const char *key, int64_t value) {
    buf_printf(b, ",\"%s\":%lld", key, (long long)value);
}

void log_num(buf *b, const char *key, double value) { buf_printf(b, ",\"%s\":%.3f", key, value); }

void log_end(buf *b) {
    buf_adds(b, "}\n");
    if (buf_ok(b)) {
        ssize_t w = write(STDERR_FILENO, b->data, b->len);
        (void)w;
    }
    buf_free(b);
}

void log_msg(int level, const char *event, const char *fmt, ...) {
    if (!log_enabled(level))
        return;
    buf b = BUF_INIT, m = BUF_INIT;
    va_list ap;
    va_start(ap, fmt);
    buf_vprintf(&m, fmt, ap);
    va_end(ap);
    log_begin(&b, level, event);
    log_strn(&b, "msg", buf_cstr(&m), m.len);
    buf_free(&m);
    log_end(&b);
}
