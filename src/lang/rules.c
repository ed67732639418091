/*
 * rules.c - walks a parsed document against the tables of schema.h.
 *
 * The walk keeps document order: an object's clauses first (unknown and
 * duplicate ones, the values of the known ones, the statements and fields
 * inside), then the clauses it misses, reported at the object's keyword as
 * Xano does.
 */
#include "lang/rules.h"

#include "base/alloc.h"
#include "lang/filter_names.h"
#include "lang/schema.h"

typedef struct rules {
    const xs_ast_doc *doc;
    xs_diag *d;
    int errors;
    int depth;
    bool unit_test; /* inside a `test` block, where assertions check $response */
} rules;

/* Nesting deeper than this is not walked further (the parser already caps
 * depth; this keeps the walk's stack bounded on its own). */
enum { MAX_DEPTH = 256 };

static void err(rules *r, xs_pos at, const char *fmt, ...) XS_PRINTF(3, 4);

static void err(rules *r, xs_pos at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_diag_vadd(r->d, XS_DIAG_ERROR, r->doc->file, (int)at.line, (int)at.col, fmt, ap);
    va_end(ap);
    r->errors++;
}

#define STR(s) (int)(s).len, (s).ptr

/* The position of the last dotted segment of a statement name as written:
 * Xano reports `storage.sign_private_url` problems at `sign_private_url`. */
static xs_pos last_segment(xs_pos at, xs_str name, xs_str *seg)
{
    size_t start = 0;
    for (size_t i = 0; i < name.len; i++)
        if (name.ptr[i] == '.')
            start = i + 1;
    at.col += (uint32_t)start;
    at.off += (uint32_t)start;
    seg->ptr = name.ptr + start;
    seg->len = name.len - start;
    return at;
}

/* The position of the last non-blank byte before at on the same line, or
 * at itself when there is none: `(` before an argument, `as` before its
 * variable. */
static xs_pos before(const rules *r, xs_pos at)
{
    const char *src = r->doc->src.ptr;
    uint32_t off = at.off;
    while (off > 0 && (src[off - 1] == ' ' || src[off - 1] == '\t'))
        off--;
    if (off == 0 || src[off - 1] == '\n' || at.off - off >= at.col)
        return at;
    xs_pos p = at;
    p.col -= at.off - off + 1;
    p.off = off - 1;
    return p;
}

/* The '}' of an empty object literal whose '{' is at open, where Xano
 * reports it empty; open itself when the text there is not just blanks. */
static xs_pos empty_close(const rules *r, xs_pos open)
{
    const char *src = r->doc->src.ptr;
    size_t n = r->doc->src.len;
    xs_pos p = open;
    size_t i = open.off + 1;
    p.col++;
    for (; i < n; i++) {
        char c = src[i];
        if (c == '}') {
            p.off = (uint32_t)i;
            return p;
        }
        if (c == '\n') {
            p.line++;
            p.col = 1;
        } else if (c == ' ' || c == '\t' || c == '\r') {
            p.col++;
        } else {
            break;
        }
    }
    return open;
}

static bool is_text(const xs_ast_expr *e)
{
    return e && e->kind == XS_EXPR_STRING &&
           (e->u.str.quote == XS_QUOTE_DOUBLE || e->u.str.quote == XS_QUOTE_TRIPLE ||
            e->u.str.quote == XS_QUOTE_TICKS);
}

static bool is_literal(const xs_ast_expr *e)
{
    switch (e->kind) {
    case XS_EXPR_NULL:
    case XS_EXPR_BOOL:
    case XS_EXPR_INT:
    case XS_EXPR_DECIMAL:
    case XS_EXPR_STRING:
    case XS_EXPR_ARRAY:
    case XS_EXPR_OBJECT:
        return true;
    default:
        return false;
    }
}

static const char *expr_word(const xs_ast_expr *e)
{
    switch (e->kind) {
    case XS_EXPR_NULL:
        return "null";
    case XS_EXPR_BOOL:
        return "a boolean";
    case XS_EXPR_INT:
        return "an integer";
    case XS_EXPR_DECIMAL:
        return "a decimal";
    case XS_EXPR_STRING:
        return e->u.str.quote == XS_QUOTE_SINGLE ? "a single-quoted string" : "a string";
    case XS_EXPR_ARRAY:
        return "an array";
    case XS_EXPR_OBJECT:
        return "an object";
    case XS_EXPR_VAR:
        return "a variable";
    case XS_EXPR_IDENT:
    case XS_EXPR_NOW:
        return "a bare word";
    default:
        return "an expression";
    }
}

/* ---- expressions: filter names ---- */

/* What an expression is: an ordinary value, a db query condition (`where`,
 * whose filters must be query filters and which has no ternary), or a db
 * query's `eval`, which takes both kinds. */
typedef enum ectx {
    EX_VALUE,
    EX_QUERY,
    EX_EVAL,
} ectx;

static void warn(rules *r, xs_pos at, const char *fmt, ...) XS_PRINTF(3, 4);

static void warn(rules *r, xs_pos at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_diag_vadd(r->d, XS_DIAG_WARNING, r->doc->file, (int)at.line, (int)at.col, fmt, ap);
    va_end(ap);
}

/* " (did you mean 'x'?)" or "" into buf. */
static const char *did_you_mean(char *buf, size_t n, const char *sugg)
{
    if (!sugg)
        return "";
    snprintf(buf, n, " (did you mean '%s'?)", sugg);
    return buf;
}

/* One filter of a chain: Xano's parser rejects a name it does not know at
 * the name, and in a db query condition any filter but a query filter. */
