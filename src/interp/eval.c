/*
 * eval.c - expressions: literals, variables and paths, operators with
 * Xano's (PHP's) semantics, the ternary, filter chains and backticks.
 *
 * Every evaluation hands back a value the caller owns. Variable reads
 * retain (a count increment for heap values, nothing for scalars); no
 * scalar is ever allocated.
 */
#include <math.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "interp/interp_int.h"
#include "value/json.h"

/* ---- $env ---- */

extern char **environ;

xs_value xs_run_env(xs_run *r)
{
    if (r->env_built)
        return r->env;
    r->env = xs_object_new(0);
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq)
            continue;
        xs_object_set(&r->env, (xs_str){*e, (size_t)(eq - *e)}, xs_text_cstr(eq + 1));
    }
    /* The workspace's "env" wins over the process environment. */
    xs_value ws = r->in->ws->env;
    for (size_t i = 0; i < xs_object_len(ws); i++)
        xs_object_set(&r->env, xs_object_key_at(ws, i), xs_retain(xs_object_val_at(ws, i)));
    r->env_built = true;
    return r->env;
}

/* ---- paths ---- */

/* Index of a text that is a canonical array index ("0", "12"); -1 else. */
static int64_t text_index(xs_str k)
{
    if (k.len == 0 || k.len > 18 || (k.len > 1 && k.ptr[0] == '0'))
        return -1;
    int64_t v = 0;
    for (size_t i = 0; i < k.len; i++) {
        if (k.ptr[i] < '0' || k.ptr[i] > '9')
            return -1;
        v = v * 10 + (k.ptr[i] - '0');
    }
    return v;
}

/* The member of cur named by key (borrowed); null when absent. */
static xs_value member(xs_value cur, xs_value key)
{
    if (cur.type == XS_OBJECT) {
        if (key.type == XS_TEXT) {
            const xs_value *p = xs_object_get(cur, xs_text_str(key));
            return p ? *p : xs_null();
        }
        if (key.type == XS_INT) {
            char buf[24];
            int n = snprintf(buf, sizeof buf, "%lld", (long long)key.u.i);
            const xs_value *p = xs_object_get(cur, (xs_str){buf, (size_t)n});
            return p ? *p : xs_null();
        }
        return xs_null();
    }
    if (cur.type == XS_ARRAY) {
        int64_t i = -1;
        if (key.type == XS_INT)
            i = key.u.i;
        else if (key.type == XS_TEXT)
            i = text_index(xs_text_str(key));
        else if (key.type == XS_DEC && key.u.d == floor(key.u.d))
            i = (int64_t)key.u.d;
        if (i < 0 || (uint64_t)i >= xs_array_len(cur))
            return xs_null();
        return xs_array_at(cur, (size_t)i);
    }
    return xs_null();
}

static xs_value member_name(xs_value cur, xs_str name)
{
    if (cur.type == XS_OBJECT) {
        const xs_value *p = xs_object_get(cur, name);
        return p ? *p : xs_null();
    }
    if (cur.type == XS_ARRAY) {
        int64_t i = text_index(name);
        return i >= 0 && (uint64_t)i < xs_array_len(cur) ? xs_array_at(cur, (size_t)i) : xs_null();
    }
    return xs_null();
}

/* Reads a variable by name at run time (for `.$name` path steps). */
static xs_value var_by_name(frame *f, xs_str name)
{
    void *v;
    if (!xs_map_find(&f->fn->names, name, &v))
        return xs_null();
    return f->slots[(uintptr_t)v - 1];
}

/* Walks segs from base (borrowed); *out is retained. */
static flow walk_segs(xs_run *r, frame *f, xs_value base, const xs_ast_seg *segs, uint32_t n,
                      xs_value *out)
{
    xs_value cur = base;
    for (uint32_t i = 0; i < n; i++) {
        const xs_ast_seg *sg = &segs[i];
        if (cur.type != XS_OBJECT && cur.type != XS_ARRAY) {
            cur = xs_null();
            break;
        }
        if (sg->kind == XS_SEG_NAME) {
            if (sg->name.len > 1 && sg->name.ptr[0] == '$') {
                xs_value k = var_by_name(f, (xs_str){sg->name.ptr + 1, sg->name.len - 1});
                cur = member(cur, k);
            } else {
                cur = member_name(cur, sg->name);
            }
            continue;
        }
        xs_value k;
        /* The holder of cur stays alive while the index evaluates: base is
         * held by the caller, and an index cannot assign. */
        flow fl = xs_eval(r, f, sg->index, &k);
        if (fl != FLOW_NORMAL)
            return fl;
        cur = member(cur, k);
        xs_release(k);
    }
    *out = xs_retain(cur);
    return FLOW_NORMAL;
}

