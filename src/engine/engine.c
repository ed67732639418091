/*
 * engine.c - opening a workspace as an engine, the runner threads (claim,
 * run with step hooks, finish), the heartbeat thread (leases,
 * cancellation, timeouts), the scheduler thread and the retention thread
 * (prune.c).
 */
#include "engine/engine_int.h"

#include <stdarg.h>
#include <time.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "base/map.h"
#include "engine/records.h"
#include "http/ctx.h"
#include "lib/lib.h"
#include "value/json.h"

/* ---- small helpers ---- */

void xs_engine_log(xs_engine *e, const char *fmt, ...)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_time_format_iso(xs_clock_now_ms(), &b);
    xs_buf_adds(&b, " ");
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&b, fmt, ap);
    va_end(ap);
    xs_buf_addc(&b, '\n');
    fwrite(b.ptr, 1, b.len, e->log);
    fflush(e->log);
    xs_buf_release(&b);
}

void xs_engine_wake(xs_engine *e)
{
    pthread_mutex_lock(&e->mu);
    e->wake_seq++;
    pthread_cond_signal(&e->runner_cv);
    pthread_mutex_unlock(&e->mu);
}

/* A runner got a run: there may be more, so another idle runner looks. A
 * burst of N queued runs wakes runners one after the other, as each
 * finds one. */
static void pass_wake_on(xs_engine *e)
{
    pthread_mutex_lock(&e->mu);
    e->trim_due = true;
    e->last_claim_ms = xs_clock_mono_ms();
    if (e->idle_runners > 0) {
        e->wake_seq++;
        pthread_cond_signal(&e->runner_cv);
    }
    pthread_mutex_unlock(&e->mu);
}

static xs_value first_cell(const xs_store_rows *r)
{
    if (xs_array_len(r->rows) == 0)
        return xs_null();
    return xs_array_at(xs_array_at(r->rows, 0), 0);
}

static xs_value error_object(const char *name, const char *fmt, ...) XS_PRINTF(2, 3);
static xs_value error_object(const char *name, const char *fmt, ...)
{
    xs_buf b;
    xs_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&b, fmt, ap);
    va_end(ap);
    xs_value e = xs_object_new(3);
    xs_object_set(&e, XS_STR("name"), xs_text_cstr(name));
    xs_object_set(&e, XS_STR("message"), xs_text_from_buf(&b));
    xs_object_set(&e, XS_STR("code"), xs_text_cstr(name));
    return e;
}

static xs_value json_text(xs_value v)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode(v, XS_JSON_COMPACT, &b);
    return xs_text_from_buf(&b);
}

static xs_value decode(xs_value v)
{
    if (v.type != XS_TEXT)
        return xs_null();
    xs_diag d;
    xs_diag_init(&d);
    xs_value out;
    if (xs_json_decode(xs_text_ptr(v), xs_text_len(v), &out, &d) != XS_OK)
        out = xs_null();
    xs_diag_release(&d);
    return out;
}

/* ---- writes ---- */

static bool serialized(const xs_store *s)
{
    return xs_store_kind_of(s) == XS_STORE_SQLITE;
}

xs_status xs_engine_tx_begin(xs_engine *e, xs_store *s, xs_diag *d)
{
    bool outer = xs_store_tx_depth(s) == 0 && serialized(s);
    if (outer)
        pthread_mutex_lock(&e->wlock);
    xs_status rc = xs_store_begin(s, d);
    if (rc != XS_OK && outer)
        pthread_mutex_unlock(&e->wlock);
    return rc;
}

xs_status xs_engine_tx_commit(xs_engine *e, xs_store *s, xs_diag *d)
{
    bool outer = xs_store_tx_depth(s) == 1 && serialized(s);
    xs_status rc = xs_store_commit(s, d);
    if (outer)
        pthread_mutex_unlock(&e->wlock);
    return rc;
}

void xs_engine_tx_rollback(xs_engine *e, xs_store *s)
{
    bool outer = xs_store_tx_depth(s) == 1 && serialized(s);
    xs_store_rollback(s);
    if (outer)
        pthread_mutex_unlock(&e->wlock);
}

xs_status xs_engine_write(xs_engine *e, xs_store *s, const char *sql, const xs_value *p, size_t n,
                          xs_store_rows *out, xs_diag *d)
{
    bool lock = xs_store_tx_depth(s) == 0 && serialized(s);
    if (lock)
        pthread_mutex_lock(&e->wlock);
    xs_status rc = xs_store_exec(s, sql, p, n, out, d);
    if (lock)
        pthread_mutex_unlock(&e->wlock);
    return rc;
}

/* ---- opening ---- */

char *xs_engine_resolve_db(const char *dir, const char *flag)
{
    if (flag && *flag)
        return xs_strdup(flag);
    const char *env = getenv("XSFLOW_DB");
    if (env && *env)
        return xs_strdup(env);
    xs_diag d;
    xs_diag_init(&d);
    xs_config *c = NULL;
    char *url = NULL;
    if (xs_config_load(dir, &c, &d) == XS_OK && xs_config_database(c))
        url = xs_strdup(xs_config_database(c));
    xs_config_free(c);
    xs_diag_release(&d);
    if (!url) {
        xs_buf b;
        xs_buf_init(&b);
        xs_buf_addf(&b, "sqlite:%s/xsflow.db", dir ? dir : ".");
        url = xs_buf_detach(&b, NULL);
    }
    return url;
}

/* The workspace version: 16 hex digits of a 64-bit hash (xs_hash_bytes)
 * of every file's name and text, in load order. It only tells versions
 * apart; a cryptographic hash would initialise OpenSSL, megabytes of
 * resident memory in every process. */
static void ws_version(const xs_workspace *ws, char out[17])
{
    xs_buf b;
    xs_buf_init(&b);
    const xs_ast_doc *doc;
    for (size_t i = 0; (doc = xs_workspace_doc(ws, i)) != NULL; i++) {
        const char *f = doc->file ? doc->file : "";
        const char *slash = strrchr(f, '/');
        xs_buf_add(&b, slash ? slash + 1 : f, strlen(slash ? slash + 1 : f) + 1);
        xs_buf_add(&b, doc->src.ptr, doc->src.len);
    }
    snprintf(out, 17, "%016llx", (unsigned long long)xs_hash_bytes(b.ptr, b.len));
    xs_buf_release(&b);
}

xs_status xs_engine_open(const xs_engine_opts *o, xs_engine **out, xs_diag *d)
{
    *out = NULL;
    xs_engine *e = xs_calloc(1, sizeof *e);
    e->dir = xs_strdup(o->dir ? o->dir : ".");
    e->log = o->log ? o->log : stderr;
    e->post = o->post;
    e->want_sched = o->scheduler;
    pthread_mutex_init(&e->mu, NULL);
    pthread_mutex_init(&e->wlock, NULL);
    pthread_mutex_init(&e->gc_mu, NULL);
    e->gc_tail = &e->gc_head;
    pthread_condattr_t ca;
    pthread_condattr_init(&ca);
    pthread_condattr_setclock(&ca, CLOCK_MONOTONIC);
    pthread_cond_init(&e->cv, &ca);
    pthread_cond_init(&e->runner_cv, &ca);
    pthread_cond_init(&e->finish_cv, NULL);
    pthread_condattr_destroy(&ca);
    char host[64] = "host";
    gethostname(host, sizeof host - 1);
    snprintf(e->owner, sizeof e->owner, "%s:%d:%lld", host, (int)getpid(),
             (long long)xs_clock_now_ms());

    xs_status rc = xs_config_load(e->dir, &e->cfg, d);
    if (rc != XS_OK)
        goto fail;
    e->ecfg = *xs_config_engine(e->cfg);
    if (o->workers > 0)
        e->ecfg.workers = o->workers;
    e->has_limits = xs_config_has_limits(e->cfg);
    e->ws = xs_workspace_new(e->dir);
    if ((rc = xs_workspace_load_into(e->ws, e->dir, d)) != XS_OK)
        goto fail;
    ws_version(e->ws, e->ws_version);
    e->cat = xs_store_catalog_new();
    const xs_ast_doc *doc;
    for (size_t i = 0; (doc = xs_workspace_doc(e->ws, i)) != NULL; i++)
        if ((rc = xs_store_catalog_add_doc(e->cat, doc, d)) != XS_OK)
            goto fail;
    if ((rc = xs_sched_load(e, d)) != XS_OK)
        goto fail;
    e->url = o->db_url ? xs_strdup(o->db_url) : xs_engine_resolve_db(e->dir, NULL);
    if ((rc = xs_store_open(e->url, e->cat, &e->main, d)) != XS_OK)
        goto fail;
    if ((rc = xs_rec_migrate(e->main, d)) != XS_OK)
        goto fail;
    if (o->migrate && (rc = xs_store_migrate(e->main, e->cat, 0, d)) != XS_OK)
        goto fail;
    *out = e;
    return XS_OK;
fail:
    xs_engine_free(e);
    return rc;
}

xs_store *xs_engine_store(xs_engine *e)
{
    return e->main;
}

const xs_workspace *xs_engine_workspace(const xs_engine *e)
{
    return e->ws;
}

const char *xs_engine_db_url(const xs_engine *e)
{
    return e->url;
}

const char *xs_engine_dir(const xs_engine *e)
{
    return e->dir;
}

const xs_config *xs_engine_settings(const xs_engine *e)
{
    return e->cfg;
}

uint64_t xs_engine_claimed(const xs_engine *e)
{
    return __atomic_load_n(&e->claimed, __ATOMIC_ACQUIRE);
}

int64_t xs_engine_last_claim_ns(const xs_engine *e)
{
    return __atomic_load_n(&e->last_claim_ns, __ATOMIC_RELAXED);
}

void xs_engine_wait_finished(xs_engine *e, uint64_t n)
{
    /* sequentially consistent, here and in note_finished: either this
     * thread sees the last count or the runner that made it sees n */
    pthread_mutex_lock(&e->mu);
    __atomic_store_n(&e->finish_wanted, n, __ATOMIC_SEQ_CST);
    while (__atomic_load_n(&e->finished, __ATOMIC_SEQ_CST) < n)
        pthread_cond_wait(&e->finish_cv, &e->mu);
    __atomic_store_n(&e->finish_wanted, 0, __ATOMIC_RELAXED);
    pthread_mutex_unlock(&e->mu);
}

/* Counts a run's end; the one a waiter waits for wakes it. */
static void note_finished(xs_engine *e)
{
    uint64_t v = __atomic_add_fetch(&e->finished, 1, __ATOMIC_SEQ_CST);
    uint64_t want = __atomic_load_n(&e->finish_wanted, __ATOMIC_SEQ_CST);
    if (want && v >= want) {
        pthread_mutex_lock(&e->mu);
        pthread_cond_broadcast(&e->finish_cv);
        pthread_mutex_unlock(&e->mu);
    }
}

/* Counts a claim, and when it was. */
static void note_claim(xs_engine *e)
{
    __atomic_store_n(&e->last_claim_ns, xs_clock_mono_ns(), __ATOMIC_RELAXED);
    __atomic_add_fetch(&e->claimed, 1, __ATOMIC_RELEASE);
}

uint64_t xs_engine_finished(const xs_engine *e)
{
    return __atomic_load_n(&e->finished, __ATOMIC_RELAXED);
}

int xs_engine_workers(const xs_engine *e)
{
    return e->nworkers ? e->nworkers : (int)e->ecfg.workers;
}

