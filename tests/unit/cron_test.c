/* Unit tests for src/engine/cron: parsing, the day-of-month/day-of-week
 * rule, next and latest firing times, daylight saving changes. */
#include "unit.h"

#include "base/clock.h"
#include "engine/cron.h"

/* An instant from its UTC wall clock. */
static int64_t utc(int y, unsigned mo, unsigned d, unsigned h, unsigned mi)
{
    return ((xs_days_from_civil(y, mo, d) * 24 + h) * 60 + mi) * 60000;
}

static xs_cron parse_ok(const char *expr)
{
    xs_cron c;
    xs_diag d;
    xs_diag_init(&d);
    if (xs_cron_parse(xs_str_of(expr), &c, NULL, "test", &d) != XS_OK)
        xs_unit_fail(__FILE__, __LINE__, "'%s' did not parse", expr);
    xs_diag_release(&d);
    return c;
}

/* The message of parsing a bad expr ("" when it parsed); static buffer. */
static const char *parse_err(const char *expr)
{
    static char msg[256];
    xs_cron c;
    xs_diag d;
    xs_diag_init(&d);
    msg[0] = 0;
    if (xs_cron_parse(xs_str_of(expr), &c, NULL, "cron entry 1", &d) != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        snprintf(msg, sizeof msg, "%s", e ? e->message : "?");
    }
    xs_diag_release(&d);
    return msg;
}

/* The next firing of expr in zone after instant t; -1 when none. */
static int64_t next(const char *expr, const char *zone, int64_t t)
{
    xs_cron c = parse_ok(expr);
    const xs_tz *z = xs_tz_find(xs_str_of(zone));
    if (!z) {
        xs_unit_fail(__FILE__, __LINE__, "no zone '%s'", zone);
        return -2;
    }
    int64_t n;
    return xs_cron_next(&c, z, t, &n) ? n : -1;
}

static void parse_fields(void)
{
    xs_cron c = parse_ok("0 2 * * *");
    CHECK_INT(c.minutes, 1);
    CHECK_INT(c.hours, 1u << 2);
    CHECK_INT(c.mdays, 0xfffffffeu);
    CHECK_INT(c.months, 0x1ffe);
    CHECK_INT(c.wdays, 0x7f);
    CHECK(c.mday_star && c.wday_star);
    c = parse_ok("*/15 9-17/4 1,15 JAN-mar mon-FRI");
    CHECK_INT(c.minutes, (1ull << 0) | (1ull << 15) | (1ull << 30) | (1ull << 45));
    CHECK_INT(c.hours, (1u << 9) | (1u << 13) | (1u << 17));
    CHECK_INT(c.mdays, (1u << 1) | (1u << 15));
    CHECK_INT(c.months, (1u << 1) | (1u << 2) | (1u << 3));
    CHECK_INT(c.wdays, 0x3e);
    CHECK(!c.mday_star && !c.wday_star);
    /* 7 is Sunday; FRI-SUN wraps to Sunday; names in any case */
    CHECK_INT(parse_ok("0 0 * * 7").wdays, 1);
    CHECK_INT(parse_ok("0 0 * * FRI-SUN").wdays, (1u << 5) | (1u << 6) | 1u);
    CHECK_INT(parse_ok("0 0 * * 5-7").wdays, (1u << 5) | (1u << 6) | 1u);
    CHECK_INT(parse_ok("0 0 * dec *").months, 1u << 12);
    /* a field starting with '*' counts as unrestricted for the day rule */
    CHECK(parse_ok("0 0 */2 * 1").mday_star);
    /* macros and spacing */
    xs_cron a = parse_ok("@daily"), b = parse_ok("  0   0 * * *\t");
    CHECK(memcmp(&a, &b, sizeof a) == 0);
    CHECK_INT(parse_ok("@hourly").hours, 0xffffff);
}

