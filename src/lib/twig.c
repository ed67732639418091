/*
 * twig.c - a safe subset of Twig 3 for util.template_engine (twig.h).
 *
 * Three passes: the lexer cuts the source into text and the tokens of each
 * `{{ }}` / `{% %}` (applying whitespace control), the parser builds a tree
 * of nodes and expressions in an arena, and the renderer walks the tree
 * with a context of template variables over the function's own.
 */
#include "lib/twig.h"

#include <errno.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "lib/lib_int.h"
#include "lib/time_int.h"
#include "value/json.h"

/* ---- tokens ---- */

typedef enum tok_kind {
    T_EOF,
    T_TEXT,
    T_VAR_START, /* {{ */
    T_VAR_END,   /* }} */
    T_BLOCK_START,
    T_BLOCK_END,
    T_NAME,
    T_NUMBER,
    T_STRING,
    T_OP, /* operators and punctuation, in s */
} tok_kind;

typedef struct tok {
    uint8_t kind;
    uint32_t line;
    xs_str s;     /* the text (a string's unescaped body, in the arena) */
    xs_value num; /* T_NUMBER */
} tok;

typedef struct tw {
    xs_str src;
    const xs_twig_env *env;
    xs_buf *err;
    xs_arena *arena;
    tok *toks;
    size_t ntoks, cap, pos;
    int depth;
    xs_status st;
    /* rendering */
    xs_value ctx; /* template variables (object) */
    xs_buf out;
    size_t max_out;
} tw;

static xs_status fail(tw *t, xs_status st, uint32_t line, const char *fmt, ...) XS_PRINTF(4, 5);

static xs_status fail(tw *t, xs_status st, uint32_t line, const char *fmt, ...)
{
    if (t->st != XS_OK)
        return t->st;
    xs_buf_addf(t->err, "line %u: ", line);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(t->err, fmt, ap);
    va_end(ap);
    t->st = st;
    return st;
}

/* A status handed back by env->tick or env->apply: reported by them. */
static xs_status pass_on(tw *t, xs_status st)
{
    if (t->st == XS_OK)
        t->st = st;
    return t->st;
}

/* fail() for the lexer, which answers with a bool. */
static bool lfail(tw *t, xs_status st, uint32_t line, const char *msg)
{
    fail(t, st, line, "%s", msg);
    return false;
}

static void *alloc(tw *t, size_t n)
{
    void *p = xs_arena_calloc(t->arena, 1, n);
    if (!p)
        fail(t, XS_E_LIMIT, 0, "template too large");
    return p;
}

static void push_tok(tw *t, tok k)
{
    if (t->ntoks == t->cap) {
        t->cap = t->cap ? t->cap * 2 : 64;
        size_t bytes;
        if (!xs_size_mul(t->cap, sizeof(tok), &bytes))
            xs_oom();
        t->toks = xs_realloc(t->toks, bytes);
    }
    t->toks[t->ntoks++] = k;
}

/* ---- lexer ---- */

static bool is_ws(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\v';
}

static bool is_name_start(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '$' ||
           (unsigned char)c >= 0x80;
}

static bool is_name_char(char c)
{
    return is_name_start(c) || (c >= '0' && c <= '9');
}

static uint32_t count_lines(const char *p, size_t n)
{
    uint32_t k = 0;
    for (size_t i = 0; i < n; i++)
        k += p[i] == '\n';
    return k;
}

/* Operators, longest first. */
static const char *const ops[] = {"**", "//", "??", "..", "==", "!=", "<=", ">=", "<", ">",
                                  "+",  "-",  "*",  "/",  "%",  "~",  "(",  ")",  "[", "]",
                                  "{",  "}",  ",",  ".",  ":",  "|",  "?",  "="};

/* Lexes a string literal at s[*i] (the quote); its unescaped body in *out. */
static bool lex_string(tw *t, uint32_t line, size_t *i, xs_str *out)
{
    const char *s = t->src.ptr;
    size_t n = t->src.len;
    char q = s[*i];
    xs_buf b;
    xs_buf_init(&b);
    size_t k = *i + 1;
    for (; k < n && s[k] != q; k++) {
        char c = s[k];
        if (q == '"' && c == '#' && k + 1 < n && s[k + 1] == '{') {
            xs_buf_release(&b);
            fail(t, XS_E_PARSE, line, "string interpolation #{...} is not supported");
            return false;
        }
        if (c == '\\' && k + 1 < n) {
            char e = s[++k];
            if (q == '\'') {
                if (e != '\'' && e != '\\')
                    xs_buf_addc(&b, '\\');
                xs_buf_addc(&b, e);
                continue;
            }
            switch (e) {
            case 'n':
                xs_buf_addc(&b, '\n');
                break;
            case 't':
                xs_buf_addc(&b, '\t');
                break;
            case 'r':
                xs_buf_addc(&b, '\r');
                break;
            case 'v':
                xs_buf_addc(&b, '\v');
                break;
            case 'f':
                xs_buf_addc(&b, '\f');
                break;
            case 'e':
                xs_buf_addc(&b, 0x1b);
                break;
            case '0':
                xs_buf_addc(&b, '\0');
                break;
            case '\\':
            case '"':
            case '#':
            case '$':
                xs_buf_addc(&b, e);
                break;
            default:
                xs_buf_addc(&b, '\\');
                xs_buf_addc(&b, e);
                break;
            }
            continue;
        }
        xs_buf_addc(&b, c);
    }
    if (k >= n) {
        xs_buf_release(&b);
        fail(t, XS_E_PARSE, line, "unclosed string");
        return false;
    }
    char *p = xs_arena_alloc(t->arena, b.len + 1);
    if (!p) {
        xs_buf_release(&b);
        fail(t, XS_E_LIMIT, line, "template too large");
        return false;
    }
    if (b.len)
        memcpy(p, b.ptr, b.len);
    *out = (xs_str){p, b.len};
    xs_buf_release(&b);
    *i = k + 1;
    return true;
}

/* Lexes the inside of a tag from *i up to its end delimiter (close, "}}"
 * or "%}"), pushing tokens; *i then points past the delimiter and *trim
 * tells what whitespace control asks of the text after it. */
static bool lex_tag(tw *t, size_t *i, uint32_t *line, char close, int *trim)
{
    const char *s = t->src.ptr;
    size_t n = t->src.len;
    uint32_t open_line = *line;
    int brackets = 0;
    for (;;) {
        while (*i < n && is_ws(s[*i])) {
            *line += s[*i] == '\n';
            (*i)++;
        }
        if (*i >= n)
            return lfail(t, XS_E_PARSE, open_line,
                         close == '}' ? "unclosed '{{'" : "unclosed '{%'");
        size_t k = *i;
        if (brackets == 0) {
            /* -}} ~}} }} (and the same with %) */
            int tr = 0;
            size_t m = k;
            if ((s[m] == '-' || s[m] == '~') && m + 2 < n && s[m + 1] == close && s[m + 2] == '}') {
                tr = s[m] == '-' ? 2 : 1;
                m++;
            }
            if (m + 1 < n && s[m] == close && s[m + 1] == '}') {
                *i = m + 2;
                *trim = tr;
                return true;
            }
        }
        char c = s[k];
        tok tk = {.line = *line};
        if (c == '"' || c == '\'') {
            if (!lex_string(t, *line, i, &tk.s))
                return false;
            tk.kind = T_STRING;
            *line += count_lines(s + k, *i - k);
            push_tok(t, tk);
            continue;
        }
        if (c >= '0' && c <= '9') {
            size_t e = k;
            while (e < n && ((s[e] >= '0' && s[e] <= '9') || s[e] == '_'))
                e++;
            bool dec = false;
            if (e + 1 < n && s[e] == '.' && s[e + 1] >= '0' && s[e + 1] <= '9') {
                dec = true;
                e++;
                while (e < n && s[e] >= '0' && s[e] <= '9')
                    e++;
            }
            if (e + 1 < n && (s[e] == 'e' || s[e] == 'E')) { /* 1e3, 1.5E-7 */
                size_t x = e + 1 + (s[e + 1] == '+' || s[e + 1] == '-');
                if (x < n && s[x] >= '0' && s[x] <= '9') {
                    dec = true;
                    e = x;
                    while (e < n && s[e] >= '0' && s[e] <= '9')
                        e++;
                }
            }
            char num[64];
            size_t len = 0;
            for (size_t j = k; j < e && len < sizeof num - 1; j++)
                if (s[j] != '_')
                    num[len++] = s[j];
            num[len] = '\0';
            if (!dec) {
                errno = 0;
                long long v = strtoll(num, NULL, 10);
                tk.num = errno == ERANGE ? xs_dec(strtod(num, NULL)) : xs_int(v);
            } else {
                tk.num = xs_dec(strtod(num, NULL));
            }
            tk.kind = T_NUMBER;
            tk.s = (xs_str){s + k, e - k};
            *i = e;
            push_tok(t, tk);
            continue;
        }
        if (is_name_start(c)) {
            size_t e = k + 1;
            while (e < n && is_name_char(s[e]))
                e++;
            tk.kind = T_NAME;
            tk.s = (xs_str){s + k, e - k};
            *i = e;
            push_tok(t, tk);
            continue;
        }
        size_t oplen = 0;
        for (size_t o = 0; o < XS_COUNTOF(ops); o++) {
            size_t l = strlen(ops[o]);
            if (k + l <= n && memcmp(s + k, ops[o], l) == 0) {
                oplen = l;
                break;
            }
        }
        char msg[40];
        snprintf(msg, sizeof msg, "unexpected character '%c'", c);
        if (!oplen)
            return lfail(t, XS_E_PARSE, *line, msg);
        if (oplen == 1 && (c == '(' || c == '[' || c == '{')) {
            if (++brackets > XS_TWIG_MAX_DEPTH)
                return lfail(t, XS_E_LIMIT, *line, "brackets nested too deep");
        } else if (oplen == 1 && (c == ')' || c == ']' || c == '}')) {
            if (brackets == 0) {
                snprintf(msg, sizeof msg, "unexpected '%c'", c);
                return lfail(t, XS_E_PARSE, *line, msg);
            }
            brackets--;
        }
        tk.kind = T_OP;
        tk.s = (xs_str){s + k, oplen};
        *i = k + oplen;
        push_tok(t, tk);
    }
}

/* Trims the end of the last text token: all whitespace (mode 2) or spaces
 * and tabs only (mode 1). */
static void trim_prev_text(tw *t, int mode)
{
    if (!t->ntoks || t->toks[t->ntoks - 1].kind != T_TEXT)
        return;
    xs_str *s = &t->toks[t->ntoks - 1].s;
    while (s->len && (mode == 2 ? is_ws(s->ptr[s->len - 1])
                                : s->ptr[s->len - 1] == ' ' || s->ptr[s->len - 1] == '\t'))
        s->len--;
}

static bool lex(tw *t)
{
    const char *s = t->src.ptr;
    size_t n = t->src.len, i = 0;
    uint32_t line = 1;
    int trim_next = 0; /* whitespace control of the previous tag's end */
    while (i < n) {
        /* text up to the next tag opener */
        size_t k = i;
        while (k + 1 < n &&
               !(s[k] == '{' && (s[k + 1] == '{' || s[k + 1] == '%' || s[k + 1] == '#')))
            k++;
        if (k + 1 >= n)
            k = n;
        size_t b = i;
        if (trim_next == 2)
            while (b < k && is_ws(s[b]))
                b++;
        else if (trim_next == 1)
            while (b < k && (s[b] == ' ' || s[b] == '\t'))
                b++;
        trim_next = 0;
        if (k > b)
            push_tok(t, (tok){.kind = T_TEXT, .line = line, .s = {s + b, k - b}});
        line += count_lines(s + i, k - i);
        if (k >= n)
            break;
        char kind = s[k + 1];
        i = k + 2;
        int lead = 0;
        if (i < n && (s[i] == '-' || s[i] == '~')) {
            lead = s[i] == '-' ? 2 : 1;
            i++;
        }
        if (lead)
            trim_prev_text(t, lead);
        uint32_t open_line = line;
        if (kind == '#') {
            size_t e = i;
            while (e + 1 < n && !(s[e] == '#' && s[e + 1] == '}'))
                e++;
            if (e + 1 >= n)
                return lfail(t, XS_E_PARSE, open_line, "unclosed comment");
            int tr = 0;
            if (e > i && (s[e - 1] == '-' || s[e - 1] == '~'))
                tr = s[e - 1] == '-' ? 2 : 1;
            line += count_lines(s + i, e - i);
            i = e + 2;
            trim_next = tr;
            if (!tr && i < n && s[i] == '\n') { /* a comment eats its newline */
                i++;
                line++;
            }
            continue;
        }
        bool block = kind == '%';
        push_tok(t, (tok){.kind = block ? T_BLOCK_START : T_VAR_START, .line = open_line});
        int tr = 0;
        if (!lex_tag(t, &i, &line, block ? '%' : '}', &tr))
            return false;
        push_tok(t, (tok){.kind = block ? T_BLOCK_END : T_VAR_END, .line = line});
        trim_next = tr;
        if (block && !tr && i < n && s[i] == '\n') { /* a block tag eats its newline */
            i++;
            line++;
        }
        if (t->st != XS_OK)
            return false;
    }
    push_tok(t, (tok){.kind = T_EOF, .line = line});
    return t->st == XS_OK;
}

