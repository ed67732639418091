/*
 * interp.c - the interpreter object: builtin indexes, per-function
 * preparation (variable slots and call sites), and the run entry points.
 */
#include "interp/interp.h"

#include "base/alloc.h"
#include "base/clock.h"
#include "interp/interp_int.h"

xs_limits xs_limits_default(void)
{
    xs_limits l;
    l.max_statements = 2000000000u;         /* two billion */
    l.max_wall_ms = 10 * 60 * 1000;         /* ten minutes */
    l.max_memory_bytes = (uint64_t)4 << 30; /* 4 GiB */
    l.max_call_depth = 200;
    return l;
}

/* ---- the interpreter ---- */

xs_interp *xs_interp_new(const xs_workspace *ws, const xs_builtins *b)
{
    xs_interp *in = xs_calloc(1, sizeof *in);
    in->ws = ws;
    in->b = b;
    in->log = stderr;
    xs_map_init(&in->filters);
    xs_map_init(&in->stmts);
    xs_map_init(&in->fns);
    for (size_t i = 0; b && i < b->nfamilies; i++) {
        const xs_builtin_family *fam = b->families[i];
        for (size_t j = 0; j < fam->nfilters; j++)
            xs_map_set(&in->filters, xs_str_of(fam->filters[j].name), (void *)&fam->filters[j],
                       NULL);
        for (size_t j = 0; j < fam->nstmts; j++)
            xs_map_set(&in->stmts, xs_str_of(fam->stmts[j].name), (void *)&fam->stmts[j], NULL);
    }
    return in;
}

static void fn_free(fn_info *f)
{
    for (size_t i = 0; i < f->sites_cap; i++)
        if (f->sites[i].key && f->sites[i].kind == SITE_CONST)
            xs_value_free_immortal(f->sites[i].k);
    xs_free(f->sites);
    xs_free(f->slot_names);
    xs_map_release(&f->names);
    xs_free(f->name);
    xs_free(f);
}

void xs_interp_free(xs_interp *in)
{
    if (!in)
        return;
    size_t it = 0;
    void *v;
    while (xs_map_next(&in->fns, &it, NULL, &v))
        fn_free(v);
    xs_map_release(&in->fns);
    xs_map_release(&in->filters);
    xs_map_release(&in->stmts);
    xs_free(in);
}

void xs_interp_set_store(xs_interp *in, void *store)
{
    in->store = store;
}

void xs_interp_set_log(xs_interp *in, FILE *log)
{
    in->log = log ? log : stderr;
}

/* ---- preparation ---- */

typedef struct prep {
    xs_interp *in;
    fn_info *f;
    site *list; /* sites gathered before the table is built */
    size_t n, cap;
} prep;

static int32_t slot_of(fn_info *f, xs_str name)
{
    void *v;
    if (xs_map_find(&f->names, name, &v))
        return (int32_t)((uintptr_t)v - 1);
    if (f->nslots == f->slots_cap) {
        f->slots_cap = f->slots_cap ? f->slots_cap * 2 : 16;
        f->slot_names = xs_realloc(f->slot_names, f->slots_cap * sizeof *f->slot_names);
    }
    uint32_t s = f->nslots++;
    f->slot_names[s] = name;
    xs_map_set(&f->names, name, (void *)(uintptr_t)(s + 1), NULL);
    return (int32_t)s;
}

static site *add_site(prep *p, const void *key, site_kind kind)
{
    if (p->n == p->cap) {
        p->cap = p->cap ? p->cap * 2 : 64;
        p->list = xs_realloc(p->list, p->cap * sizeof *p->list);
    }
    site *s = &p->list[p->n++];
    memset(s, 0, sizeof *s);
    s->key = key;
    s->kind = (uint8_t)kind;
    s->slot = -1;
    s->slot2 = -1;
    return s;
}

