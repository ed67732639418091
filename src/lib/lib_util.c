/* lib_util.c - helpers shared by the families of the standard library:
 * failures, coercions, PHP comparison and rounding, text forms, paths. */
#include "lib/lib_int.h"

#include <math.h>
#include <pthread.h>

#include "base/alloc.h"
#include "base/map.h"
#include "lib/lib.h"
#include "value/json.h"

/* ---- failures ---- */

xs_status xs_lib_type_fail(xs_call *c, const char *want, xs_value got)
{
    return xs_call_fail(c, "ERROR_FATAL", "%s: expected %s, got %s", xs_call_name(c), want,
                        xs_value_type_name(got));
}

xs_status xs_lib_fail(xs_call *c, const char *fmt, ...)
{
    xs_buf b;
    xs_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&b, fmt, ap);
    va_end(ap);
    xs_status st = xs_call_fail(c, "ERROR_FATAL", "%s: %s", xs_call_name(c), xs_buf_cstr(&b));
    xs_buf_release(&b);
    return st;
}

xs_value xs_lib_attr(xs_value attrs, const char *name)
{
    if (attrs.type != XS_OBJECT)
        return xs_null();
    const xs_value *v = xs_object_get(attrs, xs_str_of(name));
    return v ? *v : xs_null();
}

/* ---- numbers ---- */

static bool is_blank(char ch)
{
    return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\v' || ch == '\f';
}

static bool is_digit(char ch)
{
    return ch >= '0' && ch <= '9';
}

/* The leading number of s ("133.45 kg" gives 133.45), or false. */
static bool leading_number(xs_str s, xs_value *out)
{
    size_t i = 0, n = s.len;
    const char *p = s.ptr;
    while (i < n && is_blank(p[i]))
        i++;
    size_t start = i;
    if (i < n && (p[i] == '+' || p[i] == '-'))
        i++;
    size_t digits = 0;
    while (i < n && is_digit(p[i]))
        i++, digits++;
    if (i < n && p[i] == '.') {
        size_t j = i + 1, frac = 0;
        while (j < n && is_digit(p[j]))
            j++, frac++;
        if (digits + frac > 0)
            i = j, digits += frac;
    }
    if (digits == 0)
        return false;
    if (i < n && (p[i] == 'e' || p[i] == 'E')) {
        size_t j = i + 1;
        if (j < n && (p[j] == '+' || p[j] == '-'))
            j++;
        if (j < n && is_digit(p[j])) {
            while (j < n && is_digit(p[j]))
                j++;
            i = j;
        }
    }
    return xs_text_to_number((xs_str){p + start, i - start}, out);
}

bool xs_lib_to_num(xs_value v, xs_value *out)
{
    switch (v.type) {
    case XS_NULL:
        *out = xs_int(0);
        return true;
    case XS_BOOL:
        *out = xs_int(v.u.b ? 1 : 0);
        return true;
    case XS_INT:
    case XS_DEC:
        *out = v;
        return true;
    case XS_TEXT:
        return leading_number(xs_text_str(v), out);
    default:
        return false;
    }
}

xs_status xs_lib_num_arg(xs_call *c, xs_value v, xs_value *out)
{
    if (xs_lib_to_num(v, out))
        return XS_OK;
    return xs_lib_type_fail(c, "a number", v);
}

xs_status xs_lib_int_arg(xs_call *c, xs_value v, int64_t *out)
{
    xs_value n;
    xs_status st = xs_lib_num_arg(c, v, &n);
    if (st != XS_OK)
        return st;
    if (n.type == XS_INT) {
        *out = n.u.i;
    } else if (isfinite(n.u.d) && fabs(n.u.d) < 9.2e18) {
        *out = (int64_t)n.u.d;
    } else {
        return xs_lib_fail(c, "number out of range");
    }
    return XS_OK;
}

double xs_lib_round(double v, int64_t places)
{
    if (!isfinite(v) || places > 30 || places < -30)
        return v;
    /* 15 significant digits, as PHP pre-rounds, then half away from zero
     * on the decimal digits themselves. */
    char buf[64];
    snprintf(buf, sizeof buf, "%.14e", fabs(v));
    char digits[32];
    size_t nd = 0;
    const char *p = buf;
    for (; *p && *p != 'e'; p++)
        if (is_digit(*p))
            digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    /* value = 0.d1d2...d15 * 10^(exp10+1); keep digits before position
     * exp10 + 1 + places. */
    long keep = (long)exp10 + 1 + (long)places;
    if (keep < 0)
        return v < 0 ? -0.0 : 0.0;
    if (keep >= (long)nd)
        return v;
    bool up = digits[keep] >= '5';
    char out[64];
    size_t no = 0;
    out[no++] = '0'; /* room for a carry */
    for (long i = 0; i < keep; i++)
        out[no++] = digits[i];
    if (up) {
        long i = (long)no - 1;
        while (i >= 0) {
            if (out[i] == '9') {
                out[i] = '0';
                i--;
            } else {
                out[i]++;
                break;
            }
        }
    }
    out[no] = '\0';
    /* out holds keep+1 digits (a carry digit first) counting units of
     * 10^-places. */
    char num[96];
    snprintf(num, sizeof num, "%se%ld", out, -(long)places);
    double r = strtod(num, NULL);
    return v < 0 ? -r : r;
}

