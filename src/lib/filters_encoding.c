/* filters_encoding.c - URLs and query strings, number bases, CSV, YAML
 * (libyaml), XML (libxml2), character encodings (iconv), unaccent and
 * to_expr (literal arithmetic only). PHP's functions are the model for
 * each: parse_url, parse_str, dechex, base_convert, str_getcsv,
 * mb_convert_encoding. */
#include <errno.h>
#include <iconv.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <math.h>
#include <pthread.h>
#include <strings.h>
#include <yaml.h>

#include "base/alloc.h"
#include "base/dynlib.h"
#include "lib/lib_ext.h"
#include "lib/lib_int.h"
#include "value/json.h"

enum {
    MAX_DEPTH = 256, /* YAML and XML nesting */
    MAX_EXPR = 4096,
};

/* The piped value as text: scalars print, null is "", collections fail. */
static xs_status text_val(xs_call *c, xs_value v, xs_value *out)
{
    if (v.type == XS_ARRAY || v.type == XS_OBJECT)
        return xs_lib_type_fail(c, "text", v);
    *out = xs_lib_text_of(v);
    return XS_OK;
}

static int hexval(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

/* PHP urldecode: + is a space, %XX a byte. */
static void url_decode(xs_str s, xs_buf *b)
{
    for (size_t i = 0; i < s.len; i++) {
        char ch = s.ptr[i];
        if (ch == '+') {
            xs_buf_addc(b, ' ');
        } else if (ch == '%' && i + 2 < s.len + 0 && hexval(s.ptr[i + 1]) >= 0 &&
                   hexval(s.ptr[i + 2]) >= 0) {
            xs_buf_addc(b, (char)(hexval(s.ptr[i + 1]) * 16 + hexval(s.ptr[i + 2])));
            i += 2;
        } else {
            xs_buf_addc(b, ch);
        }
    }
}

/* PHP urlencode (RFC 1738, as http_build_query writes): space is +. */
static void url_encode(xs_str s, xs_buf *b)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < s.len; i++) {
        unsigned char ch = (unsigned char)s.ptr[i];
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
            ch == '-' || ch == '_' || ch == '.') {
            xs_buf_addc(b, (char)ch);
        } else if (ch == ' ') {
            xs_buf_addc(b, '+');
        } else {
            xs_buf_addc(b, '%');
            xs_buf_addc(b, hex[ch >> 4]);
            xs_buf_addc(b, hex[ch & 15]);
        }
    }
}

static xs_value decoded(xs_str s)
{
    xs_buf b;
    xs_buf_init(&b);
    url_decode(s, &b);
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    return t;
}

/* ---- URLs ---- */

typedef struct url_parts {
    xs_str base;  /* everything before '?' (or '#') */
    xs_str query; /* after '?', without it */
    bool has_query;
    xs_str frag; /* from '#' on, with it */
} url_parts;

static url_parts url_split(xs_str u)
{
    url_parts p = {u, {u.ptr + u.len, 0}, false, {u.ptr + u.len, 0}};
    const char *hash = memchr(u.ptr, '#', u.len);
    size_t end = hash ? (size_t)(hash - u.ptr) : u.len;
    if (hash)
        p.frag = (xs_str){hash, u.len - end};
    const char *q = memchr(u.ptr, '?', end);
    if (q) {
        p.base = (xs_str){u.ptr, (size_t)(q - u.ptr)};
        p.query = (xs_str){q + 1, end - (size_t)(q - u.ptr) - 1};
        p.has_query = true;
    } else {
        p.base = (xs_str){u.ptr, end};
    }
    return p;
}

/* Cuts the next "k=v" pair off *q; *key is the raw key part. */
static bool next_pair(xs_str *q, xs_str *pair, xs_str *key, xs_str *val, bool *has_eq)
{
    while (q->len && (q->ptr[0] == '&'))
        q->ptr++, q->len--;
    if (q->len == 0)
        return false;
    const char *amp = memchr(q->ptr, '&', q->len);
    size_t n = amp ? (size_t)(amp - q->ptr) : q->len;
    *pair = (xs_str){q->ptr, n};
    const char *eq = memchr(q->ptr, '=', n);
    *has_eq = eq != NULL;
    *key = (xs_str){q->ptr, eq ? (size_t)(eq - q->ptr) : n};
    *val = eq ? (xs_str){eq + 1, n - key->len - 1} : (xs_str){q->ptr + n, 0};
    q->ptr += n;
    q->len -= n;
    return true;
}

/* Whether the raw key k names arg (decoded, with or without "[...]"). */
static bool key_is(xs_str k, xs_str arg)
{
    xs_value d = decoded(k);
    xs_str s = xs_text_str(d);
    const char *br = memchr(s.ptr, '[', s.len);
    if (br && (arg.len == 0 || !memchr(arg.ptr, '[', arg.len)))
        s.len = (size_t)(br - s.ptr);
    bool eq = s.len == arg.len && memcmp(s.ptr, arg.ptr, s.len) == 0;
    xs_release(d);
    return eq;
}

static xs_status url_args(xs_call *c, xs_value *val, const xs_value *args, size_t nargs,
                          xs_value *url, xs_value *name)
{
    xs_status st = text_val(c, *val, url);
    if (st != XS_OK)
        return st;
    st = text_val(c, xs_lib_arg(args, nargs, 0), name);
    if (st != XS_OK)
        xs_release(*url);
    return st;
}

static void add_query_pair(xs_buf *q, xs_str key, xs_value v)
{
    if (q->len)
        xs_buf_addc(q, '&');
    url_encode(key, q);
    xs_buf_addc(q, '=');
    xs_value t = xs_lib_text_of(v);
    url_encode(xs_text_str(t), q);
    xs_release(t);
}

/* url_addarg:name:value - the URL with name=value set (replacing any). */
static xs_status f_url_addarg(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value url, name;
    xs_status st = url_args(c, val, args, nargs, &url, &name);
    if (st != XS_OK)
        return st;
    xs_value v = xs_lib_arg(args, nargs, 1);
    if (v.type == XS_ARRAY || v.type == XS_OBJECT) {
        xs_release(url);
        xs_release(name);
        return xs_lib_type_fail(c, "a text value", v);
    }
    url_parts p = url_split(xs_text_str(url));
    xs_buf q;
    xs_buf_init(&q);
    xs_str rest = p.query, pair, k, w;
    bool has_eq;
    while (next_pair(&rest, &pair, &k, &w, &has_eq)) {
        if (key_is(k, xs_text_str(name)))
            continue;
        if (q.len)
            xs_buf_addc(&q, '&');
        xs_buf_add(&q, pair.ptr, pair.len);
    }
    add_query_pair(&q, xs_text_str(name), v);
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_add(&b, p.base.ptr, p.base.len);
    xs_buf_addc(&b, '?');
    xs_buf_add(&b, q.ptr ? q.ptr : "", q.len);
    xs_buf_add(&b, p.frag.ptr, p.frag.len);
    xs_buf_release(&q);
    xs_release(url);
    xs_release(name);
    xs_lib_put(val, xs_text_from_buf(&b));
    xs_buf_release(&b);
    return XS_OK;
}

static xs_status f_url_delarg(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value url, name;
    xs_status st = url_args(c, val, args, nargs, &url, &name);
    if (st != XS_OK)
        return st;
    url_parts p = url_split(xs_text_str(url));
    xs_buf q;
    xs_buf_init(&q);
    xs_str rest = p.query, pair, k, w;
    bool has_eq;
    while (next_pair(&rest, &pair, &k, &w, &has_eq)) {
        if (key_is(k, xs_text_str(name)))
            continue;
        if (q.len)
            xs_buf_addc(&q, '&');
        xs_buf_add(&q, pair.ptr, pair.len);
    }
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_add(&b, p.base.ptr, p.base.len);
    if (q.len) {
        xs_buf_addc(&b, '?');
        xs_buf_add(&b, q.ptr, q.len);
    }
    xs_buf_add(&b, p.frag.ptr, p.frag.len);
    xs_buf_release(&q);
    xs_release(url);
    xs_release(name);
    xs_lib_put(val, xs_text_from_buf(&b));
    xs_buf_release(&b);
    return XS_OK;
}

/* The decoded value of the last name=... pair, or NULL-typed when absent. */
static bool find_arg(xs_str url, xs_str name, xs_value *out)
{
    url_parts p = url_split(url);
    xs_str rest = p.query, pair, k, w;
    bool has_eq, found = false;
    while (next_pair(&rest, &pair, &k, &w, &has_eq)) {
        if (key_is(k, name)) {
            if (found)
                xs_release(*out);
            *out = decoded(w);
            found = true;
        }
    }
    return found;
}

