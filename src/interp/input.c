/*
 * input.c - a function's input: validated and coerced against its `input`
 * block. Each declared field is looked up in the given object; a missing
 * field takes its default, or null when optional (`name?`), else it is an
 * input error; null is accepted when the field is nullable (`type?`) or
 * optional. Values are coerced to the field's type (an int field takes
 * 5, 5.0 and "5"), lists (`int[]`) element by element, objects against
 * their nested `schema`, enums against their `values`. The field's
 * `filters=` are Xano's input filters (input_filters.h): their transforms
 * run on the given value before the coercion, their validators after it,
 * on the value or on each element of a list. Keys not declared are dropped;
 * $input holds the declared fields in declaration order.
 *
 * Errors are ERROR_CODE_INPUT_ERROR with a message naming the field and a
 * payload {param: "field"}.
 */
#include <math.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "interp/input_filters.h"
#include "interp/interp_int.h"
#include "value/json.h"

typedef struct ictx {
    xs_run *r;
    frame *f;
    xs_buf path; /* the field's name as written in messages: a.b[2] */
} ictx;

static flow input_error(ictx *c, xs_pos pos, const char *fmt, ...) XS_PRINTF(3, 4);

static flow input_error(ictx *c, xs_pos pos, const char *fmt, ...)
{
    xs_buf b;
    xs_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&b, fmt, ap);
    va_end(ap);
    xs_rt_raise(c->r, "ERROR_CODE_INPUT_ERROR", xs_text_from_buf(&b), "ERROR_CODE_INPUT_ERROR",
                pos);
    xs_value payload = xs_object_new(1);
    xs_object_set(&payload, XS_STR("param"), xs_text_cstr(xs_buf_cstr(&c->path)));
    xs_rt_set_payload(c->r, payload);
    return FLOW_ERROR;
}

static const xs_ast_expr *body_attr(const xs_ast_block *b, const char *name)
{
    if (!b)
        return NULL;
    for (uint32_t i = 0; i < b->n; i++)
        if (b->items[i].kind == XS_ITEM_ATTR && xs_str_eq_cstr(b->items[i].name, name))
            return b->items[i].value;
    return NULL;
}

static const xs_ast_block *body_block(const xs_ast_block *b, const char *name)
{
    if (!b)
        return NULL;
    for (uint32_t i = 0; i < b->n; i++)
        if (b->items[i].kind == XS_ITEM_BLOCK && xs_str_eq_cstr(b->items[i].name, name))
            return b->items[i].block;
    return NULL;
}

static flow bind_fields(ictx *c, const xs_ast_block *fields, xs_value given, xs_value *out);

/* A short printable form of v for messages. */
static void describe(xs_value v, xs_buf *b)
{
    if (v.type == XS_TEXT) {
        size_t n = xs_text_len(v);
        xs_json_encode_str((xs_str){xs_text_ptr(v), n > 40 ? 40 : n}, 0, b);
        return;
    }
    if (v.type >= XS_ARRAY) {
        xs_buf_adds(b, xs_value_type_name(v));
        return;
    }
    if (v.type == XS_BOOL || v.type == XS_NULL) {
        xs_buf_adds(b, v.type == XS_NULL ? "null" : v.u.b ? "true" : "false");
        return;
    }
    xs_concat_text(v, b);
}

static flow bad_type(ictx *c, const xs_ast_field *fl, const char *want, xs_value v)
{
    xs_buf d;
    xs_buf_init(&d);
    describe(v, &d);
    flow r = input_error(c, fl->name_pos, "Invalid value for param '%s': expected %s, got %s",
                         xs_buf_cstr(&c->path), want, xs_buf_cstr(&d));
    xs_buf_release(&d);
    return r;
}

static bool is_hex(char ch)
{
    return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f') || (ch >= 'A' && ch <= 'F');
}

static bool is_uuid(xs_str s)
{
    if (s.len != 36)
        return false;
    for (size_t i = 0; i < 36; i++) {
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (s.ptr[i] != '-')
                return false;
        } else if (!is_hex(s.ptr[i])) {
            return false;
        }
    }
    return true;
}

static bool is_email(xs_str s)
{
    const char *at = memchr(s.ptr, '@', s.len);
    if (!at || at == s.ptr || at == s.ptr + s.len - 1)
        return false;
    if (memchr(at + 1, '@', (size_t)(s.ptr + s.len - at - 1)))
        return false;
    for (size_t i = 0; i < s.len; i++)
        if (s.ptr[i] == ' ' || s.ptr[i] == '\t' || s.ptr[i] == '\n')
            return false;
    return memchr(at + 1, '.', (size_t)(s.ptr + s.len - at - 1)) != NULL;
}

