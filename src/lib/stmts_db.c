/* stmts_db.c - the db.* statements: table reads and writes, queries with a
 * compiled `where`, transactions and direct SQL, on the run's store
 * (store/store.h). Store failures become XanoScript errors naming the
 * statement: not found -> ERROR_CODE_NOT_FOUND, a value that does not fit
 * its column -> ERROR_CODE_INPUT_ERROR, anything else -> ERROR_FATAL. */
#include "base/alloc.h"
#include "base/diag.h"
#include "base/map.h"
#include "lib/lib_int.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/where.h"
#include "value/json.h"

/* ---- helpers ---- */

static xs_status fail_diag(xs_call *c, xs_status st, xs_diag *d)
{
    const xs_diag_entry *e = xs_diag_first_error(d);
    const char *code = st == XS_E_NOTFOUND ? "ERROR_CODE_NOT_FOUND"
                       : st == XS_E_TYPE   ? "ERROR_CODE_INPUT_ERROR"
                                           : "ERROR_FATAL";
    return xs_call_fail(c, code, "%s: %s", xs_call_name(c), e ? e->message : xs_status_name(st));
}

static xs_status get_store(xs_call *c, xs_store **out)
{
    *out = xs_call_store(c);
    if (!*out)
        return xs_lib_fail(c, "no database is configured for this run");
    return XS_OK;
}

static xs_status table_name(xs_call *c, xs_value arg, const char **out)
{
    if (arg.type != XS_TEXT || xs_text_len(arg) == 0)
        return xs_lib_fail(c, "expected a table name after '%s'", xs_call_name(c));
    *out = xs_text_ptr(arg);
    return XS_OK;
}

static xs_status field_name(xs_call *c, xs_value attrs, const char **out)
{
    xs_value f = xs_lib_attr(attrs, "field_name");
    if (f.type != XS_TEXT || xs_text_len(f) == 0)
        return xs_lib_fail(c, "field_name must name a column");
    *out = xs_text_ptr(f);
    return XS_OK;
}

/* Keeps only the keys listed in output (an array of names) of row (or of
 * each row of a list). */
static xs_value pick(xs_value row, xs_value output)
{
    if (output.type != XS_ARRAY || xs_array_len(output) == 0 || row.type == XS_NULL)
        return row;
    if (row.type == XS_ARRAY) {
        for (size_t i = 0; i < xs_array_len(row); i++) {
            xs_value *it = xs_array_at_mut(&row, i);
            *it = pick(*it, output);
        }
        return row;
    }
    if (row.type != XS_OBJECT)
        return row;
    xs_value o = xs_object_new(xs_array_len(output));
    for (size_t i = 0; i < xs_array_len(output); i++) {
        xs_value k = xs_array_at(output, i);
        if (k.type != XS_TEXT)
            continue;
        const xs_value *v = xs_object_get(row, xs_text_str(k));
        if (v)
            xs_object_set(&o, xs_text_str(k), xs_retain(*v));
    }
    xs_release(row);
    return o;
}

/* ---- addons ----
 *
 * `addon` names addon objects of the workspace to run for each record of a
 * result, the record being `$output` in the addon's input:
 *
 *   addon = [{name: "comment_count", input: {post_id: $output.id}, as: "items.comments"}]
 *   addon = {"items.comments": {name: "comment_count", input: {post_id: $output.id}}}
 *
 * `as` (default: the name) is a path into the result: a list stands for
 * each of its records, and "items" (or "items[]") right at a list names
 * them too, so "items.x" fits a paged result and a plain list alike; on a
 * paged result a path that does not start with "items" is taken under it.
 * `offset` (as Xano's builder writes it: "items[]") goes before `as`.
 * `output` keeps those fields of the addon's result; a nested `addon`
 * enriches the addon's result the same way.
 *
 * One addon run per record and addon (N+1 queries for N records), except
 * that records giving the same input share one run: the result of an
 * (addon, input) pair is kept for the rest of the statement. */

enum { MAX_ADDONS = 32, MAX_ADDON_PATH = 16 };

typedef struct addon_ref {
    xs_value name;            /* text */
    xs_value path;            /* array of texts: offset, then as */
    const xs_ast_expr *input; /* per record, $output bound; NULL: {} */
    xs_value output;          /* field selection on the result, or null */
    const xs_ast_expr *sub;   /* nested addon spec, or NULL */
    const xs_ast_expr *node;  /* its object literal: names it in the kept results */
} addon_ref;

typedef struct addon_run {
    xs_call *c;
    xs_map memo; /* (ref, input JSON) -> heap xs_value */
} addon_run;