static xs_status f_url_hasarg(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value url, name, got;
    xs_status st = url_args(c, val, args, nargs, &url, &name);
    if (st != XS_OK)
        return st;
    bool has = find_arg(xs_text_str(url), xs_text_str(name), &got);
    if (has)
        xs_release(got);
    xs_release(url);
    xs_release(name);
    xs_lib_put(val, xs_bool(has));
    return XS_OK;
}

/* url_getarg:name:default */
static xs_status f_url_getarg(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value url, name, got;
    xs_status st = url_args(c, val, args, nargs, &url, &name);
    if (st != XS_OK)
        return st;
    if (!find_arg(xs_text_str(url), xs_text_str(name), &got))
        got = xs_retain(xs_lib_arg(args, nargs, 1));
    xs_release(url);
    xs_release(name);
    xs_lib_put(val, got);
    return XS_OK;
}

/* PHP parse_url: scheme, host, port, user, pass, path, query, fragment -
 * only the parts present. */
static xs_status f_url_parse(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args, (void)nargs;
    xs_value url;
    xs_status st = text_val(c, *val, &url);
    if (st != XS_OK)
        return st;
    xs_str s = xs_text_str(url);
    xs_str scheme = {0}, user = {0}, pass = {0}, host = {0}, port = {0}, path = {0};
    xs_str query = {0}, frag = {0};
    bool has_user = false, has_pass = false, has_host = false, has_port = false;
    bool has_query = false, has_frag = false;
    size_t i = 0;
    /* scheme: letters, digits, + - . then ':' */
    size_t k = 0;
    while (k < s.len && ((s.ptr[k] >= 'a' && s.ptr[k] <= 'z') ||
                         (s.ptr[k] >= 'A' && s.ptr[k] <= 'Z') ||
                         (k > 0 && ((s.ptr[k] >= '0' && s.ptr[k] <= '9') || s.ptr[k] == '+' ||
                                    s.ptr[k] == '-' || s.ptr[k] == '.'))))
        k++;
    if (k > 0 && k < s.len && s.ptr[k] == ':' && k + 1 < s.len && s.ptr[k + 1] == '/') {
        scheme = (xs_str){s.ptr, k};
        i = k + 1;
    }
    if (i + 1 < s.len && s.ptr[i] == '/' && s.ptr[i + 1] == '/') {
        i += 2;
        size_t a = i;
        while (i < s.len && s.ptr[i] != '/' && s.ptr[i] != '?' && s.ptr[i] != '#')
            i++;
        xs_str auth = {s.ptr + a, i - a};
        const char *at = NULL;
        for (size_t j = auth.len; j-- > 0;)
            if (auth.ptr[j] == '@') {
                at = auth.ptr + j;
                break;
            }
        if (at) {
            xs_str ui = {auth.ptr, (size_t)(at - auth.ptr)};
            const char *colon = memchr(ui.ptr, ':', ui.len);
            has_user = true;
            user = (xs_str){ui.ptr, colon ? (size_t)(colon - ui.ptr) : ui.len};
            if (colon) {
                has_pass = true;
                pass = (xs_str){colon + 1, ui.len - user.len - 1};
            }
            auth = (xs_str){at + 1, auth.len - ui.len - 1};
        }
        const char *colon = NULL;
        if (auth.len && auth.ptr[0] == '[') {
            const char *rb = memchr(auth.ptr, ']', auth.len);
            if (rb && rb + 1 < auth.ptr + auth.len && rb[1] == ':')
                colon = rb + 1;
        } else {
            colon = memchr(auth.ptr, ':', auth.len);
        }
        host = (xs_str){auth.ptr, colon ? (size_t)(colon - auth.ptr) : auth.len};
        has_host = host.len > 0;
        if (colon && auth.len - host.len - 1 > 0) {
            port = (xs_str){colon + 1, auth.len - host.len - 1};
            has_port = true;
        }
    }
    size_t ps = i;
    while (i < s.len && s.ptr[i] != '?' && s.ptr[i] != '#')
        i++;
    path = (xs_str){s.ptr + ps, i - ps};
    if (i < s.len && s.ptr[i] == '?') {
        size_t qs = ++i;
        while (i < s.len && s.ptr[i] != '#')
            i++;
        query = (xs_str){s.ptr + qs, i - qs};
        has_query = true;
    }
    if (i < s.len && s.ptr[i] == '#') {
        frag = (xs_str){s.ptr + i + 1, s.len - i - 1};
        has_frag = true;
    }
    xs_value o = xs_object_new(8);
    if (scheme.len)
        xs_object_set(&o, XS_STR("scheme"), xs_text_from_str(scheme));
    if (has_host)
        xs_object_set(&o, XS_STR("host"), xs_text_from_str(host));
    if (has_port) {
        int64_t pn = 0;
        bool ok = port.len <= 5;
        for (size_t j = 0; j < port.len && ok; j++) {
            if (port.ptr[j] < '0' || port.ptr[j] > '9')
                ok = false;
            else
                pn = pn * 10 + (port.ptr[j] - '0');
        }
        if (!ok || pn > 65535) {
            xs_release(o);
            xs_release(url);
            return xs_lib_fail(c, "invalid port in '%.80s'", xs_text_ptr(url));
        }
        xs_object_set(&o, XS_STR("port"), xs_int(pn));
    }
    if (has_user)
        xs_object_set(&o, XS_STR("user"), xs_text_from_str(user));
    if (has_pass)
        xs_object_set(&o, XS_STR("pass"), xs_text_from_str(pass));
    if (path.len)
        xs_object_set(&o, XS_STR("path"), xs_text_from_str(path));
    if (has_query)
        xs_object_set(&o, XS_STR("query"), xs_text_from_str(query));
    if (has_frag)
        xs_object_set(&o, XS_STR("fragment"), xs_text_from_str(frag));
    xs_release(url);
    xs_lib_put(val, o);
    return XS_OK;
}

/* Sets root[k1][k2]... = v for a parse_str key "a[b][]". */
static void qs_set(xs_value *root, xs_str key, xs_value v)
{
    const char *br = memchr(key.ptr, '[', key.len);
    if (!br || br == key.ptr || !memchr(br, ']', key.len - (size_t)(br - key.ptr))) {
        xs_object_set(root, key, v);
        return;
    }
    xs_str first = {key.ptr, (size_t)(br - key.ptr)};
    xs_value *cur = xs_object_get_mut(root, first);
    if (!cur || (cur->type != XS_OBJECT && cur->type != XS_ARRAY)) {
        xs_object_set(root, first, xs_array_new(2));
        cur = xs_object_get_mut(root, first);
    }
    xs_str rest = {br, key.len - first.len};
    int depth = 0;
    while (rest.len && rest.ptr[0] == '[' && depth++ < 32) {
        const char *rb = memchr(rest.ptr, ']', rest.len);
        if (!rb)
            break;
        xs_str sub = {rest.ptr + 1, (size_t)(rb - rest.ptr - 1)};
        rest = (xs_str){rb + 1, rest.len - (size_t)(rb + 1 - rest.ptr)};
        bool last = !(rest.len && rest.ptr[0] == '[');
        xs_value *slot;
        if (sub.len == 0) {
            if (cur->type == XS_OBJECT) {
                char idx[24];
                snprintf(idx, sizeof idx, "%zu", xs_object_len(*cur));
                xs_object_set(cur, xs_str_of(idx), last ? v : xs_array_new(2));
                slot = xs_object_get_mut(cur, xs_str_of(idx));
            } else {
                xs_array_push(cur, last ? v : xs_array_new(2));
                slot = xs_array_at_mut(cur, xs_array_len(*cur) - 1);
            }
        } else {
            if (cur->type == XS_ARRAY) {
                /* a named key turns the list into an object */
                xs_value o = xs_object_new(xs_array_len(*cur) + 1);
                for (size_t i = 0; i < xs_array_len(*cur); i++) {
                    char idx[24];
                    snprintf(idx, sizeof idx, "%zu", i);
                    xs_object_set(&o, xs_str_of(idx), xs_retain(xs_array_at(*cur, i)));
                }
                xs_lib_put(cur, o);
            }
            if (last) {
                xs_object_set(cur, sub, v);
                return;
            }
            slot = xs_object_get_mut(cur, sub);
            if (!slot || (slot->type != XS_OBJECT && slot->type != XS_ARRAY)) {
                xs_object_set(cur, sub, xs_array_new(2));
                slot = xs_object_get_mut(cur, sub);
            }
        }
        if (last)
            return;
        cur = slot;
    }
    if (depth > 32)
        xs_release(v);
}

