/*
 * call.c - what a builtin may ask of its call (builtin.h): raise an error,
 * evaluate a lazy argument or attribute, read the clock and $env, log.
 */
#include "base/clock.h"
#include "interp/interp_int.h"
#include "value/json.h"

flow xs_run_check_limits(xs_run *r, xs_pos pos);

void xs_call_setup(xs_call *c, xs_run *r, frame *f, xs_str name, xs_pos pos)
{
    c->r = r;
    c->f = f;
    c->pos = pos;
    c->filter = NULL;
    c->stmt = NULL;
    c->pending = FLOW_NORMAL;
    size_t n = name.len < sizeof c->namebuf - 1 ? name.len : sizeof c->namebuf - 1;
    memcpy(c->namebuf, name.ptr, n);
    c->namebuf[n] = '\0';
    c->name = c->namebuf;
}

xs_status xs_call_fail(xs_call *c, const char *code, const char *fmt, ...)
{
    xs_buf b;
    xs_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&b, fmt, ap);
    va_end(ap);
    xs_value msg = b.ptr ? xs_text_from_buf(&b) : xs_text_new("", 0);
    const char *cd = code && *code ? code : "ERROR_FATAL";
    xs_rt_raise(c->r, cd, msg, cd, c->pos);
    return XS_E_RUNTIME;
}

xs_status xs_call_eval_arg(xs_call *c, size_t i, const xs_lambda_env *env, xs_value *out)
{
    *out = xs_null();
    if (!c->filter || i >= c->filter->nargs)
        return xs_call_fail(c, "ERROR_FATAL", "filter '%s' has no argument %zu", c->name, i + 1);
    const xs_lambda_env *saved = c->f->lambda;
    c->f->lambda = env;
    flow fl = xs_eval(c->r, c->f, c->filter->args[i], out);
    c->f->lambda = saved;
    if (fl == FLOW_NORMAL)
        return XS_OK;
    *out = xs_null();
    return c->r->err_status ? c->r->err_status : XS_E_RUNTIME;
}

const xs_ast_expr *xs_call_attr_expr(xs_call *c, const char *name)
{
    for (uint32_t i = 0; c->stmt && i < c->stmt->nheader; i++)
        if (c->stmt->header[i].kind == XS_ITEM_ATTR &&
            xs_str_eq_cstr(c->stmt->header[i].name, name))
            return c->stmt->header[i].value;
    const xs_ast_block *b = c->stmt ? c->stmt->body : NULL;
    if (!b)
        return NULL;
    for (uint32_t i = 0; i < b->n; i++)
        if (b->items[i].kind == XS_ITEM_ATTR && xs_str_eq_cstr(b->items[i].name, name))
            return b->items[i].value;
    return NULL;
}

xs_status xs_call_eval_attr(xs_call *c, const char *name, xs_value *out)
{
    *out = xs_null();
    const xs_ast_expr *e = xs_call_attr_expr(c, name);
    if (!e)
        return XS_OK;
    flow fl = xs_eval(c->r, c->f, e, out);
    if (fl == FLOW_NORMAL)
        return XS_OK;
    *out = xs_null();
    return c->r->err_status ? c->r->err_status : XS_E_RUNTIME;
}

/* Evaluates item it when it is the attribute name, pushing its value. */
static flow push_attr(xs_call *c, const xs_ast_item *it, const char *name, xs_value *list)
{
    if (it->kind != XS_ITEM_ATTR || !it->value || !xs_str_eq_cstr(it->name, name))
        return FLOW_NORMAL;
    xs_value v;
    flow fl = xs_eval(c->r, c->f, it->value, &v);
    if (fl == FLOW_NORMAL)
        xs_array_push(list, v);
    return fl;
}

