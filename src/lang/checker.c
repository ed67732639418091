/*
 * checker.c - the warnings of checker.h.
 *
 * Each object is walked twice: first to gather the variables it declares
 * (XanoScript scope is the whole function: a `var` inside a branch or loop
 * stays visible after it, and `as $x`, `each as $x` declare too), then to
 * check its clauses in source order. `test` blocks and workflow tests are
 * not walked for runtime checks: this runtime does not run them.
 */
#include "lang/checker.h"

#include "base/alloc.h"
#include "lang/filter_names.h"

#define STR(s) (int)(s).len, (s).ptr

enum { MAX_DEPTH = 256, MAX_NAME = 64 };

typedef struct ck {
    const xs_check_env *env;
    xs_diag *d;
    const xs_ast_doc *const *docs;
    size_t ndocs;
    bool is_workspace;
    const xs_ast_doc *doc;
    const xs_ast_object *obj;
    const xs_ast_block *input; /* the fields $input may name; NULL: not checked */
    bool collect;              /* first pass: gather declarations only */
    xs_str *vars;
    size_t nvars;
    size_t cap;
    int depth;
} ck;

static void warn(ck *c, xs_pos at, const char *fmt, ...) XS_PRINTF(3, 4);

static void warn(ck *c, xs_pos at, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_diag_vadd(c->d, XS_DIAG_WARNING, c->doc->file, (int)at.line, (int)at.col, fmt, ap);
    va_end(ap);
}

/* ---- near names ---- */

static int lower(int ch)
{
    return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
}

/* Edit distance between a and b ignoring case; names longer than MAX_NAME
 * give a large distance. */
static size_t distance(xs_str a, xs_str b)
{
    if (a.len > MAX_NAME || b.len > MAX_NAME)
        return SIZE_MAX;
    size_t row[MAX_NAME + 1];
    for (size_t j = 0; j <= b.len; j++)
        row[j] = j;
    for (size_t i = 1; i <= a.len; i++) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.len; j++) {
            size_t up = row[j];
            size_t cost =
                lower((unsigned char)a.ptr[i - 1]) == lower((unsigned char)b.ptr[j - 1]) ? 0 : 1;
            size_t best = diag + cost;
            if (up + 1 < best)
                best = up + 1;
            if (row[j - 1] + 1 < best)
                best = row[j - 1] + 1;
            row[j] = best;
            diag = up;
        }
    }
    return row[b.len];
}

/* Keeps the closest candidate to name seen so far, if close enough. */
typedef struct near {
    xs_str name;
    xs_str best;
    size_t dist;
} near;

static void near_init(near *nr, xs_str name)
{
    nr->name = name;
    nr->best = (xs_str){NULL, 0};
    size_t limit = name.len <= 2 ? 1 : name.len / 3 < 2 ? 2 : name.len / 3 > 3 ? 3 : name.len / 3;
    nr->dist = limit + 1;
}

static void near_offer(near *nr, xs_str cand)
{
    if (xs_str_eq(cand, nr->name))
        return;
    size_t dd = distance(nr->name, cand);
    if (dd < nr->dist) {
        nr->dist = dd;
        nr->best = cand;
    }
}

/* " (did you mean 'x'?)" for the best candidate, or "" */
static const char *did_you_mean(char *buf, size_t n, const near *nr)
{
    if (!nr->best.ptr)
        return "";
    snprintf(buf, n, " (did you mean '%.*s'?)", STR(nr->best));
    return buf;
}

static void near_names(near *nr, const char *(*name_at)(void *, size_t), void *ctx)
{
    if (!name_at)
        return;
    for (size_t i = 0;; i++) {
        const char *s = name_at(ctx, i);
        if (!s)
            break;
        near_offer(nr, xs_str_of(s));
    }
}

/* ---- variables ---- */

