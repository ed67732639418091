/*
 * admin.c - the admin API under /_xsflow/api (docs/http.md, "Admin API"):
 * health, runs (list, detail, retry, cancel, enqueue) and schedules, all
 * JSON, errors in Xano's shape {code, message, payload}. Every call passes
 * the admin door first (xs_app_admin_allowed). A POST must say
 * `Content-Type: application/json`: a page on another site cannot send
 * that without the browser asking first (CORS preflight), so a logged-in
 * operator's browser cannot be made to start or cancel runs.
 */
#include "http/app_int.h"

#include <stdarg.h>
#include <strings.h>

#include "base/clock.h"
#include "base/version.h"
#include "engine/records.h"
#include "value/json.h"

enum { LIST_DEFAULT = 50, LIST_MAX = 500 };

#define API_PREFIX "/_xsflow/api"

/* ---- small helpers ---- */

static void fail(xs_http_resp *out, int status, const char *code, const char *fmt, ...)
    XS_PRINTF(4, 5);
static void fail(xs_http_resp *out, int status, const char *code, const char *fmt, ...)
{
    xs_buf b;
    xs_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&b, fmt, ap);
    va_end(ap);
    xs_http_resp_error(out, status, code, xs_buf_cstr(&b));
    xs_buf_release(&b);
}

/* A store failure: 500 with the database's words (the caller is an
 * operator). */
static void store_failed(xs_http_resp *out, const xs_diag *d)
{
    const xs_diag_entry *de = xs_diag_first_error(d);
    fail(out, 500, "ERROR_FATAL", "database error: %s", de ? de->message : "unknown");
}

/* A whole number of at most 18 digits, nothing around it. */
static bool parse_count(const char *s, size_t n, int64_t *v)
{
    if (n == 0 || n > 18)
        return false;
    int64_t x = 0;
    for (size_t i = 0; i < n; i++) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        x = x * 10 + (s[i] - '0');
    }
    *v = x;
    return true;
}

/* A time parameter: ms since the epoch, or a timestamp text. */
static bool parse_time(const char *s, int64_t *ms)
{
    size_t n = strlen(s);
    return parse_count(s, n, ms) || xs_time_parse(s, n, ms);
}

static void reply_run_status(xs_http_resp *out, int status, int64_t id, const char *run_status)
{
    xs_value o = xs_object_new(2);
    xs_object_set(&o, XS_STR("run_id"), xs_int(id));
    xs_object_set(&o, XS_STR("status"), xs_text_cstr(run_status));
    xs_http_resp_json(out, status, o);
    xs_release(o);
}

/* The answer to a failed call on run id: 404 when there is no such run,
 * 400 when its state does not allow the call, 500 otherwise. */
static void run_call_failed(xs_http_resp *out, xs_status rc, const xs_diag *d)
{
    const xs_diag_entry *de = xs_diag_first_error(d);
    const char *msg = de ? de->message : "failed";
    if (rc == XS_E_NOTFOUND)
        fail(out, 404, "ERROR_CODE_NOT_FOUND", "%s", msg);
    else if (rc == XS_E_USAGE)
        fail(out, 400, "ERROR_CODE_BAD_REQUEST", "%s", msg);
    else
        store_failed(out, d);
}

/* ---- the calls ---- */

typedef struct call {
    xs_http_app *a;
    const xs_http_req *rq;
    xs_store *s;
    int64_t id; /* the {id} of the path, when it has one */
} call;

/* GET /health */
static void api_health(const call *c, xs_http_resp *out)
{
    xs_diag d;
    xs_diag_init(&d);
    int64_t depth = 0;
    if (xs_rec_queue_depth(c->s, xs_clock_now_ms(), &depth, &d) != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        fail(out, 503, "ERROR_FATAL", "the database does not answer: %s",
             de ? de->message : "unknown");
        xs_diag_release(&d);
        return;
    }
    xs_diag_release(&d);
    xs_value o = xs_object_new(6);
    xs_object_set(&o, XS_STR("status"), xs_text_cstr("ok"));
    xs_object_set(&o, XS_STR("version"), xs_text_cstr(XSFLOW_VERSION));
    xs_object_set(&o, XS_STR("uptime_ms"), xs_int(xs_clock_now_ms() - c->a->started_ms));
    xs_object_set(&o, XS_STR("database"), xs_text_cstr(xs_store_kind_name(c->s)));
    xs_object_set(&o, XS_STR("workers"), xs_int(xs_engine_workers(c->a->e)));
    xs_object_set(&o, XS_STR("queue_depth"), xs_int(depth));
    xs_http_resp_json(out, 200, o);
    xs_release(o);
}

