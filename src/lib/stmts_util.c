/* stmts_util.c - util.* statements that compute a value from their
 * attributes: geo_distance (great-circle distance in metres) and
 * template_engine (a Twig template rendered with the function's variables,
 * twig.h). The util.* statements that need the run's own state (get_vars, sleep,
 * post_process...) live in the interpreter. */
#include <math.h>

#include "lib/lib_int.h"
#include "lib/twig.h"

/* ---- util.geo_distance ---- */

/* The mean radius of the Earth used by the haversine formula, in metres
 * (see docs/language-decisions.md#geo-distance). */
#define EARTH_RADIUS_M 6371000.0

/* Attribute name as degrees within [-limit, limit], or a failure naming it. */
static xs_status degrees(xs_call *c, xs_value attrs, const char *name, double limit, double *out)
{
    xs_value v = xs_lib_attr(attrs, name), n;
    if (v.type == XS_NULL || v.type == XS_ARRAY || v.type == XS_OBJECT || v.type == XS_BOOL ||
        !xs_lib_to_num(v, &n))
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "%s: %s must be a number of degrees, got %s", xs_call_name(c), name,
                            xs_value_type_name(v));
    double d = xs_lib_dbl(n);
    if (!isfinite(d) || d < -limit || d > limit)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: %s must be between %g and %g, got %g",
                            xs_call_name(c), name, -limit, limit, d);
    *out = d;
    return XS_OK;
}

static xs_status s_geo_distance(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                xs_value *result)
{
    (void)target;
    (void)arg;
    double lat1, lon1, lat2, lon2;
    xs_status st;
    if ((st = degrees(c, attrs, "latitude_1", 90, &lat1)) != XS_OK ||
        (st = degrees(c, attrs, "longitude_1", 180, &lon1)) != XS_OK ||
        (st = degrees(c, attrs, "latitude_2", 90, &lat2)) != XS_OK ||
        (st = degrees(c, attrs, "longitude_2", 180, &lon2)) != XS_OK)
        return st;
    const double rad = M_PI / 180.0;
    double p1 = lat1 * rad, p2 = lat2 * rad;
    double dp = (lat2 - lat1) * rad, dl = (lon2 - lon1) * rad;
    double h = sin(dp / 2) * sin(dp / 2) + cos(p1) * cos(p2) * sin(dl / 2) * sin(dl / 2);
    if (h > 1)
        h = 1;
    double d = 2 * EARTH_RADIUS_M * asin(sqrt(h));
    xs_lib_put(result, xs_dec(d));
    return XS_OK;
}

/* ---- util.template_engine ---- */

/* Hands the template the function's variables and the run's limits. */
static bool tpl_var(void *ctx, xs_str name, xs_value *out)
{
    return xs_call_var(ctx, name, out);
}

static xs_status tpl_tick(void *ctx, uint64_t n)
{
    return xs_call_tick(ctx, n);
}

static xs_status tpl_apply(void *ctx, const char *name, xs_value *val, const xs_value *args,
                           size_t nargs)
{
    return xs_lib_apply(ctx, name, val, args, nargs);
}

static xs_status s_template_engine(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                   xs_value *result)
{
    (void)target;
    (void)arg;
    xs_value src = xs_lib_attr(attrs, "value");
    if (src.type == XS_NULL) {
        xs_lib_put(result, xs_text_new("", 0));
        return XS_OK;
    }
    if (src.type != XS_TEXT)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "%s: value must be a template text, got %s", xs_call_name(c),
                            xs_value_type_name(src));
    xs_twig_env env = {
        .var = tpl_var,
        .tick = tpl_tick,
        .apply = tpl_apply,
        .ctx = c,
        .max_output = XS_TWIG_MAX_OUTPUT,
        .now_ms = xs_call_now_ms(c),
    };
    xs_buf err;
    xs_buf_init(&err);
    xs_value out;
    xs_status st = xs_twig_render(xs_text_str(src), &env, &out, &err);
    if (st == XS_OK) {
        xs_buf_release(&err);
        xs_lib_put(result, out);
        return XS_OK;
    }
    /* A limit met through tick, or a filter's failure, was raised already. */
    if (err.len == 0) {
        xs_buf_release(&err);
        return st;
    }
    st =
        xs_call_fail(c, "ERROR_FATAL", "%s: template %.*s", xs_call_name(c), (int)err.len, err.ptr);
    xs_buf_release(&err);
    return st;
}

static const xs_stmt_def stmts[] = {
    {"util.geo_distance", 0, s_geo_distance,
     "great-circle distance in metres between latitude_1/longitude_1 and latitude_2/longitude_2"},
    {"util.template_engine", 0, s_template_engine,
     "renders value as a Twig template with the function's variables ($name); see "
     "docs/language-decisions.md#template-engine for the subset"},
};

const xs_builtin_family xs_lib_stmts_util = {"util statements", NULL, 0, stmts, XS_COUNTOF(stmts)};