static void declare(ck *c, xs_str name)
{
    if (!name.len)
        return;
    for (size_t i = 0; i < c->nvars; i++)
        if (xs_str_eq(c->vars[i], name))
            return;
    if (c->nvars == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->vars = xs_realloc(c->vars, c->cap * sizeof *c->vars);
    }
    c->vars[c->nvars++] = name;
}

static bool declared(const ck *c, xs_str name)
{
    for (size_t i = 0; i < c->nvars; i++)
        if (xs_str_eq(c->vars[i], name))
            return true;
    return false;
}

/* Names the runtime binds itself. */
static bool implicit_var(xs_str name)
{
    static const char *const names[] = {"input", "env",  "auth", "error", "response",
                                        "db",    "this", "$",    "index", "result"};
    for (size_t i = 0; i < XS_COUNTOF(names); i++)
        if (xs_str_eq_cstr(name, names[i]))
            return true;
    return false;
}

/* ---- expressions ---- */

static bool refers_db(const xs_ast_expr *e)
{
    while (e && e->kind == XS_EXPR_FILTER)
        e = e->u.filt.base;
    return e && e->kind == XS_EXPR_VAR && xs_str_eq_cstr(e->u.var.name, "db");
}

static void check_filter(ck *c, const xs_ast_filter *f, bool db)
{
    const xs_check_env *env = c->env;
    if (!env || !env->filter || (f->name.len && f->name.ptr[0] == '!'))
        return;
    xs_check_filter def = {0, -1, true, NULL};
    char dym[MAX_NAME + 32];
    /* names Xano rejects here are the rules checker's errors */
    unsigned fl = xs_filter_name_flags(f->name);
    if (!fl || (!db && !(fl & (XS_FILTER_VALUE | XS_FILTER_EXT))))
        return;
    if (!env->filter(env->ctx, f->name, &def)) {
        near nr;
        near_init(&nr, f->name);
        near_names(&nr, env->filter_name, env->ctx);
        warn(c, f->pos, "filter '%.*s' is not implemented by this runtime: a run fails here%s",
             STR(f->name), did_you_mean(dym, sizeof dym, &nr));
        return;
    }
    if (!def.available) {
        warn(c, f->pos, "filter '%.*s' is not available in this runtime: a run fails here",
             STR(f->name));
        return;
    }
    int got = (int)f->nargs;
    if (got >= def.min_args && (def.max_args < 0 || got <= def.max_args))
        return;
    char want[64];
    if (def.max_args < 0)
        snprintf(want, sizeof want, "at least %d argument%s", def.min_args,
                 def.min_args == 1 ? "" : "s");
    else if (def.min_args == def.max_args)
        snprintf(want, sizeof want, "%d argument%s", def.min_args, def.min_args == 1 ? "" : "s");
    else
        snprintf(want, sizeof want, "%d to %d arguments", def.min_args, def.max_args);
    warn(c, f->pos, "filter '%.*s' takes %s, got %d%s%s%s", STR(f->name), want, got,
         def.doc ? " (" : "", def.doc ? def.doc : "", def.doc ? ")" : "");
}

/* $input.x (or $input["x"]) where x is not a field of the input block. */
static void check_input_ref(ck *c, const xs_ast_expr *e)
{
    if (!c->input || !xs_str_eq_cstr(e->u.var.name, "input") || e->u.var.n == 0)
        return;
    const xs_ast_seg *s = &e->u.var.segs[0];
    xs_str name;
    xs_pos at = s->pos;
    if (s->kind == XS_SEG_NAME)
        name = s->name;
    else if (s->index && s->index->kind == XS_EXPR_STRING)
        name = s->index->u.str.val, at = s->index->pos;
    else
        return;
    near nr;
    near_init(&nr, name);
    for (uint32_t i = 0; i < c->input->n; i++) {
        const xs_ast_item *it = &c->input->items[i];
        if (it->kind != XS_ITEM_FIELD)
            continue;
        if (xs_str_eq(it->field->name, name))
            return;
        near_offer(&nr, it->field->name);
    }
    char dym[MAX_NAME + 32];
    if (!c->input->n && !xs_ast_object_block(c->obj, "input")) {
        warn(c, at, "'$input.%.*s': %s '%.*s' has no input block%s", STR(name),
             xs_ast_obj_kind_name(c->obj->kind), STR(c->obj->name),
             c->obj->kind == XS_OBJ_TASK ? " (a task takes no input: read $env or a table)"
                                         : " (declare the field in input { })");
        return;
    }
    warn(c, at, "'$input.%.*s': the input block of %s '%.*s' has no field '%.*s'%s", STR(name),
         xs_ast_obj_kind_name(c->obj->kind), STR(c->obj->name), STR(name),
         nr.best.ptr ? did_you_mean(dym, sizeof dym, &nr)
                     : " (declare it in input { } or read it another way)");
}

