/*
 * cmd_task.c - `xsflow task run NAME [--workspace DIR] [--db URL]`: runs
 * task (or function) NAME once now, in this process, as a durable run with
 * its steps recorded, and prints the run id on stderr and its result on
 * stdout (exit 1 when it ends in Error).
 */
#include <time.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "cli/commands.h"
#include "cli/engine_cli.h"
#include "engine/engine.h"
#include "engine/records.h"
#include "http/client.h"

static void task_usage(void)
{
    fputs("usage: xsflow task run NAME [--workspace DIR] [--db URL]\n", stderr);
}

int xs_cmd_task(int argc, char **argv)
{
    const char *dir = ".", *db = NULL, *verb = NULL, *name = NULL;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--workspace") == 0 || strcmp(a, "-w") == 0) && i + 1 < argc)
            dir = argv[++i];
        else if (strcmp(a, "--db") == 0 && i + 1 < argc)
            db = argv[++i];
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            task_usage();
            return XS_EXIT_OK;
        } else if (a[0] == '-') {
            fprintf(stderr, "xsflow task: unknown option '%s'\n", a);
            task_usage();
            return XS_EXIT_USAGE;
        } else if (!verb)
            verb = a;
        else if (!name)
            name = a;
        else {
            task_usage();
            return XS_EXIT_USAGE;
        }
    }
    if (!verb || strcmp(verb, "run") != 0 || !name) {
        task_usage();
        return XS_EXIT_USAGE;
    }
    xs_diag d;
    xs_diag_init(&d);
    char *url = xs_engine_resolve_db(dir, db);
    xs_engine_opts o = {dir, url, 1, false, true, stderr, xs_http_client_post_json};
    xs_engine *e = NULL;
    int64_t id = 0;
    int rc = XS_EXIT_FAIL;
    /* Queued in a transaction of its own, which other processes are not
     * told of (xs_engine_announce): this process runs it. */
    bool queued = false;
    if (xs_engine_open(&o, &e, &d) == XS_OK && xs_store_begin(xs_engine_store(e), &d) == XS_OK) {
        queued = xs_engine_enqueue(e, name, xs_null(), "cli", &id, &d) == XS_OK &&
                 xs_store_commit(xs_engine_store(e), &d) == XS_OK;
        if (!queued)
            xs_store_rollback(xs_engine_store(e));
    }
    if (queued) {
        fprintf(stderr, "run %lld\n", (long long)id);
        /* this process runs the tries too, after their backoff */
        xs_status st;
        while ((st = xs_engine_run_one(e, id, &d)) == XS_OK) {
            xs_value r;
            if (xs_rec_get(xs_engine_store(e), id, false, &r, &d) != XS_OK)
                break;
            const xs_value *s = xs_object_get(r, XS_STR("status"));
            const xs_value *at = xs_object_get(r, XS_STR("run_at"));
            bool again = s && s->type == XS_TEXT && strcmp(xs_text_ptr(*s), "Queued") == 0;
            int64_t wait = again && at && at->type == XS_INT ? at->u.i - xs_clock_now_ms() : 0;
            xs_release(r);
            if (!again)
                break;
            if (wait > 0) {
                struct timespec ts = {(time_t)(wait / 1000), (long)(wait % 1000) * 1000000L};
                nanosleep(&ts, NULL);
            }
        }
        if (st == XS_OK)
            rc = xs_cli_wait_run(xs_engine_store(e), id);
    }
    xs_cli_print_diag(&d);
    xs_engine_free(e);
    xs_free(url);
    xs_diag_release(&d);
    return rc;
}
