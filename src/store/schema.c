/*
 * schema.c - table definitions: from the syntax tree, to and from JSON, to
 * DDL on each backend, migrations, and value conversion per column type.
 */
#include "store/schema.h"

#include <openssl/rand.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "lib/crypto.h"
#include "store/store_int.h"
#include "value/json.h"

/* ---- column types ---- */

static const char *const type_names[XS_COL_TYPE_COUNT_] = {
    [XS_COL_INT] = "int",
    [XS_COL_DECIMAL] = "decimal",
    [XS_COL_TEXT] = "text",
    [XS_COL_EMAIL] = "email",
    [XS_COL_PASSWORD] = "password",
    [XS_COL_BOOL] = "bool",
    [XS_COL_TIMESTAMP] = "timestamp",
    [XS_COL_DATE] = "date",
    [XS_COL_UUID] = "uuid",
    [XS_COL_ENUM] = "enum",
    [XS_COL_JSON] = "json",
};

const char *xs_col_type_name(xs_col_type t)
{
    return (unsigned)t < XS_COL_TYPE_COUNT_ ? type_names[t] : "?";
}

/* The storage type of a type name as written; false for an unknown name. */
static bool type_of(const char *name, xs_col_type *out)
{
    static const struct {
        const char *name;
        xs_col_type t;
    } map[] = {
        {"int", XS_COL_INT},
        {"integer", XS_COL_INT},
        {"decimal", XS_COL_DECIMAL},
        {"text", XS_COL_TEXT},
        {"email", XS_COL_EMAIL},
        {"password", XS_COL_PASSWORD},
        {"bool", XS_COL_BOOL},
        {"boolean", XS_COL_BOOL},
        {"timestamp", XS_COL_TIMESTAMP},
        {"date", XS_COL_DATE},
        {"uuid", XS_COL_UUID},
        {"enum", XS_COL_ENUM},
        {"json", XS_COL_JSON},
        {"object", XS_COL_JSON},
        {"image", XS_COL_JSON},
        {"video", XS_COL_JSON},
        {"audio", XS_COL_JSON},
        {"attachment", XS_COL_JSON},
        {"vector", XS_COL_JSON},
        {"geo_point", XS_COL_JSON},
        {"geo_polygon", XS_COL_JSON},
        {"geo_linestring", XS_COL_JSON},
        {"geo_multipoint", XS_COL_JSON},
        {"geo_multipolygon", XS_COL_JSON},
        {"geo_multilinestring", XS_COL_JSON},
    };
    for (size_t i = 0; i < XS_COUNTOF(map); i++) {
        if (strcmp(map[i].name, name) == 0) {
            *out = map[i].t;
            return true;
        }
    }
    return false;
}

static const char *sql_type(const xs_store_column *c, xs_store_kind k)
{
    bool pg = k == XS_STORE_PG;
    if (c->is_list)
        return pg ? "jsonb" : "TEXT";
    switch (c->type) {
    case XS_COL_INT:
    case XS_COL_TIMESTAMP:
        return pg ? "bigint" : "INTEGER";
    case XS_COL_DECIMAL:
        return pg ? "double precision" : "REAL";
    case XS_COL_BOOL:
        return pg ? "boolean" : "INTEGER";
    case XS_COL_DATE:
        return pg ? "date" : "TEXT";
    case XS_COL_UUID:
        return pg ? "uuid" : "TEXT";
    case XS_COL_JSON:
        return pg ? "jsonb" : "TEXT";
    default:
        return pg ? "text" : "TEXT";
    }
}

/* ---- tables: memory ---- */

static void column_release(xs_store_column *c)
{
    xs_free(c->name);
    xs_free(c->type_name);
    xs_value_free_immortal(c->def);
    for (size_t i = 0; i < c->nenum; i++)
        xs_free(c->enum_values[i]);
    xs_free(c->enum_values);
    xs_free(c->ref_table);
}

static void index_release(xs_store_index *x)
{
    xs_free(x->name);
    xs_free(x->type);
    for (size_t i = 0; i < x->nfields; i++)
        xs_free(x->fields[i]);
    xs_free(x->fields);
    xs_free(x->desc);
}

void xs_store_table_free(xs_store_table *t)
{
    if (!t)
        return;
    for (size_t i = 0; i < t->ncols; i++)
        column_release(&t->cols[i]);
    for (size_t i = 0; i < t->nidx; i++)
        index_release(&t->idx[i]);
    xs_free(t->cols);
    xs_free(t->idx);
    xs_free(t->name);
    xs_free(t);
}

const xs_store_column *xs_store_table_col(const xs_store_table *t, const char *name)
{
    for (size_t i = 0; i < t->ncols; i++)
        if (strcmp(t->cols[i].name, name) == 0)
            return &t->cols[i];
    return NULL;
}

static xs_store_column *add_col(xs_store_table *t)
{
    t->cols = xs_realloc(t->cols, (t->ncols + 1) * sizeof *t->cols);
    xs_store_column *c = &t->cols[t->ncols++];
    memset(c, 0, sizeof *c);
    c->def = xs_null();
    return c;
}

static xs_store_index *add_idx(xs_store_table *t)
{
    t->idx = xs_realloc(t->idx, (t->nidx + 1) * sizeof *t->idx);
    xs_store_index *x = &t->idx[t->nidx++];
    memset(x, 0, sizeof *x);
    return x;
}

/* Index names: table and fields, shortened with a hash past PostgreSQL's
 * 63-byte identifier limit. */
static void index_name(xs_store_table *t, xs_store_index *x)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_addf(&b, "%s", t->name);
    for (size_t i = 0; i < x->nfields; i++)
        xs_buf_addf(&b, "_%s", x->fields[i]);
    xs_buf_adds(&b, x->unique ? "_uniq" : strcmp(x->type, "gin") == 0 ? "_gin" : "_idx");
    if (b.len > 60) {
        uint64_t h = xs_hash_bytes(b.ptr, b.len);
        char tail[20];
        snprintf(tail, sizeof tail, "_%016llx", (unsigned long long)h);
        b.len = 60 - strlen(tail);
        b.ptr[b.len] = '\0';
        xs_buf_adds(&b, tail);
    }
    x->name = xs_buf_detach(&b, NULL);
}

/* ---- tables: from the syntax tree ---- */

