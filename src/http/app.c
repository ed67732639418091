/* app.c - the listeners of `xsflow serve` and what they share (app.h). */
#include "http/app_int.h"

#include <arpa/inet.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "lib/lib.h"

/* What each server thread keeps beside its interpreter. */
typedef struct app_thread {
    xs_http_app *a;
    xs_store *s;
    xs_interp *in;
} app_thread;

/* util.post_process in a query endpoint: a durable run of the engine,
 * committed before the response goes out, run by a runner after it. */
static xs_status post_process(void *arg, xs_value job, xs_value *error)
{
    app_thread *t = arg;
    xs_diag d;
    xs_diag_init(&d);
    int64_t id = 0;
    xs_status rc = t->s ? xs_engine_enqueue_post_process(t->a->e, t->s, job, "post_process", NULL,
                                                          &id, &d)
                        : xs_diag_error(&d, XS_E_STORE, NULL, 0, 0, "no database connection");
    if (rc != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        xs_buf m;
        xs_buf_init(&m);
        xs_buf_addf(&m, "cannot queue util.post_process: %s", de ? de->message : "database error");
        *error = xs_object_new(3);
        xs_object_set(error, XS_STR("name"), xs_text_cstr("ERROR_FATAL"));
        xs_object_set(error, XS_STR("message"), xs_text_from_buf(&m));
        xs_object_set(error, XS_STR("code"), xs_text_cstr("ERROR_FATAL"));
    }
    xs_diag_release(&d);
    return rc;
}

/* task.call in an endpoint: a run of the task per request, queued on this
 * thread's connection. */
static xs_status task_call(void *arg, const char *task, xs_value *result, xs_value *error)
{
    app_thread *t = arg;
    if (!t->s) {
        *error = xs_object_new(1);
        xs_object_set(error, XS_STR("message"), xs_text_cstr("task.call: no database connection"));
        return XS_E_STORE;
    }
    return xs_engine_task_call(t->a->e, t->s, task, NULL, result, error);
}

static void *thread_start(xs_interp *in, void *arg)
{
    xs_http_app *a = arg;
    app_thread *t = xs_calloc(1, sizeof *t);
    t->a = a;
    t->in = in;
    xs_diag d;
    xs_diag_init(&d);
    if (xs_engine_connect(a->e, &t->s, &d) == XS_OK)
        xs_interp_set_store(in, t->s);
    xs_interp_set_post_process(in, post_process, t);
    xs_interp_set_task_call(in, task_call, t);
    xs_diag_release(&d);
    return t;
}

static void thread_end(void *data, void *arg)
{
    (void)arg;
    app_thread *t = data;
    if (!t)
        return;
    xs_store_free(t->s);
    xs_free(t);
}

xs_store *xs_app_store(const xs_http_req *rq)
{
    const app_thread *t = rq->thread_data;
    return t ? t->s : NULL;
}

xs_interp *xs_app_interp(const xs_http_req *rq)
{
    const app_thread *t = rq->thread_data;
    return t->in;
}

/* ---- the admin side's door ---- */

/* Constant-time comparison of two texts (a token check must not leak
 * how many leading bytes matched). */
static bool same_secret(const char *a, const char *b)
{
    size_t na = strlen(a), nb = strlen(b);
    unsigned char diff = (unsigned char)(na != nb);
    for (size_t i = 0; i < na; i++)
        diff |= (unsigned char)(a[i] ^ b[i % (nb ? nb : 1)]);
    return diff == 0;
}

bool xs_app_admin_open(const xs_http_app *a)
{
    return !a->admin_token && (a->admin ? a->admin_loopback : a->public_loopback);
}

bool xs_app_admin_allowed(const xs_http_app *a, const xs_http_req *rq, xs_http_resp *out)
{
    if (!a->admin_token) {
        if (xs_app_admin_open(a))
            return true;
        xs_http_resp_error(out, 403, "ERROR_CODE_ACCESS_DENIED",
                           "The admin API is served on a public address without a token: set "
                           "XSFLOW_ADMIN_TOKEN, or listen on 127.0.0.1.");
        return false;
    }
    const char *h = xs_http_req_header(rq, "Authorization");
    if (h && strncasecmp(h, "Bearer ", 7) == 0 && same_secret(h + 7, a->admin_token))
        return true;
    xs_http_resp_error(out, 401, "ERROR_CODE_UNAUTHORIZED",
                       h ? "The admin token is not valid." : "This needs the admin token "
                                                             "(Authorization: Bearer ...).");
    xs_http_resp_header(out, "WWW-Authenticate", "Bearer realm=\"xsflow\"");
    return false;
}

/* ---- start and stop ---- */

static bool is_loopback(const char *host)
{
    struct in_addr a4;
    struct in6_addr a6;
    if (!host)
        return true; /* the server's default, 127.0.0.1 */
    if (inet_pton(AF_INET, host, &a4) == 1)
        return (ntohl(a4.s_addr) >> 24) == 127;
    return inet_pton(AF_INET6, host, &a6) == 1 && IN6_IS_ADDR_LOOPBACK(&a6);
}