/* Reads the list parameters into f; false with a 400 in out. */
static bool list_params(const xs_http_req *rq, xs_rec_filter *f, xs_http_resp *out)
{
    const char *v;
    f->limit = LIST_DEFAULT;
    if ((v = xs_http_req_arg(rq, "status")) && *v) {
        f->status = xs_rec_status_named(v);
        if (!f->status) {
            fail(out, 400, "ERROR_CODE_INPUT_ERROR",
                 "status: '%.64s' is not a run status (Queued, Started, Processing, Complete, "
                 "Partial, Error, Cancelled)",
                 v);
            return false;
        }
    }
    if ((v = xs_http_req_arg(rq, "name")) && *v)
        f->name = v;
    static const char *const times[] = {"since", "until"};
    for (int i = 0; i < 2; i++) {
        if (!(v = xs_http_req_arg(rq, times[i])) || !*v)
            continue;
        int64_t ms;
        if (!parse_time(v, &ms)) {
            fail(out, 400, "ERROR_CODE_INPUT_ERROR",
                 "%s: '%.64s' is not a time (ms since the epoch, or a timestamp)", times[i], v);
            return false;
        }
        *(i == 0 ? &f->since : &f->until) = ms;
    }
    if ((v = xs_http_req_arg(rq, "limit"))) {
        if (!parse_count(v, strlen(v), &f->limit) || f->limit < 1) {
            fail(out, 400, "ERROR_CODE_INPUT_ERROR",
                 "limit: '%.64s' is not a whole number from 1 to %d", v, LIST_MAX);
            return false;
        }
        if (f->limit > LIST_MAX)
            f->limit = LIST_MAX;
    }
    return true;
}

/* GET /runs */
static void api_list(const call *c, xs_http_resp *out)
{
    xs_rec_filter f = {0};
    if (!list_params(c->rq, &f, out))
        return;
    xs_diag d;
    xs_diag_init(&d);
    xs_value items = xs_null(), counts = xs_null();
    if (xs_rec_query(c->s, &f, &items, &d) != XS_OK ||
        xs_rec_counts(c->s, &f, &counts, &d) != XS_OK) {
        store_failed(out, &d);
    } else {
        xs_value o = xs_object_new(2);
        xs_object_set(&o, XS_STR("items"), items);
        xs_object_set(&o, XS_STR("counts"), counts);
        items = counts = xs_null();
        xs_http_resp_json(out, 200, o);
        xs_release(o);
    }
    xs_release(items);
    xs_release(counts);
    xs_diag_release(&d);
}

/* GET /runs/{id} */
static void api_run(const call *c, xs_http_resp *out)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_value run;
    if (xs_rec_get(c->s, c->id, true, &run, &d) != XS_OK)
        store_failed(out, &d);
    else if (run.type == XS_NULL)
        fail(out, 404, "ERROR_CODE_NOT_FOUND", "no run %lld", (long long)c->id);
    else
        xs_http_resp_json(out, 200, run);
    xs_release(run);
    xs_diag_release(&d);
}

/* POST /runs/{id}/retry */
static void api_retry(const call *c, xs_http_resp *out)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_status rc = xs_engine_retry(c->a->e, c->s, c->id, &d);
    if (rc == XS_OK)
        reply_run_status(out, 202, c->id, XS_RUN_QUEUED);
    else
        run_call_failed(out, rc, &d);
    xs_diag_release(&d);
}

/* POST /runs/retry?status=S[&name=N][&since=T]: every ended run the
 * filter selects, queued again (the dead letters at once). */
