/*
 * cmd_enqueue.c - `xsflow enqueue NAME [--input JSON|@FILE] [--wait]
 * [--workspace DIR] [--db URL]`: queues a run of function or task NAME for
 * `xsflow serve` and prints its id; with --wait, waits for its end and
 * prints its result (an Error or Cancelled run prints its error on stderr
 * and exits 1). `--inputs JSON|@FILE` takes an array of inputs and queues
 * one run per element in one transaction, printing one id per line.
 *
 * On a terminal, --wait shows the run's progress on stderr while it waits
 * (status, steps done and failed, the last step, elapsed time), on one
 * line that is cleared when the run ends.
 */
#include <time.h>
#include <unistd.h>

#include "base/clock.h"

#include "base/alloc.h"
#include "cli/commands.h"
#include "cli/engine_cli.h"
#include "engine/engine.h"
#include "engine/records.h"

static void enqueue_usage(void)
{
    fputs("usage: xsflow enqueue NAME [--input JSON|@FILE] [--wait] [--workspace DIR] "
          "[--db URL]\n"
          "       xsflow enqueue NAME --inputs JSON-ARRAY|@FILE [--workspace DIR] [--db URL]\n",
          stderr);
}

/* One line of progress for run r (with its steps) on stderr, over the
 * previous one. */
static void show_progress(xs_value r, int64_t t0)
{
    const xs_value *st = xs_object_get(r, XS_STR("status"));
    const xs_value *steps = xs_object_get(r, XS_STR("steps"));
    /* A step's record is written when it ends: these are the ended ones. */
    size_t done = 0, failed = 0;
    const char *last = NULL;
    for (size_t i = 0; steps && i < xs_array_len(*steps); i++) {
        xs_value step = xs_array_at(*steps, i);
        const xs_value *ok = xs_object_get(step, XS_STR("success"));
        const xs_value *key = xs_object_get(step, XS_STR("key"));
        if (ok && ok->type == XS_BOOL && !ok->u.b)
            failed++;
        else
            done++;
        if (key && key->type == XS_TEXT)
            last = xs_text_ptr(*key);
    }
    double secs = (double)(xs_clock_mono_ms() - t0) / 1000.0;
    fprintf(stderr, "\r\033[K  %s  %zu steps done, %zu failed%s%.40s  %.1f s",
            st && st->type == XS_TEXT ? xs_text_ptr(*st) : "?", done, failed,
            last ? "  last " : "", last ? last : "", secs);
    fflush(stderr);
}

/* Waits until run id ends; prints its result. Returns the exit code. */
int xs_cli_wait_run(xs_store *s, int64_t id)
{
    struct timespec ts = {0, 20 * 1000000L};
    bool live = isatty(STDERR_FILENO);
    int64_t t0 = xs_clock_mono_ms();
    for (;;) {
        xs_diag d;
        xs_diag_init(&d);
        xs_value r;
        if (xs_rec_get(s, id, live, &r, &d) != XS_OK || r.type == XS_NULL) {
            if (live)
                fputs("\r\033[K", stderr);
            xs_cli_print_diag(&d);
            xs_diag_release(&d);
            return XS_EXIT_FAIL;
        }
        xs_diag_release(&d);
        const xs_value *st = xs_object_get(r, XS_STR("status"));
        const char *s_ = st && st->type == XS_TEXT ? xs_text_ptr(*st) : "";
        int rc = -1;
        bool ended = strcmp(s_, "Complete") == 0 || strcmp(s_, "Partial") == 0 ||
                     strcmp(s_, "Error") == 0 || strcmp(s_, "Cancelled") == 0;
        if (live && !ended)
            show_progress(r, t0);
        else if (live)
            fputs("\r\033[K", stderr);
        if (strcmp(s_, "Complete") == 0 || strcmp(s_, "Partial") == 0) {
            const xs_value *res = xs_object_get(r, XS_STR("result"));
            xs_cli_print_json(res ? *res : xs_null(), false, stdout);
            rc = XS_EXIT_OK;
        } else if (strcmp(s_, "Error") == 0 || strcmp(s_, "Cancelled") == 0) {
            xs_value w = xs_object_new(2);
            xs_object_set(&w, XS_STR("status"), xs_retain(*st));
            const xs_value *er = xs_object_get(r, XS_STR("error"));
            xs_object_set(&w, XS_STR("error"), er ? xs_retain(*er) : xs_null());
            xs_cli_print_json(w, false, stderr);
            xs_release(w);
            rc = XS_EXIT_FAIL;
        }
        xs_release(r);
        if (rc >= 0)
            return rc;
        nanosleep(&ts, NULL);
        if (ts.tv_nsec < 200 * 1000000L)
            ts.tv_nsec += 10 * 1000000L;
    }
}

