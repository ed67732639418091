/* dashboard.c - the dashboard under /_xsflow/ (app_int.h). Being built. */
#include "http/app_int.h"

void xs_app_dashboard(void *arg, const xs_http_req *rq, xs_http_resp *out)
{
    (void)arg;
    (void)rq;
    xs_http_resp_error(out, 501, "ERROR_FATAL", "The dashboard is not built yet.");
}
