/*
 * errors.c - XanoScript error values. A raised error is an object
 *   {name, message, code, result, payload?, location, stack}
 * (result is the precondition's payload, null for other errors)
 * kept in the run until a try_catch takes it (as $error) or the run ends
 * with it. `throw` sets name and message (its value) with code ERROR_FATAL;
 * every other error uses Xano's code as its name too (ERROR_FATAL,
 * ERROR_CODE_NOT_FOUND, ERROR_CODE_INPUT_ERROR...).
 */
#include "base/alloc.h"
#include "interp/interp_int.h"

static void set_cstr(xs_value *o, const char *key, const char *val)
{
    xs_object_set(o, xs_str_of(key), xs_text_cstr(val));
}

flow xs_rt_raise(xs_run *r, const char *name, xs_value message, const char *code, xs_pos pos)
{
    xs_value e = xs_object_new(6);
    set_cstr(&e, "name", name);
    xs_object_set(&e, XS_STR("message"), message);
    set_cstr(&e, "code", code);
    xs_object_set(&e, XS_STR("result"), xs_null());
    frame *f = r->top;
    xs_buf loc;
    xs_buf_init(&loc);
    xs_buf_addf(&loc, "%s:%u:%u", f && f->fn->file ? f->fn->file : "", pos.line, pos.col);
    xs_object_set(&e, XS_STR("location"), xs_text_from_buf(&loc));
    /* The stack: outermost function first. */
    size_t n = 0;
    for (frame *g = f; g; g = g->parent)
        n++;
    xs_value stack = xs_array_new(n);
    for (size_t i = 0; i < n; i++)
        xs_array_push(&stack, xs_null());
    size_t i = n;
    for (frame *g = f; g; g = g->parent)
        xs_array_set(&stack, --i, xs_text_cstr(g->fn->name));
    xs_object_set(&e, XS_STR("stack"), stack);
    xs_release(r->err);
    r->err = e;
    r->err_fatal = false;
    r->err_status = XS_E_RUNTIME;
    return FLOW_ERROR;
}

static xs_value vformat(const char *fmt, va_list ap)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_vaddf(&b, fmt, ap);
    return xs_text_from_buf(&b);
}

flow xs_rt_fail(xs_run *r, const char *code, xs_pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_value msg = vformat(fmt, ap);
    va_end(ap);
    return xs_rt_raise(r, code, msg, code, pos);
}

flow xs_rt_limit(xs_run *r, xs_pos pos, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    xs_value msg = vformat(fmt, ap);
    va_end(ap);
    xs_rt_raise(r, "ERROR_LIMIT", msg, "ERROR_LIMIT", pos);
    r->err_fatal = true;
    r->err_status = XS_E_LIMIT;
    return FLOW_ERROR;
}

void xs_rt_set_payload(xs_run *r, xs_value payload)
{
    if (r->err.type != XS_OBJECT) {
        xs_release(payload);
        return;
    }
    /* Keep location and stack last: payload goes after code. */
    xs_value loc = xs_retain(*xs_object_get(r->err, XS_STR("location")));
    xs_value stack = xs_retain(*xs_object_get(r->err, XS_STR("stack")));
    xs_object_del(&r->err, XS_STR("location"));
    xs_object_del(&r->err, XS_STR("stack"));
    xs_object_set(&r->err, XS_STR("result"), xs_retain(payload));
    xs_object_set(&r->err, XS_STR("payload"), payload);
    xs_object_set(&r->err, XS_STR("location"), loc);
    xs_object_set(&r->err, XS_STR("stack"), stack);
}

void xs_rt_clear(xs_run *r)
{
    xs_clear(&r->err);
    r->err_fatal = false;
    r->err_status = XS_OK;
}
