/*
 * json.h - JSON text <-> xs_value, RFC 8259.
 *
 * Decoding is strict: exactly one value surrounded by optional whitespace
 * (space, tab, LF, CR); no comments, trailing commas, single quotes, NaN or
 * leading zeros. Strings must be valid UTF-8 (no overlong forms, no UTF-8
 * encoded surrogates, nothing above U+10FFFF); \u escapes must pair
 * surrogates correctly (a lone \ud800 is an error). Choices where the RFC
 * leaves room:
 *   - a leading UTF-8 byte order mark is skipped (RFC 8259 section 8.1
 *     allows it; some Windows tools write one);
 *   - duplicate keys in an object: the last value wins, at the position of
 *     the first occurrence (what JavaScript and PHP do);
 *   - numbers without fraction or exponent that fit in int64 are ints; all
 *     others (fraction, exponent, or an integer beyond int64) are decimals;
 *     "-0" is the int 0, "-0.0" the decimal -0.0; a number whose magnitude
 *     overflows a double (1E400) is an error, one that underflows is 0;
 *   - nesting deeper than max_depth arrays/objects is an error (XS_E_LIMIT).
 * Every error names the line and column (1-based, column in bytes) in the
 * xs_diag entry, with status XS_E_PARSE (XS_E_LIMIT for the depth limit).
 *
 * Encoding is deterministic: object keys in insertion order, no spaces in
 * compact form, 2-space indentation and `": "` in pretty form. Ints print as
 * ints. Decimals: whole values below 2^53 in magnitude print with no
 * fraction, as Xano does (15.0 prints `15`, -0.0 prints `0`); other finite
 * decimals print the shortest of %.15g, %.16g, %.17g that reads back to the
 * same double (0.1 prints `0.1`); NaN and infinities print `null`. Text is
 * printed raw (UTF-8 as is), with `"`, `\` and control characters escaped
 * (\n \r \t \b \f, else \u00XX); bytes that are not valid UTF-8 become
 * U+FFFD so that the output is always valid JSON.
 *
 * All calls are thread-safe on distinct values (values are single-owner;
 * see value.h).
 */
#ifndef XS_VALUE_JSON_H
#define XS_VALUE_JSON_H

#include "base/buf.h"
#include "base/common.h"
#include "base/diag.h"
#include "value/value.h"

enum { XS_JSON_DEFAULT_DEPTH = 512 };

typedef struct xs_json_decode_opts {
    int max_depth;    /* arrays/objects nested at most this deep; 0 = 512 */
    const char *file; /* name for diagnostics; NULL for none */
} xs_json_decode_opts;

/* Decodes text[0..len) into *out (ours: release it). On failure *out is
 * null, one error is added to d and the status returned: XS_E_PARSE, or
 * XS_E_LIMIT past the depth limit. opts may be NULL for the defaults. */
xs_status xs_json_decode_ex(const char *text, size_t len, const xs_json_decode_opts *opts,
                            xs_value *out, xs_diag *d);

/* xs_json_decode_ex with the default options. */
xs_status xs_json_decode(const char *text, size_t len, xs_value *out, xs_diag *d);

typedef enum xs_json_flags {
    XS_JSON_COMPACT = 0,
    XS_JSON_PRETTY = 1u << 0,       /* newlines and 2-space indentation */
    XS_JSON_ESCAPE_SLASH = 1u << 1, /* print '/' as "\/" (for HTML embedding) */
} xs_json_flags;

/* Deepest nesting xs_json_encode prints, to bound its recursion. */
enum { XS_JSON_ENCODE_MAX_DEPTH = 10000 };

/* Appends v as JSON to out. Returns XS_OK, or XS_E_LIMIT when v nests
 * deeper than XS_JSON_ENCODE_MAX_DEPTH (out then holds a partial text the
 * caller discards). flags: a combination of xs_json_flags. */
xs_status xs_json_encode(xs_value v, unsigned flags, xs_buf *out);

/* Appends the JSON form of one decimal (see above) to out. */
void xs_json_encode_dec(double d, xs_buf *out);

/* Appends s as a JSON string literal, quotes included, escaping as above. */
void xs_json_encode_str(xs_str s, unsigned flags, xs_buf *out);

/* Length of the valid UTF-8 sequence at s[0..n) (1-4), or 0 when the bytes
 * there are not one (truncated, overlong, surrogate, above U+10FFFF, or a
 * stray continuation byte). n > 0. */
size_t xs_utf8_seq_len(const unsigned char *s, size_t n);

#endif
