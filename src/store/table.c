/*
 * table.c - the table operations behind db.*: SQL built from the catalog's
 * definitions (names quoted as identifiers, values always bound), rows
 * converted to and from their column types.
 */
#include "store/store.h"

#include "base/alloc.h"
#include "base/buf.h"
#include "base/map.h"
#include "store/schema.h"
#include "store/store_int.h"
#include "value/json.h"

/* ---- helpers ---- */

static xs_status find_table(xs_store *s, const char *name, const xs_store_table **out, xs_diag *d)
{
    *out = xs_store_catalog_find(s->catalog, name);
    if (!*out)
        return xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0, "no table named '%s'", name);
    return XS_OK;
}

static xs_status find_col(const xs_store_table *t, const char *name, const xs_store_column **out,
                          xs_diag *d)
{
    *out = xs_store_table_col(t, name);
    if (!*out)
        return xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0, "table '%s' has no column '%s'", t->name,
                             name);
    return XS_OK;
}

static void select_list(const xs_store_table *t, xs_buf *sql)
{
    for (size_t i = 0; i < t->ncols; i++) {
        if (i)
            xs_buf_adds(sql, ", ");
        xs_store_quote_ident(sql, t->cols[i].name);
    }
}

/* A column of the queried table, qualified when the query joins tables. */
static void qual_col(const xs_store_table *t, const xs_store_query *q, const char *col, xs_buf *sql)
{
    if (q && q->njoins) {
        xs_store_quote_ident(sql, t->name);
        xs_buf_addc(sql, '.');
    }
    xs_store_quote_ident(sql, col);
}

/* How each result column of r becomes an output field, worked out once
 * per result: its column (or eval field) for the conversion, or skipped
 * (the placeholder of an empty output list). */
typedef struct row_shape {
    const xs_store_column **col; /* NULL: the raw value */
    bool *skip;
    size_t n;
} row_shape;

static void row_shape_init(row_shape *rs, const xs_store_table *t, const xs_store_query *q,
                           const xs_store_rows *r)
{
    rs->n = xs_array_len(r->cols);
    rs->col = xs_calloc(rs->n ? rs->n : 1, sizeof *rs->col);
    rs->skip = xs_calloc(rs->n ? rs->n : 1, sizeof *rs->skip);
    for (size_t j = 0; j < rs->n; j++) {
        xs_value name = xs_array_at(r->cols, j);
        if (q && q->nevals && xs_str_eq_cstr(xs_text_str(name), "xs_none")) {
            rs->skip[j] = true;
            continue;
        }
        const xs_store_column *c = NULL;
        for (size_t k = 0; q && k < q->nevals && !c; k++)
            if (xs_str_eq_cstr(xs_text_str(name), q->evals[k].name))
                c = q->evals[k].col;
        rs->col[j] = c ? c : xs_store_table_col(t, xs_text_ptr(name));
    }
}

static void row_shape_release(row_shape *rs)
{
    xs_free(rs->col);
    xs_free(rs->skip);
}

/* Row i of r as an object keyed by column, values converted. Ours. */
static xs_value row_object_s(const row_shape *rs, const xs_store_rows *r, size_t i)
{
    xs_value row = xs_array_at(r->rows, i);
    size_t n = xs_array_len(row) < rs->n ? xs_array_len(row) : rs->n;
    xs_value o = xs_object_new(n);
    for (size_t j = 0; j < n; j++) {
        if (rs->skip[j])
            continue;
        xs_value v = xs_retain(xs_array_at(row, j));
        xs_object_set_text(&o, xs_retain(xs_array_at(r->cols, j)),
                           rs->col[j] ? xs_store_from_db(rs->col[j], v) : v);
    }
    return o;
}

static xs_value row_object_q(const xs_store_table *t, const xs_store_query *q,
                             const xs_store_rows *r, size_t i)
{
    row_shape rs;
    row_shape_init(&rs, t, q, r);
    xs_value o = row_object_s(&rs, r, i);
    row_shape_release(&rs);
    return o;
}

static xs_value row_object(const xs_store_table *t, const xs_store_rows *r, size_t i)
{
    return row_object_q(t, NULL, r, i);
}

