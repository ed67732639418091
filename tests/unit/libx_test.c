/* Unit tests of the families that rest on outside libraries: time zones
 * (the TZif reader, DST, formatting, relative expressions, parsing with a
 * format), regex, encodings and crypto, plus the one-name-one-builtin rule
 * across every family. */
#include <iconv.h>
#include <pthread.h>

#include "lib/crypto_int.h"
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
    CHECK_STR(xs_tz_name(xs_tz_find(XS_STR("PDT"))), "-07:00");
    CHECK_STR(xs_tz_name(xs_tz_find(XS_STR("EST"))), "EST"); /* the database's own zone */
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

/* Zones looked up and used from several threads at once (as runner
 * threads do) give the answers one thread gets. */
static const char *const thread_zones[] = {
    "Europe/Berlin", "Asia/Tokyo", "America/Chicago", "Africa/Cairo", "Pacific/Auckland",
    "America/Sao_Paulo", "Europe/Moscow", "Asia/Kathmandu", "America/St_Johns", "Europe/Dublin",
};

static void *tz_worker(void *arg)
{
    int *bad = arg;
    for (int round = 0; round < 50; round++) {
        for (size_t i = 0; i < XS_COUNTOF(thread_zones); i++) {
            const xs_tz *z = xs_tz_find(xs_str_of(thread_zones[i]));
            if (!z) {
                (*bad)++;
                continue;
            }
            int64_t ms = 1700000000000 + (int64_t)round * 86400000 * 7;
            int64_t back = ms;
            xs_buf b;
            xs_buf_init(&b);
            xs_tz_format(&b, XS_STR("Y-m-d H:i:s"), ms, z);
            if (!xs_tz_parse_format(xs_str_of(xs_buf_cstr(&b)), XS_STR("Y-m-d H:i:s"), z, 0,
                                    &back) ||
                back != ms)
                (*bad)++;
            xs_buf_release(&b);
        }
    }
    return NULL;
}

static void test_tz_threads(void)
{
    pthread_t th[8];
    int bad[8] = {0};
    for (int i = 0; i < 8; i++)
        pthread_create(&th[i], NULL, tz_worker, &bad[i]);
    for (int i = 0; i < 8; i++) {
        pthread_join(th[i], NULL);
        CHECK_INT(bad[i], 0);
    }
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
    CHECK_INT(parse("2023-08-15 13:45:30 PDT", "Y-m-d H:i:s T", "UTC"), 1692132330000);
    CHECK_INT(parse("2023-08-15", "!Y-m-d", "UTC"), 1692057600000);
    CHECK_INT(parse("2023-08-15", "Y-m-d|", "Europe/Paris"), 1692050400000);
    CHECK_INT(parse("2024-03-10 02:30", "Y-m-d H:i", "America/New_York"), 1710055800000);
    CHECK_INT(parse("2023-13-15", "Y-m-d|", "UTC"), -1);
    CHECK_INT(parse("2023-08-15 extra", "Y-m-d|", "UTC"), -1);
    CHECK_INT(parse("", "Y", "UTC"), -1);
}


/* ---- filters called directly (success paths: no running call) ---- */

static const char *run(const char *name, const char *input, const char *args_json)
{
    static char out[1024];
    const xs_filter_def *f = xs_lib_find_filter(xs_lib_builtins(), name);
    if (!f)
        return "(no filter)";
    xs_diag d;
    xs_diag_init(&d);
    xs_value val, args = xs_null();
    xs_json_decode(input, strlen(input), &val, &d);
    if (args_json)
        xs_json_decode(args_json, strlen(args_json), &args, &d);
    size_t n = args.type == XS_ARRAY ? xs_array_len(args) : 0;
    xs_value argv[8];
    for (size_t i = 0; i < n && i < 8; i++)
        argv[i] = xs_array_at(args, i);
    xs_status st = f->fn(NULL, &val, argv, n);
    xs_buf b;
    xs_buf_init(&b);
    if (st == XS_OK)
        xs_json_encode(val, XS_JSON_COMPACT, &b);
    else
        xs_buf_adds(&b, "(failed)");
    snprintf(out, sizeof out, "%s", xs_buf_cstr(&b));
    xs_buf_release(&b);
    xs_release(val);
    xs_release(args);
    xs_diag_release(&d);
    return out;
}

