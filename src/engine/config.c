/*
 * config.c - the engine's settings table and xsflow.json's "engine",
 * "notify" and "objects" members.
 */
#include "engine/config.h"

#include <stddef.h>
#include <stdio.h>

#include "base/alloc.h"
#include "base/map.h"
#include "value/json.h"

typedef enum key_type { K_INT, K_DEC, K_TEXT, K_BOOL, K_STATUSES } key_type;
typedef enum key_scope { S_ENGINE, S_OBJECT, S_NOTIFY } key_scope;

typedef struct key_def {
    const char *name;
    key_scope scope;
    key_type type;
    size_t off;
    const char *def; /* the default as JSON text */
    int64_t min;     /* ints: smallest accepted value */
    const char *doc;
} key_def;

#define EK(f) offsetof(xs_engine_config, f)
#define OK_(f) offsetof(xs_obj_config, f)
#define NK(f) offsetof(xs_notify_config, f)

/* Every setting the engine reads. */
static const key_def keys[] = {
    {"workers", S_ENGINE, K_INT, EK(workers), "4", 1,
     "runners in this process (runs at once), each with its own interpreter and database "
     "connection (`xsflow serve --workers N` overrides)"},
    {"runs_per_thread", S_ENGINE, K_INT, EK(runs_per_thread), "4", 1,
     "SQLite: runners one thread carries. They take turns at their step commits, and the "
     "thread writes the commits of all that wait in one transaction; SQLite has one writer, "
     "so threads would only queue for it, waking one another across CPUs. `util.sleep` and "
     "`api.request` wait on a thread of their own meanwhile. On PostgreSQL every runner has "
     "a thread (1: the same on SQLite)"},
    {"lease_ms", S_ENGINE, K_INT, EK(lease_ms), "30000", 100,
     "how long a claimed run stays owned without a heartbeat; a run whose process died is "
     "resumed by another once this has passed"},
    {"poll_ms", S_ENGINE, K_INT, EK(poll_ms), "200", 10,
     "how often an idle runner looks for work nobody announced (work queued in-process or by "
     "another xsflow process wakes runners at once: LISTEN/NOTIFY on PostgreSQL, a wake "
     "socket on SQLite; this catches rows written by other programs)"},
    {"max_claims", S_ENGINE, K_INT, EK(max_claims), "20", 1,
     "claims of one run, crash resumes included, after which it ends in Error (a run that "
     "kills its process every time)"},
    {"sched_tick_ms", S_ENGINE, K_INT, EK(sched_tick_ms), "1000", 10,
     "how often task schedules are checked"},
    {"retention_days", S_ENGINE, K_INT, EK(retention_days), "30", 0,
     "runs that ended more than this many days ago are deleted, with their steps, firings, "
     "notifications and webhook idempotency keys, in small batches in the background (0: keep "
     "everything)"},
    {"max_attempts", S_OBJECT, K_INT, OK_(max_attempts), "3", 1,
     "tries of a run that ends in an uncaught error or a timeout before Error is final "
     "(1: no retry)"},
    {"backoff_ms", S_OBJECT, K_INT, OK_(backoff_ms), "1000", 0,
     "delay before the first retry; it doubles with each further try"},
    {"backoff_max_ms", S_OBJECT, K_INT, OK_(backoff_max_ms), "300000", 0,
     "ceiling of the retry delay"},
    {"backoff_jitter", S_OBJECT, K_DEC, OK_(backoff_jitter), "0.2", 0,
     "each retry delay is multiplied by a random factor between 1 - jitter and 1 + jitter"},
    {"timeout_ms", S_OBJECT, K_INT, OK_(timeout_ms), "600000", 0,
     "wall time of one try of a run; past it the run stops at its next statement with "
     "ERROR_TIMEOUT and is retried (0: none)"},
    {"step_timeout_ms", S_OBJECT, K_INT, OK_(step_timeout_ms), "0", 0,
     "wall time of one step (function.run, api.request); as timeout_ms (0: none)"},
    {"concurrency", S_OBJECT, K_INT, OK_(concurrency), "0", 0,
     "runs of this function or task started at once, across every process (0: no limit)"},
    {"concurrency_key", S_OBJECT, K_TEXT, OK_(concurrency_key), "null", 0,
     "an input field (`user_id`, `account.id`); runs whose field has the same value count "
     "together against key_concurrency"},
    {"key_concurrency", S_OBJECT, K_INT, OK_(key_concurrency), "1", 1,
     "runs at once per value of concurrency_key"},
    {"overlap", S_OBJECT, K_TEXT, OK_(overlap), "\"skip\"", 0,
     "scheduled tasks: `skip` records a firing as skipped while a run of the task is still "
     "queued or running; `buffer` lets one firing wait while a run is going and records "
     "further ones as skipped (the task then runs one at a time: concurrency 1 unless set "
     "higher); `allow` starts another run"},
    {"step_io_bytes", S_OBJECT, K_INT, OK_(step_io_bytes), "4096", 64,
     "ceiling in bytes of the copy of a step's input and output kept in its record "
     "(longer values are cut and marked)"},
    {"notify", S_OBJECT, K_BOOL, OK_(notify), "true", 0,
     "its ended runs are notified as the `notify` section says (`false`: never)"},
    {"on", S_NOTIFY, K_STATUSES, NK(on), "[\"Error\", \"Partial\"]", 0,
     "the final statuses that are notified: any of `Complete`, `Partial`, `Error`, "
     "`Cancelled`"},
    {"slack_url_env", S_NOTIFY, K_TEXT, NK(slack_url_env), "null", 0,
     "the environment variable that holds the Slack incoming-webhook URL (the workspace's "
     "`env` first, then the process environment, as for `$env`); unset or empty: no "
     "notifications. The URL itself never appears in a log"},
    {"timeout_ms", S_NOTIFY, K_INT, NK(timeout_ms), "5000", 100,
     "time limit of one attempt to post a notification"},
    {"retries", S_NOTIFY, K_INT, NK(retries), "2", 0,
     "attempts after the first when the receiver cannot be reached or answers other than 2xx"},
};

