/*
 * where.c - `where` expressions to SQL conditions (see where.h).
 */
#include "store/where.h"

#include "base/alloc.h"
#include "store/store.h"
#include "value/json.h"

typedef struct wctx {
    const xs_where_table *tabs; /* tabs[0] is the queried table */
    size_t ntabs;
    xs_store_kind kind;
    xs_where_eval_fn eval;
    void *ctx;
    const char *file;
    xs_where *w;
    xs_diag *d;
} wctx;

/* A column reference: the column, a JSON path into it (names), the SQL
 * functions its filters apply (lower, upper, trim, length). numeric: the
 * last function gives a number (length), so values compare as numbers. */
typedef struct colref {
    const xs_store_table *t;
    const char *alias; /* what qualifies the column when tables are joined */
    const xs_store_column *col;
    const xs_ast_seg *path;
    uint32_t npath;
    const char *fn[4];
    int nfn;
    bool numeric;
} colref;

/* Filters on a column that become an SQL function of it. Keep in step
 * with xs_filter_name_is_sql (lang/filter_names.c), which the checker
 * reads. */
static const struct {
    const char *name, *fn;
    bool numeric;
} col_fns[] = {
    {"to_lower", "lower", false}, {"lower", "lower", false},  {"to_upper", "upper", false},
    {"upper", "upper", false},    {"trim", "trim", false},    {"ltrim", "ltrim", false},
    {"rtrim", "rtrim", false},    {"strlen", "length", true}, {"length", "length", true},
};

/* Filters that turn a column into a condition; the last of a chain. */
typedef enum { P_STARTS, P_ENDS, P_CONTAINS, P_INCLUDES, P_OVERLAPS, P_BETWEEN } pred_kind;

static const struct {
    const char *name;
    pred_kind kind;
    bool icase;
    int nargs;
} preds[] = {
    {"starts_with", P_STARTS, false, 1}, {"istarts_with", P_STARTS, true, 1},
    {"ends_with", P_ENDS, false, 1},     {"iends_with", P_ENDS, true, 1},
    {"contains", P_CONTAINS, false, 1},  {"icontains", P_CONTAINS, true, 1},
    {"includes", P_INCLUDES, false, 1},  {"overlaps", P_OVERLAPS, false, 1},
    {"between", P_BETWEEN, false, 2},
};

/* The index in preds[] of filter name n (a leading '!' negates), or -1. */
static int pred_of(xs_str n, bool *neg)
{
    *neg = n.len > 1 && n.ptr[0] == '!';
    if (*neg) {
        n.ptr++;
        n.len--;
    }
    for (size_t i = 0; i < XS_COUNTOF(preds); i++)
        if (xs_str_eq_cstr(n, preds[i].name))
            return (int)i;
    return -1;
}

void xs_where_init(xs_where *w)
{
    xs_buf_init(&w->sql);
    w->params = xs_array_new(0);
}

void xs_where_release(xs_where *w)
{
    xs_buf_release(&w->sql);
    xs_clear(&w->params);
}

static xs_status err(wctx *x, const xs_ast_expr *e, xs_status st, const char *fmt, ...)
    XS_PRINTF(4, 5);
static xs_status err(wctx *x, const xs_ast_expr *e, xs_status st, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_diag_vadd(x->d, XS_DIAG_ERROR, x->file, e ? (int)e->pos.line : 0, e ? (int)e->pos.col : 0,
                 fmt, ap);
    va_end(ap);
    return st;
}

static bool is_db_var(const xs_ast_expr *e)
{
    return e->kind == XS_EXPR_VAR && xs_str_eq_cstr(e->u.var.name, "db");
}

static bool refers_db(const xs_ast_expr *e)
{
    if (is_db_var(e))
        return true;
    if (e->kind == XS_EXPR_FILTER)
        return refers_db(e->u.filt.base);
    return false;
}

static xs_status resolve(wctx *x, const xs_ast_expr *e, colref *r);

/* Resolves a column with only the first nf filters of e (a filter chain). */
static xs_status resolve_n(wctx *x, const xs_ast_expr *e, uint32_t nf, colref *r)
{
    xs_status rc = resolve(x, e->u.filt.base, r);
    if (rc != XS_OK)
        return rc;
    for (uint32_t i = 0; i < nf; i++) {
        xs_str n = e->u.filt.items[i].name;
        size_t k = 0;
        while (k < XS_COUNTOF(col_fns) && !xs_str_eq_cstr(n, col_fns[k].name))
            k++;
        bool neg;
        if (k == XS_COUNTOF(col_fns) && pred_of(n, &neg) >= 0)
            return err(x, e, XS_E_CHECK,
                       "filter '%.*s' on a column is a condition: it must come last and "
                       "cannot be compared or sorted on",
                       (int)n.len, n.ptr);
        if (k == XS_COUNTOF(col_fns) || e->u.filt.items[i].nargs)
            return err(x, e, XS_E_CHECK,
                       "filter '%.*s' on a column is not supported in a where clause "
                       "(supported: to_lower, to_upper, trim, ltrim, rtrim, strlen; as a "
                       "condition: starts_with, ends_with, contains, includes, overlaps, "
                       "between, istarts_with, iends_with, icontains)",
                       (int)n.len, n.ptr);
        if (r->nfn >= 4)
            return err(x, e, XS_E_LIMIT, "at most 4 filters on a column in a where clause");
        r->fn[r->nfn++] = col_fns[k].fn;
        r->numeric = col_fns[k].numeric;
    }
    return XS_OK;
}