xs_status xs_engine_cancel(xs_engine *e, xs_store *s, int64_t id, char status[16], xs_diag *d)
{
    bool lock = xs_store_tx_depth(s) == 0 && serialized(s);
    if (lock)
        pthread_mutex_lock(&e->wlock);
    xs_status rc = xs_rec_cancel(s, id, status, d);
    if (lock)
        pthread_mutex_unlock(&e->wlock);
    return rc;
}

/* The SQLite file of a database URL ("sqlite:PATH" or PATH). */
static const char *sqlite_file(const char *url)
{
    return strncmp(url, "sqlite:", 7) == 0 ? url + 7 : url;
}

void xs_engine_announce(xs_engine *e, xs_store *s, xs_diag *d)
{
    if (xs_store_kind_of(s) == XS_STORE_PG)
        xs_store_exec(s, "SELECT pg_notify('xsflow_runs', '')", NULL, 0, NULL, d);
    else
        xs_wake_announce(sqlite_file(e->url));
}

/* Runs were queued again: wake this process's runners and the other
 * processes'. */
static void queued_again(xs_engine *e, xs_store *s, xs_diag *d)
{
    xs_engine_wake(e); /* ours first: the announcement takes a few system calls */
    xs_engine_announce(e, s, d);
}

xs_status xs_engine_retry(xs_engine *e, xs_store *s, int64_t id, xs_diag *d)
{
    bool lock = xs_store_tx_depth(s) == 0 && serialized(s);
    if (lock)
        pthread_mutex_lock(&e->wlock);
    xs_status rc = xs_rec_retry(s, id, d);
    if (lock)
        pthread_mutex_unlock(&e->wlock);
    if (rc == XS_OK)
        queued_again(e, s, d);
    return rc;
}

xs_status xs_engine_retry_matching(xs_engine *e, xs_store *s, const xs_rec_filter *f, int64_t *n,
                                   xs_diag *d)
{
    bool lock = xs_store_tx_depth(s) == 0 && serialized(s);
    if (lock)
        pthread_mutex_lock(&e->wlock);
    xs_status rc = xs_rec_retry_matching(s, f, n, d);
    if (lock)
        pthread_mutex_unlock(&e->wlock);
    if (rc == XS_OK && *n)
        queued_again(e, s, d);
    return rc;
}

/* The value of input at a dotted path ("account.id") as text; NULL when
 * absent. Heap string. */
static char *key_of(xs_value input, const char *path)
{
    xs_value v = input;
    const char *p = path;
    while (*p) {
        const char *dot = strchr(p, '.');
        size_t n = dot ? (size_t)(dot - p) : strlen(p);
        if (v.type != XS_OBJECT)
            return NULL;
        const xs_value *x = xs_object_get(v, (xs_str){p, n});
        if (!x)
            return NULL;
        v = *x;
        p += n + (dot ? 1 : 0);
    }
    if (v.type == XS_NULL)
        return NULL;
    if (v.type == XS_TEXT)
        return xs_strdup(xs_text_ptr(v));
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode(v, XS_JSON_COMPACT, &b);
    return xs_buf_detach(&b, NULL);
}

/* Queues a run of name; kind NULL: name is a function or task of the
 * workspace (checked), else the run's kind as given (post_process). */
static xs_status enqueue_kind(xs_engine *e, xs_store *s, const char *name, const char *kind,
                              xs_value input, const char *origin, int64_t sched_time, int64_t *id,
                              xs_diag *d)
{
    const xs_ast_object *fn = kind ? NULL : xs_workspace_function(e->ws, xs_str_of(name));
    if (!fn && !kind)
        return xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0,
                             "no function or task named '%s' in workspace '%s'", name, e->dir);
    const xs_obj_config *oc = xs_config_object(e->cfg, name);
    char *ckey = oc->concurrency_key ? key_of(input, oc->concurrency_key) : NULL;
    xs_rec_new n = {name,
                    kind                         ? kind
                    : fn->kind == XS_OBJ_TASK ? "task"
                                              : "function",
                    input,
                    oc->max_attempts,
                    ckey,
                    origin,
                    sched_time,
                    e->ws_version,
                    0};
    bool lock = xs_store_tx_depth(s) == 0 && serialized(s);
    if (lock)
        pthread_mutex_lock(&e->wlock);
    xs_status rc = xs_rec_enqueue(s, &n, id, d);
    if (lock)
        pthread_mutex_unlock(&e->wlock);
    xs_free(ckey);
    return rc;
}

/* A run was queued on s: wake this process's runners, then, once it is
 * committed (outside a transaction), the other processes'. */
static void queued(xs_engine *e, xs_store *s, xs_diag *d)
{
    xs_engine_wake(e);
    if (xs_store_tx_depth(s) == 0)
        xs_engine_announce(e, s, d);
}

static xs_status enqueue_on(xs_engine *e, xs_store *s, const char *name, xs_value input,
                            const char *origin, int64_t sched_time, int64_t *id, xs_diag *d)
{
    return enqueue_kind(e, s, name, NULL, input, origin, sched_time, id, d);
}

xs_status xs_engine_enqueue(xs_engine *e, const char *name, xs_value input, const char *origin,
                            int64_t *id, xs_diag *d)
{
    xs_status rc = enqueue_on(e, e->main, name, input, origin, 0, id, d);
    if (rc == XS_OK)
        queued(e, e->main, d);
    return rc;
}

xs_status xs_engine_connect(xs_engine *e, xs_store **out, xs_diag *d)
{
    return xs_store_open(e->url, e->cat, out, d);
}

/* The run queued earlier under (scope, key); 0 when none. */
static int64_t keyed_run(xs_store *s, xs_value *p, xs_diag *d)
{
    xs_store_rows r;
    xs_store_rows_init(&r);
    int64_t id = 0;
    if (xs_store_exec(s, "SELECT run_id FROM xsflow_idempotency WHERE scope = ? AND key = ?", p,
                      2, &r, d) == XS_OK &&
        xs_array_len(r.rows))
        id = xs_array_at(xs_array_at(r.rows, 0), 0).u.i;
    xs_store_rows_release(&r);
    return id;
}

static xs_status enqueue_keyed(xs_engine *e, xs_store *s, const char *name, const char *kind,
                               xs_value input, const char *origin, const char *scope,
                               const char *key, int64_t *id, bool *duplicate, xs_diag *d)
{
    *duplicate = false;
    if (!key) {
        xs_status rc = enqueue_kind(e, s, name, kind, input, origin, 0, id, d);
        if (rc == XS_OK)
            queued(e, s, d);
        return rc;
    }
    /* The key row goes in first: a second caller with the same key, in
     * this process or another, waits on it (PostgreSQL) or on the write
     * lock (SQLite), then finds it taken and reads the first run. */
    xs_value p[4] = {xs_text_cstr(scope ? scope : ""), xs_text_cstr(key), xs_int(0),
                     xs_int(xs_clock_now_ms())};
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = xs_engine_tx_begin(e, s, d);
    if (rc == XS_OK)
        rc = xs_store_exec(s,
                           "INSERT INTO xsflow_idempotency (scope, key, run_id, created) VALUES "
                           "(?, ?, ?, ?) ON CONFLICT (scope, key) DO NOTHING RETURNING run_id",
                           p, 4, &r, d);
    bool fresh = rc == XS_OK && xs_array_len(r.rows) == 1;
    xs_store_rows_release(&r);
    if (rc == XS_OK && fresh) {
        rc = enqueue_kind(e, s, name, kind, input, origin, 0, id, d);
        xs_value u[3] = {xs_int(*id), p[0], p[1]};
        if (rc == XS_OK)
            rc = xs_store_exec(s,
                               "UPDATE xsflow_idempotency SET run_id = ? WHERE scope = ? AND "
                               "key = ?",
                               u, 3, NULL, d);
        if (rc == XS_OK)
            rc = xs_engine_tx_commit(e, s, d);
        else
            xs_engine_tx_rollback(e, s);
        if (rc == XS_OK)
            queued(e, s, d);
    } else if (rc == XS_OK) {
        xs_engine_tx_rollback(e, s);
        *id = keyed_run(s, p, d);
        *duplicate = true;
    } else if (xs_store_tx_depth(s)) {
        xs_engine_tx_rollback(e, s);
    }
    xs_release(p[0]);
    xs_release(p[1]);
    return rc;
}

xs_status xs_engine_enqueue_keyed(xs_engine *e, xs_store *s, const char *name, xs_value input,
                                  const char *origin, const char *scope, const char *key,
                                  int64_t *id, bool *duplicate, xs_diag *d)
{
    return enqueue_keyed(e, s, name, NULL, input, origin, scope, key, id, duplicate, d);
}

/* ---- util.post_process ---- */

xs_status xs_engine_enqueue_post_process(xs_engine *e, xs_store *s, xs_value job,
                                         const char *origin, const char *key, int64_t *id,
                                         xs_diag *d)
{
    const xs_value *obj = job.type == XS_OBJECT ? xs_object_get(job, XS_STR("object")) : NULL;
    if (!obj || obj->type != XS_TEXT)
        return xs_diag_error(d, XS_E_USAGE, NULL, 0, 0, "not a util.post_process job");
    xs_buf name;
    xs_buf_init(&name);
    xs_buf_addf(&name, "%s/post_process", xs_text_ptr(*obj));
    bool dup = false;
    xs_status rc = enqueue_keyed(e, s, xs_buf_cstr(&name), XS_RUN_KIND_POST_PROCESS, job, origin,
                                 key ? "post_process" : NULL, key, id, &dup, d);
    xs_buf_release(&name);
    return rc;
}

/* A runner's handler: a post_process met by the run in progress becomes a
 * run of its own, keyed by the run, its try and its order, so that a run
 * resumed after a crash does not queue it twice. */
static xs_status runner_post_process(void *arg, xs_value job, xs_value *error)
{
    worker *w = arg;
    char key[96];
    snprintf(key, sizeof key, "%lld:%lld:%u", (long long)w->run_id, (long long)w->try_no,
             w->pp_seq++);
    xs_diag d;
    xs_diag_init(&d);
    int64_t id = 0;
    xs_status rc = xs_engine_enqueue_post_process(w->e, w->s, job, "post_process", key, &id, &d);
    if (rc != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        *error = error_object("ERROR_FATAL", "cannot queue util.post_process: %s",
                              de ? de->message : "database error");
    }
    xs_diag_release(&d);
    return rc;
}

xs_status xs_engine_task_call(xs_engine *e, xs_store *s, const char *task, const char *key,
                              xs_value *result, xs_value *error)
{
    xs_diag d;
    xs_diag_init(&d);
    int64_t id = 0;
    bool dup = false;
    xs_status rc = xs_engine_enqueue_keyed(e, s, task, xs_null(), "task.call",
                                           key ? "task.call" : NULL, key, &id, &dup, &d);
    if (rc == XS_OK) {
        *result = xs_object_new(1);
        xs_object_set(result, XS_STR("run_id"), xs_int(id));
    } else {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        *error = error_object("ERROR_FATAL", "cannot queue task '%s': %s", task,
                              de ? de->message : "database error");
    }
    xs_diag_release(&d);
    return rc;
}

/* A runner's task.call: keyed like a post_process (run, try, order), so
 * that a run resumed after a crash gets the run it queued before rather
 * than a second one. */
