/* filters_math.c - arithmetic with PHP's number rules: ints stay ints
 * while the result is exact and fits, otherwise decimals (which print
 * without a fraction when whole); round is PHP's round. */
#include <math.h>

#include "lib/lib_int.h"

/* Two numeric operands from the piped value and argument 0. */
static xs_status operands(xs_call *c, xs_value *val, const xs_value *args, xs_value *a, xs_value *b)
{
    xs_status st = xs_lib_num_arg(c, *val, a);
    if (st == XS_OK)
        st = xs_lib_num_arg(c, args[0], b);
    return st;
}

enum op { OP_ADD, OP_SUB, OP_MUL, OP_DIV, OP_MOD, OP_POW };

/* a OP b with PHP's typing; false on division by zero. */
static bool arith(enum op op, xs_value a, xs_value b, xs_value *out)
{
    bool ints = a.type == XS_INT && b.type == XS_INT;
    int64_t r;
    double x = xs_lib_dbl(a), y = xs_lib_dbl(b);
    switch (op) {
    case OP_ADD:
        if (ints && !__builtin_add_overflow(a.u.i, b.u.i, &r))
            return *out = xs_int(r), true;
        return *out = xs_dec(x + y), true;
    case OP_SUB:
        if (ints && !__builtin_sub_overflow(a.u.i, b.u.i, &r))
            return *out = xs_int(r), true;
        return *out = xs_dec(x - y), true;
    case OP_MUL:
        if (ints && !__builtin_mul_overflow(a.u.i, b.u.i, &r))
            return *out = xs_int(r), true;
        return *out = xs_dec(x * y), true;
    case OP_DIV:
        if (y == 0)
            return false;
        if (ints && b.u.i != -1 && a.u.i % b.u.i == 0)
            return *out = xs_int(a.u.i / b.u.i), true;
        return *out = xs_dec(x / y), true;
    case OP_MOD:
        if (ints || (x == trunc(x) && y == trunc(y) && fabs(x) < 9e18 && fabs(y) < 9e18)) {
            int64_t i = ints ? a.u.i : (int64_t)x, j = ints ? b.u.i : (int64_t)y;
            if (j == 0)
                return false;
            return *out = xs_int(j == -1 ? 0 : i % j), true;
        }
        if (y == 0)
            return false;
        return *out = xs_dec(fmod(x, y)), true;
    case OP_POW:
        if (ints && b.u.i >= 0) {
            int64_t acc = 1, base = a.u.i;
            bool ok = true;
            for (int64_t e = b.u.i; e > 0 && ok; e >>= 1) {
                if (e & 1)
                    ok = !__builtin_mul_overflow(acc, base, &acc);
                if (e > 1 && ok)
                    ok = !__builtin_mul_overflow(base, base, &base);
            }
            if (ok)
                return *out = xs_int(acc), true;
        }
        return *out = xs_dec(pow(x, y)), true;
    }
    return false;
}

static xs_status binary(xs_call *c, xs_value *val, const xs_value *args, enum op op)
{
    xs_value a, b, r;
    xs_status st = operands(c, val, args, &a, &b);
    if (st != XS_OK)
        return st;
    if (!arith(op, a, b, &r))
        return xs_call_fail(c, "ERROR_FATAL", op == OP_MOD ? "Modulo by zero" : "Division by zero");
    xs_lib_put(val, r);
    return XS_OK;
}

#define BINARY(fn, op)                                                                             \
    static xs_status fn(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)             \
    {                                                                                              \
        (void)nargs;                                                                               \
        return binary(c, val, args, op);                                                           \
    }

BINARY(f_add, OP_ADD)
BINARY(f_subtract, OP_SUB)
BINARY(f_multiply, OP_MUL)
BINARY(f_divide, OP_DIV)
BINARY(f_modulus, OP_MOD)
BINARY(f_pow, OP_POW)

/* A decimal result that is whole and fits becomes an int again, for the
 * filters PHP documents as returning whole numbers (floor, ceil, round). */
static xs_value whole(double d)
{
    if (d == trunc(d) && fabs(d) < 9.2e18)
        return xs_int((int64_t)d);
    return xs_dec(d);
}

