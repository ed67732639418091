/*
 * exec.c - statements: variables, control flow, errors, function.run, the
 * statements the interpreter owns (debug.log, util.*) and the generic ones
 * it hands to the builtins table.
 *
 * Scope is the function: a variable declared in a branch, a loop or a
 * catch is a slot of the function and stays visible after it.
 */
#include <errno.h>
#include <time.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "base/fiber.h"
#include "interp/interp_int.h"
#include "value/json.h"

flow xs_run_check_limits(xs_run *r, xs_pos pos);

static flow exec_stmt(xs_run *r, frame *f, const xs_ast_stmt *s);

flow xs_exec_block(xs_run *r, frame *f, const xs_ast_block *b)
{
    if (!b)
        return FLOW_NORMAL;
    for (uint32_t i = 0; i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        if (it->kind != XS_ITEM_STMT || it->stmt->disabled)
            continue;
        flow fl = exec_stmt(r, f, it->stmt);
        if (fl != FLOW_NORMAL)
            return fl;
    }
    return FLOW_NORMAL;
}

static const xs_ast_expr *attr(const xs_ast_stmt *s, const char *name)
{
    const xs_ast_block *b = s->body;
    if (!b)
        return NULL;
    for (uint32_t i = 0; i < b->n; i++)
        if (b->items[i].kind == XS_ITEM_ATTR && xs_str_eq_cstr(b->items[i].name, name))
            return b->items[i].value;
    return NULL;
}

/* Evaluates attribute name of s; null when absent. */
static flow eval_attr(xs_run *r, frame *f, const xs_ast_stmt *s, const char *name, xs_value *out)
{
    const xs_ast_expr *e = attr(s, name);
    if (!e) {
        *out = xs_null();
        return FLOW_NORMAL;
    }
    return xs_eval(r, f, e, out);
}

static void set_slot(frame *f, int32_t slot, xs_value v)
{
    xs_value old = f->slots[slot];
    f->slots[slot] = v;
    f->defined[slot] = 1;
    xs_release(old);
}

/* True when e is `$name|filter...` on the variable in slot. */
static bool filters_own_var(frame *f, const xs_ast_expr *e, int32_t slot)
{
    if (!e || e->kind != XS_EXPR_FILTER || e->u.filt.n == 0)
        return false;
    const xs_ast_expr *b = e->u.filt.base;
    if (b->kind != XS_EXPR_VAR || b->u.var.n != 0)
        return false;
    site *s = site_find(f->fn, b);
    return s && s->kind == SITE_SLOT && s->slot == slot;
}

/* Computes the new value of the variable in slot from e, moving the
 * variable's value into the filter chain when the chain starts from it
 * (value.h, "Linear accumulation"). */
static flow assign_from(xs_run *r, frame *f, const xs_ast_expr *e, int32_t slot)
{
    xs_value v;
    flow fl;
    if (!e) {
        v = xs_null();
        fl = FLOW_NORMAL;
    } else if (filters_own_var(f, e, slot)) {
        fl = xs_eval_moving(r, f, e, &f->slots[slot], &v);
    } else {
        fl = xs_eval(r, f, e, &v);
    }
    if (fl != FLOW_NORMAL)
        return fl;
    set_slot(f, slot, v);
    return FLOW_NORMAL;
}

/* ---- var.update on a path: $x.a.b = v ---- */

static flow assign_path(xs_run *r, frame *f, xs_value *root, const xs_ast_seg *segs, uint32_t n,
                        xs_value v)
{
    xs_value *cur = root;
    for (uint32_t i = 0; i < n; i++) {
        const xs_ast_seg *sg = &segs[i];
        xs_value key;
        if (sg->kind == XS_SEG_NAME) {
            key = xs_text_from_str(sg->name);
        } else {
            flow fl = xs_eval(r, f, sg->index, &key);
            if (fl != FLOW_NORMAL) {
                xs_release(v);
                return fl;
            }
        }
        bool last = i + 1 == n;
        if (cur->type == XS_NULL)
            *cur = key.type == XS_INT ? xs_array_new(0) : xs_object_new(0);
        xs_value *next = NULL;
        if (cur->type == XS_ARRAY && (key.type == XS_INT || key.type == XS_TEXT)) {
            int64_t ix = -1;
            if (key.type == XS_INT) {
                ix = key.u.i;
            } else {
                xs_value num;
                if (xs_text_to_number(xs_text_str(key), &num) && num.type == XS_INT)
                    ix = num.u.i;
            }
            size_t len = xs_array_len(*cur);
            if (ix < 0 || (uint64_t)ix > len) {
                xs_release(key);
                xs_release(v);
                return xs_rt_fail(r, "ERROR_FATAL", sg->pos, "index %lld is out of range",
                                  (long long)ix);
            }
            if ((size_t)ix == len)
                xs_array_push(cur, xs_null());
            next = xs_array_at_mut(cur, (size_t)ix);
        } else if (cur->type == XS_OBJECT) {
            xs_value k = key;
            if (k.type != XS_TEXT) {
                xs_buf t;
                xs_buf_init(&t);
                xs_concat_text(k, &t);
                k = t.ptr ? xs_text_from_buf(&t) : xs_text_new("", 0);
            } else {
                k = xs_retain(k);
            }
            next = xs_object_get_mut(cur, xs_text_str(k));
            if (!next) {
                xs_object_set_text(cur, k, xs_null());
                next = xs_object_get_mut(cur, xs_text_str(key.type == XS_TEXT ? key : k));
            } else {
                xs_release(k);
            }
        } else {
            xs_release(key);
            xs_release(v);
            return xs_rt_fail(r, "ERROR_FATAL", sg->pos, "cannot set a member of %s",
                              xs_value_type_name(*cur));
        }
        xs_release(key);
        if (!next) {
            xs_release(v);
            return xs_rt_fail(r, "ERROR_FATAL", sg->pos, "cannot set this member");
        }
        if (last) {
            xs_value old = *next;
            *next = v;
            xs_release(old);
            return FLOW_NORMAL;
        }
        cur = next;
    }
    xs_release(v);
    return FLOW_NORMAL;
}