static void prep_var_site(prep *p, const xs_ast_expr *e)
{
    xs_str n = e->u.var.name;
    if (xs_str_eq_cstr(n, "var") && e->u.var.n > 0 && e->u.var.segs[0].kind == XS_SEG_NAME &&
        !xs_map_find(&p->f->names, n, NULL)) {
        /* $var.name is the variable $name. */
        site *s = add_site(p, e, SITE_SLOT);
        s->slot = slot_of(p->f, e->u.var.segs[0].name);
        s->skip = 1;
        return;
    }
    if (xs_str_eq_cstr(n, "$") || xs_str_eq_cstr(n, "this")) {
        add_site(p, e, SITE_LAMBDA);
    } else if (xs_str_eq_cstr(n, "index")) {
        add_site(p, e, SITE_INDEX)->slot = slot_of(p->f, n);
    } else if (xs_str_eq_cstr(n, "result")) {
        add_site(p, e, SITE_RESULT)->slot = slot_of(p->f, n);
    } else if (xs_str_eq_cstr(n, "env")) {
        add_site(p, e, SITE_ENV);
    } else if (xs_str_eq_cstr(n, "auth")) {
        add_site(p, e, SITE_AUTH);
    } else {
        add_site(p, e, SITE_SLOT)->slot = slot_of(p->f, n);
    }
}

static void prep_block(prep *p, const xs_ast_block *b);

static void prep_expr(prep *p, const xs_ast_expr *e)
{
    if (!e)
        return;
    switch ((xs_expr_kind)e->kind) {
    case XS_EXPR_STRING: {
        site *s = add_site(p, e, SITE_CONST);
        s->k = xs_value_make_immortal(xs_text_from_str(e->u.str.val));
        break;
    }
    case XS_EXPR_VAR:
        prep_var_site(p, e);
        for (uint32_t i = 0; i < e->u.var.n; i++)
            prep_expr(p, e->u.var.segs[i].index);
        break;
    case XS_EXPR_PATH:
        prep_expr(p, e->u.path.base);
        for (uint32_t i = 0; i < e->u.path.n; i++)
            prep_expr(p, e->u.path.segs[i].index);
        break;
    case XS_EXPR_ARRAY:
        for (uint32_t i = 0; i < e->u.arr.n; i++)
            prep_expr(p, e->u.arr.items[i]);
        break;
    case XS_EXPR_OBJECT:
        for (uint32_t i = 0; i < e->u.obj.n; i++) {
            const xs_ast_entry *en = &e->u.obj.items[i];
            site *s = add_site(p, en, SITE_CONST);
            s->k = xs_value_make_immortal(xs_text_from_str(en->key));
            prep_expr(p, en->value);
        }
        break;
    case XS_EXPR_UNARY:
        prep_expr(p, e->u.un.a);
        break;
    case XS_EXPR_BINARY:
        prep_expr(p, e->u.bin.a);
        prep_expr(p, e->u.bin.b);
        break;
    case XS_EXPR_TERNARY:
        prep_expr(p, e->u.tern.cond);
        prep_expr(p, e->u.tern.then);
        prep_expr(p, e->u.tern.els);
        break;
    case XS_EXPR_FILTER:
        prep_expr(p, e->u.filt.base);
        for (uint32_t i = 0; i < e->u.filt.n; i++) {
            const xs_ast_filter *fl = &e->u.filt.items[i];
            add_site(p, fl, SITE_FILTER)->def = xs_map_get(&p->in->filters, fl->name);
            for (uint32_t j = 0; j < fl->nargs; j++)
                prep_expr(p, fl->args[j]);
        }
        break;
    case XS_EXPR_BACKTICK:
        prep_expr(p, e->u.tick.inner);
        break;
    default:
        break;
    }
}

static const xs_ast_expr *block_attr(const xs_ast_block *b, const char *name)
{
    if (!b)
        return NULL;
    for (uint32_t i = 0; i < b->n; i++)
        if (b->items[i].kind == XS_ITEM_ATTR && xs_str_eq_cstr(b->items[i].name, name))
            return b->items[i].value;
    return NULL;
}

