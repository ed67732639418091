/*
 * filters_tz.h - the complete bodies of the timestamp filters with named
 * time zones, for any family's table to point at: the time zone argument
 * (null or "" is UTC) may be a tz database name ("Europe/Paris"), "UTC" or
 * an offset ("+02:00"). Each has the xs_filter_fn signature and fails like
 * every filter (ERROR_FATAL naming the filter).
 */
#ifndef XS_LIB_FILTERS_TZ_H
#define XS_LIB_FILTERS_TZ_H

#include "interp/builtin.h"
#include "lib/time_int.h"

/* format_timestamp:format:zone - PHP date() letters in the zone; null in,
 * null out. */
xs_status xs_lib_format_timestamp(xs_call *c, xs_value *val, const xs_value *args, size_t nargs);

/* transform_timestamp:expression:zone - the strtotime-style expression
 * applied to the timestamp, read in the zone. */
xs_status xs_lib_transform_timestamp(xs_call *c, xs_value *val, const xs_value *args,
                                     size_t nargs);

/* to_timestamp:zone - ms since the epoch of a number, date text or
 * expression ("next friday"), text read in the zone. */
xs_status xs_lib_to_timestamp(xs_call *c, xs_value *val, const xs_value *args, size_t nargs);

/* A timestamp read from v as the three above read it (ints are ms, text
 * is a date or an expression from now in zone z). */
xs_status xs_lib_ts_arg(xs_call *c, xs_value v, const xs_tz *z, int64_t *ms);

#endif