/* ---- loops ---- */

typedef struct loop_ctx {
    bool remove; /* foreach.remove was run for the current item */
} loop_ctx;

/* Removes element i of the list variable named by the foreach subject. */
static void remove_from_subject(frame *f, const xs_ast_expr *subj, size_t i)
{
    if (!subj || subj->kind != XS_EXPR_VAR || subj->u.var.n != 0)
        return;
    site *s = site_find(f->fn, subj);
    if (!s || s->kind != SITE_SLOT)
        return;
    xs_value *v = &f->slots[s->slot];
    if (v->type == XS_ARRAY && i < xs_array_len(*v))
        xs_release(xs_array_remove(v, i));
}

/* Each pass of a loop counts as a statement, so that a loop whose body is
 * empty still meets the limits and the interrupt flag. */
static flow loop_tick(xs_run *r, const xs_ast_stmt *s)
{
    if (++r->nstmts >= r->next_check) {
        if (r->limits.max_statements && r->nstmts > r->limits.max_statements)
            return xs_rt_limit(r, s->pos, "run exceeded the statement limit max_statements (%llu)",
                               (unsigned long long)r->limits.max_statements);
        flow fl = xs_run_check_limits(r, s->pos);
        if (fl != FLOW_NORMAL)
            return fl;
        if (r->limits.max_statements && r->next_check > r->limits.max_statements + 1)
            r->next_check = r->limits.max_statements + 1;
        if (r->yield_point)
            r->yield_point(r->yield_ctx);
    }
    if (r->interrupt && *r->interrupt) {
        xs_rt_raise(r, "ERROR_INTERRUPTED", xs_text_cstr("the run was interrupted"),
                    "ERROR_INTERRUPTED", s->pos);
        r->err_fatal = true;
        return FLOW_ERROR;
    }
    return FLOW_NORMAL;
}

static flow exec_foreach(xs_run *r, frame *f, const xs_ast_stmt *s, site *st)
{
    xs_value list;
    flow fl = xs_eval(r, f, s->u.loop.subject, &list);
    if (fl != FLOW_NORMAL)
        return fl;
    if (list.type == XS_NULL)
        return FLOW_NORMAL;
    if (list.type != XS_ARRAY && list.type != XS_OBJECT) {
        fl = xs_rt_fail(r, "ERROR_FATAL", s->pos, "foreach expects a list, got %s",
                        xs_value_type_name(list));
        xs_release(list);
        return fl;
    }
    bool obj = list.type == XS_OBJECT;
    size_t n = obj ? xs_object_len(list) : xs_array_len(list), removed = 0;
    loop_ctx lc = {false}, *saved = r->loop;
    r->loop = &lc;
    fl = FLOW_NORMAL;
    for (size_t i = 0; i < n; i++) {
        if ((fl = loop_tick(r, s)) != FLOW_NORMAL)
            break;
        xs_value item = obj ? xs_object_val_at(list, i) : xs_array_at(list, i);
        if (st->slot2 >= 0)
            set_slot(f, st->slot2, xs_retain(item));
        lc.remove = false;
        fl = xs_exec_block(r, f, s->u.loop.each);
        if (lc.remove) {
            remove_from_subject(f, s->u.loop.subject, i - removed);
            removed++;
        }
        if (fl == FLOW_CONTINUE)
            fl = FLOW_NORMAL;
        if (fl != FLOW_NORMAL)
            break;
    }
    r->loop = saved;
    xs_release(list);
    return fl == FLOW_BREAK ? FLOW_NORMAL : fl;
}

