/* filters_text.c - text filters. Lengths and offsets count UTF-8
 * characters (Xano uses PHP's mb_* functions); case mapping covers ASCII,
 * Latin-1, Latin Extended-A, Greek and Cyrillic. */
#include "lib/lib_int.h"

#include <pthread.h>

#include "base/alloc.h"
#include "value/json.h"

/* The piped value as text: null reads as "", numbers and bools print;
 * arrays and objects fail. */
static xs_status want_text(xs_call *c, xs_value *val)
{
    if (val->type == XS_TEXT)
        return XS_OK;
    if (val->type == XS_ARRAY || val->type == XS_OBJECT)
        return xs_lib_type_fail(c, "text", *val);
    xs_lib_put(val, xs_lib_text_of(*val));
    return XS_OK;
}

/* A text argument: scalars print, collections fail. *out is ours. */
static xs_status text_arg(xs_call *c, xs_value v, xs_value *out)
{
    if (v.type == XS_ARRAY || v.type == XS_OBJECT)
        return xs_lib_type_fail(c, "text", v);
    *out = xs_lib_text_of(v);
    return XS_OK;
}

/* ---- case ---- */

/* Decodes one UTF-8 sequence at s (n > 0 bytes); *len gets its length.
 * Invalid bytes decode as themselves, one at a time. */
static uint32_t utf8_get(const unsigned char *s, size_t n, size_t *len)
{
    size_t k = xs_utf8_seq_len(s, n);
    *len = k ? k : 1;
    switch (k) {
    case 2:
        return ((uint32_t)(s[0] & 0x1f) << 6) | (s[1] & 0x3f);
    case 3:
        return ((uint32_t)(s[0] & 0x0f) << 12) | ((uint32_t)(s[1] & 0x3f) << 6) | (s[2] & 0x3f);
    case 4:
        return ((uint32_t)(s[0] & 0x07) << 18) | ((uint32_t)(s[1] & 0x3f) << 12) |
               ((uint32_t)(s[2] & 0x3f) << 6) | (s[3] & 0x3f);
    default:
        return s[0];
    }
}

static void utf8_put(xs_buf *b, uint32_t cp)
{
    char t[4];
    if (cp < 0x80) {
        xs_buf_addc(b, (char)cp);
        return;
    }
    if (cp < 0x800) {
        t[0] = (char)(0xc0 | (cp >> 6));
        t[1] = (char)(0x80 | (cp & 0x3f));
        xs_buf_add(b, t, 2);
    } else if (cp < 0x10000) {
        t[0] = (char)(0xe0 | (cp >> 12));
        t[1] = (char)(0x80 | ((cp >> 6) & 0x3f));
        t[2] = (char)(0x80 | (cp & 0x3f));
        xs_buf_add(b, t, 3);
    } else {
        t[0] = (char)(0xf0 | (cp >> 18));
        t[1] = (char)(0x80 | ((cp >> 12) & 0x3f));
        t[2] = (char)(0x80 | ((cp >> 6) & 0x3f));
        t[3] = (char)(0x80 | (cp & 0x3f));
        xs_buf_add(b, t, 4);
    }
}

static uint32_t cp_lower(uint32_t c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0xDE && c != 0xD7))
        return c + 32;
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 &&
        c != 0x17F) {
        bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if (odd_upper)
            return (c & 1) ? c + 1 : c;
        return (c & 1) ? c : c + 1;
    }
    if ((c >= 0x391 && c <= 0x3AB && c != 0x3A2))
        return c + 32;
    if (c >= 0x410 && c <= 0x42F)
        return c + 32;
    if (c >= 0x400 && c <= 0x40F)
        return c + 80;
    return c;
}

static uint32_t cp_upper(uint32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 0xE0 && c <= 0xFE && c != 0xF7))
        return c - 32;
    if (c >= 0x100 && c <= 0x17F && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 &&
        c != 0x17F) {
        bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
        if (odd_upper)
            return (c & 1) ? c : c - 1;
        return (c & 1) ? c - 1 : c;
    }
    if (c >= 0x3B1 && c <= 0x3CB && c != 0x3C2)
        return c - 32;
    if (c >= 0x430 && c <= 0x44F)
        return c - 32;
    if (c >= 0x450 && c <= 0x45F)
        return c - 80;
    return c;
}

static bool is_space_byte(unsigned char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
}