/* ---- the tree ---- */

typedef enum ex_kind {
    E_LIT,    /* lit */
    E_NAME,   /* name */
    E_ATTR,   /* a.b / a[b]: a, b */
    E_ARRAY,  /* args */
    E_HASH,   /* args: key, value, key, value... */
    E_UNARY,  /* op a */
    E_BINARY, /* a op b */
    E_COND,   /* a ? b : c (b NULL: a ?: c) */
    E_FILTER, /* a|name(args) */
    E_CALL,   /* name(args) */
    E_TEST,   /* a is [not] name(args) */
} ex_kind;

typedef struct ex ex;
struct ex {
    uint8_t kind;
    bool neg;        /* E_TEST: is not */
    uint16_t height; /* of the tree below, bounded so that eval's recursion is */
    uint32_t line;
    xs_str op; /* E_UNARY, E_BINARY */
    xs_str name;
    xs_value lit; /* immortal for the life of the render: released at the end */
    ex *a, *b, *c;
    ex **args;
    uint32_t nargs;
};

typedef enum nd_kind { N_TEXT, N_PRINT, N_IF, N_FOR, N_SET, N_SET_BLOCK, N_DO } nd_kind;

typedef struct nd nd;
struct nd {
    uint8_t kind;
    uint32_t line;
    xs_str text; /* N_TEXT */
    ex *e;       /* N_PRINT, N_SET, N_DO; N_FOR: the sequence */
    xs_str name; /* N_SET: the variable; N_FOR: the value variable */
    xs_str key;  /* N_FOR: the key variable (len 0: none) */
    ex **conds;  /* N_IF: one per branch */
    nd **bodies; /* N_IF: one per branch, plus the else body when nconds < nbodies */
    uint32_t nconds, nbodies;
    nd *body, *alt; /* N_FOR: body and else; N_SET_BLOCK: body */
    nd *next;
};

/* Literals made while parsing, released when the render ends. */
typedef struct lits {
    xs_value *v;
    size_t n, cap;
} lits;

/* ---- parser ---- */

typedef struct ps {
    tw *t;
    lits lit;
} ps;

static tok *peek(ps *p)
{
    return &p->t->toks[p->t->pos];
}

static tok *next(ps *p)
{
    tok *k = &p->t->toks[p->t->pos];
    if (k->kind != T_EOF)
        p->t->pos++;
    return k;
}

static bool is_op(const tok *k, const char *op)
{
    return k->kind == T_OP && xs_str_eq_cstr(k->s, op);
}

static bool is_name(const tok *k, const char *name)
{
    return k->kind == T_NAME && xs_str_eq_cstr(k->s, name);
}

static const char *tok_desc(const tok *k)
{
    switch (k->kind) {
    case T_EOF:
        return "the end of the template";
    case T_TEXT:
        return "text";
    case T_VAR_START:
        return "'{{'";
    case T_VAR_END:
        return "'}}'";
    case T_BLOCK_START:
        return "'{%'";
    case T_BLOCK_END:
        return "'%}'";
    case T_NAME:
        return "a name";
    case T_NUMBER:
        return "a number";
    case T_STRING:
        return "a string";
    default:
        return "an operator";
    }
}

static bool expect_op(ps *p, const char *op)
{
    tok *k = peek(p);
    if (!is_op(k, op)) {
        if (k->kind == T_OP || k->kind == T_NAME)
            fail(p->t, XS_E_PARSE, k->line, "expected '%s', got '%.*s'", op, (int)k->s.len,
                 k->s.ptr);
        else
            fail(p->t, XS_E_PARSE, k->line, "expected '%s', got %s", op, tok_desc(k));
        return false;
    }
    next(p);
    return true;
}

static ex *new_ex(ps *p, ex_kind kind, uint32_t line)
{
    ex *e = alloc(p->t, sizeof *e);
    if (e) {
        e->kind = (uint8_t)kind;
        e->line = line;
        e->lit = xs_null();
        e->height = 1;
    }
    return e;
}

/* Records that child hangs below e; false past the nesting ceiling. */
static bool grow(ps *p, ex *e, const ex *child)
{
    if (child && child->height + 1 > e->height)
        e->height = (uint16_t)(child->height + 1);
    if (e->height > 4 * XS_TWIG_MAX_DEPTH) {
        fail(p->t, XS_E_LIMIT, e->line, "expression nested too deep");
        return false;
    }
    return true;
}

static void keep_lit(ps *p, xs_value v)
{
    if (p->lit.n == p->lit.cap) {
        p->lit.cap = p->lit.cap ? p->lit.cap * 2 : 16;
        p->lit.v = xs_realloc(p->lit.v, p->lit.cap * sizeof *p->lit.v);
    }
    p->lit.v[p->lit.n++] = v;
}

/* A name without its '$'. */
static xs_str bare(xs_str s)
{
    if (s.len > 1 && s.ptr[0] == '$')
        return (xs_str){s.ptr + 1, s.len - 1};
    return s;
}

/* Argument list after '(' was seen: expr ("," expr)* ")". */
static ex *parse_expr(ps *p, int min_prec);

static bool parse_args(ps *p, ex ***args, uint32_t *nargs)
{
    ex *tmp[64];
    uint32_t n = 0;
    if (!is_op(peek(p), ")")) {
        for (;;) {
            tok *k = peek(p);
            if (k->kind == T_NAME && is_op(&p->t->toks[p->t->pos + 1], "=")) {
                fail(p->t, XS_E_PARSE, k->line, "named arguments are not supported");
                return false;
            }
            ex *a = parse_expr(p, 0);
            if (!a)
                return false;
            if (n == XS_COUNTOF(tmp)) {
                fail(p->t, XS_E_LIMIT, k->line, "too many arguments");
                return false;
            }
            tmp[n++] = a;
            if (!is_op(peek(p), ","))
                break;
            next(p);
        }
    }
    if (!expect_op(p, ")"))
        return false;
    *nargs = n;
    *args = n ? alloc(p->t, n * sizeof(ex *)) : NULL;
    if (n && !*args)
        return false;
    if (n)
        memcpy(*args, tmp, n * sizeof(ex *));
    return true;
}

/* A list of expressions up to close (the opener was consumed); for a hash
 * the items alternate key, value. */
static ex *parse_seq(ps *p, ex_kind kind, const char *close, uint32_t line)
{
    ex *e = new_ex(p, kind, line);
    if (!e)
        return NULL;
    size_t cap = 8, n = 0;
    ex **items = xs_malloc(cap * sizeof(ex *));
    while (!is_op(peek(p), close)) {
        if (n + 2 > cap) {
            cap *= 2;
            items = xs_realloc(items, cap * sizeof(ex *));
        }
        if (kind == E_HASH) {
            tok *k = peek(p);
            ex *key;
            if (k->kind == T_NAME || k->kind == T_STRING || k->kind == T_NUMBER) {
                next(p);
                key = new_ex(p, E_LIT, k->line);
                if (key) {
                    key->lit =
                        k->kind == T_NUMBER ? xs_lib_text_of(k->num) : xs_text_from_str(k->s);
                    keep_lit(p, key->lit);
                }
            } else if (is_op(k, "(")) {
                next(p);
                key = parse_expr(p, 0);
                if (key && !expect_op(p, ")"))
                    key = NULL;
            } else {
                fail(p->t, XS_E_PARSE, k->line,
                     "a hash key must be a name, string, number or "
                     "(expression)");
                key = NULL;
            }
            if (!key || !expect_op(p, ":")) {
                xs_free(items);
                return NULL;
            }
            items[n++] = key;
        }
        ex *v = parse_expr(p, 0);
        if (!v) {
            xs_free(items);
            return NULL;
        }
        items[n++] = v;
        if (!is_op(peek(p), ","))
            break;
        next(p);
    }
    if (!expect_op(p, close)) {
        xs_free(items);
        return NULL;
    }
    e->nargs = (uint32_t)n;
    e->args = n ? alloc(p->t, n * sizeof(ex *)) : NULL;
    if (n && e->args)
        memcpy(e->args, items, n * sizeof(ex *));
    xs_free(items);
    if (n && !e->args)
        return NULL;
    for (size_t i = 0; i < n; i++)
        if (!grow(p, e, e->args[i]))
            return NULL;
    return e;
}

static const char *const unsupported_fns[] = {
    "include", "source", "block", "parent",           "constant", "template_from_string",
    "dump",    "random", "date",  "country_timezones"};

/* primary := literal | name | name "(" args ")" | "(" expr ")" | "[" ... "]" | "{" ... "}" */
static ex *parse_primary(ps *p)
{
    tok *k = next(p);
    ex *e = NULL;
    switch (k->kind) {
    case T_NUMBER:
        e = new_ex(p, E_LIT, k->line);
        if (e)
            e->lit = k->num;
        return e;
    case T_STRING:
        e = new_ex(p, E_LIT, k->line);
        if (e) {
            e->lit = xs_text_from_str(k->s);
            keep_lit(p, e->lit);
        }
        return e;
    case T_NAME:
        if (is_op(peek(p), "(")) {
            next(p);
            for (size_t i = 0; i < XS_COUNTOF(unsupported_fns); i++)
                if (xs_str_eq_cstr(k->s, unsupported_fns[i])) {
                    fail(p->t, XS_E_PARSE, k->line, "function '%s' is not supported",
                         unsupported_fns[i]);
                    return NULL;
                }
            e = new_ex(p, E_CALL, k->line);
            if (!e || !parse_args(p, &e->args, &e->nargs))
                return NULL;
            for (uint32_t i = 0; i < e->nargs; i++)
                if (!grow(p, e, e->args[i]))
                    return NULL;
            e->name = k->s;
            return e;
        }
        e = new_ex(p, E_LIT, k->line);
        if (!e)
            return NULL;
        if (xs_str_eq_cstr(k->s, "true") || xs_str_eq_cstr(k->s, "TRUE"))
            e->lit = xs_bool(true);
        else if (xs_str_eq_cstr(k->s, "false") || xs_str_eq_cstr(k->s, "FALSE"))
            e->lit = xs_bool(false);
        else if (xs_str_eq_cstr(k->s, "null") || xs_str_eq_cstr(k->s, "none") ||
                 xs_str_eq_cstr(k->s, "NULL") || xs_str_eq_cstr(k->s, "NONE"))
            e->lit = xs_null();
        else {
            e->kind = E_NAME;
            e->name = bare(k->s);
        }
        return e;
    case T_OP:
        if (is_op(k, "(")) {
            e = parse_expr(p, 0);
            return e && expect_op(p, ")") ? e : NULL;
        }
        if (is_op(k, "["))
            return parse_seq(p, E_ARRAY, "]", k->line);
        if (is_op(k, "{"))
            return parse_seq(p, E_HASH, "}", k->line);
        fail(p->t, XS_E_PARSE, k->line, "unexpected '%.*s'", (int)k->s.len, k->s.ptr);
        return NULL;
    default:
        fail(p->t, XS_E_PARSE, k->line, "expected an expression, got %s", tok_desc(k));
        return NULL;
    }
}

/* postfix := primary ( "." name | "[" expr "]" | "|" name ("(" args ")")? )* */
static ex *parse_postfix(ps *p, ex *e)
{
    while (e) {
        tok *k = peek(p);
        if (is_op(k, ".")) {
            next(p);
            tok *m = next(p);
            if (m->kind != T_NAME && m->kind != T_NUMBER) {
                fail(p->t, XS_E_PARSE, m->line, "expected a name after '.', got %s", tok_desc(m));
                return NULL;
            }
            ex *key = new_ex(p, E_LIT, m->line), *a = new_ex(p, E_ATTR, m->line);
            if (!key || !a)
                return NULL;
            key->lit = m->kind == T_NUMBER ? xs_lib_text_of(m->num) : xs_text_from_str(m->s);
            keep_lit(p, key->lit);
            a->a = e;
            a->b = key;
            if (!grow(p, a, e))
                return NULL;
            if (is_op(peek(p), "(")) {
                fail(p->t, XS_E_PARSE, m->line, "method calls are not supported");
                return NULL;
            }
            e = a;
        } else if (is_op(k, "[")) {
            next(p);
            ex *a = new_ex(p, E_ATTR, k->line);
            if (!a)
                return NULL;
            a->a = e;
            if (is_op(peek(p), ":") || is_op(peek(p), "]")) {
                fail(p->t, XS_E_PARSE, k->line, "slices with [a:b] are not supported: use |slice");
                return NULL;
            }
            a->b = parse_expr(p, 0);
            if (!a->b || !expect_op(p, "]") || !grow(p, a, e) || !grow(p, a, a->b))
                return NULL;
            e = a;
        } else if (is_op(k, "|")) {
            next(p);
            tok *m = next(p);
            if (m->kind != T_NAME) {
                fail(p->t, XS_E_PARSE, m->line, "expected a filter name after '|'");
                return NULL;
            }
            ex *f = new_ex(p, E_FILTER, m->line);
            if (!f)
                return NULL;
            f->a = e;
            f->name = m->s;
            if (!grow(p, f, e))
                return NULL;
            if (is_op(peek(p), "(")) {
                next(p);
                if (!parse_args(p, &f->args, &f->nargs))
                    return NULL;
                for (uint32_t i = 0; i < f->nargs; i++)
                    if (!grow(p, f, f->args[i]))
                        return NULL;
            }
            e = f;
        } else {
            break;
        }
    }
    return e;
}