static void test_regex(void)
{
    CHECK_STR(run("regex_matches", "\"/^a.*c$/\"", "[\"abbbbc\"]"), "true");
    CHECK_STR(run("regex_matches", "\"/^A/i\"", "[\"abc\"]"), "true");
    CHECK_STR(run("regex_matches", "\"#^[a-z]+$#\"", "[\"ABC\"]"), "false");
    CHECK_STR(run("regex_get_first_match", "\"/(\\\\w+)@(\\\\w+)\\\\.(\\\\w+)/\"",
                  "[\"test@example.com\"]"),
              "[\"test@example.com\",\"test\",\"example\",\"com\"]");
    CHECK_STR(run("regex_get_first_match", "\"/(a)(x)?/\"", "[\"a\"]"), "[\"a\",\"a\"]");
    CHECK_STR(run("regex_get_first_match", "\"/z/\"", "[\"a\"]"), "[]");
    CHECK_STR(run("regex_get_all_matches", "\"/(\\\\d)(\\\\w)/\"", "[\"1a 2b 3\"]"),
              "[[\"1a\",\"2b\"],[\"1\",\"2\"],[\"a\",\"b\"]]");
    CHECK_STR(run("regex_get_all_matches", "\"/(?<n>\\\\d)/\"", "[\"1 2\"]"),
              "{\"0\":[\"1\",\"2\"],\"n\":[\"1\",\"2\"],\"1\":[\"1\",\"2\"]}");
    CHECK_STR(run("regex_replace", "\"/(\\\\w+) (\\\\w+)/\"", "[\"$2 ${1}!\\\\1\",\"hello world\"]"),
              "\"world hello!hello\"");
    CHECK_STR(run("regex_replace", "\"/\\\\s+/\"", "[\"-\",\"Hello   World\"]"), "\"Hello-World\"");
    CHECK_STR(run("regex_replace", "\"/x*/\"", "[\"-\",\"abc\"]"), "\"-a-b-c-\"");
    CHECK_STR(run("regex_replace", "\"/é/u\"", "[\"e\",\"café\"]"), "\"cafe\"");
    CHECK_STR(run("regex_quote", "\"Hello. How are you?\"", "[\"/\"]"),
              "\"Hello\\\\. How are you\\\\?\"");
    CHECK_STR(run("regex_quote", "\"a/b#c\"", NULL), "\"a/b\\\\#c\"");
    CHECK_STR(run("regex_quote", "\"a/b\"", "[\"/\"]"), "\"a\\\\/b\"");
}