static void check_filter_name(rules *r, const xs_ast_filter *f, ectx cx)
{
    xs_str name = f->name;
    xs_pos at = f->pos;
    if (name.len > 1 && name.ptr[0] == '!') { /* |!covers: a negated query filter */
        name.ptr++;
        name.len--;
        at.col++;
        at.off++;
    }
    unsigned fl = xs_filter_name_flags(name);
    char dym[96];
    switch (cx) {
    case EX_QUERY:
        if (fl & XS_FILTER_QUERY)
            return;
        if (xs_filter_name_is_sql(name)) {
            warn(r, at,
                 "'%.*s' is not a db query filter: Xano's parser rejects it in a query "
                 "condition (this runtime runs it)",
                 STR(name));
            return;
        }
        if (fl)
            err(r, at,
                "'%.*s' is not a db query filter: a query condition takes only query filters "
                "(%s)",
                STR(name), xs_filter_query_examples());
        else
            err(r, at, "unknown query filter '%.*s'%s", STR(name),
                did_you_mean(dym, sizeof dym, xs_filter_name_suggest(name, XS_FILTER_QUERY)));
        return;
    case EX_EVAL:
        if (fl & (XS_FILTER_VALUE | XS_FILTER_QUERY))
            return;
        break;
    case EX_VALUE:
        if (fl & XS_FILTER_VALUE)
            return;
        if ((fl & XS_FILTER_EXT) && !(fl & XS_FILTER_QUERY)) {
            warn(r, at, "Xano's parser no longer knows the filter '%.*s': write '%s'", STR(name),
                 xs_filter_name_retired(name));
            return;
        }
        if (fl & XS_FILTER_EXT) {
            warn(r, at,
                 "'%.*s' is a db query filter: Xano's parser accepts it only in a db query "
                 "condition",
                 STR(name));
            return;
        }
        if (fl & XS_FILTER_QUERY) {
            err(r, at, "'%.*s' is a db query filter: it is allowed only in a db query condition",
                STR(name));
            return;
        }
        break;
    }
    err(r, at, "unknown filter '%.*s'%s", STR(name),
        did_you_mean(dym, sizeof dym,
                     xs_filter_name_suggest(name, cx == EX_VALUE
                                                      ? XS_FILTER_VALUE
                                                      : XS_FILTER_VALUE | XS_FILTER_QUERY)));
}

static void check_expr(rules *r, const xs_ast_expr *e, ectx cx);

static void check_segs(rules *r, const xs_ast_seg *segs, uint32_t n, ectx cx)
{
    for (uint32_t i = 0; i < n; i++)
        if (segs[i].kind == XS_SEG_INDEX)
            check_expr(r, segs[i].index, cx);
}

/* Walks every filter of e. Backtick expressions are opaque to Xano's
 * parser, so their insides are not checked. */
static void check_expr(rules *r, const xs_ast_expr *e, ectx cx)
{
    if (!e || r->depth > MAX_DEPTH)
        return;
    r->depth++;
    switch ((xs_expr_kind)e->kind) {
    case XS_EXPR_ARRAY:
        for (uint32_t i = 0; i < e->u.arr.n; i++)
            check_expr(r, e->u.arr.items[i], cx);
        break;
    case XS_EXPR_OBJECT:
        for (uint32_t i = 0; i < e->u.obj.n; i++)
            check_expr(r, e->u.obj.items[i].value, cx);
        break;
    case XS_EXPR_VAR:
        check_segs(r, e->u.var.segs, e->u.var.n, cx);
        break;
    case XS_EXPR_PATH:
        check_expr(r, e->u.path.base, cx);
        check_segs(r, e->u.path.segs, e->u.path.n, cx);
        break;
    case XS_EXPR_UNARY:
        check_expr(r, e->u.un.a, cx);
        break;
    case XS_EXPR_BINARY:
        check_expr(r, e->u.bin.a, cx);
        check_expr(r, e->u.bin.b, cx);
        break;
    case XS_EXPR_TERNARY:
        if (cx == EX_QUERY && e->u.tern.then) {
            xs_pos q = before(r, e->u.tern.then->pos);
            if (q.off >= r->doc->src.len || r->doc->src.ptr[q.off] != '?')
                q = e->pos;
            err(r, q, "a db query condition cannot hold a conditional expression (? :)");
        }
        check_expr(r, e->u.tern.cond, cx);
        check_expr(r, e->u.tern.then, cx);
        check_expr(r, e->u.tern.els, cx);
        break;
    case XS_EXPR_FILTER:
        check_expr(r, e->u.filt.base, cx);
        for (uint32_t i = 0; i < e->u.filt.n; i++) {
            const xs_ast_filter *f = &e->u.filt.items[i];
            check_filter_name(r, f, cx);
            for (uint32_t k = 0; k < f->nargs; k++)
                check_expr(r, f->args[k], cx);
        }
        break;
    case XS_EXPR_CAST:
        check_expr(r, e->u.cast.value, cx);
        break;
    default:
        break;
    }
    r->depth--;
}

/* The expressions of a block's attributes and block arguments (statements
 * and fields are walked by check_stmt and check_field). */
static void check_item_exprs(rules *r, const xs_ast_item *it)
{
    if (it->kind == XS_ITEM_ATTR)
        check_expr(r, it->value, EX_VALUE);
    else if (it->kind == XS_ITEM_BLOCK)
        check_expr(r, it->arg, EX_VALUE);
}

/* A field's `filters=`: Xano checks input filters against the field's
 * type for the types it restricts; `@:...` (a table link) is not checked. */
