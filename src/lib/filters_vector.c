/* filters_vector.c - the vector filters of db query conditions
 * (inner_product, cosine_similarity, l2_distance_euclidean...), run on two
 * lists of numbers with pgvector's definitions, so that an embedding read
 * from a table compares here as Xano's PostgreSQL would compare it.
 *
 * Both sides must be non-empty lists of ints or decimals of one length; a
 * null side gives null (as SQL does). See
 * docs/language-decisions.md#vector-filters. */
#include <math.h>

#include "lib/lib_int.h"

/* Reads the piped list and the argument list into a and b (borrowed).
 * *null is set when either side is null: the filter then gives null. */
static xs_status vectors(xs_call *c, xs_value v, xs_value w, size_t *n, bool *null)
{
    *null = v.type == XS_NULL || w.type == XS_NULL;
    if (*null)
        return XS_OK;
    if (v.type != XS_ARRAY)
        return xs_lib_type_fail(c, "a list of numbers", v);
    if (w.type != XS_ARRAY)
        return xs_lib_fail(c, "the argument must be a list of numbers, got %s",
                           xs_value_type_name(w));
    size_t na = xs_array_len(v), nb = xs_array_len(w);
    if (na == 0 || nb == 0)
        return xs_lib_fail(c, "a vector needs at least one number");
    if (na != nb)
        return xs_lib_fail(c, "vectors of different lengths (%zu and %zu)", na, nb);
    for (size_t i = 0; i < na; i++) {
        xs_value x = xs_array_at(v, i), y = xs_array_at(w, i);
        if (!xs_is_number(x))
            return xs_lib_fail(c, "the value's element at index %zu is %s, not a number", i,
                               xs_value_type_name(x));
        if (!xs_is_number(y))
            return xs_lib_fail(c, "the argument's element at index %zu is %s, not a number", i,
                               xs_value_type_name(y));
    }
    *n = na;
    return XS_OK;
}

typedef struct sums {
    double dot, aa, bb, l1, l2;
} sums;

static sums sum_up(xs_value a, xs_value b, size_t n)
{
    sums s = {0, 0, 0, 0, 0};
    for (size_t i = 0; i < n; i++) {
        double x = xs_lib_dbl(xs_array_at(a, i)), y = xs_lib_dbl(xs_array_at(b, i));
        s.dot += x * y;
        s.aa += x * x;
        s.bb += y * y;
        s.l1 += fabs(x - y);
        s.l2 += (x - y) * (x - y);
    }
    return s;
}

typedef enum { K_DOT, K_NEG_DOT, K_COS_SIM, K_COS_DIST, K_L1, K_L2 } kind;

static xs_status vector_filter(xs_call *c, xs_value *val, const xs_value *args, size_t nargs,
                               kind k)
{
    size_t n = 0;
    bool null;
    xs_value b = xs_lib_arg(args, nargs, 0);
    xs_status st = vectors(c, *val, b, &n, &null);
    if (st != XS_OK)
        return st;
    if (null) {
        xs_lib_put(val, xs_null());
        return XS_OK;
    }
    sums s = sum_up(*val, b, n);
    double r = 0;
    switch (k) {
    case K_DOT:
        r = s.dot;
        break;
    case K_NEG_DOT:
        r = -s.dot;
        break;
    case K_COS_SIM:
    case K_COS_DIST:
        if (s.aa == 0 || s.bb == 0)
            return xs_lib_fail(c, "a vector of zeros has no direction (cosine undefined)");
        r = s.dot / (sqrt(s.aa) * sqrt(s.bb));
        if (r > 1)
            r = 1;
        if (r < -1)
            r = -1;
        if (k == K_COS_DIST)
            r = 1 - r;
        break;
    case K_L1:
        r = s.l1;
        break;
    case K_L2:
        r = sqrt(s.l2);
        break;
    }
    if (!isfinite(r))
        return xs_lib_fail(c, "the result is not a finite number");
    xs_lib_put(val, xs_dec(r));
    return XS_OK;
}

#define VECTOR_FILTER(fname, k)                                                                   \
    static xs_status fname(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)       \
    {                                                                                           \
        return vector_filter(c, val, args, nargs, k);                                           \
    }

VECTOR_FILTER(f_inner_product, K_DOT)
VECTOR_FILTER(f_negative_inner_product, K_NEG_DOT)
VECTOR_FILTER(f_cosine_similarity, K_COS_SIM)
VECTOR_FILTER(f_cosine_distance, K_COS_DIST)
VECTOR_FILTER(f_l1, K_L1)
VECTOR_FILTER(f_l2, K_L2)

static const xs_filter_def filters[] = {
    {"inner_product", 1, 1, 0, f_inner_product,
     "the dot product of two lists of numbers of one length: [1,2]|inner_product:[3,4] is 11"},
    {"negative_inner_product", 1, 1, 0, f_negative_inner_product,
     "minus the dot product of two lists of numbers (pgvector's <#>)"},
    {"cosine_similarity", 1, 1, 0, f_cosine_similarity,
     "the cosine of the angle between two lists of numbers, from -1 to 1"},
    {"cosine_distance", 1, 1, 0, f_cosine_distance,
     "1 minus cosine_similarity, from 0 (same direction) to 2 (pgvector's <=>)"},
    {"l1_distance_manhattan", 1, 1, 0, f_l1,
     "the sum of the absolute differences of two lists of numbers (pgvector's <+>)"},
    {"l2_distance_euclidean", 1, 1, 0, f_l2,
     "the straight-line distance between two lists of numbers (pgvector's <->)"},
};

const xs_builtin_family xs_lib_vector = {"vector", filters, XS_COUNTOF(filters), NULL, 0};