static const char *const status_names[] = {"Complete", "Partial", "Error", "Cancelled"};

unsigned xs_config_status_bit(const char *status)
{
    for (size_t i = 0; status && i < XS_COUNTOF(status_names); i++)
        if (strcmp(status, status_names[i]) == 0)
            return 1u << i;
    return 0;
}

/* The XS_NOTIFY_* bits of an array of status texts; -1 when v is not one. */
static int64_t status_bits(xs_value v)
{
    if (v.type != XS_ARRAY)
        return -1;
    int64_t bits = 0;
    for (size_t i = 0; i < xs_array_len(v); i++) {
        xs_value x = xs_array_at(v, i);
        unsigned b = x.type == XS_TEXT ? xs_config_status_bit(xs_text_ptr(x)) : 0;
        if (!b)
            return -1;
        bits |= b;
    }
    return bits;
}

struct xs_config {
    xs_engine_config engine;
    xs_notify_config notify;
    xs_obj_config defaults;
    xs_map objects; /* name -> xs_obj_config * */
    char *database;
    xs_value root; /* the whole file, for the members other layers read */
    char *file;
};

static void set_key(void *base, const key_def *k, xs_value v)
{
    char *p = (char *)base + k->off;
    switch (k->type) {
    case K_INT:
        *(int64_t *)p = v.type == XS_DEC ? (int64_t)v.u.d : v.u.i;
        break;
    case K_DEC:
        *(double *)p = v.type == XS_INT ? (double)v.u.i : v.u.d;
        break;
    case K_TEXT:
        xs_free(*(char **)p);
        *(char **)p = v.type == XS_TEXT ? xs_strdup(xs_text_ptr(v)) : NULL;
        break;
    case K_BOOL:
        *(bool *)p = v.type == XS_BOOL && v.u.b;
        break;
    case K_STATUSES:
        *(int64_t *)p = status_bits(v);
        break;
    }
}

static void set_defaults(void *base, key_scope scope)
{
    for (size_t i = 0; i < XS_COUNTOF(keys); i++) {
        if (keys[i].scope != scope)
            continue;
        xs_value v;
        xs_diag d;
        xs_diag_init(&d);
        xs_json_decode(keys[i].def, strlen(keys[i].def), &v, &d);
        set_key(base, &keys[i], v);
        xs_release(v);
        xs_diag_release(&d);
    }
}

