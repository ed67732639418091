/* filters_compare.c - comparisons (PHP's loose == and <=>), membership and
 * type tests. All of them give a bool. */
#include "lib/lib_int.h"

enum cmp { C_EQ, C_NE, C_LT, C_LE, C_GT, C_GE };

static xs_status compare(xs_value *val, const xs_value *args, enum cmp how)
{
    bool r;
    if (how == C_EQ || how == C_NE) {
        r = xs_value_loose_equals(*val, args[0]) == (how == C_EQ);
    } else {
        int k = xs_lib_php_cmp(*val, args[0]);
        r = how == C_LT ? k < 0 : how == C_LE ? k <= 0 : how == C_GT ? k > 0 : k >= 0;
    }
    xs_lib_put(val, xs_bool(r));
    return XS_OK;
}

#define COMPARE(fn, how)                                                                           \
    static xs_status fn(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)             \
    {                                                                                              \
        (void)c;                                                                                   \
        (void)nargs;                                                                               \
        return compare(val, args, how);                                                            \
    }

COMPARE(f_equals, C_EQ)
COMPARE(f_not_equals, C_NE)
COMPARE(f_less_than, C_LT)
COMPARE(f_less_than_or_equal, C_LE)
COMPARE(f_greater_than, C_GT)
COMPARE(f_greater_than_or_equal, C_GE)

static bool list_has(xs_value list, xs_value v)
{
    size_t n = list.type == XS_ARRAY ? xs_array_len(list) : xs_object_len(list);
    for (size_t i = 0; i < n; i++) {
        xs_value it = list.type == XS_ARRAY ? xs_array_at(list, i) : xs_object_val_at(list, i);
        if (xs_value_loose_equals(it, v))
            return true;
    }
    return false;
}

/* in: whether the array holds the value. The piped value is the array and
 * the argument the value looked for; when only the argument is an array
 * the roles swap, so both readings found in Xano's docs work. */
static xs_status f_in(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    bool r;
    bool val_list = val->type == XS_ARRAY || val->type == XS_OBJECT;
    bool arg_list = args[0].type == XS_ARRAY || args[0].type == XS_OBJECT;
    if (val_list)
        r = list_has(*val, args[0]);
    else if (arg_list)
        r = list_has(args[0], *val);
    else if (val->type == XS_NULL)
        r = false;
    else
        return xs_lib_type_fail(c, "an array", *val);
    xs_lib_put(val, xs_bool(r));
    return XS_OK;
}

static xs_status put_bool(xs_value *val, bool b)
{
    xs_lib_put(val, xs_bool(b));
    return XS_OK;
}

#define TYPE_TEST(fn, expr)                                                                        \
    static xs_status fn(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)             \
    {                                                                                              \
        (void)c;                                                                                   \
        (void)args;                                                                                \
        (void)nargs;                                                                               \
        xs_value v = *val;                                                                         \
        return put_bool(val, (expr));                                                              \
    }

TYPE_TEST(f_is_null, v.type == XS_NULL)
TYPE_TEST(f_is_empty, !xs_value_truthy(v))
TYPE_TEST(f_is_array, v.type == XS_ARRAY)
TYPE_TEST(f_is_object, v.type == XS_OBJECT)
TYPE_TEST(f_is_text, v.type == XS_TEXT)
TYPE_TEST(f_is_int, v.type == XS_INT)
TYPE_TEST(f_is_decimal, v.type == XS_DEC)
TYPE_TEST(f_is_bool, v.type == XS_BOOL)
TYPE_TEST(f_not, !xs_value_truthy(v))

static xs_status parity(xs_call *c, xs_value *val, bool want_even)
{
    int64_t i;
    xs_status st = xs_lib_int_arg(c, *val, &i);
    if (st != XS_OK)
        return st;
    return put_bool(val, (i % 2 == 0) == want_even);
}

static xs_status f_even(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return parity(c, val, true);
}

static xs_status f_odd(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return parity(c, val, false);
}

static const xs_filter_def filters[] = {
    {"equals", 1, 1, 0, f_equals, "value == argument (loose: 1 equals \"1\")"},
    {"not_equals", 1, 1, 0, f_not_equals, "value != argument (loose)"},
    {"less_than", 1, 1, 0, f_less_than, "value < argument"},
    {"less_than_or_equal", 1, 1, 0, f_less_than_or_equal, "value <= argument"},
    {"greater_than", 1, 1, 0, f_greater_than, "value > argument"},
    {"greater_than_or_equal", 1, 1, 0, f_greater_than_or_equal, "value >= argument"},
    {"in", 1, 1, 0, f_in, "whether the array holds the value ([1,2]|in:2, or 2|in:[1,2])"},
    {"is_null", 0, 0, 0, f_is_null, "whether the value is null"},
    {"is_empty", 0, 0, 0, f_is_empty,
     "whether the value is empty: null, false, 0, \"\", \"0\", [], {}"},
    {"is_array", 0, 0, 0, f_is_array, "whether the value is an array (a list)"},
    {"is_object", 0, 0, 0, f_is_object, "whether the value is an object"},
    {"is_text", 0, 0, 0, f_is_text, "whether the value is text"},
    {"is_int", 0, 0, 0, f_is_int, "whether the value is an integer"},
    {"is_decimal", 0, 0, 0, f_is_decimal, "whether the value is a decimal"},
    {"is_bool", 0, 0, 0, f_is_bool, "whether the value is a bool"},
    {"not", 0, 0, 0, f_not, "the opposite of the value's truth"},
    {"even", 0, 0, 0, f_even, "whether the integer is even"},
    {"odd", 0, 0, 0, f_odd, "whether the integer is odd"},
};

const xs_builtin_family xs_lib_compare = {"comparison", filters, XS_COUNTOF(filters), NULL, 0};
