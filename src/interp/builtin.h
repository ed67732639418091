/*
 * builtin.h - how filters and statements written in C plug into the
 * interpreter. The standard library (src/lib) defines them in static tables,
 * one file per family; xs_lib_builtins() gathers the tables into one
 * xs_builtins, which the caller (CLI, engine, embedder) hands to the
 * interpreter. The interpreter indexes the tables by name once.
 *
 * A builtin is called with an xs_call: an opaque handle on the running
 * statement that lets it raise XanoScript errors, evaluate lazy arguments,
 * and reach the run (clock, environment, log). It is valid only during the
 * call. Builtins are called on the run's thread; they keep no state between
 * calls except through the run.
 */
#ifndef XS_INTERP_BUILTIN_H
#define XS_INTERP_BUILTIN_H

#include "base/common.h"
#include "lang/ast.h"
#include "value/value.h"

typedef struct xs_call xs_call;

enum xs_builtin_flag {
    /* Filter: the arguments are not evaluated before the call; the filter
     * evaluates them itself, per item, with xs_call_eval_arg (map, filter,
     * reduce, find, some, every...). Statement: the attributes are not
     * evaluated; use xs_call_attr_expr / xs_call_eval_attr (db.query's
     * where, which becomes SQL rather than a value). */
    XS_BUILTIN_LAZY = 1u << 0,
    /* Implemented in part; the doc line says what is missing. */
    XS_BUILTIN_PARTIAL = 1u << 1,
    /* Parsed but cannot run here (needs a third-party service); calling it
     * raises a clear error naming the statement. Listed so the support
     * matrix shows it. */
    XS_BUILTIN_UNAVAILABLE = 1u << 2,
};

#define XS_ARGS_ANY 255 /* max_args for variadic filters */

/*
 * A filter: `value|name:arg:arg`.
 * *val holds the piped value; the interpreter owns that slot. The filter
 * replaces it with its result (releasing what it replaces) or changes it in
 * place; mutators such as xs_array_push unshare first, so a value held only
 * by that slot is changed without a copy (this is what keeps the seed's
 * `$errors|push:$e` idiom linear). args are evaluated and borrowed (for a
 * lazy filter they are NULL and nargs still counts them).
 * On failure the filter leaves *val as it found it and returns the status
 * of xs_call_fail().
 */
typedef xs_status (*xs_filter_fn)(xs_call *c, xs_value *val, const xs_value *args, size_t nargs);

typedef struct xs_filter_def {
    const char *name;
    uint8_t min_args;
    uint8_t max_args; /* XS_ARGS_ANY for no limit */
    uint16_t flags;   /* xs_builtin_flag */
    xs_filter_fn fn;
    const char *doc; /* one line, for `xsflow help` and docs/language.md */
} xs_filter_def;

/*
 * A statement of the generic shape `ns.name ARG? { attrs } as $var`.
 * target: the variable slot named by ARG when ARG is a $variable
 * (`math.add $total { value = 1 }` changes $total), else NULL; arg: ARG's
 * value when it is not a variable (`db.get user {...}` gives "user"), else
 * null. attrs: an object of the evaluated attributes in source order
 * (empty for a lazy statement). *result: what `as $var` receives; leave it
 * null when the statement gives nothing.
 */
typedef xs_status (*xs_stmt_fn)(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                xs_value *result);

typedef struct xs_stmt_def {
    const char *name; /* "math.add", "security.create_uuid" */
    uint16_t flags;   /* xs_builtin_flag */
    xs_stmt_fn fn;
    const char *doc;
} xs_stmt_def;

/* A family of builtins: one per source file in src/lib. */
typedef struct xs_builtin_family {
    const char *name; /* "array", "text", "math"... */
    const xs_filter_def *filters;
    size_t nfilters;
    const xs_stmt_def *stmts;
    size_t nstmts;
} xs_builtin_family;

typedef struct xs_builtins {
    const xs_builtin_family *const *families;
    size_t nfamilies;
} xs_builtins;

/* ---- what a builtin may ask of its call ---- */

/* Raises a XanoScript error (catchable by try_catch): code is Xano's error
 * code ("ERROR_CODE_INPUT_ERROR", "ERROR_FATAL"...), the message says what
 * failed, naming the filter or statement. Returns XS_E_RUNTIME. */
xs_status xs_call_fail(xs_call *c, const char *code, const char *fmt, ...) XS_PRINTF(3, 4);

/* The bindings of a lazy filter's argument: $$ (and $this) is item; for
 * reduce, $result is *result when result is not NULL; $index is index. */
typedef struct xs_lambda_env {
    xs_value item;
    xs_value index;
    const xs_value *result;
} xs_lambda_env;

/* Lazy filters: evaluates argument i under env; *out is ours. */
xs_status xs_call_eval_arg(xs_call *c, size_t i, const xs_lambda_env *env, xs_value *out);

/* Lazy statements: the expression of attribute name (NULL when absent) and
 * its evaluation (null when absent). */
const xs_ast_expr *xs_call_attr_expr(xs_call *c, const char *name);
xs_status xs_call_eval_attr(xs_call *c, const char *name, xs_value *out);