static void obj_copy(xs_obj_config *dst, const xs_obj_config *src)
{
    *dst = *src;
    dst->concurrency_key = src->concurrency_key ? xs_strdup(src->concurrency_key) : NULL;
    dst->overlap = src->overlap ? xs_strdup(src->overlap) : NULL;
}

static void obj_release(xs_obj_config *o)
{
    xs_free(o->concurrency_key);
    xs_free(o->overlap);
}

static const char overlap_choices[] = "\"skip\", \"buffer\" or \"allow\"";

/* Applies the members of obj (an object) to base for keys of scope. */
static xs_status apply(void *base, key_scope scope, xs_value obj, const char *file,
                       const char *where, xs_diag *d)
{
    if (obj.type != XS_OBJECT)
        return xs_diag_error(d, XS_E_TYPE, file, 0, 0, "%s must be an object", where);
    for (size_t i = 0; i < xs_object_len(obj); i++) {
        xs_str name = xs_object_key_at(obj, i);
        xs_value v = xs_object_val_at(obj, i);
        const key_def *k = NULL;
        for (size_t j = 0; j < XS_COUNTOF(keys); j++)
            if (keys[j].scope == scope && xs_str_eq_cstr(name, keys[j].name))
                k = &keys[j];
        if (!k)
            return xs_diag_error(d, XS_E_NOTFOUND, file, 0, 0, "unknown setting '%.*s' in %s",
                                 (int)name.len, name.ptr, where);
        bool ok = k->type == K_TEXT       ? (v.type == XS_TEXT || v.type == XS_NULL)
                  : k->type == K_DEC      ? xs_is_number(v)
                  : k->type == K_BOOL     ? v.type == XS_BOOL
                  : k->type == K_STATUSES ? status_bits(v) >= 0
                                          : v.type == XS_INT;
        if (ok && k->type == K_INT && v.u.i < k->min)
            return xs_diag_error(d, XS_E_TYPE, file, 0, 0,
                                 "setting '%s' in %s must be at least %lld", k->name, where,
                                 (long long)k->min);
        if (ok && k->type == K_DEC && (v.type == XS_INT ? (double)v.u.i : v.u.d) < 0)
            return xs_diag_error(d, XS_E_TYPE, file, 0, 0, "setting '%s' in %s must not be negative",
                                 k->name, where);
        if (ok && strcmp(k->name, "overlap") == 0 && v.type == XS_TEXT &&
            strcmp(xs_text_ptr(v), "skip") != 0 && strcmp(xs_text_ptr(v), "buffer") != 0 &&
            strcmp(xs_text_ptr(v), "allow") != 0)
            ok = false;
        if (!ok)
            return xs_diag_error(d, XS_E_TYPE, file, 0, 0, "setting '%s' in %s: %s expected, got %s",
                                 k->name, where,
                                 strcmp(k->name, "overlap") == 0 ? overlap_choices
                                 : k->type == K_INT              ? "an integer"
                                 : k->type == K_DEC              ? "a number"
                                 : k->type == K_BOOL             ? "true or false"
                                 : k->type == K_STATUSES
                                     ? "an array of \"Complete\", \"Partial\", \"Error\", "
                                       "\"Cancelled\""
                                     : "text",
                                 xs_value_type_name(v));
        set_key(base, k, v);
    }
    return XS_OK;
}

/* overlap "buffer": the waiting firing must not start beside the running
 * one, so the task runs one at a time unless a limit is set. */
static void buffer_runs_one(xs_obj_config *o)
{
    if (o->overlap && strcmp(o->overlap, "buffer") == 0 && o->concurrency == 0)
        o->concurrency = 1;
}

static xs_config *config_new(void)
{
    xs_config *c = xs_calloc(1, sizeof *c);
    set_defaults(&c->engine, S_ENGINE);
    set_defaults(&c->defaults, S_OBJECT);
    set_defaults(&c->notify, S_NOTIFY);
    xs_map_init(&c->objects);
    return c;
}