static void parse_errors(void)
{
    CHECK_STR(parse_err("61 * * * *"), "cron entry 1: minute field '61': 61 is out of range 0-59");
    CHECK_STR(parse_err("* 24 * * *"), "cron entry 1: hour field '24': 24 is out of range 0-23");
    CHECK_STR(parse_err("* * 0 * *"),
              "cron entry 1: day-of-month field '0': 0 is out of range 1-31");
    CHECK_STR(parse_err("* * * * *  *"),
              "cron entry 1: cron expression '* * * * *  *' has more than 5 fields");
    CHECK_STR(parse_err("* * * *"),
              "cron entry 1: cron expression '* * * *' needs 5 fields (minute hour day-of-month "
              "month day-of-week), got 4");
    CHECK_STR(parse_err("5/15 * * * *"),
              "cron entry 1: minute field '5/15': a step needs a range or '*' (write 5-59/N)");
    CHECK_STR(parse_err("*/0 * * * *"), "cron entry 1: minute field '*/0': a step must be a "
                                        "number from 1 to the field's largest value");
    CHECK_STR(parse_err("0 0 * * FUN"),
              "cron entry 1: day-of-week field 'FUN': unknown name 'FUN'");
    CHECK_STR(parse_err("0 0 * MON *"), "cron entry 1: month field 'MON': unknown name 'MON'");
    CHECK_STR(parse_err("0 0 5-1 * *"),
              "cron entry 1: day-of-month field '5-1': a range must go upward");
    CHECK_STR(parse_err("0,,1 0 * * *"),
              "cron entry 1: minute field '0,,1': a number expected at ',1'");
    CHECK_STR(parse_err("1-2x * * * *"), "cron entry 1: minute field '1-2x': unexpected 'x'");
    CHECK_STR(parse_err("@reboot"), "cron entry 1: unknown cron macro '@reboot'");
    CHECK_STR(parse_err(""), "cron entry 1: cron expression '' needs 5 fields (minute hour "
                             "day-of-month month day-of-week), got 0");
}

static void next_utc(void)
{
    CHECK_INT(next("0 2 * * *", "UTC", utc(2024, 1, 1, 12, 0)), utc(2024, 1, 2, 2, 0));
    /* strictly after: a time equal to a firing moves on */
    CHECK_INT(next("0 2 * * *", "UTC", utc(2024, 1, 2, 2, 0)), utc(2024, 1, 3, 2, 0));
    CHECK_INT(next("* * * * *", "UTC", utc(2024, 1, 2, 2, 0) + 1), utc(2024, 1, 2, 2, 1));
    CHECK_INT(next("*/20 * * * *", "UTC", utc(2024, 1, 1, 23, 41)), utc(2024, 1, 2, 0, 0));
    /* month and year ends, leap days */
    CHECK_INT(next("0 0 1 * *", "UTC", utc(2024, 12, 15, 0, 0)), utc(2025, 1, 1, 0, 0));
    CHECK_INT(next("0 0 29 2 *", "UTC", utc(2024, 3, 1, 0, 0)), utc(2028, 2, 29, 0, 0));
    CHECK_INT(next("0 0 31 * *", "UTC", utc(2024, 4, 1, 0, 0)), utc(2024, 5, 31, 0, 0));
    CHECK_INT(next("30 9 * * MON-FRI", "UTC", utc(2024, 1, 5, 10, 0)), utc(2024, 1, 8, 9, 30));
    /* never: 30 February */
    CHECK_INT(next("0 0 30 2 *", "UTC", utc(2024, 1, 1, 0, 0)), -1);
    /* fixed offsets */
    CHECK_INT(next("0 2 * * *", "+05:30", utc(2024, 1, 1, 12, 0)), utc(2024, 1, 1, 20, 30));
}

/* Vixie cron: both day fields restricted means either; one of them '*'
 * (even '*' with a step) means both. 2024-01-01 was a Monday. */
