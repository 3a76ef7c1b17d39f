/* version.h: the release of banshi this source builds. */
#ifndef BANSHI_VERSION_H
#define BANSHI_VERSION_H
#define BANSHI_VERSION "0.1.0"
#endif