static flow eval_var(xs_run *r, frame *f, const xs_ast_expr *e, xs_value *out)
{
    site *s = site_find(f->fn, e);
    xs_value base;
    switch (s ? s->kind : SITE_NONE) {
    case SITE_SLOT:
        base = f->slots[s->slot];
        break;
    case SITE_LAMBDA:
        base = f->lambda ? f->lambda->item : xs_null();
        break;
    case SITE_INDEX:
        base = f->lambda ? f->lambda->index : f->slots[s->slot];
        break;
    case SITE_RESULT:
        base = f->lambda && f->lambda->result ? *f->lambda->result : f->slots[s->slot];
        break;
    case SITE_ENV:
        base = xs_run_env(r);
        break;
    case SITE_AUTH:
        base = r->auth;
        break;
    default:
        base = var_by_name(f, e->u.var.name);
        break;
    }
    uint32_t skip = s ? s->skip : 0;
    if (e->u.var.n == skip) {
        *out = xs_retain(base);
        return FLOW_NORMAL;
    }
    return walk_segs(r, f, base, e->u.var.segs + skip, e->u.var.n - skip, out);
}

/* ---- numbers ---- */

/* Number of v for arithmetic: null 0, bools 0/1, numeric text its number,
 * other text its leading number (PHP). false for arrays and objects. */
static bool to_num(xs_value v, xs_value *n)
{
    switch (v.type) {
    case XS_NULL:
        *n = xs_int(0);
        return true;
    case XS_BOOL:
        *n = xs_int(v.u.b ? 1 : 0);
        return true;
    case XS_INT:
    case XS_DEC:
        *n = v;
        return true;
    case XS_TEXT: {
        xs_str s = xs_text_str(v);
        if (xs_text_to_number(s, n))
            return true;
        /* Leading numeric prefix: "5 apples" is 5. */
        size_t i = 0;
        while (i < s.len && (s.ptr[i] == ' ' || s.ptr[i] == '\t' || s.ptr[i] == '\n'))
            i++;
        size_t j = i;
        if (j < s.len && (s.ptr[j] == '-' || s.ptr[j] == '+'))
            j++;
        while (j < s.len && s.ptr[j] >= '0' && s.ptr[j] <= '9')
            j++;
        if (j < s.len && s.ptr[j] == '.') {
            j++;
            while (j < s.len && s.ptr[j] >= '0' && s.ptr[j] <= '9')
                j++;
        }
        if (j > i && xs_text_to_number((xs_str){s.ptr + i, j - i}, n))
            return true;
        *n = xs_int(0);
        return true;
    }
    default:
        return false;
    }
}

static double as_dbl(xs_value v)
{
    return v.type == XS_INT ? (double)v.u.i : v.u.d;
}

/* A decimal result that is whole and in range stays a decimal: JSON prints
 * it without a fraction anyway. */
