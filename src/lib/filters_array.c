/* filters_array.c - array filters: building, reading, reordering and
 * filtering lists, and the lambda filters (map, filter, reduce...) whose
 * argument is evaluated once per item with $$ bound to it. */
#include <math.h>

#include "base/alloc.h"
#include "base/map.h"
#include "lib/lib_int.h"
#include "value/json.h"

/* The piped value as an array: null reads as [] (a new empty array is put
 * in *val); other types fail. */
static xs_status want_array(xs_call *c, xs_value *val)
{
    if (val->type == XS_ARRAY)
        return XS_OK;
    if (val->type == XS_NULL) {
        *val = xs_array_new(0);
        return XS_OK;
    }
    return xs_lib_type_fail(c, "an array", *val);
}

/* Same, for a read-only look: null gives an empty view without touching
 * *val. */
static bool is_list_or_null(xs_value v)
{
    return v.type == XS_ARRAY || v.type == XS_NULL;
}

static size_t len_of(xs_value v)
{
    return v.type == XS_ARRAY ? xs_array_len(v) : 0;
}

/* ---- adding and removing ---- */

static xs_status f_push(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    xs_status st = want_array(c, val);
    if (st != XS_OK)
        return st;
    xs_array_push(val, xs_retain(args[0]));
    return XS_OK;
}

static xs_status f_append(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    if (val->type == XS_OBJECT || (nargs > 1 && args[1].type != XS_NULL)) {
        if (val->type == XS_NULL)
            *val = xs_object_new(1);
        if (val->type == XS_OBJECT) {
            if (nargs < 2 || args[1].type == XS_NULL)
                return xs_lib_fail(c, "appending to an object needs a key");
            xs_value key = xs_lib_text_of(args[1]);
            xs_object_set_text(val, key, xs_retain(args[0]));
            return XS_OK;
        }
    }
    return f_push(c, val, args, nargs);
}

static xs_status f_unshift(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    xs_status st = want_array(c, val);
    if (st != XS_OK)
        return st;
    xs_array_insert(val, 0, xs_retain(args[0]));
    return XS_OK;
}

static xs_status f_pop(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    if (!is_list_or_null(*val))
        return xs_lib_type_fail(c, "an array", *val);
    size_t n = len_of(*val);
    xs_lib_put(val, n ? xs_retain(xs_array_at(*val, n - 1)) : xs_null());
    return XS_OK;
}

static xs_status f_shift(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    if (!is_list_or_null(*val))
        return xs_lib_type_fail(c, "an array", *val);
    size_t n = len_of(*val);
    xs_lib_put(val, n ? xs_retain(xs_array_at(*val, 0)) : xs_null());
    return XS_OK;
}

/* Equality used by remove, in and has-value tests: PHP's == unless strict. */
static bool same(xs_value a, xs_value b, bool strict)
{
    return strict ? xs_value_equals(a, b) : xs_value_loose_equals(a, b);
}

static xs_status f_remove(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    if (!is_list_or_null(*val))
        return xs_lib_type_fail(c, "an array", *val);
    xs_value path = xs_lib_arg(args, nargs, 1);
    if (path.type != XS_NULL && path.type != XS_TEXT)
        return xs_lib_type_fail(c, "a text path", path);
    bool strict = xs_value_truthy(xs_lib_arg(args, nargs, 2));
    size_t n = len_of(*val);
    xs_value out = xs_array_new(n);
    for (size_t i = 0; i < n; i++) {
        xs_value it = xs_array_at(*val, i), probe = it;
        bool found = true;
        if (path.type == XS_TEXT)
            found = xs_lib_path_get(it, xs_text_str(path), &probe);
        if (!found || !same(probe, args[0], strict))
            xs_array_push(&out, xs_retain(it));
    }
    xs_lib_put(val, out);
    return XS_OK;
}

/* ---- reading ---- */

static xs_status f_count(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    int64_t n;
    if (val->type == XS_ARRAY)
        n = (int64_t)xs_array_len(*val);
    else if (val->type == XS_OBJECT)
        n = (int64_t)xs_object_len(*val);
    else if (val->type == XS_NULL)
        n = 0;
    else
        return xs_lib_type_fail(c, "an array or object", *val);
    xs_lib_put(val, xs_int(n));
    return XS_OK;
}

static xs_status f_first(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return f_shift(c, val, args, nargs);
}

static xs_status f_last(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return f_pop(c, val, args, nargs);
}

/* PHP's array_slice offsets: negative counts from the end; a negative
 * length stops that many before the end; null length runs to the end. */
