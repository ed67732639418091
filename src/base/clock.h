/*
 * clock.h - time as XanoScript sees it: int64 milliseconds since the Unix
 * epoch (UTC), plus parsing and printing of the two text forms in use.
 *
 * Accepted by xs_time_parse (whole input, nothing else around it):
 *   2025-03-17                         date only: midnight UTC
 *   2025-03-17 18:33                   no seconds
 *   2025-03-17 18:33:50                no zone: UTC
 *   2025-03-17 18:33:50.123456         fraction: any number of digits,
 *                                      truncated to milliseconds
 *   ... then a zone: Z, +0000, +00:00, +00 (sign + or -)
 *   2025-12-28T10:00:00Z               ISO 8601: 'T' (or 't') between date
 *   2025-12-28T10:00:00.123+02:00      and time, 'z' for 'Z' too
 * Fields are range-checked (month 1-12, day within the month, leap years,
 * hour 0-23, minute and second 0-59, zone offset below 24:00). Years run
 * 0000-9999.
 *
 * The calendar arithmetic is our own (proleptic Gregorian, exact for any
 * int64 day count), so nothing here depends on time_t's range or on the
 * process time zone. Every call is thread-safe.
 */
#ifndef XS_BASE_CLOCK_H
#define XS_BASE_CLOCK_H

#include "base/buf.h"
#include "base/common.h"

/* Wall-clock time now, ms since the epoch. */
int64_t xs_clock_now_ms(void);

/* Monotonic time for measuring durations (ms, arbitrary origin; never goes
 * back when the wall clock is set). */
int64_t xs_clock_mono_ms(void);

/* Same, in nanoseconds, for benchmarks and fine timings. */
int64_t xs_clock_mono_ns(void);

/* Parses s[0..n) in one of the forms above into *ms. Returns false (and
 * leaves *ms alone) when the text is not exactly one such timestamp. */
bool xs_time_parse(const char *s, size_t n, int64_t *ms);

/* Appends ms as ISO 8601 UTC with milliseconds: 2025-12-28T10:00:00.000Z. */
void xs_time_format_iso(int64_t ms, xs_buf *out);

/* Appends ms in XanoScript's literal form: 2025-12-28 10:00:00+0000. */
void xs_time_format_xano(int64_t ms, xs_buf *out);

/* Civil date <-> days since 1970-01-01 (proleptic Gregorian). */
int64_t xs_days_from_civil(int64_t y, unsigned m, unsigned d);
void xs_civil_from_days(int64_t days, int64_t *y, unsigned *m, unsigned *d);

#endif