static xs_status f_querystring_parse(xs_call *c, xs_value *val, const xs_value *args,
                                     size_t nargs)
{
    (void)args, (void)nargs;
    xs_value t;
    xs_status st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    xs_str q = xs_text_str(t);
    if (q.len && q.ptr[0] == '?')
        q.ptr++, q.len--;
    xs_value o = xs_object_new(4);
    xs_str pair, k, w;
    bool has_eq;
    while (next_pair(&q, &pair, &k, &w, &has_eq)) {
        xs_value dk = decoded(k);
        if (xs_text_len(dk))
            qs_set(&o, xs_text_str(dk), decoded(w));
        xs_release(dk);
    }
    xs_release(t);
    xs_lib_put(val, o);
    return XS_OK;
}

/* ---- number bases ---- */

/* PHP's reading of the piped value as an integer for dechex & co. */
static xs_status int_val(xs_call *c, xs_value v, int64_t *out)
{
    if (v.type == XS_ARRAY || v.type == XS_OBJECT)
        return xs_lib_type_fail(c, "an integer", v);
    return xs_lib_int_arg(c, v, out);
}

static xs_value to_base(uint64_t n, unsigned base)
{
    static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    char buf[72];
    size_t i = sizeof buf;
    do {
        buf[--i] = digits[n % base];
        n /= base;
    } while (n);
    return xs_text_new(buf + i, sizeof buf - i);
}

static xs_status dec_to(xs_call *c, xs_value *val, unsigned base)
{
    int64_t n;
    xs_status st = int_val(c, *val, &n);
    if (st != XS_OK)
        return st;
    xs_lib_put(val, to_base((uint64_t)n, base)); /* negatives: two's complement, as PHP */
    return XS_OK;
}

/* Reads digits of base from s, skipping others (as PHP does); an int, or
 * a decimal past int64. */
static xs_value from_base(xs_str s, unsigned base)
{
    uint64_t n = 0;
    double d = 0;
    bool big = false;
    for (size_t i = 0; i < s.len; i++) {
        int v = hexval(s.ptr[i]);
        char ch = s.ptr[i];
        if (ch >= 'g' && ch <= 'z')
            v = ch - 'a' + 10;
        else if (ch >= 'G' && ch <= 'Z')
            v = ch - 'A' + 10;
        if (v < 0 || (unsigned)v >= base)
            continue;
        if (!big && n > (uint64_t)(INT64_MAX - v) / base) {
            big = true;
            d = (double)n;
        }
        if (big)
            d = d * base + v;
        else
            n = n * base + (unsigned)v;
    }
    return big ? xs_dec(d) : xs_int((int64_t)n);
}

static xs_status to_dec(xs_call *c, xs_value *val, unsigned base)
{
    xs_value t;
    xs_status st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    xs_value r = from_base(xs_text_str(t), base);
    xs_release(t);
    xs_lib_put(val, r);
    return XS_OK;
}

#define BASE_FILTER(fn, call)                                                                  \
    static xs_status fn(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)         \
    {                                                                                          \
        (void)args, (void)nargs;                                                               \
        return call;                                                                           \
    }

BASE_FILTER(f_dechex, dec_to(c, val, 16))
BASE_FILTER(f_decbin, dec_to(c, val, 2))
BASE_FILTER(f_decoct, dec_to(c, val, 8))
BASE_FILTER(f_hexdec, to_dec(c, val, 16))
BASE_FILTER(f_bindec, to_dec(c, val, 2))
BASE_FILTER(f_octdec, to_dec(c, val, 8))

static xs_status f_base_convert(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t from, to;
    xs_status st = xs_lib_int_arg(c, xs_lib_arg(args, nargs, 0), &from);
    if (st == XS_OK)
        st = xs_lib_int_arg(c, xs_lib_arg(args, nargs, 1), &to);
    if (st != XS_OK)
        return st;
    if (from < 2 || from > 36 || to < 2 || to > 36)
        return xs_lib_fail(c, "bases must be between 2 and 36");
    xs_value t;
    st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    xs_value n = from_base(xs_text_str(t), (unsigned)from);
    xs_release(t);
    uint64_t u = n.type == XS_INT ? (uint64_t)n.u.i : (uint64_t)fmin(n.u.d, 1.8e19);
    xs_lib_put(val, to_base(u, (unsigned)to));
    return XS_OK;
}

/* ---- CSV ---- */

typedef struct csv_opts {
    char sep, quote, esc; /* esc 0: none */
} csv_opts;

static xs_status csv_opts_of(xs_call *c, const xs_value *args, size_t nargs, csv_opts *o)
{
    o->sep = ',', o->quote = '"', o->esc = '\\';
    char *slots[3] = {&o->sep, &o->quote, &o->esc};
    for (size_t i = 0; i < 3; i++) {
        xs_value a = xs_lib_arg(args, nargs, i);
        if (a.type == XS_NULL)
            continue;
        if (a.type != XS_TEXT || xs_text_len(a) > 1 || (i < 2 && xs_text_len(a) == 0))
            return xs_lib_fail(c, "the separator, enclosure and escape must be one character");
        *slots[i] = xs_text_len(a) ? xs_text_ptr(a)[0] : '\0';
    }
    return XS_OK;
}

/* str_getcsv over every line: a list of rows, each a list of texts. An
 * enclosed field may hold separators, line breaks and doubled quotes. */
static xs_value csv_rows(xs_str s, const csv_opts *o)
{
    xs_value rows = xs_array_new(8);
    xs_value row = xs_array_new(8);
    xs_buf f;
    xs_buf_init(&f);
    size_t i = 0;
    bool any = false;
    while (i < s.len) {
        char ch = s.ptr[i];
        if (ch == o->quote && f.len == 0) {
            i++;
            while (i < s.len) {
                if (o->esc && s.ptr[i] == o->esc && o->esc != o->quote && i + 1 < s.len &&
                    s.ptr[i + 1] == o->quote) {
                    xs_buf_addc(&f, s.ptr[i]);
                    xs_buf_addc(&f, s.ptr[i + 1]);
                    i += 2;
                } else if (s.ptr[i] == o->quote) {
                    if (i + 1 < s.len && s.ptr[i + 1] == o->quote) {
                        xs_buf_addc(&f, o->quote);
                        i += 2;
                    } else {
                        i++;
                        break;
                    }
                } else {
                    xs_buf_addc(&f, s.ptr[i++]);
                }
            }
            /* text after the closing quote joins the field */
            while (i < s.len && s.ptr[i] != o->sep && s.ptr[i] != '\n' && s.ptr[i] != '\r')
                xs_buf_addc(&f, s.ptr[i++]);
            any = true;
            continue;
        }
        if (ch == o->sep) {
            xs_array_push(&row, xs_text_new(f.ptr ? f.ptr : "", f.len));
            xs_buf_reset(&f);
            any = true;
            i++;
            continue;
        }
        if (ch == '\n' || ch == '\r') {
            if (any || f.len) {
                xs_array_push(&row, xs_text_new(f.ptr ? f.ptr : "", f.len));
                xs_array_push(&rows, row);
                row = xs_array_new(8);
            }
            xs_buf_reset(&f);
            any = false;
            i += (ch == '\r' && i + 1 < s.len && s.ptr[i + 1] == '\n') ? 2 : 1;
            continue;
        }
        xs_buf_addc(&f, ch);
        any = true;
        i++;
    }
    if (any || f.len) {
        xs_array_push(&row, xs_text_new(f.ptr ? f.ptr : "", f.len));
        xs_array_push(&rows, row);
    } else {
        xs_release(row);
    }
    xs_buf_release(&f);
    return rows;
}

static xs_status f_csv_decode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    csv_opts o;
    xs_value t;
    xs_status st = csv_opts_of(c, args, nargs, &o);
    if (st == XS_OK)
        st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    xs_value rows = csv_rows(xs_text_str(t), &o);
    xs_release(t);
    xs_lib_put(val, rows);
    return XS_OK;
}

/* csv_parse: the first row names the columns; each further row becomes an
 * object (missing cells are "", extra cells are dropped). */
static xs_status f_csv_parse(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    csv_opts o;
    xs_value t;
    xs_status st = csv_opts_of(c, args, nargs, &o);
    if (st == XS_OK)
        st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    xs_value rows = csv_rows(xs_text_str(t), &o);
    xs_release(t);
    size_t n = xs_array_len(rows);
    xs_value out = xs_array_new(n ? n - 1 : 0);
    if (n > 0) {
        xs_value head = xs_array_at(rows, 0);
        for (size_t r = 1; r < n; r++) {
            xs_value row = xs_array_at(rows, r);
            xs_value obj = xs_object_new(xs_array_len(head));
            for (size_t k = 0; k < xs_array_len(head); k++) {
                xs_value cell = k < xs_array_len(row) ? xs_retain(xs_array_at(row, k))
                                                      : xs_text_new("", 0);
                xs_object_set(&obj, xs_text_str(xs_array_at(head, k)), cell);
            }
            xs_array_push(&out, obj);
        }
    }
    xs_release(rows);
    xs_lib_put(val, out);
    return XS_OK;
}

