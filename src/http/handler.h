/*
 * handler.h - what the server hands to its mounted handlers (webhooks,
 * the admin API, /metrics, the dashboard): a request read in full and a
 * response to fill. A handler is mounted on a path prefix and called on a
 * server thread; it may run at the same time on other threads with other
 * requests, so what it shares must be read-only or locked.
 */
#ifndef XS_HTTP_HANDLER_H
#define XS_HTTP_HANDLER_H

#include "base/buf.h"
#include "base/common.h"
#include "value/value.h"

typedef struct xs_http_req {
    const char *method;
    const char *path;      /* the URL's path, without the query string */
    const char *body;      /* NULL when empty */
    size_t body_len;
    bool from_loopback;    /* the client is on 127.0.0.0/8 or ::1 */
    void *thread_data;     /* what the server's on_thread_start returned on this thread */
    void *conn_;           /* private to the server */
} xs_http_req;

/* A request header (case-insensitive name) or query-string argument;
 * NULL when absent. */
const char *xs_http_req_header(const xs_http_req *r, const char *name);
const char *xs_http_req_arg(const xs_http_req *r, const char *name);

typedef struct xs_http_resp {
    int status;               /* 0: 200 */
    const char *content_type; /* a static text; NULL: JSON */
    xs_buf body;
    xs_value headers; /* [[name, value], ...] or null */
} xs_http_resp;

/* v as compact JSON with status. */
void xs_http_resp_json(xs_http_resp *out, int status, xs_value v);

/* Xano's error shape {code, message, payload: null} with status. */
void xs_http_resp_error(xs_http_resp *out, int status, const char *code, const char *message);

/* Adds a response header (both texts are copied). */
void xs_http_resp_header(xs_http_resp *out, const char *name, const char *value);

typedef struct xs_http_mount {
    /* Requests whose path is prefix, or starts with prefix then '/', come
     * here instead of the query routes ("/_xsflow/api", "/metrics"). */
    const char *prefix;
    void (*handle)(void *arg, const xs_http_req *rq, xs_http_resp *out);
    void *arg;
} xs_http_mount;

#endif
