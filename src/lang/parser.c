/*
 * parser.c - the parser's driver and plumbing: lexing on demand into the
 * token ring, errors, arena and scratch memory, string decoding and comments.
 * The grammar itself is in parse_object.c, parse_stmt.c and parse_expr.c.
 */
#include "lang/parser.h"

#include "base/alloc.h"
#include "lang/parser_int.h"

/* ---- errors ---- */

void xs_ptok_desc(const xs_parser *p, const xs_token *t, char *buf, size_t n)
{
    if (t->kind == XS_TOK_EOF) {
        snprintf(buf, n, "end of file");
        return;
    }
    const char *s = p->src + t->pos.off;
    size_t len = t->len;
    const char *nl = memchr(s, '\n', len);
    bool cut = false;
    if (nl) {
        len = (size_t)(nl - s);
        cut = true;
    }
    if (len > 40) {
        len = 40;
        cut = true;
    }
    snprintf(buf, n, "'%.*s%s'", (int)len, s, cut ? "..." : "");
}

void *xs_perr(xs_parser *p, const xs_token *t, const char *fmt, ...)
{
    if (p->failed)
        return NULL;
    p->failed = true;
    p->st = XS_E_PARSE;
    va_list ap;
    va_start(ap, fmt);
    xs_diag_vadd(p->diag, XS_DIAG_ERROR, p->file, (int)t->pos.line, (int)t->pos.col, fmt, ap);
    va_end(ap);
    return NULL;
}

/* The position just past token t (where a line break after it would be). */
static xs_pos end_of(const xs_parser *p, const xs_token *t)
{
    const char *s = p->src + t->pos.off;
    const char *nl = NULL;
    for (uint32_t i = t->len; i > 0; i--) {
        if (s[i - 1] == '\n') {
            nl = s + i - 1;
            break;
        }
    }
    xs_pos e;
    e.off = t->pos.off + t->len;
    if (!nl) {
        e.line = t->pos.line;
        e.col = t->pos.col + t->len;
    } else {
        uint32_t lines = 0;
        for (const char *c = s; c <= nl; c++)
            lines += *c == '\n';
        e.line = t->pos.line + lines;
        e.col = (uint32_t)(s + t->len - nl);
    }
    return e;
}

void *xs_pexpect(xs_parser *p, const char *what)
{
    const xs_token *t = tok(p);
    if (t->kind == XS_TOK_ERROR)
        return xs_perr(p, t, "%s", xs_lex_error_text((xs_lex_error)t->sub));
    if (tok_nl(t) && t->kind != XS_TOK_EOF && p->head > 0) {
        /* What was expected belongs on this line: point at its end. */
        xs_token at = *t;
        at.pos = end_of(p, &p->ring[(p->head - 1) & (XS_PRING - 1)]);
        return xs_perr(p, &at, "expected %s before the end of the line", what);
    }
    char found[64];
    xs_ptok_desc(p, t, found, sizeof found);
    return xs_perr(p, t, "expected %s but found %s", what, found);
}

void *xs_pexpect_item(xs_parser *p, const char *what)
{
    const xs_token *t = tok(p);
    if (t->kind == XS_TOK_ERROR)
        return xs_perr(p, t, "%s", xs_lex_error_text((xs_lex_error)t->sub));
    char found[64];
    xs_ptok_desc(p, t, found, sizeof found);
    return xs_perr(p, t, "expected %s but found %s", what, found);
}

void xs_pwarn(xs_parser *p, xs_pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_diag_vadd(p->diag, XS_DIAG_WARNING, p->file, (int)pos.line, (int)pos.col, fmt, ap);
    va_end(ap);
}

bool xs_pneed(xs_parser *p, xs_punct pu, const char *context)
{
    if (p->failed)
        return false;
    if (at_punct(p, pu)) {
        adv(p);
        return true;
    }
    char what[128];
    if (context)
        snprintf(what, sizeof what, "'%s' %s", xs_punct_text(pu), context);
    else
        snprintf(what, sizeof what, "'%s'", xs_punct_text(pu));
    xs_pexpect(p, what);
    return false;
}