static xs_status addons_apply(addon_run *x, const xs_ast_expr *spec, xs_value *v);
static const xs_ast_expr *entry(const xs_ast_expr *o, const char *name);

static void addon_ref_release(addon_ref *a)
{
    xs_release(a->name);
    xs_release(a->path);
    xs_release(a->output);
}

/* Appends the dot-separated parts of text t to the path array. */
static xs_status path_add(xs_call *c, xs_value *path, xs_value t, const char *what)
{
    if (t.type == XS_NULL)
        return XS_OK;
    if (t.type != XS_TEXT || xs_text_len(t) == 0)
        return xs_lib_fail(c, "addon %s must be a text path such as \"items.comments\"", what);
    const char *p = xs_text_ptr(t), *end = p + xs_text_len(t);
    while (p <= end) {
        const char *dot = memchr(p, '.', (size_t)(end - p));
        if (!dot)
            dot = end;
        if (dot == p)
            return xs_lib_fail(c, "addon %s '%s' has an empty part", what, xs_text_ptr(t));
        if (xs_array_len(*path) == MAX_ADDON_PATH)
            return xs_lib_fail(c, "addon %s '%s' is too deep", what, xs_text_ptr(t));
        xs_array_push(path, xs_text_new(p, (size_t)(dot - p)));
        p = dot + 1;
    }
    return XS_OK;
}

/* One addon of the spec: e is its object literal; key (may be NULL) the
 * object form's key, which is its `as`. */
static xs_status addon_read(xs_call *c, const xs_ast_expr *e, const xs_ast_entry *key, addon_ref *a)
{
    a->name = a->path = a->output = xs_null();
    a->input = a->sub = NULL;
    a->node = e;
    if (e->kind != XS_EXPR_OBJECT)
        return xs_lib_fail(c, "each addon must be an object {name, input, as}");
    xs_value as = xs_null(), offset = xs_null();
    xs_status rc;
    const xs_ast_expr *ne = entry(e, "name");
    if (!ne)
        return xs_lib_fail(c, "an addon needs a name");
    if ((rc = xs_call_eval_expr(c, ne, &a->name)) != XS_OK)
        return rc;
    if (a->name.type != XS_TEXT || xs_text_len(a->name) == 0)
        return xs_lib_fail(c, "addon name must be text, not %s", xs_value_type_name(a->name));
    if (key)
        as = xs_text_from_str(key->key);
    else if (entry(e, "as") && (rc = xs_call_eval_expr(c, entry(e, "as"), &as)) != XS_OK)
        return rc;
    if (entry(e, "offset") && (rc = xs_call_eval_expr(c, entry(e, "offset"), &offset)) != XS_OK)
        goto out;
    a->path = xs_array_new(2);
    if ((rc = path_add(c, &a->path, offset, "offset")) != XS_OK ||
        (rc = path_add(c, &a->path, as.type == XS_NULL ? a->name : as, "as")) != XS_OK)
        goto out;
    if (entry(e, "output") && (rc = xs_call_eval_expr(c, entry(e, "output"), &a->output)))
        goto out;
    a->input = entry(e, "input");
    a->sub = entry(e, "addon");
out:
    xs_release(as);
    xs_release(offset);
    return rc;
}

static bool is_items(xs_value seg)
{
    return xs_str_eq_cstr(xs_text_str(seg), "items") || xs_str_eq_cstr(xs_text_str(seg), "items[]");
}

/* A path part without a trailing "[]". */
static xs_str seg_key(xs_value seg)
{
    xs_str k = xs_text_str(seg);
    if (k.len > 2 && k.ptr[k.len - 2] == '[' && k.ptr[k.len - 1] == ']')
        k.len -= 2;
    return k;
}

/* Xano's paged result object. */
static bool is_paged(xs_value v)
{
    const xs_value *items;
    return v.type == XS_OBJECT && (items = xs_object_get(v, XS_STR("items"))) &&
           items->type == XS_ARRAY && xs_object_get(v, XS_STR("curPage"));
}

/* The addon's result for one record: input evaluated with $output bound,
 * the addon run (or its kept result for the same input), then output and
 * the nested addons applied. *out ours. */
