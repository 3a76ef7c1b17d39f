/* store_cert.c: electronic certificates (电子证照) the county issued.
 *
 * A 准予 issuance records one row per licence it grants (number, licence
 * name, holder's resident identity number or unified social credit code,
 * holder's name, issuing department, valid until) in the same transaction
 * as its event: the writer calls store_cert_record (store_int.h) for an op
 * that carries certificates. The built-in e-licence source reads them back
 * by holder and licence name, so that a later application's 免提交
 * material is satisfied by sharing. Reads work on the calling thread's
 * connection. */
#ifndef BANSHI_STORE_CERT_H
#define BANSHI_STORE_CERT_H

#include "buf.h"

/* The newest certificate of county held by holder under licence name
 * license, appended to out as a JSON object { number, license, holder,
 * holder_name, issuer, issued_at (unix seconds), valid_until, application
 * (its application's number) } without the members that are unknown.
 * Returns 1 found, 0 not found, -1 on error. */
int store_cert_find(const char *county, const char *holder, const char *license, buf *out,
                    buf *err);

#endif
