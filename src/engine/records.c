/*
 * records.c - the engine's tables and the run views built from them.
 */
#include "engine/records.h"

#include <ctype.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "value/json.h"

/* ---- schema ---- */

/* The indexes of xsflow_runs. A run's every status change rewrote the
 * entries of indexes on its status (schema 1: (status, run_at) and
 * (name, status)), pages of its own in each commit; these index only the
 * runs a claim looks for, the queued ones and those held under a lease
 * (a handful), which a run enters and leaves once each, and the ended
 * ones, for retention and notifications. */
#define RUNS_INDEXES                                                                               \
    "DROP INDEX IF EXISTS xsflow_runs_ready;\n"                                                    \
    "DROP INDEX IF EXISTS xsflow_runs_name;\n"                                                     \
    "CREATE INDEX IF NOT EXISTS xsflow_runs_queued ON xsflow_runs (run_at, id) WHERE status = "    \
    "'Queued';\n"                                                                                  \
    "CREATE INDEX IF NOT EXISTS xsflow_runs_held ON xsflow_runs (lease_until) WHERE lease_until "  \
    "IS NOT NULL;\n"                                                                               \
    "CREATE INDEX IF NOT EXISTS xsflow_runs_ended ON xsflow_runs (ended);\n"

static const char *schema_sqlite =
    "CREATE TABLE IF NOT EXISTS xsflow_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);\n"
    "CREATE TABLE IF NOT EXISTS xsflow_runs (\n"
    "  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, kind TEXT NOT NULL,\n"
    "  input TEXT, status TEXT NOT NULL, claims INTEGER NOT NULL DEFAULT 0,\n"
    "  tries INTEGER NOT NULL DEFAULT 1, max_attempts INTEGER NOT NULL DEFAULT 1,\n"
    "  queued BIGINT NOT NULL, run_at BIGINT NOT NULL, started BIGINT, ended BIGINT,\n"
    "  lastupdated BIGINT NOT NULL, result TEXT, error TEXT, ws_version TEXT, owner TEXT,\n"
    "  lease_until BIGINT, cancel INTEGER NOT NULL DEFAULT 0, ckey TEXT, origin TEXT,\n"
    "  sched_time BIGINT);\n"
    RUNS_INDEXES
    "CREATE TABLE IF NOT EXISTS xsflow_steps (\n"
    "  run_id BIGINT NOT NULL, key TEXT NOT NULL, name TEXT NOT NULL, callee TEXT NOT NULL,\n"
    "  kind TEXT NOT NULL, ordinal INTEGER NOT NULL, parent TEXT, depth INTEGER NOT NULL,\n"
    "  try_no INTEGER NOT NULL, started BIGINT, ended BIGINT, success INTEGER, error TEXT,\n"
    "  input TEXT, output TEXT, outcome TEXT, idem_key TEXT, PRIMARY KEY (run_id, key));\n"
    "CREATE TABLE IF NOT EXISTS xsflow_schedules (task TEXT NOT NULL, event INTEGER NOT NULL,\n"
    "  last_fire BIGINT NOT NULL, PRIMARY KEY (task, event));\n"
    "CREATE TABLE IF NOT EXISTS xsflow_firings (id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
    "  task TEXT NOT NULL, event INTEGER NOT NULL, fire_time BIGINT NOT NULL,\n"
    "  outcome TEXT NOT NULL, run_id BIGINT, recorded BIGINT NOT NULL);\n"
    "CREATE INDEX IF NOT EXISTS xsflow_firings_run ON xsflow_firings (run_id);\n"
    "CREATE TABLE IF NOT EXISTS xsflow_idempotency (scope TEXT NOT NULL, key TEXT NOT NULL,\n"
    "  run_id BIGINT NOT NULL, created BIGINT NOT NULL, PRIMARY KEY (scope, key));\n"
    "CREATE INDEX IF NOT EXISTS xsflow_idempotency_run ON xsflow_idempotency (run_id);\n"
    "CREATE TABLE IF NOT EXISTS xsflow_notifications (id INTEGER PRIMARY KEY AUTOINCREMENT,\n"
    "  run_id BIGINT NOT NULL, status TEXT NOT NULL, channel TEXT NOT NULL,\n"
    "  outcome TEXT NOT NULL, attempts INTEGER NOT NULL, http_status INTEGER, error TEXT,\n"
    "  created BIGINT NOT NULL);\n"
    "CREATE INDEX IF NOT EXISTS xsflow_notifications_run ON xsflow_notifications (run_id);\n";