static flow arith(xs_run *r, xs_op op, xs_value a, xs_value b, xs_pos pos, xs_value *out)
{
    xs_value x, y;
    if (!to_num(a, &x) || !to_num(b, &y))
        return xs_rt_fail(r, "ERROR_FATAL", pos, "unsupported operand types: %s %s %s",
                          xs_value_type_name(a), xs_ast_op_text(op), xs_value_type_name(b));
    if (op == XS_OP_MOD) {
        int64_t i = x.type == XS_INT ? x.u.i : (int64_t)x.u.d;
        int64_t j = y.type == XS_INT ? y.u.i : (int64_t)y.u.d;
        if (j == 0)
            return xs_rt_fail(r, "ERROR_FATAL", pos, "Modulo by zero");
        *out = xs_int(j == -1 ? 0 : i % j);
        return FLOW_NORMAL;
    }
    if (x.type == XS_INT && y.type == XS_INT) {
        int64_t i = x.u.i, j = y.u.i, k;
        switch (op) {
        case XS_OP_ADD:
            if (!__builtin_add_overflow(i, j, &k)) {
                *out = xs_int(k);
                return FLOW_NORMAL;
            }
            break;
        case XS_OP_SUB:
            if (!__builtin_sub_overflow(i, j, &k)) {
                *out = xs_int(k);
                return FLOW_NORMAL;
            }
            break;
        case XS_OP_MUL:
            if (!__builtin_mul_overflow(i, j, &k)) {
                *out = xs_int(k);
                return FLOW_NORMAL;
            }
            break;
        case XS_OP_DIV:
            if (j == 0)
                return xs_rt_fail(r, "ERROR_FATAL", pos, "Division by zero");
            if (!(i == INT64_MIN && j == -1) && i % j == 0) {
                *out = xs_int(i / j);
                return FLOW_NORMAL;
            }
            break;
        default:
            break;
        }
    }
    double d = as_dbl(x), e = as_dbl(y), res;
    switch (op) {
    case XS_OP_ADD:
        res = d + e;
        break;
    case XS_OP_SUB:
        res = d - e;
        break;
    case XS_OP_MUL:
        res = d * e;
        break;
    case XS_OP_DIV:
        if (e == 0)
            return xs_rt_fail(r, "ERROR_FATAL", pos, "Division by zero");
        res = d / e;
        break;
    default:
        res = 0;
        break;
    }
    *out = xs_dec(res);
    return FLOW_NORMAL;
}

/* ---- comparison ---- */

static int sgn(int c)
{
    return (c > 0) - (c < 0);
}

static int cmp_text(xs_str a, xs_str b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
    if (c)
        return sgn(c);
    return (a.len > b.len) - (a.len < b.len);
}

static int cmp_nums(xs_value a, xs_value b)
{
    if (a.type == XS_INT && b.type == XS_INT)
        return (a.u.i > b.u.i) - (a.u.i < b.u.i);
    double x = as_dbl(a), y = as_dbl(b);
    return (x > y) - (x < y);
}

/* PHP 8's <=> for two values: -1, 0, 1. */
static int php_cmp(xs_value a, xs_value b)
{
    if (a.type == XS_NULL && b.type == XS_NULL)
        return 0;
    if (a.type == XS_NULL && b.type == XS_TEXT)
        return xs_text_len(b) ? -1 : 0;
    if (b.type == XS_NULL && a.type == XS_TEXT)
        return xs_text_len(a) ? 1 : 0;
    if (a.type <= XS_BOOL || b.type <= XS_BOOL) {
        bool x = xs_value_truthy(a), y = xs_value_truthy(b);
        return (x > y) - (x < y);
    }
    if (xs_is_number(a) && xs_is_number(b))
        return cmp_nums(a, b);
    if (a.type == XS_TEXT && b.type == XS_TEXT) {
        xs_value x, y;
        if (xs_text_to_number(xs_text_str(a), &x) && xs_text_to_number(xs_text_str(b), &y))
            return cmp_nums(x, y);
        return cmp_text(xs_text_str(a), xs_text_str(b));
    }
    if (xs_is_number(a) && b.type == XS_TEXT) {
        xs_value y;
        if (xs_text_to_number(xs_text_str(b), &y))
            return cmp_nums(a, y);
        xs_buf t;
        xs_buf_init(&t);
        xs_concat_text(a, &t);
        int c = cmp_text((xs_str){xs_buf_cstr(&t), t.len}, xs_text_str(b));
        xs_buf_release(&t);
        return c;
    }
    if (a.type == XS_TEXT && xs_is_number(b))
        return -php_cmp(b, a);
    bool ca = a.type >= XS_ARRAY, cb = b.type >= XS_ARRAY;
    if (ca && cb) {
        size_t na = a.type == XS_ARRAY ? xs_array_len(a) : xs_object_len(a);
        size_t nb = b.type == XS_ARRAY ? xs_array_len(b) : xs_object_len(b);
        if (na != nb)
            return na < nb ? -1 : 1;
        if (a.type == XS_ARRAY && b.type == XS_ARRAY) {
            for (size_t i = 0; i < na; i++) {
                int c = php_cmp(xs_array_at(a, i), xs_array_at(b, i));
                if (c)
                    return c;
            }
            return 0;
        }
        return sgn(xs_value_compare(a, b));
    }
    return ca ? 1 : -1; /* an array is greater than anything else */
}

