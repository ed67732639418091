/*
 * client.h - outgoing HTTP requests over libcurl, for `api.request`.
 *
 * Each thread keeps one curl easy handle, reused from request to request,
 * so that the requests of a thread (a runner's, or a blocking-pool
 * thread's) reuse its connections, DNS answers and TLS sessions. The handle is freed when the thread exits
 * or on xs_http_client_thread_end(). Calls are thread-safe: nothing is
 * shared between threads but curl's global state, set up once.
 *
 * Errors are messages, not exceptions: a request that got no HTTP response
 * (refused, timed out, bad URL, TLS failure, too large) returns XS_E_HTTP
 * with a message naming the URL with its credentials masked. Any HTTP
 * status, 4xx and 5xx included, is a response and returns XS_OK.
 */
#ifndef XS_HTTP_CLIENT_H
#define XS_HTTP_CLIENT_H

#include "base/buf.h"
#include "base/common.h"
#include "value/value.h"

enum {
    XS_HTTP_DEFAULT_TIMEOUT_MS = 10000,              /* Xano's default: 10 s */
    XS_HTTP_DEFAULT_MAX_RESPONSE = 16 * 1024 * 1024, /* response body ceiling */
    XS_HTTP_MAX_REDIRECTS = 10,
};

typedef struct xs_http_request {
    const char *url;            /* absolute http:// or https:// URL, query string included */
    const char *method;         /* "GET", "POST"...; NULL for GET */
    const char *const *headers; /* "Name: value" lines */
    size_t nheaders;
    const char *body; /* NULL for none */
    size_t body_len;
    int64_t timeout_ms;        /* whole exchange; 0 for the default */
    size_t max_response_bytes; /* 0 for the default */
    bool follow_redirects;
    bool verify_tls; /* peer certificate and host name */
    /* PEM texts, NUL-terminated, or NULL: a CA to trust instead of the
     * system's, and a client certificate with its key (and passphrase). */
    const char *ca_pem;
    const char *cert_pem;
    const char *key_pem;
    const char *key_pass;
} xs_http_request;

typedef struct xs_http_response {
    long status;
    xs_value headers; /* array of "name: value" texts of the final response, status line first */
    xs_buf body;
    char *content_type; /* NULL when the server sent none */
    char *final_url;    /* after redirects */
} xs_http_response;

/* The defaults above, redirects followed and TLS verified. */
void xs_http_request_init(xs_http_request *rq, const char *url);

void xs_http_response_init(xs_http_response *rs);
void xs_http_response_release(xs_http_response *rs);

/*
 * Performs rq and fills rs (initialised by the caller). XS_OK when an HTTP
 * response arrived, whatever its status; XS_E_HTTP otherwise, with the
 * reason in err (a message starting with the method and the masked URL).
 * XS_E_LIMIT when the response body passed the ceiling.
 */
xs_status xs_http_client_do(const xs_http_request *rq, xs_http_response *rs, xs_buf *err);

/* POSTs body (JSON) to url within timeout_ms, without following redirects
 * (the engine's run notifications). *status gets the HTTP status when a
 * response arrived (XS_OK, whatever the status); otherwise the reason is
 * appended to err *without the URL*, whose path may itself be the secret
 * (a Slack webhook's is). */
xs_status xs_http_client_post_json(const char *url, const char *body, size_t len,
                                   int64_t timeout_ms, long *status, xs_buf *err);

/* Appends url to out with its secrets masked: the password of the user
 * part and the values of query parameters whose names look like secrets
 * (key, token, secret, password, signature, auth...) become "***". */
void xs_http_mask_url(const char *url, xs_buf *out);

/* Frees this thread's curl handle now (it is recreated on the next call). */
void xs_http_client_thread_end(void);

/* Percent-encodes s as for a query string or form (RFC 3986 unreserved kept). */
void xs_http_urlencode(xs_str s, xs_buf *out);

/* Appends v as application/x-www-form-urlencoded pairs (PHP's
 * http_build_query: nested keys as a[b][0]=c, booleans as 1/0, null
 * skipped). v must be an object or array. */
void xs_http_form_encode(xs_value v, xs_buf *out);

#endif
