/*
 * sched.c - task schedules: `schedule { events = [{starts_on, freq,
 * ends_on}] }` fires a task at starts_on, starts_on + freq seconds, ...
 * up to ends_on. Each event's last firing time is kept in
 * xsflow_schedules and moved forward in the same transaction that queues
 * the run, so that a restart (or a second node) never fires a time twice.
 * After downtime only the latest due time fires; the times passed over
 * are recorded as missed. With overlap "skip" a firing while a run of the
 * task is still queued or running is recorded as skipped.
 *
 * The cron entries of xsflow.json ("cron") fire the same way, at the
 * times of their expression (cron.h) in their time zone.
 */
#include "engine/engine_int.h"

#include <stdio.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "engine/records.h"
#include "value/json.h"

enum { MAX_MISSED_ROWS = 100 };

/* A literal of the schedule as a value: numbers, text and timestamps. */
static bool literal_ms(const xs_ast_expr *x, int64_t *ms)
{
    if (!x)
        return false;
    switch ((xs_expr_kind)x->kind) {
    case XS_EXPR_INT:
        *ms = x->u.num.i;
        return true;
    case XS_EXPR_DECIMAL:
        *ms = (int64_t)x->u.num.d;
        return true;
    case XS_EXPR_TIMESTAMP:
        return xs_time_parse(x->u.ident.ptr, x->u.ident.len, ms);
    case XS_EXPR_STRING:
        return xs_time_parse(x->u.str.val.ptr, x->u.str.val.len, ms);
    case XS_EXPR_NULL:
        *ms = 0;
        return true;
    default:
        return false;
    }
}

static const xs_ast_expr *entry(const xs_ast_expr *obj, const char *key)
{
    for (uint32_t i = 0; i < obj->u.obj.n; i++)
        if (xs_str_eq_cstr(obj->u.obj.items[i].key, key))
            return obj->u.obj.items[i].value;
    return NULL;
}

static xs_status add_task(xs_engine *e, const xs_ast_object *o, const char *file, xs_diag *d)
{
    const xs_ast_block *sch = xs_ast_object_block(o, "schedule");
    if (!sch)
        return XS_OK;
    const xs_ast_expr *ev = xs_ast_block_attr(sch, "events");
    if (!ev)
        return XS_OK;
    if (ev->kind != XS_EXPR_ARRAY)
        return xs_diag_error(d, XS_E_CHECK, file, (int)ev->pos.line, (int)ev->pos.col,
                             "schedule events must be a list of {starts_on, freq, ends_on}");
    for (uint32_t i = 0; i < ev->u.arr.n; i++) {
        const xs_ast_expr *x = ev->u.arr.items[i];
        sched_event se = {0};
        se.event = (int)i;
        if (x->kind != XS_EXPR_OBJECT || !literal_ms(entry(x, "starts_on"), &se.starts_on))
            return xs_diag_error(d, XS_E_CHECK, file, (int)x->pos.line, (int)x->pos.col,
                                 "schedule event %u of task '%.*s' needs starts_on, a timestamp",
                                 i + 1, (int)o->name.len, o->name.ptr);
        int64_t freq = 0;
        const xs_ast_expr *fx = entry(x, "freq");
        if (fx && (fx->kind != XS_EXPR_INT || fx->u.num.i < 0))
            return xs_diag_error(d, XS_E_CHECK, file, (int)fx->pos.line, (int)fx->pos.col,
                                 "schedule freq must be a number of seconds");
        if (fx)
            freq = fx->u.num.i;
        se.freq_ms = freq * 1000;
        const xs_ast_expr *ex = entry(x, "ends_on");
        if (ex && !literal_ms(ex, &se.ends_on))
            return xs_diag_error(d, XS_E_CHECK, file, (int)ex->pos.line, (int)ex->pos.col,
                                 "schedule ends_on must be a timestamp");
        e->events = xs_realloc(e->events, (e->nevents + 1) * sizeof *e->events);
        se.task = o;
        e->events[e->nevents] = se;
        e->nevents++;
    }
    return XS_OK;
}

/* ---- cron entries of xsflow.json ---- */

/* A cron entry's key in xsflow_schedules and xsflow_firings: negative (a
 * task's own events count from 0), from what the entry says rather than
 * where it stands, so that reordering the list keeps each entry's
 * history. */
