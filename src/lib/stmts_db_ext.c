/* stmts_db_ext.c - the db.* statements beyond the run's own tables:
 * db.schema (a table's columns as the workspace's `table` object defines
 * them), db.set_datasource (this runtime has one data source, "live") and
 * db.external.*.direct_query: raw SQL with bound arguments on a database
 * named by its URL in the statement. PostgreSQL is reached through the
 * store's own backend (store/store_pg.c, libpq loaded on first use); MySQL,
 * SQL Server and Oracle need drivers this runtime does not carry and raise
 * an error saying so. See docs/language-decisions.md#db-external. */
#include "base/diag.h"
#include "lib/lib_int.h"
#include "store/schema.h"
#include "store/store.h"

static xs_status fail_diag(xs_call *c, xs_status st, xs_diag *d)
{
    const xs_diag_entry *e = xs_diag_first_error(d);
    const char *code = st == XS_E_NOTFOUND ? "ERROR_CODE_NOT_FOUND"
                       : st == XS_E_TYPE   ? "ERROR_CODE_INPUT_ERROR"
                                           : "ERROR_FATAL";
    return xs_call_fail(c, code, "%s: %s", xs_call_name(c), e ? e->message : xs_status_name(st));
}

/* ---- db.schema ---- */

/* One column as db.schema shows it. */
static xs_value column_of(const xs_store_table *t, const xs_store_column *col)
{
    xs_value o = xs_object_new(10);
    xs_object_set(&o, XS_STR("name"), xs_text_cstr(col->name));
    xs_object_set(&o, XS_STR("type"), xs_text_cstr(col->type_name));
    xs_object_set(&o, XS_STR("style"), xs_text_cstr(col->is_list ? "list" : "single"));
    xs_object_set(&o, XS_STR("nullable"), xs_bool(col->nullable));
    xs_object_set(&o, XS_STR("required"), xs_bool(!col->optional && !col->has_default &&
                                                   col != &t->cols[0]));
    xs_value def = xs_null();
    if (col->default_now)
        def = xs_text_cstr("now");
    else if (col->has_default)
        def = xs_retain(col->def);
    xs_object_set(&o, XS_STR("default"), def);
    xs_object_set(&o, XS_STR("sensitive"), xs_bool(col->sensitive));
    if (col->nenum) {
        xs_value vals = xs_array_new(col->nenum);
        for (size_t i = 0; i < col->nenum; i++)
            xs_array_push(&vals, xs_text_cstr(col->enum_values[i]));
        xs_object_set(&o, XS_STR("values"), vals);
    }
    if (col->ref_table)
        xs_object_set(&o, XS_STR("table"), xs_text_cstr(col->ref_table));
    return o;
}

/* db.schema TABLE { path? }: the list of the table's columns, or the one
 * column named by path. */
static xs_status s_schema(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                          xs_value *result)
{
    (void)target;
    xs_store *s = xs_call_store(c);
    if (!s)
        return xs_lib_fail(c, "no database is configured for this run");
    if (arg.type != XS_TEXT || xs_text_len(arg) == 0)
        return xs_lib_fail(c, "expected a table name after 'db.schema'");
    const xs_store_catalog *cat = xs_store_catalog_of(s);
    const xs_store_table *t = cat ? xs_store_catalog_find(cat, xs_text_ptr(arg)) : NULL;
    if (!t)
        return xs_call_fail(c, "ERROR_CODE_NOT_FOUND", "db.schema: table '%s' not found",
                            xs_text_ptr(arg));
    xs_value path = xs_lib_attr(attrs, "path");
    if (path.type == XS_TEXT && xs_text_len(path) > 0) {
        const xs_store_column *col = xs_store_table_col(t, xs_text_ptr(path));
        if (!col)
            return xs_call_fail(c, "ERROR_CODE_NOT_FOUND",
                                "db.schema: table '%s' has no column '%s'", t->name,
                                xs_text_ptr(path));
        xs_lib_put(result, column_of(t, col));
        return XS_OK;
    }
    if (path.type != XS_NULL && path.type != XS_TEXT)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "db.schema: path must be a column name");
    xs_value list = xs_array_new(t->ncols);
    for (size_t i = 0; i < t->ncols; i++)
        xs_array_push(&list, column_of(t, &t->cols[i]));
    xs_lib_put(result, list);
    return XS_OK;
}

/* ---- db.set_datasource ---- */

static xs_status s_set_datasource(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                  xs_value *result)
{
    (void)target;
    (void)arg;
    (void)result;
    xs_value v = xs_lib_attr(attrs, "value");
    if (v.type == XS_TEXT && xs_str_eq_cstr(xs_text_str(v), "live"))
        return XS_OK;
    if (v.type != XS_TEXT)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "db.set_datasource: value must be the name of a data source");
    return xs_call_fail(c, "ERROR_CODE_NOT_FOUND",
                        "db.set_datasource: data source '%s' not found (this runtime has one "
                        "data source, 'live': the workspace's database)",
                        xs_text_ptr(v));
}