/* Resolves `$db.table.col[.path]` or `$db.col[.path]` (with filters). */
static xs_status resolve(wctx *x, const xs_ast_expr *e, colref *r)
{
    memset(r, 0, sizeof *r);
    if (e->kind == XS_EXPR_FILTER)
        return resolve_n(x, e, e->u.filt.n, r);
    const xs_ast_seg *s = e->u.var.segs;
    uint32_t n = e->u.var.n;
    for (uint32_t i = 0; i < n; i++)
        if (s[i].kind != XS_SEG_NAME)
            return err(x, e, XS_E_CHECK, "a $db column path takes names only, not [index]");
    /* $db.ALIAS.col, $db.TABLE.col (the queried table), or $db.col */
    const xs_where_table *tab = &x->tabs[0];
    bool named = false;
    for (size_t i = 0; n >= 2 && i < x->ntabs && !named; i++) {
        if (xs_str_eq_cstr(s[0].name, x->tabs[i].alias)) {
            tab = &x->tabs[i];
            named = true;
        }
    }
    if (!named && n >= 2 && xs_str_eq_cstr(s[0].name, x->tabs[0].t->name))
        named = true;
    if (named) {
        s++;
        n--;
    } else if (n >= 2) {
        char *first = xs_strndup(s[0].name.ptr, s[0].name.len);
        bool is_col = xs_store_table_col(tab->t, first) != NULL;
        xs_free(first);
        if (!is_col)
            return err(x, e, XS_E_NOTFOUND,
                       x->ntabs > 1 ? "$db.%.*s: not a table of this query (table '%s' or a join)"
                                    : "$db.%.*s: only table '%s' can be used in this where clause",
                       (int)s[0].name.len, s[0].name.ptr, tab->t->name);
    }
    if (n == 0)
        return err(x, e, XS_E_CHECK, "$db needs a column: $db.%s.column", tab->alias);
    r->t = tab->t;
    r->alias = tab->alias;
    char *name = xs_strndup(s[0].name.ptr, s[0].name.len);
    r->col = xs_store_table_col(tab->t, name);
    xs_status rc = XS_OK;
    if (!r->col)
        rc = err(x, e, XS_E_NOTFOUND, "table '%s' has no column '%s'", tab->t->name, name);
    xs_free(name);
    if (rc != XS_OK)
        return rc;
    r->path = s + 1;
    r->npath = n - 1;
    if (r->npath && r->col->type != XS_COL_JSON && !r->col->is_list)
        return err(x, e, XS_E_CHECK, "column '%s' is not json: it has no field '%.*s'",
                   r->col->name, (int)r->path[0].name.len, r->path[0].name.ptr);
    return XS_OK;
}

static void push(wctx *x, xs_value v)
{
    xs_array_push(&x->w->params, v);
}

/* The column's name, qualified by its table's alias when tables are joined. */
static void qcol(const wctx *x, const colref *r, xs_buf *out)
{
    if (x->ntabs > 1) {
        xs_store_quote_ident(out, r->alias);
        xs_buf_addc(out, '.');
    }
    xs_store_quote_ident(out, r->col->name);
}

static bool is_text_col(const xs_store_column *c)
{
    return !c->is_list &&
           (c->type == XS_COL_TEXT || c->type == XS_COL_EMAIL || c->type == XS_COL_ENUM);
}

/* Appends the SQL of a column reference. as_number: a JSON path read as a
 * number on PostgreSQL (whose #>> gives text). */