static int cron_event(const char *task, xs_str expr, const char *tz, xs_value input)
{
    uint32_t h = 2166136261u;
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_addf(&b, "%s%c%.*s%c%s%c", task, 0, (int)expr.len, expr.ptr, 0, tz, 0);
    xs_json_encode(input, XS_JSON_COMPACT, &b);
    for (size_t i = 0; i < b.len; i++)
        h = (h ^ (unsigned char)b.ptr[i]) * 16777619u;
    xs_buf_release(&b);
    return -(int)(h & 0x3fffffff) - 1;
}

/* entry := {"task": TEXT, "expr": TEXT, "tz"?: TEXT, "input"?: OBJECT} */
static xs_status add_cron(xs_engine *e, xs_value x, int index, const char *file, int64_t now,
                          xs_diag *d)
{
    char where[200];
    snprintf(where, sizeof where, "\"cron\" entry %d", index);
    if (x.type != XS_OBJECT)
        return xs_diag_error(d, XS_E_TYPE, file, 0, 0,
                             "%s must be an object {\"task\", \"expr\", \"tz\", \"input\"}", where);
    for (size_t i = 0; i < xs_object_len(x); i++) {
        xs_str k = xs_object_key_at(x, i);
        if (!xs_str_eq_cstr(k, "task") && !xs_str_eq_cstr(k, "expr") && !xs_str_eq_cstr(k, "tz") &&
            !xs_str_eq_cstr(k, "input"))
            return xs_diag_error(d, XS_E_NOTFOUND, file, 0, 0,
                                 "%s: unknown key '%.*s' (task, expr, tz, input expected)", where,
                                 (int)(k.len > 40 ? 40 : k.len), k.ptr);
    }
    const xs_value *task = xs_object_get(x, XS_STR("task"));
    const xs_value *expr = xs_object_get(x, XS_STR("expr"));
    const xs_value *tz = xs_object_get(x, XS_STR("tz"));
    const xs_value *input = xs_object_get(x, XS_STR("input"));
    if (!task || task->type != XS_TEXT)
        return xs_diag_error(d, XS_E_TYPE, file, 0, 0, "%s needs \"task\", the name of a task",
                             where);
    snprintf(where, sizeof where, "\"cron\" entry %d ('%.120s')", index, xs_text_ptr(*task));
    const xs_ast_object *o = xs_workspace_function(e->ws, xs_text_str(*task));
    if (!o)
        return xs_diag_error(d, XS_E_NOTFOUND, file, 0, 0,
                             "%s: no task or function of that name in the workspace", where);
    if (!expr || expr->type != XS_TEXT)
        return xs_diag_error(d, XS_E_TYPE, file, 0, 0,
                             "%s needs \"expr\", a cron expression (\"0 2 * * *\")", where);
    if (tz && tz->type != XS_TEXT && tz->type != XS_NULL)
        return xs_diag_error(d, XS_E_TYPE, file, 0, 0,
                             "%s: \"tz\" must be a time zone name (\"Europe/Paris\")", where);
    if (input && input->type != XS_OBJECT && input->type != XS_NULL)
        return xs_diag_error(d, XS_E_TYPE, file, 0, 0, "%s: \"input\" must be an object", where);
    sched_event se = {0};
    se.task = o;
    se.is_cron = true;
    se.index = index;
    se.expr = xs_text_ptr(*expr);
    se.input = input ? *input : xs_null();
    se.since = now;
    xs_status rc = xs_cron_parse(xs_text_str(*expr), &se.cron, file, where, d);
    if (rc != XS_OK)
        return rc;
    const char *zone = tz && tz->type == XS_TEXT ? xs_text_ptr(*tz) : "UTC";
    se.tz = xs_tz_find(xs_str_of(zone));
    if (!se.tz)
        return xs_diag_error(d, XS_E_NOTFOUND, file, 0, 0,
                             "%s: unknown time zone '%.60s' (a tz database name like "
                             "\"Europe/Paris\", \"UTC\" or an offset like \"+02:00\")",
                             where, zone);
    int64_t t;
    if (!xs_cron_next(&se.cron, se.tz, now, &t))
        return xs_diag_error(d, XS_E_CHECK, file, 0, 0, "%s: '%s' never fires", where, se.expr);
    se.event = cron_event(xs_text_ptr(*task), xs_text_str(*expr), xs_tz_name(se.tz), se.input);
    for (size_t i = 0; i < e->nevents; i++)
        if (e->events[i].is_cron && e->events[i].event == se.event)
            return xs_diag_error(d, XS_E_CHECK, file, 0, 0, "%s repeats \"cron\" entry %d", where,
                                 e->events[i].index);
    e->events = xs_realloc(e->events, (e->nevents + 1) * sizeof *e->events);
    e->events[e->nevents++] = se;
    return XS_OK;
}

