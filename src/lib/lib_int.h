/*
 * lib_int.h - what the families of src/lib share: their tables (gathered by
 * lib.c) and small helpers for argument coercion, PHP-compatible comparison
 * and number formatting, so that every filter converts and fails the same
 * way.
 *
 * Conventions every filter follows:
 *   - the piped value arrives in *val; a filter replaces it with
 *     xs_lib_put() or changes it in place through value.h's mutators;
 *   - wrong input types fail with xs_lib_type_fail() (ERROR_FATAL, the code
 *     Xano gives a filter that cannot run), leaving *val untouched;
 *   - null is read as the empty value of the expected type where PHP would
 *     (an array filter on null sees [], a text filter sees "").
 */
#ifndef XS_LIB_LIB_INT_H
#define XS_LIB_LIB_INT_H

#include "base/buf.h"
#include "interp/builtin.h"
#include "value/value.h"

/* ---- the family tables ---- */

extern const xs_builtin_family xs_lib_array;
extern const xs_builtin_family xs_lib_object;
extern const xs_builtin_family xs_lib_text;
extern const xs_builtin_family xs_lib_math;
extern const xs_builtin_family xs_lib_compare;
extern const xs_builtin_family xs_lib_convert;
extern const xs_builtin_family xs_lib_time;
extern const xs_builtin_family xs_lib_hash;
extern const xs_builtin_family xs_lib_stmts_math;
extern const xs_builtin_family xs_lib_stmts_text;
extern const xs_builtin_family xs_lib_stmts_array;
extern const xs_builtin_family xs_lib_stmts_object;
extern const xs_builtin_family xs_lib_stmts_security;
extern const xs_builtin_family xs_lib_stmts_util;
extern const xs_builtin_family xs_lib_db;
extern const xs_builtin_family xs_lib_zip;
extern const xs_builtin_family xs_lib_storage;
extern const xs_builtin_family xs_lib_vector;
extern const xs_builtin_family xs_lib_geo;
extern const xs_builtin_family xs_lib_query;
extern const xs_builtin_family xs_lib_stream;
extern const xs_builtin_family xs_lib_db_ext;
extern const xs_builtin_family xs_lib_services;
extern const xs_builtin_family xs_lib_cloud;

/* ---- arguments ---- */

/* Argument i, or null when the call passed fewer (borrowed). */
static inline xs_value xs_lib_arg(const xs_value *args, size_t nargs, size_t i)
{
    return i < nargs ? args[i] : xs_null();
}

/* Replaces *val by v (taken), releasing what was there. */
static inline void xs_lib_put(xs_value *val, xs_value v)
{
    xs_value old = *val;
    *val = v;
    xs_release(old);
}

/* Fails the call: "NAME: expected WANT, got TYPE". */
xs_status xs_lib_type_fail(xs_call *c, const char *want, xs_value got);

/* Fails the call with ERROR_FATAL and "NAME: " before the message. */
xs_status xs_lib_fail(xs_call *c, const char *fmt, ...) XS_PRINTF(2, 3);

/* The function of a statement marked XS_BUILTIN_UNAVAILABLE. The
 * interpreter refuses such a statement before calling it, with the reason
 * its description gives ("statement 'X' is not available in this
 * runtime: it needs ..."); this only keeps the table's entry whole, and
 * says the same should it ever be called. */
xs_status xs_lib_unavailable(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                             xs_value *result);

/* Statement attribute name (borrowed; null when absent). */
xs_value xs_lib_attr(xs_value attrs, const char *name);

/* ---- numbers ---- */

/* PHP's numeric reading of v for arithmetic: ints and decimals as they
 * are, null 0, bools 0/1, text by its leading number ("133.45 kg" is
 * 133.45; "abc" is not a number). false when v has no numeric reading. */
bool xs_lib_to_num(xs_value v, xs_value *out);

/* xs_lib_to_num or a type failure naming the filter. */
xs_status xs_lib_num_arg(xs_call *c, xs_value v, xs_value *out);

/* An integer argument (decimals truncated) or a type failure. */
xs_status xs_lib_int_arg(xs_call *c, xs_value v, int64_t *out);

static inline double xs_lib_dbl(xs_value num)
{
    return num.type == XS_INT ? (double)num.u.i : num.u.d;
}

/* PHP's round(): half away from zero after pre-rounding to 15 significant
 * digits, so that -3.55 rounds to -3.6 at one place. */
double xs_lib_round(double v, int64_t places);

/* ---- text ---- */

/* Appends the text form of v: text as is, numbers as JSON prints them
 * (whole decimals without a fraction), true/false, null as "", arrays and
 * objects as compact JSON. */
void xs_lib_text_add(xs_value v, xs_buf *b);

/* A new text value holding xs_lib_text_add's form of v. */
xs_value xs_lib_text_of(xs_value v);

/* Number of UTF-8 characters in s (an invalid byte counts as one). */
size_t xs_lib_utf8_len(xs_str s);

/* Byte offset of character number ch in s (len when past the end). */
size_t xs_lib_utf8_off(xs_str s, size_t ch);

/* ---- comparison and paths ---- */

/* PHP 8's <=> on two values: numbers numerically, numeric texts
 * numerically, other texts bytewise, null and bools as truth values,
 * arrays by size then element by element. */
int xs_lib_php_cmp(xs_value a, xs_value b);

/* The value at a dotted path ("a.b.0.c") inside v, borrowed, in *out;
 * false when a step is missing. An empty path gives v itself. */
bool xs_lib_path_get(xs_value v, xs_str path, xs_value *out);

/* Sets the value at a dotted path inside *root (val taken), creating
 * objects for missing steps and unsharing each level on the way. false
 * (val released) when a step goes through a scalar. */
bool xs_lib_path_set(xs_value *root, xs_str path, xs_value val);

/* ---- shared by statements ---- */

/* Runs the standard filter named name on *val, as the filters do (for
 * statements that are a filter applied to a variable). */
xs_status xs_lib_apply(xs_call *c, const char *name, xs_value *val, const xs_value *args,
                       size_t nargs);

/* ---- file resources (files.c) ---- */

/* The MIME type of a file name by its extension; application/octet-stream
 * when unknown. */
const char *xs_lib_file_mime(xs_str name);

/* A new file resource {name, size, mime, data} in *out holding bytes (a
 * text value of any bytes, borrowed); data is their base64. */
xs_status xs_lib_file_new(xs_call *c, xs_str name, xs_value bytes, xs_value *out);

/* The name (borrowed from file) and the decoded bytes (ours) of a file
 * resource; fails with ERROR_CODE_INPUT_ERROR naming attribute attr when
 * file is not one. */
xs_status xs_lib_file_read(xs_call *c, xs_value file, const char *attr, xs_str *name,
                           xs_value *bytes);

/* n bytes from the CSPRNG. */
void xs_lib_random(void *p, size_t n);

/* A new random (version 4) UUID as text. */
xs_value xs_lib_uuid4(void);

#endif
