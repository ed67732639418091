/* client.c - outgoing HTTP over libcurl (see client.h), loaded on the
 * first request (base/dynlib.h). */
#include "http/client.h"

/* curl.h's type-checking wrapper macros would call the functions by name,
 * which are not linked: calls go through the pointers below. */
#define CURL_DISABLE_TYPECHECK 1
#include <curl/curl.h>
#include <pthread.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/dynlib.h"

#define CURL_FUNCS(X)                                                                          \
    X(curl_global_init) X(curl_easy_init) X(curl_easy_reset) X(curl_easy_cleanup)              \
    X(curl_easy_setopt) X(curl_easy_perform) X(curl_easy_getinfo) X(curl_easy_strerror)        \
    X(curl_slist_append) X(curl_slist_free_all)
static struct {
    CURL_FUNCS(XS_DYN_FIELD)
} curl;
#define CURL_SYM(f) {#f, &curl.f},
static const xs_dynsym curl_syms[] = {CURL_FUNCS(CURL_SYM)};
static xs_dynlib curl_lib = XS_DYNLIB("libcurl.so.4", "libcurl4", curl_syms);

/* ---- per-thread handle ---- */

static pthread_once_t global_once = PTHREAD_ONCE_INIT;
static pthread_key_t handle_key;
static _Thread_local CURL *tl_easy;

static void free_handle(void *p)
{
    if (p)
        curl.curl_easy_cleanup(p);
}

static void global_init(void)
{
    curl.curl_global_init(CURL_GLOBAL_DEFAULT);
    pthread_key_create(&handle_key, free_handle);
}

static CURL *thread_handle(void)
{
    pthread_once(&global_once, global_init);
    if (!tl_easy) {
        tl_easy = curl.curl_easy_init();
        if (!tl_easy)
            xs_oom();
        pthread_setspecific(handle_key, tl_easy);
    } else {
        curl.curl_easy_reset(tl_easy); /* options only: the connection cache stays */
    }
    return tl_easy;
}

void xs_http_client_thread_end(void)
{
    if (!tl_easy)
        return;
    pthread_setspecific(handle_key, NULL);
    curl.curl_easy_cleanup(tl_easy);
    tl_easy = NULL;
}

/* ---- requests and responses ---- */

void xs_http_request_init(xs_http_request *rq, const char *url)
{
    memset(rq, 0, sizeof *rq);
    rq->url = url;
    rq->method = "GET";
    rq->follow_redirects = true;
    rq->verify_tls = true;
}

void xs_http_response_init(xs_http_response *rs)
{
    memset(rs, 0, sizeof *rs);
    rs->headers = xs_array_new(0);
    xs_buf_init(&rs->body);
}

void xs_http_response_release(xs_http_response *rs)
{
    xs_clear(&rs->headers);
    xs_buf_release(&rs->body);
    xs_free(rs->content_type);
    xs_free(rs->final_url);
    rs->content_type = rs->final_url = NULL;
}

typedef struct sink {
    xs_http_response *rs;
    size_t max;
    bool too_large;
} sink;

static size_t on_body(char *p, size_t size, size_t n, void *arg)
{
    sink *s = arg;
    size_t len = size * n;
    if (s->rs->body.len + len > s->max) {
        s->too_large = true;
        return 0; /* aborts the transfer */
    }
    xs_buf_add(&s->rs->body, p, len);
    return len;
}

static size_t on_header(char *p, size_t size, size_t n, void *arg)
{
    sink *s = arg;
    size_t len = size * n;
    size_t l = len;
    while (l && (p[l - 1] == '\r' || p[l - 1] == '\n'))
        l--;
    if (l == 0)
        return len;
    /* A new status line starts a new header block (after a redirect or a
     * 100 Continue): only the final response's headers are kept. */
    if (l > 5 && strncmp(p, "HTTP/", 5) == 0) {
        xs_release(s->rs->headers);
        s->rs->headers = xs_array_new(8);
    }
    if (xs_array_len(s->rs->headers) < 1000)
        xs_array_push(&s->rs->headers, xs_text_new(p, l));
    return len;
}

static bool is_method(const char *m, const char *want)
{
    return strcasecmp(m, want) == 0;
}

