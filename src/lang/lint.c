/*
 * lint.c - the orchestration design rules of lint.h. Each rule walks the
 * statements of one object; see docs/lint.md for what each rule means.
 */
#include "lang/lint.h"

#include <ctype.h>

static const xs_lint_rule rules[] = {
    {"XS001", "worker edits a job record",
     "let the orchestrator write job state; return a Result and let it record the step"},
    {"XS002", "function.run Result never checked",
     "name the Result with `as $x` and read $x.success or $x.error before going on"},
    {"XS003", "throw used for flow control",
     "return a Result with success=false and an error instead of throwing"},
    {"XS004", "orchestrator does not collect errors",
     "declare `var $errors { value = [] }` and push each failed step's error to it"},
    {"XS005", "db.query without limit or paging in a task or traverse",
     "page the query: return = {type: \"list\", paging: {page: .., per_page: ..}} or limit"},
    {"XS006", "worker sends a notification",
     "return the outcome in the Result and let the orchestrator notify"},
};

const xs_lint_rule *xs_lint_rules(size_t *n)
{
    *n = XS_COUNTOF(rules);
    return rules;
}

bool xs_lint_is_rule(const char *id)
{
    for (size_t i = 0; i < XS_COUNTOF(rules); i++)
        if (strcmp(rules[i].id, id) == 0)
            return true;
    return false;
}

static const char *hint_of(const char *id)
{
    for (size_t i = 0; i < XS_COUNTOF(rules); i++)
        if (strcmp(rules[i].id, id) == 0)
            return rules[i].hint;
    return "";
}

/* ---- state ---- */

typedef struct lint {
    const xs_ast_object *o;
    const char *path;
    const xs_lint_config *cfg;
    xs_lint_fn fn;
    void *ctx;
    char name[256];
    bool task;     /* kind task */
    bool orch;     /* orchestrator (lint.h) */
    bool worker;   /* worker (lint.h) */
    bool traverse; /* orchestrator with a function.run in a loop */
    int nruns;
    bool collects; /* declares a var named like error or fail */
    size_t found;
} lint;

/* Where a statement sits. */
typedef struct where {
    int loops;     /* enclosing foreach / for / while */
    int try_catch; /* enclosing try_catch, any part */
    int caught;    /* enclosing try blocks that have a catch */
} where;

typedef void (*visit_fn)(lint *L, const xs_ast_stmt *s, where w);

static bool strs_has(const xs_lint_strs *l, const char *s, size_t len)
{
    for (size_t i = 0; i < l->n; i++)
        if (strlen(l->items[i]) == len && memcmp(l->items[i], s, len) == 0)
            return true;
    return false;
}

static bool contains_ci(xs_str hay, const char *needle)
{
    size_t n = strlen(needle);
    for (size_t i = 0; n && i + n <= hay.len; i++) {
        size_t j = 0;
        while (j < n && tolower((unsigned char)hay.ptr[i + j]) == tolower((unsigned char)needle[j]))
            j++;
        if (j == n)
            return true;
    }
    return false;
}

static bool rule_on(const lint *L, const char *id)
{
    const xs_lint_config *c = L->cfg;
    if (!c)
        return true;
    if (strs_has(&c->disable, id, strlen(id)))
        return false;
    for (size_t i = 0; i < c->nobjects; i++)
        if (strcmp(c->objects[i].name, L->name) == 0 &&
            strs_has(&c->objects[i].disable, id, strlen(id)))
            return false;
    return true;
}

static void report(lint *L, const char *id, xs_pos pos, const char *fmt, ...) XS_PRINTF(4, 5);

static void report(lint *L, const char *id, xs_pos pos, const char *fmt, ...)
{
    if (!rule_on(L, id))
        return;
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    xs_lint_finding f = {id, L->path, pos, L->name, msg, hint_of(id)};
    L->fn(&f, L->ctx);
    L->found++;
}

/* The word or string after a statement's name (`db.edit job_table`,
 * `function.run "Workers/x"`); empty when it is anything else. */