/* One string is one implicit transaction on PostgreSQL: the lock is the
 * transaction's, so a second process creating the tables at the same time
 * waits for this one's commit and then finds them (with a session lock
 * released inside the transaction it found them uncommitted, and failed
 * with "already exists"). */
static const char *schema_pg =
    "SELECT pg_advisory_xact_lock(7355601);\n"
    "CREATE TABLE IF NOT EXISTS xsflow_meta (key text PRIMARY KEY, value text NOT NULL);\n"
    "CREATE TABLE IF NOT EXISTS xsflow_runs (\n"
    "  id bigserial PRIMARY KEY, name text NOT NULL, kind text NOT NULL,\n"
    "  input text, status text NOT NULL, claims bigint NOT NULL DEFAULT 0,\n"
    "  tries bigint NOT NULL DEFAULT 1, max_attempts bigint NOT NULL DEFAULT 1,\n"
    "  queued bigint NOT NULL, run_at bigint NOT NULL, started bigint, ended bigint,\n"
    "  lastupdated bigint NOT NULL, result text, error text, ws_version text, owner text,\n"
    "  lease_until bigint, cancel bigint NOT NULL DEFAULT 0, ckey text, origin text,\n"
    "  sched_time bigint);\n"
    RUNS_INDEXES
    "CREATE TABLE IF NOT EXISTS xsflow_steps (\n"
    "  run_id bigint NOT NULL, key text NOT NULL, name text NOT NULL, callee text NOT NULL,\n"
    "  kind text NOT NULL, ordinal bigint NOT NULL, parent text, depth bigint NOT NULL,\n"
    "  try_no bigint NOT NULL, started bigint, ended bigint, success bigint, error text,\n"
    "  input text, output text, outcome text, idem_key text, PRIMARY KEY (run_id, key));\n"
    "CREATE TABLE IF NOT EXISTS xsflow_schedules (task text NOT NULL, event bigint NOT NULL,\n"
    "  last_fire bigint NOT NULL, PRIMARY KEY (task, event));\n"
    "CREATE TABLE IF NOT EXISTS xsflow_firings (id bigserial PRIMARY KEY,\n"
    "  task text NOT NULL, event bigint NOT NULL, fire_time bigint NOT NULL,\n"
    "  outcome text NOT NULL, run_id bigint, recorded bigint NOT NULL);\n"
    "CREATE INDEX IF NOT EXISTS xsflow_firings_run ON xsflow_firings (run_id);\n"
    "CREATE TABLE IF NOT EXISTS xsflow_idempotency (scope text NOT NULL, key text NOT NULL,\n"
    "  run_id bigint NOT NULL, created bigint NOT NULL, PRIMARY KEY (scope, key));\n"
    "CREATE INDEX IF NOT EXISTS xsflow_idempotency_run ON xsflow_idempotency (run_id);\n"
    "CREATE TABLE IF NOT EXISTS xsflow_notifications (id bigserial PRIMARY KEY,\n"
    "  run_id bigint NOT NULL, status text NOT NULL, channel text NOT NULL,\n"
    "  outcome text NOT NULL, attempts bigint NOT NULL, http_status bigint, error text,\n"
    "  created bigint NOT NULL);\n"
    "CREATE INDEX IF NOT EXISTS xsflow_notifications_run ON xsflow_notifications (run_id);\n";

static xs_status exec(xs_store *s, const char *sql, const xs_value *p, size_t n,
                      xs_store_rows *out, xs_diag *d)
{
    return xs_store_exec(s, sql, p, n, out, d);
}

/* The schema version recorded in xsflow_meta (0: none yet). Reads only:
 * the tables are created under the schema script's lock. */
