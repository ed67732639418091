/* metrics.c - /metrics in the Prometheus text format (app_int.h): the
 * engine's metrics (engine/metrics.c) and the HTTP request counters of
 * the listener(s), labelled listener="main" or "admin". */
#include "http/app_int.h"

void xs_app_metrics(void *arg, const xs_http_req *rq, xs_http_resp *out)
{
    xs_http_app *a = arg;
    if (!xs_app_admin_allowed(a, rq, out))
        return;
    xs_store *s = xs_app_store(rq);
    xs_diag d;
    xs_diag_init(&d);
    if (!s || xs_engine_metrics(a->e, s, &out->body, &d) != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        xs_http_resp_error(out, 500, "ERROR_FATAL",
                           de ? de->message : "this server thread has no database connection");
        xs_diag_release(&d);
        return;
    }
    xs_diag_release(&d);
    out->content_type = "text/plain; version=0.0.4; charset=utf-8";
    xs_buf_adds(&out->body, "# HELP xsflow_http_requests_total HTTP requests answered, by "
                            "listener, route and status.\n"
                            "# TYPE xsflow_http_requests_total counter\n");
    xs_http_server_metrics(a->pub, "main", &out->body);
    if (a->admin)
        xs_http_server_metrics(a->admin, "admin", &out->body);
}