/* The value of a literal expression (no variables, no filters). */
static bool literal(const xs_ast_expr *e, xs_value *out)
{
    switch (e->kind) {
    case XS_EXPR_NULL:
        *out = xs_null();
        return true;
    case XS_EXPR_BOOL:
        *out = xs_bool(e->u.b);
        return true;
    case XS_EXPR_INT:
        *out = xs_int(e->u.num.i);
        return true;
    case XS_EXPR_DECIMAL:
        *out = xs_dec(e->u.num.d);
        return true;
    case XS_EXPR_STRING:
        *out = xs_text_from_str(e->u.str.val);
        return true;
    case XS_EXPR_IDENT:
        *out = xs_text_from_str(e->u.ident);
        return true;
    case XS_EXPR_UNARY:
        if (e->op == XS_OP_NEG && literal(e->u.un.a, out)) {
            if (out->type == XS_INT && out->u.i != INT64_MIN) {
                out->u.i = -out->u.i;
                return true;
            }
            if (out->type == XS_DEC) {
                out->u.d = -out->u.d;
                return true;
            }
            xs_clear(out);
        }
        return false;
    case XS_EXPR_ARRAY: {
        xs_value a = xs_array_new(e->u.arr.n);
        for (uint32_t i = 0; i < e->u.arr.n; i++) {
            xs_value v;
            if (!literal(e->u.arr.items[i], &v)) {
                xs_release(a);
                return false;
            }
            xs_array_push(&a, v);
        }
        *out = a;
        return true;
    }
    case XS_EXPR_OBJECT: {
        xs_value o = xs_object_new(e->u.obj.n);
        for (uint32_t i = 0; i < e->u.obj.n; i++) {
            xs_value v;
            if (!literal(e->u.obj.items[i].value, &v)) {
                xs_release(o);
                return false;
            }
            xs_object_set(&o, e->u.obj.items[i].key, v);
        }
        *out = o;
        return true;
    }
    default:
        return false;
    }
}

static char *dup_str(xs_str s)
{
    return xs_strndup(s.ptr, s.len);
}

static const char *text_of(xs_value v)
{
    return v.type == XS_TEXT ? xs_text_ptr(v) : NULL;
}

static xs_status field_to_col(xs_store_table *t, const xs_ast_field *f, const char *file,
                              xs_diag *d)
{
    char *tname = dup_str(f->type);
    xs_col_type ty;
    if (!type_of(tname, &ty)) {
        xs_diag_warn(d, file, (int)f->pos.line, (int)f->pos.col,
                     "unknown column type '%s' in table '%s': stored as json", tname, t->name);
        ty = XS_COL_JSON;
    }
    xs_store_column *c = add_col(t);
    c->name = dup_str(f->name);
    c->type_name = tname;
    c->type = ty;
    c->is_list = f->is_list;
    c->nullable = f->nullable;
    c->optional = f->optional;
    if (f->def) {
        if (f->def->kind == XS_EXPR_NOW ||
            (f->def->kind == XS_EXPR_IDENT && xs_str_eq_cstr(f->def->u.ident, "now"))) {
            c->has_default = c->default_now = true;
        } else {
            xs_value v;
            if (!literal(f->def, &v))
                return xs_diag_error(d, XS_E_CHECK, file, (int)f->def->pos.line,
                                     (int)f->def->pos.col,
                                     "default of column '%s' must be a literal or now", c->name);
            c->has_default = true;
            c->def = xs_value_make_immortal(v);
        }
    }
    const xs_ast_block *body = f->body;
    const xs_ast_expr *e;
    if ((e = xs_ast_block_attr(body, "sensitive")) && e->kind == XS_EXPR_BOOL)
        c->sensitive = e->u.b;
    if ((e = xs_ast_block_attr(body, "table"))) {
        xs_value v;
        if (literal(e, &v) && v.type == XS_TEXT)
            c->ref_table = xs_strdup(xs_text_ptr(v));
        xs_release(v);
    }
    if (ty == XS_COL_ENUM) {
        e = xs_ast_block_attr(body, "values");
        xs_value v = xs_null();
        if (!e || !literal(e, &v) || v.type != XS_ARRAY || xs_array_len(v) == 0) {
            xs_release(v);
            return xs_diag_error(d, XS_E_CHECK, file, (int)f->pos.line, (int)f->pos.col,
                                 "enum column '%s' needs values = [\"a\", \"b\"]", c->name);
        }
        c->nenum = xs_array_len(v);
        c->enum_values = xs_calloc(c->nenum, sizeof *c->enum_values);
        for (size_t i = 0; i < c->nenum; i++) {
            xs_value s = xs_array_at(v, i);
            c->enum_values[i] = xs_strdup(s.type == XS_TEXT ? xs_text_ptr(s) : "");
        }
        xs_release(v);
    }
    return XS_OK;
}

/* One element of index = [...]: {type: "btree", field: [{name: "x", op: "desc"}]}. */
static xs_status index_from_value(xs_store_table *t, xs_value v, const char *file, xs_pos pos,
                                  xs_diag *d)
{
    if (v.type != XS_OBJECT)
        return xs_diag_error(d, XS_E_CHECK, file, (int)pos.line, (int)pos.col,
                             "each index of table '%s' must be an object", t->name);
    const xs_value *ty = xs_object_get(v, XS_STR("type"));
    const char *type = ty ? text_of(*ty) : NULL;
    if (!type)
        type = "btree";
    if (strcmp(type, "primary") == 0)
        return XS_OK; /* the id, always */
    bool unique = strstr(type, "unique") != NULL;
    const char *kind = unique ? "unique" : strncmp(type, "gin", 3) == 0 ? "gin" : "btree";
    if (!unique && strcmp(type, "btree") != 0 && strcmp(kind, "gin") != 0) {
        xs_diag_warn(d, file, (int)pos.line, (int)pos.col,
                     "index type '%s' of table '%s' is not supported here: ignored", type, t->name);
        return XS_OK;
    }
    const xs_value *fields = xs_object_get(v, XS_STR("field"));
    if (!fields || fields->type != XS_ARRAY || xs_array_len(*fields) == 0)
        return xs_diag_error(d, XS_E_CHECK, file, (int)pos.line, (int)pos.col,
                             "index of table '%s' needs field: [{name: \"...\"}]", t->name);
    xs_store_index *x = add_idx(t);
    x->type = xs_strdup(kind);
    x->unique = unique;
    x->nfields = xs_array_len(*fields);
    x->fields = xs_calloc(x->nfields, sizeof *x->fields);
    x->desc = xs_calloc(x->nfields, sizeof *x->desc);
    for (size_t i = 0; i < x->nfields; i++) {
        xs_value fv = xs_array_at(*fields, i);
        const xs_value *nm = fv.type == XS_OBJECT ? xs_object_get(fv, XS_STR("name")) : NULL;
        const char *name = nm ? text_of(*nm) : text_of(fv);
        if (!name || !xs_store_table_col(t, name))
            return xs_diag_error(d, XS_E_CHECK, file, (int)pos.line, (int)pos.col,
                                 "index of table '%s' names unknown column '%s'", t->name,
                                 name ? name : "?");
        x->fields[i] = xs_strdup(name);
        const xs_value *op = fv.type == XS_OBJECT ? xs_object_get(fv, XS_STR("op")) : NULL;
        x->desc[i] = op && text_of(*op) && strcmp(text_of(*op), "desc") == 0;
    }
    index_name(t, x);
    return XS_OK;
}

