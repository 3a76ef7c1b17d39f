/* client.c: a small blocking HTTP/1.1 client (see client.h). */
#include "client.h"

#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

static int connect_to(const char *addr, int timeout_s, buf *out) {
    char host[128], port[16];
    const char *colon = strrchr(addr, ':');
    if (!colon || (size_t)(colon - addr) >= sizeof host || strlen(colon + 1) >= sizeof port) {
        buf_printf(out, "'%s' is not ADDRESS:PORT", addr);
        return -1;
    }
    memcpy(host, addr, (size_t)(colon - addr));
    host[colon - addr] = '\0';
    snprintf(port, sizeof port, "%s", colon + 1);
    if (host[0] == '[') {
        memmove(host, host + 1, strlen(host));
        host[strcspn(host, "]")] = '\0';
    }
    struct addrinfo hints = {0}, *res = NULL;
    hints.ai_socktype = SOCK_STREAM;
    if (getaddrinfo(host, port, &hints, &res) != 0 || !res) {
        buf_printf(out, "cannot resolve %s", addr);
        return -1;
    }
    int fd = socket(res->ai_family, SOCK_STREAM, 0);
    struct timeval tv = {timeout_s, 0};
    if (fd >= 0) {
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof tv);
    }
    if (fd < 0 || connect(fd, res->ai_addr, res->ai_addrlen) != 0) {
        buf_printf(out, "cannot connect to %s (is banshi serving there?)", addr);
        if (fd >= 0)
            close(fd);
        fd = -1;
    }
    freeaddrinfo(res);
    return fd;
}

int client_exchange(const char *addr, const char *method, const char *path, const char *headers,
                    const char *body, size_t body_len, int timeout_s, buf *head, buf *out) {
    int fd = connect_to(addr, timeout_s, out);
    if (fd < 0)
        return -1;
    buf req = BUF_INIT;
    buf_printf(&req, "%s %s HTTP/1.1\r\nHost: %s\r\nConnection: close\r\nContent-Length: %zu\r\n",
               method, path, addr, body_len);
    if (headers)
        buf_adds(&req, headers);
    buf_adds(&req, "\r\n");
    if (body_len)
        buf_add(&req, body, body_len);
    size_t sent = 0;
    while (sent < req.len) {
        ssize_t w = write(fd, req.data + sent, req.len - sent);
        if (w <= 0)
            break;
        sent += (size_t)w;
    }
    buf_free(&req);
    buf resp = BUF_INIT;
    char chunk[16384];
    ssize_t r;
    while ((r = read(fd, chunk, sizeof chunk)) > 0)
        buf_add(&resp, chunk, (size_t)r);
    close(fd);
    int status = -1;
    const char *hdr_end = resp.data ? strstr(resp.data, "\r\n\r\n") : NULL;
    if (resp.len > 12 && strncmp(resp.data, "HTTP/1.", 7) == 0 && hdr_end) {
        status = atoi(resp.data + 9);
        const char *first = strstr(resp.data, "\r\n") + 2;
        if (head && first < hdr_end + 2)
            buf_add(head, first, (size_t)(hdr_end + 2 - first));
        const char *b = hdr_end + 4;
        /* Chunked answers are not expected from banshi: it sends lengths. */
        buf_add(out, b, resp.len - (size_t)(b - resp.data));
    } else {
        buf_printf(out, "no HTTP answer from %s", addr);
    }
    buf_free(&resp);
    return status;
}

int client_request(const char *addr, const char *method, const char *path, const char *token,
                   const char *body, int timeout_s, buf *out) {
    buf headers = BUF_INIT;
    size_t blen = body ? strlen(body) : 0;
    if (token && *token)
        buf_printf(&headers, "Authorization: Bearer %s\r\n", token);
    if (blen)
        buf_adds(&headers, "Content-Type: application/json\r\n");
    int status =
        client_exchange(addr, method, path, buf_cstr(&headers), body, blen, timeout_s, NULL, out);
    buf_free(&headers);
    return status;
}
