/*
 * stepcommit.c - writing a step's outcome (see engine_int.h).
 *
 * A step that used the database commits its outcome in the transaction
 * its writes are in (engine.c). A step that did not has only its outcome
 * to write; so has a runner ending a run and claiming its next. On
 * SQLite, whose one writer makes each commit a queue of its own, the
 * writes of the runners waiting at that moment go in one transaction:
 * the first to arrive runs every queued write and commits, the others
 * wait for that commit (group commit). Nobody goes on before its write is
 * committed, and one commit carries the pages that several writes share
 * once instead of once each.
 */
#include "engine/engine_int.h"

#include <stdio.h>
#include <string.h>

#define STEP_COLS                                                                                  \
    "run_id, key, name, callee, kind, ordinal, parent, depth, try_no, started, ended, success, "  \
    "error, input, output, outcome, idem_key"
#define STEP_UPSERT                                                                                \
    " ON CONFLICT (run_id, key) DO UPDATE SET name = excluded.name, callee = excluded.callee, "   \
    "kind = excluded.kind, ordinal = excluded.ordinal, parent = excluded.parent, depth = "         \
    "excluded.depth, try_no = excluded.try_no, started = excluded.started, ended = "               \
    "excluded.ended, success = excluded.success, error = excluded.error, input = excluded.input, " \
    "output = excluded.output, outcome = excluded.outcome, idem_key = excluded.idem_key"
/* The step parameters as a PostgreSQL select list: typed, as nothing
 * else tells the server their types there. */
#define STEP_VALUES_PG                                                                             \
    "?::bigint, ?::text, ?::text, ?::text, ?::text, ?::bigint, ?::text, ?::bigint, ?::bigint, "    \
    "?::bigint, ?::bigint, ?::bigint, ?::text, ?::text, ?::text, ?::text, ?::text"

xs_status xs_engine_insert_step(xs_store *s, const xs_value p[XS_STEP_PARAMS], xs_diag *d)
{
    return xs_store_exec(s,
                         "INSERT INTO xsflow_steps (" STEP_COLS ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                         "?, ?, ?, ?, ?, ?, ?, ?, ?)" STEP_UPSERT,
                         p, XS_STEP_PARAMS, NULL, d);
}

xs_status xs_engine_fence_step(xs_engine *e, xs_store *s, int64_t run_id, bool set_processing,
                               int64_t now, bool *lost, xs_diag *d)
{
    /* The status is set once per claim; later steps only read the owner
     * (a row lock on PostgreSQL, the write lock itself on SQLite), as
     * rewriting the run row each step doubled the pages a step commits.
     * The heartbeat keeps the lease; the views take lastupdated from the
     * steps. */
    xs_value q[3] = {xs_int(now), xs_int(run_id), xs_text_cstr(e->owner)};
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc;
    if (set_processing)
        rc = xs_store_exec(s,
                           "UPDATE xsflow_runs SET status = 'Processing', lastupdated = ? "
                           "WHERE id = ? AND owner = ?",
                           q, 3, &r, d);
    else
        rc = xs_store_exec(s,
                           xs_store_kind_of(s) == XS_STORE_PG
                               ? "SELECT 1 FROM xsflow_runs WHERE id = ? AND owner = ? FOR SHARE"
                               : "SELECT 1 FROM xsflow_runs WHERE id = ? AND owner = ?",
                           q + 1, 2, &r, d);
    *lost = rc == XS_OK && (set_processing ? r.changes : (int64_t)xs_array_len(r.rows)) == 0;
    xs_store_rows_release(&r);
    xs_release(q[2]);
    return rc;
}

/* Runs the operations of batch in one transaction on s, each in a
 * savepoint of its own: an operation that fails is undone alone; a
 * failure of the transaction is every operation's. */
static void write_batch(xs_engine *e, xs_store *s, xs_batch_op *batch)
{
    /* inside the caller's transaction: not a commit of its own */
    bool nested = xs_store_tx_depth(s) > 0;
    xs_diag d;
    xs_diag_init(&d);
    xs_status rc = xs_engine_tx_begin(e, s, &d);
    uint64_t n = 0;
    for (xs_batch_op *op = batch; op; op = op->next) {
        n++;
        op->rc = rc;
        if (rc != XS_OK)
            continue;
        xs_diag od;
        xs_diag_init(&od);
        op->rc = xs_store_begin(s, &od);
        if (op->rc == XS_OK)
            op->rc = op->fn(e, s, op->arg, &od);
        if (op->rc == XS_OK)
            op->rc = xs_store_commit(s, &od);
        else if (xs_store_tx_depth(s) > 1)
            xs_store_rollback(s);
        if (op->rc != XS_OK) {
            const xs_diag_entry *de = xs_diag_first_error(&od);
            snprintf(op->error, sizeof op->error, "%s", de ? de->message : "database error");
        }
        xs_diag_release(&od);
    }
    if (rc == XS_OK)
        rc = xs_engine_tx_commit(e, s, &d);
    else if (xs_store_tx_depth(s) > 0)
        xs_engine_tx_rollback(e, s);
    if (rc == XS_OK && !nested)
        xs_engine_note_batch(e, n);
    if (rc != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        for (xs_batch_op *op = batch; op; op = op->next) {
            op->rc = rc;
            snprintf(op->error, sizeof op->error, "%s", de ? de->message : "database error");
        }
    }
    xs_diag_release(&d);
}