static xs_status f_abs(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_value n;
    xs_status st = xs_lib_num_arg(c, *val, &n);
    if (st != XS_OK)
        return st;
    if (n.type == XS_INT && n.u.i != INT64_MIN)
        n = xs_int(n.u.i < 0 ? -n.u.i : n.u.i);
    else
        n = xs_dec(fabs(xs_lib_dbl(n)));
    xs_lib_put(val, n);
    return XS_OK;
}

static xs_status f_round(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value n;
    int64_t places = 0;
    xs_status st = xs_lib_num_arg(c, *val, &n);
    if (st == XS_OK && nargs > 0 && args[0].type != XS_NULL)
        st = xs_lib_int_arg(c, args[0], &places);
    if (st != XS_OK)
        return st;
    if (n.type == XS_INT && places >= 0) {
        xs_lib_put(val, n);
        return XS_OK;
    }
    double r = xs_lib_round(xs_lib_dbl(n), places);
    xs_lib_put(val, places <= 0 ? whole(r) : xs_dec(r));
    return XS_OK;
}

static xs_status unary(xs_call *c, xs_value *val, double (*fn)(double), bool to_whole)
{
    xs_value n;
    xs_status st = xs_lib_num_arg(c, *val, &n);
    if (st != XS_OK)
        return st;
    if (to_whole && n.type == XS_INT) {
        xs_lib_put(val, n);
        return XS_OK;
    }
    double x = xs_lib_dbl(n), r = fn(x);
    if (isnan(r) && !isnan(x))
        return xs_lib_fail(c, "argument out of the function's domain");
    if (isinf(r) && isfinite(x))
        return xs_lib_fail(c, "result out of range");
    xs_lib_put(val, to_whole ? whole(r) : xs_dec(r));
    return XS_OK;
}

static double deg2rad(double d)
{
    return d * M_PI / 180.0;
}

static double rad2deg(double d)
{
    return d * 180.0 / M_PI;
}

#define UNARY(fname, fn, to_whole)                                                                 \
    static xs_status fname(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)          \
    {                                                                                              \
        (void)args;                                                                                \
        (void)nargs;                                                                               \
        return unary(c, val, fn, to_whole);                                                        \
    }

UNARY(f_floor, floor, true)
UNARY(f_ceil, ceil, true)
UNARY(f_sqrt, sqrt, false)
UNARY(f_exp, exp, false)
UNARY(f_ln, log, false)
UNARY(f_log10, log10, false)
UNARY(f_sin, sin, false)
UNARY(f_cos, cos, false)
UNARY(f_tan, tan, false)
UNARY(f_asin, asin, false)
UNARY(f_acos, acos, false)
UNARY(f_atan, atan, false)
UNARY(f_asinh, asinh, false)
UNARY(f_acosh, acosh, false)
UNARY(f_atanh, atanh, false)
UNARY(f_deg2rad, deg2rad, false)
UNARY(f_rad2deg, rad2deg, false)

static xs_status f_log(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    if (nargs == 0 || args[0].type == XS_NULL)
        return unary(c, val, log, false);
    xs_value a, b;
    xs_status st = operands(c, val, args, &a, &b);
    if (st != XS_OK)
        return st;
    double base = xs_lib_dbl(b);
    if (base <= 0 || base == 1 || xs_lib_dbl(a) <= 0)
        return xs_lib_fail(c, "argument out of the function's domain");
    xs_lib_put(val, xs_dec(log(xs_lib_dbl(a)) / log(base)));
    return XS_OK;
}

/* ---- over arrays ---- */

enum agg { AGG_SUM, AGG_AVG, AGG_PRODUCT, AGG_MIN, AGG_MAX };