/* fputcsv's quoting: a field is enclosed when it holds the separator, the
 * enclosure, the escape, a line break, a tab or a space. */
static void csv_field(xs_buf *b, xs_value v, const csv_opts *o)
{
    xs_value t = xs_lib_text_of(v);
    xs_str s = xs_text_str(t);
    bool quote = false;
    for (size_t i = 0; i < s.len && !quote; i++) {
        char ch = s.ptr[i];
        quote = ch == o->sep || ch == o->quote || (o->esc && ch == o->esc) || ch == '\n' ||
                ch == '\r' || ch == '\t' || ch == ' ';
    }
    if (!quote) {
        xs_buf_add(b, s.ptr, s.len);
    } else {
        xs_buf_addc(b, o->quote);
        bool escaped = false;
        for (size_t i = 0; i < s.len; i++) {
            char ch = s.ptr[i];
            if (o->esc && ch == o->esc && o->esc != o->quote)
                escaped = true;
            else if (!escaped && ch == o->quote)
                xs_buf_addc(b, o->quote);
            else
                escaped = false;
            xs_buf_addc(b, ch);
        }
        xs_buf_addc(b, o->quote);
    }
    xs_release(t);
}

static void csv_line(xs_buf *b, xs_value row, const csv_opts *o, xs_value keys)
{
    size_t n = keys.type == XS_ARRAY ? xs_array_len(keys)
               : row.type == XS_ARRAY ? xs_array_len(row)
                                      : xs_object_len(row);
    for (size_t i = 0; i < n; i++) {
        if (i)
            xs_buf_addc(b, o->sep);
        xs_value cell;
        if (keys.type == XS_ARRAY) {
            const xs_value *p = row.type == XS_OBJECT
                                    ? xs_object_get(row, xs_text_str(xs_array_at(keys, i)))
                                    : NULL;
            cell = p ? *p : xs_null();
        } else {
            cell = row.type == XS_ARRAY ? xs_array_at(row, i) : xs_object_val_at(row, i);
        }
        csv_field(b, cell, o);
    }
    xs_buf_addc(b, '\n');
}

static xs_status csv_write(xs_call *c, xs_value *val, const xs_value *args, size_t nargs,
                           bool header)
{
    csv_opts o;
    xs_status st = csv_opts_of(c, args, nargs, &o);
    if (st != XS_OK)
        return st;
    if (val->type == XS_NULL) {
        xs_lib_put(val, xs_text_new("", 0));
        return XS_OK;
    }
    if (val->type != XS_ARRAY)
        return xs_lib_type_fail(c, "a list of rows", *val);
    size_t n = xs_array_len(*val);
    for (size_t r = 0; r < n; r++) {
        xs_value row = xs_array_at(*val, r);
        if (row.type != XS_ARRAY && row.type != XS_OBJECT)
            return xs_lib_fail(c, "row %zu is %s, not a list or an object", r,
                               xs_value_type_name(row));
        for (size_t k = 0; k < (row.type == XS_ARRAY ? xs_array_len(row) : xs_object_len(row));
             k++) {
            xs_value cell = row.type == XS_ARRAY ? xs_array_at(row, k) : xs_object_val_at(row, k);
            if (cell.type == XS_ARRAY || cell.type == XS_OBJECT)
                return xs_lib_fail(c, "row %zu holds a nested %s; cells must be scalars", r,
                                   xs_value_type_name(cell));
        }
    }
    xs_buf b;
    xs_buf_init(&b);
    xs_value keys = xs_null();
    if (header && n > 0 && xs_array_at(*val, 0).type == XS_OBJECT) {
        xs_value first = xs_array_at(*val, 0);
        keys = xs_array_new(xs_object_len(first));
        for (size_t k = 0; k < xs_object_len(first); k++)
            xs_array_push(&keys, xs_retain(xs_object_key_text_at(first, k)));
        csv_line(&b, keys, &o, xs_null());
    }
    for (size_t r = 0; r < n; r++)
        csv_line(&b, xs_array_at(*val, r), &o, keys);
    xs_release(keys);
    xs_lib_put(val, xs_text_from_buf(&b));
    xs_buf_release(&b);
    return XS_OK;
}

static xs_status f_csv_encode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return csv_write(c, val, args, nargs, false);
}

static xs_status f_csv_create(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return csv_write(c, val, args, nargs, true);
}

/* ---- YAML ---- */

/* A plain YAML 1.1 scalar as PHP's yaml_parse reads it. */
static xs_value yaml_scalar(const yaml_event_t *e)
{
    const char *s = (const char *)e->data.scalar.value;
    size_t n = e->data.scalar.length;
    if (e->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return xs_text_new(s, n);
    const char *tag = (const char *)e->data.scalar.tag;
    if (tag && strcmp(tag, YAML_STR_TAG) == 0)
        return xs_text_new(s, n);
    xs_str v = {s, n};
    if (n == 0 || xs_str_eq_cstr(v, "~") || xs_str_eq_cstr(v, "null") ||
        xs_str_eq_cstr(v, "Null") || xs_str_eq_cstr(v, "NULL"))
        return xs_null();
    static const char *const yes[] = {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On",
                                      "ON", "y", "Y"};
    static const char *const no[] = {"false", "False", "FALSE", "no", "No", "NO", "off", "Off",
                                     "OFF", "n", "N"};
    for (size_t i = 0; i < XS_COUNTOF(yes); i++) {
        if (xs_str_eq_cstr(v, yes[i]))
            return xs_bool(true);
        if (xs_str_eq_cstr(v, no[i]))
            return xs_bool(false);
    }
    xs_value num;
    bool blank = s[0] == ' ' || s[n - 1] == ' ';
    if (!blank && xs_text_to_number(v, &num))
        return num;
    if (xs_str_eq_cstr(v, ".inf") || xs_str_eq_cstr(v, ".Inf"))
        return xs_dec(INFINITY);
    if (xs_str_eq_cstr(v, "-.inf") || xs_str_eq_cstr(v, "-.Inf"))
        return xs_dec(-INFINITY);
    return xs_text_new(s, n);
}

typedef struct yaml_rd {
    yaml_parser_t p;
    const char *err;
} yaml_rd;

static bool yaml_node(yaml_rd *r, yaml_event_t *e, int depth, xs_value *out);

static bool yaml_next(yaml_rd *r, yaml_event_t *e)
{
    if (!yaml_parser_parse(&r->p, e)) {
        r->err = r->p.problem ? r->p.problem : "invalid YAML";
        return false;
    }
    return true;
}

static bool yaml_node(yaml_rd *r, yaml_event_t *e, int depth, xs_value *out)
{
    if (depth > MAX_DEPTH) {
        r->err = "nested too deeply";
        yaml_event_delete(e);
        return false;
    }
    switch (e->type) {
    case YAML_SCALAR_EVENT:
        *out = yaml_scalar(e);
        yaml_event_delete(e);
        return true;
    case YAML_ALIAS_EVENT:
        yaml_event_delete(e);
        r->err = "aliases are not supported";
        return false;
    case YAML_SEQUENCE_START_EVENT: {
        yaml_event_delete(e);
        xs_value a = xs_array_new(4);
        for (;;) {
            yaml_event_t ev;
            if (!yaml_next(r, &ev)) {
                xs_release(a);
                return false;
            }
            if (ev.type == YAML_SEQUENCE_END_EVENT) {
                yaml_event_delete(&ev);
                break;
            }
            xs_value item;
            if (!yaml_node(r, &ev, depth + 1, &item)) {
                xs_release(a);
                return false;
            }
            xs_array_push(&a, item);
        }
        *out = a;
        return true;
    }
    case YAML_MAPPING_START_EVENT: {
        yaml_event_delete(e);
        xs_value o = xs_object_new(4);
        for (;;) {
            yaml_event_t ev;
            if (!yaml_next(r, &ev)) {
                xs_release(o);
                return false;
            }
            if (ev.type == YAML_MAPPING_END_EVENT) {
                yaml_event_delete(&ev);
                break;
            }
            xs_value key, item;
            if (ev.type == YAML_SCALAR_EVENT) {
                /* keys stay text: "on", "n" or "1" are names, not values */
                key = xs_text_new((const char *)ev.data.scalar.value, ev.data.scalar.length);
                yaml_event_delete(&ev);
            } else if (!yaml_node(r, &ev, depth + 1, &key)) {
                xs_release(o);
                return false;
            }
            if (!yaml_next(r, &ev) || !yaml_node(r, &ev, depth + 1, &item)) {
                xs_release(key);
                xs_release(o);
                return false;
            }
            if (key.type == XS_ARRAY || key.type == XS_OBJECT) {
                xs_release(key);
                xs_release(item);
                xs_release(o);
                r->err = "a mapping key must be a scalar";
                return false;
            }
            xs_object_set_text(&o, xs_lib_text_of(key), item);
            xs_release(key);
        }
        *out = o;
        return true;
    }
    default:
        yaml_event_delete(e);
        r->err = "unexpected YAML event";
        return false;
    }
}

static xs_status f_yaml_decode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args, (void)nargs;
    xs_value t;
    xs_status st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    yaml_rd r = {.err = NULL};
    if (!yaml_parser_initialize(&r.p))
        xs_oom();
    yaml_parser_set_input_string(&r.p, (const unsigned char *)xs_text_ptr(t), xs_text_len(t));
    xs_value out = xs_null();
    bool ok = true, got = false;
    for (;;) {
        yaml_event_t e;
        if (!yaml_next(&r, &e)) {
            ok = false;
            break;
        }
        yaml_event_type_t ty = e.type;
        if (ty == YAML_STREAM_END_EVENT) {
            yaml_event_delete(&e);
            break;
        }
        if (ty == YAML_SCALAR_EVENT || ty == YAML_SEQUENCE_START_EVENT ||
            ty == YAML_MAPPING_START_EVENT || ty == YAML_ALIAS_EVENT) {
            xs_value v;
            if (!yaml_node(&r, &e, 0, &v)) {
                ok = false;
                break;
            }
            if (got) {
                xs_release(v); /* only the first document counts */
            } else {
                out = v;
                got = true;
            }
            continue;
        }
        yaml_event_delete(&e);
    }
    size_t line = r.p.problem_mark.line + 1;
    yaml_parser_delete(&r.p);
    xs_release(t);
    if (!ok) {
        xs_release(out);
        return xs_lib_fail(c, "invalid YAML at line %zu: %s", line, r.err ? r.err : "error");
    }
    xs_lib_put(val, out);
    return XS_OK;
}

