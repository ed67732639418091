/*
 * cmd_serve.c - `xsflow serve [DIR]`: runs the engine over workspace DIR
 * and, beside it, the HTTP listener (query endpoints, webhooks, admin API,
 * /metrics, dashboard; http/app.h) until SIGINT or SIGTERM. Then it stops
 * listening after the requests in flight, stops taking work, lets the runs
 * in flight reach their next statement and leaves them to be resumed.
 * When the workspace's files change (or on SIGHUP) and the new files load,
 * it hands over to a fresh copy of itself (serve_reload.h); `--no-watch`
 * leaves reloads to SIGHUP. `--config-doc` prints docs/config.md instead.
 */
#include <signal.h>

#include "base/alloc.h"
#include "cli/commands.h"
#include "cli/engine_cli.h"
#include "engine/engine.h"
#include "http/client.h"
#include "cli/serve_reload.h"
#include "http/app.h"

/* How long a reload waits for the runs in flight before it stops them
 * (they are resumed by the new process). */
enum { RELOAD_GRACE_MS = 30000 };

/* Where the listener(s) are, on stdout: the first line is for people and
 * for scripts that wait on it. */
static void print_listening(const xs_http_app *app, const char *host, const char *admin_host)
{
    const char *h = host ? host : "127.0.0.1";
    const char *lb = strchr(h, ':') ? "[" : "", *rb = strchr(h, ':') ? "]" : "";
    printf("listening on http://%s%s%s:%u (%zu endpoints, %zu webhooks)\n", lb, h, rb,
           (unsigned)xs_http_app_port(app), xs_http_app_endpoints(app), xs_http_app_webhooks(app));
    if (admin_host)
        printf("admin on http://%s:%u/_xsflow/\n", admin_host,
               (unsigned)xs_http_app_admin_port(app));
    else
        printf("dashboard on http://%s%s%s:%u/_xsflow/\n", lb, h, rb,
               (unsigned)xs_http_app_port(app));
    fflush(stdout);
}

/* Waits for SIGINT or SIGTERM (false) or for a change of the workspace
 * (seen by its fingerprint *print, when watching, or asked by SIGHUP)
 * whose files load (true). A change that does not load is reported and
 * waited past. */
static bool wait_stop_or_reload(const sigset_t *set, const char *dir, bool watch, uint64_t *print)
{
    for (;;) {
        struct timespec tick = {1, 0};
        int sig = sigtimedwait(set, NULL, &tick);
        if (sig == SIGINT || sig == SIGTERM) {
            fprintf(stderr, "xsflow: %s, stopping\n", sig == SIGINT ? "interrupted" : "terminated");
            return false;
        }
        uint64_t now = xs_serve_fingerprint(dir);
        if (sig != SIGHUP && (!watch || now == *print))
            continue;
        *print = now;
        xs_diag check;
        xs_diag_init(&check);
        bool loads = xs_serve_workspace_loads(dir, &check);
        if (!loads) {
            fprintf(stderr, "xsflow: the workspace changed but does not load; still serving the "
                            "previous version:\n");
            xs_cli_print_diag(&check);
        }
        xs_diag_release(&check);
        if (loads)
            return true;
    }
}

static void serve_usage(void)
{
    fputs("usage: xsflow serve [DIR] [--db sqlite:PATH|postgres://...] [--workers N] "
          "[--no-scheduler]\n"
          "                    [--listen HOST:PORT] [--admin-listen HOST:PORT] [--no-http]\n"
          "                    [--threads N] [--access-log] [--no-watch]\n"
          "       xsflow serve --config-doc\n",
          stderr);
}