xs_status xs_store_table_from_ast(const xs_ast_object *o, const char *file, xs_store_table **out,
                                  xs_diag *d)
{
    *out = NULL;
    xs_store_table *t = xs_calloc(1, sizeof *t);
    t->name = dup_str(o->name);
    xs_status rc = XS_OK;
    const xs_ast_block *schema = xs_ast_object_block(o, "schema");
    const xs_ast_field *id = NULL;
    for (uint32_t i = 0; schema && i < schema->n; i++) {
        const xs_ast_item *it = &schema->items[i];
        if (it->kind == XS_ITEM_FIELD && xs_str_eq_cstr(it->field->name, "id"))
            id = it->field;
    }
    /* id first, always */
    xs_store_column *c = add_col(t);
    c->name = xs_strdup("id");
    if (id && xs_str_eq_cstr(id->type, "uuid")) {
        t->id_uuid = true;
        c->type = XS_COL_UUID;
        c->type_name = xs_strdup("uuid");
    } else {
        if (id && !xs_str_eq_cstr(id->type, "int")) {
            rc = xs_diag_error(d, XS_E_CHECK, file, (int)id->pos.line, (int)id->pos.col,
                               "id of table '%s' must be int or uuid", t->name);
            goto out_free;
        }
        c->type = XS_COL_INT;
        c->type_name = xs_strdup("int");
    }
    for (uint32_t i = 0; schema && i < schema->n; i++) {
        const xs_ast_item *it = &schema->items[i];
        if (it->kind != XS_ITEM_FIELD || it->field == id)
            continue;
        char *nm = dup_str(it->field->name);
        bool dup = xs_store_table_col(t, nm) != NULL;
        xs_free(nm);
        if (dup) {
            rc = xs_diag_error(d, XS_E_CHECK, file, (int)it->pos.line, (int)it->pos.col,
                               "column '%.*s' of table '%s' is declared twice",
                               (int)it->field->name.len, it->field->name.ptr, t->name);
            goto out_free;
        }
        rc = field_to_col(t, it->field, file, d);
        if (rc != XS_OK)
            goto out_free;
    }
    const xs_ast_expr *ix = xs_ast_object_attr(o, "index");
    if (ix) {
        xs_value v;
        if (!literal(ix, &v) || v.type != XS_ARRAY) {
            if (ix)
                xs_release(v);
            rc = xs_diag_error(d, XS_E_CHECK, file, (int)ix->pos.line, (int)ix->pos.col,
                               "index of table '%s' must be a literal list", t->name);
            goto out_free;
        }
        for (size_t i = 0; i < xs_array_len(v) && rc == XS_OK; i++)
            rc = index_from_value(t, xs_array_at(v, i), file, ix->pos, d);
        xs_release(v);
        if (rc != XS_OK)
            goto out_free;
    }
    *out = t;
    return XS_OK;
out_free:
    xs_store_table_free(t);
    return rc;
}

/* ---- tables: JSON ---- */

void xs_store_table_to_json(const xs_store_table *t, xs_buf *out)
{
    xs_value o = xs_object_new(4);
    xs_object_set(&o, XS_STR("name"), xs_text_cstr(t->name));
    xs_object_set(&o, XS_STR("id"), xs_text_cstr(t->id_uuid ? "uuid" : "int"));
    xs_value cols = xs_array_new(t->ncols);
    for (size_t i = 1; i < t->ncols; i++) {
        const xs_store_column *c = &t->cols[i];
        xs_value co = xs_object_new(8);
        xs_object_set(&co, XS_STR("name"), xs_text_cstr(c->name));
        xs_object_set(&co, XS_STR("type"), xs_text_cstr(c->type_name));
        if (c->is_list)
            xs_object_set(&co, XS_STR("list"), xs_bool(true));
        if (c->nullable)
            xs_object_set(&co, XS_STR("nullable"), xs_bool(true));
        if (c->optional)
            xs_object_set(&co, XS_STR("optional"), xs_bool(true));
        if (c->sensitive)
            xs_object_set(&co, XS_STR("sensitive"), xs_bool(true));
        if (c->default_now)
            xs_object_set(&co, XS_STR("default_now"), xs_bool(true));
        else if (c->has_default)
            xs_object_set(&co, XS_STR("default"), xs_retain(c->def));
        if (c->nenum) {
            xs_value vals = xs_array_new(c->nenum);
            for (size_t j = 0; j < c->nenum; j++)
                xs_array_push(&vals, xs_text_cstr(c->enum_values[j]));
            xs_object_set(&co, XS_STR("values"), vals);
        }
        if (c->ref_table)
            xs_object_set(&co, XS_STR("table"), xs_text_cstr(c->ref_table));
        xs_array_push(&cols, co);
    }
    xs_object_set(&o, XS_STR("columns"), cols);
    xs_value idx = xs_array_new(t->nidx);
    for (size_t i = 0; i < t->nidx; i++) {
        const xs_store_index *x = &t->idx[i];
        xs_value xo = xs_object_new(3);
        xs_object_set(&xo, XS_STR("type"), xs_text_cstr(x->type));
        xs_value fs = xs_array_new(x->nfields);
        for (size_t j = 0; j < x->nfields; j++) {
            xs_value f = xs_object_new(2);
            xs_object_set(&f, XS_STR("name"), xs_text_cstr(x->fields[j]));
            if (x->desc[j])
                xs_object_set(&f, XS_STR("op"), xs_text_cstr("desc"));
            xs_array_push(&fs, f);
        }
        xs_object_set(&xo, XS_STR("field"), fs);
        xs_array_push(&idx, xo);
    }
    xs_object_set(&o, XS_STR("indexes"), idx);
    xs_json_encode(o, XS_JSON_COMPACT, out);
    xs_release(o);
}

static bool get_bool(xs_value o, const char *key)
{
    const xs_value *v = xs_object_get(o, xs_str_of(key));
    return v && v->type == XS_BOOL && v->u.b;
}

xs_status xs_store_table_from_json(xs_value def, xs_store_table **out, xs_diag *d)
{
    *out = NULL;
    const xs_value *name = def.type == XS_OBJECT ? xs_object_get(def, XS_STR("name")) : NULL;
    const xs_value *cols = def.type == XS_OBJECT ? xs_object_get(def, XS_STR("columns")) : NULL;
    if (!name || !text_of(*name) || !cols || cols->type != XS_ARRAY)
        return xs_diag_error(d, XS_E_PARSE, NULL, 0, 0,
                             "malformed table definition in xsflow_schema");
    xs_store_table *t = xs_calloc(1, sizeof *t);
    t->name = xs_strdup(text_of(*name));
    const xs_value *id = xs_object_get(def, XS_STR("id"));
    t->id_uuid = id && text_of(*id) && strcmp(text_of(*id), "uuid") == 0;
    xs_store_column *c = add_col(t);
    c->name = xs_strdup("id");
    c->type = t->id_uuid ? XS_COL_UUID : XS_COL_INT;
    c->type_name = xs_strdup(t->id_uuid ? "uuid" : "int");
    for (size_t i = 0; i < xs_array_len(*cols); i++) {
        xs_value co = xs_array_at(*cols, i);
        const xs_value *cn = xs_object_get(co, XS_STR("name"));
        const xs_value *ct = xs_object_get(co, XS_STR("type"));
        if (!cn || !text_of(*cn) || !ct || !text_of(*ct)) {
            xs_store_table_free(t);
            return xs_diag_error(d, XS_E_PARSE, NULL, 0, 0,
                                 "malformed column in the stored definition of '%s'",
                                 text_of(*name));
        }
        c = add_col(t);
        c->name = xs_strdup(text_of(*cn));
        c->type_name = xs_strdup(text_of(*ct));
        if (!type_of(c->type_name, &c->type))
            c->type = XS_COL_JSON;
        c->is_list = get_bool(co, "list");
        c->nullable = get_bool(co, "nullable");
        c->optional = get_bool(co, "optional");
        c->sensitive = get_bool(co, "sensitive");
        c->default_now = get_bool(co, "default_now");
        const xs_value *dv = xs_object_get(co, XS_STR("default"));
        c->has_default = c->default_now || dv;
        if (dv)
            c->def = xs_value_make_immortal(xs_value_clone_deep(*dv));
        const xs_value *vals = xs_object_get(co, XS_STR("values"));
        if (vals && vals->type == XS_ARRAY) {
            c->nenum = xs_array_len(*vals);
            c->enum_values = xs_calloc(c->nenum ? c->nenum : 1, sizeof *c->enum_values);
            for (size_t j = 0; j < c->nenum; j++) {
                const char *s = text_of(xs_array_at(*vals, j));
                c->enum_values[j] = xs_strdup(s ? s : "");
            }
        }
        const xs_value *rt = xs_object_get(co, XS_STR("table"));
        if (rt && text_of(*rt))
            c->ref_table = xs_strdup(text_of(*rt));
    }
    const xs_value *idx = xs_object_get(def, XS_STR("indexes"));
    for (size_t i = 0; idx && idx->type == XS_ARRAY && i < xs_array_len(*idx); i++) {
        xs_diag tmp;
        xs_diag_init(&tmp);
        index_from_value(t, xs_array_at(*idx, i), NULL, (xs_pos){0, 0, 0}, &tmp);
        xs_diag_release(&tmp);
    }
    *out = t;
    return XS_OK;
}

