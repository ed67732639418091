/*
 * interp_int.h - what the interpreter's files share: the workspace, the
 * per-function preparation (variable slots and resolved call sites), the
 * run, its frames, control flow and errors.
 *
 * Sites. Every node the interpreter looks something up for (a variable
 * reference, a filter, a string literal, a statement) gets a site when its
 * function is first prepared: a slot number, a resolved builtin, an
 * immortal constant. Sites live in an open-addressing table keyed by the
 * node's address, so a lookup is one multiply and, usually, one compare;
 * names are hashed only once per function.
 */
#ifndef XS_INTERP_INTERP_INT_H
#define XS_INTERP_INTERP_INT_H

#include "base/arena.h"
#include "base/map.h"
#include "interp/interp.h"

/* ---- workspace (workspace.c) ---- */

typedef struct ws_file {
    char *path;
    char *real; /* realpath of path; NULL for in-memory sources */
    char *src;
    size_t len;
    xs_arena *arena;
    xs_ast_doc *doc;
} ws_file;

struct xs_workspace {
    char *dir;
    ws_file *files;
    size_t nfiles;
    size_t cap;
    xs_map functions; /* name -> const xs_ast_object * */
    xs_map addons;    /* name -> const xs_ast_object * (addon objects) */
    xs_map owners;    /* object address (8 bytes) -> ws_file * */
    xs_value env;     /* xsflow.json "env": an object */
    xs_limits limits;
    char *redis_url;      /* xsflow.json "redis"."url"; NULL: the embedded store */
    int redis_timeout_ms; /* "redis"."timeout_ms"; 0: the default */
    char *storage_dir; /* xsflow.json "storage"."dir", resolved; NULL: none */
};

/* ---- per-function data (prepare.c) ---- */

typedef enum site_kind {
    SITE_NONE,
    SITE_SLOT,   /* a variable: slot */
    SITE_LAMBDA, /* $$ / $this: the lambda item */
    SITE_INDEX,  /* $index: lambda index, else slot */
    SITE_RESULT, /* $result: reduce's accumulator, else slot */
    SITE_ENV,    /* $env */
    SITE_AUTH,   /* $auth */
    SITE_FILTER, /* a filter: def (NULL when unknown) */
    SITE_CONST,  /* a string literal: k (immortal) */
    SITE_STMT,   /* a generic statement: def (NULL when unknown) */
    SITE_CALL,   /* function.run: callee (resolved on first use) */
} site_kind;

typedef struct fn_info fn_info;

typedef struct site {
    const void *key;
    uint8_t kind;
    uint8_t skip;             /* path steps the site consumed: 1 for `$var.name` */
    int32_t slot;             /* SITE_SLOT, SITE_INDEX, SITE_RESULT; also a statement's target */
    int32_t slot2;            /* a statement's `as $x` slot, a loop's item slot; -1 when none */
    const void *def;          /* xs_filter_def / xs_stmt_def */
    fn_info *callee;          /* SITE_CALL, once resolved */
    xs_value k;               /* SITE_CONST */
    const xs_ast_expr *value; /* a statement's `value` attribute, cached */
} site;

struct fn_info {
    const xs_ast_object *obj;
    const char *file;
    char *name; /* NUL-terminated copy */
    const xs_ast_block *input;
    const xs_ast_block *stack;
    const xs_ast_expr *response;
    bool addon; /* an addon object: its result is its last statement's */
    xs_map names; /* variable name -> slot + 1 */
    xs_str *slot_names;
    uint32_t nslots;
    uint32_t slots_cap;
    site *sites;
    size_t sites_cap; /* power of two */
    size_t nsites;
    int shift; /* 64 - log2(sites_cap) */
};

enum { SLOT_INPUT = 0, SLOT_ERROR = 1 };

/* The site of node key; NULL when none (never for prepared nodes). */
static inline site *site_find(const fn_info *f, const void *key)
{
    uint64_t h = ((uint64_t)(uintptr_t)key * 0x9E3779B97F4A7C15u) >> f->shift;
    size_t mask = f->sites_cap - 1;
    for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
        site *s = &f->sites[i];
        if (s->key == key)
            return s;
        if (!s->key)
            return NULL;
    }
}

/* ---- the interpreter (interp.c) ---- */

struct xs_interp {
    const xs_workspace *ws;
    const xs_builtins *b;
    xs_map filters; /* name -> const xs_filter_def * */
    xs_map stmts;   /* name -> const xs_stmt_def * */
    xs_map fns;     /* object address -> fn_info * */
    void *store;
    FILE *log;
    xs_post_process_fn pp_fn; /* util.post_process; NULL: not supported here */
    void *pp_arg;
    xs_task_call_fn tc_fn; /* task.call; NULL: not supported here */
    void *tc_arg;
};

/* The prepared data of obj, built on first use. Never NULL. */
fn_info *xs_interp_prepare(xs_interp *in, const xs_ast_object *obj);

/* ---- runs, frames, flow ---- */

typedef enum flow {
    FLOW_NORMAL,
    FLOW_BREAK,
    FLOW_CONTINUE,
    FLOW_RETURN,
    FLOW_REMOVE, /* foreach.remove: drop the current item, go on */
    FLOW_ERROR,  /* run->err holds the error */
} flow;

typedef struct frame frame;

struct frame {
    fn_info *fn;
    xs_value *slots;
    uint8_t *defined;
    const xs_lambda_env *lambda; /* set while a lazy filter evaluates an argument */
    xs_value ret;                /* FLOW_RETURN's value */
    frame *parent;
    const xs_ast_stmt *stmt; /* the statement running, for locations */
    xs_value raw_input;      /* the input as the caller gave it */
    xs_value last;           /* an addon's frame: the last statement's result */
};

