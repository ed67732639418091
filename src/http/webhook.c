/* webhook.c - webhooks from xsflow.json: verify, map, validate, queue (webhook.h). */
#include "http/webhook.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "http/app_int.h"
#include "value/json.h"

struct xs_webhooks {
    xs_webhook *items;
    size_t len;
};

static void hook_release(xs_webhook *h)
{
    xs_free(h->path);
    xs_free(h->run);
    xs_release(h->input);
    xs_free(h->secret_env);
    if (h->secret)
        OPENSSL_cleanse(h->secret, strlen(h->secret));
    xs_free(h->secret);
    xs_free(h->sig_header);
    xs_free(h->ts_header);
    xs_free(h->idem_source);
}

void xs_webhooks_free(xs_webhooks *w)
{
    if (!w)
        return;
    for (size_t i = 0; i < w->len; i++)
        hook_release(&w->items[i]);
    xs_free(w->items);
    xs_free(w);
}

size_t xs_webhooks_count(const xs_webhooks *w)
{
    return w ? w->len : 0;
}

const char *xs_webhooks_path(const xs_webhooks *w, size_t i)
{
    return w->items[i].path;
}

const xs_webhook *xs_webhooks_find(const xs_webhooks *w, const char *path)
{
    for (size_t i = 0; w && i < w->len; i++)
        if (strcmp(w->items[i].path, path) == 0)
            return &w->items[i];
    return NULL;
}

/* ---- loading ---- */

/* A source path: body, body.a.b, query.name or header.Name. */
static bool source_ok(const char *s)
{
    return strcmp(s, "body") == 0 || (strncmp(s, "body.", 5) == 0 && s[5]) ||
           (strncmp(s, "query.", 6) == 0 && s[6]) || (strncmp(s, "header.", 7) == 0 && s[7]);
}

static const char *const hook_keys[] = {"run",         "input",           "secret_env",
                                        "signature_header", "timestamp_header", "replay_window_s",
                                        "idempotency_key"};