static xs_status recorded_version(xs_store *s, long *ver, xs_diag *d)
{
    *ver = 0;
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = exec(s,
                        xs_store_kind_of(s) == XS_STORE_PG
                            ? "SELECT count(*) FROM (SELECT to_regclass('xsflow_meta') AS t) m "
                              "WHERE t IS NOT NULL"
                            : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = "
                              "'xsflow_meta'",
                        NULL, 0, &r, d);
    bool exists = rc == XS_OK && xs_array_at(xs_array_at(r.rows, 0), 0).u.i > 0;
    xs_store_rows_release(&r);
    if (!exists)
        return rc;
    xs_store_rows_init(&r);
    rc = exec(s, "SELECT value FROM xsflow_meta WHERE key = 'engine_schema'", NULL, 0, &r, d);
    if (rc == XS_OK && xs_array_len(r.rows) == 1) {
        xs_value cell = xs_array_at(xs_array_at(r.rows, 0), 0);
        *ver = cell.type == XS_TEXT ? strtol(xs_text_ptr(cell), NULL, 10) : 0;
    }
    xs_store_rows_release(&r);
    return rc;
}

xs_status xs_rec_migrate(xs_store *s, xs_diag *d)
{
    /* a newer xsflow's tables are left as they are */
    long ver;
    xs_status rc = recorded_version(s, &ver, d);
    if (rc == XS_OK && ver > XS_REC_SCHEMA_VERSION)
        return xs_diag_error(d, XS_E_STORE, NULL, 0, 0,
                             "the engine tables have schema version %ld, newer than this "
                             "xsflow's %d: upgrade xsflow",
                             ver, XS_REC_SCHEMA_VERSION);
    if (rc == XS_OK)
        rc = xs_store_exec_script(
            s, xs_store_kind_of(s) == XS_STORE_PG ? schema_pg : schema_sqlite, d);
    if (rc != XS_OK || ver == XS_REC_SCHEMA_VERSION)
        return rc;
    /* the script brought older tables up to this version (two processes
     * may both get here: the higher version stays) */
    char v[16];
    snprintf(v, sizeof v, "%d", XS_REC_SCHEMA_VERSION);
    xs_value p = xs_text_cstr(v);
    rc = exec(s,
              xs_store_kind_of(s) == XS_STORE_PG
                  ? "INSERT INTO xsflow_meta (key, value) VALUES ('engine_schema', ?) ON CONFLICT "
                    "(key) DO UPDATE SET value = excluded.value WHERE "
                    "xsflow_meta.value::bigint < excluded.value::bigint"
                  : "INSERT INTO xsflow_meta (key, value) VALUES ('engine_schema', ?) ON CONFLICT "
                    "(key) DO UPDATE SET value = excluded.value WHERE "
                    "CAST(xsflow_meta.value AS INTEGER) < CAST(excluded.value AS INTEGER)",
              &p, 1, NULL, d);
    xs_release(p);
    return rc;
}

/* ---- runs ---- */

static xs_value opt_text(const char *s)
{
    return s ? xs_text_cstr(s) : xs_null();
}

static xs_value json_text(xs_value v)
{
    if (v.type == XS_NULL)
        return xs_null();
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode(v, XS_JSON_COMPACT, &b);
    return xs_text_from_buf(&b);
}

