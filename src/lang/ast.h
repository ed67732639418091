/*
 * ast.h - the syntax tree of a XanoScript document, as the parser builds it
 * and the checker, formatter and interpreter read it.
 *
 * Ownership: every node, array and decoded string of a document lives in the
 * xs_arena given to the parser (xs_parse_doc in parser.h) and dies with it.
 * xs_str fields point either into the source text (which the caller keeps
 * alive as long as the tree) or into that arena. Nodes are never shared
 * between two parents; the tree is read-only once parsed, so any number of
 * threads may read it at once.
 *
 * Shape. A document holds objects (`function name { ... }`). An object's body
 * and every `{ ... }` after it are an xs_ast_block: an ordered list of items,
 * each one of
 *   - an attribute      `name = expr`                       (XS_ITEM_ATTR)
 *   - a nested block    `name ARG? { ... }`                 (XS_ITEM_BLOCK)
 *                       (input, stack, schema, test "t" {...}, cors {...})
 *   - a statement       (inside stack / each / try ... blocks)  (XS_ITEM_STMT)
 *   - a field           `type name?=def filters=... { ... }`    (XS_ITEM_FIELD)
 *                       (inside input / schema / output blocks)
 *   - a comment         `// ...` or a block comment kept for fmt (XS_ITEM_COMMENT)
 * Unknown clauses and attributes are kept as they are; deciding whether a
 * clause is allowed for an object kind is the checker's job (rules.h).
 *
 * Every node carries the position of its first byte: line and column
 * (1-based, column in bytes) and byte offset from the start of the file.
 */
#ifndef XS_LANG_AST_H
#define XS_LANG_AST_H

#include "base/arena.h"
#include "base/buf.h"
#include "base/common.h"

typedef struct xs_pos {
    uint32_t line; /* 1-based; 0 for "no position" */
    uint32_t col;  /* 1-based, in bytes */
    uint32_t off;  /* byte offset from the start of the source */
} xs_pos;

typedef struct xs_ast_expr xs_ast_expr;
typedef struct xs_ast_stmt xs_ast_stmt;
typedef struct xs_ast_block xs_ast_block;
typedef struct xs_ast_field xs_ast_field;
typedef struct xs_ast_item xs_ast_item;
typedef struct xs_ast_object xs_ast_object;
typedef struct xs_ast_doc xs_ast_doc;

/* ---- expressions ---- */

typedef enum xs_expr_kind {
    XS_EXPR_NULL,     /* null */
    XS_EXPR_BOOL,     /* true / false: u.b */
    XS_EXPR_INT,      /* 42: u.num.i, u.num.text as written */
    XS_EXPR_DECIMAL,  /* 4.2, 1e3: u.num.d, u.num.text as written */
    XS_EXPR_STRING,   /* "..", '..', """..""", ```..```: u.str */
    XS_EXPR_NOW,      /* the bare word now (current timestamp) */
    XS_EXPR_TIMESTAMP, /* 2025-01-01 08:00:00+0000 written bare: u.ident is its text */
    XS_EXPR_IDENT,    /* any other bare word used as a value: u.ident */
    XS_EXPR_ARRAY,    /* [a, b]: u.arr */
    XS_EXPR_OBJECT,   /* {k: v}: u.obj */
    XS_EXPR_VAR,      /* $name.a[0]["k"]: u.var */
    XS_EXPR_PATH,     /* (expr).a[0]: a path on a computed base: u.path */
    XS_EXPR_UNARY,    /* !a, -a: op + u.un */
    XS_EXPR_BINARY,   /* a OP b: op + u.bin */
    XS_EXPR_TERNARY,  /* c ? a : b: u.tern */
    XS_EXPR_FILTER,   /* base|name:arg:arg|name: u.filt */
    XS_EXPR_BACKTICK, /* `expr` (expression mode): u.tick */
    XS_EXPR_CAST,     /* !type "text" (a typed literal: !int "", !array "[]"): u.cast */
} xs_expr_kind;

/* Operators, from loosest to tightest binding (see parser.c for the table).
 * Word operators (contains, in, ...) appear in db `where` clauses. */
