/* filters_time.c - the basic timestamp filters: to_timestamp,
 * format_timestamp and transform_timestamp (whose bodies, with named time
 * zones, live in filters_tz.c) and the plain additions of seconds and
 * milliseconds. */
#include "lib/filters_tz.h"
#include "lib/lib_int.h"

static xs_status add_scaled(xs_call *c, xs_value *val, const xs_value *args, int64_t scale)
{
    int64_t ms;
    xs_value n;
    xs_status st = xs_lib_ts_arg(c, *val, xs_tz_utc(), &ms);
    if (st == XS_OK)
        st = xs_lib_num_arg(c, args[0], &n);
    if (st != XS_OK)
        return st;
    double add = xs_lib_dbl(n) * (double)scale;
    if (add > 9e18 || add < -9e18)
        return xs_lib_fail(c, "timestamp out of range");
    xs_lib_put(val, xs_int(ms + (int64_t)add));
    return XS_OK;
}

static xs_status f_add_secs(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return add_scaled(c, val, args, 1000);
}

static xs_status f_add_ms(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return add_scaled(c, val, args, 1);
}

static const xs_filter_def filters[] = {
    {"to_timestamp", 0, 1, 0, xs_lib_to_timestamp,
     "a timestamp (ms) from a date text, a relative expression (\"now\", \"+1 day\") or a number"},
    {"format_timestamp", 0, 2, 0, xs_lib_format_timestamp,
     "text from PHP date() letters in a zone: format_timestamp:\"Y-m-d H:i:s\":\"Europe/Paris\""},
    {"transform_timestamp", 1, 2, 0, xs_lib_transform_timestamp,
     "the timestamp moved by a strtotime expression in a zone: transform_timestamp:\"+1 day\""},
    {"add_secs_to_timestamp", 1, 1, 0, f_add_secs, "the timestamp plus seconds (negative ok)"},
    {"add_ms_to_timestamp", 1, 1, 0, f_add_ms, "the timestamp plus milliseconds (negative ok)"},
};

const xs_builtin_family xs_lib_time = {"timestamp", filters, XS_COUNTOF(filters), NULL, 0};