static flow exec_for(xs_run *r, frame *f, const xs_ast_stmt *s, site *st)
{
    xs_value cnt;
    flow fl = xs_eval(r, f, s->u.loop.subject, &cnt);
    if (fl != FLOW_NORMAL)
        return fl;
    int64_t n;
    if (cnt.type == XS_INT) {
        n = cnt.u.i;
    } else if (cnt.type == XS_DEC) {
        n = (int64_t)cnt.u.d;
    } else if (cnt.type == XS_TEXT) {
        xs_value num;
        if (!xs_text_to_number(xs_text_str(cnt), &num)) {
            fl = xs_rt_fail(r, "ERROR_FATAL", s->pos,
                            "for expects a number of iterations, got '%s'", xs_text_ptr(cnt));
            xs_release(cnt);
            return fl;
        }
        n = num.type == XS_INT ? num.u.i : (int64_t)num.u.d;
    } else if (cnt.type == XS_NULL) {
        n = 0;
    } else {
        fl = xs_rt_fail(r, "ERROR_FATAL", s->pos, "for expects a number of iterations, got %s",
                        xs_value_type_name(cnt));
        xs_release(cnt);
        return fl;
    }
    xs_release(cnt);
    fl = FLOW_NORMAL;
    for (int64_t i = 0; i < n; i++) {
        if ((fl = loop_tick(r, s)) != FLOW_NORMAL)
            break;
        if (st->slot2 >= 0)
            set_slot(f, st->slot2, xs_int(i));
        fl = xs_exec_block(r, f, s->u.loop.each);
        if (fl == FLOW_CONTINUE)
            fl = FLOW_NORMAL;
        if (fl != FLOW_NORMAL)
            break;
    }
    return fl == FLOW_BREAK ? FLOW_NORMAL : fl;
}

static flow exec_while(xs_run *r, frame *f, const xs_ast_stmt *s)
{
    flow fl = FLOW_NORMAL;
    for (;;) {
        xs_value c;
        fl = xs_eval(r, f, s->u.loop.subject, &c);
        if (fl != FLOW_NORMAL)
            break;
        bool t = xs_value_truthy(c);
        xs_release(c);
        if (!t)
            break;
        if ((fl = loop_tick(r, s)) != FLOW_NORMAL)
            break;
        fl = xs_exec_block(r, f, s->u.loop.each);
        if (fl == FLOW_CONTINUE)
            fl = FLOW_NORMAL;
        if (fl != FLOW_NORMAL)
            break;
    }
    return fl == FLOW_BREAK ? FLOW_NORMAL : fl;
}

/* switch: the first case equal (==) to the subject, else default; a case
 * without `break` falls through to the next one. */
static flow exec_switch(xs_run *r, frame *f, const xs_ast_stmt *s)
{
    xs_value subj;
    flow fl = xs_eval(r, f, s->u.sw.subject, &subj);
    if (fl != FLOW_NORMAL)
        return fl;
    int64_t start = -1, def = -1;
    for (uint32_t i = 0; i < s->u.sw.n && start < 0; i++) {
        const xs_ast_case *c = &s->u.sw.items[i];
        if (!c->value) {
            if (def < 0)
                def = i;
            continue;
        }
        xs_value v;
        fl = xs_eval(r, f, c->value, &v);
        if (fl != FLOW_NORMAL) {
            xs_release(subj);
            return fl;
        }
        if (xs_value_loose_equals(subj, v))
            start = i;
        xs_release(v);
    }
    xs_release(subj);
    if (start < 0)
        start = def;
    if (start < 0)
        return FLOW_NORMAL;
    for (uint32_t i = (uint32_t)start; i < s->u.sw.n; i++) {
        const xs_ast_case *c = &s->u.sw.items[i];
        fl = xs_exec_block(r, f, c->body);
        if (fl == FLOW_BREAK)
            return FLOW_NORMAL;
        if (fl != FLOW_NORMAL || c->has_break)
            return fl;
    }
    return FLOW_NORMAL;
}

/* ---- errors ---- */

static flow exec_try(xs_run *r, frame *f, const xs_ast_stmt *s)
{
    flow fl = xs_exec_block(r, f, s->u.tc.try_body);
    if (fl == FLOW_ERROR && !r->err_fatal && s->u.tc.catch_body) {
        set_slot(f, SLOT_ERROR, xs_take(&r->err));
        xs_rt_clear(r);
        fl = xs_exec_block(r, f, s->u.tc.catch_body);
    }
    if (!s->u.tc.finally_body || (fl == FLOW_ERROR && r->err_fatal))
        return fl;
    /* finally runs whatever happened; an error or a return it raises wins,
     * else what was pending goes on. */
    xs_value pend_err = xs_take(&r->err);
    xs_status pend_st = r->err_status;
    xs_value pend_ret = xs_take(&f->ret);
    xs_rt_clear(r);
    flow ff = xs_exec_block(r, f, s->u.tc.finally_body);
    if (ff != FLOW_NORMAL) {
        xs_release(pend_err);
        xs_release(pend_ret);
        return ff;
    }
    r->err = pend_err;
    r->err_status = pend_st;
    f->ret = pend_ret;
    return fl;
}

static const struct {
    const char *type;
    const char *code;
} error_types[] = {
    {"standard", "ERROR_FATAL"},
    {"notfound", "ERROR_CODE_NOT_FOUND"},
    {"accessdenied", "ERROR_CODE_ACCESS_DENIED"},
    {"toomanyrequests", "ERROR_CODE_TOO_MANY_REQUESTS"},
    {"unauthorized", "ERROR_CODE_UNAUTHORIZED"},
    {"badrequest", "ERROR_CODE_BAD_REQUEST"},
    {"inputerror", "ERROR_CODE_INPUT_ERROR"},
};