/* A chain is queued whole and a batch takes the whole queue, so its
 * operations go in one batch and one wait does for all. */
void xs_engine_batch_write_all(xs_engine *e, xs_store *s, xs_batch_op *chain)
{
    xs_batch_op *last = chain;
    for (xs_batch_op *op = chain; op; op = op->next) {
        op->has_waiter = op == chain;
        op->done = false;
        op->error[0] = '\0';
        last = op;
    }
    /* The chain's first operation stands for it: its runner sleeps on a
     * condition of its own and is woken once, when its write is
     * committed, or to write the next batch. One condition for all woke
     * every waiter at each commit, most of them only to sleep again (on
     * two CPUs, hand-offs cost more than the writes they wait for). */
    xs_batch_op *op = chain;
    pthread_cond_init(&op->wake, NULL);
    pthread_mutex_lock(&e->gc_mu);
    *e->gc_tail = chain;
    e->gc_tail = &last->next;
    while (!op->done) {
        if (e->gc_writing) {
            pthread_cond_wait(&op->wake, &e->gc_mu);
            continue;
        }
        /* this runner writes what is queued, its own operations included */
        xs_batch_op *batch = e->gc_head;
        e->gc_head = NULL;
        e->gc_tail = &e->gc_head;
        e->gc_writing = true;
        pthread_mutex_unlock(&e->gc_mu);
        write_batch(e, e->gc_store ? e->gc_store : s, batch);
        pthread_mutex_lock(&e->gc_mu);
        /* b belongs to its runner again once done: next is read first.
         * Only the first of a chain has a waiter (has_waiter). */
        for (xs_batch_op *b = batch, *next; b; b = next) {
            next = b->next;
            bool waiter = b->has_waiter && b != op;
            b->done = true;
            if (waiter)
                pthread_cond_signal(&b->wake);
        }
        e->gc_writing = false;
        /* what queued meanwhile is written by the first of its runners */
        if (e->gc_head)
            pthread_cond_signal(&e->gc_head->wake);
    }
    pthread_mutex_unlock(&e->gc_mu);
    pthread_cond_destroy(&op->wake);
}

xs_status xs_engine_batch_write(xs_engine *e, xs_store *s, xs_batch_op *op)
{
    op->next = NULL;
    op->error[0] = '\0';
    if (xs_store_tx_depth(s) > 0) {
        /* inside the caller's transaction (which holds the write lock a
         * batch needs): there, now */
        write_batch(e, s, op);
        return op->rc;
    }
    /* a carried runner: its carrier writes it with its other runners' */
    if (xs_carrier_write(op))
        return op->rc;
    xs_engine_batch_write_all(e, s, op);
    return op->rc;
}

/* A step's outcome as a batch operation. */
static xs_status step_op(xs_engine *e, xs_store *s, void *arg, xs_diag *d)
{
    xs_step_write *w = arg;
    xs_status rc = xs_engine_fence_step(e, s, w->run_id, w->set_processing, w->now, &w->lost, d);
    if (rc == XS_OK && !w->lost)
        rc = xs_engine_insert_step(s, w->params, d);
    return rc;
}

/* PostgreSQL, outside a transaction: the owner check (or the first
 * step's status) and the step row in one statement, one round trip where
 * a transaction of its own took four. */
static xs_status write_step_pg(xs_engine *e, xs_store *s, xs_step_write *w, xs_diag *d)
{
    xs_value p[XS_STEP_PARAMS + 3];
    size_t n = 0;
    xs_value owner = xs_text_cstr(e->owner);
    if (w->set_processing) {
        p[n++] = xs_int(w->now);
        p[n++] = xs_int(w->run_id);
        p[n++] = owner;
    }
    memcpy(p + n, w->params, XS_STEP_PARAMS * sizeof *p);
    n += XS_STEP_PARAMS;
    if (!w->set_processing) {
        p[n++] = xs_int(w->run_id);
        p[n++] = owner;
    }
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = xs_store_exec(
        s,
        w->set_processing
            ? "WITH u AS (UPDATE xsflow_runs SET status = 'Processing', lastupdated = ? WHERE id = "
              "? AND owner = ? RETURNING id) INSERT INTO xsflow_steps (" STEP_COLS
              ") SELECT " STEP_VALUES_PG " FROM u" STEP_UPSERT " RETURNING 1"
            : "INSERT INTO xsflow_steps (" STEP_COLS ") SELECT " STEP_VALUES_PG
              " WHERE EXISTS (SELECT 1 FROM xsflow_runs WHERE id = ? AND owner = ? FOR SHARE)"
              STEP_UPSERT " RETURNING 1",
        p, n, &r, d);
    w->lost = rc == XS_OK && xs_array_len(r.rows) == 0;
    xs_store_rows_release(&r);
    xs_release(owner);
    return rc;
}

xs_status xs_engine_write_step(xs_engine *e, xs_store *s, xs_step_write *w, xs_diag *d)
{
    w->lost = false;
    if (xs_store_kind_of(s) == XS_STORE_PG)
        return write_step_pg(e, s, w, d);
    xs_batch_op op = {.fn = step_op, .arg = w};
    xs_status rc = xs_engine_batch_write(e, s, &op);
    if (rc != XS_OK)
        xs_diag_error(d, rc, NULL, 0, 0, "%s", op.error);
    return rc;
}