static xs_status addon_one(addon_run *x, const addon_ref *a, xs_value record, xs_value *out)
{
    *out = xs_null();
    xs_value in = xs_null();
    xs_status rc = XS_OK;
    if (a->input && (rc = xs_call_eval_with_var(x->c, a->input, "output", record, &in)) != XS_OK)
        return rc;
    if (in.type == XS_NULL)
        in = xs_object_new(0);
    if (in.type != XS_OBJECT) {
        rc = xs_lib_fail(x->c, "addon '%s': input must be an object, not %s", xs_text_ptr(a->name),
                         xs_value_type_name(in));
        xs_release(in);
        return rc;
    }
    xs_buf key;
    xs_buf_init(&key);
    xs_buf_addf(&key, "%p\n", (const void *)a->node);
    bool keyed = xs_json_encode(in, XS_JSON_COMPACT, &key) == XS_OK;
    xs_value *kept = keyed ? xs_map_get(&x->memo, (xs_str){key.ptr, key.len}) : NULL;
    if (kept) {
        *out = xs_retain(*kept);
        goto out;
    }
    xs_value res;
    if ((rc = xs_call_run_addon(x->c, xs_text_str(a->name), in, &res)) != XS_OK)
        goto out;
    res = pick(res, a->output);
    if (a->sub && (rc = addons_apply(x, a->sub, &res)) != XS_OK) {
        xs_release(res);
        goto out;
    }
    if (keyed) {
        kept = xs_malloc(sizeof *kept);
        *kept = xs_retain(res);
        xs_map_set(&x->memo, (xs_str){key.ptr, key.len}, kept, NULL);
    }
    *out = res;
out:
    xs_buf_release(&key);
    xs_release(in);
    return rc;
}

/* Places a's result for each record that path part i onwards reaches in *v. */
static xs_status addon_place(addon_run *x, const addon_ref *a, xs_value *v, size_t i)
{
    size_t n = xs_array_len(a->path);
    xs_value seg = xs_array_at(a->path, i);
    if (v->type == XS_ARRAY) {
        size_t next = i + 1 < n && is_items(seg) ? i + 1 : i;
        xs_value_unshare(v);
        for (size_t k = 0; k < xs_array_len(*v); k++) {
            xs_status rc = addon_place(x, a, xs_array_at_mut(v, k), next);
            if (rc != XS_OK)
                return rc;
        }
        return XS_OK;
    }
    if (v->type != XS_OBJECT)
        return XS_OK;
    if (i + 1 == n) {
        xs_value res;
        xs_status rc = addon_one(x, a, *v, &res);
        if (rc == XS_OK)
            xs_object_set(v, seg_key(seg), res);
        return rc;
    }
    xs_value *child = xs_object_get_mut(v, seg_key(seg));
    return child ? addon_place(x, a, child, i + 1) : XS_OK;
}

/* Applies the addon spec (the `addon` attribute's expression) to *v. */
static xs_status addons_apply(addon_run *x, const xs_ast_expr *spec, xs_value *v)
{
    xs_call *c = x->c;
    bool list = spec->kind == XS_EXPR_ARRAY;
    if (!list && spec->kind != XS_EXPR_OBJECT)
        return xs_lib_fail(c, "addon must be written as a list [{name, input, as}] or an "
                              "object {as: {name, input}}");
    size_t n = list ? spec->u.arr.n : spec->u.obj.n;
    if (n > MAX_ADDONS)
        return xs_lib_fail(c, "at most %d addons per statement", MAX_ADDONS);
    addon_ref *refs = xs_calloc(n ? n : 1, sizeof *refs);
    xs_status rc = XS_OK;
    size_t nread = 0;
    for (; nread < n && rc == XS_OK; nread++)
        rc = list ? addon_read(c, spec->u.arr.items[nread], NULL, &refs[nread])
                  : addon_read(c, spec->u.obj.items[nread].value, &spec->u.obj.items[nread],
                               &refs[nread]);
    for (size_t k = 0; k < n && rc == XS_OK; k++) {
        xs_value *at = v;
        if (is_paged(*v) && !is_items(xs_array_at(refs[k].path, 0)))
            at = xs_object_get_mut(v, XS_STR("items"));
        rc = addon_place(x, &refs[k], at, 0);
    }
    for (size_t k = 0; k < nread; k++)
        addon_ref_release(&refs[k]);
    xs_free(refs);
    return rc;
}

/* The statement's `addon`, if it has one, applied to *result. */
static xs_status with_addons(xs_call *c, xs_value *result)
{
    const xs_ast_expr *spec = xs_call_attr_expr(c, "addon");
    if (!spec || spec->kind == XS_EXPR_NULL)
        return XS_OK;
    addon_run x = {c, {0}};
    xs_map_init(&x.memo);
    xs_status rc = addons_apply(&x, spec, result);
    size_t it = 0;
    xs_str k;
    void *val;
    while (xs_map_next(&x.memo, &it, &k, &val)) {
        xs_release(*(xs_value *)val);
        xs_free(val);
    }
    xs_map_release(&x.memo);
    return rc;
}