static flow exec_precondition(xs_run *r, frame *f, const xs_ast_stmt *s)
{
    xs_value c;
    flow fl = xs_eval(r, f, s->arg, &c);
    if (fl != FLOW_NORMAL)
        return fl;
    bool ok = xs_value_truthy(c);
    xs_release(c);
    if (ok)
        return FLOW_NORMAL;
    xs_value type, msg, payload;
    if ((fl = eval_attr(r, f, s, "error_type", &type)) != FLOW_NORMAL)
        return fl;
    const char *code = "ERROR_FATAL";
    if (type.type == XS_TEXT) {
        size_t i = 0;
        while (i < XS_COUNTOF(error_types) && strcmp(xs_text_ptr(type), error_types[i].type))
            i++;
        if (i == XS_COUNTOF(error_types)) {
            fl = xs_rt_fail(r, "ERROR_FATAL", s->pos,
                            "unknown error_type '%s' (standard, notfound, accessdenied, "
                            "toomanyrequests, unauthorized, badrequest, inputerror)",
                            xs_text_ptr(type));
            xs_release(type);
            return fl;
        }
        code = error_types[i].code;
    }
    xs_release(type);
    if ((fl = eval_attr(r, f, s, "error", &msg)) != FLOW_NORMAL)
        return fl;
    if (msg.type == XS_NULL)
        msg = xs_text_cstr("Precondition failed");
    if ((fl = eval_attr(r, f, s, "payload", &payload)) != FLOW_NORMAL) {
        xs_release(msg);
        return fl;
    }
    xs_rt_raise(r, code, msg, code, s->pos);
    if (payload.type != XS_NULL)
        xs_rt_set_payload(r, payload);
    return FLOW_ERROR;
}

static flow exec_throw(xs_run *r, frame *f, const xs_ast_stmt *s)
{
    xs_value name, value;
    flow fl = eval_attr(r, f, s, "name", &name);
    if (fl != FLOW_NORMAL)
        return fl;
    if ((fl = eval_attr(r, f, s, "value", &value)) != FLOW_NORMAL) {
        xs_release(name);
        return fl;
    }
    xs_buf nb;
    xs_buf_init(&nb);
    xs_concat_text(name, &nb);
    xs_release(name);
    xs_rt_raise(r, nb.len ? xs_buf_cstr(&nb) : "ERROR_FATAL", value, "ERROR_FATAL", s->pos);
    xs_buf_release(&nb);
    return FLOW_ERROR;
}

/* ---- step hooks (interp.h) ---- */

/* Asks the engine about a step before it runs. True when the hook decided
 * the outcome (a replay or a stop): *fl and *resp are then set. */
static bool step_before(xs_run *r, const xs_step_info *si, flow *fl, xs_value *resp)
{
    xs_value out = xs_null();
    xs_step_action act = r->hooks->before(r->hooks->ctx, si, &out);
    switch (act) {
    case XS_STEP_REPLAY:
        *resp = out;
        *fl = FLOW_NORMAL;
        return true;
    case XS_STEP_REPLAY_ERROR:
    case XS_STEP_STOP:
        xs_release(r->err);
        r->err = out;
        r->err_fatal = act == XS_STEP_STOP;
        r->err_status = XS_E_RUNTIME;
        *resp = xs_null();
        *fl = FLOW_ERROR;
        return true;
    default:
        xs_release(out);
        return false;
    }
}

static void step_after(xs_run *r, const xs_step_info *si, flow fl, xs_value resp)
{
    if (!r->hooks->after)
        return;
    if (fl == FLOW_ERROR)
        r->hooks->after(r->hooks->ctx, si, r->err_status ? r->err_status : XS_E_RUNTIME, xs_null(),
                        r->err);
    else
        r->hooks->after(r->hooks->ctx, si, XS_OK, resp, xs_null());
}

static void step_info(xs_run *r, frame *f, const xs_ast_stmt *s, xs_step_kind kind,
                      const char *callee, xs_value input, xs_step_info *si)
{
    si->kind = kind;
    si->callee = callee;
    si->input = input;
    si->depth = r->depth;
    si->file = f->fn->file;
    si->pos = s->pos;
}

/* ---- function.run ---- */