/* ---- catalog ---- */

xs_store_catalog *xs_store_catalog_new(void)
{
    xs_store_catalog *c = xs_calloc(1, sizeof *c);
    xs_map_init(&c->by_name);
    return c;
}

void xs_store_catalog_free(xs_store_catalog *c)
{
    if (!c)
        return;
    for (size_t i = 0; i < c->n; i++)
        xs_store_table_free(c->tables[i]);
    xs_free(c->tables);
    xs_map_release(&c->by_name);
    xs_free(c);
}

xs_status xs_store_catalog_add(xs_store_catalog *c, xs_store_table *t, xs_diag *d)
{
    if (xs_map_get(&c->by_name, xs_str_of(t->name))) {
        xs_status rc =
            xs_diag_error(d, XS_E_CHECK, NULL, 0, 0, "table '%s' is defined twice", t->name);
        xs_store_table_free(t);
        return rc;
    }
    c->tables = xs_realloc(c->tables, (c->n + 1) * sizeof *c->tables);
    c->tables[c->n++] = t;
    xs_map_set(&c->by_name, xs_str_of(t->name), t, NULL);
    return XS_OK;
}

xs_status xs_store_catalog_add_doc(xs_store_catalog *c, const xs_ast_doc *doc, xs_diag *d)
{
    for (uint32_t i = 0; i < doc->n; i++) {
        const xs_ast_object *o = doc->objects[i];
        if (o->kind != XS_OBJ_TABLE)
            continue;
        xs_store_table *t;
        xs_status rc = xs_store_table_from_ast(o, doc->file, &t, d);
        if (rc == XS_OK)
            rc = xs_store_catalog_add(c, t, d);
        if (rc != XS_OK)
            return rc;
    }
    return XS_OK;
}

const xs_store_table *xs_store_catalog_find(const xs_store_catalog *c, const char *name)
{
    return c ? xs_map_get(&c->by_name, xs_str_of(name)) : NULL;
}

/* ---- DDL ---- */

static void sql_literal(xs_buf *out, const char *s)
{
    xs_buf_addc(out, '\'');
    for (; *s; s++) {
        if (*s == '\'')
            xs_buf_addc(out, '\'');
        xs_buf_addc(out, *s);
    }
    xs_buf_addc(out, '\'');
}

/* The CHECK constraint of an enum column. Its text is regenerated from the
 * old definition to find and replace it on SQLite. */
static void enum_check(const xs_store_table *t, const xs_store_column *c, xs_buf *out)
{
    xs_buf nm;
    xs_buf_init(&nm);
    xs_buf_addf(&nm, "%s_%s_enum", t->name, c->name);
    xs_buf_adds(out, "CONSTRAINT ");
    xs_store_quote_ident(out, xs_buf_cstr(&nm));
    xs_buf_release(&nm);
    xs_buf_adds(out, " CHECK (");
    xs_store_quote_ident(out, c->name);
    xs_buf_adds(out, " IN (");
    for (size_t i = 0; i < c->nenum; i++) {
        if (i)
            xs_buf_adds(out, ", ");
        sql_literal(out, c->enum_values[i]);
    }
    xs_buf_adds(out, "))");
}

/* A constant scalar default as SQL text, for DEFAULT clauses. */
static bool default_sql(const xs_store_column *c, xs_store_kind k, xs_buf *out)
{
    if (!c->has_default || c->default_now || c->is_list)
        return false;
    xs_value v = c->def;
    switch (v.type) {
    case XS_BOOL:
        if (c->type != XS_COL_BOOL)
            return false;
        xs_buf_adds(out, k == XS_STORE_PG ? (v.u.b ? "true" : "false") : (v.u.b ? "1" : "0"));
        return true;
    case XS_INT:
        if (c->type != XS_COL_INT && c->type != XS_COL_DECIMAL && c->type != XS_COL_TIMESTAMP)
            return false;
        xs_buf_addf(out, "%lld", (long long)v.u.i);
        return true;
    case XS_DEC:
        if (c->type != XS_COL_DECIMAL)
            return false;
        xs_buf_addf(out, "%.17g", v.u.d);
        return true;
    case XS_TEXT:
        if (c->type != XS_COL_TEXT && c->type != XS_COL_ENUM && c->type != XS_COL_EMAIL)
            return false;
        if (memchr(xs_text_ptr(v), '\0', xs_text_len(v)))
            return false;
        sql_literal(out, xs_text_ptr(v));
        return true;
    default:
        return false;
    }
}

static void column_def(const xs_store_table *t, const xs_store_column *c, xs_store_kind k,
                       xs_buf *out)
{
    xs_store_quote_ident(out, c->name);
    xs_buf_addf(out, " %s", sql_type(c, k));
    xs_buf dflt;
    xs_buf_init(&dflt);
    if (default_sql(c, k, &dflt))
        xs_buf_addf(out, " DEFAULT %s", xs_buf_cstr(&dflt));
    xs_buf_release(&dflt);
    if (c->type == XS_COL_ENUM && !c->is_list && c->nenum) {
        xs_buf_addc(out, ' ');
        enum_check(t, c, out);
    }
}

static void index_ddl(const xs_store_table *t, const xs_store_index *x, xs_store_kind k,
                      xs_buf *out)
{
    bool gin = strcmp(x->type, "gin") == 0;
    if (gin && k != XS_STORE_PG)
        return; /* SQLite has no inverted index */
    xs_buf_addf(out, "CREATE %sINDEX IF NOT EXISTS ", x->unique ? "UNIQUE " : "");
    xs_store_quote_ident(out, x->name);
    xs_buf_adds(out, " ON ");
    xs_store_quote_ident(out, t->name);
    if (gin)
        xs_buf_adds(out, " USING gin");
    xs_buf_adds(out, " (");
    for (size_t i = 0; i < x->nfields; i++) {
        if (i)
            xs_buf_adds(out, ", ");
        xs_store_quote_ident(out, x->fields[i]);
        if (x->desc[i] && !gin)
            xs_buf_adds(out, " DESC");
    }
    xs_buf_adds(out, ");\n");
}

