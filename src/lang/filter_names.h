/*
 * filter_names.h - every filter name XanoScript knows, as Xano's own parser
 * checks them: the filters of ordinary expressions (`$x|trim`), the filters
 * of db query conditions (`where = $db.t.age|between:18:65`), and the input
 * filters of a field (`text name filters=trim|min:3`), which depend on the
 * field's type. Also the old names Xano dropped, to suggest the new one.
 *
 * The lists were read off Xano's XanoScript reference on docs.xano.com and
 * checked against what its parser accepts and rejects. The tables are
 * static and read-only: any thread may call these at any time.
 */
#ifndef XS_LANG_FILTER_NAMES_H
#define XS_LANG_FILTER_NAMES_H

#include "base/buf.h"

/* Where a filter name is allowed. */
enum {
    XS_FILTER_VALUE = 1u << 0, /* in ordinary expressions */
    XS_FILTER_QUERY = 1u << 1, /* in a db query condition (db.query where) */
    XS_FILTER_EXT = 1u << 2,   /* this runtime also runs it in ordinary expressions,
                                  where Xano's parser rejects it: a query filter
                                  (timestamp_year) or a retired alias (lower) */
};

/* The XS_FILTER_* flags of an expression filter name (without a leading
 * '!'), 0 when Xano knows no such filter. Case-sensitive, as Xano is. */
unsigned xs_filter_name_flags(xs_str name);

/* Whether this runtime compiles filter name to SQL on a $db column in a
 * where clause (`$db.t.name|starts_with:"a"`, `($db.t.name|strlen) > 3`).
 * The list follows store/where.c. A leading '!' negates a condition. */
bool xs_filter_name_is_sql(xs_str name);

/* The name that replaced a retired one ("lower" gives "to_lower"), or NULL. */
const char *xs_filter_name_retired(xs_str name);

/* The known name closest to a misspelt or retired one among the names
 * whose flags intersect want ("divider" gives "divide", "array_push"
 * gives "push"), or NULL when none is close. */
const char *xs_filter_name_suggest(xs_str name, unsigned want);

/* A few query filter names for messages: "add, between, to_lower, ...". */
const char *xs_filter_query_examples(void);

/* The input filters a field of type type may take, NULL-terminated; NULL
 * when Xano does not restrict that type (bool, timestamp, object...). A
 * type that takes none (json, file, enum) gives an empty list. */
const char *const *xs_input_filter_names(xs_str type);

/* true when name is an input filter of some field type. */
bool xs_input_filter_is_known(xs_str name);

/* The name in names (NULL-terminated; NULL means every input filter)
 * closest to name, or NULL when none is close. */
const char *xs_input_filter_suggest(xs_str name, const char *const *names);

#endif