/* The admin side's mounts (the same on either listener). */
static const char *const admin_prefixes[] = {"/_xsflow/api", "/metrics", "/_xsflow"};
_Static_assert(XS_COUNTOF(admin_prefixes) == XS_COUNTOF(((xs_http_app *)0)->admin_mounts),
               "one admin mount per prefix");

static size_t add_admin_mounts(xs_http_app *a, xs_http_mount *m)
{
    void (*const fns[])(void *, const xs_http_req *, xs_http_resp *) = {
        xs_app_admin_api, xs_app_metrics, xs_app_dashboard};
    for (size_t i = 0; i < XS_COUNTOF(admin_prefixes); i++)
        m[i] = (xs_http_mount){admin_prefixes[i], fns[i], a};
    return XS_COUNTOF(admin_prefixes);
}

xs_http_app *xs_http_app_start(xs_engine *e, const xs_http_app_opts *o, xs_diag *d)
{
    xs_http_app *a = xs_calloc(1, sizeof *a);
    a->e = e;
    a->started_ms = xs_clock_now_ms();
    const char *tok = o->admin_token && *o->admin_token ? o->admin_token
                                                         : getenv("XSFLOW_ADMIN_TOKEN");
    a->admin_token = tok && *tok ? xs_strdup(tok) : NULL;
    a->public_loopback = is_loopback(o->public_opts.host);
    a->admin_loopback = is_loopback(o->admin_host);
    const xs_workspace *ws = xs_engine_workspace(e);
    const xs_config *cfg = xs_engine_settings(e);
    if (xs_http_routes_load(xs_engine_dir(e), &a->routes, d) != XS_OK ||
        xs_webhooks_load(xs_config_member(cfg, "webhooks"), xs_config_file(cfg), ws, &a->hooks,
                         d) != XS_OK) {
        xs_http_app_stop(a);
        return NULL;
    }

    size_t nhooks = xs_webhooks_count(a->hooks);
    xs_http_mount *pub_m = xs_calloc(nhooks + XS_COUNTOF(admin_prefixes), sizeof *pub_m);
    size_t n = 0;
    for (size_t i = 0; i < nhooks; i++)
        pub_m[n++] = (xs_http_mount){xs_webhooks_path(a->hooks, i), xs_app_webhook, a};
    if (o->admin_host)
        add_admin_mounts(a, a->admin_mounts);
    else
        n += add_admin_mounts(a, pub_m + n);

    xs_http_server_opts po = o->public_opts;
    po.on_thread_start = thread_start;
    po.on_thread_end = thread_end;
    po.arg = a;
    po.mounts = pub_m;
    po.nmounts = n;
    a->pub_mounts = pub_m;
    a->pub = xs_http_server_start(ws, xs_lib_builtins(), a->routes, &po, d);
    if (a->pub && o->admin_host) {
        xs_http_server_opts ao = {0};
        ao.host = o->admin_host;
        ao.port = o->admin_port;
        ao.threads = 1;
        ao.on_thread_start = thread_start;
        ao.on_thread_end = thread_end;
        ao.arg = a;
        ao.mounts = a->admin_mounts;
        ao.nmounts = XS_COUNTOF(a->admin_mounts);
        ao.access_log = o->public_opts.access_log;
        ao.listen_fd = o->admin_listen_fd;
        a->admin = xs_http_server_start(ws, xs_lib_builtins(), NULL, &ao, d);
    }
    if (!a->pub || (o->admin_host && !a->admin)) {
        xs_http_app_stop(a);
        return NULL;
    }
    return a;
}

uint16_t xs_http_app_port(const xs_http_app *a)
{
    return xs_http_server_port(a->pub);
}

uint16_t xs_http_app_admin_port(const xs_http_app *a)
{
    return a->admin ? xs_http_server_port(a->admin) : 0;
}

size_t xs_http_app_endpoints(const xs_http_app *a)
{
    return xs_http_routes_count(a->routes);
}

size_t xs_http_app_webhooks(const xs_http_app *a)
{
    return xs_webhooks_count(a->hooks);
}

void xs_http_app_quiesce(xs_http_app *a, int *pub_fd, int *admin_fd)
{
    *pub_fd = a->pub ? xs_http_server_quiesce(a->pub) : -1;
    *admin_fd = a->admin ? xs_http_server_quiesce(a->admin) : -1;
}

void xs_http_app_stop(xs_http_app *a)
{
    if (!a)
        return;
    xs_http_server_stop(a->admin);
    xs_http_server_stop(a->pub);
    xs_free(a->pub_mounts);
    xs_webhooks_free(a->hooks);
    xs_http_routes_free(a->routes);
    xs_free(a->admin_token);
    xs_free(a);
}