void xs_store_ddl_create(const xs_store_table *t, xs_store_kind k, xs_buf *out)
{
    xs_buf_adds(out, "CREATE TABLE IF NOT EXISTS ");
    xs_store_quote_ident(out, t->name);
    xs_buf_adds(out, " (\n  \"id\" ");
    if (t->id_uuid)
        xs_buf_adds(out, k == XS_STORE_PG ? "uuid PRIMARY KEY" : "TEXT PRIMARY KEY NOT NULL");
    else
        xs_buf_adds(out, k == XS_STORE_PG ? "bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                                          : "INTEGER PRIMARY KEY AUTOINCREMENT");
    for (size_t i = 1; i < t->ncols; i++) {
        xs_buf_adds(out, ",\n  ");
        column_def(t, &t->cols[i], k, out);
    }
    xs_buf_adds(out, "\n);\n");
    for (size_t i = 0; i < t->nidx; i++)
        index_ddl(t, &t->idx[i], k, out);
}

/* ---- migrations ---- */

static const char *const schema_ddl = "CREATE TABLE IF NOT EXISTS xsflow_schema (\n"
                                      "  name TEXT PRIMARY KEY,\n"
                                      "  version INTEGER NOT NULL,\n"
                                      "  definition TEXT NOT NULL,\n"
                                      "  updated_at BIGINT NOT NULL\n"
                                      ");\n";

/* Whether changing a column from a to b keeps every value. */
static bool is_widening(const xs_store_column *a, const xs_store_column *b)
{
    if (a->is_list != b->is_list)
        return false;
    if (a->type == b->type) {
        if (a->type != XS_COL_ENUM)
            return true;
        for (size_t i = 0; i < a->nenum; i++) {
            bool kept = false;
            for (size_t j = 0; j < b->nenum && !kept; j++)
                kept = strcmp(a->enum_values[i], b->enum_values[j]) == 0;
            if (!kept)
                return false;
        }
        return true;
    }
    if (a->is_list)
        return b->type == XS_COL_JSON;
    if (b->type == XS_COL_TEXT)
        return a->type != XS_COL_JSON && a->type != XS_COL_PASSWORD;
    if (b->type == XS_COL_JSON)
        return false;
    return a->type == XS_COL_INT && b->type == XS_COL_DECIMAL;
}

static bool enum_changed(const xs_store_column *a, const xs_store_column *b)
{
    if (a->type != XS_COL_ENUM || b->type != XS_COL_ENUM || a->nenum != b->nenum)
        return a->type == XS_COL_ENUM || b->type == XS_COL_ENUM;
    for (size_t i = 0; i < a->nenum; i++)
        if (strcmp(a->enum_values[i], b->enum_values[i]) != 0)
            return true;
    return false;
}

static const xs_store_index *find_index(const xs_store_table *t, const char *name)
{
    for (size_t i = 0; i < t->nidx; i++)
        if (strcmp(t->idx[i].name, name) == 0)
            return &t->idx[i];
    return NULL;
}

typedef struct plan {
    xs_buf sql;       /* statements to run */
    bool sqlite_enum; /* SQLite enum CHECKs to rewrite in sqlite_schema */
    xs_buf enum_old;  /* ... pairs of old and new CHECK text, NUL-separated */
    size_t changes;
} plan;

static void note(xs_diag *d, bool dry, const char *table, const char *fmt, ...) XS_PRINTF(4, 5);
static void note(xs_diag *d, bool dry, const char *table, const char *fmt, ...)
{
    char msg[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    xs_diag_add(d, XS_DIAG_NOTE, NULL, 0, 0, "table '%s': %s%s", table, dry ? "would " : "", msg);
}

/* Plans the changes from old to t; refuses data-losing ones unless allowed. */
static xs_status plan_alter(xs_store *s, const xs_store_table *old, const xs_store_table *t,
                            unsigned flags, plan *p, xs_diag *d)
{
    xs_store_kind k = s->kind;
    bool destructive = flags & XS_MIGRATE_DESTRUCTIVE;
    bool dry = flags & XS_MIGRATE_DRY_RUN;
    xs_status rc = XS_OK;
    if (old->id_uuid != t->id_uuid)
        return xs_diag_error(d, XS_E_CHECK, NULL, 0, 0,
                             "table '%s': changing the id from %s to %s is not supported", t->name,
                             old->id_uuid ? "uuid" : "int", t->id_uuid ? "uuid" : "int");
    /* indexes first: a dropped column may have one */
    for (size_t i = 0; i < old->nidx; i++) {
        if (find_index(t, old->idx[i].name))
            continue;
        if (strcmp(old->idx[i].type, "gin") == 0 && k != XS_STORE_PG)
            continue;
        xs_buf_adds(&p->sql, "DROP INDEX IF EXISTS ");
        xs_store_quote_ident(&p->sql, old->idx[i].name);
        xs_buf_adds(&p->sql, ";\n");
        note(d, dry, t->name, "drop index '%s'", old->idx[i].name);
        p->changes++;
    }
    for (size_t i = 1; i < old->ncols; i++) {
        const xs_store_column *oc = &old->cols[i];
        if (xs_store_table_col(t, oc->name))
            continue;
        if (!destructive) {
            xs_diag_error(d, XS_E_CHECK, NULL, 0, 0,
                          "table '%s': column '%s' was removed; dropping it would delete its "
                          "data (run 'xsflow db migrate --allow-destructive' to drop it)",
                          t->name, oc->name);
            rc = XS_E_CHECK;
            continue;
        }
        xs_buf_adds(&p->sql, "ALTER TABLE ");
        xs_store_quote_ident(&p->sql, t->name);
        xs_buf_adds(&p->sql, " DROP COLUMN ");
        xs_store_quote_ident(&p->sql, oc->name);
        xs_buf_adds(&p->sql, ";\n");
        note(d, dry, t->name, "drop column '%s'", oc->name);
        p->changes++;
    }
    for (size_t i = 1; i < t->ncols; i++) {
        const xs_store_column *c = &t->cols[i];
        const xs_store_column *oc = xs_store_table_col(old, c->name);
        if (!oc) {
            xs_buf_adds(&p->sql, "ALTER TABLE ");
            xs_store_quote_ident(&p->sql, t->name);
            xs_buf_adds(&p->sql, " ADD COLUMN ");
            column_def(t, c, k, &p->sql);
            xs_buf_adds(&p->sql, ";\n");
            note(d, dry, t->name, "add column '%s' (%s%s)", c->name, c->type_name,
                 c->is_list ? "[]" : "");
            p->changes++;
            continue;
        }
        bool same_storage = strcmp(sql_type(oc, k), sql_type(c, k)) == 0;
        bool type_changed = oc->type != c->type || oc->is_list != c->is_list ||
                            strcmp(oc->type_name, c->type_name) != 0;
        bool widening = is_widening(oc, c);
        if ((type_changed || enum_changed(oc, c)) && !widening && !destructive) {
            xs_diag_error(d, XS_E_CHECK, NULL, 0, 0,
                          "table '%s': column '%s' changes from %s%s to %s%s, which may not "
                          "hold every stored value (run 'xsflow db migrate --allow-destructive' "
                          "to convert it anyway)",
                          t->name, c->name, oc->type_name, oc->is_list ? "[]" : "", c->type_name,
                          c->is_list ? "[]" : "");
            rc = XS_E_CHECK;
            continue;
        }
        if (type_changed)
            note(d, dry, t->name, "change column '%s' from %s to %s", c->name, oc->type_name,
                 c->type_name);
        if (k == XS_STORE_PG) {
            if (!same_storage) {
                xs_buf_adds(&p->sql, "ALTER TABLE ");
                xs_store_quote_ident(&p->sql, t->name);
                xs_buf_adds(&p->sql, " ALTER COLUMN ");
                xs_store_quote_ident(&p->sql, c->name);
                xs_buf_addf(&p->sql, " TYPE %s USING ", sql_type(c, k));
                xs_store_quote_ident(&p->sql, c->name);
                xs_buf_addf(&p->sql, "::%s;\n", sql_type(c, k));
            }
            if (enum_changed(oc, c)) {
                xs_buf nm;
                xs_buf_init(&nm);
                xs_buf_addf(&nm, "%s_%s_enum", t->name, c->name);
                xs_buf_adds(&p->sql, "ALTER TABLE ");
                xs_store_quote_ident(&p->sql, t->name);
                xs_buf_adds(&p->sql, " DROP CONSTRAINT IF EXISTS ");
                xs_store_quote_ident(&p->sql, xs_buf_cstr(&nm));
                xs_buf_adds(&p->sql, ";\n");
                xs_buf_release(&nm);
                if (c->type == XS_COL_ENUM && !c->is_list) {
                    xs_buf_adds(&p->sql, "ALTER TABLE ");
                    xs_store_quote_ident(&p->sql, t->name);
                    xs_buf_adds(&p->sql, " ADD ");
                    enum_check(t, c, &p->sql);
                    xs_buf_adds(&p->sql, ";\n");
                }
            }
        } else if (enum_changed(oc, c)) {
            /* SQLite cannot alter a CHECK: its text in sqlite_schema is
             * rewritten (the documented writable_schema procedure). */
            xs_buf o, n;
            xs_buf_init(&o);
            xs_buf_init(&n);
            if (oc->type == XS_COL_ENUM && !oc->is_list)
                enum_check(old, oc, &o);
            if (c->type == XS_COL_ENUM && !c->is_list)
                enum_check(t, c, &n);
            xs_buf_add(&p->enum_old, xs_buf_cstr(&o), o.len + 1);
            xs_buf_add(&p->enum_old, xs_buf_cstr(&n), n.len + 1);
            p->sqlite_enum = true;
            xs_buf_release(&o);
            xs_buf_release(&n);
        }
        if (type_changed || enum_changed(oc, c)) {
            if (!type_changed)
                note(d, dry, t->name, "change the values of enum column '%s'", c->name);
            p->changes++;
        }
    }
    for (size_t i = 0; i < t->nidx; i++) {
        if (find_index(old, t->idx[i].name))
            continue;
        index_ddl(t, &t->idx[i], k, &p->sql);
        note(d, dry, t->name, "add index '%s'", t->idx[i].name);
        p->changes++;
    }
    return rc;
}

/* Rewrites enum CHECK texts of table name in sqlite_schema. */
static xs_status sqlite_rewrite_checks(xs_store *s, const char *name, const xs_buf *pairs,
                                       xs_diag *d)
{
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_value arg = xs_text_cstr(name);
    xs_status rc = xs_store_exec(
        s, "SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = ?", &arg, 1, &r, d);
    if (rc != XS_OK || xs_array_len(r.rows) != 1)
        goto out;
    xs_value sqlv = xs_array_at(xs_array_at(r.rows, 0), 0);
    if (sqlv.type != XS_TEXT)
        goto out;
    xs_buf sql;
    xs_buf_init(&sql);
    xs_buf_adds(&sql, xs_text_ptr(sqlv));
    for (const char *p = pairs->ptr; p && p < pairs->ptr + pairs->len;) {
        const char *o = p;
        const char *n = o + strlen(o) + 1;
        p = n + strlen(n) + 1;
        const char *at = *o ? strstr(xs_buf_cstr(&sql), o) : NULL;
        xs_buf next;
        xs_buf_init(&next);
        if (at) {
            size_t pre = (size_t)(at - sql.ptr);
            xs_buf_add(&next, sql.ptr, pre);
            xs_buf_adds(&next, n);
            xs_buf_adds(&next, at + strlen(o));
        } else if (*n) {
            /* no CHECK before: append one before the closing parenthesis */
            const char *close = strrchr(xs_buf_cstr(&sql), ')');
            size_t pre = close ? (size_t)(close - sql.ptr) : sql.len;
            xs_buf_add(&next, sql.ptr, pre);
            xs_buf_addf(&next, ", %s", n);
            xs_buf_adds(&next, sql.ptr + pre);
        } else {
            xs_buf_adds(&next, xs_buf_cstr(&sql));
        }
        xs_buf_release(&sql);
        sql = next;
    }
    rc = xs_store_exec_script(s, "PRAGMA writable_schema=ON", d);
    if (rc == XS_OK) {
        xs_value args[2] = {xs_text_cstr(xs_buf_cstr(&sql)), xs_text_cstr(name)};
        rc = xs_store_exec(s, "UPDATE sqlite_schema SET sql = ? WHERE type = 'table' AND name = ?",
                           args, 2, NULL, d);
        xs_release(args[0]);
        xs_release(args[1]);
        /* a new schema version makes every connection reload the schema */
        xs_store_rows ver;
        xs_store_rows_init(&ver);
        if (rc == XS_OK)
            rc = xs_store_exec(s, "PRAGMA schema_version", NULL, 0, &ver, d);
        if (rc == XS_OK) {
            char bump[64];
            snprintf(bump, sizeof bump, "PRAGMA schema_version=%lld",
                     (long long)xs_array_at(xs_array_at(ver.rows, 0), 0).u.i + 1);
            rc = xs_store_exec_script(s, bump, d);
        }
        xs_store_rows_release(&ver);
        xs_diag tmp;
        xs_diag_init(&tmp);
        xs_store_exec_script(s, "PRAGMA writable_schema=OFF", &tmp);
        xs_diag_release(&tmp);
    }
    xs_buf_release(&sql);
out:
    xs_release(arg);
    xs_store_rows_release(&r);
    return rc;
}

static xs_status migrate_table(xs_store *s, const xs_store_table *t, unsigned flags, xs_diag *d)
{
    bool dry = flags & XS_MIGRATE_DRY_RUN;
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_value name = xs_text_cstr(t->name);
    xs_store_table *old = NULL;
    plan p = {0};
    xs_buf_init(&p.sql);
    xs_buf_init(&p.enum_old);
    xs_buf def;
    xs_buf_init(&def);
    int64_t version = 0;
    xs_status rc = xs_store_exec(s, "SELECT version, definition FROM xsflow_schema WHERE name = ?",
                                 &name, 1, &r, d);
    if (rc != XS_OK)
        goto out;
    xs_store_table_to_json(t, &def);
    if (xs_array_len(r.rows) == 0) {
        xs_store_ddl_create(t, s->kind, &p.sql);
        note(d, dry, t->name, "create (%zu columns, %zu indexes)", t->ncols, t->nidx);
        p.changes = 1;
    } else {
        xs_value row = xs_array_at(r.rows, 0);
        xs_value ver = xs_array_at(row, 0);
        xs_value text = xs_array_at(row, 1);
        version = ver.type == XS_INT ? ver.u.i : 0;
        if (text.type == XS_TEXT && xs_text_len(text) == def.len &&
            memcmp(xs_text_ptr(text), def.ptr, def.len) == 0)
            goto out; /* unchanged */
        xs_value olddef = xs_null();
        if (text.type == XS_TEXT)
            rc = xs_json_decode(xs_text_ptr(text), xs_text_len(text), &olddef, d);
        if (rc == XS_OK)
            rc = xs_store_table_from_json(olddef, &old, d);
        xs_release(olddef);
        if (rc != XS_OK)
            goto out;
        rc = plan_alter(s, old, t, flags, &p, d);
        if (rc != XS_OK)
            goto out;
    }
    if (dry)
        goto out;
    if (p.sql.len) {
        rc = xs_store_exec_script(s, xs_buf_cstr(&p.sql), d);
        if (rc != XS_OK)
            goto out;
    }
    if (p.sqlite_enum) {
        rc = sqlite_rewrite_checks(s, t->name, &p.enum_old, d);
        if (rc != XS_OK)
            goto out;
    }
    xs_value args[4] = {xs_retain(name), xs_int(version + 1), xs_text_new(def.ptr, def.len),
                        xs_int(xs_clock_now_ms())};
    rc = xs_store_exec(s,
                       version ? "UPDATE xsflow_schema SET version = ?2, definition = ?3, "
                                 "updated_at = ?4 WHERE name = ?1"
                               : "INSERT INTO xsflow_schema (name, version, definition, "
                                 "updated_at) VALUES (?1, ?2, ?3, ?4)",
                       args, 4, NULL, d);
    for (size_t i = 0; i < 4; i++)
        xs_release(args[i]);
out:
    xs_buf_release(&def);
    xs_buf_release(&p.sql);
    xs_buf_release(&p.enum_old);
    xs_store_table_free(old);
    xs_release(name);
    xs_store_rows_release(&r);
    return rc;
}

xs_status xs_store_migrate(xs_store *s, const xs_store_catalog *c, unsigned flags, xs_diag *d)
{
    xs_status rc = xs_store_begin(s, d);
    if (rc != XS_OK)
        return rc;
    /* one migration at a time: SQLite's BEGIN IMMEDIATE already queues
     * writers; on PostgreSQL, processes starting together queue on a lock */
    if (s->kind == XS_STORE_PG)
        rc = xs_store_exec(s, "SELECT pg_advisory_xact_lock(7170731410)", NULL, 0, NULL, d);
    if (rc == XS_OK)
        rc = xs_store_exec_script(s, schema_ddl, d);
    xs_status first = rc;
    /* a refused change (XS_E_CHECK) runs no SQL, so the other tables are
     * still checked and every refusal reported; any other failure stops */
    for (size_t i = 0; (first == XS_OK || first == XS_E_CHECK) && c && i < c->n; i++) {
        rc = migrate_table(s, c->tables[i], flags, d);
        if (rc != XS_OK && (first == XS_OK || rc != XS_E_CHECK))
            first = rc;
    }
    if (first != XS_OK || (flags & XS_MIGRATE_DRY_RUN)) {
        xs_store_rollback(s);
        return first;
    }
    return xs_store_commit(s, d);
}

/* ---- uuids ---- */

void xs_store_uuid_v4(char buf[37])
{
    unsigned char b[16];
    if (RAND_bytes(b, sizeof b) != 1)
        xs_oom();
    b[6] = (unsigned char)((b[6] & 0x0f) | 0x40);
    b[8] = (unsigned char)((b[8] & 0x3f) | 0x80);
    snprintf(buf, 37, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x", b[0],
             b[1], b[2], b[3], b[4], b[5], b[6], b[7], b[8], b[9], b[10], b[11], b[12], b[13],
             b[14], b[15]);
}

/* ---- values ---- */

static bool is_uuid(const char *s, size_t n)
{
    if (n != 36)
        return false;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return false;
        } else if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'))) {
            return false;
        }
    }
    return true;
}

