/* Unit tests for src/value/json: RFC 8259 decoding with positions, and the
 * deterministic encoder. */
#include "unit.h"

#include <math.h>

#include "base/alloc.h"
#include "value/json.h"

/* Decodes n bytes of s and re-encodes compactly; "ERR line:col message"
 * on failure. The result is a static buffer. */
static const char *roundtrip_n(const char *s, size_t n)
{
    static char out[4096];
    xs_diag d;
    xs_diag_init(&d);
    xs_value v;
    xs_status st = xs_json_decode(s, n, &v, &d);
    if (st != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        snprintf(out, sizeof out, "ERR %d:%d %s", e ? e->line : -1, e ? e->col : -1,
                 e ? e->message : "(no diag)");
        if (v.type != XS_NULL)
            snprintf(out, sizeof out, "ERR but value not null");
    } else {
        xs_buf b;
        xs_buf_init(&b);
        xs_json_encode(v, XS_JSON_COMPACT, &b);
        snprintf(out, sizeof out, "%s", xs_buf_cstr(&b));
        xs_buf_release(&b);
        xs_release(v);
    }
    xs_diag_release(&d);
    return out;
}

static const char *rt(const char *s)
{
    return roundtrip_n(s, strlen(s));
}

/* Checks that s fails at line:col with a message containing want. */
#define CHECK_ERR(s, line, col, want)                                                              \
    do {                                                                                           \
        const char *got_ = rt(s);                                                                  \
        char pos_[32];                                                                             \
        snprintf(pos_, sizeof pos_, "ERR %d:%d ", (line), (col));                                  \
        if (strncmp(got_, pos_, strlen(pos_)) != 0 || !strstr(got_, (want)))                       \
            xs_unit_fail(__FILE__, __LINE__, "%s: got \"%s\", want \"%s...%s\"", #s, got_, pos_,   \
                         (want));                                                                  \
    } while (0)

static void accepts_and_normalises(void)
{
    CHECK_STR(rt("null"), "null");
    CHECK_STR(rt(" true "), "true");
    CHECK_STR(rt("\t\r\nfalse\n"), "false");
    CHECK_STR(rt("0"), "0");
    CHECK_STR(rt("-0"), "0");
    CHECK_STR(rt("-0.0"), "0");
    CHECK_STR(rt("[]"), "[]");
    CHECK_STR(rt("{}"), "{}");
    CHECK_STR(rt("[ 1 , 2 ,3 ]"), "[1,2,3]");
    CHECK_STR(rt("{ \"a\" : 1 , \"b\" : [ ] }"), "{\"a\":1,\"b\":[]}");
    CHECK_STR(rt("\"\""), "\"\"");
    CHECK_STR(rt("\"a\\\"b\\\\c\\/d\""), "\"a\\\"b\\\\c/d\"");
    CHECK_STR(rt("\"\\b\\f\\n\\r\\t\""), "\"\\b\\f\\n\\r\\t\"");
    CHECK_STR(rt("\"\\u0001\\u001F\\u007f\""), "\"\\u0001\\u001f\x7f\"");
    CHECK_STR(rt("\"\\u00e9\""), "\"\xc3\xa9\"");
    CHECK_STR(rt("\"\\u00E9t\\u00e9\""), "\"\xc3\xa9t\xc3\xa9\"");
    CHECK_STR(rt("\"\\ud83d\\ude00\""), "\"\xf0\x9f\x98\x80\"");
    CHECK_STR(rt("\"\\u20ac\""), "\"\xe2\x82\xac\"");
    CHECK_STR(rt("\"\\u0000\""), "\"\\u0000\"");
    CHECK_STR(rt("\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\""),
              "\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80\xf4\x8f\xbf\xbf\"");
    CHECK_STR(rt("\xef\xbb\xbf[1]"), "[1]"); /* BOM skipped */
    /* Duplicate keys: last value wins, at the first key's position. */
    CHECK_STR(rt("{\"a\":1,\"b\":2,\"a\":3}"), "{\"a\":3,\"b\":2}");
    /* Escaped keys are real keys. */
    CHECK_STR(rt("{\"\\u0061\":1,\"a\":2}"), "{\"a\":2}");
}