static void prep_field(prep *p, const xs_ast_field *fl)
{
    prep_expr(p, fl->def);
    for (uint32_t i = 0; i < fl->nfilters; i++) {
        const xs_ast_filter *f = &fl->filters[i];
        add_site(p, f, SITE_FILTER)->def = xs_map_get(&p->in->filters, f->name);
        for (uint32_t j = 0; j < f->nargs; j++)
            prep_expr(p, f->args[j]);
    }
    if (fl->body)
        prep_block(p, fl->body);
}

static void prep_stmt(prep *p, const xs_ast_stmt *s)
{
    site *st = add_site(p, s, SITE_STMT);
    st->value = block_attr(s->body, "value");
    if (s->as_var.len)
        st->slot2 = slot_of(p->f, s->as_var);
    switch ((xs_stmt_kind)s->kind) {
    case XS_STMT_VAR:
    case XS_STMT_VAR_UPDATE:
        if (s->arg && s->arg->kind == XS_EXPR_VAR)
            st->slot = slot_of(p->f, s->arg->u.var.name);
        break;
    case XS_STMT_FOREACH:
    case XS_STMT_FOR:
    case XS_STMT_WHILE:
        if (s->u.loop.item.len)
            st->slot2 = slot_of(p->f, s->u.loop.item);
        prep_expr(p, s->u.loop.subject != s->arg ? s->u.loop.subject : NULL);
        prep_block(p, s->u.loop.each);
        break;
    case XS_STMT_CONDITIONAL:
        for (uint32_t i = 0; i < s->u.cond.n; i++) {
            prep_expr(p, s->u.cond.items[i].cond);
            prep_block(p, s->u.cond.items[i].body);
        }
        break;
    case XS_STMT_SWITCH:
        prep_expr(p, s->u.sw.subject != s->arg ? s->u.sw.subject : NULL);
        for (uint32_t i = 0; i < s->u.sw.n; i++) {
            prep_expr(p, s->u.sw.items[i].value);
            prep_block(p, s->u.sw.items[i].body);
        }
        break;
    case XS_STMT_TRY_CATCH:
        prep_block(p, s->u.tc.try_body);
        prep_block(p, s->u.tc.catch_body);
        prep_block(p, s->u.tc.finally_body);
        break;
    case XS_STMT_GROUP:
        prep_block(p, s->u.group.stack);
        break;
    case XS_STMT_FUNCTION_RUN:
        st->kind = SITE_CALL;
        break;
    default:
        st->def = xs_map_get(&p->in->stmts, s->name);
        if (s->arg && s->arg->kind == XS_EXPR_VAR && s->arg->u.var.n == 0)
            st->slot = slot_of(p->f, s->arg->u.var.name);
        break;
    }
    prep_expr(p, s->arg);
    prep_expr(p, s->cond);
    for (uint32_t i = 0; i < s->nheader; i++)
        prep_expr(p, s->header[i].value);
    prep_block(p, s->body);
}

static void prep_block(prep *p, const xs_ast_block *b)
{
    if (!b)
        return;
    for (uint32_t i = 0; i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        switch ((xs_item_kind)it->kind) {
        case XS_ITEM_ATTR:
            prep_expr(p, it->value);
            break;
        case XS_ITEM_BLOCK:
            prep_expr(p, it->arg);
            prep_block(p, it->block);
            break;
        case XS_ITEM_STMT:
            prep_stmt(p, it->stmt);
            break;
        case XS_ITEM_FIELD:
            prep_field(p, it->field);
            break;
        default:
            break;
        }
    }
}

static const xs_ast_block *object_block(const xs_ast_object *o, const char *name)
{
    if (!o->body)
        return NULL;
    for (uint32_t i = 0; i < o->body->n; i++) {
        const xs_ast_item *it = &o->body->items[i];
        if (it->kind == XS_ITEM_BLOCK && xs_str_eq_cstr(it->name, name))
            return it->block;
    }
    return NULL;
}