typedef struct binop {
    const char *op;
    int prec;
    bool right;
} binop;

/* Twig 3's precedences. */
static const binop binops[] = {
    {"or", 10, false},        {"and", 15, false},     {"b-or", 16, false},
    {"b-xor", 17, false},     {"b-and", 18, false},   {"==", 20, false},
    {"!=", 20, false},        {"<", 20, false},       {">", 20, false},
    {">=", 20, false},        {"<=", 20, false},      {"in", 20, false},
    {"not in", 20, false},    {"matches", 20, false}, {"starts with", 20, false},
    {"ends with", 20, false}, {"..", 25, false},      {"+", 30, false},
    {"-", 30, false},         {"~", 40, false},       {"*", 60, false},
    {"/", 60, false},         {"//", 60, false},      {"%", 60, false},
    {"is", 100, false},       {"is not", 100, false}, {"**", 200, true},
    {"??", 300, true},
};

/* The binary operator at the cursor (one or two tokens); *ntok its length. */
static const binop *peek_binop(ps *p, int *ntok)
{
    tok *k = peek(p), *k2 = k->kind == T_EOF ? k : &p->t->toks[p->t->pos + 1];
    char two[32];
    if (k->kind == T_NAME && k2->kind == T_NAME && k->s.len + k2->s.len + 1 < sizeof two) {
        snprintf(two, sizeof two, "%.*s %.*s", (int)k->s.len, k->s.ptr, (int)k2->s.len, k2->s.ptr);
        for (size_t i = 0; i < XS_COUNTOF(binops); i++)
            if (strcmp(binops[i].op, two) == 0) {
                *ntok = 2;
                return &binops[i];
            }
    }
    if (k->kind != T_OP && k->kind != T_NAME)
        return NULL;
    for (size_t i = 0; i < XS_COUNTOF(binops); i++)
        if (xs_str_eq_cstr(k->s, binops[i].op)) {
            *ntok = 1;
            return &binops[i];
        }
    return NULL;
}

/* unary := ("not" | "-" | "+") unary | postfix */
static ex *parse_unary(ps *p)
{
    tok *k = peek(p);
    if (is_name(k, "not") || is_op(k, "-") || is_op(k, "+")) {
        next(p);
        ex *e = new_ex(p, E_UNARY, k->line);
        if (!e)
            return NULL;
        e->op = k->s;
        if (++p->t->depth > XS_TWIG_MAX_DEPTH) {
            fail(p->t, XS_E_LIMIT, k->line, "expression nested too deep");
            return NULL;
        }
        /* not binds looser than comparisons (50), minus tighter than all */
        e->a = is_name(k, "not") ? parse_expr(p, 50) : parse_unary(p);
        p->t->depth--;
        return e->a && grow(p, e, e->a) ? e : NULL;
    }
    return parse_postfix(p, parse_primary(p));
}

/* expr := unary (binop expr)* ("?" expr (":" expr)?)?, precedence climbing */
static ex *parse_expr(ps *p, int min_prec)
{
    if (++p->t->depth > XS_TWIG_MAX_DEPTH) {
        fail(p->t, XS_E_LIMIT, peek(p)->line, "expression nested too deep");
        return NULL;
    }
    ex *left = parse_unary(p);
    while (left) {
        int ntok = 0;
        const binop *b = peek_binop(p, &ntok);
        if (!b || b->prec < min_prec)
            break;
        tok *k = peek(p);
        p->t->pos += (size_t)ntok;
        if (b->prec == 100) { /* is [not] test(args)? */
            tok *m = next(p);
            if (m->kind != T_NAME) {
                fail(p->t, XS_E_PARSE, m->line, "expected a test name after 'is'");
                return NULL;
            }
            ex *e = new_ex(p, E_TEST, m->line);
            if (!e)
                return NULL;
            e->a = left;
            e->neg = b->op[2] != '\0';
            e->name = m->s;
            /* two-word tests */
            if ((xs_str_eq_cstr(m->s, "divisible") || xs_str_eq_cstr(m->s, "same")) &&
                (is_name(peek(p), "by") || is_name(peek(p), "as"))) {
                e->name = xs_str_eq_cstr(m->s, "same") ? XS_STR("same as") : XS_STR("divisible by");
                next(p);
            }
            if (is_op(peek(p), "(")) {
                next(p);
                if (!parse_args(p, &e->args, &e->nargs))
                    return NULL;
            }
            if (!grow(p, e, left) || (e->nargs && !grow(p, e, e->args[0])))
                return NULL;
            left = e;
            continue;
        }
        ex *e = new_ex(p, E_BINARY, k->line);
        if (!e)
            return NULL;
        e->op = xs_str_of(b->op);
        e->a = left;
        e->b = parse_expr(p, b->right ? b->prec : b->prec + 1);
        if (!e->b || !grow(p, e, left) || !grow(p, e, e->b))
            return NULL;
        left = e;
    }
    if (left && min_prec == 0 && is_op(peek(p), "?")) {
        tok *k = next(p);
        ex *e = new_ex(p, E_COND, k->line);
        if (!e)
            return NULL;
        e->a = left;
        if (is_op(peek(p), ":")) { /* a ?: c */
            next(p);
            e->c = parse_expr(p, 0);
            left = e->c && grow(p, e, e->a) && grow(p, e, e->c) ? e : NULL;
        } else {
            e->b = parse_expr(p, 0);
            if (!e->b)
                return NULL;
            if (is_op(peek(p), ":")) {
                next(p);
                e->c = parse_expr(p, 0);
                if (!e->c)
                    return NULL;
            }
            if (!grow(p, e, e->a) || !grow(p, e, e->b) || !grow(p, e, e->c))
                return NULL;
            left = e;
        }
    }
    p->t->depth--;
    return left;
}

/* Tags this runtime refuses, with the words of the error. */
static const char *const unsupported_tags[] = {
    "extends", "include", "embed",      "block",      "macro",  "import",    "from",
    "use",     "sandbox", "apply",      "autoescape", "filter", "spaceless", "verbatim",
    "with",    "cache",   "deprecated", "guard",      "types",  "flush",     "endblock"};

static nd *parse_body(ps *p, const char *const *ends, size_t nends, xs_str *end, uint32_t open_line,
                      const char *open_tag);

static bool end_of_tag(ps *p)
{
    tok *k = peek(p);
    if (k->kind != T_BLOCK_END) {
        if (k->kind == T_NAME || k->kind == T_OP)
            fail(p->t, XS_E_PARSE, k->line, "unexpected '%.*s' in tag", (int)k->s.len, k->s.ptr);
        else
            fail(p->t, XS_E_PARSE, k->line, "expected '%%}', got %s", tok_desc(k));
        return false;
    }
    next(p);
    return true;
}

static nd *new_nd(ps *p, nd_kind kind, uint32_t line)
{
    nd *n = alloc(p->t, sizeof *n);
    if (n) {
        n->kind = (uint8_t)kind;
        n->line = line;
    }
    return n;
}

/* tag := "{%" name ... "%}" ; the name was read. */
static nd *parse_tag(ps *p, tok *name)
{
    uint32_t line = name->line;
    if (xs_str_eq_cstr(name->s, "if")) {
        ex *conds[256];
        nd *bodies[257];
        uint32_t nc = 0, nb = 0;
        static const char *const ends[] = {"elseif", "else", "endif"};
        xs_str end = {0};
        ex *c = parse_expr(p, 0);
        if (!c || !end_of_tag(p))
            return NULL;
        for (;;) {
            if (nc == XS_COUNTOF(conds)) {
                fail(p->t, XS_E_LIMIT, line, "too many elseif branches");
                return NULL;
            }
            conds[nc++] = c;
            nd *b = parse_body(p, ends, 3, &end, line, "if");
            if (p->t->st != XS_OK)
                return NULL;
            bodies[nb++] = b;
            if (xs_str_eq_cstr(end, "elseif")) {
                c = parse_expr(p, 0);
                if (!c || !end_of_tag(p))
                    return NULL;
                continue;
            }
            if (xs_str_eq_cstr(end, "else")) {
                if (!end_of_tag(p))
                    return NULL;
                static const char *const endif[] = {"endif"};
                b = parse_body(p, endif, 1, &end, line, "if");
                if (p->t->st != XS_OK)
                    return NULL;
                bodies[nb++] = b;
            }
            break;
        }
        if (!end_of_tag(p))
            return NULL;
        nd *n = new_nd(p, N_IF, line);
        if (!n)
            return NULL;
        n->conds = alloc(p->t, nc * sizeof(ex *));
        n->bodies = alloc(p->t, nb * sizeof(nd *));
        if (!n->conds || !n->bodies)
            return NULL;
        memcpy(n->conds, conds, nc * sizeof(ex *));
        memcpy(n->bodies, bodies, nb * sizeof(nd *));
        n->nconds = nc;
        n->nbodies = nb;
        return n;
    }
    if (xs_str_eq_cstr(name->s, "for")) {
        nd *n = new_nd(p, N_FOR, line);
        if (!n)
            return NULL;
        tok *v = next(p);
        if (v->kind != T_NAME) {
            fail(p->t, XS_E_PARSE, v->line, "expected a variable name after 'for'");
            return NULL;
        }
        n->name = bare(v->s);
        if (is_op(peek(p), ",")) {
            next(p);
            tok *v2 = next(p);
            if (v2->kind != T_NAME) {
                fail(p->t, XS_E_PARSE, v2->line, "expected a variable name after ','");
                return NULL;
            }
            n->key = n->name;
            n->name = bare(v2->s);
        }
        if (!is_name(peek(p), "in")) {
            fail(p->t, XS_E_PARSE, peek(p)->line, "expected 'in' in for");
            return NULL;
        }
        next(p);
        n->e = parse_expr(p, 0);
        if (!n->e)
            return NULL;
        if (is_name(peek(p), "if")) {
            fail(p->t, XS_E_PARSE, peek(p)->line,
                 "'for ... if' is not supported (removed in Twig 3): use an if inside the loop");
            return NULL;
        }
        if (!end_of_tag(p))
            return NULL;
        static const char *const ends[] = {"else", "endfor"};
        xs_str end = {0};
        n->body = parse_body(p, ends, 2, &end, line, "for");
        if (p->t->st != XS_OK)
            return NULL;
        if (xs_str_eq_cstr(end, "else")) {
            if (!end_of_tag(p))
                return NULL;
            static const char *const endfor[] = {"endfor"};
            n->alt = parse_body(p, endfor, 1, &end, line, "for");
            if (p->t->st != XS_OK)
                return NULL;
        }
        return end_of_tag(p) ? n : NULL;
    }
    if (xs_str_eq_cstr(name->s, "set")) {
        tok *v = next(p);
        if (v->kind != T_NAME) {
            fail(p->t, XS_E_PARSE, v->line, "expected a variable name after 'set'");
            return NULL;
        }
        if (is_op(peek(p), ",")) {
            fail(p->t, XS_E_PARSE, v->line, "setting several variables at once is not supported");
            return NULL;
        }
        if (peek(p)->kind == T_BLOCK_END) { /* {% set x %}...{% endset %} */
            next(p);
            nd *n = new_nd(p, N_SET_BLOCK, line);
            if (!n)
                return NULL;
            n->name = bare(v->s);
            static const char *const ends[] = {"endset"};
            xs_str end = {0};
            n->body = parse_body(p, ends, 1, &end, line, "set");
            if (p->t->st != XS_OK)
                return NULL;
            return end_of_tag(p) ? n : NULL;
        }
        if (!expect_op(p, "="))
            return NULL;
        nd *n = new_nd(p, N_SET, line);
        if (!n)
            return NULL;
        n->name = bare(v->s);
        n->e = parse_expr(p, 0);
        return n->e && end_of_tag(p) ? n : NULL;
    }
    if (xs_str_eq_cstr(name->s, "do")) {
        nd *n = new_nd(p, N_DO, line);
        if (!n)
            return NULL;
        n->e = parse_expr(p, 0);
        return n->e && end_of_tag(p) ? n : NULL;
    }
    for (size_t i = 0; i < XS_COUNTOF(unsupported_tags); i++)
        if (xs_str_eq_cstr(name->s, unsupported_tags[i])) {
            fail(p->t, XS_E_PARSE, line, "tag '%s' is not supported by this runtime",
                 unsupported_tags[i]);
            return NULL;
        }
    fail(p->t, XS_E_PARSE, line, "unknown tag '%.*s'", (int)name->s.len, name->s.ptr);
    return NULL;
}

