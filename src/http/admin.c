/* admin.c - the admin API under /_xsflow/api (app_int.h). Being built. */
#include "http/app_int.h"

void xs_app_admin_api(void *arg, const xs_http_req *rq, xs_http_resp *out)
{
    if (!xs_app_admin_allowed(arg, rq, out))
        return;
    xs_http_resp_error(out, 501, "ERROR_FATAL", "The admin API is not built yet.");
}
