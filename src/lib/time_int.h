/*
 * time_int.h - time zones, PHP date() formatting, strtotime-style relative
 * expressions and PHP createFromFormat parsing, shared by the timestamp
 * filters of src/lib.
 *
 * Zones come from the system tz database (/usr/share/zoneinfo, TZif
 * versions 1-4 with their POSIX TZ footer for dates past the last
 * transition), read by our own reader: nothing here touches the process
 * time zone, TZ or localtime, so every call is thread-safe. A zone, once
 * loaded, stays loaded for the life of the process (at most a few hundred
 * exist); lookups take a mutex, reads of a loaded zone do not.
 *
 * Timestamps are int64 ms since the epoch (UTC). "Local" ms are the wall
 * clock of a zone counted as if it were UTC.
 */
#ifndef XS_LIB_TIME_INT_H
#define XS_LIB_TIME_INT_H

#include "base/buf.h"
#include "base/common.h"
#include "lib/tz.h"

/* The timestamps these calls take: about 3 million years either side of
 * 1970. Filters refuse timestamps beyond (xs_lib_ts_arg); xs_tz_format
 * clamps to the range. */
#define XS_TZ_MAX_MS INT64_C(100000000000000000)

/* Appends ms formatted with PHP's date() letters in zone z. */
void xs_tz_format(xs_buf *out, xs_str fmt, int64_t ms, const xs_tz *z);

/* Applies a PHP strtotime-style expression to *ms in zone z: absolute
 * dates and times ("2024-03-10", "10:30", "3pm", "@1700000000"), words
 * (now, today, midnight, noon, tomorrow, yesterday), relative amounts
 * ("+1 day", "2 weeks ago", "-3 hours", "next month", "last year"),
 * weekdays ("monday", "next friday", "last sunday"), "first/last day of"
 * and "first monday of" with a month ("next month", "january 2025").
 * Days, months and years move the wall clock; hours and smaller move the
 * instant. false (and *ms unchanged) when the expression is not
 * understood. */
bool xs_tz_relative(xs_str expr, const xs_tz *z, int64_t *ms);

/* Reads text laid out as PHP's DateTime::createFromFormat format fmt, in
 * zone z unless the text names its own zone. Fields the format lacks take
 * the value of now_ms (date fields) or zero (time fields when any time
 * field is given), as in PHP; '!' and '|' reset to the epoch. false when
 * the text does not match. */
bool xs_tz_parse_format(xs_str text, xs_str fmt, const xs_tz *z, int64_t now_ms, int64_t *ms);

#endif