/* body := (text | "{{" expr "}}" | tag)* up to one of ends (its name in
 * *end, the cursor after it) or, when nends is 0, the end of the source. */
static nd *parse_body(ps *p, const char *const *ends, size_t nends, xs_str *end, uint32_t open_line,
                      const char *open_tag)
{
    if (++p->t->depth > XS_TWIG_MAX_DEPTH) {
        fail(p->t, XS_E_LIMIT, open_line, "tags nested too deep");
        return NULL;
    }
    nd *head = NULL, **tail = &head;
    for (;;) {
        tok *k = next(p);
        nd *n = NULL;
        if (k->kind == T_EOF) {
            if (nends)
                fail(p->t, XS_E_PARSE, open_line, "unclosed '%s' (expected '%s')", open_tag,
                     ends[nends - 1]);
            break;
        }
        if (k->kind == T_TEXT) {
            n = new_nd(p, N_TEXT, k->line);
            if (n)
                n->text = k->s;
        } else if (k->kind == T_VAR_START) {
            n = new_nd(p, N_PRINT, k->line);
            if (n) {
                n->e = parse_expr(p, 0);
                if (n->e && peek(p)->kind != T_VAR_END) {
                    tok *m = peek(p);
                    if (m->kind == T_NAME || m->kind == T_OP)
                        fail(p->t, XS_E_PARSE, m->line, "unexpected '%.*s'", (int)m->s.len,
                             m->s.ptr);
                    else
                        fail(p->t, XS_E_PARSE, m->line, "expected '}}', got %s", tok_desc(m));
                }
                next(p);
            }
        } else if (k->kind == T_BLOCK_START) {
            tok *name = next(p);
            if (name->kind != T_NAME) {
                fail(p->t, XS_E_PARSE, name->line, "expected a tag name after '{%%'");
                break;
            }
            bool found = false;
            for (size_t i = 0; i < nends; i++)
                if (xs_str_eq_cstr(name->s, ends[i])) {
                    *end = name->s;
                    found = true;
                }
            if (found)
                break;
            if (name->s.len > 3 && memcmp(name->s.ptr, "end", 3) == 0 &&
                !xs_str_eq_cstr(name->s, "endblock")) {
                fail(p->t, XS_E_PARSE, name->line, "unexpected '%.*s'", (int)name->s.len,
                     name->s.ptr);
                break;
            }
            if (xs_str_eq_cstr(name->s, "else") || xs_str_eq_cstr(name->s, "elseif")) {
                fail(p->t, XS_E_PARSE, name->line, "unexpected '%.*s' outside if or for",
                     (int)name->s.len, name->s.ptr);
                break;
            }
            n = parse_tag(p, name);
        } else {
            fail(p->t, XS_E_PARSE, k->line, "unexpected %s", tok_desc(k));
        }
        if (!n || p->t->st != XS_OK)
            break;
        *tail = n;
        tail = &n->next;
    }
    p->t->depth--;
    return head;
}

/* ---- rendering: values ---- */

/* Appends v as PHP's string cast prints it (floats with 14 significant
 * digits); lists and objects as compact JSON. */
static void print_value(xs_value v, xs_buf *b)
{
    switch (v.type) {
    case XS_NULL:
        return;
    case XS_BOOL:
        if (v.u.b)
            xs_buf_addc(b, '1');
        return;
    case XS_INT:
        xs_buf_addf(b, "%lld", (long long)v.u.i);
        return;
    case XS_DEC: {
        double d = v.u.d;
        if (isnan(d)) {
            xs_buf_adds(b, "NAN");
            return;
        }
        if (isinf(d)) {
            xs_buf_adds(b, d < 0 ? "-INF" : "INF");
            return;
        }
        char tmp[64];
        snprintf(tmp, sizeof tmp, "%.14G", d);
        char *e = strchr(tmp, 'E');
        if (!e) {
            xs_buf_adds(b, tmp);
            return;
        }
        /* PHP: 1.0E+25, 1.5E-7 */
        xs_buf_add(b, tmp, (size_t)(e - tmp));
        if (!memchr(tmp, '.', (size_t)(e - tmp)))
            xs_buf_adds(b, ".0");
        xs_buf_addc(b, 'E');
        xs_buf_addc(b, e[1]);
        const char *x = e + 2;
        while (*x == '0' && x[1])
            x++;
        xs_buf_adds(b, x);
        return;
    }
    case XS_TEXT:
        xs_buf_add(b, xs_text_ptr(v), xs_text_len(v));
        return;
    default:
        xs_json_encode(v, XS_JSON_COMPACT, b);
        return;
    }
}

static xs_value to_text(xs_value v)
{
    if (v.type == XS_TEXT)
        return xs_retain(v);
    xs_buf b;
    xs_buf_init(&b);
    print_value(v, &b);
    xs_value r = xs_text_new(b.ptr ? b.ptr : "", b.len);
    xs_buf_release(&b);
    return r;
}

/* Twig's `empty`: null, false, "", [] and {} (0 and "0" are not). */
static bool is_empty(xs_value v)
{
    switch (v.type) {
    case XS_NULL:
        return true;
    case XS_BOOL:
        return !v.u.b;
    case XS_TEXT:
        return xs_text_len(v) == 0;
    case XS_ARRAY:
        return xs_array_len(v) == 0;
    case XS_OBJECT:
        return xs_object_len(v) == 0;
    default:
        return false;
    }
}

/* A built text or list past the ceilings fails. */
static xs_status check_size(tw *t, uint32_t line, xs_value v)
{
    if (v.type == XS_TEXT && xs_text_len(v) > t->max_out)
        return fail(t, XS_E_LIMIT, line, "text longer than %zu bytes", t->max_out);
    if ((v.type == XS_ARRAY && xs_array_len(v) > XS_TWIG_MAX_ITEMS) ||
        (v.type == XS_OBJECT && xs_object_len(v) > XS_TWIG_MAX_ITEMS))
        return fail(t, XS_E_LIMIT, line, "list longer than %zu items", (size_t)XS_TWIG_MAX_ITEMS);
    return XS_OK;
}

static xs_status tick(tw *t, uint64_t n)
{
    if (!t->env->tick)
        return XS_OK;
    xs_status st = t->env->tick(t->env->ctx, n);
    return st == XS_OK ? XS_OK : pass_on(t, st);
}

/* The member key of v (borrowed); *found tells whether it exists. */
static xs_value member(xs_value v, xs_value key, bool *found)
{
    *found = false;
    if (v.type == XS_OBJECT) {
        xs_value k = to_text(key);
        const xs_value *p = xs_object_get(v, xs_text_str(k));
        xs_release(k);
        if (p) {
            *found = true;
            return *p;
        }
    } else if (v.type == XS_ARRAY) {
        xs_value n;
        if (key.type == XS_INT || key.type == XS_DEC ||
            (key.type == XS_TEXT && xs_text_to_number(xs_text_str(key), &n))) {
            if (key.type != XS_TEXT)
                n = key;
            int64_t i = n.type == XS_INT ? n.u.i : (int64_t)n.u.d;
            if (i >= 0 && (uint64_t)i < xs_array_len(v)) {
                *found = true;
                return xs_array_at(v, (size_t)i);
            }
        }
    }
    return xs_null();
}

/* The variable name: template variables first, then the function's. */
static bool lookup(tw *t, xs_str name, xs_value *out)
{
    const xs_value *p = xs_object_get(t->ctx, name);
    if (p) {
        *out = *p;
        return true;
    }
    *out = xs_null();
    return t->env->var && t->env->var(t->env->ctx, name, out);
}

static xs_status eval(tw *t, const ex *e, xs_value *out);

/* Whether e (a name or an attribute chain) is defined. */
static xs_status defined(tw *t, const ex *e, bool *yes)
{
    if (e->kind == E_NAME) {
        xs_value v;
        *yes = lookup(t, e->name, &v) || xs_str_eq_cstr(e->name, "loop");
        return XS_OK;
    }
    if (e->kind == E_ATTR) {
        bool ok;
        xs_status st = defined(t, e->a, &ok);
        if (st != XS_OK || !ok) {
            *yes = false;
            return st;
        }
        xs_value base, key;
        if ((st = eval(t, e->a, &base)) != XS_OK)
            return st;
        if ((st = eval(t, e->b, &key)) != XS_OK) {
            xs_release(base);
            return st;
        }
        member(base, key, yes);
        xs_release(base);
        xs_release(key);
        return XS_OK;
    }
    *yes = true;
    return XS_OK;
}

/* ---- rendering: operators ---- */

static bool num_of(xs_value v, xs_value *n)
{
    if (v.type == XS_ARRAY || v.type == XS_OBJECT)
        return false;
    return xs_lib_to_num(v, n);
}

static xs_status arith(tw *t, const ex *e, xs_value a, xs_value b, xs_value *out)
{
    xs_value x, y;
    if (!num_of(a, &x) || !num_of(b, &y))
        return fail(t, XS_E_RUNTIME, e->line, "unsupported operand types: %s %.*s %s",
                    xs_value_type_name(a), (int)e->op.len, e->op.ptr, xs_value_type_name(b));
    char op = e->op.ptr[0];
    bool ints = x.type == XS_INT && y.type == XS_INT;
    double dx = xs_lib_dbl(x), dy = xs_lib_dbl(y);
    if (e->op.len == 2 && op == '*') { /* ** */
        if (ints && y.u.i >= 0) {      /* by squaring, while it stays whole */
            int64_t r = 1, base = x.u.i, k = y.u.i;
            bool over = false;
            while (k > 0 && !over) {
                if (k & 1)
                    over = __builtin_mul_overflow(r, base, &r);
                k >>= 1;
                /* a squared base that overflows would be used: the top bit of k is set */
                if (k > 0 && !over)
                    over = __builtin_mul_overflow(base, base, &base);
            }
            if (!over) {
                *out = xs_int(r);
                return XS_OK;
            }
        }
        *out = xs_dec(pow(dx, dy));
        return XS_OK;
    }
    if (e->op.len == 2 && op == '/') { /* // */
        if (dy == 0)
            return fail(t, XS_E_RUNTIME, e->line, "division by zero");
        double q = floor(dx / dy);
        *out = fabs(q) < 9.2e18 ? xs_int((int64_t)q) : xs_dec(q);
        return XS_OK;
    }
    switch (op) {
    case '+':
    case '-':
    case '*': {
        if (ints) {
            int64_t r;
            bool over = op == '+'   ? __builtin_add_overflow(x.u.i, y.u.i, &r)
                        : op == '-' ? __builtin_sub_overflow(x.u.i, y.u.i, &r)
                                    : __builtin_mul_overflow(x.u.i, y.u.i, &r);
            if (!over) {
                *out = xs_int(r);
                return XS_OK;
            }
        }
        *out = xs_dec(op == '+' ? dx + dy : op == '-' ? dx - dy : dx * dy);
        return XS_OK;
    }
    case '/':
        if (dy == 0)
            return fail(t, XS_E_RUNTIME, e->line, "division by zero");
        if (ints && y.u.i != -1 && x.u.i % y.u.i == 0) {
            *out = xs_int(x.u.i / y.u.i);
            return XS_OK;
        }
        *out = xs_dec(dx / dy);
        return XS_OK;
    case '%': {
        /* PHP's % works on integers */
        if (!isfinite(dx) || !isfinite(dy) || fabs(dx) >= 9.2e18 || fabs(dy) >= 9.2e18)
            return fail(t, XS_E_RUNTIME, e->line, "modulo of a number out of range");
        int64_t ix = (int64_t)dx, iy = (int64_t)dy;
        if (iy == 0)
            return fail(t, XS_E_RUNTIME, e->line, "modulo by zero");
        *out = xs_int(iy == -1 ? 0 : ix % iy);
        return XS_OK;
    }
    }
    return fail(t, XS_E_INTERNAL, e->line, "unknown operator");
}

/* Whether needle is in hay (Twig's `in`): a loose search of a list's or
 * an object's values, a substring of a text. */
static bool contains(xs_value needle, xs_value hay)
{
    if (hay.type == XS_ARRAY) {
        for (size_t i = 0; i < xs_array_len(hay); i++)
            if (xs_value_loose_equals(needle, xs_array_at(hay, i)))
                return true;
        return false;
    }
    if (hay.type == XS_OBJECT) {
        for (size_t i = 0; i < xs_object_len(hay); i++)
            if (xs_value_loose_equals(needle, xs_object_val_at(hay, i)))
                return true;
        return false;
    }
    if (hay.type == XS_TEXT && (needle.type == XS_TEXT || xs_is_number(needle))) {
        xs_value n = to_text(needle);
        xs_str h = xs_text_str(hay), s = xs_text_str(n);
        bool found = s.len == 0 || (s.len <= h.len && memmem(h.ptr, h.len, s.ptr, s.len));
        xs_release(n);
        return found;
    }
    return false;
}