/* db: e is an attribute of a db statement (a where condition, an aggregate's
 * eval), where filters on a $db column become SQL rather than run as
 * filters, so they are not checked against the filter table. */
static void check_expr(ck *c, const xs_ast_expr *e, bool db)
{
    if (!e || c->collect || c->depth > MAX_DEPTH)
        return;
    c->depth++;
    switch ((xs_expr_kind)e->kind) {
    case XS_EXPR_ARRAY:
        for (uint32_t i = 0; i < e->u.arr.n; i++)
            check_expr(c, e->u.arr.items[i], db);
        break;
    case XS_EXPR_OBJECT:
        for (uint32_t i = 0; i < e->u.obj.n; i++)
            check_expr(c, e->u.obj.items[i].value, db);
        break;
    case XS_EXPR_VAR:
        check_input_ref(c, e);
        for (uint32_t i = 0; i < e->u.var.n; i++)
            check_expr(c, e->u.var.segs[i].index, db);
        break;
    case XS_EXPR_PATH:
        check_expr(c, e->u.path.base, db);
        for (uint32_t i = 0; i < e->u.path.n; i++)
            check_expr(c, e->u.path.segs[i].index, db);
        break;
    case XS_EXPR_UNARY:
        check_expr(c, e->u.un.a, db);
        break;
    case XS_EXPR_BINARY:
        check_expr(c, e->u.bin.a, db);
        check_expr(c, e->u.bin.b, db);
        break;
    case XS_EXPR_TERNARY:
        check_expr(c, e->u.tern.cond, db);
        check_expr(c, e->u.tern.then, db);
        check_expr(c, e->u.tern.els, db);
        break;
    case XS_EXPR_FILTER: {
        check_expr(c, e->u.filt.base, db);
        bool sql = db && refers_db(e->u.filt.base);
        for (uint32_t i = 0; i < e->u.filt.n; i++) {
            const xs_ast_filter *f = &e->u.filt.items[i];
            if (!sql)
                check_filter(c, f, db);
            else if ((xs_filter_name_flags(f->name) & XS_FILTER_QUERY) &&
                     !xs_filter_name_is_sql(f->name)) /* the others are rules errors */
                warn(c, f->pos,
                     "filter '%.*s' on a $db column is not supported by this runtime in a db "
                     "query: a run fails here",
                     STR(f->name));
            for (uint32_t k = 0; k < f->nargs; k++)
                check_expr(c, f->args[k], db);
        }
        break;
    }
    case XS_EXPR_BACKTICK:
        check_expr(c, e->u.tick.inner, db);
        break;
    case XS_EXPR_CAST:
        check_expr(c, e->u.cast.value, db);
        break;
    default:
        break;
    }
    c->depth--;
}

/* ---- statements ---- */

static void walk_block(ck *c, const xs_ast_block *b);

/* The function name a function.run names, when it is written literally. */
static bool callee_name(const xs_ast_stmt *s, xs_str *out)
{
    if (!s->arg)
        return false;
    if (s->arg->kind == XS_EXPR_IDENT)
        *out = s->arg->u.ident;
    else if (s->arg->kind == XS_EXPR_STRING)
        *out = s->arg->u.str.val;
    else
        return false;
    return true;
}