xs_status xs_sched_load(xs_engine *e, xs_diag *d)
{
    const xs_ast_doc *doc;
    for (size_t i = 0; (doc = xs_workspace_doc(e->ws, i)) != NULL; i++)
        for (uint32_t j = 0; j < doc->n; j++)
            if (doc->objects[j]->kind == XS_OBJ_TASK) {
                xs_status rc = add_task(e, doc->objects[j], doc->file, d);
                if (rc != XS_OK)
                    return rc;
            }
    xs_value cron = xs_config_member(e->cfg, "cron");
    const char *file = xs_config_file(e->cfg);
    if (cron.type != XS_NULL && cron.type != XS_ARRAY)
        return xs_diag_error(
            d, XS_E_TYPE, file, 0, 0,
            "\"cron\" must be an array of {\"task\", \"expr\", \"tz\", \"input\"}");
    int64_t now = xs_clock_now_ms();
    for (size_t i = 0; cron.type == XS_ARRAY && i < xs_array_len(cron); i++) {
        xs_status rc = add_cron(e, xs_array_at(cron, i), (int)i + 1, file, now, d);
        if (rc != XS_OK)
            return rc;
    }
    return XS_OK;
}

/* The latest firing time of se at or before now; false when none. */
static bool due_time(const sched_event *se, int64_t now, int64_t *t)
{
    if (now < se->starts_on)
        return false;
    int64_t last = now;
    if (se->ends_on && se->ends_on < last)
        last = se->ends_on;
    if (last < se->starts_on)
        return false;
    if (se->freq_ms <= 0) {
        *t = se->starts_on;
        return true;
    }
    *t = se->starts_on + (last - se->starts_on) / se->freq_ms * se->freq_ms;
    return true;
}

static xs_status record_firing(xs_store *s, const char *task, int event, int64_t t,
                               const char *outcome, int64_t run_id, xs_diag *d)
{
    xs_value p[6] = {xs_text_cstr(task),
                     xs_int(event),
                     xs_int(t),
                     xs_text_cstr(outcome),
                     run_id ? xs_int(run_id) : xs_null(),
                     xs_int(xs_clock_now_ms())};
    xs_status rc = xs_store_exec(s,
                                 "INSERT INTO xsflow_firings (task, event, fire_time, outcome, "
                                 "run_id, recorded) VALUES (?, ?, ?, ?, ?, ?)",
                                 p, 6, NULL, d);
    xs_release(p[0]);
    xs_release(p[3]);
    return rc;
}

/* Begins the transaction of a firing. On PostgreSQL *ours is false (and
 * nothing is open) when another process holds the scheduler's lock. */
static xs_status fire_begin(xs_engine *e, xs_store *s, bool *ours, xs_diag *d)
{
    *ours = false;
    xs_status rc = xs_engine_tx_begin(e, s, d);
    if (rc != XS_OK)
        return rc;
    if (xs_store_kind_of(s) == XS_STORE_PG) {
        /* one node at a time fires schedules */
        xs_store_rows r;
        xs_store_rows_init(&r);
        rc = xs_store_exec(s, "SELECT pg_try_advisory_xact_lock(7355602)", NULL, 0, &r, d);
        bool got = rc == XS_OK && xs_array_len(r.rows) == 1 &&
                   xs_value_truthy(xs_array_at(xs_array_at(r.rows, 0), 0));
        xs_store_rows_release(&r);
        if (!got) {
            xs_engine_tx_rollback(e, s);
            return rc;
        }
    }
    *ours = true;
    return XS_OK;
}

/* The last firing time of (task, event), locked for this transaction;
 * *has is false when it never fired. */