/* ---- text ---- */

void xs_concat_text(xs_value v, xs_buf *out)
{
    switch (v.type) {
    case XS_NULL:
        break;
    case XS_BOOL:
        if (v.u.b)
            xs_buf_addc(out, '1');
        break;
    case XS_INT:
        xs_buf_addf(out, "%lld", (long long)v.u.i);
        break;
    case XS_DEC:
        xs_json_encode_dec(v.u.d, out);
        break;
    case XS_TEXT:
        xs_buf_add(out, xs_text_ptr(v), xs_text_len(v));
        break;
    default:
        xs_json_encode(v, XS_JSON_COMPACT, out);
        break;
    }
}

static bool text_contains(xs_str hay, xs_str needle, bool icase)
{
    if (needle.len == 0)
        return true;
    if (needle.len > hay.len)
        return false;
    for (size_t i = 0; i + needle.len <= hay.len; i++) {
        size_t j = 0;
        while (j < needle.len) {
            char a = hay.ptr[i + j], b = needle.ptr[j];
            if (icase) {
                if (a >= 'A' && a <= 'Z')
                    a = (char)(a + 32);
                if (b >= 'A' && b <= 'Z')
                    b = (char)(b + 32);
            }
            if (a != b)
                break;
            j++;
        }
        if (j == needle.len)
            return true;
    }
    return false;
}

/* SQL LIKE: % any run, _ one byte. */
static bool like(const char *s, size_t n, const char *p, size_t m, bool icase)
{
    size_t i = 0, j = 0, star = (size_t)-1, mark = 0;
    while (i < n) {
        if (j < m && p[j] == '%') {
            star = j++;
            mark = i;
            continue;
        }
        if (j < m) {
            char a = s[i], b = p[j];
            if (icase) {
                if (a >= 'A' && a <= 'Z')
                    a = (char)(a + 32);
                if (b >= 'A' && b <= 'Z')
                    b = (char)(b + 32);
            }
            if (b == '_' || a == b) {
                i++;
                j++;
                continue;
            }
        }
        if (star == (size_t)-1)
            return false;
        j = star + 1;
        i = ++mark;
    }
    while (j < m && p[j] == '%')
        j++;
    return j == m;
}

static bool list_has(xs_value list, xs_value v)
{
    if (list.type == XS_ARRAY) {
        for (size_t i = 0; i < xs_array_len(list); i++)
            if (xs_value_loose_equals(xs_array_at(list, i), v))
                return true;
        return false;
    }
    if (list.type == XS_OBJECT) {
        for (size_t i = 0; i < xs_object_len(list); i++)
            if (xs_value_loose_equals(xs_object_val_at(list, i), v))
                return true;
    }
    return false;
}

static bool contains(xs_value a, xs_value b, bool icase)
{
    if (a.type == XS_TEXT) {
        xs_buf t;
        xs_buf_init(&t);
        xs_concat_text(b, &t);
        bool r = text_contains(xs_text_str(a), (xs_str){xs_buf_cstr(&t), t.len}, icase);
        xs_buf_release(&t);
        return r;
    }
    return list_has(a, b);
}

static bool overlaps(xs_value a, xs_value b)
{
    if (a.type != XS_ARRAY || b.type != XS_ARRAY)
        return false;
    for (size_t i = 0; i < xs_array_len(a); i++)
        if (list_has(b, xs_array_at(a, i)))
            return true;
    return false;
}

