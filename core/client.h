/* client.c: a small blocking HTTP/1.1 client for the operator commands
 * (banshi reload, banshi versions) to talk to a running server on loopback.
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

#endif
