/* api_figures.c: supervision figures (督查统计) of a county's applications.
 *
 * GET /api/v1/counties/{county}/supervision[?from=YYYY-MM-DD&to=YYYY-MM-DD
 *     &department=CODE&format=csv]
 * for the county's supervisors and administrators and the operator. The
 * period runs from the start of `from` to the end of `to` in the county's
 * local time (default: this month so far). JSON by default; CSV with
 * Chinese headings for spreadsheets. */
#include "api_int.h"
#include "buf.h"
#include "clock.h"
#include "json.h"
#include "router.h"
#include "store_figures.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#define LOCAL_OFFSET    (8 * 3600) /* China keeps one offset all year */
#define MAX_DEPARTMENTS 256

/* "YYYY-MM-DD" -> unix ms at local midnight; -1 when malformed. */
static int64_t parse_day(const char *s) {
    struct tm tm = {0};
    int y, m, d;
    char tail;
    if (!s || sscanf(s, "%4d-%2d-%2d%c", &y, &m, &d, &tail) != 3 || strlen(s) != 10 || y < 2000 ||
        y > 2200 || m < 1 || m > 12 || d < 1 || d > 31)
        return -1;
    tm.tm_year = y - 1900;
    tm.tm_mon = m - 1;
    tm.tm_mday = d;
    time_t t = timegm(&tm);
    struct tm back;
    gmtime_r(&t, &back);
    if (back.tm_mday != d) /* 2026-02-30 */
        return -1;
    return ((int64_t)t - LOCAL_OFFSET) * 1000;
}

static void format_day(int64_t ms, char out[11]) {
    time_t t = (time_t)(ms / 1000) + LOCAL_OFFSET;
    struct tm tm;
    gmtime_r(&t, &tm);
    strftime(out, 11, "%Y-%m-%d", &tm);
}

static void add_into(store_figures *sum, const store_figures *f) {
    sum->received += f->received;
    sum->accepted += f->accepted;
    sum->decided += f->decided;
    sum->on_time += f->on_time;
    sum->late += f->late;
    sum->workdays_sum += f->workdays_sum;
    sum->limit_sum += f->limit_sum;
    sum->timed += f->timed;
    sum->immediate += f->immediate;
    sum->yellow += f->yellow;
    sum->red += f->red;
}

/* The derived figures: 按期办结率, average days taken and promised, the
 * share of 即办件; -1 when there is nothing to divide. */
static void ratios(const store_figures *f, double *rate, double *days, double *limit,
                   double *immediate) {
    *rate = f->on_time + f->late ? (double)f->on_time / (double)(f->on_time + f->late) : -1;
    *days = f->timed ? f->workdays_sum / (double)f->timed : -1;
    *limit = f->timed ? f->limit_sum / (double)f->timed : -1;
    *immediate = f->accepted ? (double)f->immediate / (double)f->accepted : -1;
}

static void json_ratio(buf *b, const char *key, double v) {
    if (v < 0)
        buf_printf(b, ",\"%s\":null", key);
    else
        buf_printf(b, ",\"%s\":%.4f", key, v);
}

static void json_row(buf *b, const store_figures *f, int with_dept) {
    buf_addc(b, '{');
    if (with_dept) {
        buf_adds(b, "\"department\":");
        json_write_string(b, f->department, strlen(f->department));
        buf_adds(b, ",\"name\":");
        json_write_string(b, f->name, strlen(f->name));
        buf_addc(b, ',');
    }
    buf_printf(b,
               "\"received\":%lld,\"accepted\":%lld,\"decided\":%lld,\"on_time\":%lld,"
               "\"late\":%lld,\"immediate\":%lld,\"yellow_now\":%lld,\"red_now\":%lld",
               (long long)f->received, (long long)f->accepted, (long long)f->decided,
               (long long)f->on_time, (long long)f->late, (long long)f->immediate,
               (long long)f->yellow, (long long)f->red);
    double rate, days, limit, imm;
    ratios(f, &rate, &days, &limit, &imm);
    json_ratio(b, "on_time_rate", rate);
    json_ratio(b, "avg_workdays", days);
    json_ratio(b, "avg_promised_limit", limit);
    json_ratio(b, "immediate_share", imm);
    buf_addc(b, '}');
}