static xs_status runner_task_call(void *arg, const char *task, xs_value *result, xs_value *error)
{
    worker *w = arg;
    char key[96];
    snprintf(key, sizeof key, "%lld:%lld:%u", (long long)w->run_id, (long long)w->try_no,
             w->tc_seq++);
    return xs_engine_task_call(w->e, w->s, task, key, result, error);
}

/* ---- a run: step hooks ---- */

typedef struct rec_step {
    bool success;
    int64_t try_no;
    int64_t depth;
    xs_value outcome; /* {"r": response} or {"e": error} */
} rec_step;

typedef struct open_step {
    char *key;
    char *name;
    const char *parent;
    int64_t ordinal;
    int64_t started;
    int64_t mono_ns; /* when it started, for its duration */
    uint32_t depth;
    bool opened_tx; /* this step began the transaction its outcome commits in */
    int64_t prev_step_deadline;
} open_step;

enum { MAX_OPEN = 256 };

typedef struct run_ctx {
    xs_engine *e;
    worker *w;
    xs_store *s;
    int64_t id;
    int64_t try_no;
    const xs_obj_config *oc;
    xs_map recorded; /* key -> rec_step * */
    xs_map counts;   /* parent "\x1f" name -> occurrences */
    int nopen;
    int64_t ordinal;
    int top_ok, top_failed;
    bool lost;
    bool processing; /* a step of this claim has set the run 'Processing' */
    xs_value store_error; /* first store failure while recording, an error object */
    xs_http_ctx hc;       /* api.request reads the step's Idempotency-Key here */
    char idem[320];
    open_step open[MAX_OPEN]; /* last: not cleared, used below nopen */
} run_ctx;

static void ctx_release(run_ctx *c)
{
    size_t it = 0;
    void *v;
    while (xs_map_next(&c->recorded, &it, NULL, &v)) {
        rec_step *r = v;
        xs_release(r->outcome);
        xs_free(r);
    }
    xs_map_release(&c->recorded);
    xs_map_release(&c->counts);
    for (int i = 0; i < c->nopen; i++) {
        xs_free(c->open[i].key);
        xs_free(c->open[i].name);
    }
    xs_release(c->store_error);
}

static xs_status load_steps(run_ctx *c, xs_diag *d)
{
    xs_value p = xs_int(c->id);
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = xs_store_exec(
        c->s, "SELECT key, success, try_no, depth, outcome FROM xsflow_steps WHERE run_id = ?", &p,
        1, &r, d);
    for (size_t i = 0; rc == XS_OK && i < xs_array_len(r.rows); i++) {
        xs_value row = xs_array_at(r.rows, i);
        xs_value out = decode(xs_array_at(row, 4));
        if (out.type != XS_OBJECT) {
            xs_release(out);
            continue; /* no outcome: it runs again */
        }
        rec_step *st = xs_calloc(1, sizeof *st);
        st->success = xs_array_at(row, 1).type == XS_INT && xs_array_at(row, 1).u.i;
        st->try_no = xs_array_at(row, 2).u.i;
        st->depth = xs_array_at(row, 3).u.i;
        st->outcome = out;
        xs_map_set(&c->recorded, xs_text_str(xs_array_at(row, 0)), st, NULL);
    }
    xs_store_rows_release(&r);
    return rc;
}

/* Whether a step's response reports failure: a Result with success false. */
static bool result_failed(xs_value resp)
{
    if (resp.type != XS_OBJECT)
        return false;
    const xs_value *ok = xs_object_get(resp, XS_STR("success"));
    return ok && ((ok->type == XS_BOOL && !ok->u.b) || (ok->type == XS_INT && ok->u.i == 0));
}

static int64_t mono_deadline(int64_t ms)
{
    return ms > 0 ? xs_clock_mono_ms() + ms : 0;
}

static void set_step_deadline(run_ctx *c, int64_t v)
{
    pthread_mutex_lock(&c->e->mu);
    c->w->step_deadline = v;
    pthread_mutex_unlock(&c->e->mu);
}

static const char *interrupt_message(int why)
{
    switch (why) {
    case INT_CANCEL:
        return "the run was cancelled";
    case INT_TIMEOUT:
        return "the run exceeded its timeout_ms";
    case INT_STEP_TIMEOUT:
        return "a step exceeded its step_timeout_ms";
    case INT_LOST:
        return "the run's lease was lost to another process";
    default:
        return "the engine is shutting down";
    }
}

static xs_step_action hook_before(void *vctx, const xs_step_info *si, xs_value *out)
{
    run_ctx *c = vctx;
    int why = c->w->interrupt;
    if (why) {
        *out = error_object("ERROR_INTERRUPTED", "%s", interrupt_message(why));
        return XS_STEP_STOP;
    }
    if (c->nopen >= MAX_OPEN) {
        *out = error_object("ERROR_LIMIT", "steps nested deeper than %d", MAX_OPEN);
        return XS_STEP_STOP;
    }
    const char *parent = c->nopen ? c->open[c->nopen - 1].key : "";
    xs_buf nm;
    xs_buf_init(&nm);
    if (si->kind == XS_STEP_API_REQUEST)
        xs_buf_adds(&nm, "api_request");
    else
        xs_rec_step_name(si->callee, &nm);
    /* the occurrence of this name under this parent */
    xs_buf ck;
    xs_buf_init(&ck);
    xs_buf_addf(&ck, "%s\x1f%s", parent, xs_buf_cstr(&nm));
    uintptr_t n = (uintptr_t)xs_map_get(&c->counts, (xs_str){ck.ptr, ck.len}) + 1;
    xs_map_set(&c->counts, (xs_str){ck.ptr, ck.len}, (void *)n, NULL);
    xs_buf_release(&ck);
    if (n > 1)
        xs_buf_addf(&nm, "_%u", (unsigned)n);
    xs_buf key;
    xs_buf_init(&key);
    if (*parent)
        xs_buf_addf(&key, "%s/", parent);
    xs_buf_add(&key, nm.ptr, nm.len);
    c->ordinal++;

    rec_step *rec = xs_map_get(&c->recorded, (xs_str){key.ptr, key.len});
    if (rec && (rec->success || rec->try_no == c->try_no)) {
        if (c->nopen == 0) {
            if (rec->success)
                c->top_ok++;
            else
                c->top_failed++;
        }
        xs_buf_release(&key);
        xs_buf_release(&nm);
        const xs_value *r = xs_object_get(rec->outcome, XS_STR("r"));
        if (r) {
            *out = xs_retain(*r);
            return XS_STEP_REPLAY;
        }
        const xs_value *er = xs_object_get(rec->outcome, XS_STR("e"));
        *out = er ? xs_retain(*er) : error_object("ERROR_FATAL", "step outcome lost");
        return XS_STEP_REPLAY_ERROR;
    }

    open_step *o = &c->open[c->nopen];
    memset(o, 0, sizeof *o);
    o->key = xs_buf_detach(&key, NULL);
    o->name = xs_buf_detach(&nm, NULL);
    o->parent = parent;
    o->ordinal = c->ordinal;
    o->started = xs_clock_now_ms();
    o->mono_ns = xs_clock_mono_ns();
    o->depth = si->depth;
    o->prev_step_deadline = c->w->step_deadline;
    if (c->oc->step_timeout_ms > 0)
        set_step_deadline(c, mono_deadline(c->oc->step_timeout_ms));
    c->nopen++;

    xs_diag d;
    xs_diag_init(&d);
    if (si->kind == XS_STEP_API_REQUEST) {
        snprintf(c->idem, sizeof c->idem, "%lld:%s", (long long)c->id, o->key);
        c->hc.next_idempotency_key = c->idem;
        /* An outside call: never under a write lock. The enclosing step's
         * database effects commit now; from here it is at least once. */
        for (int i = 0; i < c->nopen - 1; i++) {
            if (c->open[i].opened_tx && xs_store_tx_depth(c->s) == 1) {
                xs_engine_tx_commit(c->e, c->s, &d);
                c->open[i].opened_tx = false;
            }
        }
    }
    xs_diag_release(&d);
    return XS_STEP_RUN;
}

/* Before a statement of the run uses the database: inside a step, the
 * step's transaction begins (if none is open), so that its writes commit
 * with its outcome. A step that never uses the database holds no
 * transaction, and no write lock, while it runs. */
static void hook_store_use(void *vctx)
{
    run_ctx *c = vctx;
    if (c->nopen == 0 || xs_store_tx_depth(c->s) > 0)
        return;
    xs_diag d;
    xs_diag_init(&d);
    if (xs_engine_tx_begin(c->e, c->s, &d) == XS_OK) {
        c->open[c->nopen - 1].opened_tx = true;
    } else if (c->store_error.type == XS_NULL) {
        /* the statement runs without it; the run stops at the next one */
        const xs_diag_entry *de = xs_diag_first_error(&d);
        c->store_error = error_object("ERROR_STORE", "cannot begin step '%s': %s",
                                      c->open[c->nopen - 1].key,
                                      de ? de->message : "database error");
        c->w->interrupt = INT_SHUTDOWN;
    }
    xs_diag_release(&d);
}

/* Records the outcome of the innermost open step; in the transaction the
 * step began when it began one. */
