/*
 * metrics.c - what the engine measures for /metrics: step durations, runs
 * taken over after a lease expired and runs ended, counted in-process
 * with relaxed atomics (a runner never waits on a scrape), and the
 * Prometheus text of those beside the run counts read from the database.
 */
#include "engine/engine_int.h"

#include "base/clock.h"
#include "engine/records.h"

/* The step duration buckets' upper bounds (Prometheus' `le`, inclusive). */
static const char *const bound_text[XS_STEP_BOUNDS] = {
    "0.005", "0.01", "0.025", "0.05", "0.1", "0.25", "0.5", "1", "2.5", "5", "10", "30", "60"};
static const int64_t bound_ns[XS_STEP_BOUNDS] = {
    5000000LL,   10000000LL,   25000000LL,   50000000LL,    100000000LL,
    250000000LL, 500000000LL,  1000000000LL, 2500000000LL,  5000000000LL,
    10000000000LL, 30000000000LL, 60000000000LL};
static const char *const kind_label[XS_STEP_KINDS] = {"function", "api_request"};
static const char *const end_status[XS_END_KINDS] = {XS_RUN_COMPLETE, XS_RUN_PARTIAL, XS_RUN_ERROR,
                                                     XS_RUN_CANCELLED};

void xs_engine_note_step(xs_engine *e, bool api_request, int64_t ns)
{
    if (ns < 0)
        ns = 0;
    int k = api_request ? 1 : 0;
    int b = 0;
    while (b < XS_STEP_BOUNDS && ns > bound_ns[b])
        b++;
    __atomic_add_fetch(&e->stats.steps[k][b], 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&e->stats.step_ns[k], (uint64_t)ns, __ATOMIC_RELAXED);
}

void xs_engine_note_end(xs_engine *e, const char *status)
{
    for (int i = 0; i < XS_END_KINDS; i++)
        if (strcmp(status, end_status[i]) == 0)
            __atomic_add_fetch(&e->stats.ended[i], 1, __ATOMIC_RELAXED);
}

void xs_engine_note_lease_expiry(xs_engine *e)
{
    __atomic_add_fetch(&e->stats.lease_expiries, 1, __ATOMIC_RELAXED);
}

void xs_engine_note_notification(xs_engine *e, bool sent)
{
    __atomic_add_fetch(&e->stats.notifications[sent ? 0 : 1], 1, __ATOMIC_RELAXED);
}

void xs_engine_note_batch(xs_engine *e, uint64_t n)
{
    __atomic_add_fetch(&e->stats.batches, 1, __ATOMIC_RELAXED);
    __atomic_add_fetch(&e->stats.batch_writes, n, __ATOMIC_RELAXED);
}

static uint64_t load(const uint64_t *p)
{
    return __atomic_load_n(p, __ATOMIC_RELAXED);
}

/* A label value: backslash, quote and newline escaped. */
static void add_label(xs_buf *out, xs_str v)
{
    for (size_t i = 0; i < v.len; i++) {
        char c = v.ptr[i];
        if (c == '\n') {
            xs_buf_adds(out, "\\n");
            continue;
        }
        if (c == '\\' || c == '"')
            xs_buf_addc(out, '\\');
        xs_buf_addc(out, c);
    }
}

static void add_header(xs_buf *out, const char *name, const char *type, const char *help)
{
    xs_buf_addf(out, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, type);
}

/* A counter without labels. */
static void add_counter(xs_buf *out, const char *name, const char *help, const uint64_t *v)
{
    add_header(out, name, "counter", help);
    xs_buf_addf(out, "%s %llu\n", name, (unsigned long long)load(v));
}

/* The histogram of one kind of step; its +Inf bucket and its count are the
 * same sum, so that they agree while runners keep adding. */
static void add_histogram(xs_buf *out, const engine_stats *st, int k)
{
    uint64_t cum = 0;
    for (int b = 0; b <= XS_STEP_BOUNDS; b++) {
        cum += load(&st->steps[k][b]);
        xs_buf_addf(out, "xsflow_step_duration_seconds_bucket{kind=\"%s\",le=\"%s\"} %llu\n",
                    kind_label[k], b < XS_STEP_BOUNDS ? bound_text[b] : "+Inf",
                    (unsigned long long)cum);
    }
    xs_buf_addf(out, "xsflow_step_duration_seconds_sum{kind=\"%s\"} %.6f\n", kind_label[k],
                (double)load(&st->step_ns[k]) / 1e9);
    xs_buf_addf(out, "xsflow_step_duration_seconds_count{kind=\"%s\"} %llu\n", kind_label[k],
                (unsigned long long)cum);
}

xs_status xs_engine_metrics(xs_engine *e, xs_store *s, xs_buf *out, xs_diag *d)
{
    xs_rec_filter all = {0};
    xs_value counts;
    xs_status rc = xs_rec_counts(s, &all, &counts, d);
    if (rc != XS_OK)
        return rc;
    int64_t depth = 0;
    rc = xs_rec_queue_depth(s, xs_clock_now_ms(), &depth, d);
    if (rc != XS_OK) {
        xs_release(counts);
        return rc;
    }

    add_header(out, "xsflow_runs", "gauge", "Runs in the database, by status.");
    for (size_t i = 0; i < xs_object_len(counts); i++) {
        xs_buf_adds(out, "xsflow_runs{status=\"");
        add_label(out, xs_object_key_at(counts, i));
        xs_buf_addf(out, "\"} %lld\n", (long long)xs_object_val_at(counts, i).u.i);
    }
    xs_release(counts);
    add_header(out, "xsflow_queue_depth", "gauge", "Runs queued and due, waiting for a runner.");
    xs_buf_addf(out, "xsflow_queue_depth %lld\n", (long long)depth);

    const engine_stats *st = &e->stats;
    add_header(out, "xsflow_step_duration_seconds", "histogram",
               "Duration of the steps this process ran (function.run: function, api.request: "
               "api_request).");
    for (int k = 0; k < XS_STEP_KINDS; k++)
        add_histogram(out, st, k);
    add_counter(out, "xsflow_lease_expiries_total",
                "Runs this process took over because their lease had expired (crash resumes).",
                &st->lease_expiries);
    add_header(out, "xsflow_runs_finished_total", "counter",
               "Runs this process ended, by final status (retries queued again are not "
               "counted).");
    for (int i = 0; i < XS_END_KINDS; i++)
        xs_buf_addf(out, "xsflow_runs_finished_total{status=\"%s\"} %llu\n", end_status[i],
                    (unsigned long long)load(&st->ended[i]));
    add_header(out, "xsflow_notifications_total", "counter",
               "Run notifications this process posted (sent) or gave up on after its retries "
               "(failed).");
    xs_buf_addf(out, "xsflow_notifications_total{outcome=\"sent\"} %llu\n",
                (unsigned long long)load(&st->notifications[0]));
    xs_buf_addf(out, "xsflow_notifications_total{outcome=\"failed\"} %llu\n",
                (unsigned long long)load(&st->notifications[1]));
    add_counter(out, "xsflow_commit_batches_total",
                "SQLite: transactions this process wrote for runners waiting for their commits "
                "(group commit).",
                &st->batches);
    add_counter(out, "xsflow_commit_batch_writes_total",
                "SQLite: the writes in those transactions (step outcomes, run ends with the next "
                "claim); over the batches, the mean batch.",
                &st->batch_writes);
    return XS_OK;
}
