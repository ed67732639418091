/* server.c - query endpoints over libmicrohttpd (see server.h), loaded
 * when the first server starts (base/dynlib.h). */
#include "http/server.h"

#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "base/dynlib.h"
#include "base/map.h"
#include "http/ctx.h"
#include "lib/crypto.h"
#include "value/json.h"

#define MHD_FUNCS(X)                                                                           \
    X(MHD_start_daemon) X(MHD_stop_daemon) X(MHD_quiesce_daemon) X(MHD_get_daemon_info)        \
    X(MHD_create_response_from_buffer_with_free_callback) X(MHD_add_response_header)           \
    X(MHD_queue_response) X(MHD_destroy_response) X(MHD_lookup_connection_value)               \
    X(MHD_get_connection_values) X(MHD_get_connection_info)
static struct {
    MHD_FUNCS(XS_DYN_FIELD)
} mhd;
#define MHD_SYM(f) {#f, &mhd.f},
static const xs_dynsym mhd_syms[] = {MHD_FUNCS(MHD_SYM)};
static xs_dynlib mhd_lib = XS_DYNLIB("libmicrohttpd.so.12", "libmicrohttpd12", mhd_syms);

struct xs_http_server {
    struct MHD_Daemon *daemon;
    const xs_workspace *ws;
    const xs_builtins *builtins;
    const xs_http_routes *routes;
    xs_http_server_opts o;
    pthread_key_t thread_key;
    pthread_mutex_t log_lock;
    uint16_t port;
    /* Requests answered: "route status" -> count, under stats_lock. */
    pthread_mutex_t stats_lock;
    xs_map stats;
};

/* What each server thread keeps: its interpreter and the embedder's data. */
typedef struct thread_state {
    xs_http_server *s;
    xs_interp *in;
    void *data;
} thread_state;

/* One request being received: the body so far. */
typedef struct req {
    xs_buf body;
    bool too_large;
    bool answered; /* a response was queued before the body was read */
    int64_t start_ms;
} req;

/* ---- statuses ---- */

static const struct {
    const char *code;
    int status;
} code_status[] = {
    {"ERROR_CODE_INPUT_ERROR", 400},       {"ERROR_CODE_BAD_REQUEST", 400},
    {"ERROR_CODE_UNAUTHORIZED", 401},      {"ERROR_CODE_ACCESS_DENIED", 403},
    {"ERROR_CODE_NOT_FOUND", 404},         {"ERROR_CODE_METHOD_NOT_ALLOWED", 405},
    {"ERROR_CODE_PAYLOAD_TOO_LARGE", 413}, {"ERROR_CODE_UNSUPPORTED_MEDIA_TYPE", 415},
    {"ERROR_CODE_TOO_MANY_REQUESTS", 429},
};

int xs_http_status_of_code(const char *code)
{
    for (size_t i = 0; code && i < XS_COUNTOF(code_status); i++)
        if (strcmp(code, code_status[i].code) == 0)
            return code_status[i].status;
    return 500;
}

/* ---- responses ---- */

static void free_body(void *p)
{
    xs_free(p);
}

/* Counts the request under route and status for /metrics. */
static void count_request(xs_http_server *s, const char *route, int status)
{
    char key[512];
    int n = snprintf(key, sizeof key, "%d %s", status, route ? route : "unmatched");
    if (n < 0 || (size_t)n >= sizeof key)
        n = snprintf(key, sizeof key, "%d (long route)", status);
    xs_str k = {key, (size_t)n};
    pthread_mutex_lock(&s->stats_lock);
    void *count = NULL;
    xs_map_find(&s->stats, k, &count);
    xs_map_set(&s->stats, k, (void *)((uintptr_t)count + 1), NULL);
    pthread_mutex_unlock(&s->stats_lock);
}

/* Counts the request and writes its access log line. */
static void log_line(xs_http_server *s, const char *method, const char *url, const char *route,
                     int status, const req *r)
{
    count_request(s, route, status);
    if (!s->o.access_log)
        return;
    int64_t ms = r ? xs_clock_mono_ms() - r->start_ms : 0;
    pthread_mutex_lock(&s->log_lock);
    fprintf(s->o.access_log, "%s %s %d %lldms\n", method, url, status, (long long)ms);
    fflush(s->o.access_log);
    pthread_mutex_unlock(&s->log_lock);
}

