/* ctx.c - the thread's HTTP context (see ctx.h). */
#include "http/ctx.h"

#include <strings.h>

static _Thread_local xs_http_ctx *current;

void xs_http_ctx_init(xs_http_ctx *c)
{
    memset(c, 0, sizeof *c);
    c->headers = xs_array_new(0);
}

void xs_http_ctx_release(xs_http_ctx *c)
{
    xs_clear(&c->headers);
}

xs_http_ctx *xs_http_ctx_install(xs_http_ctx *c)
{
    xs_http_ctx *old = current;
    current = c;
    return old;
}

xs_http_ctx *xs_http_ctx_current(void)
{
    return current;
}

static xs_str trim(xs_str s)
{
    while (s.len && (s.ptr[0] == ' ' || s.ptr[0] == '\t')) {
        s.ptr++;
        s.len--;
    }
    while (s.len && (s.ptr[s.len - 1] == ' ' || s.ptr[s.len - 1] == '\t' ||
                     s.ptr[s.len - 1] == '\r' || s.ptr[s.len - 1] == '\n'))
        s.len--;
    return s;
}

/* The status code at the start of s ("201 Created"); 0 when none. */
static int status_of(xs_str s)
{
    s = trim(s);
    if (s.len < 3)
        return 0;
    int v = 0;
    for (size_t i = 0; i < 3; i++) {
        if (s.ptr[i] < '0' || s.ptr[i] > '9')
            return 0;
        v = v * 10 + (s.ptr[i] - '0');
    }
    if (s.len > 3 && s.ptr[3] != ' ')
        return 0;
    return v >= 100 && v <= 599 ? v : 0;
}

static bool valid_name(xs_str n)
{
    if (n.len == 0)
        return false;
    for (size_t i = 0; i < n.len; i++) {
        unsigned char ch = (unsigned char)n.ptr[i];
        if (ch <= ' ' || ch >= 127 || ch == ':')
            return false;
    }
    return true;
}

bool xs_http_ctx_set_header(xs_http_ctx *c, xs_str line, bool replace)
{
    line = trim(line);
    if (memchr(line.ptr, '\n', line.len) || memchr(line.ptr, '\r', line.len))
        return false;
    if (line.len > 5 && strncasecmp(line.ptr, "HTTP/", 5) == 0) {
        const char *sp = memchr(line.ptr, ' ', line.len);
        int st = sp ? status_of((xs_str){sp, line.len - (size_t)(sp - line.ptr)}) : 0;
        if (!st)
            return false;
        c->status = st;
        return true;
    }
    const char *colon = memchr(line.ptr, ':', line.len);
    if (!colon)
        return false;
    xs_str name = trim((xs_str){line.ptr, (size_t)(colon - line.ptr)});
    xs_str val = trim((xs_str){colon + 1, line.len - (size_t)(colon + 1 - line.ptr)});
    if (!valid_name(name))
        return false;
    if (name.len == 6 && strncasecmp(name.ptr, "Status", 6) == 0) {
        int st = status_of(val);
        if (!st)
            return false;
        c->status = st;
        return true;
    }
    if (replace) {
        for (size_t i = xs_array_len(c->headers); i-- > 0;) {
            xs_value n = xs_array_at(xs_array_at(c->headers, i), 0);
            if (xs_text_len(n) == name.len && strncasecmp(xs_text_ptr(n), name.ptr, name.len) == 0)
                xs_release(xs_array_remove(&c->headers, i));
        }
    }
    xs_value pair = xs_array_new(2);
    xs_array_push(&pair, xs_text_from_str(name));
    xs_array_push(&pair, xs_text_from_str(val));
    xs_array_push(&c->headers, pair);
    return true;
}