/* A WHERE on one column: `"f" = ?` with the value converted, or IS NULL. */
static xs_status where_field(xs_store *s, const xs_store_table *t, const char *field,
                             xs_value value, xs_buf *sql, xs_value *param, bool *has_param,
                             xs_diag *d)
{
    const xs_store_column *c;
    xs_status rc = find_col(t, field, &c, d);
    if (rc != XS_OK)
        return rc;
    xs_store_quote_ident(sql, c->name);
    if (value.type == XS_NULL) {
        xs_buf_adds(sql, " IS NULL");
        *has_param = false;
        return XS_OK;
    }
    if (c->type == XS_COL_PASSWORD)
        return xs_diag_error(d, XS_E_USAGE, NULL, 0, 0,
                             "column '%s' of table '%s' is a password: it cannot be looked up "
                             "by value",
                             c->name, t->name);
    rc = xs_store_to_db(s->kind, t, c, value, param, d);
    if (rc != XS_OK)
        return rc;
    xs_buf_adds(sql, " = ?");
    *has_param = true;
    return XS_OK;
}

/* ---- get, has ---- */

xs_status xs_store_get(xs_store *s, const char *table, const char *field, xs_value value,
                       xs_value *out, xs_diag *d)
{
    *out = xs_null();
    const xs_store_table *t;
    xs_status rc = find_table(s, table, &t, d);
    if (rc != XS_OK)
        return rc;
    xs_buf sql;
    xs_buf_init(&sql);
    xs_buf_adds(&sql, "SELECT ");
    select_list(t, &sql);
    xs_buf_adds(&sql, " FROM ");
    xs_store_quote_ident(&sql, t->name);
    xs_buf_adds(&sql, " WHERE ");
    xs_value param = xs_null();
    bool hp = false;
    xs_store_rows r;
    xs_store_rows_init(&r);
    rc = where_field(s, t, field, value, &sql, &param, &hp, d);
    if (rc != XS_OK)
        goto out;
    xs_buf_adds(&sql, " LIMIT 1");
    rc = xs_store_exec(s, xs_buf_cstr(&sql), &param, hp ? 1 : 0, &r, d);
    if (rc == XS_OK && xs_array_len(r.rows) > 0)
        *out = row_object(t, &r, 0);
out:
    xs_store_rows_release(&r);
    xs_release(param);
    xs_buf_release(&sql);
    return rc;
}

xs_status xs_store_has(xs_store *s, const char *table, const char *field, xs_value value, bool *out,
                       xs_diag *d)
{
    *out = false;
    const xs_store_table *t;
    xs_status rc = find_table(s, table, &t, d);
    if (rc != XS_OK)
        return rc;
    xs_buf sql;
    xs_buf_init(&sql);
    xs_buf_adds(&sql, "SELECT 1 FROM ");
    xs_store_quote_ident(&sql, t->name);
    xs_buf_adds(&sql, " WHERE ");
    xs_value param = xs_null();
    bool hp = false;
    xs_store_rows r;
    xs_store_rows_init(&r);
    rc = where_field(s, t, field, value, &sql, &param, &hp, d);
    if (rc != XS_OK)
        goto out;
    xs_buf_adds(&sql, " LIMIT 1");
    rc = xs_store_exec(s, xs_buf_cstr(&sql), &param, hp ? 1 : 0, &r, d);
    if (rc == XS_OK)
        *out = xs_array_len(r.rows) > 0;
out:
    xs_store_rows_release(&r);
    xs_release(param);
    xs_buf_release(&sql);
    return rc;
}

/* ---- writes ---- */

/* Checks that every key of data is a column of t. */
static xs_status check_keys(const xs_store_table *t, xs_value data, xs_diag *d)
{
    if (data.type != XS_OBJECT)
        return xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                             "data for table '%s' must be an object, not %s", t->name,
                             xs_value_type_name(data));
    for (size_t i = 0; i < xs_object_len(data); i++) {
        xs_str k = xs_object_key_at(data, i);
        bool found = false;
        for (size_t j = 0; j < t->ncols && !found; j++)
            found = xs_str_eq_cstr(k, t->cols[j].name);
        if (!found)
            return xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0, "table '%s' has no column '%.*s'",
                                 t->name, (int)k.len, k.ptr);
    }
    return XS_OK;
}

/* A column written without `?` after its name needs a value: on insert it
 * must be given (or have a default), and it may be null only when its type
 * has `?` (`text? name`). value is NULL when the column is not given. */
static xs_status check_required(const xs_store_table *t, const xs_store_column *c,
                                const xs_value *value, bool insert, xs_diag *d)
{
    if (c->optional || c == &t->cols[0])
        return XS_OK;
    if (!value && insert && !c->has_default)
        return xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                             "column '%s' of table '%s' is required: data has no value for it "
                             "(declare it '%s?' to make it optional)",
                             c->name, t->name, c->name);
    if (value && value->type == XS_NULL && !c->nullable)
        return xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                             "column '%s' of table '%s' cannot be null (declare it '%s%s? %s' "
                             "to allow null)",
                             c->name, t->name, c->type_name, c->is_list ? "[]" : "", c->name);
    return XS_OK;
}