int xs_cmd_enqueue(int argc, char **argv)
{
    const char *dir = ".", *db = NULL, *name = NULL, *input_arg = NULL;
    bool wait = false, many = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--workspace") == 0 || strcmp(a, "-w") == 0) && i + 1 < argc)
            dir = argv[++i];
        else if (strcmp(a, "--db") == 0 && i + 1 < argc)
            db = argv[++i];
        else if (strcmp(a, "--input") == 0 && i + 1 < argc)
            input_arg = argv[++i];
        else if (strcmp(a, "--inputs") == 0 && i + 1 < argc) {
            input_arg = argv[++i];
            many = true;
        }
        else if (strcmp(a, "--wait") == 0)
            wait = true;
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            enqueue_usage();
            return XS_EXIT_OK;
        } else if (a[0] == '-') {
            fprintf(stderr, "xsflow enqueue: unknown option '%s'\n", a);
            enqueue_usage();
            return XS_EXIT_USAGE;
        } else if (!name)
            name = a;
        else {
            enqueue_usage();
            return XS_EXIT_USAGE;
        }
    }
    if (!name) {
        enqueue_usage();
        return XS_EXIT_USAGE;
    }
    xs_value input;
    int rc = xs_cli_read_input(input_arg, many, &input);
    if (rc != XS_EXIT_OK)
        return rc;
    if (many && input.type != XS_ARRAY) {
        fprintf(stderr, "xsflow enqueue: --inputs takes a JSON array of inputs\n");
        xs_release(input);
        return XS_EXIT_USAGE;
    }
    xs_diag d;
    xs_diag_init(&d);
    char *url = xs_engine_resolve_db(dir, db);
    xs_engine_opts o = {dir, url, 1, false, false, stderr};
    xs_engine *e = NULL;
    int64_t id = 0;
    rc = XS_EXIT_FAIL;
    if (many) {
        if (xs_engine_open(&o, &e, &d) == XS_OK &&
            xs_store_begin(xs_engine_store(e), &d) == XS_OK) {
            xs_buf ids;
            xs_buf_init(&ids);
            size_t i = 0;
            for (; i < xs_array_len(input); i++) {
                if (xs_engine_enqueue(e, name, xs_array_at(input, i), "cli", &id, &d) != XS_OK)
                    break;
                xs_buf_addf(&ids, "%lld\n", (long long)id);
            }
            if (i == xs_array_len(input) && xs_store_commit(xs_engine_store(e), &d) == XS_OK) {
                fwrite(ids.ptr, 1, ids.len, stdout);
                rc = XS_EXIT_OK;
                xs_engine_announce(e, xs_engine_store(e), &d);
            } else {
                xs_store_rollback(xs_engine_store(e));
            }
            xs_buf_release(&ids);
        }
    } else if (xs_engine_open(&o, &e, &d) == XS_OK &&
               xs_engine_enqueue(e, name, input, "cli", &id, &d) == XS_OK) {
        printf("%lld\n", (long long)id);
        fflush(stdout);
        rc = wait ? xs_cli_wait_run(xs_engine_store(e), id) : XS_EXIT_OK;
    }
    xs_cli_print_diag(&d);
    xs_engine_free(e);
    xs_free(url);
    xs_diag_release(&d);
    xs_release(input);
    fflush(stdout);
    return rc;
}
