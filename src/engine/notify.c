/*
 * notify.c - run notifications ("notify" in xsflow.json): once a run has
 * ended in a status the workspace asks about, a summary of it goes to a
 * Slack incoming webhook, the seed's Pattern 4 without a line of script.
 *
 * The engine sits below the HTTP layer, so it does not post by itself: the
 * command that opens it hands in a poster (xs_engine_opts.post; `xsflow
 * serve` and `xsflow task run` give xs_http_client_post_json). The engine
 * keeps the policy - which runs, the message, retries, the record - and
 * a process without a poster records its notifications as failed.
 *
 * A notification is sent after the run's end is committed, outside any
 * transaction, from the runner that ended it, and it never changes the
 * run. A process that dies between the end and the record of its post
 * leaves the run without a notification row: a sweep in every serving
 * process (xs_engine_notify_sweep) finds such runs once the longest a
 * post can take has passed, and notifies them. So each notification is
 * sent at least once; a process stalled for longer than that bound may
 * see its run notified twice.
 */
#include "engine/engine_int.h"

#include <time.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "base/fiber.h"
#include "engine/records.h"
#include "value/json.h"

enum {
    NOTIFY_MARGIN_MS = 5000,  /* beyond a post's own time limits */
    NOTIFY_SWEEP_BATCH = 200, /* runs looked at per pass */
};

/* The webhook URL: the workspace's "env" first, then the process
 * environment, as $env reads them. Borrowed; NULL when unset or empty. */
static const char *webhook_url(const xs_engine *e, const char *var)
{
    xs_value env = xs_config_member(e->cfg, "env");
    const xs_value *v = env.type == XS_OBJECT ? xs_object_get(env, xs_str_of(var)) : NULL;
    const char *url = v && v->type == XS_TEXT ? xs_text_ptr(*v) : v ? NULL : getenv(var);
    return url && *url ? url : NULL;
}

/* ms as ISO 8601 text, null for none. */
static xs_value iso_time(xs_value ms)
{
    if (ms.type != XS_INT || ms.u.i == 0)
        return xs_null();
    xs_buf b;
    xs_buf_init(&b);
    xs_rec_time(ms.u.i, &b);
    return xs_text_from_buf(&b);
}

static xs_value member(xs_value o, const char *name)
{
    const xs_value *v = o.type == XS_OBJECT ? xs_object_get(o, xs_str_of(name)) : NULL;
    return v ? xs_retain(*v) : xs_null();
}

/* The summary of run (an xs_rec_get object with steps): id, name,
 * status, times, the error message and the steps that failed. */
static xs_value summary(xs_value run)
{
    xs_value o = xs_object_new(8);
    xs_object_set(&o, XS_STR("run_id"), member(run, "id"));
    xs_object_set(&o, XS_STR("name"), member(run, "name"));
    xs_object_set(&o, XS_STR("status"), member(run, "status"));
    xs_value t = member(run, "started");
    xs_object_set(&o, XS_STR("started"), iso_time(t));
    xs_release(t);
    t = member(run, "ended");
    xs_object_set(&o, XS_STR("ended"), iso_time(t));
    xs_release(t);
    xs_object_set(&o, XS_STR("tries"), member(run, "tries"));
    /* an uncaught error's message, else the error of a Result with
     * success = false */
    xs_value err = member(run, "error");
    xs_value msg = err.type == XS_OBJECT ? member(err, "message") : xs_retain(err);
    if (msg.type == XS_NULL) {
        xs_value res = member(run, "result");
        msg = member(res, "error");
        xs_release(res);
    }
    xs_object_set(&o, XS_STR("error"), msg);
    xs_release(err);
    xs_value failed = xs_array_new(0);
    const xs_value *steps = xs_object_get(run, XS_STR("steps"));
    for (size_t i = 0; steps && i < xs_array_len(*steps); i++) {
        xs_value st = xs_array_at(*steps, i);
        const xs_value *ok = xs_object_get(st, XS_STR("success"));
        if (!ok || ok->type != XS_BOOL || ok->u.b)
            continue;
        xs_value f = xs_object_new(3);
        xs_object_set(&f, XS_STR("step"), member(st, "key"));
        xs_object_set(&f, XS_STR("callee"), member(st, "callee"));
        xs_object_set(&f, XS_STR("error"), member(st, "error"));
        xs_array_push(&failed, f);
    }
    xs_object_set(&o, XS_STR("failed_steps"), failed);
    return o;
}