bool xs_penter(xs_parser *p)
{
    if (p->failed)
        return false;
    if (++p->depth > XS_PARSE_MAX_DEPTH) {
        xs_perr(p, tok(p), "nesting deeper than %d levels", XS_PARSE_MAX_DEPTH);
        p->st = XS_E_LIMIT;
        return false;
    }
    return true;
}

/* ---- memory ---- */

void *xs_palloc(xs_parser *p, size_t n)
{
    void *m = xs_arena_alloc(p->arena, n ? n : 1);
    if (!m && !p->failed) {
        xs_perr(p, tok(p), "source too large: memory limit reached");
        p->st = XS_E_LIMIT;
    }
    return m;
}

void xs_ppush(xs_parser *p, const void *elem, size_t sz)
{
    xs_pscratch *s = p->scratch;
    size_t need = (sz + 7) & ~(size_t)7;
    if (s->top + need > s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 4096;
        while (cap < s->top + need)
            cap *= 2;
        s->ptr = xs_realloc(s->ptr, cap);
        s->cap = cap;
    }
    memcpy(s->ptr + s->top, elem, sz);
    s->top += need;
}

void *xs_pfinish(xs_parser *p, size_t mark, size_t sz, uint32_t *count)
{
    xs_pscratch *s = p->scratch;
    size_t stride = (sz + 7) & ~(size_t)7;
    size_t n = (s->top - mark) / stride;
    *count = (uint32_t)n;
    if (n == 0) {
        s->top = mark;
        return NULL;
    }
    unsigned char *out = xs_palloc(p, n * sz);
    if (out) {
        if (stride == sz)
            memcpy(out, s->ptr + mark, n * sz);
        else
            for (size_t i = 0; i < n; i++)
                memcpy(out + i * sz, s->ptr + mark + i * stride, sz);
    } else {
        *count = 0;
    }
    s->top = mark;
    return out;
}

