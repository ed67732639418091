/*
 * stmts_api.c - HTTP statements: `api.request` (an outgoing request over
 * http/client) and `util.set_header` (a header or status of the reply the
 * HTTP server is building, see http/ctx.h).
 *
 * api.request's result has Xano's shape:
 *   { request:  {url, method, headers, params},
 *     response: {headers, result, status} }
 * response.result is the body decoded from JSON when the content type says
 * JSON (the raw text when it does not decode), else the text. An HTTP
 * error status is a response, not an error; a request that gets no
 * response (refused, timed out, too large) raises a catchable error that
 * names the URL with its credentials masked.
 */
#include <strings.h>

#include "base/alloc.h"
#include "base/fiber.h"
#include "http/client.h"
#include "http/ctx.h"
#include "lib/lib_ext.h"
#include "lib/lib_int.h"
#include "value/json.h"

/* ---- api.request ---- */

static bool method_has_query(const char *m)
{
    return strcmp(m, "GET") == 0 || strcmp(m, "HEAD") == 0 || strcmp(m, "DELETE") == 0;
}

static bool has_header(xs_value lines, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < xs_array_len(lines); i++) {
        xs_value l = xs_array_at(lines, i);
        if (xs_text_len(l) > n && strncasecmp(xs_text_ptr(l), name, n) == 0 &&
            xs_text_ptr(l)[n] == ':')
            return true;
    }
    return false;
}

/* The value of header name among lines ("" when absent), borrowed. */
static const char *header_value(xs_value lines, const char *name)
{
    size_t n = strlen(name);
    for (size_t i = 0; i < xs_array_len(lines); i++) {
        xs_value l = xs_array_at(lines, i);
        const char *p = xs_text_ptr(l);
        if (xs_text_len(l) > n && strncasecmp(p, name, n) == 0 && p[n] == ':') {
            p += n + 1;
            while (*p == ' ')
                p++;
            return p;
        }
    }
    return "";
}

/* Reads the headers attribute: an array of "Name: value" lines or an object
 * {name: value}. *out is ours: an array of texts. */
static xs_status read_headers(xs_call *c, xs_value h, xs_value *out)
{
    *out = xs_array_new(0);
    if (h.type == XS_NULL)
        return XS_OK;
    size_t n = h.type == XS_OBJECT ? xs_object_len(h) : h.type == XS_ARRAY ? xs_array_len(h) : 0;
    if (h.type != XS_OBJECT && h.type != XS_ARRAY) {
        xs_clear(out);
        return xs_lib_fail(c, "headers must be an array of \"Name: value\" texts, got %s",
                           xs_value_type_name(h));
    }
    for (size_t i = 0; i < n; i++) {
        xs_buf line;
        xs_buf_init(&line);
        if (h.type == XS_OBJECT) {
            xs_str k = xs_object_key_at(h, i);
            xs_buf_add(&line, k.ptr, k.len);
            xs_buf_adds(&line, ": ");
            xs_lib_text_add(xs_object_val_at(h, i), &line);
        } else {
            xs_value v = xs_array_at(h, i);
            if (v.type != XS_TEXT) {
                xs_buf_release(&line);
                xs_clear(out);
                return xs_lib_fail(c, "headers[%zu] must be a \"Name: value\" text, got %s", i,
                                   xs_value_type_name(v));
            }
            xs_buf_add(&line, xs_text_ptr(v), xs_text_len(v));
        }
        const char *p = line.ptr ? line.ptr : "";
        const char *colon = memchr(p, ':', line.len);
        if (!colon || colon == p || memchr(p, '\n', line.len) || memchr(p, '\r', line.len) ||
            memchr(p, '\0', line.len)) {
            xs_status st = xs_lib_fail(c, "header '%.60s' is not a single \"Name: value\" line", p);
            xs_buf_release(&line);
            xs_clear(out);
            return st;
        }
        xs_array_push(out, xs_text_from_buf(&line));
        xs_buf_release(&line);
    }
    return XS_OK;
}

/* Seconds (int or decimal) to milliseconds; 0 for "default". */
static xs_status read_timeout(xs_call *c, xs_value v, int64_t *ms)
{
    *ms = 0;
    if (v.type == XS_NULL)
        return XS_OK;
    xs_value num;
    if (!xs_lib_to_num(v, &num) || xs_lib_dbl(num) < 0)
        return xs_lib_fail(c, "timeout must be a number of seconds, got %s", xs_value_type_name(v));
    double s = xs_lib_dbl(num);
    if (s > 86400)
        s = 86400;
    *ms = (int64_t)(s * 1000.0);
    if (s > 0 && *ms == 0)
        *ms = 1;
    return XS_OK;
}

static bool read_flag(xs_value attrs, const char *name, bool def)
{
    xs_value v = xs_lib_attr(attrs, name);
    return v.type == XS_NULL ? def : xs_value_truthy(v);
}

/* A non-empty text attribute as a C string (borrowed); NULL otherwise. */
static const char *pem_attr(xs_value attrs, const char *name)
{
    xs_value v = xs_lib_attr(attrs, name);
    if (v.type != XS_TEXT || xs_text_len(v) == 0 || strlen(xs_text_ptr(v)) != xs_text_len(v))
        return NULL;
    return xs_text_ptr(v);
}