static xs_status load_one(xs_str path, xs_value spec, const char *file, const xs_workspace *ws,
                          xs_webhook *h, xs_diag *d)
{
    h->path = xs_strndup(path.ptr, path.len);
    h->input = xs_null();
    h->sig_header = xs_strdup("X-Xsflow-Signature");
    h->ts_header = xs_strdup("X-Xsflow-Timestamp");
    h->idem_source = xs_strdup("header.Idempotency-Key");
    h->replay_window_s = 300;
    const char *p = h->path;
    if (p[0] != '/' || strncmp(p, "/_xsflow", 8) == 0 || strncmp(p, "/api/", 5) == 0 ||
        strcmp(p, "/metrics") == 0 || strpbrk(p, "?#{} "))
        return xs_diag_error(d, XS_E_USAGE, file, 0, 0,
                             "webhook '%s': a path starts with '/', is not under /api/ or "
                             "/_xsflow and holds no '?', '#', '{', '}' or space",
                             p);
    if (spec.type != XS_OBJECT)
        return xs_diag_error(d, XS_E_TYPE, file, 0, 0, "webhook '%s' must be an object", p);
    for (size_t i = 0; i < xs_object_len(spec); i++) {
        xs_str k = xs_object_key_at(spec, i);
        bool known = false;
        for (size_t j = 0; j < XS_COUNTOF(hook_keys); j++)
            known |= xs_str_eq_cstr(k, hook_keys[j]);
        if (!known)
            return xs_diag_error(d, XS_E_NOTFOUND, file, 0, 0,
                                 "webhook '%s': unknown key '%.*s' (known: run, input, "
                                 "secret_env, signature_header, timestamp_header, "
                                 "replay_window_s, idempotency_key)",
                                 p, (int)k.len, k.ptr);
    }
    const xs_value *v;
    v = xs_object_get(spec, XS_STR("run"));
    if (!v || v->type != XS_TEXT)
        return xs_diag_error(d, XS_E_USAGE, file, 0, 0,
                             "webhook '%s': \"run\" must name the function or task it starts", p);
    h->run = xs_strdup(xs_text_ptr(*v));
    if (!xs_workspace_function(ws, xs_str_of(h->run)))
        return xs_diag_error(d, XS_E_NOTFOUND, file, 0, 0,
                             "webhook '%s': no function or task named '%s' in the workspace", p,
                             h->run);
    if ((v = xs_object_get(spec, XS_STR("input"))) != NULL && v->type != XS_NULL) {
        if (v->type != XS_OBJECT)
            return xs_diag_error(d, XS_E_TYPE, file, 0, 0,
                                 "webhook '%s': \"input\" must map input fields to sources "
                                 "(\"body.user_id\", \"query.id\", \"header.X-Name\")",
                                 p);
        for (size_t i = 0; i < xs_object_len(*v); i++) {
            xs_value src = xs_object_val_at(*v, i);
            if (src.type != XS_TEXT || !source_ok(xs_text_ptr(src)))
                return xs_diag_error(d, XS_E_USAGE, file, 0, 0,
                                     "webhook '%s': input field '%s' must come from \"body\", "
                                     "\"body.PATH\", \"query.NAME\" or \"header.NAME\"",
                                     p, xs_text_ptr(xs_object_key_text_at(*v, i)));
        }
        h->input = xs_retain(*v);
    }
    if ((v = xs_object_get(spec, XS_STR("secret_env"))) != NULL && v->type != XS_NULL) {
        if (v->type != XS_TEXT || !xs_text_len(*v))
            return xs_diag_error(d, XS_E_TYPE, file, 0, 0,
                                 "webhook '%s': \"secret_env\" names an environment variable", p);
        h->secret_env = xs_strdup(xs_text_ptr(*v));
        const char *secret = getenv(h->secret_env);
        if (!secret || !*secret)
            return xs_diag_error(d, XS_E_USAGE, file, 0, 0,
                                 "webhook '%s': environment variable %s (its signing secret) is "
                                 "not set",
                                 p, h->secret_env);
        h->secret = xs_strdup(secret);
    }
    static const struct {
        const char *key;
        size_t off;
    } texts[] = {{"signature_header", offsetof(xs_webhook, sig_header)},
                 {"timestamp_header", offsetof(xs_webhook, ts_header)},
                 {"idempotency_key", offsetof(xs_webhook, idem_source)}};
    for (size_t i = 0; i < XS_COUNTOF(texts); i++) {
        if ((v = xs_object_get(spec, xs_str_of(texts[i].key))) == NULL)
            continue;
        char **slot = (char **)((char *)h + texts[i].off);
        if (v->type == XS_NULL && strcmp(texts[i].key, "idempotency_key") == 0) {
            xs_free(*slot);
            *slot = NULL;
            continue;
        }
        if (v->type != XS_TEXT || !xs_text_len(*v) ||
            (strcmp(texts[i].key, "idempotency_key") == 0 && !source_ok(xs_text_ptr(*v))))
            return xs_diag_error(d, XS_E_TYPE, file, 0, 0, "webhook '%s': \"%s\" is not valid",
                                 p, texts[i].key);
        xs_free(*slot);
        *slot = xs_strdup(xs_text_ptr(*v));
    }
    if ((v = xs_object_get(spec, XS_STR("replay_window_s"))) != NULL) {
        if (v->type != XS_INT || v->u.i < 1)
            return xs_diag_error(d, XS_E_TYPE, file, 0, 0,
                                 "webhook '%s': \"replay_window_s\" must be a positive int", p);
        h->replay_window_s = v->u.i;
    }
    return XS_OK;
}

xs_status xs_webhooks_load(xs_value spec, const char *file, const xs_workspace *ws,
                           xs_webhooks **out, xs_diag *d)
{
    xs_webhooks *w = xs_calloc(1, sizeof *w);
    *out = w;
    if (spec.type == XS_NULL)
        return XS_OK;
    if (spec.type != XS_OBJECT)
        return xs_diag_error(d, XS_E_TYPE, file, 0, 0,
                             "\"webhooks\" must be an object of paths (\"/hooks/name\": {...})");
    w->items = xs_calloc(xs_object_len(spec) ? xs_object_len(spec) : 1, sizeof *w->items);
    for (size_t i = 0; i < xs_object_len(spec); i++) {
        xs_webhook *h = &w->items[w->len++];
        xs_status rc = load_one(xs_object_key_at(spec, i), xs_object_val_at(spec, i), file, ws, h, d);
        if (rc != XS_OK)
            return rc;
    }
    return XS_OK;
}

void xs_webhook_sign(const char *secret, const char *timestamp, const char *body, size_t len,
                     char out[72])
{
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned mdlen = 0;
    xs_buf msg;
    xs_buf_init(&msg);
    xs_buf_addf(&msg, "%s.", timestamp);
    xs_buf_add(&msg, body ? body : "", len);
    HMAC(EVP_sha256(), secret, (int)strlen(secret), (const unsigned char *)msg.ptr, msg.len, md,
         &mdlen);
    xs_buf_release(&msg);
    memcpy(out, "sha256=", 7);
    for (unsigned i = 0; i < mdlen && i < 32; i++)
        snprintf(out + 7 + 2 * i, 3, "%02x", md[i]);
    out[7 + 2 * (mdlen < 32 ? mdlen : 32)] = '\0';
}

