/* stmts_stream.c - stream.from_csv and stream.from_jsonl: the records of a
 * file resource (files.c) or of a text, materialised as a list that
 * foreach iterates. Xano streams them one at a time; here the whole file is
 * already in memory (a file resource holds its bytes), so the list costs
 * about as much again, and each record counts as a statement against the
 * run's limits. stream.from_request and api.stream need a streaming HTTP
 * connection and raise an error naming them. See
 * docs/language-decisions.md#streams. */
#include "base/diag.h"
#include "lib/lib_int.h"
#include "value/json.h"

/* At most this many records per stream, whatever the run's limits. */
#define MAX_RECORDS 1000000

/* The bytes of value: a file resource's (decoded) or a text's. Ours. */
static xs_status source_bytes(xs_call *c, xs_value v, xs_value *out)
{
    if (v.type == XS_TEXT) {
        *out = xs_retain(v);
        return XS_OK;
    }
    if (v.type == XS_OBJECT) {
        xs_str name;
        return xs_lib_file_read(c, v, "value", &name, out);
    }
    return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                        "%s: value must be a file resource ({name, size, mime, data}) or a "
                        "text, got %s",
                        xs_call_name(c), xs_value_type_name(v));
}

/* One character of attribute name, or def when absent; fails otherwise. */
static xs_status one_char(xs_call *c, xs_value attrs, const char *name, const char *def,
                          xs_value *out)
{
    xs_value v = xs_lib_attr(attrs, name);
    if (v.type == XS_NULL) {
        *out = xs_text_cstr(def);
        return XS_OK;
    }
    if (v.type != XS_TEXT || xs_text_len(v) > 1)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: %s must be one character",
                            xs_call_name(c), name);
    *out = xs_retain(v);
    return XS_OK;
}

static xs_status too_many(xs_call *c)
{
    return xs_call_fail(c, "ERROR_FATAL", "%s: more than %d records in one stream",
                        xs_call_name(c), MAX_RECORDS);
}

/* stream.from_csv { value separator enclosure escape_char }: one object
 * per line after the first, keyed by the first line's names (csv_parse). */
static xs_status s_from_csv(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                            xs_value *result)
{
    (void)target;
    (void)arg;
    xs_value opt[3] = {xs_null(), xs_null(), xs_null()};
    xs_value data = xs_null();
    xs_status st = one_char(c, attrs, "separator", ",", &opt[0]);
    if (st == XS_OK)
        st = one_char(c, attrs, "enclosure", "\"", &opt[1]);
    if (st == XS_OK)
        st = one_char(c, attrs, "escape_char", "\\", &opt[2]);
    if (st == XS_OK && (xs_text_len(opt[0]) == 0 || xs_text_len(opt[1]) == 0))
        st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                          "%s: separator and enclosure must be one character", xs_call_name(c));
    if (st == XS_OK)
        st = source_bytes(c, xs_lib_attr(attrs, "value"), &data);
    if (st == XS_OK)
        st = xs_lib_apply(c, "csv_parse", &data, opt, 3);
    if (st == XS_OK && xs_array_len(data) > MAX_RECORDS)
        st = too_many(c);
    if (st == XS_OK)
        st = xs_call_tick(c, xs_array_len(data));
    if (st == XS_OK)
        xs_lib_put(result, xs_take(&data));
    xs_release(data);
    for (int i = 0; i < 3; i++)
        xs_release(opt[i]);
    return st;
}

/* stream.from_jsonl { value }: the JSON value of each non-blank line. */
static xs_status s_from_jsonl(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                              xs_value *result)
{
    (void)target;
    (void)arg;
    xs_value data;
    xs_status st = source_bytes(c, xs_lib_attr(attrs, "value"), &data);
    if (st != XS_OK)
        return st;
    const char *p = xs_text_ptr(data), *end = p + xs_text_len(data);
    xs_value list = xs_array_new(8);
    size_t line = 0;
    while (st == XS_OK && p < end) {
        const char *nl = memchr(p, '\n', (size_t)(end - p));
        const char *e = nl ? nl : end;
        line++;
        const char *a = p, *b = e;
        while (a < b && (*a == ' ' || *a == '\t' || *a == '\r'))
            a++;
        while (b > a && (b[-1] == ' ' || b[-1] == '\t' || b[-1] == '\r'))
            b--;
        p = nl ? nl + 1 : end;
        if (a == b)
            continue;
        if (xs_array_len(list) >= MAX_RECORDS) {
            st = too_many(c);
            break;
        }
        xs_diag d;
        xs_diag_init(&d);
        xs_value v;
        if (xs_json_decode(a, (size_t)(b - a), &v, &d) != XS_OK) {
            const xs_diag_entry *de = xs_diag_first_error(&d);
            st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: line %zu is not JSON: %s",
                              xs_call_name(c), line, de ? de->message : "invalid");
        } else {
            xs_array_push(&list, v);
            st = xs_call_tick(c, 1);
        }
        xs_diag_release(&d);
    }
    xs_release(data);
    if (st == XS_OK)
        xs_lib_put(result, list);
    else
        xs_release(list);
    return st;
}

static const xs_stmt_def stmts[] = {
    {"stream.from_csv", XS_BUILTIN_PARTIAL, s_from_csv,
     "the rows of a CSV file resource or text (value) as objects keyed by the first row, with "
     "separator, enclosure and escape_char; read whole into a list foreach iterates (at most "
     "1,000,000 records)"},
    {"stream.from_jsonl", XS_BUILTIN_PARTIAL, s_from_jsonl,
     "the JSON value of each line of a file resource or text (value); read whole into a list "
     "foreach iterates (at most 1,000,000 records)"},
    {"stream.from_request", XS_BUILTIN_UNAVAILABLE, xs_lib_unavailable,
     "needs a streaming HTTP client (read a response with api.request, then csv_parse or "
     "json_decode)"},
    {"api.stream", XS_BUILTIN_UNAVAILABLE, xs_lib_unavailable,
     "needs a streaming HTTP response to the caller, which xsflow's endpoints do not send"},
};

const xs_builtin_family xs_lib_stream = {"stream statements", NULL, 0, stmts, XS_COUNTOF(stmts)};