/* ---- strings ---- */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static size_t put_utf8(char *o, uint32_t cp)
{
    if (cp < 0x80) {
        o[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        o[0] = (char)(0xC0 | (cp >> 6));
        o[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        o[0] = (char)(0xE0 | (cp >> 12));
        o[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        o[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    o[0] = (char)(0xF0 | (cp >> 18));
    o[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    o[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    o[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Double quotes: C escapes, \uXXXX; an unknown escape \w gives w. */
static xs_str decode_double(xs_parser *p, const char *s, size_t n)
{
    char *o = xs_palloc(p, n + 1);
    if (!o)
        return (xs_str){"", 0};
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (c != '\\' || i + 1 >= n) {
            o[k++] = c;
            continue;
        }
        c = s[++i];
        switch (c) {
        case 'n':
            o[k++] = '\n';
            break;
        case 't':
            o[k++] = '\t';
            break;
        case 'r':
            o[k++] = '\r';
            break;
        case 'b':
            o[k++] = '\b';
            break;
        case 'f':
            o[k++] = '\f';
            break;
        case 'v':
            o[k++] = '\v';
            break;
        case '0':
            o[k++] = '\0';
            break;
        case 'u': {
            uint32_t cp = 0;
            int d = 0;
            while (d < 4 && i + 1 + d < n && hexval(s[i + 1 + d]) >= 0)
                cp = cp * 16 + (uint32_t)hexval(s[i + 1 + (d++)]);
            if (d < 4) {
                o[k++] = 'u';
                break;
            }
            i += 4;
            /* A UTF-8 sequence is never longer than the 6 bytes of \uXXXX. */
            k += put_utf8(o + k, cp);
            break;
        }
        default:
            o[k++] = c;
            break;
        }
    }
    o[k] = '\0';
    return (xs_str){o, k};
}

/* Single quotes: only \\ and \' are escapes. */
static xs_str decode_single(xs_parser *p, const char *s, size_t n)
{
    char *o = xs_palloc(p, n + 1);
    if (!o)
        return (xs_str){"", 0};
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] == '\\' && i + 1 < n && (s[i + 1] == '\\' || s[i + 1] == '\'')) {
            o[k++] = s[++i];
            continue;
        }
        o[k++] = s[i];
    }
    o[k] = '\0';
    return (xs_str){o, k};
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\r';
}

/* Triple quotes: the text between the quotes, without the line break after
 * the opening quotes, without the blank last line before the closing ones,
 * and without the indentation common to every non-blank line. */
static xs_str decode_triple(xs_parser *p, const char *s, size_t n)
{
    size_t a = 0, b = n;
    size_t i = 0;
    while (i < n && is_blank(s[i]))
        i++;
    if (i < n && s[i] == '\n')
        a = i + 1;
    size_t j = n;
    while (j > a && is_blank(s[j - 1]))
        j--;
    if (j > a && s[j - 1] == '\n')
        b = j - 1;
    else if (j == a)
        b = a;
    /* Common indentation of non-blank lines. */
    size_t common = SIZE_MAX;
    for (size_t ls = a; ls < b;) {
        size_t k = ls;
        while (k < b && is_blank(s[k]))
            k++;
        const char *nl = memchr(s + k, '\n', b - k);
        size_t le = nl ? (size_t)(nl - s) : b;
        if (k < le && k - ls < common)
            common = k - ls;
        ls = le + 1;
    }
    if (common == SIZE_MAX || common == 0)
        return (xs_str){s + a, b - a};
    char *o = xs_palloc(p, b - a + 1);
    if (!o)
        return (xs_str){"", 0};
    size_t k = 0;
    for (size_t ls = a; ls < b;) {
        const char *nl = memchr(s + ls, '\n', b - ls);
        size_t le = nl ? (size_t)(nl - s) : b;
        size_t skip = 0;
        while (skip < common && ls + skip < le && is_blank(s[ls + skip]))
            skip++;
        memcpy(o + k, s + ls + skip, le - ls - skip);
        k += le - ls - skip;
        if (nl)
            o[k++] = '\n';
        ls = le + 1;
    }
    o[k] = '\0';
    return (xs_str){o, k};
}

xs_str xs_pstring(xs_parser *p, const xs_token *t)
{
    const char *s = p->src + t->pos.off;
    switch (t->sub) {
    case XS_QUOTE_TRIPLE:
        return decode_triple(p, s + 3, t->len - 6);
    case XS_QUOTE_SINGLE:
        if (!(t->flags & XS_TOKF_ESC))
            return (xs_str){s + 1, t->len - 2};
        return decode_single(p, s + 1, t->len - 2);
    default:
        if (!(t->flags & XS_TOKF_ESC))
            return (xs_str){s + 1, t->len - 2};
        return decode_double(p, s + 1, t->len - 2);
    }
}

/* ---- comments ---- */

static void on_comment(void *ctx, xs_pos pos, uint32_t len, bool own_line)
{
    xs_parser *p = ctx;
    if (p->ncomments == p->comments_cap) {
        p->comments_cap = p->comments_cap ? p->comments_cap * 2 : 64;
        p->comments = xs_realloc(p->comments, p->comments_cap * sizeof *p->comments);
    }
    p->comments[p->ncomments++] = (xs_pcomment){pos, len, own_line};
}

void xs_pflush_comments(xs_parser *p)
{
    uint32_t off = tok(p)->pos.off;
    while (p->comment_i < p->ncomments && p->comments[p->comment_i].pos.off < off) {
        const xs_pcomment *c = &p->comments[p->comment_i++];
        xs_ast_item it;
        memset(&it, 0, sizeof it);
        it.kind = XS_ITEM_COMMENT;
        it.pos = c->pos;
        it.name = (xs_str){p->src + c->pos.off, c->len};
        xs_ppush(p, &it, sizeof it);
    }
}

void xs_pskip_comments(xs_parser *p)
{
    uint32_t off = tok(p)->pos.off;
    while (p->comment_i < p->ncomments && p->comments[p->comment_i].pos.off < off)
        p->comment_i++;
}

/* ---- tokens ---- */

void xs_pfill(xs_parser *p, uint32_t n)
{
    /* Lex ahead in batches of half the ring: fewer calls, and the half
     * behind the current token stays in place for pointers still held. */
    n += XS_PRING / 2 - XS_PEEK_MAX;
    while (p->filled <= n && !p->at_end) {
        xs_token t;
        if (p->filled > 0 && p->ring[(p->filled - 1) % XS_PRING].kind == XS_TOK_ERROR) {
            /* After an error token, an EOF at the same place for lookahead. */
            t = p->ring[(p->filled - 1) % XS_PRING];
            t.kind = XS_TOK_EOF;
            t.len = 0;
        } else {
            t = xs_lex_next(&p->lx);
        }
        p->ring[p->filled & (XS_PRING - 1)] = t;
        p->filled++;
        if (t.kind == XS_TOK_EOF)
            p->at_end = true;
    }
}

/* ---- entry points ---- */

xs_ast_doc *xs_parse_document(xs_parser *p); /* parse_object.c */

/* Sets up p to parse text[0..len) (all of src, or a backtick expression
 * inside it whose first byte is at base); lexes the first token. */
static void parser_init(xs_parser *p, const char *src, const char *file, xs_arena *arena,
                        xs_diag *d, xs_pscratch *scratch, const char *text, uint32_t len,
                        xs_pos base, bool comments)
{
    memset(p, 0, sizeof *p);
    p->src = src;
    p->file = file;
    p->arena = arena;
    p->diag = d;
    p->scratch = scratch;
    p->st = XS_OK;
    xs_lex_init(&p->lx, text, len, base);
    if (comments) {
        p->lx.on_comment = on_comment;
        p->lx.comment_ctx = p;
    }
    xs_pfill(p, 0);
}

static xs_status too_big(const char *file, xs_diag *d)
{
    return xs_diag_error(d, XS_E_LIMIT, file, 0, 0, "source larger than %zu bytes",
                         (size_t)XS_PARSE_MAX_SIZE);
}

xs_status xs_parse_doc(const char *src, size_t len, const char *file, xs_arena *arena, xs_diag *d,
                       xs_ast_doc **out)
{
    *out = NULL;
    if (len >= XS_PARSE_MAX_SIZE)
        return too_big(file, d);
    xs_pscratch scratch = {0};
    xs_parser p;
    parser_init(&p, src, file, arena, d, &scratch, src, (uint32_t)len, (xs_pos){1, 1, 0}, true);
    xs_ast_doc *doc = xs_parse_document(&p);
    xs_free(p.comments);
    xs_free(scratch.ptr);
    if (p.failed || !doc)
        return p.st != XS_OK ? p.st : XS_E_PARSE;
    doc->file = file;
    doc->src = (xs_str){src, len};
    *out = doc;
    return XS_OK;
}

xs_status xs_parse_expr(const char *src, size_t len, const char *file, xs_arena *arena, xs_diag *d,
                        xs_ast_expr **out)
{
    *out = NULL;
    if (len >= XS_PARSE_MAX_SIZE)
        return too_big(file, d);
    xs_pscratch scratch = {0};
    xs_parser p;
    parser_init(&p, src, file, arena, d, &scratch, src, (uint32_t)len, (xs_pos){1, 1, 0}, false);
    p.nl_off = 1;
    p.tick_mode = true;
    xs_ast_expr *e = xs_parse_expr_p(&p, 0);
    if (e && !p.failed && tok(&p)->kind != XS_TOK_EOF)
        xs_pexpect(&p, "end of expression");
    xs_free(scratch.ptr);
    if (p.failed || !e)
        return p.st != XS_OK ? p.st : XS_E_PARSE;
    *out = e;
    return XS_OK;
}

/* Parses the text of a backtick expression (its positions are those of the
 * whole file) with a sub-parser sharing the arena, diagnostics and scratch.
 * Used by parse_expr.c. */
xs_ast_expr *xs_parse_backtick(xs_parser *p, const xs_token *t, xs_str raw, xs_pos base);
xs_ast_expr *xs_parse_backtick(xs_parser *p, const xs_token *t, xs_str raw, xs_pos base)
{
    (void)t;
    xs_parser sub;
    parser_init(&sub, p->src, p->file, p->arena, p->diag, p->scratch, raw.ptr, (uint32_t)raw.len,
                base, false);
    sub.nl_off = 1;
    sub.tick_mode = true;
    sub.depth = p->depth;
    xs_ast_expr *e = NULL;
    if (tok(&sub)->kind != XS_TOK_EOF) {
        e = xs_parse_expr_p(&sub, 0);
        if (e && !sub.failed && tok(&sub)->kind != XS_TOK_EOF)
            xs_pexpect(&sub, "the end of the backtick expression");
    }
    if (sub.failed) {
        p->failed = true;
        p->st = sub.st;
        return NULL;
    }
    return e;
}
