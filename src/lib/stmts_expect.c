/* stmts_expect.c - expect.* statements: the assertions of XanoScript tests
 * (`test "name" { ... }` blocks and workflow_test stacks).
 *
 * `expect.to_equal ($response.x) { value = 42 }`: the argument is the
 * actual value, the attributes hold what is expected. A failed assertion
 * raises an error with code XS_EXPECT_CODE whose message names the
 * assertion, what was expected and what was found; `xsflow test` reports
 * it with the statement's file:line:col. Outside a test the statements run
 * the same way, so a function may assert its own invariants.
 *
 * Undefined values: a path to a missing key reads as null here, so
 * to_be_defined means "not null" and to_not_be_defined means "null". */
#include "lib/lib_ext.h"
#include "lib/lib_int.h"
#include "value/json.h"

#include "interp/testing.h"

#define XS_EXPECT_CODE XS_TEST_EXPECT_CODE

/* The actual value: the variable named by the argument (`($response)` is a
 * bare variable, handed over as target) or the argument's value. */
static xs_value actual_of(xs_value *target, xs_value arg)
{
    return target ? *target : arg;
}

/* A short JSON form of v for messages (at most ~200 bytes). */
static void show(xs_value v, xs_buf *b)
{
    size_t start = b->len;
    xs_json_encode(v, XS_JSON_COMPACT, b);
    if (b->len - start > 200) {
        b->len = start + 197;
        xs_buf_adds(b, "...");
    }
}

/* Raises the assertion failure: "expect.X: expected WANT, got ACTUAL". */
static xs_status failed(xs_call *c, const char *want, const xs_value *expected, xs_value actual)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_adds(&b, "expected ");
    if (want)
        xs_buf_adds(&b, want);
    if (want && expected)
        xs_buf_addc(&b, ' ');
    if (expected)
        show(*expected, &b);
    xs_buf_adds(&b, ", got ");
    show(actual, &b);
    xs_status st = xs_call_fail(c, XS_EXPECT_CODE, "%s: %.*s", xs_call_name(c), (int)b.len,
                                b.ptr ? b.ptr : "");
    xs_buf_release(&b);
    return st;
}

/* Equality as a test means it: strictly equal, but 2 and 2.0 agree. */
static bool same(xs_value a, xs_value b)
{
    if (xs_value_equals(a, b))
        return true;
    return xs_is_number(a) && xs_is_number(b) && xs_value_loose_equals(a, b);
}

static bool is_empty(xs_value v)
{
    switch (v.type) {
    case XS_NULL:
        return true;
    case XS_TEXT:
        return xs_text_len(v) == 0;
    case XS_ARRAY:
        return xs_array_len(v) == 0;
    case XS_OBJECT:
        return xs_object_len(v) == 0;
    default:
        return false;
    }
}

static bool text_has(xs_value hay, xs_value needle, int where /* -1 start, 0 any, 1 end */)
{
    if (hay.type != XS_TEXT)
        return false;
    xs_value n = xs_lib_text_of(needle);
    size_t hl = xs_text_len(hay), nl = xs_text_len(n);
    const char *h = xs_text_ptr(hay), *p = xs_text_ptr(n);
    bool ok = false;
    if (nl <= hl) {
        if (where < 0)
            ok = memcmp(h, p, nl) == 0;
        else if (where > 0)
            ok = memcmp(h + hl - nl, p, nl) == 0;
        else
            for (size_t i = 0; !ok && i + nl <= hl; i++)
                ok = memcmp(h + i, p, nl) == 0;
    }
    xs_release(n);
    return ok;
}

#define EXPECT_FN(fn)                                                                              \
    static xs_status fn(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,                \
                        xs_value *result)

EXPECT_FN(s_equal)
{
    (void)result;
    xs_value a = actual_of(target, arg), want = xs_lib_attr(attrs, "value");
    return same(a, want) ? XS_OK : failed(c, NULL, &want, a);
}

EXPECT_FN(s_not_equal)
{
    (void)result;
    xs_value a = actual_of(target, arg), want = xs_lib_attr(attrs, "value");
    return !same(a, want) ? XS_OK : failed(c, "anything but", &want, a);
}

EXPECT_FN(s_true)
{
    (void)result;
    (void)attrs;
    xs_value a = actual_of(target, arg);
    return a.type == XS_BOOL && a.u.b ? XS_OK : failed(c, "true", NULL, a);
}

EXPECT_FN(s_false)
{
    (void)result;
    (void)attrs;
    xs_value a = actual_of(target, arg);
    return a.type == XS_BOOL && !a.u.b ? XS_OK : failed(c, "false", NULL, a);
}

