/* Unit tests of the families that rest on outside libraries: time zones
 * (the TZif reader, DST, formatting, relative expressions, parsing with a
 * format), regex, encodings and crypto, plus the one-name-one-builtin rule
 * across every family. */
#include "lib/lib.h"
#include "lib/time_int.h"
#include "unit.h"
#include "value/json.h"

/* Every filter and statement name is registered once across all families;
 * prints the duplicates. */
static void test_unique_names(void)
{
    const xs_builtins *b = xs_lib_builtins();
    int dups = 0;
    for (size_t f = 0; f < b->nfamilies; f++) {
        const xs_builtin_family *fa = b->families[f];
        for (size_t i = 0; i < fa->nfilters; i++) {
            for (size_t g = f; g < b->nfamilies; g++) {
                const xs_builtin_family *fb = b->families[g];
                for (size_t j = g == f ? i + 1 : 0; j < fb->nfilters; j++) {
                    if (strcmp(fa->filters[i].name, fb->filters[j].name) == 0) {
                        xs_unit_fail(__FILE__, __LINE__, "filter '%s' in '%s' and '%s'",
                                     fa->filters[i].name, fa->name, fb->name);
                        dups++;
                    }
                }
            }
        }
        for (size_t i = 0; i < fa->nstmts; i++) {
            for (size_t g = f; g < b->nfamilies; g++) {
                const xs_builtin_family *fb = b->families[g];
                for (size_t j = g == f ? i + 1 : 0; j < fb->nstmts; j++) {
                    if (strcmp(fa->stmts[i].name, fb->stmts[j].name) == 0) {
                        xs_unit_fail(__FILE__, __LINE__, "statement '%s' in '%s' and '%s'",
                                     fa->stmts[i].name, fa->name, fb->name);
                        dups++;
                    }
                }
            }
        }
    }
    CHECK_INT(dups, 0);
}

/* ---- time zones ---- */

static const char *fmt(int64_t ms, const char *zone, const char *f)
{
    static char out[256];
    const xs_tz *z = xs_tz_find(xs_str_of(zone));
    if (!z)
        return "(no zone)";
    xs_buf b;
    xs_buf_init(&b);
    xs_tz_format(&b, xs_str_of(f), ms, z);
    snprintf(out, sizeof out, "%s", xs_buf_cstr(&b));
    xs_buf_release(&b);
    return out;
}

static int64_t rel(int64_t ms, const char *zone, const char *expr)
{
    const xs_tz *z = xs_tz_find(xs_str_of(zone));
    if (!z || !xs_tz_relative(xs_str_of(expr), z, &ms))
        return -1;
    return ms;
}

static int64_t parse(const char *text, const char *f, const char *zone)
{
    const xs_tz *z = xs_tz_find(xs_str_of(zone));
    int64_t ms;
    if (!z || !xs_tz_parse_format(xs_str_of(text), xs_str_of(f), z, 0, &ms))
        return -1;
    return ms;
}

static void test_tz_lookup(void)
{
    CHECK(xs_tz_find(XS_STR("UTC")) == xs_tz_utc());
    CHECK(xs_tz_find(XS_STR("")) == xs_tz_utc());
    CHECK(xs_tz_find(XS_STR("America/New_York")) != NULL);
    CHECK(xs_tz_find(XS_STR("america/new_york")) == xs_tz_find(XS_STR("America/New_York")));
    CHECK_STR(xs_tz_name(xs_tz_find(XS_STR("europe/paris"))), "Europe/Paris");
    CHECK(xs_tz_find(XS_STR("Mars/Olympus")) == NULL);
    CHECK(xs_tz_find(XS_STR("../etc/passwd")) == NULL);
    CHECK(xs_tz_find(XS_STR("Europe/../../etc")) == NULL);
    CHECK_STR(xs_tz_name(xs_tz_find(XS_STR("+0530"))), "+05:30");
    CHECK(xs_tz_find(XS_STR("+25:00")) == NULL);
}

