/*
 * cron.h - cron expressions: the standard five fields (minute, hour, day
 * of month, month, day of week) and their next firing time in a time zone
 * of the tz database.
 *
 * A parsed expression is plain data; every call is thread-safe.
 *
 * Fields take `*`, numbers, lists (1,15), ranges (1-5), steps (`*` /15,
 * 10-50/20) and, in the month and day-of-week fields, names (JAN, MON;
 * any case). Day of week 0 and 7 are Sunday. As in Vixie cron, when both
 * day fields are restricted (neither starts with `*`) a day matches
 * either; otherwise it must match both. @yearly, @annually, @monthly,
 * @weekly, @daily, @midnight and @hourly stand for their expressions.
 *
 * Times are wall-clock times of the zone. A time that a spring-forward
 * skips fires once, at the first instant after the gap; a time that a
 * fall-back repeats fires once, at its first occurrence.
 */
#ifndef XS_ENGINE_CRON_H
#define XS_ENGINE_CRON_H

#include "base/common.h"
#include "base/diag.h"
#include "lib/tz.h"

typedef struct xs_cron {
    uint64_t minutes; /* bit m: minute m (0-59) */
    uint32_t hours;   /* bit h: hour h (0-23) */
    uint32_t mdays;   /* bit d: day of month d (1-31) */
    uint16_t months;  /* bit m: month m (1-12) */
    uint8_t wdays;    /* bit w: day of week w (0-6, Sunday 0) */
    bool mday_star;   /* the field began with '*': see the day rule above */
    bool wday_star;
} xs_cron;

/* Parses expr into *out. A bad expression is XS_E_PARSE with a message
 * that starts with where ("cron entry 2") and names the field and what is
 * wrong with it. */
xs_status xs_cron_parse(xs_str expr, xs_cron *out, const char *file, const char *where, xs_diag *d);

/* The first firing of c in zone z strictly after instant after (ms);
 * false when there is none within ten years (an expression like
 * "0 0 30 2 *" never fires). */
bool xs_cron_next(const xs_cron *c, const xs_tz *z, int64_t after, int64_t *next);

/* The latest firing of c in z in (since, now]; false when none. */
bool xs_cron_latest(const xs_cron *c, const xs_tz *z, int64_t since, int64_t now, int64_t *t);

#endif
