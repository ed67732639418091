/*
 * schema.h - what Xano's own XanoScript parser accepts beyond plain syntax,
 * written down as static tables: for every object kind the clauses it
 * allows and requires, for every statement its attributes, and the shapes
 * of the object literals some clauses take (an agent's llm, a trigger's
 * actions, a tool list, a cache setting).
 *
 * The tables are read-only and live for the whole process; any thread may
 * read them at any time. rules.c walks a parsed document against them.
 * Names in the tables are NUL-terminated; lookups take an xs_str so the
 * caller can pass a slice of the source.
 */
#ifndef XS_LANG_SCHEMA_H
#define XS_LANG_SCHEMA_H

#include "base/buf.h"
#include "base/common.h"

/* Flags of one attribute, clause or object key. */
enum {
    XS_SCHEMA_REQUIRED = 1u << 0, /* must be present */
    XS_SCHEMA_REPEAT = 1u << 1,   /* may be given more than once (test, arg) */
    XS_SCHEMA_BLOCK = 1u << 2,    /* written `name { ... }`, not `name = value` */
    XS_SCHEMA_AT_KEY = 1u << 3,   /* Xano reports a bad value at the key, not the value */
};

/* The values an attribute accepts. Only literal shapes are checked: any
 * attribute typed XS_SCHEMA_ANY takes any expression. */
typedef enum xs_schema_type {
    XS_SCHEMA_ANY,     /* any expression */
    XS_SCHEMA_BOOL,    /* the literal true or false */
    XS_SCHEMA_INT,     /* an integer literal */
    XS_SCHEMA_TEXT,    /* a "..." or """...""" string literal */
    XS_SCHEMA_NAME,    /* a non-empty "..." string literal (canonical, table...) */
    XS_SCHEMA_ONE_OF,  /* a string literal among `values` */
    XS_SCHEMA_HISTORY, /* false, "inherit", 0, 100, 1000, 10000 or all */
    XS_SCHEMA_LITERAL, /* a literal (bool, number, string, object, array), no variable */
    XS_SCHEMA_OBJECT,  /* an object literal checked against `shape` */
    XS_SCHEMA_OBJECTS, /* an array literal of object literals, each against `shape` */
    XS_SCHEMA_TEXTS,   /* an array literal of string literals */
    XS_SCHEMA_MAP,     /* an object literal whose values are object literals, each
                          checked against `shape` (a table's views) */
} xs_schema_type;

typedef struct xs_schema_shape xs_schema_shape;

/* One allowed attribute of a statement, clause of an object or key of an
 * object literal. */
typedef struct xs_schema_attr {
    const char *name;
    unsigned flags; /* XS_SCHEMA_* flags */
    xs_schema_type type;
    const char *const *values;    /* ONE_OF: the accepted strings, NULL-terminated */
    const xs_schema_shape *shape; /* OBJECT, OBJECTS: NULL accepts any keys */
    const char *missing;          /* required clauses: the words after "is missing " */
} xs_schema_attr;

/* The keys an object literal may hold. */
struct xs_schema_shape {
    const char *name; /* for messages: "actions", "tools", "cache" */
    const xs_schema_attr *keys;
    size_t n;
    bool strict;   /* keys outside the list are errors */
    bool nonempty; /* `{}` is an error: at least one key must be given */
};

/* An object kind (`function`, `agent_trigger`...) and its clauses. */
typedef struct xs_schema_object {
    const char *kind;
    const xs_schema_attr *clauses; /* in the order Xano lists them */
    size_t n;
    bool strict; /* clauses outside the list are errors */
} xs_schema_object;

/* Flags of a statement. */
enum {
    XS_SCHEMA_STMT_STRICT = 1u << 0,      /* attributes outside the list are errors */
    XS_SCHEMA_STMT_LISTED = 1u << 1,      /* Xano words a missing attribute as "The
                                             following required attribute(s) are missing" */
    XS_SCHEMA_STMT_NO_AS = 1u << 2,       /* gives no result: `as $x` is an error */
    XS_SCHEMA_STMT_NEEDS_AS = 1u << 3,    /* its result must be named with `as $x` */
    XS_SCHEMA_STMT_NEEDS_BODY = 1u << 4,  /* the `{ }` after the name is required */
    XS_SCHEMA_STMT_NEEDS_STACK = 1u << 5, /* its body must hold a `stack { }` */
    XS_SCHEMA_STMT_VAR_ARG = 1u << 6,     /* the argument is a variable of the stack
                                             (not a literal, $input or $env) */
    XS_SCHEMA_STMT_NAME_ARG = 1u << 7,    /* the argument names something: a word or a
                                             string, never a number */
    XS_SCHEMA_STMT_EXPECT = 1u << 8,      /* an assertion: `expect.x ($response)` */
    XS_SCHEMA_STMT_NO_ARG = 1u << 9,      /* takes no argument */
};

/* A statement (`redis.set`, `throw`) and its attributes. */
typedef struct xs_schema_stmt {
    const char *name; /* as written: "storage.sign_private_url" */
    const xs_schema_attr *attrs;
    size_t n;
    unsigned flags; /* XS_SCHEMA_STMT_* */
} xs_schema_stmt;

/* The object kind named kind, or NULL for a kind without rules. */
const xs_schema_object *xs_schema_object_find(xs_str kind);

/* The statement named name ("db.query"), or NULL for one without rules. */
const xs_schema_stmt *xs_schema_stmt_find(xs_str name);

/* The attribute named name in a list of n, or NULL. */
const xs_schema_attr *xs_schema_attr_find(const xs_schema_attr *attrs, size_t n, xs_str name);

/* Statement names written without a namespace that Xano knows
 * (`var`, `conditional`...), NULL-terminated. */
extern const char *const xs_schema_bare_stmts[];

/* The attributes a field body (`text name { ... }` in input or schema) may
 * hold, and how many. */
const xs_schema_attr *xs_schema_field_attrs(size_t *n);

/* The values of the `type` key of an agent's llm, NULL-terminated, and the
 * keys allowed for one of them (NULL for an unknown type). */
extern const char *const xs_schema_llm_types[];
const xs_schema_shape *xs_schema_llm_shape(xs_str type);

/* Every field type of input, schema and output blocks, NULL-terminated. */
extern const char *const xs_schema_field_types[];

/* The HTTP verbs a query may answer (`verb=GET`), NULL-terminated. */
extern const char *const xs_schema_query_verbs[];

/* Column types a table's `id` may have, NULL-terminated. */
extern const char *const xs_schema_id_types[];

/* Every object kind and statement with rules; for tests and `--help`. */
const xs_schema_object *xs_schema_objects(size_t *n);
const xs_schema_stmt *xs_schema_stmts(size_t *n);

#endif