static xs_status emit_col(wctx *x, const xs_ast_expr *e, const colref *r, xs_buf *out,
                          bool as_number)
{
    for (int i = r->nfn - 1; i >= 0; i--)
        xs_buf_addf(out, "%s(", r->fn[i]);
    if (r->npath == 0) {
        qcol(x, r, out);
        /* PostgreSQL has lower(), length()... of text only */
        if (r->nfn && x->kind == XS_STORE_PG && !is_text_col(r->col))
            xs_buf_adds(out, "::text");
    } else {
        xs_buf path;
        xs_buf_init(&path);
        bool pg = x->kind == XS_STORE_PG;
        xs_buf_adds(&path, pg ? "{" : "$");
        for (uint32_t i = 0; i < r->npath; i++) {
            xs_str k = r->path[i].name;
            if (memchr(k.ptr, '"', k.len) || memchr(k.ptr, '\\', k.len) ||
                memchr(k.ptr, '\0', k.len)) {
                xs_buf_release(&path);
                return err(x, e, XS_E_CHECK, "json path key '%.*s' is not supported", (int)k.len,
                           k.ptr);
            }
            if (pg)
                xs_buf_addf(&path, "%s\"%.*s\"", i ? "," : "", (int)k.len, k.ptr);
            else
                xs_buf_addf(&path, ".\"%.*s\"", (int)k.len, k.ptr);
        }
        if (pg)
            xs_buf_addc(&path, '}');
        if (pg) {
            xs_buf_adds(out, as_number ? "((" : "(");
            qcol(x, r, out);
            xs_buf_adds(out, as_number ? " #>> ?::text[])::double precision)" : " #>> ?::text[])");
        } else {
            xs_buf_adds(out, "json_extract(");
            qcol(x, r, out);
            xs_buf_adds(out, ", ?)");
        }
        push(x, xs_text_from_buf(&path));
    }
    for (int i = 0; i < r->nfn; i++)
        xs_buf_addc(out, ')');
    return XS_OK;
}

/* The bound form of v compared against column reference r. */
static xs_status param_for(wctx *x, const colref *r, xs_value v, xs_value *out)
{
    if (r->nfn && r->numeric) {
        /* length(): a number, also when the value is numeric text */
        xs_value n;
        if (xs_is_number(v))
            *out = v;
        else if (v.type == XS_TEXT && xs_text_to_number(xs_text_str(v), &n))
            *out = n;
        else
            return xs_diag_error(x->d, XS_E_TYPE, x->file, 0, 0,
                                 "the length of column '%s' compares with a number, not %s",
                                 r->col->name, xs_value_type_name(v));
        return XS_OK;
    }
    if (r->npath || r->nfn) {
        /* a JSON field or a function result: compare as the value is */
        if (v.type == XS_BOOL && x->kind == XS_STORE_SQLITE)
            *out = xs_int(v.u.b);
        else if (v.type == XS_ARRAY || v.type == XS_OBJECT)
            return xs_diag_error(x->d, XS_E_TYPE, x->file, 0, 0,
                                 "cannot compare a json field with %s", xs_value_type_name(v));
        else
            *out = xs_retain(v);
        return XS_OK;
    }
    if (r->col->type == XS_COL_PASSWORD)
        return xs_diag_error(x->d, XS_E_USAGE, x->file, 0, 0,
                             "column '%s' is a password: it cannot be compared in a where clause",
                             r->col->name);
    return xs_store_to_db(x->kind, r->t, r->col, v, out, x->d);
}

static const char *cmp_sql(xs_op op)
{
    switch (op) {
    case XS_OP_EQ:
    case XS_OP_SEQ:
        return "=";
    case XS_OP_NE:
    case XS_OP_SNE:
        return "<>";
    case XS_OP_LT:
        return "<";
    case XS_OP_LE:
        return "<=";
    case XS_OP_GT:
        return ">";
    case XS_OP_GE:
        return ">=";
    default:
        return NULL;
    }
}

static xs_op mirror(xs_op op)
{
    switch (op) {
    case XS_OP_LT:
        return XS_OP_GT;
    case XS_OP_LE:
        return XS_OP_GE;
    case XS_OP_GT:
        return XS_OP_LT;
    case XS_OP_GE:
        return XS_OP_LE;
    default:
        return op;
    }
}

static bool is_list_col(const colref *r)
{
    return r->npath == 0 && (r->col->is_list || r->col->type == XS_COL_JSON);
}

static bool is_negated(xs_op op)
{
    return op == XS_OP_NOT_CONTAINS || op == XS_OP_NOT_INCLUDES || op == XS_OP_NOT_OVERLAPS ||
           op == XS_OP_NOT_IN || op == XS_OP_NOT_LIKE || op == XS_OP_NOT_ILIKE ||
           op == XS_OP_NOT_REGEX;
}

