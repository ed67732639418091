/*
 * webhook.h - the webhooks of a workspace, declared in xsflow.json:
 *
 *   "webhooks": {
 *     "/hooks/onboard": {
 *       "run": "Workers/reZEN - Onboarding Orchestrator",
 *       "input": {"user_id": "body.user_id"},
 *       "secret_env": "ONBOARD_WEBHOOK_SECRET",
 *       "replay_window_s": 300,
 *       "idempotency_key": "header.Idempotency-Key"
 *     }
 *   }
 *
 * A POST to the path verifies the signature, maps the request to the
 * input of the function or task, validates that input against its input
 * block, and commits a queued run before it answers 202 {run_id}. A
 * request whose idempotency key was seen before answers 200 with the run
 * the first one queued. docs/http.md has the rules and the signature
 * scheme. A loaded set is read-only: share it between threads.
 */
#ifndef XS_HTTP_WEBHOOK_H
#define XS_HTTP_WEBHOOK_H

#include "base/diag.h"
#include "interp/interp.h"
#include "value/value.h"

typedef struct xs_webhooks xs_webhooks;

typedef struct xs_webhook {
    char *path;            /* "/hooks/onboard" */
    char *run;             /* the function or task queued */
    xs_value input;        /* {field: "body.x" | "query.x" | "header.X"}, or null: the body */
    char *secret_env;      /* NULL: unsigned */
    char *secret;          /* its value, read at load time */
    char *sig_header;      /* "X-Xsflow-Signature" */
    char *ts_header;       /* "X-Xsflow-Timestamp" */
    int64_t replay_window_s;
    char *idem_source;     /* "header.Idempotency-Key" by default */
} xs_webhook;

/* Reads spec, the "webhooks" member of xsflow.json (null: an empty set;
 * file names it in errors). Errors name the webhook and the key: an
 * unknown key, a target that is not in ws, a secret_env that is not set
 * in the environment. *out is ours even on failure. */
xs_status xs_webhooks_load(xs_value spec, const char *file, const xs_workspace *ws,
                           xs_webhooks **out, xs_diag *d);
void xs_webhooks_free(xs_webhooks *w);

size_t xs_webhooks_count(const xs_webhooks *w);
const char *xs_webhooks_path(const xs_webhooks *w, size_t i);
/* The webhook at exactly path; NULL when none. */
const xs_webhook *xs_webhooks_find(const xs_webhooks *w, const char *path);

/* The signature of body sent at timestamp (unix seconds, as text) with
 * secret: "sha256=" and the hex HMAC-SHA256 of "<timestamp>.<body>". out
 * needs 72 bytes. */
void xs_webhook_sign(const char *secret, const char *timestamp, const char *body, size_t len,
                     char out[72]);

#endif