enum case_mode { CASE_LOWER, CASE_UPPER, CASE_WORDS };

static xs_value map_case(xs_str s, enum case_mode mode)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_reserve(&b, s.len);
    bool word_start = true;
    for (size_t i = 0; i < s.len;) {
        size_t k;
        const unsigned char *p = (const unsigned char *)s.ptr + i;
        if (!xs_utf8_seq_len(p, s.len - i)) { /* keep invalid bytes as they are */
            xs_buf_addc(&b, (char)*p);
            i++;
            word_start = false;
            continue;
        }
        uint32_t cp = utf8_get(p, s.len - i, &k);
        uint32_t m = mode == CASE_LOWER   ? cp_lower(cp)
                     : mode == CASE_UPPER ? cp_upper(cp)
                     : word_start         ? cp_upper(cp)
                                          : cp;
        utf8_put(&b, m);
        word_start = cp < 0x80 && is_space_byte((unsigned char)cp);
        i += k;
    }
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    return t;
}

/* ASCII text (the common case) maps byte by byte: the text is kept when
 * nothing changes, else copied once. Lower
 * and upper case take a tight loop of their own; false (nothing changed)
 * when a byte past ASCII turns up. */
static bool ascii_case(xs_value *val, enum case_mode mode)
{
    xs_str s = xs_text_str(*val);
    const unsigned char *p = (const unsigned char *)s.ptr;
    size_t n = s.len, first = n;
    if (mode != CASE_WORDS) {
        unsigned char lo = mode == CASE_LOWER ? 'A' : 'a';
        for (size_t i = 0; i < n; i++) {
            if (p[i] >= 0x80)
                return false;
            if ((unsigned char)(p[i] - lo) < 26) {
                first = i;
                break;
            }
        }
        if (first == n)
            return true;
        for (size_t i = first + 1; i < n; i++)
            if (p[i] >= 0x80)
                return false;
        char *d;
        xs_value out = xs_text_alloc(n, &d);
        memcpy(d, p, first);
        for (size_t i = first; i < n; i++) {
            unsigned char ch = p[i];
            d[i] = (char)((unsigned char)(ch - lo) < 26 ? ch ^ 0x20 : ch);
        }
        xs_lib_put(val, out);
        return true;
    }
    bool word_start = true;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = p[i];
        if (ch >= 0x80)
            return false;
        if (word_start && ch >= 'a' && ch <= 'z' && first == n)
            first = i;
        word_start = is_space_byte(ch);
    }
    if (first == n)
        return true;
    char *d;
    xs_value out = xs_text_alloc(n, &d);
    memcpy(d, p, n);
    word_start = first == 0 || is_space_byte(p[first - 1]);
    for (size_t i = first; i < n; i++) {
        unsigned char ch = (unsigned char)d[i];
        if (word_start && ch >= 'a' && ch <= 'z')
            d[i] = (char)(ch - 32);
        word_start = is_space_byte(ch);
    }
    xs_lib_put(val, out);
    return true;
}

static xs_status case_filter(xs_call *c, xs_value *val, enum case_mode mode)
{
    xs_status st = want_text(c, val);
    if (st != XS_OK)
        return st;
    if (!ascii_case(val, mode))
        xs_lib_put(val, map_case(xs_text_str(*val), mode));
    return XS_OK;
}

static xs_status f_lower(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return case_filter(c, val, CASE_LOWER);
}

static xs_status f_upper(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return case_filter(c, val, CASE_UPPER);
}

static xs_status f_capitalize(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return case_filter(c, val, CASE_WORDS);
}

/* ---- trimming ---- */

enum { TRIM_LEFT = 1, TRIM_RIGHT = 2 };

/* Whether byte ch is in the 256-bit set in. */
static inline bool in_set(const uint64_t in[4], char ch)
{
    unsigned char u = (unsigned char)ch;
    return (in[u >> 6] >> (u & 63)) & 1;
}