static xs_status read_last(xs_store *s, xs_value task, int event, bool *has, int64_t *last,
                           xs_diag *d)
{
    xs_value p[2] = {task, xs_int(event)};
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc =
        xs_store_exec(s,
                      xs_store_kind_of(s) == XS_STORE_PG
                          ? "SELECT last_fire FROM xsflow_schedules WHERE task = ? AND event = ? "
                            "FOR UPDATE"
                          : "SELECT last_fire FROM xsflow_schedules WHERE task = ? AND event = ?",
                      p, 2, &r, d);
    *has = rc == XS_OK && xs_array_len(r.rows) == 1;
    *last = *has ? xs_array_at(xs_array_at(r.rows, 0), 0).u.i : 0;
    xs_store_rows_release(&r);
    return rc;
}

static xs_status write_last(xs_store *s, xs_value task, int event, bool has, int64_t t, xs_diag *d)
{
    if (!has) {
        xs_value p[3] = {task, xs_int(event), xs_int(t)};
        return xs_store_exec(
            s, "INSERT INTO xsflow_schedules (task, event, last_fire) VALUES (?, ?, ?)", p, 3, NULL,
            d);
    }
    xs_value q[3] = {xs_int(t), task, xs_int(event)};
    return xs_store_exec(
        s, "UPDATE xsflow_schedules SET last_fire = ? WHERE task = ? AND event = ?", q, 3, NULL, d);
}

/* Queues the run of a firing at due as the task's overlap setting says
 * and records the firing: *id is 0 when it was skipped. */
static xs_status queue_firing(xs_engine *e, xs_store *s, const sched_event *se, xs_value tn,
                              int64_t due, int64_t *id, xs_diag *d)
{
    const char *task = xs_text_ptr(tn);
    const char *overlap = xs_config_object(e->cfg, task)->overlap;
    *id = 0;
    xs_status rc = XS_OK;
    bool skip = false;
    if (!overlap || strcmp(overlap, "allow") != 0) {
        xs_store_rows r;
        xs_store_rows_init(&r);
        /* the queued runs and the held ones, each searched in its index
         * (xsflow_runs_queued, xsflow_runs_held), not the task's history */
        xs_value p[2] = {tn, tn};
        rc = xs_store_exec(s,
                           "SELECT (SELECT count(*) FROM xsflow_runs WHERE status = 'Queued' AND "
                           "name = ?), (SELECT count(*) FROM xsflow_runs WHERE lease_until IS NOT "
                           "NULL AND name = ? AND status IN ('Started', 'Processing'))",
                           p, 2, &r, d);
        if (rc == XS_OK) {
            xs_value row = xs_array_at(r.rows, 0);
            int64_t queued = xs_array_at(row, 0).u.i, running = xs_array_at(row, 1).u.i;
            /* skip: none queued or running; buffer: none waiting (one may run) */
            bool buffer = overlap && strcmp(overlap, "buffer") == 0;
            skip = buffer ? queued > 0 : queued + running > 0;
        }
        xs_store_rows_release(&r);
    }
    if (rc == XS_OK && !skip)
        rc = xs_engine_enqueue_on(e, s, task, se->input, due, id, d);
    if (rc == XS_OK)
        rc = record_firing(s, task, se->event, due, skip ? "skipped" : "fired", *id, d);
    return rc;
}

/* Commits a firing's transaction and tells the runners. */
static xs_status fire_commit(xs_engine *e, xs_store *s, const sched_event *se, const char *task,
                             int64_t due, int64_t id, xs_diag *d)
{
    xs_status rc = xs_engine_tx_commit(e, s, d);
    if (rc != XS_OK)
        return rc;
    char what[48] = "schedule";
    if (se->is_cron)
        snprintf(what, sizeof what, "cron entry %d", se->index);
    xs_engine_log(e, "%s: task '%s' %s for %lld (run %lld)", what, task,
                  id ? "fired" : "skipped (a run is still going)", (long long)due, (long long)id);
    if (id)
        xs_engine_announce(e, s, d);
    return XS_OK;
}

