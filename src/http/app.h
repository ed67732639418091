/*
 * app.h - the HTTP side of `xsflow serve`: one server beside the engine
 * that answers the workspace's query endpoints, the webhooks of
 * xsflow.json, the admin API (/_xsflow/api), /metrics and the dashboard
 * (/_xsflow/). With an admin listener, the last three move to a second
 * server of their own (an address only operators can reach).
 *
 * Every server thread gets its own connection to the engine's database:
 * db.* statements of endpoints use it, and so do webhooks (a durable run
 * is committed before the 202 goes out) and the admin API.
 */
#ifndef XS_HTTP_APP_H
#define XS_HTTP_APP_H

#include "engine/engine.h"
#include "http/server.h"

typedef struct xs_http_app xs_http_app;

typedef struct xs_http_app_opts {
    xs_http_server_opts public_opts; /* host, port, limits of the main listener */
    const char *admin_host;          /* NULL: the admin side is on the main listener */
    uint16_t admin_port;
    const char *admin_token; /* NULL or "": $XSFLOW_ADMIN_TOKEN; none: loopback listeners only */
    int admin_listen_fd;     /* > 0: the admin listener's socket, handed over by a reload */
} xs_http_app_opts;

/* Loads the routes and webhooks of the engine's workspace and starts the
 * listener(s). NULL with the reason in d. The engine must outlive it. */
xs_http_app *xs_http_app_start(xs_engine *e, const xs_http_app_opts *o, xs_diag *d);

/* The bound ports (0 for no admin listener). */
uint16_t xs_http_app_port(const xs_http_app *a);
uint16_t xs_http_app_admin_port(const xs_http_app *a);
size_t xs_http_app_endpoints(const xs_http_app *a);
size_t xs_http_app_webhooks(const xs_http_app *a);

/* Stops accepting on both listeners and gives their sockets (-1 for
 * none), still bound, for the next process to serve: see
 * xs_http_server_quiesce. Then stop the app as usual. */
void xs_http_app_quiesce(xs_http_app *a, int *pub_fd, int *admin_fd);

/* Stops the listeners after the requests in flight and frees the app. */
void xs_http_app_stop(xs_http_app *a);

#endif
