#include "value/json.h"

#include <math.h>

#include "base/alloc.h"

/* ---- UTF-8 ---- */

size_t xs_utf8_seq_len(const unsigned char *s, size_t n)
{
    unsigned c = s[0];
    if (c < 0x80)
        return 1;
    if (c < 0xc2) /* continuation byte, or overlong 2-byte lead C0/C1 */
        return 0;
    if (c < 0xe0)
        return n >= 2 && (s[1] & 0xc0) == 0x80 ? 2 : 0;
    if (c < 0xf0) {
        if (n < 3 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80)
            return 0;
        if (c == 0xe0 && s[1] < 0xa0) /* overlong */
            return 0;
        if (c == 0xed && s[1] >= 0xa0) /* U+D800..U+DFFF */
            return 0;
        return 3;
    }
    if (c < 0xf5) {
        if (n < 4 || (s[1] & 0xc0) != 0x80 || (s[2] & 0xc0) != 0x80 || (s[3] & 0xc0) != 0x80)
            return 0;
        if (c == 0xf0 && s[1] < 0x90) /* overlong */
            return 0;
        if (c == 0xf4 && s[1] >= 0x90) /* above U+10FFFF */
            return 0;
        return 4;
    }
    return 0;
}

static void put_utf8(xs_buf *b, uint32_t cp)
{
    char u[4];
    size_t n;
    if (cp < 0x80) {
        u[0] = (char)cp;
        n = 1;
    } else if (cp < 0x800) {
        u[0] = (char)(0xc0 | (cp >> 6));
        u[1] = (char)(0x80 | (cp & 0x3f));
        n = 2;
    } else if (cp < 0x10000) {
        u[0] = (char)(0xe0 | (cp >> 12));
        u[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[2] = (char)(0x80 | (cp & 0x3f));
        n = 3;
    } else {
        u[0] = (char)(0xf0 | (cp >> 18));
        u[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        u[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        u[3] = (char)(0x80 | (cp & 0x3f));
        n = 4;
    }
    xs_buf_add(b, u, n);
}

/* ---- decoder ---- */

typedef struct parser {
    const char *start;
    const char *p;
    const char *end;
    int depth;
    int max_depth;
    const char *file;
    xs_diag *d;
    xs_status st;   /* XS_OK until the first error */
    xs_buf scratch; /* unescaped string bytes */
} parser;

/* Records an error at position at (the first one only) and returns false. */
XS_PRINTF(4, 5)
static bool fail_at(parser *ps, const char *at, xs_status st, const char *fmt, ...)
{
    if (ps->st != XS_OK)
        return false;
    int line = 1;
    const char *bol = ps->start;
    for (const char *q = ps->start; q < at; q++) {
        if (*q == '\n') {
            line++;
            bol = q + 1;
        }
    }
    xs_buf msg;
    xs_buf_init(&msg);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&msg, fmt, ap);
    va_end(ap);
    xs_diag_error(ps->d, st, ps->file, line, (int)(at - bol) + 1, "invalid JSON: %s",
                  xs_buf_cstr(&msg));
    xs_buf_release(&msg);
    ps->st = st;
    return false;
}

/* Describes the byte at p for a message: 'x', end of input, or a code. */
static const char *describe(parser *ps, const char *p, char tmp[16])
{
    if (p >= ps->end)
        return "end of input";
    unsigned char c = (unsigned char)*p;
    if (c >= 0x21 && c < 0x7f)
        snprintf(tmp, 16, "'%c'", c);
    else
        snprintf(tmp, 16, "byte 0x%02x", c);
    return tmp;
}

static bool unexpected(parser *ps, const char *what)
{
    char tmp[16];
    return fail_at(ps, ps->p, XS_E_PARSE, "unexpected %s, expected %s", describe(ps, ps->p, tmp),
                   what);
}

static void skip_ws(parser *ps)
{
    const char *p = ps->p;
    while (p < ps->end && (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t'))
        p++;
    ps->p = p;
}

static bool parse_value(parser *ps, xs_value *out);

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Reads the 4 hex digits after "\u" at p. */
static bool hex4(parser *ps, const char *p, uint32_t *out)
{
    uint32_t v = 0;
    for (int i = 0; i < 4; i++) {
        if (p + i >= ps->end)
            return fail_at(ps, p + i, XS_E_PARSE, "unterminated \\u escape");
        int h = hexval(p[i]);
        if (h < 0)
            return fail_at(ps, p + i, XS_E_PARSE, "expected 4 hex digits after \\u");
        v = v * 16 + (uint32_t)h;
    }
    *out = v;
    return true;
}

/* string := '"' (char | escape)* '"'; ps->p is on the opening quote. On
 * success *ptr and *len are the string's bytes: a slice of the input when it has
 * no escapes, else the scratch buffer (valid until the next string). */
static bool parse_string(parser *ps, const char **ptr, size_t *len)
{
    const char *open = ps->p;
    const char *p = ps->p + 1, *end = ps->end;
    const char *run = p; /* bytes since the last escape, not yet copied */
    bool escaped = false;
    xs_buf_reset(&ps->scratch);
    for (;;) {
        /* Fast path over plain ASCII. */
        while (p < end && (unsigned char)*p >= 0x20 && *p != '"' && *p != '\\' &&
               (unsigned char)*p < 0x80)
            p++;
        if (p >= end)
            return fail_at(ps, open, XS_E_PARSE, "unterminated string");
        unsigned char c = (unsigned char)*p;
        if (c == '"')
            break;
        if (c < 0x20)
            return fail_at(ps, p, XS_E_PARSE, "control character 0x%02x in string must be escaped",
                           c);
        if (c >= 0x80) {
            size_t n = xs_utf8_seq_len((const unsigned char *)p, (size_t)(end - p));
            if (!n)
                return fail_at(ps, p, XS_E_PARSE, "invalid UTF-8 byte 0x%02x in string", c);
            p += n;
            continue;
        }
        /* A backslash: flush the plain run, then decode the escape. */
        escaped = true;
        xs_buf_add(&ps->scratch, run, (size_t)(p - run));
        const char *esc = p;
        if (p + 1 >= end)
            return fail_at(ps, open, XS_E_PARSE, "unterminated string");
        char e = p[1];
        p += 2;
        switch (e) {
        case '"':
        case '\\':
        case '/':
            xs_buf_addc(&ps->scratch, e);
            break;
        case 'b':
            xs_buf_addc(&ps->scratch, '\b');
            break;
        case 'f':
            xs_buf_addc(&ps->scratch, '\f');
            break;
        case 'n':
            xs_buf_addc(&ps->scratch, '\n');
            break;
        case 'r':
            xs_buf_addc(&ps->scratch, '\r');
            break;
        case 't':
            xs_buf_addc(&ps->scratch, '\t');
            break;
        case 'u': {
            uint32_t cp;
            if (!hex4(ps, p, &cp))
                return false;
            p += 4;
            if (cp >= 0xdc00 && cp <= 0xdfff)
                return fail_at(ps, esc, XS_E_PARSE, "lone low surrogate \\u%04x", (unsigned)cp);
            if (cp >= 0xd800 && cp <= 0xdbff) {
                uint32_t lo;
                if (p + 1 >= end || p[0] != '\\' || p[1] != 'u')
                    return fail_at(ps, esc, XS_E_PARSE,
                                   "high surrogate \\u%04x not followed by a low surrogate",
                                   (unsigned)cp);
                if (!hex4(ps, p + 2, &lo))
                    return false;
                if (lo < 0xdc00 || lo > 0xdfff)
                    return fail_at(ps, esc, XS_E_PARSE,
                                   "high surrogate \\u%04x not followed by a low surrogate",
                                   (unsigned)cp);
                p += 6;
                cp = 0x10000 + ((cp - 0xd800) << 10) + (lo - 0xdc00);
            }
            put_utf8(&ps->scratch, cp);
            break;
        }
        default: {
            char tmp[16];
            return fail_at(ps, esc, XS_E_PARSE, "invalid escape '\\' followed by %s",
                           describe(ps, esc + 1, tmp));
        }
        }
        run = p;
    }
    ps->p = p + 1;
    if (!escaped) {
        *ptr = open + 1;
        *len = (size_t)(p - open - 1);
        return true;
    }
    xs_buf_add(&ps->scratch, run, (size_t)(p - run));
    *ptr = ps->scratch.ptr;
    *len = ps->scratch.len;
    return true;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* number := "-"? ("0" | [1-9][0-9]*) ("." [0-9]+)? ([eE] [+-]? [0-9]+)? */
static bool parse_number(parser *ps, xs_value *out)
{
    const char *start = ps->p, *p = ps->p, *end = ps->end;
    bool neg = false, is_dec = false;
    if (*p == '-') {
        neg = true;
        p++;
    }
    if (p >= end || !is_digit(*p)) {
        ps->p = p;
        return unexpected(ps, "a digit after '-'");
    }
    const char *digits = p;
    if (*p == '0') {
        p++;
        if (p < end && is_digit(*p))
            return fail_at(ps, digits, XS_E_PARSE, "leading zeros are not allowed");
    } else {
        while (p < end && is_digit(*p))
            p++;
    }
    const char *digits_end = p;
    if (p < end && *p == '.') {
        is_dec = true;
        p++;
        if (p >= end || !is_digit(*p)) {
            ps->p = p;
            return unexpected(ps, "a digit after '.'");
        }
        while (p < end && is_digit(*p))
            p++;
    }
    if (p < end && (*p == 'e' || *p == 'E')) {
        is_dec = true;
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        if (p >= end || !is_digit(*p)) {
            ps->p = p;
            return unexpected(ps, "a digit in the exponent");
        }
        while (p < end && is_digit(*p))
            p++;
    }
    ps->p = p;
    if (!is_dec) {
        uint64_t limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
        uint64_t acc = 0;
        const char *q = digits;
        for (; q < digits_end; q++) {
            unsigned dg = (unsigned)(*q - '0');
            if (acc > (limit - dg) / 10)
                break;
            acc = acc * 10 + dg;
        }
        if (q == digits_end) {
            *out = xs_int(neg ? (int64_t)(0 - acc) : (int64_t)acc);
            return true;
        }
    }
    /* strtod wants a NUL-terminated copy; the token is plain JSON grammar,
     * which strtod reads exactly (the C locale is assumed). */
    size_t n = (size_t)(p - start);
    char small[64];
    char *copy = n < sizeof small ? small : xs_malloc(n + 1);
    memcpy(copy, start, n);
    copy[n] = '\0';
    double d = strtod(copy, NULL);
    if (copy != small)
        xs_free(copy);
    if (isinf(d))
        return fail_at(ps, start, XS_E_PARSE, "number '%.*s' is out of range", n > 40 ? 40 : (int)n,
                       start);
    *out = xs_dec(d);
    return true;
}

static bool literal(parser *ps, const char *word, size_t n)
{
    if ((size_t)(ps->end - ps->p) >= n && memcmp(ps->p, word, n) == 0) {
        ps->p += n;
        return true;
    }
    /* Point at the first byte that differs. */
    const char *p = ps->p;
    for (size_t i = 0; i < n && p < ps->end && *p == word[i]; i++)
        p++;
    ps->p = p;
    char want[16];
    snprintf(want, sizeof want, "'%s'", word);
    return unexpected(ps, want);
}

static bool enter(parser *ps)
{
    if (ps->depth >= ps->max_depth)
        return fail_at(ps, ps->p, XS_E_LIMIT, "nesting deeper than %d levels", ps->max_depth);
    ps->depth++;
    return true;
}

/* array := "[" (value ("," value)*)? "]" */
static bool parse_array(parser *ps, xs_value *out)
{
    if (!enter(ps))
        return false;
    ps->p++;
    xs_value arr = xs_array_new(0);
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == ']') {
        ps->p++;
        goto done;
    }
    for (;;) {
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ']') {
            fail_at(ps, ps->p, XS_E_PARSE, "trailing comma in array");
            goto out_release;
        }
        xs_value item;
        if (!parse_value(ps, &item))
            goto out_release;
        xs_array_push(&arr, item);
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == ']') {
            ps->p++;
            break;
        }
        unexpected(ps, "',' or ']'");
        goto out_release;
    }
done:
    ps->depth--;
    *out = arr;
    return true;
out_release:
    xs_release(arr);
    return false;
}

/* object := "{" (string ":" value ("," string ":" value)*)? "}" */
static bool parse_object(parser *ps, xs_value *out)
{
    if (!enter(ps))
        return false;
    ps->p++;
    xs_value obj = xs_object_new(0);
    skip_ws(ps);
    if (ps->p < ps->end && *ps->p == '}') {
        ps->p++;
        goto done;
    }
    for (;;) {
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != '"') {
            if (ps->p < ps->end && *ps->p == '}')
                fail_at(ps, ps->p, XS_E_PARSE, "trailing comma in object");
            else
                unexpected(ps, "a string key");
            goto out_release;
        }
        const char *kp;
        size_t kn;
        if (!parse_string(ps, &kp, &kn))
            goto out_release;
        /* The key may live in scratch, which the value may overwrite. */
        xs_value key = xs_text_new(kp, kn);
        skip_ws(ps);
        if (ps->p >= ps->end || *ps->p != ':') {
            xs_release(key);
            unexpected(ps, "':' after the key");
            goto out_release;
        }
        ps->p++;
        skip_ws(ps);
        xs_value val;
        if (!parse_value(ps, &val)) {
            xs_release(key);
            goto out_release;
        }
        xs_object_set_text(&obj, key, val);
        skip_ws(ps);
        if (ps->p < ps->end && *ps->p == ',') {
            ps->p++;
            continue;
        }
        if (ps->p < ps->end && *ps->p == '}') {
            ps->p++;
            break;
        }
        unexpected(ps, "',' or '}'");
        goto out_release;
    }
done:
    ps->depth--;
    *out = obj;
    return true;
out_release:
    xs_release(obj);
    return false;
}

/* value := object | array | string | number | "true" | "false" | "null" */
static bool parse_value(parser *ps, xs_value *out)
{
    skip_ws(ps);
    if (ps->p >= ps->end)
        return unexpected(ps, "a value");
    switch (*ps->p) {
    case '{':
        return parse_object(ps, out);
    case '[':
        return parse_array(ps, out);
    case '"': {
        const char *sp;
        size_t sn;
        if (!parse_string(ps, &sp, &sn))
            return false;
        *out = xs_text_new(sp, sn);
        return true;
    }
    case 't':
        *out = xs_bool(true);
        return literal(ps, "true", 4);
    case 'f':
        *out = xs_bool(false);
        return literal(ps, "false", 5);
    case 'n':
        *out = xs_null();
        return literal(ps, "null", 4);
    default:
        if (*ps->p == '-' || is_digit(*ps->p))
            return parse_number(ps, out);
        if (*ps->p == '/')
            return fail_at(ps, ps->p, XS_E_PARSE, "comments are not allowed");
        return unexpected(ps, "a value");
    }
}

xs_status xs_json_decode_ex(const char *text, size_t len, const xs_json_decode_opts *opts,
                            xs_value *out, xs_diag *d)
{
    parser ps = {
        .start = text,
        .p = text,
        .end = text + len,
        .max_depth = opts && opts->max_depth > 0 ? opts->max_depth : XS_JSON_DEFAULT_DEPTH,
        .file = opts ? opts->file : NULL,
        .d = d,
        .st = XS_OK,
    };
    xs_buf_init(&ps.scratch);
    *out = xs_null();
    if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0)
        ps.p += 3;
    skip_ws(&ps);
    if (ps.p >= ps.end) {
        fail_at(&ps, ps.p, XS_E_PARSE, len ? "no value, only whitespace" : "empty input");
        goto out;
    }
    xs_value v;
    if (!parse_value(&ps, &v))
        goto out;
    skip_ws(&ps);
    if (ps.p < ps.end) {
        char tmp[16];
        fail_at(&ps, ps.p, XS_E_PARSE, "unexpected %s after the value", describe(&ps, ps.p, tmp));
        xs_release(v);
        goto out;
    }
    *out = v;
out:
    xs_buf_release(&ps.scratch);
    return ps.st;
}