/* `list column has element v` (v a scalar, or any JSON on PostgreSQL). */
static xs_status emit_has_element(wctx *x, const xs_ast_expr *e, const colref *r, xs_value v,
                                  xs_buf *out)
{
    if (x->kind == XS_STORE_PG) {
        xs_value wrap = xs_array_new(1);
        if (r->col->type != XS_COL_JSON || r->col->is_list || v.type != XS_OBJECT)
            xs_array_push(&wrap, xs_retain(v));
        else
            xs_clear(&wrap), wrap = xs_retain(v);
        qcol(x, r, out);
        xs_buf_adds(out, " @> ?::jsonb");
        push(x, wrap); /* bound as JSON text */
        return XS_OK;
    }
    if (v.type == XS_ARRAY || v.type == XS_OBJECT)
        return err(x, e, XS_E_TYPE,
                   "on SQLite, contains on column '%s' takes a single value, not %s", r->col->name,
                   xs_value_type_name(v));
    xs_buf_adds(out, "EXISTS (SELECT 1 FROM json_each(");
    qcol(x, r, out);
    xs_buf_adds(out, ") WHERE value = ?)");
    push(x, v.type == XS_BOOL ? xs_int(v.u.b) : xs_retain(v));
    return XS_OK;
}

/* col OP value. */
static xs_status emit_col_value(wctx *x, const xs_ast_expr *e, xs_op op, const colref *r,
                                xs_value v, xs_buf *out)
{
    xs_status rc = XS_OK;
    const char *cmp = cmp_sql(op);
    bool neg = is_negated(op);
    bool num = xs_is_number(v);
    if (cmp) {
        if (v.type == XS_NULL &&
            (op == XS_OP_EQ || op == XS_OP_SEQ || op == XS_OP_NE || op == XS_OP_SNE)) {
            rc = emit_col(x, e, r, out, false);
            xs_buf_adds(out, cmp[0] == '=' ? " IS NULL" : " IS NOT NULL");
            return rc;
        }
        xs_value p;
        xs_buf lhs;
        xs_buf_init(&lhs);
        rc = emit_col(x, e, r, &lhs, num);
        if (rc == XS_OK)
            rc = param_for(x, r, v, &p);
        if (rc != XS_OK) {
            xs_buf_release(&lhs);
            return rc;
        }
        if (cmp[0] == '<' && cmp[1] == '>') {
            /* != keeps null columns, as XanoScript's != would */
            xs_buf_addf(out, "(%s <> ? OR %s IS NULL)", xs_buf_cstr(&lhs), xs_buf_cstr(&lhs));
            push(x, p);
            /* the column text holds a parameter for a JSON path: bind it twice */
            if (r->npath) {
                xs_value path =
                    xs_retain(xs_array_at(x->w->params, xs_array_len(x->w->params) - 2));
                push(x, path);
            }
        } else {
            xs_buf_addf(out, "%s %s ?", xs_buf_cstr(&lhs), cmp);
            push(x, p);
        }
        xs_buf_release(&lhs);
        return XS_OK;
    }
    if (v.type == XS_NULL)
        return err(x, e, XS_E_TYPE,
                   "operator '%s' needs a value, not null (use '%s?' to skip "
                   "the condition when the value is null)",
                   xs_ast_op_text(op), xs_ast_op_text(op));
    if (neg) {
        xs_buf_adds(out, "(");
        if (r->npath == 0) {
            qcol(x, r, out);
            xs_buf_adds(out, " IS NULL OR ");
        }
        xs_buf_adds(out, "NOT ");
    }
    xs_buf_adds(out, "(");
    switch (op) {
    case XS_OP_CONTAINS:
    case XS_OP_NOT_CONTAINS:
    case XS_OP_INCLUDES:
    case XS_OP_NOT_INCLUDES:
        if (is_list_col(r)) {
            rc = emit_has_element(x, e, r, v, out);
            break;
        }
        if (v.type == XS_ARRAY || v.type == XS_OBJECT) {
            rc = err(x, e, XS_E_TYPE, "'%s' on text column '%s' needs text, not %s",
                     xs_ast_op_text(op), r->col->name, xs_value_type_name(v));
            break;
        }
        xs_buf_adds(out, x->kind == XS_STORE_PG ? "strpos(" : "instr(");
        rc = emit_col(x, e, r, out, false);
        if (x->kind == XS_STORE_PG && r->npath == 0 && r->nfn == 0 && r->col->type != XS_COL_TEXT &&
            r->col->type != XS_COL_EMAIL && r->col->type != XS_COL_ENUM)
            xs_buf_adds(out, "::text");
        xs_buf_adds(out, ", ?) > 0");
        if (v.type == XS_TEXT) {
            push(x, xs_retain(v));
        } else {
            xs_value p;
            rc = rc == XS_OK ? xs_store_to_db(x->kind, r->t,
                                              &(xs_store_column){.name = r->col->name,
                                                                 .type_name = "text",
                                                                 .type = XS_COL_TEXT},
                                              v, &p, x->d)
                             : rc;
            if (rc == XS_OK)
                push(x, p);
        }
        break;
    case XS_OP_OVERLAPS:
    case XS_OP_NOT_OVERLAPS:
        if (!is_list_col(r) || v.type != XS_ARRAY) {
            rc = err(x, e, XS_E_TYPE, "overlaps needs a list column and an array value");
            break;
        }
        if (x->kind == XS_STORE_PG) {
            xs_buf_adds(out, "EXISTS (SELECT 1 FROM jsonb_array_elements(");
            qcol(x, r, out);
            xs_buf_adds(out, ") a WHERE a IN (SELECT jsonb_array_elements(?::jsonb)))");
        } else {
            xs_buf_adds(out, "EXISTS (SELECT 1 FROM json_each(");
            qcol(x, r, out);
            xs_buf_adds(out, ") a WHERE a.value IN (SELECT value FROM json_each(?)))");
        }
        push(x, xs_retain(v));
        break;
    case XS_OP_IN:
    case XS_OP_NOT_IN: {
        if (v.type != XS_ARRAY) {
            rc = err(x, e, XS_E_TYPE, "'%s' needs an array, not %s", xs_ast_op_text(op),
                     xs_value_type_name(v));
            break;
        }
        size_t n = xs_array_len(v);
        if (n == 0) {
            xs_buf_adds(out, "1=0");
            break;
        }
        rc = emit_col(x, e, r, out, n && xs_is_number(xs_array_at(v, 0)));
        xs_buf_adds(out, " IN (");
        for (size_t i = 0; i < n && rc == XS_OK; i++) {
            xs_value p;
            rc = param_for(x, r, xs_array_at(v, i), &p);
            if (rc != XS_OK)
                break;
            xs_buf_adds(out, i ? ", ?" : "?");
            push(x, p);
        }
        xs_buf_adds(out, ")");
        break;
    }
    case XS_OP_LIKE:
    case XS_OP_NOT_LIKE:
    case XS_OP_ILIKE:
    case XS_OP_NOT_ILIKE: {
        bool icase = op == XS_OP_ILIKE || op == XS_OP_NOT_ILIKE;
        if (v.type != XS_TEXT) {
            rc = err(x, e, XS_E_TYPE, "'%s' needs a text pattern", xs_ast_op_text(op));
            break;
        }
        bool lower = icase && x->kind == XS_STORE_SQLITE;
        if (lower)
            xs_buf_adds(out, "lower(");
        rc = emit_col(x, e, r, out, false);
        if (x->kind == XS_STORE_PG && r->npath == 0 && r->col->type != XS_COL_TEXT &&
            r->col->type != XS_COL_EMAIL && r->col->type != XS_COL_ENUM)
            xs_buf_adds(out, "::text");
        if (lower)
            xs_buf_adds(out, ") LIKE lower(?)");
        else
            xs_buf_adds(out, icase ? " ILIKE ?" : " LIKE ?");
        push(x, xs_retain(v));
        break;
    }
    case XS_OP_REGEX:
    case XS_OP_NOT_REGEX:
        if (x->kind != XS_STORE_PG) {
            rc = err(x, e, XS_E_CHECK, "regex matching in a where clause needs PostgreSQL");
            break;
        }
        if (v.type != XS_TEXT) {
            rc = err(x, e, XS_E_TYPE, "'%s' needs a text pattern", xs_ast_op_text(op));
            break;
        }
        rc = emit_col(x, e, r, out, false);
        xs_buf_adds(out, "::text ~ ?");
        push(x, xs_retain(v));
        break;
    default:
        rc = err(x, e, XS_E_CHECK, "operator '%s' cannot be used in a where clause",
                 xs_ast_op_text(op));
        break;
    }
    xs_buf_adds(out, ")");
    if (neg)
        xs_buf_adds(out, ")");
    return rc;
}