/* Coerces one value (taken) to the field's scalar or object type. */
static flow coerce(ictx *c, const xs_ast_field *fl, xs_value v, xs_value *out)
{
    xs_str t = fl->type;
    if (t.len == 0 || xs_str_eq_cstr(t, "json")) {
        *out = v;
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(t, "int")) {
        if (v.type == XS_INT) {
            *out = v;
            return FLOW_NORMAL;
        }
        xs_value n = xs_null();
        if (v.type == XS_DEC)
            n = v;
        else if (v.type == XS_TEXT)
            xs_text_to_number(xs_text_str(v), &n);
        else if (v.type == XS_BOOL)
            n = xs_int(v.u.b);
        if (n.type == XS_INT ||
            (n.type == XS_DEC && n.u.d == floor(n.u.d) && fabs(n.u.d) < 9.2e18)) {
            *out = n.type == XS_INT ? n : xs_int((int64_t)n.u.d);
            xs_release(v);
            return FLOW_NORMAL;
        }
        flow r = bad_type(c, fl, "an integer", v);
        xs_release(v);
        return r;
    }
    if (xs_str_eq_cstr(t, "decimal") || xs_str_eq_cstr(t, "float") || xs_str_eq_cstr(t, "number")) {
        xs_value n = xs_null();
        if (xs_is_number(v))
            n = v;
        else if (v.type == XS_TEXT)
            xs_text_to_number(xs_text_str(v), &n);
        if (xs_is_number(n)) {
            *out = n.type == XS_DEC ? n : xs_dec((double)n.u.i);
            xs_release(v);
            return FLOW_NORMAL;
        }
        flow r = bad_type(c, fl, "a decimal number", v);
        xs_release(v);
        return r;
    }
    if (xs_str_eq_cstr(t, "bool") || xs_str_eq_cstr(t, "boolean")) {
        if (v.type == XS_BOOL) {
            *out = v;
            return FLOW_NORMAL;
        }
        if (v.type == XS_INT && (v.u.i == 0 || v.u.i == 1)) {
            *out = xs_bool(v.u.i == 1);
            return FLOW_NORMAL;
        }
        if (v.type == XS_TEXT) {
            const char *s = xs_text_ptr(v);
            int b = !strcmp(s, "true") || !strcmp(s, "1")    ? 1
                    : !strcmp(s, "false") || !strcmp(s, "0") ? 0
                                                             : -1;
            if (b >= 0) {
                xs_release(v);
                *out = xs_bool(b == 1);
                return FLOW_NORMAL;
            }
        }
        flow r = bad_type(c, fl, "a boolean", v);
        xs_release(v);
        return r;
    }
    if (xs_str_eq_cstr(t, "timestamp")) {
        int64_t ms;
        if (v.type == XS_INT) {
            *out = v;
            return FLOW_NORMAL;
        }
        if (v.type == XS_DEC) {
            *out = xs_int((int64_t)v.u.d);
            return FLOW_NORMAL;
        }
        if (v.type == XS_TEXT) {
            xs_value n;
            if (xs_text_to_number(xs_text_str(v), &n) && n.type == XS_INT) {
                xs_release(v);
                *out = n;
                return FLOW_NORMAL;
            }
            if (xs_time_parse(xs_text_ptr(v), xs_text_len(v), &ms)) {
                xs_release(v);
                *out = xs_int(ms);
                return FLOW_NORMAL;
            }
        }
        flow r = bad_type(c, fl, "a timestamp", v);
        xs_release(v);
        return r;
    }
    if (xs_str_eq_cstr(t, "date")) {
        int64_t ms;
        if (v.type == XS_TEXT && xs_time_parse(xs_text_ptr(v), xs_text_len(v), &ms)) {
            *out = v;
            return FLOW_NORMAL;
        }
        if (v.type == XS_INT) {
            xs_buf b;
            xs_buf_init(&b);
            xs_time_format_iso(v.u.i, &b);
            *out = xs_text_new(b.ptr, 10);
            xs_buf_release(&b);
            return FLOW_NORMAL;
        }
        flow r = bad_type(c, fl, "a date (YYYY-MM-DD)", v);
        xs_release(v);
        return r;
    }
    if (xs_str_eq_cstr(t, "text") || xs_str_eq_cstr(t, "password") || xs_str_eq_cstr(t, "email") ||
        xs_str_eq_cstr(t, "uuid") || xs_str_eq_cstr(t, "enum")) {
        if (v.type == XS_INT || v.type == XS_DEC) {
            xs_buf b;
            xs_buf_init(&b);
            xs_concat_text(v, &b);
            v = xs_text_from_buf(&b);
        }
        if (v.type != XS_TEXT) {
            flow r = bad_type(c, fl, "text", v);
            xs_release(v);
            return r;
        }
        if (xs_str_eq_cstr(t, "email") && !is_email(xs_text_str(v))) {
            flow r = bad_type(c, fl, "an email address", v);
            xs_release(v);
            return r;
        }
        if (xs_str_eq_cstr(t, "uuid") && !is_uuid(xs_text_str(v))) {
            flow r = bad_type(c, fl, "a UUID", v);
            xs_release(v);
            return r;
        }
        if (xs_str_eq_cstr(t, "enum")) {
            const xs_ast_expr *ve = body_attr(fl->body, "values");
            if (ve) {
                xs_value vals;
                flow r = xs_eval(c->r, c->f, ve, &vals);
                if (r != FLOW_NORMAL) {
                    xs_release(v);
                    return r;
                }
                bool ok = false;
                for (size_t i = 0; vals.type == XS_ARRAY && i < xs_array_len(vals); i++)
                    ok = ok || xs_value_equals(xs_array_at(vals, i), v);
                if (!ok) {
                    xs_buf want;
                    xs_buf_init(&want);
                    xs_buf_adds(&want, "one of ");
                    xs_json_encode(vals, 0, &want);
                    r = bad_type(c, fl, xs_buf_cstr(&want), v);
                    xs_buf_release(&want);
                    xs_release(vals);
                    xs_release(v);
                    return r;
                }
                xs_release(vals);
            }
        }
        *out = v;
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(t, "object")) {
        if (v.type != XS_OBJECT) {
            flow r = bad_type(c, fl, "an object", v);
            xs_release(v);
            return r;
        }
        const xs_ast_block *schema = body_block(fl->body, "schema");
        if (!schema) {
            *out = v;
            return FLOW_NORMAL;
        }
        flow r = bind_fields(c, schema, v, out);
        xs_release(v);
        return r;
    }
    /* file, image, vector, geo types and the rest: passed through. */
    *out = v;
    return FLOW_NORMAL;
}

