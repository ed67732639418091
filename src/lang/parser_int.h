/*
 * parser_int.h - what the parser's files (parser.c, parse_expr.c,
 * parse_stmt.c, parse_object.c) share: the parser state, token access,
 * error reporting and the scratch stack that builds lists without a heap
 * allocation per element.
 *
 * Errors: the first error sets p->failed; every parse function returns NULL
 * (or false) once it is set, so callers just check and unwind.
 *
 * Tokens are lexed on demand into a small ring (XS_PRING), not into an
 * array for the whole file: a 5 MB file would need 17 MB of tokens, whose
 * fresh pages cost the kernel more than the parse. A token pointer from
 * tok() or peek() stays valid while the parser moves on by fewer than
 * XS_PRING / 2 tokens; whoever needs a token after parsing a nested
 * expression or block keeps a copy (xs_token t = *tok(p)).
 */
#ifndef XS_LANG_PARSER_INT_H
#define XS_LANG_PARSER_INT_H

#include "lang/lexer.h"
#include "lang/parser.h"

/* Scratch stack: lists are built by pushing elements, then copied into the
 * arena in one piece when the list closes. Shared by nested parsers. */
typedef struct xs_pscratch {
    unsigned char *ptr;
    size_t top;
    size_t cap;
} xs_pscratch;

typedef struct xs_pcomment {
    xs_pos pos;
    uint32_t len;
    bool own_line;
} xs_pcomment;

enum {
    XS_PRING = 128,   /* tokens kept: a power of two */
    XS_PEEK_MAX = 8,  /* the farthest peek() looks ahead */
};

typedef struct xs_parser {
    const char *src; /* the whole file (token positions are offsets into it) */
    const char *file;
    xs_arena *arena;
    xs_diag *diag;
    xs_lexer lx;
    xs_token ring[XS_PRING];
    uint32_t head;   /* the current token is ring[head % XS_PRING] */
    uint32_t filled; /* tokens lexed so far: the ring holds [filled - XS_PRING, filled) */
    bool at_end;     /* the last token lexed was EOF (or ERROR then EOF) */
    xs_pcomment *comments; /* collected by the lexer as it goes */
    uint32_t ncomments;
    uint32_t comments_cap;
    uint32_t comment_i; /* next comment not yet placed in the tree */
    xs_pscratch *scratch;
    int depth;
    int nl_off; /* > 0: line breaks are not significant (inside parentheses) */
    bool tick_mode; /* a backtick expression: '%' and unary '!' are operators */
    bool failed;
    xs_status st;
} xs_parser;

/* Modes of a `{ ... }` body: what its items are. */
typedef enum xs_bmode {
    XS_BM_GENERIC, /* name = expr, name arg? { } */
    XS_BM_STMTS,   /* statements */
    XS_BM_FIELDS,  /* input / schema fields */
} xs_bmode;

/* ---- tokens ---- */

/* Lexes tokens until index n is in the ring (parser.c). */
void xs_pfill(xs_parser *p, uint32_t n);

static inline const xs_token *tok(const xs_parser *p)
{
    return &p->ring[p->head & (XS_PRING - 1)];
}

/* The token k places ahead (k <= XS_PEEK_MAX); past the end, the EOF. */
static inline const xs_token *peek(xs_parser *p, uint32_t k)
{
    uint32_t j = p->head + k;
    if (j >= p->filled) {
        xs_pfill(p, j);
        if (j >= p->filled)
            j = p->filled - 1;
    }
    return &p->ring[j & (XS_PRING - 1)];
}

static inline void adv(xs_parser *p)
{
    if (tok(p)->kind == XS_TOK_EOF)
        return;
    p->head++;
    if (p->head >= p->filled)
        xs_pfill(p, p->head);
}

static inline bool is_punct(const xs_token *t, xs_punct pu)
{
    return t->kind == XS_TOK_PUNCT && t->sub == pu;
}

static inline bool at_punct(const xs_parser *p, xs_punct pu)
{
    return is_punct(tok(p), pu);
}

static inline xs_str tok_text(const xs_parser *p, const xs_token *t)
{
    return (xs_str){p->src + t->pos.off, t->len};
}

