/*
 * engine.h - the durable orchestration engine: a workspace, its database,
 * a queue of runs in that database, runner threads that claim runs with a
 * lease and run them through the interpreter, step by step, recording each
 * step's outcome before the script goes on, and a scheduler that fires
 * task schedules. docs/engine.md describes the semantics.
 *
 * Threads. xs_engine_start starts `workers` runners (each with its own
 * interpreter and database connection): a thread each on PostgreSQL, on
 * SQLite threads that carry runs_per_thread of them each (carrier.c);
 * one heartbeat thread (leases, cancellation, timeouts) and, when asked,
 * one scheduler thread.
 * xs_engine_enqueue and xs_engine_store are for the thread that opened the
 * engine (they share one connection); xs_engine_stop and xs_engine_free
 * too.
 */
#ifndef XS_ENGINE_ENGINE_H
#define XS_ENGINE_ENGINE_H

#include <stdio.h>

#include "base/diag.h"
#include "engine/config.h"
#include "engine/records.h"
#include "interp/interp.h"
#include "store/store.h"
#include "value/value.h"

typedef struct xs_engine xs_engine;

/* Posts body (JSON) to url within timeout_ms: XS_OK when a response came
 * (*status: its HTTP status), else the reason in err, which must not
 * contain the URL. The engine is below the HTTP layer; the command that
 * opens it hands in http/client.h's xs_http_client_post_json. */
typedef xs_status (*xs_engine_post_fn)(const char *url, const char *body, size_t len,
                                       int64_t timeout_ms, long *status, xs_buf *err);

typedef struct xs_engine_opts {
    const char *dir;    /* the workspace directory */
    const char *db_url; /* NULL: $XSFLOW_DB, xsflow.json "database", else sqlite:DIR/xsflow.db */
    int workers;        /* 0: the "workers" setting */
    bool scheduler;     /* fire task schedules */
    bool migrate;       /* create and alter the workspace's tables */
    FILE *log;          /* NULL: stderr */
    xs_engine_post_fn post; /* run notifications ("notify"); NULL: they fail, logged */
} xs_engine_opts;

/* Loads the workspace and its settings, opens the database and creates
 * the engine tables. Errors (parse errors with file:line:col, a bad
 * setting, a database that cannot be opened) are in d. *out is ours. */
xs_status xs_engine_open(const xs_engine_opts *o, xs_engine **out, xs_diag *d);

/* Starts the threads. */
xs_status xs_engine_start(xs_engine *e, xs_diag *d);

/* Asks every thread to stop after the run it is in, and waits for them.
 * Safe to call twice; a no-op before start. */
void xs_engine_stop(xs_engine *e);

/* Stops claiming runs, waits up to grace_ms for the runs in flight to
 * end, then stops as xs_engine_stop does (a run still going stops at its
 * next statement and is resumed by whichever process claims it next). For
 * a reload that should not cut runs short. */
void xs_engine_drain(xs_engine *e, int64_t grace_ms);

/* Stops the engine and frees it. NULL is a no-op. */
void xs_engine_free(xs_engine *e);

/* Queues a run of function or task name (checked against the workspace)
 * with input (an object or null) and wakes a runner. *id gets the run id. */
xs_status xs_engine_enqueue(xs_engine *e, const char *name, xs_value input, const char *origin,
                            int64_t *id, xs_diag *d);

/* task.call for a host (docs/language-decisions.md#task-call): queues a
 * run of task on s (a connection of the calling thread) and gives *result,
 * {run_id}, or *error, an error object naming the task. key (not NULL)
 * makes a second call with the same key give the first run. */
xs_status xs_engine_task_call(xs_engine *e, xs_store *s, const char *task, const char *key,
                              xs_value *result, xs_value *error);

/* Runs were queued on s and committed: wakes idle runners in the other
 * processes on the same database (NOTIFY on PostgreSQL, a datagram to each
 * process serving the same SQLite file), which would otherwise see them
 * at their next poll. This process's own runners are woken by the enqueue
 * itself. */
void xs_engine_announce(xs_engine *e, xs_store *s, xs_diag *d);

/* A new connection to the engine's database, with the workspace's tables
 * known (for a thread of its own: an HTTP server thread). *out is the
 * caller's to free. */
xs_status xs_engine_connect(xs_engine *e, xs_store **out, xs_diag *d);