static void release_all(xs_value *v, size_t n)
{
    for (size_t i = 0; i < n; i++)
        xs_release(v[i]);
}

/* After an insert with an explicit id, moves PostgreSQL's identity sequence
 * past the largest id, so that the next generated id does not collide
 * (SQLite's AUTOINCREMENT does this by itself). */
static xs_status pg_sync_identity(xs_store *s, const xs_store_table *t, xs_diag *d)
{
    xs_buf sql;
    xs_buf_init(&sql);
    xs_buf_adds(&sql, "SELECT setval(pg_get_serial_sequence(?, 'id'), "
                      "GREATEST((SELECT MAX(\"id\") FROM ");
    xs_store_quote_ident(&sql, t->name);
    xs_buf_adds(&sql, "), 1))");
    xs_buf qname;
    xs_buf_init(&qname);
    xs_store_quote_ident(&qname, t->name);
    xs_value arg = xs_text_from_buf(&qname);
    xs_status rc = xs_store_exec(s, xs_buf_cstr(&sql), &arg, 1, NULL, d);
    xs_release(arg);
    xs_buf_release(&sql);
    return rc;
}

xs_status xs_store_add(xs_store *s, const char *table, xs_value data, int64_t now_ms, xs_value *out,
                       xs_diag *d)
{
    *out = xs_null();
    const xs_store_table *t;
    xs_status rc = find_table(s, table, &t, d);
    if (rc != XS_OK)
        return rc;
    if (data.type == XS_NULL)
        data = xs_null();
    else if ((rc = check_keys(t, data, d)) != XS_OK)
        return rc;
    xs_value *params = xs_calloc(t->ncols, sizeof *params);
    size_t np = 0;
    bool explicit_id = false;
    xs_buf sql, vals;
    xs_buf_init(&sql);
    xs_buf_init(&vals);
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_buf_adds(&sql, "INSERT INTO ");
    xs_store_quote_ident(&sql, t->name);
    xs_buf_adds(&sql, " (");
    for (size_t i = 0; i < t->ncols; i++) {
        const xs_store_column *c = &t->cols[i];
        const xs_value *given =
            data.type == XS_OBJECT ? xs_object_get(data, xs_str_of(c->name)) : NULL;
        xs_value v;
        bool own = false;
        if ((rc = check_required(t, c, given, true, d)) != XS_OK)
            goto out;
        if (given && !(i == 0 && given->type == XS_NULL)) {
            v = *given;
            explicit_id |= i == 0 && !t->id_uuid;
        } else if (i == 0 && t->id_uuid) {
            char u[37];
            xs_store_uuid_v4(u);
            v = xs_text_cstr(u);
            own = true;
        } else if (i == 0) {
            continue; /* autoincrement */
        } else if (c->default_now) {
            v = xs_int(now_ms);
        } else if (c->has_default) {
            v = c->def;
        } else {
            continue;
        }
        rc = xs_store_to_db(s->kind, t, c, v, &params[np], d);
        if (own)
            xs_release(v);
        if (rc != XS_OK)
            goto out;
        if (np) {
            xs_buf_adds(&sql, ", ");
            xs_buf_adds(&vals, ", ");
        }
        np++;
        xs_store_quote_ident(&sql, c->name);
        xs_buf_addc(&vals, '?');
    }
    if (np)
        xs_buf_addf(&sql, ") VALUES (%s) RETURNING ", xs_buf_cstr(&vals));
    else {
        sql.len -= 2;
        sql.ptr[sql.len] = '\0';
        xs_buf_adds(&sql, " DEFAULT VALUES RETURNING ");
    }
    select_list(t, &sql);
    rc = xs_store_exec(s, xs_buf_cstr(&sql), params, np, &r, d);
    if (rc == XS_OK && xs_array_len(r.rows) > 0)
        *out = row_object(t, &r, 0);
    if (rc == XS_OK && explicit_id && s->kind == XS_STORE_PG)
        rc = pg_sync_identity(s, t, d);
out:
    release_all(params, np);
    xs_free(params);
    xs_store_rows_release(&r);
    xs_buf_release(&sql);
    xs_buf_release(&vals);
    return rc;
}