flow xs_binary(xs_run *r, xs_op op, xs_value a, xs_value b, xs_pos pos, xs_value *out)
{
    switch (op) {
    case XS_OP_EQ:
        *out = xs_bool(xs_value_loose_equals(a, b));
        return FLOW_NORMAL;
    case XS_OP_NE:
        *out = xs_bool(!xs_value_loose_equals(a, b));
        return FLOW_NORMAL;
    case XS_OP_SEQ:
        *out = xs_bool(xs_value_equals(a, b));
        return FLOW_NORMAL;
    case XS_OP_SNE:
        *out = xs_bool(!xs_value_equals(a, b));
        return FLOW_NORMAL;
    case XS_OP_LT:
        *out = xs_bool(php_cmp(a, b) < 0);
        return FLOW_NORMAL;
    case XS_OP_LE:
        *out = xs_bool(php_cmp(a, b) <= 0);
        return FLOW_NORMAL;
    case XS_OP_GT:
        *out = xs_bool(php_cmp(a, b) > 0);
        return FLOW_NORMAL;
    case XS_OP_GE:
        *out = xs_bool(php_cmp(a, b) >= 0);
        return FLOW_NORMAL;
    case XS_OP_CONCAT: {
        xs_buf t;
        xs_buf_init(&t);
        xs_concat_text(a, &t);
        xs_concat_text(b, &t);
        *out = t.ptr ? xs_text_from_buf(&t) : xs_text_new("", 0);
        return FLOW_NORMAL;
    }
    case XS_OP_ADD:
    case XS_OP_SUB:
    case XS_OP_MUL:
    case XS_OP_DIV:
    case XS_OP_MOD:
        return arith(r, op, a, b, pos, out);
    case XS_OP_CONTAINS:
    case XS_OP_INCLUDES:
        *out = xs_bool(contains(a, b, false));
        return FLOW_NORMAL;
    case XS_OP_NOT_CONTAINS:
    case XS_OP_NOT_INCLUDES:
        *out = xs_bool(!contains(a, b, false));
        return FLOW_NORMAL;
    case XS_OP_IN:
        *out = xs_bool(list_has(b, a));
        return FLOW_NORMAL;
    case XS_OP_NOT_IN:
        *out = xs_bool(!list_has(b, a));
        return FLOW_NORMAL;
    case XS_OP_OVERLAPS:
        *out = xs_bool(overlaps(a, b));
        return FLOW_NORMAL;
    case XS_OP_NOT_OVERLAPS:
        *out = xs_bool(!overlaps(a, b));
        return FLOW_NORMAL;
    case XS_OP_LIKE:
    case XS_OP_NOT_LIKE:
    case XS_OP_ILIKE:
    case XS_OP_NOT_ILIKE: {
        bool ic = op == XS_OP_ILIKE || op == XS_OP_NOT_ILIKE;
        bool neg = op == XS_OP_NOT_LIKE || op == XS_OP_NOT_ILIKE;
        xs_buf s, p;
        xs_buf_init(&s);
        xs_buf_init(&p);
        xs_concat_text(a, &s);
        xs_concat_text(b, &p);
        bool m = like(xs_buf_cstr(&s), s.len, xs_buf_cstr(&p), p.len, ic);
        xs_buf_release(&s);
        xs_buf_release(&p);
        *out = xs_bool(m != neg);
        return FLOW_NORMAL;
    }
    default:
        return xs_rt_fail(r, "ERROR_FATAL", pos, "operator '%s' is not supported in expressions",
                          xs_ast_op_text(op));
    }
}

/* ---- filters ---- */

enum { ARGS_INLINE = 8 };