static bool is_json_type(const char *ct)
{
    if (!ct)
        return false;
    size_t n = strcspn(ct, ";");
    for (size_t i = 0; i + 4 <= n; i++)
        if (strncasecmp(ct + i, "json", 4) == 0)
            return true;
    return false;
}

static xs_value decode_body(const xs_http_response *rs)
{
    const char *p = rs->body.ptr ? rs->body.ptr : "";
    size_t n = rs->body.len;
    if (is_json_type(rs->content_type)) {
        if (n == 0)
            return xs_null();
        xs_diag d;
        xs_diag_init(&d);
        xs_value v;
        xs_status st = xs_json_decode(p, n, &v, &d);
        xs_diag_release(&d);
        if (st == XS_OK)
            return v;
    }
    return xs_text_new(p, n);
}
/* An exchange as one blocking call (base/fiber.h): it may run on another
 * thread, which makes nothing but the response's texts and buffers
 * (values with no shared part; no object crosses). */
typedef struct http_call {
    const xs_http_request *rq;
    xs_http_response *rs;
    xs_buf *err;
    xs_status st;
} http_call;

static void http_call_run(void *arg)
{
    http_call *c = arg;
    c->st = xs_http_client_do(c->rq, c->rs, c->err);
}


static xs_status s_api_request(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                               xs_value *result)
{
    (void)target;
    (void)arg;
    xs_value url = xs_lib_attr(attrs, "url");
    if (url.type != XS_TEXT || xs_text_len(url) == 0)
        return xs_lib_fail(c, "url must be a text, got %s", xs_value_type_name(url));
    const char *u = xs_text_ptr(url);
    if (strncasecmp(u, "http://", 7) != 0 && strncasecmp(u, "https://", 8) != 0)
        return xs_lib_fail(c, "url '%.80s' must start with http:// or https://", u);
    if (strlen(u) != xs_text_len(url) || strpbrk(u, " \r\n\t"))
        return xs_lib_fail(c, "url '%.80s' holds spaces or control characters", u);

    xs_value mv = xs_lib_attr(attrs, "method");
    char method[16] = "GET";
    if (mv.type == XS_TEXT && xs_text_len(mv) > 0) {
        if (xs_text_len(mv) >= sizeof method)
            return xs_lib_fail(c, "unknown method '%.20s'", xs_text_ptr(mv));
        for (size_t i = 0; i <= xs_text_len(mv); i++) {
            char ch = xs_text_ptr(mv)[i];
            if (ch && !((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z')))
                return xs_lib_fail(c, "unknown method '%.20s'", xs_text_ptr(mv));
            method[i] = (char)(ch >= 'a' && ch <= 'z' ? ch - 32 : ch);
        }
    } else if (mv.type != XS_NULL) {
        return xs_lib_fail(c, "method must be a text, got %s", xs_value_type_name(mv));
    }

    int64_t timeout_ms;
    xs_status st = read_timeout(c, xs_lib_attr(attrs, "timeout"), &timeout_ms);
    if (st != XS_OK)
        return st;
    xs_value lines;
    if ((st = read_headers(c, xs_lib_attr(attrs, "headers"), &lines)) != XS_OK)
        return st;

    xs_value params = xs_lib_attr(attrs, "params");
    xs_buf full_url, body;
    xs_buf_init(&full_url);
    xs_buf_init(&body);
    xs_buf_adds(&full_url, u);
    bool has_body = false;
    if (params.type == XS_OBJECT || params.type == XS_ARRAY) {
        if (method_has_query(method)) {
            xs_buf q;
            xs_buf_init(&q);
            xs_http_form_encode(params, &q);
            if (q.len) {
                xs_buf_addc(&full_url, strchr(u, '?') ? '&' : '?');
                xs_buf_add(&full_url, q.ptr, q.len);
            }
            xs_buf_release(&q);
        } else {
            const char *ct = header_value(lines, "Content-Type");
            if (strncasecmp(ct, "multipart/", 10) == 0) {
                st = xs_lib_fail(c, "multipart bodies are not supported; send JSON or a form");
                goto out;
            }
            if (strncasecmp(ct, "application/x-www-form-urlencoded", 33) == 0) {
                xs_http_form_encode(params, &body);
            } else {
                if (!ct[0])
                    xs_array_push(&lines, xs_text_cstr("Content-Type: application/json"));
                if (xs_json_encode(params, XS_JSON_COMPACT, &body) != XS_OK) {
                    st = xs_lib_fail(c, "params nest too deeply to encode");
                    goto out;
                }
            }
            has_body = true;
        }
    } else if (params.type != XS_NULL) {
        /* A text (or a scalar) is sent as it is: a raw body. */
        xs_lib_text_add(params, &body);
        has_body = true;
    }

    xs_http_ctx *hc = xs_http_ctx_current();
    if (hc && (hc->next_idempotency_key || hc->idempotency_prefix)) {
        const char *once = hc->next_idempotency_key;
        hc->next_idempotency_key = NULL;
        hc->request_seq++;
        if (!has_header(lines, "Idempotency-Key")) {
            xs_buf k;
            xs_buf_init(&k);
            if (once)
                xs_buf_addf(&k, "Idempotency-Key: %s", once);
            else
                xs_buf_addf(&k, "Idempotency-Key: %s:%u", hc->idempotency_prefix, hc->request_seq);
            xs_array_push(&lines, xs_text_from_buf(&k));
            xs_buf_release(&k);
        }
    }

    size_t nh = xs_array_len(lines);
    const char **hv = xs_calloc(nh ? nh : 1, sizeof *hv);
    for (size_t i = 0; i < nh; i++)
        hv[i] = xs_text_ptr(xs_array_at(lines, i));
    xs_http_request rq;
    xs_http_request_init(&rq, xs_buf_cstr(&full_url));
    rq.method = method;
    rq.headers = hv;
    rq.nheaders = nh;
    rq.timeout_ms = timeout_ms;
    rq.follow_redirects = read_flag(attrs, "follow_location", true);
    rq.verify_tls = read_flag(attrs, "verify_host", true) && read_flag(attrs, "verify_peer", true);
    rq.ca_pem = pem_attr(attrs, "ca_certificate");
    rq.cert_pem = pem_attr(attrs, "certificate");
    rq.key_pem = pem_attr(attrs, "private_key");
    rq.key_pass = pem_attr(attrs, "private_key_pass");
    if (!rq.key_pass)
        rq.key_pass = pem_attr(attrs, "certificate_pass");
    if (has_body) {
        rq.body = body.ptr ? body.ptr : "";
        rq.body_len = body.len;
    }
    xs_http_response rs;
    xs_http_response_init(&rs);
    xs_buf err;
    xs_buf_init(&err);
    http_call call = {&rq, &rs, &err, XS_OK};
    xs_blocking(http_call_run, &call); /* a carried run's siblings go on meanwhile */
    st = call.st;
    xs_free(hv);
    if (st != XS_OK) {
        st = xs_lib_fail(c, "%s", xs_buf_cstr(&err));
        xs_buf_release(&err);
        xs_http_response_release(&rs);
        goto out;
    }
    xs_buf_release(&err);

    xs_value req = xs_object_new(4);
    xs_object_set(&req, XS_STR("url"), xs_text_new(full_url.ptr, full_url.len));
    xs_object_set(&req, XS_STR("method"), xs_text_cstr(method));
    xs_object_set(&req, XS_STR("headers"), xs_retain(lines));
    xs_object_set(&req, XS_STR("params"), xs_retain(params));
    xs_value resp = xs_object_new(3);
    xs_object_set(&resp, XS_STR("headers"), xs_retain(rs.headers));
    xs_object_set(&resp, XS_STR("result"), decode_body(&rs));
    xs_object_set(&resp, XS_STR("status"), xs_int(rs.status));
    xs_value out = xs_object_new(2);
    xs_object_set(&out, XS_STR("request"), req);
    xs_object_set(&out, XS_STR("response"), resp);
    *result = out;
    xs_http_response_release(&rs);
out:
    xs_release(lines);
    xs_buf_release(&full_url);
    xs_buf_release(&body);
    return st;
}

/* ---- util.set_header ---- */

static xs_status s_set_header(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                              xs_value *result)
{
    (void)target;
    (void)arg;
    (void)result;
    xs_value v = xs_lib_attr(attrs, "value");
    if (v.type != XS_TEXT)
        return xs_lib_fail(c, "value must be a \"Name: value\" text, got %s",
                           xs_value_type_name(v));
    xs_value dup = xs_lib_attr(attrs, "duplicates");
    bool replace = true;
    if (dup.type == XS_TEXT) {
        if (strcmp(xs_text_ptr(dup), "append") == 0)
            replace = false;
        else if (strcmp(xs_text_ptr(dup), "replace") != 0)
            return xs_lib_fail(c, "duplicates must be \"replace\" or \"append\", got '%.20s'",
                               xs_text_ptr(dup));
    }
    xs_http_ctx *hc = xs_http_ctx_current();
    if (!hc)
        return XS_OK; /* not serving a request: nothing to set */
    if (!xs_http_ctx_set_header(hc, xs_text_str(v), replace))
        return xs_lib_fail(c, "'%.60s' is not a \"Name: value\" header line", xs_text_ptr(v));
    return XS_OK;
}

static const xs_stmt_def stmts[] = {
    {"api.request", 0, s_api_request,
     "sends an HTTP request (url, method, params, headers, timeout in seconds, "
     "follow_location, verify_host/verify_peer, ca_certificate, certificate, private_key); "
     "gives {request, response: {headers, result, status}}"},
    {"util.set_header", 0, s_set_header,
     "adds a header (\"Name: value\") to the HTTP reply; duplicates = \"replace\" or "
     "\"append\"; \"Status: 201\" sets the status"},
};

const xs_builtin_family xs_lib_stmts_api = {"api statements", NULL, 0, stmts, XS_COUNTOF(stmts)};