xs_status xs_http_client_do(const xs_http_request *rq, xs_http_response *rs, xs_buf *err)
{
    const char *method = rq->method && rq->method[0] ? rq->method : "GET";
    if (!xs_dynlib_load(&curl_lib)) {
        xs_buf_addf(err, "%s ", method);
        xs_http_mask_url(rq->url, err);
        xs_buf_addf(err, ": no HTTP client: %s", xs_dynlib_error(&curl_lib));
        return XS_E_HTTP;
    }
    CURL *h = thread_handle();
    char errbuf[CURL_ERROR_SIZE];
    errbuf[0] = '\0';
    sink s = {rs, rq->max_response_bytes ? rq->max_response_bytes : XS_HTTP_DEFAULT_MAX_RESPONSE,
              false};
    int64_t timeout = rq->timeout_ms > 0 ? rq->timeout_ms : XS_HTTP_DEFAULT_TIMEOUT_MS;

    struct curl_slist *hl = NULL;
    for (size_t i = 0; i < rq->nheaders; i++) {
        struct curl_slist *t = curl.curl_slist_append(hl, rq->headers[i]);
        if (!t)
            xs_oom();
        hl = t;
    }
    /* No "Expect: 100-continue" round trip before a large body. */
    struct curl_slist *t = curl.curl_slist_append(hl, "Expect:");
    if (!t)
        xs_oom();
    hl = t;

    curl.curl_easy_setopt(h, CURLOPT_URL, rq->url);
    curl.curl_easy_setopt(h, CURLOPT_PROTOCOLS_STR, "http,https");
    curl.curl_easy_setopt(h, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
    curl.curl_easy_setopt(h, CURLOPT_NOSIGNAL, 1L);
    curl.curl_easy_setopt(h, CURLOPT_TIMEOUT_MS, (long)timeout);
    curl.curl_easy_setopt(h, CURLOPT_CONNECTTIMEOUT_MS, (long)timeout);
    curl.curl_easy_setopt(h, CURLOPT_FOLLOWLOCATION, rq->follow_redirects ? 1L : 0L);
    curl.curl_easy_setopt(h, CURLOPT_MAXREDIRS, (long)XS_HTTP_MAX_REDIRECTS);
    curl.curl_easy_setopt(h, CURLOPT_SSL_VERIFYPEER, rq->verify_tls ? 1L : 0L);
    curl.curl_easy_setopt(h, CURLOPT_SSL_VERIFYHOST, rq->verify_tls ? 2L : 0L);
    curl.curl_easy_setopt(h, CURLOPT_ACCEPT_ENCODING, "");
    curl.curl_easy_setopt(h, CURLOPT_USERAGENT, "xsflow");
    curl.curl_easy_setopt(h, CURLOPT_ERRORBUFFER, errbuf);
    curl.curl_easy_setopt(h, CURLOPT_HTTPHEADER, hl);
    curl.curl_easy_setopt(h, CURLOPT_WRITEFUNCTION, on_body);
    curl.curl_easy_setopt(h, CURLOPT_WRITEDATA, &s);
    curl.curl_easy_setopt(h, CURLOPT_HEADERFUNCTION, on_header);
    curl.curl_easy_setopt(h, CURLOPT_HEADERDATA, &s);
    if (rq->ca_pem) {
        struct curl_blob b = {(void *)rq->ca_pem, strlen(rq->ca_pem), CURL_BLOB_COPY};
        curl.curl_easy_setopt(h, CURLOPT_CAINFO_BLOB, &b);
    }
    if (rq->cert_pem) {
        struct curl_blob b = {(void *)rq->cert_pem, strlen(rq->cert_pem), CURL_BLOB_COPY};
        curl.curl_easy_setopt(h, CURLOPT_SSLCERT_BLOB, &b);
        curl.curl_easy_setopt(h, CURLOPT_SSLCERTTYPE, "PEM");
    }
    if (rq->key_pem) {
        struct curl_blob b = {(void *)rq->key_pem, strlen(rq->key_pem), CURL_BLOB_COPY};
        curl.curl_easy_setopt(h, CURLOPT_SSLKEY_BLOB, &b);
        curl.curl_easy_setopt(h, CURLOPT_SSLKEYTYPE, "PEM");
    }
    if (rq->key_pass)
        curl.curl_easy_setopt(h, CURLOPT_KEYPASSWD, rq->key_pass);
    if (is_method(method, "HEAD")) {
        curl.curl_easy_setopt(h, CURLOPT_NOBODY, 1L);
    } else {
        if (rq->body) {
            curl.curl_easy_setopt(h, CURLOPT_POSTFIELDSIZE_LARGE, (curl_off_t)rq->body_len);
            curl.curl_easy_setopt(h, CURLOPT_POSTFIELDS, rq->body);
        }
        if (!is_method(method, rq->body ? "POST" : "GET"))
            curl.curl_easy_setopt(h, CURLOPT_CUSTOMREQUEST, method);
    }

    CURLcode cc = curl.curl_easy_perform(h);
    curl.curl_slist_free_all(hl);
    curl.curl_easy_setopt(h, CURLOPT_HTTPHEADER, NULL);
    curl.curl_easy_setopt(h, CURLOPT_ERRORBUFFER, NULL);

    xs_status st = XS_OK;
    if (cc != CURLE_OK) {
        xs_buf_addf(err, "%s ", method);
        xs_http_mask_url(rq->url, err);
        if (s.too_large) {
            xs_buf_addf(err, ": response larger than %zu bytes", s.max);
            st = XS_E_LIMIT;
        } else {
            xs_buf_addf(err, ": %s", errbuf[0] ? errbuf : curl.curl_easy_strerror(cc));
            st = XS_E_HTTP;
        }
        xs_buf_reset(&rs->body);
        return st;
    }
    long code = 0;
    curl.curl_easy_getinfo(h, CURLINFO_RESPONSE_CODE, &code);
    rs->status = code;
    char *ct = NULL;
    if (curl.curl_easy_getinfo(h, CURLINFO_CONTENT_TYPE, &ct) == CURLE_OK && ct)
        rs->content_type = xs_strdup(ct);
    char *eff = NULL;
    if (curl.curl_easy_getinfo(h, CURLINFO_EFFECTIVE_URL, &eff) == CURLE_OK && eff)
        rs->final_url = xs_strdup(eff);
    return XS_OK;
}

/* ---- URL helpers ---- */

static bool secret_name(const char *p, size_t n)
{
    static const char *const words[] = {"key",    "token",      "secret", "password",
                                        "passwd", "pwd",        "auth",   "signature",
                                        "sig",    "credential", "apikey", "session"};
    char low[64];
    if (n >= sizeof low)
        n = sizeof low - 1;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)((p[i] >= 'A' && p[i] <= 'Z') ? p[i] + 32 : p[i]);
    low[n] = '\0';
    for (size_t i = 0; i < XS_COUNTOF(words); i++)
        if (strstr(low, words[i]))
            return true;
    return false;
}