static void check_input_filters(rules *r, const xs_ast_field *f)
{
    const char *const *allowed = xs_input_filter_names(f->type);
    for (uint32_t i = 0; i < f->nfilters; i++) {
        const xs_ast_filter *fl = &f->filters[i];
        xs_str name = fl->name;
        xs_pos at = fl->pos;
        if (name.len > 1 && name.ptr[0] == '!') {
            name.ptr++;
            name.len--;
            at.col++;
            at.off++;
        }
        if (xs_str_eq_cstr(name, "@"))
            continue;
        char dym[96];
        if (allowed) {
            bool ok = false;
            for (const char *const *n = allowed; *n && !ok; n++)
                ok = xs_str_eq_cstr(name, *n);
            if (ok)
                continue;
            bool textual = xs_str_eq_cstr(f->type, "text") || xs_str_eq_cstr(f->type, "email") ||
                           xs_str_eq_cstr(f->type, "password");
            if (textual) {
                /* The text checks apply to any text here (minDigit on a
                 * text field) and an unknown one fails the run, so Xano's
                 * per-type lists are warnings for text fields. */
                if (xs_input_filter_is_known(name))
                    warn(r, at,
                         "Xano's parser does not allow the filter '%.*s' on a field of type "
                         "'%.*s'",
                         STR(name), STR(f->type));
                else
                    warn(r, at, "unknown input filter '%.*s'%s", STR(name),
                         did_you_mean(dym, sizeof dym, xs_input_filter_suggest(name, allowed)));
                continue;
            }
            xs_buf b;
            xs_buf_init(&b);
            for (const char *const *n = allowed; *n; n++)
                xs_buf_addf(&b, "%s%s", n == allowed ? "" : ", ", *n);
            if (b.len == 0)
                err(r, at, "filter '%.*s' cannot be applied to a field of type '%.*s': it takes no filters",
                    STR(name), STR(f->type));
            else
                err(r, at, "filter '%.*s' cannot be applied to a field of type '%.*s' (it takes %s)%s",
                    STR(name), STR(f->type), xs_buf_cstr(&b),
                    did_you_mean(dym, sizeof dym, xs_input_filter_suggest(name, allowed)));
            xs_buf_release(&b);
        } else if (!xs_input_filter_is_known(name)) {
            warn(r, at, "unknown input filter '%.*s'%s", STR(name),
                 did_you_mean(dym, sizeof dym, xs_input_filter_suggest(name, NULL)));
        }
    }
}

/* ---- values ---- */

static void check_shape(rules *r, const xs_schema_shape *sh, const xs_ast_expr *obj, xs_pos at);

/* true when e is one of the settings `history` accepts. */
static bool is_history(const xs_ast_expr *e)
{
    switch (e->kind) {
    case XS_EXPR_BOOL:
        return !e->u.b;
    case XS_EXPR_INT:
        return e->u.num.i == 0 || e->u.num.i == 100 || e->u.num.i == 1000 || e->u.num.i == 10000;
    case XS_EXPR_STRING:
        return xs_str_eq_cstr(e->u.str.val, "inherit") || xs_str_eq_cstr(e->u.str.val, "all");
    case XS_EXPR_IDENT:
        return xs_str_eq_cstr(e->u.ident, "all") || xs_str_eq_cstr(e->u.ident, "inherit");
    default:
        return false;
    }
}