static bool is_email(const char *s, size_t n)
{
    const char *at = memchr(s, '@', n);
    if (!at || at == s || at == s + n - 1)
        return false;
    for (size_t i = 0; i < n; i++)
        if (s[i] == ' ' || s[i] == '\0' || s[i] == '\n')
            return false;
    return memchr(at + 1, '@', (size_t)(s + n - at - 1)) == NULL;
}

static xs_status bad(xs_diag *d, const xs_store_table *t, const xs_store_column *c, xs_value v,
                     const char *why)
{
    if (why)
        return xs_diag_error(d, XS_E_TYPE, NULL, 0, 0, "column '%s' of table '%s' (%s%s): %s",
                             c->name, t->name, c->type_name, c->is_list ? "[]" : "", why);
    return xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                         "column '%s' of table '%s' (%s%s): cannot store a value of type %s",
                         c->name, t->name, c->type_name, c->is_list ? "[]" : "",
                         xs_value_type_name(v));
}

xs_status xs_store_to_db(xs_store_kind kind, const xs_store_table *t, const xs_store_column *c,
                         xs_value v, xs_value *out, xs_diag *d)
{
    *out = xs_null();
    if (v.type == XS_NULL)
        return XS_OK;
    if (c->is_list || c->type == XS_COL_JSON) {
        if (c->is_list && v.type != XS_ARRAY)
            return bad(d, t, c, v, "a list column needs an array");
        xs_buf b;
        xs_buf_init(&b);
        xs_status rc = xs_json_encode(v, XS_JSON_COMPACT, &b);
        if (rc != XS_OK) {
            xs_buf_release(&b);
            return bad(d, t, c, v, "value nests too deeply");
        }
        *out = xs_text_from_buf(&b);
        return XS_OK;
    }
    switch (c->type) {
    case XS_COL_INT:
        if (v.type == XS_INT) {
            *out = v;
            return XS_OK;
        }
        if (v.type == XS_BOOL) {
            *out = xs_int(v.u.b);
            return XS_OK;
        }
        if (v.type == XS_DEC && v.u.d == (double)(int64_t)v.u.d) {
            *out = xs_int((int64_t)v.u.d);
            return XS_OK;
        }
        if (v.type == XS_TEXT) {
            xs_value n;
            if (xs_text_to_number(xs_text_str(v), &n) && n.type == XS_INT) {
                *out = n;
                return XS_OK;
            }
        }
        return bad(d, t, c, v, v.type == XS_TEXT ? "text is not an integer" : NULL);
    case XS_COL_DECIMAL:
        if (v.type == XS_INT) {
            *out = xs_dec((double)v.u.i);
            return XS_OK;
        }
        if (v.type == XS_DEC) {
            *out = v;
            return XS_OK;
        }
        if (v.type == XS_TEXT) {
            xs_value n;
            if (xs_text_to_number(xs_text_str(v), &n)) {
                *out = n.type == XS_INT ? xs_dec((double)n.u.i) : n;
                return XS_OK;
            }
        }
        return bad(d, t, c, v, v.type == XS_TEXT ? "text is not a number" : NULL);
    case XS_COL_BOOL: {
        bool b;
        if (v.type == XS_BOOL)
            b = v.u.b;
        else if (v.type == XS_INT)
            b = v.u.i != 0;
        else if (v.type == XS_TEXT &&
                 (xs_str_eq_cstr(xs_text_str(v), "true") || xs_str_eq_cstr(xs_text_str(v), "1")))
            b = true;
        else if (v.type == XS_TEXT && (xs_str_eq_cstr(xs_text_str(v), "false") ||
                                       xs_str_eq_cstr(xs_text_str(v), "0") || xs_text_len(v) == 0))
            b = false;
        else
            return bad(d, t, c, v, NULL);
        *out = kind == XS_STORE_PG ? xs_bool(b) : xs_int(b);
        return XS_OK;
    }
    case XS_COL_TIMESTAMP: {
        int64_t ms;
        if (v.type == XS_INT)
            ms = v.u.i;
        else if (v.type == XS_DEC && v.u.d >= -9.2e18 && v.u.d <= 9.2e18)
            ms = (int64_t)v.u.d;
        else if (v.type == XS_TEXT && xs_str_eq_cstr(xs_text_str(v), "now"))
            ms = xs_clock_now_ms();
        else if (v.type == XS_TEXT && xs_time_parse(xs_text_ptr(v), xs_text_len(v), &ms))
            ;
        else
            return bad(d, t, c, v, v.type == XS_TEXT ? "text is not a timestamp" : NULL);
        *out = xs_int(ms);
        return XS_OK;
    }
    case XS_COL_DATE: {
        int64_t ms;
        if (v.type == XS_INT)
            ms = v.u.i;
        else if (v.type == XS_TEXT && xs_time_parse(xs_text_ptr(v), xs_text_len(v), &ms))
            ;
        else
            return bad(d, t, c, v, v.type == XS_TEXT ? "text is not a date" : NULL);
        int64_t days = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
        int64_t y;
        unsigned m, dd;
        xs_civil_from_days(days, &y, &m, &dd);
        char buf[32];
        snprintf(buf, sizeof buf, "%04lld-%02u-%02u", (long long)y, m, dd);
        *out = xs_text_cstr(buf);
        return XS_OK;
    }
    default:
        break;
    }
    /* text-like columns */
    xs_value s;
    if (v.type == XS_TEXT) {
        s = xs_retain(v);
    } else if (v.type == XS_INT || v.type == XS_DEC || v.type == XS_BOOL) {
        xs_buf b;
        xs_buf_init(&b);
        if (v.type == XS_INT)
            xs_buf_addf(&b, "%lld", (long long)v.u.i);
        else if (v.type == XS_DEC)
            xs_json_encode_dec(v.u.d, &b);
        else
            xs_buf_adds(&b, v.u.b ? "true" : "false");
        s = xs_text_from_buf(&b);
    } else {
        return bad(d, t, c, v, NULL);
    }
    const char *p = xs_text_ptr(s);
    size_t n = xs_text_len(s);
    xs_status rc = XS_OK;
    switch (c->type) {
    case XS_COL_EMAIL:
        if (!is_email(p, n))
            rc = xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                               "column '%s' of table '%s': '%.60s' is not an email address",
                               c->name, t->name, p);
        break;
    case XS_COL_UUID:
        if (!is_uuid(p, n))
            rc = xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                               "column '%s' of table '%s': '%.60s' is not a uuid", c->name, t->name,
                               p);
        break;
    case XS_COL_ENUM: {
        bool ok = false;
        for (size_t i = 0; i < c->nenum && !ok; i++)
            ok = strlen(c->enum_values[i]) == n && memcmp(c->enum_values[i], p, n) == 0;
        if (!ok)
            rc = xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                               "column '%s' of table '%s': '%.60s' is not one of its enum values",
                               c->name, t->name, p);
        break;
    }
    case XS_COL_PASSWORD:
        /* the library's bcrypt, so security.check_password reads it; a hash
         * (an exported row) is kept as is */
        if (memchr(p, '\0', n)) {
            rc = bad(d, t, c, s, "a password cannot hold a NUL byte");
        } else if (!xs_crypto_password_is_hash(xs_text_str(s))) {
            xs_value h = xs_null();
            rc = xs_crypto_password_hash(NULL, xs_text_str(s), &h);
            if (rc != XS_OK)
                rc = xs_diag_error(d, XS_E_INTERNAL, NULL, 0, 0,
                                   "cannot hash the password of column '%s' of table '%s'", c->name,
                                   t->name);
            xs_release(s);
            s = h;
        }
        break;
    default:
        break;
    }
    if (rc != XS_OK) {
        xs_release(s);
        return rc;
    }
    *out = s;
    return XS_OK;
}