/* ---- serving ---- */

/* The value a source path names in the request; null when absent. */
static xs_value source_value(const xs_http_req *rq, xs_value body, const char *src)
{
    if (strncmp(src, "header.", 7) == 0) {
        const char *h = xs_http_req_header(rq, src + 7);
        return h ? xs_text_cstr(h) : xs_null();
    }
    if (strncmp(src, "query.", 6) == 0) {
        const char *q = xs_http_req_arg(rq, src + 6);
        return q ? xs_text_cstr(q) : xs_null();
    }
    xs_value v = body;
    const char *p = src + 4; /* after "body" */
    while (*p == '.') {
        p++;
        size_t n = strcspn(p, ".");
        const xs_value *x = v.type == XS_OBJECT ? xs_object_get(v, (xs_str){p, n}) : NULL;
        if (!x)
            return xs_null();
        v = *x;
        p += n;
    }
    return xs_retain(v);
}

/* Checks the signature and the timestamp's age; fills out when they fail. */
static bool signature_ok(const xs_webhook *h, const xs_http_req *rq, xs_http_resp *out,
                         char sig[72])
{
    const char *ts = xs_http_req_header(rq, h->ts_header);
    const char *given = xs_http_req_header(rq, h->sig_header);
    char msg[256];
    if (!ts || !given) {
        snprintf(msg, sizeof msg, "This webhook is signed: send the %s and %s headers.",
                 h->sig_header, h->ts_header);
        xs_http_resp_error(out, 401, "ERROR_CODE_UNAUTHORIZED", msg);
        return false;
    }
    char *end;
    long long t = strtoll(ts, &end, 10);
    long long now = xs_clock_now_ms() / 1000;
    if (!*ts || *end || t < now - h->replay_window_s || t > now + h->replay_window_s) {
        snprintf(msg, sizeof msg,
                 "The %s header is not a time within %lld seconds of now (a replayed or "
                 "delayed delivery).",
                 h->ts_header, (long long)h->replay_window_s);
        xs_http_resp_error(out, 401, "ERROR_CODE_UNAUTHORIZED", msg);
        return false;
    }
    xs_webhook_sign(h->secret, ts, rq->body, rq->body_len, sig);
    size_t n = strlen(sig);
    if (strlen(given) != n || CRYPTO_memcmp(given, sig, n) != 0) {
        xs_http_resp_error(out, 401, "ERROR_CODE_UNAUTHORIZED",
                           "The webhook signature does not match the body.");
        return false;
    }
    return true;
}

/* The request body as a value: a JSON object, or {} when empty. */
static bool read_body(const xs_http_req *rq, xs_value *body, xs_http_resp *out)
{
    *body = xs_object_new(0);
    if (!rq->body_len)
        return true;
    const char *ct = xs_http_req_header(rq, "Content-Type");
    size_t n = ct ? strcspn(ct, "; ") : 0;
    if (ct && !(n >= 4 && strncasecmp(ct + n - 4, "json", 4) == 0)) {
        xs_http_resp_error(out, 415, "ERROR_CODE_UNSUPPORTED_MEDIA_TYPE",
                           "A webhook takes a JSON body.");
        return false;
    }
    xs_diag d;
    xs_diag_init(&d);
    xs_value v;
    if (xs_json_decode(rq->body, rq->body_len, &v, &d) != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        char msg[512];
        snprintf(msg, sizeof msg, "Malformed JSON body at line %d, column %d: %s",
                 e ? e->line : 0, e ? e->col : 0, e ? e->message : "invalid JSON");
        xs_diag_release(&d);
        xs_http_resp_error(out, 400, "ERROR_CODE_BAD_REQUEST", msg);
        return false;
    }
    xs_diag_release(&d);
    xs_release(*body);
    *body = v;
    return true;
}

