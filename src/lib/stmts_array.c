/* stmts_array.c - array.* statements. push, unshift and merge add to an
 * array variable in place; pop and shift remove an end element and give it
 * through `as $var`. The lazy ones read a list and evaluate, per element
 * with $this bound, their `if (cond)` (find, find_index, has, every,
 * filter, filter_count) or their `by` attribute (map, group_by, and the key
 * of difference, intersection and union). */
#include "base/alloc.h"
#include "base/map.h"
#include "lib/lib_int.h"
#include "value/json.h"

static xs_status need_array(xs_call *c, xs_value *target)
{
    if (!target)
        return xs_call_fail(c, "ERROR_FATAL", "%s: needs an array variable", xs_call_name(c));
    if (target->type == XS_NULL)
        *target = xs_array_new(0);
    if (target->type != XS_ARRAY)
        return xs_lib_type_fail(c, "an array", *target);
    return XS_OK;
}

static xs_status s_push(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                        xs_value *result)
{
    (void)arg;
    (void)result;
    xs_status st = need_array(c, target);
    if (st == XS_OK)
        xs_array_push(target, xs_retain(xs_lib_attr(attrs, "value")));
    return st;
}

static xs_status s_unshift(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                           xs_value *result)
{
    (void)arg;
    (void)result;
    xs_status st = need_array(c, target);
    if (st == XS_OK)
        xs_array_insert(target, 0, xs_retain(xs_lib_attr(attrs, "value")));
    return st;
}

static xs_status s_merge(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                         xs_value *result)
{
    (void)arg;
    (void)result;
    xs_status st = need_array(c, target);
    if (st != XS_OK)
        return st;
    xs_value v = xs_lib_attr(attrs, "value");
    return xs_lib_apply(c, "merge", target, &v, 1);
}

static xs_status s_pop(xs_call *c, xs_value *target, xs_value arg, xs_value attrs, xs_value *result)
{
    (void)arg;
    (void)attrs;
    xs_status st = need_array(c, target);
    if (st == XS_OK)
        xs_lib_put(result, xs_array_pop(target));
    return st;
}

static xs_status s_shift(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                         xs_value *result)
{
    (void)arg;
    (void)attrs;
    xs_status st = need_array(c, target);
    if (st == XS_OK)
        xs_lib_put(result, xs_array_remove(target, 0));
    return st;
}

/* ---- lazy statements over a list ---- */

/* The list a lazy statement reads: the variable or the value of ARG. */
static xs_status list_of(xs_call *c, xs_value *target, xs_value arg, xs_value *list)
{
    *list = target ? *target : arg;
    if (list->type == XS_ARRAY)
        return XS_OK;
    if (list->type == XS_NULL) {
        *list = xs_null();
        return XS_OK;
    }
    return xs_lib_type_fail(c, "an array", *list);
}

static size_t len_of(xs_value list)
{
    return list.type == XS_ARRAY ? xs_array_len(list) : 0;
}

/* Evaluates e for element k of list ($this, $index); *out is ours. */
static xs_status per_item(xs_call *c, const xs_ast_expr *e, xs_value list, size_t k, xs_value *out)
{
    xs_lambda_env env = {xs_array_at(list, k), xs_int((int64_t)k), NULL};
    return xs_call_eval_lambda(c, e, &env, out);
}

enum cond_kind { K_FIND, K_FIND_INDEX, K_HAS, K_EVERY, K_FILTER, K_FILTER_COUNT };

static xs_status cond_walk(xs_call *c, xs_value *target, xs_value arg, xs_value *result,
                           enum cond_kind kind)
{
    xs_value list;
    xs_status st = list_of(c, target, arg, &list);
    if (st != XS_OK)
        return st;
    const xs_ast_expr *cond = xs_call_cond_expr(c);
    if (!cond)
        return xs_call_fail(c, "ERROR_FATAL", "%s: needs a condition: if (...)", xs_call_name(c));
    list = xs_retain(list); /* the condition may change the variable */
    size_t n = len_of(list), hit = n, matches = 0;
    xs_value out = kind == K_FILTER ? xs_array_new(n) : xs_null();
    for (size_t k = 0; k < n; k++) {
        xs_value r;
        st = per_item(c, cond, list, k, &r);
        if (st != XS_OK) {
            xs_release(out);
            xs_release(list);
            return st;
        }
        bool t = xs_value_truthy(r);
        xs_release(r);
        if (kind == K_FILTER) {
            if (t)
                xs_array_push(&out, xs_retain(xs_array_at(list, k)));
        } else if (kind == K_FILTER_COUNT) {
            matches += t;
        } else if (t != (kind == K_EVERY)) {
            hit = k;
            break;
        }
    }
    switch (kind) {
    case K_FIND:
        out = hit < n ? xs_retain(xs_array_at(list, hit)) : xs_null();
        break;
    case K_FIND_INDEX:
        out = xs_int(hit < n ? (int64_t)hit : -1);
        break;
    case K_HAS:
        out = xs_bool(hit < n);
        break;
    case K_EVERY:
        out = xs_bool(hit == n);
        break;
    case K_FILTER_COUNT:
        out = xs_int((int64_t)matches);
        break;
    case K_FILTER:
        break;
    }
    xs_release(list);
    xs_lib_put(result, out);
    return XS_OK;
}