/* Checks value v of attribute a written at key position at. */
static void check_value(rules *r, const xs_schema_attr *a, const xs_ast_expr *v, xs_pos at)
{
    if (!v)
        return;
    if (a->flags & XS_SCHEMA_AT_KEY) {
        /* report every problem of this value at its key */
        xs_ast_expr moved = *v;
        moved.pos = at;
        xs_schema_attr plain = *a;
        plain.flags &= ~(unsigned)XS_SCHEMA_AT_KEY;
        check_value(r, &plain, &moved, at);
        return;
    }
    switch (a->type) {
    case XS_SCHEMA_ANY:
        return;
    case XS_SCHEMA_BOOL:
        if (v->kind != XS_EXPR_BOOL)
            err(r, v->pos, "expected true or false for '%s', found %s", a->name, expr_word(v));
        return;
    case XS_SCHEMA_INT:
        if (v->kind != XS_EXPR_INT)
            err(r, v->pos, "expected an integer for '%s', found %s", a->name, expr_word(v));
        return;
    case XS_SCHEMA_TEXT:
        if (!is_text(v))
            err(r, v->pos, "expected a string for '%s', found %s", a->name, expr_word(v));
        return;
    case XS_SCHEMA_NAME:
        if (v->kind != XS_EXPR_STRING || v->u.str.quote != XS_QUOTE_DOUBLE)
            err(r, v->pos, "expected a double-quoted string for '%s', found %s", a->name,
                expr_word(v));
        else if (v->u.str.val.len == 0)
            err(r, at, "%s cannot be empty", a->name);
        return;
    case XS_SCHEMA_ONE_OF: {
        bool ok = false;
        if (v->kind == XS_EXPR_STRING)
            for (const char *const *s = a->values; *s && !ok; s++)
                ok = xs_str_eq_cstr(v->u.str.val, *s);
        if (!ok) {
            xs_buf b;
            xs_buf_init(&b);
            for (const char *const *s = a->values; *s; s++)
                xs_buf_addf(&b, "%s\"%s\"", s == a->values ? "" : ", ", *s);
            if (v->kind == XS_EXPR_STRING)
                err(r, v->pos, "invalid value \"%.*s\" for '%s': must be one of %s",
                    STR(v->u.str.val), a->name, xs_buf_cstr(&b));
            else
                err(r, v->pos, "invalid value for '%s': must be one of %s", a->name,
                    xs_buf_cstr(&b));
            xs_buf_release(&b);
        }
        return;
    }
    case XS_SCHEMA_HISTORY:
        if (v->kind == XS_EXPR_OBJECT || v->kind == XS_EXPR_ARRAY)
            err(r, v->pos, "expected a history setting for '%s', found %s", a->name, expr_word(v));
        else if (!is_history(v))
            err(r, at,
                "expected value of '%s' to be one of false, \"inherit\", 0, 100, 1000, "
                "10000, all",
                a->name);
        return;
    case XS_SCHEMA_LITERAL:
        if (!is_literal(v))
            err(r, v->pos, "expected a literal value for '%s', found %s", a->name, expr_word(v));
        return;
    case XS_SCHEMA_OBJECT:
        if (v->kind != XS_EXPR_OBJECT)
            err(r, v->pos, "expected an object for '%s', found %s", a->name, expr_word(v));
        else if (a->shape)
            check_shape(r, a->shape, v, at);
        return;
    case XS_SCHEMA_OBJECTS:
        if (v->kind != XS_EXPR_ARRAY) {
            err(r, v->pos, "expected a list of objects for '%s', found %s", a->name, expr_word(v));
            return;
        }
        for (uint32_t i = 0; i < v->u.arr.n; i++) {
            const xs_ast_expr *it = v->u.arr.items[i];
            if (it->kind != XS_EXPR_OBJECT)
                err(r, it->pos, "expected an object in '%s', found %s", a->name, expr_word(it));
            else if (a->shape)
                check_shape(r, a->shape, it, at);
        }
        return;
    case XS_SCHEMA_MAP:
        if (v->kind != XS_EXPR_OBJECT) {
            err(r, v->pos, "expected an object for '%s', found %s", a->name, expr_word(v));
            return;
        }
        for (uint32_t i = 0; i < v->u.obj.n; i++) {
            const xs_ast_entry *e = &v->u.obj.items[i];
            if (e->value->kind != XS_EXPR_OBJECT)
                err(r, e->value->pos, "expected an object for '%.*s' in '%s', found %s",
                    STR(e->key), a->name, expr_word(e->value));
            else if (a->shape)
                check_shape(r, a->shape, e->value, e->pos);
        }
        return;
    case XS_SCHEMA_TEXTS:
        if (v->kind != XS_EXPR_ARRAY) {
            err(r, v->pos, "expected a list of strings for '%s', found %s", a->name, expr_word(v));
            return;
        }
        for (uint32_t i = 0; i < v->u.arr.n; i++) {
            const xs_ast_expr *it = v->u.arr.items[i];
            if (!is_text(it)) {
                err(r, it->pos, "expected a string in '%s', found %s", a->name, expr_word(it));
                return;
            }
        }
        return;
    }
}

/* Appends "name" or "a, b, c" for the required keys of attrs[0..n) that
 * present[] marks absent; returns how many. */
static size_t list_missing(const xs_schema_attr *attrs, size_t n, const bool *present, xs_buf *out)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (!(attrs[i].flags & XS_SCHEMA_REQUIRED) || present[i])
            continue;
        xs_buf_addf(out, "%s%s", k ? ", " : "", attrs[i].name);
        k++;
    }
    return k;
}

/* Keys of an object literal against a shape; at is the position of the
 * attribute holding it, where Xano reports missing keys. */
static void check_shape(rules *r, const xs_schema_shape *sh, const xs_ast_expr *obj, xs_pos at)
{
    bool present[32] = {false};
    XS_ASSERT(sh->n <= XS_COUNTOF(present));
    if (sh->nonempty && obj->u.obj.n == 0) {
        xs_buf b;
        xs_buf_init(&b);
        for (size_t i = 0; i < sh->n; i++)
            xs_buf_addf(&b, "%s%s", i ? " or " : "", sh->keys[i].name);
        err(r, empty_close(r, obj->pos), "%s cannot be empty: give %s", sh->name,
            xs_buf_cstr(&b));
        xs_buf_release(&b);
        return;
    }
    for (uint32_t i = 0; i < obj->u.obj.n; i++) {
        const xs_ast_entry *e = &obj->u.obj.items[i];
        bool dup = false;
        for (uint32_t j = 0; j < i && !dup; j++)
            dup = xs_str_eq(obj->u.obj.items[j].key, e->key);
        if (dup) {
            err(r, e->pos, "duplicate attribute '%.*s'", STR(e->key));
            continue;
        }
        const xs_schema_attr *a = xs_schema_attr_find(sh->keys, sh->n, e->key);
        if (!a) {
            if (sh->strict)
                err(r, e->pos, "attribute '%.*s' is not allowed in %s", STR(e->key), sh->name);
            continue;
        }
        present[a - sh->keys] = true;
        check_value(r, a, e->value, e->pos);
    }
    xs_buf b;
    xs_buf_init(&b);
    size_t k = list_missing(sh->keys, sh->n, present, &b);
    if (k == 1)
        err(r, at, "%s is missing the %s attribute", sh->name, xs_buf_cstr(&b));
    else if (k > 1)
        err(r, at, "%s is missing the following attributes: %s", sh->name, xs_buf_cstr(&b));
    xs_buf_release(&b);
}

static const xs_ast_entry *obj_entry(const xs_ast_expr *obj, const char *key)
{
    for (uint32_t i = 0; i < obj->u.obj.n; i++)
        if (xs_str_eq_cstr(obj->u.obj.items[i].key, key))
            return &obj->u.obj.items[i];
    return NULL;
}