static flow exec_function_run(xs_run *r, frame *f, const xs_ast_stmt *s, site *st)
{
    fn_info *callee = st->callee;
    if (!callee) {
        xs_value nm;
        flow fl;
        if (!s->arg)
            return xs_rt_fail(r, "ERROR_FATAL", s->pos, "function.run needs a function name");
        if (s->arg->kind == XS_EXPR_IDENT) {
            nm = xs_text_from_str(s->arg->u.ident);
        } else if ((fl = xs_eval(r, f, s->arg, &nm)) != FLOW_NORMAL) {
            return fl;
        }
        if (nm.type != XS_TEXT) {
            xs_release(nm);
            return xs_rt_fail(r, "ERROR_FATAL", s->pos, "function.run needs a function name");
        }
        const xs_ast_object *obj = xs_workspace_function(r->in->ws, xs_text_str(nm));
        if (!obj) {
            fl = xs_rt_fail(r, "ERROR_CODE_NOT_FOUND", s->pos, "function '%s' not found",
                            xs_text_ptr(nm));
            xs_release(nm);
            return fl;
        }
        xs_release(nm);
        callee = xs_interp_prepare(r->in, obj);
        /* A literal name resolves once; a computed one each time. */
        if (s->arg->kind == XS_EXPR_IDENT || s->arg->kind == XS_EXPR_STRING)
            st->callee = callee;
    }
    xs_value input;
    flow fl = eval_attr(r, f, s, "input", &input);
    if (fl != FLOW_NORMAL)
        return fl;
    xs_value resp;
    if (r->hooks) {
        xs_step_info si;
        step_info(r, f, s, XS_STEP_FUNCTION, callee->name, input, &si);
        if (!step_before(r, &si, &fl, &resp)) {
            fl = xs_call_function(r, callee, input, s->pos, &resp);
            step_after(r, &si, fl, resp);
        }
    } else {
        fl = xs_call_function(r, callee, input, s->pos, &resp);
    }
    xs_release(input);
    if (fl != FLOW_NORMAL)
        return fl;
    if (st->slot2 >= 0)
        set_slot(f, st->slot2, resp);
    else
        xs_release(resp);
    return FLOW_NORMAL;
}


/* ---- statements the interpreter owns ---- */

static void log_value(xs_run *r, frame *f, xs_pos pos, const char *level, xs_value v)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_addf(&b, "[%s] %s %s:%u: ", level, f->fn->name, f->fn->file, pos.line);
    if (v.type == XS_TEXT)
        xs_buf_add(&b, xs_text_ptr(v), xs_text_len(v));
    else
        xs_json_encode(v, XS_JSON_COMPACT, &b);
    xs_buf_addc(&b, '\n');
    fwrite(b.ptr, 1, b.len, r->in->log);
    fflush(r->in->log);
    xs_buf_release(&b);
}

static void give(frame *f, site *st, xs_value v)
{
    if (f->fn->addon) {
        /* an addon gives what its (last) query gave, `as` or not */
        xs_release(f->last);
        f->last = xs_retain(v);
    }
    if (st->slot2 >= 0)
        set_slot(f, st->slot2, v);
    else
        xs_release(v);
}

/* task.call NAME: checks the task is there and hands it to the host,
 * which starts a run of it (xs_interp_set_task_call). */
static flow exec_task_call(xs_run *r, frame *f, const xs_ast_stmt *s, site *st)
{
    xs_value nm = xs_null();
    flow fl = FLOW_NORMAL;
    if (s->arg && s->arg->kind == XS_EXPR_IDENT)
        nm = xs_text_from_str(s->arg->u.ident);
    else if (s->arg && (fl = xs_eval(r, f, s->arg, &nm)) != FLOW_NORMAL)
        return fl;
    if (nm.type != XS_TEXT) {
        xs_release(nm);
        return xs_rt_fail(r, "ERROR_FATAL", s->pos, "task.call needs a task name");
    }
    const xs_ast_object *obj = xs_workspace_function(r->in->ws, xs_text_str(nm));
    if (!obj || obj->kind != XS_OBJ_TASK) {
        fl = xs_rt_fail(r, "ERROR_CODE_NOT_FOUND", s->pos, "task '%s' not found", xs_text_ptr(nm));
    } else if (!r->in->tc_fn) {
        fl = xs_rt_fail(r, "ERROR_FATAL", s->pos,
                        "task.call starts a run of '%s', which needs the engine: xsflow serve, "
                        "xsflow run with a database, or an endpoint served by xsflow serve",
                        xs_text_ptr(nm));
    } else {
        xs_value result = xs_null(), error = xs_null();
        if (r->in->tc_fn(r->in->tc_arg, xs_text_ptr(nm), &result, &error) == XS_OK) {
            give(f, st, result);
        } else {
            const xs_value *msg =
                error.type == XS_OBJECT ? xs_object_get(error, XS_STR("message")) : NULL;
            fl = xs_rt_fail(r, "ERROR_FATAL", s->pos, "%s",
                            msg && msg->type == XS_TEXT ? xs_text_ptr(*msg)
                                                        : "task.call: the run cannot be queued");
            xs_release(result);
        }
        xs_release(error);
    }
    xs_release(nm);
    return fl;
}

/* util.sleep's wait, as a blocking call (base/fiber.h). */
static void sleep_for(void *arg)
{
    struct timespec *ts = arg;
    while (nanosleep(ts, ts) != 0 && errno == EINTR) {
    }
}