static void hook_after(void *vctx, const xs_step_info *si, xs_status st, xs_value resp,
                       xs_value err)
{
    run_ctx *c = vctx;
    if (c->nopen == 0)
        return;
    open_step *o = &c->open[--c->nopen];
    /* A step stopped by an interrupt leaves no effects: they are rolled
     * back and it runs again on resume or in the next try. On shutdown it
     * is not recorded at all, so that the resumed run makes it again. */
    const xs_value *ename = err.type == XS_OBJECT ? xs_object_get(err, XS_STR("name")) : NULL;
    bool interrupted = st != XS_OK && ename && ename->type == XS_TEXT &&
                       strcmp(xs_text_ptr(*ename), "ERROR_INTERRUPTED") == 0;
    if (interrupted && o->opened_tx) {
        xs_engine_tx_rollback(c->e, c->s);
        o->opened_tx = false;
    }
    if (interrupted && (c->w->interrupt == INT_SHUTDOWN || c->w->interrupt == INT_LOST)) {
        if (c->oc->step_timeout_ms > 0)
            set_step_deadline(c, o->prev_step_deadline);
        xs_free(o->key);
        xs_free(o->name);
        return;
    }
    xs_engine_note_step(c->e, si->kind == XS_STEP_API_REQUEST, xs_clock_mono_ns() - o->mono_ns);
    bool ok = st == XS_OK && !result_failed(resp);
    if (c->nopen == 0) {
        if (ok)
            c->top_ok++;
        else
            c->top_failed++;
    }
    int64_t now = xs_clock_now_ms();
    xs_value errv = xs_null();
    if (st != XS_OK) {
        const xs_value *m = err.type == XS_OBJECT ? xs_object_get(err, XS_STR("message")) : NULL;
        errv = m && m->type == XS_TEXT ? xs_retain(*m) : json_text(err);
    } else if (!ok) {
        const xs_value *m = xs_object_get(resp, XS_STR("error"));
        errv = !m || m->type == XS_NULL ? xs_text_cstr("the step returned success = false")
               : m->type == XS_TEXT     ? xs_retain(*m)
                                        : json_text(*m);
    }
    xs_value outcome = xs_object_new(1);
    xs_object_set(&outcome, st == XS_OK ? XS_STR("r") : XS_STR("e"),
                  xs_retain(st == XS_OK ? resp : err));
    size_t cap = (size_t)c->oc->step_io_bytes;
    xs_buf in, outb, idem;
    xs_buf_init(&in);
    xs_buf_init(&outb);
    xs_buf_init(&idem);
    xs_rec_bounded_json(si->input, cap, &in);
    xs_rec_bounded_json(st == XS_OK ? resp : err, cap, &outb);
    xs_buf_addf(&idem, "%lld:%s", (long long)c->id, o->key);
    xs_value p[XS_STEP_PARAMS] = {
        xs_int(c->id),
        xs_text_cstr(o->key),
        xs_text_cstr(o->name),
        xs_text_cstr(si->callee),
        xs_text_cstr(si->kind == XS_STEP_API_REQUEST ? "api.request" : "function.run"),
        xs_int(o->ordinal),
        *o->parent ? xs_text_cstr(o->parent) : xs_null(),
        xs_int(c->nopen + 1),
        xs_int(c->try_no),
        xs_int(o->started),
        xs_int(now),
        xs_int(ok ? 1 : 0),
        errv,
        xs_text_from_buf(&in),
        xs_text_from_buf(&outb),
        json_text(outcome),
        xs_text_from_buf(&idem),
    };
    xs_diag d;
    xs_diag_init(&d);
    xs_status rc = XS_OK;
    bool set_status = false;
    if (xs_store_tx_depth(c->s) == 0) {
        /* no database use: the outcome alone (on SQLite with other
         * runners') */
        xs_step_write sw = {.params = p, .run_id = c->id, .set_processing = !c->processing,
                            .now = now};
        rc = xs_engine_write_step(c->e, c->s, &sw, &d);
        if (rc == XS_OK && sw.lost)
            rc = XS_E_STORE;
        c->lost |= sw.lost;
        set_status = rc == XS_OK;
    } else {
        bool own_tx = o->opened_tx;
        if (xs_store_tx_depth(c->s) == 0) {
            rc = xs_engine_tx_begin(c->e, c->s, &d);
            own_tx = true;
        }
        if (rc == XS_OK)
            rc = xs_engine_insert_step(c->s, p, &d);
        /* fenced: only while this process still holds the run */
        if (rc == XS_OK && own_tx && xs_store_tx_depth(c->s) == 1) {
            rc = xs_engine_fence_step(c->e, c->s, c->id, !c->processing, now, &c->lost, &d);
            if (rc == XS_OK && c->lost)
                rc = XS_E_STORE;
            set_status = rc == XS_OK;
        }
        if (own_tx) {
            if (rc == XS_OK)
                rc = xs_engine_tx_commit(c->e, c->s, &d);
            else
                xs_engine_tx_rollback(c->e, c->s);
        }
    }
    if (c->lost)
        c->w->interrupt = INT_LOST;
    if (rc == XS_OK && set_status)
        c->processing = true;
    if (rc != XS_OK && !c->lost && c->store_error.type == XS_NULL) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        c->store_error = error_object("ERROR_STORE", "cannot record step '%s': %s", o->key,
                                      de ? de->message : "database error");
        c->w->interrupt = INT_SHUTDOWN;
    }
    xs_diag_release(&d);
    for (size_t i = 0; i < XS_COUNTOF(p); i++)
        xs_release(p[i]);
    xs_release(outcome);
    if (c->oc->step_timeout_ms > 0)
        set_step_deadline(c, o->prev_step_deadline);
    xs_free(o->key);
    xs_free(o->name);
}

/* ---- a run: claim, execute, finish ---- */

typedef struct claimed {
    int64_t id;
    char *name;
    bool post_process; /* kind "post_process": input is a util.post_process job */
    xs_value input;
    int64_t try_no;
    int64_t max_attempts;
    bool first; /* its first claim: it has no steps recorded */
    /* A candidate the claim ended without running it (cancelled, claimed
     * too often), when the claim ran inside the caller's transaction: to
     * be notified once that commits. unrun_name NULL: none. */
    int64_t unrun_id;
    char *unrun_name;
    const char *unrun_status;
} claimed;

static bool is_post_process(xs_value kind)
{
    return kind.type == XS_TEXT && strcmp(xs_text_ptr(kind), XS_RUN_KIND_POST_PROCESS) == 0;
}

static void claimed_release(claimed *c)
{
    xs_free(c->name);
    xs_free(c->unrun_name);
    xs_release(c->input);
    memset(c, 0, sizeof *c);
}

/* A run's end: with status, result and error (either may be null). */
typedef struct run_end {
    int64_t id;
    const char *status;
    xs_value result, error;
} run_end;

/* The end of a run (fenced on the owner), with its END_PARAMS parameters,
 * which end_params fills (to release). */
#define END_SQL                                                                                    \
    "UPDATE xsflow_runs SET status = ?, result = ?, error = ?, ended = ?, lastupdated = ?, "      \
    "owner = NULL, lease_until = NULL WHERE id = ? AND owner = ?"
enum { END_PARAMS = 7 };

static void end_params(xs_engine *e, const run_end *end, xs_value p[END_PARAMS])
{
    int64_t now = xs_clock_now_ms();
    p[0] = xs_text_cstr(end->status);
    p[1] = end->result.type == XS_NULL ? xs_null() : json_text(end->result);
    p[2] = end->error.type == XS_NULL ? xs_null() : json_text(end->error);
    p[3] = xs_int(now);
    p[4] = xs_int(now);
    p[5] = xs_int(end->id);
    p[6] = xs_text_cstr(e->owner);
}

/* Writes a run's end (fenced on the owner). */
static xs_status write_end(xs_engine *e, xs_store *s, const run_end *end, xs_diag *d)
{
    xs_value p[END_PARAMS];
    end_params(e, end, p);
    xs_status rc = xs_engine_write(e, s, END_SQL, p, END_PARAMS, NULL, d);
    for (size_t i = 0; i < END_PARAMS; i++)
        xs_release(p[i]);
    return rc;
}

/* Ends run id with status (fenced on the owner). */
static xs_status finish(xs_engine *e, xs_store *s, int64_t id, const char *status, xs_value result,
                        xs_value error, xs_diag *d)
{
    run_end end = {id, status, result, error};
    return write_end(e, s, &end, d);
}

static int64_t backoff_ms(const xs_obj_config *oc, int64_t try_no, unsigned *seed)
{
    double ms = (double)oc->backoff_ms;
    for (int64_t i = 1; i < try_no && ms < (double)oc->backoff_max_ms; i++)
        ms *= 2;
    if (ms > (double)oc->backoff_max_ms)
        ms = (double)oc->backoff_max_ms;
    double j = oc->backoff_jitter;
    double f = 1.0 - j + 2.0 * j * ((double)rand_r(seed) / (double)RAND_MAX);
    return (int64_t)(ms * (f < 0 ? 0 : f));
}

/* Queues run id again for try try_no + 1 after its backoff. */
static xs_status requeue(xs_engine *e, xs_store *s, const claimed *cl, const xs_obj_config *oc,
                         xs_value error, unsigned *seed, xs_diag *d)
{
    int64_t now = xs_clock_now_ms();
    int64_t delay = backoff_ms(oc, cl->try_no, seed);
    xs_value p[5] = {json_text(error), xs_int(now + delay), xs_int(now), xs_int(cl->id),
                     xs_text_cstr(e->owner)};
    xs_status rc = xs_engine_write(e, s,
                                 "UPDATE xsflow_runs SET status = 'Queued', tries = tries + 1, "
                                 "error = ?, run_at = ?, lastupdated = ?, owner = NULL, "
                                 "lease_until = NULL WHERE id = ? AND owner = ?",
                                 p, 5, NULL, d);
    for (size_t i = 0; i < XS_COUNTOF(p); i++)
        xs_release(p[i]);
    xs_engine_log(e, "run %lld %s: try %lld failed, retry in %lld ms", (long long)cl->id,
                  cl->name, (long long)cl->try_no, (long long)delay);
    return rc;
}

static void set_current(worker *w, int64_t id, int64_t deadline)
{
    pthread_mutex_lock(&w->e->mu);
    w->run_id = id;
    w->run_deadline = deadline;
    w->step_deadline = 0;
    if (id)
        w->interrupt = INT_NONE;
    pthread_mutex_unlock(&w->e->mu);
}

static xs_status claim_fast(xs_engine *e, xs_store *s, const run_end *end, claimed *out, bool *got,
                            xs_diag *d);
static bool stopping(xs_engine *e);
static bool draining(xs_engine *e);

/* A run's end and its runner's next claim, as one batch operation. */
typedef struct end_and_claim {
    run_end end;
    claimed *next;
    bool got;
} end_and_claim;

static xs_status end_and_claim_op(xs_engine *e, xs_store *s, void *arg, xs_diag *d)
{
    end_and_claim *ec = arg;
    xs_status rc = write_end(e, s, &ec->end, d);
    if (rc == XS_OK) {
        xs_diag cd;
        xs_diag_init(&cd);
        if (claim_fast(e, s, NULL, ec->next, &ec->got, &cd) != XS_OK)
            ec->got = false; /* the end stands alone */
        xs_diag_release(&cd);
    }
    return rc;
}

/* Ends run id as finish does and, in the same transaction, claims the
 * runner's next run into *next (*got): a run then costs one write
 * transaction fewer (on PostgreSQL one statement and round trip fewer),
 * and the end is still committed before anything else happens. On SQLite
 * the transaction is shared with the writes other runners wait to make
 * (xs_engine_batch_write). A claim that fails leaves the end to commit
 * alone. */
static xs_status finish_and_claim(xs_engine *e, worker *w, int64_t id, const char *status,
                                  xs_value result, xs_value error, claimed *next, bool *got,
                                  xs_diag *d)
{
    run_end end = {id, status, result, error};
    if (xs_store_kind_of(w->s) == XS_STORE_PG) {
        xs_diag cd;
        xs_diag_init(&cd);
        xs_status rc = claim_fast(e, w->s, &end, next, got, &cd);
        xs_diag_release(&cd);
        if (rc == XS_OK)
            return rc;
        claimed_release(next);
        *got = false;
        return write_end(e, w->s, &end, d);
    }
    end_and_claim ec = {end, next, false};
    xs_batch_op op = {.fn = end_and_claim_op, .arg = &ec};
    xs_status rc = xs_engine_batch_write(e, w->s, &op);
    *got = rc == XS_OK && ec.got;
    if (rc != XS_OK) { /* the claim went with the end */
        xs_diag_error(d, rc, NULL, 0, 0, "%s", op.error);
        claimed_release(next);
        return rc;
    }
    if (next->unrun_name) {
        xs_engine_notify(e, w->s, next->unrun_id, next->unrun_name, next->unrun_status);
        xs_free(next->unrun_name);
        next->unrun_name = NULL;
    }
    return rc;
}

/* Runs a claimed run to its end (or to its next try). With next (not
 * NULL), the end may come with the runner's next claim (*has_next). */