/* One value of field fl (taken; an element, for a list): its input
 * filters' transforms, the coercion to the field's type, then the filters'
 * validators. *out is ours on FLOW_NORMAL. */
static flow filtered(ictx *c, const xs_ast_field *fl, xs_value v, xs_value *out)
{
    flow r;
    if (fl->nfilters) {
        r = xs_input_filters_transform(c->r, c->f, fl, &v);
        if (r != FLOW_NORMAL) {
            xs_release(v);
            return r;
        }
    }
    r = coerce(c, fl, v, &v);
    if (r != FLOW_NORMAL)
        return r;
    if (fl->nfilters)
        r = xs_input_filters_validate(c->r, c->f, fl, xs_buf_cstr(&c->path), v);
    if (r != FLOW_NORMAL) {
        xs_release(v);
        return r;
    }
    *out = v;
    return FLOW_NORMAL;
}

/* One field: given (borrowed) is the value under its name or NULL. */
static flow bind_field(ictx *c, const xs_ast_field *fl, const xs_value *given, xs_value *out)
{
    xs_value v;
    flow r;
    if (fl->nfilters) {
        r = xs_input_filters_check(c->r, fl);
        if (r != FLOW_NORMAL)
            return r;
    }
    if (!given || given->type == XS_NULL) {
        if (!given && fl->def) {
            r = xs_eval(c->r, c->f, fl->def, &v);
            if (r != FLOW_NORMAL)
                return r;
            if (v.type == XS_NULL) {
                *out = v;
                return FLOW_NORMAL;
            }
        } else if (fl->optional || fl->nullable || (given && fl->def)) {
            *out = xs_null();
            return FLOW_NORMAL;
        } else {
            return input_error(c, fl->name_pos, "Missing param: %s", xs_buf_cstr(&c->path));
        }
    } else {
        v = xs_retain(*given);
    }
    if (fl->is_list) {
        if (v.type != XS_ARRAY) {
            r = bad_type(c, fl, "a list", v);
            xs_release(v);
            return r;
        }
        size_t n = xs_array_len(v), base = c->path.len;
        xs_value list = xs_array_new(n);
        for (size_t i = 0; i < n; i++) {
            xs_value e = xs_retain(xs_array_at(v, i)), ce;
            c->path.len = base;
            xs_buf_addf(&c->path, "[%zu]", i);
            if (e.type == XS_NULL && fl->nullable) {
                xs_array_push(&list, e);
                continue;
            }
            r = filtered(c, fl, e, &ce);
            if (r != FLOW_NORMAL) {
                xs_release(list);
                xs_release(v);
                return r;
            }
            xs_array_push(&list, ce);
        }
        c->path.len = base;
        c->path.ptr[base] = '\0';
        xs_release(v);
        v = list;
    } else {
        r = filtered(c, fl, v, &v);
        if (r != FLOW_NORMAL)
            return r;
    }
    *out = v;
    return FLOW_NORMAL;
}

