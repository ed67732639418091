/* stmts_services.c - await, and the statements that reach a service of
 * Xano's own platform (its API groups over Xano's gateway, its Lambda
 * sandbox, its realtime channels, its IP geolocation database): those are
 * listed so that the support matrix names them, and raise an error naming
 * the statement and what it needs. See docs/language-decisions.md#await
 * and #xano-services. */
#include "lib/lib_int.h"

/* await { ids timeout }: function.run finishes before the next statement
 * here, so there is nothing left to wait for; await gives ids back (the
 * results the calls gave) so that code written for Xano's asynchronous
 * runs reads the same values. */
static xs_status s_await(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                         xs_value *result)
{
    (void)target;
    (void)arg;
    xs_value ids = xs_lib_attr(attrs, "ids");
    if (ids.type != XS_ARRAY)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "await: ids must be a list, got %s",
                            xs_value_type_name(ids));
    xs_value t = xs_lib_attr(attrs, "timeout");
    if (t.type != XS_NULL && (!xs_is_number(t) || xs_lib_dbl(t) < 0))
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "await: timeout must be a number of seconds >= 0");
    xs_lib_put(result, xs_retain(ids));
    return XS_OK;
}

static const xs_stmt_def stmts[] = {
    {"await", XS_BUILTIN_PARTIAL, s_await,
     "gives ids back: function.run has finished before the next statement here, so there is "
     "nothing to wait for (timeout is checked, not used)"},
    {"api.call", XS_BUILTIN_UNAVAILABLE, xs_lib_unavailable,
     "needs Xano's gateway to call an endpoint of an API group by name (call the URL of an "
     "endpoint served by xsflow serve with api.request)"},
    {"api.lambda", XS_BUILTIN_UNAVAILABLE, xs_lib_unavailable,
     "needs Xano's Lambda sandbox to run JavaScript or TypeScript code"},
    {"api.realtime_event", XS_BUILTIN_UNAVAILABLE, xs_lib_unavailable,
     "needs Xano's realtime service (channels and their subscribers)"},
    {"util.ip_lookup", XS_BUILTIN_UNAVAILABLE, xs_lib_unavailable,
     "needs Xano's IP geolocation database (location of an IP address)"},
};

const xs_builtin_family xs_lib_services = {"service statements", NULL, 0, stmts,
                                           XS_COUNTOF(stmts)};
