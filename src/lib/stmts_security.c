/* stmts_security.c - random values: security.create_uuid,
 * security.random_number and security.random_bytes. */
#include "lib/lib_int.h"

static xs_status s_create_uuid(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                               xs_value *result)
{
    (void)c;
    (void)target;
    (void)arg;
    (void)attrs;
    xs_lib_put(result, xs_lib_uuid4());
    return XS_OK;
}

/* A uniform integer in [min, max], without modulo bias. */
static int64_t uniform(int64_t min, int64_t max)
{
    uint64_t span = (uint64_t)max - (uint64_t)min;
    uint64_t r;
    if (span == UINT64_MAX) {
        xs_lib_random(&r, sizeof r);
        return (int64_t)r;
    }
    uint64_t n = span + 1, limit = UINT64_MAX - UINT64_MAX % n;
    do
        xs_lib_random(&r, sizeof r);
    while (r >= limit);
    return (int64_t)((uint64_t)min + r % n);
}

static xs_status s_random_number(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                 xs_value *result)
{
    (void)target;
    (void)arg;
    int64_t min = 0, max = INT32_MAX;
    xs_value a = xs_lib_attr(attrs, "min"), b = xs_lib_attr(attrs, "max");
    xs_status st = XS_OK;
    if (a.type != XS_NULL)
        st = xs_lib_int_arg(c, a, &min);
    if (st == XS_OK && b.type != XS_NULL)
        st = xs_lib_int_arg(c, b, &max);
    if (st != XS_OK)
        return st;
    if (min > max)
        return xs_lib_fail(c, "min %lld is above max %lld", (long long)min, (long long)max);
    xs_lib_put(result, xs_int(uniform(min, max)));
    return XS_OK;
}

enum { RANDOM_BYTES_MAX = 1 << 20 };

static xs_status s_random_bytes(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                xs_value *result)
{
    (void)target;
    (void)arg;
    int64_t n = 16;
    xs_value len = xs_lib_attr(attrs, "length");
    if (len.type != XS_NULL) {
        xs_status st = xs_lib_int_arg(c, len, &n);
        if (st != XS_OK)
            return st;
    }
    if (n < 1 || n > RANDOM_BYTES_MAX)
        return xs_lib_fail(c, "length %lld out of range 1..%d", (long long)n, RANDOM_BYTES_MAX);
    char *p;
    xs_value t = xs_text_alloc((size_t)n, &p);
    xs_lib_random(p, (size_t)n);
    xs_lib_put(result, t);
    return XS_OK;
}

static const xs_stmt_def stmts[] = {
    {"security.create_uuid", 0, s_create_uuid, "a new random UUID (version 4), as $result"},
    {"security.random_number", 0, s_random_number,
     "a uniform random integer between min and max inclusive (default 0..2147483647)"},
    {"security.random_bytes", 0, s_random_bytes,
     "length random bytes as text (raw bytes; encode them with base64_encode or bin2hex)"},
};

const xs_builtin_family xs_lib_stmts_security = {"security statements", NULL, 0, stmts,
                                                 XS_COUNTOF(stmts)};