static xs_status aggregate(xs_call *c, xs_value *val, enum agg how)
{
    if (val->type != XS_ARRAY && val->type != XS_NULL)
        return xs_lib_type_fail(c, "an array", *val);
    size_t n = val->type == XS_ARRAY ? xs_array_len(*val) : 0;
    if (how == AGG_MIN || how == AGG_MAX) {
        xs_value best = xs_null();
        for (size_t i = 0; i < n; i++) {
            xs_value it = xs_array_at(*val, i);
            int r = xs_lib_php_cmp(it, best);
            if (i == 0 || (how == AGG_MIN ? r < 0 : r > 0))
                best = it;
        }
        xs_lib_put(val, xs_retain(best));
        return XS_OK;
    }
    xs_value acc = xs_int(how == AGG_PRODUCT ? 1 : 0);
    for (size_t i = 0; i < n; i++) {
        xs_value x;
        xs_status st = xs_lib_num_arg(c, xs_array_at(*val, i), &x);
        if (st != XS_OK)
            return st;
        arith(how == AGG_PRODUCT ? OP_MUL : OP_ADD, acc, x, &acc);
    }
    if (how == AGG_AVG) {
        if (n == 0)
            acc = xs_int(0);
        else
            arith(OP_DIV, acc, xs_int((int64_t)n), &acc);
    }
    xs_lib_put(val, acc);
    return XS_OK;
}

#define AGG(fname, how)                                                                            \
    static xs_status fname(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)          \
    {                                                                                              \
        (void)args;                                                                                \
        (void)nargs;                                                                               \
        return aggregate(c, val, how);                                                             \
    }

AGG(f_sum, AGG_SUM)
AGG(f_avg, AGG_AVG)
AGG(f_product, AGG_PRODUCT)
AGG(f_array_min, AGG_MIN)
AGG(f_array_max, AGG_MAX)

static xs_status min_max(xs_call *c, xs_value *val, const xs_value *args, bool want_min)
{
    xs_value a, b;
    xs_status st = operands(c, val, args, &a, &b);
    if (st != XS_OK)
        return st;
    int r = xs_lib_php_cmp(a, b);
    xs_lib_put(val, (want_min ? r <= 0 : r >= 0) ? a : b);
    return XS_OK;
}

static xs_status f_min(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return min_max(c, val, args, true);
}

static xs_status f_max(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return min_max(c, val, args, false);
}

/* ---- bits and formatting ---- */

enum bitop { B_AND, B_OR, B_XOR };

static xs_status bitwise(xs_call *c, xs_value *val, const xs_value *args, enum bitop op)
{
    int64_t a, b;
    xs_status st = xs_lib_int_arg(c, *val, &a);
    if (st == XS_OK)
        st = xs_lib_int_arg(c, args[0], &b);
    if (st != XS_OK)
        return st;
    xs_lib_put(val, xs_int(op == B_AND ? (a & b) : op == B_OR ? (a | b) : (a ^ b)));
    return XS_OK;
}

static xs_status f_bitwise_and(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return bitwise(c, val, args, B_AND);
}

static xs_status f_bitwise_or(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return bitwise(c, val, args, B_OR);
}

static xs_status f_bitwise_xor(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return bitwise(c, val, args, B_XOR);
}

static xs_status f_bitwise_not(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    int64_t a;
    xs_status st = xs_lib_int_arg(c, *val, &a);
    if (st != XS_OK)
        return st;
    xs_lib_put(val, xs_int(~a));
    return XS_OK;
}