static bool yaml_needs_quotes(xs_str s)
{
    if (s.len == 0)
        return true;
    xs_value num;
    if (xs_text_to_number(s, &num))
        return true;
    static const char *const words[] = {"~", "null", "Null", "NULL", "true", "True", "TRUE",
                                        "false", "False", "FALSE", "yes", "Yes", "YES", "no",
                                        "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y",
                                        "Y", "n", "N"};
    for (size_t i = 0; i < XS_COUNTOF(words); i++)
        if (xs_str_eq_cstr(s, words[i]))
            return true;
    if (strchr("-?:,[]{}#&*!|>'\"%@` ", s.ptr[0]) || s.ptr[s.len - 1] == ' ')
        return true;
    for (size_t i = 0; i < s.len; i++) {
        unsigned char ch = (unsigned char)s.ptr[i];
        if (ch < 0x20 || ch == 0x7f)
            return true;
        if ((ch == ':' || ch == '#') && (i + 1 == s.len || s.ptr[i + 1] == ' ' || ch == '#'))
            return true;
    }
    return false;
}

static void yaml_str(xs_buf *b, xs_str s)
{
    if (!yaml_needs_quotes(s)) {
        xs_buf_add(b, s.ptr, s.len);
        return;
    }
    xs_json_encode_str(s, 0, b); /* a JSON string is a valid YAML double-quoted scalar */
}

static void yaml_indent(xs_buf *b, int n)
{
    for (int i = 0; i < n; i++)
        xs_buf_addc(b, ' ');
}

static bool is_empty_coll(xs_value v)
{
    return (v.type == XS_ARRAY && xs_array_len(v) == 0) ||
           (v.type == XS_OBJECT && xs_object_len(v) == 0);
}

static void yaml_emit(xs_buf *b, xs_value v, int indent);

static void yaml_scalar_out(xs_buf *b, xs_value v)
{
    switch (v.type) {
    case XS_NULL: xs_buf_adds(b, "null"); break;
    case XS_BOOL: xs_buf_adds(b, v.u.b ? "true" : "false"); break;
    case XS_INT: xs_buf_addf(b, "%lld", (long long)v.u.i); break;
    case XS_DEC:
        if (isinf(v.u.d))
            xs_buf_adds(b, v.u.d > 0 ? ".inf" : "-.inf");
        else if (v.u.d != v.u.d)
            xs_buf_adds(b, ".nan");
        else
            xs_json_encode_dec(v.u.d, b);
        break;
    case XS_TEXT: yaml_str(b, xs_text_str(v)); break;
    case XS_ARRAY: xs_buf_adds(b, "[]"); break;
    case XS_OBJECT: xs_buf_adds(b, "{}"); break;
    }
}

/* Block style, two spaces per level, as PHP's yaml_emit (without the
 * document markers). */
static void yaml_emit(xs_buf *b, xs_value v, int indent)
{
    if (v.type == XS_ARRAY && xs_array_len(v)) {
        for (size_t i = 0; i < xs_array_len(v); i++) {
            xs_value e = xs_array_at(v, i);
            yaml_indent(b, indent);
            xs_buf_adds(b, "-");
            if ((e.type == XS_ARRAY || e.type == XS_OBJECT) && !is_empty_coll(e)) {
                /* compact form: the block's first line follows the dash */
                size_t at = b->len;
                yaml_emit(b, e, indent + 2);
                memmove(b->ptr + at, b->ptr + at + indent + 1, b->len - at - indent - 1);
                b->len -= (size_t)indent + 1;
                b->ptr[b->len] = '\0';
            } else {
                xs_buf_addc(b, ' ');
                yaml_scalar_out(b, e);
                xs_buf_addc(b, '\n');
            }
        }
    } else if (v.type == XS_OBJECT && xs_object_len(v)) {
        for (size_t i = 0; i < xs_object_len(v); i++) {
            xs_value e = xs_object_val_at(v, i);
            yaml_indent(b, indent);
            yaml_str(b, xs_object_key_at(v, i));
            xs_buf_addc(b, ':');
            if ((e.type == XS_ARRAY || e.type == XS_OBJECT) && !is_empty_coll(e)) {
                xs_buf_addc(b, '\n');
                yaml_emit(b, e, indent + 2);
            } else {
                xs_buf_addc(b, ' ');
                yaml_scalar_out(b, e);
                xs_buf_addc(b, '\n');
            }
        }
    } else {
        yaml_indent(b, indent);
        yaml_scalar_out(b, v);
        xs_buf_addc(b, '\n');
    }
}

static int depth_of(xs_value v, int limit)
{
    if (limit <= 0)
        return 1;
    int d = 0;
    if (v.type == XS_ARRAY)
        for (size_t i = 0; i < xs_array_len(v) && d <= limit; i++) {
            int k = depth_of(xs_array_at(v, i), limit - 1);
            d = k > d ? k : d;
        }
    else if (v.type == XS_OBJECT)
        for (size_t i = 0; i < xs_object_len(v) && d <= limit; i++) {
            int k = depth_of(xs_object_val_at(v, i), limit - 1);
            d = k > d ? k : d;
        }
    else
        return 0;
    return d + 1;
}

static xs_status f_yaml_encode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args, (void)nargs;
    if (depth_of(*val, MAX_DEPTH + 1) > MAX_DEPTH)
        return xs_lib_fail(c, "value nested too deeply");
    xs_buf b;
    xs_buf_init(&b);
    yaml_emit(&b, *val, 0);
    xs_lib_put(val, xs_text_from_buf(&b));
    xs_buf_release(&b);
    return XS_OK;
}

/* ---- XML ---- */

/* libxml2 (with ICU and libstdc++ behind it) is loaded by the first
 * xml_decode (base/dynlib.h). xmlFree is a variable holding a function. */
#define XML_FUNCS(X)                                                                           \
    X(xmlInitParser) X(xmlReadMemory) X(xmlDocGetRootElement) X(xmlNodeListGetString)          \
    X(xmlFreeDoc)
static struct {
    XML_FUNCS(XS_DYN_FIELD)
    xmlFreeFunc *free_fn;
} xml;
#define XML_SYM(f) {#f, &xml.f},
static const xs_dynsym xml_syms[] = {XML_FUNCS(XML_SYM){"xmlFree", &xml.free_fn}};
static xs_dynlib xml_lib = XS_DYNLIB("libxml2.so.2", "libxml2", xml_syms);