typedef enum xs_op {
    XS_OP_NONE,
    XS_OP_COALESCE,     /* ?? */
    XS_OP_OR,           /* || */
    XS_OP_AND,          /* && */
    XS_OP_EQ,           /* == */
    XS_OP_NE,           /* != */
    XS_OP_SEQ,          /* === */
    XS_OP_SNE,          /* !== */
    XS_OP_LT,           /* < */
    XS_OP_LE,           /* <= */
    XS_OP_GT,           /* > */
    XS_OP_GE,           /* >= */
    XS_OP_CONTAINS,     /* contains */
    XS_OP_NOT_CONTAINS, /* not contains */
    XS_OP_INCLUDES,     /* includes */
    XS_OP_NOT_INCLUDES, /* not includes */
    XS_OP_OVERLAPS,     /* overlaps */
    XS_OP_NOT_OVERLAPS, /* not overlaps */
    XS_OP_IN,           /* in */
    XS_OP_NOT_IN,       /* not in */
    XS_OP_LIKE,         /* like */
    XS_OP_NOT_LIKE,     /* not like */
    XS_OP_ILIKE,        /* ilike */
    XS_OP_NOT_ILIKE,    /* not ilike */
    XS_OP_REGEX,        /* =~ */
    XS_OP_NOT_REGEX,    /* !=~ */
    XS_OP_JSON_CONTAINS, /* @> (db: json/array contains) */
    XS_OP_CONCAT,       /* ~ (text concatenation) */
    XS_OP_ADD,          /* + */
    XS_OP_SUB,          /* - (binary) */
    XS_OP_MUL,          /* * */
    XS_OP_DIV,          /* / */
    XS_OP_MOD,          /* % */
    XS_OP_NOT,          /* ! (unary) */
    XS_OP_NEG,          /* - (unary) */
    XS_OP_COUNT_
} xs_op;

typedef enum xs_quote {
    XS_QUOTE_DOUBLE, /* "..." C escapes; an unknown escape \w gives w */
    XS_QUOTE_SINGLE, /* '...' only \\ and \' */
    XS_QUOTE_TRIPLE, /* """...""" multi-line, no escapes */
    XS_QUOTE_TICKS,  /* ```...``` multi-line, no escapes */
    XS_QUOTE_REGEX,  /* /pattern/flags as a filter argument; val keeps slashes and flags */
} xs_quote;

/* One step of a path: .name, .$name (name keeps the '$'), [expr]. */
typedef enum xs_seg_kind {
    XS_SEG_NAME,  /* .name or .$name; u.name */
    XS_SEG_INDEX, /* [expr]; u.index (a string or int literal for ["k"], [0]) */
} xs_seg_kind;

typedef struct xs_ast_seg {
    xs_seg_kind kind;
    xs_pos pos;
    xs_str name;        /* XS_SEG_NAME */
    xs_ast_expr *index; /* XS_SEG_INDEX */
} xs_ast_seg;

/* One filter of a chain: |name:arg:arg. args[i] are full expressions. A
 * name written with '!' (|!covers) keeps it: the negated db filter. */
typedef struct xs_ast_filter {
    xs_str name;
    xs_pos pos; /* of the name */
    xs_ast_expr **args;
    uint32_t nargs;
} xs_ast_filter;

/* One key of an object literal. The key is decoded text; key_quote tells
 * how it was written (-1 for a bare word or path like items.post). */
typedef struct xs_ast_entry {
    xs_str key;
    int key_quote; /* -1 bare, else an xs_quote */
    xs_pos pos;    /* of the key */
    xs_ast_expr *value;
} xs_ast_entry;

enum {
    XS_EXPR_F_PARENS = 1u << 0,      /* written inside ( ), kept for messages and fmt */
    XS_EXPR_F_IGNORE_NULL = 1u << 1, /* BINARY db operator written with '?' (==?, in?):
                                        the condition is skipped when the right side is null */
};