static void test_encoding(void)
{
    CHECK_STR(run("url_addarg", "\"https://example.com?foo=bar\"", "[\"fiz\",\"buz\"]"),
              "\"https://example.com?foo=bar&fiz=buz\"");
    CHECK_STR(run("url_addarg", "\"https://x.io/p?a=1&b=2#top\"", "[\"a\",\"x y\"]"),
              "\"https://x.io/p?b=2&a=x+y#top\"");
    CHECK_STR(run("url_addarg", "\"https://x.io\"", "[\"q\",\"1\"]"), "\"https://x.io?q=1\"");
    CHECK_STR(run("url_delarg", "\"https://example.com?foo=bar&fiz=buz\"", "[\"fiz\"]"),
              "\"https://example.com?foo=bar\"");
    CHECK_STR(run("url_delarg", "\"https://x.io/?a=1#f\"", "[\"a\"]"), "\"https://x.io/#f\"");
    CHECK_STR(run("url_getarg", "\"https://example.com?foo=bar&fiz=buz\"", "[\"fiz\"]"),
              "\"buz\"");
    CHECK_STR(run("url_getarg", "\"https://x.io?a=%20b\"", "[\"z\",\"dflt\"]"), "\"dflt\"");
    CHECK_STR(run("url_getarg", "\"https://x.io?a=%20b+c\"", "[\"a\"]"), "\" b c\"");
    CHECK_STR(run("url_hasarg", "\"https://x.io?a=1\"", "[\"b\"]"), "false");
    CHECK_STR(run("url_parse", "\"https://u:p@example.com:8080/path?foo=bar#frag\"", NULL),
              "{\"scheme\":\"https\",\"host\":\"example.com\",\"port\":8080,\"user\":\"u\","
              "\"pass\":\"p\",\"path\":\"/path\",\"query\":\"foo=bar\",\"fragment\":\"frag\"}");
    CHECK_STR(run("url_parse", "\"/just/a/path\"", NULL), "{\"path\":\"/just/a/path\"}");
    CHECK_STR(run("querystring_parse", "\"foo=bar&fiz=buz\"", NULL),
              "{\"foo\":\"bar\",\"fiz\":\"buz\"}");
    CHECK_STR(run("querystring_parse", "\"a[]=1&a[]=2&o[k]=v&e\"", NULL),
              "{\"a\":[\"1\",\"2\"],\"o\":{\"k\":\"v\"},\"e\":\"\"}");
    CHECK_STR(run("dechex", "255", NULL), "\"ff\"");
    CHECK_STR(run("dechex", "-1", NULL), "\"ffffffffffffffff\"");
    CHECK_STR(run("hexdec", "\"ff\"", NULL), "255");
    CHECK_STR(run("hexdec", "\"0xFF\"", NULL), "255");
    CHECK_STR(run("hexdec", "\"ffffffffffffffff\"", NULL), "1.8446744073709552e+19");
    CHECK_STR(run("decbin", "\"10\"", NULL), "\"1010\"");
    CHECK_STR(run("bindec", "\"1010\"", NULL), "10");
    CHECK_STR(run("decoct", "\"10\"", NULL), "\"12\"");
    CHECK_STR(run("octdec", "\"12\"", NULL), "10");
    CHECK_STR(run("base_convert", "\"ff\"", "[16,10]"), "\"255\"");
    CHECK_STR(run("base_convert", "\"zz\"", "[36,2]"), "\"10100001111\"");
    CHECK_STR(run("csv_decode", "\"a,b,\\\"c,d\\\"\\r\\n1,\\\"x\\\"\\\"y\\\",\\n\"", NULL),
              "[[\"a\",\"b\",\"c,d\"],[\"1\",\"x\\\"y\",\"\"]]");
    CHECK_STR(run("csv_decode", "\"a;b\"", "[\";\"]"), "[[\"a\",\"b\"]]");
    CHECK_STR(run("csv_parse", "\"name,age\\nann,3\\nbob\"", NULL),
              "[{\"name\":\"ann\",\"age\":\"3\"},{\"name\":\"bob\",\"age\":\"\"}]");
    CHECK_STR(run("csv_encode", "[[\"a\",\"b c\"],[1,\"x\\\"y\"],[null,true]]", NULL),
              "\"a,\\\"b c\\\"\\n1,\\\"x\\\"\\\"y\\\"\\n,true\\n\"");
    CHECK_STR(run("csv_create", "[{\"n\":\"a\",\"v\":1},{\"v\":2,\"n\":\"b\"}]", NULL),
              "\"n,v\\na,1\\nb,2\\n\"");
    CHECK_STR(run("yaml_decode", "\"a: 1\\nb: [x, 'y']\\nc: {d: ~, e: yes}\\nf: 1.5\"", NULL),
              "{\"a\":1,\"b\":[\"x\",\"y\"],\"c\":{\"d\":null,\"e\":true},\"f\":1.5}");
    CHECK_STR(run("yaml_decode", "\"- |\\n  two\\n  lines\\n- '007'\"", NULL),
              "[\"two\\nlines\\n\",\"007\"]");
    CHECK_STR(run("yaml_encode", "{\"a\":1,\"b\":2,\"c\":3}", NULL), "\"a: 1\\nb: 2\\nc: 3\\n\"");
    CHECK_STR(run("yaml_encode", "{\"l\":[{\"k\":\"true\"},[]],\"s\":\"a: b\"}", NULL),
              "\"l:\\n  - k: \\\"true\\\"\\n  - []\\ns: \\\"a: b\\\"\\n\"");
    CHECK_STR(run("xml_decode", "\"<root><a>1</a><b>2</b><c>3</c></root>\"", NULL),
              "{\"a\":\"1\",\"b\":\"2\",\"c\":\"3\"}");
    CHECK_STR(run("xml_decode", "\"<r v=\\\"1\\\"><i>x</i><i>y</i><e/></r>\"", NULL),
              "{\"@attributes\":{\"v\":\"1\"},\"i\":[\"x\",\"y\"],\"e\":{}}");
    CHECK_STR(run("xml_decode",
                  "\"<!DOCTYPE r [<!ENTITY x SYSTEM \\\"file:///etc/passwd\\\">]><r>&x;</r>\"",
                  NULL),
              "{}");
    CHECK_STR(run("detect_encoding", "\"étude\"", NULL), "\"UTF-8\"");
    CHECK_STR(run("detect_encoding", "\"abc\"", NULL), "\"ASCII\"");
    CHECK_STR(run("detect_encoding", "\"\\u00e9\"", "[\"ASCII\"]"), "false");
    CHECK_STR(run("from_utf8", "\"é\"", NULL), "\"\xef\xbf\xbd\""); /* one Latin-1 byte */
    CHECK_STR(run("convert_encoding", "\"é€\"", "[\"ISO-8859-1\",\"UTF-8\"]"),
              "\"\xef\xbf\xbd?\"");
    CHECK_STR(run("unaccent", "\"études Ærø Œuvre ß Ğü\"", NULL), "\"etudes AEro OEuvre ss Gu\"");
    CHECK_STR(run("unaccent", "\"e\\u0301\"", NULL), "\"e\"");
    CHECK_STR(run("to_expr", "\"(2 + 1) % 2\"", NULL), "1");
    CHECK_STR(run("to_expr", "\"7 / 2 > 3 && 'a' == \\\"a\\\"\"", NULL), "true");
    CHECK_STR(run("to_expr", "\"-2 * 3.5\"", NULL), "-7");
    /* every encoding listed is one iconv knows */
    xs_diag d;
    xs_diag_init(&d);
    const char *list = run("list_encodings", "null", NULL);
    xs_value v;
    CHECK(xs_json_decode(list, strlen(list), &v, &d) == XS_OK);
    CHECK(v.type == XS_ARRAY && xs_array_len(v) > 20);
    for (size_t i = 0; v.type == XS_ARRAY && i < xs_array_len(v); i++) {
        iconv_t cd = iconv_open("UTF-8", xs_text_ptr(xs_array_at(v, i)));
        if (cd == (iconv_t)-1)
            xs_unit_fail(__FILE__, __LINE__, "iconv does not know %s",
                         xs_text_ptr(xs_array_at(v, i)));
        else
            iconv_close(cd);
    }
    xs_release(v);
    xs_diag_release(&d);
}