xs_status xs_json_decode(const char *text, size_t len, xs_value *out, xs_diag *d)
{
    return xs_json_decode_ex(text, len, NULL, out, d);
}

/* ---- encoder ---- */

/* Appends i in decimal; ints are the commonest numbers, so no printf. */
static void put_int(xs_buf *out, int64_t i)
{
    char tmp[24];
    char *p = tmp + sizeof tmp;
    uint64_t u = i < 0 ? 0 - (uint64_t)i : (uint64_t)i;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0)
        *--p = '-';
    xs_buf_add(out, p, (size_t)(tmp + sizeof tmp - p));
}

void xs_json_encode_dec(double d, xs_buf *out)
{
    if (!isfinite(d)) {
        xs_buf_add(out, "null", 4);
        return;
    }
    if (d == trunc(d) && fabs(d) < 9007199254740992.0) {
        put_int(out, (int64_t)d); /* -0.0 prints 0 */
        return;
    }
    char tmp[32];
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(tmp, sizeof tmp, "%.*g", prec, d);
        if (prec == 17 || strtod(tmp, NULL) == d)
            break;
    }
    xs_buf_adds(out, tmp);
}

void xs_json_encode_str(xs_str s, unsigned flags, xs_buf *out)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s.ptr, *end = p + s.len;
    xs_buf_reserve(out, s.len + 2);
    xs_buf_addc(out, '"');
    while (p < end) {
        /* Copy the longest run that needs no escaping in one go. */
        const unsigned char *run = p;
        while (p < end && *p >= 0x20 && *p < 0x80 && *p != '"' && *p != '\\' &&
               !(*p == '/' && (flags & XS_JSON_ESCAPE_SLASH)))
            p++;
        if (p > run)
            xs_buf_add(out, run, (size_t)(p - run));
        if (p >= end)
            break;
        unsigned char c = *p;
        if (c >= 0x80) {
            size_t n = xs_utf8_seq_len(p, (size_t)(end - p));
            if (n) {
                xs_buf_add(out, p, n);
                p += n;
            } else {
                xs_buf_add(out, "\xef\xbf\xbd", 3); /* U+FFFD */
                p++;
            }
            continue;
        }
        p++;
        switch (c) {
        case '"':
            xs_buf_add(out, "\\\"", 2);
            break;
        case '\\':
            xs_buf_add(out, "\\\\", 2);
            break;
        case '/':
            xs_buf_add(out, "\\/", 2);
            break;
        case '\n':
            xs_buf_add(out, "\\n", 2);
            break;
        case '\r':
            xs_buf_add(out, "\\r", 2);
            break;
        case '\t':
            xs_buf_add(out, "\\t", 2);
            break;
        case '\b':
            xs_buf_add(out, "\\b", 2);
            break;
        case '\f':
            xs_buf_add(out, "\\f", 2);
            break;
        default: {
            char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 15]};
            xs_buf_add(out, esc, 6);
        }
        }
    }
    xs_buf_addc(out, '"');
}