int xs_cmd_serve(int argc, char **argv)
{
    const char *dir = NULL, *db = NULL;
    int workers = 0;
    bool sched = true, http = true, watch = true;
    char *host = NULL, *admin_host = NULL;
    xs_http_app_opts ho = {0};
    ho.public_opts.port = 8080;
    int rc = XS_EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--listen") == 0 || strcmp(a, "--admin-listen") == 0) && i + 1 < argc) {
            bool admin = a[2] == 'a';
            char **h = admin ? &admin_host : &host;
            xs_free(*h);
            *h = NULL;
            if (!xs_cli_parse_listen(argv[++i], h,
                                     admin ? &ho.admin_port : &ho.public_opts.port)) {
                fprintf(stderr, "xsflow serve: %s wants HOST:PORT, got '%s'\n", a, argv[i]);
                goto out_args;
            }
        } else if (strcmp(a, "--no-http") == 0) {
            http = false;
        } else if (strcmp(a, "--no-watch") == 0) {
            watch = false;
        } else if (strcmp(a, "--access-log") == 0) {
            ho.public_opts.access_log = stderr;
        } else if (strcmp(a, "--threads") == 0 && i + 1 < argc) {
            int n = atoi(argv[++i]);
            if (n < 1 || n > 1024) {
                fprintf(stderr, "xsflow serve: --threads takes 1 to 1024\n");
                goto out_args;
            }
            ho.public_opts.threads = (unsigned)n;
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strncmp(a, "--db=", 5) == 0) {
            db = a + 5;
        } else if (strcmp(a, "--workers") == 0 && i + 1 < argc) {
            workers = atoi(argv[++i]);
            if (workers < 1 || workers > 1024) {
                fprintf(stderr, "xsflow serve: --workers takes 1 to 1024\n");
                goto out_args;
            }
        } else if (strcmp(a, "--no-scheduler") == 0) {
            sched = false;
        } else if (strcmp(a, "--config-doc") == 0) {
            xs_buf b;
            xs_buf_init(&b);
            xs_config_doc(&b);
            fwrite(b.ptr, 1, b.len, stdout);
            xs_buf_release(&b);
            rc = XS_EXIT_OK;
            goto out_args;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            serve_usage();
            rc = XS_EXIT_OK;
            goto out_args;
        } else if (a[0] == '-') {
            fprintf(stderr, "xsflow serve: unknown or incomplete option '%s'\n", a);
            serve_usage();
            goto out_args;
        } else if (!dir) {
            dir = a;
        } else {
            serve_usage();
            goto out_args;
        }
    }
    ho.public_opts.host = host;
    ho.admin_host = admin_host;
    ho.public_opts.listen_fd = xs_serve_inherited_fd("XSFLOW_LISTEN_FD");
    ho.admin_listen_fd = xs_serve_inherited_fd("XSFLOW_ADMIN_LISTEN_FD");
    if (!dir)
        dir = ".";
    uint64_t print = xs_serve_fingerprint(dir);

    /* Signals are taken by sigtimedwait below; every thread inherits the mask. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigaddset(&set, SIGHUP);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    xs_diag d;
    xs_diag_init(&d);
    char *url = xs_engine_resolve_db(dir, db);
    xs_engine_opts o = {dir, url, workers, sched, true, stderr, xs_http_client_post_json};
    xs_engine *e = NULL;
    xs_http_app *app = NULL;
    rc = XS_EXIT_FAIL;
    if (xs_engine_open(&o, &e, &d) != XS_OK || xs_engine_start(e, &d) != XS_OK ||
        (http && !(app = xs_http_app_start(e, &ho, &d)))) {
        xs_cli_print_diag(&d);
        goto out;
    }
    fprintf(stderr, "xsflow: serving '%s' on %s\n", dir, url);
    if (app)
        print_listening(app, host, admin_host);
    fflush(stderr);
    bool reload = wait_stop_or_reload(&set, dir, watch, &print);
    int pub_fd = -1, admin_fd = -1;
    if (reload) {
        fprintf(stderr, "xsflow: the workspace changed, reloading (runs in flight get %d s to "
                        "end)\n",
                RELOAD_GRACE_MS / 1000);
        if (app)
            xs_http_app_quiesce(app, &pub_fd, &admin_fd);
    }
    xs_http_app_stop(app); /* after the requests in flight */
    app = NULL;
    if (reload)
        xs_engine_drain(e, RELOAD_GRACE_MS);
    else
        xs_engine_stop(e);
    rc = XS_EXIT_OK;
    if (reload) {
        xs_engine_free(e);
        e = NULL;
        xs_serve_reexec(argc, argv, pub_fd, admin_fd);
        rc = XS_EXIT_FAIL;
    }
out:
    xs_http_app_stop(app);
    xs_engine_free(e);
    xs_free(url);
    xs_diag_release(&d);
out_args:
    xs_free(host);
    xs_free(admin_host);
    return rc;
}