static void test_tz_offsets(void)
{
    const xs_tz *ny = xs_tz_find(XS_STR("America/New_York"));
    bool dst;
    const char *abbr;
    /* 2024-03-10 06:59:59Z is 01:59:59 EST; one second later 03:00 EDT */
    CHECK_INT(xs_tz_offset(ny, 1710053999000, &dst, &abbr), -18000);
    CHECK(!dst);
    CHECK_STR(abbr, "EST");
    CHECK_INT(xs_tz_offset(ny, 1710054000000, &dst, &abbr), -14400);
    CHECK(dst);
    CHECK_STR(abbr, "EDT");
    /* far future: the POSIX footer rule (2100-07-01 is EDT) */
    CHECK_INT(xs_tz_offset(ny, 4118083200000, NULL, NULL), -14400);
    CHECK_INT(xs_tz_offset(ny, 4102444800000, NULL, NULL), -18000); /* 2100-01-01 */
    const xs_tz *syd = xs_tz_find(XS_STR("Australia/Sydney"));
    CHECK_INT(xs_tz_offset(syd, 1704067200000, NULL, NULL), 39600); /* January: AEDT */
    CHECK_INT(xs_tz_offset(syd, 1719792000000, NULL, NULL), 36000); /* July: AEST */
    const xs_tz *kol = xs_tz_find(XS_STR("Asia/Kolkata"));
    CHECK_INT(xs_tz_offset(kol, 1719792000000, NULL, NULL), 19800);
}

static void test_tz_format(void)
{
    /* the documented example: 1692132330000 in New York */
    CHECK_STR(fmt(1692132330000, "America/New_York", "Y-m-d H:i:s"), "2023-08-15 16:45:30");
    CHECK_STR(fmt(1692132330000, "America/New_York", "T e I P O Z"),
              "EDT America/New_York 1 -04:00 -0400 -14400");
    CHECK_STR(fmt(1704067200000, "America/New_York", "T I"), "EST 0");
    CHECK_STR(fmt(1692132330000, "UTC", "c"), "2023-08-15T20:45:30+00:00");
    CHECK_STR(fmt(1692132330000, "Asia/Kolkata", "Y-m-d H:i T"), "2023-08-16 02:15 IST");
    CHECK_STR(fmt(1692132330000, "Europe/Paris", "D, d M Y H:i:s O"),
              "Tue, 15 Aug 2023 22:45:30 +0200");
    CHECK_STR(fmt(0, "UTC", "l jS F Y g:i a, \\w\\e\\e\\k W"),
              "Thursday 1st January 1970 12:00 am, week 01");
    CHECK_STR(fmt(1692132330123, "UTC", "v u U"), "123 123000 1692132330");
    CHECK_STR(fmt(1692132330000, "+05:30", "H:i P T"), "02:15 +05:30 +05:30");
}

