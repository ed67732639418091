/*
 * sched.c - task schedules: `schedule { events = [{starts_on, freq,
 * ends_on}] }` fires a task at starts_on, starts_on + freq seconds, ...
 * up to ends_on. Each event's last firing time is kept in
 * xsflow_schedules and moved forward in the same transaction that queues
 * the run, so that a restart (or a second node) never fires a time twice.
 * After downtime only the latest due time fires; the times passed over
 * are recorded as missed. With overlap "skip" a firing while a run of the
 * task is still queued or running is recorded as skipped.
 */
#include "engine/engine_int.h"

#include "base/alloc.h"
#include "base/clock.h"
#include "engine/records.h"

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
    xs_value p[6] = {xs_text_cstr(task), xs_int(event), xs_int(t), xs_text_cstr(outcome),
                     run_id ? xs_int(run_id) : xs_null(), xs_int(xs_clock_now_ms())};
    xs_status rc = xs_store_exec(s,
                                 "INSERT INTO xsflow_firings (task, event, fire_time, outcome, "
                                 "run_id, recorded) VALUES (?, ?, ?, ?, ?, ?)",
                                 p, 6, NULL, d);
    xs_release(p[0]);
    xs_release(p[3]);
    return rc;
}

static xs_status fire(xs_engine *e, xs_store *s, const sched_event *se, const char *task,
                      int64_t due, bool *fired, xs_diag *d)
{
    *fired = false;
    xs_status rc = xs_engine_tx_begin(e, s, d);
    if (rc != XS_OK)
        return rc;
    bool pg = xs_store_kind_of(s) == XS_STORE_PG;
    xs_store_rows r;
    xs_store_rows_init(&r);
    if (pg) {
        /* one node at a time fires schedules */
        rc = xs_store_exec(s, "SELECT pg_try_advisory_xact_lock(7355602)", NULL, 0, &r, d);
        if (rc != XS_OK || xs_array_len(r.rows) == 0 ||
            !xs_value_truthy(xs_array_at(xs_array_at(r.rows, 0), 0)))
            goto out_rollback;
    }
    xs_value tn = xs_text_cstr(task);
    xs_value p[4] = {tn, xs_int(se->event), xs_int(due), xs_null()};
    rc = xs_store_exec(s,
                       pg ? "SELECT last_fire FROM xsflow_schedules WHERE task = ? AND event = ? "
                            "FOR UPDATE"
                          : "SELECT last_fire FROM xsflow_schedules WHERE task = ? AND event = ?",
                       p, 2, &r, d);
    if (rc != XS_OK)
        goto out_tn;
    if (xs_array_len(r.rows) == 0) {
        rc = xs_store_exec(s,
                           "INSERT INTO xsflow_schedules (task, event, last_fire) VALUES (?, ?, ?)",
                           p, 3, NULL, d);
    } else {
        int64_t last = xs_array_at(xs_array_at(r.rows, 0), 0).u.i;
        if (last >= due)
            goto out_tn; /* fired already */
        if (se->freq_ms > 0) {
            int64_t n = 0;
            for (int64_t t = last + se->freq_ms; t < due && rc == XS_OK; t += se->freq_ms, n++)
                if (n < MAX_MISSED_ROWS)
                    rc = record_firing(s, task, se->event, t, "missed", 0, d);
        }
        xs_value q[3] = {xs_int(due), tn, xs_int(se->event)};
        if (rc == XS_OK)
            rc = xs_store_exec(s,
                               "UPDATE xsflow_schedules SET last_fire = ? WHERE task = ? AND "
                               "event = ?",
                               q, 3, NULL, d);
    }
    if (rc != XS_OK)
        goto out_tn;
    const xs_obj_config *oc = xs_config_object(e->cfg, task);
    bool skip = false;
    if (oc->overlap && strcmp(oc->overlap, "skip") == 0) {
        rc = xs_store_exec(s,
                           "SELECT count(*) FROM xsflow_runs WHERE name = ? AND status IN "
                           "('Queued', 'Started', 'Processing')",
                           &tn, 1, &r, d);
        skip = rc == XS_OK && xs_array_at(xs_array_at(r.rows, 0), 0).u.i > 0;
    }
    int64_t id = 0;
    if (rc == XS_OK && !skip)
        rc = xs_engine_enqueue_on(e, s, task, due, &id, d);
    if (rc == XS_OK)
        rc = record_firing(s, task, se->event, due, skip ? "skipped" : "fired", id, d);
    if (rc != XS_OK)
        goto out_tn;
    xs_release(tn);
    xs_store_rows_release(&r);
    rc = xs_engine_tx_commit(e, s, d);
    if (rc == XS_OK) {
        *fired = !skip;
        xs_engine_log(e, "schedule: task '%s' %s for %lld (run %lld)", task,
                      skip ? "skipped (a run is still going)" : "fired", (long long)due,
                      (long long)id);
        if (pg && !skip)
            xs_store_exec(s, "SELECT pg_notify('xsflow_runs', '')", NULL, 0, NULL, d);
    }
    return rc;
out_tn:
    xs_release(tn);
out_rollback:
    xs_store_rows_release(&r);
    xs_engine_tx_rollback(e, s);
    return rc;
}