struct xs_ast_expr {
    uint8_t kind;  /* xs_expr_kind */
    uint8_t op;    /* xs_op for UNARY / BINARY */
    uint8_t flags; /* XS_EXPR_F_* */
    xs_pos pos;
    union {
        bool b;
        struct {
            int64_t i;   /* INT (a literal past INT64 becomes a DECIMAL) */
            double d;    /* DECIMAL */
            xs_str text; /* as written */
        } num;
        struct {
            xs_str val; /* decoded text */
            uint8_t quote; /* xs_quote */
        } str;
        xs_str ident;
        struct {
            xs_ast_expr **items;
            uint32_t n;
        } arr;
        struct {
            xs_ast_entry *items;
            uint32_t n;
        } obj;
        struct {
            xs_str name; /* without the '$': "input", "env", "db", "x"; "$" for $$ */
            xs_ast_seg *segs;
            uint32_t n;
        } var;
        struct {
            xs_ast_expr *base;
            xs_ast_seg *segs;
            uint32_t n;
        } path;
        struct {
            xs_ast_expr *a;
        } un;
        struct {
            xs_ast_expr *a;
            xs_ast_expr *b;
        } bin;
        struct {
            xs_ast_expr *cond;
            xs_ast_expr *then;
            xs_ast_expr *els;
        } tern;
        struct {
            xs_ast_expr *base;
            xs_ast_filter *items;
            uint32_t n;
        } filt;
        struct {
            xs_ast_expr *inner; /* parsed expression; NULL when empty */
            xs_str raw;         /* text between the backticks */
            uint8_t ticks;      /* 1 or 3 */
        } tick;
        struct {
            xs_str type; /* "int", "array", "bool"... */
            xs_ast_expr *value;
        } cast;
    } u;
};

/* ---- blocks, items, fields ---- */

typedef enum xs_item_kind {
    XS_ITEM_ATTR,    /* name = value */
    XS_ITEM_BLOCK,   /* name arg? { block } */
    XS_ITEM_STMT,    /* a statement */
    XS_ITEM_FIELD,   /* a field of input / schema / output */
    XS_ITEM_COMMENT, /* text of a // or block comment, as written */
} xs_item_kind;

struct xs_ast_item {
    uint8_t kind; /* xs_item_kind */
    xs_pos pos;
    xs_str name;         /* ATTR, BLOCK: the word before = or {; COMMENT: its text */
    xs_ast_expr *value;  /* ATTR */
    xs_ast_expr *arg;    /* BLOCK: `test "name" {}` gives a string; NULL when none */
    xs_ast_block *block; /* BLOCK */
    xs_ast_stmt *stmt;   /* STMT */
    xs_ast_field *field; /* FIELD */
};

struct xs_ast_block {
    xs_pos open;  /* the '{' */
    xs_pos close; /* the '}' */
    xs_ast_item *items;
    uint32_t n;
};

/* A field: `type? name?=default filters=f|g:1 { attrs, schema {...} }`.
 * `text[]` sets is_list; `?` after the type sets nullable; `?` after the
 * name sets optional. The body holds description, table, values (enum),
 * sensitive, and `schema { fields }` for nested objects. */
struct xs_ast_field {
    xs_pos pos;
    xs_str type;
    xs_str list_range; /* text between the brackets of `int [:3] name`; len 0 otherwise */
    xs_pos name_pos;
    xs_str name;      /* decoded; quoted names keep name_quoted; empty for `dblink { }` */
    bool name_quoted;
    bool is_list;
    bool nullable;
    bool optional;
    xs_ast_expr *def; /* default after `=`, NULL when none */
    xs_pos filters_pos;
    xs_ast_filter *filters; /* filters=trim|lower|min:3 */
    uint32_t nfilters;
    xs_ast_block *body; /* NULL when no { } */
};

/* ---- statements ---- */

