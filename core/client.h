/* client.c: a small blocking HTTP/1.1 client for the operator commands
 * (banshi reload, banshi versions), plugins' webhooks and the plugin testing
 * kit (banshi test) to talk to a server.
 * One request per connection; the whole answer is read into memory. */
#ifndef BANSHI_CLIENT_H
#define BANSHI_CLIENT_H

#include "buf.h"

/* Sends method path to addr ("127.0.0.1:8080") with an optional bearer
 * token and body, waiting at most timeout_s seconds. On success returns the
 * HTTP status and appends the response body to out; on failure returns -1
 * with a message in out. */
int client_request(const char *addr, const char *method, const char *path, const char *token,
                   const char *body, int timeout_s, buf *out);

/* The general form: headers are extra request header lines, each ending
 * in "\r\n" (NULL for none); the body is body_len bytes. When head is not
 * NULL it receives the response's header lines ("Name: value\r\n" each,
 * the status line left out). Returns as client_request. */
int client_exchange(const char *addr, const char *method, const char *path, const char *headers,
                    const char *body, size_t body_len, int timeout_s, buf *head, buf *out);

#endif
