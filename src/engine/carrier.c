/*
 * carrier.c - a thread that carries several runners, each on a fiber of
 * its own (SQLite; see engine_int.h).
 *
 * Why. SQLite has one writer. Runners on threads of their own take turns
 * at it anyway, and each commit that one writes for another must wake
 * that other on whichever CPU it sleeps: on a small machine those
 * hand-offs cost more than the writes. A carrier runs its runners one
 * after the other up to their next step commit (or run end), then writes
 * every commit they wait for in one transaction, and resumes them. No
 * runner goes on before its write is committed, as on threads.
 *
 * Thread-local state a run sets is switched with its runner: the HTTP
 * context (the run's Idempotency-Keys). The rest is the thread's own
 * (allocator caches, the curl handle) and means the same to every run.
 *
 * Where a runner yields, and nowhere else: at a commit it waits for
 * (xs_carrier_write), when it has no work (xs_carrier_idle), in a
 * blocking call (util.sleep, api.request through xs_blocking) made
 * outside any transaction, which then runs on a thread of the engine's
 * blocking pool, and between two statements once it has run for a time
 * slice (xs_carrier_yield_point) outside any transaction. A blocking call
 * runs on another thread: what it makes must be the caller's alone
 * afterwards. Texts and arrays are (api.request's response headers);
 * objects are not (their shape is shared through the making thread's
 * cache), so calls that return rows, as db.external's queries, are not
 * made through the pool. Inside a transaction a runner holds SQLite's write lock
 * (and the engine's wlock), which its carrier needs for the others'
 * commits: there it never yields; its blocking calls block the carrier,
 * as they would hold every other writer back on threads.
 */
#include "engine/engine_int.h"

#include "base/alloc.h"
#include "base/clock.h"
#include "base/fiber.h"
#include "http/ctx.h"
#include "store/store.h"

typedef enum carried_state {
    C_READY,    /* to resume */
    C_WRITING,  /* waits for op's commit */
    C_IDLE,     /* no work: waits for news, or until idle_until */
    C_BLOCKED,  /* a blocking call runs in the pool */
    C_DONE,     /* its runner loop has returned */
} carried_state;

typedef struct carried {
    struct carrier *c;
    worker *w;
    xs_fiber *f;
    carried_state st;
    xs_batch_op *op;     /* C_WRITING */
    int64_t idle_until;  /* C_IDLE: monotonic ms */
    xs_blocking_fn bfn;  /* C_BLOCKED: the call the pool makes */
    void *barg;
    bool bdone;          /* the pool has made it (under e->mu) */
    struct carried *next_job;
    /* The HTTP context its run installed (engine.c: the run's
     * Idempotency-Keys), kept while it is switched out: the context is
     * the thread's, and the thread's other runners install their own. */
    xs_http_ctx *hc;
} carried;

struct carrier {
    xs_engine *e;
    pthread_t th;
    bool started;
    carried *k;
    int n;
    int cur;       /* the runner resumed last */
    int64_t resumed_ns; /* when (monotonic) */
    uint64_t seen; /* the wake_seq whose news were handed to idle runners */
    bool news;     /* a blocking call has returned (under e->mu) */
};

/* The blocking pool: threads made on demand (at most one per runner: a
 * runner makes one call at a time), kept until the engine stops. A call
 * queued takes an idle thread at once (idle counts those no queued call
 * has taken), so that two calls queued together never share one. */
struct xs_blocking_pool {
    pthread_mutex_t mu;
    pthread_cond_t cv;
    carried *head, **tail;
    int idle, nthreads, cap;
    pthread_t *th;
    bool stop;
};

static _Thread_local carrier *here;

/* The runner this thread is running on a fiber of its carrier, or NULL. */
static carried *current(void)
{
    return here && xs_fiber_current() ? &here->k[here->cur] : NULL;
}

/* ---- the blocking pool ---- */

static void *pool_main(void *arg)
{
    xs_engine *e = arg;
    xs_blocking_pool *p = e->bpool;
    pthread_mutex_lock(&p->mu);
    for (;;) {
        while (!p->head && !p->stop)
            pthread_cond_wait(&p->cv, &p->mu);
        if (!p->head)
            break;
        carried *k = p->head;
        p->head = k->next_job;
        if (!p->head)
            p->tail = &p->head;
        pthread_mutex_unlock(&p->mu);
        k->bfn(k->barg);
        pthread_mutex_lock(&e->mu);
        k->bdone = true;
        k->c->news = true;
        /* the carrier may sleep there with idle runners; the others that
         * wake find nothing new and sleep again */
        pthread_cond_broadcast(&e->runner_cv);
        pthread_mutex_unlock(&e->mu);
        pthread_mutex_lock(&p->mu);
        p->idle++;
    }
    pthread_mutex_unlock(&p->mu);
    return NULL;
}