/* What a statement that gives a record does with it once the store has
 * answered (rc): keeps its `output` fields, runs its addons and puts it in
 * result; a store failure becomes the statement's. */
static xs_status give_record(xs_call *c, xs_status rc, xs_value row, xs_value attrs,
                             xs_value *result, xs_diag *d)
{
    if (rc != XS_OK)
        return fail_diag(c, rc, d);
    row = pick(row, xs_lib_attr(attrs, "output"));
    if ((rc = with_addons(c, &row)) == XS_OK)
        xs_lib_put(result, row);
    else
        xs_release(row);
    return rc;
}

/* ---- db.get, db.has ---- */

static xs_status s_get(xs_call *c, xs_value *target, xs_value arg, xs_value attrs, xs_value *result)
{
    (void)target;
    xs_store *s;
    const char *table = NULL, *field = NULL;
    xs_status rc;
    if ((rc = get_store(c, &s)) || (rc = table_name(c, arg, &table)) ||
        (rc = field_name(c, attrs, &field)))
        return rc;
    xs_diag d;
    xs_diag_init(&d);
    xs_value row;
    rc = xs_store_get(s, table, field, xs_lib_attr(attrs, "field_value"), &row, &d);
    rc = give_record(c, rc, row, attrs, result, &d);
    xs_diag_release(&d);
    return rc;
}

static xs_status s_has(xs_call *c, xs_value *target, xs_value arg, xs_value attrs, xs_value *result)
{
    (void)target;
    xs_store *s;
    const char *table = NULL, *field = NULL;
    xs_status rc;
    if ((rc = get_store(c, &s)) || (rc = table_name(c, arg, &table)) ||
        (rc = field_name(c, attrs, &field)))
        return rc;
    xs_diag d;
    xs_diag_init(&d);
    bool has = false;
    rc = xs_store_has(s, table, field, xs_lib_attr(attrs, "field_value"), &has, &d);
    if (rc == XS_OK)
        xs_lib_put(result, xs_bool(has));
    else
        rc = fail_diag(c, rc, &d);
    xs_diag_release(&d);
    return rc;
}

/* ---- writes ---- */

static xs_status s_add(xs_call *c, xs_value *target, xs_value arg, xs_value attrs, xs_value *result)
{
    (void)target;
    xs_store *s;
    const char *table = NULL;
    xs_status rc;
    if ((rc = get_store(c, &s)) || (rc = table_name(c, arg, &table)))
        return rc;
    xs_diag d;
    xs_diag_init(&d);
    xs_value row;
    rc = xs_store_add(s, table, xs_lib_attr(attrs, "data"), xs_call_now_ms(c), &row, &d);
    rc = give_record(c, rc, row, attrs, result, &d);
    xs_diag_release(&d);
    return rc;
}

typedef xs_status (*edit_fn)(xs_store *s, const char *table, const char *field, xs_value value,
                             xs_value data, int64_t now_ms, xs_value *out, xs_diag *d);

static xs_status edit_like(xs_call *c, xs_value arg, xs_value attrs, xs_value *result, edit_fn fn)
{
    xs_store *s;
    const char *table = NULL, *field = NULL;
    xs_status rc;
    if ((rc = get_store(c, &s)) || (rc = table_name(c, arg, &table)) ||
        (rc = field_name(c, attrs, &field)))
        return rc;
    xs_value data = xs_lib_attr(attrs, "data");
    if (data.type != XS_OBJECT)
        return xs_lib_fail(c, "data must be an object of column values, not %s",
                           xs_value_type_name(data));
    xs_diag d;
    xs_diag_init(&d);
    xs_value row;
    rc = fn(s, table, field, xs_lib_attr(attrs, "field_value"), data, xs_call_now_ms(c), &row, &d);
    rc = give_record(c, rc, row, attrs, result, &d);
    xs_diag_release(&d);
    return rc;
}

static xs_status s_edit(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                        xs_value *result)
{
    (void)target;
    return edit_like(c, arg, attrs, result, xs_store_edit);
}

static xs_status s_add_or_edit(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                               xs_value *result)
{
    (void)target;
    return edit_like(c, arg, attrs, result, xs_store_add_or_edit);
}