static xs_str ptr_key(const void *const *p)
{
    return (xs_str){(const char *)p, sizeof *p};
}

fn_info *xs_interp_prepare(xs_interp *in, const xs_ast_object *obj)
{
    const void *key = obj;
    fn_info *f = xs_map_get(&in->fns, ptr_key(&key));
    if (f)
        return f;
    f = xs_calloc(1, sizeof *f);
    f->obj = obj;
    f->file = xs_workspace_file_of(in->ws, obj);
    f->name = xs_strndup(obj->name.ptr ? obj->name.ptr : "", obj->name.len);
    xs_map_init(&f->names);
    slot_of(f, XS_STR("input"));
    slot_of(f, XS_STR("error"));
    f->input = object_block(obj, "input");
    f->stack = object_block(obj, "stack");
    f->response = block_attr(obj->body, "response");
    f->addon = obj->kind == XS_OBJ_ADDON;

    prep p = {in, f, NULL, 0, 0};
    prep_block(&p, obj->body);

    size_t cap = 16;
    int bits = 4;
    while (cap < p.n * 2 + 1) {
        cap *= 2;
        bits++;
    }
    f->sites = xs_calloc(cap, sizeof *f->sites);
    f->sites_cap = cap;
    f->shift = 64 - bits;
    for (size_t i = 0; i < p.n; i++) {
        uint64_t h = ((uint64_t)(uintptr_t)p.list[i].key * 0x9E3779B97F4A7C15u) >> f->shift;
        size_t j = (size_t)h & (cap - 1);
        while (f->sites[j].key && f->sites[j].key != p.list[i].key)
            j = (j + 1) & (cap - 1);
        if (f->sites[j].key) {
            /* The same node reached twice (a shared subject): keep the first. */
            if (p.list[i].kind == SITE_CONST)
                xs_value_free_immortal(p.list[i].k);
            continue;
        }
        f->sites[j] = p.list[i];
        f->nsites++;
    }
    xs_free(p.list);
    xs_map_set(&in->fns, ptr_key(&key), f, NULL);
    return f;
}

xs_value xs_interp_block_vars(xs_interp *in, const xs_ast_block *b, bool *auth)
{
    /* a scratch preparation of b alone: its slots are the names it uses */
    fn_info tmp;
    memset(&tmp, 0, sizeof tmp);
    xs_map_init(&tmp.names);
    prep p = {in, &tmp, NULL, 0, 0};
    prep_block(&p, b);
    *auth = false;
    for (size_t i = 0; i < p.n; i++) {
        if (p.list[i].kind == SITE_AUTH)
            *auth = true;
        if (p.list[i].kind == SITE_CONST)
            xs_value_free_immortal(p.list[i].k);
    }
    xs_value names = xs_array_new(tmp.nslots);
    for (uint32_t i = 0; i < tmp.nslots; i++)
        xs_array_push(&names, xs_text_from_str(tmp.slot_names[i]));
    xs_free(p.list);
    xs_free(tmp.slot_names);
    xs_map_release(&tmp.names);
    return names;
}

void xs_interp_set_post_process(xs_interp *in, xs_post_process_fn fn, void *arg)
{
    in->pp_fn = fn;
    in->pp_arg = arg;
}

void xs_interp_set_task_call(xs_interp *in, xs_task_call_fn fn, void *arg)
{
    in->tc_fn = fn;
    in->tc_arg = arg;
}

/* ---- runs ---- */

