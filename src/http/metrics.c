/* metrics.c - /metrics in the Prometheus text format (app_int.h). */
#include "http/app_int.h"

void xs_app_metrics(void *arg, const xs_http_req *rq, xs_http_resp *out)
{
    xs_http_app *a = arg;
    if (!xs_app_admin_allowed(a, rq, out))
        return;
    out->content_type = "text/plain; version=0.0.4; charset=utf-8";
    xs_http_server_metrics(a->pub, &out->body);
}