static xs_status s_del(xs_call *c, xs_value *target, xs_value arg, xs_value attrs, xs_value *result)
{
    (void)target;
    (void)result;
    xs_store *s;
    const char *table = NULL, *field = NULL;
    xs_status rc;
    if ((rc = get_store(c, &s)) || (rc = table_name(c, arg, &table)) ||
        (rc = field_name(c, attrs, &field)))
        return rc;
    xs_diag d;
    xs_diag_init(&d);
    rc = xs_store_del(s, table, field, xs_lib_attr(attrs, "field_value"), NULL, &d);
    if (rc != XS_OK)
        rc = fail_diag(c, rc, &d);
    xs_diag_release(&d);
    return rc;
}

static xs_status s_truncate(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                            xs_value *result)
{
    (void)target;
    (void)result;
    xs_store *s;
    const char *table = NULL;
    xs_status rc;
    if ((rc = get_store(c, &s)) || (rc = table_name(c, arg, &table)))
        return rc;
    xs_diag d;
    xs_diag_init(&d);
    rc = xs_store_truncate(s, table, xs_value_truthy(xs_lib_attr(attrs, "reset")), &d);
    if (rc != XS_OK)
        rc = fail_diag(c, rc, &d);
    xs_diag_release(&d);
    return rc;
}

/* ---- db.query ---- */

static xs_status eval_cb(void *ctx, const xs_ast_expr *e, xs_value *out)
{
    return xs_call_eval_expr(ctx, e, out);
}

static xs_status int_of(xs_call *c, xs_value v, const char *what, int64_t *out)
{
    if (v.type == XS_NULL)
        return XS_OK;
    xs_status rc = xs_lib_int_arg(c, v, out);
    if (rc == XS_OK && *out < 0)
        return xs_lib_fail(c, "%s must not be negative", what);
    return rc;
}

/* Reads return = {type, paging: {page, per_page, totals, offset, metadata}}. */
static xs_status read_return(xs_call *c, xs_value ret, xs_store_query *q, bool *plain_items)
{
    *plain_items = false;
    if (ret.type == XS_NULL)
        return XS_OK;
    if (ret.type != XS_OBJECT)
        return xs_lib_fail(c, "return must be an object such as {type: \"list\"}");
    const xs_value *ty = xs_object_get(ret, XS_STR("type"));
    const char *t = ty && ty->type == XS_TEXT ? xs_text_ptr(*ty) : "list";
    if (strcmp(t, "list") == 0 || strcmp(t, "stream") == 0)
        q->ret = XS_STORE_RET_LIST;
    else if (strcmp(t, "single") == 0)
        q->ret = XS_STORE_RET_SINGLE;
    else if (strcmp(t, "count") == 0)
        q->ret = XS_STORE_RET_COUNT;
    else if (strcmp(t, "exists") == 0)
        q->ret = XS_STORE_RET_EXISTS;
    else
        return xs_lib_fail(c, "return type '%s' is not supported (list, single, count, exists)", t);
    const xs_value *pg = xs_object_get(ret, XS_STR("paging"));
    if (!pg || pg->type == XS_NULL)
        return XS_OK;
    if (pg->type != XS_OBJECT)
        return xs_lib_fail(c, "paging must be an object {page, per_page}");
    const xs_value *v;
    xs_status rc = XS_OK;
    q->page = 1;
    q->per_page = 0;
    if ((v = xs_object_get(*pg, XS_STR("page"))) && (rc = int_of(c, *v, "page", &q->page)))
        return rc;
    if ((v = xs_object_get(*pg, XS_STR("per_page"))) &&
        (rc = int_of(c, *v, "per_page", &q->per_page)))
        return rc;
    if ((v = xs_object_get(*pg, XS_STR("offset"))) && (rc = int_of(c, *v, "offset", &q->offset)))
        return rc;
    if (q->page < 1)
        q->page = 1;
    q->totals = (v = xs_object_get(*pg, XS_STR("totals"))) && xs_value_truthy(*v);
    *plain_items = (v = xs_object_get(*pg, XS_STR("metadata"))) && v->type == XS_BOOL && !v->u.b;
    return XS_OK;
}

/* ---- db.query: join and eval ---- */

enum { MAX_JOINS = 16, MAX_EVALS = 64 };

/* What join = {...} and eval = {...} become: the tables by alias, each
 * join's compiled ON condition, and the eval columns. */
typedef struct plan {
    xs_where_table tabs[MAX_JOINS + 1];
    size_t ntabs;
    xs_store_join joins[MAX_JOINS];
    xs_where on[MAX_JOINS];
    char *aliases[MAX_JOINS];
    char *tables[MAX_JOINS];
    char *kinds[MAX_JOINS];
    size_t njoins;
    xs_store_eval evals[MAX_EVALS];
    xs_buf eval_sql[MAX_EVALS];
    char *eval_names[MAX_EVALS];
    size_t nevals;
    xs_value params; /* ON params then the where's, in SQL order */
} plan;

