/*
 * schema.h - `table` objects as the store sees them: columns with a type,
 * defaults and constraints, indexes, the catalog of a workspace's tables,
 * the DDL for each backend, migrations, and the conversion of values to and
 * from their column's storage form.
 *
 * Column types and how each backend stores them:
 *
 *   XanoScript           SQLite                 PostgreSQL
 *   int                  INTEGER                bigint
 *   decimal              REAL                   double precision
 *   text, email          TEXT                   text
 *   password             TEXT (bcrypt hash)     text (bcrypt hash)
 *   bool                 INTEGER 0/1            boolean
 *   timestamp            INTEGER (ms)           bigint (ms)
 *   date                 TEXT YYYY-MM-DD        date
 *   uuid                 TEXT                   uuid
 *   enum                 TEXT + CHECK (IN ...)  text + CHECK (IN ...)
 *   json, object, image, TEXT (JSON)            jsonb
 *   attachment, vector...
 *   any type with []     TEXT (JSON array)      jsonb (array)
 *   id                   INTEGER PRIMARY KEY    bigint identity
 *                        AUTOINCREMENT, or uuid primary key
 *
 * Passwords are hashed on write with the library's bcrypt
 * (xs_crypto_password_hash: "$2y$", cost 10), the form
 * security.check_password reads. A value that is already a bcrypt hash
 * ("$2y$", "$2b$" or "$2a$", xs_crypto_password_is_hash) is stored as is, so
 * export then import keeps it.
 *
 * Indexes: `{type: "primary"}` is the id; "btree" an index, "btree|unique"
 * (or "unique") a unique index; "gin" a GIN index on PostgreSQL and nothing
 * on SQLite (which has no equivalent); other types are ignored with a
 * warning. Index names are derived from the table and fields.
 *
 * Migrations (xs_store_migrate) keep a `xsflow_schema` table: one row per
 * table with its definition as JSON and a version counted up on each
 * change. New tables are created; new columns and indexes added; dropped
 * indexes dropped. Data-losing changes - a dropped column, a narrowed type -
 * are refused with a message naming them unless XS_MIGRATE_DESTRUCTIVE.
 *
 * A catalog is built single-threaded, then read-only: share it freely.
 */
#ifndef XS_STORE_SCHEMA_H
#define XS_STORE_SCHEMA_H

#include "base/buf.h"
#include "base/map.h"
#include "lang/ast.h"
#include "store/store.h"

typedef enum xs_col_type {
    XS_COL_INT,
    XS_COL_DECIMAL,
    XS_COL_TEXT,
    XS_COL_EMAIL,
    XS_COL_PASSWORD,
    XS_COL_BOOL,
    XS_COL_TIMESTAMP,
    XS_COL_DATE,
    XS_COL_UUID,
    XS_COL_ENUM,
    XS_COL_JSON, /* json, object, image, attachment, vector, geo... */
    XS_COL_TYPE_COUNT_
} xs_col_type;

typedef struct xs_store_column {
    char *name;
    char *type_name; /* as written: "int", "object", "image" */
    xs_col_type type;
    bool is_list;  /* text[]: stored as a JSON array */
    bool nullable; /* type? */
    bool optional; /* name? */
    bool sensitive;
    bool has_default;
    bool default_now; /* ?=now */
    xs_value def;     /* the default when has_default and not default_now; immortal */
    char **enum_values;
    size_t nenum;
    char *ref_table; /* table = "user"; NULL when none */
} xs_store_column;

typedef struct xs_store_index {
    char *name;
    char *type; /* "primary", "btree", "unique", "gin" */
    bool unique;
    char **fields;
    bool *desc;
    size_t nfields;
} xs_store_index;

struct xs_store_table {
    char *name;
    bool id_uuid;          /* id is a uuid rather than an autoincrement int */
    xs_store_column *cols; /* cols[0] is id */
    size_t ncols;
    xs_store_index *idx;
    size_t nidx;
};

struct xs_store_catalog {
    xs_map by_name; /* name -> xs_store_table * */
    xs_store_table **tables;
    size_t n;
};

/* ---- tables ---- */

/* Builds a table from a parsed `table` object. Errors name file:line:col.
 * *out is ours: xs_store_table_free. */
xs_status xs_store_table_from_ast(const xs_ast_object *o, const char *file, xs_store_table **out,
                                  xs_diag *d);

/* The canonical JSON of a definition (what xsflow_schema keeps), and back. */
void xs_store_table_to_json(const xs_store_table *t, xs_buf *out);
xs_status xs_store_table_from_json(xs_value def, xs_store_table **out, xs_diag *d);

void xs_store_table_free(xs_store_table *t);

/* The column named name, or NULL. */
const xs_store_column *xs_store_table_col(const xs_store_table *t, const char *name);

/* "int", "text"... for messages. */
const char *xs_col_type_name(xs_col_type t);

/* ---- catalog ---- */

xs_store_catalog *xs_store_catalog_new(void);
void xs_store_catalog_free(xs_store_catalog *c);

/* Adds t (taken). A second table of the same name is an error (t is freed). */
xs_status xs_store_catalog_add(xs_store_catalog *c, xs_store_table *t, xs_diag *d);

/* Adds every `table` object of doc. */
xs_status xs_store_catalog_add_doc(xs_store_catalog *c, const xs_ast_doc *doc, xs_diag *d);

const xs_store_table *xs_store_catalog_find(const xs_store_catalog *c, const char *name);

/* ---- DDL and migrations ---- */

/* Appends the CREATE TABLE statement (and CREATE INDEX statements, each
 * ending with ";\n") for t on backend kind. */
void xs_store_ddl_create(const xs_store_table *t, xs_store_kind kind, xs_buf *out);

enum xs_migrate_flags {
    XS_MIGRATE_DESTRUCTIVE = 1u << 0, /* allow dropped columns and narrowed types */
    XS_MIGRATE_DRY_RUN = 1u << 1,     /* plan only: report, change nothing */
};

/* Brings the database in line with the catalog, in one transaction. Each
 * change made (or planned) is added to d as a note ("table 'x': add column
 * 'y'"). A refused change is an XS_E_CHECK error naming the table, the
 * column and what would be lost. */
xs_status xs_store_migrate(xs_store *s, const xs_store_catalog *c, unsigned flags, xs_diag *d);

/* ---- values ---- */

/*
 * Converts v to what column col stores (the bound parameter): checks the
 * type, parses timestamps and dates, validates email, uuid and enum values,
 * hashes passwords, encodes JSON columns. *out is ours. A value that does
 * not fit is an XS_E_TYPE error naming the column.
 */
xs_status xs_store_to_db(xs_store_kind kind, const xs_store_table *t, const xs_store_column *col,
                         xs_value v, xs_value *out, xs_diag *d);

/* Converts a raw value read from col's storage back to the XanoScript
 * value (bool, decoded JSON, int timestamps...). raw is taken. */
xs_value xs_store_from_db(const xs_store_column *col, xs_value raw);

/* A fresh random (version 4) uuid, 36 characters, into buf[37]. */
void xs_store_uuid_v4(char buf[37]);

#endif
