/* filters_tz.c - timestamp filters with named time zones (the tz
 * database through time_int.h): parse_timestamp (PHP createFromFormat),
 * to_ms / to_seconds / to_minutes / to_hours / to_days, and the complete
 * format_timestamp, transform_timestamp and to_timestamp bodies that the
 * basic time family may point its table at (declared in time_int.h). */
#include "lib/filters_tz.h"

#include "base/clock.h"
#include "lib/lib_ext.h"
#include "lib/lib_int.h"
#include "lib/time_int.h"

/* The zone argument: null or "" is UTC. */
static xs_status zone_arg(xs_call *c, xs_value v, const xs_tz **z)
{
    if (v.type == XS_NULL) {
        *z = xs_tz_utc();
        return XS_OK;
    }
    if (v.type != XS_TEXT)
        return xs_lib_type_fail(c, "a time zone name", v);
    *z = xs_tz_find(xs_text_str(v));
    if (!*z)
        return xs_lib_fail(c, "unknown time zone '%s'", xs_text_ptr(v));
    return XS_OK;
}

xs_status xs_lib_ts_arg(xs_call *c, xs_value v, const xs_tz *z, int64_t *ms)
{
    switch (v.type) {
    case XS_INT:
        if (v.u.i > XS_TZ_MAX_MS || v.u.i < -XS_TZ_MAX_MS)
            return xs_lib_fail(c, "timestamp out of range");
        *ms = v.u.i;
        return XS_OK;
    case XS_DEC:
        if (v.u.d != v.u.d || v.u.d > (double)XS_TZ_MAX_MS || v.u.d < -(double)XS_TZ_MAX_MS)
            return xs_lib_fail(c, "timestamp out of range");
        *ms = (int64_t)v.u.d;
        return XS_OK;
    case XS_NULL:
        *ms = xs_call_now_ms(c);
        return XS_OK;
    case XS_TEXT: {
        xs_str s = xs_text_str(v);
        xs_value n;
        if (xs_text_to_number(s, &n))
            return xs_lib_ts_arg(c, n, z, ms);
        *ms = xs_call_now_ms(c);
        if (s.len <= 256 && xs_tz_relative(s, z, ms))
            return XS_OK;
        return xs_lib_fail(c, "cannot read '%.*s' as a timestamp", (int)(s.len > 80 ? 80 : s.len),
                           s.ptr);
    }
    default:
        return xs_lib_type_fail(c, "a timestamp", v);
    }
}

xs_status xs_lib_format_timestamp(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    const xs_tz *z;
    int64_t ms;
    xs_value fmt = xs_lib_arg(args, nargs, 0);
    if (fmt.type != XS_TEXT && fmt.type != XS_NULL)
        return xs_lib_type_fail(c, "a text format", fmt);
    xs_status st = zone_arg(c, xs_lib_arg(args, nargs, 1), &z);
    if (st != XS_OK)
        return st;
    if (val->type == XS_NULL)
        return XS_OK; /* formatting nothing gives nothing */
    st = xs_lib_ts_arg(c, *val, z, &ms);
    if (st != XS_OK)
        return st;
    xs_buf b;
    xs_buf_init(&b);
    xs_tz_format(&b, fmt.type == XS_TEXT ? xs_text_str(fmt) : XS_STR("c"), ms, z);
    xs_lib_put(val, xs_text_from_buf(&b));
    xs_buf_release(&b);
    return XS_OK;
}

xs_status xs_lib_transform_timestamp(xs_call *c, xs_value *val, const xs_value *args,
                                     size_t nargs)
{
    const xs_tz *z;
    int64_t ms;
    xs_value expr = xs_lib_arg(args, nargs, 0);
    if (expr.type != XS_TEXT)
        return xs_lib_type_fail(c, "a text expression", expr);
    xs_status st = zone_arg(c, xs_lib_arg(args, nargs, 1), &z);
    if (st == XS_OK)
        st = xs_lib_ts_arg(c, *val, z, &ms);
    if (st != XS_OK)
        return st;
    xs_str e = xs_text_str(expr);
    if (e.len > 256 || !xs_tz_relative(e, z, &ms))
        return xs_lib_fail(c, "cannot read the expression '%.*s'", (int)(e.len > 80 ? 80 : e.len),
                           e.ptr);
    xs_lib_put(val, xs_int(ms));
    return XS_OK;
}

static xs_status to_scaled(xs_call *c, xs_value *val, const xs_value *args, size_t nargs,
                           int64_t unit)
{
    const xs_tz *z;
    int64_t ms;
    xs_status st = zone_arg(c, xs_lib_arg(args, nargs, 0), &z);
    if (st == XS_OK)
        st = xs_lib_ts_arg(c, *val, z, &ms);
    if (st != XS_OK)
        return st;
    int64_t q = ms / unit;
    if (ms % unit != 0 && ms < 0)
        q--;
    xs_lib_put(val, xs_int(q));
    return XS_OK;
}

xs_status xs_lib_to_timestamp(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return to_scaled(c, val, args, nargs, 1);
}

static xs_status f_to_seconds(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return to_scaled(c, val, args, nargs, 1000);
}

static xs_status f_to_minutes(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return to_scaled(c, val, args, nargs, 60000);
}

static xs_status f_to_hours(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return to_scaled(c, val, args, nargs, 3600000);
}

static xs_status f_to_days(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return to_scaled(c, val, args, nargs, 86400000);
}

static xs_status f_parse_timestamp(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    const xs_tz *z;
    xs_value fmt = xs_lib_arg(args, nargs, 0);
    if (fmt.type != XS_TEXT)
        return xs_lib_type_fail(c, "a text format", fmt);
    xs_status st = zone_arg(c, xs_lib_arg(args, nargs, 1), &z);
    if (st != XS_OK)
        return st;
    if (val->type == XS_NULL)
        return XS_OK; /* nothing to read gives nothing */
    if (val->type != XS_TEXT && !xs_is_number(*val))
        return xs_lib_type_fail(c, "a text date", *val);
    xs_value t = xs_lib_text_of(*val);
    int64_t ms;
    bool ok = xs_text_len(t) <= 256 &&
              xs_tz_parse_format(xs_text_str(t), xs_text_str(fmt), z, xs_call_now_ms(c), &ms);
    if (!ok) {
        st = xs_lib_fail(c, "'%.80s' does not match the format '%.80s'", xs_text_ptr(t),
                         xs_text_ptr(fmt));
        xs_release(t);
        return st;
    }
    xs_release(t);
    xs_lib_put(val, xs_int(ms));
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"parse_timestamp", 1, 2, 0, f_parse_timestamp,
     "a timestamp (ms) read from text laid out as PHP date letters: "
     "parse_timestamp:\"Y-m-d H:i:s\":\"America/Los_Angeles\""},
    {"to_ms", 0, 1, 0, xs_lib_to_timestamp,
     "milliseconds since the epoch of a timestamp, date text or expression (\"next friday\"), "
     "read in the time zone given"},
    {"to_seconds", 0, 1, 0, f_to_seconds, "seconds since the epoch (see to_ms)"},
    {"to_minutes", 0, 1, 0, f_to_minutes, "whole minutes since the epoch (see to_ms)"},
    {"to_hours", 0, 1, 0, f_to_hours, "whole hours since the epoch (see to_ms)"},
    {"to_days", 0, 1, 0, f_to_days, "whole days since the epoch (see to_ms)"},
};

const xs_builtin_family xs_lib_tz = {"timezone", filters, XS_COUNTOF(filters), NULL, 0};
