/*
 * store.h - the storage interface: one connection to SQLite or PostgreSQL
 * behind the same calls, and the table operations db.* statements use.
 *
 * A store is one connection. Each runner thread opens its own with
 * xs_store_open and uses it alone: an xs_store is not thread-safe, but any
 * number of stores (threads, processes, machines) may share one database.
 * The catalog of table definitions (schema.h) is built once, is read-only
 * afterwards, and is shared by every store of a workspace.
 *
 * Two implementations sit behind a vtable (store_int.h): store_sqlite.c
 * (a file in the workspace, WAL mode, busy timeout, case-sensitive LIKE) and
 * store_pg.c (libpq). Each caches its prepared statements by SQL text, per
 * connection. Values are always bound as parameters, never spliced into SQL;
 * the only names that reach SQL text are table and column names taken from
 * the catalog, quoted as identifiers.
 *
 * Values in and out are xs_value. In storage: json, object and list columns
 * are JSON text on SQLite and jsonb on PostgreSQL; timestamps are int64
 * milliseconds since the epoch on both; bool is 0/1 on SQLite and boolean on
 * PostgreSQL. Rows come back as objects keyed by column in schema order.
 *
 * Failures: every call returns XS_OK or a status with one error in the
 * xs_diag: XS_E_STORE when the database refused (its message quoted),
 * XS_E_NOTFOUND for an unknown table or column, XS_E_TYPE for a value that
 * does not fit its column, XS_E_USAGE for nonsense arguments.
 */
#ifndef XS_STORE_STORE_H
#define XS_STORE_STORE_H

#include "base/common.h"
#include "base/diag.h"
#include "value/value.h"

typedef struct xs_store xs_store;
typedef struct xs_store_catalog xs_store_catalog; /* schema.h */
typedef struct xs_store_table xs_store_table;     /* schema.h */

typedef enum xs_store_kind {
    XS_STORE_SQLITE,
    XS_STORE_PG,
} xs_store_kind;

/* ---- connections ---- */

/*
 * Opens a connection. url is one of
 *   postgres://... or postgresql://...   a PostgreSQL connection string
 *   sqlite:PATH, or any other text       an SQLite file at PATH, created if
 *                                        missing (":memory:" for a private
 *                                        in-memory database)
 * catalog (may be NULL, borrowed: it must outlive the store) names the
 * tables the table operations below know. *out is ours: xs_store_free.
 */
xs_status xs_store_open(const char *url, const xs_store_catalog *catalog, xs_store **out,
                        xs_diag *d);

/* Closes the connection, rolling back an open transaction. NULL is a no-op. */
void xs_store_free(xs_store *s);

xs_store_kind xs_store_kind_of(const xs_store *s);
const char *xs_store_kind_name(const xs_store *s); /* "sqlite" or "postgres" */
const xs_store_catalog *xs_store_catalog_of(const xs_store *s);
void xs_store_set_catalog(xs_store *s, const xs_store_catalog *catalog);

/* ---- raw SQL ---- */

/* What a statement returned: column names, rows (each an array of values
 * in column order) and the number of rows changed. Raw values: no column
 * type conversion (ints, decimals, text and null; bool on PostgreSQL). */
typedef struct xs_store_rows {
    xs_value cols;   /* array of texts */
    xs_value rows;   /* array of arrays */
    int64_t changes; /* rows inserted, updated or deleted */
} xs_store_rows;

void xs_store_rows_init(xs_store_rows *r);
void xs_store_rows_release(xs_store_rows *r);

/*
 * Runs one SQL statement with `?` placeholders bound to params[0..n)
 * (borrowed; null, bool, int, decimal or text; arrays and objects are bound
 * as JSON text). On PostgreSQL the `?` outside quotes become $1, $2...
 * out (may be NULL) receives the rows; it must be initialised and is
 * replaced. The statement is prepared once per connection and cached.
 */
xs_status xs_store_exec(xs_store *s, const char *sql, const xs_value *params, size_t n,
                        xs_store_rows *out, xs_diag *d);

/* Runs SQL text that may hold several statements and no parameters (DDL). */
xs_status xs_store_exec_script(xs_store *s, const char *sql, xs_diag *d);

/* ---- notifications (PostgreSQL LISTEN/NOTIFY) ---- */

/* Subscribes this connection to channel (an identifier). SQLite has no
 * notifications: a no-op there. */
xs_status xs_store_listen(xs_store *s, const char *channel, xs_diag *d);

/* Waits up to timeout_ms for a notification on a channel this connection
 * listens to; true when one (or more: all are consumed) arrived. On SQLite
 * it returns false at once. */
bool xs_store_wait_notify(xs_store *s, int timeout_ms);

/* Hands back what the connection caches and no statement holds (SQLite's
 * page cache), for a connection about to be idle; it fills again as it is
 * used. A no-op on PostgreSQL, whose cache is the server's. */
void xs_store_release_memory(xs_store *s);