#define COND_STMT(fn, kind)                                                                        \
    static xs_status fn(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,                \
                        xs_value *result)                                                          \
    {                                                                                              \
        (void)attrs;                                                                               \
        return cond_walk(c, target, arg, result, kind);                                            \
    }

COND_STMT(s_find, K_FIND)
COND_STMT(s_find_index, K_FIND_INDEX)
COND_STMT(s_has, K_HAS)
COND_STMT(s_every, K_EVERY)
COND_STMT(s_filter, K_FILTER)
COND_STMT(s_filter_count, K_FILTER_COUNT)

/* The `by` expression of each element of list, in a new array (the
 * elements themselves when there is no `by`). */
static xs_status keys_by(xs_call *c, xs_value list, xs_value *keys)
{
    const xs_ast_expr *by = xs_call_attr_expr(c, "by");
    size_t n = len_of(list);
    *keys = xs_array_new(n);
    for (size_t k = 0; k < n; k++) {
        xs_value r;
        if (!by) {
            r = xs_retain(xs_array_at(list, k));
        } else {
            xs_status st = per_item(c, by, list, k, &r);
            if (st != XS_OK) {
                xs_clear(keys);
                return st;
            }
        }
        xs_array_push(keys, r);
    }
    return XS_OK;
}

static xs_status s_map(xs_call *c, xs_value *target, xs_value arg, xs_value attrs, xs_value *result)
{
    (void)attrs;
    xs_value list, keys;
    xs_status st = list_of(c, target, arg, &list);
    if (st != XS_OK)
        return st;
    list = xs_retain(list);
    st = keys_by(c, list, &keys);
    xs_release(list);
    if (st == XS_OK)
        xs_lib_put(result, keys);
    return st;
}

static xs_status s_group_by(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                            xs_value *result)
{
    (void)attrs;
    xs_value list, keys;
    xs_status st = list_of(c, target, arg, &list);
    if (st != XS_OK)
        return st;
    list = xs_retain(list);
    st = keys_by(c, list, &keys);
    if (st != XS_OK) {
        xs_release(list);
        return st;
    }
    xs_value out = xs_object_new(4);
    for (size_t k = 0; k < len_of(list); k++) {
        xs_value name = xs_lib_text_of(xs_array_at(keys, k));
        xs_value *group = xs_object_get_mut(&out, xs_text_str(name));
        if (!group) {
            xs_object_set_text(&out, xs_retain(name), xs_array_new(2));
            group = xs_object_get_mut(&out, xs_text_str(name));
        }
        xs_array_push(group, xs_retain(xs_array_at(list, k)));
        xs_release(name);
    }
    xs_release(keys);
    xs_release(list);
    xs_lib_put(result, out);
    return XS_OK;
}

/* The text a key compares by: scalars by their text form, lists and
 * objects by their JSON (as unique and diff do). */
static void key_text(xs_value v, xs_buf *b)
{
    xs_buf_reset(b);
    if (v.type == XS_ARRAY || v.type == XS_OBJECT) {
        xs_buf_addc(b, '\x01');
        xs_json_encode(v, XS_JSON_COMPACT, b);
    } else {
        xs_lib_text_add(v, b);
    }
}

enum set_kind { SET_DIFF, SET_INTERSECT, SET_UNION };

/* difference / intersection / union of the list and `value`, elements
 * compared by their `by` key. */