flow xs_apply_filter(xs_run *r, frame *f, const xs_ast_filter *flt, const xs_filter_def *def,
                     xs_value *val)
{
    if (!def)
        return xs_rt_fail(r, "ERROR_FATAL", flt->pos, "unknown filter '%.*s'", (int)flt->name.len,
                          flt->name.ptr);
    if (flt->nargs < def->min_args ||
        (def->max_args != XS_ARGS_ANY && flt->nargs > def->max_args)) {
        if (def->min_args == def->max_args)
            return xs_rt_fail(r, "ERROR_FATAL", flt->pos, "filter '%s' takes %u argument%s, got %u",
                              def->name, def->min_args, def->min_args == 1 ? "" : "s", flt->nargs);
        return xs_rt_fail(r, "ERROR_FATAL", flt->pos,
                          "filter '%s' takes %u to %u arguments, got %u", def->name, def->min_args,
                          def->max_args, flt->nargs);
    }
    xs_call c;
    xs_call_setup(&c, r, f, flt->name, flt->pos);
    xs_status st = XS_OK;
    if (def->flags & XS_BUILTIN_LAZY) {
        c.filter = flt;
        st = def->fn(&c, val, NULL, flt->nargs);
    } else {
        xs_value inl[ARGS_INLINE];
        xs_value *args = flt->nargs <= ARGS_INLINE ? inl : xs_malloc(flt->nargs * sizeof *args);
        uint32_t got = 0;
        flow fl = FLOW_NORMAL;
        for (; got < flt->nargs; got++) {
            fl = xs_eval(r, f, flt->args[got], &args[got]);
            if (fl != FLOW_NORMAL)
                break;
        }
        if (fl == FLOW_NORMAL)
            st = def->fn(&c, val, args, flt->nargs);
        for (uint32_t i = 0; i < got; i++)
            xs_release(args[i]);
        if (args != inl)
            xs_free(args);
        if (fl != FLOW_NORMAL)
            return fl;
    }
    if (st == XS_OK)
        return FLOW_NORMAL;
    if (r->err.type == XS_NULL)
        return xs_rt_fail(r, "ERROR_FATAL", flt->pos, "filter '%s' failed (%s)", def->name,
                          xs_status_name(st));
    return FLOW_ERROR;
}

static flow eval_filters(xs_run *r, frame *f, const xs_ast_expr *e, uint32_t from, xs_value *v)
{
    for (uint32_t i = from; i < e->u.filt.n; i++) {
        const xs_ast_filter *flt = &e->u.filt.items[i];
        site *s = site_find(f->fn, flt);
        flow fl = xs_apply_filter(r, f, flt, s ? s->def : NULL, v);
        if (fl != FLOW_NORMAL)
            return fl;
    }
    return FLOW_NORMAL;
}

flow xs_eval_moving(xs_run *r, frame *f, const xs_ast_expr *e, xs_value *slot, xs_value *out)
{
    const xs_ast_filter *flt = &e->u.filt.items[0];
    site *s = site_find(f->fn, flt);
    const xs_filter_def *def = s ? s->def : NULL;
    /* One filter only: a later one failing could not give the variable its
     * old value back once the first has changed it in place. */
    if (e->u.filt.n != 1 || !def || (def->flags & XS_BUILTIN_LAZY) || flt->nargs < def->min_args ||
        (def->max_args != XS_ARGS_ANY && flt->nargs > def->max_args) || flt->nargs > ARGS_INLINE)
        return xs_eval(r, f, e, out);
    /* Arguments first: they may read the variable. */
    xs_value args[ARGS_INLINE];
    uint32_t got = 0;
    flow fl = FLOW_NORMAL;
    for (; got < flt->nargs; got++) {
        fl = xs_eval(r, f, flt->args[got], &args[got]);
        if (fl != FLOW_NORMAL)
            break;
    }
    if (fl == FLOW_NORMAL) {
        xs_value v = xs_take(slot);
        xs_call c;
        xs_call_setup(&c, r, f, flt->name, flt->pos);
        xs_status st = def->fn(&c, &v, args, flt->nargs);
        if (st != XS_OK) {
            *slot = v; /* the filter left it as it found it */
            if (r->err.type == XS_NULL)
                xs_rt_fail(r, "ERROR_FATAL", flt->pos, "filter '%s' failed", def->name);
            fl = FLOW_ERROR;
        } else {
            fl = eval_filters(r, f, e, 1, &v);
            if (fl == FLOW_NORMAL)
                *out = v;
            else
                *slot = v;
        }
    }
    for (uint32_t i = 0; i < got; i++)
        xs_release(args[i]);
    return fl;
}

/* ---- expressions ---- */

/* `!type value`: a typed literal. Text becomes the type it names (JSON
 * for array, object and json). */