static bool all_blank(const xmlChar *s)
{
    for (; s && *s; s++)
        if (*s != ' ' && *s != '\t' && *s != '\n' && *s != '\r')
            return false;
    return true;
}

/* An element as an object: attributes under "@attributes", text alone as
 * a text value, repeated children as a list - the json_encode of PHP's
 * simplexml_load_string, which is what such code gets in Xano. */
static xs_value xml_elem(xmlNode *n, int depth)
{
    bool has_elem = false, has_attr = n->properties != NULL;
    xs_buf text;
    xs_buf_init(&text);
    for (xmlNode *k = n->children; k; k = k->next) {
        if (k->type == XML_ELEMENT_NODE)
            has_elem = true;
        else if ((k->type == XML_TEXT_NODE || k->type == XML_CDATA_SECTION_NODE) && k->content)
            xs_buf_adds(&text, (const char *)k->content);
    }
    if (!has_elem && !has_attr) {
        xs_value t = text.len && !all_blank((const xmlChar *)xs_buf_cstr(&text))
                         ? xs_text_from_buf(&text)
                         : xs_object_new(0);
        xs_buf_release(&text);
        return t;
    }
    xs_value o = xs_object_new(4);
    if (has_attr) {
        xs_value attrs = xs_object_new(4);
        for (xmlAttr *a = n->properties; a; a = a->next) {
            xmlChar *v = xml.xmlNodeListGetString(n->doc, a->children, 1);
            xs_object_set(&attrs, xs_str_of((const char *)a->name),
                          xs_text_cstr(v ? (const char *)v : ""));
            (*xml.free_fn)(v);
        }
        xs_object_set(&o, XS_STR("@attributes"), attrs);
    }
    if (depth < MAX_DEPTH) {
        for (xmlNode *k = n->children; k; k = k->next) {
            if (k->type != XML_ELEMENT_NODE)
                continue;
            xs_str name = xs_str_of((const char *)k->name);
            xs_value child = xml_elem(k, depth + 1);
            xs_value *slot = xs_object_get_mut(&o, name);
            if (!slot) {
                xs_object_set(&o, name, child);
            } else if (slot->type == XS_ARRAY) {
                /* elements are texts or objects: a list is one we made */
                xs_array_push(slot, child);
            } else {
                xs_value list = xs_array_new(2);
                xs_array_push(&list, xs_take(slot));
                xs_array_push(&list, child);
                *slot = list;
            }
        }
    }
    if (!has_elem && text.len && !all_blank((const xmlChar *)xs_buf_cstr(&text)))
        xs_object_set(&o, XS_STR("0"), xs_text_from_buf(&text));
    xs_buf_release(&text);
    return o;
}

static void xml_init(void)
{
    xml.xmlInitParser();
}

static xs_status f_xml_decode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args, (void)nargs;
    if (!xs_dynlib_load(&xml_lib))
        return xs_lib_fail(c, "xml_decode needs libxml2: %s", xs_dynlib_error(&xml_lib));
    /* libxml2 must be initialised once before threads share it */
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, xml_init);
    xs_value t;
    xs_status st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    if (xs_text_len(t) == 0 || xs_text_len(t) > INT32_MAX) {
        xs_release(t);
        return xs_lib_fail(c, "empty XML document");
    }
    /* no network, no entity expansion, no DTD loading */
    xmlDoc *doc = xml.xmlReadMemory(xs_text_ptr(t), (int)xs_text_len(t), NULL, NULL,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                                    XML_PARSE_NOCDATA);
    xs_release(t);
    if (!doc)
        return xs_lib_fail(c, "invalid XML document");
    xmlNode *root = xml.xmlDocGetRootElement(doc);
    xs_value out = root ? xml_elem(root, 0) : xs_null();
    xml.xmlFreeDoc(doc);
    xs_lib_put(val, out);
    return XS_OK;
}

/* ---- character encodings ---- */

static const char *const encodings[] = {
    "UTF-8",        "ASCII",        "ISO-8859-1",   "ISO-8859-2",   "ISO-8859-3",
    "ISO-8859-4",   "ISO-8859-5",   "ISO-8859-6",   "ISO-8859-7",   "ISO-8859-8",
    "ISO-8859-9",   "ISO-8859-10",  "ISO-8859-13",  "ISO-8859-14",  "ISO-8859-15",
    "ISO-8859-16",  "Windows-1250", "Windows-1251", "Windows-1252", "Windows-1253",
    "Windows-1254", "Windows-1255", "Windows-1256", "Windows-1257", "Windows-1258",
    "UTF-16",       "UTF-16BE",     "UTF-16LE",     "UTF-32",       "UTF-32BE",
    "UTF-32LE",     "UTF-7",        "SJIS",         "EUC-JP",       "ISO-2022-JP",
    "GB18030",      "BIG5",         "EUC-KR",       "KOI8-R",       "KOI8-U",
    "CP866",        "CP850",        "MACINTOSH",
};

static const char *iconv_name(xs_str s)
{
    for (size_t i = 0; i < XS_COUNTOF(encodings); i++) {
        const char *e = encodings[i];
        if (strlen(e) == s.len && strncasecmp(e, s.ptr, s.len) == 0)
            return e;
    }
    static const struct {
        const char *alias, *name;
    } aliases[] = {{"utf8", "UTF-8"},          {"us-ascii", "ASCII"},
                   {"latin1", "ISO-8859-1"},   {"cp1252", "Windows-1252"},
                   {"cp1251", "Windows-1251"}, {"cp1250", "Windows-1250"},
                   {"shift_jis", "SJIS"},      {"big-5", "BIG5"}};
    for (size_t i = 0; i < XS_COUNTOF(aliases); i++)
        if (strlen(aliases[i].alias) == s.len && strncasecmp(aliases[i].alias, s.ptr, s.len) == 0)
            return aliases[i].name;
    return NULL;
}

/* Converts s from one encoding to another; unconvertible characters
 * become '?', as mb_convert_encoding does. false when iconv refuses the
 * pair. */
static bool convert(xs_str s, const char *to, const char *from, xs_buf *out)
{
    iconv_t cd = iconv_open(to, from);
    if (cd == (iconv_t)-1)
        return false;
    char *in = (char *)s.ptr;
    size_t left = s.len;
    char tmp[1024];
    while (left > 0) {
        char *o = tmp;
        size_t room = sizeof tmp;
        size_t r = iconv(cd, &in, &left, &o, &room);
        xs_buf_add(out, tmp, sizeof tmp - room);
        if (r == (size_t)-1) {
            if (errno == E2BIG)
                continue;
            /* invalid or incomplete input: one '?' for one byte */
            char q[8];
            char *qi = (char *)"?";
            size_t ql = 1, qr = sizeof q;
            char *qo = q;
            iconv_t cq = iconv_open(to, "ASCII");
            if (cq != (iconv_t)-1) {
                iconv(cq, &qi, &ql, &qo, &qr);
                iconv_close(cq);
                xs_buf_add(out, q, sizeof q - qr);
            }
            /* skip one character of the input (one byte unless UTF-8) */
            size_t k = strcmp(from, "UTF-8") == 0
                           ? xs_utf8_seq_len((const unsigned char *)in, left)
                           : 1;
            k = k ? k : 1;
            in += k;
            left -= k;
            iconv(cd, NULL, NULL, NULL, NULL);
        }
    }
    char *o = tmp;
    size_t room = sizeof tmp;
    iconv(cd, NULL, NULL, &o, &room);
    xs_buf_add(out, tmp, sizeof tmp - room);
    iconv_close(cd);
    return true;
}

static xs_status convert_filter(xs_call *c, xs_value *val, const char *to, const char *from)
{
    xs_value t;
    xs_status st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    xs_buf b;
    xs_buf_init(&b);
    bool ok = convert(xs_text_str(t), to, from, &b);
    xs_release(t);
    if (!ok) {
        xs_buf_release(&b);
        return xs_lib_fail(c, "cannot convert from %s to %s", from, to);
    }
    xs_lib_put(val, xs_text_from_buf(&b));
    xs_buf_release(&b);
    return XS_OK;
}

static xs_status f_list_encodings(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c, (void)args, (void)nargs;
    xs_value a = xs_array_new(XS_COUNTOF(encodings));
    for (size_t i = 0; i < XS_COUNTOF(encodings); i++)
        xs_array_push(&a, xs_text_cstr(encodings[i]));
    xs_lib_put(val, a);
    return XS_OK;
}