xs_status xs_rec_enqueue(xs_store *s, const xs_rec_new *n, int64_t *id, xs_diag *d)
{
    int64_t now = xs_clock_now_ms();
    xs_value p[11] = {
        xs_text_cstr(n->name),
        xs_text_cstr(n->kind ? n->kind : "function"),
        json_text(n->input),
        xs_int(n->max_attempts > 0 ? n->max_attempts : 1),
        xs_int(now),
        xs_int(n->run_at ? n->run_at : now),
        xs_int(now),
        opt_text(n->ws_version),
        opt_text(n->ckey),
        opt_text(n->origin),
        n->sched_time ? xs_int(n->sched_time) : xs_null(),
    };
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = exec(s,
                        "INSERT INTO xsflow_runs (name, kind, input, status, max_attempts, queued, "
                        "run_at, lastupdated, ws_version, ckey, origin, sched_time) VALUES "
                        "(?, ?, ?, 'Queued', ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                        p, XS_COUNTOF(p), &r, d);
    for (size_t i = 0; i < XS_COUNTOF(p); i++)
        xs_release(p[i]);
    if (rc == XS_OK)
        *id = xs_array_at(xs_array_at(r.rows, 0), 0).u.i;
    xs_store_rows_release(&r);
    return rc;
}

#define RUN_COLS                                                                                   \
    "id, name, kind, status, input, claims, tries, max_attempts, queued, run_at, started, ended, " \
    "lastupdated, result, error, ws_version, owner, lease_until, cancel, ckey, origin, "          \
    "sched_time, (SELECT max(ended) FROM xsflow_steps WHERE run_id = xsflow_runs.id) AS "         \
    "steps_ended"

static xs_value decode_cell(xs_value v)
{
    if (v.type != XS_TEXT)
        return xs_retain(v);
    xs_diag d;
    xs_diag_init(&d);
    xs_value out;
    if (xs_json_decode(xs_text_ptr(v), xs_text_len(v), &out, &d) != XS_OK)
        out = xs_retain(v);
    xs_diag_release(&d);
    return out;
}

/* A run row (RUN_COLS) as the view object. */
static xs_value run_object(xs_value cols, xs_value row)
{
    xs_value o = xs_object_new(24);
    for (size_t i = 0; i < xs_array_len(cols); i++) {
        xs_str c = xs_text_str(xs_array_at(cols, i));
        xs_value v = xs_array_at(row, i);
        if (xs_str_eq_cstr(c, "input") || xs_str_eq_cstr(c, "result") ||
            xs_str_eq_cstr(c, "error"))
            xs_object_set(&o, c, decode_cell(v));
        else if (xs_str_eq_cstr(c, "cancel"))
            xs_object_set(&o, XS_STR("cancel_requested"), xs_bool(v.type == XS_INT && v.u.i));
        else if (xs_str_eq_cstr(c, "steps_ended")) {
            /* A step does not rewrite its run's row: the run was last
             * updated by its latest step when that is later. */
            const xs_value *lu = xs_object_get(o, XS_STR("lastupdated"));
            if (v.type == XS_INT && (!lu || lu->type != XS_INT || lu->u.i < v.u.i))
                xs_object_set(&o, XS_STR("lastupdated"), xs_int(v.u.i));
        } else if (xs_str_eq_cstr(c, "ws_version"))
            xs_object_set(&o, XS_STR("workspace_version"), xs_retain(v));
        else
            xs_object_set(&o, c, xs_retain(v));
    }
    return o;
}

static xs_value step_object(xs_value cols, xs_value row)
{
    xs_value o = xs_object_new(16);
    for (size_t i = 0; i < xs_array_len(cols); i++) {
        xs_str c = xs_text_str(xs_array_at(cols, i));
        xs_value v = xs_array_at(row, i);
        if (xs_str_eq_cstr(c, "input") || xs_str_eq_cstr(c, "output"))
            xs_object_set(&o, c, decode_cell(v));
        else if (xs_str_eq_cstr(c, "success"))
            xs_object_set(&o, c, v.type == XS_NULL ? xs_null() : xs_bool(v.u.i != 0));
        else if (xs_str_eq_cstr(c, "try_no"))
            xs_object_set(&o, XS_STR("try"), xs_retain(v));
        else
            xs_object_set(&o, c, xs_retain(v));
    }
    return o;
}

xs_status xs_rec_get(xs_store *s, int64_t id, bool with_steps, xs_value *out, xs_diag *d)
{
    *out = xs_null();
    xs_value p = xs_int(id);
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = exec(s, "SELECT " RUN_COLS " FROM xsflow_runs WHERE id = ?", &p, 1, &r, d);
    if (rc != XS_OK || xs_array_len(r.rows) == 0)
        goto out;
    xs_value run = run_object(r.cols, xs_array_at(r.rows, 0));
    if (with_steps) {
        rc = exec(s,
                  "SELECT key, name, callee, kind, ordinal, parent, depth, try_no, started, "
                  "ended, success, error, input, output, idem_key FROM xsflow_steps "
                  "WHERE run_id = ? ORDER BY ordinal, started",
                  &p, 1, &r, d);
        if (rc != XS_OK) {
            xs_release(run);
            goto out;
        }
        xs_value steps = xs_array_new(xs_array_len(r.rows));
        for (size_t i = 0; i < xs_array_len(r.rows); i++)
            xs_array_push(&steps, step_object(r.cols, xs_array_at(r.rows, i)));
        xs_object_set(&run, XS_STR("steps"), steps);
        xs_object_set(&run, XS_STR("job"), xs_rec_job_record(run));
    }
    *out = run;
out:
    xs_store_rows_release(&r);
    return rc;
}

xs_status xs_rec_list(xs_store *s, const char *status, const char *name, int64_t limit,
                      xs_value *out, xs_diag *d)
{
    xs_rec_filter f = {status, name, 0, 0, limit};
    return xs_rec_query(s, &f, out, d);
}

const char *const xs_rec_statuses[] = {
    XS_RUN_QUEUED,  XS_RUN_STARTED, XS_RUN_PROCESSING, XS_RUN_COMPLETE,
    XS_RUN_PARTIAL, XS_RUN_ERROR,   XS_RUN_CANCELLED,  NULL};

const char *xs_rec_status_named(const char *s)
{
    for (size_t i = 0; s && xs_rec_statuses[i]; i++)
        if (strcasecmp(s, xs_rec_statuses[i]) == 0)
            return xs_rec_statuses[i];
    return NULL;
}

/* The WHERE clause of a filter on name and queued time, and its 4
 * parameters (the caller releases them). */
#define FILTER_WHERE                                                                               \
    "(CAST(? AS TEXT) IS NULL OR name = ?) AND queued >= ? AND queued <= ?"

static void filter_params(const xs_rec_filter *f, xs_value p[4])
{
    p[0] = opt_text(f->name);
    p[1] = opt_text(f->name);
    p[2] = xs_int(f->since);
    p[3] = xs_int(f->until ? f->until : INT64_MAX);
}

xs_status xs_rec_query(xs_store *s, const xs_rec_filter *f, xs_value *out, xs_diag *d)
{
    *out = xs_null();
    xs_value p[7];
    filter_params(f, p);
    p[4] = opt_text(f->status);
    p[5] = opt_text(f->status);
    p[6] = xs_int(f->limit > 0 ? f->limit : 100);
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = exec(s,
                        "SELECT " RUN_COLS " FROM xsflow_runs WHERE " FILTER_WHERE
                        " AND (CAST(? AS TEXT) IS NULL OR status = ?) ORDER BY id DESC LIMIT ?",
                        p, XS_COUNTOF(p), &r, d);
    for (size_t i = 0; i < XS_COUNTOF(p); i++)
        xs_release(p[i]);
    if (rc == XS_OK) {
        *out = xs_array_new(xs_array_len(r.rows));
        for (size_t i = 0; i < xs_array_len(r.rows); i++)
            xs_array_push(out, run_object(r.cols, xs_array_at(r.rows, i)));
    }
    xs_store_rows_release(&r);
    return rc;
}

xs_status xs_rec_counts(xs_store *s, const xs_rec_filter *f, xs_value *out, xs_diag *d)
{
    *out = xs_null();
    xs_value p[4];
    filter_params(f, p);
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = exec(s,
                        "SELECT status, count(*) FROM xsflow_runs WHERE " FILTER_WHERE
                        " GROUP BY status",
                        p, XS_COUNTOF(p), &r, d);
    for (size_t i = 0; i < XS_COUNTOF(p); i++)
        xs_release(p[i]);
    if (rc == XS_OK) {
        *out = xs_object_new(8);
        for (size_t i = 0; xs_rec_statuses[i]; i++)
            xs_object_set(out, xs_str_of(xs_rec_statuses[i]), xs_int(0));
        for (size_t i = 0; i < xs_array_len(r.rows); i++) {
            xs_value row = xs_array_at(r.rows, i);
            xs_value st = xs_array_at(row, 0);
            if (st.type == XS_TEXT) /* a status written by a newer xsflow shows too */
                xs_object_set(out, xs_text_str(st), xs_int(xs_array_at(row, 1).u.i));
        }
    }
    xs_store_rows_release(&r);
    return rc;
}

xs_status xs_rec_queue_depth(xs_store *s, int64_t now, int64_t *n, xs_diag *d)
{
    *n = 0;
    xs_value p = xs_int(now);
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = exec(s, "SELECT count(*) FROM xsflow_runs WHERE status = 'Queued' AND run_at <= ?",
                        &p, 1, &r, d);
    if (rc == XS_OK && xs_array_len(r.rows) == 1)
        *n = xs_array_at(xs_array_at(r.rows, 0), 0).u.i;
    xs_store_rows_release(&r);
    return rc;
}

static bool is_terminal(const char *st)
{
    return strcmp(st, XS_RUN_COMPLETE) == 0 || strcmp(st, XS_RUN_PARTIAL) == 0 ||
           strcmp(st, XS_RUN_ERROR) == 0 || strcmp(st, XS_RUN_CANCELLED) == 0;
}

/* The status of run id into st; false when there is none. */
static bool run_status(xs_store *s, int64_t id, char st[16], xs_status *rc, xs_diag *d)
{
    xs_value p = xs_int(id);
    xs_store_rows r;
    xs_store_rows_init(&r);
    *rc = exec(s, "SELECT status FROM xsflow_runs WHERE id = ?", &p, 1, &r, d);
    bool found = *rc == XS_OK && xs_array_len(r.rows) == 1;
    if (found)
        snprintf(st, 16, "%s", xs_text_ptr(xs_array_at(xs_array_at(r.rows, 0), 0)));
    xs_store_rows_release(&r);
    if (*rc == XS_OK && !found)
        *rc = xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0, "no run %lld", (long long)id);
    return found;
}

