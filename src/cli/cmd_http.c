/*
 * cmd_http.c - `xsflow http serve DIR [--listen HOST:PORT] ...`: serves the
 * workspace's query objects over HTTP until SIGINT or SIGTERM, and `xsflow
 * http routes DIR`: lists the endpoints. `xsflow serve` starts the same
 * server (http/server.h) beside the engine.
 */
#include <pthread.h>
#include <signal.h>

#include "base/alloc.h"
#include "cli/commands.h"
#include "http/server.h"
#include "lib/lib.h"

static void http_usage(FILE *out)
{
    fputs("usage: xsflow http serve DIR [--listen HOST:PORT] [--threads N] [--max-body BYTES]\n"
          "                             [--timeout MS] [--max-connections N] [--access-log]\n"
          "       xsflow http routes DIR\n",
          out);
}

static void print_diags(const xs_diag *d)
{
    for (size_t i = 0; i < d->count; i++)
        xs_diag_print_entry(&d->items[i], NULL, 0, stderr);
}

bool xs_cli_parse_listen(const char *arg, char **host, uint16_t *port)
{
    const char *colon = strrchr(arg, ':');
    const char *p = colon ? colon + 1 : arg;
    char *end;
    long v = strtol(p, &end, 10);
    if (!*p || *end || v < 0 || v > 65535)
        return false;
    *port = (uint16_t)v;
    if (!colon) {
        *host = xs_strdup("127.0.0.1");
    } else if (arg[0] == '[' && colon > arg + 1 && colon[-1] == ']') {
        *host = xs_strndup(arg + 1, (size_t)(colon - arg - 2));
    } else {
        *host = xs_strndup(arg, (size_t)(colon - arg));
    }
    return true;
}

static bool parse_size(const char *s, unsigned long long max, unsigned long long *out)
{
    char *end;
    unsigned long long v = strtoull(s, &end, 10);
    if (!*s || *end || v > max)
        return false;
    *out = v;
    return true;
}

static int routes_cmd(const char *dir)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_http_routes *r;
    xs_status st = xs_http_routes_load(dir, &r, &d);
    print_diags(&d);
    for (size_t i = 0; i < xs_http_routes_count(r); i++) {
        const xs_http_route *rt = xs_http_routes_at(r, i);
        printf("%-6s %s  (%s)\n", rt->verb, rt->path, rt->file);
    }
    xs_http_routes_free(r);
    xs_diag_release(&d);
    return st == XS_OK ? XS_EXIT_OK : XS_EXIT_FAIL;
}

static int serve_cmd(int argc, char **argv)
{
    const char *dir = NULL;
    char *host = NULL;
    xs_http_server_opts o = {0};
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        unsigned long long v;
        bool has_val = i + 1 < argc;
        if (strcmp(a, "--listen") == 0 && has_val) {
            xs_free(host);
            host = NULL;
            if (!xs_cli_parse_listen(argv[++i], &host, &o.port)) {
                fprintf(stderr, "xsflow http: --listen wants HOST:PORT, got '%s'\n", argv[i]);
                return XS_EXIT_USAGE;
            }
        } else if (strcmp(a, "--threads") == 0 && has_val && parse_size(argv[i + 1], 1024, &v)) {
            o.threads = (unsigned)v;
            i++;
        } else if (strcmp(a, "--max-body") == 0 && has_val &&
                   parse_size(argv[i + 1], 1ull << 34, &v)) {
            o.max_body_bytes = (size_t)v;
            i++;
        } else if (strcmp(a, "--timeout") == 0 && has_val &&
                   parse_size(argv[i + 1], 86400000, &v)) {
            o.request_timeout_ms = (int64_t)v;
            i++;
        } else if (strcmp(a, "--max-connections") == 0 && has_val &&
                   parse_size(argv[i + 1], 1000000, &v)) {
            o.max_connections = (unsigned)v;
            i++;
        } else if (strcmp(a, "--access-log") == 0) {
            o.access_log = stderr;
        } else if (a[0] == '-') {
            fprintf(stderr, "xsflow http: unknown or incomplete option '%s'\n", a);
            http_usage(stderr);
            xs_free(host);
            return XS_EXIT_USAGE;
        } else if (!dir) {
            dir = a;
        } else {
            fprintf(stderr, "xsflow http: one workspace at a time ('%s' and '%s')\n", dir, a);
            xs_free(host);
            return XS_EXIT_USAGE;
        }
    }
    if (!dir) {
        http_usage(stderr);
        xs_free(host);
        return XS_EXIT_USAGE;
    }
    o.host = host;

    int rc = XS_EXIT_FAIL;
    xs_diag d;
    xs_diag_init(&d);
    xs_workspace *ws = NULL;
    xs_http_routes *routes = NULL;
    xs_status st = xs_workspace_load_dir(dir, &ws, &d);
    if (st == XS_OK)
        st = xs_http_routes_load(dir, &routes, &d);
    if (st != XS_OK) {
        print_diags(&d);
        goto out;
    }
    /* The server's threads inherit this mask: the signals come to sigwait. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);
    xs_http_server *srv = xs_http_server_start(ws, xs_lib_builtins(), routes, &o, &d);
    if (!srv) {
        print_diags(&d);
        goto out;
    }
    printf("listening on http://%s:%u (%zu endpoints)\n", o.host ? o.host : "127.0.0.1",
           (unsigned)xs_http_server_port(srv), xs_http_routes_count(routes));
    fflush(stdout);
    int sig = 0;
    sigwait(&set, &sig);
    xs_http_server_stop(srv);
    rc = XS_EXIT_OK;
out:
    xs_http_routes_free(routes);
    xs_workspace_free(ws);
    xs_diag_release(&d);
    xs_free(host);
    return rc;
}

int xs_cmd_http(int argc, char **argv)
{
    if (argc < 2 || strcmp(argv[1], "-h") == 0 || strcmp(argv[1], "--help") == 0) {
        http_usage(argc < 2 ? stderr : stdout);
        return argc < 2 ? XS_EXIT_USAGE : XS_EXIT_OK;
    }
    if (strcmp(argv[1], "serve") == 0)
        return serve_cmd(argc, argv);
    if (strcmp(argv[1], "routes") == 0 && argc == 3)
        return routes_cmd(argv[2]);
    http_usage(stderr);
    return XS_EXIT_USAGE;
}