static xs_status trim_filter(xs_call *c, xs_value *val, const xs_value *args, size_t nargs,
                             int sides)
{
    xs_status st = want_text(c, val);
    if (st != XS_OK)
        return st;
    xs_value set = xs_null();
    if (nargs > 0 && args[0].type != XS_NULL) {
        st = text_arg(c, args[0], &set);
        if (st != XS_OK)
            return st;
    }
    /* a byte set: PHP's default (space, \t, \n, \r, \0, \v) or the given
     * characters */
    uint64_t in[4] = {(1ull << ' ') | (1ull << '\t') | (1ull << '\n') | (1ull << '\r') | 1ull |
                          (1ull << '\v'),
                      0, 0, 0};
    if (set.type == XS_TEXT) {
        xs_str chars = xs_text_str(set);
        in[0] = 0;
        for (size_t i = 0; i < chars.len; i++) {
            unsigned char ch = (unsigned char)chars.ptr[i];
            in[ch >> 6] |= 1ull << (ch & 63);
        }
    }
    xs_str s = xs_text_str(*val);
    size_t b = 0, e = s.len;
    if (sides & TRIM_LEFT)
        while (b < e && in_set(in, s.ptr[b]))
            b++;
    if (sides & TRIM_RIGHT)
        while (e > b && in_set(in, s.ptr[e - 1]))
            e--;
    xs_release(set);
    if (b > 0 || e < s.len)
        xs_lib_put(val, xs_text_new(s.ptr + b, e - b));
    return XS_OK;
}

static xs_status f_trim(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return trim_filter(c, val, args, nargs, TRIM_LEFT | TRIM_RIGHT);
}

static xs_status f_ltrim(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return trim_filter(c, val, args, nargs, TRIM_LEFT);
}

static xs_status f_rtrim(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return trim_filter(c, val, args, nargs, TRIM_RIGHT);
}

/* ---- pieces ---- */

/* Texts of zero or one byte, made once and shared (immortal): split and
 * its kin hand them out instead of allocating, as CPython does for its
 * one-character strings. */
static xs_value one_byte[257];
static pthread_once_t one_byte_once = PTHREAD_ONCE_INIT;

static void one_byte_init(void)
{
    for (int i = 0; i < 256; i++) {
        char ch = (char)i;
        one_byte[i] = xs_value_make_immortal(xs_text_new(&ch, 1));
    }
    one_byte[256] = xs_value_make_immortal(xs_text_new("", 0));
}

/* A text of the n bytes at p: shared when n < 2, else new. Call
 * pieces_ready() first. */
static xs_value piece(const char *p, size_t n)
{
    if (n > 1)
        return xs_text_new(p, n);
    return n ? one_byte[(unsigned char)*p] : one_byte[256];
}

static void pieces_ready(void)
{
    pthread_once(&one_byte_once, one_byte_init);
}

/* ---- searching ---- */

static const char *find_bytes(xs_str hay, xs_str needle, bool icase, size_t from)
{
    if (needle.len == 0)
        return from <= hay.len ? hay.ptr + from : NULL;
    for (size_t i = from; i + needle.len <= hay.len; i++) {
        size_t j = 0;
        for (; j < needle.len; j++) {
            unsigned char x = (unsigned char)hay.ptr[i + j], y = (unsigned char)needle.ptr[j];
            if (icase) {
                x = (unsigned char)(x >= 'A' && x <= 'Z' ? x + 32 : x);
                y = (unsigned char)(y >= 'A' && y <= 'Z' ? y + 32 : y);
            }
            if (x != y)
                break;
        }
        if (j == needle.len)
            return hay.ptr + i;
    }
    return NULL;
}

/* A text with ASCII and the mapped ranges lowered, for case-insensitive
 * search beyond ASCII. */
static xs_value folded(xs_value t)
{
    return map_case(xs_text_str(t), CASE_LOWER);
}

enum search_mode { S_CONTAINS, S_STARTS, S_ENDS, S_INDEX };

static xs_status search(xs_call *c, xs_value *val, const xs_value *args, enum search_mode mode,
                        bool icase)
{
    xs_status st = want_text(c, val);
    xs_value needle;
    if (st == XS_OK)
        st = text_arg(c, args[0], &needle);
    if (st != XS_OK)
        return st;
    xs_value hay = xs_retain(*val);
    if (icase) {
        xs_lib_put(&hay, folded(hay));
        xs_lib_put(&needle, folded(needle));
    }
    xs_str h = xs_text_str(hay), n = xs_text_str(needle);
    xs_value out;
    switch (mode) {
    case S_CONTAINS:
        out = xs_bool(find_bytes(h, n, false, 0) != NULL);
        break;
    case S_STARTS:
        out = xs_bool(n.len <= h.len && memcmp(h.ptr, n.ptr, n.len) == 0);
        break;
    case S_ENDS:
        out = xs_bool(n.len <= h.len && memcmp(h.ptr + h.len - n.len, n.ptr, n.len) == 0);
        break;
    default: {
        const char *at = find_bytes(h, n, false, 0);
        out = at ? xs_int((int64_t)xs_lib_utf8_len((xs_str){h.ptr, (size_t)(at - h.ptr)}))
                 : xs_bool(false);
        break;
    }
    }
    xs_release(hay);
    xs_release(needle);
    xs_lib_put(val, out);
    return XS_OK;
}