/* An agent's llm = {type: .., ...}: the keys allowed depend on the type. */
static void check_llm(rules *r, const xs_ast_expr *v, xs_pos at)
{
    if (!v)
        return;
    if (v->kind != XS_EXPR_OBJECT) {
        err(r, v->pos, "expected an object for 'llm', found %s", expr_word(v));
        return;
    }
    const xs_ast_entry *type = obj_entry(v, "type");
    if (!type) {
        err(r, at, "the following required key(s) are missing: type");
        return;
    }
    const xs_schema_shape *sh = NULL;
    if (type->value->kind == XS_EXPR_STRING)
        sh = xs_schema_llm_shape(type->value->u.str.val);
    if (!sh) {
        err(r, type->pos,
            "expected value of 'type' to be one of 'anthropic', 'google-genai', 'openai', "
            "'xano-free'");
        return;
    }
    xs_str tname = type->value->u.str.val;
    for (uint32_t i = 0; i < v->u.obj.n; i++) {
        const xs_ast_entry *e = &v->u.obj.items[i];
        bool dup = false;
        for (uint32_t j = 0; j < i && !dup; j++)
            dup = xs_str_eq(v->u.obj.items[j].key, e->key);
        if (dup)
            err(r, e->pos, "duplicate attribute '%.*s'", STR(e->key));
        else if (!xs_schema_attr_find(sh->keys, sh->n, e->key))
            err(r, e->pos, "attribute '%.*s' is not allowed for an llm of type \"%.*s\"",
                STR(e->key), STR(tname));
    }
    for (size_t i = 0; i < sh->n; i++)
        if ((sh->keys[i].flags & XS_SCHEMA_REQUIRED) && !obj_entry(v, sh->keys[i].name))
            err(r, at, "llm of type \"%.*s\" requires a \"%s\" field", STR(tname),
                sh->keys[i].name);
    if (xs_str_eq_cstr(tname, "xano-free")) {
        const xs_ast_entry *p = obj_entry(v, "prompt");
        const xs_ast_entry *m = obj_entry(v, "messages");
        if (!p && !m)
            err(r, at,
                "llm of type \"xano-free\" requires either a \"prompt\" or \"messages\" "
                "field");
        else if (p && m)
            err(r, p->pos.off < m->pos.off ? p->pos : m->pos,
                "llm of type \"xano-free\" cannot have both \"prompt\" and \"messages\" "
                "fields");
    }
}

/* ---- fields ---- */

static void check_fields(rules *r, const xs_ast_block *b, bool nested);

static void check_field(rules *r, const xs_ast_field *f, bool nested)
{
    size_t nattrs;
    const xs_schema_attr *attrs = xs_schema_field_attrs(&nattrs);
    bool is_enum = xs_str_eq_cstr(f->type, "enum");
    bool is_dblink = xs_str_eq_cstr(f->type, "dblink");
    bool has_values = false;
    bool has_table = false;
    uint32_t items = 0;

    bool known = false;
    for (const char *const *t = xs_schema_field_types; *t && !known; t++)
        known = xs_str_eq_cstr(f->type, *t);
    if (!known)
        err(r, f->pos, "unknown field type '%.*s'", STR(f->type));
    if (xs_str_eq_cstr(f->type, "object") && f->nullable) {
        xs_pos q = f->pos;
        q.col += (uint32_t)f->type.len;
        err(r, q, "an object field cannot be nullable");
    }
    if (nested && xs_str_eq_cstr(f->type, "file"))
        err(r, f->pos, "a field of type 'file' is not allowed in an object schema");
    check_input_filters(r, f);
    check_expr(r, f->def, EX_VALUE);

    const xs_ast_block *body = f->body;
    for (uint32_t i = 0; body && i < body->n; i++) {
        const xs_ast_item *it = &body->items[i];
        if (it->kind == XS_ITEM_COMMENT)
            continue;
        items++;
        if (it->kind == XS_ITEM_BLOCK) {
            if (xs_str_eq_cstr(it->name, "schema"))
                check_fields(r, it->block, true);
            continue;
        }
        if (it->kind != XS_ITEM_ATTR)
            continue;
        check_expr(r, it->value, EX_VALUE);
        bool dup = false;
        for (uint32_t j = 0; j < i && !dup; j++)
            dup = body->items[j].kind == XS_ITEM_ATTR && xs_str_eq(body->items[j].name, it->name);
        if (dup) {
            err(r, it->pos, "duplicate attribute '%.*s'", STR(it->name));
            continue;
        }
        const xs_schema_attr *a = xs_schema_attr_find(attrs, nattrs, it->name);
        if (!a || (xs_str_eq_cstr(it->name, "values") && !is_enum)) {
            err(r, it->pos, "attribute '%.*s' is not allowed in a field of type '%.*s'",
                STR(it->name), STR(f->type));
            continue;
        }
        if (xs_str_eq_cstr(it->name, "values"))
            has_values = true;
        if (xs_str_eq_cstr(it->name, "table"))
            has_table = true;
        check_value(r, a, it->value, it->pos);
    }
    if (is_enum && !has_values)
        err(r, f->pos, "enum is missing the values attribute");
    else if (is_dblink && !has_table)
        err(r, f->pos, "the following required attribute(s) are missing: table");
    else if (body && items == 0) {
        xs_pos q = body->open;
        q.col++;
        err(r, q, "the body of field '%.*s' cannot be empty", STR(f->name));
    }
}

static void check_fields(rules *r, const xs_ast_block *b, bool nested)
{
    for (uint32_t i = 0; b && i < b->n; i++)
        if (b->items[i].kind == XS_ITEM_FIELD)
            check_field(r, b->items[i].field, nested);
}

/* ---- statements ---- */

static void check_block(rules *r, const xs_ast_block *b);

/* Attributes Xano's parser rejects but whose meaning is plain, written so
 * by the seed: accepted with a warning that shows the canonical form. The
 * interpreter honours them. */