typedef enum xs_stmt_kind {
    XS_STMT_GENERIC,        /* ns.name ARG? { body }? (as $var)? */
    XS_STMT_VAR,            /* var $x { value = e } */
    XS_STMT_VAR_UPDATE,     /* var.update $x { value = e } */
    XS_STMT_CONDITIONAL,    /* conditional { if (c) {} elseif (c) {} else {} } */
    XS_STMT_FOREACH,        /* foreach (list) { each as $item { } } */
    XS_STMT_FOREACH_REMOVE, /* foreach.remove */
    XS_STMT_FOR,            /* for (n) { each as $i { } } */
    XS_STMT_WHILE,          /* while (c) { each { } } */
    XS_STMT_SWITCH,         /* switch (e) { case (v) { } break  default { } } */
    XS_STMT_TRY_CATCH,      /* try_catch { try { } catch { } finally { } } */
    XS_STMT_GROUP,          /* group { stack { } } */
    XS_STMT_RETURN,         /* return { value = e } */
    XS_STMT_THROW,          /* throw { name = e value = e } */
    XS_STMT_PRECONDITION,   /* precondition (c) { error_type = error = payload = } */
    XS_STMT_BREAK,          /* break */
    XS_STMT_CONTINUE,       /* continue */
    XS_STMT_FUNCTION_RUN,   /* function.run NAME { input = e } as $x (generic shape) */
    XS_STMT_TASK_CALL,      /* task.call NAME as $x (generic shape) */
    XS_STMT_AWAIT,          /* await { ids = e timeout = e } as $x (generic shape) */
    XS_STMT_DEBUG_LOG,      /* debug.log { value = e } (generic shape) */
    XS_STMT_API_REQUEST,    /* api.request { url = .. method = .. } as $x (generic shape) */
    XS_STMT_KIND_COUNT_
} xs_stmt_kind;

/* One branch of a conditional: cond is NULL for else. body is never NULL
 * (an `elseif (c)` written without a block has an empty one). */
typedef struct xs_ast_branch {
    xs_pos pos;
    xs_ast_expr *cond;
    xs_ast_block *body;
} xs_ast_branch;

/* One case of a switch: value is NULL for default. */
typedef struct xs_ast_case {
    xs_pos pos;
    xs_ast_expr *value;
    xs_ast_block *body; /* never NULL; empty for `case (v) break` */
    bool has_break;     /* `break` written after the case */
} xs_ast_case;

/*
 * Every statement has the generic fields: name as written ("db.query",
 * "var", "foreach"), arg (the word, string, $var or (expr) after the name),
 * body (the `{ }` after it; its ATTR items are `name = expr` pairs in order)
 * and as_var. Control forms with a member in u (conditional, loops,
 * switch, try_catch, group) keep their parts there, and in body only the
 * attributes written among them (description, disabled), NULL when none;
 * var, return, throw, precondition and the rest keep their attributes in body.
 */
struct xs_ast_stmt {
    uint8_t kind; /* xs_stmt_kind */
    bool disabled; /* written with a leading '!': parsed but not run */
    xs_pos pos;
    xs_str name;
    xs_ast_expr *arg;    /* NULL when none */
    xs_ast_item *header; /* ATTR items on the statement's line: api.call "p" verb=POST */
    uint32_t nheader;
    xs_ast_expr *cond;   /* generic `if (cond)` after the argument (array.find); NULL */
    xs_ast_block *body;  /* NULL when none */
    xs_str as_var;      /* without '$'; len 0 when no `as` */
    xs_pos as_pos;
    union {
        struct {
            xs_ast_branch *items;
            uint32_t n;
        } cond; /* CONDITIONAL */
        struct {
            xs_ast_expr *subject; /* == arg: the list, the count or the condition */
            xs_str item;          /* FOREACH/FOR: `each as $item`, without '$'; len 0 for WHILE */
            xs_pos item_pos;
            xs_ast_block *each;   /* the statements run per iteration */
        } loop; /* FOREACH, FOR, WHILE */
        struct {
            xs_ast_expr *subject;
            xs_ast_case *items;
            uint32_t n;
        } sw; /* SWITCH */
        struct {
            xs_ast_block *try_body;
            xs_ast_block *catch_body;   /* NULL when none */
            xs_ast_block *finally_body; /* NULL when none */
        } tc; /* TRY_CATCH */
        struct {
            xs_ast_block *stack;
        } group; /* GROUP */
    } u;
};

/* ---- objects and documents ---- */