/* ---- transactions ----
 * Nest: the outermost begin starts a transaction (BEGIN IMMEDIATE on
 * SQLite, so that writers queue on the busy timeout instead of failing on
 * upgrade), inner ones a savepoint. rollback undoes the innermost level. */
xs_status xs_store_begin(xs_store *s, xs_diag *d);
xs_status xs_store_commit(xs_store *s, xs_diag *d);
void xs_store_rollback(xs_store *s);
int xs_store_tx_depth(const xs_store *s);

/* ---- table operations (what db.* statements do) ----
 * table names a table of the catalog; field a column of it. now_ms is the
 * run's clock, used for `?=now` defaults. Results (*out) are ours. */

/* The first row whose field equals value, or null in *out when none. */
xs_status xs_store_get(xs_store *s, const char *table, const char *field, xs_value value,
                       xs_value *out, xs_diag *d);

/* true in *out when a row has field equal to value. */
xs_status xs_store_has(xs_store *s, const char *table, const char *field, xs_value value, bool *out,
                       xs_diag *d);

/* Inserts data (an object: column -> value; unknown keys are an error),
 * filling defaults, hashing passwords and creating a uuid id when the table
 * has one. *out: the row as stored. */
xs_status xs_store_add(xs_store *s, const char *table, xs_value data, int64_t now_ms, xs_value *out,
                       xs_diag *d);

/* Updates the columns named in data on the first row whose field equals
 * value. XS_E_NOTFOUND when there is none. *out: the row as stored. */
xs_status xs_store_edit(xs_store *s, const char *table, const char *field, xs_value value,
                        xs_value data, int64_t now_ms, xs_value *out, xs_diag *d);

/* Edits that row when it exists, else adds data (with field set to value
 * when data lacks it), in one transaction. */
xs_status xs_store_add_or_edit(xs_store *s, const char *table, const char *field, xs_value value,
                               xs_value data, int64_t now_ms, xs_value *out, xs_diag *d);

/* Deletes the first row whose field equals value; *deleted (may be NULL)
 * gets 0 or 1. */
xs_status xs_store_del(xs_store *s, const char *table, const char *field, xs_value value,
                       int64_t *deleted, xs_diag *d);

/* Deletes every row; reset also restarts the id sequence. */
xs_status xs_store_truncate(xs_store *s, const char *table, bool reset, xs_diag *d);

typedef enum xs_store_return {
    XS_STORE_RET_LIST,
    XS_STORE_RET_SINGLE,
    XS_STORE_RET_COUNT,
    XS_STORE_RET_EXISTS,
} xs_store_return;

enum { XS_STORE_MAX_PER_PAGE = 100000 };

/* A joined table of a query: `KIND JOIN "table" AS "alias" ON (on_sql)`.
 * on_sql comes from where.h over the query's tables; its parameters come
 * first in the query's params, before the where's. */
typedef struct xs_store_join {
    const char *alias;
    const char *table;
    const char *kind; /* "inner", "left" or "right" */
    const char *on_sql;
} xs_store_join;

/* A computed output field: `sql AS "name"` (a column of a joined table,
 * from where.h's xs_where_column), converted as col (NULL: raw). */
struct xs_store_column;
typedef struct xs_store_eval {
    const char *name;
    const char *sql;
    const struct xs_store_column *col;
} xs_store_eval;

/* One db.query. where_sql is a condition compiled by where.h (NULL for
 * none) with its params; sort is an object {column: "asc"|"desc"|"rand"}
 * or null; output an array of column names or null for all. limit/offset
 * below 0 mean none. paging: when per_page > 0 the result is Xano's paged
 * object {itemsReceived, curPage, nextPage, prevPage, offset, perPage,
 * itemsTotal, pageTotal (these two when totals), items}. */
typedef struct xs_store_query {
    const char *table;
    const char *where_sql;
    const xs_value *params;
    size_t nparams;
    xs_value sort;
    xs_value output;
    xs_store_return ret;
    int64_t limit;
    int64_t offset;
    int64_t page;
    int64_t per_page;
    bool totals;
    const xs_store_join *joins; /* columns are then qualified by table */
    size_t njoins;
    const xs_store_eval *evals; /* extra output fields, also sort keys */
    size_t nevals;
} xs_store_query;

void xs_store_query_init(xs_store_query *q, const char *table);

/* Runs q; *out: a list, a row or null, an int count, a bool, or the paged
 * object. */
xs_status xs_store_select(xs_store *s, const xs_store_query *q, xs_value *out, xs_diag *d);

/* Runs user SQL with `?` arguments bound from args (an array or null);
 * response_type "list" gives an array of objects (column -> raw value, JSON
 * text left as text), "single" the first row or null. */
xs_status xs_store_direct_query(xs_store *s, const char *sql, xs_value args, bool single,
                                xs_value *out, xs_diag *d);

/* Appends name as a quoted SQL identifier ("a""b"). */
struct xs_buf;
void xs_store_quote_ident(struct xs_buf *out, const char *name);

#endif
