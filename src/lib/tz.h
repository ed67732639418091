/*
 * tz.h - time zones of the system tz database for the layers above lib
 * (the engine's cron triggers); the lib's timestamp filters read the same
 * zones through time_int.h.
 *
 * Zones are read by our own TZif reader: nothing here touches the process
 * time zone, TZ or localtime, so every call is thread-safe. A zone, once
 * loaded, stays loaded for the life of the process.
 *
 * Timestamps are int64 ms since the epoch (UTC). "Local" ms are the wall
 * clock of a zone counted as if it were UTC.
 */
#ifndef XS_LIB_TZ_H
#define XS_LIB_TZ_H

#include "base/common.h"

typedef struct xs_tz xs_tz;

/* The zone named name: "UTC" (also "", "Z", "GMT"), a fixed offset
 * ("+02:00", "-0530", "+03") or a tz database name ("Europe/Paris",
 * case-insensitive as in PHP). Borrowed and valid for the life of the
 * process; NULL when there is no such zone. */
const xs_tz *xs_tz_find(xs_str name);

/* UTC itself, never NULL. */
const xs_tz *xs_tz_utc(void);

/* The zone's name as given to xs_tz_find, canonical case ("UTC", "+02:00",
 * "America/New_York"). */
const char *xs_tz_name(const xs_tz *z);

/* The offset east of UTC, in seconds, in force at instant ms; *dst and
 * *abbr (both optional) receive whether it is daylight time and its
 * abbreviation ("EDT"; "+03" style when the database has none). */
int32_t xs_tz_offset(const xs_tz *z, int64_t ms, bool *dst, const char **abbr);

/* The instant whose wall clock in z reads local_ms. In a gap (spring
 * forward) the offset before the gap is used, so 02:30 becomes 03:30
 * daylight time; in an overlap (fall back) the earlier instant wins. Both
 * as PHP does. */
int64_t xs_tz_from_local(const xs_tz *z, int64_t local_ms);

#endif