static flow exec_util(xs_run *r, frame *f, const xs_ast_stmt *s, site *st, bool *handled)
{
    *handled = true;
    xs_str n = s->name;
    flow fl;
    if (xs_str_eq_cstr(n, "debug.log")) {
        xs_value v;
        if ((fl = eval_attr(r, f, s, "value", &v)) != FLOW_NORMAL)
            return fl;
        log_value(r, f, s->pos, "debug", v);
        xs_release(v);
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(n, "debug.stop")) {
        /* Xano's debugger stops here and shows value: the function ends
         * with value as its response (docs/language-decisions.md#debug-stop) */
        xs_value v;
        if ((fl = eval_attr(r, f, s, "value", &v)) != FLOW_NORMAL)
            return fl;
        log_value(r, f, s->pos, "stop", v);
        xs_release(f->ret);
        f->ret = v;
        return FLOW_RETURN;
    }
    if (xs_str_eq_cstr(n, "util.sleep")) {
        xs_value v;
        if ((fl = eval_attr(r, f, s, "value", &v)) != FLOW_NORMAL)
            return fl;
        double secs = v.type == XS_INT ? (double)v.u.i : v.type == XS_DEC ? v.u.d : 0;
        xs_release(v);
        if (secs <= 0)
            return FLOW_NORMAL;
        if (r->deadline_mono && xs_clock_mono_ms() + (int64_t)(secs * 1000) > r->deadline_mono)
            return xs_rt_limit(r, s->pos,
                               "util.sleep would pass the wall time limit max_wall_ms (%lld ms)",
                               (long long)r->limits.max_wall_ms);
        struct timespec ts = {(time_t)secs, (long)((secs - (double)(time_t)secs) * 1e9)};
        xs_blocking(sleep_for, &ts); /* a carried run's siblings go on meanwhile */
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(n, "util.get_env")) {
        give(f, st, xs_retain(xs_run_env(r)));
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(n, "util.get_all_input")) {
        give(f, st, xs_retain(f->slots[SLOT_INPUT]));
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(n, "util.get_input")) {
        give(f, st, xs_retain(f->raw_input));
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(n, "util.post_process")) {
        xs_value off;
        if ((fl = eval_attr(r, f, s, "disabled", &off)) != FLOW_NORMAL)
            return fl;
        bool skip = xs_value_truthy(off);
        xs_release(off);
        return skip ? FLOW_NORMAL : xs_pp_register(r, f, s);
    }
    if (xs_str_eq_cstr(n, "task.call"))
        return exec_task_call(r, f, s, st);
    if (xs_str_eq_cstr(n, "util.get_vars")) {
        xs_value o = xs_object_new(f->fn->nslots);
        for (uint32_t i = SLOT_ERROR + 1; i < f->fn->nslots; i++)
            if (f->defined[i])
                xs_object_set(&o, f->fn->slot_names[i], xs_retain(f->slots[i]));
        give(f, st, o);
        return FLOW_NORMAL;
    }
    *handled = false;
    return FLOW_NORMAL;
}

static const xs_core_stmt core_stmts[] = {
    {"var", "declares a variable"},
    {"var.update", "changes a variable"},
    {"conditional", "if / elseif / else"},
    {"foreach", "runs its each block per item of a list"},
    {"foreach.remove", "removes the current item from the list being looped over"},
    {"for", "runs its each block n times"},
    {"while", "runs its each block while a condition holds"},
    {"switch", "case / default, falling through until break"},
    {"try_catch", "try / catch / finally, with $error in the catch"},
    {"group", "runs its stack"},
    {"return", "ends the function with a value"},
    {"throw", "raises an error with a name and a value"},
    {"precondition", "raises an error of a type when a condition is false"},
    {"break", "leaves the loop or switch"},
    {"continue", "goes on with the next pass of the loop"},
    {"function.run", "runs another function with its input validated"},
    {"function.call", "function.run as workflow tests spell it"},
    {"debug.log", "writes a value to the run's log"},
    {"debug.stop", "ends the function with value as its response, logged as a stop "
                   "(docs/language-decisions.md#debug-stop)"},
    {"util.sleep", "waits a number of seconds"},
    {"util.get_env", "the environment variables ($env)"},
    {"util.get_all_input", "the function's input after validation"},
    {"util.get_input", "the function's input as received"},
    {"util.get_vars", "the function's variables by name"},
    {"task.call", "starts a run of a task (queued by the engine; docs/language-decisions.md)"},
    {"util.post_process",
     "runs its stack after the response: a durable background run under `xsflow serve`, "
     "after the output under `xsflow run` (see docs/language-decisions.md)"},
};

const xs_core_stmt *xs_interp_core_stmts(size_t *n)
{
    *n = XS_COUNTOF(core_stmts);
    return core_stmts;
}