/* Queues status with body (taken: its bytes become the response's) and
 * the [name, value] pairs of headers (may be null). */
static enum MHD_Result reply(struct MHD_Connection *conn, int status, xs_buf *body,
                             const char *content_type, xs_value headers)
{
    size_t len = 0;
    char *bytes = xs_buf_detach(body, &len);
    struct MHD_Response *resp =
        mhd.MHD_create_response_from_buffer_with_free_callback(len, bytes, free_body);
    if (!resp) {
        xs_free(bytes);
        return MHD_NO;
    }
    bool has_type = false;
    for (size_t i = 0; headers.type == XS_ARRAY && i < xs_array_len(headers); i++) {
        xs_value pair = xs_array_at(headers, i);
        const char *name = xs_text_ptr(xs_array_at(pair, 0));
        if (strcasecmp(name, "Content-Type") == 0)
            has_type = true;
        mhd.MHD_add_response_header(resp, name, xs_text_ptr(xs_array_at(pair, 1)));
    }
    if (!has_type && content_type)
        mhd.MHD_add_response_header(resp, "Content-Type", content_type);
    enum MHD_Result ret = mhd.MHD_queue_response(conn, (unsigned)status, resp);
    mhd.MHD_destroy_response(resp);
    return ret;
}

static const char json_type[] = "application/json; charset=utf-8";

/* Sends Xano's error shape {code, message, payload}. */
static enum MHD_Result send_error(struct MHD_Connection *conn, int status, const char *code,
                                  const char *message, xs_value payload, const char *allow)
{
    xs_value o = xs_object_new(3);
    xs_object_set(&o, XS_STR("code"), xs_text_cstr(code));
    xs_object_set(&o, XS_STR("message"), xs_text_cstr(message));
    xs_object_set(&o, XS_STR("payload"), xs_retain(payload));
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode(o, XS_JSON_COMPACT, &b);
    xs_release(o);
    xs_value hdrs = xs_null();
    if (allow) {
        hdrs = xs_array_new(1);
        xs_value pair = xs_array_new(2);
        xs_array_push(&pair, xs_text_cstr("Allow"));
        xs_array_push(&pair, xs_text_cstr(allow));
        xs_array_push(&hdrs, pair);
    }
    enum MHD_Result ret = reply(conn, status, &b, json_type, hdrs);
    xs_release(hdrs);
    return ret;
}

/* ---- input ---- */

static int hexval(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* Decodes a form component (%XX and '+') into a text. */
static xs_value form_decode(const char *p, size_t n)
{
    xs_buf b;
    xs_buf_init(&b);
    for (size_t i = 0; i < n; i++) {
        if (p[i] == '+') {
            xs_buf_addc(&b, ' ');
        } else if (p[i] == '%' && i + 2 < n && hexval(p[i + 1]) >= 0 && hexval(p[i + 2]) >= 0) {
            xs_buf_addc(&b, (char)(hexval(p[i + 1]) * 16 + hexval(p[i + 2])));
            i += 2;
        } else {
            xs_buf_addc(&b, p[i]);
        }
    }
    xs_value v = xs_text_new(b.ptr ? b.ptr : "", b.len);
    xs_buf_release(&b);
    return v;
}

static void parse_form(const char *p, size_t n, xs_value *into)
{
    size_t i = 0;
    while (i < n) {
        size_t end = i;
        while (end < n && p[end] != '&')
            end++;
        if (end > i) {
            const char *eq = memchr(p + i, '=', end - i);
            size_t klen = eq ? (size_t)(eq - (p + i)) : end - i;
            xs_value k = form_decode(p + i, klen);
            xs_value v = eq ? form_decode(eq + 1, (size_t)(p + end - eq - 1)) : xs_text_cstr("");
            if (xs_text_len(k))
                xs_object_set_text(into, k, v);
            else {
                xs_release(k);
                xs_release(v);
            }
        }
        i = end + 1;
    }
}

static enum MHD_Result each_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                const char *value)
{
    (void)kind;
    xs_value *o = cls;
    if (key && key[0])
        xs_object_set(o, xs_str_of(key), xs_text_cstr(value ? value : ""));
    return MHD_YES;
}