static void api_retry_matching(const call *c, xs_http_resp *out)
{
    xs_rec_filter f = {0};
    if (!list_params(c->rq, &f, out))
        return;
    if (!f.status) {
        fail(out, 400, "ERROR_CODE_INPUT_ERROR",
             "status: say which ended runs to retry (Error, Partial or Cancelled)");
        return;
    }
    xs_diag d;
    xs_diag_init(&d);
    int64_t n = 0;
    xs_status rc = xs_engine_retry_matching(c->a->e, c->s, &f, &n, &d);
    if (rc == XS_OK) {
        xs_value o = xs_object_new(1);
        xs_object_set(&o, XS_STR("retried"), xs_int(n));
        xs_http_resp_json(out, 202, o);
        xs_release(o);
    } else {
        run_call_failed(out, rc, &d);
    }
    xs_diag_release(&d);
}

/* POST /runs/{id}/cancel */
static void api_cancel(const call *c, xs_http_resp *out)
{
    xs_diag d;
    xs_diag_init(&d);
    char status[16] = "";
    xs_status rc = xs_engine_cancel(c->a->e, c->s, c->id, status, &d);
    if (rc == XS_OK)
        reply_run_status(out, 200, c->id, status);
    else
        run_call_failed(out, rc, &d);
    xs_diag_release(&d);
}

/* POST /runs {"name": "...", "input": {...}} */
static void api_enqueue(const call *c, xs_http_resp *out)
{
    const xs_http_req *rq = c->rq;
    xs_diag d;
    xs_diag_init(&d);
    xs_value body = xs_null();
    if (!rq->body) {
        fail(out, 400, "ERROR_CODE_BAD_REQUEST",
             "the body must be a JSON object {\"name\": \"...\", \"input\": {...}}");
        goto out;
    }
    if (xs_json_decode(rq->body, rq->body_len, &body, &d) != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        fail(out, 400, "ERROR_CODE_BAD_REQUEST", "Malformed JSON body at line %d, column %d: %s",
             e ? e->line : 0, e ? e->col : 0, e ? e->message : "invalid JSON");
        goto out;
    }
    if (body.type != XS_OBJECT) {
        fail(out, 400, "ERROR_CODE_INPUT_ERROR",
             "the body must be a JSON object {\"name\": \"...\", \"input\": {...}}, got %s",
             xs_value_type_name(body));
        goto out;
    }
    const xs_value *name = xs_object_get(body, XS_STR("name"));
    if (!name || name->type != XS_TEXT || xs_text_len(*name) == 0 ||
        strlen(xs_text_ptr(*name)) != xs_text_len(*name)) {
        fail(out, 400, "ERROR_CODE_INPUT_ERROR",
             "name: the name of a function or task is required");
        goto out;
    }
    const xs_value *in = xs_object_get(body, XS_STR("input"));
    xs_value input = in ? *in : xs_null();
    if (input.type != XS_OBJECT && input.type != XS_NULL) {
        fail(out, 400, "ERROR_CODE_INPUT_ERROR", "input: must be an object, got %s",
             xs_value_type_name(input));
        goto out;
    }
    int64_t id = 0;
    bool dup = false;
    xs_status rc = xs_engine_enqueue_keyed(c->a->e, c->s, xs_text_ptr(*name), input, "api", NULL,
                                           NULL, &id, &dup, &d);
    if (rc == XS_OK)
        reply_run_status(out, 202, id, XS_RUN_QUEUED);
    else
        run_call_failed(out, rc, &d);
out:
    xs_release(body);
    xs_diag_release(&d);
}

/* GET /schedules */
static void api_schedules(const call *c, xs_http_resp *out)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_value items;
    if (xs_engine_schedules(c->a->e, c->s, &items, &d) != XS_OK) {
        store_failed(out, &d);
    } else {
        xs_value o = xs_object_new(1);
        xs_object_set(&o, XS_STR("items"), items);
        xs_http_resp_json(out, 200, o);
        xs_release(o);
    }
    xs_diag_release(&d);
}

/* ---- routing ---- */

