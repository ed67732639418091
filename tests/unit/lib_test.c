/* Unit tests of the standard library's filters, called directly (no
 * interpreter): only success paths, since failures need a running call. */
#include "lib/lib.h"
#include "lib/lib_int.h"
#include "unit.h"
#include "value/json.h"

/* Runs filter name on *val with JSON-written arguments; returns the JSON of
 * the result (static buffer). */
static const char *run(const char *name, const char *input, const char *args_json)
{
    static char out[512];
    const xs_filter_def *f = xs_lib_find_filter(xs_lib_builtins(), name);
    if (!f) {
        snprintf(out, sizeof out, "(no filter %s)", name);
        return out;
    }
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

static void test_registry(void)
{
    const xs_builtins *b = xs_lib_builtins();
    CHECK(b->nfamilies > 10);
    /* every name is registered once and every entry has a doc line */
    for (size_t f = 0; f < b->nfamilies; f++) {
        for (size_t i = 0; i < b->families[f]->nfilters; i++) {
            const xs_filter_def *d = &b->families[f]->filters[i];
            CHECK(d->doc && *d->doc);
            CHECK(d->min_args <= d->max_args);
            CHECK(xs_lib_find_filter(b, d->name) == d);
        }
        for (size_t i = 0; i < b->families[f]->nstmts; i++) {
            const xs_stmt_def *s = &b->families[f]->stmts[i];
            CHECK(s->doc && *s->doc);
            CHECK(xs_lib_find_stmt(b, s->name) == s);
        }
    }
    CHECK(xs_lib_find_filter(b, "no_such_filter") == NULL);
}

static void test_push_in_place(void)
{
    const xs_filter_def *push = xs_lib_find_filter(xs_lib_builtins(), "push");
    xs_value a = xs_array_new(0);
    xs_value item = xs_int(7);
    /* a unique array grows in place: its block moves only when the storage
     * doubles, never once per push (which a copy would do) */
    int moves = 0;
    for (int i = 0; i < 100000; i++) {
        const void *before = a.u.a;
        const void *items_before = xs_array_len(a) ? (const void *)xs_array_at_mut(&a, 0) : NULL;
        push->fn(NULL, &a, &item, 1);
        const void *items_after = (const void *)xs_array_at_mut(&a, 0);
        moves += a.u.a != before || (items_before && items_after != items_before);
    }
    CHECK_INT(xs_array_len(a), 100000);
    CHECK(moves < 40);
    /* a shared array is copied once and the other holder keeps its value */
    xs_value keep = xs_retain(a);
    push->fn(NULL, &a, &item, 1);
    CHECK_INT(xs_array_len(a), 100001);
    CHECK_INT(xs_array_len(keep), 100000);
    CHECK(a.u.a != keep.u.a);
    CHECK(xs_is_unique(a));
    xs_release(keep);
    xs_release(a);
}

static void test_arrays(void)
{
    CHECK_STR(run("push", "[1,2]", "[3]"), "[1,2,3]");
    CHECK_STR(run("push", "null", "[1]"), "[1]");
    CHECK_STR(run("append", "{\"a\":1}", "[2,\"b\"]"), "{\"a\":1,\"b\":2}");
    CHECK_STR(run("shift", "[1,2,3]", NULL), "1");
    CHECK_STR(run("pop", "[1,2,3]", NULL), "3");
    CHECK_STR(run("first", "[]", NULL), "null");
    CHECK_STR(run("slice", "[1,2,3,4,5]", "[1,2]"), "[2,3]");
    CHECK_STR(run("slice", "[1,2,3,4,5]", "[-2]"), "[4,5]");
    CHECK_STR(run("unique", "[1,\"1\",2,1]", NULL), "[1,2]");
    CHECK_STR(run("diff", "[4,5,6]", "[[4,5]]"), "[6]");
    CHECK_STR(run("intersect", "[1,2,3]", "[[2,3,4]]"), "[2,3]");
    CHECK_STR(run("remove", "[1,2,1,3]", "[1]"), "[2,3]");
    CHECK_STR(run("flatten", "[1,[2,[3]],[]]", NULL), "[1,2,3]");
    CHECK_STR(run("filter_empty", "[0,1,\"\",null,[],\"a\"]", NULL), "[1,\"a\"]");
    CHECK_STR(run("join", "[1,\"a\",true]", "[\"-\"]"), "\"1-a-1\"");
    CHECK_STR(run("merge", "{\"a\":1,\"b\":2}", "[{\"b\":3,\"c\":4}]"),
              "{\"a\":1,\"b\":3,\"c\":4}");
    CHECK_STR(run("range", "null", "[1,4]"), "[1,2,3,4]");
    CHECK_STR(run("reverse", "[1,2,3]", NULL), "[3,2,1]");
}

static void test_sort(void)
{
    CHECK_STR(run("sort", "[3,1,2]", NULL), "[1,2,3]");
    CHECK_STR(run("sort", "[{\"p\":10},{\"p\":9},{\"p\":100}]", "[\"p\",\"number\",false]"),
              "[{\"p\":9},{\"p\":10},{\"p\":100}]");
    CHECK_STR(run("sort", "[{\"p\":10},{\"p\":9},{\"p\":100}]", "[\"p\",\"text\",false]"),
              "[{\"p\":10},{\"p\":100},{\"p\":9}]");
    CHECK_STR(run("sort", "[\"b\",\"a\",\"c\"]", "[\"\",\"text\",true]"), "[\"c\",\"b\",\"a\"]");
    CHECK_STR(run("sort", "[\"B\",\"a\",\"C\"]", "[\"\",\"itext\",false]"), "[\"a\",\"B\",\"C\"]");
    CHECK_STR(run("sort", "[\"x10\",\"x9\",\"x1\"]", "[\"\",\"natural\",false]"),
              "[\"x1\",\"x9\",\"x10\"]");
    /* stable: equal keys keep their order */
    CHECK_STR(run("sort", "[{\"k\":1,\"i\":0},{\"k\":0,\"i\":1},{\"k\":1,\"i\":2}]",
                  "[\"k\",\"number\",false]"),
              "[{\"k\":0,\"i\":1},{\"k\":1,\"i\":0},{\"k\":1,\"i\":2}]");
}

static void test_objects(void)
{
    CHECK_STR(run("set", "{\"a\":1}", "[\"b\",2]"), "{\"a\":1,\"b\":2}");
    CHECK_STR(run("set", "null", "[\"a.b\",1]"), "{\"a\":{\"b\":1}}");
    CHECK_STR(run("set", "{\"a\":1,\"b\":2}", "[\"a\",3]"), "{\"a\":3,\"b\":2}");
    CHECK_STR(run("set_ifnotnull", "{}", "[\"a\",null]"), "{}");
    CHECK_STR(run("set_ifnotempty", "{}", "[\"a\",\"\"]"), "{}");
    CHECK_STR(run("set_conditional", "{}", "[\"a\",1,true]"), "{\"a\":1}");
    CHECK_STR(run("unset", "{\"a\":1,\"b\":2}", "[\"a\"]"), "{\"b\":2}");
    CHECK_STR(run("unset", "{\"a\":{\"b\":1,\"c\":2}}", "[\"a.b\"]"), "{\"a\":{\"c\":2}}");
    CHECK_STR(run("get", "{\"a\":{\"b\":[5,6]}}", "[\"a.b.1\"]"), "6");
    CHECK_STR(run("get", "{\"a\":null}", "[\"a\",\"d\"]"), "null");
    CHECK_STR(run("get", "{}", "[\"a\",\"d\"]"), "\"d\"");
    CHECK_STR(run("has", "{\"a\":null}", "[\"a\"]"), "true");
    CHECK_STR(run("keys", "[\"x\",\"y\"]", NULL), "[0,1]");
    CHECK_STR(run("entries", "{\"a\":1}", NULL), "[{\"key\":\"a\",\"value\":1}]");
    CHECK_STR(run("pick", "{\"a\":1,\"b\":2}", "[[\"b\"]]"), "{\"b\":2}");
    CHECK_STR(run("unpick", "{\"a\":1,\"b\":2}", "[[\"b\"]]"), "{\"a\":1}");
    CHECK_STR(
        run("index_by", "[{\"g\":\"x\",\"i\":1},{\"g\":\"y\",\"i\":2},{\"g\":\"x\",\"i\":3}]",
            "[\"g\"]"),
        "{\"x\":[{\"g\":\"x\",\"i\":1},{\"g\":\"x\",\"i\":3}],\"y\":[{\"g\":\"y\",\"i\":2}]}");
}

static void test_text(void)
{
    CHECK_STR(run("to_upper", "\"\xc3\xa9t\xc3\xa9 abc\"", NULL), "\"\xc3\x89T\xc3\x89 ABC\"");
    CHECK_STR(run("capitalize", "\"hello world\"", NULL), "\"Hello World\"");
    CHECK_STR(run("trim", "\"  a b \\n\"", NULL), "\"a b\"");
    CHECK_STR(run("trim", "\"xxaxx\"", "[\"x\"]"), "\"a\"");
    CHECK_STR(run("strlen", "\"\xc3\xa9tude\"", NULL), "5");
    CHECK_STR(run("substr", "\"hello\"", "[1,3]"), "\"ell\"");
    CHECK_STR(run("substr", "\"hello\"", "[-3]"), "\"llo\"");
    CHECK_STR(run("split", "\"a,b,,c\"", "[\",\"]"), "[\"a\",\"b\",\"\",\"c\"]");
    CHECK_STR(run("replace", "\"a-b-c\"", "[\"-\",\"+\"]"), "\"a+b+c\"");
    CHECK_STR(run("concat", "\"hello\"", "[\"world\",\", \"]"), "\"hello, world\"");
    CHECK_STR(run("index", "\"hello\"", "[\"l\"]"), "2");
    CHECK_STR(run("index", "\"hello\"", "[\"z\"]"), "false");
    CHECK_STR(run("icontains", "\"Hello\"", "[\"ELL\"]"), "true");
    CHECK_STR(run("sprintf", "\"%s has %03d items, %.2f%%\"", "[\"cart\",7,12.345]"),
              "\"cart has 007 items, 12.35%\"");
    CHECK_STR(run("sprintf", "\"%-4s|%'*6d|%x|%2$s\"", "[\"a\",42,255]"), "\"a   |****42|ff|42\"");
    CHECK_STR(run("addslashes", "\"O'Re\\\"il\"", NULL), "\"O\\\\'Re\\\\\\\"il\"");
}

static void test_numbers(void)
{
    CHECK_DBL(xs_lib_round(-3.55, 1), -3.6, 1e-12);
    CHECK_DBL(xs_lib_round(1.005, 2), 1.01, 1e-12);
    CHECK_DBL(xs_lib_round(2.5, 0), 3, 0);
    CHECK_DBL(xs_lib_round(-2.5, 0), -3, 0);
    CHECK_DBL(xs_lib_round(1234.5678, -2), 1200, 0);
    CHECK_DBL(xs_lib_round(0.285, 2), 0.29, 1e-12);
    CHECK_STR(run("multiply", "2.5", "[6]"), "15");
    CHECK_STR(run("divide", "20", "[4]"), "5");
    CHECK_STR(run("divide", "7", "[2]"), "3.5");
    CHECK_STR(run("modulus", "-8", "[3]"), "-2");
    CHECK_STR(run("sqrt", "9", NULL), "3");
    CHECK_STR(run("add", "9223372036854775807", "[1]"), "9.223372036854776e+18");
    CHECK_STR(run("pow", "2", "[10]"), "1024");
    CHECK_STR(run("avg", "[2,4]", NULL), "3");
    CHECK_STR(run("sum", "[1,2.5]", NULL), "3.5");
    CHECK_STR(run("array_max", "[3,10,2]", NULL), "10");
    CHECK_STR(run("min", "5", "[3]"), "3");
    CHECK_STR(run("number_format", "1234567.891", "[2,\".\",\",\"]"), "\"1,234,567.89\"");
    CHECK_STR(run("to_int", "\"133.45 kg\"", NULL), "133");
    CHECK_STR(run("to_int", "-3.99", NULL), "-3");
    CHECK_STR(run("to_decimal", "\"2.5x\"", NULL), "2.5");
    CHECK_STR(run("to_bool", "\"false\"", NULL), "false");
    CHECK_STR(run("to_text", "2.0", NULL), "\"2\"");
    CHECK_STR(run("less_than", "\"10\"", "[\"9\"]"), "false");
    CHECK_STR(run("less_than", "\"abc\"", "[\"abd\"]"), "true");
    CHECK_STR(run("equals", "100", "[\"100\"]"), "true");
    CHECK_STR(run("in", "[1,2,3]", "[3]"), "true");
}

static void test_time_and_hash(void)
{
    CHECK_STR(run("format_timestamp", "1692132330000", "[\"Y-m-d H:i:s\"]"),
              "\"2023-08-15 20:45:30\"");
    CHECK_STR(
        run("format_timestamp", "0", "[\"D, d M Y H:i:s O|c|N jS F|W o\"]"),
        "\"Thu, 01 Jan 1970 00:00:00 +0000|1970-01-01T00:00:00+00:00|4 1st January|01 1970\"");
    CHECK_STR(run("format_timestamp", "0", "[\"H:i P\",\"-05:00\"]"), "\"19:00 -05:00\"");
    CHECK_STR(run("transform_timestamp", "1706659200000", "[\"+1 month\"]"),
              "1709337600000"); /* 2024-01-31 + 1 month is 2024-03-02 */
    CHECK_STR(run("transform_timestamp", "1692132330000", "[\"-7 days\"]"), "1691527530000");
    CHECK_STR(run("transform_timestamp", "1692132330000", "[\"first day of next month\"]"),
              "1693601130000");
    CHECK_STR(run("transform_timestamp", "1692132330000", "[\"tomorrow\"]"), "1692144000000");
    /* text input needs the run clock (relative forms): covered by the goldens */
    CHECK_STR(run("to_timestamp", "1692132330000", NULL), "1692132330000");
    CHECK_STR(run("add_secs_to_timestamp", "1698710400000", "[30]"), "1698710430000");
    CHECK_STR(run("md5", "\"hello\"", NULL), "\"5d41402abc4b2a76b9719d911017c592\"");
    CHECK_STR(run("sha256", "\"abc\"", NULL),
              "\"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad\"");
    CHECK_STR(run("hmac_sha256", "\"data\"", "[\"key\"]"),
              "\"5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0\"");
    CHECK_STR(run("base64_encode", "\"hello?\"", NULL), "\"aGVsbG8/\"");
    CHECK_STR(run("base64_decode", "\"aGVsbG8/\"", NULL), "\"hello?\"");
    CHECK_STR(run("url_encode", "\"Hello, World!\"", NULL), "\"Hello%2C%20World%21\"");
    CHECK_STR(run("url_decode", "\"a+b%20c\"", NULL), "\"a b c\"");
    CHECK_INT(strlen(run("uuid", "null", NULL)), 38);
}

const xs_unit_case xs_unit_lib[] = {
    {"registry", test_registry},
    {"push_in_place", test_push_in_place},
    {"arrays", test_arrays},
    {"sort", test_sort},
    {"objects", test_objects},
    {"text", test_text},
    {"numbers", test_numbers},
    {"time_and_hash", test_time_and_hash},
    {NULL, NULL},
};