static void newline(xs_buf *out, int depth)
{
    xs_buf_reserve(out, 1 + (size_t)depth * 2);
    out->ptr[out->len++] = '\n';
    memset(out->ptr + out->len, ' ', (size_t)depth * 2);
    out->len += (size_t)depth * 2;
    out->ptr[out->len] = '\0';
}

static xs_status encode(xs_value v, unsigned flags, int depth, xs_buf *out)
{
    bool pretty = flags & XS_JSON_PRETTY;
    switch (v.type) {
    case XS_NULL:
        xs_buf_add(out, "null", 4);
        return XS_OK;
    case XS_BOOL:
        if (v.u.b)
            xs_buf_add(out, "true", 4);
        else
            xs_buf_add(out, "false", 5);
        return XS_OK;
    case XS_INT:
        put_int(out, v.u.i);
        return XS_OK;
    case XS_DEC:
        xs_json_encode_dec(v.u.d, out);
        return XS_OK;
    case XS_TEXT:
        xs_json_encode_str(xs_text_str(v), flags, out);
        return XS_OK;
    case XS_ARRAY: {
        size_t n = xs_array_len(v);
        if (n == 0) {
            xs_buf_add(out, "[]", 2);
            return XS_OK;
        }
        if (depth >= XS_JSON_ENCODE_MAX_DEPTH)
            return XS_E_LIMIT;
        xs_buf_addc(out, '[');
        for (size_t i = 0; i < n; i++) {
            if (i)
                xs_buf_addc(out, ',');
            if (pretty)
                newline(out, depth + 1);
            xs_status st = encode(xs_array_at(v, i), flags, depth + 1, out);
            if (st != XS_OK)
                return st;
        }
        if (pretty)
            newline(out, depth);
        xs_buf_addc(out, ']');
        return XS_OK;
    }
    case XS_OBJECT: {
        size_t n = xs_object_len(v);
        if (n == 0) {
            xs_buf_add(out, "{}", 2);
            return XS_OK;
        }
        if (depth >= XS_JSON_ENCODE_MAX_DEPTH)
            return XS_E_LIMIT;
        xs_buf_addc(out, '{');
        for (size_t i = 0; i < n; i++) {
            if (i)
                xs_buf_addc(out, ',');
            if (pretty)
                newline(out, depth + 1);
            xs_json_encode_str(xs_object_key_at(v, i), flags, out);
            if (pretty)
                xs_buf_add(out, ": ", 2);
            else
                xs_buf_addc(out, ':');
            xs_status st = encode(xs_object_val_at(v, i), flags, depth + 1, out);
            if (st != XS_OK)
                return st;
        }
        if (pretty)
            newline(out, depth);
        xs_buf_addc(out, '}');
        return XS_OK;
    }
    }
    return XS_E_INTERNAL;
}

xs_status xs_json_encode(xs_value v, unsigned flags, xs_buf *out)
{
    return encode(v, flags, 0, out);
}
