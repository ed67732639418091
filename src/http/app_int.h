/*
 * app_int.h - what the parts of `xsflow serve`'s HTTP side share: the app
 * (engine, listeners, webhooks), each server thread's database
 * connection, and the admin token check. The parts are mounted handlers
 * (handler.h): webhook.c, admin.c, metrics.c, dashboard.c.
 */
#ifndef XS_HTTP_APP_INT_H
#define XS_HTTP_APP_INT_H

#include "http/app.h"
#include "http/handler.h"
#include "http/webhook.h"

struct xs_http_app {
    xs_engine *e;
    xs_http_routes *routes;
    xs_webhooks *hooks;
    char *admin_token;  /* NULL: none set */
    bool public_loopback; /* the main listener is bound to a loopback address */
    bool admin_loopback;  /* the admin listener (when separate) is */
    xs_http_server *pub;
    xs_http_server *admin; /* NULL: the admin side is on pub */
    xs_http_mount *pub_mounts;   /* the servers point at these */
    xs_http_mount admin_mounts[3];
    int64_t started_ms;
};

/* The database connection of the server thread serving rq. */
xs_store *xs_app_store(const xs_http_req *rq);

/* The interpreter of the server thread serving rq. */
xs_interp *xs_app_interp(const xs_http_req *rq);

/*
 * Whether rq may use the admin side (API, metrics, dashboard data): with
 * an admin token, the request must carry it (`Authorization: Bearer T`);
 * without one, only a listener bound to a loopback address serves the
 * admin side. Otherwise fills out with 401 or 403 and returns false.
 */
bool xs_app_admin_allowed(const xs_http_app *a, const xs_http_req *rq, xs_http_resp *out);

/* Whether the listener serving the admin side is bound to loopback and
 * there is no token: the dashboard then needs no login. */
bool xs_app_admin_open(const xs_http_app *a);

/* The mounted handlers; arg is the xs_http_app. */
void xs_app_admin_api(void *arg, const xs_http_req *rq, xs_http_resp *out);
void xs_app_metrics(void *arg, const xs_http_req *rq, xs_http_resp *out);
void xs_app_dashboard(void *arg, const xs_http_req *rq, xs_http_resp *out);
void xs_app_webhook(void *arg, const xs_http_req *rq, xs_http_resp *out);

#endif
