/*
 * cmd_serve.c - `xsflow serve [DIR] [--db URL] [--workers N]
 * [--no-scheduler]`: runs the engine over workspace DIR until SIGINT or
 * SIGTERM, then stops taking work, lets the runs in flight reach their next
 * statement and leaves them to be resumed. `--config-doc` prints
 * docs/config.md instead.
 */
#include <signal.h>

#include "base/alloc.h"
#include "cli/commands.h"
#include "cli/engine_cli.h"
#include "engine/engine.h"

static void serve_usage(void)
{
    fputs("usage: xsflow serve [DIR] [--db sqlite:PATH|postgres://...] [--workers N] "
          "[--no-scheduler]\n"
          "       xsflow serve --config-doc\n",
          stderr);
}

int xs_cmd_serve(int argc, char **argv)
{
    const char *dir = NULL, *db = NULL;
    int workers = 0;
    bool sched = true;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strncmp(a, "--db=", 5) == 0) {
            db = a + 5;
        } else if (strcmp(a, "--workers") == 0 && i + 1 < argc) {
            workers = atoi(argv[++i]);
            if (workers < 1 || workers > 1024) {
                fprintf(stderr, "xsflow serve: --workers takes 1 to 1024\n");
                return XS_EXIT_USAGE;
            }
        } else if (strcmp(a, "--no-scheduler") == 0) {
            sched = false;
        } else if (strcmp(a, "--config-doc") == 0) {
            xs_buf b;
            xs_buf_init(&b);
            xs_config_doc(&b);
            fwrite(b.ptr, 1, b.len, stdout);
            xs_buf_release(&b);
            return XS_EXIT_OK;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            serve_usage();
            return XS_EXIT_OK;
        } else if (a[0] == '-') {
            fprintf(stderr, "xsflow serve: unknown option '%s'\n", a);
            serve_usage();
            return XS_EXIT_USAGE;
        } else if (!dir) {
            dir = a;
        } else {
            serve_usage();
            return XS_EXIT_USAGE;
        }
    }
    if (!dir)
        dir = ".";

    /* Signals are taken by sigwait below; every thread inherits the mask. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);

    xs_diag d;
    xs_diag_init(&d);
    char *url = xs_engine_resolve_db(dir, db);
    xs_engine_opts o = {dir, url, workers, sched, true, stderr};
    xs_engine *e = NULL;
    int rc = XS_EXIT_FAIL;
    if (xs_engine_open(&o, &e, &d) != XS_OK || xs_engine_start(e, &d) != XS_OK) {
        xs_cli_print_diag(&d);
        goto out;
    }
    fprintf(stderr, "xsflow: serving '%s' on %s\n", dir, url);
    fflush(stderr);
    int sig = 0;
    sigwait(&set, &sig);
    fprintf(stderr, "xsflow: %s, stopping\n", sig == SIGINT ? "interrupted" : "terminated");
    xs_engine_stop(e);
    rc = XS_EXIT_OK;
out:
    xs_engine_free(e);
    xs_free(url);
    xs_diag_release(&d);
    return rc;
}