static const struct {
    const char *stmt;
    const char *attr;
    const char *hint;
} tolerated[] = {
    {"db.query", "limit", "return = {type: \"list\", paging: {page: 1, per_page: N}}"},
    {"db.query", "offset", "return = {type: \"list\", paging: {per_page: N, offset: M}}"},
};

static const char *tolerated_attr(const char *stmt, xs_str attr)
{
    for (size_t i = 0; i < XS_COUNTOF(tolerated); i++)
        if (strcmp(tolerated[i].stmt, stmt) == 0 && xs_str_eq_cstr(attr, tolerated[i].attr))
            return tolerated[i].hint;
    return NULL;
}

/* The `name = value` items of a statement's body: duplicates, unknown ones
 * for strict statements, value shapes; marks present[] per table entry. */
static void check_stmt_attrs(rules *r, const xs_ast_stmt *s, const xs_schema_stmt *sch,
                             bool *present)
{
    static const xs_schema_attr common[] = {
        {"description", 0, XS_SCHEMA_TEXT, NULL, NULL, NULL},
        {"disabled", 0, XS_SCHEMA_BOOL, NULL, NULL, NULL},
    };
    const xs_ast_block *b = s->body;
    for (uint32_t i = 0; b && i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        if (it->kind != XS_ITEM_ATTR)
            continue;
        ectx cx = EX_VALUE;
        if (xs_str_eq_cstr(s->name, "db.query") && xs_str_eq_cstr(it->name, "where"))
            cx = EX_QUERY;
        else if (xs_str_eq_cstr(s->name, "db.query") && xs_str_eq_cstr(it->name, "eval"))
            cx = EX_EVAL;
        check_expr(r, it->value, cx);
        const xs_schema_attr *a = NULL;
        if (sch)
            a = xs_schema_attr_find(sch->attrs, sch->n, it->name);
        else
            a = xs_schema_attr_find(common, XS_COUNTOF(common), it->name);
        bool repeat = a && (a->flags & XS_SCHEMA_REPEAT);
        bool dup = false;
        for (uint32_t j = 0; j < i && !repeat && !dup; j++)
            dup = b->items[j].kind == XS_ITEM_ATTR && xs_str_eq(b->items[j].name, it->name);
        if (dup) {
            err(r, it->pos, "duplicate attribute '%.*s'", STR(it->name));
            continue;
        }
        if (it->value && it->value->kind == XS_EXPR_IDENT) {
            err(r, it->value->pos, "cannot use the bare word '%.*s' as a value here",
                STR(it->value->u.ident));
            continue;
        }
        if (!a) {
            const char *hint = sch ? tolerated_attr(sch->name, it->name) : NULL;
            if (hint)
                xs_diag_add(r->d, XS_DIAG_WARNING, r->doc->file, (int)it->pos.line,
                            (int)it->pos.col,
                            "Xano's parser rejects attribute '%.*s' in %s: write %s", STR(it->name),
                            sch->name, hint);
            else if (sch && (sch->flags & XS_SCHEMA_STMT_STRICT))
                err(r, it->pos, "attribute '%.*s' is not allowed", STR(it->name));
            continue;
        }
        if (sch)
            present[a - sch->attrs] = true;
        check_value(r, a, it->value, it->pos);
    }
}

static bool has_block(const xs_ast_block *b, const char *name)
{
    for (uint32_t i = 0; b && i < b->n; i++)
        if (b->items[i].kind == XS_ITEM_BLOCK && xs_str_eq_cstr(b->items[i].name, name))
            return true;
    return false;
}

/* The argument, `as` and body a statement's flags call for. at is the
 * position of the last segment of its name. */
static void check_stmt_shape(rules *r, const xs_ast_stmt *s, const xs_schema_stmt *sch, xs_pos at)
{
    unsigned fl = sch->flags;
    const xs_ast_expr *arg = s->arg;
    xs_pos after = s->pos;
    after.col += (uint32_t)s->name.len + 1;

    if ((fl & XS_SCHEMA_STMT_NO_AS) && s->as_var.len) {
        xs_pos kw = before(r, s->as_pos);
        if (kw.col > 1 && kw.off > 0 && r->doc->src.ptr[kw.off] == 's' &&
            r->doc->src.ptr[kw.off - 1] == 'a') {
            kw.col--;
            kw.off--;
        }
        err(r, kw, "%s gives no result: 'as $%.*s' is not allowed", sch->name, STR(s->as_var));
    }
    if ((fl & XS_SCHEMA_STMT_NEEDS_AS) && !s->as_var.len) {
        xs_pos end = at;
        if (s->body) {
            end = s->body->close;
            end.col++;
        }
        err(r, end, "%s must name its result with 'as $variable'", sch->name);
    }
    if ((fl & XS_SCHEMA_STMT_NEEDS_BODY) && !s->body)
        err(r, after, "%s needs a { } body with its settings", sch->name);
    if ((fl & XS_SCHEMA_STMT_NEEDS_STACK) && !has_block(s->body, "stack"))
        err(r, at, "%s is missing the stack block", sch->name);
    if ((fl & XS_SCHEMA_STMT_NO_ARG) && arg)
        err(r, (arg->flags & XS_EXPR_F_PARENS) ? before(r, arg->pos) : arg->pos,
            "%s takes no argument", sch->name);
    if ((fl & XS_SCHEMA_STMT_VAR_ARG) && arg &&
        (arg->kind != XS_EXPR_VAR || xs_str_eq_cstr(arg->u.var.name, "input") ||
         xs_str_eq_cstr(arg->u.var.name, "env")))
        err(r, arg->pos, "%s expects a variable of the stack, found %s", sch->name,
            arg->kind == XS_EXPR_VAR ? "an input or environment variable" : expr_word(arg));
    if ((fl & XS_SCHEMA_STMT_NAME_ARG) && arg &&
        (arg->kind == XS_EXPR_INT || arg->kind == XS_EXPR_DECIMAL))
        err(r, arg->pos, "%s expects a name, found %s", sch->name, expr_word(arg));
    if (fl & XS_SCHEMA_STMT_EXPECT) {
        if (!arg || !(arg->flags & XS_EXPR_F_PARENS)) {
            err(r, arg ? arg->pos : after, "%s expects its subject in parentheses", sch->name);
        } else if (r->unit_test) {
            if (arg->kind == XS_EXPR_FILTER) {
                xs_pos bar = arg->u.filt.n ? before(r, arg->u.filt.items[0].pos) : arg->pos;
                err(r, bar, "%s takes $response without filters", sch->name);
            } else if (arg->kind != XS_EXPR_VAR || !xs_str_eq_cstr(arg->u.var.name, "response"))
                err(r, arg->pos, "%s in a test checks $response, found %s", sch->name,
                    expr_word(arg));
        }
    }
}