xs_value xs_store_from_db(const xs_store_column *c, xs_value raw)
{
    if (raw.type == XS_NULL)
        return raw;
    if (c->is_list || c->type == XS_COL_JSON) {
        if (raw.type != XS_TEXT)
            return raw;
        xs_diag tmp;
        xs_diag_init(&tmp);
        xs_value v;
        xs_status rc = xs_json_decode(xs_text_ptr(raw), xs_text_len(raw), &v, &tmp);
        xs_diag_release(&tmp);
        if (rc != XS_OK)
            return raw;
        xs_release(raw);
        return v;
    }
    switch (c->type) {
    case XS_COL_BOOL:
        if (raw.type == XS_INT)
            return xs_bool(raw.u.i != 0);
        if (raw.type == XS_TEXT) {
            bool b =
                xs_text_len(raw) > 0 && (xs_text_ptr(raw)[0] == 't' || xs_text_ptr(raw)[0] == '1');
            xs_release(raw);
            return xs_bool(b);
        }
        return raw;
    case XS_COL_INT:
    case XS_COL_TIMESTAMP:
        if (raw.type == XS_DEC)
            return xs_int((int64_t)raw.u.d);
        if (raw.type == XS_TEXT) {
            xs_value n;
            if (xs_text_to_number(xs_text_str(raw), &n)) {
                xs_release(raw);
                return n.type == XS_DEC ? xs_int((int64_t)n.u.d) : n;
            }
        }
        return raw;
    case XS_COL_DECIMAL:
        if (raw.type == XS_INT)
            return xs_dec((double)raw.u.i);
        if (raw.type == XS_TEXT) {
            xs_value n;
            if (xs_text_to_number(xs_text_str(raw), &n)) {
                xs_release(raw);
                return n.type == XS_INT ? xs_dec((double)n.u.i) : n;
            }
        }
        return raw;
    default:
        if (raw.type == XS_INT || raw.type == XS_DEC) {
            xs_buf b;
            xs_buf_init(&b);
            if (raw.type == XS_INT)
                xs_buf_addf(&b, "%lld", (long long)raw.u.i);
            else
                xs_json_encode_dec(raw.u.d, &b);
            return xs_text_from_buf(&b);
        }
        return raw;
    }
}