static xs_str arg_text(const xs_ast_stmt *s)
{
    const xs_ast_expr *a = s->arg;
    if (a && a->kind == XS_EXPR_STRING)
        return a->u.str.val;
    if (a && a->kind == XS_EXPR_IDENT)
        return a->u.ident;
    return (xs_str){"", 0};
}

static bool name_is(const xs_ast_stmt *s, const char *n)
{
    return xs_str_eq_cstr(s->name, n);
}

static bool is_db_write(const xs_ast_stmt *s)
{
    return name_is(s, "db.edit") || name_is(s, "db.add") || name_is(s, "db.add_or_edit") ||
           name_is(s, "db.patch");
}

static bool in_dir(const char *path, const char *dir)
{
    size_t n = strlen(dir);
    for (const char *p = path; (p = strstr(p, dir)) != NULL; p++)
        if ((p == path || p[-1] == '/') && p[n] == '/')
            return true;
    return false;
}

/* ---- walking ---- */

static void walk_block(lint *L, const xs_ast_block *b, where w, visit_fn v);

static void walk_stmt(lint *L, const xs_ast_stmt *s, where w, visit_fn v)
{
    v(L, s, w);
    switch (s->kind) {
    case XS_STMT_CONDITIONAL:
        for (uint32_t i = 0; i < s->u.cond.n; i++)
            walk_block(L, s->u.cond.items[i].body, w, v);
        break;
    case XS_STMT_FOREACH:
    case XS_STMT_FOR:
    case XS_STMT_WHILE: {
        where in = w;
        in.loops++;
        walk_block(L, s->u.loop.each, in, v);
        break;
    }
    case XS_STMT_SWITCH:
        for (uint32_t i = 0; i < s->u.sw.n; i++)
            walk_block(L, s->u.sw.items[i].body, w, v);
        break;
    case XS_STMT_TRY_CATCH: {
        where in = w;
        in.try_catch++;
        where tried = in;
        if (s->u.tc.catch_body)
            tried.caught++;
        walk_block(L, s->u.tc.try_body, tried, v);
        walk_block(L, s->u.tc.catch_body, in, v);
        walk_block(L, s->u.tc.finally_body, in, v);
        break;
    }
    case XS_STMT_GROUP:
        walk_block(L, s->u.group.stack, w, v);
        break;
    default:
        break;
    }
    walk_block(L, s->body, w, v);
}

static void walk_block(lint *L, const xs_ast_block *b, where w, visit_fn v)
{
    if (!b)
        return;
    for (uint32_t i = 0; i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        if (it->kind == XS_ITEM_STMT && it->stmt)
            walk_stmt(L, it->stmt, w, v);
        else if (it->kind == XS_ITEM_BLOCK)
            walk_block(L, it->block, w, v);
    }
}

static void walk_object(lint *L, visit_fn v)
{
    where w = {0, 0, 0};
    walk_block(L, L->o->body, w, v);
}

/* ---- roles ---- */

static void count_runs(lint *L, const xs_ast_stmt *s, where w)
{
    if (s->kind == XS_STMT_FUNCTION_RUN) {
        L->nruns++;
        if (w.loops)
            L->traverse = true;
    }
}

/* ---- XS001 worker edits a job record, XS006 worker notifies ---- */

static bool is_job_table(const lint *L, xs_str t)
{
    if (L->cfg && L->cfg->job_tables.n)
        return strs_has(&L->cfg->job_tables, t.ptr, t.len);
    return contains_ci(t, "job");
}

static bool is_notify_table(const lint *L, xs_str t)
{
    if (L->cfg && L->cfg->notify_tables.n)
        return strs_has(&L->cfg->notify_tables, t.ptr, t.len);
    return xs_str_eq_cstr(t, "notification_items");
}

static bool is_notify_call(const lint *L, xs_str fn)
{
    if (L->cfg && L->cfg->notify_calls.n) {
        for (size_t i = 0; i < L->cfg->notify_calls.n; i++)
            if (contains_ci(fn, L->cfg->notify_calls.items[i]))
                return true;
        return false;
    }
    return contains_ci(fn, "slack") || contains_ci(fn, "notif");
}