/* ---- text ---- */

void xs_lib_text_add(xs_value v, xs_buf *b)
{
    switch (v.type) {
    case XS_NULL:
        break;
    case XS_BOOL:
        xs_buf_adds(b, v.u.b ? "true" : "false");
        break;
    case XS_INT:
        xs_buf_addf(b, "%lld", (long long)v.u.i);
        break;
    case XS_DEC:
        xs_json_encode_dec(v.u.d, b);
        break;
    case XS_TEXT:
        xs_buf_add(b, xs_text_ptr(v), xs_text_len(v));
        break;
    default:
        xs_json_encode(v, XS_JSON_COMPACT, b);
        break;
    }
}

xs_value xs_lib_text_of(xs_value v)
{
    if (v.type == XS_TEXT)
        return xs_retain(v);
    xs_buf b;
    xs_buf_init(&b);
    xs_lib_text_add(v, &b);
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    return t;
}

size_t xs_lib_utf8_len(xs_str s)
{
    size_t n = 0;
    for (size_t i = 0; i < s.len;) {
        size_t k = xs_utf8_seq_len((const unsigned char *)s.ptr + i, s.len - i);
        i += k ? k : 1;
        n++;
    }
    return n;
}

size_t xs_lib_utf8_off(xs_str s, size_t ch)
{
    size_t i = 0;
    while (ch > 0 && i < s.len) {
        size_t k = xs_utf8_seq_len((const unsigned char *)s.ptr + i, s.len - i);
        i += k ? k : 1;
        ch--;
    }
    return i;
}

/* ---- comparison ---- */

static int sign(double d)
{
    return (d > 0) - (d < 0);
}

static int num_cmp(xs_value a, xs_value b)
{
    if (a.type == XS_INT && b.type == XS_INT)
        return (a.u.i > b.u.i) - (a.u.i < b.u.i);
    return sign(xs_lib_dbl(a) - xs_lib_dbl(b));
}

static int bytes_cmp(xs_str a, xs_str b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    int r = n ? memcmp(a.ptr, b.ptr, n) : 0;
    if (r)
        return r < 0 ? -1 : 1;
    return (a.len > b.len) - (a.len < b.len);
}

static bool is_coll(xs_value v)
{
    return v.type == XS_ARRAY || v.type == XS_OBJECT;
}

static size_t coll_len(xs_value v)
{
    return v.type == XS_ARRAY ? xs_array_len(v) : xs_object_len(v);
}

int xs_lib_php_cmp(xs_value a, xs_value b)
{
    if (a.type == XS_NULL && b.type == XS_TEXT)
        return xs_text_len(b) ? -1 : 0;
    if (b.type == XS_NULL && a.type == XS_TEXT)
        return xs_text_len(a) ? 1 : 0;
    if (a.type == XS_NULL || a.type == XS_BOOL || b.type == XS_NULL || b.type == XS_BOOL) {
        bool x = xs_value_truthy(a), y = xs_value_truthy(b);
        return (x > y) - (x < y);
    }
    if (is_coll(a) || is_coll(b)) {
        if (!is_coll(a))
            return -1;
        if (!is_coll(b))
            return 1;
        size_t na = coll_len(a), nb = coll_len(b);
        if (na != nb)
            return na < nb ? -1 : 1;
        for (size_t i = 0; i < na; i++) {
            xs_value x, y;
            if (a.type == XS_ARRAY && b.type == XS_ARRAY) {
                x = xs_array_at(a, i);
                y = xs_array_at(b, i);
            } else if (a.type == XS_OBJECT && b.type == XS_OBJECT) {
                x = xs_object_val_at(a, i);
                const xs_value *yy = xs_object_get(b, xs_object_key_at(a, i));
                if (!yy)
                    return 1;
                y = *yy;
            } else {
                return a.type == XS_ARRAY ? -1 : 1;
            }
            int r = xs_lib_php_cmp(x, y);
            if (r)
                return r;
        }
        return 0;
    }
    xs_value na, nb;
    if (xs_is_number(a) && xs_is_number(b))
        return num_cmp(a, b);
    if (xs_is_number(a) && b.type == XS_TEXT) {
        if (xs_text_to_number(xs_text_str(b), &nb))
            return num_cmp(a, nb);
        xs_value t = xs_lib_text_of(a);
        int r = bytes_cmp(xs_text_str(t), xs_text_str(b));
        xs_release(t);
        return r;
    }
    if (a.type == XS_TEXT && xs_is_number(b))
        return -xs_lib_php_cmp(b, a);
    /* both text */
    if (xs_text_to_number(xs_text_str(a), &na) && xs_text_to_number(xs_text_str(b), &nb))
        return num_cmp(na, nb);
    return bytes_cmp(xs_text_str(a), xs_text_str(b));
}