/* A CSV field: quoted when it holds a comma, a quote or a line break. */
static void csv_text(buf *b, const char *s) {
    if (!strpbrk(s, ",\"\r\n")) {
        buf_adds(b, s);
        return;
    }
    buf_addc(b, '"');
    for (; *s; s++) {
        if (*s == '"')
            buf_addc(b, '"');
        buf_addc(b, *s);
    }
    buf_addc(b, '"');
}

static void csv_ratio(buf *b, double v, int percent) {
    if (v < 0)
        buf_adds(b, ",");
    else if (percent)
        buf_printf(b, ",%.1f%%", v * 100);
    else
        buf_printf(b, ",%.2f", v);
}

static void csv_row(buf *b, const store_figures *f, const char *code, const char *name) {
    csv_text(b, code);
    buf_addc(b, ',');
    csv_text(b, name);
    buf_printf(b, ",%lld,%lld,%lld,%lld,%lld", (long long)f->received, (long long)f->accepted,
               (long long)f->decided, (long long)f->on_time, (long long)f->late);
    double rate, days, limit, imm;
    ratios(f, &rate, &days, &limit, &imm);
    csv_ratio(b, rate, 1);
    csv_ratio(b, days, 0);
    csv_ratio(b, limit, 0);
    csv_ratio(b, imm, 1);
    buf_printf(b, ",%lld,%lld\r\n", (long long)f->yellow, (long long)f->red);
}

static void h_supervision(http_req *r) {
    generation *g = api_county_gen(r); /* answers 404 for an unknown county */
    if (!g)
        return;
    const char *from_s = http_query(r, "from"), *to_s = http_query(r, "to");
    const char *dep = http_query(r, "department"), *format = http_query(r, "format");
    int64_t now = clock_now_ms();
    char today[11], first[11];
    format_day(now, today);
    snprintf(first, sizeof first, "%.8s01", today);
    int64_t from = parse_day(from_s && *from_s ? from_s : first);
    int64_t to = parse_day(to_s && *to_s ? to_s : today);
    if (from < 0 || to < 0 || to < from) {
        http_send_error(r, 400, "bad_parameter",
                        "from and to are dates YYYY-MM-DD, from not after to");
        return;
    }
    int csv = format && strcmp(format, "csv") == 0;
    if (format && !csv && strcmp(format, "json") != 0) {
        http_send_error(r, 400, "bad_parameter", "format is json or csv");
        return;
    }
    static _Thread_local store_figures rows[MAX_DEPARTMENTS];
    buf err = BUF_INIT;
    int n = store_figures_get(r->params[0], from, to + 86400 * 1000LL, rows, MAX_DEPARTMENTS, &err);
    if (n < 0) {
        http_send_error(r, 500, "store", "%s", buf_cstr(&err));
        buf_free(&err);
        return;
    }
    buf_free(&err);
    store_figures total = {0};
    char from_d[11], to_d[11];
    format_day(from, from_d);
    format_day(to, to_d);
    buf b = BUF_INIT;
    if (csv)
        buf_adds(&b, "\xEF\xBB\xBF" /* a BOM, so spreadsheet programs read UTF-8 */
                     "部门编码,部门,收件,受理,办结,按期办结,超期办结,按期办结率,"
                     "平均用时（工作日）,平均承诺时限（工作日）,即办件占比,黄色预警,红色预警\r\n");
    else
        buf_printf(&b, "{\"county\":\"%s\",\"from\":\"%s\",\"to\":\"%s\",\"departments\":[",
                   r->params[0], from_d, to_d);
    int shown = 0;
    for (int i = 0; i < n; i++) {
        if (dep && *dep && strcmp(dep, rows[i].department) != 0)
            continue;
        add_into(&total, &rows[i]);
        if (csv) {
            csv_row(&b, &rows[i], rows[i].department,
                    rows[i].department[0] ? rows[i].name : "（一件事）");
        } else {
            if (shown)
                buf_addc(&b, ',');
            json_row(&b, &rows[i], 1);
        }
        shown++;
    }
    if (csv) {
        csv_row(&b, &total, "", "合计");
        http_send(r, 200, "text/csv; charset=utf-8", b.data, b.len, HTTP_MEM_COPY);
        buf_free(&b);
        return;
    }
    buf_adds(&b, "],\"total\":");
    json_row(&b, &total, 0);
    buf_addc(&b, '}');
    http_send_json(r, 200, &b);
}

void api_figures_register(void) {
    api_access(router_add("GET", "/api/v1/counties/{county}/supervision", h_supervision),
               ACCESS_SUPERVISION);
}