static xs_status make_range(tw *t, uint32_t line, xs_value lo, xs_value hi, xs_value step,
                            xs_value *out)
{
    xs_value a, b, s = xs_int(1);
    if (!num_of(lo, &a) || !num_of(hi, &b) || (step.type != XS_NULL && !num_of(step, &s)))
        return fail(t, XS_E_RUNTIME, line, "range bounds must be numbers");
    if (a.type != XS_INT || b.type != XS_INT || s.type != XS_INT)
        return fail(t, XS_E_RUNTIME, line, "range bounds must be whole numbers");
    int64_t from = a.u.i, to = b.u.i, by = s.u.i < 0 ? -s.u.i : s.u.i;
    if (by == 0)
        return fail(t, XS_E_RUNTIME, line, "range step must not be 0");
    uint64_t span = from <= to ? (uint64_t)to - (uint64_t)from : (uint64_t)from - (uint64_t)to;
    uint64_t n = span / (uint64_t)by + 1;
    if (n > XS_TWIG_MAX_ITEMS)
        return fail(t, XS_E_LIMIT, line, "range of more than %zu items", (size_t)XS_TWIG_MAX_ITEMS);
    xs_status st = tick(t, n);
    if (st != XS_OK)
        return st;
    xs_value r = xs_array_new((size_t)n);
    for (uint64_t i = 0; i < n; i++)
        xs_array_push(&r, xs_int(from <= to ? from + (int64_t)(i * (uint64_t)by)
                                            : from - (int64_t)(i * (uint64_t)by)));
    *out = r;
    return XS_OK;
}

static xs_status binary(tw *t, const ex *e, xs_value *out)
{
    xs_str op = e->op;
    xs_value a, b;
    xs_status st;
    if (xs_str_eq_cstr(op, "and") || xs_str_eq_cstr(op, "or")) {
        if ((st = eval(t, e->a, &a)) != XS_OK)
            return st;
        bool l = xs_value_truthy(a);
        xs_release(a);
        bool is_and = op.ptr[0] == 'a';
        if (is_and ? !l : l) {
            *out = xs_bool(l);
            return XS_OK;
        }
        if ((st = eval(t, e->b, &b)) != XS_OK)
            return st;
        *out = xs_bool(xs_value_truthy(b));
        xs_release(b);
        return XS_OK;
    }
    if (xs_str_eq_cstr(op, "??")) {
        bool ok;
        if ((st = defined(t, e->a, &ok)) != XS_OK)
            return st;
        if (ok) {
            if ((st = eval(t, e->a, &a)) != XS_OK)
                return st;
            if (a.type != XS_NULL) {
                *out = a;
                return XS_OK;
            }
        }
        return eval(t, e->b, out);
    }
    if ((st = eval(t, e->a, &a)) != XS_OK)
        return st;
    if ((st = eval(t, e->b, &b)) != XS_OK) {
        xs_release(a);
        return st;
    }
    char c0 = op.ptr[0];
    if (xs_str_eq_cstr(op, "~")) {
        xs_buf buf;
        xs_buf_init(&buf);
        print_value(a, &buf);
        print_value(b, &buf);
        *out = xs_text_new(buf.ptr ? buf.ptr : "", buf.len);
        xs_buf_release(&buf);
        st = check_size(t, e->line, *out);
    } else if (xs_str_eq_cstr(op, "==") || xs_str_eq_cstr(op, "!=")) {
        bool eq = xs_value_loose_equals(a, b);
        *out = xs_bool(c0 == '=' ? eq : !eq);
    } else if (c0 == '<' || c0 == '>') {
        int c = xs_lib_php_cmp(a, b);
        bool r = op.len == 1 ? (c0 == '<' ? c < 0 : c > 0) : (c0 == '<' ? c <= 0 : c >= 0);
        *out = xs_bool(r);
    } else if (xs_str_eq_cstr(op, "in") || xs_str_eq_cstr(op, "not in")) {
        bool in = contains(a, b);
        *out = xs_bool(op.len == 2 ? in : !in);
    } else if (xs_str_eq_cstr(op, "starts with") || xs_str_eq_cstr(op, "ends with")) {
        bool r = false;
        if (a.type == XS_TEXT && b.type == XS_TEXT) {
            xs_str s = xs_text_str(a), w = xs_text_str(b);
            r = w.len <= s.len &&
                memcmp(c0 == 's' ? s.ptr : s.ptr + s.len - w.len, w.ptr, w.len) == 0;
        }
        *out = xs_bool(r);
    } else if (xs_str_eq_cstr(op, "matches")) {
        st = fail(t, XS_E_RUNTIME, e->line, "operator 'matches' is not supported");
    } else if (xs_str_eq_cstr(op, "..")) {
        st = make_range(t, e->line, a, b, xs_null(), out);
    } else if (op.len > 2 && op.ptr[0] == 'b' && op.ptr[1] == '-') {
        xs_value x, y;
        if (!num_of(a, &x) || !num_of(b, &y)) {
            st = fail(t, XS_E_RUNTIME, e->line, "bitwise operators need numbers");
        } else {
            int64_t ix = x.type == XS_INT ? x.u.i : (int64_t)x.u.d;
            int64_t iy = y.type == XS_INT ? y.u.i : (int64_t)y.u.d;
            *out = xs_int(op.ptr[2] == 'a' ? ix & iy : op.ptr[2] == 'o' ? ix | iy : ix ^ iy);
        }
    } else {
        st = arith(t, e, a, b, out);
    }
    xs_release(a);
    xs_release(b);
    if (st != XS_OK) {
        xs_release(*out);
        *out = xs_null();
    }
    return st;
}

/* ---- rendering: tests ---- */

static xs_status test(tw *t, const ex *e, xs_value *out)
{
    xs_str n = e->name;
    bool r;
    xs_status st;
    if (xs_str_eq_cstr(n, "defined")) {
        if ((st = defined(t, e->a, &r)) != XS_OK)
            return st;
        *out = xs_bool(e->neg ? !r : r);
        return XS_OK;
    }
    xs_value v, arg = xs_null();
    if ((st = eval(t, e->a, &v)) != XS_OK)
        return st;
    if (e->nargs && (st = eval(t, e->args[0], &arg)) != XS_OK) {
        xs_release(v);
        return st;
    }
    if (xs_str_eq_cstr(n, "null") || xs_str_eq_cstr(n, "none")) {
        r = v.type == XS_NULL;
    } else if (xs_str_eq_cstr(n, "empty")) {
        r = is_empty(v);
    } else if (xs_str_eq_cstr(n, "even") || xs_str_eq_cstr(n, "odd")) {
        xs_value x;
        int64_t i = num_of(v, &x) ? (x.type == XS_INT ? x.u.i : (int64_t)x.u.d) : 0;
        r = (i % 2 == 0) == (n.ptr[0] == 'e');
    } else if (xs_str_eq_cstr(n, "iterable")) {
        r = v.type == XS_ARRAY || v.type == XS_OBJECT;
    } else if (xs_str_eq_cstr(n, "divisible by")) {
        xs_value x, y;
        if (!num_of(v, &x) || !num_of(arg, &y) || xs_lib_dbl(y) == 0)
            st = fail(t, XS_E_RUNTIME, e->line, "'divisible by' needs numbers and a divisor not 0");
        r = st == XS_OK && fmod(xs_lib_dbl(x), xs_lib_dbl(y)) == 0;
    } else if (xs_str_eq_cstr(n, "same as")) {
        r = v.type == arg.type && xs_value_equals(v, arg);
    } else {
        st = fail(t, XS_E_RUNTIME, e->line, "unknown test '%.*s'", (int)n.len, n.ptr);
        r = false;
    }
    xs_release(v);
    xs_release(arg);
    *out = xs_bool(e->neg ? !r : r);
    return st;
}

/* ---- rendering: filters ---- */

/* Runs the XanoScript filter name on *v through env->apply. */
static xs_status apply(tw *t, const char *name, xs_value *v, const xs_value *args, size_t nargs)
{
    if (!t->env->apply)
        return XS_OK;
    xs_status st = t->env->apply(t->env->ctx, name, v, args, nargs);
    return st == XS_OK ? XS_OK : pass_on(t, st);
}

static xs_value arg_at(const xs_value *args, size_t nargs, size_t i)
{
    return i < nargs ? args[i] : xs_null();
}

static xs_status f_escape(tw *t, const ex *e, xs_value *v, const xs_value *args, size_t nargs)
{
    xs_value strat = arg_at(args, nargs, 0);
    xs_str s_name = strat.type == XS_TEXT ? xs_text_str(strat) : XS_STR("html");
    if (v->type == XS_NULL)
        return XS_OK;
    xs_value txt = to_text(*v);
    xs_str s = xs_text_str(txt);
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_reserve(&b, s.len);
    xs_status st = XS_OK;
    if (xs_str_eq_cstr(s_name, "html")) {
        for (size_t i = 0; i < s.len; i++) {
            char c = s.ptr[i];
            switch (c) {
            case '&':
                xs_buf_adds(&b, "&amp;");
                break;
            case '<':
                xs_buf_adds(&b, "&lt;");
                break;
            case '>':
                xs_buf_adds(&b, "&gt;");
                break;
            case '"':
                xs_buf_adds(&b, "&quot;");
                break;
            case '\'':
                xs_buf_adds(&b, "&#039;");
                break;
            default:
                xs_buf_addc(&b, c);
            }
        }
    } else if (xs_str_eq_cstr(s_name, "url")) {
        static const char hex[] = "0123456789ABCDEF";
        for (size_t i = 0; i < s.len; i++) {
            unsigned char c = (unsigned char)s.ptr[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '_' || c == '.' || c == '~') {
                xs_buf_addc(&b, (char)c);
            } else {
                xs_buf_addc(&b, '%');
                xs_buf_addc(&b, hex[c >> 4]);
                xs_buf_addc(&b, hex[c & 15]);
            }
        }
    } else if (xs_str_eq_cstr(s_name, "js") || xs_str_eq_cstr(s_name, "html_attr")) {
        bool js = s_name.ptr[0] == 'j';
        for (size_t i = 0; i < s.len;) {
            unsigned char c = (unsigned char)s.ptr[i];
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                c == ',' || c == '.' || c == '_' || (!js && (c == '-'))) {
                xs_buf_addc(&b, (char)c);
                i++;
                continue;
            }
            size_t k = c < 0x80 ? 1 : xs_utf8_seq_len((const unsigned char *)s.ptr + i, s.len - i);
            uint32_t cp = c;
            if (k > 1) {
                cp = k == 2 ? (c & 0x1Fu) : k == 3 ? (c & 0x0Fu) : (c & 0x07u);
                for (size_t j = 1; j < k; j++)
                    cp = (cp << 6) | ((unsigned char)s.ptr[i + j] & 0x3Fu);
            } else {
                k = 1;
            }
            i += k;
            if (js) {
                if (cp < 0x80)
                    xs_buf_addf(&b, "\\x%02X", cp);
                else if (cp < 0x10000)
                    xs_buf_addf(&b, "\\u%04X", cp);
                else {
                    uint32_t u = cp - 0x10000;
                    xs_buf_addf(&b, "\\u%04X\\u%04X", 0xD800 + (u >> 10), 0xDC00 + (u & 0x3FF));
                }
            } else if (cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp >= 0x20) {
                xs_buf_addf(&b, cp < 0x100 ? "&#x%02X;" : "&#x%04X;", cp);
            } else {
                xs_buf_adds(&b, "&#xFFFD;");
            }
        }
    } else {
        st = fail(t, XS_E_RUNTIME, e->line, "unknown escape strategy '%.*s'", (int)s_name.len,
                  s_name.ptr);
    }
    xs_release(txt);
    if (st == XS_OK)
        xs_lib_put(v, xs_text_new(b.ptr ? b.ptr : "", b.len));
    xs_buf_release(&b);
    return st;
}

/* slice(start, length) on a list, an object's values or a text (by
 * characters), with PHP's negative offsets. */
