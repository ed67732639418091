/*
 * records.h - the engine's tables: runs, steps, schedules and firings, in
 * the same database as the workspace's tables (names start with xsflow_),
 * and the views the CLI and the admin API show of them.
 *
 * Tables (schema version XS_REC_SCHEMA_VERSION, kept in xsflow_meta):
 *   xsflow_runs       one row per run: name, input, status, tries, claims,
 *                     timestamps, result, error, lease owner and expiry
 *   xsflow_steps      one row per step of a run, keyed by (run_id, key)
 *   xsflow_schedules  per task schedule event: the last time it fired
 *   xsflow_firings    each firing, missed time and skipped firing
 *   xsflow_idempotency  (scope, key) -> the run a keyed trigger started
 *   xsflow_notifications  each notification of an ended run: its outcome
 *                     (sent, failed), attempts, the receiver's HTTP status
 *
 * Timestamps are int64 ms since the epoch. The calls take a store
 * connection and are safe wherever that connection is (one thread).
 */
#ifndef XS_ENGINE_RECORDS_H
#define XS_ENGINE_RECORDS_H

#include "base/buf.h"
#include "base/diag.h"
#include "store/store.h"
#include "value/value.h"

/* 2: xsflow_runs indexed by what claims look for (records.c) */
enum { XS_REC_SCHEMA_VERSION = 2 };

/* Run statuses as stored and shown. */
#define XS_RUN_QUEUED "Queued"
#define XS_RUN_STARTED "Started"
#define XS_RUN_PROCESSING "Processing"
#define XS_RUN_COMPLETE "Complete"
#define XS_RUN_PARTIAL "Partial"
#define XS_RUN_ERROR "Error"
#define XS_RUN_CANCELLED "Cancelled"

/* The kind of a run that executes a util.post_process stack (its input is
 * the interpreter's job); the others are "function" and "task". */
#define XS_RUN_KIND_POST_PROCESS "post_process"

/* Creates the engine tables when missing; fails on a database written by
 * a newer schema version. */
xs_status xs_rec_migrate(xs_store *s, xs_diag *d);

typedef struct xs_rec_new {
    const char *name;
    const char *kind;   /* "function" or "task" */
    xs_value input;     /* borrowed; null for none */
    int64_t max_attempts;
    const char *ckey;   /* concurrency key value; NULL: none */
    const char *origin; /* "cli", "schedule", "api"... */
    int64_t sched_time; /* schedules: the firing time; 0 otherwise */
    const char *ws_version;
    int64_t run_at; /* 0: now */
} xs_rec_new;

/* Inserts a Queued run; *id gets its id. */
xs_status xs_rec_enqueue(xs_store *s, const xs_rec_new *n, int64_t *id, xs_diag *d);

/* The run id as an object (see docs/engine.md), with its steps (ordered
 * by ordinal) and its job record when with_steps; null in *out when there
 * is no such run. */
xs_status xs_rec_get(xs_store *s, int64_t id, bool with_steps, xs_value *out, xs_diag *d);

/* Runs, newest first, filtered by status and name (NULL: any). */
xs_status xs_rec_list(xs_store *s, const char *status, const char *name, int64_t limit,
                      xs_value *out, xs_diag *d);

/* The statuses a run can have, in the order of its life; NULL-terminated. */
extern const char *const xs_rec_statuses[];

/* The status spelled s, whatever its case ("complete" gives "Complete");
 * NULL when s is no status. */
const char *xs_rec_status_named(const char *s);

/* What xs_rec_query and xs_rec_counts select. */
typedef struct xs_rec_filter {
    const char *status; /* NULL: any */
    const char *name;   /* NULL: any */
    int64_t since;      /* queued at or after (ms); 0: no bound */
    int64_t until;      /* queued at or before (ms); 0: no bound */
    int64_t limit;      /* at most this many rows; <= 0: 100 */
} xs_rec_filter;

/* The runs f selects, newest first, as objects without steps (an array
 * in *out, the caller's). */
xs_status xs_rec_query(xs_store *s, const xs_rec_filter *f, xs_value *out, xs_diag *d);

/* How many runs f selects in each status, f's status and limit aside:
 * an object with every status of xs_rec_statuses as a key, 0 included.
 * *out is the caller's. */
xs_status xs_rec_counts(xs_store *s, const xs_rec_filter *f, xs_value *out, xs_diag *d);

/* The runs Queued and due (run_at <= now), waiting for a runner. */
xs_status xs_rec_queue_depth(xs_store *s, int64_t now, int64_t *n, xs_diag *d);

/* Cancels run id: a queued run at once, a running one at its next
 * statement (its owner sees the request). *status gets the run's status
 * afterwards. XS_E_NOTFOUND when there is no such run; XS_E_USAGE when it
 * has ended already. */
xs_status xs_rec_cancel(xs_store *s, int64_t id, char status[16], xs_diag *d);

/* Queues an ended run (Error, Partial, Cancelled) again as a new try: its
 * successful steps are replayed, the others run again. */
xs_status xs_rec_retry(xs_store *s, int64_t id, xs_diag *d);

/* Queues again every run f selects (its status must be Error, Partial or
 * Cancelled; name and queued time as xs_rec_query; limit aside), in
 * transactions of at most 500 runs. *n counts them. XS_E_USAGE for any
 * other status. */
xs_status xs_rec_retry_matching(xs_store *s, const xs_rec_filter *f, int64_t *n, xs_diag *d);

/* The seed's job record of a run object from xs_rec_get: {status, started,
 * ended, lastupdated, <step>: success, <step>_started, <step>_ended,
 * <step>_error when it failed} for the run's top-level steps. */
xs_value xs_rec_job_record(xs_value run);

/* The step name of a callee: the last '/' segment in snake_case
 * ("Workers/reZEN - Agent Data" gives "rezen_agent_data"; "" gives "step"). */
void xs_rec_step_name(const char *callee, xs_buf *out);

/* JSON of v at most max bytes long, with the values of keys that look
 * secret (password, secret, token, api_key, authorization...) replaced by
 * "****"; a longer text is cut and ends with "...(N bytes)". */
void xs_rec_bounded_json(xs_value v, size_t max, xs_buf *out);

/* ms as ISO 8601 text, "" for 0. */
void xs_rec_time(int64_t ms, xs_buf *out);

#endif
