/* filters_query.c - the db query filters between and length, which this
 * runtime also runs in ordinary expressions, and search_rank, which is
 * full-text ranking inside a database and raises a clear error here. See
 * docs/language-decisions.md#query-filters. */
#include "lib/lib_int.h"

/* x|between:lo:hi - SQL's BETWEEN: lo <= x <= hi, both ends included, by
 * PHP's comparison (numbers numerically, texts bytewise); null is false. */
static xs_status f_between(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c;
    xs_value lo = xs_lib_arg(args, nargs, 0), hi = xs_lib_arg(args, nargs, 1);
    bool in = val->type != XS_NULL && lo.type != XS_NULL && hi.type != XS_NULL &&
              xs_lib_php_cmp(*val, lo) >= 0 && xs_lib_php_cmp(*val, hi) <= 0;
    xs_lib_put(val, xs_bool(in));
    return XS_OK;
}

/* The size of a text (characters), a list (items) or an object (keys). */
static xs_status f_length(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    size_t n;
    switch (val->type) {
    case XS_NULL:
        n = 0;
        break;
    case XS_TEXT:
        n = xs_lib_utf8_len(xs_text_str(*val));
        break;
    case XS_ARRAY:
        n = xs_array_len(*val);
        break;
    case XS_OBJECT:
        n = xs_object_len(*val);
        break;
    default:
        return xs_lib_type_fail(c, "a text or a list", *val);
    }
    xs_lib_put(val, xs_int((int64_t)n));
    return XS_OK;
}

static xs_status f_search_rank(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)val;
    (void)args;
    (void)nargs;
    return xs_lib_fail(c, "full-text search ranking runs only inside a database query on a "
                          "table's search index, which this runtime does not have");
}

static const xs_filter_def filters[] = {
    {"between", 2, 2, 0, f_between,
     "whether the value is from the first to the second argument, both included "
     "(5|between:1:5 is true); null is false"},
    {"length", 0, 0, 0, f_length,
     "the characters of a text, the items of a list or the keys of an object (null is 0)"},
    {"search_rank", 1, XS_ARGS_ANY, XS_BUILTIN_UNAVAILABLE, f_search_rank,
     "full-text ranking of a db query over a table's search index (PostgreSQL ts_rank); "
     "this runtime has no search indexes, so it raises an error"},
};

const xs_builtin_family xs_lib_query = {"query", filters, XS_COUNTOF(filters), NULL, 0};
