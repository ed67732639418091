/* filters_object.c - object filters: setting, reading and removing keys
 * (dotted paths reach inside nested objects and arrays), key/value views,
 * and the null/empty fallbacks. */
#include "lib/lib_int.h"

/* A key or path argument as text: text as is, numbers printed. */
static bool key_arg(xs_value k, xs_value *out)
{
    if (k.type == XS_TEXT || k.type == XS_INT) {
        *out = xs_lib_text_of(k);
        return true;
    }
    return false;
}

static bool is_coll_or_null(xs_value v)
{
    return v.type == XS_OBJECT || v.type == XS_ARRAY || v.type == XS_NULL;
}

/* Whether xs_lib_path_set can set path inside v: every step that exists is
 * an object, or a list indexed at most one past its end. Read-only, so a
 * refused set leaves the value as it was. */
static bool settable(xs_value v, xs_str path)
{
    xs_value cur = v;
    for (;;) {
        const char *dot = memchr(path.ptr, '.', path.len);
        xs_str seg = {path.ptr, dot ? (size_t)(dot - path.ptr) : path.len};
        if (cur.type == XS_NULL)
            return true;
        if (cur.type == XS_OBJECT) {
            const xs_value *next = xs_object_get(cur, seg);
            if (!next || !dot)
                return true;
            cur = *next;
        } else if (cur.type == XS_ARRAY) {
            size_t idx = 0, n = xs_array_len(cur);
            if (seg.len == 0 || seg.len > 18)
                return false;
            for (size_t i = 0; i < seg.len; i++) {
                if (seg.ptr[i] < '0' || seg.ptr[i] > '9')
                    return false;
                idx = idx * 10 + (size_t)(seg.ptr[i] - '0');
            }
            if (idx > n)
                return false;
            if (idx == n || !dot)
                return true;
            cur = xs_array_at(cur, idx);
        } else {
            return false;
        }
        path.ptr = dot + 1;
        path.len -= seg.len + 1;
    }
}

/* set, and the conditional forms once they decided to set. */
static xs_status do_set(xs_call *c, xs_value *val, xs_value key, xs_value v)
{
    if (!is_coll_or_null(*val))
        return xs_lib_type_fail(c, "an object", *val);
    /* The common case, a plain text key on an object: the key text itself
     * becomes the key (a literal's text is shared, not copied) and the
     * object is searched once. */
    if (key.type == XS_TEXT && val->type != XS_ARRAY &&
        !memchr(xs_text_ptr(key), '.', xs_text_len(key))) {
        if (val->type == XS_NULL)
            *val = xs_object_new(4);
        xs_object_set_text(val, xs_retain(key), xs_retain(v));
        return XS_OK;
    }
    xs_value k;
    if (!key_arg(key, &k))
        return xs_lib_type_fail(c, "a text key", key);
    if (!settable(*val, xs_text_str(k))) {
        xs_status st =
            xs_lib_fail(c, "cannot set '%s': a step of the path is not an object", xs_text_ptr(k));
        xs_release(k);
        return st;
    }
    xs_lib_path_set(val, xs_text_str(k), xs_retain(v));
    xs_release(k);
    return XS_OK;
}

static xs_status f_set(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return do_set(c, val, args[0], args[1]);
}

static xs_status f_set_ifnotnull(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    if (args[1].type == XS_NULL)
        return is_coll_or_null(*val) ? XS_OK : xs_lib_type_fail(c, "an object", *val);
    return do_set(c, val, args[0], args[1]);
}

static xs_status f_set_ifnotempty(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    if (!xs_value_truthy(args[1]))
        return is_coll_or_null(*val) ? XS_OK : xs_lib_type_fail(c, "an object", *val);
    return do_set(c, val, args[0], args[1]);
}

static xs_status f_set_conditional(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    if (!xs_value_truthy(xs_lib_arg(args, nargs, 2)))
        return is_coll_or_null(*val) ? XS_OK : xs_lib_type_fail(c, "an object", *val);
    return do_set(c, val, args[0], args[1]);
}

static xs_status f_unset(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    if (val->type == XS_NULL)
        return XS_OK;
    if (val->type != XS_OBJECT)
        return xs_lib_type_fail(c, "an object", *val);
    xs_value k;
    if (!key_arg(args[0], &k))
        return xs_lib_type_fail(c, "a text key", args[0]);
    xs_str path = xs_text_str(k);
    const char *dot = memrchr(path.ptr, '.', path.len);
    if (!dot || xs_object_get(*val, path)) {
        xs_object_del(val, path);
    } else {
        /* a dotted path: unset the last step inside its parent object */
        xs_str parent = {path.ptr, (size_t)(dot - path.ptr)};
        xs_str last = {dot + 1, path.len - parent.len - 1};
        xs_value p;
        if (xs_lib_path_get(*val, parent, &p) && p.type == XS_OBJECT && xs_object_get(p, last)) {
            xs_value copy = xs_retain(p);
            xs_object_del(&copy, last);
            xs_lib_path_set(val, parent, copy);
        }
    }
    xs_release(k);
    return XS_OK;
}