/* ---- crypto ---- */

static xs_value J(const char *json)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_value v = xs_null();
    xs_json_decode(json, strlen(json), &v, &d);
    xs_diag_release(&d);
    return v;
}

/* A decoded temporary, released by drop_temps() at the end of the case. */
static xs_value temps[16];
static size_t ntemps;

static xs_value JT(const char *json)
{
    xs_value v = J(json);
    if (ntemps < XS_COUNTOF(temps))
        temps[ntemps++] = v;
    return v;
}

static void drop_temps(void)
{
    while (ntemps)
        xs_release(temps[--ntemps]);
}

static void test_encrypt(void)
{
    xs_value data = xs_text_cstr("hello"), alg = xs_text_cstr("aes-192-cbc");
    xs_value key = xs_text_cstr("1494AX6XJUsDe51kF9S9sA=="), iv = xs_text_cstr("27222b6032574bad");
    xs_value enc = xs_null(), dec = xs_null();
    CHECK(xs_crypto_encrypt(NULL, data, alg, key, iv, false, &enc) == XS_OK);
    /* openssl enc -aes-192-cbc with the same key and iv */
    static const unsigned char want[] = {0xb9, 0x99, 0xed, 0x5a, 0x20, 0xad, 0x72, 0x7c,
                                         0x35, 0x97, 0xca, 0xc0, 0xe9, 0x7e, 0xdb, 0x6c};
    CHECK(enc.type == XS_TEXT && xs_text_len(enc) == 16 &&
          memcmp(xs_text_ptr(enc), want, 16) == 0);
    CHECK(xs_crypto_encrypt(NULL, enc, alg, key, iv, true, &dec) == XS_OK);
    CHECK_STR(xs_text_ptr(dec), "hello");
    xs_value bad = xs_null(), other = xs_text_cstr("another key of some length");
    CHECK(xs_crypto_encrypt(NULL, enc, alg, other, iv, true, &bad) != XS_OK ||
          strcmp(xs_text_ptr(bad), "hello") != 0);
    xs_value gcm = xs_text_cstr("aes-256-gcm");
    CHECK(xs_crypto_encrypt(NULL, data, gcm, key, iv, false, &bad) != XS_OK);
    xs_release(bad);
    xs_release(other);
    xs_release(gcm);
    xs_release(data), xs_release(alg), xs_release(key), xs_release(iv), xs_release(enc);
    xs_release(dec);
}