static void execute(worker *w, claimed *cl, claimed *next, bool *has_next)
{
    xs_engine *e = w->e;
    xs_diag d;
    xs_diag_init(&d);
    const xs_obj_config *oc = xs_config_object(e->cfg, cl->name);
    run_ctx c;
    memset(&c, 0, offsetof(run_ctx, open));
    c.e = e;
    c.w = w;
    c.s = w->s;
    c.id = cl->id;
    c.try_no = cl->try_no;
    c.oc = oc;
    c.store_error = xs_null();
    xs_map_init(&c.recorded);
    xs_map_init(&c.counts);
    xs_http_ctx_init(&c.hc);
    xs_http_ctx *prev_hc = xs_http_ctx_install(&c.hc);
    set_current(w, cl->id, mono_deadline(oc->timeout_ms));

    const xs_ast_object *fn =
        cl->post_process ? NULL : xs_workspace_function(e->ws, xs_str_of(cl->name));
    xs_value resp = xs_null(), err = xs_null();
    xs_status st;
    w->pp_seq = 0;
    w->tc_seq = 0;
    w->try_no = cl->try_no;
    if (!fn && !cl->post_process) {
        err = error_object("ERROR_CODE_NOT_FOUND",
                           "no function or task named '%s' in this workspace version", cl->name);
        st = XS_E_NOTFOUND;
    } else if (!cl->first && load_steps(&c, &d) != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        err = error_object("ERROR_STORE", "cannot read the run's steps: %s",
                           de ? de->message : "database error");
        st = XS_E_STORE;
    } else {
        xs_step_hooks hooks = {&c, hook_before, hook_after, hook_store_use};
        xs_run_opts opts;
        memset(&opts, 0, sizeof opts);
        opts.auth = xs_null();
        opts.store = w->s;
        opts.hooks = &hooks;
        opts.interrupt = &w->interrupt;
        opts.yield_point = xs_carrier_yield_point; /* nothing off a carrier */
        xs_limits lim = xs_workspace_limits(e->ws);
        if (oc->timeout_ms > 0 && (lim.max_wall_ms == 0 || lim.max_wall_ms > oc->timeout_ms))
            lim.max_wall_ms = oc->timeout_ms + 1000; /* the engine's own timeout fires first */
        opts.limits = &lim;
        if (!cl->post_process) {
            st = xs_interp_run(w->in, fn, cl->input, &opts, &resp, &err);
        } else if ((st = xs_interp_run_post_process(w->in, cl->input, &opts, &err, &d)) != XS_OK &&
                   err.type == XS_NULL) {
            /* the statement is gone from this workspace version: not retried */
            const xs_diag_entry *de = xs_diag_first_error(&d);
            err = error_object("ERROR_CODE_NOT_FOUND", "%s",
                               de ? de->message : "the util.post_process cannot be run");
        }
    }
    while (xs_store_tx_depth(w->s) > 0)
        xs_engine_tx_rollback(e, w->s);
    xs_http_ctx_install(prev_hc);
    xs_http_ctx_release(&c.hc);
    int why = w->interrupt;
    /* an interrupt that came after the run had ended changes nothing */
    const xs_value *ename = err.type == XS_OBJECT ? xs_object_get(err, XS_STR("name")) : NULL;
    if (why != INT_LOST && !(st != XS_OK && ename && ename->type == XS_TEXT &&
                             strcmp(xs_text_ptr(*ename), "ERROR_INTERRUPTED") == 0))
        why = INT_NONE;
    set_current(w, 0, 0);

    const char *status = NULL;
    bool retry = false;
    if (c.lost || why == INT_LOST) {
        xs_engine_log(e, "run %lld %s: lease lost, left to its new owner", (long long)cl->id,
                      cl->name);
    } else if (why == INT_SHUTDOWN && c.store_error.type == XS_NULL) {
        /* stopping: leave the run to be resumed (by us after a restart,
         * or by another process once the lease expires) */
        xs_value p[2] = {xs_int(cl->id), xs_text_cstr(e->owner)};
        xs_engine_write(e, w->s,
                      "UPDATE xsflow_runs SET lease_until = 0, owner = NULL WHERE id = ? AND "
                      "owner = ?",
                      p, 2, NULL, &d);
        xs_release(p[1]);
    } else if (why == INT_CANCEL) {
        status = XS_RUN_CANCELLED;
        xs_release(err);
        err = error_object("ERROR_CANCELLED", "the run was cancelled");
        xs_clear(&resp);
    } else if (why == INT_TIMEOUT || why == INT_STEP_TIMEOUT) {
        xs_release(err);
        err = error_object("ERROR_TIMEOUT", "%s (%lld ms)", interrupt_message(why),
                           (long long)(why == INT_TIMEOUT ? oc->timeout_ms : oc->step_timeout_ms));
        xs_clear(&resp);
        status = XS_RUN_ERROR;
        retry = true;
    } else if (c.store_error.type != XS_NULL) {
        xs_release(err);
        err = xs_retain(c.store_error);
        xs_clear(&resp);
        status = XS_RUN_ERROR;
        retry = true;
    } else if (st == XS_OK) {
        if (result_failed(resp))
            status = c.top_ok > 0 ? XS_RUN_PARTIAL : XS_RUN_ERROR;
        else
            status = c.top_failed > 0 ? XS_RUN_PARTIAL : XS_RUN_COMPLETE;
    } else {
        /* input that does not fit the function fails the same way each try */
        const xs_value *code = err.type == XS_OBJECT ? xs_object_get(err, XS_STR("code")) : NULL;
        bool input_error = code && code->type == XS_TEXT &&
                           strcmp(xs_text_ptr(*code), "ERROR_CODE_INPUT_ERROR") == 0;
        status = XS_RUN_ERROR;
        retry = (st == XS_E_RUNTIME || st == XS_E_LIMIT) && !input_error;
    }
    if (status) {
        xs_status rc;
        bool ended = false;
        if (retry && cl->try_no < cl->max_attempts) {
            rc = requeue(e, w->s, cl, oc, err, &w->seed, &d);
        } else {
            ended = true;
            /* chained only where claims need no concurrency check and
             * where no notification (a post, with retries) would hold the
             * next run's lease before it starts */
            if (next && !e->has_limits && !draining(e) && !stopping(e) &&
                !xs_engine_notify_wanted(e, cl->name, status))
                rc = finish_and_claim(e, w, cl->id, status, resp, err, next, has_next, &d);
            else
                rc = finish(e, w->s, cl->id, status, resp, err, &d);
            if (rc == XS_OK)
                xs_engine_note_end(e, status);
        }
        if (rc != XS_OK) {
            const xs_diag_entry *de = xs_diag_first_error(&d);
            xs_engine_log(e, "run %lld: cannot record its end: %s", (long long)cl->id,
                          de ? de->message : "database error");
        }
        note_finished(e);
        if (rc == XS_OK && ended)
            xs_engine_notify(e, w->s, cl->id, cl->name, status);
    }
    xs_release(resp);
    xs_release(err);
    ctx_release(&c);
    xs_diag_release(&d);
    /* This runner looks for work next anyway; another is woken only when
     * the end can have freed a concurrency slot for a run it skipped. */
    if (e->has_limits)
        xs_engine_wake(e);
}

/* Marks a candidate that must not run (cancelled, claimed too often). */
static xs_status end_unrun(xs_engine *e, xs_store *s, int64_t id, const char *status,
                           xs_value error, xs_diag *d)
{
    int64_t now = xs_clock_now_ms();
    xs_value p[5] = {xs_text_cstr(status), json_text(error), xs_int(now), xs_int(now),
                     xs_int(id)};
    xs_status rc = xs_store_exec(s,
                                 "UPDATE xsflow_runs SET status = ?, error = ?, ended = ?, "
                                 "lastupdated = ?, owner = NULL, lease_until = NULL WHERE id = ?",
                                 p, 5, NULL, d);
    for (size_t i = 0; i < XS_COUNTOF(p); i++)
        xs_release(p[i]);
    if (rc == XS_OK)
        xs_engine_note_end(e, status);
    return rc;
}

static xs_status end_unrun_locked(xs_engine *e, xs_store *s, int64_t id, const char *status,
                                     xs_value error, xs_diag *d)
{
    bool lock = xs_store_tx_depth(s) == 0 && serialized(s);
    if (lock)
        pthread_mutex_lock(&e->wlock);
    xs_status rc = end_unrun(e, s, id, status, error, d);
    if (lock)
        pthread_mutex_unlock(&e->wlock);
    return rc;
}

static int64_t count_active(xs_store *s, const char *sql, const xs_value *p, size_t n, xs_diag *d)
{
    xs_store_rows r;
    xs_store_rows_init(&r);
    int64_t k = 0;
    if (xs_store_exec(s, sql, p, n, &r, d) == XS_OK)
        k = first_cell(&r).u.i;
    xs_store_rows_release(&r);
    return k;
}

/* Whether a run of name (with concurrency key value ckey) may start now. */
static bool under_limits(xs_engine *e, xs_store *s, xs_value name, xs_value ckey, int64_t now,
                         xs_diag *d)
{
    const xs_obj_config *oc = xs_config_object(e->cfg, xs_text_ptr(name));
    if (oc->concurrency <= 0 && (!oc->concurrency_key || ckey.type != XS_TEXT))
        return true;
    if (xs_store_kind_of(s) == XS_STORE_PG)
        xs_store_exec(s, "SELECT pg_advisory_xact_lock(hashtext(?))", &name, 1, NULL, d);
    if (oc->concurrency > 0) {
        xs_value p[2] = {name, xs_int(now)};
        if (count_active(s,
                         "SELECT count(*) FROM xsflow_runs WHERE name = ? AND status IN "
                         "('Started', 'Processing') AND lease_until >= ?",
                         p, 2, d) >= oc->concurrency)
            return false;
    }
    if (oc->concurrency_key && ckey.type == XS_TEXT) {
        xs_value p[3] = {name, ckey, xs_int(now)};
        if (count_active(s,
                         "SELECT count(*) FROM xsflow_runs WHERE name = ? AND ckey = ? AND "
                         "status IN ('Started', 'Processing') AND lease_until >= ?",
                         p, 3, d) >= oc->key_concurrency)
            return false;
    }
    return true;
}

/* The two kinds of runs a runner may claim (1 parameter each: now):
 * queued and due, or started by a process whose lease ran out. Claims
 * search each on its own: under their OR the planner reads and sorts
 * every queued run for each claim. */
#define QUEUED_ARM "status = 'Queued' AND run_at <= ?"
#define EXPIRED_ARM "lease_until < ? AND status IN ('Started', 'Processing')"
/* Either kind (2 parameters: now, now). */
#define CLAIMABLE "((" QUEUED_ARM ") OR (" EXPIRED_ARM "))"
/* Of a claimable run: whether it is taken over from a process that held
 * it and stopped renewing its lease (a crash; a clean stop gives its runs
 * up without an owner). */
#define EXPIRED "(status <> 'Queued' AND owner IS NOT NULL)"
/* PostgreSQL: the searches as CTEs (after a WITH) that lock what they
 * find and skip what another claim holds, with columns cols, expired and
 * run_at: q the n oldest queued runs, along xsflow_runs_queued; x n runs
 * whose lease ran out, oldest lease first, along xsflow_runs_held; and u,
 * their union (CLAIM_CTES_PG_ALL: 2 parameters, now, now) or q alone
 * (CLAIM_CTES_PG: 1 parameter, now). The two are distinct statements,
 * each with a plan made once (one statement with a parameter to switch x
 * off was planned again at each claim, its plan for one value being
 * cheaper). */
#define CLAIM_Q_PG(cols, n)                                                                        \
    "q AS (SELECT " cols ", false AS expired, run_at FROM xsflow_runs WHERE " QUEUED_ARM           \
    " ORDER BY run_at, id LIMIT " n " FOR UPDATE SKIP LOCKED)"
#define CLAIM_CTES_PG(cols, n) CLAIM_Q_PG(cols, n) ", u AS (SELECT * FROM q)"
#define CLAIM_CTES_PG_ALL(cols, n)                                                                 \
    CLAIM_Q_PG(cols, n) ", x AS (SELECT " cols ", owner IS NOT NULL AS expired, run_at FROM "      \
    "xsflow_runs WHERE " EXPIRED_ARM " ORDER BY lease_until LIMIT " n " FOR UPDATE SKIP LOCKED), " \
    "u AS (SELECT * FROM q UNION ALL SELECT * FROM x)"