static xs_status f_get(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value k, out;
    if (!key_arg(args[0], &k))
        return xs_lib_type_fail(c, "a text key", args[0]);
    bool found = xs_lib_path_get(*val, xs_text_str(k), &out);
    xs_release(k);
    if (!found)
        out = xs_lib_arg(args, nargs, 1);
    xs_lib_put(val, xs_retain(out));
    return XS_OK;
}

static xs_status f_has(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    xs_value k, out;
    if (!key_arg(args[0], &k))
        return xs_lib_type_fail(c, "a text key", args[0]);
    bool found = xs_lib_path_get(*val, xs_text_str(k), &out);
    xs_release(k);
    xs_lib_put(val, xs_bool(found));
    return XS_OK;
}

/* keys, values and entries. */
enum view { V_KEYS, V_VALUES, V_ENTRIES };

static xs_status view(xs_call *c, xs_value *val, enum view which)
{
    if (val->type == XS_NULL) {
        xs_lib_put(val, xs_array_new(0));
        return XS_OK;
    }
    if (val->type != XS_OBJECT && val->type != XS_ARRAY)
        return xs_lib_type_fail(c, "an object", *val);
    bool obj = val->type == XS_OBJECT;
    size_t n = obj ? xs_object_len(*val) : xs_array_len(*val);
    if (!obj && which == V_VALUES)
        return XS_OK;
    xs_value out = xs_array_new(n);
    for (size_t i = 0; i < n; i++) {
        xs_value k = obj ? xs_retain(xs_object_key_text_at(*val, i)) : xs_int((int64_t)i);
        xs_value v = obj ? xs_object_val_at(*val, i) : xs_array_at(*val, i);
        if (which == V_KEYS) {
            xs_array_push(&out, k);
        } else if (which == V_VALUES) {
            xs_release(k);
            xs_array_push(&out, xs_retain(v));
        } else {
            xs_value e = xs_object_new(2);
            xs_object_set(&e, XS_STR("key"), k);
            xs_object_set(&e, XS_STR("value"), xs_retain(v));
            xs_array_push(&out, e);
        }
    }
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_keys(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return view(c, val, V_KEYS);
}

static xs_status f_values(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return view(c, val, V_VALUES);
}

static xs_status f_entries(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return view(c, val, V_ENTRIES);
}

/* pick (keep = true) and unpick: the object with only / without the keys
 * listed in the argument. */
static xs_status pick(xs_call *c, xs_value *val, xs_value keys, bool keep)
{
    if (val->type == XS_NULL)
        return XS_OK;
    if (val->type != XS_OBJECT)
        return xs_lib_type_fail(c, "an object", *val);
    if (keys.type != XS_ARRAY)
        return xs_lib_type_fail(c, "an array of keys", keys);
    xs_value out = xs_object_new(xs_array_len(keys));
    if (keep) {
        for (size_t i = 0; i < xs_array_len(keys); i++) {
            xs_value k = xs_lib_text_of(xs_array_at(keys, i));
            const xs_value *v = xs_object_get(*val, xs_text_str(k));
            if (v)
                xs_object_set_text(&out, k, xs_retain(*v));
            else
                xs_release(k);
        }
    } else {
        xs_lib_put(&out, xs_retain(*val));
        for (size_t i = 0; i < xs_array_len(keys); i++) {
            xs_value k = xs_lib_text_of(xs_array_at(keys, i));
            if (xs_object_get(out, xs_text_str(k)))
                xs_object_del(&out, xs_text_str(k));
            xs_release(k);
        }
    }
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_pick(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return pick(c, val, args[0], true);
}

static xs_status f_unpick(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    return pick(c, val, args[0], false);
}

static xs_status f_create_object(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    if (val->type != XS_ARRAY)
        return xs_lib_type_fail(c, "an array of keys", *val);
    if (args[0].type != XS_ARRAY)
        return xs_lib_type_fail(c, "an array of values", args[0]);
    size_t n = xs_array_len(*val);
    if (n != xs_array_len(args[0]))
        return xs_lib_fail(c, "%zu keys but %zu values", n, xs_array_len(args[0]));
    xs_value out = xs_object_new(n);
    for (size_t i = 0; i < n; i++)
        xs_object_set_text(&out, xs_lib_text_of(xs_array_at(*val, i)),
                           xs_retain(xs_array_at(args[0], i)));
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_from_entries(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    if (val->type != XS_ARRAY)
        return xs_lib_type_fail(c, "an array of {key, value}", *val);
    size_t n = xs_array_len(*val);
    xs_value out = xs_object_new(n);
    for (size_t i = 0; i < n; i++) {
        xs_value e = xs_array_at(*val, i);
        const xs_value *k = e.type == XS_OBJECT ? xs_object_get(e, XS_STR("key")) : NULL;
        const xs_value *v = e.type == XS_OBJECT ? xs_object_get(e, XS_STR("value")) : NULL;
        if (!k) {
            xs_release(out);
            return xs_lib_fail(c, "entry %zu has no key", i);
        }
        xs_object_set_text(&out, xs_lib_text_of(*k), v ? xs_retain(*v) : xs_null());
    }
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_index_by(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    if (val->type == XS_NULL) {
        xs_lib_put(val, xs_object_new(0));
        return XS_OK;
    }
    if (val->type != XS_ARRAY)
        return xs_lib_type_fail(c, "an array", *val);
    xs_value k;
    if (!key_arg(args[0], &k))
        return xs_lib_type_fail(c, "a text key", args[0]);
    size_t n = xs_array_len(*val);
    xs_value out = xs_object_new(n);
    for (size_t i = 0; i < n; i++) {
        xs_value it = xs_array_at(*val, i), at;
        if (!xs_lib_path_get(it, xs_text_str(k), &at))
            continue;
        xs_value name = xs_lib_text_of(at);
        xs_value *group = xs_object_get_mut(&out, xs_text_str(name));
        if (!group) {
            xs_object_set_text(&out, xs_retain(name), xs_array_new(1));
            group = xs_object_get_mut(&out, xs_text_str(name));
        }
        xs_array_push(group, xs_retain(it));
        xs_release(name);
    }
    xs_release(k);
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_fill(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t start, len;
    xs_status st = xs_lib_int_arg(c, args[0], &start);
    if (st == XS_OK)
        st = xs_lib_int_arg(c, xs_lib_arg(args, nargs, 1), &len);
    if (st != XS_OK)
        return st;
    if (len < 0 || len > 10 * 1000 * 1000)
        return xs_lib_fail(c, "length %lld out of range", (long long)len);
    xs_value out = xs_array_new((size_t)len);
    for (int64_t i = 0; i < len; i++)
        xs_array_push(&out, xs_retain(*val));
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_fill_keys(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)nargs;
    if (args[0].type != XS_ARRAY)
        return xs_lib_type_fail(c, "an array of keys", args[0]);
    xs_value out = xs_object_new(xs_array_len(args[0]));
    for (size_t i = 0; i < xs_array_len(args[0]); i++)
        xs_object_set_text(&out, xs_lib_text_of(xs_array_at(args[0], i)), xs_retain(*val));
    xs_lib_put(val, out);
    return XS_OK;
}

static xs_status f_first_notnull(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c;
    (void)nargs;
    if (val->type == XS_NULL)
        xs_lib_put(val, xs_retain(args[0]));
    return XS_OK;
}

static xs_status f_first_notempty(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c;
    (void)nargs;
    if (!xs_value_truthy(*val))
        xs_lib_put(val, xs_retain(args[0]));
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"set", 2, 2, 0, f_set, "sets key (a dotted path reaches inside) to value: set:key:value"},
    {"set_ifnotnull", 2, 2, 0, f_set_ifnotnull, "set, only when the value is not null"},
    {"set_ifnotempty", 2, 2, 0, f_set_ifnotempty, "set, only when the value is not empty"},
    {"set_conditional", 3, 3, 0, f_set_conditional,
     "set, only when the condition is truthy: set_conditional:key:value:condition"},
    {"unset", 1, 1, 0, f_unset, "the object without key (a dotted path reaches inside)"},
    {"get", 1, 2, 0, f_get,
     "the value at key or dotted path; the default when absent: get:\"a.b\":default"},
    {"has", 1, 1, 0, f_has, "whether the key or dotted path exists"},
    {"keys", 0, 0, 0, f_keys, "the keys of an object (the indexes of an array)"},
    {"values", 0, 0, 0, f_values, "the values of an object"},
    {"entries", 0, 0, 0, f_entries, "an object as a list of {key, value}"},
    {"pick", 1, 1, 0, f_pick, "the object with only the listed keys"},
    {"unpick", 1, 1, 0, f_unpick, "the object without the listed keys"},
    {"create_object", 1, 1, 0, f_create_object,
     "an object from a list of keys (the value) and a list of values"},
    {"create_object_from_entries", 0, 0, 0, f_from_entries,
     "an object from a list of {key, value}"},
    {"index_by", 1, 1, 0, f_index_by,
     "groups an array of objects into {key value: [items]} by the value at key"},
    {"fill", 2, 2, 0, f_fill, "an array of length copies of the value: fill:start:length"},
    {"fill_keys", 1, 1, 0, f_fill_keys, "an object giving the value to each listed key"},
    {"first_notnull", 1, 1, 0, f_first_notnull, "the value, or the argument when it is null"},
    {"first_notempty", 1, 1, 0, f_first_notempty,
     "the value, or the argument when it is empty (null, false, 0, \"\", [], {})"},
};

const xs_builtin_family xs_lib_object = {"object", filters, XS_COUNTOF(filters), NULL, 0};
