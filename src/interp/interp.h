/*
 * interp.h - the XanoScript interpreter as the layers above see it: load a
 * workspace (a directory of .xs files plus its xsflow.json), then run one
 * of its functions with an input and get its response or its error.
 *
 * Ownership. A workspace owns its parsed documents; it must outlive every
 * interpreter made on it and is read-only once loaded (any number of
 * threads may share it). An interpreter caches per-function data (variable
 * slots, resolved filters and callees) and is used by one thread at a
 * time: give each runner thread its own. Values handed in are borrowed;
 * values handed out belong to the caller.
 *
 * Errors. A XanoScript error that no try_catch caught ends the run with
 * XS_E_RUNTIME (XS_E_LIMIT when a run limit was passed) and an error
 * object {name, message, code, payload?, location, stack}; problems that
 * are not XanoScript errors (a missing function, a workspace that does not
 * parse) are reported in the xs_diag.
 */
#ifndef XS_INTERP_INTERP_H
#define XS_INTERP_INTERP_H

#include "base/common.h"
#include "base/diag.h"
#include "interp/builtin.h"
#include "lang/ast.h"
#include "value/value.h"

/* ---- limits ---- */

/* Per-run ceilings; 0 means "no limit" for each. The defaults suit a CLI
 * run and are overridden by xsflow.json "limits" (same key names). */
typedef struct xs_limits {
    uint64_t max_statements;   /* statements executed, across every call */
    int64_t max_wall_ms;       /* wall time from the start of the run */
    uint64_t max_memory_bytes; /* heap in use by the process above its level at the start */
    uint32_t max_call_depth;   /* nested function.run calls */
} xs_limits;

/* The built-in defaults (see interp.c). */
xs_limits xs_limits_default(void);

/* ---- workspaces ---- */

typedef struct xs_workspace xs_workspace;

/* An empty workspace rooted at dir (may be NULL: in memory only). */
xs_workspace *xs_workspace_new(const char *dir);
void xs_workspace_free(xs_workspace *ws);

/*
 * Loads every *.xs file under dir (recursively, in name order) and
 * dir/xsflow.json when present. Syntax errors and duplicate names are
 * added to d; returns XS_E_PARSE (or XS_E_IO) after loading what it could.
 */
xs_status xs_workspace_load_dir(const char *dir, xs_workspace **out, xs_diag *d);

/* The same into an existing workspace; files loaded already (the same
 * file by its real path) are skipped. */
xs_status xs_workspace_load_into(xs_workspace *ws, const char *dir, xs_diag *d);

/* Parses src[0..len) (copied) as the file named file and indexes its
 * objects. The tests build in-memory workspaces with it. */
xs_status xs_workspace_add_source(xs_workspace *ws, const char *file, const char *src, size_t len,
                                  xs_diag *d);

/* Loads a whole file from disk with xs_workspace_add_source. */
xs_status xs_workspace_add_file(xs_workspace *ws, const char *path, xs_diag *d);

/* Applies an xsflow.json text: "env" (object of strings) and "limits". */
xs_status xs_workspace_set_config(xs_workspace *ws, const char *json, size_t len, const char *file,
                                  xs_diag *d);

/* The function (or task) named name; NULL when absent. */
const xs_ast_object *xs_workspace_function(const xs_workspace *ws, xs_str name);

/* The addon object named name (`addon NAME { input {...} stack {...} }`,
 * run by db.query's and db.get's `addon`); NULL when absent. */
const xs_ast_object *xs_workspace_addon(const xs_workspace *ws, xs_str name);

/* The file an object came from (for locations); "" when unknown. */
const char *xs_workspace_file_of(const xs_workspace *ws, const xs_ast_object *obj);

/* The only function of file (by the path given when it was added); NULL
 * when the file holds none or several. */
const xs_ast_object *xs_workspace_only_function(const xs_workspace *ws, const char *file);

/* The parsed documents in load order; NULL when i is past the end. */
const xs_ast_doc *xs_workspace_doc(const xs_workspace *ws, size_t i);