static void jws_roundtrip(const char *alg, xs_value priv, xs_value pub)
{
    xs_value claims = J("{\"sub\":\"1\",\"n\":2}"), a = xs_text_cstr(alg);
    xs_value tok = xs_null(), got = xs_null();
    int64_t now = 1700000000000;
    CHECK(xs_crypto_jws_encode(NULL, claims, xs_null(), priv, a, 60, now, &tok) == XS_OK);
    CHECK(xs_crypto_jws_decode(NULL, tok, pub, a, JT("{\"sub\":\"1\"}"), 0, now, &got) == XS_OK);
    CHECK(got.type == XS_OBJECT && xs_object_len(got) == 4); /* sub, n, iat, exp */
    xs_release(got);
    got = xs_null();
    /* expired one minute later; a wrong claim; a tampered token */
    CHECK(xs_crypto_jws_decode(NULL, tok, pub, a, xs_null(), 0, now + 61000, &got) != XS_OK);
    CHECK(xs_crypto_jws_decode(NULL, tok, pub, a, JT("{\"sub\":\"2\"}"), 0, now, &got) != XS_OK);
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_add(&b, xs_text_ptr(tok), xs_text_len(tok));
    b.ptr[b.len - 3] = b.ptr[b.len - 3] == 'A' ? 'B' : 'A';
    xs_value bad = xs_text_from_buf(&b);
    CHECK(xs_crypto_jws_decode(NULL, bad, pub, a, xs_null(), 0, now, &got) != XS_OK);
    xs_release(bad);
    xs_buf_release(&b);
    xs_release(claims), xs_release(a), xs_release(tok);
    drop_temps();
}

