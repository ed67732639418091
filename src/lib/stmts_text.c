/* stmts_text.c - text.* statements: append, prepend and the trims change
 * the variable; the tests (contains, starts_with...) give a bool through
 * `as $var` and leave it alone. */
#include "lib/lib_int.h"

static xs_status need_target(xs_call *c, xs_value *target)
{
    if (target)
        return XS_OK;
    return xs_call_fail(c, "ERROR_FATAL", "%s: needs a text variable", xs_call_name(c));
}

static xs_status s_append(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                          xs_value *result)
{
    (void)arg;
    (void)result;
    xs_status st = need_target(c, target);
    if (st != XS_OK)
        return st;
    xs_value args[2] = {xs_lib_attr(attrs, "value"), xs_text_cstr("")};
    st = xs_lib_apply(c, "concat", target, args, 2);
    xs_release(args[1]);
    return st;
}

static xs_status s_prepend(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                           xs_value *result)
{
    (void)arg;
    (void)result;
    xs_status st = need_target(c, target);
    if (st != XS_OK)
        return st;
    xs_value v = xs_lib_text_of(xs_lib_attr(attrs, "value"));
    xs_value args[2] = {*target, xs_text_cstr("")};
    st = xs_lib_apply(c, "concat", &v, args, 2);
    xs_release(args[1]);
    if (st == XS_OK)
        xs_lib_put(target, v);
    else
        xs_release(v);
    return st;
}

/* A statement that runs filter on the variable (trims: value is the set of
 * characters, null for whitespace). */
static xs_status in_place(xs_call *c, xs_value *target, xs_value attrs, const char *filter)
{
    xs_status st = need_target(c, target);
    if (st != XS_OK)
        return st;
    xs_value v = xs_lib_attr(attrs, "value");
    return xs_lib_apply(c, filter, target, &v, v.type == XS_NULL ? 0 : 1);
}

/* A test whose bool goes to *result. */
static xs_status test(xs_call *c, xs_value *target, xs_value attrs, xs_value *result,
                      const char *filter)
{
    xs_status st = need_target(c, target);
    if (st != XS_OK)
        return st;
    xs_value copy = xs_retain(*target);
    xs_value v = xs_lib_attr(attrs, "value");
    st = xs_lib_apply(c, filter, &copy, &v, 1);
    if (st != XS_OK) {
        xs_release(copy);
        return st;
    }
    xs_lib_put(result, copy);
    return XS_OK;
}

#define IN_PLACE(fn, filter)                                                                       \
    static xs_status fn(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,                \
                        xs_value *result)                                                          \
    {                                                                                              \
        (void)arg;                                                                                 \
        (void)result;                                                                              \
        return in_place(c, target, attrs, filter);                                                 \
    }
#define TEST(fn, filter)                                                                           \
    static xs_status fn(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,                \
                        xs_value *result)                                                          \
    {                                                                                              \
        (void)arg;                                                                                 \
        return test(c, target, attrs, result, filter);                                             \
    }

IN_PLACE(s_trim, "trim")
IN_PLACE(s_ltrim, "ltrim")
IN_PLACE(s_rtrim, "rtrim")
TEST(s_contains, "contains")
TEST(s_icontains, "icontains")
TEST(s_starts_with, "starts_with")
TEST(s_istarts_with, "istarts_with")
TEST(s_ends_with, "ends_with")
TEST(s_iends_with, "iends_with")

static const xs_stmt_def stmts[] = {
    {"text.append", 0, s_append, "appends value to the text variable"},
    {"text.prepend", 0, s_prepend, "puts value before the text variable"},
    {"text.trim", 0, s_trim, "trims the variable (value: the characters, default whitespace)"},
    {"text.ltrim", 0, s_ltrim, "trims the start of the variable"},
    {"text.rtrim", 0, s_rtrim, "trims the end of the variable"},
    {"text.contains", 0, s_contains, "whether the variable contains value, as $result"},
    {"text.icontains", 0, s_icontains, "contains, ignoring case"},
    {"text.starts_with", 0, s_starts_with, "whether the variable starts with value"},
    {"text.istarts_with", 0, s_istarts_with, "starts_with, ignoring case"},
    {"text.ends_with", 0, s_ends_with, "whether the variable ends with value"},
    {"text.iends_with", 0, s_iends_with, "ends_with, ignoring case"},
};

const xs_builtin_family xs_lib_stmts_text = {"text statements", NULL, 0, stmts, XS_COUNTOF(stmts)};