static xs_status fire(xs_engine *e, xs_store *s, const sched_event *se, const char *task,
                      int64_t due, bool *fired, xs_diag *d)
{
    *fired = false;
    bool ours;
    xs_status rc = fire_begin(e, s, &ours, d);
    if (rc != XS_OK || !ours)
        return rc;
    xs_value tn = xs_text_cstr(task);
    bool has;
    int64_t last, id = 0;
    if ((rc = read_last(s, tn, se->event, &has, &last, d)) != XS_OK)
        goto out_rollback;
    if (has && last >= due)
        goto out_rollback; /* fired already */
    if (has && se->freq_ms > 0) {
        int64_t n = 0;
        for (int64_t t = last + se->freq_ms; t < due && rc == XS_OK; t += se->freq_ms, n++)
            if (n < MAX_MISSED_ROWS)
                rc = record_firing(s, task, se->event, t, "missed", 0, d);
    }
    if (rc == XS_OK)
        rc = write_last(s, tn, se->event, has, due, d);
    if (rc == XS_OK)
        rc = queue_firing(e, s, se, tn, due, &id, d);
    if (rc != XS_OK)
        goto out_rollback;
    xs_release(tn);
    rc = fire_commit(e, s, se, task, due, id, d);
    *fired = rc == XS_OK && id;
    return rc;
out_rollback:
    xs_release(tn);
    xs_engine_tx_rollback(e, s);
    return rc;
}

/* A cron entry: reads its last firing (a new entry counts from se->since),
 * fires its latest due time if it has one, records the times passed over
 * as missed, and remembers when it is next due. */
static xs_status fire_cron(xs_engine *e, xs_store *s, sched_event *se, const char *task,
                           int64_t now, bool *fired, xs_diag *d)
{
    *fired = false;
    bool ours;
    xs_status rc = fire_begin(e, s, &ours, d);
    if (rc != XS_OK || !ours)
        return rc;
    xs_value tn = xs_text_cstr(task);
    bool has;
    int64_t last, first, id = 0;
    if ((rc = read_last(s, tn, se->event, &has, &last, d)) != XS_OK)
        goto out_rollback;
    if (!has)
        last = se->since;
    if (!xs_cron_next(&se->cron, se->tz, last, &first)) {
        se->next = INT64_MAX; /* never again */
        goto out_rollback;
    }
    if (first > now) {
        se->next = first;
        if (has)
            goto out_rollback;
        /* a new entry: its starting point is kept, so that a time due
         * while this process is down still fires after it */
        if ((rc = write_last(s, tn, se->event, false, last, d)) != XS_OK)
            goto out_rollback;
        xs_release(tn);
        return xs_engine_tx_commit(e, s, d);
    }
    /* the due time is the latest at or before now; the ones before it
     * were missed (at most MAX_MISSED_ROWS are recorded) */
    int64_t due = first, t;
    for (int n = 0; rc == XS_OK && xs_cron_next(&se->cron, se->tz, due, &t) && t <= now; n++) {
        if (n == MAX_MISSED_ROWS) {
            if (xs_cron_latest(&se->cron, se->tz, due, now, &t))
                due = t;
            break;
        }
        rc = record_firing(s, task, se->event, due, "missed", 0, d);
        due = t;
    }
    if (rc == XS_OK)
        rc = write_last(s, tn, se->event, has, due, d);
    if (rc == XS_OK)
        rc = queue_firing(e, s, se, tn, due, &id, d);
    if (rc != XS_OK)
        goto out_rollback;
    xs_release(tn);
    rc = fire_commit(e, s, se, task, due, id, d);
    if (rc == XS_OK) {
        *fired = id != 0;
        se->next = xs_cron_next(&se->cron, se->tz, due, &t) ? t : INT64_MAX;
    }
    return rc;
out_rollback:
    xs_release(tn);
    xs_engine_tx_rollback(e, s);
    return rc;
}

xs_status xs_sched_tick(xs_engine *e, xs_store *s, int64_t now, int *fired, xs_diag *d)
{
    *fired = 0;
    for (size_t i = 0; i < e->nevents; i++) {
        sched_event *se = &e->events[i];
        int64_t due = 0;
        if (se->is_cron ? se->next > now : !due_time(se, now, &due))
            continue;
        char *task = xs_strndup(se->task->name.ptr, se->task->name.len);
        bool f = false;
        xs_status rc =
            se->is_cron ? fire_cron(e, s, se, task, now, &f, d) : fire(e, s, se, task, due, &f, d);
        xs_free(task);
        if (rc != XS_OK)
            return rc;
        *fired += f;
    }
    return XS_OK;
}

/* ---- the schedules as the admin API shows them ---- */

/* When se fires next after its last firing (has_last: there was one), as
 * xs_sched_tick would at now; false when it will not fire again. */