#define SEARCH_FILTER(fn, mode, icase)                                                             \
    static xs_status fn(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)             \
    {                                                                                              \
        (void)nargs;                                                                               \
        return search(c, val, args, mode, icase);                                                  \
    }

SEARCH_FILTER(f_contains, S_CONTAINS, false)
SEARCH_FILTER(f_icontains, S_CONTAINS, true)
SEARCH_FILTER(f_starts_with, S_STARTS, false)
SEARCH_FILTER(f_istarts_with, S_STARTS, true)
SEARCH_FILTER(f_ends_with, S_ENDS, false)
SEARCH_FILTER(f_iends_with, S_ENDS, true)
SEARCH_FILTER(f_index, S_INDEX, false)
SEARCH_FILTER(f_iindex, S_INDEX, true)

/* ---- cutting and joining ---- */

static xs_status f_strlen(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_status st = want_text(c, val);
    if (st != XS_OK)
        return st;
    xs_lib_put(val, xs_int((int64_t)xs_lib_utf8_len(xs_text_str(*val))));
    return XS_OK;
}

static xs_status f_substr(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t start, len = 0;
    xs_status st = want_text(c, val);
    if (st == XS_OK)
        st = xs_lib_int_arg(c, args[0], &start);
    bool has_len = nargs > 1 && args[1].type != XS_NULL;
    if (st == XS_OK && has_len)
        st = xs_lib_int_arg(c, args[1], &len);
    if (st != XS_OK)
        return st;
    xs_str s = xs_text_str(*val);
    int64_t n = (int64_t)xs_lib_utf8_len(s);
    int64_t b = start < 0 ? n + start : start;
    if (b < 0)
        b = 0;
    if (b > n)
        b = n;
    int64_t e = !has_len ? n : len < 0 ? n + len : b + len;
    if (e > n)
        e = n;
    if (e < b)
        e = b;
    size_t bo = xs_lib_utf8_off(s, (size_t)b), eo = xs_lib_utf8_off(s, (size_t)e);
    xs_lib_put(val, xs_text_new(s.ptr + bo, eo - bo));
    return XS_OK;
}

/* The first byte c in s[0..n), as memchr, without a call for short texts. */
static const char *find_byte(const char *s, char c, size_t n)
{
    if (n > 32)
        return memchr(s, c, n);
    for (size_t i = 0; i < n; i++)
        if (s[i] == c)
            return s + i;
    return NULL;
}

