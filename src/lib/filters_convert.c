/* filters_convert.c - conversions between types and to and from JSON. */
#include <math.h>

#include "base/diag.h"
#include "lib/lib_int.h"
#include "value/json.h"

static xs_status f_to_int(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_value n;
    if (val->type == XS_ARRAY || val->type == XS_OBJECT) {
        n = xs_int(xs_value_truthy(*val) ? 1 : 0);
    } else if (!xs_lib_to_num(*val, &n)) {
        n = xs_int(0); /* PHP intval: text without a leading number is 0 */
    } else if (n.type == XS_DEC) {
        double d = n.u.d;
        if (!isfinite(d))
            return xs_lib_fail(c, "cannot convert %g to an integer", d);
        n = xs_int(d >= 9.2233720368547758e18    ? INT64_MAX
                   : d <= -9.2233720368547758e18 ? INT64_MIN
                                                 : (int64_t)d);
    }
    xs_lib_put(val, n);
    return XS_OK;
}

static xs_status f_to_decimal(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c;
    (void)args;
    (void)nargs;
    xs_value n;
    if (val->type == XS_ARRAY || val->type == XS_OBJECT)
        n = xs_int(xs_value_truthy(*val) ? 1 : 0);
    else if (!xs_lib_to_num(*val, &n))
        n = xs_int(0);
    xs_lib_put(val, xs_dec(xs_lib_dbl(n)));
    return XS_OK;
}

static xs_status f_to_text(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c;
    (void)args;
    (void)nargs;
    if (val->type != XS_TEXT)
        xs_lib_put(val, xs_lib_text_of(*val));
    return XS_OK;
}

static bool word_is(xs_str s, const char *w)
{
    size_t n = strlen(w);
    if (s.len != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        char ch = s.ptr[i];
        if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != w[i])
            return false;
    }
    return true;
}

static xs_status f_to_bool(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c;
    (void)args;
    (void)nargs;
    bool b;
    if (val->type == XS_TEXT) {
        xs_str s = xs_text_str(*val);
        while (s.len && (s.ptr[0] == ' ' || s.ptr[0] == '\t' || s.ptr[0] == '\n'))
            s.ptr++, s.len--;
        while (s.len &&
               (s.ptr[s.len - 1] == ' ' || s.ptr[s.len - 1] == '\t' || s.ptr[s.len - 1] == '\n'))
            s.len--;
        b = !(s.len == 0 || word_is(s, "0") || word_is(s, "false"));
    } else {
        b = xs_value_truthy(*val);
    }
    xs_lib_put(val, xs_bool(b));
    return XS_OK;
}

static xs_status f_json_encode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_buf b;
    xs_buf_init(&b);
    if (xs_json_encode(*val, XS_JSON_COMPACT, &b) != XS_OK) {
        xs_buf_release(&b);
        return xs_lib_fail(c, "value nested too deeply");
    }
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, t);
    return XS_OK;
}

static xs_status f_json_decode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    if (val->type != XS_TEXT)
        return XS_OK; /* already a value */
    xs_diag d;
    xs_diag_init(&d);
    xs_value out;
    xs_status st = xs_json_decode(xs_text_ptr(*val), xs_text_len(*val), &out, &d);
    if (st != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        st = xs_lib_fail(c, "%s (line %d, column %d)", e ? e->message : "invalid JSON",
                         e ? e->line : 0, e ? e->col : 0);
        xs_diag_release(&d);
        return st;
    }
    xs_diag_release(&d);
    xs_lib_put(val, out);
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"to_int", 0, 0, 0, f_to_int,
     "an integer: decimals truncated, text read up to its first non-digit (\"133.45 kg\" is 133)"},
    {"to_decimal", 0, 0, 0, f_to_decimal, "a decimal: text read up to its first non-number"},
    {"to_text", 0, 0, 0, f_to_text,
     "text: numbers printed, true/false, null \"\", JSON for the rest"},
    {"to_bool", 0, 0, 0, f_to_bool,
     "a bool: \"false\", \"0\", \"\" and the empty values are false, the rest true"},
    {"json_encode", 0, 0, 0, f_json_encode, "the value as compact JSON text"},
    {"json_decode", 0, 0, 0, f_json_decode, "the value of a JSON text (invalid JSON fails)"},
};

const xs_builtin_family xs_lib_convert = {"conversion", filters, XS_COUNTOF(filters), NULL, 0};