static bool next_fire(const sched_event *se, bool has_last, int64_t last, int64_t now, int64_t *t)
{
    int64_t first;
    if (!has_last || last < se->starts_on)
        first = se->starts_on;
    else if (se->freq_ms > 0)
        first = se->starts_on + ((last - se->starts_on) / se->freq_ms + 1) * se->freq_ms;
    else
        return false; /* a one-off that fired */
    if (se->ends_on && first > se->ends_on)
        return false;
    /* overdue (the scheduler was off): the next tick fires the latest due time */
    if (first > now || !due_time(se, now, t) || *t < first)
        *t = first;
    return true;
}

/* The same for a cron entry whose starting point is base (its last
 * firing, or when it was first seen). */
static bool next_cron(const sched_event *se, int64_t base, int64_t now, int64_t *t)
{
    if (!xs_cron_next(&se->cron, se->tz, base, t))
        return false;
    if (*t <= now)
        xs_cron_latest(&se->cron, se->tz, base, now, t); /* overdue: fires at the next tick */
    return true;
}

static xs_value opt_ms(int64_t ms, bool has)
{
    return has ? xs_int(ms) : xs_null();
}

/* The row of (task, event) in rows of (task, event, ms); false when none. */
static bool find_row(xs_value rows, xs_str task, int event, int64_t *ms)
{
    for (size_t j = 0; j < xs_array_len(rows); j++) {
        xs_value row = xs_array_at(rows, j);
        if (xs_str_eq(xs_text_str(xs_array_at(row, 0)), task) && xs_array_at(row, 1).u.i == event) {
            *ms = xs_array_at(row, 2).u.i;
            return true;
        }
    }
    return false;
}

xs_status xs_engine_schedules(xs_engine *e, xs_store *s, xs_value *out, xs_diag *d)
{
    *out = xs_null();
    xs_store_rows r, f;
    xs_store_rows_init(&r);
    xs_store_rows_init(&f);
    xs_status rc =
        xs_store_exec(s, "SELECT task, event, last_fire FROM xsflow_schedules", NULL, 0, &r, d);
    /* a cron entry's row starts at the time it was first seen, which is no
     * firing: its last firing is read from the firings */
    if (rc == XS_OK)
        rc = xs_store_exec(s,
                           "SELECT task, event, max(fire_time) FROM xsflow_firings WHERE event < 0 "
                           "AND outcome <> 'missed' GROUP BY task, event",
                           NULL, 0, &f, d);
    if (rc != XS_OK) {
        xs_store_rows_release(&r);
        xs_store_rows_release(&f);
        return rc;
    }
    int64_t now = xs_clock_now_ms();
    *out = xs_array_new(e->nevents);
    for (size_t i = 0; i < e->nevents; i++) {
        const sched_event *se = &e->events[i];
        xs_str task = {se->task->name.ptr, se->task->name.len};
        int64_t row = 0, last = 0, next = 0;
        bool has_row = find_row(r.rows, task, se->event, &row);
        bool has_last = se->is_cron ? find_row(f.rows, task, se->event, &last) : has_row;
        if (!se->is_cron)
            last = row;
        bool has_next = se->is_cron ? next_cron(se, has_row ? row : se->since, now, &next)
                                    : next_fire(se, has_last, last, now, &next);
        xs_value o = xs_object_new(10);
        xs_object_set(&o, XS_STR("task"), xs_text_from_str(task));
        xs_object_set(&o, XS_STR("event"), xs_int(se->event));
        xs_object_set(&o, XS_STR("cron"), se->is_cron ? xs_text_cstr(se->expr) : xs_null());
        xs_object_set(&o, XS_STR("tz"), se->is_cron ? xs_text_cstr(xs_tz_name(se->tz)) : xs_null());
        if (se->is_cron)
            xs_object_set(&o, XS_STR("input"),
                          xs_value_clone_deep(se->input)); /* the config is shared */
        xs_object_set(&o, XS_STR("starts_on"), opt_ms(se->starts_on, !se->is_cron));
        xs_object_set(&o, XS_STR("freq_ms"), opt_ms(se->freq_ms, !se->is_cron));
        xs_object_set(&o, XS_STR("ends_on"), opt_ms(se->ends_on, se->ends_on != 0));
        xs_object_set(&o, XS_STR("last_fire"), opt_ms(last, has_last));
        xs_object_set(&o, XS_STR("next_fire"), opt_ms(next, has_next));
        xs_array_push(out, o);
    }
    xs_store_rows_release(&r);
    xs_store_rows_release(&f);
    return XS_OK;
}