/* A statement of the generic shape, run by the builtins table. */
static flow exec_generic(xs_run *r, frame *f, const xs_ast_stmt *s, site *st)
{
    bool handled;
    flow fl = exec_util(r, f, s, st, &handled);
    if (handled)
        return fl;
    const xs_stmt_def *def = st->def;
    if (!def)
        return xs_rt_fail(r, "ERROR_FATAL", s->pos,
                          "statement '%.*s' is not supported by this runtime", (int)s->name.len,
                          s->name.ptr);
    if (def->flags & XS_BUILTIN_UNAVAILABLE)
        return xs_rt_fail(r, "ERROR_FATAL", s->pos,
                          "statement '%s' is not available in this runtime: it %s", def->name,
                          def->doc);
    if (r->mocks && xs_ast_stmt_attr(s, "mock")) {
        xs_value mocked = xs_null();
        if (r->mocks->lookup(r->mocks->ctx, f->fn->file, s->pos, r->depth, &mocked)) {
            give(f, st, mocked);
            return FLOW_NORMAL;
        }
    }
    xs_value *target = NULL, arg = xs_null();
    if (st->slot >= 0) {
        target = &f->slots[st->slot];
        f->defined[st->slot] = 1;
    } else if (s->arg) {
        if (s->arg->kind == XS_EXPR_IDENT)
            arg = xs_text_from_str(s->arg->u.ident);
        else if ((fl = xs_eval(r, f, s->arg, &arg)) != FLOW_NORMAL)
            return fl;
    }
    xs_value attrs = xs_object_new((s->body ? s->body->n : 0) + s->nheader);
    /* Attributes written on the statement's line (`verb=POST`) come first. */
    for (uint32_t i = 0; !(def->flags & XS_BUILTIN_LAZY) && i < s->nheader; i++) {
        const xs_ast_item *it = &s->header[i];
        if (it->kind != XS_ITEM_ATTR || !it->value)
            continue;
        xs_value v;
        if ((fl = xs_eval(r, f, it->value, &v)) != FLOW_NORMAL) {
            xs_release(attrs);
            xs_release(arg);
            return fl;
        }
        xs_object_set(&attrs, it->name, v);
    }
    if (!(def->flags & XS_BUILTIN_LAZY) && s->body) {
        for (uint32_t i = 0; i < s->body->n; i++) {
            const xs_ast_item *it = &s->body->items[i];
            if (it->kind != XS_ITEM_ATTR)
                continue;
            xs_value v;
            if ((fl = xs_eval(r, f, it->value, &v)) != FLOW_NORMAL) {
                xs_release(attrs);
                xs_release(arg);
                return fl;
            }
            xs_object_set(&attrs, it->name, v);
        }
    }
    xs_call c;
    xs_call_setup(&c, r, f, s->name, s->pos);
    c.stmt = s;
    xs_value result = xs_null();
    xs_status rc;
    if (r->hooks && s->kind == XS_STMT_API_REQUEST) {
        xs_step_info si;
        step_info(r, f, s, XS_STEP_API_REQUEST, "api.request", attrs, &si);
        if (step_before(r, &si, &fl, &result)) {
            xs_release(attrs);
            xs_release(arg);
            if (fl != FLOW_NORMAL)
                return fl;
            give(f, st, result);
            return FLOW_NORMAL;
        }
        rc = def->fn(&c, target, arg, attrs, &result);
        if (rc != XS_OK && r->err.type == XS_NULL)
            xs_rt_fail(r, "ERROR_FATAL", s->pos, "statement '%s' failed (%s)", def->name,
                       xs_status_name(rc));
        step_after(r, &si, rc == XS_OK ? FLOW_NORMAL : FLOW_ERROR, result);
    } else {
        rc = def->fn(&c, target, arg, attrs, &result);
    }
    xs_release(attrs);
    xs_release(arg);
    if (rc != XS_OK) {
        xs_release(result);
        if (r->err.type == XS_NULL)
            xs_rt_fail(r, "ERROR_FATAL", s->pos, "statement '%s' failed (%s)", def->name,
                       xs_status_name(rc));
        return FLOW_ERROR;
    }
    give(f, st, result);
    return c.pending;
}

/* ---- dispatch ---- */