xs_status xs_call_eval_attr_all(xs_call *c, const char *name, xs_value *out)
{
    *out = xs_array_new(2);
    flow fl = FLOW_NORMAL;
    for (uint32_t i = 0; fl == FLOW_NORMAL && c->stmt && i < c->stmt->nheader; i++)
        fl = push_attr(c, &c->stmt->header[i], name, out);
    const xs_ast_block *b = c->stmt ? c->stmt->body : NULL;
    for (uint32_t i = 0; fl == FLOW_NORMAL && b && i < b->n; i++)
        fl = push_attr(c, &b->items[i], name, out);
    if (fl == FLOW_NORMAL)
        return XS_OK;
    xs_clear(out);
    return c->r->err_status ? c->r->err_status : XS_E_RUNTIME;
}

const xs_ast_expr *xs_call_cond_expr(xs_call *c)
{
    return c->stmt ? c->stmt->cond : NULL;
}

xs_status xs_call_eval_lambda(xs_call *c, const xs_ast_expr *e, const xs_lambda_env *env,
                              xs_value *out)
{
    *out = xs_null();
    if (!e)
        return XS_OK;
    const xs_lambda_env *saved = c->f->lambda;
    c->f->lambda = env;
    flow fl = xs_eval(c->r, c->f, e, out);
    c->f->lambda = saved;
    if (fl == FLOW_NORMAL)
        return XS_OK;
    *out = xs_null();
    return c->r->err_status ? c->r->err_status : XS_E_RUNTIME;
}

xs_status xs_call_eval_expr(xs_call *c, const xs_ast_expr *e, xs_value *out)
{
    return xs_call_eval_lambda(c, e, c->f->lambda, out);
}

void *xs_call_store(xs_call *c)
{
    if (c->r->hooks && c->r->hooks->store_use)
        c->r->hooks->store_use(c->r->hooks->ctx);
    return c->r->store;
}

const xs_ast_block *xs_call_block(xs_call *c, const char *name)
{
    const xs_ast_block *b = c->stmt ? c->stmt->body : NULL;
    if (!b)
        return NULL;
    for (uint32_t i = 0; i < b->n; i++)
        if (b->items[i].kind == XS_ITEM_BLOCK && xs_str_eq_cstr(b->items[i].name, name))
            return b->items[i].block;
    return NULL;
}

xs_status xs_call_run_block(xs_call *c, const xs_ast_block *b)
{
    flow fl = xs_exec_block(c->r, c->f, b);
    if (fl == FLOW_ERROR)
        return c->r->err_status ? c->r->err_status : XS_E_RUNTIME;
    /* return, break, continue: the statement finishes, then the
     * interpreter carries the flow on. */
    if (fl != FLOW_NORMAL && c->pending == FLOW_NORMAL)
        c->pending = fl;
    return XS_OK;
}

xs_status xs_call_eval_with_var(xs_call *c, const xs_ast_expr *e, const char *name, xs_value value,
                                xs_value *out)
{
    void *v;
    if (!xs_map_find(&c->f->fn->names, xs_str_of(name), &v))
        return xs_call_eval_expr(c, e, out); /* the function never reads it */
    size_t slot = (uintptr_t)v - 1;
    xs_value saved = c->f->slots[slot];
    uint8_t saved_def = c->f->defined[slot];
    c->f->slots[slot] = xs_retain(value);
    c->f->defined[slot] = 1;
    xs_status rc = xs_call_eval_expr(c, e, out);
    xs_release(c->f->slots[slot]);
    c->f->slots[slot] = saved;
    c->f->defined[slot] = saved_def;
    return rc;
}

xs_status xs_call_run_addon(xs_call *c, xs_str name, xs_value input, xs_value *out)
{
    *out = xs_null();
    const xs_ast_object *obj = c->r->in->ws ? xs_workspace_addon(c->r->in->ws, name) : NULL;
    if (!obj)
        return xs_call_fail(c, "ERROR_CODE_NOT_FOUND", "%s: addon '%.*s' not found", c->name,
                            (int)name.len, name.ptr);
    fn_info *fn = xs_interp_prepare(c->r->in, obj);
    flow fl = xs_call_function(c->r, fn, input, c->pos, out);
    if (fl == FLOW_NORMAL)
        return XS_OK;
    *out = xs_null();
    return c->r->err_status ? c->r->err_status : XS_E_RUNTIME;
}

