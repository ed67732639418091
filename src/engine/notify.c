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
 * transaction, from the runner that ended it: at most once (a crash
 * between the end and the post loses it), and it never changes the run.
 */
#include "engine/engine_int.h"

#include <time.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "engine/records.h"
#include "value/json.h"

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

static void record(xs_engine *e, xs_store *s, int64_t id, const char *status, bool sent,
                   int attempts, long http_status, const char *error)
{
    xs_value p[6] = {xs_int(id),
                     xs_text_cstr(status),
                     xs_text_cstr(sent ? "sent" : "failed"),
                     xs_int(attempts),
                     http_status ? xs_int(http_status) : xs_null(),
                     error ? xs_text_cstr(error) : xs_null()};
    xs_value all[7];
    memcpy(all, p, sizeof p);
    all[6] = xs_int(xs_clock_now_ms());
    xs_diag d;
    xs_diag_init(&d);
    if (xs_engine_write(e, s,
                        "INSERT INTO xsflow_notifications (run_id, status, channel, outcome, "
                        "attempts, http_status, error, created) VALUES (?, ?, 'slack', ?, ?, ?, "
                        "?, ?)",
                        all, 7, NULL, &d) != XS_OK) {
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

void xs_engine_notify(xs_engine *e, xs_store *s, int64_t id, const char *name, const char *status)
{
    const xs_notify_config *nc = xs_config_notify(e->cfg);
    if (!xs_engine_notify_wanted(e, name, status))
        return;
    const char *url = webhook_url(e, nc->slack_url_env);
    if (!url || !e->post) {
        char why[160];
        if (!url)
            snprintf(why, sizeof why, "'%.100s' (slack_url_env) is not set", nc->slack_url_env);
        else
            snprintf(why, sizeof why, "this command has no HTTP client to post with");
        xs_engine_log(e, "run %lld %s: not notified: %s", (long long)id, name, why);
        record(e, s, id, status, false, 0, 0, why);
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

    int attempts = 0;
    long http = 0;
    bool sent = false;
    xs_buf err;
    xs_buf_init(&err);
    for (int64_t k = 0; k <= nc->retries && !sent; k++) {
        if (k > 0) {
            /* 250 ms, 500 ms, 1 s... between attempts, at most 4 s */
            int64_t ms = 250LL << (k - 1 < 4 ? k - 1 : 4);
            struct timespec ts = {(time_t)(ms / 1000), (long)(ms % 1000) * 1000000L};
            nanosleep(&ts, NULL);
        }
        attempts++;
        xs_buf_reset(&err);
        http = 0;
        if (e->post(url, body.ptr, body.len, nc->timeout_ms, &http, &err) == XS_OK) {
            sent = http >= 200 && http < 300;
            if (!sent)
                xs_buf_addf(&err, "the receiver answered HTTP %ld", http);
        }
    }
    if (!sent)
        xs_engine_log(e, "run %lld %s: notification failed after %d attempt%s: %s",
                      (long long)id, name, attempts, attempts == 1 ? "" : "s",
                      err.len ? xs_buf_cstr(&err) : "no answer");
    record(e, s, id, status, sent, attempts, http, sent ? NULL : xs_buf_cstr(&err));
    xs_buf_release(&err);
    xs_buf_release(&body);
}