/* UPDATE of the columns in data on the row selected by `field = value`. */
static xs_status edit_where(xs_store *s, const xs_store_table *t, const char *field, xs_value value,
                            xs_value data, xs_value *out, xs_diag *d)
{
    xs_status rc = check_keys(t, data, d);
    if (rc != XS_OK)
        return rc;
    size_t nk = xs_object_len(data);
    xs_value *params = xs_calloc(nk + 1, sizeof *params);
    size_t np = 0;
    xs_buf sql;
    xs_buf_init(&sql);
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_buf_adds(&sql, "UPDATE ");
    xs_store_quote_ident(&sql, t->name);
    xs_buf_adds(&sql, " SET ");
    for (size_t i = 0; i < nk; i++) {
        xs_str k = xs_object_key_at(data, i);
        char *name = xs_strndup(k.ptr, k.len);
        const xs_store_column *c = xs_store_table_col(t, name);
        xs_free(name);
        if (c == &t->cols[0])
            continue; /* the id is not edited */
        xs_value given = xs_object_val_at(data, i);
        if ((rc = check_required(t, c, &given, false, d)) != XS_OK)
            goto out;
        rc = xs_store_to_db(s->kind, t, c, xs_object_val_at(data, i), &params[np], d);
        if (rc != XS_OK)
            goto out;
        if (np)
            xs_buf_adds(&sql, ", ");
        np++;
        xs_store_quote_ident(&sql, c->name);
        xs_buf_adds(&sql, " = ?");
    }
    if (np == 0) {
        /* nothing to change: the row as it is */
        xs_store_rows_release(&r);
        release_all(params, np);
        xs_free(params);
        xs_buf_release(&sql);
        rc = xs_store_get(s, t->name, field, value, out, d);
        if (rc == XS_OK && out->type == XS_NULL)
            rc = xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0,
                               "no record in '%s' with %s = the given value", t->name, field);
        return rc;
    }
    xs_buf_adds(&sql, " WHERE \"id\" = (SELECT \"id\" FROM ");
    xs_store_quote_ident(&sql, t->name);
    xs_buf_adds(&sql, " WHERE ");
    bool hp = false;
    rc = where_field(s, t, field, value, &sql, &params[np], &hp, d);
    if (rc != XS_OK)
        goto out;
    if (hp)
        np++;
    xs_buf_adds(&sql, " LIMIT 1) RETURNING ");
    select_list(t, &sql);
    rc = xs_store_exec(s, xs_buf_cstr(&sql), params, np, &r, d);
    if (rc != XS_OK)
        goto out;
    if (xs_array_len(r.rows) == 0) {
        rc = xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0,
                           "no record in '%s' with %s = the given value", t->name, field);
        goto out;
    }
    *out = row_object(t, &r, 0);
out:
    release_all(params, np);
    xs_free(params);
    xs_store_rows_release(&r);
    xs_buf_release(&sql);
    return rc;
}

xs_status xs_store_edit(xs_store *s, const char *table, const char *field, xs_value value,
                        xs_value data, int64_t now_ms, xs_value *out, xs_diag *d)
{
    (void)now_ms;
    *out = xs_null();
    const xs_store_table *t;
    xs_status rc = find_table(s, table, &t, d);
    if (rc != XS_OK)
        return rc;
    return edit_where(s, t, field, value, data, out, d);
}

xs_status xs_store_add_or_edit(xs_store *s, const char *table, const char *field, xs_value value,
                               xs_value data, int64_t now_ms, xs_value *out, xs_diag *d)
{
    *out = xs_null();
    const xs_store_table *t;
    xs_status rc = find_table(s, table, &t, d);
    if (rc != XS_OK)
        return rc;
    if ((rc = check_keys(t, data, d)) != XS_OK)
        return rc;
    rc = xs_store_begin(s, d);
    if (rc != XS_OK)
        return rc;
    if (s->kind == XS_STORE_PG) {
        /* two sessions upserting the same key must not both insert: they
         * queue on a transaction lock named after table, field and value */
        xs_buf key;
        xs_buf_init(&key);
        xs_buf_addf(&key, "%s\n%s\n", t->name, field);
        xs_json_encode(value, XS_JSON_COMPACT, &key);
        xs_value h = xs_int((int64_t)xs_hash_bytes(key.ptr, key.len));
        xs_buf_release(&key);
        rc = xs_store_exec(s, "SELECT pg_advisory_xact_lock(?::bigint)", &h, 1, NULL, d);
        if (rc != XS_OK)
            goto out_rollback;
    }
    bool found = false;
    rc = xs_store_has(s, table, field, value, &found, d);
    if (rc != XS_OK)
        goto out_rollback;
    if (found) {
        rc = edit_where(s, t, field, value, data, out, d);
    } else {
        xs_value full = xs_retain(data);
        if (!xs_object_get(full, xs_str_of(field)))
            xs_object_set(&full, xs_str_of(field), xs_retain(value));
        rc = xs_store_add(s, table, full, now_ms, out, d);
        xs_release(full);
    }
    if (rc != XS_OK)
        goto out_rollback;
    rc = xs_store_commit(s, d);
    if (rc != XS_OK)
        xs_clear(out);
    return rc;
out_rollback:
    xs_clear(out);
    xs_store_rollback(s);
    return rc;
}