static void plan_release(plan *p)
{
    for (size_t i = 0; i < p->njoins; i++) {
        xs_where_release(&p->on[i]);
        xs_free(p->aliases[i]);
        xs_free(p->tables[i]);
        xs_free(p->kinds[i]);
    }
    for (size_t i = 0; i < p->nevals; i++) {
        xs_buf_release(&p->eval_sql[i]);
        xs_free(p->eval_names[i]);
    }
    xs_clear(&p->params);
}

/* The expression of key name in an object literal; NULL when absent. */
static const xs_ast_expr *entry(const xs_ast_expr *o, const char *name)
{
    for (uint32_t i = 0; i < o->u.obj.n; i++)
        if (xs_str_eq_cstr(o->u.obj.items[i].key, name))
            return o->u.obj.items[i].value;
    return NULL;
}

/* A text entry of a join, evaluated; *out a heap copy or NULL. */
static xs_status text_entry(xs_call *c, const xs_ast_expr *o, const char *name, char **out)
{
    *out = NULL;
    const xs_ast_expr *e = entry(o, name);
    if (!e)
        return XS_OK;
    xs_value v;
    xs_status rc = xs_call_eval_expr(c, e, &v);
    if (rc != XS_OK)
        return rc;
    if (v.type != XS_TEXT)
        rc = xs_lib_fail(c, "join %s must be text, not %s", name, xs_value_type_name(v));
    else
        *out = xs_strdup(xs_text_ptr(v));
    xs_release(v);
    return rc;
}

static xs_status plan_build(xs_call *c, xs_store *s, const xs_store_table *t, plan *p, xs_diag *d)
{
    const xs_store_catalog *cat = xs_store_catalog_of(s);
    p->tabs[0] = (xs_where_table){t->name, t};
    p->ntabs = 1;
    const xs_ast_expr *je = xs_call_attr_expr(c, "join");
    if (je && je->kind != XS_EXPR_OBJECT)
        return xs_lib_fail(c, "join must be an object {alias: {table, type, where}}");
    for (uint32_t i = 0; je && i < je->u.obj.n; i++) {
        if (p->njoins == MAX_JOINS)
            return xs_lib_fail(c, "at most %d joins", MAX_JOINS);
        const xs_ast_entry *en = &je->u.obj.items[i];
        if (en->value->kind != XS_EXPR_OBJECT)
            return xs_lib_fail(c, "join '%.*s' must be an object {table, type, where}",
                               (int)en->key.len, en->key.ptr);
        size_t k = p->njoins++;
        xs_where_init(&p->on[k]);
        p->aliases[k] = xs_strndup(en->key.ptr, en->key.len);
        xs_status rc = text_entry(c, en->value, "table", &p->tables[k]);
        if (rc == XS_OK)
            rc = text_entry(c, en->value, "type", &p->kinds[k]);
        if (rc != XS_OK)
            return rc;
        if (!p->tables[k])
            p->tables[k] = xs_strdup(p->aliases[k]);
        const xs_store_table *jt = xs_store_catalog_find(cat, p->tables[k]);
        if (!jt)
            return xs_lib_fail(c, "join '%s': no table named '%s'", p->aliases[k], p->tables[k]);
        p->tabs[p->ntabs++] = (xs_where_table){p->aliases[k], jt};
        p->joins[k] = (xs_store_join){p->aliases[k], p->tables[k], p->kinds[k], NULL};
    }
    /* ON conditions see every table of the query */
    for (size_t k = 0; k < p->njoins; k++) {
        const xs_ast_expr *on = entry(je->u.obj.items[k].value, "where");
        if (!on)
            return xs_lib_fail(c, "join '%s' needs a where condition", p->aliases[k]);
        xs_status rc = xs_where_compile_join(on, p->tabs, p->ntabs, xs_store_kind_of(s), eval_cb, c,
                                             NULL, &p->on[k], d);
        if (rc != XS_OK)
            return rc == XS_E_RUNTIME ? rc : fail_diag(c, rc, d);
        p->joins[k].on_sql = xs_buf_cstr(&p->on[k].sql);
    }
    const xs_ast_expr *ee = xs_call_attr_expr(c, "eval");
    if (ee && ee->kind != XS_EXPR_OBJECT)
        return xs_lib_fail(c, "eval must be an object {name: $db.table.column}");
    for (uint32_t i = 0; ee && i < ee->u.obj.n; i++) {
        if (p->nevals == MAX_EVALS)
            return xs_lib_fail(c, "at most %d eval fields", MAX_EVALS);
        const xs_ast_entry *en = &ee->u.obj.items[i];
        size_t k = p->nevals++;
        xs_buf_init(&p->eval_sql[k]);
        p->eval_names[k] = xs_strndup(en->key.ptr, en->key.len);
        const xs_store_column *col = NULL;
        xs_status rc = xs_where_column(en->value, p->tabs, p->ntabs, xs_store_kind_of(s), NULL,
                                       &p->eval_sql[k], &col, d);
        if (rc != XS_OK)
            return fail_diag(c, rc, d);
        p->evals[k] = (xs_store_eval){p->eval_names[k], xs_buf_cstr(&p->eval_sql[k]), col};
    }
    return XS_OK;
}