static bool type_is(const char *ct, const char *want)
{
    size_t n = strlen(want);
    return strncasecmp(ct, want, n) == 0 && (ct[n] == '\0' || ct[n] == ';' || ct[n] == ' ');
}

static bool is_json_ct(const char *ct)
{
    size_t n = strcspn(ct, "; ");
    return (n >= 4 && strncasecmp(ct + n - 4, "json", 4) == 0);
}

/* An Idempotency-Key worth passing on: 1 to 255 visible ASCII characters. */
static bool idem_ok(const char *k)
{
    size_t n = 0;
    for (; k[n]; n++)
        if (k[n] <= ' ' || k[n] > '~' || n >= 255)
            return false;
    return n > 0;
}

/* ---- the interpreter of this thread ---- */

static void free_thread_state(void *p)
{
    thread_state *t = p;
    if (t->s->o.on_thread_end)
        t->s->o.on_thread_end(t->data, t->s->o.arg);
    xs_interp_free(t->in);
    xs_free(t);
}

static thread_state *thread_get(xs_http_server *s)
{
    thread_state *t = pthread_getspecific(s->thread_key);
    if (!t) {
        t = xs_calloc(1, sizeof *t);
        t->s = s;
        t->in = xs_interp_new(s->ws, s->builtins);
        if (s->o.on_thread_start)
            t->data = s->o.on_thread_start(t->in, s->o.arg);
        pthread_setspecific(s->thread_key, t);
    }
    return t;
}

/* ---- mounted handlers ---- */

const char *xs_http_req_header(const xs_http_req *r, const char *name)
{
    return mhd.MHD_lookup_connection_value(r->conn_, MHD_HEADER_KIND, name);
}

const char *xs_http_req_arg(const xs_http_req *r, const char *name)
{
    return mhd.MHD_lookup_connection_value(r->conn_, MHD_GET_ARGUMENT_KIND, name);
}

void xs_http_resp_json(xs_http_resp *out, int status, xs_value v)
{
    out->status = status;
    out->content_type = NULL;
    xs_buf_reset(&out->body);
    if (xs_json_encode(v, XS_JSON_COMPACT, &out->body) != XS_OK) {
        xs_buf_reset(&out->body);
        xs_buf_adds(&out->body, "null");
    }
}

void xs_http_resp_error(xs_http_resp *out, int status, const char *code, const char *message)
{
    xs_value o = xs_object_new(3);
    xs_object_set(&o, XS_STR("code"), xs_text_cstr(code));
    xs_object_set(&o, XS_STR("message"), xs_text_cstr(message));
    xs_object_set(&o, XS_STR("payload"), xs_null());
    xs_http_resp_json(out, status, o);
    xs_release(o);
}

void xs_http_resp_header(xs_http_resp *out, const char *name, const char *value)
{
    if (out->headers.type != XS_ARRAY)
        out->headers = xs_array_new(2);
    xs_value pair = xs_array_new(2);
    xs_array_push(&pair, xs_text_cstr(name));
    xs_array_push(&pair, xs_text_cstr(value));
    xs_array_push(&out->headers, pair);
}

static const xs_http_mount *find_mount(const xs_http_server *s, const char *path)
{
    for (size_t i = 0; i < s->o.nmounts; i++) {
        const char *pre = s->o.mounts[i].prefix;
        size_t n = strlen(pre);
        if (strncmp(path, pre, n) == 0 && (path[n] == '\0' || path[n] == '/' || pre[n - 1] == '/'))
            return &s->o.mounts[i];
    }
    return NULL;
}