xs_status xs_rec_cancel(xs_store *s, int64_t id, char status[16], xs_diag *d)
{
    xs_status rc = xs_store_begin(s, d);
    if (rc != XS_OK)
        return rc;
    if (!run_status(s, id, status, &rc, d))
        goto out_rollback;
    if (is_terminal(status)) {
        rc = xs_diag_error(d, XS_E_USAGE, NULL, 0, 0, "run %lld has ended already (%s)",
                           (long long)id, status);
        goto out_rollback;
    }
    int64_t now = xs_clock_now_ms();
    xs_value p[3] = {xs_int(now), xs_int(now), xs_int(id)};
    if (strcmp(status, XS_RUN_QUEUED) == 0) {
        rc = exec(s,
                  "UPDATE xsflow_runs SET status = 'Cancelled', cancel = 1, ended = ?, "
                  "lastupdated = ?, error = '{\"name\":\"ERROR_CANCELLED\",\"message\":\"the run "
                  "was cancelled\"}' WHERE id = ?",
                  p, 3, NULL, d);
        snprintf(status, 16, "%s", XS_RUN_CANCELLED);
    } else {
        rc = exec(s, "UPDATE xsflow_runs SET cancel = 1, lastupdated = ? WHERE id = ?", p + 1, 2,
                  NULL, d);
    }
    if (rc != XS_OK)
        goto out_rollback;
    return xs_store_commit(s, d);
out_rollback:
    xs_store_rollback(s);
    return rc;
}

