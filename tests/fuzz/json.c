/* libFuzzer target for the JSON codec: whatever decodes must encode, decode
 * again to an equal value, and encode to the same text (a fixpoint after
 * one round, since a whole decimal such as 15.0 prints as 15 and comes
 * back as an int). Pretty output must decode to the same value too. */
#include <stdlib.h>

#include "base/alloc.h"
#include "value/json.h"

/* Equal up to int/decimal of the same number (xs_value_compare is exact
 * across the two), and every text valid UTF-8. */
static int same(xs_value a, xs_value b)
{
    if (xs_value_compare(a, b) != 0)
        return 0;
    if (a.type == XS_TEXT) {
        xs_str s = xs_text_str(a);
        for (size_t i = 0; i < s.len;) {
            size_t n = xs_utf8_seq_len((const unsigned char *)s.ptr + i, s.len - i);
            if (!n)
                return 0;
            i += n;
        }
    }
    return 1;
}

static void fail(const char *what, const char *a, const char *b)
{
    fprintf(stderr, "json fuzz: %s\n  first:  %s\n  second: %s\n", what, a ? a : "", b ? b : "");
    abort();
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_value v;
    /* The first byte picks a depth limit now and then, to reach that path. */
    xs_json_decode_opts opts = {.max_depth = size && data[0] == ' ' ? 4 : 0};
    xs_status st = xs_json_decode_ex((const char *)data, size, &opts, &v, &d);
    if (st != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        if (!e || e->line < 1 || e->col < 1 || v.type != XS_NULL)
            fail("failure without a positioned error", NULL, NULL);
        xs_diag_release(&d);
        return 0;
    }
    xs_buf e1, e2, pretty;
    xs_buf_init(&e1);
    xs_buf_init(&e2);
    xs_buf_init(&pretty);
    if (xs_json_encode(v, XS_JSON_COMPACT, &e1) != XS_OK)
        fail("encode failed", NULL, NULL);
    xs_value v2;
    if (xs_json_decode(e1.ptr, e1.len, &v2, &d) != XS_OK)
        fail("own output does not decode", xs_buf_cstr(&e1), xs_diag_first_error(&d)->message);
    if (!same(v, v2) || !same(v2, v))
        fail("round trip changed the value", xs_buf_cstr(&e1), NULL);
    xs_json_encode(v2, XS_JSON_COMPACT, &e2);
    if (e1.len != e2.len || memcmp(e1.ptr, e2.ptr, e1.len) != 0)
        fail("second encoding differs", xs_buf_cstr(&e1), xs_buf_cstr(&e2));
    xs_json_encode(v, XS_JSON_PRETTY | XS_JSON_ESCAPE_SLASH, &pretty);
    xs_value v3;
    if (xs_json_decode(pretty.ptr, pretty.len, &v3, &d) != XS_OK || !same(v, v3))
        fail("pretty output does not round trip", xs_buf_cstr(&pretty), NULL);
    /* Strict and loose equality agree with themselves on what we built. */
    xs_value c = xs_value_clone_deep(v2);
    if (!xs_value_equals(c, v2) || !xs_value_loose_equals(c, v2))
        fail("clone differs", xs_buf_cstr(&e1), NULL);
    xs_release(c);
    xs_release(v3);
    xs_release(v2);
    xs_release(v);
    xs_buf_release(&e1);
    xs_buf_release(&e2);
    xs_buf_release(&pretty);
    xs_diag_release(&d);
    return 0;
}
