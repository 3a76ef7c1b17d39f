/* multipart/form-data parsing: fields, files, binary data, and every way a
 * body can be malformed, each refused with an offset. */
#include "t.h"
#include "multipart.h"

#define B "----banshiXYZ"

static int parse(const char *body, size_t n, mp_result *r, const char **err, size_t *off) {
    return multipart_parse(body, n, B, r, err, off);
}

static void boundary_from_content_type(void) {
    char b[80];
    CHECK(multipart_boundary("multipart/form-data; boundary=abc123", b, sizeof b) == 0);
    CHECK_STR(b, "abc123");
    CHECK(multipart_boundary("multipart/form-data; boundary=\"a b\"", b, sizeof b) == 0);
    CHECK_STR(b, "a b");
    CHECK(multipart_boundary("application/json", b, sizeof b) != 0);
    CHECK(multipart_boundary("multipart/form-data", b, sizeof b) != 0);
}

static void fields_and_files(void) {
    static const char body[] =
        "--" B "\r\n"
        "Content-Disposition: form-data; name=\"material\"\r\n\r\n"
        "sqs\r\n"
        "--" B "\r\n"
        "Content-Disposition: form-data; name=\"file\"; filename=\"申请书.pdf\"\r\n"
        "Content-Type: application/pdf\r\n\r\n"
        "%PDF\0\r\nbinary\r\n"
        "--" B "--\r\n";
    mp_result r;
    const char *err;
    size_t off;
    CHECK(parse(body, sizeof body - 1, &r, &err, &off) == 0);
    CHECK(r.nparts == 2);
    CHECK_STR(r.parts[0].name, "material");
    CHECK(r.parts[0].filename == NULL);
    CHECK(r.parts[0].len == 3 && memcmp(r.parts[0].data, "sqs", 3) == 0);
    CHECK_STR(r.parts[1].filename, "申请书.pdf");
    CHECK_STR(r.parts[1].content_type, "application/pdf");
    CHECK(r.parts[1].len == 13 && memcmp(r.parts[1].data, "%PDF\0\r\nbinary", 13) == 0);
    multipart_free(&r);
}

static void malformed_bodies_refused(void) {
    static const char *const bad[] = {
        "no boundary at all",
        "--" B "xx",
        "--" B "\r\nContent-Disposition: form-data; name=\"a\"\r\n",
        "--" B "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\ndata without end",
        "--" B "\r\nContent-Disposition: form-data\r\n\r\nx\r\n--" B "--",
        "--" B "\r\nContent-Disposition: attachment; name=\"a\"\r\n\r\nx\r\n--" B "--",
        "--" B "\r\nContent-Disposition: form-data; name=\"\xff\"\r\n\r\nx\r\n--" B "--",
    };
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        mp_result r;
        const char *err = NULL;
        size_t off = 0;
        CHECK(parse(bad[i], strlen(bad[i]), &r, &err, &off) != 0);
        CHECK(err != NULL && off <= strlen(bad[i]));
        multipart_free(&r);
    }
}

static void too_many_parts_refused(void) {
    char body[20000];
    size_t n = 0;
    for (int i = 0; i < MULTIPART_MAX_PARTS + 1; i++)
        n += (size_t)snprintf(
            body + n, sizeof body - n,
            "--" B "\r\nContent-Disposition: form-data; name=\"f%d\"\r\n\r\nx\r\n", i);
    n += (size_t)snprintf(body + n, sizeof body - n, "--" B "--\r\n");
    mp_result r;
    const char *err;
    size_t off;
    CHECK(parse(body, n, &r, &err, &off) != 0);
    CHECK_STR(err, "too many parts");
    multipart_free(&r);
}

int main(void) {
    TEST(boundary_from_content_type);
    TEST(fields_and_files);
    TEST(malformed_bodies_refused);
    TEST(too_many_parts_refused);
    T_EXIT();
}
