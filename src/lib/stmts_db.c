/* stmts_db.c - the db.* statements: table reads and writes, queries with a
 * compiled `where`, transactions and direct SQL, on the run's store
 * (store/store.h). Store failures become XanoScript errors naming the
 * statement: not found -> ERROR_CODE_NOT_FOUND, a value that does not fit
 * its column -> ERROR_CODE_INPUT_ERROR, anything else -> ERROR_FATAL. */
#include "base/diag.h"
#include "lib/lib_int.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/where.h"

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
    if (rc == XS_OK)
        xs_lib_put(result, pick(row, xs_lib_attr(attrs, "output")));
    else
        rc = fail_diag(c, rc, &d);
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
    if (rc == XS_OK)
        xs_lib_put(result, pick(row, xs_lib_attr(attrs, "output")));
    else
        rc = fail_diag(c, rc, &d);
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
    if (rc == XS_OK)
        xs_lib_put(result, pick(row, xs_lib_attr(attrs, "output")));
    else
        rc = fail_diag(c, rc, &d);
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
    static const char *const later[] = {"join", "eval", "addon"};
    for (size_t i = 0; i < XS_COUNTOF(later); i++)
        if (xs_call_attr_expr(c, later[i]))
            return xs_lib_fail(c, "'%s' is not supported yet", later[i]);
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
    const xs_ast_expr *where = xs_call_attr_expr(c, "where");
    if (!where)
        where = xs_call_attr_expr(c, "search");
    if (where) {
        rc = xs_where_compile(where, t, xs_store_kind_of(s), eval_cb, c, NULL, &w, &d);
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
    q.nparams = xs_array_len(w.params);
    q.params = q.nparams ? xs_array_at_mut(&w.params, 0) : NULL;
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
    xs_lib_put(result, out);
out:
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
    xs_store *s;
    xs_status rc = get_store(c, &s);
    if (rc != XS_OK)
        return rc;
    xs_value sql = xs_lib_attr(attrs, "sql");
    if (sql.type != XS_TEXT || xs_text_len(sql) == 0 ||
        memchr(xs_text_ptr(sql), '\0', xs_text_len(sql)))
        return xs_lib_fail(c, "sql must be the text of one statement");
    xs_value rt = xs_lib_attr(attrs, "response_type");
    bool single = rt.type == XS_TEXT && xs_str_eq_cstr(xs_text_str(rt), "single");
    xs_diag d;
    xs_diag_init(&d);
    xs_value out;
    rc = xs_store_direct_query(s, xs_text_ptr(sql), xs_lib_attr(attrs, "arg"), single, &out, &d);
    if (rc == XS_OK)
        xs_lib_put(result, out);
    else
        rc = fail_diag(c, rc, &d);
    xs_diag_release(&d);
    return rc;
}

static const xs_stmt_def stmts[] = {
    {"db.get", 0, s_get, "the first record whose field_name column equals field_value, or null"},
    {"db.has", 0, s_has, "whether a record has field_name equal to field_value"},
    {"db.query", XS_BUILTIN_LAZY | XS_BUILTIN_PARTIAL, s_query,
     "records matching where, sorted and paged (return type list, single, count, exists); "
     "join, eval and addon are not supported yet"},
    {"db.add", 0, s_add, "inserts data as a new record and gives it back"},
    {"db.edit", 0, s_edit, "updates the columns in data on the record found by field_name"},
    {"db.patch", 0, s_edit, "db.edit with data held in a variable"},
    {"db.add_or_edit", 0, s_add_or_edit,
     "edits the record found by field_name, or adds it when there is none"},
    {"db.del", 0, s_del, "deletes the record found by field_name"},
    {"db.truncate", 0, s_truncate, "deletes every record; reset = true restarts the ids"},
    {"db.transaction", XS_BUILTIN_LAZY, s_transaction,
     "runs its stack in one transaction, rolled back when the stack raises an error"},
    {"db.direct_query", 0, s_direct_query,
     "runs sql with ? placeholders bound from arg (a value or a list); response_type list or "
     "single"},
};

const xs_builtin_family xs_lib_db = {"db", NULL, 0, stmts, XS_COUNTOF(stmts)};