static xs_status f_slice(tw *t, const ex *e, xs_value *v, const xs_value *args, size_t nargs)
{
    xs_value s0, l0;
    if (!num_of(arg_at(args, nargs, 0), &s0))
        return fail(t, XS_E_RUNTIME, e->line, "slice: start must be a number");
    bool has_len = nargs > 1 && args[1].type != XS_NULL;
    if (has_len && !num_of(args[1], &l0))
        return fail(t, XS_E_RUNTIME, e->line, "slice: length must be a number");
    size_t n = v->type == XS_ARRAY    ? xs_array_len(*v)
               : v->type == XS_OBJECT ? xs_object_len(*v)
               : v->type == XS_TEXT   ? xs_lib_utf8_len(xs_text_str(*v))
                                      : 0;
    int64_t start = s0.type == XS_INT ? s0.u.i : (int64_t)s0.u.d;
    int64_t len = has_len ? (l0.type == XS_INT ? l0.u.i : (int64_t)l0.u.d) : (int64_t)n;
    if (start < 0)
        start = (int64_t)n + start < 0 ? 0 : (int64_t)n + start;
    if (start > (int64_t)n)
        start = (int64_t)n;
    int64_t end = len < 0 ? (int64_t)n + len : start + len;
    if (end > (int64_t)n || end < start - 0)
        end = end > (int64_t)n ? (int64_t)n : start;
    if (end < start)
        end = start;
    if (v->type == XS_TEXT) {
        xs_str s = xs_text_str(*v);
        size_t b = xs_lib_utf8_off(s, (size_t)start), x = xs_lib_utf8_off(s, (size_t)end);
        xs_lib_put(v, xs_text_new(s.ptr + b, x - b));
    } else if (v->type == XS_ARRAY || v->type == XS_OBJECT) {
        bool obj = v->type == XS_OBJECT;
        xs_value r =
            obj ? xs_object_new((size_t)(end - start)) : xs_array_new((size_t)(end - start));
        for (int64_t i = start; i < end; i++) {
            if (obj)
                xs_object_set(&r, xs_object_key_at(*v, (size_t)i),
                              xs_retain(xs_object_val_at(*v, (size_t)i)));
            else
                xs_array_push(&r, xs_retain(xs_array_at(*v, (size_t)i)));
        }
        xs_lib_put(v, r);
    } else {
        xs_lib_put(v, xs_null());
    }
    return XS_OK;
}

/* Twig's split: delimiter "" cuts into chunks of limit (default 1)
 * characters; a positive limit keeps the rest in the last piece, a
 * negative one drops that many pieces from the end. */
static xs_status f_split(tw *t, const ex *e, xs_value *v, const xs_value *args, size_t nargs)
{
    xs_value txt = to_text(*v), delim = to_text(arg_at(args, nargs, 0)), lim;
    int64_t limit = 0;
    if (nargs > 1 && args[1].type != XS_NULL) {
        if (!num_of(args[1], &lim)) {
            xs_release(txt);
            xs_release(delim);
            return fail(t, XS_E_RUNTIME, e->line, "split: limit must be a number");
        }
        limit = lim.type == XS_INT ? lim.u.i : (int64_t)lim.u.d;
    }
    xs_str s = xs_text_str(txt), d = xs_text_str(delim);
    xs_value r = xs_array_new(0);
    xs_status st = XS_OK;
    if (d.len == 0) {
        size_t chunk = limit > 0 ? (size_t)limit : 1;
        for (size_t i = 0; i < s.len;) {
            size_t j = i;
            for (size_t c = 0; c < chunk && j < s.len; c++) {
                size_t k = xs_utf8_seq_len((const unsigned char *)s.ptr + j, s.len - j);
                j += k ? k : 1;
            }
            xs_array_push(&r, xs_text_new(s.ptr + i, j - i));
            i = j;
            if (xs_array_len(r) > XS_TWIG_MAX_ITEMS)
                break;
        }
    } else {
        size_t i = 0;
        for (;;) {
            if (limit > 0 && (int64_t)xs_array_len(r) == limit - 1) {
                xs_array_push(&r, xs_text_new(s.ptr + i, s.len - i));
                break;
            }
            const char *hit =
                s.len - i >= d.len ? memmem(s.ptr + i, s.len - i, d.ptr, d.len) : NULL;
            if (!hit) {
                xs_array_push(&r, xs_text_new(s.ptr + i, s.len - i));
                break;
            }
            xs_array_push(&r, xs_text_new(s.ptr + i, (size_t)(hit - s.ptr) - i));
            i = (size_t)(hit - s.ptr) + d.len;
            if (xs_array_len(r) > XS_TWIG_MAX_ITEMS)
                break;
        }
        if (limit < 0) {
            for (int64_t k = 0; k < -limit && xs_array_len(r); k++)
                xs_release(xs_array_pop(&r));
        }
    }
    xs_release(txt);
    xs_release(delim);
    if ((st = check_size(t, e->line, r)) != XS_OK) {
        xs_release(r);
        return st;
    }
    xs_lib_put(v, r);
    return XS_OK;
}

/* join(glue, and): the values of a list or object as text. */
static xs_status f_join(tw *t, const ex *e, xs_value *v, const xs_value *args, size_t nargs)
{
    if (v->type != XS_ARRAY && v->type != XS_OBJECT) {
        if (v->type == XS_NULL) {
            xs_lib_put(v, xs_text_new("", 0));
            return XS_OK;
        }
        return fail(t, XS_E_RUNTIME, e->line, "join: expected a list, got %s",
                    xs_value_type_name(*v));
    }
    xs_value glue = to_text(arg_at(args, nargs, 0));
    xs_value last = nargs > 1 && args[1].type != XS_NULL ? to_text(args[1]) : xs_null();
    bool obj = v->type == XS_OBJECT;
    size_t n = obj ? xs_object_len(*v) : xs_array_len(*v);
    xs_buf b;
    xs_buf_init(&b);
    xs_status st = XS_OK;
    for (size_t i = 0; i < n; i++) {
        if (i > 0) {
            xs_value g = i == n - 1 && last.type == XS_TEXT ? last : glue;
            xs_buf_add(&b, xs_text_ptr(g), xs_text_len(g));
        }
        print_value(obj ? xs_object_val_at(*v, i) : xs_array_at(*v, i), &b);
        if (b.len > t->max_out) {
            st = fail(t, XS_E_LIMIT, e->line, "text longer than %zu bytes", t->max_out);
            break;
        }
    }
    xs_release(glue);
    xs_release(last);
    if (st == XS_OK)
        xs_lib_put(v, xs_text_new(b.ptr ? b.ptr : "", b.len));
    xs_buf_release(&b);
    return st;
}

/* replace({from: to, ...}) */
static xs_status f_replace(tw *t, const ex *e, xs_value *v, const xs_value *args, size_t nargs)
{
    xs_value map = arg_at(args, nargs, 0);
    if (map.type != XS_OBJECT)
        return fail(t, XS_E_RUNTIME, e->line,
                    "replace: expected a mapping such as {'from': 'to'}, got %s",
                    xs_value_type_name(map));
    xs_value txt = to_text(*v);
    xs_str s = xs_text_str(txt);
    size_t nk = xs_object_len(map);
    /* the work is text length times keys: count it as such */
    xs_status st0 = tick(t, (uint64_t)s.len / 64 * nk + 1);
    if (st0 != XS_OK) {
        xs_release(txt);
        return st0;
    }
    xs_buf b;
    xs_buf_init(&b);
    /* strtr: at each position the longest matching key wins */
    for (size_t i = 0; i < s.len;) {
        size_t best = 0, bk = 0;
        for (size_t k = 0; k < nk; k++) {
            xs_str key = xs_object_key_at(map, k);
            if (key.len && key.len > best && key.len <= s.len - i &&
                memcmp(s.ptr + i, key.ptr, key.len) == 0) {
                best = key.len;
                bk = k;
            }
        }
        if (best) {
            print_value(xs_object_val_at(map, bk), &b);
            i += best;
        } else {
            xs_buf_addc(&b, s.ptr[i++]);
        }
        if (b.len > t->max_out)
            break;
    }
    xs_release(txt);
    xs_value r = xs_text_new(b.ptr ? b.ptr : "", b.len);
    xs_buf_release(&b);
    xs_status st = check_size(t, e->line, r);
    if (st != XS_OK) {
        xs_release(r);
        return st;
    }
    xs_lib_put(v, r);
    return XS_OK;
}

static xs_status f_striptags(xs_value *v)
{
    xs_value txt = to_text(*v);
    xs_str s = xs_text_str(txt);
    xs_buf b;
    xs_buf_init(&b);
    int depth = 0;
    char quote = 0;
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        if (depth) {
            if (quote) {
                if (c == quote)
                    quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '<') {
                depth++;
            } else if (c == '>') {
                depth--;
            }
            continue;
        }
        if (c == '<' && i + 1 < s.len && !is_ws(s.ptr[i + 1])) {
            depth = 1;
            continue;
        }
        xs_buf_addc(&b, c);
    }
    xs_release(txt);
    xs_lib_put(v, xs_text_new(b.ptr ? b.ptr : "", b.len));
    xs_buf_release(&b);
    return XS_OK;
}

static xs_status f_nl2br(xs_value *v)
{
    xs_value txt = to_text(*v);
    xs_str s = xs_text_str(txt);
    xs_buf b;
    xs_buf_init(&b);
    for (size_t i = 0; i < s.len; i++) {
        char c = s.ptr[i];
        if (c == '\r' || c == '\n') {
            xs_buf_adds(&b, "<br />");
            xs_buf_addc(&b, c);
            if (i + 1 < s.len && (s.ptr[i + 1] == '\r' || s.ptr[i + 1] == '\n') &&
                s.ptr[i + 1] != c)
                xs_buf_addc(&b, s.ptr[++i]);
            continue;
        }
        xs_buf_addc(&b, c);
    }
    xs_release(txt);
    xs_lib_put(v, xs_text_new(b.ptr ? b.ptr : "", b.len));
    xs_buf_release(&b);
    return XS_OK;
}

/* date(format, timezone): numbers are ms since the epoch (XanoScript's
 * timestamps), texts strtotime expressions, null now. */
static xs_status f_date(tw *t, const ex *e, xs_value *v, const xs_value *args, size_t nargs)
{
    xs_value fmt = arg_at(args, nargs, 0), zone = arg_at(args, nargs, 1);
    const xs_tz *z = xs_tz_utc();
    if (zone.type == XS_TEXT) {
        z = xs_tz_find(xs_text_str(zone));
        if (!z)
            return fail(t, XS_E_RUNTIME, e->line, "date: unknown time zone '%.*s'",
                        (int)xs_text_len(zone), xs_text_ptr(zone));
    }
    int64_t ms = t->env->now_ms;
    if (v->type == XS_INT || v->type == XS_DEC) {
        double d = xs_lib_dbl(*v);
        if (!(fabs(d) < (double)XS_TZ_MAX_MS))
            return fail(t, XS_E_RUNTIME, e->line, "date: timestamp out of range");
        ms = (int64_t)d;
    } else if (v->type == XS_TEXT) {
        xs_value n;
        if (xs_text_to_number(xs_text_str(*v), &n) && n.type == XS_INT) {
            ms = n.u.i;
        } else if (!xs_tz_relative(xs_text_str(*v), z, &ms)) {
            return fail(t, XS_E_RUNTIME, e->line, "date: cannot read '%.*s' as a date",
                        (int)(xs_text_len(*v) > 64 ? 64 : xs_text_len(*v)), xs_text_ptr(*v));
        }
    } else if (v->type != XS_NULL) {
        return fail(t, XS_E_RUNTIME, e->line, "date: expected a timestamp, got %s",
                    xs_value_type_name(*v));
    }
    xs_str f = fmt.type == XS_TEXT ? xs_text_str(fmt) : XS_STR("F j, Y H:i");
    if (f.len > 256)
        return fail(t, XS_E_RUNTIME, e->line, "date: format too long");
    xs_buf b;
    xs_buf_init(&b);
    xs_tz_format(&b, f, ms, z);
    xs_lib_put(v, xs_text_new(b.ptr ? b.ptr : "", b.len));
    xs_buf_release(&b);
    return XS_OK;
}

static xs_status f_round(tw *t, const ex *e, xs_value *v, const xs_value *args, size_t nargs)
{
    xs_value n, p = xs_int(0);
    if (!num_of(*v, &n))
        return fail(t, XS_E_RUNTIME, e->line, "round: expected a number, got %s",
                    xs_value_type_name(*v));
    if (nargs > 0 && args[0].type != XS_NULL && !num_of(args[0], &p))
        return fail(t, XS_E_RUNTIME, e->line, "round: precision must be a number");
    int64_t prec = p.type == XS_INT ? p.u.i : (int64_t)p.u.d;
    if (prec > 15)
        prec = 15;
    if (prec < -15)
        prec = -15;
    xs_value m = arg_at(args, nargs, 1);
    xs_str method = m.type == XS_TEXT ? xs_text_str(m) : XS_STR("common");
    double d = xs_lib_dbl(n), r;
    if (xs_str_eq_cstr(method, "common")) {
        r = xs_lib_round(d, prec);
    } else if (xs_str_eq_cstr(method, "floor") || xs_str_eq_cstr(method, "ceil")) {
        double f = pow(10, (double)prec);
        r = method.ptr[0] == 'f' ? floor(d * f) / f : ceil(d * f) / f;
    } else {
        return fail(t, XS_E_RUNTIME, e->line, "round: method must be common, floor or ceil");
    }
    /* Twig's round gives a float; whole ones print without a fraction */
    xs_lib_put(v, xs_dec(r));
    return XS_OK;
}