const char *xs_call_storage_dir(xs_call *c)
{
    return c->r->in->ws ? c->r->in->ws->storage_dir : NULL;
}

xs_status xs_call_set_attr_var(xs_call *c, const char *name, xs_value v)
{
    const xs_ast_expr *e = xs_call_attr_expr(c, name);
    site *s = e && e->kind == XS_EXPR_VAR ? site_find(c->f->fn, e) : NULL;
    if (!s || s->kind != SITE_SLOT || e->u.var.n != s->skip || s->slot == SLOT_INPUT) {
        xs_release(v);
        return xs_call_fail(c, "ERROR_FATAL", "%s: %s must be a variable ($name) it can change",
                            c->name, name);
    }
    xs_value old = c->f->slots[s->slot];
    c->f->slots[s->slot] = v;
    c->f->defined[s->slot] = 1;
    xs_release(old);
    return XS_OK;
}

const char *xs_call_name(const xs_call *c)
{
    return c->name;
}

int64_t xs_call_now_ms(const xs_call *c)
{
    if (!c->r->now_ms)
        c->r->now_ms = xs_clock_now_ms();
    return c->r->now_ms;
}

const xs_value *xs_call_env(xs_call *c, xs_str name)
{
    xs_value env = xs_run_env(c->r);
    return xs_object_get(env, name);
}

const char *xs_call_redis_url(const xs_call *c, int *timeout_ms)
{
    const xs_workspace *ws = c->r->in->ws;
    *timeout_ms = ws ? ws->redis_timeout_ms : 0;
    return ws ? ws->redis_url : NULL;
}

void xs_call_log(xs_call *c, const char *level, xs_value v)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_addf(&b, "[%s] %s %s:%u: ", level, c->f->fn->name, c->f->fn->file, c->pos.line);
    if (v.type == XS_TEXT)
        xs_buf_add(&b, xs_text_ptr(v), xs_text_len(v));
    else
        xs_json_encode(v, XS_JSON_COMPACT, &b);
    xs_buf_addc(&b, '\n');
    fwrite(b.ptr, 1, b.len, c->r->in->log);
    fflush(c->r->in->log);
    xs_buf_release(&b);
}

bool xs_call_var(xs_call *c, xs_str name, xs_value *out)
{
    *out = xs_null();
    if (xs_str_eq_cstr(name, "env")) {
        *out = xs_run_env(c->r);
        return true;
    }
    if (xs_str_eq_cstr(name, "auth")) {
        *out = c->r->auth;
        return true;
    }
    void *v;
    if (!xs_map_find(&c->f->fn->names, name, &v))
        return false;
    size_t slot = (uintptr_t)v - 1;
    if (slot != SLOT_INPUT && !c->f->defined[slot])
        return false;
    *out = c->f->slots[slot];
    return true;
}

xs_status xs_call_tick(xs_call *c, uint64_t n)
{
    xs_run *r = c->r;
    r->nstmts += n;
    if (r->nstmts >= r->next_check) {
        flow fl = FLOW_NORMAL;
        if (r->limits.max_statements && r->nstmts > r->limits.max_statements)
            fl = xs_rt_limit(r, c->pos, "run exceeded the statement limit max_statements (%llu)",
                             (unsigned long long)r->limits.max_statements);
        else
            fl = xs_run_check_limits(r, c->pos);
        if (fl != FLOW_NORMAL)
            return r->err_status ? r->err_status : XS_E_LIMIT;
        if (r->limits.max_statements && r->next_check > r->limits.max_statements + 1)
            r->next_check = r->limits.max_statements + 1;
    }
    if (r->interrupt && *r->interrupt) {
        xs_rt_raise(r, "ERROR_INTERRUPTED", xs_text_cstr("the run was interrupted"),
                    "ERROR_INTERRUPTED", c->pos);
        r->err_fatal = true;
        return XS_E_RUNTIME;
    }
    return XS_OK;
}