static void check_call(ck *c, const xs_ast_stmt *s)
{
    xs_str name;
    if (!c->is_workspace || !callee_name(s, &name))
        return;
    near nr;
    near_init(&nr, name);
    const xs_ast_object *other = NULL;
    for (size_t i = 0; i < c->ndocs; i++) {
        const xs_ast_doc *doc = c->docs[i];
        for (uint32_t j = 0; j < doc->n; j++) {
            const xs_ast_object *o = doc->objects[j];
            if (o->kind == XS_OBJ_FUNCTION && xs_str_eq(o->name, name))
                return;
            if (o->kind == XS_OBJ_FUNCTION)
                near_offer(&nr, o->name);
            else if (xs_str_eq(o->name, name) && !other)
                other = o;
        }
    }
    char dym[MAX_NAME + 32];
    if (other)
        warn(c, s->arg->pos,
             "function.run calls '%.*s', which is a %s, not a function: no function of the "
             "workspace has that name%s",
             STR(name), xs_ast_obj_kind_name(other->kind), did_you_mean(dym, sizeof dym, &nr));
    else
        warn(c, s->arg->pos,
             "function.run calls '%.*s': no function of the workspace has that name%s", STR(name),
             did_you_mean(dym, sizeof dym, &nr));
}

static void check_statement_known(ck *c, const xs_ast_stmt *s)
{
    const xs_check_env *env = c->env;
    if (!env || !env->statement || s->disabled)
        return;
    /* bare words Xano's grammar knows but that are not statements of
     * their own here are the rules checker's business */
    if (!memchr(s->name.ptr, '.', s->name.len) && !xs_str_eq_cstr(s->name, "await"))
        return;
    bool available = true;
    if (!env->statement(env->ctx, s->name, &available)) {
        near nr;
        near_init(&nr, s->name);
        near_names(&nr, env->statement_name, env->ctx);
        char dym[MAX_NAME + 32];
        warn(c, s->pos, "statement '%.*s' is not implemented by this runtime: a run fails here%s",
             STR(s->name), did_you_mean(dym, sizeof dym, &nr));
    } else if (!available) {
        warn(c, s->pos, "statement '%.*s' is not available in this runtime: a run fails here",
             STR(s->name));
    }
}

static void check_var_update(ck *c, const xs_ast_stmt *s)
{
    const xs_ast_expr *a = s->arg;
    if (!a || a->kind != XS_EXPR_VAR)
        return;
    xs_str name = a->u.var.name;
    xs_pos at = a->pos;
    if (xs_str_eq_cstr(name, "var") && a->u.var.n > 0 && a->u.var.segs[0].kind == XS_SEG_NAME &&
        !declared(c, name)) {
        name = a->u.var.segs[0].name; /* $var.x is $x */
        at = a->u.var.segs[0].pos;
    }
    if (implicit_var(name) || declared(c, name))
        return;
    near nr;
    near_init(&nr, name);
    for (size_t i = 0; i < c->nvars; i++)
        near_offer(&nr, c->vars[i]);
    char dym[MAX_NAME + 32];
    warn(c, at, "var.update of '$%.*s', which this %s never declares with var%s", STR(name),
         xs_ast_obj_kind_name(c->obj->kind),
         nr.best.ptr ? did_you_mean(dym, sizeof dym, &nr)
                     : " (declare it first: var $x { value = ... })");
}