/* The calls by path pattern (":id" is one segment, a run id) and method. */
static const struct route {
    const char *pattern;
    const char *method;
    void (*fn)(const call *c, xs_http_resp *out);
} routes[] = {
    {"/health", "GET", api_health},
    {"/runs", "GET", api_list},
    {"/runs", "POST", api_enqueue},
    {"/runs/retry", "POST", api_retry_matching}, /* before /runs/:id */
    {"/runs/:id", "GET", api_run},
    {"/runs/:id/retry", "POST", api_retry},
    {"/runs/:id/cancel", "POST", api_cancel},
    {"/schedules", "GET", api_schedules},
};

/* Whether path fits pattern; *seg gets the text of its ":id" segment. */
static bool match(const char *pattern, const char *path, xs_str *seg)
{
    const char *p = pattern, *q = path;
    while (*p && *q) {
        if (*p == ':') {
            const char *end = strchr(q, '/');
            size_t n = end ? (size_t)(end - q) : strlen(q);
            if (n == 0)
                return false;
            *seg = (xs_str){q, n};
            q += n;
            p = strchr(p, '/');
            if (!p)
                return *q == '\0';
            continue;
        }
        if (*p++ != *q++)
            return false;
    }
    return *p == '\0' && *q == '\0';
}

static bool is_json_type(const char *ct)
{
    static const char want[] = "application/json";
    if (!ct || strncasecmp(ct, want, sizeof want - 1) != 0)
        return false;
    char next = ct[sizeof want - 1];
    return next == '\0' || next == ';' || next == ' ';
}

void xs_app_admin_api(void *arg, const xs_http_req *rq, xs_http_resp *out)
{
    xs_http_app *a = arg;
    if (!xs_app_admin_allowed(a, rq, out))
        return;
    const char *path = rq->path + strlen(API_PREFIX);
    /* "/runs/" is "/runs" */
    char trimmed[256];
    size_t n = strlen(path);
    if (n > 1 && path[n - 1] == '/' && n < sizeof trimmed) {
        memcpy(trimmed, path, n - 1);
        trimmed[n - 1] = '\0';
        path = trimmed;
    }
    const char *method = strcmp(rq->method, "HEAD") == 0 ? "GET" : rq->method;
    const struct route *rt = NULL;
    xs_buf allow;
    xs_buf_init(&allow);
    xs_str seg = {NULL, 0};
    for (size_t i = 0; i < XS_COUNTOF(routes); i++) {
        xs_str sg = {NULL, 0};
        if (!match(routes[i].pattern, path, &sg))
            continue;
        if (strcmp(routes[i].method, method) == 0) {
            rt = &routes[i];
            seg = sg;
            break;
        }
        xs_buf_addf(&allow, "%s%s", allow.len ? ", " : "", routes[i].method);
    }
    if (!rt) {
        if (allow.len) {
            xs_http_resp_error(out, 405, "ERROR_CODE_METHOD_NOT_ALLOWED",
                               "This endpoint does not accept this method.");
            xs_http_resp_header(out, "Allow", xs_buf_cstr(&allow));
        } else {
            xs_http_resp_error(out, 404, "ERROR_CODE_NOT_FOUND", "Unable to locate request.");
        }
        xs_buf_release(&allow);
        return;
    }
    xs_buf_release(&allow);

    call c = {a, rq, xs_app_store(rq), 0};
    if (seg.ptr && !parse_count(seg.ptr, seg.len, &c.id)) {
        fail(out, 400, "ERROR_CODE_INPUT_ERROR", "id: '%.*s' is not a run id (a whole number)",
             seg.len > 64 ? 64 : (int)seg.len, seg.ptr);
        return;
    }
    if (strcmp(rt->method, "POST") == 0 && !is_json_type(xs_http_req_header(rq, "Content-Type"))) {
        xs_http_resp_error(out, 403, "ERROR_CODE_ACCESS_DENIED",
                           "A POST to the admin API needs Content-Type: application/json.");
        return;
    }
    if (!c.s) {
        xs_http_resp_error(out, 503, "ERROR_FATAL",
                           "This server thread has no database connection.");
        return;
    }
    rt->fn(&c, out);
}