static xs_status f_split(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_status st = want_text(c, val);
    if (st != XS_OK)
        return st;
    /* the separator: borrowed when it is text, else its text form (ours) */
    xs_value arg = xs_lib_arg(args, nargs, 0), sep = arg;
    bool own_sep = arg.type != XS_TEXT;
    if (own_sep && (st = text_arg(c, arg, &sep)) != XS_OK)
        return st;
    xs_str s = xs_text_str(*val), d = xs_text_str(sep);
    xs_value out = xs_array_new(4);
    pieces_ready();
    if (d.len == 0) { /* no separator: one element per character */
        for (size_t i = 0; i < s.len;) {
            size_t k = xs_utf8_seq_len((const unsigned char *)s.ptr + i, s.len - i);
            k = k ? k : 1;
            xs_array_push(&out, piece(s.ptr + i, k));
            i += k;
        }
    } else {
        size_t from = 0;
        for (;;) {
            const char *at = d.len == 1 ? find_byte(s.ptr + from, d.ptr[0], s.len - from)
                                        : find_bytes(s, d, false, from);
            size_t end = at ? (size_t)(at - s.ptr) : s.len;
            xs_array_push(&out, piece(s.ptr + from, end - from));
            if (!at)
                break;
            from = end + d.len;
        }
    }
    if (own_sep)
        xs_release(sep);
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_replace(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_status st = want_text(c, val);
    xs_value from = xs_null(), to = xs_null();
    if (st == XS_OK)
        st = text_arg(c, args[0], &from);
    if (st == XS_OK)
        st = text_arg(c, xs_lib_arg(args, nargs, 1), &to);
    if (st != XS_OK) {
        xs_release(from);
        return st;
    }
    xs_str s = xs_text_str(*val), f = xs_text_str(from), t = xs_text_str(to);
    if (f.len > 0) {
        xs_buf b;
        xs_buf_init(&b);
        size_t pos = 0;
        const char *at;
        while ((at = find_bytes(s, f, false, pos)) != NULL) {
            xs_buf_add(&b, s.ptr + pos, (size_t)(at - s.ptr) - pos);
            xs_buf_add(&b, t.ptr, t.len);
            pos = (size_t)(at - s.ptr) + f.len;
        }
        xs_buf_add(&b, s.ptr + pos, s.len - pos);
        xs_value r = xs_text_from_buf(&b);
        xs_buf_release(&b);
        xs_lib_put(val, r);
    }
    xs_release(from);
    xs_release(to);
    return XS_OK;
}

static xs_status f_concat(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_status st = want_text(c, val);
    xs_value add = xs_null(), sep = xs_null();
    if (st == XS_OK)
        st = text_arg(c, args[0], &add);
    if (st == XS_OK)
        st = text_arg(c, xs_lib_arg(args, nargs, 1), &sep);
    if (st != XS_OK) {
        xs_release(add);
        return st;
    }
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_add(&b, xs_text_ptr(*val), xs_text_len(*val));
    xs_buf_add(&b, xs_text_ptr(sep), xs_text_len(sep));
    xs_buf_add(&b, xs_text_ptr(add), xs_text_len(add));
    xs_value r = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_release(add);
    xs_release(sep);
    xs_lib_put(val, r);
    return XS_OK;
}

static xs_status f_addslashes(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_status st = want_text(c, val);
    if (st != XS_OK)
        return st;
    xs_str s = xs_text_str(*val);
    xs_buf b;
    xs_buf_init(&b);
    for (size_t i = 0; i < s.len; i++) {
        char ch = s.ptr[i];
        if (ch == '\'' || ch == '"' || ch == '\\') {
            xs_buf_addc(&b, '\\');
            xs_buf_addc(&b, ch);
        } else if (ch == '\0') {
            xs_buf_add(&b, "\\0", 2);
        } else {
            xs_buf_addc(&b, ch);
        }
    }
    xs_value r = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, r);
    return XS_OK;
}

static xs_status f_strip_html(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_status st = want_text(c, val);
    if (st != XS_OK)
        return st;
    xs_str s = xs_text_str(*val);
    xs_buf b;
    xs_buf_init(&b);
    bool in_tag = false;
    for (size_t i = 0; i < s.len; i++) {
        if (s.ptr[i] == '<')
            in_tag = true;
        else if (s.ptr[i] == '>' && in_tag)
            in_tag = false;
        else if (!in_tag)
            xs_buf_addc(&b, s.ptr[i]);
    }
    xs_value r = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, r);
    return XS_OK;
}

static xs_status f_escape(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_status st = want_text(c, val);
    if (st != XS_OK)
        return st;
    /* the body of a JSON string literal, without its quotes */
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode_str(xs_text_str(*val), XS_JSON_COMPACT, &b);
    xs_value r = xs_text_new(xs_buf_cstr(&b) + 1, b.len - 2);
    xs_buf_release(&b);
    xs_lib_put(val, r);
    return XS_OK;
}

/* ---- sprintf ---- */