static bool peer_is_loopback(struct MHD_Connection *conn)
{
    const union MHD_ConnectionInfo *ci =
        mhd.MHD_get_connection_info(conn, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!ci || !ci->client_addr)
        return false;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET) {
        const struct sockaddr_in *a = (const struct sockaddr_in *)(const void *)sa;
        return (ntohl(a->sin_addr.s_addr) >> 24) == 127;
    }
    if (sa->sa_family == AF_INET6) {
        const struct sockaddr_in6 *a = (const struct sockaddr_in6 *)(const void *)sa;
        if (IN6_IS_ADDR_LOOPBACK(&a->sin6_addr))
            return true;
        return IN6_IS_ADDR_V4MAPPED(&a->sin6_addr) && a->sin6_addr.s6_addr[12] == 127;
    }
    return false;
}

static enum MHD_Result serve_mount(xs_http_server *s, const xs_http_mount *m,
                                   struct MHD_Connection *conn, const char *url,
                                   const char *method, req *r)
{
    thread_state *t = thread_get(s);
    xs_http_req rq = {method, url, r->body.len ? r->body.ptr : NULL, r->body.len,
                      peer_is_loopback(conn), t->data, conn};
    xs_http_resp out = {0};
    xs_buf_init(&out.body);
    out.headers = xs_null();
    m->handle(m->arg, &rq, &out);
    int status = out.status ? out.status : 200;
    log_line(s, method, url, m->prefix, status, r);
    enum MHD_Result ret =
        reply(conn, status, &out.body, out.content_type ? out.content_type : json_type,
              out.headers);
    xs_release(out.headers);
    xs_buf_release(&out.body);
    return ret;
}

/* ---- auth ---- */

/* An `auth` endpoint's token: `Authorization: Bearer T`, T made by
 * security.create_auth_token with $env.XSFLOW_AUTH_SECRET for the table
 * the endpoint names, not expired. On success *auth gets $auth (the
 * token's claims); otherwise the 401 (or 500 without a secret) is sent. */
static bool check_auth(xs_http_server *s, struct MHD_Connection *conn, const xs_http_route *rt,
                       xs_value *auth, int *status, enum MHD_Result *ret)
{
    const char *h = mhd.MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Authorization");
    if (!h || strncasecmp(h, "Bearer ", 7) != 0 || !h[7]) {
        *status = 401;
        *ret = send_error(conn, 401, "ERROR_CODE_UNAUTHORIZED",
                          "This endpoint needs an auth token (Authorization: Bearer ...).",
                          xs_null(), NULL);
        return false;
    }
    xs_value secret = xs_workspace_env_value(s->ws, "XSFLOW_AUTH_SECRET");
    if (secret.type != XS_TEXT) {
        xs_release(secret);
        *status = 500;
        *ret = send_error(conn, 500, "ERROR_FATAL",
                          "Auth tokens cannot be checked: XSFLOW_AUTH_SECRET is not set.",
                          xs_null(), NULL);
        return false;
    }
    xs_value claims;
    xs_status st = xs_crypto_auth_token_verify(xs_text_str(secret), xs_str_of(h + 7),
                                               xs_clock_now_ms(), &claims);
    xs_release(secret);
    const xs_value *table = st == XS_OK ? xs_object_get(claims, XS_STR("table")) : NULL;
    if (st != XS_OK || !table || table->type != XS_TEXT ||
        strcmp(xs_text_ptr(*table), rt->auth) != 0) {
        xs_release(claims);
        *status = 401;
        *ret = send_error(conn, 401, "ERROR_CODE_UNAUTHORIZED",
                          "Invalid token: forged, expired, or made for another table.",
                          xs_null(), NULL);
        return false;
    }
    *auth = claims;
    return true;
}

/* ---- one request ---- */