static xs_status compile(wctx *x, const xs_ast_expr *e, xs_buf *out, bool *empty);

/* The column as text, for LIKE: PostgreSQL has no LIKE on numbers or uuid. */
static xs_status emit_text_col(wctx *x, const xs_ast_expr *e, const colref *r, xs_buf *out)
{
    xs_status rc = emit_col(x, e, r, out, false);
    if (x->kind == XS_STORE_PG && r->npath == 0 && r->nfn == 0 && !is_text_col(r->col))
        xs_buf_adds(out, "::text");
    return rc;
}

/* `column LIKE pattern`, the pattern made of v with its wildcards escaped:
 * a prefix (starts), a suffix (ends) or anywhere (both). */
static xs_status emit_like(wctx *x, const xs_ast_expr *e, const colref *r, bool starts, bool ends,
                           bool icase, xs_value v, xs_buf *out)
{
    if (v.type != XS_TEXT && !xs_is_number(v))
        return err(x, e, XS_E_TYPE, "this filter on column '%s' needs text, not %s", r->col->name,
                   xs_value_type_name(v));
    xs_buf text, pat;
    xs_buf_init(&text);
    xs_buf_init(&pat);
    if (v.type == XS_TEXT)
        xs_buf_add(&text, xs_text_ptr(v), xs_text_len(v));
    else
        xs_json_encode(v, XS_JSON_COMPACT, &text); /* a number, as it prints */
    if (!starts)
        xs_buf_addc(&pat, '%');
    for (size_t i = 0; i < text.len; i++) {
        char ch = text.ptr[i];
        if (ch == '%' || ch == '_' || ch == '\\')
            xs_buf_addc(&pat, '\\');
        xs_buf_addc(&pat, ch);
    }
    if (!ends)
        xs_buf_addc(&pat, '%');
    xs_buf_release(&text);
    bool lower = icase && x->kind == XS_STORE_SQLITE;
    xs_buf_adds(out, lower ? "lower(" : "");
    xs_status rc = emit_text_col(x, e, r, out);
    if (lower)
        xs_buf_adds(out, ") LIKE lower(?)");
    else
        xs_buf_adds(out, icase ? " ILIKE ?" : " LIKE ?");
    xs_buf_adds(out, " ESCAPE '\\'");
    push(x, xs_text_from_buf(&pat));
    return rc;
}