/* Lazy statements: every attribute named name, in source order (the
 * header's first), evaluated into a new list *out (ours; empty when there
 * is none), for an attribute that may repeat (`arg = $a  arg = $b`). */
xs_status xs_call_eval_attr_all(xs_call *c, const char *name, xs_value *out);

/* Lazy statements: the `if (cond)` written after the argument
 * (`array.find ($list) if ($this > 1) as $x`); NULL when none. */
const xs_ast_expr *xs_call_cond_expr(xs_call *c);

/* Evaluates e, an expression of this call (from xs_call_attr_expr or
 * xs_call_cond_expr), with $$ and $this bound to env->item and $index to
 * env->index (env may be NULL: no bindings). *out is ours. */
xs_status xs_call_eval_lambda(xs_call *c, const xs_ast_expr *e, const xs_lambda_env *env,
                              xs_value *out);

/* The builtin's name as written, for messages. */
const char *xs_call_name(const xs_call *c);

/* The run's clock in ms since the epoch: fixed per statement, so that two
 * `now`s in one statement agree. */
int64_t xs_call_now_ms(const xs_call *c);

/* An environment variable as the run sees it ($env): the workspace's
 * xsflow.json "env" first, then the process environment. Borrowed; NULL
 * when unset. */
const xs_value *xs_call_env(xs_call *c, xs_str name);

/* The Redis server of the workspace's xsflow.json ("redis": {"url"}) and
 * its timeout in ms (0: the default) in *timeout_ms; NULL when none: the
 * redis.* statements then use the embedded store (lib/redis.h). */
const char *xs_call_redis_url(const xs_call *c, int *timeout_ms);

/* ---- statements that reach the database or run nested blocks ---- */

/* Evaluates e, a sub-expression of the statement's attributes (the value
 * side of a db.query `where` comparison), in the statement's scope. *out is
 * ours. Fails like any evaluation (a raised error: XS_E_RUNTIME). */
xs_status xs_call_eval_expr(xs_call *c, const xs_ast_expr *e, xs_value *out);

/* The run's database connection: an xs_store * (store/store.h), kept as
 * void * so this header does not depend on the store layer. NULL when the
 * run has no database; db.* statements then fail with a clear error.
 * Call it when the statement is about to use the database: the run's
 * store_use hook (the engine's lazy step transaction) runs first. */
void *xs_call_store(xs_call *c);

/* The body of the statement's nested block `name { ... }` (db.transaction's
 * `stack`), or NULL when absent. */
const xs_ast_block *xs_call_block(xs_call *c, const char *name);

/* Runs the statements of b in the statement's scope, as the body of a
 * control statement would run. XS_OK when the block ran to its end (or was
 * left by `return`, which the interpreter then carries on unwinding);
 * otherwise the status of what stopped it - XS_E_RUNTIME for a raised
 * error - which the statement returns unchanged after its cleanup (e.g. a
 * rollback) so that the error propagates to try_catch or the run. */
xs_status xs_call_run_block(xs_call *c, const xs_ast_block *b);

/* Evaluates e as xs_call_eval_expr does, with the variable `$name` bound to
 * value (borrowed) meanwhile; the variable's own value, if any, is back
 * afterwards. db.query's addon inputs read the record as `$output`. */
xs_status xs_call_eval_with_var(xs_call *c, const xs_ast_expr *e, const char *name, xs_value value,
                                xs_value *out);

/* Runs the workspace's addon object name (`addon NAME { input stack }`)
 * with input (borrowed), as function.run runs a function: its input block
 * binds input, its stack runs in a frame of its own. *out (ours) is what
 * the stack's last statement gave (its db.query or db.get). An unknown
 * name raises ERROR_CODE_NOT_FOUND; an error of the stack propagates. */
xs_status xs_call_run_addon(xs_call *c, xs_str name, xs_value input, xs_value *out);

/* The directory of the workspace's file storage (xsflow.json
 * "storage": {"dir": ...}, resolved against the workspace), or NULL when
 * none is configured; storage.* statements that keep files then fail. */
const char *xs_call_storage_dir(xs_call *c);

/* For a statement that changes the variable named by one of its
 * attributes (zip.add_to_archive's `zip = $archive`): stores v (taken) in
 * that variable. Fails (a raised error naming the statement, v released)
 * when the attribute is not a plain `$variable` of the function. */
xs_status xs_call_set_attr_var(xs_call *c, const char *name, xs_value v);

/* The function's variable named name (without '$') as `$name` reads it:
 * its variables once set, input, env and auth. Borrowed into *out (valid
 * until the run changes the variable); false (*out null) when there is no
 * such variable. For builtins that read variables by a name computed at
 * run time (util.template_engine). */
bool xs_call_var(xs_call *c, xs_str name, xs_value *out);

/* Counts n units of work (loop passes of a template, items it builds) as
 * statements: checks max_statements, the wall time, the memory limit and
 * the interrupt flag as a loop pass does. XS_OK, or the status of the
 * limit error it raised (not catchable, like the interpreter's own). */
xs_status xs_call_tick(xs_call *c, uint64_t n);

/* Writes a line to the run's log (stderr for `xsflow run`) with the run's
 * context (function, line). */
void xs_call_log(xs_call *c, const char *level, xs_value v);

#endif
