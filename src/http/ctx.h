/*
 * ctx.h - what an HTTP-aware statement needs to know about the thread it
 * runs on: the reply of the request being served (status and headers that
 * `util.set_header` sets) and the idempotency scope of the run (the engine
 * sets it so that each `api.request` of a durable run carries a stable
 * Idempotency-Key across retries and resumes).
 *
 * The context is thread-local: the server installs one around each request
 * it runs, the engine around each run. Statements read it through
 * xs_http_ctx_current(); NULL means "not inside a request" and HTTP-only
 * statements then do nothing. Nothing here is shared between threads.
 */
#ifndef XS_HTTP_CTX_H
#define XS_HTTP_CTX_H

#include "base/common.h"
#include "value/value.h"

typedef struct xs_http_ctx {
    /* The reply of the request being served: status 0 means "decided by the
     * response" (200, or the error's status). headers is an array of
     * [name, value] pairs in the order they were set. */
    int status;
    xs_value headers;
    /* When not NULL, api.request adds `Idempotency-Key: <prefix>:<n>` (n
     * counts the run's api.request calls from 1) unless the script sets the
     * header itself. The engine gives run id + step key as prefix. */
    const char *idempotency_prefix;
    unsigned request_seq;
    /* When not NULL, the next api.request sends this Idempotency-Key
     * (unless the script sets the header) and clears the field: the engine
     * sets it from its step hook to "<run id>:<step key>", stable across
     * retries and resumes. Borrowed; it must live until that request has
     * been sent. It takes precedence over idempotency_prefix. */
    const char *next_idempotency_key;
} xs_http_ctx;

/* Initialises c (no status, no headers, no idempotency) / drops what it holds. */
void xs_http_ctx_init(xs_http_ctx *c);
void xs_http_ctx_release(xs_http_ctx *c);

/* Installs c (borrowed; NULL uninstalls) as this thread's context and
 * returns the one it replaces, so that installs nest. */
xs_http_ctx *xs_http_ctx_install(xs_http_ctx *c);

/* This thread's context; NULL when none is installed. */
xs_http_ctx *xs_http_ctx_current(void);

/* Adds a reply header; replace drops earlier headers of the same name
 * (case-insensitive) first. A "Status: NNN" line or an "HTTP/x NNN ..."
 * line sets the status instead. false when the line is not "Name: value". */
bool xs_http_ctx_set_header(xs_http_ctx *c, xs_str line, bool replace);

#endif