xs_status xs_store_del(xs_store *s, const char *table, const char *field, xs_value value,
                       int64_t *deleted, xs_diag *d)
{
    if (deleted)
        *deleted = 0;
    const xs_store_table *t;
    xs_status rc = find_table(s, table, &t, d);
    if (rc != XS_OK)
        return rc;
    xs_buf sql;
    xs_buf_init(&sql);
    xs_buf_adds(&sql, "DELETE FROM ");
    xs_store_quote_ident(&sql, t->name);
    xs_buf_adds(&sql, " WHERE \"id\" = (SELECT \"id\" FROM ");
    xs_store_quote_ident(&sql, t->name);
    xs_buf_adds(&sql, " WHERE ");
    xs_value param = xs_null();
    bool hp = false;
    xs_store_rows r;
    xs_store_rows_init(&r);
    rc = where_field(s, t, field, value, &sql, &param, &hp, d);
    if (rc != XS_OK)
        goto out;
    xs_buf_adds(&sql, " LIMIT 1)");
    rc = xs_store_exec(s, xs_buf_cstr(&sql), &param, hp ? 1 : 0, &r, d);
    if (rc == XS_OK && deleted)
        *deleted = r.changes;
out:
    xs_store_rows_release(&r);
    xs_release(param);
    xs_buf_release(&sql);
    return rc;
}

xs_status xs_store_truncate(xs_store *s, const char *table, bool reset, xs_diag *d)
{
    const xs_store_table *t;
    xs_status rc = find_table(s, table, &t, d);
    if (rc != XS_OK)
        return rc;
    xs_buf sql;
    xs_buf_init(&sql);
    if (s->kind == XS_STORE_PG) {
        xs_buf_adds(&sql, "TRUNCATE ");
        xs_store_quote_ident(&sql, t->name);
        if (reset)
            xs_buf_adds(&sql, " RESTART IDENTITY");
        rc = xs_store_exec(s, xs_buf_cstr(&sql), NULL, 0, NULL, d);
    } else {
        xs_buf_adds(&sql, "DELETE FROM ");
        xs_store_quote_ident(&sql, t->name);
        rc = xs_store_exec(s, xs_buf_cstr(&sql), NULL, 0, NULL, d);
        if (rc == XS_OK && reset && !t->id_uuid) {
            xs_value name = xs_text_cstr(t->name);
            rc = xs_store_exec(s, "DELETE FROM sqlite_sequence WHERE name = ?", &name, 1, NULL, d);
            xs_release(name);
        }
    }
    xs_buf_release(&sql);
    return rc;
}

/* ---- query ---- */

void xs_store_query_init(xs_store_query *q, const char *table)
{
    memset(q, 0, sizeof *q);
    q->table = table;
    q->sort = xs_null();
    q->output = xs_null();
    q->ret = XS_STORE_RET_LIST;
    q->limit = -1;
    q->offset = -1;
}

/* Column name of a sort key: "name" or "table.name". */
static const char *sort_col(const xs_store_table *t, xs_str key, char *buf, size_t n)
{
    size_t tl = strlen(t->name);
    if (key.len > tl + 1 && memcmp(key.ptr, t->name, tl) == 0 && key.ptr[tl] == '.') {
        key.ptr += tl + 1;
        key.len -= tl + 1;
    }
    if (key.len >= n)
        return NULL;
    memcpy(buf, key.ptr, key.len);
    buf[key.len] = '\0';
    return buf;
}

static const xs_store_eval *find_eval(const xs_store_query *q, xs_str name)
{
    for (size_t i = 0; i < q->nevals; i++)
        if (xs_str_eq_cstr(name, q->evals[i].name))
            return &q->evals[i];
    return NULL;
}