/* SQLite: the searches for the n oldest runs of each, with columns cols
 * then at_ (run_at): queued runs alone (CLAIM_ARMS_SQLITE, 1 parameter:
 * now) or these and those whose lease ran out (CLAIM_ARMS_SQLITE_ALL, 2
 * parameters: now, now). */
#define CLAIM_ARM(cols, where, n)                                                                  \
    "SELECT * FROM (SELECT " cols ", run_at AS at_ FROM xsflow_runs WHERE " where                  \
    " ORDER BY run_at, id LIMIT " n ")"
#define CLAIM_ARMS_SQLITE(cols, n) CLAIM_ARM(cols, QUEUED_ARM, n)
#define CLAIM_ARMS_SQLITE_ALL(cols, n)                                                             \
    CLAIM_ARM(cols, QUEUED_ARM, n) " UNION ALL " CLAIM_ARM(cols, EXPIRED_ARM, n)

/* Whether a claim also looks for runs whose lease ran out: at most once
 * a poll interval in this process, and again at once after a claim that
 * found one (a dead process leaves several). A lease runs out only when
 * its process died or stalled, lease_ms after its last renewal; the
 * interval adds little to that. On PostgreSQL the search reads the whole
 * table until its first ANALYZE (the planner does not know yet that
 * almost every lease_until is NULL): at every claim that was a
 * sequential scan per run. */
static bool look_for_expired(xs_engine *e)
{
    int64_t now = xs_clock_mono_ms();
    int64_t at = __atomic_load_n(&e->expired_look_at, __ATOMIC_RELAXED);
    return now >= at && __atomic_compare_exchange_n(&e->expired_look_at, &at, now + e->ecfg.poll_ms,
                                                    false, __ATOMIC_RELAXED, __ATOMIC_RELAXED);
}

static void found_expired(xs_engine *e)
{
    __atomic_store_n(&e->expired_look_at, 0, __ATOMIC_RELAXED);
    xs_engine_note_lease_expiry(e);
}

/* Claims the oldest runnable run (no concurrency limits to check): one
 * statement on PostgreSQL, which with end (not NULL) ends that run first;
 * on SQLite, under the write lock, a look at the candidate then a claim
 * that holds only while it is still claimable (another process may take
 * it between the two). A claimed run that must not run (cancelled,
 * claimed too often) is ended here and *got stays false. */
static xs_status claim_fast(xs_engine *e, xs_store *s, const run_end *end, claimed *out, bool *got,
                            xs_diag *d)
{
    bool pg = xs_store_kind_of(s) == XS_STORE_PG;
    bool lock = xs_store_tx_depth(s) == 0 && serialized(s);
    if (lock)
        pthread_mutex_lock(&e->wlock);
    int64_t now = xs_clock_now_ms(); /* once the write lock is ours */
    bool look = look_for_expired(e);
    /* the search's parameters, then the claim's; without the search of
     * expired leases from q + 1 */
    xs_value q[6] = {xs_int(now),
                     xs_int(now),
                     xs_text_cstr(e->owner),
                     xs_int(now + e->ecfg.lease_ms),
                     xs_int(now),
                     xs_int(now)};
    xs_store_rows u;
    xs_store_rows_init(&u);
    xs_status rc;
    bool expired = false;
    if (pg) {
#define CLAIM_FAST_PG(ctes, where)                                                                 \
    ctes ", c AS (SELECT id, expired FROM u" where " ORDER BY run_at, id LIMIT 1) UPDATE "        \
         "xsflow_runs SET status = 'Started', owner = ?, lease_until = ?, claims = claims + 1, "   \
         "started = COALESCE(started, ?), lastupdated = ? FROM c WHERE xsflow_runs.id = c.id "     \
         "RETURNING xsflow_runs.id, name, input, tries, max_attempts, cancel, claims, c.expired, " \
         "kind"
/* the end first, in a CTE of its own; the run it ends is no candidate
 * (its lease may have run out: one statement must not update a row
 * twice) */
#define ENDING(ctes) "f AS (" END_SQL " RETURNING id), " ctes
#define NOT_ENDED " WHERE id NOT IN (SELECT id FROM f)"
        static const char *const sql[2][2] = {
            {"WITH " CLAIM_FAST_PG(CLAIM_CTES_PG("id", "1"), ""),
             "WITH " CLAIM_FAST_PG(CLAIM_CTES_PG_ALL("id", "1"), "")},
            {"WITH " CLAIM_FAST_PG(ENDING(CLAIM_CTES_PG("id", "1")), NOT_ENDED),
             "WITH " CLAIM_FAST_PG(ENDING(CLAIM_CTES_PG_ALL("id", "1")), NOT_ENDED)},
        };
#undef NOT_ENDED
#undef ENDING
#undef CLAIM_FAST_PG
        xs_value p[END_PARAMS + 6];
        size_t n = 0;
        if (end) {
            end_params(e, end, p);
            n = END_PARAMS;
        }
        size_t from = look ? 0 : 1;
        memcpy(p + n, q + from, (6 - from) * sizeof *p);
        n += 6 - from;
        rc = xs_store_exec(s, sql[end != NULL][look], p, n, &u, d);
        for (size_t i = 0; end && i < END_PARAMS; i++)
            xs_release(p[i]);
        if (rc == XS_OK && xs_array_len(u.rows) == 1)
            expired = xs_value_truthy(xs_array_at(xs_array_at(u.rows, 0), 7));
    } else {
        /* the oldest found: min() takes id and expired from its row,
         * without the sort an ORDER BY would need */
#define CLAIM_LOOK_SQLITE(arms)                                                                    \
    "SELECT id, expired, min(at_) FROM (" arms ") HAVING min(at_) IS NOT NULL"
        rc = xs_store_exec(
            s,
            look ? CLAIM_LOOK_SQLITE(CLAIM_ARMS_SQLITE_ALL("id, " EXPIRED " AS expired", "1"))
                 : CLAIM_LOOK_SQLITE(CLAIM_ARMS_SQLITE("id, " EXPIRED " AS expired", "1")),
            q, look ? 2 : 1, &u, d);
#undef CLAIM_LOOK_SQLITE
        if (rc == XS_OK && xs_array_len(u.rows) == 1) {
            xs_value row = xs_array_at(u.rows, 0);
            expired = xs_value_truthy(xs_array_at(row, 1));
            /* the claim re-checks: another process may have taken it since */
            xs_value p[7] = {q[2], q[3], q[4], q[5], xs_array_at(row, 0), q[0], q[1]};
            rc = xs_store_exec(s,
                               "UPDATE xsflow_runs SET status = 'Started', owner = ?, lease_until "
                               "= ?, claims = claims + 1, started = COALESCE(started, ?), "
                               "lastupdated = ? WHERE id = ? AND " CLAIMABLE
                               " RETURNING id, name, input, tries, max_attempts, cancel, claims, "
                               "kind",
                               p, 7, &u, d);
        }
    }
    if (lock)
        pthread_mutex_unlock(&e->wlock);
    xs_release(q[2]);
    if (rc == XS_OK && xs_array_len(u.rows) == 1) {
        xs_value ur = xs_array_at(u.rows, 0);
        int64_t id = xs_array_at(ur, 0).u.i;
        const char *ended = NULL;
        if (xs_array_at(ur, 5).u.i) {
            xs_value er = error_object("ERROR_CANCELLED", "the run was cancelled");
            rc = end_unrun_locked(e, s, id, XS_RUN_CANCELLED, er, d);
            xs_release(er);
            ended = XS_RUN_CANCELLED;
        } else if (xs_array_at(ur, 6).u.i > e->ecfg.max_claims) {
            xs_value er = error_object("ERROR_FATAL",
                                       "the run was claimed %lld times without ending (its "
                                       "process died each time): given up",
                                       (long long)e->ecfg.max_claims);
            rc = end_unrun_locked(e, s, id, XS_RUN_ERROR, er, d);
            xs_release(er);
            ended = XS_RUN_ERROR;
        }
        if (ended && rc == XS_OK && xs_store_tx_depth(s) > 0) {
            out->unrun_id = id; /* notified after the caller's commit */
            out->unrun_name = xs_strdup(xs_text_ptr(xs_array_at(ur, 1)));
            out->unrun_status = ended;
        } else if (ended) {
            if (rc == XS_OK)
                xs_engine_notify(e, s, id, xs_text_ptr(xs_array_at(ur, 1)), ended);
        } else {
            out->id = id;
            out->name = xs_strdup(xs_text_ptr(xs_array_at(ur, 1)));
            out->input = decode(xs_array_at(ur, 2));
            out->post_process = is_post_process(xs_array_at(ur, xs_array_len(ur) - 1));
            out->try_no = xs_array_at(ur, 3).u.i;
            out->max_attempts = xs_array_at(ur, 4).u.i;
            out->first = xs_array_at(ur, 6).u.i == 1;
            *got = true;
            note_claim(e);
            if (expired)
                found_expired(e);
        }
    }
    xs_store_rows_release(&u);
    return rc;
}

/* A run a claim ended without running it. */
typedef struct ended_run {
    int64_t id;
    const char *status;
    char *name;
} ended_run;

/*
 * Claims one runnable run: queued and due, or started by a process whose
 * lease expired. only > 0 claims that queued run alone. *got is false
 * when there was nothing to claim; *handled counts candidates ended
 * without running (cancelled, claimed too often).
 */
