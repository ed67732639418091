/*
 * server.h - the HTTP server (GNU libmicrohttpd) that serves a workspace's
 * query objects as endpoints (see routes.h for the URL of each).
 *
 * A request is read (body up to a ceiling), its input assembled from the
 * query string, the body (JSON object or URL-encoded form) and the path
 * parameters, then the query runs on the interpreter of the serving
 * thread: each of the server's threads makes its own interpreter on first
 * use and frees it when the thread ends. The query's response is sent as
 * JSON with status 200, or the status and headers the script set with
 * util.set_header. Errors are JSON {code, message, payload} with Xano's
 * statuses: input errors 400, unauthorized 401, access denied 403, not
 * found 404, too many requests 429, anything else 500; the server's own
 * refusals use the same shape (404 unknown route, 405, 413 body too large,
 * 415 unsupported body type, 400 malformed JSON).
 *
 * Threads: start and stop from one thread; the server's threads only read
 * the workspace and the routes, which must outlive the server.
 */
#ifndef XS_HTTP_SERVER_H
#define XS_HTTP_SERVER_H

#include "base/common.h"
#include "base/diag.h"
#include "http/handler.h"
#include "http/routes.h"
#include "interp/interp.h"

typedef struct xs_http_server xs_http_server;

typedef struct xs_http_server_opts {
    const char *host;           /* address to bind; NULL: "127.0.0.1" */
    uint16_t port;              /* 0: any free port (see xs_http_server_port) */
    unsigned threads;           /* 0: one per CPU */
    unsigned max_connections;   /* 0: 1024; more are refused */
    size_t max_body_bytes;      /* 0: 8 MiB; larger bodies get 413 */
    size_t max_header_bytes;    /* 0: 16 KiB; larger request heads get 431 */
    unsigned idle_timeout_s;    /* 0: 30; idle connections are closed */
    int64_t request_timeout_ms; /* 0: 30000; a run's wall time limit (the workspace's
                                   max_wall_ms when lower) */
    /* Called on a server thread with the interpreter it makes, before its
     * first request (the engine attaches the thread's store here); what it
     * returns is the thread's data, given to mounted handlers and to
     * on_thread_end when the thread ends. Both may be NULL. */
    void *(*on_thread_start)(xs_interp *in, void *arg);
    void (*on_thread_end)(void *thread_data, void *arg);
    void *arg;
    /* Handlers for path prefixes, tried before the query routes. */
    const xs_http_mount *mounts;
    size_t nmounts;
    FILE *access_log; /* one line per request; NULL: none */
    int listen_fd;    /* > 0: serve this bound, listening socket (handed over by a
                         reload) instead of binding host:port */
} xs_http_server_opts;

/*
 * Starts serving routes (borrowed; NULL: mounts only) with queries run on ws (borrowed) and
 * the builtins b. Returns NULL with an error in d when the address cannot
 * be bound. opts may be NULL for the defaults.
 */
xs_http_server *xs_http_server_start(const xs_workspace *ws, const xs_builtins *b,
                                     const xs_http_routes *routes, const xs_http_server_opts *opts,
                                     xs_diag *d);

/* The port the server listens on (the one picked when 0 was asked). */
uint16_t xs_http_server_port(const xs_http_server *s);

/* Stops accepting new connections and returns the listening socket,
 * which stays open and bound (connections arriving now wait in its
 * backlog) for a new server to take over; -1 on failure. Returns once the
 * connections already accepted have ended (5 s at most): their requests
 * are answered. */
int xs_http_server_quiesce(xs_http_server *s);

/* Stops accepting, finishes the requests in flight, joins the threads and
 * frees the server. NULL does nothing. */
void xs_http_server_stop(xs_http_server *s);

/* The requests answered so far, by route (a query's path pattern, a
 * mount's prefix, or "unmatched") and status, as sample lines of the
 * Prometheus counter xsflow_http_requests_total (the caller writes its
 * HELP and TYPE once for every server it shows), with the label
 * listener="LISTENER" first when listener is not NULL. */
void xs_http_server_metrics(xs_http_server *s, const char *listener, xs_buf *out);

/* The HTTP status Xano gives an error code ("ERROR_CODE_NOT_FOUND": 404). */
int xs_http_status_of_code(const char *code);

#endif