/* A sort key of a joined table: "alias.col". */
static bool join_sort_key(xs_store *s, const xs_store_query *q, xs_str key, xs_buf *sql,
                          xs_status *rc, xs_diag *d)
{
    for (size_t i = 0; i < q->njoins; i++) {
        size_t al = strlen(q->joins[i].alias);
        if (key.len <= al + 1 || memcmp(key.ptr, q->joins[i].alias, al) != 0 || key.ptr[al] != '.')
            continue;
        const xs_store_table *jt = xs_store_catalog_find(s->catalog, q->joins[i].table);
        char *col = xs_strndup(key.ptr + al + 1, key.len - al - 1);
        const xs_store_column *c = NULL;
        *rc = jt ? find_col(jt, col, &c, d) : XS_E_NOTFOUND;
        xs_free(col);
        if (*rc == XS_OK) {
            xs_store_quote_ident(sql, q->joins[i].alias);
            xs_buf_addc(sql, '.');
            xs_store_quote_ident(sql, c->name);
        }
        return true;
    }
    return false;
}

static xs_status order_by(xs_store *s, const xs_store_table *t, const xs_store_query *q,
                          xs_buf *sql, xs_diag *d)
{
    xs_value sort = q->sort;
    if (sort.type == XS_NULL || (sort.type == XS_OBJECT && xs_object_len(sort) == 0)) {
        xs_buf_adds(sql, " ORDER BY ");
        qual_col(t, q, "id", sql);
        return XS_OK;
    }
    if (sort.type != XS_OBJECT)
        return xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                             "sort must be an object {column: \"asc\"|\"desc\"}");
    xs_buf_adds(sql, " ORDER BY ");
    for (size_t i = 0; i < xs_object_len(sort); i++) {
        char buf[256];
        xs_str k = xs_object_key_at(sort, i);
        xs_value dir = xs_object_val_at(sort, i);
        const char *ds = dir.type == XS_TEXT ? xs_text_ptr(dir) : "";
        if (i)
            xs_buf_adds(sql, ", ");
        if (strcmp(ds, "rand") == 0 || strcmp(ds, "random") == 0) {
            xs_buf_adds(sql, "random()");
            continue;
        }
        bool desc = strcmp(ds, "desc") == 0 || strcmp(ds, "DESC") == 0;
        if (!desc && strcmp(ds, "asc") != 0 && strcmp(ds, "ASC") != 0)
            return xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                                 "sort direction of '%.*s' must be \"asc\", \"desc\" or \"rand\"",
                                 (int)k.len, k.ptr);
        xs_status rc = XS_OK;
        const xs_store_eval *ev = find_eval(q, k);
        if (ev) {
            xs_store_quote_ident(sql, ev->name);
        } else if (!join_sort_key(s, q, k, sql, &rc, d)) {
            const char *name = sort_col(t, k, buf, sizeof buf);
            const xs_store_column *c;
            rc = name ? find_col(t, name, &c, d)
                      : xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0, "sort key too long");
            if (rc == XS_OK)
                qual_col(t, q, c->name, sql);
        }
        if (rc != XS_OK)
            return rc;
        xs_buf_adds(sql, desc ? " DESC" : " ASC");
    }
    return XS_OK;
}

static xs_status output_list(const xs_store_table *t, const xs_store_query *q, xs_buf *sql,
                             xs_diag *d)
{
    xs_value output = q->output;
    if (output.type == XS_NULL || (output.type == XS_ARRAY && xs_array_len(output) == 0)) {
        for (size_t i = 0; i < t->ncols; i++) {
            if (i)
                xs_buf_adds(sql, ", ");
            qual_col(t, q, t->cols[i].name, sql);
        }
    } else if (output.type != XS_ARRAY) {
        return xs_diag_error(d, XS_E_TYPE, NULL, 0, 0, "output must be a list of column names");
    } else {
        size_t n = 0;
        for (size_t i = 0; i < xs_array_len(output); i++) {
            xs_value o = xs_array_at(output, i);
            if (o.type != XS_TEXT)
                return xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                                     "output must be a list of column names");
            if (find_eval(q, xs_text_str(o)))
                continue; /* an eval field: selected below */
            const xs_store_column *c;
            xs_status rc = find_col(t, xs_text_ptr(o), &c, d);
            if (rc != XS_OK)
                return rc;
            if (n++)
                xs_buf_adds(sql, ", ");
            qual_col(t, q, c->name, sql);
        }
        if (n == 0)
            xs_buf_adds(sql, "1 AS \"xs_none\"");
    }
    for (size_t i = 0; i < q->nevals; i++) {
        xs_buf_addf(sql, ", %s AS ", q->evals[i].sql);
        xs_store_quote_ident(sql, q->evals[i].name);
    }
    return XS_OK;
}

