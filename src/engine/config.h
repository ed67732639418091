/*
 * config.h - the engine's settings: one table names every key, its scope,
 * type, default and meaning (docs/config.md is generated from it). Values
 * come from the workspace's xsflow.json:
 *
 *   { "engine":  { "workers": 4, "lease_ms": 30000, ... },
 *     "notify":  { "on": ["Error", "Partial"], "slack_url_env": "SLACK_WEBHOOK_URL" },
 *     "objects": { "*": { "max_attempts": 3 },            defaults for all
 *                  "Tasks/Nightly": { "overlap": "allow", "notify": false } } }
 *
 * An object's setting is its own entry, else the "*" entry, else the
 * built-in default. Unknown keys and wrong types are errors naming the key.
 * A loaded config is read-only: share it between threads.
 */
#ifndef XS_ENGINE_CONFIG_H
#define XS_ENGINE_CONFIG_H

#include "base/buf.h"
#include "base/common.h"
#include "base/diag.h"
#include "value/value.h"

/* Settings of one function or task. */
typedef struct xs_obj_config {
    int64_t max_attempts;    /* tries of a run before Error is final */
    int64_t backoff_ms;      /* delay before the first retry; doubles each time */
    int64_t backoff_max_ms;  /* ceiling of that delay */
    double backoff_jitter;   /* each delay is scaled by a random factor in [1-j, 1+j] */
    int64_t timeout_ms;      /* per run (each try); 0: none */
    int64_t step_timeout_ms; /* per step; 0: none */
    int64_t concurrency;     /* runs of this object at once, across processes; 0: no limit */
    char *concurrency_key;   /* input field whose value groups runs; NULL: none */
    int64_t key_concurrency; /* runs at once per value of concurrency_key */
    char *overlap;           /* scheduled tasks: "skip", "buffer" or "allow" */
    int64_t step_io_bytes;   /* ceiling of the stored copy of a step's input and output */
    bool notify;             /* its ended runs are notified (see xs_notify_config) */
} xs_obj_config;

/* Final statuses as bits of xs_notify_config.on. */
enum {
    XS_NOTIFY_COMPLETE = 1u << 0,
    XS_NOTIFY_PARTIAL = 1u << 1,
    XS_NOTIFY_ERROR = 1u << 2,
    XS_NOTIFY_CANCELLED = 1u << 3,
};

/* Run notifications ("notify"): a Slack incoming-webhook message for each
 * run that ends in one of the statuses of on. */
typedef struct xs_notify_config {
    int64_t on;            /* XS_NOTIFY_* bits */
    char *slack_url_env;   /* the variable holding the webhook URL; NULL: no notifications */
    int64_t timeout_ms;    /* per attempt */
    int64_t retries;       /* attempts after the first */
} xs_notify_config;

/* The XS_NOTIFY_* bit of a final status ("Error"); 0 for any other text. */
unsigned xs_config_status_bit(const char *status);

/* Engine-wide settings. */
typedef struct xs_engine_config {
    int64_t workers;      /* runners */
    int64_t runs_per_thread; /* SQLite: runners a thread carries (carrier.c) */
    int64_t lease_ms;     /* a claim's lease; renewed every lease_ms / 3 */
    int64_t poll_ms;      /* idle re-check for work enqueued by other processes */
    int64_t max_claims;   /* claims of one run (crash resumes included) before Error */
    int64_t sched_tick_ms; /* how often schedules are checked */
    int64_t retention_days; /* ended runs older than this are deleted; 0: kept */
} xs_engine_config;

typedef struct xs_config xs_config;

/* Parses the "engine" and "objects" members of an xsflow.json text (json
 * may be NULL: every default). Errors name file and key. *out is ours. */
xs_status xs_config_parse(const char *json, size_t len, const char *file, xs_config **out,
                          xs_diag *d);

/* Loads dir/xsflow.json when present, else the defaults. */
xs_status xs_config_load(const char *dir, xs_config **out, xs_diag *d);
void xs_config_free(xs_config *c);

const xs_engine_config *xs_config_engine(const xs_config *c);
const xs_notify_config *xs_config_notify(const xs_config *c);
/* The settings of object name (borrowed from c). */
const xs_obj_config *xs_config_object(const xs_config *c, const char *name);

/* Whether any object (or "*") sets concurrency or concurrency_key. */
bool xs_config_has_limits(const xs_config *c);

/* The top-level "database" member of the same file; NULL when absent. */
const char *xs_config_database(const xs_config *c);

/* A top-level member of the file read by another layer ("webhooks");
 * borrowed, null when absent. */
xs_value xs_config_member(const xs_config *c, const char *name);
/* The file's path, for error messages. */
const char *xs_config_file(const xs_config *c);

/* Appends docs/config.md (Markdown) generated from the key table. */
void xs_config_doc(xs_buf *out);

#endif
