#include "base/diag.h"

#include "base/alloc.h"

void xs_diag_init(xs_diag *d)
{
    memset(d, 0, sizeof *d);
}

void xs_diag_clear(xs_diag *d)
{
    for (size_t i = 0; i < d->count; i++) {
        xs_free(d->items[i].file);
        xs_free(d->items[i].message);
    }
    d->count = 0;
    d->errors = 0;
    d->warnings = 0;
}

void xs_diag_release(xs_diag *d)
{
    xs_diag_clear(d);
    xs_free(d->items);
    xs_diag_init(d);
}

void xs_diag_vadd(xs_diag *d, xs_diag_level level, const char *file, int line, int col,
                  const char *fmt, va_list ap)
{
    if (level == XS_DIAG_ERROR)
        d->errors++;
    else if (level == XS_DIAG_WARNING)
        d->warnings++;
    size_t max = d->max_entries ? d->max_entries : 1000;
    if (d->count >= max)
        return;
    if (d->count == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 8;
        d->items = xs_realloc(d->items, d->cap * sizeof *d->items);
    }
    xs_buf msg;
    xs_buf_init(&msg);
    xs_buf_vaddf(&msg, fmt, ap);
    xs_diag_entry *e = &d->items[d->count++];
    e->level = level;
    e->file = file ? xs_strdup(file) : NULL;
    e->line = line;
    e->col = col;
    e->message = xs_buf_detach(&msg, NULL);
}

void xs_diag_add(xs_diag *d, xs_diag_level level, const char *file, int line, int col,
                 const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_diag_vadd(d, level, file, line, col, fmt, ap);
    va_end(ap);
}

xs_status xs_diag_error(xs_diag *d, xs_status st, const char *file, int line, int col,
                        const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_diag_vadd(d, XS_DIAG_ERROR, file, line, col, fmt, ap);
    va_end(ap);
    return st;
}

void xs_diag_warn(xs_diag *d, const char *file, int line, int col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_diag_vadd(d, XS_DIAG_WARNING, file, line, col, fmt, ap);
    va_end(ap);
}

const xs_diag_entry *xs_diag_first_error(const xs_diag *d)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].level == XS_DIAG_ERROR)
            return &d->items[i];
    return NULL;
}

void xs_diag_move(xs_diag *dst, xs_diag *src)
{
    /* Entries src counted but dropped past its cap still count in dst. */
    size_t dropped_errors = src->errors, dropped_warnings = src->warnings;
    for (size_t i = 0; i < src->count; i++) {
        xs_diag_entry *e = &src->items[i];
        if (e->level == XS_DIAG_ERROR)
            dropped_errors--;
        else if (e->level == XS_DIAG_WARNING)
            dropped_warnings--;
        xs_diag_add(dst, e->level, e->file, e->line, e->col, "%s", e->message);
    }
    dst->errors += dropped_errors;
    dst->warnings += dropped_warnings;
    xs_diag_clear(src);
}

static const char *level_name(xs_diag_level level)
{
    switch (level) {
    case XS_DIAG_ERROR:
        return "error";
    case XS_DIAG_WARNING:
        return "warning";
    case XS_DIAG_NOTE:
        return "note";
    }
    return "error";
}

void xs_diag_print_entry(const xs_diag_entry *e, const char *src, size_t src_len, FILE *out)
{
    const char *file = e->file ? e->file : "<input>";
    if (e->line > 0)
        fprintf(out, "%s:%d:%d: %s: %s\n", file, e->line, e->col, level_name(e->level),
                e->message);
    else
        fprintf(out, "%s: %s: %s\n", file, level_name(e->level), e->message);
    if (!src || e->line <= 0)
        return;
    /* Find the line, then print it with a caret under the column. */
    const char *p = src, *end = src + src_len;
    for (int l = 1; l < e->line && p < end; p++)
        if (*p == '\n')
            l++;
    if (p >= end && e->line > 1)
        return;
    const char *eol = memchr(p, '\n', (size_t)(end - p));
    if (!eol)
        eol = end;
    int width = (int)(eol - p);
    if (width > 0 && p[width - 1] == '\r')
        width--;
    fprintf(out, "%5d | %.*s\n      | ", e->line, width, p);
    for (int i = 1; i < e->col && i <= width; i++)
        fputc(p[i - 1] == '\t' ? '\t' : ' ', out);
    fputs("^\n", out);
}

void xs_json_quote(xs_buf *out, const char *s, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    xs_buf_addc(out, '"');
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        switch (c) {
        case '"':
            xs_buf_add(out, "\\\"", 2);
            break;
        case '\\':
            xs_buf_add(out, "\\\\", 2);
            break;
        case '\n':
            xs_buf_add(out, "\\n", 2);
            break;
        case '\r':
            xs_buf_add(out, "\\r", 2);
            break;
        case '\t':
            xs_buf_add(out, "\\t", 2);
            break;
        case '\b':
            xs_buf_add(out, "\\b", 2);
            break;
        case '\f':
            xs_buf_add(out, "\\f", 2);
            break;
        default:
            if (c < 0x20) {
                char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
                xs_buf_add(out, esc, 6);
            } else {
                xs_buf_addc(out, (char)c);
            }
        }
    }
    xs_buf_addc(out, '"');
}

void xs_diag_to_json(const xs_diag *d, xs_buf *out)
{
    xs_buf_addc(out, '[');
    for (size_t i = 0; i < d->count; i++) {
        const xs_diag_entry *e = &d->items[i];
        if (i)
            xs_buf_addc(out, ',');
        xs_buf_adds(out, "{\"file\":");
        if (e->file)
            xs_json_quote(out, e->file, strlen(e->file));
        else
            xs_buf_adds(out, "null");
        xs_buf_addf(out, ",\"line\":%d,\"col\":%d,\"severity\":\"%s\",\"message\":", e->line,
                    e->col, level_name(e->level));
        xs_json_quote(out, e->message, strlen(e->message));
        xs_buf_addc(out, '}');
    }
    xs_buf_addc(out, ']');
}