static void numbers(void)
{
    CHECK_STR(rt("9223372036854775807"), "9223372036854775807");
    CHECK_STR(rt("-9223372036854775808"), "-9223372036854775808");
    /* Beyond int64: a decimal. */
    CHECK_STR(rt("9223372036854775808"), "9.223372036854776e+18");
    CHECK_STR(rt("-9223372036854775809"), "-9.223372036854776e+18");
    CHECK_STR(rt("123456789012345678901234567890"), "1.2345678901234568e+29");
    CHECK_STR(rt("1.5"), "1.5");
    CHECK_STR(rt("15.0"), "15");
    CHECK_STR(rt("1e2"), "100");
    CHECK_STR(rt("1E+2"), "100");
    CHECK_STR(rt("25e-1"), "2.5");
    CHECK_STR(rt("0.1"), "0.1");
    CHECK_STR(rt("0.30000000000000004"), "0.30000000000000004");
    CHECK_STR(rt("1e300"), "1e+300");
    CHECK_STR(rt("1e-400"), "0");
    CHECK_STR(rt("-1.5e-7"), "-1.5e-07");
    CHECK_STR(rt("9007199254740993.0"), "9007199254740992"); /* 2^53 prints exactly */
    CHECK_STR(rt("1e16"), "1e+16");
    xs_diag d;
    xs_diag_init(&d);
    xs_value v;
    CHECK_INT(xs_json_decode("42", 2, &v, &d), XS_OK);
    CHECK_INT(v.type, XS_INT);
    CHECK_INT(xs_json_decode("42.0", 4, &v, &d), XS_OK);
    CHECK_INT(v.type, XS_DEC);
    CHECK_INT(xs_json_decode("-0.0", 4, &v, &d), XS_OK);
    CHECK(v.type == XS_DEC && signbit(v.u.d));
    CHECK_INT(xs_json_decode("1e1", 3, &v, &d), XS_OK);
    CHECK_INT(v.type, XS_DEC);
    /* A long number token is read exactly. */
    char big[300];
    memset(big, '1', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    CHECK_INT(xs_json_decode(big, strlen(big), &v, &d), XS_OK);
    CHECK(v.type == XS_DEC && v.u.d > 1.11e298 && v.u.d < 1.12e298);
    xs_diag_release(&d);
}

static void rejects_with_positions(void)
{
    CHECK_ERR("", 1, 1, "empty input");
    CHECK_ERR("   \n  ", 2, 3, "only whitespace");
    CHECK_ERR("[1,]", 1, 4, "trailing comma in array");
    CHECK_ERR("{\"a\":1,}", 1, 8, "trailing comma in object");
    CHECK_ERR("[1 2]", 1, 4, "expected ',' or ']'");
    CHECK_ERR("{\"a\" 1}", 1, 6, "expected ':'");
    CHECK_ERR("{a:1}", 1, 2, "expected a string key");
    CHECK_ERR("{\"a\":}", 1, 6, "expected a value");
    CHECK_ERR("[", 1, 2, "end of input");
    CHECK_ERR("[1", 1, 3, "end of input, expected ',' or ']'");
    CHECK_ERR("01", 1, 1, "leading zeros");
    CHECK_ERR("-01", 1, 2, "leading zeros");
    CHECK_ERR("1.", 1, 3, "a digit after '.'");
    CHECK_ERR("1.e5", 1, 3, "a digit after '.'");
    CHECK_ERR(".5", 1, 1, "expected a value");
    CHECK_ERR("-", 1, 2, "a digit after '-'");
    CHECK_ERR("-a", 1, 2, "a digit after '-'");
    CHECK_ERR("+1", 1, 1, "unexpected '+'");
    CHECK_ERR("1e", 1, 3, "exponent");
    CHECK_ERR("1e+", 1, 4, "exponent");
    CHECK_ERR("1E400", 1, 1, "out of range");
    CHECK_ERR("-1e999", 1, 1, "out of range");
    CHECK_ERR("NaN", 1, 1, "unexpected 'N'");
    CHECK_ERR("Infinity", 1, 1, "unexpected 'I'");
    CHECK_ERR("tru", 1, 4, "expected 'true'");
    CHECK_ERR("nulL", 1, 4, "expected 'null'");
    CHECK_ERR("truex", 1, 5, "after the value");
    CHECK_ERR("1 2", 1, 3, "unexpected '2' after the value");
    CHECK_ERR("{}}", 1, 3, "after the value");
    CHECK_ERR("'a'", 1, 1, "unexpected '''");
    CHECK_ERR("// c\n1", 1, 1, "comments are not allowed");
    CHECK_ERR("[1 /* c */]", 1, 4, "expected ',' or ']'");
    CHECK_ERR("[1,\n  /* c */ 2]", 2, 3, "comments are not allowed");
    CHECK_ERR("\"abc", 1, 1, "unterminated string");
    CHECK_ERR("\"a\\", 1, 1, "unterminated string");
    CHECK_ERR("\"a\nb\"", 1, 3, "control character 0x0a");
    CHECK_ERR("\"\t\"", 1, 2, "control character 0x09");
    CHECK_ERR("\"\\x\"", 1, 2, "invalid escape");
    CHECK_ERR("\"\\u12\"", 1, 6, "hex digits");
    CHECK_ERR("\"\\u12", 1, 6, "unterminated \\u escape");
    CHECK_ERR("\"\\ud800\"", 1, 2, "high surrogate \\ud800 not followed");
    CHECK_ERR("\"\\ud800\\u0041\"", 1, 2, "not followed by a low surrogate");
    CHECK_ERR("\"\\ud800\\n\"", 1, 2, "not followed by a low surrogate");
    CHECK_ERR("\"\\udc00\"", 1, 2, "lone low surrogate");
    CHECK_ERR("\"\\ude00\\ud83d\"", 1, 2, "lone low surrogate");
    /* Invalid UTF-8: stray continuation, overlong, surrogates, > U+10FFFF,
     * truncated sequences, bytes that never appear. */
    CHECK_ERR("\"\x80\"", 1, 2, "invalid UTF-8 byte 0x80");
    CHECK_ERR("\"ab\xc0\xaf\"", 1, 4, "invalid UTF-8 byte 0xc0");
    CHECK_ERR("\"\xc1\xbf\"", 1, 2, "invalid UTF-8");
    CHECK_ERR("\"\xe0\x80\xaf\"", 1, 2, "invalid UTF-8 byte 0xe0");
    CHECK_ERR("\"\xf0\x80\x80\xaf\"", 1, 2, "invalid UTF-8 byte 0xf0");
    CHECK_ERR("\"\xed\xa0\x80\"", 1, 2, "invalid UTF-8 byte 0xed");
    CHECK_ERR("\"\xed\xbf\xbf\"", 1, 2, "invalid UTF-8 byte 0xed");
    CHECK_ERR("\"\xf4\x90\x80\x80\"", 1, 2, "invalid UTF-8 byte 0xf4");
    CHECK_ERR("\"\xf5\x80\x80\x80\"", 1, 2, "invalid UTF-8 byte 0xf5");
    CHECK_ERR("\"\xff\"", 1, 2, "invalid UTF-8 byte 0xff");
    CHECK_ERR("\"\xc3\"", 1, 2, "invalid UTF-8 byte 0xc3");
    CHECK_ERR("\"\xe2\x82\"", 1, 2, "invalid UTF-8 byte 0xe2");
    CHECK_ERR("\xef\xbb\xbf\xef\xbb\xbf[]", 1, 4, "byte 0xef");
    CHECK_ERR("[1,\n 2,\n 3,]", 3, 4, "trailing comma");
    CHECK_ERR("{\"k\":\n\n   nope}", 3, 5, "unexpected 'o', expected 'null'");
    CHECK_ERR("{\"k\":\n\n   @}", 3, 4, "expected a value");
    /* A NUL byte is just another unexpected byte. */
    const char *r = roundtrip_n("[1,\0]", 5);
    CHECK(strncmp(r, "ERR 1:4 ", 8) == 0 && strstr(r, "byte 0x00"));
    r = roundtrip_n("\"a\0\"", 4);
    CHECK(strncmp(r, "ERR 1:3 ", 8) == 0 && strstr(r, "control character 0x00"));
}

static char *nested(int depth, char open, char close)
{
    char *s = xs_malloc((size_t)depth * 2 + 1);
    memset(s, open, (size_t)depth);
    memset(s + depth, close, (size_t)depth);
    s[depth * 2] = '\0';
    return s;
}

static void depth_limit(void)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_value v;
    char *ok = nested(512, '[', ']');
    CHECK_INT(xs_json_decode(ok, strlen(ok), &v, &d), XS_OK);
    xs_release(v);
    char *deep = nested(513, '[', ']');
    CHECK_INT(xs_json_decode(deep, strlen(deep), &v, &d), XS_E_LIMIT);
    const xs_diag_entry *e = xs_diag_first_error(&d);
    CHECK(e && e->line == 1 && e->col == 513 && strstr(e->message, "deeper than 512"));
    CHECK_INT(v.type, XS_NULL);
    xs_diag_clear(&d);
    /* The limit is a parameter; objects count too. */
    xs_json_decode_opts opts = {.max_depth = 3, .file = "body.json"};
    const char *three = "{\"a\":[{}]}", *four = "{\"a\":[{\"b\":[]}]}";
    CHECK_INT(xs_json_decode_ex(three, strlen(three), &opts, &v, &d), XS_OK);
    xs_release(v);
    CHECK_INT(xs_json_decode_ex(four, strlen(four), &opts, &v, &d), XS_E_LIMIT);
    e = xs_diag_first_error(&d);
    CHECK(e && e->col == 12 && e->file && strcmp(e->file, "body.json") == 0);
    xs_diag_release(&d);
    /* A huge nesting fails fast without recursing through it. */
    char *huge = nested(1000000, '[', ']');
    xs_diag_init(&d);
    CHECK_INT(xs_json_decode(huge, strlen(huge), &v, &d), XS_E_LIMIT);
    xs_diag_release(&d);
    xs_free(ok);
    xs_free(deep);
    xs_free(huge);
}