/* FROM "table" and its joins. */
static xs_status from_clause(xs_store *s, const xs_store_table *t, const xs_store_query *q,
                             xs_buf *sql, xs_diag *d)
{
    xs_buf_adds(sql, " FROM ");
    xs_store_quote_ident(sql, t->name);
    for (size_t i = 0; i < q->njoins; i++) {
        const xs_store_join *j = &q->joins[i];
        const xs_store_table *jt;
        xs_status rc = find_table(s, j->table, &jt, d);
        if (rc != XS_OK)
            return rc;
        const char *kind = j->kind ? j->kind : "inner";
        const char *kw = strcmp(kind, "inner") == 0   ? "INNER"
                         : strcmp(kind, "left") == 0  ? "LEFT"
                         : strcmp(kind, "right") == 0 ? "RIGHT"
                                                      : NULL;
        if (!kw)
            return xs_diag_error(d, XS_E_USAGE, NULL, 0, 0,
                                 "join '%s': type must be \"inner\", \"left\" or \"right\"",
                                 j->alias);
        xs_buf_addf(sql, " %s JOIN ", kw);
        xs_store_quote_ident(sql, jt->name);
        xs_buf_adds(sql, " AS ");
        xs_store_quote_ident(sql, j->alias);
        xs_buf_addf(sql, " ON (%s)", j->on_sql && *j->on_sql ? j->on_sql : "1=1");
    }
    return XS_OK;
}

static xs_status count_rows(xs_store *s, const xs_store_table *t, const xs_store_query *q,
                            int64_t *n, xs_diag *d)
{
    xs_buf sql;
    xs_buf_init(&sql);
    xs_buf_adds(&sql, "SELECT COUNT(*)");
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = from_clause(s, t, q, &sql, d);
    if (q->where_sql && *q->where_sql) {
        xs_buf_adds(&sql, " WHERE ");
        xs_buf_adds(&sql, q->where_sql);
    }
    if (rc == XS_OK)
        rc = xs_store_exec(s, xs_buf_cstr(&sql), q->params, q->nparams, &r, d);
    if (rc == XS_OK) {
        xs_value v = xs_array_at(xs_array_at(r.rows, 0), 0);
        *n = v.type == XS_INT ? v.u.i : v.type == XS_TEXT ? strtoll(xs_text_ptr(v), NULL, 10) : 0;
    }
    xs_store_rows_release(&r);
    xs_buf_release(&sql);
    return rc;
}