static enum MHD_Result serve(xs_http_server *s, struct MHD_Connection *conn, const char *url,
                             const char *method, req *r)
{
    const xs_http_route *rt = NULL;
    xs_value input = xs_object_new(4);
    xs_value path_params = xs_object_new(0);
    xs_value auth = xs_null(); /* $auth of an `auth` endpoint */
    xs_buf allow;
    xs_buf_init(&allow);
    enum MHD_Result ret;
    int status = 0;
    xs_http_match m = s->routes ? xs_http_routes_match(s->routes, method, url, &rt, &path_params,
                                                       &allow)
                                : XS_HTTP_MATCH_NO_PATH;
    if (m == XS_HTTP_MATCH_NO_PATH) {
        status = 404;
        ret = send_error(conn, status, "ERROR_CODE_NOT_FOUND", "Unable to locate request.",
                         xs_null(), NULL);
        goto out;
    }
    if (m == XS_HTTP_MATCH_NO_METHOD) {
        status = 405;
        ret = send_error(conn, status, "ERROR_CODE_METHOD_NOT_ALLOWED",
                         "This endpoint does not accept this method.", xs_null(),
                         xs_buf_cstr(&allow));
        goto out;
    }

    if (rt->auth && !check_auth(s, conn, rt, &auth, &status, &ret))
        goto out;

    mhd.MHD_get_connection_values(conn, MHD_GET_ARGUMENT_KIND, each_arg, &input);
    if (r->body.len) {
        const char *ct = mhd.MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Type");
        if (!ct)
            ct = "";
        const char *p = r->body.ptr;
        size_t n = r->body.len;
        if (!ct[0] || is_json_ct(ct)) {
            xs_diag d;
            xs_diag_init(&d);
            xs_value body;
            xs_status st = xs_json_decode(p, n, &body, &d);
            if (st != XS_OK) {
                const xs_diag_entry *e = xs_diag_first_error(&d);
                xs_buf msg;
                xs_buf_init(&msg);
                xs_buf_addf(&msg, "Malformed JSON body at line %d, column %d: %s", e ? e->line : 0,
                            e ? e->col : 0, e ? e->message : "invalid JSON");
                xs_diag_release(&d);
                status = 400;
                ret = send_error(conn, status, "ERROR_CODE_BAD_REQUEST", xs_buf_cstr(&msg),
                                 xs_null(), NULL);
                xs_buf_release(&msg);
                goto out;
            }
            xs_diag_release(&d);
            if (body.type != XS_OBJECT) {
                xs_release(body);
                status = 400;
                ret =
                    send_error(conn, status, "ERROR_CODE_BAD_REQUEST",
                               "The JSON body must be an object of input fields.", xs_null(), NULL);
                goto out;
            }
            for (size_t i = 0; i < xs_object_len(body); i++)
                xs_object_set_text(&input, xs_retain(xs_object_key_text_at(body, i)),
                                   xs_retain(xs_object_val_at(body, i)));
            xs_release(body);
        } else if (type_is(ct, "application/x-www-form-urlencoded")) {
            parse_form(p, n, &input);
        } else {
            status = 415;
            ret = send_error(conn, status, "ERROR_CODE_UNSUPPORTED_MEDIA_TYPE",
                             "Send the input as JSON or as a URL-encoded form.", xs_null(), NULL);
            goto out;
        }
    }
    for (size_t i = 0; i < xs_object_len(path_params); i++)
        xs_object_set_text(&input, xs_retain(xs_object_key_text_at(path_params, i)),
                           xs_retain(xs_object_val_at(path_params, i)));

    xs_interp *in = thread_get(s)->in;
    xs_limits lim = xs_workspace_limits(s->ws);
    int64_t rto = s->o.request_timeout_ms;
    if (!lim.max_wall_ms || lim.max_wall_ms > rto)
        lim.max_wall_ms = rto;
    xs_run_opts ro = {&lim, auth, NULL};
    xs_http_ctx hc;
    xs_http_ctx_init(&hc);
    /* A caller's Idempotency-Key carries over to the requests the query
     * makes: a retried call sends the same derived keys downstream. */
    const char *idem = mhd.MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Idempotency-Key");
    if (idem && idem_ok(idem))
        hc.idempotency_prefix = idem;
    xs_http_ctx *prev = xs_http_ctx_install(&hc);
    xs_value resp, err;
    xs_status st = xs_interp_run(in, rt->query, input, &ro, &resp, &err);
    xs_http_ctx_install(prev);
    if (st == XS_OK) {
        status = hc.status ? hc.status : 200;
        xs_buf b;
        xs_buf_init(&b);
        bool raw = false;
        for (size_t i = 0; i < xs_array_len(hc.headers); i++)
            if (strcasecmp(xs_text_ptr(xs_array_at(xs_array_at(hc.headers, i), 0)),
                           "Content-Type") == 0)
                raw = resp.type == XS_TEXT;
        if (raw)
            xs_buf_add(&b, xs_text_ptr(resp), xs_text_len(resp));
        else if (xs_json_encode(resp, XS_JSON_COMPACT, &b) != XS_OK) {
            status = 500;
            xs_buf_reset(&b);
            xs_buf_adds(&b, "null");
        }
        ret = reply(conn, status, &b, json_type, hc.headers);
    } else if (err.type == XS_OBJECT) {
        const xs_value *code = xs_object_get(err, XS_STR("code"));
        const xs_value *msg = xs_object_get(err, XS_STR("message"));
        const xs_value *payload = xs_object_get(err, XS_STR("payload"));
        const char *c = code && code->type == XS_TEXT ? xs_text_ptr(*code) : "ERROR_FATAL";
        status = xs_http_status_of_code(c);
        xs_buf mb;
        xs_buf_init(&mb);
        if (msg && msg->type == XS_TEXT)
            xs_buf_add(&mb, xs_text_ptr(*msg), xs_text_len(*msg));
        else if (msg)
            xs_json_encode(*msg, XS_JSON_COMPACT, &mb);
        ret = send_error(conn, status, c, xs_buf_cstr(&mb), payload ? *payload : xs_null(), NULL);
        xs_buf_release(&mb);
    } else {
        status = 500;
        ret = send_error(conn, status, "ERROR_FATAL", "The request could not be run.", xs_null(),
                         NULL);
    }
    xs_release(resp);
    xs_release(err);
    xs_http_ctx_release(&hc);
out:
    log_line(s, method, url, rt ? rt->path : NULL, status, r);
    xs_release(auth);
    xs_release(input);
    xs_release(path_params);
    xs_buf_release(&allow);
    return ret;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *conn, const char *url,
                                  const char *method, const char *version, const char *upload_data,
                                  size_t *upload_data_size, void **con_cls)
{
    (void)version;
    xs_http_server *s = cls;
    req *r = *con_cls;
    if (!r) {
        r = xs_calloc(1, sizeof *r);
        xs_buf_init(&r->body);
        r->start_ms = xs_clock_mono_ms();
        *con_cls = r;
        /* The head is checked here, where the answer can be JSON; the
         * daemon's memory limit only stops heads far past this one. */
        const union MHD_ConnectionInfo *ci =
            mhd.MHD_get_connection_info(conn, MHD_CONNECTION_INFO_REQUEST_HEADER_SIZE);
        if (ci && ci->header_size > s->o.max_header_bytes) {
            r->too_large = true;
            r->answered = true;
            log_line(s, method, url, NULL, 431, r);
            return send_error(conn, 431, "ERROR_CODE_REQUEST_HEADER_FIELDS_TOO_LARGE",
                              "The request head is larger than the limit.", xs_null(), NULL);
        }
        const char *cl = mhd.MHD_lookup_connection_value(conn, MHD_HEADER_KIND, "Content-Length");
        if (cl) {
            char *end;
            unsigned long long n = strtoull(cl, &end, 10);
            if (n > s->o.max_body_bytes) {
                r->too_large = true;
                r->answered = true;
                log_line(s, method, url, NULL, 413, r);
                return send_error(conn, 413, "ERROR_CODE_PAYLOAD_TOO_LARGE",
                                  "The request body is larger than the limit.", xs_null(), NULL);
            }
        }
        return MHD_YES;
    }
    if (*upload_data_size) {
        if (!r->too_large) {
            if (r->body.len + *upload_data_size > s->o.max_body_bytes) {
                r->too_large = true;
                xs_buf_release(&r->body);
                xs_buf_init(&r->body);
            } else {
                xs_buf_add(&r->body, upload_data, *upload_data_size);
            }
        }
        *upload_data_size = 0;
        return MHD_YES;
    }
    if (r->answered)
        return MHD_YES;
    if (r->too_large) {
        log_line(s, method, url, NULL, 413, r);
        return send_error(conn, 413, "ERROR_CODE_PAYLOAD_TOO_LARGE",
                          "The request body is larger than the limit.", xs_null(), NULL);
    }
    const xs_http_mount *mt = find_mount(s, url);
    if (mt)
        return serve_mount(s, mt, conn, url, method, r);
    return serve(s, conn, url, method, r);
}