/* What a retry sets: a new try, due now (two parameters: run_at and
 * lastupdated). */
#define RETRY_SET                                                                                  \
    "status = 'Queued', tries = tries + 1, max_attempts = CASE WHEN max_attempts > tries THEN "   \
    "max_attempts ELSE tries + 1 END, run_at = ?, lastupdated = ?, ended = NULL, cancel = 0, "     \
    "owner = NULL, lease_until = NULL"

xs_status xs_rec_retry(xs_store *s, int64_t id, xs_diag *d)
{
    xs_status rc = xs_store_begin(s, d);
    if (rc != XS_OK)
        return rc;
    char status[16];
    if (!run_status(s, id, status, &rc, d))
        goto out_rollback;
    if (!is_terminal(status) || strcmp(status, XS_RUN_COMPLETE) == 0) {
        rc = xs_diag_error(d, XS_E_USAGE, NULL, 0, 0,
                           "run %lld is %s: only a run that ended in Error, Partial or "
                           "Cancelled can be retried",
                           (long long)id, status);
        goto out_rollback;
    }
    int64_t now = xs_clock_now_ms();
    xs_value p[3] = {xs_int(now), xs_int(now), xs_int(id)};
    rc = exec(s, "UPDATE xsflow_runs SET " RETRY_SET " WHERE id = ?", p, 3, NULL, d);
    if (rc != XS_OK)
        goto out_rollback;
    return xs_store_commit(s, d);
out_rollback:
    xs_store_rollback(s);
    return rc;
}