/* The workspace limits: defaults overridden by xsflow.json. */
xs_limits xs_workspace_limits(const xs_workspace *ws);

/* $env.name as a run sees it: the workspace's "env" first, then the
 * process environment; null when neither has it. Ours to release. */
xs_value xs_workspace_env_value(const xs_workspace *ws, const char *name);

/* ---- running ---- */

typedef struct xs_interp xs_interp;

/* An interpreter over ws with the builtins b (both borrowed, must outlive
 * it). Every family's filters and statements are indexed by name; a later
 * family replaces an earlier one's entry of the same name. */
xs_interp *xs_interp_new(const xs_workspace *ws, const xs_builtins *b);
void xs_interp_free(xs_interp *in);

/* The database db.* statements use (an xs_store *, store/store.h; kept
 * opaque because the store is a layer above). Borrowed; NULL for none. */
void xs_interp_set_store(xs_interp *in, void *store);

/* Where debug.log and builtins' log lines go (default stderr). */
void xs_interp_set_log(xs_interp *in, FILE *log);

/* ---- step hooks ----
 * What the engine sees of a run: every function.run (at any depth) and
 * api.request is a step. before() is called once the callee and its input
 * are known; it may let the call run, replace it with a recorded outcome
 * (the callee is then not run), or stop the run. after() is called once a
 * call that ran has returned or raised, before the script goes on. Both run
 * on the run's thread. */
typedef enum xs_step_kind {
    XS_STEP_FUNCTION,    /* function.run: callee is the function's name */
    XS_STEP_API_REQUEST, /* api.request: callee is "api.request" */
} xs_step_kind;

typedef struct xs_step_info {
    xs_step_kind kind;
    const char *callee; /* NUL-terminated */
    xs_value input;     /* borrowed: the function's input, or api.request's attributes */
    uint32_t depth;     /* 1 for a call made by the run's own function */
    const char *file;   /* of the calling statement */
    xs_pos pos;
} xs_step_info;

typedef enum xs_step_action {
    XS_STEP_RUN,          /* make the call */
    XS_STEP_REPLAY,       /* *out is the call's response; the call is not made */
    XS_STEP_REPLAY_ERROR, /* *out is the error object the call raised; it is raised again */
    XS_STEP_STOP,         /* end the run now with *out as its error (not catchable) */
} xs_step_action;

typedef struct xs_step_hooks {
    void *ctx;
    /* *out starts null; what the hook puts there becomes the interpreter's. */
    xs_step_action (*before)(void *ctx, const xs_step_info *s, xs_value *out);
    /* st is XS_OK with the response, or the error status with the error
     * object (borrowed both). */
    void (*after)(void *ctx, const xs_step_info *s, xs_status st, xs_value response,
                  xs_value error);
    /* Before a statement uses the run's database (NULL: not needed). */
    void (*store_use)(void *ctx);
} xs_step_hooks;

/* ---- mocks ----
 * A test run (interp/testing.h) answers a statement that carries a `mock`
 * attribute, such as a db.query, with a value of its test instead of
 * running it. lookup is asked before such a statement runs, with where the
 * statement is and the call depth (1: the run's own function); it returns
 * true and sets *out (the interpreter's) when the statement is mocked. */
typedef struct xs_mock_hooks {
    void *ctx;
    bool (*lookup)(void *ctx, const char *file, xs_pos pos, uint32_t depth, xs_value *out);
} xs_mock_hooks;

typedef struct xs_run_opts {
    const xs_limits *limits;    /* NULL: the workspace's limits */
    xs_value auth;              /* $auth; null when none */
    void *store;                /* an xs_store * for db.* statements; NULL: the interpreter's */
    const xs_step_hooks *hooks; /* NULL: none */
    /* Read before each statement (may be set from another thread); once
     * nonzero the run stops with an uncatchable ERROR_INTERRUPTED error
     * (cancellation, timeouts). NULL: never. */
    const volatile int *interrupt;
    const xs_mock_hooks *mocks; /* NULL: none (every run but a test's) */
    /* Called between two statements every few thousand statements (never
     * inside a library call): a runner that shares its thread with others
     * may let them run there (engine/carrier.c). NULL: none. */
    void (*yield_point)(void *ctx);
    void *yield_ctx;
} xs_run_opts;