/* The Slack message: {"text": "```\n{ one member a line }\n```"}, as the
 * seed's slack_webhook_json_pretty_print writes it. */
static void message(xs_value sum, xs_buf *out)
{
    xs_buf text;
    xs_buf_init(&text);
    xs_buf_adds(&text, "```\n{\n");
    for (size_t i = 0; i < xs_object_len(sum); i++) {
        xs_buf_adds(&text, i ? ",\n  " : "  ");
        xs_str k = xs_object_key_at(sum, i);
        xs_value key = xs_text_new(k.ptr, k.len);
        xs_json_encode(key, XS_JSON_COMPACT, &text);
        xs_release(key);
        xs_buf_adds(&text, ": ");
        xs_json_encode(xs_object_val_at(sum, i), XS_JSON_COMPACT, &text);
    }
    xs_buf_adds(&text, "\n}\n```");
    xs_value body = xs_object_new(1);
    xs_object_set(&body, XS_STR("text"), xs_text_from_buf(&text));
    xs_json_encode(body, XS_JSON_COMPACT, out);
    xs_release(body);
}

/* Records the outcome of a notification: a new row, or the row a sweep
 * claimed (row > 0). */
static void record(xs_engine *e, xs_store *s, int64_t row, int64_t id, const char *status,
                   bool sent, int attempts, long http_status, const char *error)
{
    /* outcome, attempts, http_status, error, created, then the row's id
     * or the run id and its status */
    xs_value p[7] = {xs_text_cstr(sent ? "sent" : "failed"),
                     xs_int(attempts),
                     http_status ? xs_int(http_status) : xs_null(),
                     error ? xs_text_cstr(error) : xs_null(),
                     xs_int(xs_clock_now_ms()),
                     xs_int(row > 0 ? row : id),
                     xs_text_cstr(status)};
    xs_diag d;
    xs_diag_init(&d);
    xs_status rc =
        row > 0 ? xs_engine_write(e, s,
                                  "UPDATE xsflow_notifications SET outcome = ?, attempts = ?, "
                                  "http_status = ?, error = ?, created = ? WHERE id = ?",
                                  p, 6, NULL, &d)
                : xs_engine_write(e, s,
                                  "INSERT INTO xsflow_notifications (outcome, attempts, "
                                  "http_status, error, created, run_id, status, channel) VALUES "
                                  "(?, ?, ?, ?, ?, ?, ?, 'slack')",
                                  p, 7, NULL, &d);
    if (rc != XS_OK) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        xs_engine_log(e, "run %lld: cannot record its notification: %s", (long long)id,
                      de ? de->message : "database error");
    }
    xs_diag_release(&d);
    for (size_t i = 0; i < XS_COUNTOF(p); i++)
        xs_release(p[i]);
    xs_engine_note_notification(e, sent);
}

bool xs_engine_notify_wanted(const xs_engine *e, const char *name, const char *status)
{
    const xs_notify_config *nc = xs_config_notify(e->cfg);
    return nc->slack_url_env && (nc->on & xs_config_status_bit(status)) &&
           xs_config_object(e->cfg, name)->notify;
}

/* The pause before attempt k + 1 (k >= 1): 250 ms, 500 ms, 1 s... at
 * most 4 s. */
static int64_t pause_ms(int64_t k)
{
    return 250LL << (k - 1 < 4 ? k - 1 : 4);
}

/* The posts of one notification, pauses included, as one blocking call
 * (base/fiber.h). */
typedef struct posting {
    xs_engine *e;
    const char *url;
    const xs_buf *body;
    const xs_notify_config *nc;
    int attempts;
    long http;
    bool sent;
    xs_buf err;
} posting;

static void post_with_retries(void *arg)
{
    posting *po = arg;
    for (int64_t k = 0; k <= po->nc->retries && !po->sent; k++) {
        if (k > 0) {
            int64_t ms = pause_ms(k);
            struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
            nanosleep(&ts, NULL);
        }
        po->attempts++;
        xs_buf_reset(&po->err);
        po->http = 0;
        if (po->e->post(po->url, po->body->ptr, po->body->len, po->nc->timeout_ms, &po->http,
                        &po->err) == XS_OK) {
            po->sent = po->http >= 200 && po->http < 300;
            if (!po->sent)
                xs_buf_addf(&po->err, "the receiver answered HTTP %ld", po->http);
        }
    }
}