xs_status xs_rec_retry_matching(xs_store *s, const xs_rec_filter *f, int64_t *n, xs_diag *d)
{
    *n = 0;
    const char *st = xs_rec_status_named(f->status);
    if (!st || !is_terminal(st) || strcmp(st, XS_RUN_COMPLETE) == 0)
        return xs_diag_error(d, XS_E_USAGE, NULL, 0, 0,
                             "retry takes the runs of one status: Error, Partial or Cancelled");
    /* in id order and in batches, so that no transaction is long and a run
     * that fails again meanwhile is not taken twice */
    enum { BATCH = 500 };
    int64_t after = 0;
    for (;;) {
        xs_status rc = xs_store_begin(s, d);
        if (rc != XS_OK)
            return rc;
        xs_value p[7];
        filter_params(f, p);
        p[4] = xs_text_cstr(st);
        p[5] = xs_int(after);
        p[6] = xs_int(BATCH);
        xs_store_rows r;
        xs_store_rows_init(&r);
        rc = exec(s,
                  "SELECT id FROM xsflow_runs WHERE " FILTER_WHERE
                  " AND status = ? AND id > ? ORDER BY id LIMIT ?",
                  p, XS_COUNTOF(p), &r, d);
        size_t rows = rc == XS_OK ? xs_array_len(r.rows) : 0;
        int64_t now = xs_clock_now_ms();
        for (size_t i = 0; rc == XS_OK && i < rows; i++) {
            after = xs_array_at(xs_array_at(r.rows, i), 0).u.i;
            xs_value q[4] = {xs_int(now), xs_int(now), xs_int(after), p[4]};
            rc = exec(s, "UPDATE xsflow_runs SET " RETRY_SET " WHERE id = ? AND status = ?", q, 4,
                      NULL, d);
        }
        xs_store_rows_release(&r);
        for (size_t i = 0; i < XS_COUNTOF(p); i++)
            xs_release(p[i]);
        if (rc != XS_OK) {
            xs_store_rollback(s);
            return rc;
        }
        if ((rc = xs_store_commit(s, d)) != XS_OK)
            return rc;
        *n += (int64_t)rows;
        if (rows < BATCH)
            break;
    }
    if (*n && xs_store_kind_of(s) == XS_STORE_PG)
        exec(s, "SELECT pg_notify('xsflow_runs', '')", NULL, 0, NULL, d);
    return XS_OK;
}

/* ---- views ---- */

xs_value xs_rec_job_record(xs_value run)
{
    xs_value j = xs_object_new(16);
    static const char *const head[] = {"status", "started", "ended", "lastupdated"};
    for (size_t i = 0; i < XS_COUNTOF(head); i++) {
        const xs_value *v = xs_object_get(run, xs_str_of(head[i]));
        xs_object_set(&j, xs_str_of(head[i]), v ? xs_retain(*v) : xs_null());
    }
    const xs_value *steps = xs_object_get(run, XS_STR("steps"));
    for (size_t i = 0; steps && i < xs_array_len(*steps); i++) {
        xs_value st = xs_array_at(*steps, i);
        const xs_value *depth = xs_object_get(st, XS_STR("depth"));
        if (!depth || depth->type != XS_INT || depth->u.i != 1)
            continue;
        const xs_value *name = xs_object_get(st, XS_STR("name"));
        const xs_value *ok = xs_object_get(st, XS_STR("success"));
        const xs_value *err = xs_object_get(st, XS_STR("error"));
        xs_buf k;
        xs_buf_init(&k);
        xs_buf_add(&k, xs_text_ptr(*name), xs_text_len(*name));
        size_t base = k.len;
        xs_object_set(&j, (xs_str){k.ptr, k.len},
                      ok && ok->type == XS_BOOL ? xs_retain(*ok) : xs_bool(false));
        static const char *const suffix[] = {"_started", "_ended"};
        for (int s = 0; s < 2; s++) {
            k.len = base;
            xs_buf_adds(&k, suffix[s]);
            const xs_value *t = xs_object_get(st, xs_str_of(suffix[s] + 1));
            xs_object_set(&j, (xs_str){k.ptr, k.len}, t ? xs_retain(*t) : xs_null());
        }
        if (err && err->type != XS_NULL) {
            k.len = base;
            xs_buf_adds(&k, "_error");
            xs_object_set(&j, (xs_str){k.ptr, k.len}, xs_retain(*err));
        }
        xs_buf_release(&k);
    }
    return j;
}