xs_status xs_config_parse(const char *json, size_t len, const char *file, xs_config **out,
                          xs_diag *d)
{
    *out = NULL;
    xs_config *c = config_new();
    if (!json) {
        *out = c;
        return XS_OK;
    }
    xs_value root;
    xs_json_decode_opts jo = {0, file};
    xs_status rc = xs_json_decode_ex(json, len, &jo, &root, d);
    if (rc != XS_OK) {
        xs_config_free(c);
        return rc;
    }
    if (root.type != XS_OBJECT) {
        rc = xs_diag_error(d, XS_E_TYPE, file, 0, 0, "xsflow.json must hold an object");
        goto out;
    }
    c->root = xs_retain(root);
    c->file = file ? xs_strdup(file) : NULL;
    const xs_value *db = xs_object_get(root, XS_STR("database"));
    if (db && db->type == XS_TEXT)
        c->database = xs_strdup(xs_text_ptr(*db));
    const xs_value *eng = xs_object_get(root, XS_STR("engine"));
    if (eng && (rc = apply(&c->engine, S_ENGINE, *eng, file, "\"engine\"", d)) != XS_OK)
        goto out;
    const xs_value *ntf = xs_object_get(root, XS_STR("notify"));
    if (ntf && (rc = apply(&c->notify, S_NOTIFY, *ntf, file, "\"notify\"", d)) != XS_OK)
        goto out;
    const xs_value *objs = xs_object_get(root, XS_STR("objects"));
    if (objs && objs->type != XS_OBJECT) {
        rc = xs_diag_error(d, XS_E_TYPE, file, 0, 0, "\"objects\" must be an object");
        goto out;
    }
    if (objs) {
        const xs_value *star = xs_object_get(*objs, XS_STR("*"));
        if (star && (rc = apply(&c->defaults, S_OBJECT, *star, file, "\"objects\".\"*\"", d)) !=
                        XS_OK)
            goto out;
        for (size_t i = 0; i < xs_object_len(*objs); i++) {
            xs_str name = xs_object_key_at(*objs, i);
            if (xs_str_eq_cstr(name, "*"))
                continue;
            xs_obj_config *o = xs_calloc(1, sizeof *o);
            obj_copy(o, &c->defaults);
            xs_map_set(&c->objects, name, o, NULL);
            char where[160];
            snprintf(where, sizeof where, "\"objects\".\"%.*s\"", (int)(name.len > 120 ? 120 : name.len),
                     name.ptr);
            if ((rc = apply(o, S_OBJECT, xs_object_val_at(*objs, i), file, where, d)) != XS_OK)
                goto out;
        }
    }
    /* once every entry is read, so that "*" passes on buffer, not its limit */
    buffer_runs_one(&c->defaults);
    size_t it = 0;
    void *ov;
    while (xs_map_next(&c->objects, &it, NULL, &ov))
        buffer_runs_one(ov);
out:
    xs_release(root);
    if (rc != XS_OK) {
        xs_config_free(c);
        return rc;
    }
    *out = c;
    return XS_OK;
}

xs_status xs_config_load(const char *dir, xs_config **out, xs_diag *d)
{
    xs_buf path;
    xs_buf_init(&path);
    xs_buf_addf(&path, "%s/xsflow.json", dir ? dir : ".");
    FILE *f = fopen(xs_buf_cstr(&path), "rb");
    if (!f) {
        xs_buf_release(&path);
        return xs_config_parse(NULL, 0, NULL, out, d);
    }
    xs_buf text;
    xs_buf_init(&text);
    char chunk[8192];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        xs_buf_add(&text, chunk, n);
    fclose(f);
    xs_status rc = xs_config_parse(text.ptr ? text.ptr : "", text.len, xs_buf_cstr(&path), out, d);
    xs_buf_release(&text);
    xs_buf_release(&path);
    return rc;
}

void xs_config_free(xs_config *c)
{
    if (!c)
        return;
    size_t it = 0;
    void *v;
    while (xs_map_next(&c->objects, &it, NULL, &v)) {
        obj_release(v);
        xs_free(v);
    }
    xs_map_release(&c->objects);
    obj_release(&c->defaults);
    xs_free(c->notify.slack_url_env);
    xs_free(c->database);
    xs_release(c->root);
    xs_free(c->file);
    xs_free(c);
}