/* Posts the notification of run id and records it (in row, when a sweep
 * claimed one). */
static void deliver(xs_engine *e, xs_store *s, int64_t row, int64_t id, const char *name,
                    const char *status)
{
    const xs_notify_config *nc = xs_config_notify(e->cfg);
    const char *url = webhook_url(e, nc->slack_url_env);
    if (!url || !e->post) {
        char why[160];
        if (!url)
            snprintf(why, sizeof why, "'%.100s' (slack_url_env) is not set", nc->slack_url_env);
        else
            snprintf(why, sizeof why, "this command has no HTTP client to post with");
        xs_engine_log(e, "run %lld %s: not notified: %s", (long long)id, name, why);
        record(e, s, row, id, status, false, 0, 0, why);
        return;
    }
    xs_diag d;
    xs_diag_init(&d);
    xs_value run;
    if (xs_rec_get(s, id, true, &run, &d) != XS_OK || run.type != XS_OBJECT) {
        const xs_diag_entry *de = xs_diag_first_error(&d);
        xs_engine_log(e, "run %lld: not notified: cannot read it: %s", (long long)id,
                      de ? de->message : "no such run");
        xs_diag_release(&d);
        xs_release(run);
        return;
    }
    xs_diag_release(&d);
    xs_value sum = summary(run);
    xs_release(run);
    xs_buf body;
    xs_buf_init(&body);
    message(sum, &body);
    xs_release(sum);

    posting po = {e, url, &body, nc, 0, 0, false};
    xs_buf_init(&po.err);
    xs_blocking(post_with_retries, &po); /* a carried run's siblings go on meanwhile */
    int attempts = po.attempts;
    long http = po.http;
    bool sent = po.sent;
    xs_buf err = po.err;
    if (!sent)
        xs_engine_log(e, "run %lld %s: notification failed after %d attempt%s: %s",
                      (long long)id, name, attempts, attempts == 1 ? "" : "s",
                      err.len ? xs_buf_cstr(&err) : "no answer");
    record(e, s, row, id, status, sent, attempts, http, sent ? NULL : xs_buf_cstr(&err));
    xs_buf_release(&err);
    xs_buf_release(&body);
}

void xs_engine_notify(xs_engine *e, xs_store *s, int64_t id, const char *name, const char *status)
{
    if (xs_engine_notify_wanted(e, name, status))
        deliver(e, s, 0, id, name, status);
}

/* ---- the sweep ---- */

int64_t xs_engine_notify_bound_ms(const xs_engine *e)
{
    const xs_notify_config *nc = xs_config_notify(e->cfg);
    int64_t ms = (nc->retries + 1) * nc->timeout_ms + NOTIFY_MARGIN_MS;
    for (int64_t k = 1; k <= nc->retries; k++)
        ms += pause_ms(k);
    return ms;
}

/* Claims the notification of run id (status): none is recorded, or a
 * sweep that claimed it died (its row is older than bound). *row: the
 * claimed row, 0 when another process has it or it is done. One process
 * at a time decides: SQLite's write lock, an advisory lock on PostgreSQL. */
