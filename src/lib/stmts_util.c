/* stmts_util.c - util.* statements that compute a value from their
 * attributes: geo_distance (great-circle distance in metres). The util.*
 * statements that need the run's own state (get_vars, sleep,
 * post_process...) live in the interpreter. */
#include <math.h>

#include "lib/lib_int.h"

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
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: %s must be a number of degrees, got %s",
                            xs_call_name(c), name, xs_value_type_name(v));
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

static const xs_stmt_def stmts[] = {
    {"util.geo_distance", 0, s_geo_distance,
     "great-circle distance in metres between latitude_1/longitude_1 and latitude_2/longitude_2"},
};

const xs_builtin_family xs_lib_stmts_util = {"util statements", NULL, 0, stmts,
                                             XS_COUNTOF(stmts)};