static void big_strings(void)
{
    size_t n = 1 << 20;
    xs_buf in;
    xs_buf_init(&in);
    xs_buf_addc(&in, '"');
    for (size_t i = 0; i < n; i++)
        xs_buf_addc(&in, (char)('a' + i % 26));
    xs_buf_adds(&in, "\\n\xc3\xa9\"");
    xs_diag d;
    xs_diag_init(&d);
    xs_value v;
    CHECK_INT(xs_json_decode(in.ptr, in.len, &v, &d), XS_OK);
    CHECK_INT(xs_text_len(v), n + 3);
    CHECK(xs_text_ptr(v)[n] == '\n');
    xs_buf out;
    xs_buf_init(&out);
    xs_json_encode(v, 0, &out);
    CHECK_INT(out.len, in.len);
    CHECK(memcmp(out.ptr, in.ptr, in.len) == 0);
    /* Many keys: the object index keeps decoding linear. */
    xs_buf_reset(&in);
    xs_buf_addc(&in, '{');
    for (int i = 0; i < 20000; i++)
        xs_buf_addf(&in, "%s\"key%d\":%d", i ? "," : "", i, i);
    xs_buf_addc(&in, '}');
    xs_release(v);
    CHECK_INT(xs_json_decode(in.ptr, in.len, &v, &d), XS_OK);
    CHECK_INT(xs_object_len(v), 20000);
    CHECK_INT(xs_object_get(v, XS_STR("key19999"))->u.i, 19999);
    xs_buf_reset(&out);
    xs_json_encode(v, 0, &out);
    CHECK(out.len == in.len && memcmp(out.ptr, in.ptr, in.len) == 0);
    xs_release(v);
    xs_buf_release(&out);
    xs_buf_release(&in);
    xs_diag_release(&d);
}