static xs_status f_number_format(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value n;
    int64_t dec = 0;
    xs_status st = xs_lib_num_arg(c, *val, &n);
    if (st == XS_OK && nargs > 0 && args[0].type != XS_NULL)
        st = xs_lib_int_arg(c, args[0], &dec);
    if (st != XS_OK)
        return st;
    if (dec < 0)
        dec = 0;
    if (dec > 50)
        dec = 50;
    xs_value point = nargs > 1 ? xs_lib_text_of(args[1]) : xs_text_cstr(".");
    xs_value sep = nargs > 2 ? xs_lib_text_of(args[2]) : xs_text_cstr(",");
    double d = xs_lib_round(xs_lib_dbl(n), dec);
    char digits[400];
    snprintf(digits, sizeof digits, "%.*f", (int)dec, fabs(d));
    const char *dot = strchr(digits, '.');
    size_t int_len = dot ? (size_t)(dot - digits) : strlen(digits);
    xs_buf b;
    xs_buf_init(&b);
    bool zero = true;
    for (const char *p = digits; *p; p++)
        if (*p >= '1' && *p <= '9')
            zero = false;
    if (d < 0 && !zero)
        xs_buf_addc(&b, '-');
    for (size_t i = 0; i < int_len; i++) {
        if (i > 0 && (int_len - i) % 3 == 0)
            xs_buf_add(&b, xs_text_ptr(sep), xs_text_len(sep));
        xs_buf_addc(&b, digits[i]);
    }
    if (dot) {
        xs_buf_add(&b, xs_text_ptr(point), xs_text_len(point));
        xs_buf_adds(&b, dot + 1);
    }
    xs_release(point);
    xs_release(sep);
    xs_value r = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, r);
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"add", 1, 1, 0, f_add, "the sum of the value and the argument"},
    {"subtract", 1, 1, 0, f_subtract, "the value minus the argument"},
    {"sub", 1, 1, 0, f_subtract, "alias of subtract"},
    {"multiply", 1, 1, 0, f_multiply, "the value times the argument"},
    {"mul", 1, 1, 0, f_multiply, "alias of multiply"},
    {"divide", 1, 1, 0, f_divide, "the value divided by the argument (exact: an int)"},
    {"div", 1, 1, 0, f_divide, "alias of divide"},
    {"modulus", 1, 1, 0, f_modulus,
     "the remainder, with the sign of the value: -8|modulus:3 is -2"},
    {"pow", 1, 1, 0, f_pow, "the value raised to the power of the argument"},
    {"abs", 0, 0, 0, f_abs, "the absolute value"},
    {"round", 0, 1, 0, f_round, "PHP round: half away from zero, to the given decimal places"},
    {"floor", 0, 0, 0, f_floor, "rounded down to a whole number"},
    {"ceil", 0, 0, 0, f_ceil, "rounded up to a whole number"},
    {"sqrt", 0, 0, 0, f_sqrt, "the square root"},
    {"exp", 0, 0, 0, f_exp, "e raised to the value"},
    {"log", 0, 1, 0, f_log, "the logarithm in the given base (natural when none)"},
    {"ln", 0, 0, 0, f_ln, "the natural logarithm"},
    {"log10", 0, 0, 0, f_log10, "the base-10 logarithm"},
    {"sin", 0, 0, 0, f_sin, "sine of radians"},
    {"cos", 0, 0, 0, f_cos, "cosine of radians"},
    {"tan", 0, 0, 0, f_tan, "tangent of radians"},
    {"asin", 0, 0, 0, f_asin, "arc sine, in radians"},
    {"acos", 0, 0, 0, f_acos, "arc cosine, in radians"},
    {"atan", 0, 0, 0, f_atan, "arc tangent, in radians"},
    {"asinh", 0, 0, 0, f_asinh, "inverse hyperbolic sine"},
    {"acosh", 0, 0, 0, f_acosh, "inverse hyperbolic cosine"},
    {"atanh", 0, 0, 0, f_atanh, "inverse hyperbolic tangent"},
    {"deg2rad", 0, 0, 0, f_deg2rad, "degrees to radians"},
    {"rad2deg", 0, 0, 0, f_rad2deg, "radians to degrees"},
    {"sum", 0, 0, 0, f_sum, "the sum of the numbers of an array"},
    {"avg", 0, 0, 0, f_avg, "the mean of the numbers of an array (0 when empty)"},
    {"product", 0, 0, 0, f_product, "the product of the numbers of an array"},
    {"array_min", 0, 0, 0, f_array_min, "the smallest element of an array (null when empty)"},
    {"array_max", 0, 0, 0, f_array_max, "the largest element of an array (null when empty)"},
    {"min", 1, 1, 0, f_min, "the smaller of the value and the argument"},
    {"max", 1, 1, 0, f_max, "the larger of the value and the argument"},
    {"bitwise_and", 1, 1, 0, f_bitwise_and, "bitwise and of two integers"},
    {"bitwise_or", 1, 1, 0, f_bitwise_or, "bitwise or of two integers"},
    {"bitwise_xor", 1, 1, 0, f_bitwise_xor, "bitwise exclusive or of two integers"},
    {"bitwise_not", 0, 0, 0, f_bitwise_not, "the bits of an integer flipped: 5|bitwise_not is -6"},
    {"number_format", 0, 3, 0, f_number_format,
     "text with thousands separators: number_format:decimals:point:separator"},
};

const xs_builtin_family xs_lib_math = {"math", filters, XS_COUNTOF(filters), NULL, 0};
