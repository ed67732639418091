/*
 * bench_engine.c - the engine in one process: throughput of no-op runs and
 * of three-step runs (each step committed before the next), the latency
 * from enqueue to claim on an idle engine (p50, p99), and the resident
 * memory of the process once the engine that ran the three-step runs is
 * idle.
 *
 *   bench_engine WORKSPACE DB-URL N WORKERS
 *
 * Prints "name value unit" lines for run.sh to tabulate.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "base/clock.h"
#include "engine/engine.h"

static void die(const char *what, xs_diag *d)
{
    const xs_diag_entry *e = xs_diag_first_error(d);
    fprintf(stderr, "bench_engine: %s: %s\n", what, e ? e->message : "failed");
    exit(1);
}

static void nap_us(long us)
{
    struct timespec ts = {us / 1000000, (us % 1000000) * 1000};
    nanosleep(&ts, NULL);
}

static long rss_kb(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    long kb = 0;
    while (f && fgets(line, sizeof line, f))
        if (strncmp(line, "VmRSS:", 6) == 0)
            kb = strtol(line + 6, NULL, 10);
    if (f)
        fclose(f);
    return kb;
}

static int cmp(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return x < y ? -1 : x > y;
}

/* Enqueues n runs of name, then starts the engine and times until all end.
 * With keep, the engine stays running for the caller (*keep) instead of
 * being freed. */
static double throughput(const char *dir, const char *url, const char *name, int n, int workers,
                         xs_engine **keep)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_engine_opts o = {dir, url, workers, false, true, stderr};
    xs_engine *e = NULL;
    if (xs_engine_open(&o, &e, &d) != XS_OK)
        die("open", &d);
    xs_store *s = xs_engine_store(e);
    xs_store_begin(s, &d);
    for (int i = 0; i < n; i++) {
        int64_t id;
        if (xs_engine_enqueue(e, name, xs_null(), "bench", &id, &d) != XS_OK)
            die("enqueue", &d);
    }
    xs_store_commit(s, &d);
    int64_t t0 = xs_clock_mono_ns();
    if (xs_engine_start(e, &d) != XS_OK)
        die("start", &d);
    /* blocks rather than polls, as the peers wait for completion events:
     * polling every 200 us took about 5% of the three-step rate from the
     * runners on two CPUs (medians of 9 A/B drains: 4,307 and 4,590) */
    xs_engine_wait_finished(e, (uint64_t)n);
    int64_t t1 = xs_clock_mono_ns();
    if (keep)
        *keep = e;
    else
        xs_engine_free(e);
    xs_diag_release(&d);
    return (double)n / ((double)(t1 - t0) / 1e9);
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: bench_engine WORKSPACE DB-URL N WORKERS\n");
        return 2;
    }
    const char *dir = argv[1], *url = argv[2];
    int n = atoi(argv[3]), workers = atoi(argv[4]);
    printf("noop_runs_per_s %.0f runs/s\n", throughput(dir, url, "noop", n, workers, NULL));
    xs_engine *e = NULL;
    printf("three_step_runs_per_s %.0f runs/s\n",
           throughput(dir, url, "three_steps", n / 3 > 0 ? n / 3 : 1, workers, &e));

    /* Memory and latency on the engine that ran the three-step runs, once
     * idle: as a server is after a burst (its heartbeat hands freed memory
     * back after a second without work). */
    xs_diag d;
    xs_diag_init(&d);
    nap_us(2500000);
    printf("idle_rss %ld KiB\n", rss_kb());
    enum { SAMPLES = 300 };
    int64_t lat[SAMPLES];
    for (int i = 0; i < SAMPLES; i++) {
        uint64_t before = xs_engine_claimed(e);
        int64_t t0 = xs_clock_mono_ns(), id;
        if (xs_engine_enqueue(e, "noop", xs_null(), "bench", &id, &d) != XS_OK)
            die("enqueue", &d);
        /* The start is the engine's own record of the claim, as the
         * peers take the time in the job's handler: this thread only
         * naps until it is there. Polling for the claim itself (naps of
         * 10 us) held the runner off the CPU on a two-CPU machine: p99
         * 2.3-4.0 ms measured that way against 0.9 ms with naps of
         * 100 us. */
        while (xs_engine_claimed(e) == before)
            nap_us(200);
        lat[i] = xs_engine_last_claim_ns(e) - t0;
        xs_engine_wait_finished(e, before + 1);
        nap_us(2000); /* idle again */
    }
    qsort(lat, SAMPLES, sizeof lat[0], cmp);
    printf("enqueue_to_start_p50 %.3f ms\n", (double)lat[SAMPLES / 2] / 1e6);
    printf("enqueue_to_start_p99 %.3f ms\n", (double)lat[SAMPLES * 99 / 100] / 1e6);
    xs_engine_free(e);
    xs_diag_release(&d);
    return 0;
}