/* Queues k's call; a thread is made when none is idle. false when none
 * can be made (the caller then makes the call itself). */
static bool pool_submit(xs_engine *e, carried *k)
{
    xs_blocking_pool *p = e->bpool;
    bool ok = true;
    pthread_mutex_lock(&p->mu);
    if (p->idle > 0)
        p->idle--;
    else if (p->nthreads < p->cap && pthread_create(&p->th[p->nthreads], NULL, pool_main, e) == 0)
        p->nthreads++; /* taken by this call from the start */
    else
        ok = false;
    if (ok) {
        k->next_job = NULL;
        *p->tail = k;
        p->tail = &k->next_job;
        pthread_cond_signal(&p->cv);
    }
    pthread_mutex_unlock(&p->mu);
    return ok;
}

static void pool_stop(xs_engine *e)
{
    xs_blocking_pool *p = e->bpool;
    if (!p)
        return;
    pthread_mutex_lock(&p->mu);
    p->stop = true;
    pthread_cond_broadcast(&p->cv);
    pthread_mutex_unlock(&p->mu);
    for (int i = 0; i < p->nthreads; i++)
        pthread_join(p->th[i], NULL);
    pthread_mutex_destroy(&p->mu);
    pthread_cond_destroy(&p->cv);
    xs_free(p->th);
    xs_free(p);
    e->bpool = NULL;
}

/* ---- where runners yield ---- */

/* The carrier's hook for xs_blocking (see the top of this file). */
static void blocking_hook(xs_blocking_fn fn, void *arg, void *ctx)
{
    carrier *c = ctx;
    carried *k = current();
    if (!k || c->n < 2 || xs_store_tx_depth(k->w->s) > 0) {
        fn(arg);
        return;
    }
    k->bfn = fn;
    k->barg = arg;
    k->bdone = false;
    if (!pool_submit(c->e, k)) {
        fn(arg);
        return;
    }
    k->st = C_BLOCKED;
    xs_fiber_yield();
}

bool xs_carrier_write(xs_batch_op *op)
{
    carried *k = current();
    if (!k || k->c->n < 2)
        return false;
    k->op = op;
    k->st = C_WRITING;
    xs_fiber_yield();
    return true;
}

bool xs_carrier_idle(xs_engine *e, uint64_t seen, int64_t ms)
{
    carried *k = current();
    if (!k)
        return false;
    pthread_mutex_lock(&e->mu);
    bool news = e->stopping || e->wake_seq != seen;
    if (!news)
        e->idle_runners++;
    pthread_mutex_unlock(&e->mu);
    if (news)
        return true;
    k->idle_until = xs_clock_mono_ms() + ms;
    k->st = C_IDLE;
    xs_fiber_yield();
    return true;
}

/* A runner that computes holds its thread: the others' commits, written
 * only once every runner has stopped, would wait for it. */
enum { SLICE_NS = 2000000 };

void xs_carrier_yield_point(void *ctx)
{
    (void)ctx;
    carried *k = current();
    if (!k || k->c->n < 2 || xs_store_tx_depth(k->w->s) > 0 ||
        xs_clock_mono_ns() - k->c->resumed_ns < SLICE_NS)
        return;
    k->st = C_READY; /* resumed in the carrier's next round */
    xs_fiber_yield();
}

/* ---- the carrier's loop ---- */

static void fiber_main(void *arg)
{
    carried *k = arg;
    xs_engine_runner_main(k->w);
}

static void make_ready(xs_engine *e, carried *k)
{
    if (k->st == C_IDLE)
        e->idle_runners--;
    k->st = C_READY;
}

/* Under e->mu: readies the runners that may go on. News (wake_seq moved)
 * readies as many idle runners as there were announcements, at least one:
 * each announcement is a run for one runner, and a runner that finds one
 * announces again (pass_wake_on). Returns whether any is ready. */
static bool look(carrier *c, int64_t now, int64_t *next_due)
{
    xs_engine *e = c->e;
    bool any = false;
    uint64_t wake = e->wake_seq - c->seen;
    c->seen = e->wake_seq;
    bool news = c->news;
    c->news = false;
    *next_due = 0;
    for (int i = 0; i < c->n; i++) {
        carried *k = &c->k[i];
        if (k->st == C_IDLE && (e->stopping || wake > 0 || k->idle_until <= now)) {
            if (wake > 0)
                wake--;
            make_ready(e, k);
        } else if (k->st == C_BLOCKED && news && k->bdone) {
            make_ready(e, k);
        } else if (k->st == C_IDLE && (!*next_due || k->idle_until < *next_due)) {
            *next_due = k->idle_until;
        }
        any = any || k->st == C_READY;
    }
    return any;
}

