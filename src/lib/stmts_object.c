/* stmts_object.c - object.keys, object.values and object.entries: the
 * filters of the same names applied to `value`, given through `as $var`. */
#include "lib/lib_int.h"

static xs_status view(xs_call *c, xs_value *target, xs_value attrs, xs_value *result,
                      const char *filter)
{
    xs_value v = xs_lib_attr(attrs, "value");
    if (v.type == XS_NULL && target)
        v = *target;
    xs_value copy = xs_retain(v);
    xs_status st = xs_lib_apply(c, filter, &copy, NULL, 0);
    if (st != XS_OK) {
        xs_release(copy);
        return st;
    }
    xs_lib_put(result, copy);
    return XS_OK;
}

#define VIEW(fn, filter)                                                                           \
    static xs_status fn(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,                \
                        xs_value *result)                                                          \
    {                                                                                              \
        (void)arg;                                                                                 \
        return view(c, target, attrs, result, filter);                                             \
    }

VIEW(s_keys, "keys")
VIEW(s_values, "values")
VIEW(s_entries, "entries")

static const xs_stmt_def stmts[] = {
    {"object.keys", 0, s_keys, "the keys of value, as $result"},
    {"object.values", 0, s_values, "the values of value, as $result"},
    {"object.entries", 0, s_entries, "value as a list of {key, value}, as $result"},
};

const xs_builtin_family xs_lib_stmts_object = {"object statements", NULL, 0, stmts,
                                               XS_COUNTOF(stmts)};