static void worker_rules(lint *L, const xs_ast_stmt *s, where w)
{
    (void)w;
    xs_str arg = arg_text(s);
    if (is_db_write(s) && is_job_table(L, arg))
        report(L, "XS001", s->pos, "worker '%s' writes the job record table '%.*s' with %.*s",
               L->name, (int)arg.len, arg.ptr, (int)s->name.len, s->name.ptr);
    if (is_db_write(s) && is_notify_table(L, arg))
        report(L, "XS006", s->pos, "worker '%s' sends a notification: %.*s %.*s", L->name,
               (int)s->name.len, s->name.ptr, (int)arg.len, arg.ptr);
    if (s->kind == XS_STMT_FUNCTION_RUN && is_notify_call(L, arg))
        report(L, "XS006", s->pos, "worker '%s' sends a notification: function.run '%.*s'", L->name,
               (int)arg.len, arg.ptr);
}

/* ---- XS002 unchecked Result ---- */

typedef struct use {
    xs_str var;
    bool pass; /* scanning a response or return value: handing $x up whole is a check */
    bool checked;
} use;

static bool result_key(xs_str k)
{
    return xs_str_eq_cstr(k, "success") || xs_str_eq_cstr(k, "error") ||
           xs_str_eq_cstr(k, "errors");
}

static void scan_expr(const xs_ast_expr *e, bool cond, use *u);

static void scan_segs(const xs_ast_seg *segs, uint32_t n, use *u)
{
    for (uint32_t i = 0; i < n; i++)
        if (segs[i].kind == XS_SEG_INDEX)
            scan_expr(segs[i].index, false, u);
}

static void scan_expr(const xs_ast_expr *e, bool cond, use *u)
{
    if (!e || u->checked)
        return;
    switch (e->kind) {
    case XS_EXPR_VAR:
        if (xs_str_eq(e->u.var.name, u->var)) {
            if (cond || (u->pass && e->u.var.n == 0))
                u->checked = true;
            else if (e->u.var.n > 0 && e->u.var.segs[0].kind == XS_SEG_NAME &&
                     result_key(e->u.var.segs[0].name))
                u->checked = true;
            else if (e->u.var.n > 0 && e->u.var.segs[0].kind == XS_SEG_INDEX &&
                     e->u.var.segs[0].index && e->u.var.segs[0].index->kind == XS_EXPR_STRING &&
                     result_key(e->u.var.segs[0].index->u.str.val))
                u->checked = true;
        }
        scan_segs(e->u.var.segs, e->u.var.n, u);
        break;
    case XS_EXPR_PATH:
        scan_expr(e->u.path.base, cond, u);
        scan_segs(e->u.path.segs, e->u.path.n, u);
        break;
    case XS_EXPR_ARRAY:
        for (uint32_t i = 0; i < e->u.arr.n; i++)
            scan_expr(e->u.arr.items[i], cond, u);
        break;
    case XS_EXPR_OBJECT:
        for (uint32_t i = 0; i < e->u.obj.n; i++)
            scan_expr(e->u.obj.items[i].value, false, u);
        break;
    case XS_EXPR_UNARY:
        scan_expr(e->u.un.a, cond, u);
        break;
    case XS_EXPR_BINARY:
        scan_expr(e->u.bin.a, cond, u);
        scan_expr(e->u.bin.b, cond, u);
        break;
    case XS_EXPR_TERNARY:
        scan_expr(e->u.tern.cond, true, u);
        scan_expr(e->u.tern.then, false, u);
        scan_expr(e->u.tern.els, false, u);
        break;
    case XS_EXPR_FILTER: {
        const xs_ast_expr *b = e->u.filt.base;
        /* $x|get:"success" reads the Result too */
        if (b && b->kind == XS_EXPR_VAR && xs_str_eq(b->u.var.name, u->var) && b->u.var.n == 0 &&
            e->u.filt.n > 0 && e->u.filt.items[0].nargs > 0) {
            const xs_ast_expr *a = e->u.filt.items[0].args[0];
            if (a->kind == XS_EXPR_STRING && result_key(a->u.str.val))
                u->checked = true;
        }
        scan_expr(b, cond, u);
        for (uint32_t i = 0; i < e->u.filt.n; i++)
            for (uint32_t j = 0; j < e->u.filt.items[i].nargs; j++)
                scan_expr(e->u.filt.items[i].args[j], false, u);
        break;
    }
    case XS_EXPR_BACKTICK:
        scan_expr(e->u.tick.inner, cond, u);
        break;
    case XS_EXPR_CAST:
        scan_expr(e->u.cast.value, cond, u);
        break;
    default:
        break;
    }
}