static void *carrier_main(void *arg)
{
    carrier *c = arg;
    xs_engine *e = c->e;
    here = c;
    xs_blocking_set_hook(blocking_hook, c);
    for (;;) {
        bool live = false;
        for (int i = 0; i < c->n; i++) {
            carried *k = &c->k[i];
            if (k->st != C_READY)
                continue;
            c->cur = i;
            c->resumed_ns = xs_clock_mono_ns();
            xs_http_ctx *outer = xs_http_ctx_install(k->hc);
            xs_fiber_resume(k->f);
            k->hc = xs_http_ctx_install(outer);
            if (xs_fiber_done(k->f))
                k->st = C_DONE;
        }
        /* the commits they wait for, in one batch */
        xs_batch_op *chain = NULL, **tail = &chain;
        for (int i = 0; i < c->n; i++)
            if (c->k[i].st == C_WRITING) {
                *tail = c->k[i].op;
                tail = &c->k[i].op->next;
            }
        *tail = NULL;
        if (chain) {
            xs_engine_batch_write_all(e, e->gc_store, chain);
            for (int i = 0; i < c->n; i++)
                if (c->k[i].st == C_WRITING)
                    c->k[i].st = C_READY;
        }
        for (int i = 0; i < c->n; i++)
            live = live || c->k[i].st != C_DONE;
        if (!live)
            break;
        pthread_mutex_lock(&e->mu);
        for (;;) {
            int64_t now = xs_clock_mono_ms(), due;
            if (look(c, now, &due) || chain)
                break;
            struct timespec ts;
            xs_engine_deadline_in(&ts, due ? due - now : 1000);
            pthread_cond_timedwait(&e->runner_cv, &e->mu, &ts);
        }
        pthread_mutex_unlock(&e->mu);
    }
    xs_blocking_set_hook(NULL, NULL);
    here = NULL;
    return NULL;
}

/* ---- start and stop ---- */

bool xs_carriers_wanted(const xs_engine *e)
{
    return e->gc_store && e->ecfg.runs_per_thread > 1 && e->nworkers > 1;
}

xs_status xs_carriers_start(xs_engine *e, xs_diag *d)
{
    int per = (int)e->ecfg.runs_per_thread;
    e->ncarriers = (e->nworkers + per - 1) / per;
    e->carriers = xs_calloc((size_t)e->ncarriers, sizeof *e->carriers);
    xs_blocking_pool *p = xs_calloc(1, sizeof *p);
    pthread_mutex_init(&p->mu, NULL);
    pthread_cond_init(&p->cv, NULL);
    p->tail = &p->head;
    p->cap = e->nworkers;
    p->th = xs_calloc((size_t)p->cap, sizeof *p->th);
    e->bpool = p;
    for (int ci = 0; ci < e->ncarriers; ci++) {
        carrier *c = &e->carriers[ci];
        c->e = e;
        int first = ci * per;
        c->n = e->nworkers - first < per ? e->nworkers - first : per;
        c->k = xs_calloc((size_t)c->n, sizeof *c->k);
        for (int i = 0; i < c->n; i++) {
            carried *k = &c->k[i];
            k->c = c;
            k->w = &e->workers[first + i];
            k->f = xs_fiber_new(0, fiber_main, k);
            if (!k->f)
                return xs_diag_error(d, XS_E_LIMIT, NULL, 0, 0,
                                     "cannot reserve a stack for runner %d", first + i);
        }
    }
    pthread_mutex_lock(&e->mu);
    for (int ci = 0; ci < e->ncarriers; ci++)
        e->carriers[ci].seen = e->wake_seq;
    pthread_mutex_unlock(&e->mu);
    for (int ci = 0; ci < e->ncarriers; ci++)
        e->carriers[ci].started =
            pthread_create(&e->carriers[ci].th, NULL, carrier_main, &e->carriers[ci]) == 0;
    return XS_OK;
}

void xs_carriers_join(xs_engine *e)
{
    for (int ci = 0; ci < e->ncarriers; ci++) {
        carrier *c = &e->carriers[ci];
        if (c->started)
            pthread_join(c->th, NULL);
        for (int i = 0; i < c->n; i++)
            xs_fiber_free(c->k[i].f);
        xs_free(c->k);
    }
    xs_free(e->carriers);
    e->carriers = NULL;
    e->ncarriers = 0;
    pool_stop(e);
}