static xs_status claim(xs_engine *e, xs_store *s, int64_t only, claimed *out, bool *got,
                       xs_diag *d)
{
    *got = false;
    if (!only && !e->has_limits)
        return claim_fast(e, s, NULL, out, got, d);
    int64_t now = xs_clock_now_ms();
    bool pg = xs_store_kind_of(s) == XS_STORE_PG;
    xs_store_rows r;
    xs_store_rows_init(&r);
    bool look = !only && look_for_expired(e);
    xs_value p[2] = {xs_int(now), xs_int(now)}; /* the searches' (1 or 2) */
    xs_status rc;
    if (!only) {
        /* a cheap look first, so that idle runners do not take the write lock */
        rc = xs_store_exec(s,
                           look ? "SELECT id FROM (SELECT id FROM xsflow_runs WHERE " QUEUED_ARM
                                  " LIMIT 1) q UNION ALL SELECT id FROM (SELECT id FROM "
                                  "xsflow_runs WHERE " EXPIRED_ARM " LIMIT 1) x"
                                : "SELECT id FROM xsflow_runs WHERE " QUEUED_ARM " LIMIT 1",
                           p, look ? 2 : 1, &r, d);
        if (rc != XS_OK || xs_array_len(r.rows) == 0) {
            xs_store_rows_release(&r);
            return rc;
        }
    }
    if ((rc = xs_engine_tx_begin(e, s, d)) != XS_OK) {
        xs_store_rows_release(&r);
        return rc;
    }
    /* the clock once the write lock is ours: started and the lease count
     * from the claim itself, not from the wait for it */
    now = xs_clock_now_ms();
    p[0] = xs_int(now);
    p[1] = xs_int(now);
    if (only) {
        xs_value q = xs_int(only);
        rc = xs_store_exec(s,
                           pg ? "SELECT id, name, status, cancel, claims, ckey FROM xsflow_runs "
                                "WHERE id = ? AND status = 'Queued' FOR UPDATE"
                              : "SELECT id, name, status, cancel, claims, ckey FROM xsflow_runs "
                                "WHERE id = ? AND status = 'Queued'",
                           &q, 1, &r, d);
    } else {
#define CANDIDATES_PG(ctes) "WITH " ctes " SELECT * FROM u ORDER BY run_at, id LIMIT 16"
#define CANDIDATES_SQLITE(arms) "SELECT * FROM (" arms ") ORDER BY at_, id LIMIT 16"
#define COLS "id, name, status, cancel, claims, ckey"
        const char *sql =
            pg ? (look ? CANDIDATES_PG(CLAIM_CTES_PG_ALL(COLS, "16"))
                       : CANDIDATES_PG(CLAIM_CTES_PG(COLS, "16")))
               : (look ? CANDIDATES_SQLITE(CLAIM_ARMS_SQLITE_ALL(COLS ", " EXPIRED, "16"))
                       : CANDIDATES_SQLITE(CLAIM_ARMS_SQLITE(COLS ", " EXPIRED, "16")));
#undef COLS
#undef CANDIDATES_SQLITE
#undef CANDIDATES_PG
        rc = xs_store_exec(s, sql, p, look ? 2 : 1, &r, d);
    }
    int64_t picked = 0;
    bool picked_expired = false;
    /* candidates ended here, notified once the claim is committed */
    ended_run ended[16];
    int nended = 0;
    for (size_t i = 0; rc == XS_OK && !picked && i < xs_array_len(r.rows); i++) {
        xs_value row = xs_array_at(r.rows, i);
        int64_t id = xs_array_at(row, 0).u.i;
        xs_value name = xs_array_at(row, 1);
        int64_t cancel = xs_array_at(row, 3).u.i;
        int64_t claims = xs_array_at(row, 4).u.i;
        /* the `only` form selects queued runs alone (no column 6) */
        bool expired = !only && xs_value_truthy(xs_array_at(row, 6));
        if (cancel || claims >= e->ecfg.max_claims) {
            xs_value er = cancel ? error_object("ERROR_CANCELLED", "the run was cancelled")
                                 : error_object("ERROR_FATAL",
                                                "the run was claimed %lld times without ending "
                                                "(its process died each time): given up",
                                                (long long)claims);
            const char *st = cancel ? XS_RUN_CANCELLED : XS_RUN_ERROR;
            rc = end_unrun(e, s, id, st, er, d);
            xs_release(er);
            if (rc == XS_OK && nended < (int)XS_COUNTOF(ended))
                ended[nended++] = (ended_run){id, st, xs_strdup(xs_text_ptr(name))};
            continue;
        }
        if (!under_limits(e, s, name, xs_array_at(row, 5), now, d))
            continue;
        /* the clock again: on PostgreSQL the limits waited for a lock,
         * during which the run that held the slot may have ended */
        int64_t at = xs_clock_now_ms();
        xs_value q[6] = {xs_text_cstr(e->owner), xs_int(at + e->ecfg.lease_ms), xs_int(at),
                         xs_int(at), xs_int(id), xs_null()};
        xs_store_rows u;
        xs_store_rows_init(&u);
        rc = xs_store_exec(s,
                           "UPDATE xsflow_runs SET status = 'Started', owner = ?, lease_until = ?, "
                           "claims = claims + 1, started = COALESCE(started, ?), lastupdated = ? "
                           "WHERE id = ? RETURNING name, input, tries, max_attempts, kind, claims",
                           q, 5, &u, d);
        xs_release(q[0]);
        if (rc == XS_OK && xs_array_len(u.rows) == 1) {
            xs_value ur = xs_array_at(u.rows, 0);
            picked = id;
            picked_expired = expired;
            out->id = id;
            out->name = xs_strdup(xs_text_ptr(xs_array_at(ur, 0)));
            out->input = decode(xs_array_at(ur, 1));
            out->post_process = is_post_process(xs_array_at(ur, 4));
            out->try_no = xs_array_at(ur, 2).u.i;
            out->max_attempts = xs_array_at(ur, 3).u.i;
            out->first = xs_array_at(ur, 5).u.i == 1;
        }
        xs_store_rows_release(&u);
    }
    xs_store_rows_release(&r);
    if (rc != XS_OK)
        xs_engine_tx_rollback(e, s);
    else
        rc = xs_engine_tx_commit(e, s, d);
    for (int i = 0; i < nended; i++) {
        if (rc == XS_OK)
            xs_engine_notify(e, s, ended[i].id, ended[i].name, ended[i].status);
        xs_free(ended[i].name);
    }
    if (rc != XS_OK) {
        claimed_release(out);
        return rc;
    }
    *got = picked != 0;
    if (picked)
        note_claim(e);
    if (picked_expired)
        found_expired(e);
    return XS_OK;
}

xs_status xs_engine_run_one(xs_engine *e, int64_t id, xs_diag *d)
{
    worker w;
    memset(&w, 0, sizeof w);
    w.e = e;
    w.s = e->main;
    w.seed = (unsigned)id;
    w.in = xs_interp_new(e->ws, xs_lib_builtins());
    xs_interp_set_store(w.in, w.s);
    xs_interp_set_post_process(w.in, runner_post_process, &w);
    xs_interp_set_task_call(w.in, runner_task_call, &w);
    xs_interp_set_log(w.in, e->log);
    claimed cl;
    memset(&cl, 0, sizeof cl);
    bool got = false;
    xs_status rc = claim(e, e->main, id, &cl, &got, d);
    if (rc == XS_OK && !got)
        rc = xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0, "run %lld is not queued", (long long)id);
    if (rc == XS_OK)
        execute(&w, &cl, NULL, NULL);
    claimed_release(&cl);
    xs_interp_free(w.in);
    return rc;
}

/* ---- threads ---- */

void xs_engine_deadline_in(struct timespec *ts, int64_t ms)
{
    clock_gettime(CLOCK_MONOTONIC, ts);
    ts->tv_sec += ms / 1000;
    ts->tv_nsec += (ms % 1000) * 1000000L;
    if (ts->tv_nsec >= 1000000000L) {
        ts->tv_sec++;
        ts->tv_nsec -= 1000000000L;
    }
}

/* Waits ms, or until the engine stops. */
static void wait_ms(xs_engine *e, int64_t ms)
{
    struct timespec ts;
    xs_engine_deadline_in(&ts, ms);
    pthread_mutex_lock(&e->mu);
    while (!e->stopping)
        if (pthread_cond_timedwait(&e->cv, &e->mu, &ts) != 0)
            break;
    pthread_mutex_unlock(&e->mu);
}

/* A runner waits ms, or until news after seen (the wake_seq it read
 * before it last looked for work, so that news in between is not lost). */
static void runner_wait(xs_engine *e, uint64_t seen, int64_t ms)
{
    if (xs_carrier_idle(e, seen, ms))
        return; /* a carried runner: its carrier waits */
    struct timespec ts;
    xs_engine_deadline_in(&ts, ms);
    pthread_mutex_lock(&e->mu);
    e->idle_runners++;
    while (!e->stopping && e->wake_seq == seen)
        if (pthread_cond_timedwait(&e->runner_cv, &e->mu, &ts) != 0)
            break;
    e->idle_runners--;
    pthread_mutex_unlock(&e->mu);
}

static bool stopping(xs_engine *e)
{
    pthread_mutex_lock(&e->mu);
    bool s = e->stopping;
    pthread_mutex_unlock(&e->mu);
    return s;
}

static uint64_t wake_seq(xs_engine *e)
{
    pthread_mutex_lock(&e->mu);
    uint64_t v = e->wake_seq;
    pthread_mutex_unlock(&e->mu);
    return v;
}

static bool draining(xs_engine *e)
{
    pthread_mutex_lock(&e->mu);
    bool dr = e->draining;
    pthread_mutex_unlock(&e->mu);
    return dr;
}

/* A run claimed with the previous run's end that will not run now (the
 * engine stops): its lease is given up, for whichever process claims next. */
static void give_back(xs_engine *e, worker *w, claimed *cl)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_value p[2] = {xs_int(cl->id), xs_text_cstr(e->owner)};
    xs_engine_write(e, w->s,
                    "UPDATE xsflow_runs SET lease_until = 0, owner = NULL WHERE id = ? AND owner = ?",
                    p, 2, NULL, &d);
    xs_release(p[1]);
    xs_diag_release(&d);
    claimed_release(cl);
}

void *xs_engine_runner_main(void *arg)
{
    worker *w = arg;
    xs_engine *e = w->e;
    int errors = 0;
    claimed next; /* claimed with the previous run's end (finish_and_claim) */
    memset(&next, 0, sizeof next);
    bool has_next = false;
    while (!stopping(e)) {
        uint64_t seen = wake_seq(e);
        claimed cl;
        memset(&cl, 0, sizeof cl);
        bool got = false;
        if (has_next) {
            cl = next;
            memset(&next, 0, sizeof next);
            has_next = false;
            got = true;
        } else if (draining(e)) {
            runner_wait(e, seen, e->ecfg.poll_ms);
            continue;
        } else {
            xs_diag d;
            xs_diag_init(&d);
            xs_status rc = claim(e, w->s, 0, &cl, &got, &d);
            if (rc != XS_OK) {
                const xs_diag_entry *de = xs_diag_first_error(&d);
                if (errors++ < 5)
                    xs_engine_log(e, "runner %d: cannot claim: %s", w->idx,
                                  de ? de->message : "database error");
            }
            xs_diag_release(&d);
        }
        if (got) {
            errors = 0;
            pass_wake_on(e);
            execute(w, &cl, &next, &has_next);
            claimed_release(&cl);
            w->release_due = true;
            w->idle_since = 0;
            continue;
        }
        /* out of work for a second after a burst: the connection's page
         * cache, which grows with the database, goes back until the next
         * one (not sooner: a run that comes soon starts faster with it) */
        int64_t mono = xs_clock_mono_ms();
        if (!w->idle_since)
            w->idle_since = mono;
        if (w->release_due && mono - w->idle_since >= 1000) {
            xs_store_release_memory(w->s);
            w->release_due = false;
        }
        runner_wait(e, seen, e->ecfg.poll_ms);
    }
    if (has_next)
        give_back(e, w, &next);
    return NULL;
}

xs_store *xs_engine_thread_store(xs_engine *e, const char *who)
{
    xs_store *s = NULL;
    xs_diag d;
    xs_diag_init(&d);
    if (xs_store_open(e->url, e->cat, &s, &d) != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        xs_engine_log(e, "%s: cannot open the database: %s", who, de ? de->message : "");
        s = NULL;
    }
    xs_diag_release(&d);
    return s;
}

/* Renews the leases of the runs this process holds, passes cancellation
 * requests and timeouts to their runners. */