static void day_rule(void)
{
    CHECK_INT(next("0 0 1 * MON", "UTC", utc(2024, 1, 1, 0, 0)), utc(2024, 1, 8, 0, 0));
    CHECK_INT(next("0 0 1 * MON", "UTC", utc(2024, 1, 29, 0, 0)), utc(2024, 2, 1, 0, 0));
    CHECK_INT(next("0 0 13 * 5", "UTC", utc(2024, 9, 1, 0, 0)), utc(2024, 9, 6, 0, 0));
    CHECK_INT(next("0 0 1 * *", "UTC", utc(2024, 1, 1, 0, 0)), utc(2024, 2, 1, 0, 0));
    CHECK_INT(next("0 0 * * 1", "UTC", utc(2024, 1, 1, 0, 0)), utc(2024, 1, 8, 0, 0));
    /* odd days that are Mondays: 1, 15, 29 January */
    CHECK_INT(next("0 0 */2 * MON", "UTC", utc(2024, 1, 1, 0, 0)), utc(2024, 1, 15, 0, 0));
    CHECK_INT(next("0 0 */2 * MON", "UTC", utc(2024, 1, 15, 0, 0)), utc(2024, 1, 29, 0, 0));
    CHECK_INT(next("0 0 * * 0,7", "UTC", utc(2024, 1, 1, 0, 0)), utc(2024, 1, 7, 0, 0));
}

/* Europe/Paris, 2024: 31 March 02:00 CET becomes 03:00 CEST (01:00 UTC);
 * 27 October 03:00 CEST becomes 02:00 CET (01:00 UTC). */
static void dst_paris(void)
{
    const char *z = "Europe/Paris";
    CHECK_INT(next("0 2 * * *", z, utc(2024, 1, 15, 12, 0)), utc(2024, 1, 16, 1, 0));
    CHECK_INT(next("0 2 * * *", z, utc(2024, 7, 15, 12, 0)), utc(2024, 7, 16, 0, 0));
    /* a skipped time fires once, at the end of the gap (03:00 CEST) */
    CHECK_INT(next("30 2 * * *", z, utc(2024, 3, 30, 12, 0)), utc(2024, 3, 31, 1, 0));
    CHECK_INT(next("30 2 * * *", z, utc(2024, 3, 31, 1, 0)), utc(2024, 4, 1, 0, 30));
    /* four skipped times fire once */
    CHECK_INT(next("*/15 2 * * *", z, utc(2024, 3, 30, 23, 0)), utc(2024, 3, 31, 1, 0));
    CHECK_INT(next("*/15 2 * * *", z, utc(2024, 3, 31, 1, 0)), utc(2024, 4, 1, 0, 0));
    /* a skipped time and a real one at the end of the gap: once */
    CHECK_INT(next("0,30 2,3 * * *", z, utc(2024, 3, 31, 0, 0)), utc(2024, 3, 31, 1, 0));
    CHECK_INT(next("0,30 2,3 * * *", z, utc(2024, 3, 31, 1, 0)), utc(2024, 3, 31, 1, 30));
    /* every minute: 01:59 CET, then 03:00 CEST */
    CHECK_INT(next("* * * * *", z, utc(2024, 3, 31, 0, 58)), utc(2024, 3, 31, 0, 59));
    CHECK_INT(next("* * * * *", z, utc(2024, 3, 31, 0, 59)), utc(2024, 3, 31, 1, 0));
    CHECK_INT(next("* * * * *", z, utc(2024, 3, 31, 1, 0)), utc(2024, 3, 31, 1, 1));
    /* a repeated time fires once, at its first occurrence (CEST) */
    CHECK_INT(next("30 2 * * *", z, utc(2024, 10, 26, 12, 0)), utc(2024, 10, 27, 0, 30));
    CHECK_INT(next("30 2 * * *", z, utc(2024, 10, 27, 0, 30)), utc(2024, 10, 28, 1, 30));
    /* the repeated hour's second pass fires nothing */
    CHECK_INT(next("*/30 * * * *", z, utc(2024, 10, 27, 0, 0)), utc(2024, 10, 27, 0, 30));
    CHECK_INT(next("*/30 * * * *", z, utc(2024, 10, 27, 0, 30)), utc(2024, 10, 27, 2, 0));
    CHECK_INT(next("*/30 * * * *", z, utc(2024, 10, 27, 1, 10)), utc(2024, 10, 27, 2, 0));
}