static xs_status set_op(xs_call *c, xs_value *target, xs_value arg, enum set_kind kind,
                        xs_value *result)
{
    xs_value list, other, lk = xs_null(), ok = xs_null();
    xs_status st = list_of(c, target, arg, &list);
    if (st != XS_OK)
        return st;
    list = xs_retain(list);
    st = xs_call_eval_attr(c, "value", &other);
    if (st == XS_OK && other.type != XS_ARRAY && other.type != XS_NULL)
        st = xs_lib_type_fail(c, "an array as value", other);
    if (st == XS_OK)
        st = keys_by(c, list, &lk);
    if (st == XS_OK)
        st = keys_by(c, other, &ok);
    if (st != XS_OK) {
        xs_release(lk);
        xs_release(other);
        xs_release(list);
        return st;
    }
    xs_map seen;
    xs_map_init(&seen);
    xs_buf key;
    xs_buf_init(&key);
    xs_value out = xs_array_new(len_of(list) + len_of(other));
    xs_value out_keys = xs_array_new(len_of(list) + len_of(other));
    if (kind == SET_UNION) {
        for (int side = 0; side < 2; side++) {
            xs_value l = side ? other : list, ks = side ? ok : lk;
            for (size_t k = 0; k < len_of(l); k++) {
                key_text(xs_array_at(ks, k), &key);
                if (xs_map_set(&seen, (xs_str){xs_buf_cstr(&key), key.len}, NULL, NULL)) {
                    xs_array_push(&out, xs_retain(xs_array_at(l, k)));
                    xs_array_push(&out_keys, xs_retain(xs_array_at(ks, k)));
                }
            }
        }
    } else {
        for (size_t k = 0; k < len_of(other); k++) {
            key_text(xs_array_at(ok, k), &key);
            xs_map_set(&seen, (xs_str){xs_buf_cstr(&key), key.len}, NULL, NULL);
        }
        for (size_t k = 0; k < len_of(list); k++) {
            key_text(xs_array_at(lk, k), &key);
            bool in = xs_map_find(&seen, (xs_str){xs_buf_cstr(&key), key.len}, NULL);
            if (in == (kind == SET_INTERSECT))
                xs_array_push(&out, xs_retain(xs_array_at(list, k)));
        }
    }
    if (kind == SET_UNION) {
        /* the union comes out ordered by key, as Xano's example shows:
         * a stable insertion sort by PHP's comparison */
        size_t n = xs_array_len(out);
        for (size_t i = 1; i < n; i++) {
            for (size_t j = i; j > 0; j--) {
                xs_value *ka = xs_array_at_mut(&out_keys, j - 1),
                         *kb = xs_array_at_mut(&out_keys, j);
                if (xs_lib_php_cmp(*ka, *kb) <= 0)
                    break;
                xs_value t = *ka;
                *ka = *kb;
                *kb = t;
                xs_value *ea = xs_array_at_mut(&out, j - 1), *eb = xs_array_at_mut(&out, j);
                t = *ea;
                *ea = *eb;
                *eb = t;
            }
        }
    }
    xs_release(out_keys);
    xs_buf_release(&key);
    xs_map_release(&seen);
    xs_release(lk);
    xs_release(ok);
    xs_release(other);
    xs_release(list);
    xs_lib_put(result, out);
    return XS_OK;
}

static xs_status s_difference(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                              xs_value *result)
{
    (void)attrs;
    return set_op(c, target, arg, SET_DIFF, result);
}

static xs_status s_intersection(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                xs_value *result)
{
    (void)attrs;
    return set_op(c, target, arg, SET_INTERSECT, result);
}

static xs_status s_union(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                         xs_value *result)
{
    (void)attrs;
    return set_op(c, target, arg, SET_UNION, result);
}

#define LAZY XS_BUILTIN_LAZY

static const xs_stmt_def stmts[] = {
    {"array.push", 0, s_push, "appends value to the array variable (in place)"},
    {"array.unshift", 0, s_unshift, "puts value at the start of the array variable"},
    {"array.merge", 0, s_merge, "appends the elements of value to the array variable"},
    {"array.pop", 0, s_pop, "removes the last element of the array variable, as $result"},
    {"array.shift", 0, s_shift, "removes the first element of the array variable, as $result"},
    {"array.find", LAZY, s_find, "the first element for which if (...) holds ($this), or null"},
    {"array.find_index", LAZY, s_find_index,
     "the index of the first element for which if (...) holds, or -1"},
    {"array.has", LAZY, s_has, "whether if (...) holds for some element"},
    {"array.every", LAZY, s_every, "whether if (...) holds for every element"},
    {"array.filter", LAZY, s_filter, "the elements for which if (...) holds"},
    {"array.filter_count", LAZY, s_filter_count, "how many elements if (...) holds for"},
    {"array.map", LAZY, s_map, "the by expression of each element ($this)"},
    {"array.group_by", LAZY, s_group_by, "{key: [elements]} grouped by the by expression"},
    {"array.difference", LAZY, s_difference,
     "the elements whose by key is not among value's, in order"},
    {"array.intersection", LAZY, s_intersection,
     "the elements whose by key is among value's, in order"},
    {"array.union", LAZY, s_union, "the elements of both lists, one per by key, ordered by key"},
};

const xs_builtin_family xs_lib_stmts_array = {"array statements", NULL, 0, stmts,
                                              XS_COUNTOF(stmts)};