static xs_status s_query(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                         xs_value *result)
{
    (void)target;
    (void)attrs;
    xs_store *s;
    const char *table = NULL;
    xs_status rc;
    if ((rc = get_store(c, &s)) || (rc = table_name(c, arg, &table)))
        return rc;
    const xs_store_table *t = xs_store_catalog_find(xs_store_catalog_of(s), table);
    if (!t)
        return xs_lib_fail(c, "no table named '%s'", table);
    xs_diag d;
    xs_diag_init(&d);
    xs_where w;
    xs_where_init(&w);
    xs_store_query q;
    xs_store_query_init(&q, table);
    xs_value ret = xs_null(), lim = xs_null(), off = xs_null();
    bool plain = false;
    plan *p = xs_calloc(1, sizeof *p);
    p->params = xs_array_new(0);
    if ((rc = plan_build(c, s, t, p, &d)) != XS_OK)
        goto out;
    const xs_ast_expr *where = xs_call_attr_expr(c, "where");
    if (!where)
        where = xs_call_attr_expr(c, "search");
    if (where) {
        rc = xs_where_compile_join(where, p->tabs, p->ntabs, xs_store_kind_of(s), eval_cb, c, NULL,
                                   &w, &d);
        if (rc == XS_E_RUNTIME)
            goto out; /* the callback raised: already reported */
        if (rc != XS_OK) {
            rc = fail_diag(c, rc, &d);
            goto out;
        }
    }
    if ((rc = xs_call_eval_attr(c, "sort", &q.sort)) ||
        (rc = xs_call_eval_attr(c, "output", &q.output)) ||
        (rc = xs_call_eval_attr(c, "return", &ret)) || (rc = xs_call_eval_attr(c, "limit", &lim)) ||
        (rc = xs_call_eval_attr(c, "offset", &off)))
        goto out;
    if ((rc = read_return(c, ret, &q, &plain)))
        goto out;
    if (lim.type != XS_NULL || off.type != XS_NULL) {
        xs_value msg = xs_text_cstr("db.query: limit and offset are read as written; Xano's "
                                    "form is return = {type: \"list\", paging: {page: 1, "
                                    "per_page: 25}}");
        xs_call_log(c, "warning", msg);
        xs_release(msg);
    }
    if ((rc = int_of(c, lim, "limit", &q.limit)) || (rc = int_of(c, off, "offset", &q.offset)))
        goto out;
    if (lim.type == XS_NULL)
        q.limit = -1;
    q.where_sql = w.sql.len ? xs_buf_cstr(&w.sql) : NULL;
    for (size_t k = 0; k < p->njoins; k++)
        for (size_t i = 0; i < xs_array_len(p->on[k].params); i++)
            xs_array_push(&p->params, xs_retain(xs_array_at(p->on[k].params, i)));
    for (size_t i = 0; i < xs_array_len(w.params); i++)
        xs_array_push(&p->params, xs_retain(xs_array_at(w.params, i)));
    q.nparams = xs_array_len(p->params);
    q.params = q.nparams ? xs_array_at_mut(&p->params, 0) : NULL;
    q.joins = p->joins;
    q.njoins = p->njoins;
    q.evals = p->evals;
    q.nevals = p->nevals;
    xs_value out;
    rc = xs_store_select(s, &q, &out, &d);
    if (rc != XS_OK) {
        rc = fail_diag(c, rc, &d);
        goto out;
    }
    if (q.per_page > 0 && q.ret == XS_STORE_RET_LIST) {
        xs_value *items = xs_object_get_mut(&out, XS_STR("items"));
        if (items)
            *items = pick(*items, q.output);
        if (plain && items) {
            xs_value list = xs_retain(*items);
            xs_release(out);
            out = list;
        }
    }
    if ((rc = with_addons(c, &out)) != XS_OK) {
        xs_release(out);
        goto out;
    }
    xs_lib_put(result, out);
out:
    plan_release(p);
    xs_free(p);
    xs_release(q.sort);
    xs_release(q.output);
    xs_release(ret);
    xs_release(lim);
    xs_release(off);
    xs_where_release(&w);
    xs_diag_release(&d);
    return rc;
}