/* One PHP sprintf conversion of v under the parsed spec into b. */
static xs_status conv(xs_call *c, xs_buf *b, char type, xs_value v, bool left, bool plus, char pad,
                      long width, long prec)
{
    xs_buf t;
    xs_buf_init(&t);
    xs_value num;
    switch (type) {
    case 's': {
        /* PHP prints true as "1" and false as "" */
        xs_value s = v.type == XS_BOOL ? xs_text_cstr(v.u.b ? "1" : "") : xs_lib_text_of(v);
        size_t n = xs_text_len(s);
        if (prec >= 0 && (size_t)prec < n)
            n = xs_lib_utf8_off(xs_text_str(s), (size_t)prec);
        xs_buf_add(&t, xs_text_ptr(s), n);
        xs_release(s);
        break;
    }
    case 'd':
    case 'i':
    case 'u':
    case 'c':
    case 'x':
    case 'X':
    case 'o':
    case 'b': {
        int64_t i = 0;
        if (!xs_lib_to_num(v, &num)) {
            xs_buf_release(&t);
            return xs_lib_type_fail(c, "a number", v);
        }
        i = num.type == XS_INT ? num.u.i : (int64_t)num.u.d;
        if (type == 'd' || type == 'i') {
            if (plus && i >= 0)
                xs_buf_addc(&t, '+');
            xs_buf_addf(&t, "%lld", (long long)i);
        } else if (type == 'u') {
            xs_buf_addf(&t, "%llu", (unsigned long long)i);
        } else if (type == 'c') {
            xs_buf_addc(&t, (char)i);
        } else if (type == 'x') {
            xs_buf_addf(&t, "%llx", (unsigned long long)i);
        } else if (type == 'X') {
            xs_buf_addf(&t, "%llX", (unsigned long long)i);
        } else if (type == 'o') {
            xs_buf_addf(&t, "%llo", (unsigned long long)i);
        } else {
            uint64_t u = (uint64_t)i;
            char bits[65];
            int k = 64;
            bits[k] = '\0';
            do {
                bits[--k] = (char)('0' + (u & 1));
                u >>= 1;
            } while (u);
            xs_buf_adds(&t, bits + k);
        }
        break;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
        if (!xs_lib_to_num(v, &num)) {
            xs_buf_release(&t);
            return xs_lib_type_fail(c, "a number", v);
        }
        double d = xs_lib_dbl(num);
        int p = (int)(prec < 0 ? 6 : prec);
        if (type == 'f' || type == 'F')
            d = xs_lib_round(d, p);
        if (plus && d >= 0)
            xs_buf_addc(&t, '+');
        switch (type) {
        case 'e':
            xs_buf_addf(&t, "%.*e", p, d);
            break;
        case 'E':
            xs_buf_addf(&t, "%.*E", p, d);
            break;
        case 'g':
            xs_buf_addf(&t, "%.*g", p, d);
            break;
        case 'G':
            xs_buf_addf(&t, "%.*G", p, d);
            break;
        default:
            xs_buf_addf(&t, "%.*f", p, d);
            break;
        }
        break;
    }
    default:
        xs_buf_release(&t);
        return xs_lib_fail(c, "unknown conversion '%%%c'", type);
    }
    size_t len = xs_lib_utf8_len((xs_str){xs_buf_cstr(&t), t.len});
    if (width > 0 && (size_t)width > len) {
        size_t fill = (size_t)width - len;
        if (left) {
            xs_buf_add(b, xs_buf_cstr(&t), t.len);
            for (size_t i = 0; i < fill; i++)
                xs_buf_addc(b, pad == '0' ? ' ' : pad);
        } else {
            const char *p = xs_buf_cstr(&t);
            size_t n = t.len;
            if (pad == '0' && n && (p[0] == '-' || p[0] == '+')) {
                xs_buf_addc(b, p[0]);
                p++, n--;
            }
            for (size_t i = 0; i < fill; i++)
                xs_buf_addc(b, pad);
            xs_buf_add(b, p, n);
        }
    } else {
        xs_buf_add(b, xs_buf_cstr(&t), t.len);
    }
    xs_buf_release(&t);
    return XS_OK;
}