/* America/New_York, 2024: 10 March 02:00 EST becomes 03:00 EDT (07:00
 * UTC); 3 November 02:00 EDT becomes 01:00 EST (06:00 UTC). */
static void dst_new_york(void)
{
    const char *z = "America/New_York";
    CHECK_INT(next("30 2 * * *", z, utc(2024, 3, 9, 12, 0)), utc(2024, 3, 10, 7, 0));
    CHECK_INT(next("30 2 * * *", z, utc(2024, 3, 10, 7, 0)), utc(2024, 3, 11, 6, 30));
    CHECK_INT(next("0 3 * * *", z, utc(2024, 3, 9, 12, 0)), utc(2024, 3, 10, 7, 0));
    CHECK_INT(next("30 1 * * *", z, utc(2024, 11, 2, 12, 0)), utc(2024, 11, 3, 5, 30));
    CHECK_INT(next("30 1 * * *", z, utc(2024, 11, 3, 5, 30)), utc(2024, 11, 4, 6, 30));
    /* hourly: 01:00 EDT, then 02:00 EST; 01:00 EST does not fire again */
    CHECK_INT(next("0 * * * *", z, utc(2024, 11, 3, 4, 30)), utc(2024, 11, 3, 5, 0));
    CHECK_INT(next("0 * * * *", z, utc(2024, 11, 3, 5, 0)), utc(2024, 11, 3, 7, 0));
    /* a weekly job on the change day */
    CHECK_INT(next("0 9 * * SUN", z, utc(2024, 11, 1, 0, 0)), utc(2024, 11, 3, 14, 0));
    CHECK_INT(next("0 9 * * SUN", z, utc(2024, 3, 8, 0, 0)), utc(2024, 3, 10, 13, 0));
}

static void latest(void)
{
    xs_cron c = parse_ok("0 2 * * *");
    const xs_tz *u = xs_tz_utc();
    int64_t t = 0;
    CHECK(xs_cron_latest(&c, u, utc(2024, 1, 1, 0, 0), utc(2024, 1, 5, 10, 0), &t));
    CHECK_INT(t, utc(2024, 1, 5, 2, 0));
    CHECK(!xs_cron_latest(&c, u, utc(2024, 1, 5, 2, 0), utc(2024, 1, 5, 10, 0), &t));
    /* now itself counts */
    CHECK(xs_cron_latest(&c, u, utc(2024, 1, 5, 1, 0), utc(2024, 1, 5, 2, 0), &t));
    CHECK_INT(t, utc(2024, 1, 5, 2, 0));
    c = parse_ok("0 0 1 1 *");
    CHECK(xs_cron_latest(&c, u, utc(2020, 6, 1, 0, 0), utc(2024, 6, 1, 0, 0), &t));
    CHECK_INT(t, utc(2024, 1, 1, 0, 0));
    c = parse_ok("* * * * *");
    CHECK(xs_cron_latest(&c, u, 0, utc(2024, 6, 1, 0, 0) + 59999, &t));
    CHECK_INT(t, utc(2024, 6, 1, 0, 0));
    /* in a zone, across the spring-forward gap */
    c = parse_ok("30 2 * * *");
    const xs_tz *paris = xs_tz_find(XS_STR("Europe/Paris"));
    CHECK(xs_cron_latest(&c, paris, utc(2024, 3, 30, 12, 0), utc(2024, 3, 31, 12, 0), &t));
    CHECK_INT(t, utc(2024, 3, 31, 1, 0));
}

const xs_unit_case xs_unit_cron[] = {
    {"parse_fields", parse_fields},
    {"parse_errors", parse_errors},
    {"next_utc", next_utc},
    {"day_rule", day_rule},
    {"dst_paris", dst_paris},
    {"dst_new_york", dst_new_york},
    {"latest", latest},
    {NULL, NULL},
};