static void walk_stmt(ck *c, const xs_ast_stmt *s)
{
    if (c->depth > MAX_DEPTH)
        return;
    c->depth++;
    if (c->collect) {
        if (s->kind == XS_STMT_VAR && s->arg && s->arg->kind == XS_EXPR_VAR)
            declare(c, s->arg->u.var.name);
        declare(c, s->as_var);
        if (s->kind == XS_STMT_FOREACH || s->kind == XS_STMT_FOR)
            declare(c, s->u.loop.item);
    } else {
        switch ((xs_stmt_kind)s->kind) {
        case XS_STMT_GENERIC:
        case XS_STMT_TASK_CALL:
        case XS_STMT_AWAIT:
        case XS_STMT_DEBUG_LOG:
        case XS_STMT_API_REQUEST:
            check_statement_known(c, s);
            break;
        case XS_STMT_FUNCTION_RUN:
            check_call(c, s);
            break;
        case XS_STMT_VAR_UPDATE:
            check_var_update(c, s);
            break;
        default:
            break;
        }
        check_expr(c, s->arg, false);
        check_expr(c, s->cond, false);
        for (uint32_t i = 0; i < s->nheader; i++)
            check_expr(c, s->header[i].value, false);
    }
    bool db = s->name.len > 3 && memcmp(s->name.ptr, "db.", 3) == 0;
    const xs_ast_block *b = s->body;
    for (uint32_t i = 0; b && i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        if (it->kind == XS_ITEM_ATTR)
            check_expr(c, it->value, db);
        else if (it->kind == XS_ITEM_BLOCK)
            walk_block(c, it->block);
        else if (it->kind == XS_ITEM_STMT)
            walk_stmt(c, it->stmt);
    }
    switch ((xs_stmt_kind)s->kind) {
    case XS_STMT_CONDITIONAL:
        for (uint32_t i = 0; i < s->u.cond.n; i++) {
            check_expr(c, s->u.cond.items[i].cond, false);
            walk_block(c, s->u.cond.items[i].body);
        }
        break;
    case XS_STMT_FOREACH:
    case XS_STMT_FOR:
    case XS_STMT_WHILE:
        if (s->u.loop.subject != s->arg)
            check_expr(c, s->u.loop.subject, false);
        walk_block(c, s->u.loop.each);
        break;
    case XS_STMT_SWITCH:
        if (s->u.sw.subject != s->arg)
            check_expr(c, s->u.sw.subject, false);
        for (uint32_t i = 0; i < s->u.sw.n; i++) {
            check_expr(c, s->u.sw.items[i].value, false);
            walk_block(c, s->u.sw.items[i].body);
        }
        break;
    case XS_STMT_TRY_CATCH:
        walk_block(c, s->u.tc.try_body);
        walk_block(c, s->u.tc.catch_body);
        walk_block(c, s->u.tc.finally_body);
        break;
    case XS_STMT_GROUP:
        walk_block(c, s->u.group.stack);
        break;
    default:
        break;
    }
    c->depth--;
}

static void walk_block(ck *c, const xs_ast_block *b)
{
    if (!b || c->depth > MAX_DEPTH)
        return;
    c->depth++;
    for (uint32_t i = 0; i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        switch ((xs_item_kind)it->kind) {
        case XS_ITEM_ATTR:
            check_expr(c, it->value, false);
            break;
        case XS_ITEM_BLOCK:
            if (xs_str_eq_cstr(it->name, "test"))
                break;
            check_expr(c, it->arg, false);
            walk_block(c, it->block);
            break;
        case XS_ITEM_STMT:
            walk_stmt(c, it->stmt);
            break;
        case XS_ITEM_FIELD:
            check_expr(c, it->field->def, false);
            break;
        default:
            break;
        }
    }
    c->depth--;
}

/* ---- objects ---- */

/* The input block whose fields $input may name, or NULL when $input is not
 * checked in o: kinds that get an input of their own making (triggers) or
 * a block that links a table's fields (dblink). */
static const xs_ast_block *input_scope(const xs_ast_object *o)
{
    static const xs_ast_block empty = {{0, 0, 0}, {0, 0, 0}, NULL, 0};
    const xs_ast_block *in = xs_ast_object_block(o, "input");
    if (!in) {
        bool own = o->kind == XS_OBJ_FUNCTION || o->kind == XS_OBJ_QUERY || o->kind == XS_OBJ_TASK;
        return own ? &empty : NULL;
    }
    for (uint32_t i = 0; i < in->n; i++) {
        const xs_ast_item *it = &in->items[i];
        if (it->kind == XS_ITEM_FIELD &&
            (!it->field->name.len || xs_str_eq_cstr(it->field->type, "dblink")))
            return NULL;
        if (it->kind != XS_ITEM_FIELD && it->kind != XS_ITEM_COMMENT && it->kind != XS_ITEM_ATTR)
            return NULL;
    }
    return in;
}