/* A filter that is a condition on a column (`$db.t.name|starts_with:"a"`),
 * negated when neg. Its SQL is never null, so that negating it keeps the
 * rows whose column is null, as XanoScript's false for a null would. */
static xs_status compile_pred(wctx *x, const xs_ast_expr *e, bool neg, xs_buf *out, bool *empty)
{
    const xs_ast_filter *f = &e->u.filt.items[e->u.filt.n - 1];
    bool fneg;
    int k = pred_of(f->name, &fneg);
    neg ^= fneg;
    if ((int)f->nargs != preds[k].nargs)
        return err(x, e, XS_E_CHECK, "filter '%s' on a column takes %d argument%s, got %u",
                   preds[k].name, preds[k].nargs, preds[k].nargs == 1 ? "" : "s", f->nargs);
    colref r;
    xs_status rc = resolve_n(x, e, e->u.filt.n - 1, &r);
    if (rc != XS_OK)
        return rc;
    xs_value v[2] = {xs_null(), xs_null()};
    for (int i = 0; i < preds[k].nargs && rc == XS_OK; i++)
        rc = x->eval(x->ctx, f->args[i], &v[i]);
    if (rc != XS_OK)
        goto out;
    if (v[0].type == XS_NULL || (preds[k].nargs == 2 && v[1].type == XS_NULL)) {
        if (e->flags & XS_EXPR_F_IGNORE_NULL) {
            *empty = true;
            goto out;
        }
        rc = err(x, e, XS_E_TYPE, "filter '%s' on column '%s' needs a value, not null",
                 preds[k].name, r.col->name);
        goto out;
    }
    xs_buf in;
    xs_buf_init(&in);
    switch (preds[k].kind) {
    case P_STARTS:
        rc = emit_like(x, e, &r, true, false, preds[k].icase, v[0], &in);
        break;
    case P_ENDS:
        rc = emit_like(x, e, &r, false, true, preds[k].icase, v[0], &in);
        break;
    case P_CONTAINS:
        if (preds[k].icase)
            rc = emit_like(x, e, &r, false, false, true, v[0], &in);
        else
            rc = emit_col_value(x, e, XS_OP_CONTAINS, &r, v[0], &in);
        break;
    case P_INCLUDES:
        rc = emit_col_value(x, e, XS_OP_INCLUDES, &r, v[0], &in);
        break;
    case P_OVERLAPS:
        rc = emit_col_value(x, e, XS_OP_OVERLAPS, &r, v[0], &in);
        break;
    case P_BETWEEN: {
        xs_value lo, hi;
        rc = emit_col(x, e, &r, &in, xs_is_number(v[0]));
        if (rc == XS_OK && (rc = param_for(x, &r, v[0], &lo)) == XS_OK) {
            push(x, lo);
            if ((rc = param_for(x, &r, v[1], &hi)) == XS_OK)
                push(x, hi);
        }
        xs_buf_adds(&in, " BETWEEN ? AND ?");
        break;
    }
    }
    if (rc == XS_OK) {
        if (neg)
            xs_buf_addf(out, "NOT COALESCE(%s, 1=0)", xs_buf_cstr(&in));
        else
            xs_buf_adds(out, xs_buf_cstr(&in));
    }
    xs_buf_release(&in);
out:
    xs_release(v[0]);
    xs_release(v[1]);
    return rc;
}

/* Whether e is a column with a condition filter last. */
static bool is_pred(const xs_ast_expr *e)
{
    bool neg;
    return e->kind == XS_EXPR_FILTER && refers_db(e) && e->u.filt.n &&
           pred_of(e->u.filt.items[e->u.filt.n - 1].name, &neg) >= 0;
}

