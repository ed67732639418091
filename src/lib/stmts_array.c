/* stmts_array.c - array.* statements that change an array variable in
 * place: push, unshift and merge add to it; pop and shift remove an end
 * element and give it through `as $var`. */
#include "lib/lib_int.h"

static xs_status need_array(xs_call *c, xs_value *target)
{
    if (!target)
        return xs_call_fail(c, "ERROR_FATAL", "%s: needs an array variable", xs_call_name(c));
    if (target->type == XS_NULL)
        *target = xs_array_new(0);
    if (target->type != XS_ARRAY)
        return xs_lib_type_fail(c, "an array", *target);
    return XS_OK;
}

static xs_status s_push(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                        xs_value *result)
{
    (void)arg;
    (void)result;
    xs_status st = need_array(c, target);
    if (st == XS_OK)
        xs_array_push(target, xs_retain(xs_lib_attr(attrs, "value")));
    return st;
}

static xs_status s_unshift(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                           xs_value *result)
{
    (void)arg;
    (void)result;
    xs_status st = need_array(c, target);
    if (st == XS_OK)
        xs_array_insert(target, 0, xs_retain(xs_lib_attr(attrs, "value")));
    return st;
}

static xs_status s_merge(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                         xs_value *result)
{
    (void)arg;
    (void)result;
    xs_status st = need_array(c, target);
    if (st != XS_OK)
        return st;
    xs_value v = xs_lib_attr(attrs, "value");
    return xs_lib_apply(c, "merge", target, &v, 1);
}

static xs_status s_pop(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                       xs_value *result)
{
    (void)arg;
    (void)attrs;
    xs_status st = need_array(c, target);
    if (st == XS_OK)
        xs_lib_put(result, xs_array_pop(target));
    return st;
}

static xs_status s_shift(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                         xs_value *result)
{
    (void)arg;
    (void)attrs;
    xs_status st = need_array(c, target);
    if (st == XS_OK)
        xs_lib_put(result, xs_array_remove(target, 0));
    return st;
}

static const xs_stmt_def stmts[] = {
    {"array.push", 0, s_push, "appends value to the array variable (in place)"},
    {"array.unshift", 0, s_unshift, "puts value at the start of the array variable"},
    {"array.merge", 0, s_merge, "appends the elements of value to the array variable"},
    {"array.pop", 0, s_pop, "removes the last element of the array variable, as $result"},
    {"array.shift", 0, s_shift, "removes the first element of the array variable, as $result"},
};

const xs_builtin_family xs_lib_stmts_array = {"array statements", NULL, 0, stmts,
                                              XS_COUNTOF(stmts)};