static inline bool tok_is_word(const xs_parser *p, const xs_token *t, const char *w)
{
    return t->kind == XS_TOK_IDENT && xs_str_eq_cstr(tok_text(p, t), w);
}

static inline bool at_word(const xs_parser *p, const char *w)
{
    return tok_is_word(p, tok(p), w);
}

static inline bool tok_nl(const xs_token *t)
{
    return (t->flags & XS_TOKF_NL) != 0;
}

/* ---- errors (parser.c) ---- */

/* Records a syntax error at t, once; returns NULL for `return perr(...)`. */
void *xs_perr(xs_parser *p, const xs_token *t, const char *fmt, ...) XS_PRINTF(3, 4);
/* "expected WHAT but found 'tok'" at the current token; when that token
 * starts a new line, "expected WHAT before the end of the line" at the end
 * of the line before (where Xano reports it). */
void *xs_pexpect(xs_parser *p, const char *what);
/* The same, always at the current token: for what starts a line (the next
 * statement, attribute, field or a closing brace). */
void *xs_pexpect_item(xs_parser *p, const char *what);
/* A warning at pos. */
void xs_pwarn(xs_parser *p, xs_pos pos, const char *fmt, ...) XS_PRINTF(3, 4);
/* Consumes punct pu or reports "expected 'pu' ..."; false on error. */
bool xs_pneed(xs_parser *p, xs_punct pu, const char *context);
/* Short printable form of a token for messages ("'foo'", "end of file"). */
void xs_ptok_desc(const xs_parser *p, const xs_token *t, char *buf, size_t n);
/* Enters one nesting level; false (with an error) past the depth limit. */
bool xs_penter(xs_parser *p);
static inline void xs_pleave(xs_parser *p)
{
    p->depth--;
}

/* ---- memory (parser.c) ---- */

/* Arena allocation; on limit records XS_E_LIMIT and returns NULL. */
void *xs_palloc(xs_parser *p, size_t n);
/* Scratch stack: mark, push, then copy out count elements of size sz. */
static inline size_t xs_pmark(const xs_parser *p)
{
    return p->scratch->top;
}
void xs_ppush(xs_parser *p, const void *elem, size_t sz);
void *xs_pfinish(xs_parser *p, size_t mark, size_t sz, uint32_t *count);

/* Decoded text of a string token (quotes removed, escapes applied). */
xs_str xs_pstring(xs_parser *p, const xs_token *t);

/* Places the comments that precede the current token as COMMENT items. */
void xs_pflush_comments(xs_parser *p);
/* Drops comments that precede the current token (inside expressions). */
void xs_pskip_comments(xs_parser *p);

/* ---- grammar (parse_expr.c, parse_stmt.c, parse_object.c) ---- */

enum {
    XS_PE_NOFILTER = 1u << 0, /* a filter argument: stop at '|' and ':' */
};

xs_ast_expr *xs_parse_expr_p(xs_parser *p, unsigned flags);
xs_ast_expr *xs_parse_attr_value(xs_parser *p);
xs_ast_expr *xs_parse_paren_expr(xs_parser *p, const char *what);
/* A filter chain after its base (or for a field's filters=, base NULL):
 * consumes |name:args... and returns the count via *n. */
xs_ast_filter *xs_parse_filters(xs_parser *p, bool leading_pipe, uint32_t *n);
xs_ast_expr *xs_new_expr(xs_parser *p, xs_expr_kind k, xs_pos pos);

xs_ast_block *xs_parse_block(xs_parser *p, xs_bmode mode, const char *owner, xs_pos owner_pos);
xs_ast_stmt *xs_parse_stmt(xs_parser *p);
xs_ast_field *xs_parse_field(xs_parser *p);
/* The block mode of a nested block named name inside an owner of mode m. */
xs_bmode xs_pblock_mode(xs_str name, xs_bmode m);
/* Parses `$name` (no path) for `as $x` / `each as $x`; false on error. */
bool xs_parse_as_var(xs_parser *p, xs_str *name, xs_pos *pos);

#endif