static xs_status f_sprintf(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_status st = want_text(c, val);
    if (st != XS_OK)
        return st;
    xs_str f = xs_text_str(*val);
    xs_buf b;
    xs_buf_init(&b);
    size_t next = 0;
    for (size_t i = 0; i < f.len; i++) {
        if (f.ptr[i] != '%') {
            xs_buf_addc(&b, f.ptr[i]);
            continue;
        }
        if (++i >= f.len)
            break;
        if (f.ptr[i] == '%') {
            xs_buf_addc(&b, '%');
            continue;
        }
        /* %[argnum$][flags][width][.precision]specifier */
        size_t j = i, argnum = 0;
        while (j < f.len && f.ptr[j] >= '0' && f.ptr[j] <= '9')
            argnum = argnum * 10 + (size_t)(f.ptr[j++] - '0');
        if (j < f.len && f.ptr[j] == '$' && argnum > 0)
            i = j + 1;
        else
            argnum = 0;
        bool left = false, plus = false;
        char pad = ' ';
        for (; i < f.len; i++) {
            if (f.ptr[i] == '-')
                left = true;
            else if (f.ptr[i] == '+')
                plus = true;
            else if (f.ptr[i] == '0')
                pad = '0';
            else if (f.ptr[i] == ' ')
                pad = ' ';
            else if (f.ptr[i] == '\'' && i + 1 < f.len)
                pad = f.ptr[++i];
            else
                break;
        }
        long width = 0, prec = -1;
        while (i < f.len && f.ptr[i] >= '0' && f.ptr[i] <= '9' && width < 100000)
            width = width * 10 + (f.ptr[i++] - '0');
        if (i < f.len && f.ptr[i] == '.') {
            prec = 0;
            i++;
            while (i < f.len && f.ptr[i] >= '0' && f.ptr[i] <= '9' && prec < 1000)
                prec = prec * 10 + (f.ptr[i++] - '0');
        }
        if (i >= f.len) {
            st = xs_lib_fail(c, "format ends inside a conversion");
            break;
        }
        size_t ai = argnum ? argnum - 1 : next++;
        if (ai >= nargs) {
            st = xs_lib_fail(c, "too few arguments for the format");
            break;
        }
        st = conv(c, &b, f.ptr[i], args[ai], left, plus, pad, width, prec);
        if (st != XS_OK)
            break;
    }
    if (st != XS_OK) {
        xs_buf_release(&b);
        return st;
    }
    xs_value r = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, r);
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"to_lower", 0, 0, 0, f_lower, "the text in lower case"},
    {"lower", 0, 0, 0, f_lower, "alias of to_lower"},
    {"to_upper", 0, 0, 0, f_upper, "the text in upper case"},
    {"upper", 0, 0, 0, f_upper, "alias of to_upper"},
    {"capitalize", 0, 0, 0, f_capitalize, "the first letter of each word in upper case"},
    {"trim", 0, 1, 0, f_trim, "the text without leading and trailing whitespace (or chars)"},
    {"ltrim", 0, 1, 0, f_ltrim, "the text without leading whitespace (or chars)"},
    {"rtrim", 0, 1, 0, f_rtrim, "the text without trailing whitespace (or chars)"},
    {"strlen", 0, 0, 0, f_strlen, "number of characters (UTF-8) of the text"},
    {"substr", 1, 2, 0, f_substr,
     "part of the text from start, length characters; negatives count from the end"},
    {"split", 0, 1, 0, f_split, "the text cut at each separator: \"a,b\"|split:\",\""},
    {"replace", 1, 2, 0, f_replace, "every occurrence of search replaced: replace:search:with"},
    {"concat", 1, 2, 0, f_concat,
     "the text followed by separator and value: \"hello\"|concat:\"world\":\", \""},
    {"contains", 1, 1, 0, f_contains, "whether the text contains the value"},
    {"icontains", 1, 1, 0, f_icontains, "contains, ignoring case"},
    {"starts_with", 1, 1, 0, f_starts_with, "whether the text starts with the value"},
    {"istarts_with", 1, 1, 0, f_istarts_with, "starts_with, ignoring case"},
    {"ends_with", 1, 1, 0, f_ends_with, "whether the text ends with the value"},
    {"iends_with", 1, 1, 0, f_iends_with, "ends_with, ignoring case"},
    {"index", 1, 1, 0, f_index,
     "character offset of the first occurrence of the value, false when absent"},
    {"iindex", 1, 1, 0, f_iindex, "index, ignoring case"},
    {"sprintf", 0, XS_ARGS_ANY, 0, f_sprintf,
     "PHP sprintf: %s %d %u %f %e %x %X %o %b %c %%, flags - + 0 'c, width, precision, n$"},
    {"addslashes", 0, 0, 0, f_addslashes, "backslashes before ' \" \\ and NUL"},
    {"strip_html", 0, 0, 0, f_strip_html, "the text without HTML tags"},
    {"escape", 0, 0, 0, f_escape,
     "control characters, quotes and backslashes escaped as in a JSON string (\\n, \\\")"},
};

const xs_builtin_family xs_lib_text = {"text", filters, XS_COUNTOF(filters), NULL, 0};
