/* filters_time.c - the basic timestamp filters: to_timestamp,
 * format_timestamp and transform_timestamp (whose bodies, with named time
 * zones, live in filters_tz.c), the additions of seconds and milliseconds,
 * and the timestamp_* family (add/subtract calendar units, read calendar
 * fields), each with an optional zone argument (UTC by default). */
#include "base/clock.h"
#include "lib/filters_tz.h"
#include "lib/lib_int.h"
#include "lib/time_int.h"

enum { MS_PER_DAY = 86400000 };

static int64_t floor_div(int64_t a, int64_t b)
{
    int64_t q = a / b;
    return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

/* The zone argument: null or "" is UTC. */
static xs_status zone_of(xs_call *c, xs_value v, const xs_tz **z)
{
    *z = xs_tz_utc();
    if (v.type == XS_NULL)
        return XS_OK;
    if (v.type != XS_TEXT)
        return xs_lib_type_fail(c, "a time zone name", v);
    *z = xs_tz_find(xs_text_str(v));
    if (!*z)
        return xs_lib_fail(c, "unknown time zone '%s'", xs_text_ptr(v));
    return XS_OK;
}

/* timestamp_add_<unit>:amount:zone and timestamp_subtract_<unit>. Days,
 * months and years move the wall clock of the zone (so a day across a DST
 * change stays 24 wall hours); months keep the day of month and overflow
 * as PHP does (Jan 31 + 1 month is Mar 2 or 3). */
static xs_status shift(xs_call *c, xs_value *val, const xs_value *args, size_t nargs,
                       int64_t unit_ms, int64_t months, int sign)
{
    int64_t ms, n;
    const xs_tz *z;
    xs_status st = zone_of(c, xs_lib_arg(args, nargs, 1), &z);
    if (st == XS_OK)
        st = xs_lib_ts_arg(c, *val, z, &ms);
    if (st == XS_OK)
        st = xs_lib_int_arg(c, args[0], &n);
    if (st != XS_OK)
        return st;
    if (n > 100000000 || n < -100000000)
        return xs_lib_fail(c, "amount %lld out of range", (long long)n);
    n *= sign;
    if (unit_ms < MS_PER_DAY && months == 0) {
        xs_lib_put(val, xs_int(ms + n * unit_ms));
        return XS_OK;
    }
    int64_t local = ms + (int64_t)xs_tz_offset(z, ms, NULL, NULL) * 1000;
    int64_t days = floor_div(local, MS_PER_DAY), msday = local - days * MS_PER_DAY;
    if (months) {
        int64_t y;
        unsigned mo, d;
        xs_civil_from_days(days, &y, &mo, &d);
        int64_t t = y * 12 + (mo - 1) + n * months;
        y = floor_div(t, 12);
        mo = (unsigned)(t - y * 12) + 1;
        days = xs_days_from_civil(y, mo, 1) + (d - 1);
    } else {
        days += n * (unit_ms / MS_PER_DAY);
    }
    xs_lib_put(val, xs_int(xs_tz_from_local(z, days * MS_PER_DAY + msday)));
    return XS_OK;
}

#define SHIFT(fn, unit_ms, months, sign)                                                           \
    static xs_status fn(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)             \
    {                                                                                              \
        return shift(c, val, args, nargs, unit_ms, months, sign);                                  \
    }

SHIFT(f_add_seconds, 1000, 0, 1)
SHIFT(f_add_minutes, 60000, 0, 1)
SHIFT(f_add_hours, 3600000, 0, 1)
SHIFT(f_add_days, MS_PER_DAY, 0, 1)
SHIFT(f_add_months, 0, 1, 1)
SHIFT(f_add_years, 0, 12, 1)
SHIFT(f_sub_seconds, 1000, 0, -1)
SHIFT(f_sub_minutes, 60000, 0, -1)
SHIFT(f_sub_hours, 3600000, 0, -1)
SHIFT(f_sub_days, MS_PER_DAY, 0, -1)
SHIFT(f_sub_months, 0, 1, -1)
SHIFT(f_sub_years, 0, 12, -1)

enum field {
    F_YEAR,
    F_MONTH,
    F_WEEK,
    F_DOM,
    F_DOW,
    F_DOY,
    F_HOUR,
    F_MINUTE,
    F_EPOCH_SEC,
    F_EPOCH_MIN,
    F_EPOCH_HOUR,
    F_EPOCH_DAY
};

/* timestamp_<field>:zone - a calendar field of the wall clock in the zone,
 * numbered as SQL's EXTRACT numbers them (these filters are mostly used in
 * database queries): day_of_week 0 = Sunday, day_of_year from 1, week the
 * ISO week. The epoch_* fields count whole units since the epoch. */
static xs_status field(xs_call *c, xs_value *val, const xs_value *args, size_t nargs, enum field f)
{
    int64_t ms;
    const xs_tz *z;
    xs_status st = zone_of(c, xs_lib_arg(args, nargs, 0), &z);
    if (st == XS_OK)
        st = xs_lib_ts_arg(c, *val, z, &ms);
    if (st != XS_OK)
        return st;
    int64_t local = ms + (int64_t)xs_tz_offset(z, ms, NULL, NULL) * 1000;
    int64_t days = floor_div(local, MS_PER_DAY), msday = local - days * MS_PER_DAY;
    int64_t y;
    unsigned mo, d;
    xs_civil_from_days(days, &y, &mo, &d);
    int64_t wd = ((days + 4) % 7 + 7) % 7, r = 0;
    switch (f) {
    case F_YEAR:
        r = y;
        break;
    case F_MONTH:
        r = mo;
        break;
    case F_DOM:
        r = d;
        break;
    case F_DOW:
        r = wd;
        break;
    case F_DOY:
        r = days - xs_days_from_civil(y, 1, 1) + 1;
        break;
    case F_HOUR:
        r = msday / 3600000;
        break;
    case F_MINUTE:
        r = msday / 60000 % 60;
        break;
    case F_WEEK: {
        int64_t thursday = days - (wd + 6) % 7 + 3, ty;
        unsigned tm, td;
        xs_civil_from_days(thursday, &ty, &tm, &td);
        r = (thursday - xs_days_from_civil(ty, 1, 1)) / 7 + 1;
        break;
    }
    case F_EPOCH_SEC:
        r = floor_div(ms, 1000);
        break;
    case F_EPOCH_MIN:
        r = floor_div(ms, 60000);
        break;
    case F_EPOCH_HOUR:
        r = floor_div(ms, 3600000);
        break;
    case F_EPOCH_DAY:
        r = floor_div(local, MS_PER_DAY);
        break;
    }
    xs_lib_put(val, xs_int(r));
    return XS_OK;
}

#define FIELD(fn, f)                                                                               \
    static xs_status fn(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)             \
    {                                                                                              \
        return field(c, val, args, nargs, f);                                                      \
    }

FIELD(f_year, F_YEAR)
FIELD(f_month, F_MONTH)
FIELD(f_week, F_WEEK)
FIELD(f_dom, F_DOM)
FIELD(f_dow, F_DOW)
FIELD(f_doy, F_DOY)
FIELD(f_hour, F_HOUR)
FIELD(f_minute, F_MINUTE)
FIELD(f_epoch_sec, F_EPOCH_SEC)
FIELD(f_epoch_min, F_EPOCH_MIN)
FIELD(f_epoch_hour, F_EPOCH_HOUR)
FIELD(f_epoch_day, F_EPOCH_DAY)

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
    {"timestamp_add_seconds", 1, 2, 0, f_add_seconds, "the timestamp plus seconds"},
    {"timestamp_add_minutes", 1, 2, 0, f_add_minutes, "the timestamp plus minutes"},
    {"timestamp_add_hours", 1, 2, 0, f_add_hours, "the timestamp plus hours"},
    {"timestamp_add_days", 1, 2, 0, f_add_days,
     "the timestamp plus days of the zone's wall clock: timestamp_add_days:7:\"UTC\""},
    {"timestamp_add_months", 1, 2, 0, f_add_months, "the timestamp plus months (PHP overflow)"},
    {"timestamp_add_years", 1, 2, 0, f_add_years, "the timestamp plus years"},
    {"timestamp_subtract_seconds", 1, 2, 0, f_sub_seconds, "the timestamp minus seconds"},
    {"timestamp_subtract_minutes", 1, 2, 0, f_sub_minutes, "the timestamp minus minutes"},
    {"timestamp_subtract_hours", 1, 2, 0, f_sub_hours, "the timestamp minus hours"},
    {"timestamp_subtract_days", 1, 2, 0, f_sub_days, "the timestamp minus days"},
    {"timestamp_subtract_months", 1, 2, 0, f_sub_months, "the timestamp minus months"},
    {"timestamp_subtract_years", 1, 2, 0, f_sub_years, "the timestamp minus years"},
    {"timestamp_year", 0, 1, 0, f_year, "the year in the zone (UTC by default)"},
    {"timestamp_month", 0, 1, 0, f_month, "the month, 1-12"},
    {"timestamp_week", 0, 1, 0, f_week, "the ISO week number, 1-53"},
    {"timestamp_day_of_month", 0, 1, 0, f_dom, "the day of the month, 1-31"},
    {"timestamp_day_of_week", 0, 1, 0, f_dow, "the day of the week, 0 (Sunday) - 6"},
    {"timestamp_day_of_year", 0, 1, 0, f_doy, "the day of the year, 1-366"},
    {"timestamp_hour", 0, 1, 0, f_hour, "the hour, 0-23"},
    {"timestamp_minute", 0, 1, 0, f_minute, "the minute, 0-59"},
    {"timestamp_epoch_sec", 0, 1, 0, f_epoch_sec, "whole seconds since the epoch"},
    {"timestamp_epoch_minute", 0, 1, 0, f_epoch_min, "whole minutes since the epoch"},
    {"timestamp_epoch_hour", 0, 1, 0, f_epoch_hour, "whole hours since the epoch"},
    {"timestamp_epoch_day", 0, 1, 0, f_epoch_day, "whole days since the epoch (in the zone)"},
};

const xs_builtin_family xs_lib_time = {"timestamp", filters, XS_COUNTOF(filters), NULL, 0};
