#include "base/buf.h"

#include "base/alloc.h"

xs_str xs_str_of(const char *cstr)
{
    return (xs_str){cstr, strlen(cstr)};
}

bool xs_str_eq(xs_str a, xs_str b)
{
    return a.len == b.len && (a.len == 0 || memcmp(a.ptr, b.ptr, a.len) == 0);
}

bool xs_str_eq_cstr(xs_str a, const char *cstr)
{
    return xs_str_eq(a, xs_str_of(cstr));
}

void xs_buf_init(xs_buf *b)
{
    b->ptr = NULL;
    b->len = 0;
    b->cap = 0;
}

void xs_buf_release(xs_buf *b)
{
    xs_free(b->ptr);
    xs_buf_init(b);
}

void xs_buf_reset(xs_buf *b)
{
    b->len = 0;
    if (b->ptr)
        b->ptr[0] = '\0';
}

void xs_buf_reserve(xs_buf *b, size_t extra)
{
    size_t need;
    if (!xs_size_add(b->len, extra, &need) || !xs_size_add(need, 1, &need))
        xs_oom();
    if (need <= b->cap)
        return;
    size_t cap = b->cap ? b->cap : 64;
    while (cap < need) {
        if (!xs_size_mul(cap, 2, &cap))
            xs_oom();
    }
    b->ptr = xs_realloc(b->ptr, cap);
    b->cap = cap;
}

void xs_buf_add(xs_buf *b, const void *p, size_t n)
{
    xs_buf_reserve(b, n);
    if (n)
        memcpy(b->ptr + b->len, p, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void xs_buf_adds(xs_buf *b, const char *cstr)
{
    xs_buf_add(b, cstr, strlen(cstr));
}

void xs_buf_addc(xs_buf *b, char c)
{
    xs_buf_reserve(b, 1);
    b->ptr[b->len++] = c;
    b->ptr[b->len] = '\0';
}

void xs_buf_vaddf(xs_buf *b, const char *fmt, va_list ap)
{
    va_list again;
    va_copy(again, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    if (n > 0) {
        xs_buf_reserve(b, (size_t)n);
        vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, again);
        b->len += (size_t)n;
    }
    va_end(again);
}

void xs_buf_addf(xs_buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(b, fmt, ap);
    va_end(ap);
}

const char *xs_buf_cstr(const xs_buf *b)
{
    return b->ptr ? b->ptr : "";
}

char *xs_buf_detach(xs_buf *b, size_t *len)
{
    if (!b->ptr)
        xs_buf_reserve(b, 0), b->ptr[0] = '\0';
    char *p = b->ptr;
    if (len)
        *len = b->len;
    xs_buf_init(b);
    return p;
}