static void on_completed(void *cls, struct MHD_Connection *conn, void **con_cls,
                         enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)conn;
    (void)toe;
    req *r = *con_cls;
    if (!r)
        return;
    xs_buf_release(&r->body);
    xs_free(r);
    *con_cls = NULL;
}

static void on_mhd_log(void *cls, const char *fmt, va_list ap)
{
    xs_http_server *s = cls;
    if (!s->o.access_log)
        return;
    pthread_mutex_lock(&s->log_lock);
    fputs("http: ", s->o.access_log);
    vfprintf(s->o.access_log, fmt, ap);
    fflush(s->o.access_log);
    pthread_mutex_unlock(&s->log_lock);
}

/* ---- start and stop ---- */

/* libmicrohttpd reads a connection's head into a memory pool of this size
 * and answers a head that does not fit with its own HTML 431 before
 * on_request runs; heads between the limit and about this size get our
 * JSON 431 from on_request. The pool is not larger because libmicrohttpd
 * zeroes all of it after every request on a kept-alive connection: 80 KiB
 * instead of 32 KiB cost about a quarter of a trivial handler's rate. */
static size_t head_pool_bytes(size_t max_header_bytes)
{
    return max_header_bytes + 16384;
}

xs_http_server *xs_http_server_start(const xs_workspace *ws, const xs_builtins *b,
                                     const xs_http_routes *routes, const xs_http_server_opts *opts,
                                     xs_diag *d)
{
    if (!xs_dynlib_load(&mhd_lib)) {
        xs_diag_error(d, XS_E_IO, NULL, 0, 0, "no HTTP server: %s", xs_dynlib_error(&mhd_lib));
        return NULL;
    }
    xs_http_server *s = xs_calloc(1, sizeof *s);
    if (opts)
        s->o = *opts;
    if (!s->o.host)
        s->o.host = "127.0.0.1";
    if (!s->o.threads) {
        long n = sysconf(_SC_NPROCESSORS_ONLN);
        s->o.threads = n > 0 ? (unsigned)n : 1;
    }
    if (!s->o.max_connections)
        s->o.max_connections = 1024;
    if (!s->o.max_body_bytes)
        s->o.max_body_bytes = 8u << 20;
    if (!s->o.max_header_bytes)
        s->o.max_header_bytes = 16u << 10;
    if (!s->o.idle_timeout_s)
        s->o.idle_timeout_s = 30;
    if (!s->o.request_timeout_ms)
        s->o.request_timeout_ms = 30000;
    s->ws = ws;
    s->builtins = b;
    s->routes = routes;

    struct sockaddr_in6 a6;
    struct sockaddr_in a4;
    struct sockaddr *sa;
    /* ITC lets the daemon be quiesced (a reload takes its socket over). */
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG | MHD_USE_ITC;
    memset(&a4, 0, sizeof a4);
    memset(&a6, 0, sizeof a6);
    if (inet_pton(AF_INET, s->o.host, &a4.sin_addr) == 1) {
        a4.sin_family = AF_INET;
        a4.sin_port = htons(s->o.port);
        sa = (struct sockaddr *)&a4;
    } else if (inet_pton(AF_INET6, s->o.host, &a6.sin6_addr) == 1) {
        a6.sin6_family = AF_INET6;
        a6.sin6_port = htons(s->o.port);
        sa = (struct sockaddr *)&a6;
        flags |= MHD_USE_IPv6;
    } else {
        xs_diag_error(d, XS_E_USAGE, NULL, 0, 0,
                      "cannot listen on '%s': not a numeric IPv4 or IPv6 address", s->o.host);
        xs_free(s);
        return NULL;
    }
    flags |= MHD_USE_EPOLL;
    pthread_key_create(&s->thread_key, free_thread_state);
    pthread_mutex_init(&s->log_lock, NULL);
    pthread_mutex_init(&s->stats_lock, NULL);
    xs_map_init(&s->stats);
    /* Where to listen: the address, or a socket a reload handed over. */
    struct MHD_OptionItem where[2] = {{MHD_OPTION_SOCK_ADDR, 0, sa}, {MHD_OPTION_END, 0, NULL}};
    if (s->o.listen_fd > 0)
        where[0] = (struct MHD_OptionItem){MHD_OPTION_LISTEN_SOCKET, s->o.listen_fd, NULL};
    s->daemon = mhd.MHD_start_daemon(
        flags, 0, NULL, NULL, on_request, s, MHD_OPTION_ARRAY, where, MHD_OPTION_THREAD_POOL_SIZE,
        (unsigned)s->o.threads, MHD_OPTION_CONNECTION_LIMIT, (unsigned)s->o.max_connections,
        MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)s->o.idle_timeout_s,
        MHD_OPTION_CONNECTION_MEMORY_LIMIT, head_pool_bytes(s->o.max_header_bytes),
        MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_EXTERNAL_LOGGER, on_mhd_log, s,
        MHD_OPTION_END);
    if (!s->daemon) {
        xs_diag_error(d, XS_E_IO, NULL, 0, 0, "cannot listen on %s:%u: %s", s->o.host,
                      (unsigned)s->o.port, "address in use or not available");
        pthread_key_delete(s->thread_key);
        pthread_mutex_destroy(&s->log_lock);
        pthread_mutex_destroy(&s->stats_lock);
        xs_map_release(&s->stats);
        xs_free(s);
        return NULL;
    }
    const union MHD_DaemonInfo *info = mhd.MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = info ? info->port : s->o.port;
    return s;
}

