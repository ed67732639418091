/*
 * prune.c - run history retention: runs that ended more than
 * retention_days ago go, with their steps, firings, notifications and the
 * idempotency keys that pointed at them. The retention thread calls
 * xs_prune_tick; each batch is one short transaction of about BATCH_ROWS
 * rows, so the SQLite write lock is never held for long, and batches
 * follow each other at a low rate until nothing is left, then a new pass
 * starts PASS_MS later.
 */
#include "engine/engine_int.h"

#include <time.h>

#include "base/clock.h"

enum {
    BATCH_ROWS = 500,   /* rows deleted per transaction, about */
    BATCH_GAP_MS = 250, /* between the batches of a pass */
    PASS_MS = 60000,    /* between passes */
};

static const int64_t DAY_MS = 86400000;

static int64_t count_of(xs_store *s, const char *sql, xs_value *p, size_t n, xs_diag *d,
                        xs_status *rc)
{
    xs_store_rows r;
    xs_store_rows_init(&r);
    *rc = xs_store_exec(s, sql, p, n, &r, d);
    int64_t v = *rc == XS_OK && xs_array_len(r.rows) ? xs_array_at(xs_array_at(r.rows, 0), 0).u.i
                                                     : 0;
    xs_store_rows_release(&r);
    return v;
}

/* Deletes run id and what hangs on it; its steps are gone already. */
static xs_status drop_run(xs_store *s, int64_t id, xs_diag *d)
{
    static const char *const sql[] = {
        "DELETE FROM xsflow_firings WHERE run_id = ?",
        "DELETE FROM xsflow_idempotency WHERE run_id = ?",
        "DELETE FROM xsflow_notifications WHERE run_id = ?",
        "DELETE FROM xsflow_runs WHERE id = ?",
    };
    xs_value p = xs_int(id);
    xs_status rc = XS_OK;
    for (size_t i = 0; i < XS_COUNTOF(sql) && rc == XS_OK; i++)
        rc = xs_store_exec(s, sql[i], &p, 1, NULL, d);
    return rc;
}

xs_status xs_prune_batch(xs_engine *e, xs_store *s, int64_t cutoff, int64_t *runs, bool *more,
                         xs_diag *d)
{
    *runs = 0;
    *more = false;
    bool pg = xs_store_kind_of(s) == XS_STORE_PG;
    xs_status rc = xs_engine_tx_begin(e, s, d);
    if (rc != XS_OK)
        return rc;
    xs_value p[2] = {xs_int(cutoff), xs_int(BATCH_ROWS)};
    xs_store_rows r;
    xs_store_rows_init(&r);
    rc = xs_store_exec(s,
                       pg ? "SELECT id FROM xsflow_runs WHERE ended < ? AND status IN ('Complete', "
                            "'Partial', 'Error', 'Cancelled') ORDER BY ended LIMIT ? FOR UPDATE "
                            "SKIP LOCKED"
                          : "SELECT id FROM xsflow_runs WHERE ended < ? AND status IN ('Complete', "
                            "'Partial', 'Error', 'Cancelled') ORDER BY ended LIMIT ?",
                       p, 2, &r, d);
    int64_t budget = BATCH_ROWS;
    size_t n = rc == XS_OK ? xs_array_len(r.rows) : 0;
    *more = n == BATCH_ROWS;
    for (size_t i = 0; rc == XS_OK && i < n; i++) {
        xs_value id = xs_array_at(xs_array_at(r.rows, i), 0);
        int64_t steps =
            count_of(s, "SELECT count(*) FROM xsflow_steps WHERE run_id = ?", &id, 1, d, &rc);
        if (rc != XS_OK)
            break;
        if (steps >= budget) {
            /* a run with more steps than the batch: part of them now, the
             * run itself once its last steps have gone */
            *more = true;
            if (*runs == 0) {
                xs_value q[3] = {id, id, xs_int(budget)};
                rc = xs_store_exec(s,
                                   "DELETE FROM xsflow_steps WHERE run_id = ? AND key IN (SELECT "
                                   "key FROM xsflow_steps WHERE run_id = ? LIMIT ?)",
                                   q, 3, NULL, d);
            }
            break;
        }
        if (steps > 0)
            rc = xs_store_exec(s, "DELETE FROM xsflow_steps WHERE run_id = ?", &id, 1, NULL, d);
        if (rc == XS_OK)
            rc = drop_run(s, id.u.i, d);
        budget -= steps + 1;
        ++*runs;
    }
    xs_store_rows_release(&r);
    /* firings that started no run (missed, skipped) age out the same way */
    if (rc == XS_OK && budget > 0) {
        xs_value q[2] = {xs_int(cutoff), xs_int(budget)};
        rc = xs_store_exec(s,
                           "DELETE FROM xsflow_firings WHERE id IN (SELECT id FROM xsflow_firings "
                           "WHERE run_id IS NULL AND recorded < ? ORDER BY id LIMIT ?)",
                           q, 2, NULL, d);
    }
    if (rc != XS_OK) {
        xs_engine_tx_rollback(e, s);
        *runs = 0;
        return rc;
    }
    return xs_engine_tx_commit(e, s, d);
}

void xs_prune_tick(xs_engine *e, xs_store *s, int64_t mono, xs_prune *st)
{
    if (e->ecfg.retention_days <= 0 || mono < st->next)
        return;
    xs_diag d;
    xs_diag_init(&d);
    int64_t runs = 0;
    bool more = false;
    int64_t cutoff = xs_clock_now_ms() - e->ecfg.retention_days * DAY_MS;
    if (xs_prune_batch(e, s, cutoff, &runs, &more, &d) != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        xs_engine_log(e, "retention: %s", de ? de->message : "database error");
        more = false;
    }
    xs_diag_release(&d);
    st->runs += runs;
    st->next = mono + (more ? BATCH_GAP_MS : PASS_MS);
    if (!more && st->runs) {
        xs_engine_log(e, "retention: %lld runs that ended over %lld days ago deleted",
                      (long long)st->runs, (long long)e->ecfg.retention_days);
        st->runs = 0;
    }
}

/* Sleeps until monotonic ms until or until the engine stops; false then. */
static bool sleep_until(xs_engine *e, int64_t until)
{
    pthread_mutex_lock(&e->mu);
    while (!e->stopping) {
        int64_t ms = until - xs_clock_mono_ms();
        if (ms <= 0)
            break;
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        ts.tv_sec += ms / 1000;
        ts.tv_nsec += (ms % 1000) * 1000000L;
        if (ts.tv_nsec >= 1000000000L) {
            ts.tv_sec++;
            ts.tv_nsec -= 1000000000L;
        }
        pthread_cond_timedwait(&e->cv, &e->mu, &ts); /* woken by any news: look again */
    }
    bool going = !e->stopping;
    pthread_mutex_unlock(&e->mu);
    return going;
}

void *xs_prune_main(void *arg)
{
    xs_engine *e = arg;
    xs_store *s = xs_engine_thread_store(e, "retention");
    if (!s)
        return NULL;
    xs_prune st = {0, 0};
    do
        xs_prune_tick(e, s, xs_clock_mono_ms(), &st);
    while (sleep_until(e, st.next));
    xs_store_free(s);
    return NULL;
}
