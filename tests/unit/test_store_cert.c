/* Electronic certificates (store_cert.c): an issuance's certificates are
 * written with its event by the writer, found again by county, holder and
 * licence (the newest one, without the members that are unknown), and a
 * number recorded twice for one licence undoes the whole step. */
#include "t.h"
#include "store.h"
#include "store_app.h"
#include "store_cert.h"

static const char *dir; /* the scratch folder (t_scratch) */

/* A new application of county; returns its id. */
static int64_t create(const char *county) {
    store_op op;
    memset(&op, 0, sizeof op);
    op.kind = STORE_APP_CREATE;
    op.county = county;
    op.prefix = "11990003MB0000010Y000001000001C";
    op.day = "20261125";
    op.subject = "000001000001";
    op.version = "v1";
    op.query_code = "QC123456";
    op.state = "decided";
    op.doc = "{}";
    op.actor = "applicant";
    op.action = "submit";
    op.payload = "{}";
    op.at = 1000;
    return store_submit_wait(&op) == STORE_OK ? op.id : -1;
}

/* Issues application id (at seq 1) with the certificates given as JSON. */
static int issue(const char *county, int64_t id, const char *certs, int64_t at, store_op *op) {
    memset(op, 0, sizeof *op);
    op->kind = STORE_APP_UPDATE;
    op->county = county;
    op->app_id = id;
    op->expect_seq = 1;
    op->state = "issued";
    op->doc = "{\"state\":\"issued\"}";
    op->actor = "clerk1";
    op->action = "issue";
    op->from_state = "decided";
    op->payload = "{}";
    op->certificates = certs;
    op->at = at;
    return store_submit_wait(op);
}

static void issued_certificates_are_found_by_holder_and_licence(void) {
    int64_t a = create("gamma"), b = create("gamma");
    CHECK(a > 0 && b > 0);
    store_op op;
    CHECK(issue("gamma", a,
                "[{\"number\":\"N1\",\"license\":\"登记证书\",\"holder\":\"130224199001011230\","
                "\"holder_name\":\"王小红\",\"issuer\":\"丙县民政局\"}]",
                5000, &op) == STORE_OK);
    CHECK(issue("gamma", b,
                "[{\"number\":\"N2\",\"license\":\"登记证书\",\"holder\":\"130224199001011230\","
                "\"holder_name\":\"王小红\",\"valid_until\":\"2031-12-31\"}]",
                9000, &op) == STORE_OK);
    buf out = BUF_INIT, err = BUF_INIT;
    CHECK(store_cert_find("gamma", "130224199001011230", "登记证书", &out, &err) == 1);
    /* The newest, with its application's number; no issuer was given. */
    CHECK(strstr(buf_cstr(&out), "\"number\":\"N2\"") != NULL);
    CHECK(strstr(buf_cstr(&out), "\"valid_until\":\"2031-12-31\"") != NULL);
    CHECK(strstr(buf_cstr(&out), "\"issued_at\":9") != NULL);
    CHECK(strstr(buf_cstr(&out), "\"application\":\"11990003MB0000010Y000001000001C2026112500") !=
          NULL);
    CHECK(strstr(buf_cstr(&out), "issuer") == NULL);
    buf_reset(&out);
    CHECK(store_cert_find("gamma", "130224199001011230", "营业执照", &out, &err) == 0);
    CHECK(store_cert_find("gamma", "130224198505054328", "登记证书", &out, &err) == 0);
    CHECK(store_cert_find("delta", "130224199001011230", "登记证书", &out, &err) == 0);
    CHECK(out.len == 0);
    buf_free(&out);
    buf_free(&err);
}

/* The holders kept in memory (so that most lookups need no SQL) learn of
 * a certificate as it is recorded, and are read from the table again after
 * the store is reopened. */
static void a_holder_is_found_after_a_lookup_that_missed_and_after_reopening(void) {
    buf out = BUF_INIT, err = BUF_INIT;
    CHECK(store_cert_find("gamma", "130224199202021235", "许可证", &out, &err) == 0);
    int64_t a = create("gamma");
    store_op op;
    CHECK(a > 0);
    CHECK(issue("gamma", a,
                "[{\"number\":\"E1\",\"license\":\"许可证\",\"holder\":\"130224199202021235\","
                "\"holder_name\":\"赵六\"}]",
                5000, &op) == STORE_OK);
    CHECK(store_cert_find("gamma", "130224199202021235", "许可证", &out, &err) == 1);
    CHECK(strstr(buf_cstr(&out), "\"number\":\"E1\"") != NULL);
    /* Reopened, the holders come from the table. */
    char path[300];
    snprintf(path, sizeof path, "%s/c.db", dir);
    store_writer_stop();
    store_close();
    CHECK(store_open(path, &err) == 0 && store_writer_start(&err) == 0);
    buf_reset(&out);
    CHECK(store_cert_find("gamma", "130224199202021235", "许可证", &out, &err) == 1);
    CHECK(store_cert_find("gamma", "130224199202021236", "许可证", &out, &err) == 0);
    buf_free(&out);
    buf_free(&err);
}

static void a_number_recorded_twice_undoes_the_step(void) {
    int64_t a = create("gamma"), b = create("gamma");
    store_op op;
    const char *cert =
        "[{\"number\":\"N9\",\"license\":\"许可证\",\"holder\":\"130224199001011230\","
        "\"holder_name\":\"王小红\"}]";
    CHECK(issue("gamma", a, cert, 5000, &op) == STORE_OK);
    CHECK(issue("gamma", b, cert, 6000, &op) == STORE_CONFLICT);
    CHECK(strstr(op.err, "already recorded") != NULL);
    /* The application and its events are as they were. */
    store_app app;
    buf err = BUF_INIT, ev = BUF_INIT;
    CHECK(store_app_get(NULL, NULL, b, &app, &err) == 1);
    CHECK(strcmp(app.state, "decided") == 0 && app.seq == 1);
    CHECK(store_app_events(b, &ev, &err) == 0);
    CHECK(strstr(buf_cstr(&ev), "\"issue\"") == NULL);
    store_app_free(&app);
    /* A missing holder is refused by the table, not stored half. */
    int64_t c = create("gamma");
    CHECK(issue("gamma", c, "[{\"number\":\"N10\",\"license\":\"许可证\",\"holder_name\":\"x\"}]",
                7000, &op) == STORE_ERROR);
    buf_free(&err);
    buf_free(&ev);
}

int main(void) {
    if (!(dir = t_scratch("certs")))
        return 2;
    char path[300];
    snprintf(path, sizeof path, "%s/c.db", dir);
    buf err = BUF_INIT;
    if (store_open(path, &err) != 0 || store_writer_start(&err) != 0) {
        printf("FAIL setup: %s\n", buf_cstr(&err));
        return 1;
    }
    TEST(issued_certificates_are_found_by_holder_and_licence);
    TEST(a_number_recorded_twice_undoes_the_step);
    TEST(a_holder_is_found_after_a_lookup_that_missed_and_after_reopening);
    store_writer_stop();
    store_close();
    t_scratch_remove();
    buf_free(&err);
    T_EXIT();
}