static void *heartbeat_main(void *arg)
{
    xs_engine *e = arg;
    xs_store *s = xs_engine_thread_store(e, "heartbeat");
    if (!s)
        return NULL;
    xs_diag d;
    xs_diag_init(&d);
    int64_t last_renew = xs_clock_mono_ms();
    int64_t tick = e->ecfg.lease_ms / 6 < 200 ? e->ecfg.lease_ms / 6 : 200;
    if (tick < 10)
        tick = 10;
    while (!stopping(e)) {
        wait_ms(e, tick);
        if (stopping(e))
            break;
        int64_t mono = xs_clock_mono_ms();
        bool busy = false;
        pthread_mutex_lock(&e->mu);
        for (int i = 0; i < e->nworkers; i++) {
            worker *w = &e->workers[i];
            if (!w->run_id)
                continue;
            busy = true;
            if (!w->interrupt && w->run_deadline && mono > w->run_deadline)
                w->interrupt = INT_TIMEOUT;
            if (!w->interrupt && w->step_deadline && mono > w->step_deadline)
                w->interrupt = INT_STEP_TIMEOUT;
        }
        /* idle for a second: between two runs of a burst every runner
         * can be without a run for a moment */
        bool trim = !busy && e->trim_due && mono - e->last_claim_ms >= 1000;
        if (trim)
            e->trim_due = false;
        pthread_mutex_unlock(&e->mu);
        /* Idle after work: hand back to the system what the runs freed
         * (glibc keeps freed memory in its arenas otherwise). */
        if (trim) {
            /* the batch connection's cache too, when no batch is using it */
            pthread_mutex_lock(&e->gc_mu);
            if (!e->gc_writing)
                xs_store_release_memory(e->gc_store);
            pthread_mutex_unlock(&e->gc_mu);
            xs_store_release_memory(s);
            xs_heap_trim();
        }
        if (!busy)
            continue;
        xs_diag_clear(&d);
        xs_value own = xs_text_cstr(e->owner);
        xs_store_rows r;
        xs_store_rows_init(&r);
        /* lease_until IS NOT NULL: the runs held (xsflow_runs_held), not
         * the whole history */
        if (xs_store_exec(s,
                          "SELECT id FROM xsflow_runs WHERE lease_until IS NOT NULL AND owner = ? "
                          "AND cancel = 1",
                          &own, 1, &r, &d) == XS_OK) {
            pthread_mutex_lock(&e->mu);
            for (size_t k = 0; k < xs_array_len(r.rows); k++) {
                int64_t id = xs_array_at(xs_array_at(r.rows, k), 0).u.i;
                for (int i = 0; i < e->nworkers; i++)
                    if (e->workers[i].run_id == id && !e->workers[i].interrupt)
                        e->workers[i].interrupt = INT_CANCEL;
            }
            pthread_mutex_unlock(&e->mu);
        }
        xs_store_rows_release(&r);
        if (mono - last_renew >= e->ecfg.lease_ms / 3) {
            last_renew = mono;
            xs_value p[3] = {xs_int(xs_clock_now_ms() + e->ecfg.lease_ms), own, xs_null()};
            xs_engine_write(e, s,
                          "UPDATE xsflow_runs SET lease_until = ? WHERE lease_until IS NOT NULL "
                          "AND owner = ? AND status IN ('Started', 'Processing')",
                          p, 2, NULL, &d);
        }
        xs_release(own);
    }
    xs_diag_release(&d);
    xs_store_free(s);
    return NULL;
}

static void *sched_main(void *arg)
{
    xs_engine *e = arg;
    xs_store *s = xs_engine_thread_store(e, "scheduler");
    if (!s)
        return NULL;
    xs_diag d;
    xs_diag_init(&d);
    while (!stopping(e)) {
        xs_diag_clear(&d);
        int fired = 0;
        if (xs_sched_tick(e, s, xs_clock_now_ms(), &fired, &d) != XS_OK) {
            const xs_diag_entry *de = xs_diag_first_error(&d);
            xs_engine_log(e, "scheduler: %s", de ? de->message : "database error");
        }
        if (fired)
            xs_engine_wake(e);
        wait_ms(e, e->ecfg.sched_tick_ms);
    }
    xs_diag_release(&d);
    xs_store_free(s);
    return NULL;
}

/* Notifications a dead process owed (notify.c): every second, over the
 * runs that ended since an hour before this process started. */
enum { NOTIFY_SWEEP_MS = 1000, NOTIFY_LOOKBACK_MS = 3600 * 1000 };

static void *sweep_main(void *arg)
{
    xs_engine *e = arg;
    xs_store *s = xs_engine_thread_store(e, "notifications");
    if (!s)
        return NULL;
    xs_diag d;
    xs_diag_init(&d);
    xs_notify_cursor cur = {xs_clock_now_ms() - NOTIFY_LOOKBACK_MS, 0};
    while (!stopping(e)) {
        wait_ms(e, NOTIFY_SWEEP_MS);
        /* passes back to back while they find runs to look at */
        for (bool moved = true; moved && !stopping(e);) {
            xs_notify_cursor before = cur;
            int sent = 0;
            xs_diag_clear(&d);
            if (xs_engine_notify_sweep(e, s, &cur, &sent, &d) != XS_OK) {
                const xs_diag_entry *de = xs_diag_first_error(&d);
                xs_engine_log(e, "notifications: %s", de ? de->message : "database error");
                break;
            }
            moved = before.ended != cur.ended || before.id != cur.id;
        }
    }
    xs_diag_release(&d);
    xs_store_free(s);
    return NULL;
}

/* Wakes the runners when another process queues a run (xs_engine_announce:
 * NOTIFY xsflow_runs on PostgreSQL, the wake socket on SQLite), so that
 * they need not poll. */
static void *listen_main(void *arg)
{
    xs_engine *e = arg;
    if (e->wake) {
        while (!stopping(e))
            if (xs_wake_wait(e->wake, 200))
                xs_engine_wake(e);
        return NULL;
    }
    xs_store *s = NULL;
    xs_diag d;
    xs_diag_init(&d);
    if (xs_store_open(e->url, NULL, &s, &d) != XS_OK ||
        xs_store_listen(s, "xsflow_runs", &d) != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        xs_engine_log(e, "listener: %s", de ? de->message : "cannot listen");
        xs_store_free(s);
        xs_diag_release(&d);
        return NULL;
    }
    while (!stopping(e))
        if (xs_store_wait_notify(s, 200))
            xs_engine_wake(e);
    xs_diag_release(&d);
    xs_store_free(s);
    return NULL;
}

xs_status xs_engine_start(xs_engine *e, xs_diag *d)
{
    if (e->running)
        return XS_OK;
    e->nworkers = (int)e->ecfg.workers;
    e->workers = xs_calloc((size_t)e->nworkers, sizeof *e->workers);
    for (int i = 0; i < e->nworkers; i++) {
        worker *w = &e->workers[i];
        w->e = e;
        w->idx = i;
        w->seed = (unsigned)(xs_clock_now_ms() ^ (i * 7919));
        xs_status rc = xs_store_open(e->url, e->cat, &w->s, d);
        if (rc != XS_OK)
            return rc;
        w->in = xs_interp_new(e->ws, xs_lib_builtins());
        xs_interp_set_store(w->in, w->s);
        xs_interp_set_post_process(w->in, runner_post_process, w);
        xs_interp_set_task_call(w->in, runner_task_call, w);
        xs_interp_set_log(w->in, e->log);
    }
    if (serialized(e->main)) {
        xs_status rc = xs_store_open(e->url, e->cat, &e->gc_store, d);
        if (rc != XS_OK)
            return rc;
    }
    e->running = true;
    if (xs_carriers_wanted(e)) {
        xs_status rc = xs_carriers_start(e, d);
        if (rc != XS_OK)
            return rc;
    } else {
        for (int i = 0; i < e->nworkers; i++)
            e->workers[i].started = pthread_create(&e->workers[i].th, NULL,
                                                   xs_engine_runner_main, &e->workers[i]) == 0;
    }
    e->hb_started = pthread_create(&e->hb_th, NULL, heartbeat_main, e) == 0;
    if (xs_store_kind_of(e->main) != XS_STORE_PG)
        e->wake = xs_wake_listen(sqlite_file(e->url)); /* NULL: runners poll */
    if (xs_store_kind_of(e->main) == XS_STORE_PG || e->wake)
        e->listen_started = pthread_create(&e->listen_th, NULL, listen_main, e) == 0;
    if (e->want_sched && e->nevents)
        e->sched_started = pthread_create(&e->sched_th, NULL, sched_main, e) == 0;
    if (e->ecfg.retention_days > 0)
        e->prune_started = pthread_create(&e->prune_th, NULL, xs_prune_main, e) == 0;
    if (xs_config_notify(e->cfg)->slack_url_env && xs_config_notify(e->cfg)->on)
        e->sweep_started = pthread_create(&e->sweep_th, NULL, sweep_main, e) == 0;
    return XS_OK;
}

void xs_engine_stop(xs_engine *e)
{
    if (!e->running)
        return;
    pthread_mutex_lock(&e->mu);
    e->stopping = true;
    for (int i = 0; i < e->nworkers; i++)
        if (e->workers[i].run_id && !e->workers[i].interrupt)
            e->workers[i].interrupt = INT_SHUTDOWN;
    pthread_cond_broadcast(&e->cv);
    pthread_cond_broadcast(&e->runner_cv);
    pthread_mutex_unlock(&e->mu);
    for (int i = 0; i < e->nworkers; i++)
        if (e->workers[i].started)
            pthread_join(e->workers[i].th, NULL);
    xs_carriers_join(e);
    if (e->hb_started)
        pthread_join(e->hb_th, NULL);
    if (e->sched_started)
        pthread_join(e->sched_th, NULL);
    if (e->prune_started)
        pthread_join(e->prune_th, NULL);
    if (e->listen_started)
        pthread_join(e->listen_th, NULL);
    if (e->sweep_started)
        pthread_join(e->sweep_th, NULL);
    xs_wake_close(e->wake);
    e->wake = NULL;
    e->running = false;
}

void xs_engine_drain(xs_engine *e, int64_t grace_ms)
{
    if (!e->running)
        return;
    pthread_mutex_lock(&e->mu);
    e->draining = true;
    pthread_mutex_unlock(&e->mu);
    int64_t end = xs_clock_mono_ms() + grace_ms;
    for (;;) {
        bool busy = false;
        pthread_mutex_lock(&e->mu);
        for (int i = 0; i < e->nworkers; i++)
            busy |= e->workers[i].run_id != 0;
        pthread_mutex_unlock(&e->mu);
        if (!busy || xs_clock_mono_ms() >= end)
            break;
        struct timespec ts = {0, 20 * 1000000L};
        nanosleep(&ts, NULL);
    }
    xs_engine_stop(e);
}

void xs_engine_free(xs_engine *e)
{
    if (!e)
        return;
    xs_engine_stop(e);
    for (int i = 0; i < e->nworkers; i++) {
        xs_interp_free(e->workers[i].in);
        xs_store_free(e->workers[i].s);
    }
    xs_free(e->workers);
    xs_store_free(e->gc_store);
    xs_store_free(e->main);
    xs_free(e->events);
    xs_store_catalog_free(e->cat);
    xs_workspace_free(e->ws);
    xs_config_free(e->cfg);
    pthread_cond_destroy(&e->cv);
    pthread_cond_destroy(&e->runner_cv);
    pthread_cond_destroy(&e->finish_cv);
    pthread_mutex_destroy(&e->mu);
    pthread_mutex_destroy(&e->wlock);
    pthread_mutex_destroy(&e->gc_mu);
    xs_free(e->url);
    xs_free(e->dir);
    xs_free(e);
    xs_heap_trim(); /* what the engine held goes back to the system, not to glibc's arenas */
}

xs_status xs_engine_enqueue_on(xs_engine *e, xs_store *s, const char *name, xs_value input,
                               int64_t sched_time, int64_t *id, xs_diag *d)
{
    return enqueue_on(e, s, name, input, "schedule", sched_time, id, d);
}