/* Merge sort of n values by PHP's comparison: stable, O(n log n). */
static void merge_sort(xs_value *a, xs_value *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    merge_sort(a, tmp, h);
    merge_sort(a + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = xs_lib_php_cmp(a[j], a[i]) < 0 ? a[j++] : a[i++];
    while (i < h)
        tmp[k++] = a[i++];
    while (j < n)
        tmp[k++] = a[j++];
    memcpy(a, tmp, n * sizeof *a);
}

static xs_status f_sort(xs_value *v)
{
    if (v->type != XS_ARRAY)
        return XS_OK;
    size_t n = xs_array_len(*v);
    xs_value *items = xs_calloc(n ? n : 1, 2 * sizeof(xs_value));
    for (size_t i = 0; i < n; i++)
        items[i] = xs_retain(xs_array_at(*v, i));
    merge_sort(items, items + n, n);
    xs_value r = xs_array_new(n);
    for (size_t i = 0; i < n; i++)
        xs_array_push(&r, items[i]);
    xs_free(items);
    xs_lib_put(v, r);
    return XS_OK;
}

static xs_status f_merge(tw *t, const ex *e, xs_value *v, const xs_value *args, size_t nargs)
{
    xs_value other = arg_at(args, nargs, 0);
    if (v->type == XS_NULL)
        xs_lib_put(v, other.type == XS_OBJECT ? xs_object_new(0) : xs_array_new(0));
    if ((v->type != XS_ARRAY && v->type != XS_OBJECT) ||
        (other.type != XS_ARRAY && other.type != XS_OBJECT && other.type != XS_NULL))
        return fail(t, XS_E_RUNTIME, e->line, "merge: expected two lists or two objects");
    if (v->type == XS_ARRAY && other.type == XS_ARRAY) {
        if (xs_array_len(*v) + xs_array_len(other) > XS_TWIG_MAX_ITEMS)
            return fail(t, XS_E_LIMIT, e->line, "list longer than %zu items",
                        (size_t)XS_TWIG_MAX_ITEMS);
        for (size_t i = 0; i < xs_array_len(other); i++)
            xs_array_push(v, xs_retain(xs_array_at(other, i)));
        return XS_OK;
    }
    if (v->type == XS_ARRAY) { /* list into object: keys are the indexes */
        xs_value o = xs_object_new(xs_array_len(*v));
        for (size_t i = 0; i < xs_array_len(*v); i++) {
            char k[24];
            int kl = snprintf(k, sizeof k, "%zu", i);
            xs_object_set(&o, (xs_str){k, (size_t)kl}, xs_retain(xs_array_at(*v, i)));
        }
        xs_lib_put(v, o);
    }
    if (other.type == XS_OBJECT) {
        if (xs_object_len(*v) + xs_object_len(other) > XS_TWIG_MAX_ITEMS)
            return fail(t, XS_E_LIMIT, e->line, "list longer than %zu items",
                        (size_t)XS_TWIG_MAX_ITEMS);
        for (size_t i = 0; i < xs_object_len(other); i++)
            xs_object_set(v, xs_object_key_at(other, i), xs_retain(xs_object_val_at(other, i)));
    } else if (other.type == XS_ARRAY) {
        if (xs_object_len(*v) + xs_array_len(other) > XS_TWIG_MAX_ITEMS)
            return fail(t, XS_E_LIMIT, e->line, "list longer than %zu items",
                        (size_t)XS_TWIG_MAX_ITEMS);
        for (size_t i = 0; i < xs_array_len(other); i++) {
            char k[24];
            int kl = snprintf(k, sizeof k, "%zu", xs_object_len(*v));
            xs_object_set(v, (xs_str){k, (size_t)kl}, xs_retain(xs_array_at(other, i)));
        }
    }
    return XS_OK;
}

/* first / last: of a list, an object's values, or a text's characters. */
static xs_status f_end(xs_value *v, bool first)
{
    xs_value r = xs_null();
    if (v->type == XS_ARRAY && xs_array_len(*v))
        r = xs_retain(xs_array_at(*v, first ? 0 : xs_array_len(*v) - 1));
    else if (v->type == XS_OBJECT && xs_object_len(*v))
        r = xs_retain(xs_object_val_at(*v, first ? 0 : xs_object_len(*v) - 1));
    else if (v->type == XS_TEXT && xs_text_len(*v)) {
        xs_str s = xs_text_str(*v);
        size_t n = xs_lib_utf8_len(s);
        size_t b = xs_lib_utf8_off(s, first ? 0 : n - 1), e = xs_lib_utf8_off(s, first ? 1 : n);
        r = xs_text_new(s.ptr + b, e - b);
    }
    xs_lib_put(v, r);
    return XS_OK;
}

/* capitalize: the first character upper, the rest lower; title: each word. */
static xs_status f_case(tw *t, xs_value *v, bool title)
{
    xs_lib_put(v, to_text(*v));
    xs_status st = apply(t, "to_lower", v, NULL, 0);
    if (st != XS_OK || v->type != XS_TEXT || !xs_text_len(*v))
        return st;
    if (title)
        return apply(t, "capitalize", v, NULL, 0);
    xs_str s = xs_text_str(*v);
    size_t k = xs_lib_utf8_off(s, 1);
    xs_value head = xs_text_new(s.ptr, k);
    if ((st = apply(t, "to_upper", &head, NULL, 0)) != XS_OK) {
        xs_release(head);
        return st;
    }
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_add(&b, xs_text_ptr(head), xs_text_len(head));
    xs_buf_add(&b, s.ptr + k, s.len - k);
    xs_release(head);
    xs_lib_put(v, xs_text_new(b.ptr, b.len));
    xs_buf_release(&b);
    return XS_OK;
}

static xs_status filter(tw *t, const ex *e, xs_value *v)
{
    xs_value args[16];
    size_t nargs = e->nargs;
    xs_status st;
    if (nargs > XS_COUNTOF(args))
        return fail(t, XS_E_RUNTIME, e->line, "too many filter arguments");
    for (size_t i = 0; i < nargs; i++)
        if ((st = eval(t, e->args[i], &args[i])) != XS_OK) {
            while (i--)
                xs_release(args[i]);
            return st;
        }
    xs_str n = e->name;
#define IS(name) xs_str_eq_cstr(n, name)
    if (IS("raw")) {
        st = XS_OK;
    } else if (IS("escape") || IS("e")) {
        st = f_escape(t, e, v, args, nargs);
    } else if (IS("upper") || IS("lower")) {
        xs_lib_put(v, to_text(*v));
        st = apply(t, IS("upper") ? "to_upper" : "to_lower", v, NULL, 0);
    } else if (IS("capitalize") || IS("title")) {
        st = f_case(t, v, IS("title"));
    } else if (IS("trim")) {
        xs_value side = arg_at(args, nargs, 1);
        const char *fn = "trim";
        if (side.type == XS_TEXT && xs_str_eq_cstr(xs_text_str(side), "left"))
            fn = "ltrim";
        else if (side.type == XS_TEXT && xs_str_eq_cstr(xs_text_str(side), "right"))
            fn = "rtrim";
        xs_lib_put(v, to_text(*v));
        st = apply(t, fn, v, args, nargs > 0 && args[0].type != XS_NULL ? 1 : 0);
    } else if (IS("length")) {
        size_t len = v->type == XS_ARRAY    ? xs_array_len(*v)
                     : v->type == XS_OBJECT ? xs_object_len(*v)
                     : v->type == XS_NULL   ? 0
                                            : 0;
        if (v->type != XS_ARRAY && v->type != XS_OBJECT && v->type != XS_NULL) {
            xs_value txt = to_text(*v);
            len = xs_lib_utf8_len(xs_text_str(txt));
            xs_release(txt);
        }
        xs_lib_put(v, xs_int((int64_t)len));
        st = XS_OK;
    } else if (IS("default")) {
        if (is_empty(*v))
            xs_lib_put(v, xs_retain(arg_at(args, nargs, 0)));
        st = XS_OK;
    } else if (IS("join")) {
        st = f_join(t, e, v, args, nargs);
    } else if (IS("json_encode")) {
        xs_buf b;
        xs_buf_init(&b);
        st = xs_json_encode(*v, XS_JSON_COMPACT, &b) == XS_OK
                 ? XS_OK
                 : fail(t, XS_E_LIMIT, e->line, "json_encode: value nested too deep");
        if (st == XS_OK)
            xs_lib_put(v, xs_text_new(b.ptr ? b.ptr : "", b.len));
        xs_buf_release(&b);
    } else if (IS("date")) {
        st = f_date(t, e, v, args, nargs);
    } else if (IS("first") || IS("last")) {
        st = f_end(v, IS("first"));
    } else if (IS("keys")) {
        xs_value r = xs_array_new(0);
        if (v->type == XS_OBJECT)
            for (size_t i = 0; i < xs_object_len(*v); i++)
                xs_array_push(&r, xs_retain(xs_object_key_text_at(*v, i)));
        else if (v->type == XS_ARRAY)
            for (size_t i = 0; i < xs_array_len(*v); i++)
                xs_array_push(&r, xs_int((int64_t)i));
        xs_lib_put(v, r);
        st = XS_OK;
    } else if (IS("round")) {
        st = f_round(t, e, v, args, nargs);
    } else if (IS("abs")) {
        xs_value x;
        if (!num_of(*v, &x))
            st = fail(t, XS_E_RUNTIME, e->line, "abs: expected a number, got %s",
                      xs_value_type_name(*v));
        else {
            xs_lib_put(v, x.type == XS_INT && x.u.i != INT64_MIN
                              ? xs_int(x.u.i < 0 ? -x.u.i : x.u.i)
                              : xs_dec(fabs(xs_lib_dbl(x))));
            st = XS_OK;
        }
    } else if (IS("replace")) {
        st = f_replace(t, e, v, args, nargs);
    } else if (IS("split")) {
        st = f_split(t, e, v, args, nargs);
    } else if (IS("slice")) {
        st = f_slice(t, e, v, args, nargs);
    } else if (IS("nl2br")) {
        st = f_nl2br(v);
    } else if (IS("striptags")) {
        st = f_striptags(v);
    } else if (IS("format")) {
        xs_lib_put(v, to_text(*v));
        st = apply(t, "sprintf", v, args, nargs);
    } else if (IS("number_format")) {
        xs_value x;
        if (!num_of(*v, &x))
            st = fail(t, XS_E_RUNTIME, e->line, "number_format: expected a number, got %s",
                      xs_value_type_name(*v));
        else {
            xs_lib_put(v, x);
            xs_value a[3] = {nargs > 0 ? args[0] : xs_int(0), nargs > 1 ? args[1] : xs_null(),
                             nargs > 2 ? args[2] : xs_null()};
            xs_value dp = xs_text_cstr("."), ts = xs_text_cstr(",");
            if (a[1].type == XS_NULL)
                a[1] = dp;
            if (a[2].type == XS_NULL)
                a[2] = ts;
            st = apply(t, "number_format", v, a, 3);
            xs_release(dp);
            xs_release(ts);
        }
    } else if (IS("url_encode")) {
        if (v->type == XS_OBJECT || v->type == XS_ARRAY) {
            st = fail(t, XS_E_RUNTIME, e->line, "url_encode of a list or object is not supported");
        } else {
            xs_value a = xs_text_cstr("url");
            xs_value one[1] = {a};
            st = f_escape(t, e, v, one, 1);
            xs_release(a);
        }
    } else if (IS("reverse")) {
        if (v->type == XS_ARRAY) {
            size_t len = xs_array_len(*v);
            xs_value r = xs_array_new(len);
            for (size_t i = len; i-- > 0;)
                xs_array_push(&r, xs_retain(xs_array_at(*v, i)));
            xs_lib_put(v, r);
        } else if (v->type == XS_OBJECT) {
            size_t len = xs_object_len(*v);
            xs_value r = xs_object_new(len);
            for (size_t i = len; i-- > 0;)
                xs_object_set(&r, xs_object_key_at(*v, i), xs_retain(xs_object_val_at(*v, i)));
            xs_lib_put(v, r);
        } else {
            xs_value txt = to_text(*v);
            xs_str s = xs_text_str(txt);
            xs_buf b;
            xs_buf_init(&b);
            xs_buf_reserve(&b, s.len);
            size_t i = s.len;
            while (i > 0) { /* by characters */
                size_t j = i - 1;
                while (j > 0 && ((unsigned char)s.ptr[j] & 0xC0) == 0x80 && i - j < 4)
                    j--;
                xs_buf_add(&b, s.ptr + j, i - j);
                i = j;
            }
            xs_release(txt);
            xs_lib_put(v, xs_text_new(b.ptr ? b.ptr : "", b.len));
            xs_buf_release(&b);
        }
        st = XS_OK;
    } else if (IS("sort")) {
        st = f_sort(v);
    } else if (IS("merge")) {
        st = f_merge(t, e, v, args, nargs);
    } else if (IS("column")) {
        xs_value key = to_text(arg_at(args, nargs, 0)), r = xs_array_new(0);
        bool obj = v->type == XS_OBJECT;
        size_t len = obj ? xs_object_len(*v) : v->type == XS_ARRAY ? xs_array_len(*v) : 0;
        for (size_t i = 0; i < len; i++) {
            xs_value row = obj ? xs_object_val_at(*v, i) : xs_array_at(*v, i);
            bool found;
            xs_value m = member(row, key, &found);
            if (found)
                xs_array_push(&r, xs_retain(m));
        }
        xs_release(key);
        xs_lib_put(v, r);
        st = XS_OK;
    } else {
        st = fail(t, XS_E_RUNTIME, e->line, "unknown filter '%.*s'", (int)n.len, n.ptr);
    }
#undef IS
    for (size_t i = 0; i < nargs; i++)
        xs_release(args[i]);
    if (st == XS_OK)
        st = check_size(t, e->line, *v);
    return st;
}

/* ---- rendering: functions ---- */

static xs_status call(tw *t, const ex *e, xs_value *out)
{
    xs_value args[16];
    size_t nargs = e->nargs;
    xs_status st = XS_OK;
    if (nargs > XS_COUNTOF(args))
        return fail(t, XS_E_RUNTIME, e->line, "too many arguments");
    for (size_t i = 0; i < nargs; i++)
        if ((st = eval(t, e->args[i], &args[i])) != XS_OK) {
            while (i--)
                xs_release(args[i]);
            return st;
        }
    xs_str n = e->name;
    *out = xs_null();
    if (xs_str_eq_cstr(n, "range")) {
        st = make_range(t, e->line, arg_at(args, nargs, 0), arg_at(args, nargs, 1),
                        arg_at(args, nargs, 2), out);
    } else if (xs_str_eq_cstr(n, "max") || xs_str_eq_cstr(n, "min")) {
        bool max = n.ptr[1] == 'a';
        const xs_value *items = args;
        size_t count = nargs;
        xs_value list = nargs == 1 ? args[0] : xs_null();
        if (list.type == XS_ARRAY) {
            count = xs_array_len(list);
        } else if (list.type == XS_OBJECT) {
            count = xs_object_len(list);
        }
        bool have = false;
        xs_value best = xs_null();
        for (size_t i = 0; i < count; i++) {
            xs_value x = list.type == XS_ARRAY    ? xs_array_at(list, i)
                         : list.type == XS_OBJECT ? xs_object_val_at(list, i)
                                                  : items[i];
            int c = have ? xs_lib_php_cmp(x, best) : 0;
            if (!have || (max ? c > 0 : c < 0)) {
                best = x;
                have = true;
            }
        }
        *out = xs_retain(best);
    } else if (xs_str_eq_cstr(n, "cycle")) {
        xs_value list = arg_at(args, nargs, 0), pos;
        if (list.type != XS_ARRAY || !xs_array_len(list) || !num_of(arg_at(args, nargs, 1), &pos))
            st = fail(t, XS_E_RUNTIME, e->line, "cycle: expected a list and a position");
        else {
            int64_t i = pos.type == XS_INT ? pos.u.i : (int64_t)pos.u.d;
            int64_t len = (int64_t)xs_array_len(list);
            *out = xs_retain(xs_array_at(list, (size_t)(((i % len) + len) % len)));
        }
    } else if (xs_str_eq_cstr(n, "attribute")) {
        bool found;
        *out = xs_retain(member(arg_at(args, nargs, 0), arg_at(args, nargs, 1), &found));
    } else {
        st = fail(t, XS_E_RUNTIME, e->line, "unknown function '%.*s'", (int)n.len, n.ptr);
    }
    for (size_t i = 0; i < nargs; i++)
        xs_release(args[i]);
    return st;
}

static xs_status eval(tw *t, const ex *e, xs_value *out)
{
    *out = xs_null();
    xs_status st;
    switch ((ex_kind)e->kind) {
    case E_LIT:
        *out = xs_retain(e->lit);
        return XS_OK;
    case E_NAME: {
        xs_value v;
        lookup(t, e->name, &v);
        *out = xs_retain(v);
        return XS_OK;
    }
    case E_ATTR: {
        xs_value base, key;
        if ((st = eval(t, e->a, &base)) != XS_OK)
            return st;
        if ((st = eval(t, e->b, &key)) != XS_OK) {
            xs_release(base);
            return st;
        }
        bool found;
        *out = xs_retain(member(base, key, &found));
        xs_release(base);
        xs_release(key);
        return XS_OK;
    }
    case E_ARRAY: {
        xs_value r = xs_array_new(e->nargs);
        for (uint32_t i = 0; i < e->nargs; i++) {
            xs_value v;
            if ((st = eval(t, e->args[i], &v)) != XS_OK) {
                xs_release(r);
                return st;
            }
            xs_array_push(&r, v);
        }
        *out = r;
        return XS_OK;
    }
    case E_HASH: {
        xs_value r = xs_object_new(e->nargs / 2);
        for (uint32_t i = 0; i + 1 < e->nargs; i += 2) {
            xs_value k, v;
            if ((st = eval(t, e->args[i], &k)) != XS_OK) {
                xs_release(r);
                return st;
            }
            if ((st = eval(t, e->args[i + 1], &v)) != XS_OK) {
                xs_release(k);
                xs_release(r);
                return st;
            }
            xs_value kt = to_text(k);
            xs_object_set(&r, xs_text_str(kt), v);
            xs_release(kt);
            xs_release(k);
        }
        *out = r;
        return XS_OK;
    }
    case E_UNARY: {
        xs_value v;
        if ((st = eval(t, e->a, &v)) != XS_OK)
            return st;
        if (e->op.ptr[0] == 'n') {
            *out = xs_bool(!xs_value_truthy(v));
        } else {
            xs_value x;
            if (!num_of(v, &x)) {
                st = fail(t, XS_E_RUNTIME, e->line, "unsupported operand type for %c: %s",
                          e->op.ptr[0], xs_value_type_name(v));
            } else if (e->op.ptr[0] == '-') {
                *out = x.type == XS_INT && x.u.i != INT64_MIN ? xs_int(-x.u.i)
                                                              : xs_dec(-xs_lib_dbl(x));
            } else {
                *out = x;
            }
        }
        xs_release(v);
        return st;
    }
    case E_BINARY:
        return binary(t, e, out);
    case E_COND: {
        xs_value c;
        if ((st = eval(t, e->a, &c)) != XS_OK)
            return st;
        if (xs_value_truthy(c)) {
            if (!e->b) { /* a ?: c */
                *out = c;
                return XS_OK;
            }
            xs_release(c);
            return eval(t, e->b, out);
        }
        xs_release(c);
        if (!e->c) { /* a ? b */
            *out = xs_text_new("", 0);
            return XS_OK;
        }
        return eval(t, e->c, out);
    }
    case E_FILTER: {
        xs_value v;
        if ((st = eval(t, e->a, &v)) != XS_OK)
            return st;
        if ((st = filter(t, e, &v)) != XS_OK) {
            xs_release(v);
            return st;
        }
        *out = v;
        return XS_OK;
    }
    case E_CALL:
        return call(t, e, out);
    case E_TEST:
        return test(t, e, out);
    }
    return fail(t, XS_E_INTERNAL, e->line, "unknown expression");
}

/* ---- rendering: nodes ---- */

static xs_status render(tw *t, const nd *n);

static xs_status emit(tw *t, uint32_t line, const char *p, size_t len)
{
    if (t->out.len + len > t->max_out)
        return fail(t, XS_E_LIMIT, line, "output longer than %zu bytes", t->max_out);
    xs_buf_add(&t->out, p, len);
    return XS_OK;
}

static void set_var(tw *t, xs_str name, xs_value v)
{
    xs_object_set(&t->ctx, name, v);
}

static xs_value loop_obj(size_t i, size_t n)
{
    xs_value o = xs_object_new(7);
    xs_object_set(&o, XS_STR("index"), xs_int((int64_t)i + 1));
    xs_object_set(&o, XS_STR("index0"), xs_int((int64_t)i));
    xs_object_set(&o, XS_STR("revindex"), xs_int((int64_t)(n - i)));
    xs_object_set(&o, XS_STR("revindex0"), xs_int((int64_t)(n - i - 1)));
    xs_object_set(&o, XS_STR("first"), xs_bool(i == 0));
    xs_object_set(&o, XS_STR("last"), xs_bool(i + 1 == n));
    xs_object_set(&o, XS_STR("length"), xs_int((int64_t)n));
    return o;
}

/* A for loop. As Twig does, the loop's own variables (the item, the key,
 * loop) and variables first set inside the loop are gone after it, while
 * changes to variables that existed before it are kept. */
static xs_status render_for(tw *t, const nd *n)
{
    xs_value seq;
    xs_status st = eval(t, n->e, &seq);
    if (st != XS_OK)
        return st;
    bool obj = seq.type == XS_OBJECT;
    size_t len = obj ? xs_object_len(seq) : seq.type == XS_ARRAY ? xs_array_len(seq) : 0;
    if (len == 0) {
        xs_release(seq);
        return n->alt ? render(t, n->alt) : XS_OK;
    }
    xs_value parent = xs_retain(t->ctx);
    for (size_t i = 0; i < len && st == XS_OK; i++) {
        if ((st = tick(t, 1)) != XS_OK)
            break;
        if (n->key.len)
            set_var(t, n->key, obj ? xs_retain(xs_object_key_text_at(seq, i)) : xs_int((int64_t)i));
        set_var(t, n->name, xs_retain(obj ? xs_object_val_at(seq, i) : xs_array_at(seq, i)));
        set_var(t, XS_STR("loop"), loop_obj(i, len));
        st = render(t, n->body);
    }
    xs_release(seq);
    /* back to the parent's variables, with the loop's changes to them */
    xs_value inner = t->ctx;
    t->ctx = parent;
    for (size_t i = 0; i < xs_object_len(parent); i++) {
        xs_str k = xs_object_key_at(parent, i);
        if (xs_str_eq(k, n->name) || (n->key.len && xs_str_eq(k, n->key)) ||
            xs_str_eq_cstr(k, "loop"))
            continue;
        const xs_value *v = xs_object_get(inner, k);
        if (v && !xs_value_equals(*v, xs_object_val_at(t->ctx, i)))
            xs_object_set(&t->ctx, k, xs_retain(*v));
    }
    xs_release(inner);
    return st;
}

static xs_status render(tw *t, const nd *n)
{
    xs_status st = XS_OK;
    for (; n && st == XS_OK; n = n->next) {
        switch ((nd_kind)n->kind) {
        case N_TEXT:
            st = emit(t, n->line, n->text.ptr, n->text.len);
            break;
        case N_PRINT: {
            xs_value v;
            if ((st = eval(t, n->e, &v)) != XS_OK)
                break;
            size_t before = t->out.len;
            print_value(v, &t->out);
            xs_release(v);
            if (t->out.len > t->max_out) {
                t->out.len = before;
                st = fail(t, XS_E_LIMIT, n->line, "output longer than %zu bytes", t->max_out);
            }
            break;
        }
        case N_IF: {
            uint32_t i = 0;
            for (; i < n->nconds; i++) {
                xs_value c;
                if ((st = eval(t, n->conds[i], &c)) != XS_OK)
                    return st;
                bool yes = xs_value_truthy(c);
                xs_release(c);
                if (yes)
                    break;
            }
            if (i < n->nbodies)
                st = render(t, n->bodies[i]);
            break;
        }
        case N_FOR:
            st = render_for(t, n);
            break;
        case N_SET: {
            xs_value v;
            if ((st = eval(t, n->e, &v)) == XS_OK)
                set_var(t, n->name, v);
            break;
        }
        case N_SET_BLOCK: {
            xs_buf saved = t->out;
            xs_buf_init(&t->out);
            st = render(t, n->body);
            xs_value v = xs_text_new(t->out.ptr ? t->out.ptr : "", t->out.len);
            xs_buf_release(&t->out);
            t->out = saved;
            if (st == XS_OK)
                set_var(t, n->name, v);
            else
                xs_release(v);
            break;
        }
        case N_DO: {
            xs_value v;
            if ((st = eval(t, n->e, &v)) == XS_OK)
                xs_release(v);
            break;
        }
        }
    }
    return st;
}

/* ---- entry ---- */

xs_status xs_twig_render(xs_str src, const xs_twig_env *env, xs_value *out, xs_buf *err)
{
    *out = xs_null();
    tw t = {.src = src, .env = env, .err = err, .st = XS_OK};
    t.max_out = env->max_output ? env->max_output : XS_TWIG_MAX_OUTPUT;
    if (src.len > t.max_out) {
        fail(&t, XS_E_LIMIT, 1, "template longer than %zu bytes", t.max_out);
        return t.st;
    }
    t.arena = xs_arena_new(0);
    ps p = {.t = &t};
    nd *root = NULL;
    if (lex(&t)) {
        xs_str end = {0};
        root = parse_body(&p, NULL, 0, &end, 1, "");
    }
    if (t.st == XS_OK) {
        t.ctx = xs_object_new(0);
        xs_buf_init(&t.out);
        render(&t, root);
        if (t.st == XS_OK)
            *out = xs_text_new(t.out.ptr ? t.out.ptr : "", t.out.len);
        xs_buf_release(&t.out);
        xs_release(t.ctx);
    }
    for (size_t i = 0; i < p.lit.n; i++)
        xs_release(p.lit.v[i]);
    xs_free(p.lit.v);
    xs_free(t.toks);
    xs_arena_free(t.arena);
    return t.st;
}