xs_value xs_config_member(const xs_config *c, const char *name)
{
    const xs_value *v = c->root.type == XS_OBJECT ? xs_object_get(c->root, xs_str_of(name)) : NULL;
    return v ? *v : xs_null();
}

const char *xs_config_file(const xs_config *c)
{
    return c->file ? c->file : "xsflow.json";
}

const xs_engine_config *xs_config_engine(const xs_config *c)
{
    return &c->engine;
}

const xs_notify_config *xs_config_notify(const xs_config *c)
{
    return &c->notify;
}

const xs_obj_config *xs_config_object(const xs_config *c, const char *name)
{
    const xs_obj_config *o = name ? xs_map_get(&c->objects, xs_str_of(name)) : NULL;
    return o ? o : &c->defaults;
}

bool xs_config_has_limits(const xs_config *c)
{
    if (c->defaults.concurrency > 0 || c->defaults.concurrency_key)
        return true;
    size_t it = 0;
    void *v;
    while (xs_map_next(&c->objects, &it, NULL, &v)) {
        const xs_obj_config *o = v;
        if (o->concurrency > 0 || o->concurrency_key)
            return true;
    }
    return false;
}

const char *xs_config_database(const xs_config *c)
{
    return c->database;
}

void xs_config_doc(xs_buf *out)
{
    xs_buf_adds(out,
                "# Engine configuration\n\n"
                "<!-- generated by `xsflow serve --config-doc` from the key table in "
                "src/engine/config.c; do not edit -->\n\n"
                "Engine settings live in the workspace's `xsflow.json`, beside `env`, `limits` "
                "and `database`:\n\n"
                "```json\n"
                "{\n"
                "  \"engine\": { \"workers\": 8, \"lease_ms\": 30000 },\n"
                "  \"notify\": { \"on\": [\"Error\", \"Partial\"], \"slack_url_env\": "
                "\"SLACK_WEBHOOK_URL\" },\n"
                "  \"objects\": {\n"
                "    \"*\": { \"max_attempts\": 5 },\n"
                "    \"Workers/Sync Roster\": { \"concurrency\": 2, \"timeout_ms\": 60000 },\n"
                "    \"Tasks/Nightly\": { \"overlap\": \"allow\", \"notify\": false }\n"
                "  }\n"
                "}\n"
                "```\n\n"
                "`objects` is keyed by function or task name; `\"*\"` holds defaults for every "
                "object. An object's setting is its own entry, else the `\"*\"` entry, else the "
                "default below. An unknown key or a value of the wrong type stops `xsflow serve` "
                "with an error naming it.\n");
    static const char *const titles[] = {
        "## `engine`: the process\n\n",
        "## `objects`: each function or task\n\n",
        "## `notify`: run notifications\n\n"
        "Each run that ends in a status of `on` is posted, once it has ended, to a Slack "
        "incoming webhook as `{\"text\": ...}`: a code block holding a pretty-printed JSON "
        "summary of the run (id, name, status, started, ended, error, failed steps with their "
        "errors). A receiver that cannot be reached changes nothing about the run; each "
        "notification is recorded in the `xsflow_notifications` table and counted in "
        "`xsflow_notifications_total` (docs/engine.md).\n\n",
    };
    for (int sc = 0; sc < (int)XS_COUNTOF(titles); sc++) {
        xs_buf_addf(out, "\n%s| key | type | default | meaning |\n| --- | --- | --- | --- |\n",
                    titles[sc]);
        for (size_t i = 0; i < XS_COUNTOF(keys); i++) {
            if ((int)keys[i].scope != sc)
                continue;
            xs_buf_addf(out, "| `%s` | %s | `%s` | %s |\n", keys[i].name,
                        keys[i].type == K_INT        ? "integer"
                        : keys[i].type == K_DEC      ? "number"
                        : keys[i].type == K_BOOL     ? "boolean"
                        : keys[i].type == K_STATUSES ? "array of statuses"
                                                     : "text",
                        keys[i].def, keys[i].doc);
        }
    }
}