xs_status xs_sched_tick(xs_engine *e, xs_store *s, int64_t now, int *fired, xs_diag *d)
{
    *fired = 0;
    for (size_t i = 0; i < e->nevents; i++) {
        const sched_event *se = &e->events[i];
        int64_t due;
        if (!due_time(se, now, &due))
            continue;
        char *task = xs_strndup(se->task->name.ptr, se->task->name.len);
        bool f = false;
        xs_status rc = fire(e, s, se, task, due, &f, d);
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

static xs_value opt_ms(int64_t ms, bool has)
{
    return has ? xs_int(ms) : xs_null();
}

xs_status xs_engine_schedules(xs_engine *e, xs_store *s, xs_value *out, xs_diag *d)
{
    *out = xs_null();
    xs_store_rows r;
    xs_store_rows_init(&r);
    xs_status rc =
        xs_store_exec(s, "SELECT task, event, last_fire FROM xsflow_schedules", NULL, 0, &r, d);
    if (rc != XS_OK) {
        xs_store_rows_release(&r);
        return rc;
    }
    int64_t now = xs_clock_now_ms();
    *out = xs_array_new(e->nevents);
    for (size_t i = 0; i < e->nevents; i++) {
        const sched_event *se = &e->events[i];
        xs_str task = {se->task->name.ptr, se->task->name.len};
        bool has_last = false;
        int64_t last = 0;
        for (size_t j = 0; j < xs_array_len(r.rows) && !has_last; j++) {
            xs_value row = xs_array_at(r.rows, j);
            if (xs_str_eq(xs_text_str(xs_array_at(row, 0)), task) &&
                xs_array_at(row, 1).u.i == se->event) {
                has_last = true;
                last = xs_array_at(row, 2).u.i;
            }
        }
        int64_t next = 0;
        bool has_next = next_fire(se, has_last, last, now, &next);
        xs_value o = xs_object_new(7);
        xs_object_set(&o, XS_STR("task"), xs_text_from_str(task));
        xs_object_set(&o, XS_STR("event"), xs_int(se->event));
        xs_object_set(&o, XS_STR("starts_on"), xs_int(se->starts_on));
        xs_object_set(&o, XS_STR("freq_ms"), xs_int(se->freq_ms));
        xs_object_set(&o, XS_STR("ends_on"), opt_ms(se->ends_on, se->ends_on != 0));
        xs_object_set(&o, XS_STR("last_fire"), opt_ms(last, has_last));
        xs_object_set(&o, XS_STR("next_fire"), opt_ms(next, has_next));
        xs_array_push(out, o);
    }
    xs_store_rows_release(&r);
    return XS_OK;
}