/* Connections accepted before a quiesce: how long they get to end. */
enum { QUIESCE_WAIT_MS = 5000 };

int xs_http_server_quiesce(xs_http_server *s)
{
    MHD_socket fd = mhd.MHD_quiesce_daemon(s->daemon);
    /* A connection accepted just before may not have sent its request
     * yet: stopping the daemon now would close it unanswered (an empty
     * reply to the client). Wait for the open connections to end. */
    for (int waited = 0; waited < QUIESCE_WAIT_MS; waited++) {
        const union MHD_DaemonInfo *info =
            mhd.MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_CURRENT_CONNECTIONS);
        if (!info || info->num_connections == 0)
            break;
        nanosleep(&(struct timespec){0, 1000000L}, NULL);
    }
    return fd == MHD_INVALID_SOCKET ? -1 : (int)fd;
}

uint16_t xs_http_server_port(const xs_http_server *s)
{
    return s->port;
}

void xs_http_server_stop(xs_http_server *s)
{
    if (!s)
        return;
    mhd.MHD_stop_daemon(s->daemon); /* joins the pool threads: their interpreters are freed */
    pthread_key_delete(s->thread_key);
    pthread_mutex_destroy(&s->log_lock);
    pthread_mutex_destroy(&s->stats_lock);
    xs_map_release(&s->stats);
    xs_free(s);
}

/* Prometheus label values escape backslash, quote and newline. */
static void add_label(xs_buf *out, const char *v)
{
    for (; *v; v++) {
        if (*v == '\\' || *v == '"')
            xs_buf_addc(out, '\\');
        if (*v == '\n')
            xs_buf_adds(out, "\\n");
        else
            xs_buf_addc(out, *v);
    }
}

void xs_http_server_metrics(xs_http_server *s, const char *listener, xs_buf *out)
{
    pthread_mutex_lock(&s->stats_lock);
    size_t it = 0;
    xs_str k;
    void *v;
    while (xs_map_next(&s->stats, &it, &k, &v)) {
        const char *sp = strchr(k.ptr, ' ');
        xs_buf_adds(out, "xsflow_http_requests_total{");
        if (listener) {
            xs_buf_adds(out, "listener=\"");
            add_label(out, listener);
            xs_buf_adds(out, "\",");
        }
        xs_buf_adds(out, "route=\"");
        add_label(out, sp + 1);
        xs_buf_addf(out, "\",status=\"%.*s\"} %llu\n", (int)(sp - k.ptr), k.ptr,
                    (unsigned long long)(uintptr_t)v);
    }
    pthread_mutex_unlock(&s->stats_lock);
}