static void encode_forms(void)
{
    xs_value o = xs_object_new(0);
    xs_value a = xs_array_new(0);
    xs_array_push(&a, xs_int(1));
    xs_array_push(&a, xs_dec(2.5));
    xs_array_push(&a, xs_array_new(0));
    xs_array_push(&a, xs_object_new(0));
    xs_object_set(&o, XS_STR("z"), xs_text_cstr("a/b"));
    xs_object_set(&o, XS_STR("list"), a);
    xs_object_set(&o, XS_STR("nan"), xs_dec(NAN));
    xs_object_set(&o, XS_STR("inf"), xs_dec(-INFINITY));
    xs_object_set(&o, XS_STR("t"), xs_bool(true));
    xs_object_set(&o, XS_STR("n"), xs_null());
    xs_buf b;
    xs_buf_init(&b);
    CHECK_INT(xs_json_encode(o, XS_JSON_COMPACT, &b), XS_OK);
    CHECK_STR(xs_buf_cstr(&b), "{\"z\":\"a/b\",\"list\":[1,2.5,[],{}],\"nan\":null,\"inf\":null,"
                               "\"t\":true,\"n\":null}");
    xs_buf_reset(&b);
    xs_json_encode(o, XS_JSON_PRETTY | XS_JSON_ESCAPE_SLASH, &b);
    CHECK_STR(xs_buf_cstr(&b), "{\n"
                               "  \"z\": \"a\\/b\",\n"
                               "  \"list\": [\n"
                               "    1,\n"
                               "    2.5,\n"
                               "    [],\n"
                               "    {}\n"
                               "  ],\n"
                               "  \"nan\": null,\n"
                               "  \"inf\": null,\n"
                               "  \"t\": true,\n"
                               "  \"n\": null\n"
                               "}");
    xs_release(o);
    /* Whole decimals print as Xano prints them. */
    struct {
        double d;
        const char *want;
    } decs[] = {
        {15.0, "15"},
        {-3.0, "-3"},
        {0.0, "0"},
        {-0.0, "0"},
        {3.5, "3.5"},
        {0.1, "0.1"},
        {1.0 / 3, "0.3333333333333333"},
        {1e21, "1e+21"},
        {123456.789, "123456.789"},
        {-2.5e-5, "-2.5e-05"},
        {5e-324, "4.94065645841247e-324"},
        {1.7976931348623157e308, "1.7976931348623157e+308"},
    };
    for (size_t i = 0; i < XS_COUNTOF(decs); i++) {
        xs_buf_reset(&b);
        xs_json_encode_dec(decs[i].d, &b);
        CHECK_STR(xs_buf_cstr(&b), decs[i].want);
    }
    /* Text bytes that are not UTF-8 become U+FFFD; controls are escaped. */
    xs_buf_reset(&b);
    xs_json_encode_str((xs_str){"a\xff\x01\x1f\"\\\xe2\x82", 8}, 0, &b);
    CHECK_STR(xs_buf_cstr(&b), "\"a\xef\xbf\xbd\\u0001\\u001f\\\"\\\\\xef\xbf\xbd\xef\xbf\xbd\"");
    xs_buf_release(&b);
}

