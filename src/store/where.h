/*
 * where.h - a db.query `where` expression compiled to a parameterized SQL
 * condition for one table and backend.
 *
 *   $db.credentials.user_id == $input.user_id && $db.credentials.active
 *     -> ("user_id" = ?) AND ("active" = ?)          params [42, 1]
 *
 * Columns are `$db.TABLE.COLUMN` (or `$db.COLUMN`), optionally with a JSON
 * path into a json column (`$db.t.meta.plan`) and the filters lower/upper
 * (to_lower, to_upper) and trim. The other side of a comparison is any
 * expression: it is evaluated by the caller's callback (the interpreter)
 * and bound as a parameter, converted to the column's type. Names reach
 * the SQL only as quoted identifiers of columns the table has.
 *
 * Operators: == != (and === !==) < <= > >=, contains / not contains (array
 * element of a list or json column; substring of a text column), includes /
 * not includes (substring of text; element of a list), overlaps / not
 * overlaps (lists share an element), in / not in (an array of values),
 * like / not like (case-sensitive), ilike / not ilike, =~ / !=~ (regex,
 * PostgreSQL only), and comparisons between two columns. `== null` and
 * `!= null` become IS NULL / IS NOT NULL. `!=` keeps rows whose column is
 * null (as XanoScript's != would). A bare column (`$db.t.active`) means
 * "is true"; `!` negates.
 *
 * Ignore-if-null: an operator written with a trailing `?` (`==?`, `>=?`,
 * `in?`; the parser marks it XS_EXPR_F_IGNORE_NULL) drops its condition
 * when the value side is null. A dropped term disappears from its && or ||
 * (it does not become true inside an ||); when everything is dropped there
 * is no condition at all.
 *
 * A comparison with no column on either side is evaluated as a whole and
 * becomes 1=1 or 1=0.
 */
#ifndef XS_STORE_WHERE_H
#define XS_STORE_WHERE_H

#include "base/buf.h"
#include "base/diag.h"
#include "lang/ast.h"
#include "store/schema.h"

/* Evaluates e (not a $db column) to a value; *out is ours. */
typedef xs_status (*xs_where_eval_fn)(void *ctx, const xs_ast_expr *e, xs_value *out);

typedef struct xs_where {
    xs_buf sql;      /* the condition; empty when there is none */
    xs_value params; /* array of bound values, in `?` order */
} xs_where;

void xs_where_init(xs_where *w);
void xs_where_release(xs_where *w);

/*
 * Compiles e for table t on backend kind into w (initialised; appended to).
 * file names the source for diagnostics. Errors: XS_E_CHECK for a shape
 * that cannot become SQL (a filter we do not translate, an unknown
 * operator), XS_E_NOTFOUND for an unknown table or column, XS_E_TYPE for a
 * value that does not fit its column, or the callback's status.
 */
xs_status xs_where_compile(const xs_ast_expr *e, const xs_store_table *t, xs_store_kind kind,
                           xs_where_eval_fn eval, void *ctx, const char *file, xs_where *w,
                           xs_diag *d);

/* ---- joins ----
 * A query over joined tables names each by an alias (db.query's join keys;
 * the queried table's alias is its name). Columns are then written
 * `$db.ALIAS.col` and come out qualified: "alias"."col". */
typedef struct xs_where_table {
    const char *alias;
    const xs_store_table *t;
} xs_where_table;

/* xs_where_compile over tables[0..n) (tables[0] is the queried table; a
 * bare `$db.col` is one of its columns). */
xs_status xs_where_compile_join(const xs_ast_expr *e, const xs_where_table *tables, size_t n,
                                xs_store_kind kind, xs_where_eval_fn eval, void *ctx,
                                const char *file, xs_where *w, xs_diag *d);

/* The SQL of one column reference `$db.ALIAS.col` (with lower/upper/trim)
 * appended to sql, for db.query's eval; *col is its column (for the
 * conversion of what it reads). No parameters. */
xs_status xs_where_column(const xs_ast_expr *e, const xs_where_table *tables, size_t n,
                          xs_store_kind kind, const char *file, xs_buf *sql,
                          const xs_store_column **col, xs_diag *d);

#endif
