/*
 * engine_int.h - what the engine's files share: the engine and worker
 * structs, the scheduler's entry points.
 */
#ifndef XS_ENGINE_ENGINE_INT_H
#define XS_ENGINE_ENGINE_INT_H

#include <pthread.h>

#include "engine/cron.h"
#include "engine/engine.h"
#include "engine/wake.h"
#include "store/schema.h"

typedef struct worker {
    struct xs_engine *e;
    int idx;
    pthread_t th;
    bool started;
    xs_interp *in;
    xs_store *s;
    /* The run in progress; read by the heartbeat thread under e->mu. */
    int64_t run_id;
    int64_t run_deadline;  /* monotonic ms; 0: none */
    int64_t step_deadline; /* monotonic ms; 0: none */
    volatile int interrupt; /* an interrupt reason below once set */
    unsigned seed;
    int64_t try_no;  /* of the run in progress */
    unsigned pp_seq; /* util.post_process jobs it has queued */
    unsigned tc_seq; /* task.call runs it has queued */
    bool release_due; /* it ran a run since its connection's cache went back */
    int64_t idle_since; /* monotonic ms it last found no work; 0: busy */
} worker;

enum { INT_NONE, INT_CANCEL, INT_TIMEOUT, INT_STEP_TIMEOUT, INT_LOST, INT_SHUTDOWN };

/* A schedule event of a task: fires at starts_on + k * freq_ms; or a cron
 * entry of xsflow.json ("cron"), which fires at the times of its
 * expression. */
typedef struct sched_event {
    const xs_ast_object *task; /* in the workspace's tree */
    int event;       /* its key in xsflow_schedules: >= 0 a task's event, < 0 a cron entry */
    int64_t starts_on;
    int64_t freq_ms; /* 0: once */
    int64_t ends_on; /* 0: never */
    bool is_cron;
    int index;        /* cron: its position in "cron", from 1 */
    xs_cron cron;
    const xs_tz *tz;
    const char *expr; /* cron: borrowed from the config, as input */
    xs_value input;
    int64_t since;    /* cron: when first loaded; a new entry fires from there on */
    int64_t next;     /* cron, scheduler thread only: nothing fires before; 0: unknown */
} sched_event;

/* What this process has measured since it opened, for /metrics
 * (metrics.c); updated with relaxed atomics from any thread. */
enum { XS_STEP_BOUNDS = 13, XS_STEP_KINDS = 2, XS_END_KINDS = 4 };
typedef struct engine_stats {
    /* steps by the first bucket bound they fit under; the last slot
     * counts those above every bound. Index 0: function.run, 1: api.request */
    uint64_t steps[XS_STEP_KINDS][XS_STEP_BOUNDS + 1];
    uint64_t step_ns[XS_STEP_KINDS];
    uint64_t lease_expiries;
    uint64_t ended[XS_END_KINDS]; /* Complete, Partial, Error, Cancelled */
    uint64_t notifications[2];    /* sent, failed */
    uint64_t batches, batch_writes; /* SQLite's group commits, and the writes in them */
} engine_stats;

struct xs_engine {
    char *dir;
    char *url;
    FILE *log;
    xs_engine_post_fn post; /* NULL: notifications cannot be sent */
    xs_workspace *ws;
    xs_config *cfg;
    xs_engine_config ecfg;
    xs_store_catalog *cat;
    char ws_version[17];
    char owner[96];
    xs_store *main;
    pthread_mutex_t mu;
    pthread_cond_t cv; /* the heartbeat, scheduler and retention threads: stop */
    /* Idle runners wait here; news wakes one of them (a broadcast would
     * have every idle runner race for the same run and the write lock). */
    pthread_cond_t runner_cv;
    int idle_runners;
    bool trim_due;         /* a run was claimed since the heartbeat last trimmed */
    int64_t last_claim_ms; /* monotonic */
    /* SQLite has one writer: this process's threads queue here for it
     * rather than in SQLite's busy handler, which sleeps in steps of
     * milliseconds. Held from the outermost begin to its commit. */
    pthread_mutex_t wlock;
    /* Writes of runners waiting to go in one transaction (stepcommit.c):
     * a queue, and whether a runner is writing a batch of it. */
    pthread_mutex_t gc_mu;
    struct xs_batch_op *gc_head, **gc_tail;
    bool gc_writing;
    xs_store *gc_store; /* SQLite: the connection they are written on */
    uint64_t wake_seq;
    bool stopping;
    bool draining; /* xs_engine_drain: no new claims */
    bool running;
    bool want_sched;
    bool has_limits; /* some object has a concurrency limit: claims check them */
    int64_t expired_look_at; /* monotonic ms: see look_for_expired (engine.c) */
    worker *workers;
    int nworkers;
    struct carrier *carriers; /* SQLite: the threads that carry the runners (carrier.c) */
    int ncarriers;
    struct xs_blocking_pool *bpool; /* their blocking calls' threads */
    xs_wake *wake; /* SQLite: where other processes' announcements arrive */
    pthread_t hb_th, sched_th, listen_th, prune_th, sweep_th;
    bool hb_started, sched_started, listen_started, prune_started, sweep_started;
    sched_event *events;
    size_t nevents;
    uint64_t claimed;
    int64_t last_claim_ns; /* written before claimed moves */
    uint64_t finished;
    uint64_t finish_wanted; /* xs_engine_wait_finished's n (set under mu); 0: none */
    pthread_cond_t finish_cv;
    engine_stats stats;
};