static flow eval_cast(xs_run *r, frame *f, const xs_ast_expr *e, xs_value *out)
{
    xs_value v;
    flow fl = xs_eval(r, f, e->u.cast.value, &v);
    if (fl != FLOW_NORMAL)
        return fl;
    xs_str t = e->u.cast.type;
    if (xs_str_eq_cstr(t, "array") || xs_str_eq_cstr(t, "object") || xs_str_eq_cstr(t, "json")) {
        if (v.type != XS_TEXT) {
            *out = v;
            return FLOW_NORMAL;
        }
        xs_diag d;
        xs_diag_init(&d);
        xs_value j;
        xs_status st = xs_json_decode(xs_text_ptr(v), xs_text_len(v), &j, &d);
        xs_diag_release(&d);
        if (st != XS_OK) {
            fl = xs_rt_fail(r, "ERROR_FATAL", e->pos, "invalid %.*s literal '%s'", (int)t.len,
                            t.ptr, xs_text_ptr(v));
            xs_release(v);
            return fl;
        }
        xs_release(v);
        *out = j;
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(t, "int") || xs_str_eq_cstr(t, "decimal")) {
        xs_value n;
        if (!to_num(v, &n))
            n = xs_int(0);
        xs_release(v);
        if (t.ptr[0] == 'i')
            *out = n.type == XS_INT ? n : xs_int((int64_t)n.u.d);
        else
            *out = xs_dec(as_dbl(n));
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(t, "bool")) {
        bool b = v.type == XS_TEXT ? strcmp(xs_text_ptr(v), "true") == 0 : xs_value_truthy(v);
        xs_release(v);
        *out = xs_bool(b);
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(t, "text")) {
        xs_buf b;
        xs_buf_init(&b);
        xs_concat_text(v, &b);
        xs_release(v);
        *out = b.ptr ? xs_text_from_buf(&b) : xs_text_new("", 0);
        return FLOW_NORMAL;
    }
    if (xs_str_eq_cstr(t, "null")) {
        xs_release(v);
        *out = xs_null();
        return FLOW_NORMAL;
    }
    *out = v;
    return FLOW_NORMAL;
}