static void scan_block(const xs_ast_block *b, bool ret, use *u);

static void scan_stmt(const xs_ast_stmt *s, use *u)
{
    bool cond_arg =
        s->kind == XS_STMT_PRECONDITION || s->kind == XS_STMT_WHILE || s->kind == XS_STMT_SWITCH;
    scan_expr(s->arg, cond_arg, u);
    scan_expr(s->cond, true, u);
    for (uint32_t i = 0; i < s->nheader; i++)
        scan_expr(s->header[i].value, false, u);
    switch (s->kind) {
    case XS_STMT_CONDITIONAL:
        for (uint32_t i = 0; i < s->u.cond.n; i++) {
            scan_expr(s->u.cond.items[i].cond, true, u);
            scan_block(s->u.cond.items[i].body, false, u);
        }
        break;
    case XS_STMT_FOREACH:
    case XS_STMT_FOR:
    case XS_STMT_WHILE:
        scan_expr(s->u.loop.subject, s->kind == XS_STMT_WHILE, u);
        scan_block(s->u.loop.each, false, u);
        break;
    case XS_STMT_SWITCH:
        scan_expr(s->u.sw.subject, true, u);
        for (uint32_t i = 0; i < s->u.sw.n; i++) {
            scan_expr(s->u.sw.items[i].value, true, u);
            scan_block(s->u.sw.items[i].body, false, u);
        }
        break;
    case XS_STMT_TRY_CATCH:
        scan_block(s->u.tc.try_body, false, u);
        scan_block(s->u.tc.catch_body, false, u);
        scan_block(s->u.tc.finally_body, false, u);
        break;
    case XS_STMT_GROUP:
        scan_block(s->u.group.stack, false, u);
        break;
    default:
        break;
    }
    scan_block(s->body, s->kind == XS_STMT_RETURN, u);
}

/* ret: b is the body of a return statement, or the object's body (where
 * `response = ...` sits): a value handed up there passes the Result on. */
static void scan_block(const xs_ast_block *b, bool ret, use *u)
{
    if (!b)
        return;
    for (uint32_t i = 0; i < b->n && !u->checked; i++) {
        const xs_ast_item *it = &b->items[i];
        if (it->kind == XS_ITEM_ATTR) {
            u->pass =
                ret && (xs_str_eq_cstr(it->name, "value") || xs_str_eq_cstr(it->name, "response"));
            scan_expr(it->value, false, u);
            u->pass = false;
        } else if (it->kind == XS_ITEM_BLOCK)
            scan_block(it->block, false, u);
        else if (it->kind == XS_ITEM_STMT && it->stmt)
            scan_stmt(it->stmt, u);
    }
}

static void result_rules(lint *L, const xs_ast_stmt *s, where w)
{
    (void)w;
    if (s->kind != XS_STMT_FUNCTION_RUN)
        return;
    xs_str fn = arg_text(s);
    if (s->as_var.len == 0) {
        /* a best-effort notification (the seed's Slack call in a catch) may
         * drop its Result */
        if (L->orch && !is_notify_call(L, fn))
            report(L, "XS002", s->pos,
                   "orchestrator '%s' runs '%.*s' without `as $var`: its Result is lost", L->name,
                   (int)fn.len, fn.ptr);
        return;
    }
    use u = {s->as_var, false};
    for (uint32_t i = 0; i < L->o->nheader; i++)
        scan_expr(L->o->header[i].value, false, &u);
    scan_block(L->o->body, true, &u);
    if (!u.checked)
        report(L, "XS002", s->pos,
               "the Result $%.*s of '%.*s' is never checked (no $%.*s.success or $%.*s.error read)",
               (int)s->as_var.len, s->as_var.ptr, (int)fn.len, fn.ptr, (int)s->as_var.len,
               s->as_var.ptr, (int)s->as_var.len, s->as_var.ptr);
}