/* A util.post_process met by a run: the job for the handler, its
 * variables taken when the frame that met it returns (fr NULL then). */
typedef struct pp_entry {
    frame *fr;
    const xs_ast_stmt *stmt;
    xs_value job;
} pp_entry;

typedef struct xs_run {
    xs_interp *in;
    xs_limits limits;
    uint64_t nstmts;
    uint64_t next_check; /* statement count at which time and memory are checked next */
    int64_t deadline_mono;
    size_t mem_base;
    int64_t now_ms; /* fixed per statement */
    uint32_t depth;
    xs_value env; /* $env, built on first use */
    bool env_built;
    xs_value auth;
    void *store;                   /* the run's xs_store, for db.* builtins; may be NULL */
    const xs_step_hooks *hooks;    /* NULL: none */
    const xs_mock_hooks *mocks;    /* NULL: none */
    const volatile int *interrupt; /* NULL: never */
    void (*yield_point)(void *ctx); /* xs_run_opts' */
    void *yield_ctx;
    frame *top;
    struct loop_ctx *loop; /* the innermost foreach of the current call */
    bool input_only; /* xs_interp_check_input: the call returns its bound input */
    /* The pending error (FLOW_ERROR): the object $error sees, and whether
     * try_catch may catch it (limit errors it may not). */
    xs_value err;
    bool err_fatal;
    xs_status err_status;
    pp_entry *pp; /* util.post_process jobs, in the order met */
    uint32_t npp, cappp;
} xs_run;

/* ---- errors (errors.c) ---- */

/* Raises an error: name, message (taken), code. Records the location of
 * pos in the current frame and the call stack. Returns FLOW_ERROR. */
flow xs_rt_raise(xs_run *r, const char *name, xs_value message, const char *code, xs_pos pos);
/* Same with a formatted message; name is the code. */
flow xs_rt_fail(xs_run *r, const char *code, xs_pos pos, const char *fmt, ...) XS_PRINTF(4, 5);
/* A limit error: not catchable. */
flow xs_rt_limit(xs_run *r, xs_pos pos, const char *fmt, ...) XS_PRINTF(3, 4);
/* Adds a payload to the pending error. */
void xs_rt_set_payload(xs_run *r, xs_value payload);
/* Drops the pending error. */
void xs_rt_clear(xs_run *r);

/* ---- evaluation (eval.c) ---- */

/* Evaluates e in f; *out is ours on FLOW_NORMAL, null otherwise. */
flow xs_eval(xs_run *r, frame *f, const xs_ast_expr *e, xs_value *out);
/* Evaluates a filter chain whose base variable lives in *slot, moving the
 * value out of the slot for the first filter so it is changed in place. */
flow xs_eval_moving(xs_run *r, frame *f, const xs_ast_expr *e, xs_value *slot, xs_value *out);
/* Runs one filter on *val with the given ast args (evaluated unless lazy). */
flow xs_apply_filter(xs_run *r, frame *f, const xs_ast_filter *flt, const xs_filter_def *def,
                     xs_value *val);
/* $env as an object (borrowed). */
xs_value xs_run_env(xs_run *r);

/* Arithmetic and comparison helpers shared with exec. */
flow xs_binary(xs_run *r, xs_op op, xs_value a, xs_value b, xs_pos pos, xs_value *out);
/* Appends v as ~ prints it (numbers and bools as Xano prints them). */
void xs_concat_text(xs_value v, xs_buf *out);

/* ---- statements (exec.c) ---- */

flow xs_exec_block(xs_run *r, frame *f, const xs_ast_block *b);
/* Runs fn with input (borrowed); *response ours on FLOW_NORMAL. */
flow xs_call_function(xs_run *r, fn_info *fn, xs_value input, xs_pos call_pos, xs_value *response);

/* ---- input (input.c) ---- */

/* Validates and coerces input against fn's input block; *out (ours) is the
 * $input object. */
flow xs_input_bind(xs_run *r, frame *f, fn_info *fn, xs_value input, xs_value *out);

/* ---- util.post_process (post.c) ---- */

/* The statement: queues a job for the run's end (FLOW_ERROR when this
 * interpreter has no handler). */
flow xs_pp_register(xs_run *r, frame *f, const xs_ast_stmt *s);
/* Frame f returns: ok, the jobs it met take their variables from it;
 * otherwise they are dropped. */
void xs_pp_settle(xs_run *r, frame *f, bool ok);
/* The run ended well: hands the jobs to the handler in order. XS_OK, or
 * the handler's failure with *error set (ours). */
xs_status xs_pp_hand_over(xs_run *r, xs_value *error);
/* Drops what is left. */
void xs_pp_release(xs_run *r);
/* The variables block b uses, as an array of names (ours); *auth is set
 * when it reads $auth (interp.c). */
xs_value xs_interp_block_vars(xs_interp *in, const xs_ast_block *b, bool *auth);
/* run_init, for post.c. */
void xs_run_init(xs_run *r, xs_interp *in, const xs_run_opts *opts);

/* ---- builtin calls (call.c) ---- */

struct xs_call {
    xs_run *r;
    frame *f;
    const char *name; /* NUL-terminated */
    xs_pos pos;
    const xs_ast_filter *filter; /* lazy filter args */
    const xs_ast_stmt *stmt;     /* lazy statement attrs */
    flow pending;                /* a return/break/continue met by xs_call_run_block */
    char namebuf[64];
};

void xs_call_setup(xs_call *c, xs_run *r, frame *f, xs_str name, xs_pos pos);

#endif