static bool valid_utf8(xs_str s)
{
    for (size_t i = 0; i < s.len;) {
        size_t k = xs_utf8_seq_len((const unsigned char *)s.ptr + i, s.len - i);
        if (!k)
            return false;
        i += k;
    }
    return true;
}

static bool is_ascii(xs_str s)
{
    for (size_t i = 0; i < s.len; i++)
        if ((unsigned char)s.ptr[i] >= 0x80)
            return false;
    return true;
}

/* Whether s reads without error in encoding e. */
static bool reads_as(xs_str s, const char *e)
{
    if (strcmp(e, "ASCII") == 0)
        return is_ascii(s);
    if (strcmp(e, "UTF-8") == 0)
        return valid_utf8(s);
    iconv_t cd = iconv_open("UTF-8", e);
    if (cd == (iconv_t)-1)
        return false;
    char *in = (char *)s.ptr;
    size_t left = s.len;
    bool ok = true;
    char tmp[512];
    while (left > 0 && ok) {
        char *o = tmp;
        size_t room = sizeof tmp;
        if (iconv(cd, &in, &left, &o, &room) == (size_t)-1 && errno != E2BIG)
            ok = false;
    }
    iconv_close(cd);
    return ok;
}

/* detect_encoding:list - the first of the encodings (a list or a text
 * "A, B"; default ASCII, UTF-8) that reads the text; false when none. */