xs_status xs_http_client_post_json(const char *url, const char *body, size_t len,
                                   int64_t timeout_ms, long *status, xs_buf *err)
{
    static const char *const headers[] = {"Content-Type: application/json"};
    xs_http_request rq;
    xs_http_request_init(&rq, url);
    rq.method = "POST";
    rq.headers = headers;
    rq.nheaders = XS_COUNTOF(headers);
    rq.body = body;
    rq.body_len = len;
    rq.timeout_ms = timeout_ms;
    rq.follow_redirects = false;
    rq.max_response_bytes = 64 * 1024;
    xs_http_response rs;
    xs_http_response_init(&rs);
    xs_buf why;
    xs_buf_init(&why);
    xs_status rc = xs_http_client_do(&rq, &rs, &why);
    *status = rc == XS_OK ? rs.status : 0;
    if (rc != XS_OK) {
        /* the reason follows "POST <url>: " */
        xs_buf prefix;
        xs_buf_init(&prefix);
        xs_buf_adds(&prefix, "POST ");
        xs_http_mask_url(url, &prefix);
        xs_buf_adds(&prefix, ": ");
        const char *w = xs_buf_cstr(&why);
        if (why.len >= prefix.len && memcmp(w, prefix.ptr, prefix.len) == 0)
            xs_buf_adds(err, w + prefix.len);
        else
            xs_buf_adds(err, "the request failed");
        xs_buf_release(&prefix);
    }
    xs_buf_release(&why);
    xs_http_response_release(&rs);
    return rc;
}