/* ---- XS003 throw for flow control ---- */

static void throw_rules(lint *L, const xs_ast_stmt *s, where w)
{
    if (s->kind != XS_STMT_THROW)
        return;
    if (w.caught)
        report(L, "XS003", s->pos,
               "throw caught by a try_catch of the same %s: flow control by exception",
               xs_ast_obj_kind_name(L->o->kind));
    else if (L->worker && !w.try_catch)
        report(L, "XS003", s->pos, "worker '%s' throws instead of returning a failed Result",
               L->name);
}

/* ---- XS004 error collection ---- */

static void find_collector(lint *L, const xs_ast_stmt *s, where w)
{
    (void)w;
    if ((s->kind == XS_STMT_VAR || s->kind == XS_STMT_VAR_UPDATE) && s->arg &&
        s->arg->kind == XS_EXPR_VAR &&
        (contains_ci(s->arg->u.var.name, "error") || contains_ci(s->arg->u.var.name, "fail")))
        L->collects = true;
}

/* ---- XS005 unbounded db.query ---- */

static bool query_bounded(const xs_ast_stmt *s)
{
    if (xs_ast_stmt_attr(s, "limit") || xs_ast_stmt_attr(s, "paging"))
        return true;
    const xs_ast_expr *r = xs_ast_stmt_attr(s, "return");
    if (!r || r->kind != XS_EXPR_OBJECT)
        return false;
    for (uint32_t i = 0; i < r->u.obj.n; i++) {
        const xs_ast_entry *e = &r->u.obj.items[i];
        if (xs_str_eq_cstr(e->key, "paging") || xs_str_eq_cstr(e->key, "limit"))
            return true;
        if (xs_str_eq_cstr(e->key, "type") && e->value && e->value->kind == XS_EXPR_STRING &&
            !xs_str_eq_cstr(e->value->u.str.val, "list") &&
            !xs_str_eq_cstr(e->value->u.str.val, "stream"))
            return true;
    }
    return false;
}

static void query_rules(lint *L, const xs_ast_stmt *s, where w)
{
    (void)w;
    if (!name_is(s, "db.query") || query_bounded(s))
        return;
    xs_str t = arg_text(s);
    report(L, "XS005", s->pos, "db.query %.*s in %s '%s' reads every row: no limit or paging",
           (int)t.len, t.ptr, L->task ? "task" : "traverse orchestrator", L->name);
}

/* ---- driver ---- */

size_t xs_lint_doc(const xs_ast_doc *doc, const char *path, const xs_lint_config *cfg,
                   xs_lint_fn fn, void *ctx)
{
    size_t found = 0;
    const char *p = path ? path : (doc->file ? doc->file : "");
    for (uint32_t i = 0; i < doc->n; i++) {
        lint L;
        memset(&L, 0, sizeof L);
        L.o = doc->objects[i];
        L.path = p;
        L.cfg = cfg;
        L.fn = fn;
        L.ctx = ctx;
        snprintf(L.name, sizeof L.name, "%.*s", (int)L.o->name.len, L.o->name.ptr);
        walk_object(&L, count_runs);
        L.task = L.o->kind == XS_OBJ_TASK;
        L.orch = L.task || in_dir(p, "Tasks") || L.nruns >= 2;
        L.traverse = L.orch && L.traverse;
        L.worker = !L.orch && L.o->kind == XS_OBJ_FUNCTION && in_dir(p, "Workers");

        if (L.worker)
            walk_object(&L, worker_rules);
        walk_object(&L, result_rules);
        walk_object(&L, throw_rules);
        if (L.orch && (L.nruns >= 2 || L.traverse)) {
            walk_object(&L, find_collector);
            if (!L.collects)
                report(&L, "XS004", L.o->pos,
                       "orchestrator '%s' calls workers %s but keeps no error list", L.name,
                       L.traverse ? "in a loop" : "several times");
        }
        if (L.task || L.traverse)
            walk_object(&L, query_rules);
        found += L.found;
    }
    return found;
}