static void check_stmt(rules *r, const xs_ast_stmt *s)
{
    if (r->depth > MAX_DEPTH)
        return;
    r->depth++;
    const xs_schema_stmt *sch = xs_schema_stmt_find(s->name);
    bool present[32] = {false};
    XS_ASSERT(!sch || sch->n <= XS_COUNTOF(present));
    xs_str seg;
    xs_pos at = last_segment(s->pos, s->name, &seg);

    /* Xano's grammar catches a misplaced argument or `as` before it looks
     * at attributes, so these come first. */
    if (sch)
        check_stmt_shape(r, s, sch, at);
    else if (s->kind == XS_STMT_GENERIC && !memchr(s->name.ptr, '.', s->name.len)) {
        bool known = false;
        for (const char *const *b = xs_schema_bare_stmts; *b && !known; b++)
            known = xs_str_eq_cstr(s->name, *b);
        if (!known)
            err(r, s->pos, "unknown statement '%.*s'", STR(s->name));
    }

    check_expr(r, s->arg, EX_VALUE);
    for (uint32_t i = 0; i < s->nheader; i++)
        check_expr(r, s->header[i].value, EX_VALUE);
    check_expr(r, s->cond, EX_VALUE);
    check_stmt_attrs(r, s, sch, present);
    if (sch) {
        xs_buf b;
        xs_buf_init(&b);
        size_t k = list_missing(sch->attrs, sch->n, present, &b);
        if (k && (sch->flags & XS_SCHEMA_STMT_LISTED))
            err(r, at, "the following required attribute(s) are missing: %s", xs_buf_cstr(&b));
        else if (k == 1)
            err(r, at, "%.*s is missing the %s attribute", STR(seg), xs_buf_cstr(&b));
        else if (k > 1)
            err(r, at, "%.*s is missing the following attributes: %s", STR(seg), xs_buf_cstr(&b));
        xs_buf_release(&b);
    }

    switch (s->kind) {
    case XS_STMT_CONDITIONAL:
        if (s->u.cond.n == 0 || !s->u.cond.items[0].cond)
            err(r, at, "conditional is missing the if statement");
        for (uint32_t i = 0; i < s->u.cond.n; i++) {
            check_expr(r, s->u.cond.items[i].cond, EX_VALUE);
            check_block(r, s->u.cond.items[i].body);
        }
        break;
    case XS_STMT_FOREACH:
    case XS_STMT_FOR:
    case XS_STMT_WHILE:
        check_block(r, s->u.loop.each);
        break;
    case XS_STMT_SWITCH:
        for (uint32_t i = 0; i < s->u.sw.n; i++) {
            check_expr(r, s->u.sw.items[i].value, EX_VALUE);
            check_block(r, s->u.sw.items[i].body);
        }
        break;
    case XS_STMT_TRY_CATCH:
        if (!s->u.tc.catch_body)
            err(r, s->pos, "try_catch is missing the catch block");
        check_block(r, s->u.tc.try_body);
        check_block(r, s->u.tc.catch_body);
        check_block(r, s->u.tc.finally_body);
        break;
    case XS_STMT_GROUP:
        if (!s->u.group.stack)
            err(r, s->pos, "group is missing the stack block");
        check_block(r, s->u.group.stack);
        break;
    default:
        /* generic shapes: db.transaction { stack { } }, util.post_process... */
        if (s->body)
            for (uint32_t i = 0; i < s->body->n; i++) {
                const xs_ast_item *it = &s->body->items[i];
                if (it->kind == XS_ITEM_BLOCK)
                    check_block(r, it->block);
                else if (it->kind == XS_ITEM_STMT)
                    check_stmt(r, it->stmt);
            }
        break;
    }
    r->depth--;
}

/* Any block that may hold statements, nested blocks or fields. */
static void check_block(rules *r, const xs_ast_block *b)
{
    if (!b || r->depth > MAX_DEPTH)
        return;
    r->depth++;
    for (uint32_t i = 0; i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        switch (it->kind) {
        case XS_ITEM_STMT:
            check_stmt(r, it->stmt);
            break;
        case XS_ITEM_BLOCK:
            check_item_exprs(r, it);
            check_block(r, it->block);
            break;
        case XS_ITEM_FIELD:
            check_field(r, it->field, false);
            break;
        case XS_ITEM_ATTR:
            check_item_exprs(r, it);
            break;
        default:
            break;
        }
    }
    r->depth--;
}

/* ---- objects ---- */

/* The name under which an object body item counts as a clause. */
static xs_str item_name(const xs_ast_item *it)
{
    switch (it->kind) {
    case XS_ITEM_STMT:
        return it->stmt->name;
    case XS_ITEM_FIELD:
        return it->field->type;
    default:
        return it->name;
    }
}