/* ---- db.transaction ---- */

static xs_status s_transaction(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                               xs_value *result)
{
    (void)target;
    (void)arg;
    (void)attrs;
    (void)result;
    xs_store *s;
    xs_status rc = get_store(c, &s);
    if (rc != XS_OK)
        return rc;
    const xs_ast_block *stack = xs_call_block(c, "stack");
    if (!stack)
        return xs_lib_fail(c, "expected a stack { ... } block");
    xs_diag d;
    xs_diag_init(&d);
    rc = xs_store_begin(s, &d);
    if (rc != XS_OK) {
        rc = fail_diag(c, rc, &d);
        goto out;
    }
    rc = xs_call_run_block(c, stack);
    if (rc != XS_OK) {
        xs_store_rollback(s);
        goto out; /* the block's error propagates unchanged */
    }
    rc = xs_store_commit(s, &d);
    if (rc != XS_OK)
        rc = fail_diag(c, rc, &d);
out:
    xs_diag_release(&d);
    return rc;
}

/* ---- db.direct_query ---- */

static xs_status s_direct_query(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                xs_value *result)
{
    (void)target;
    (void)arg;
    (void)attrs;
    xs_store *s;
    xs_status rc = get_store(c, &s);
    if (rc != XS_OK)
        return rc;
    /* lazy: `arg` may repeat (`arg = $a  arg = $b`), which an attribute
     * object would collapse to the last one */
    xs_value sql = xs_null(), rt = xs_null(), args = xs_null();
    if ((rc = xs_call_eval_attr(c, "sql", &sql)) != XS_OK ||
        (rc = xs_call_eval_attr(c, "response_type", &rt)) != XS_OK ||
        (rc = xs_call_eval_attr_all(c, "arg", &args)) != XS_OK)
        goto out;
    if (sql.type != XS_TEXT || xs_text_len(sql) == 0 ||
        memchr(xs_text_ptr(sql), '\0', xs_text_len(sql))) {
        rc = xs_lib_fail(c, "sql must be the text of one statement");
        goto out;
    }
    bool single = rt.type == XS_TEXT && xs_str_eq_cstr(xs_text_str(rt), "single");
    /* one arg holding a list binds its items */
    xs_value bind = xs_array_len(args) == 1 && xs_array_at(args, 0).type == XS_ARRAY
                        ? xs_array_at(args, 0)
                        : args;
    xs_diag d;
    xs_diag_init(&d);
    xs_value res;
    rc = xs_store_direct_query(s, xs_text_ptr(sql), bind, single, &res, &d);
    if (rc == XS_OK)
        xs_lib_put(result, res);
    else
        rc = fail_diag(c, rc, &d);
    xs_diag_release(&d);
out:
    xs_release(sql);
    xs_release(rt);
    xs_release(args);
    return rc;
}

static const xs_stmt_def stmts[] = {
    {"db.get", 0, s_get, "the first record whose field_name column equals field_value, or null"},
    {"db.has", 0, s_has, "whether a record has field_name equal to field_value"},
    {"db.query", XS_BUILTIN_LAZY | XS_BUILTIN_PARTIAL, s_query,
     "records matching where, with joins, eval fields and addons, sorted and paged (return "
     "type list, single, count, exists); an eval is a column, a column through filters or a "
     "field of a json column, not an expression over several columns"},
    {"db.add", 0, s_add, "inserts data as a new record and gives it back"},
    {"db.edit", 0, s_edit, "updates the columns in data on the record found by field_name"},
    {"db.patch", 0, s_edit, "db.edit with data held in a variable"},
    {"db.add_or_edit", 0, s_add_or_edit,
     "edits the record found by field_name, or adds it when there is none"},
    {"db.del", 0, s_del, "deletes the record found by field_name"},
    {"db.truncate", 0, s_truncate, "deletes every record; reset = true restarts the ids"},
    {"db.transaction", XS_BUILTIN_LAZY, s_transaction,
     "runs its stack in one transaction, rolled back when the stack raises an error"},
    {"db.direct_query", XS_BUILTIN_LAZY, s_direct_query,
     "runs sql with ? placeholders bound from arg (repeated, one per placeholder, or one "
     "list); response_type list or single"},
};

const xs_builtin_family xs_lib_db = {"db", NULL, 0, stmts, XS_COUNTOF(stmts)};