/* Transactions of the engine's threads (see wlock). */
xs_status xs_engine_tx_begin(xs_engine *e, xs_store *s, xs_diag *d);
xs_status xs_engine_tx_commit(xs_engine *e, xs_store *s, xs_diag *d);
void xs_engine_tx_rollback(xs_engine *e, xs_store *s);
/* A single write statement outside a transaction, under wlock. */
xs_status xs_engine_write(xs_engine *e, xs_store *s, const char *sql, const xs_value *p, size_t n,
                          xs_store_rows *out, xs_diag *d);

/* stepcommit.c: a step's row (the parameters below, in this order) and
 * the check that this process still holds its run, on s inside the
 * caller's transaction. set_processing: the claim's first step, which
 * sets the run 'Processing'. *lost: the run is no longer this process's. */
enum { XS_STEP_PARAMS = 17 }; /* run_id, key, name, callee, kind, ordinal, parent, depth,
                                 try_no, started, ended, success, error, input, output,
                                 outcome, idem_key */
xs_status xs_engine_insert_step(xs_store *s, const xs_value p[XS_STEP_PARAMS], xs_diag *d);
xs_status xs_engine_fence_step(xs_engine *e, xs_store *s, int64_t run_id, bool set_processing,
                               int64_t now, bool *lost, xs_diag *d);

/* stepcommit.c: one write of a runner that waits for it to commit: fn
 * runs, on the connection the batch is written on, inside a savepoint of
 * the shared transaction; what it fails to do is undone alone. */
typedef struct xs_batch_op {
    xs_status (*fn)(xs_engine *e, xs_store *s, void *arg, xs_diag *d);
    void *arg;
    /* set by xs_engine_batch_write */
    xs_status rc;
    char error[256]; /* when rc is an error */
    bool done;
    bool has_waiter;     /* the first of its chain: wake is its runner's */
    pthread_cond_t wake; /* its runner waits there (under gc_mu) */
    struct xs_batch_op *next;
} xs_batch_op;

/* stepcommit.c: runs op with the writes other runners are waiting to make
 * at the same time, in one transaction on gc_store (on s when there is
 * none, or when s is inside a transaction: then op runs there, alone);
 * returns once op is committed or has failed. For SQLite. */
xs_status xs_engine_batch_write(xs_engine *e, xs_store *s, xs_batch_op *op);

/* stepcommit.c: as xs_engine_batch_write for a chain of operations
 * (linked by next), written in one batch; returns once all are. */
void xs_engine_batch_write_all(xs_engine *e, xs_store *s, xs_batch_op *chain);

/* engine.c: a runner's loop (a thread's, or a carried runner's fiber's). */
void *xs_engine_runner_main(void *arg);
/* engine.c: ts = CLOCK_MONOTONIC now + ms, for pthread_cond_timedwait. */
void xs_engine_deadline_in(struct timespec *ts, int64_t ms);

/*
 * carrier.c: on SQLite, threads that carry runs_per_thread runners each,
 * on fibers, and write the commits they wait for together.
 * xs_carriers_wanted: whether this engine uses them (SQLite, more than
 * one runner a thread). xs_carriers_start starts them (after the
 * workers are set up); xs_carriers_join waits for them to end once the
 * engine stops, and frees them (nothing without carriers).
 */
typedef struct carrier carrier;
typedef struct xs_blocking_pool xs_blocking_pool;
bool xs_carriers_wanted(const xs_engine *e);
xs_status xs_carriers_start(xs_engine *e, xs_diag *d);
void xs_carriers_join(xs_engine *e);
/* Called by a runner: on a carrier's fiber, queue op for the carrier's
 * next batch and yield until it is written, or wait for news after seen
 * (or ms) as runner_wait does; true. false off a carrier (nothing done). */
bool xs_carrier_write(xs_batch_op *op);
bool xs_carrier_idle(xs_engine *e, uint64_t seen, int64_t ms);
/* A run's yield point (xs_run_opts): a carried runner that has run for a
 * time slice outside any transaction lets the others of its thread run
 * (their commits wait for it otherwise). ctx is unused. */