EXPECT_FN(s_null)
{
    (void)result;
    (void)attrs;
    xs_value a = actual_of(target, arg);
    return a.type == XS_NULL ? XS_OK : failed(c, "null", NULL, a);
}

EXPECT_FN(s_not_null)
{
    (void)result;
    (void)attrs;
    xs_value a = actual_of(target, arg);
    return a.type != XS_NULL ? XS_OK : failed(c, "a value that is not null", NULL, a);
}

EXPECT_FN(s_defined)
{
    (void)result;
    (void)attrs;
    xs_value a = actual_of(target, arg);
    return a.type != XS_NULL ? XS_OK : failed(c, "a defined value", NULL, a);
}

EXPECT_FN(s_not_defined)
{
    (void)result;
    (void)attrs;
    xs_value a = actual_of(target, arg);
    return a.type == XS_NULL ? XS_OK : failed(c, "no value", NULL, a);
}

EXPECT_FN(s_empty)
{
    (void)result;
    (void)attrs;
    xs_value a = actual_of(target, arg);
    return is_empty(a) ? XS_OK : failed(c, "an empty value", NULL, a);
}

/* Arrays: an item equal to value; text: value as a substring; objects: a
 * key named value. */
EXPECT_FN(s_contain)
{
    (void)result;
    xs_value a = actual_of(target, arg), want = xs_lib_attr(attrs, "value");
    bool ok = false;
    if (a.type == XS_ARRAY) {
        for (size_t i = 0; !ok && i < xs_array_len(a); i++)
            ok = same(xs_array_at(a, i), want);
    } else if (a.type == XS_OBJECT && want.type == XS_TEXT) {
        ok = xs_object_get(a, xs_text_str(want)) != NULL;
    } else {
        ok = text_has(a, want, 0);
    }
    return ok ? XS_OK : failed(c, "something containing", &want, a);
}

EXPECT_FN(s_start)
{
    (void)result;
    xs_value a = actual_of(target, arg), want = xs_lib_attr(attrs, "value");
    return text_has(a, want, -1) ? XS_OK : failed(c, "text starting with", &want, a);
}

EXPECT_FN(s_end)
{
    (void)result;
    xs_value a = actual_of(target, arg), want = xs_lib_attr(attrs, "value");
    return text_has(a, want, 1) ? XS_OK : failed(c, "text ending with", &want, a);
}

/* The pattern as regex_matches wants it: "/re/flags" is kept, a bare
 * pattern is put between slashes (its own slashes escaped). */
static xs_value delimited(xs_value pat)
{
    xs_value t = xs_lib_text_of(pat);
    const char *p = xs_text_ptr(t);
    size_t n = xs_text_len(t);
    if (n && p[0] == '/')
        return t;
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_addc(&b, '/');
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '/' && (i == 0 || p[i - 1] != '\\'))
            xs_buf_addc(&b, '\\');
        xs_buf_addc(&b, p[i]);
    }
    xs_buf_addc(&b, '/');
    xs_release(t);
    t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    return t;
}

/* value is a regular expression: "/re/flags" or a bare pattern. */
EXPECT_FN(s_match)
{
    (void)result;
    xs_value a = actual_of(target, arg), want = xs_lib_attr(attrs, "value");
    if (a.type != XS_TEXT && !xs_is_number(a))
        return failed(c, "text matching", &want, a);
    xs_value m = delimited(want);
    xs_status st = xs_lib_apply(c, "regex_matches", &m, &a, 1);
    bool ok = st == XS_OK && m.type == XS_BOOL && m.u.b;
    xs_release(m);
    if (st != XS_OK)
        return st;
    return ok ? XS_OK : failed(c, "text matching", &want, a);
}

static bool both_ordered(xs_value a, xs_value b)
{
    return (xs_is_number(a) && xs_is_number(b)) || (a.type == XS_TEXT && b.type == XS_TEXT);
}

EXPECT_FN(s_greater)
{
    (void)result;
    xs_value a = actual_of(target, arg), want = xs_lib_attr(attrs, "value");
    bool ok = both_ordered(a, want) && xs_value_compare(a, want) > 0;
    return ok ? XS_OK : failed(c, "a value greater than", &want, a);
}

EXPECT_FN(s_less)
{
    (void)result;
    xs_value a = actual_of(target, arg), want = xs_lib_attr(attrs, "value");
    bool ok = both_ordered(a, want) && xs_value_compare(a, want) < 0;
    return ok ? XS_OK : failed(c, "a value less than", &want, a);
}