/* True when v already has the type field fl asks for, with nothing to
 * convert, default or filter. */
static bool already_fits(const xs_ast_field *fl, xs_value v)
{
    if (fl->is_list || fl->nfilters || fl->body)
        return false;
    xs_str t = fl->type;
    switch (v.type) {
    case XS_INT:
        return xs_str_eq_cstr(t, "int") || xs_str_eq_cstr(t, "timestamp") ||
               xs_str_eq_cstr(t, "json");
    case XS_DEC:
        return xs_str_eq_cstr(t, "decimal") || xs_str_eq_cstr(t, "json");
    case XS_BOOL:
        return xs_str_eq_cstr(t, "bool") || xs_str_eq_cstr(t, "json");
    case XS_TEXT:
        return xs_str_eq_cstr(t, "text") || xs_str_eq_cstr(t, "json");
    case XS_NULL:
        return fl->nullable || fl->optional;
    default:
        return xs_str_eq_cstr(t, "json");
    }
}

/* The common case of function.run: the caller passes exactly the declared
 * fields, in order, with their types. $input is then the given object. */
static bool fits_as_is(const xs_ast_block *fields, xs_value given)
{
    if (given.type != XS_OBJECT)
        return false;
    size_t k = 0, n = xs_object_len(given);
    for (uint32_t i = 0; fields && i < fields->n; i++) {
        if (fields->items[i].kind != XS_ITEM_FIELD)
            continue;
        const xs_ast_field *fl = fields->items[i].field;
        if (k >= n || !xs_str_eq(xs_object_key_at(given, k), fl->name) ||
            !already_fits(fl, xs_object_val_at(given, k)))
            return false;
        k++;
    }
    return k == n;
}

static flow bind_fields(ictx *c, const xs_ast_block *fields, xs_value given, xs_value *out)
{
    if (fits_as_is(fields, given)) {
        *out = xs_retain(given);
        return FLOW_NORMAL;
    }
    xs_value res = xs_object_new(fields ? fields->n : 0);
    size_t base = c->path.len;
    for (uint32_t i = 0; fields && i < fields->n; i++) {
        if (fields->items[i].kind != XS_ITEM_FIELD)
            continue;
        const xs_ast_field *fl = fields->items[i].field;
        const xs_value *g = given.type == XS_OBJECT ? xs_object_get(given, fl->name) : NULL;
        c->path.len = base;
        if (base)
            xs_buf_addc(&c->path, '.');
        xs_buf_add(&c->path, fl->name.ptr, fl->name.len);
        xs_value v;
        flow r = bind_field(c, fl, g, &v);
        if (r != FLOW_NORMAL) {
            xs_release(res);
            return r;
        }
        xs_object_set(&res, fl->name, v);
    }
    c->path.len = base;
    if (c->path.ptr)
        c->path.ptr[base] = '\0';
    *out = res;
    return FLOW_NORMAL;
}

flow xs_input_bind(xs_run *r, frame *f, fn_info *fn, xs_value input, xs_value *out)
{
    if (input.type != XS_NULL && input.type != XS_OBJECT)
        return xs_rt_fail(r, "ERROR_CODE_INPUT_ERROR", fn->obj->pos,
                          "the input of '%s' must be an object, got %s", fn->name,
                          xs_value_type_name(input));
    ictx c = {r, f, {NULL, 0, 0}};
    flow fl = bind_fields(&c, fn->input, input, out);
    xs_buf_release(&c.path);
    return fl;
}