void xs_rec_step_name(const char *callee, xs_buf *out)
{
    const char *seg = strrchr(callee, '/');
    seg = seg ? seg + 1 : callee;
    size_t start = out->len;
    bool sep = false;
    for (const char *p = seg; *p; p++) {
        unsigned char c = (unsigned char)*p;
        if (isalnum(c)) {
            /* a lower-to-upper change starts a word: agentData -> agent_data */
            if (isupper(c) && p > seg && islower((unsigned char)p[-1]) && out->len > start)
                sep = true;
            if (sep && out->len > start)
                xs_buf_addc(out, '_');
            sep = false;
            xs_buf_addc(out, (char)tolower(c));
        } else if (c >= 0x80) {
            if (sep && out->len > start)
                xs_buf_addc(out, '_');
            sep = false;
            xs_buf_addc(out, (char)c);
        } else {
            sep = true;
        }
    }
    if (out->len == start)
        xs_buf_adds(out, "step");
}

static bool secret_key(xs_str k)
{
    static const char *const words[] = {"password", "passwd", "secret", "token",
                                        "api_key",  "apikey", "authorization",
                                        "private_key", "credential", "cookie"};
    char low[64];
    size_t n = k.len < sizeof low - 1 ? k.len : sizeof low - 1;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)tolower((unsigned char)k.ptr[i]);
    low[n] = '\0';
    for (size_t i = 0; i < XS_COUNTOF(words); i++)
        if (strstr(low, words[i]))
            return true;
    return false;
}

static xs_value masked(xs_value v, int depth)
{
    if (depth > 64)
        return xs_retain(v);
    if (v.type == XS_OBJECT) {
        xs_value o = xs_object_new(xs_object_len(v));
        for (size_t i = 0; i < xs_object_len(v); i++) {
            xs_str k = xs_object_key_at(v, i);
            xs_value x = xs_object_val_at(v, i);
            xs_object_set(&o, k,
                          secret_key(k) && x.type != XS_NULL ? xs_text_cstr("****")
                                                             : masked(x, depth + 1));
        }
        return o;
    }
    if (v.type == XS_ARRAY) {
        xs_value a = xs_array_new(xs_array_len(v));
        for (size_t i = 0; i < xs_array_len(v); i++)
            xs_array_push(&a, masked(xs_array_at(v, i), depth + 1));
        return a;
    }
    return xs_retain(v);
}

void xs_rec_bounded_json(xs_value v, size_t max, xs_buf *out)
{
    xs_value m = masked(v, 0);
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode(m, XS_JSON_COMPACT, &b);
    xs_release(m);
    if (b.len <= max) {
        xs_buf_add(out, b.ptr, b.len);
    } else {
        /* a JSON text holding the cut prefix */
        size_t cut = max > 32 ? max - 32 : max;
        while (cut > 0 && ((unsigned char)b.ptr[cut] & 0xC0) == 0x80)
            cut--;
        xs_buf note;
        xs_buf_init(&note);
        xs_buf_add(&note, b.ptr, cut);
        xs_buf_addf(&note, "...(%zu bytes)", b.len);
        xs_json_encode_str((xs_str){note.ptr, note.len}, XS_JSON_COMPACT, out);
        xs_buf_release(&note);
    }
    xs_buf_release(&b);
}

void xs_rec_time(int64_t ms, xs_buf *out)
{
    if (ms)
        xs_time_format_iso(ms, out);
}