/* min <= actual <= max. */
EXPECT_FN(s_within)
{
    (void)result;
    xs_value a = actual_of(target, arg);
    xs_value lo = xs_lib_attr(attrs, "min"), hi = xs_lib_attr(attrs, "max");
    bool ok = both_ordered(a, lo) && both_ordered(a, hi) && xs_value_compare(a, lo) >= 0 &&
              xs_value_compare(a, hi) <= 0;
    if (ok)
        return XS_OK;
    xs_value range = xs_array_new(2);
    xs_array_push(&range, xs_retain(lo));
    xs_array_push(&range, xs_retain(hi));
    xs_status st = failed(c, "a value within [min, max]", &range, a);
    xs_release(range);
    return st;
}

/* The actual value as ms since the epoch (ints are ms, text a date), as
 * to_timestamp reads it; false when it is no time. */
static bool time_of(xs_call *c, xs_value a, int64_t *ms)
{
    if (a.type == XS_INT) {
        *ms = a.u.i;
        return true;
    }
    if (a.type != XS_TEXT)
        return false;
    xs_value t = xs_retain(a);
    xs_status st = xs_lib_apply(c, "to_timestamp", &t, NULL, 0);
    bool ok = st == XS_OK && t.type == XS_INT;
    if (ok)
        *ms = t.u.i;
    xs_release(t);
    return ok;
}

static xs_status time_side(xs_call *c, xs_value a, bool past)
{
    int64_t ms = 0;
    if (!time_of(c, a, &ms))
        return failed(c, past ? "a time in the past" : "a time in the future", NULL, a);
    int64_t now = xs_call_now_ms(c);
    bool ok = past ? ms < now : ms > now;
    return ok ? XS_OK : failed(c, past ? "a time in the past" : "a time in the future", NULL, a);
}

EXPECT_FN(s_past)
{
    (void)result;
    (void)attrs;
    return time_side(c, actual_of(target, arg), true);
}

EXPECT_FN(s_future)
{
    (void)result;
    (void)attrs;
    return time_side(c, actual_of(target, arg), false);
}

/* Reached in the normal course of a run, so nothing was thrown: in a unit
 * test `xsflow test` checks the function's error against it before the
 * other assertions run and never runs it. */
EXPECT_FN(s_throw)
{
    (void)result;
    (void)target;
    (void)arg;
    xs_value want = xs_lib_attr(attrs, "exception");
    xs_value none = xs_text_cstr("no error");
    xs_status st = failed(c, "an error", want.type == XS_NULL ? NULL : &want, none);
    xs_release(none);
    return st;
}

static const xs_stmt_def stmts[] = {
    {"expect.to_equal", 0, s_equal, "test assertion: the argument equals value"},
    {"expect.to_not_equal", 0, s_not_equal, "test assertion: the argument differs from value"},
    {"expect.to_be_true", 0, s_true, "test assertion: the argument is true"},
    {"expect.to_be_false", 0, s_false, "test assertion: the argument is false"},
    {"expect.to_be_null", 0, s_null, "test assertion: the argument is null"},
    {"expect.to_not_be_null", 0, s_not_null, "test assertion: the argument is not null"},
    {"expect.to_be_defined", XS_BUILTIN_PARTIAL, s_defined,
     "test assertion: the argument is defined (a missing key reads as null: not null)"},
    {"expect.to_not_be_defined", XS_BUILTIN_PARTIAL, s_not_defined,
     "test assertion: the argument is undefined (a missing key reads as null: null)"},
    {"expect.to_be_empty", 0, s_empty, "test assertion: the argument is null, \"\", [] or {}"},
    {"expect.to_contain", 0, s_contain,
     "test assertion: the array holds value, the text contains it, or the object has that key"},
    {"expect.to_start_with", 0, s_start, "test assertion: the text starts with value"},
    {"expect.to_end_with", 0, s_end, "test assertion: the text ends with value"},
    {"expect.to_match", 0, s_match, "test assertion: the text matches the regex value"},
    {"expect.to_be_greater_than", 0, s_greater, "test assertion: the argument > value"},
    {"expect.to_be_less_than", 0, s_less, "test assertion: the argument < value"},
    {"expect.to_be_within", 0, s_within, "test assertion: min <= the argument <= max"},
    {"expect.to_be_in_the_past", 0, s_past,
     "test assertion: the timestamp (ms or date text) is before now"},
    {"expect.to_be_in_the_future", 0, s_future,
     "test assertion: the timestamp (ms or date text) is after now"},
    {"expect.to_throw", 0, s_throw,
     "test assertion: the tested function raised an error (exception = its name, code or part "
     "of its message)"},
};

const xs_builtin_family xs_lib_stmts_expect = {"expect", NULL, 0, stmts, XS_COUNTOF(stmts)};