/* ---- db.external.*.direct_query ---- */

static bool has_prefix(xs_value v, const char *p)
{
    return v.type == XS_TEXT && xs_text_len(v) >= strlen(p) &&
           strncmp(xs_text_ptr(v), p, strlen(p)) == 0;
}

/* Evaluates the lazy statement's attributes: code, connection_string,
 * response_type and every arg. */
typedef struct ext_q {
    xs_value code, url, rt, args;
} ext_q;

static void ext_release(ext_q *q)
{
    xs_clear(&q->code);
    xs_clear(&q->url);
    xs_clear(&q->rt);
    xs_clear(&q->args);
}

static xs_status ext_read(xs_call *c, ext_q *q)
{
    q->code = q->url = q->rt = q->args = xs_null();
    xs_status st = xs_call_eval_attr(c, "code", &q->code);
    if (st == XS_OK)
        st = xs_call_eval_attr(c, "connection_string", &q->url);
    if (st == XS_OK)
        st = xs_call_eval_attr(c, "response_type", &q->rt);
    if (st == XS_OK)
        st = xs_call_eval_attr_all(c, "arg", &q->args);
    if (st != XS_OK)
        return st;
    if (q->code.type != XS_TEXT || xs_text_len(q->code) == 0 ||
        memchr(xs_text_ptr(q->code), '\0', xs_text_len(q->code)))
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "%s: code must be the text of one SQL statement", xs_call_name(c));
    if (q->rt.type != XS_NULL && !(q->rt.type == XS_TEXT &&
                                   (xs_str_eq_cstr(xs_text_str(q->rt), "list") ||
                                    xs_str_eq_cstr(xs_text_str(q->rt), "single"))))
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "%s: response_type must be \"list\" or \"single\"", xs_call_name(c));
    return XS_OK;
}

static xs_status s_ext_postgres(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                xs_value *result)
{
    (void)target;
    (void)arg;
    (void)attrs;
    ext_q q;
    xs_status st = ext_read(c, &q);
    if (st != XS_OK) {
        ext_release(&q);
        return st;
    }
    /* only a PostgreSQL URL: any other text would open an SQLite file */
    if (!has_prefix(q.url, "postgres://") && !has_prefix(q.url, "postgresql://")) {
        ext_release(&q);
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "%s: connection_string must be a postgres:// or postgresql:// URL",
                            xs_call_name(c));
    }
    bool single = q.rt.type == XS_TEXT && xs_str_eq_cstr(xs_text_str(q.rt), "single");
    xs_diag d;
    xs_diag_init(&d);
    xs_store *s = NULL;
    st = xs_store_open(xs_text_ptr(q.url), NULL, &s, &d);
    if (st == XS_OK) {
        xs_value out;
        st = xs_store_direct_query(s, xs_text_ptr(q.code), q.args, single, &out, &d);
        if (st == XS_OK)
            xs_lib_put(result, out);
        xs_store_free(s);
    }
    if (st != XS_OK)
        st = fail_diag(c, st, &d);
    xs_diag_release(&d);
    ext_release(&q);
    return st;
}

static const xs_stmt_def stmts[] = {
    {"db.schema", 0, s_schema,
     "the columns of a table as its table object defines them ({name, type, style, nullable, "
     "required, default, sensitive, values, table}); path names one column"},
    {"db.set_datasource", XS_BUILTIN_PARTIAL, s_set_datasource,
     "selects the data source of the db statements that follow; this runtime has one, "
     "\"live\" (another name is ERROR_CODE_NOT_FOUND)"},
    {"db.external.postgres.direct_query", XS_BUILTIN_LAZY, s_ext_postgres,
     "runs code (SQL with ? placeholders bound from each arg) on the PostgreSQL database of "
     "connection_string; response_type list or single"},
    {"db.external.mysql.direct_query", XS_BUILTIN_UNAVAILABLE | XS_BUILTIN_LAZY,
     xs_lib_unavailable, "needs a MySQL driver, which this runtime does not carry"},
    {"db.external.mssql.direct_query", XS_BUILTIN_UNAVAILABLE | XS_BUILTIN_LAZY,
     xs_lib_unavailable,
     "needs a Microsoft SQL Server driver, which this runtime does not carry"},
    {"db.external.oracle.direct_query", XS_BUILTIN_UNAVAILABLE | XS_BUILTIN_LAZY,
     xs_lib_unavailable, "needs an Oracle driver, which this runtime does not carry"},
};

const xs_builtin_family xs_lib_db_ext = {"db", NULL, 0, stmts, XS_COUNTOF(stmts)};