/* ---- paths ---- */

static bool seg_index(xs_str seg, size_t *out)
{
    if (seg.len == 0 || seg.len > 18)
        return false;
    size_t n = 0;
    for (size_t i = 0; i < seg.len; i++) {
        if (!is_digit(seg.ptr[i]))
            return false;
        n = n * 10 + (size_t)(seg.ptr[i] - '0');
    }
    *out = n;
    return true;
}

/* Cuts the next segment off *rest; *more says whether a '.' followed. */
static xs_str next_seg(xs_str *rest, bool *more)
{
    const char *dot = memchr(rest->ptr, '.', rest->len);
    size_t n = dot ? (size_t)(dot - rest->ptr) : rest->len;
    xs_str seg = {rest->ptr, n};
    *more = dot != NULL;
    rest->ptr += dot ? n + 1 : n;
    rest->len -= dot ? n + 1 : n;
    return seg;
}

bool xs_lib_path_get(xs_value v, xs_str path, xs_value *out)
{
    if (path.len == 0) {
        *out = v;
        return true;
    }
    xs_str rest = path;
    xs_value cur = v;
    bool more = true;
    while (more) {
        xs_str seg = next_seg(&rest, &more);
        size_t idx;
        if (cur.type == XS_OBJECT) {
            const xs_value *p = xs_object_get(cur, seg);
            if (!p)
                return false;
            cur = *p;
        } else if (cur.type == XS_ARRAY && seg_index(seg, &idx) && idx < xs_array_len(cur)) {
            cur = xs_array_at(cur, idx);
        } else {
            return false;
        }
    }
    *out = cur;
    return true;
}

bool xs_lib_path_set(xs_value *root, xs_str path, xs_value val)
{
    xs_str rest = path;
    xs_value *cur = root;
    bool more = true;
    while (more) {
        xs_str seg = next_seg(&rest, &more);
        size_t idx;
        if (cur->type == XS_NULL)
            *cur = xs_object_new(4);
        if (cur->type == XS_ARRAY && seg_index(seg, &idx) && idx <= xs_array_len(*cur)) {
            if (idx == xs_array_len(*cur))
                xs_array_push(cur, xs_null());
            cur = xs_array_at_mut(cur, idx);
        } else if (cur->type == XS_OBJECT) {
            xs_value *slot = xs_object_get_mut(cur, seg);
            if (!slot) {
                xs_object_set(cur, seg, xs_null());
                slot = xs_object_get_mut(cur, seg);
            }
            cur = slot;
        } else {
            xs_release(val);
            return false;
        }
    }
    xs_lib_put(cur, val);
    return true;
}

/* ---- statements over filters ---- */

/* Filters by name, built once for the life of the process (statements run
 * in loops; a scan of every table per call would dominate math.add). Read
 * only once built, so any thread may look up. */
static xs_map filter_index;
static pthread_once_t filter_index_once = PTHREAD_ONCE_INIT;

static void build_filter_index(void)
{
    const xs_builtins *b = xs_lib_builtins();
    xs_map_init(&filter_index);
    for (size_t f = 0; f < b->nfamilies; f++)
        for (size_t i = 0; i < b->families[f]->nfilters; i++) {
            const xs_filter_def *d = &b->families[f]->filters[i];
            if (!xs_map_get(&filter_index, xs_str_of(d->name)))
                xs_map_set(&filter_index, xs_str_of(d->name), (void *)d, NULL);
        }
}

xs_status xs_lib_apply(xs_call *c, const char *name, xs_value *val, const xs_value *args,
                       size_t nargs)
{
    pthread_once(&filter_index_once, build_filter_index);
    const xs_filter_def *f = xs_map_get(&filter_index, xs_str_of(name));
    XS_ASSERT(f && !(f->flags & XS_BUILTIN_LAZY));
    return f->fn(c, val, args, nargs);
}

xs_status xs_lib_unavailable(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                             xs_value *result)
{
    (void)target;
    (void)arg;
    (void)attrs;
    (void)result;
    return xs_call_fail(c, "ERROR_FATAL", "statement '%s' is not available in this runtime",
                        xs_call_name(c));
}