static void slice_bounds(size_t n, int64_t off, bool has_len, int64_t len, size_t *b, size_t *e)
{
    int64_t sn = (int64_t)n;
    int64_t s = off < 0 ? sn + off : off;
    if (s < 0)
        s = 0;
    if (s > sn)
        s = sn;
    int64_t end = sn;
    if (has_len)
        end = len < 0 ? sn + len : s + len;
    if (end > sn)
        end = sn;
    if (end < s)
        end = s;
    *b = (size_t)s;
    *e = (size_t)end;
}

static xs_status f_slice(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t off, len = 0;
    xs_status st = xs_lib_int_arg(c, args[0], &off);
    bool has_len = nargs > 1 && args[1].type != XS_NULL;
    if (st == XS_OK && has_len)
        st = xs_lib_int_arg(c, args[1], &len);
    if (st != XS_OK)
        return st;
    if (val->type == XS_TEXT) {
        xs_str s = xs_text_str(*val);
        size_t b, e;
        slice_bounds(xs_lib_utf8_len(s), off, has_len, len, &b, &e);
        size_t bo = xs_lib_utf8_off(s, b), eo = xs_lib_utf8_off(s, e);
        xs_lib_put(val, xs_text_new(s.ptr + bo, eo - bo));
        return XS_OK;
    }
    if (!is_list_or_null(*val))
        return xs_lib_type_fail(c, "an array", *val);
    size_t b, e;
    slice_bounds(len_of(*val), off, has_len, len, &b, &e);
    xs_value out = xs_array_new(e - b);
    for (size_t i = b; i < e; i++)
        xs_array_push(&out, xs_retain(xs_array_at(*val, i)));
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_reverse(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    if (val->type == XS_OBJECT) {
        size_t n = xs_object_len(*val);
        xs_value out = xs_object_new(n);
        for (size_t i = n; i-- > 0;)
            xs_object_set_text(&out, xs_retain(xs_object_key_text_at(*val, i)),
                               xs_retain(xs_object_val_at(*val, i)));
        xs_lib_put(val, out);
        return XS_OK;
    }
    xs_status st = want_array(c, val);
    if (st != XS_OK)
        return st;
    size_t n = xs_array_len(*val);
    for (size_t i = 0; i < n / 2; i++) {
        xs_value *a = xs_array_at_mut(val, i);
        xs_value *b = xs_array_at_mut(val, n - 1 - i);
        xs_value t = *a;
        *a = *b;
        *b = t;
    }
    return XS_OK;
}

/* The key under which unique, diff and intersect compare a value: PHP
 * compares array values as strings; arrays and objects by their JSON. */
static void cmp_key(xs_value v, xs_buf *b)
{
    xs_buf_reset(b);
    if (v.type == XS_ARRAY || v.type == XS_OBJECT) {
        xs_buf_addc(b, '\x01');
        xs_json_encode(v, XS_JSON_COMPACT, b);
    } else {
        xs_lib_text_add(v, b);
        if (v.type == XS_BOOL && !v.u.b) /* PHP: (string)false is "" */
            xs_buf_reset(b);
        else if (v.type == XS_BOOL)
            xs_buf_reset(b), xs_buf_addc(b, '1');
    }
}

static xs_status f_unique(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    if (!is_list_or_null(*val))
        return xs_lib_type_fail(c, "an array", *val);
    xs_value path = xs_lib_arg(args, nargs, 0);
    if (path.type != XS_NULL && path.type != XS_TEXT)
        return xs_lib_type_fail(c, "a text path", path);
    size_t n = len_of(*val);
    xs_value out = xs_array_new(n);
    xs_map seen;
    xs_map_init(&seen);
    xs_buf key;
    xs_buf_init(&key);
    for (size_t i = 0; i < n; i++) {
        xs_value it = xs_array_at(*val, i), probe = it;
        if (path.type == XS_TEXT && path.u.s && xs_text_len(path) &&
            !xs_lib_path_get(it, xs_text_str(path), &probe))
            probe = xs_null();
        cmp_key(probe, &key);
        if (xs_map_set(&seen, (xs_str){xs_buf_cstr(&key), key.len}, NULL, NULL))
            xs_array_push(&out, xs_retain(it));
    }
    xs_buf_release(&key);
    xs_map_release(&seen);
    xs_lib_put(val, out);
    return XS_OK;
}

/* diff (keep = false) and intersect (keep = true) against args[0]. */
static xs_status diff_common(xs_call *c, xs_value *val, const xs_value *args, bool keep)
{
    if (!is_list_or_null(*val))
        return xs_lib_type_fail(c, "an array", *val);
    if (!is_list_or_null(args[0]))
        return xs_lib_type_fail(c, "an array to compare with", args[0]);
    xs_map other;
    xs_map_init(&other);
    xs_buf key;
    xs_buf_init(&key);
    for (size_t i = 0; i < len_of(args[0]); i++) {
        cmp_key(xs_array_at(args[0], i), &key);
        xs_map_set(&other, (xs_str){xs_buf_cstr(&key), key.len}, NULL, NULL);
    }
    size_t n = len_of(*val);
    xs_value out = xs_array_new(n);
    for (size_t i = 0; i < n; i++) {
        xs_value it = xs_array_at(*val, i);
        cmp_key(it, &key);
        if (xs_map_find(&other, (xs_str){xs_buf_cstr(&key), key.len}, NULL) == keep)
            xs_array_push(&out, xs_retain(it));
    }
    xs_buf_release(&key);
    xs_map_release(&other);
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_diff(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return diff_common(c, val, args, false);
}

static xs_status f_intersect(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return diff_common(c, val, args, true);
}

/* ---- sort ---- */

enum sort_kind { SORT_REGULAR, SORT_TEXT, SORT_ITEXT, SORT_NUMBER, SORT_NATURAL, SORT_INATURAL };

typedef struct sort_ctx {
    enum sort_kind kind;
    bool desc;
    xs_value *keys; /* the sort key of each element */
} sort_ctx;

static int ci_byte(int ch)
{
    return ch >= 'A' && ch <= 'Z' ? ch + 32 : ch;
}

static int text_cmp(xs_str a, xs_str b, bool icase)
{
    size_t n = a.len < b.len ? a.len : b.len;
    for (size_t i = 0; i < n; i++) {
        int x = (unsigned char)a.ptr[i], y = (unsigned char)b.ptr[i];
        if (icase)
            x = ci_byte(x), y = ci_byte(y);
        if (x != y)
            return x < y ? -1 : 1;
    }
    return (a.len > b.len) - (a.len < b.len);
}

/* PHP's strnatcmp, simplified: runs of digits compare as numbers (leading
 * zeros ignored), everything else bytewise. */
static int nat_cmp(xs_str a, xs_str b, bool icase)
{
    size_t i = 0, j = 0;
    while (i < a.len && j < b.len) {
        unsigned char x = (unsigned char)a.ptr[i], y = (unsigned char)b.ptr[j];
        if (x >= '0' && x <= '9' && y >= '0' && y <= '9') {
            while (i < a.len && a.ptr[i] == '0')
                i++;
            while (j < b.len && b.ptr[j] == '0')
                j++;
            size_t si = i, sj = j;
            while (i < a.len && a.ptr[i] >= '0' && a.ptr[i] <= '9')
                i++;
            while (j < b.len && b.ptr[j] >= '0' && b.ptr[j] <= '9')
                j++;
            size_t la = i - si, lb = j - sj;
            if (la != lb)
                return la < lb ? -1 : 1;
            int r = memcmp(a.ptr + si, b.ptr + sj, la);
            if (r)
                return r < 0 ? -1 : 1;
            continue;
        }
        int cx = icase ? ci_byte(x) : x, cy = icase ? ci_byte(y) : y;
        if (cx != cy)
            return cx < cy ? -1 : 1;
        i++, j++;
    }
    return (a.len - i > b.len - j) - (a.len - i < b.len - j);
}

static int sort_cmp(const sort_ctx *s, xs_value a, xs_value b)
{
    int r;
    switch (s->kind) {
    case SORT_NUMBER: {
        xs_value x, y;
        if (!xs_lib_to_num(a, &x))
            x = xs_int(0);
        if (!xs_lib_to_num(b, &y))
            y = xs_int(0);
        r = xs_lib_php_cmp(x, y);
        break;
    }
    case SORT_TEXT:
    case SORT_ITEXT:
    case SORT_NATURAL:
    case SORT_INATURAL: {
        xs_value x = xs_lib_text_of(a), y = xs_lib_text_of(b);
        bool ic = s->kind == SORT_ITEXT || s->kind == SORT_INATURAL;
        if (s->kind == SORT_TEXT || s->kind == SORT_ITEXT)
            r = text_cmp(xs_text_str(x), xs_text_str(y), ic);
        else
            r = nat_cmp(xs_text_str(x), xs_text_str(y), ic);
        xs_release(x);
        xs_release(y);
        break;
    }
    default:
        r = xs_lib_php_cmp(a, b);
        break;
    }
    return s->desc ? -r : r;
}

/* Stable merge sort of the index array idx[0..n) by the keys. */
static void merge_sort(const sort_ctx *s, size_t *idx, size_t *tmp, size_t n)
{
    if (n < 2)
        return;
    size_t h = n / 2;
    merge_sort(s, idx, tmp, h);
    merge_sort(s, idx + h, tmp, n - h);
    size_t i = 0, j = h, k = 0;
    while (i < h && j < n)
        tmp[k++] = sort_cmp(s, s->keys[idx[j]], s->keys[idx[i]]) < 0 ? idx[j++] : idx[i++];
    while (i < h)
        tmp[k++] = idx[i++];
    while (j < n)
        tmp[k++] = idx[j++];
    memcpy(idx, tmp, n * sizeof *idx);
}

static xs_status f_sort(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    if (!is_list_or_null(*val))
        return xs_lib_type_fail(c, "an array", *val);
    xs_value path = xs_lib_arg(args, nargs, 0), type = xs_lib_arg(args, nargs, 1);
    xs_value asc = xs_lib_arg(args, nargs, 2);
    if (path.type != XS_NULL && path.type != XS_TEXT)
        return xs_lib_type_fail(c, "a text path", path);
    /* the flag sorts descending when true (docs/language-decisions.md#sort-order) */
    sort_ctx s = {SORT_REGULAR, xs_value_truthy(asc), NULL};
    if (type.type == XS_TEXT) {
        static const struct {
            const char *name;
            enum sort_kind kind;
        } kinds[] = {{"text", SORT_TEXT},         {"itext", SORT_ITEXT},
                     {"number", SORT_NUMBER},     {"natural", SORT_NATURAL},
                     {"inatural", SORT_INATURAL}, {"", SORT_REGULAR}};
        size_t k = 0;
        while (k < XS_COUNTOF(kinds) && !xs_str_eq_cstr(xs_text_str(type), kinds[k].name))
            k++;
        if (k == XS_COUNTOF(kinds))
            return xs_lib_fail(c, "unknown sort type '%s' (text, itext, number, natural, inatural)",
                               xs_text_ptr(type));
        s.kind = kinds[k].kind;
    } else if (type.type != XS_NULL) {
        return xs_lib_type_fail(c, "a text sort type", type);
    }
    size_t n = len_of(*val);
    if (n < 2)
        return want_array(c, val);
    /* small arrays (the usual case) sort in stack buffers */
    xs_value keys_small[16];
    size_t idx_small[16], tmp_small[16];
    bool small = n <= 16;
    s.keys = small ? keys_small : xs_calloc(n, sizeof *s.keys);
    size_t *idx = small ? idx_small : xs_calloc(n, sizeof *idx);
    size_t *tmp = small ? tmp_small : xs_calloc(n, sizeof *tmp);
    for (size_t i = 0; i < n; i++) {
        idx[i] = i;
        s.keys[i] = xs_array_at(*val, i);
        if (path.type == XS_TEXT && xs_text_len(path) &&
            !xs_lib_path_get(s.keys[i], xs_text_str(path), &s.keys[i]))
            s.keys[i] = xs_null();
    }
    merge_sort(&s, idx, tmp, n);
    xs_value out = xs_array_new(n);
    for (size_t i = 0; i < n; i++)
        xs_array_push(&out, xs_retain(xs_array_at(*val, idx[i])));
    if (!small) {
        xs_free(tmp);
        xs_free(idx);
        xs_free(s.keys);
    }
    xs_lib_put(val, out);
    return XS_OK;
}

/* ---- reshaping ---- */

static void flatten_into(xs_value *out, xs_value a, int depth)
{
    for (size_t i = 0; i < xs_array_len(a); i++) {
        xs_value it = xs_array_at(a, i);
        if (it.type == XS_ARRAY && depth < XS_JSON_DEFAULT_DEPTH)
            flatten_into(out, it, depth + 1);
        else
            xs_array_push(out, xs_retain(it));
    }
}

static xs_status f_flatten(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_status st = want_array(c, val);
    if (st != XS_OK)
        return st;
    xs_value out = xs_array_new(xs_array_len(*val));
    flatten_into(&out, *val, 0);
    xs_lib_put(val, out);
    return XS_OK;
}

enum keep_rule { DROP_EMPTY, DROP_NULL, DROP_EMPTY_TEXT, DROP_EMPTY_ARRAY, DROP_EMPTY_OBJECT };

static bool dropped(enum keep_rule r, xs_value v)
{
    switch (r) {
    case DROP_EMPTY:
        return !xs_value_truthy(v);
    case DROP_NULL:
        return v.type == XS_NULL;
    case DROP_EMPTY_TEXT:
        return v.type == XS_TEXT && xs_text_len(v) == 0;
    case DROP_EMPTY_ARRAY:
        return v.type == XS_ARRAY && xs_array_len(v) == 0;
    case DROP_EMPTY_OBJECT:
        return v.type == XS_OBJECT && xs_object_len(v) == 0;
    }
    return false;
}

static xs_status filter_rule(xs_call *c, xs_value *val, const xs_value *args, size_t nargs,
                             enum keep_rule rule)
{
    xs_value path = xs_lib_arg(args, nargs, 0);
    if (path.type != XS_NULL && path.type != XS_TEXT)
        return xs_lib_type_fail(c, "a text path", path);
    bool by_path = path.type == XS_TEXT && xs_text_len(path) > 0;
    if (val->type == XS_OBJECT) {
        xs_value out = xs_object_new(xs_object_len(*val));
        for (size_t i = 0; i < xs_object_len(*val); i++) {
            xs_value it = xs_object_val_at(*val, i);
            if (!dropped(rule, it))
                xs_object_set_text(&out, xs_retain(xs_object_key_text_at(*val, i)), xs_retain(it));
        }
        xs_lib_put(val, out);
        return XS_OK;
    }
    xs_status st = want_array(c, val);
    if (st != XS_OK)
        return st;
    size_t n = xs_array_len(*val);
    xs_value out = xs_array_new(n);
    for (size_t i = 0; i < n; i++) {
        xs_value it = xs_array_at(*val, i), probe = it;
        if (by_path && !xs_lib_path_get(it, xs_text_str(path), &probe))
            probe = xs_null();
        if (!dropped(rule, probe))
            xs_array_push(&out, xs_retain(it));
    }
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_filter_empty(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return filter_rule(c, val, args, nargs, DROP_EMPTY);
}

static xs_status f_filter_null(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return filter_rule(c, val, args, nargs, DROP_NULL);
}

static xs_status f_filter_empty_text(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return filter_rule(c, val, args, nargs, DROP_EMPTY_TEXT);
}

static xs_status f_filter_empty_array(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    return filter_rule(c, val, args, nargs, DROP_EMPTY_ARRAY);
}

static xs_status f_filter_empty_object(xs_call *c, xs_value *val, const xs_value *args,
                                       size_t nargs)
{
    return filter_rule(c, val, args, nargs, DROP_EMPTY_OBJECT);
}

static xs_status f_join(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value sep = xs_lib_arg(args, nargs, 0);
    if (val->type != XS_ARRAY && val->type != XS_OBJECT && val->type != XS_NULL)
        return xs_lib_type_fail(c, "an array", *val);
    xs_value s = xs_lib_text_of(sep);
    xs_buf b;
    xs_buf_init(&b);
    size_t n = val->type == XS_ARRAY    ? xs_array_len(*val)
               : val->type == XS_OBJECT ? xs_object_len(*val)
                                        : 0;
    for (size_t i = 0; i < n; i++) {
        if (i)
            xs_buf_add(&b, xs_text_ptr(s), xs_text_len(s));
        xs_value it = val->type == XS_ARRAY ? xs_array_at(*val, i) : xs_object_val_at(*val, i);
        if (it.type == XS_BOOL) /* PHP implode: true is "1", false "" */
            xs_buf_adds(&b, it.u.b ? "1" : "");
        else
            xs_lib_text_add(it, &b);
    }
    xs_release(s);
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, t);
    return XS_OK;
}

static xs_status f_merge(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    xs_value o = args[0];
    if (val->type == XS_NULL)
        *val = o.type == XS_OBJECT ? xs_object_new(0) : xs_array_new(0);
    if (o.type == XS_NULL && (val->type == XS_ARRAY || val->type == XS_OBJECT))
        return XS_OK;
    if (val->type == XS_ARRAY && o.type == XS_ARRAY) {
        for (size_t i = 0; i < xs_array_len(o); i++)
            xs_array_push(val, xs_retain(xs_array_at(o, i)));
        return XS_OK;
    }
    if (val->type == XS_OBJECT && o.type == XS_OBJECT) {
        for (size_t i = 0; i < xs_object_len(o); i++)
            xs_object_set_text(val, xs_retain(xs_object_key_text_at(o, i)),
                               xs_retain(xs_object_val_at(o, i)));
        return XS_OK;
    }
    if (val->type != XS_ARRAY && val->type != XS_OBJECT)
        return xs_lib_type_fail(c, "an array or object", *val);
    return xs_lib_fail(c, "cannot merge %s into %s", xs_value_type_name(o),
                       xs_value_type_name(*val));
}

static xs_status f_safe_array(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c;
    (void)args;
    (void)nargs;
    if (val->type == XS_ARRAY)
        return XS_OK;
    xs_value out = xs_array_new(1);
    if (val->type != XS_NULL)
        xs_array_push(&out, xs_take(val));
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_shuffle(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_status st = want_array(c, val);
    if (st != XS_OK)
        return st;
    /* Fisher-Yates with the CSPRNG; the modulo bias is below 2^-32 for any
     * array that fits in memory */
    for (size_t i = xs_array_len(*val); i > 1; i--) {
        uint64_t r;
        xs_lib_random(&r, sizeof r);
        size_t j = (size_t)(r % i);
        xs_value *a = xs_array_at_mut(val, i - 1), *b = xs_array_at_mut(val, j);
        xs_value t = *a;
        *a = *b;
        *b = t;
    }
    return XS_OK;
}

/* PHP's array_merge_recursive on two values: lists concatenate; objects
 * merge key by key, a key in both becoming the recursive merge of its two
 * values, where two scalars become a list of both. */
static xs_value merge_rec(xs_value a, xs_value b, int depth)
{
    if (a.type == XS_ARRAY && b.type == XS_ARRAY) {
        xs_value out = xs_retain(a);
        for (size_t i = 0; i < xs_array_len(b); i++)
            xs_array_push(&out, xs_retain(xs_array_at(b, i)));
        return out;
    }
    if (a.type == XS_OBJECT && b.type == XS_OBJECT && depth < 256) {
        xs_value out = xs_retain(a);
        for (size_t i = 0; i < xs_object_len(b); i++) {
            xs_str k = xs_object_key_at(b, i);
            const xs_value *old = xs_object_get(out, k);
            xs_value nv = xs_object_val_at(b, i);
            xs_value m = old ? merge_rec(*old, nv, depth + 1) : xs_retain(nv);
            xs_object_set(&out, k, m);
        }
        return out;
    }
    xs_value out = a.type == XS_ARRAY ? xs_retain(a) : xs_array_new(2);
    if (a.type != XS_ARRAY)
        xs_array_push(&out, xs_retain(a));
    if (b.type == XS_ARRAY)
        for (size_t i = 0; i < xs_array_len(b); i++)
            xs_array_push(&out, xs_retain(xs_array_at(b, i)));
    else
        xs_array_push(&out, xs_retain(b));
    return out;
}

static xs_status f_merge_recursive(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    xs_value o = args[0];
    if (val->type == XS_NULL)
        *val = o.type == XS_OBJECT ? xs_object_new(0) : xs_array_new(0);
    if ((val->type != XS_ARRAY && val->type != XS_OBJECT))
        return xs_lib_type_fail(c, "an array or object", *val);
    if (o.type != XS_ARRAY && o.type != XS_OBJECT && o.type != XS_NULL)
        return xs_lib_type_fail(c, "an array or object to merge", o);
    if (o.type == XS_NULL)
        return XS_OK;
    if (val->type != o.type)
        return xs_lib_fail(c, "cannot merge %s into %s", xs_value_type_name(o),
                           xs_value_type_name(*val));
    xs_lib_put(val, merge_rec(*val, o, 0));
    return XS_OK;
}

enum { RANGE_MAX = 10 * 1000 * 1000 };

static xs_status f_range(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t a, b, step = 1;
    xs_status st = xs_lib_int_arg(c, args[0], &a);
    if (st == XS_OK)
        st = xs_lib_int_arg(c, xs_lib_arg(args, nargs, 1), &b);
    if (st == XS_OK && nargs > 2)
        st = xs_lib_int_arg(c, args[2], &step);
    if (st != XS_OK)
        return st;
    if (nargs < 2) { /* value|range:end counts from the piped value */
        b = a;
        st = xs_lib_int_arg(c, *val, &a);
        if (st != XS_OK)
            return st;
    }
    if (step == 0)
        return xs_lib_fail(c, "step must not be 0");
    uint64_t span = a <= b ? (uint64_t)b - (uint64_t)a : (uint64_t)a - (uint64_t)b;
    uint64_t ustep = step < 0 ? 0 - (uint64_t)step : (uint64_t)step;
    if (span / ustep >= RANGE_MAX)
        return xs_lib_fail(c, "range of more than %d items", RANGE_MAX);
    xs_value out = xs_array_new((size_t)(span / ustep) + 1);
    for (uint64_t k = 0; k <= span / ustep; k++)
        xs_array_push(&out, xs_int(a <= b ? a + (int64_t)(k * ustep) : a - (int64_t)(k * ustep)));
    xs_lib_put(val, out);
    return XS_OK;
}

/* ---- lambda filters: the argument is evaluated per item ---- */

/* Evaluates lazy argument i for item number k of arr. */
static xs_status eval_item(xs_call *c, size_t arg, xs_value arr, size_t k, const xs_value *acc,
                           xs_value *out)
{
    xs_lambda_env env = {xs_array_at(arr, k), xs_int((int64_t)k), acc};
    return xs_call_eval_arg(c, arg, &env, out);
}

static xs_status lambda_array(xs_call *c, xs_value v)
{
    if (is_list_or_null(v))
        return XS_OK;
    return xs_lib_type_fail(c, "an array", v);
}

static xs_status f_map(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_status st = lambda_array(c, *val);
    if (st != XS_OK)
        return st;
    size_t n = len_of(*val);
    xs_value out = xs_array_new(n);
    for (size_t k = 0; k < n; k++) {
        xs_value r;
        st = eval_item(c, 0, *val, k, NULL, &r);
        if (st != XS_OK) {
            xs_release(out);
            return st;
        }
        xs_array_push(&out, r);
    }
    xs_lib_put(val, out);
    return XS_OK;
}

/* filter, find, findIndex, some, every: the first item whose test is
 * truthy (or, for every, falsy) ends the walk unless want_all. */
enum lambda_kind { L_FILTER, L_FIND, L_FIND_INDEX, L_SOME, L_EVERY };

static xs_status lambda_test(xs_call *c, xs_value *val, enum lambda_kind kind)
{
    xs_status st = lambda_array(c, *val);
    if (st != XS_OK)
        return st;
    size_t n = len_of(*val);
    xs_value out = kind == L_FILTER ? xs_array_new(n) : xs_null();
    size_t hit = n;
    for (size_t k = 0; k < n; k++) {
        xs_value r;
        st = eval_item(c, 0, *val, k, NULL, &r);
        if (st != XS_OK) {
            xs_release(out);
            return st;
        }
        bool t = xs_value_truthy(r);
        xs_release(r);
        if (kind == L_FILTER) {
            if (t)
                xs_array_push(&out, xs_retain(xs_array_at(*val, k)));
        } else if (t != (kind == L_EVERY)) {
            hit = k;
            break;
        }
    }
    switch (kind) {
    case L_FILTER:
        break;
    case L_FIND:
        out = hit < n ? xs_retain(xs_array_at(*val, hit)) : xs_null();
        break;
    case L_FIND_INDEX:
        out = xs_int(hit < n ? (int64_t)hit : -1);
        break;
    case L_SOME:
        out = xs_bool(hit < n);
        break;
    case L_EVERY:
        out = xs_bool(hit == n);
        break;
    }
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_filter(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return lambda_test(c, val, L_FILTER);
}

static xs_status f_find(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return lambda_test(c, val, L_FIND);
}

static xs_status f_find_index(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return lambda_test(c, val, L_FIND_INDEX);
}

static xs_status f_some(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return lambda_test(c, val, L_SOME);
}

static xs_status f_every(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return lambda_test(c, val, L_EVERY);
}

static xs_status f_transform(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_lambda_env env = {*val, xs_int(0), NULL};
    xs_value r;
    xs_status st = xs_call_eval_arg(c, 0, &env, &r);
    if (st != XS_OK)
        return st;
    xs_lib_put(val, r);
    return XS_OK;
}

static xs_status f_reduce(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    xs_status st = lambda_array(c, *val);
    if (st != XS_OK)
        return st;
    xs_value acc = xs_null();
    if (nargs > 1) {
        xs_lambda_env env = {xs_null(), xs_int(0), NULL};
        st = xs_call_eval_arg(c, 1, &env, &acc);
        if (st != XS_OK)
            return st;
    }
    for (size_t k = 0; k < len_of(*val); k++) {
        xs_value r;
        st = eval_item(c, 0, *val, k, &acc, &r);
        if (st != XS_OK) {
            xs_release(acc);
            return st;
        }
        xs_lib_put(&acc, r);
    }
    xs_lib_put(val, acc);
    return XS_OK;
}

#define LAZY XS_BUILTIN_LAZY
#define ANY XS_ARGS_ANY

static const xs_filter_def filters[] = {
    {"push", 1, 1, 0, f_push, "adds a value at the end of an array: [1,2]|push:3 is [1,2,3]"},
    {"append", 1, 2, 0, f_append,
     "adds a value at the end of an array, or under a key of an object: {a:1}|append:2:\"b\""},
    {"prepend", 1, 1, 0, f_unshift, "adds a value at the start of an array"},
    {"unshift", 1, 1, 0, f_unshift, "adds a value at the start of an array"},
    {"pop", 0, 0, 0, f_pop, "the last element of an array (null when empty)"},
    {"shift", 0, 0, 0, f_shift, "the first element of an array (null when empty)"},
    {"first", 0, 0, 0, f_first, "the first element of an array (null when empty)"},
    {"last", 0, 0, 0, f_last, "the last element of an array (null when empty)"},
    {"count", 0, 0, 0, f_count, "number of elements of an array, or keys of an object"},
    {"remove", 1, 3, 0, f_remove,
     "drops every element equal to the value (at path; === when strict): remove:value:path:strict"},
    {"slice", 1, 2, 0, f_slice,
     "part of an array (or text) from offset, length items; negatives count from the end"},
    {"reverse", 0, 0, 0, f_reverse, "the elements of an array in reverse order"},
    {"unique", 0, 1, 0, f_unique,
     "the array without repeated values (compared as text, optionally at path), first kept"},
    {"diff", 1, 1, 0, f_diff, "the values of the array absent from the argument, re-indexed"},
    {"diff_assoc", 1, 1, 0, f_diff, "diff for arrays of objects (whole objects compared)"},
    {"intersect", 1, 1, 0, f_intersect, "the values of the array present in the argument"},
    {"intersect_assoc", 1, 1, 0, f_intersect,
     "intersect for arrays of objects (whole objects compared)"},
    {"sort", 0, 3, 0, f_sort,
     "stable sort: sort:path:type:desc, type text|itext|number|natural|inatural; true sorts "
     "descending, as Xano's examples show"},
    {"flatten", 0, 0, 0, f_flatten, "nested arrays flattened into one level"},
    {"filter_empty", 0, 1, 0, f_filter_empty,
     "drops empty elements (null, false, 0, \"\", \"0\", [], {}), optionally judged at path"},
    {"filter_null", 0, 1, 0, f_filter_null, "drops null elements, optionally judged at path"},
    {"filter_empty_text", 0, 1, 0, f_filter_empty_text, "drops elements that are \"\""},
    {"filter_empty_array", 0, 1, 0, f_filter_empty_array, "drops elements that are []"},
    {"filter_empty_object", 0, 1, 0, f_filter_empty_object, "drops elements that are {}"},
    {"join", 0, 1, 0, f_join, "the elements as text joined by the separator: [1,2]|join:\",\""},
    {"merge", 1, 1, 0, f_merge,
     "arrays: concatenation; objects: keys of the argument set over the value's"},
    {"merge_recursive", 1, 1, 0, f_merge_recursive,
     "PHP array_merge_recursive: keys in both objects merge, two scalars become a list"},
    {"shuffle", 0, 0, 0, f_shuffle, "the elements in a random order"},
    {"safe_array", 0, 0, 0, f_safe_array, "the value as an array: null is [], a scalar [x]"},
    {"range", 1, 3, 0, f_range, "integers from start to end inclusive: x|range:1:5, step 3rd"},
    {"map", 1, 1, LAZY, f_map, "the expression evaluated for each element ($$, $index)"},
    {"filter", 1, 1, LAZY, f_filter, "the elements for which the expression is truthy"},
    {"find", 1, 1, LAZY, f_find, "the first element for which the expression is truthy, or null"},
    {"findIndex", 1, 1, LAZY, f_find_index,
     "index of the first element for which the expression is truthy, or -1"},
    {"some", 1, 1, LAZY, f_some, "whether the expression is truthy for some element"},
    {"every", 1, 1, LAZY, f_every, "whether the expression is truthy for every element"},
    {"transform", 1, 1, LAZY, f_transform, "the expression evaluated with $$ bound to the value"},
    {"reduce", 1, 2, LAZY, f_reduce,
     "folds the array: reduce:expr:initial with $$ the element and $result the accumulator"},
};

const xs_builtin_family xs_lib_array = {"array", filters, XS_COUNTOF(filters), NULL, 0};