/* A whole expression without columns: evaluated, it is true or false. */
static xs_status constant(wctx *x, const xs_ast_expr *e, xs_buf *out)
{
    xs_value v;
    xs_status rc = x->eval(x->ctx, e, &v);
    if (rc != XS_OK)
        return rc;
    xs_buf_adds(out, xs_value_truthy(v) ? "1=1" : "1=0");
    xs_release(v);
    return XS_OK;
}

static xs_status compile_binary(wctx *x, const xs_ast_expr *e, xs_buf *out, bool *empty)
{
    xs_op op = (xs_op)e->op;
    const xs_ast_expr *a = e->u.bin.a, *b = e->u.bin.b;
    if (op == XS_OP_AND || op == XS_OP_OR) {
        xs_buf l, r;
        xs_buf_init(&l);
        xs_buf_init(&r);
        bool le = false, re = false;
        xs_status rc = compile(x, a, &l, &le);
        if (rc == XS_OK)
            rc = compile(x, b, &r, &re);
        if (rc == XS_OK) {
            if (le && re)
                *empty = true;
            else if (le)
                xs_buf_adds(out, xs_buf_cstr(&r));
            else if (re)
                xs_buf_adds(out, xs_buf_cstr(&l));
            else
                xs_buf_addf(out, "(%s) %s (%s)", xs_buf_cstr(&l), op == XS_OP_AND ? "AND" : "OR",
                            xs_buf_cstr(&r));
        }
        xs_buf_release(&l);
        xs_buf_release(&r);
        return rc;
    }
    bool da = refers_db(a), db = refers_db(b);
    if (!da && !db)
        return constant(x, e, out);
    if ((da && is_pred(a)) || (db && is_pred(b))) {
        const xs_ast_expr *p = da && is_pred(a) ? a : b;
        bool eq = op == XS_OP_EQ || op == XS_OP_SEQ, ne = op == XS_OP_NE || op == XS_OP_SNE;
        xs_value v = xs_null();
        xs_status rc = XS_OK;
        if (da && db)
            rc = err(x, e, XS_E_CHECK, "a condition filter cannot be compared with a column");
        else if (!eq && !ne)
            rc = err(x, e, XS_E_CHECK,
                     "a condition filter is true or false: use it alone, or "
                     "with == or != true/false");
        else if ((rc = x->eval(x->ctx, p == a ? b : a, &v)) == XS_OK && v.type != XS_BOOL)
            rc = err(x, e, XS_E_TYPE, "a condition filter compares with true or false, not %s",
                     xs_value_type_name(v));
        if (rc == XS_OK)
            rc = compile_pred(x, p, ne == v.u.b, out, empty);
        xs_release(v);
        return rc;
    }
    colref ra, rb;
    xs_status rc = resolve(x, da ? a : b, &ra);
    if (rc != XS_OK)
        return rc;
    if (da && db) {
        const char *cmp = cmp_sql(op);
        if (!cmp)
            return err(x, e, XS_E_CHECK,
                       "operator '%s' cannot compare two columns; use == != < <= > >=",
                       xs_ast_op_text(op));
        rc = resolve(x, b, &rb);
        if (rc == XS_OK)
            rc = emit_col(x, a, &ra, out, false);
        if (rc == XS_OK) {
            xs_buf_addf(out, " %s ", cmp);
            rc = emit_col(x, b, &rb, out, false);
        }
        return rc;
    }
    if (!da) {
        if (!cmp_sql(op))
            return err(x, e, XS_E_CHECK, "the $db column must be on the left of '%s'",
                       xs_ast_op_text(op));
        op = mirror(op);
    }
    xs_value v;
    rc = x->eval(x->ctx, da ? b : a, &v);
    if (rc != XS_OK)
        return rc;
    if ((e->flags & XS_EXPR_F_IGNORE_NULL) && v.type == XS_NULL) {
        *empty = true;
        return XS_OK;
    }
    rc = emit_col_value(x, e, op, &ra, v, out);
    xs_release(v);
    return rc;
}