/* Objects are the same when kind and name match, and for a query the verb. */
static bool same_object(const xs_ast_object *a, const xs_ast_object *b)
{
    if (a->kind != b->kind || !xs_str_eq(a->kind_text, b->kind_text) ||
        !xs_str_eq(a->name, b->name))
        return false;
    if (a->kind != XS_OBJ_QUERY)
        return true;
    const xs_ast_expr *va = xs_ast_object_header(a, "verb");
    const xs_ast_expr *vb = xs_ast_object_header(b, "verb");
    if (!va || !vb)
        return va == vb;
    if (va->kind != XS_EXPR_IDENT || vb->kind != XS_EXPR_IDENT)
        return false;
    return xs_str_eq(va->u.ident, vb->u.ident);
}

/* The first object before docs[di]->objects[oi] that is the same as it. */
static void check_duplicate(ck *c, size_t di, uint32_t oi)
{
    const xs_ast_object *o = c->docs[di]->objects[oi];
    if (!o->name.len)
        return;
    for (size_t i = 0; i <= di; i++) {
        const xs_ast_doc *doc = c->docs[i];
        uint32_t end = i == di ? oi : doc->n;
        for (uint32_t j = 0; j < end; j++) {
            const xs_ast_object *p = doc->objects[j];
            if (!same_object(o, p))
                continue;
            warn(c, o->name_pos,
                 "duplicate %s '%.*s': also defined at %s:%u:%u (rename one of them)",
                 xs_ast_obj_kind_name(o->kind), STR(o->name), doc->file ? doc->file : "<input>",
                 p->name_pos.line, p->name_pos.col);
            return;
        }
    }
}

static void check_object(ck *c, const xs_ast_object *o)
{
    c->obj = o;
    c->nvars = 0;
    c->depth = 0;
    if (o->kind == XS_OBJ_WORKFLOW_TEST)
        return;
    c->input = input_scope(o);
    for (int pass = 0; pass < 2; pass++) {
        c->collect = pass == 0;
        for (uint32_t i = 0; !c->collect && i < o->nheader; i++)
            check_expr(c, o->header[i].value, false);
        const xs_ast_block *body = o->body;
        for (uint32_t i = 0; body && i < body->n; i++) {
            const xs_ast_item *it = &body->items[i];
            switch ((xs_item_kind)it->kind) {
            case XS_ITEM_ATTR:
                check_expr(c, it->value, false);
                break;
            case XS_ITEM_BLOCK:
                if (xs_str_eq_cstr(it->name, "test"))
                    break;
                check_expr(c, it->arg, false);
                walk_block(c, it->block);
                break;
            case XS_ITEM_STMT:
                walk_stmt(c, it->stmt);
                break;
            case XS_ITEM_FIELD:
                check_expr(c, it->field->def, false);
                break;
            default:
                break;
            }
        }
    }
}

xs_status xs_lang_check_workspace(const xs_ast_doc *const *docs, size_t n, bool is_workspace,
                                  const xs_check_env *env, xs_diag *d)
{
    ck c;
    memset(&c, 0, sizeof c);
    c.env = env;
    c.d = d;
    c.docs = docs;
    c.ndocs = n;
    c.is_workspace = is_workspace;
    for (size_t i = 0; i < n; i++) {
        c.doc = docs[i];
        for (uint32_t j = 0; j < docs[i]->n; j++) {
            check_duplicate(&c, i, j);
            check_object(&c, docs[i]->objects[j]);
        }
    }
    xs_free(c.vars);
    return XS_OK;
}