void xs_http_mask_url(const char *url, xs_buf *out)
{
    const char *p = url;
    const char *scheme = strstr(p, "://");
    if (scheme) {
        const char *auth = scheme + 3;
        size_t alen = strcspn(auth, "/?#");
        const char *at = memchr(auth, '@', alen);
        if (at) {
            const char *colon = memchr(auth, ':', (size_t)(at - auth));
            xs_buf_add(out, p, (size_t)(auth - p));
            if (colon) {
                xs_buf_add(out, auth, (size_t)(colon - auth));
                xs_buf_adds(out, ":***");
            } else {
                xs_buf_adds(out, "***");
            }
            p = at;
        }
    }
    const char *q = strchr(p, '?');
    if (!q) {
        xs_buf_adds(out, p);
        return;
    }
    xs_buf_add(out, p, (size_t)(q + 1 - p));
    p = q + 1;
    while (*p && *p != '#') {
        size_t plen = strcspn(p, "&#");
        const char *eq = memchr(p, '=', plen);
        if (eq && secret_name(p, (size_t)(eq - p))) {
            xs_buf_add(out, p, (size_t)(eq + 1 - p));
            xs_buf_adds(out, "***");
        } else {
            xs_buf_add(out, p, plen);
        }
        p += plen;
        if (*p == '&') {
            xs_buf_addc(out, '&');
            p++;
        }
    }
    xs_buf_adds(out, p);
}

void xs_http_urlencode(xs_str s, xs_buf *out)
{
    static const char hex[] = "0123456789ABCDEF";
    for (size_t i = 0; i < s.len; i++) {
        unsigned char ch = (unsigned char)s.ptr[i];
        if ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
            ch == '-' || ch == '_' || ch == '.' || ch == '~') {
            xs_buf_addc(out, (char)ch);
        } else {
            xs_buf_addc(out, '%');
            xs_buf_addc(out, hex[ch >> 4]);
            xs_buf_addc(out, hex[ch & 15]);
        }
    }
}

static void scalar_text(xs_value v, xs_buf *out)
{
    char num[64];
    switch (v.type) {
    case XS_BOOL:
        xs_buf_adds(out, v.u.b ? "1" : "0");
        break;
    case XS_INT:
        snprintf(num, sizeof num, "%lld", (long long)v.u.i);
        xs_buf_adds(out, num);
        break;
    case XS_DEC:
        snprintf(num, sizeof num, "%.17g", v.u.d);
        xs_buf_adds(out, num);
        break;
    case XS_TEXT:
        xs_buf_add(out, xs_text_ptr(v), xs_text_len(v));
        break;
    default:
        break;
    }
}

static void form_pairs(xs_value v, xs_buf *prefix, xs_buf *out, int depth)
{
    size_t n = v.type == XS_OBJECT ? xs_object_len(v) : xs_array_len(v);
    for (size_t i = 0; i < n; i++) {
        xs_value item = v.type == XS_OBJECT ? xs_object_val_at(v, i) : xs_array_at(v, i);
        if (item.type == XS_NULL)
            continue;
        size_t mark = prefix->len;
        char idx[32];
        xs_str key;
        if (v.type == XS_OBJECT) {
            key = xs_object_key_at(v, i);
        } else {
            snprintf(idx, sizeof idx, "%zu", i);
            key = xs_str_of(idx);
        }
        if (mark) {
            xs_buf_addc(prefix, '[');
            xs_buf_add(prefix, key.ptr, key.len);
            xs_buf_addc(prefix, ']');
        } else {
            xs_buf_add(prefix, key.ptr, key.len);
        }
        if ((item.type == XS_OBJECT || item.type == XS_ARRAY) && depth < 32) {
            form_pairs(item, prefix, out, depth + 1);
        } else if (item.type != XS_OBJECT && item.type != XS_ARRAY) {
            if (out->len)
                xs_buf_addc(out, '&');
            xs_http_urlencode((xs_str){prefix->ptr, prefix->len}, out);
            xs_buf_addc(out, '=');
            xs_buf val;
            xs_buf_init(&val);
            scalar_text(item, &val);
            xs_http_urlencode((xs_str){val.ptr ? val.ptr : "", val.len}, out);
            xs_buf_release(&val);
        }
        prefix->len = mark;
        if (prefix->ptr)
            prefix->ptr[mark] = '\0';
    }
}

void xs_http_form_encode(xs_value v, xs_buf *out)
{
    if (v.type != XS_OBJECT && v.type != XS_ARRAY)
        return;
    xs_buf prefix;
    xs_buf_init(&prefix);
    xs_buf tmp;
    xs_buf_init(&tmp);
    form_pairs(v, &prefix, &tmp, 0);
    if (tmp.len)
        xs_buf_add(out, tmp.ptr, tmp.len);
    xs_buf_release(&tmp);
    xs_buf_release(&prefix);
}