/* The input of the run: the body itself, or the fields mapped from it. */
static xs_value map_input(const xs_webhook *h, const xs_http_req *rq, xs_value body)
{
    if (h->input.type != XS_OBJECT)
        return xs_retain(body);
    xs_value in = xs_object_new(xs_object_len(h->input));
    for (size_t i = 0; i < xs_object_len(h->input); i++) {
        xs_value v = source_value(rq, body, xs_text_ptr(xs_object_val_at(h->input, i)));
        if (v.type == XS_NULL)
            xs_release(v); /* absent: the input block's default or its error decides */
        else
            xs_object_set_text(&in, xs_retain(xs_object_key_text_at(h->input, i)), v);
    }
    return in;
}

/* Answers an input error as the endpoints do: Xano's shape and status. */
static void input_error(xs_http_resp *out, xs_value err)
{
    const xs_value *code = xs_object_get(err, XS_STR("code"));
    const xs_value *msg = xs_object_get(err, XS_STR("message"));
    const xs_value *payload = xs_object_get(err, XS_STR("payload"));
    const char *c = code && code->type == XS_TEXT ? xs_text_ptr(*code) : "ERROR_CODE_INPUT_ERROR";
    int status = xs_http_status_of_code(c);
    xs_value o = xs_object_new(3);
    xs_object_set(&o, XS_STR("code"), xs_text_cstr(c));
    xs_object_set(&o, XS_STR("message"), msg ? xs_retain(*msg) : xs_text_cstr("invalid input"));
    xs_object_set(&o, XS_STR("payload"), payload ? xs_retain(*payload) : xs_null());
    xs_http_resp_json(out, status < 500 ? status : 400, o);
    xs_release(o);
}

void xs_app_webhook(void *arg, const xs_http_req *rq, xs_http_resp *out)
{
    xs_http_app *a = arg;
    const xs_webhook *h = xs_webhooks_find(a->hooks, rq->path);
    if (!h) {
        xs_http_resp_error(out, 404, "ERROR_CODE_NOT_FOUND", "Unable to locate request.");
        return;
    }
    if (strcmp(rq->method, "POST") != 0) {
        xs_http_resp_error(out, 405, "ERROR_CODE_METHOD_NOT_ALLOWED", "A webhook takes POST.");
        xs_http_resp_header(out, "Allow", "POST");
        return;
    }
    char sig[72] = "";
    if (h->secret && !signature_ok(h, rq, out, sig))
        return;
    xs_value body;
    if (!read_body(rq, &body, out)) {
        xs_release(body);
        return;
    }
    xs_value input = map_input(h, rq, body);
    /* The delivery's key: the one named by idempotency_key, else (signed
     * webhooks) the signature, which a replay repeats. */
    xs_value key = h->idem_source ? source_value(rq, body, h->idem_source) : xs_null();
    char *key_text = NULL;
    if (key.type == XS_TEXT && xs_text_len(key)) {
        key_text = xs_strdup(xs_text_ptr(key));
    } else if (key.type != XS_NULL) {
        xs_buf b;
        xs_buf_init(&b);
        xs_json_encode(key, XS_JSON_COMPACT, &b);
        key_text = xs_buf_detach(&b, NULL);
    } else if (sig[0]) {
        key_text = xs_strdup(sig);
    }
    xs_release(key);

    xs_value coerced = xs_null(), err = xs_null();
    const xs_ast_object *fn = xs_workspace_function(xs_engine_workspace(a->e), xs_str_of(h->run));
    xs_store *s = xs_app_store(rq);
    if (!s) {
        xs_http_resp_error(out, 503, "ERROR_FATAL", "The database is not reachable.");
    } else if (xs_interp_check_input(xs_app_interp(rq), fn, input, &coerced, &err) != XS_OK) {
        input_error(out, err);
    } else {
        xs_diag d;
        xs_diag_init(&d);
        int64_t id = 0;
        bool dup = false;
        if (xs_engine_enqueue_keyed(a->e, s, h->run, coerced, "webhook", h->path, key_text, &id,
                                    &dup, &d) == XS_OK) {
            xs_value o = xs_object_new(3);
            xs_object_set(&o, XS_STR("run_id"), xs_int(id));
            xs_object_set(&o, XS_STR("status"), xs_text_cstr(dup ? "Duplicate" : "Queued"));
            xs_object_set(&o, XS_STR("duplicate"), xs_bool(dup));
            xs_http_resp_json(out, dup ? 200 : 202, o);
            xs_release(o);
        } else {
            xs_http_resp_error(out, 503, "ERROR_FATAL",
                               "The run could not be queued (database error); nothing was "
                               "queued, try again.");
        }
        xs_diag_release(&d);
    }
    xs_release(coerced);
    xs_release(err);
    xs_free(key_text);
    xs_release(input);
    xs_release(body);
}