/* Queues a run as xs_engine_enqueue does, on s (a connection from
 * xs_engine_connect, owned by the calling thread; any thread). With a key
 * (not NULL), the run is queued only if no earlier call queued one under
 * the same scope and key: *id then gets that earlier run and *duplicate
 * is set. The run and its key are committed together before this
 * returns. */
xs_status xs_engine_enqueue_keyed(xs_engine *e, xs_store *s, const char *name, xs_value input,
                                  const char *origin, const char *scope, const char *key,
                                  int64_t *id, bool *duplicate, xs_diag *d);

/* Queues a run of kind "post_process" (name "<object>/post_process") on
 * s that runs job, a util.post_process job of the interpreter
 * (interp.h), with its durable steps, retries and record like any run.
 * key (not NULL) de-duplicates as for xs_engine_enqueue_keyed. */
xs_status xs_engine_enqueue_post_process(xs_engine *e, xs_store *s, xs_value job,
                                         const char *origin, const char *key, int64_t *id,
                                         xs_diag *d);

/* Cancels run id (xs_rec_cancel) or queues an ended one again
 * (xs_rec_retry) on s, a connection of the calling thread, under the
 * engine's write lock; a retried run wakes the runners. *status gets the
 * run's status after the cancel. XS_E_NOTFOUND: no such run; XS_E_USAGE:
 * the run is not in a state that allows it. */
xs_status xs_engine_cancel(xs_engine *e, xs_store *s, int64_t id, char status[16], xs_diag *d);
xs_status xs_engine_retry(xs_engine *e, xs_store *s, int64_t id, xs_diag *d);
/* The same for every run f selects (xs_rec_retry_matching); *n counts them. */
xs_status xs_engine_retry_matching(xs_engine *e, xs_store *s, const xs_rec_filter *f, int64_t *n,
                                   xs_diag *d);

/* The workspace's task schedules and the cron entries of xsflow.json as
 * an array (the caller's) of {task, event, cron, tz, starts_on, freq_ms,
 * ends_on, last_fire, next_fire}: times in ms since the epoch; cron and tz
 * null for a task's schedule event, starts_on and freq_ms null for a cron
 * entry (which also has its input); ends_on null when open-ended,
 * last_fire null before the first firing, next_fire the time the
 * scheduler fires it next (the latest due time when a firing is overdue)
 * or null when it will not fire again. Reads the last firings on s (any
 * thread's connection). */
xs_status xs_engine_schedules(xs_engine *e, xs_store *s, xs_value *out, xs_diag *d);

/* Appends the engine's metrics in the Prometheus text format (0.0.4) to
 * out: run counts by status and the queue depth read on s (any thread's
 * connection), and what this process measured (step durations, lease
 * expiries, runs ended). On a store error out is left as it was. */
xs_status xs_engine_metrics(xs_engine *e, xs_store *s, xs_buf *out, xs_diag *d);

/* The number of runners (started, or to start). */
int xs_engine_workers(const xs_engine *e);

/* Claims queued run id and runs it on the calling thread (xsflow task run,
 * tests). XS_E_NOTFOUND when the run is not queued. */
xs_status xs_engine_run_one(xs_engine *e, int64_t id, xs_diag *d);

/* The opening thread's database connection. */
xs_store *xs_engine_store(xs_engine *e);

const xs_workspace *xs_engine_workspace(const xs_engine *e);
const char *xs_engine_db_url(const xs_engine *e);
const char *xs_engine_dir(const xs_engine *e);
const xs_config *xs_engine_settings(const xs_engine *e);

/* The database URL for workspace dir: flag, else $XSFLOW_DB, else the
 * "database" of dir/xsflow.json, else sqlite:DIR/xsflow.db. Heap string. */
char *xs_engine_resolve_db(const char *dir, const char *flag);

/* Runs this process has claimed / finished (ended or queued for a retry)
 * since it opened (for benchmarks and tests). */
uint64_t xs_engine_claimed(const xs_engine *e);
uint64_t xs_engine_finished(const xs_engine *e);

/* The monotonic time (xs_clock_mono_ns) of this process's latest claim,
 * 0 before the first: read once xs_engine_claimed has moved, it tells when
 * a run started without the reader polling for it (for benchmarks). */
int64_t xs_engine_last_claim_ns(const xs_engine *e);

/* Waits until xs_engine_finished reaches n, without polling (a thread
 * that polls takes a CPU from the runners it waits for): for benchmarks,
 * as the peers wait for their queues' completion events. One waiter at a
 * time. */
void xs_engine_wait_finished(xs_engine *e, uint64_t n);

#endif