static void allowed_list(const xs_schema_object *sch, xs_buf *out)
{
    for (size_t i = 0; i < sch->n; i++)
        xs_buf_addf(out, "%s%s", i ? ", " : "", sch->clauses[i].name);
}

/* A table's schema must define `id` as an int or a uuid. */
static void check_table_schema(rules *r, const xs_ast_item *schema)
{
    const xs_ast_block *b = schema->block;
    for (uint32_t i = 0; b && i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        if (it->kind != XS_ITEM_FIELD || !xs_str_eq_cstr(it->field->name, "id"))
            continue;
        bool ok = false;
        for (const char *const *t = xs_schema_id_types; *t && !ok; t++)
            ok = xs_str_eq_cstr(it->field->type, *t);
        if (!ok)
            err(r, it->field->pos, "the \"id\" column can only be of type \"int\" or \"uuid\"");
        return;
    }
    err(r, schema->pos, "schema must have an 'id' of type uuid or int column defined");
}

/* A query answers one HTTP verb: `query name verb=GET { }`. */
static void check_query_verb(rules *r, const xs_ast_object *o)
{
    const xs_ast_expr *v = xs_ast_object_header(o, "verb");
    if (!v) {
        xs_pos at = o->body ? o->body->open : o->name_pos;
        err(r, at, "query needs verb=GET|POST|PUT|PATCH|DELETE|HEAD before '{'");
        return;
    }
    xs_str verb = {NULL, 0};
    if (v->kind == XS_EXPR_IDENT)
        verb = v->u.ident;
    else if (v->kind == XS_EXPR_STRING)
        verb = v->u.str.val;
    for (const char *const *s = xs_schema_query_verbs; *s; s++)
        if (verb.ptr && xs_str_eq_cstr(verb, *s))
            return;
    if (verb.ptr)
        err(r, v->pos, "unknown verb '%.*s': use GET, POST, PUT, PATCH, DELETE or HEAD", STR(verb));
    else
        err(r, v->pos, "unknown verb: use GET, POST, PUT, PATCH, DELETE or HEAD");
}

static void check_object(rules *r, const xs_ast_object *o)
{
    const xs_schema_object *sch = xs_schema_object_find(o->kind_text);
    const xs_ast_block *body = o->body;
    bool present[32] = {false};
    XS_ASSERT(!sch || sch->n <= XS_COUNTOF(present));
    bool is_table = xs_str_eq_cstr(o->kind_text, "table");
    bool is_agent = xs_str_eq_cstr(o->kind_text, "agent");
    if (xs_str_eq_cstr(o->kind_text, "query"))
        check_query_verb(r, o);
    for (uint32_t i = 0; i < o->nheader; i++)
        check_expr(r, o->header[i].value, EX_VALUE);

    for (uint32_t i = 0; body && i < body->n; i++) {
        const xs_ast_item *it = &body->items[i];
        if (it->kind == XS_ITEM_COMMENT)
            continue;
        xs_str name = item_name(it);
        const xs_schema_attr *a = sch ? xs_schema_attr_find(sch->clauses, sch->n, name) : NULL;
        if (sch && !a && sch->strict) {
            xs_buf b;
            xs_buf_init(&b);
            allowed_list(sch, &b);
            err(r, it->pos, "'%.*s' is not a clause of %s (expected one of: %s)", STR(name),
                sch->kind, xs_buf_cstr(&b));
            xs_buf_release(&b);
            continue;
        }
        if (a) {
            size_t k = (size_t)(a - sch->clauses);
            if (present[k] && !(a->flags & XS_SCHEMA_REPEAT)) {
                err(r, it->pos, "duplicate clause '%.*s' in %s", STR(name), sch->kind);
                continue;
            }
            present[k] = true;
        }
        check_item_exprs(r, it);
        switch (it->kind) {
        case XS_ITEM_ATTR:
            if (is_agent && xs_str_eq_cstr(name, "llm"))
                check_llm(r, it->value, it->pos);
            else if (a)
                check_value(r, a, it->value, it->pos);
            break;
        case XS_ITEM_BLOCK:
            if (xs_str_eq_cstr(name, "input") || xs_str_eq_cstr(name, "schema") ||
                xs_str_eq_cstr(name, "output")) {
                check_fields(r, it->block, false);
            } else {
                r->unit_test = xs_str_eq_cstr(name, "test");
                check_block(r, it->block);
                r->unit_test = false;
            }
            if (is_table && xs_str_eq_cstr(name, "schema"))
                check_table_schema(r, it);
            break;
        case XS_ITEM_STMT:
            check_stmt(r, it->stmt);
            break;
        case XS_ITEM_FIELD:
            check_field(r, it->field, false);
            break;
        default:
            break;
        }
    }

    for (size_t i = 0; sch && i < sch->n; i++) {
        const xs_schema_attr *a = &sch->clauses[i];
        if ((a->flags & XS_SCHEMA_REQUIRED) && !present[i])
            err(r, o->pos, "%s is missing %s", sch->kind, a->missing ? a->missing : a->name);
    }
}

xs_status xs_lang_rules_check(const xs_ast_doc *doc, xs_diag *d)
{
    rules r = {.doc = doc, .d = d};
    for (uint32_t i = 0; i < doc->n; i++)
        check_object(&r, doc->objects[i]);
    if (doc->n > 1)
        err(&r, doc->objects[1]->pos, "a file holds one object: unexpected '%.*s'",
            STR(doc->objects[1]->kind_text));
    return r.errors ? XS_E_CHECK : XS_OK;
}