static void test_tz_relative(void)
{
    int64_t t = 1692132330000; /* Tue 2023-08-15 20:45:30Z */
    CHECK_INT(rel(t, "UTC", "-7 days"), 1691527530000);
    CHECK_INT(rel(t, "America/Los_Angeles", "-7 days"), 1691527530000);
    CHECK_INT(rel(t, "UTC", "24 hours ago"), t - 86400000);
    CHECK_INT(rel(t, "UTC", "+1 day"), t + 86400000);
    CHECK_INT(rel(t, "UTC", "midnight"), 1692057600000);
    CHECK_INT(rel(t, "UTC", "tomorrow"), 1692144000000);
    CHECK_INT(rel(t, "UTC", "next monday"), 1692576000000); /* 2023-08-21 */
    CHECK_INT(rel(t, "UTC", "tuesday"), 1692057600000);     /* today, midnight */
    CHECK_INT(rel(t, "UTC", "next tuesday"), 1692662400000);
    CHECK_INT(rel(t, "UTC", "last friday"), 1691712000000); /* 2023-08-11 */
    CHECK_INT(rel(t, "UTC", "first day of next month"), 1693601130000);
    CHECK_INT(rel(t, "UTC", "last day of this month midnight"), 1693440000000);
    CHECK_INT(rel(t, "UTC", "first monday of september 2023"), 1693785600000);
    CHECK_INT(rel(t, "UTC", "noon"), 1692100800000);
    CHECK_INT(rel(t, "UTC", "2024-01-31 +1 month"), 1709337600000); /* 2024-03-02 */
    CHECK_INT(rel(t, "UTC", "@1700000000"), 1700000000000);
    CHECK_INT(rel(t, "UTC", "2023-08-15T20:45:30.250Z"), 1692132330250);
    CHECK_INT(rel(t, "UTC", "2023-08-15 10:00:00+02:00"), 1692086400000);
    CHECK_INT(rel(t, "UTC", "3pm"), 1692111600000);
    CHECK_INT(rel(t, "UTC", "+2 weekdays"), 1692305130000); /* Thursday */
    CHECK_INT(rel(t, "UTC", "nonsense words"), -1);
    /* DST: midnight on 2024-03-10 in New York is EST; +1 day crosses the
     * change and keeps the wall clock, +24 hours keeps the elapsed time */
    int64_t m = 1710046800000; /* 2024-03-10 00:00 EST */
    CHECK_INT(rel(m, "America/New_York", "+1 day"), 1710129600000); /* 03-11 00:00 EDT */
    CHECK_INT(rel(m, "America/New_York", "+24 hours"), 1710133200000);
    CHECK_INT(rel(m, "America/New_York", "midnight"), m);
    CHECK_INT(rel(m, "America/New_York", "02:30"), 1710055800000); /* the gap: 03:30 EDT */
    /* fall back: 01:30 exists twice; the first (EDT) wins */
    CHECK_INT(rel(1730606400000, "America/New_York", "01:30"), 1730611800000);
    /* Europe/London spring forward on 2024-03-31 */
    CHECK_INT(rel(1711843200000, "Europe/London", "+1 day midnight"), 1711926000000);
}

static void test_tz_parse(void)
{
    CHECK_INT(parse("2023-08-15 13:45:30", "Y-m-d H:i:s", "America/Los_Angeles"),
              1692132330000);
    CHECK_INT(parse("15/08/2023 20:45", "d/m/Y H:i", "UTC"), 1692132300000);
    CHECK_INT(parse("Aug 15, 2023 1:45 pm", "M d, Y g:i a", "America/Los_Angeles"),
              1692132300000);
    CHECK_INT(parse("2023-08-15T20:45:30+02:00", "Y-m-d\\TH:i:sP", "UTC"), 1692125130000);
    CHECK_INT(parse("1692132330", "U", "Europe/Paris"), 1692132330000);
    CHECK_INT(parse("2023-08-15", "!Y-m-d", "UTC"), 1692057600000);
    CHECK_INT(parse("2023-08-15", "Y-m-d|", "Europe/Paris"), 1692050400000);
    CHECK_INT(parse("2024-03-10 02:30", "Y-m-d H:i", "America/New_York"), 1710055800000);
    CHECK_INT(parse("2023-13-15", "Y-m-d|", "UTC"), -1);
    CHECK_INT(parse("2023-08-15 extra", "Y-m-d|", "UTC"), -1);
    CHECK_INT(parse("", "Y", "UTC"), -1);
}

const xs_unit_case xs_unit_libx[] = {
    {"unique_names", test_unique_names},
    {"tz_lookup", test_tz_lookup},
    {"tz_offsets", test_tz_offsets},
    {"tz_format", test_tz_format},
    {"tz_relative", test_tz_relative},
    {"tz_parse", test_tz_parse},
    {NULL, NULL},
};
