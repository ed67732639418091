/*
 * buf.h - growable byte buffer, always NUL-terminated, and the xs_str slice.
 *
 * An xs_buf is embedded by its owner: xs_buf_init / xs_buf_release. The
 * bytes live on the heap; xs_buf_detach hands them to the caller (xs_free).
 */
#ifndef XS_BASE_BUF_H
#define XS_BASE_BUF_H

#include "base/common.h"

/* A borrowed run of bytes; not NUL-terminated unless said so. */
typedef struct xs_str {
    const char *ptr;
    size_t len;
} xs_str;

#define XS_STR(lit) ((xs_str){(lit), sizeof(lit) - 1})

xs_str xs_str_of(const char *cstr);
bool xs_str_eq(xs_str a, xs_str b);
bool xs_str_eq_cstr(xs_str a, const char *cstr);

typedef struct xs_buf {
    char *ptr; /* NUL-terminated; NULL until the first append */
    size_t len;
    size_t cap;
} xs_buf;

void xs_buf_init(xs_buf *b);
void xs_buf_release(xs_buf *b);
void xs_buf_reset(xs_buf *b);                 /* length 0, memory kept */
void xs_buf_reserve(xs_buf *b, size_t extra); /* room for extra more bytes */
void xs_buf_add(xs_buf *b, const void *p, size_t n);
void xs_buf_adds(xs_buf *b, const char *cstr);
void xs_buf_addc(xs_buf *b, char c);
void xs_buf_addf(xs_buf *b, const char *fmt, ...) XS_PRINTF(2, 3);
void xs_buf_vaddf(xs_buf *b, const char *fmt, va_list ap);
/* The contents as a C string; "" when empty (never NULL). Borrowed. */
const char *xs_buf_cstr(const xs_buf *b);
/* Hands the heap string to the caller and leaves b empty. Never NULL. */
char *xs_buf_detach(xs_buf *b, size_t *len);

#endif