static flow exec_stmt(xs_run *r, frame *f, const xs_ast_stmt *s)
{
    if (++r->nstmts >= r->next_check) {
        if (r->limits.max_statements && r->nstmts > r->limits.max_statements)
            return xs_rt_limit(r, s->pos, "run exceeded the statement limit max_statements (%llu)",
                               (unsigned long long)r->limits.max_statements);
        flow fl = xs_run_check_limits(r, s->pos);
        if (fl != FLOW_NORMAL)
            return fl;
        if (r->limits.max_statements && r->next_check > r->limits.max_statements + 1)
            r->next_check = r->limits.max_statements + 1;
        if (r->yield_point)
            r->yield_point(r->yield_ctx);
    }
    if (r->interrupt && *r->interrupt) {
        xs_rt_raise(r, "ERROR_INTERRUPTED", xs_text_cstr("the run was interrupted"),
                    "ERROR_INTERRUPTED", s->pos);
        r->err_fatal = true;
        return FLOW_ERROR;
    }
    r->now_ms = 0;
    f->stmt = s;
    site *st = site_find(f->fn, s);
    switch ((xs_stmt_kind)s->kind) {
    case XS_STMT_VAR:
    case XS_STMT_VAR_UPDATE: {
        if (!st || st->slot < 0)
            return xs_rt_fail(r, "ERROR_FATAL", s->pos, "%.*s needs a variable", (int)s->name.len,
                              s->name.ptr);
        const xs_ast_expr *val = st->value;
        if (s->kind == XS_STMT_VAR || s->arg->u.var.n == 0)
            return assign_from(r, f, val, st->slot);
        xs_value v = xs_null();
        flow fl = val ? xs_eval(r, f, val, &v) : FLOW_NORMAL;
        if (fl != FLOW_NORMAL)
            return fl;
        f->defined[st->slot] = 1;
        return assign_path(r, f, &f->slots[st->slot], s->arg->u.var.segs, s->arg->u.var.n, v);
    }
    case XS_STMT_CONDITIONAL:
        for (uint32_t i = 0; i < s->u.cond.n; i++) {
            const xs_ast_branch *b = &s->u.cond.items[i];
            if (b->cond) {
                xs_value c;
                flow fl = xs_eval(r, f, b->cond, &c);
                if (fl != FLOW_NORMAL)
                    return fl;
                bool t = xs_value_truthy(c);
                xs_release(c);
                if (!t)
                    continue;
            }
            return xs_exec_block(r, f, b->body);
        }
        return FLOW_NORMAL;
    case XS_STMT_FOREACH:
        return exec_foreach(r, f, s, st);
    case XS_STMT_FOREACH_REMOVE:
        if (!r->loop)
            return xs_rt_fail(r, "ERROR_FATAL", s->pos, "foreach.remove outside of a foreach");
        r->loop->remove = true;
        return FLOW_NORMAL;
    case XS_STMT_FOR:
        return exec_for(r, f, s, st);
    case XS_STMT_WHILE:
        return exec_while(r, f, s);
    case XS_STMT_SWITCH:
        return exec_switch(r, f, s);
    case XS_STMT_TRY_CATCH:
        return exec_try(r, f, s);
    case XS_STMT_GROUP:
        return xs_exec_block(r, f, s->u.group.stack);
    case XS_STMT_RETURN: {
        xs_value v;
        flow fl = eval_attr(r, f, s, "value", &v);
        if (fl != FLOW_NORMAL)
            return fl;
        xs_release(f->ret);
        f->ret = v;
        return FLOW_RETURN;
    }
    case XS_STMT_THROW:
        return exec_throw(r, f, s);
    case XS_STMT_PRECONDITION:
        return exec_precondition(r, f, s);
    case XS_STMT_BREAK:
        return FLOW_BREAK;
    case XS_STMT_CONTINUE:
        return FLOW_CONTINUE;
    case XS_STMT_FUNCTION_RUN:
        return exec_function_run(r, f, s, st);
    default:
        return exec_generic(r, f, s, st);
    }
}

/* ---- calls ---- */

flow xs_call_function(xs_run *r, fn_info *fn, xs_value input, xs_pos call_pos, xs_value *response)
{
    *response = xs_null();
    if (r->limits.max_call_depth && r->depth >= r->limits.max_call_depth)
        return xs_rt_limit(r, call_pos,
                           "call depth limit max_call_depth (%u) exceeded calling '%s': "
                           "runaway recursion?",
                           r->limits.max_call_depth, fn->name);
    frame fr;
    memset(&fr, 0, sizeof fr);
    fr.fn = fn;
    xs_value local[16];
    uint8_t local_def[16];
    if (fn->nslots <= 16) {
        fr.slots = local;
        fr.defined = local_def;
        memset(local, 0, sizeof local);
        memset(local_def, 0, sizeof local_def);
    } else {
        fr.slots = xs_calloc(fn->nslots, sizeof *fr.slots);
        fr.defined = xs_calloc(fn->nslots, 1);
    }
    fr.parent = r->top;
    fr.raw_input = xs_retain(input);
    r->top = &fr;
    r->depth++;
    loop_ctx *saved_loop = r->loop;
    r->loop = NULL;

    xs_value in;
    flow fl = xs_input_bind(r, &fr, fn, input, &in);
    if (fl == FLOW_NORMAL && r->input_only) {
        *response = in;
    } else if (fl == FLOW_NORMAL) {
        set_slot(&fr, SLOT_INPUT, in);
        fl = xs_exec_block(r, &fr, fn->stack);
        if (fl == FLOW_RETURN) {
            *response = xs_take(&fr.ret);
            fl = FLOW_NORMAL;
        } else if (fl == FLOW_NORMAL || fl == FLOW_BREAK || fl == FLOW_CONTINUE) {
            fl = FLOW_NORMAL;
            if (fn->response)
                fl = xs_eval(r, &fr, fn->response, response);
            else if (fn->addon)
                *response = xs_take(&fr.last);
            if (fl != FLOW_NORMAL)
                *response = xs_null();
        }
    }

    if (r->npp)
        xs_pp_settle(r, &fr, fl == FLOW_NORMAL);
    r->loop = saved_loop;
    r->depth--;
    r->top = fr.parent;
    for (uint32_t i = 0; i < fn->nslots; i++)
        xs_release(fr.slots[i]);
    xs_release(fr.ret);
    xs_release(fr.last);
    xs_release(fr.raw_input);
    if (fr.slots != local) {
        xs_free(fr.slots);
        xs_free(fr.defined);
    }
    return fl;
}