static void run_init(xs_run *r, xs_interp *in, const xs_run_opts *opts)
{
    memset(r, 0, sizeof *r);
    r->in = in;
    r->limits = opts && opts->limits ? *opts->limits : xs_workspace_limits(in->ws);
    r->auth = opts ? xs_retain(opts->auth) : xs_null();
    r->store = opts && opts->store ? opts->store : in->store;
    r->hooks = opts && opts->hooks && opts->hooks->before ? opts->hooks : NULL;
    r->interrupt = opts ? opts->interrupt : NULL;
    r->yield_point = opts ? opts->yield_point : NULL;
    r->yield_ctx = opts ? opts->yield_ctx : NULL;
    r->mocks = opts && opts->mocks && opts->mocks->lookup ? opts->mocks : NULL;
    r->next_check = 4096;
    if (r->limits.max_statements && r->limits.max_statements < 4096)
        r->next_check = r->limits.max_statements + 1;
    r->deadline_mono = r->limits.max_wall_ms ? xs_clock_mono_ms() + r->limits.max_wall_ms : 0;
    /* the heap as it was about when the run started (runs start by the
     * thousand a second in the engine; the limit is gigabytes) */
    r->mem_base = r->limits.max_memory_bytes ? xs_heap_in_use_recent(10) : 0;
}

void xs_run_init(xs_run *r, xs_interp *in, const xs_run_opts *opts)
{
    run_init(r, in, opts);
}

/* Called every few thousand statements: wall time and memory. */
flow xs_run_check_limits(xs_run *r, xs_pos pos);
flow xs_run_check_limits(xs_run *r, xs_pos pos)
{
    r->next_check = r->nstmts + 4096;
    if (r->deadline_mono && xs_clock_mono_ms() > r->deadline_mono)
        return xs_rt_limit(r, pos, "run exceeded the wall time limit max_wall_ms (%lld ms)",
                           (long long)r->limits.max_wall_ms);
    if (r->limits.max_memory_bytes) {
        size_t used = xs_heap_in_use();
        if (used > r->mem_base && used - r->mem_base > r->limits.max_memory_bytes)
            return xs_rt_limit(r, pos,
                               "run exceeded the memory limit max_memory_bytes (%llu bytes)",
                               (unsigned long long)r->limits.max_memory_bytes);
    }
    return FLOW_NORMAL;
}

/* Calls fn with input in a new run; with input_only, the call stops once
 * its input is bound and *response is that input. */
static xs_status run_call(xs_interp *in, const xs_ast_object *fn, xs_value input,
                          const xs_run_opts *opts, bool input_only, xs_value *response,
                          xs_value *error)
{
    xs_run r;
    run_init(&r, in, opts);
    r.input_only = input_only;
    fn_info *f = xs_interp_prepare(in, fn);
    xs_value resp = xs_null();
    flow fl = xs_call_function(&r, f, input, fn->pos, &resp);
    xs_status st = XS_OK;
    *response = xs_null();
    *error = xs_null();
    if (fl == FLOW_ERROR) {
        st = r.err_status ? r.err_status : XS_E_RUNTIME;
        *error = xs_take(&r.err);
    } else if (r.npp && (st = xs_pp_hand_over(&r, error)) != XS_OK) {
        xs_release(resp);
    } else {
        *response = resp;
    }
    xs_pp_release(&r);
    xs_release(r.err);
    xs_release(r.env);
    xs_release(r.auth);
    return st;
}

xs_status xs_interp_run(xs_interp *in, const xs_ast_object *fn, xs_value input,
                        const xs_run_opts *opts, xs_value *response, xs_value *error)
{
    return run_call(in, fn, input, opts, false, response, error);
}

xs_status xs_interp_check_input(xs_interp *in, const xs_ast_object *fn, xs_value input,
                                xs_value *coerced, xs_value *error)
{
    return run_call(in, fn, input, NULL, true, coerced, error);
}

xs_status xs_interp_run_name(xs_interp *in, xs_str name, xs_value input, const xs_run_opts *opts,
                             xs_value *response, xs_value *error, xs_diag *d)
{
    const xs_ast_object *fn = xs_workspace_function(in->ws, name);
    if (!fn) {
        *response = xs_null();
        *error = xs_null();
        return xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0, "no function named '%.*s'",
                             (int)name.len, name.ptr);
    }
    return xs_interp_run(in, fn, input, opts, response, error);
}