void xs_carrier_yield_point(void *ctx);

/* stepcommit.c: one step outcome to write outside any transaction. */
typedef struct xs_step_write {
    const xs_value *params; /* XS_STEP_PARAMS, borrowed */
    int64_t run_id;
    bool set_processing;
    int64_t now;
    bool lost; /* set: the run is no longer this process's; nothing written */
} xs_step_write;

/* stepcommit.c: writes w: through xs_engine_batch_write on SQLite, in
 * one statement of its own on PostgreSQL. */
xs_status xs_engine_write_step(xs_engine *e, xs_store *s, xs_step_write *w, xs_diag *d);

/* A connection of the engine's database for a thread of its own; NULL
 * (logged under who) when it cannot be opened. */
xs_store *xs_engine_thread_store(xs_engine *e, const char *who);

/* New work: wakes one idle runner, which wakes the next when it gets a run. */
void xs_engine_wake(xs_engine *e);

/* Logs one line with a timestamp. */
void xs_engine_log(xs_engine *e, const char *fmt, ...) XS_PRINTF(2, 3);

/* Queues a scheduled run of task name with input (borrowed) on s, inside
 * the caller's transaction. */
xs_status xs_engine_enqueue_on(xs_engine *e, xs_store *s, const char *name, xs_value input,
                               int64_t sched_time, int64_t *id, xs_diag *d);

/* metrics.c: a step that ran for ns (api_request: an api.request); a run
 * this process ended with status; a run claimed after its lease expired. */
void xs_engine_note_step(xs_engine *e, bool api_request, int64_t ns);
void xs_engine_note_end(xs_engine *e, const char *status);
void xs_engine_note_lease_expiry(xs_engine *e);
/* metrics.c: a run notification that was sent or, after its retries, failed. */
void xs_engine_note_notification(xs_engine *e, bool sent);
/* metrics.c: a batch of n writes committed (stepcommit.c). */
void xs_engine_note_batch(xs_engine *e, uint64_t n);

/* notify.c: whether a run of name ending with status is to be notified. */
bool xs_engine_notify_wanted(const xs_engine *e, const char *name, const char *status);

/* notify.c: notifies run id (of function or task name), which has just
 * ended with status, when the workspace's "notify" settings ask for it.
 * Call after the end is committed, outside any transaction, on s (the
 * calling thread's connection); blocks for the post and its retries.
 * Failures are logged and recorded, never returned. */
void xs_engine_notify(xs_engine *e, xs_store *s, int64_t id, const char *name, const char *status);

/* notify.c: the longest a notification can take (its attempts, the
 * pauses between them and a margin): a run ended longer ago than this
 * without a notification row lost it with its process. */
int64_t xs_engine_notify_bound_ms(const xs_engine *e);

/* notify.c: where a sweep has looked up to, by (ended, id). */
typedef struct xs_notify_cursor {
    int64_t ended, id;
} xs_notify_cursor;

/* notify.c: one pass of the sweep: the runs after cur that ended in a
 * notified status more than xs_engine_notify_bound_ms ago and have no
 * notification recorded are claimed (one process each) and notified;
 * *sent counts them. At most a batch per call; cur moves on. */
xs_status xs_engine_notify_sweep(xs_engine *e, xs_store *s, xs_notify_cursor *cur, int *sent,
                                 xs_diag *d);

/* prune.c: the retention thread's state (engine retention_days). */
typedef struct xs_prune {
    int64_t next; /* monotonic ms of the next batch */
    int64_t runs; /* deleted in the pass so far */
} xs_prune;
/* prune.c: runs a batch when one is due at mono (0: the first at once). */
void xs_prune_tick(xs_engine *e, xs_store *s, int64_t mono, xs_prune *st);
/* prune.c: the retention thread, on a connection of its own; a thread of
 * its own because a batch waits for the write lock, which a step may hold
 * for as long as it runs. */
void *xs_prune_main(void *arg);
/* prune.c: one transaction that deletes about 500 rows: runs that ended
 * before cutoff with their steps, firings, notifications and idempotency
 * keys, then firings of no run recorded before cutoff. *runs counts the
 * runs deleted; *more says whether more are left. */
xs_status xs_prune_batch(xs_engine *e, xs_store *s, int64_t cutoff, int64_t *runs, bool *more,
                         xs_diag *d);

/* sched.c: reads the task schedules of the workspace into e->events. */
xs_status xs_sched_load(xs_engine *e, xs_diag *d);
/* sched.c: fires what is due at now on store s; *fired counts runs queued. */
xs_status xs_sched_tick(xs_engine *e, xs_store *s, int64_t now, int *fired, xs_diag *d);

#endif