static xs_status compile(wctx *x, const xs_ast_expr *e, xs_buf *out, bool *empty)
{
    *empty = false;
    switch (e->kind) {
    case XS_EXPR_BINARY:
        return compile_binary(x, e, out, empty);
    case XS_EXPR_UNARY:
        if (e->op == XS_OP_NOT && is_pred(e->u.un.a))
            return compile_pred(x, e->u.un.a, true, out, empty);
        if (e->op == XS_OP_NOT) {
            xs_buf in;
            xs_buf_init(&in);
            xs_status rc = compile(x, e->u.un.a, &in, empty);
            if (rc == XS_OK && !*empty)
                xs_buf_addf(out, "NOT (%s)", xs_buf_cstr(&in));
            xs_buf_release(&in);
            return rc;
        }
        return constant(x, e, out);
    case XS_EXPR_BACKTICK:
        if (!e->u.tick.inner)
            return err(x, e, XS_E_CHECK, "empty expression in a where clause");
        return compile(x, e->u.tick.inner, out, empty);
    case XS_EXPR_VAR:
    case XS_EXPR_FILTER:
        if (is_pred(e))
            return compile_pred(x, e, false, out, empty);
        if (refers_db(e)) {
            /* a bare column: true when it is true */
            colref r;
            xs_status rc = resolve(x, e, &r);
            if (rc != XS_OK)
                return rc;
            return emit_col_value(x, e, XS_OP_EQ, &r, xs_bool(true), out);
        }
        return constant(x, e, out);
    default:
        return constant(x, e, out);
    }
}

xs_status xs_where_compile_join(const xs_ast_expr *e, const xs_where_table *tables, size_t n,
                                xs_store_kind kind, xs_where_eval_fn eval, void *ctx,
                                const char *file, xs_where *w, xs_diag *d)
{
    wctx x = {tables, n, kind, eval, ctx, file, w, d};
    if (!e)
        return XS_OK;
    bool empty = false;
    xs_buf out;
    xs_buf_init(&out);
    xs_status rc = compile(&x, e, &out, &empty);
    if (rc == XS_OK && !empty)
        xs_buf_add(&w->sql, out.ptr ? out.ptr : "", out.len);
    xs_buf_release(&out);
    return rc;
}

xs_status xs_where_compile(const xs_ast_expr *e, const xs_store_table *t, xs_store_kind kind,
                           xs_where_eval_fn eval, void *ctx, const char *file, xs_where *w,
                           xs_diag *d)
{
    xs_where_table one = {t->name, t};
    return xs_where_compile_join(e, &one, 1, kind, eval, ctx, file, w, d);
}

/* What a JSON field read by json_field is decoded as. */
static const xs_store_column json_value_col = {.name = "json", .type_name = "json",
                                               .type = XS_COL_JSON, .nullable = true};

/* The SQL of a JSON field of a column (r with a path) as JSON text, the
 * path inlined as a literal (an eval's SQL takes no parameters): SQLite's
 * -> operator, PostgreSQL's #> on jsonb. A missing field is null. */
static xs_status json_field(wctx *x, const xs_ast_expr *e, const colref *r, xs_buf *sql,
                            const xs_store_column **col)
{
    if (r->nfn)
        return err(x, e, XS_E_CHECK, "eval of a filtered json field is not supported");
    bool pg = x->kind == XS_STORE_PG;
    xs_buf_adds(sql, "(");
    qcol(x, r, sql);
    xs_buf_adds(sql, pg ? "::jsonb #> '{" : " -> '$");
    for (uint32_t i = 0; i < r->npath; i++) {
        xs_str k = r->path[i].name;
        for (size_t j = 0; j < k.len; j++)
            if (k.ptr[j] == '"' || k.ptr[j] == '\\' || k.ptr[j] == '\'' || k.ptr[j] == '\0' ||
                (pg && (k.ptr[j] == ',' || k.ptr[j] == '{' || k.ptr[j] == '}')))
                return err(x, e, XS_E_CHECK, "json path key '%.*s' is not supported in eval",
                           (int)k.len, k.ptr);
        if (pg)
            xs_buf_addf(sql, "%s\"%.*s\"", i ? "," : "", (int)k.len, k.ptr);
        else
            xs_buf_addf(sql, ".\"%.*s\"", (int)k.len, k.ptr);
    }
    xs_buf_adds(sql, pg ? "}')" : "')");
    *col = &json_value_col;
    return XS_OK;
}

xs_status xs_where_column(const xs_ast_expr *e, const xs_where_table *tables, size_t n,
                          xs_store_kind kind, const char *file, xs_buf *sql,
                          const xs_store_column **col, xs_diag *d)
{
    wctx x = {tables, n, kind, NULL, NULL, file, NULL, d};
    *col = NULL;
    if (!refers_db(e))
        return err(&x, e, XS_E_CHECK, "eval takes a $db column, such as $db.%s.name",
                   tables[0].alias);
    colref r;
    xs_status rc = resolve(&x, e, &r);
    if (rc != XS_OK)
        return rc;
    if (r.npath)
        return json_field(&x, e, &r, sql, col);
    for (int i = r.nfn - 1; i >= 0; i--)
        xs_buf_addf(sql, "%s(", r.fn[i]);
    qcol(&x, &r, sql);
    for (int i = 0; i < r.nfn; i++)
        xs_buf_addc(sql, ')');
    *col = r.col;
    return XS_OK;
}