/*
 * Runs fn with input (an object, or null for none). Input is validated and
 * coerced against fn's input block first. On XS_OK *response holds the
 * response; on XS_E_RUNTIME / XS_E_LIMIT *error holds the error object
 * {name, message, code, payload?, location, stack} and *response is null.
 * Both are the caller's to release. opts may be NULL.
 */
xs_status xs_interp_run(xs_interp *in, const xs_ast_object *fn, xs_value input,
                        const xs_run_opts *opts, xs_value *response, xs_value *error);

/* Validates and coerces input against fn's input block without running
 * fn (a webhook checks its input before it queues a run): on XS_OK
 * *coerced holds the input fn would see; else *error holds the input
 * error as xs_interp_run gives it. */
xs_status xs_interp_check_input(xs_interp *in, const xs_ast_object *fn, xs_value input,
                                xs_value *coerced, xs_value *error);

/* The same, by function name; a missing function is XS_E_NOTFOUND in d. */
xs_status xs_interp_run_name(xs_interp *in, xs_str name, xs_value input, const xs_run_opts *opts,
                             xs_value *response, xs_value *error, xs_diag *d);

/* ---- util.post_process ----
 * `util.post_process { stack { ... } }` runs its stack after the response
 * (docs/language-decisions.md). The interpreter does not run it itself: it
 * describes it as a job, a JSON object {object, kind, file, line, col,
 * vars, auth?} (vars: the variables the stack uses, as they are when the
 * function that met it returns), and once the run has ended without an
 * uncaught error it hands each job, in order, to the handler set here
 * (`xsflow serve` queues a durable run, `xsflow run` runs it after the
 * output). A handler that fails makes the run fail with *error (the
 * handler's; an error object). Without a handler the statement raises a
 * clear error. Jobs met in a function that raised are dropped. */
typedef xs_status (*xs_post_process_fn)(void *arg, xs_value job, xs_value *error);
void xs_interp_set_post_process(xs_interp *in, xs_post_process_fn fn, void *arg);

/* Runs the stack of job (from a handler, or a durable run's input) with
 * its variables. XS_OK when it ran to its end; XS_E_RUNTIME / XS_E_LIMIT
 * with *error (ours) as xs_interp_run; XS_E_NOTFOUND in d when the
 * statement is not in the workspace (it changed since the job was made).
 * util.post_process statements inside it go to the handler in turn. */
xs_status xs_interp_run_post_process(xs_interp *in, xs_value job, const xs_run_opts *opts,
                                     xs_value *error, xs_diag *d);

/* ---- task.call ----
 * `task.call NAME as $x` starts a run of the task NAME rather than running
 * it in place (docs/language-decisions.md): the interpreter checks that the
 * workspace has the task and hands its name to the handler set here (the
 * engine queues a durable run), which gives *result, the value of $x
 * ({run_id}), or fails with *error (an error object). Without a handler
 * the statement raises a clear error. */
typedef xs_status (*xs_task_call_fn)(void *arg, const char *task, xs_value *result,
                                     xs_value *error);
void xs_interp_set_task_call(xs_interp *in, xs_task_call_fn fn, void *arg);

/* ---- what the interpreter runs itself ---- */

/* A statement run by the interpreter rather than through the builtins
 * tables: the control forms, function.run, and the few that need the run's
 * own state (debug.log, util.get_vars...). */
typedef struct xs_core_stmt {
    const char *name;
    const char *doc; /* one line, for `xsflow help` and docs/language.md */
} xs_core_stmt;

/* The one table of them (the checker and the support matrix read it);
 * *n receives its length. Static; never freed. */
const xs_core_stmt *xs_interp_core_stmts(size_t *n);

#endif