typedef enum xs_obj_kind {
    XS_OBJ_UNKNOWN,
    XS_OBJ_FUNCTION,
    XS_OBJ_TASK,
    XS_OBJ_QUERY,
    XS_OBJ_TABLE,
    XS_OBJ_API_GROUP,
    XS_OBJ_MIDDLEWARE,
    XS_OBJ_WORKFLOW_TEST,
    XS_OBJ_ADDON,
    XS_OBJ_AGENT,
    XS_OBJ_TOOL,
    XS_OBJ_MCP_SERVER,
    XS_OBJ_AGENT_TRIGGER,
    XS_OBJ_TABLE_TRIGGER,
    XS_OBJ_MCP_SERVER_TRIGGER,
    XS_OBJ_REALTIME_TRIGGER,
    XS_OBJ_WORKSPACE_TRIGGER,
    XS_OBJ_REALTIME_CHANNEL,
    XS_OBJ_WORKSPACE,
    XS_OBJ_BRANCH,
    XS_OBJ_KIND_COUNT_
} xs_obj_kind;

typedef enum xs_name_style {
    XS_NAME_IDENT,  /* foo */
    XS_NAME_PATH,   /* Workers/Step-N, foo/bar */
    XS_NAME_STRING, /* "Workers/reZEN - Onboarding" */
} xs_name_style;

struct xs_ast_object {
    xs_pos pos;
    uint8_t kind;     /* xs_obj_kind */
    xs_str kind_text; /* as written: "function", "query" */
    xs_pos name_pos;
    xs_str name; /* decoded */
    uint8_t name_style;
    xs_ast_item *header; /* ATTR items between the name and '{': verb=GET */
    uint32_t nheader;
    xs_ast_block *body;
};

struct xs_ast_doc {
    const char *file; /* as given to the parser; may be NULL */
    xs_str src;       /* the whole source text (borrowed) */
    xs_ast_object **objects;
    uint32_t n;
    xs_ast_item *comments; /* comments before the first object / after the last */
    uint32_t ncomments;
};

/* ---- accessors ---- */

/* "function", "query"...; "unknown" for XS_OBJ_UNKNOWN. Never NULL. */
const char *xs_ast_obj_kind_name(xs_obj_kind k);
/* The kind named by text, XS_OBJ_UNKNOWN when none. */
xs_obj_kind xs_ast_obj_kind_of(xs_str text);
/* Source spelling of an operator ("&&", "not contains"). Never NULL. */
const char *xs_ast_op_text(xs_op op);
/* "var", "foreach", "generic"... for messages and dumps. Never NULL. */
const char *xs_ast_stmt_kind_name(xs_stmt_kind k);

/* The first ATTR or BLOCK item of b named name; NULL when none or b NULL. */
const xs_ast_item *xs_ast_block_find(const xs_ast_block *b, const char *name);
/* The value of attribute name in b; NULL when absent. */
const xs_ast_expr *xs_ast_block_attr(const xs_ast_block *b, const char *name);
/* The body of nested block name in b; NULL when absent. */
const xs_ast_block *xs_ast_block_sub(const xs_ast_block *b, const char *name);

/* An object's clause by name (first match): item, attribute value, block. */
const xs_ast_item *xs_ast_object_clause(const xs_ast_object *o, const char *name);
const xs_ast_expr *xs_ast_object_attr(const xs_ast_object *o, const char *name);
const xs_ast_block *xs_ast_object_block(const xs_ast_object *o, const char *name);
/* A header attribute (`verb=GET`) by name; NULL when absent. */
const xs_ast_expr *xs_ast_object_header(const xs_ast_object *o, const char *name);

/* A statement's attribute (`value`, `input`...) from its body; NULL when absent. */
const xs_ast_expr *xs_ast_stmt_attr(const xs_ast_stmt *s, const char *name);

/*
 * Appends a deterministic text dump of the tree to out, one node per line,
 * indented. With positions false, two trees that differ only in layout and
 * comments dump the same: fmt's round-trip check compares these.
 */
void xs_ast_dump(const xs_ast_doc *doc, bool positions, xs_buf *out);

#endif