static void test_jws(void)
{
    /* the RFC 7515 A.1 example HMAC key and payload produce its signature */
    xs_value key = J("{\"kty\":\"oct\",\"k\":\"AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75"
                     "aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow\"}");
    jws_roundtrip("HS256", key, key);
    xs_release(key);
    xs_value sec = xs_text_cstr("a-string-secret-at-least-256-bits-long");
    xs_value tok = xs_null(), alg = xs_text_cstr("HS256");
    xs_value claims = J("{\"sub\":\"1234567890\",\"name\":\"John Doe\",\"admin\":true,"
                        "\"iat\":1516239022}");
    CHECK(xs_crypto_jws_encode(NULL, claims, xs_null(), sec, alg, 0, 0, &tok) == XS_OK);
    CHECK_STR(xs_text_ptr(tok),
              "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiYWRtaW4iO"
              "nRydWUsImlhdCI6MTUxNjIzOTAyMn0.CcmQUsS4ugRXhuSHCLDfXeNOHvRriSyO5m5b2PtWTmU");
    /* a token signed with HS256 is refused when RS256 is expected */
    xs_value rs = xs_text_cstr("RS256"), got = xs_null();
    CHECK(xs_crypto_jws_decode(NULL, tok, sec, rs, xs_null(), 0, 0, &got) != XS_OK);
    xs_release(rs), xs_release(sec), xs_release(tok), xs_release(alg), xs_release(claims);
    for (int i = 0; i < 3; i++) {
        static const char *const curves[] = {"P-256", "P-384", "P-521"};
        static const char *const algs[] = {"ES256", "ES384", "ES512"};
        xs_value crv = xs_text_cstr(curves[i]), k = xs_null();
        CHECK(xs_crypto_new_curve_key(NULL, crv, xs_null(), &k) == XS_OK);
        jws_roundtrip(algs[i], k, k);
        xs_release(k);
        xs_release(crv);
    }
    xs_value pem = xs_text_cstr("pem"), rk = xs_null(), jk = xs_null();
    CHECK(xs_crypto_new_rsa_key(NULL, 2048, pem, &rk) == XS_OK);
    CHECK(xs_crypto_new_rsa_key(NULL, 2048, xs_null(), &jk) == XS_OK);
    jws_roundtrip("RS256", rk, rk);
    jws_roundtrip("PS384", rk, rk);
    jws_roundtrip("RS512", jk, jk);
    jws_roundtrip("PS256", jk, jk);
    xs_release(pem), xs_release(rk), xs_release(jk);
}

static void jwe_roundtrip(const char *ka, const char *enc, xs_value key)
{
    xs_value claims = J("{\"data\":\"secret\"}"), k = xs_text_cstr(ka), e = xs_text_cstr(enc);
    xs_value tok = xs_null(), got = xs_null();
    CHECK(xs_crypto_jwe_encode(NULL, claims, JT("{\"kid\":\"1\"}"), key, k, e, 0, 0, &tok) == XS_OK);
    CHECK(xs_crypto_jwe_decode(NULL, tok, key, k, e, xs_null(), 0, 0, &got) == XS_OK);
    const xs_value *d = got.type == XS_OBJECT ? xs_object_get(got, XS_STR("data")) : NULL;
    if (!d || d->type != XS_TEXT || strcmp(xs_text_ptr(*d), "secret") != 0)
        xs_unit_fail(__FILE__, __LINE__, "%s + %s did not round-trip", ka, enc);
    xs_release(got);
    got = xs_null();
    xs_value other = xs_text_cstr("some other key");
    if (key.type == XS_TEXT &&
        xs_crypto_jwe_decode(NULL, tok, other, k, e, xs_null(), 0, 0, &got) == XS_OK)
        xs_unit_fail(__FILE__, __LINE__, "%s + %s decrypted under another key", ka, enc);
    xs_release(other), xs_release(claims), xs_release(k), xs_release(e), xs_release(tok);
    drop_temps();
}

static void test_jwe(void)
{
    static const char *const encs[] = {"A128GCM",       "A192GCM",       "A256GCM",
                                       "A128CBC-HS256", "A192CBC-HS384", "A256CBC-HS512"};
    xs_value sec = xs_text_cstr("a-string-secret-at-least-256-bits-long");
    for (size_t i = 0; i < XS_COUNTOF(encs); i++) {
        jwe_roundtrip("dir", encs[i], sec);
        jwe_roundtrip("A128KW", encs[i], sec);
        jwe_roundtrip("A256KW", encs[i], sec);
    }
    xs_value rk = xs_null();
    CHECK(xs_crypto_new_rsa_key(NULL, 2048, xs_null(), &rk) == XS_OK);
    jwe_roundtrip("RSA-OAEP", "A256GCM", rk);
    jwe_roundtrip("RSA-OAEP-256", "A128CBC-HS256", rk);
    xs_release(rk);
    xs_release(sec);
}