static void encode_depth_limit(void)
{
    xs_value v = xs_array_new(0);
    xs_array_push(&v, xs_int(1));
    for (int i = 0; i < XS_JSON_ENCODE_MAX_DEPTH + 5; i++) {
        xs_value outer = xs_array_new(1);
        xs_array_push(&outer, v);
        v = outer;
    }
    xs_buf b;
    xs_buf_init(&b);
    CHECK_INT(xs_json_encode(v, 0, &b), XS_E_LIMIT);
    xs_buf_release(&b);
    xs_release(v);
}

static void utf8_lengths(void)
{
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"a", 1), 1);
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xc2\x80", 2), 2);
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xdf\xbf", 2), 2);
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xe0\xa0\x80", 3), 3);
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xef\xbf\xbf", 3), 3);
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xee\x80\x80", 3), 3); /* U+E000 */
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xf0\x90\x80\x80", 4), 4);
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xf4\x8f\xbf\xbf", 4), 4);
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xf0\x9f\x98\x80", 3), 0); /* truncated */
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xc2\x41", 2), 0);
    CHECK_INT(xs_utf8_seq_len((const unsigned char *)"\xbf", 1), 0);
}

const xs_unit_case xs_unit_json[] = {
    {"accepts_and_normalises", accepts_and_normalises},
    {"numbers", numbers},
    {"rejects_with_positions", rejects_with_positions},
    {"depth_limit", depth_limit},
    {"big_strings", big_strings},
    {"encode_forms", encode_forms},
    {"encode_depth_limit", encode_depth_limit},
    {"utf8_lengths", utf8_lengths},
    {NULL, NULL},
};