xs_status xs_store_select(xs_store *s, const xs_store_query *q, xs_value *out, xs_diag *d)
{
    *out = xs_null();
    const xs_store_table *t;
    xs_status rc = find_table(s, q->table, &t, d);
    if (rc != XS_OK)
        return rc;
    if (q->ret == XS_STORE_RET_COUNT) {
        int64_t n = 0;
        rc = count_rows(s, t, q, &n, d);
        if (rc == XS_OK)
            *out = xs_int(n);
        return rc;
    }
    bool paged = q->per_page > 0 && q->ret == XS_STORE_RET_LIST;
    if (paged && (q->per_page > XS_STORE_MAX_PER_PAGE || q->page < 1))
        return xs_diag_error(d, XS_E_LIMIT, NULL, 0, 0,
                             "paging needs page >= 1 and per_page between 1 and %d",
                             XS_STORE_MAX_PER_PAGE);
    xs_buf sql;
    xs_buf_init(&sql);
    xs_store_rows r;
    xs_store_rows_init(&r);
    size_t np = q->nparams;
    xs_value *params = xs_calloc(np + 2, sizeof *params);
    for (size_t i = 0; i < np; i++)
        params[i] = xs_retain(q->params[i]);
    xs_buf_adds(&sql, "SELECT ");
    if (q->ret == XS_STORE_RET_EXISTS)
        xs_buf_adds(&sql, "1");
    else if ((rc = output_list(t, q, &sql, d)) != XS_OK)
        goto out;
    if ((rc = from_clause(s, t, q, &sql, d)) != XS_OK)
        goto out;
    if (q->where_sql && *q->where_sql) {
        xs_buf_adds(&sql, " WHERE ");
        xs_buf_adds(&sql, q->where_sql);
    }
    if (q->ret != XS_STORE_RET_EXISTS && (rc = order_by(s, t, q, &sql, d)) != XS_OK)
        goto out;
    int64_t limit = q->limit, offset = q->offset > 0 ? q->offset : 0;
    if (q->ret == XS_STORE_RET_SINGLE || q->ret == XS_STORE_RET_EXISTS)
        limit = 1;
    if (paged) {
        offset += (q->page - 1) * q->per_page;
        limit = q->per_page + 1; /* one more tells whether a next page exists */
    }
    if (limit >= 0) {
        xs_buf_adds(&sql, " LIMIT ? OFFSET ?");
        params[np++] = xs_int(limit);
        params[np++] = xs_int(offset);
    } else if (offset > 0) {
        xs_buf_adds(&sql, s->kind == XS_STORE_PG ? " OFFSET ?" : " LIMIT -1 OFFSET ?");
        params[np++] = xs_int(offset);
    }
    rc = xs_store_exec(s, xs_buf_cstr(&sql), params, np, &r, d);
    if (rc != XS_OK)
        goto out;
    size_t n = xs_array_len(r.rows);
    if (q->ret == XS_STORE_RET_EXISTS) {
        *out = xs_bool(n > 0);
        goto out;
    }
    if (q->ret == XS_STORE_RET_SINGLE) {
        if (n > 0)
            *out = row_object_q(t, q, &r, 0);
        goto out;
    }
    bool more = paged && n > (size_t)q->per_page;
    if (more)
        n = (size_t)q->per_page;
    xs_value items = xs_array_new(n);
    row_shape rs;
    row_shape_init(&rs, t, q, &r);
    for (size_t i = 0; i < n; i++)
        xs_array_push(&items, row_object_s(&rs, &r, i));
    row_shape_release(&rs);
    if (!paged) {
        *out = items;
        goto out;
    }
    xs_value pg = xs_object_new(9);
    xs_object_set(&pg, XS_STR("itemsReceived"), xs_int((int64_t)n));
    xs_object_set(&pg, XS_STR("curPage"), xs_int(q->page));
    xs_object_set(&pg, XS_STR("nextPage"), more ? xs_int(q->page + 1) : xs_null());
    xs_object_set(&pg, XS_STR("prevPage"), q->page > 1 ? xs_int(q->page - 1) : xs_null());
    xs_object_set(&pg, XS_STR("offset"), xs_int(offset));
    xs_object_set(&pg, XS_STR("perPage"), xs_int(q->per_page));
    if (q->totals) {
        int64_t total = 0;
        rc = count_rows(s, t, q, &total, d);
        if (rc != XS_OK) {
            xs_release(pg);
            xs_release(items);
            goto out;
        }
        xs_object_set(&pg, XS_STR("itemsTotal"), xs_int(total));
        xs_object_set(&pg, XS_STR("pageTotal"),
                      xs_int(total == 0 ? 0 : (total + q->per_page - 1) / q->per_page));
    }
    xs_object_set(&pg, XS_STR("items"), items);
    *out = pg;
out:
    release_all(params, np);
    xs_free(params);
    xs_store_rows_release(&r);
    xs_buf_release(&sql);
    return rc;
}

/* ---- raw SQL from scripts ---- */

xs_status xs_store_direct_query(xs_store *s, const char *sql, xs_value args, bool single,
                                xs_value *out, xs_diag *d)
{
    *out = xs_null();
    size_t n = 0;
    const xs_value *params = NULL;
    xs_value tmp = xs_null();
    if (args.type == XS_ARRAY) {
        n = xs_array_len(args);
        tmp = xs_retain(args);
        xs_value_unshare(&tmp);
        params = n ? xs_array_at_mut(&tmp, 0) : NULL;
    } else if (args.type != XS_NULL) {
        params = &args;
        n = 1;
    }
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = xs_store_exec(s, sql, params, n, &r, d);
    xs_release(tmp);
    if (rc != XS_OK)
        goto out;
    size_t nrows = xs_array_len(r.rows);
    xs_value list = xs_array_new(single ? 1 : nrows);
    for (size_t i = 0; i < nrows && !(single && i > 0); i++) {
        xs_value row = xs_array_at(r.rows, i);
        xs_value o = xs_object_new(xs_array_len(row));
        for (size_t j = 0; j < xs_array_len(row); j++)
            xs_object_set(&o, xs_text_str(xs_array_at(r.cols, j)), xs_retain(xs_array_at(row, j)));
        xs_array_push(&list, o);
    }
    if (single) {
        *out = xs_array_len(list) ? xs_retain(xs_array_at(list, 0)) : xs_null();
        xs_release(list);
    } else {
        *out = list;
    }
out:
    xs_store_rows_release(&r);
    return rc;
}