static void test_passwords(void)
{
    /* PHP's manual example for password_verify */
    CHECK(xs_crypto_password_verify(
        XS_STR("rasmuslerdorf"), XS_STR("$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a")));
    CHECK(!xs_crypto_password_verify(
        XS_STR("rasmuslerdorF"), XS_STR("$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a")));
    CHECK(!xs_crypto_password_verify(XS_STR("x"), XS_STR("")));
    CHECK(!xs_crypto_password_verify(XS_STR("x"), XS_STR("plain")));
    xs_value h = xs_null();
    CHECK(xs_crypto_password_hash(NULL, XS_STR("s3cret"), &h) == XS_OK);
    CHECK(h.type == XS_TEXT && strncmp(xs_text_ptr(h), "$2y$10$", 7) == 0);
    CHECK(xs_crypto_password_verify(XS_STR("s3cret"), xs_text_str(h)));
    CHECK(!xs_crypto_password_verify(XS_STR("s3cre"), xs_text_str(h)));
    /* the form the store keeps as is */
    CHECK(xs_crypto_password_is_hash(xs_text_str(h)));
    CHECK(xs_crypto_password_is_hash(
        XS_STR("$2b$12$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a")));
    CHECK(!xs_crypto_password_is_hash(
        XS_STR("$2y$03$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1a")));
    CHECK(!xs_crypto_password_is_hash(
        XS_STR("$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1")));
    CHECK(!xs_crypto_password_is_hash(
        XS_STR("$2y$10$.vGA1O9wmRjrwAVXD98HNOgsNpDczlqm3Jq7KnEd1rVAGv3Fykk1!")));
    CHECK(!xs_crypto_password_is_hash(XS_STR("pbkdf2_sha256$100000$c2FsdA==$aGFzaA==")));
    xs_release(h);
}

static void test_auth_token(void)
{
    xs_value tok = xs_null(), got = xs_null(), table = xs_text_cstr("users");
    xs_str secret = XS_STR("0123456789abcdef-secret");
    int64_t now = 1700000000000;
    CHECK(xs_crypto_auth_token(NULL, secret, xs_int(7), table, JT("{\"role\":\"admin\"}"), 3600,
                               now, &tok) == XS_OK);
    CHECK(xs_crypto_auth_token_read(NULL, secret, xs_text_str(tok), now + 1000, &got) == XS_OK);
    const xs_value *id = got.type == XS_OBJECT ? xs_object_get(got, XS_STR("id")) : NULL;
    CHECK(id && id->type == XS_INT && id->u.i == 7);
    xs_release(got);
    got = xs_null();
    CHECK(xs_crypto_auth_token_read(NULL, secret, xs_text_str(tok), now + 3601000, &got) != XS_OK);
    CHECK(xs_crypto_auth_token_read(NULL, XS_STR("0123456789abcdef-other"), xs_text_str(tok), now,
                                    &got) != XS_OK);
    CHECK(xs_crypto_auth_token(NULL, XS_STR("short"), xs_int(7), table, xs_null(), 3600, now,
                               &got) != XS_OK);
    xs_release(tok);
    xs_release(table);
    drop_temps();
}

static void test_secureid(void)
{
    char enc[128];
    snprintf(enc, sizeof enc, "%s", run("secureid_encode", "12345", "[\"my_salt\"]"));
    CHECK_STR(run("secureid_decode", enc, "[\"my_salt\"]"), "12345");
    snprintf(enc, sizeof enc, "%s", run("secureid_encode", "0", "[\"s\"]"));
    CHECK_STR(run("secureid_decode", enc, "[\"s\"]"), "0");
    snprintf(enc, sizeof enc, "%s", run("secureid_encode", "9223372036854775807", "[\"s\"]"));
    CHECK_STR(run("secureid_decode", enc, "[\"s\"]"), "9223372036854775807");
}

const xs_unit_case xs_unit_libx[] = {
    {"unique_names", test_unique_names},
    {"tz_lookup", test_tz_lookup},
    {"tz_offsets", test_tz_offsets},
    {"tz_format", test_tz_format},
    {"tz_relative", test_tz_relative},
    {"tz_parse", test_tz_parse},
    {"tz_threads", test_tz_threads},
    {"regex", test_regex},
    {"encoding", test_encoding},
    {"encrypt", test_encrypt},
    {"jws", test_jws},
    {"jwe", test_jwe},
    {"passwords", test_passwords},
    {"auth_token", test_auth_token},
    {"secureid", test_secureid},
    {NULL, NULL},
};