flow xs_eval(xs_run *r, frame *f, const xs_ast_expr *e, xs_value *out)
{
    flow fl;
    switch ((xs_expr_kind)e->kind) {
    case XS_EXPR_NULL:
        *out = xs_null();
        return FLOW_NORMAL;
    case XS_EXPR_BOOL:
        *out = xs_bool(e->u.b);
        return FLOW_NORMAL;
    case XS_EXPR_INT:
        *out = xs_int(e->u.num.i);
        return FLOW_NORMAL;
    case XS_EXPR_DECIMAL:
        *out = xs_dec(e->u.num.d);
        return FLOW_NORMAL;
    case XS_EXPR_STRING: {
        site *s = site_find(f->fn, e);
        *out = s ? s->k : xs_text_from_str(e->u.str.val);
        return FLOW_NORMAL;
    }
    case XS_EXPR_NOW:
        if (!r->now_ms)
            r->now_ms = xs_clock_now_ms();
        *out = xs_int(r->now_ms);
        return FLOW_NORMAL;
    case XS_EXPR_IDENT:
        *out = xs_text_from_str(e->u.ident);
        return FLOW_NORMAL;
    case XS_EXPR_VAR:
        return eval_var(r, f, e, out);
    case XS_EXPR_ARRAY: {
        xs_value a = xs_array_new(e->u.arr.n);
        for (uint32_t i = 0; i < e->u.arr.n; i++) {
            xs_value v;
            fl = xs_eval(r, f, e->u.arr.items[i], &v);
            if (fl != FLOW_NORMAL) {
                xs_release(a);
                return fl;
            }
            xs_array_push(&a, v);
        }
        *out = a;
        return FLOW_NORMAL;
    }
    case XS_EXPR_OBJECT: {
        xs_value o = xs_object_new(e->u.obj.n);
        for (uint32_t i = 0; i < e->u.obj.n; i++) {
            const xs_ast_entry *en = &e->u.obj.items[i];
            xs_value v;
            fl = xs_eval(r, f, en->value, &v);
            if (fl != FLOW_NORMAL) {
                xs_release(o);
                return fl;
            }
            site *s = site_find(f->fn, en);
            if (s)
                xs_object_set_text(&o, s->k, v);
            else
                xs_object_set(&o, en->key, v);
        }
        *out = o;
        return FLOW_NORMAL;
    }
    case XS_EXPR_PATH: {
        xs_value base;
        fl = xs_eval(r, f, e->u.path.base, &base);
        if (fl != FLOW_NORMAL)
            return fl;
        fl = walk_segs(r, f, base, e->u.path.segs, e->u.path.n, out);
        xs_release(base);
        return fl;
    }
    case XS_EXPR_UNARY: {
        xs_value a;
        fl = xs_eval(r, f, e->u.un.a, &a);
        if (fl != FLOW_NORMAL)
            return fl;
        if (e->op == XS_OP_NOT) {
            *out = xs_bool(!xs_value_truthy(a));
            xs_release(a);
            return FLOW_NORMAL;
        }
        xs_value n;
        if (!to_num(a, &n)) {
            fl = xs_rt_fail(r, "ERROR_FATAL", e->pos, "cannot negate %s", xs_value_type_name(a));
            xs_release(a);
            return fl;
        }
        xs_release(a);
        if (n.type == XS_INT && n.u.i != INT64_MIN)
            *out = xs_int(-n.u.i);
        else
            *out = xs_dec(-as_dbl(n));
        return FLOW_NORMAL;
    }
    case XS_EXPR_BINARY: {
        xs_value a, b;
        fl = xs_eval(r, f, e->u.bin.a, &a);
        if (fl != FLOW_NORMAL)
            return fl;
        switch (e->op) {
        case XS_OP_AND:
        case XS_OP_OR: {
            bool t = xs_value_truthy(a);
            xs_release(a);
            if ((e->op == XS_OP_AND && !t) || (e->op == XS_OP_OR && t)) {
                *out = xs_bool(t);
                return FLOW_NORMAL;
            }
            fl = xs_eval(r, f, e->u.bin.b, &b);
            if (fl != FLOW_NORMAL)
                return fl;
            *out = xs_bool(xs_value_truthy(b));
            xs_release(b);
            return FLOW_NORMAL;
        }
        case XS_OP_COALESCE:
            if (a.type != XS_NULL) {
                *out = a;
                return FLOW_NORMAL;
            }
            return xs_eval(r, f, e->u.bin.b, out);
        default:
            break;
        }
        fl = xs_eval(r, f, e->u.bin.b, &b);
        if (fl != FLOW_NORMAL) {
            xs_release(a);
            return fl;
        }
        fl = xs_binary(r, (xs_op)e->op, a, b, e->pos, out);
        xs_release(a);
        xs_release(b);
        return fl;
    }
    case XS_EXPR_TERNARY: {
        xs_value c;
        fl = xs_eval(r, f, e->u.tern.cond, &c);
        if (fl != FLOW_NORMAL)
            return fl;
        bool t = xs_value_truthy(c);
        xs_release(c);
        return xs_eval(r, f, t ? e->u.tern.then : e->u.tern.els, out);
    }
    case XS_EXPR_FILTER: {
        xs_value v;
        const xs_ast_expr *base = e->u.filt.base;
        if (base->kind == XS_EXPR_OBJECT && base->u.obj.n == 0) {
            /* `{}|set:...|set:...`: room in one block for the keys the
             * chain will add, instead of growing it key by key. */
            v = xs_object_new(e->u.filt.n < 8 ? e->u.filt.n : 8);
        } else {
            fl = xs_eval(r, f, base, &v);
            if (fl != FLOW_NORMAL)
                return fl;
        }
        fl = eval_filters(r, f, e, 0, &v);
        if (fl != FLOW_NORMAL) {
            xs_release(v);
            return fl;
        }
        *out = v;
        return FLOW_NORMAL;
    }
    case XS_EXPR_TIMESTAMP: {
        int64_t ms = 0;
        if (!xs_time_parse(e->u.ident.ptr, e->u.ident.len, &ms))
            return xs_rt_fail(r, "ERROR_FATAL", e->pos, "invalid timestamp '%.*s'",
                              (int)e->u.ident.len, e->u.ident.ptr);
        *out = xs_int(ms);
        return FLOW_NORMAL;
    }
    case XS_EXPR_CAST:
        return eval_cast(r, f, e, out);
    case XS_EXPR_BACKTICK:
        if (!e->u.tick.inner) {
            *out = xs_null();
            return FLOW_NORMAL;
        }
        return xs_eval(r, f, e->u.tick.inner, out);
    }
    *out = xs_null();
    return FLOW_NORMAL;
}