static xs_status f_detect_encoding(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value t;
    xs_status st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    const char *order[XS_COUNTOF(encodings)];
    size_t n = 0;
    xs_value list = xs_lib_arg(args, nargs, 0);
    if (list.type == XS_NULL) {
        order[n++] = "ASCII";
        order[n++] = "UTF-8";
    } else if (list.type == XS_TEXT || list.type == XS_ARRAY) {
        xs_value items = list;
        bool own = false;
        if (list.type == XS_TEXT) {
            items = xs_array_new(4);
            own = true;
            xs_str s = xs_text_str(list);
            size_t i = 0;
            while (i <= s.len) {
                size_t j = i;
                while (j < s.len && s.ptr[j] != ',')
                    j++;
                size_t a = i, b = j;
                while (a < b && s.ptr[a] == ' ')
                    a++;
                while (b > a && s.ptr[b - 1] == ' ')
                    b--;
                if (b > a)
                    xs_array_push(&items, xs_text_new(s.ptr + a, b - a));
                i = j + 1;
            }
        }
        for (size_t i = 0; i < xs_array_len(items) && n < XS_COUNTOF(order); i++) {
            xs_value e = xs_array_at(items, i);
            const char *name = e.type == XS_TEXT ? iconv_name(xs_text_str(e)) : NULL;
            if (!name) {
                if (own)
                    xs_release(items);
                xs_release(t);
                return xs_lib_fail(c, "unknown encoding in the list");
            }
            order[n++] = name;
        }
        if (own)
            xs_release(items);
    } else {
        xs_release(t);
        return xs_lib_type_fail(c, "a list of encodings", list);
    }
    xs_value out = xs_bool(false);
    for (size_t i = 0; i < n; i++) {
        if (reads_as(xs_text_str(t), order[i])) {
            out = xs_text_cstr(order[i]);
            break;
        }
    }
    xs_release(t);
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_to_utf8(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args, (void)nargs;
    return convert_filter(c, val, "UTF-8", "ISO-8859-1");
}

static xs_status f_from_utf8(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args, (void)nargs;
    return convert_filter(c, val, "ISO-8859-1", "UTF-8");
}

/* convert_encoding:to:from (from defaults to UTF-8) */
static xs_status f_convert_encoding(xs_call *c, xs_value *val, const xs_value *args,
                                    size_t nargs)
{
    xs_value to = xs_lib_arg(args, nargs, 0), from = xs_lib_arg(args, nargs, 1);
    if (to.type != XS_TEXT)
        return xs_lib_type_fail(c, "an encoding name", to);
    if (from.type != XS_TEXT && from.type != XS_NULL)
        return xs_lib_type_fail(c, "an encoding name", from);
    const char *tn = iconv_name(xs_text_str(to));
    const char *fn = from.type == XS_NULL ? "UTF-8" : iconv_name(xs_text_str(from));
    if (!tn || !fn)
        return xs_lib_fail(c, "unknown encoding '%s' (see list_encodings)",
                           !tn ? xs_text_ptr(to) : xs_text_ptr(from));
    return convert_filter(c, val, tn, fn);
}

/* Base letters of U+00C0..U+017F; '\0' keeps the character. */
static const char *const latin_base =
    "AAAAAAACEEEEIIII" "DNOOOOO\0OUUUUY\0s" "aaaaaaaceeeeiiii" "dnooooo\0ouuuuy\0y"
    "AaAaAaCcCcCcCcDd" "DdEeEeEeEeEeGgGg" "GgGgHhHhIiIiIiIi" "IiJjJjKkkLlLlLlL"
    "lLlNnNnNnnNnOoOo" "OoOoRrRrRrSsSsSs" "SsTtTtTtUuUuUuUu" "UuUuWwYyYZzZzZzs";

static xs_status f_unaccent(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args, (void)nargs;
    xs_value t;
    xs_status st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    xs_str s = xs_text_str(t);
    xs_buf b;
    xs_buf_init(&b);
    for (size_t i = 0; i < s.len;) {
        const unsigned char *p = (const unsigned char *)s.ptr + i;
        size_t k = xs_utf8_seq_len(p, s.len - i);
        if (k == 2) {
            unsigned cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            if (cp >= 0xC0 && cp <= 0x17F && latin_base[cp - 0xC0]) {
                xs_buf_addc(&b, latin_base[cp - 0xC0]);
                if (cp == 0xDF)
                    xs_buf_addc(&b, 's'); /* ß -> ss */
                else if (cp == 0xC6 || cp == 0xE6)
                    xs_buf_addc(&b, cp == 0xC6 ? 'E' : 'e'); /* Æ -> AE */
                else if (cp == 0x152 || cp == 0x153)
                    xs_buf_addc(&b, cp == 0x152 ? 'E' : 'e'); /* Œ -> OE */
                i += 2;
                continue;
            }
        }
        if (k == 2 && p[0] >= 0xCC && p[0] <= 0xCD) {
            unsigned cp = ((p[0] & 0x1Fu) << 6) | (p[1] & 0x3Fu);
            if (cp >= 0x300 && cp <= 0x36F) {
                i += 2; /* a combining accent: dropped */
                continue;
            }
        }
        size_t step = k ? k : 1;
        xs_buf_add(&b, s.ptr + i, step);
        i += step;
    }
    xs_release(t);
    xs_lib_put(val, xs_text_from_buf(&b));
    xs_buf_release(&b);
    return XS_OK;
}

/* ---- to_expr: literal arithmetic ---- */

typedef struct ex {
    const char *p, *end;
    const char *err;
    int depth;
} ex;

static void ex_sp(ex *e)
{
    while (e->p < e->end && (*e->p == ' ' || *e->p == '\t' || *e->p == '\n' || *e->p == '\r'))
        e->p++;
}

static bool ex_eat(ex *e, const char *tok)
{
    ex_sp(e);
    size_t n = strlen(tok);
    if ((size_t)(e->end - e->p) >= n && memcmp(e->p, tok, n) == 0) {
        e->p += n;
        return true;
    }
    return false;
}

static xs_value ex_or(ex *e);

static double num_of(xs_value v)
{
    xs_value n;
    if (!xs_lib_to_num(v, &n))
        return 0;
    return xs_lib_dbl(n);
}

static xs_value num_result(double d)
{
    if (d == floor(d) && fabs(d) < 9e15)
        return xs_int((int64_t)d);
    return xs_dec(d);
}

static xs_value ex_primary(ex *e)
{
    ex_sp(e);
    if (e->err || e->p >= e->end) {
        e->err = e->err ? e->err : "unexpected end";
        return xs_null();
    }
    if (++e->depth > 64) {
        e->err = "nested too deeply";
        return xs_null();
    }
    xs_value v = xs_null();
    char ch = *e->p;
    if (ch == '(') {
        e->p++;
        v = ex_or(e);
        if (!ex_eat(e, ")"))
            e->err = e->err ? e->err : "missing )";
    } else if (ch == '-' || ch == '!') {
        e->p++;
        xs_value x = ex_primary(e);
        v = ch == '-' ? num_result(-num_of(x)) : xs_bool(!xs_value_truthy(x));
        xs_release(x);
    } else if (ch == '"' || ch == '\'') {
        e->p++;
        xs_buf b;
        xs_buf_init(&b);
        while (e->p < e->end && *e->p != ch) {
            if (*e->p == '\\' && e->p + 1 < e->end)
                e->p++;
            xs_buf_addc(&b, *e->p++);
        }
        if (e->p >= e->end)
            e->err = "unterminated text";
        else
            e->p++;
        v = xs_text_from_buf(&b);
        xs_buf_release(&b);
    } else if ((ch >= '0' && ch <= '9') || ch == '.') {
        const char *s = e->p;
        while (e->p < e->end && ((*e->p >= '0' && *e->p <= '9') || *e->p == '.' ||
                                 *e->p == 'e' || *e->p == 'E'))
            e->p++;
        if (!xs_text_to_number((xs_str){s, (size_t)(e->p - s)}, &v))
            e->err = "bad number";
    } else if (ex_eat(e, "true")) {
        v = xs_bool(true);
    } else if (ex_eat(e, "false")) {
        v = xs_bool(false);
    } else if (ex_eat(e, "null")) {
        v = xs_null();
    } else {
        e->err = "only literals and operators are allowed";
    }
    e->depth--;
    return v;
}

static xs_value ex_mul(ex *e)
{
    xs_value a = ex_primary(e);
    for (;;) {
        char op;
        if (ex_eat(e, "*"))
            op = '*';
        else if (ex_eat(e, "/"))
            op = '/';
        else if (ex_eat(e, "%"))
            op = '%';
        else
            break;
        xs_value b = ex_primary(e);
        double x = num_of(a), y = num_of(b);
        xs_release(a);
        xs_release(b);
        if (op != '*' && y == 0) {
            e->err = "division by zero";
            return xs_null();
        }
        if (op == '%' && (fabs(x) >= 9.2e18 || fabs(y) >= 9.2e18)) {
            e->err = "number out of range";
            return xs_null();
        }
        if (op == '%')
            a = xs_int((int64_t)x % (int64_t)y);
        else
            a = num_result(op == '*' ? x * y : x / y);
    }
    return a;
}

static xs_value ex_add(ex *e)
{
    xs_value a = ex_mul(e);
    for (;;) {
        int sign;
        if (ex_eat(e, "+"))
            sign = 1;
        else if (ex_eat(e, "-"))
            sign = -1;
        else
            break;
        xs_value b = ex_mul(e);
        double r = num_of(a) + sign * num_of(b);
        xs_release(a);
        xs_release(b);
        a = num_result(r);
    }
    return a;
}

static xs_value ex_cmp(ex *e)
{
    xs_value a = ex_add(e);
    static const char *const ops[] = {"===", "!==", "==", "!=", "<=", ">=", "<", ">"};
    for (;;) {
        size_t k = 0;
        while (k < XS_COUNTOF(ops) && !ex_eat(e, ops[k]))
            k++;
        if (k == XS_COUNTOF(ops))
            break;
        xs_value b = ex_add(e);
        bool r;
        int cmp = xs_lib_php_cmp(a, b);
        switch (k) {
        case 0: r = xs_value_equals(a, b); break;
        case 1: r = !xs_value_equals(a, b); break;
        case 2: r = xs_value_loose_equals(a, b); break;
        case 3: r = !xs_value_loose_equals(a, b); break;
        case 4: r = cmp <= 0; break;
        case 5: r = cmp >= 0; break;
        case 6: r = cmp < 0; break;
        default: r = cmp > 0; break;
        }
        xs_release(a);
        xs_release(b);
        a = xs_bool(r);
    }
    return a;
}

static xs_value ex_and(ex *e)
{
    xs_value a = ex_cmp(e);
    while (ex_eat(e, "&&")) {
        xs_value b = ex_cmp(e);
        bool r = xs_value_truthy(a) && xs_value_truthy(b);
        xs_release(a);
        xs_release(b);
        a = xs_bool(r);
    }
    return a;
}

static xs_value ex_or(ex *e)
{
    xs_value a = ex_and(e);
    while (ex_eat(e, "||")) {
        xs_value b = ex_and(e);
        bool r = xs_value_truthy(a) || xs_value_truthy(b);
        xs_release(a);
        xs_release(b);
        a = xs_bool(r);
    }
    return a;
}

static xs_status f_to_expr(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args, (void)nargs;
    xs_value t;
    xs_status st = text_val(c, *val, &t);
    if (st != XS_OK)
        return st;
    if (xs_text_len(t) > MAX_EXPR) {
        xs_release(t);
        return xs_lib_fail(c, "expression too long");
    }
    ex e = {xs_text_ptr(t), xs_text_ptr(t) + xs_text_len(t), NULL, 0};
    xs_value v = ex_or(&e);
    ex_sp(&e);
    if (!e.err && e.p != e.end)
        e.err = "unexpected text after the expression";
    if (e.err) {
        xs_release(v);
        st = xs_lib_fail(c, "cannot evaluate '%.80s': %s", xs_text_ptr(t), e.err);
        xs_release(t);
        return st;
    }
    xs_release(t);
    xs_lib_put(val, v);
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"url_addarg", 2, 2, 0, f_url_addarg,
     "the URL with the query argument set: url_addarg:name:value (replaces an existing one)"},
    {"url_delarg", 1, 1, 0, f_url_delarg, "the URL without the query argument named"},
    {"url_hasarg", 1, 1, 0, f_url_hasarg, "whether the URL has the query argument named"},
    {"url_getarg", 1, 2, 0, f_url_getarg,
     "the decoded value of the query argument named, else the default: url_getarg:name:default"},
    {"url_parse", 0, 0, 0, f_url_parse,
     "the parts of a URL: {scheme, host, port, user, pass, path, query, fragment} (those present)"},
    {"querystring_parse", 0, 0, 0, f_querystring_parse,
     "a query string as an object (a[]=1&a[]=2 gives a list, a[b]=1 an object), like PHP "
     "parse_str"},
    {"dechex", 0, 0, 0, f_dechex, "the integer in hexadecimal (lowercase)"},
    {"hexdec", 0, 0, 0, f_hexdec, "the hexadecimal text as an integer (other characters ignored)"},
    {"decbin", 0, 0, 0, f_decbin, "the integer in binary"},
    {"bindec", 0, 0, 0, f_bindec, "the binary text as an integer"},
    {"decoct", 0, 0, 0, f_decoct, "the integer in octal"},
    {"octdec", 0, 0, 0, f_octdec, "the octal text as an integer"},
    {"base_convert", 2, 2, 0, f_base_convert,
     "the number written in another base: base_convert:from:to (bases 2-36)"},
    {"csv_decode", 0, 3, 0, f_csv_decode,
     "CSV text as a list of rows (lists of texts): csv_decode:separator:enclosure:escape"},
    {"csv_parse", 0, 3, 0, f_csv_parse,
     "CSV text as a list of objects keyed by the first row: csv_parse:separator:enclosure:escape "
     "(an xsflow extension)"},
    {"csv_encode", 0, 3, 0, f_csv_encode,
     "a list of rows (lists or objects) as CSV text: csv_encode:separator:enclosure:escape"},
    {"csv_create", 0, 3, 0, f_csv_create,
     "a list of objects as CSV text with a header row of the first object's keys (an xsflow "
     "extension)"},
    {"yaml_decode", 0, 0, 0, f_yaml_decode, "YAML text as a value (the first document)"},
    {"yaml_encode", 0, 0, 0, f_yaml_encode, "the value as YAML text (block style)"},
    {"xml_decode", 0, 0, 0, f_xml_decode,
     "XML text as an object, as PHP simplexml reads it (attributes under @attributes)"},
    {"list_encodings", 0, 0, 0, f_list_encodings,
     "the character encodings convert_encoding knows; the value is ignored"},
    {"detect_encoding", 0, 1, 0, f_detect_encoding,
     "the first encoding of the list (default ASCII, UTF-8) that reads the text, else false"},
    {"to_utf8", 0, 0, 0, f_to_utf8, "ISO-8859-1 bytes as UTF-8 text"},
    {"from_utf8", 0, 0, 0, f_from_utf8, "UTF-8 text as ISO-8859-1 bytes (others become ?)"},
    {"convert_encoding", 1, 2, 0, f_convert_encoding,
     "the text converted: convert_encoding:to:from (from defaults to UTF-8)"},
    {"unaccent", 0, 0, 0, f_unaccent, "the text without accents on Latin letters (é becomes e)"},
    {"to_expr", 0, 0, XS_BUILTIN_PARTIAL, f_to_expr,
     "the value of a text expression of literals and operators ((2 + 1) % 2 is 1); variables "
     "and filters are refused"},
};

const xs_builtin_family xs_lib_encoding = {"encoding", filters, XS_COUNTOF(filters), NULL, 0};
