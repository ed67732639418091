/* Unit tests for src/base/clock: timestamps in ms, parsing and printing. */
#include "unit.h"

#include "base/clock.h"

static int64_t parse(const char *s)
{
    int64_t ms = -7;
    if (!xs_time_parse(s, strlen(s), &ms))
        return INT64_MIN;
    return ms;
}

static void parse_forms(void)
{
    /* 2025-03-17 18:33:50 UTC is 1742236430 s. */
    CHECK_INT(parse("2025-03-17 18:33:50+0000"), 1742236430000);
    CHECK_INT(parse("2025-03-17 18:33:50"), 1742236430000);
    CHECK_INT(parse("2025-03-17 18:33:50Z"), 1742236430000);
    CHECK_INT(parse("2025-03-17 18:33:50+00:00"), 1742236430000);
    CHECK_INT(parse("2025-03-17 18:33:50-00"), 1742236430000);
    CHECK_INT(parse("2025-03-17T18:33:50Z"), 1742236430000);
    CHECK_INT(parse("2025-03-17t18:33:50z"), 1742236430000);
    CHECK_INT(parse("2025-03-17 18:33+0000"), 1742236380000);
    CHECK_INT(parse("2025-03-17 18:33:50.5+0000"), 1742236430500);
    CHECK_INT(parse("2025-03-17 18:33:50.123456789Z"), 1742236430123);
    CHECK_INT(parse("2025-03-17"), 1742169600000);
    CHECK_INT(parse("1970-01-01"), 0);
    CHECK_INT(parse("1970-01-01T00:00:00.001Z"), 1);
    CHECK_INT(parse("1969-12-31T23:59:59.999Z"), -1);
    CHECK_INT(parse("2025-12-28T10:00:00Z"), 1766916000000);
    CHECK_INT(parse("2025-12-28T10:00:00.123+02:00"), 1766916000123 - 2 * 3600000);
    CHECK_INT(parse("2025-12-28T10:00:00-0530"), 1766916000000 + 330 * 60000);
    CHECK_INT(parse("2024-02-29"), 1709164800000);
    CHECK_INT(parse("2000-02-29"), 951782400000);
    CHECK_INT(parse("0001-01-01"), -62135596800000);
}

static void parse_rejects(void)
{
    const char *bad[] = {
        "",
        "2025",
        "2025-3-17",
        "2025-03-17 ",
        "2025-13-01",
        "2025-00-10",
        "2025-02-29",
        "1900-02-29",
        "2025-04-31",
        "2025-03-17 24:00:00",
        "2025-03-17 12:60",
        "2025-03-17 12:00:60",
        "2025-03-17 12",
        "2025-03-17 12:00:00.",
        "2025-03-17 12:00:00+",
        "2025-03-17 12:00:00+1",
        "2025-03-17 12:00:00+2400",
        "2025-03-17 12:00:00 +0000",
        "2025-03-17x12:00",
        "2025-03-17T12:00:00Zjunk",
        "+2025-03-17",
        "2025-03-17 12:00:00+00:0",
    };
    for (size_t i = 0; i < XS_COUNTOF(bad); i++) {
        int64_t ms = 42;
        bool ok = xs_time_parse(bad[i], strlen(bad[i]), &ms);
        if (ok)
            xs_unit_fail(__FILE__, __LINE__, "accepted '%s' as %lld", bad[i], (long long)ms);
        CHECK_INT(ms, 42);
    }
    /* Length is honoured: no reading past n. */
    int64_t ms;
    CHECK(xs_time_parse("2025-03-17junk", 10, &ms));
    CHECK_INT(ms, 1742169600000);
}

static void format_both(void)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_time_format_iso(1766916000000, &b);
    CHECK_STR(xs_buf_cstr(&b), "2025-12-28T10:00:00.000Z");
    xs_buf_reset(&b);
    xs_time_format_xano(1766916000000, &b);
    CHECK_STR(xs_buf_cstr(&b), "2025-12-28 10:00:00+0000");
    xs_buf_reset(&b);
    xs_time_format_iso(-1, &b);
    CHECK_STR(xs_buf_cstr(&b), "1969-12-31T23:59:59.999Z");
    xs_buf_reset(&b);
    xs_time_format_iso(1742236430123, &b);
    CHECK_STR(xs_buf_cstr(&b), "2025-03-17T18:33:50.123Z");
    xs_buf_reset(&b);
    xs_time_format_xano(951782400000, &b);
    CHECK_STR(xs_buf_cstr(&b), "2000-02-29 00:00:00+0000");
    xs_buf_release(&b);
}

/* Every day of 1600-2400 round-trips through format and parse. */
static void round_trip_days(void)
{
    xs_buf b;
    xs_buf_init(&b);
    int64_t first = xs_days_from_civil(1600, 1, 1), last = xs_days_from_civil(2400, 12, 31);
    int bad = 0;
    for (int64_t day = first; day <= last; day++) {
        int64_t ms = day * 86400000 + (day % 86400) * 1000 + 7;
        xs_buf_reset(&b);
        xs_time_format_iso(ms, &b);
        int64_t back;
        if (!xs_time_parse(b.ptr, b.len, &back) || back != ms) {
            if (bad++ < 3)
                xs_unit_fail(__FILE__, __LINE__, "day %lld: '%s'", (long long)day, b.ptr);
        }
        int64_t y;
        unsigned m, d;
        xs_civil_from_days(day, &y, &m, &d);
        if (xs_days_from_civil(y, m, d) != day && bad++ < 3)
            xs_unit_fail(__FILE__, __LINE__, "civil round trip of day %lld", (long long)day);
    }
    xs_buf_release(&b);
}

static void clocks_move(void)
{
    int64_t now = xs_clock_now_ms();
    CHECK(now > 1700000000000); /* after 2023-11 */
    int64_t a = xs_clock_mono_ns(), b = xs_clock_mono_ns();
    CHECK(b >= a);
    CHECK(xs_clock_mono_ms() >= 0);
}

const xs_unit_case xs_unit_clock[] = {
    {"parse_forms", parse_forms}, {"parse_rejects", parse_rejects},
    {"format_both", format_both}, {"round_trip_days", round_trip_days},
    {"clocks_move", clocks_move}, {NULL, NULL},
};