static xs_status claim_owed(xs_engine *e, xs_store *s, int64_t id, const char *status,
                            int64_t stale_before, int64_t *row, xs_diag *d)
{
    *row = 0;
    xs_status rc = xs_engine_tx_begin(e, s, d);
    if (rc != XS_OK)
        return rc;
    if (xs_store_kind_of(s) == XS_STORE_PG)
        rc = xs_store_exec(s, "SELECT pg_advisory_xact_lock(7355602)", NULL, 0, NULL, d);
    xs_value p[3] = {xs_int(id), xs_text_cstr(status), xs_int(stale_before)};
    xs_store_rows r;
    xs_store_rows_init(&r);
    if (rc == XS_OK)
        rc = xs_store_exec(s,
                           "SELECT count(*) FROM xsflow_notifications WHERE run_id = ? AND "
                           "status = ? AND (outcome <> 'sending' OR created >= ?)",
                           p, 3, &r, d);
    bool owed = rc == XS_OK && xs_array_at(xs_array_at(r.rows, 0), 0).u.i == 0;
    xs_store_rows_release(&r);
    xs_store_rows_init(&r);
    if (owed)
        rc = xs_store_exec(s,
                           "DELETE FROM xsflow_notifications WHERE run_id = ? AND status = ? AND "
                           "outcome = 'sending'",
                           p, 2, NULL, d);
    if (owed && rc == XS_OK) {
        xs_value q[3] = {p[0], p[1], xs_int(xs_clock_now_ms())};
        rc = xs_store_exec(s,
                           "INSERT INTO xsflow_notifications (run_id, status, channel, outcome, "
                           "attempts, created) VALUES (?, ?, 'slack', 'sending', 0, ?) "
                           "RETURNING id",
                           q, 3, &r, d);
        if (rc == XS_OK)
            *row = xs_array_at(xs_array_at(r.rows, 0), 0).u.i;
    }
    xs_store_rows_release(&r);
    xs_release(p[1]);
    if (rc == XS_OK)
        return xs_engine_tx_commit(e, s, d);
    xs_engine_tx_rollback(e, s);
    *row = 0;
    return rc;
}

xs_status xs_engine_notify_sweep(xs_engine *e, xs_store *s, xs_notify_cursor *cur, int *sent,
                                 xs_diag *d)
{
    *sent = 0;
    const xs_notify_config *nc = xs_config_notify(e->cfg);
    if (!nc->slack_url_env || !nc->on)
        return XS_OK;
    static const char *const statuses[] = {XS_RUN_COMPLETE, XS_RUN_PARTIAL, XS_RUN_ERROR,
                                           XS_RUN_CANCELLED};
    xs_buf sql;
    xs_buf_init(&sql);
    /* owed: what claim_owed checks under its lock, read first, so that
     * the runs already notified cost no write transaction */
    xs_buf_adds(&sql, "SELECT id, name, status, ended, NOT EXISTS (SELECT 1 FROM "
                      "xsflow_notifications n WHERE n.run_id = xsflow_runs.id AND n.status = "
                      "xsflow_runs.status AND (n.outcome <> 'sending' OR n.created >= ?)) FROM "
                      "xsflow_runs WHERE ended <= ? AND (ended > ? OR (ended = ? AND id > ?)) "
                      "AND status IN (");
    int n = 0;
    for (size_t i = 0; i < XS_COUNTOF(statuses); i++)
        if (nc->on & xs_config_status_bit(statuses[i]))
            xs_buf_addf(&sql, "%s'%s'", n++ ? ", " : "", statuses[i]);
    xs_buf_addf(&sql, ") ORDER BY ended, id LIMIT %d", NOTIFY_SWEEP_BATCH);
    int64_t bound = xs_engine_notify_bound_ms(e);
    int64_t now = xs_clock_now_ms();
    xs_value p[5] = {xs_int(now - bound), xs_int(now - bound), xs_int(cur->ended),
                     xs_int(cur->ended), xs_int(cur->id)};
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc = xs_store_exec(s, xs_buf_cstr(&sql), p, 5, &r, d);
    xs_buf_release(&sql);
    for (size_t i = 0; rc == XS_OK && i < xs_array_len(r.rows); i++) {
        xs_value row = xs_array_at(r.rows, i);
        int64_t id = xs_array_at(row, 0).u.i;
        const char *name = xs_text_ptr(xs_array_at(row, 1));
        const char *status = xs_text_ptr(xs_array_at(row, 2));
        int64_t claimed = 0;
        bool owed = xs_value_truthy(xs_array_at(row, 4));
        if (owed && xs_engine_notify_wanted(e, name, status) &&
            (rc = claim_owed(e, s, id, status, now - bound, &claimed, d)) == XS_OK && claimed) {
            xs_engine_log(e, "run %lld %s: its notification was never recorded: sending it now",
                          (long long)id, name);
            deliver(e, s, claimed, id, name, status);
            (*sent)++;
        }
        if (rc == XS_OK) {
            cur->ended = xs_array_at(row, 3).u.i;
            cur->id = id;
        }
    }
    xs_store_rows_release(&r);
    return rc;
}
