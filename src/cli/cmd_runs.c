/*
 * cmd_runs.c - `xsflow runs`: the engine's run records.
 *
 *   xsflow runs [--status S] [--name N] [--limit N] [--json]   list, newest first
 *   xsflow runs show ID [--json]     the run, its steps as a tree, timings, errors
 *   xsflow runs show ID --job        the seed's job record of the run (JSON)
 *   xsflow runs retry ID             queue an ended run again (a new try)
 *   xsflow runs retry --status S [--name N] [--since T]   every such run (dead letters)
 *   xsflow runs cancel ID            cancel a queued or running run
 *
 * Every form takes [--workspace DIR] [--db URL]; the database is chosen as
 * for `xsflow serve`. Tables for people, JSON with --json. Exit 0 on
 * success, 1 when the work failed (no such run...), 2 on usage errors.
 */
#include "base/alloc.h"
#include "base/clock.h"
#include "cli/commands.h"
#include "cli/engine_cli.h"
#include "cli/readfile.h"
#include "engine/engine.h"
#include "engine/records.h"
#include "value/json.h"

/* ---- shared by the engine's commands ---- */

void xs_cli_print_diag(const xs_diag *d)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].level != XS_DIAG_NOTE)
            xs_diag_print_entry(&d->items[i], NULL, 0, stderr);
}

xs_store *xs_cli_open_runs_db(const char *dir, const char *db, xs_diag *d)
{
    char *url = xs_engine_resolve_db(dir ? dir : ".", db);
    xs_store *s = NULL;
    if (xs_store_open(url, NULL, &s, d) == XS_OK && xs_rec_migrate(s, d) != XS_OK) {
        xs_store_free(s);
        s = NULL;
    }
    xs_free(url);
    return s;
}

int xs_cli_read_input(const char *arg, bool allow_list, xs_value *out)
{
    *out = xs_null();
    if (!arg)
        return XS_EXIT_OK;
    const char *text = arg, *name = "--input";
    char *owned = NULL;
    size_t len = strlen(arg);
    if (arg[0] == '@') {
        char err[256];
        owned = xs_cli_read_file(arg + 1, &len, err, sizeof err);
        if (!owned) {
            fprintf(stderr, "xsflow: cannot read input '%s': %s\n", arg + 1, err);
            return XS_EXIT_USAGE;
        }
        text = owned;
        name = arg + 1;
    }
    xs_diag d;
    xs_diag_init(&d);
    xs_json_decode_opts opts = {0, name};
    int rc = XS_EXIT_OK;
    if (xs_json_decode_ex(text, len, &opts, out, &d) != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        fprintf(stderr, "%s:%d:%d: error: invalid input JSON: %s\n", name, e ? e->line : 0,
                e ? e->col : 0, e ? e->message : "");
        rc = XS_EXIT_USAGE;
    } else if (out->type == XS_ARRAY && allow_list) {
        for (size_t i = 0; i < xs_array_len(*out); i++) {
            xs_value it = xs_array_at(*out, i);
            if (it.type != XS_OBJECT && it.type != XS_NULL) {
                fprintf(stderr, "%s: error: input %zu must be a JSON object, got %s\n", name,
                        i + 1, xs_value_type_name(it));
                xs_clear(out);
                rc = XS_EXIT_USAGE;
                break;
            }
        }
    } else if (out->type != XS_OBJECT && out->type != XS_NULL) {
        fprintf(stderr, "%s: error: the input must be a JSON object, got %s\n", name,
                xs_value_type_name(*out));
        xs_clear(out);
        rc = XS_EXIT_USAGE;
    }
    xs_diag_release(&d);
    xs_free(owned);
    return rc;
}

void xs_cli_print_json(xs_value v, bool pretty, FILE *out)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode(v, pretty ? XS_JSON_PRETTY : XS_JSON_COMPACT, &b);
    xs_buf_addc(&b, '\n');
    fwrite(b.ptr, 1, b.len, out);
    xs_buf_release(&b);
}

/* ---- printing ---- */

static int64_t int_of(xs_value o, const char *k)
{
    const xs_value *v = xs_object_get(o, xs_str_of(k));
    return v && v->type == XS_INT ? v->u.i : 0;
}

static const char *text_of(xs_value o, const char *k)
{
    const xs_value *v = xs_object_get(o, xs_str_of(k));
    return v && v->type == XS_TEXT ? xs_text_ptr(*v) : "";
}

static void add_time(xs_buf *b, int64_t ms)
{
    if (!ms) {
        xs_buf_adds(b, "-");
        return;
    }
    xs_buf t;
    xs_buf_init(&t);
    xs_time_format_iso(ms, &t);
    /* 2025-12-28T10:00:00.000Z -> 2025-12-28 10:00:00 */
    xs_buf_addf(b, "%.10s %.8s", xs_buf_cstr(&t), t.len > 11 ? t.ptr + 11 : "");
    xs_buf_release(&t);
}

static void add_duration(xs_buf *b, int64_t from, int64_t to)
{
    if (!from || !to) {
        xs_buf_adds(b, "-");
        return;
    }
    int64_t ms = to - from;
    if (ms < 1000)
        xs_buf_addf(b, "%lld ms", (long long)ms);
    else if (ms < 120000)
        xs_buf_addf(b, "%.1f s", (double)ms / 1000.0);
    else
        xs_buf_addf(b, "%.1f min", (double)ms / 60000.0);
}

/* A one-line message of an error value (object, text or null). */
static void add_error(xs_buf *b, xs_value e, size_t max)
{
    xs_buf t;
    xs_buf_init(&t);
    if (e.type == XS_OBJECT) {
        const char *name = text_of(e, "name"), *msg = text_of(e, "message");
        xs_buf_addf(&t, "%s%s%s", name, *name && *msg ? ": " : "", msg);
    } else if (e.type == XS_TEXT) {
        xs_buf_add(&t, xs_text_ptr(e), xs_text_len(e));
    } else if (e.type != XS_NULL) {
        xs_json_encode(e, XS_JSON_COMPACT, &t);
    }
    for (size_t i = 0; i < t.len; i++)
        if (t.ptr[i] == '\n')
            t.ptr[i] = ' ';
    if (max && t.len > max)
        xs_buf_addf(b, "%.*s...", (int)(max - 3), t.ptr);
    else if (t.len)
        xs_buf_add(b, t.ptr, t.len);
    xs_buf_release(&t);
}

static void print_list(xs_value runs)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_addf(&b, "%-8s %-32s %-11s %5s  %-19s  %-9s  %s\n", "ID", "NAME", "STATUS", "TRY",
                "STARTED", "DURATION", "ERROR");
    for (size_t i = 0; i < xs_array_len(runs); i++) {
        xs_value r = xs_array_at(runs, i);
        xs_buf_addf(&b, "%-8lld %-32.32s %-11s %2lld/%-2lld  ", (long long)int_of(r, "id"),
                    text_of(r, "name"), text_of(r, "status"), (long long)int_of(r, "tries"),
                    (long long)int_of(r, "max_attempts"));
        size_t at = b.len;
        add_time(&b, int_of(r, "started"));
        while (b.len < at + 19)
            xs_buf_addc(&b, ' ');
        xs_buf_adds(&b, "  ");
        at = b.len;
        add_duration(&b, int_of(r, "started"), int_of(r, "ended"));
        while (b.len < at + 9)
            xs_buf_addc(&b, ' ');
        xs_buf_adds(&b, "  ");
        const char *st = text_of(r, "status");
        if (strcmp(st, "Complete") != 0) {
            const xs_value *e = xs_object_get(r, XS_STR("error"));
            if (e)
                add_error(&b, *e, 60);
        }
        while (b.len && b.ptr[b.len - 1] == ' ')
            b.len--;
        xs_buf_addc(&b, '\n');
    }
    fwrite(b.ptr, 1, b.len, stdout);
    xs_buf_release(&b);
}

static void print_show(xs_value r)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_addf(&b, "run %lld  %s  %s\n", (long long)int_of(r, "id"), text_of(r, "name"),
                text_of(r, "status"));
    xs_buf_addf(&b, "  try %lld of %lld, claimed %lld times, workspace %s, from %s\n",
                (long long)int_of(r, "tries"), (long long)int_of(r, "max_attempts"),
                (long long)int_of(r, "claims"), text_of(r, "workspace_version"),
                text_of(r, "origin"));
    xs_buf_adds(&b, "  queued  ");
    add_time(&b, int_of(r, "queued"));
    xs_buf_adds(&b, "\n  started ");
    add_time(&b, int_of(r, "started"));
    xs_buf_adds(&b, "\n  ended   ");
    add_time(&b, int_of(r, "ended"));
    xs_buf_adds(&b, "  (");
    add_duration(&b, int_of(r, "started"), int_of(r, "ended"));
    xs_buf_adds(&b, ")\n");
    const xs_value *e = xs_object_get(r, XS_STR("error"));
    if (e && e->type != XS_NULL) {
        xs_buf_adds(&b, "  error   ");
        add_error(&b, *e, 0);
        xs_buf_addc(&b, '\n');
    }
    const xs_value *steps = xs_object_get(r, XS_STR("steps"));
    size_t n = steps ? xs_array_len(*steps) : 0;
    xs_buf_addf(&b, "steps (%zu):\n", n);
    for (size_t i = 0; i < n; i++) {
        xs_value st = xs_array_at(*steps, i);
        int64_t depth = int_of(st, "depth");
        const xs_value *ok = xs_object_get(st, XS_STR("success"));
        bool good = ok && ok->type == XS_BOOL && ok->u.b;
        for (int64_t k = 0; k < depth; k++)
            xs_buf_adds(&b, "  ");
        xs_buf_addf(&b, "%s %-28s %-6s ", good ? "+" : "x", text_of(st, "name"),
                    good ? "ok" : "failed");
        add_duration(&b, int_of(st, "started"), int_of(st, "ended"));
        xs_buf_addf(&b, "  %s", text_of(st, "callee"));
        const xs_value *er = xs_object_get(st, XS_STR("error"));
        if (er && er->type != XS_NULL) {
            xs_buf_adds(&b, "  error: ");
            add_error(&b, *er, 100);
        }
        xs_buf_addc(&b, '\n');
    }
    const xs_value *res = xs_object_get(r, XS_STR("result"));
    if (res && res->type != XS_NULL) {
        xs_buf_adds(&b, "result: ");
        xs_buf t;
        xs_buf_init(&t);
        xs_json_encode(*res, XS_JSON_COMPACT, &t);
        if (t.len > 400)
            xs_buf_addf(&b, "%.397s...", t.ptr);
        else
            xs_buf_add(&b, t.ptr, t.len);
        xs_buf_release(&t);
        xs_buf_addc(&b, '\n');
    }
    fwrite(b.ptr, 1, b.len, stdout);
    xs_buf_release(&b);
}

/* ---- the command ---- */

static void runs_usage(void)
{
    fputs("usage: xsflow runs [--status S] [--name N] [--since T] [--limit N] [--json]\n"
          "       xsflow runs show ID [--json | --job]\n"
          "       xsflow runs retry ID\n"
          "       xsflow runs retry --status Error|Partial|Cancelled [--name N] [--since T]\n"
          "       xsflow runs cancel ID\n"
          "  each takes [--workspace DIR] [--db URL]\n",
          stderr);
}

/* --since: ms since the epoch, or a time as xs_time_parse reads it. */
static bool parse_since(const char *s, int64_t *ms)
{
    char *end = NULL;
    long long v = strtoll(s, &end, 10);
    if (*s && !*end && v >= 0) {
        *ms = v;
        return true;
    }
    return xs_time_parse(s, strlen(s), ms);
}

static bool parse_id(const char *s, int64_t *id)
{
    char *end = NULL;
    long long v = s ? strtoll(s, &end, 10) : 0;
    if (!s || !*s || *end || v <= 0)
        return false;
    *id = v;
    return true;
}

int xs_cmd_runs(int argc, char **argv)
{
    const char *dir = ".", *db = NULL, *status = NULL, *name = NULL, *verb = NULL, *arg = NULL;
    int64_t limit = 50, since = 0;
    bool json = false, job = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--workspace") == 0 || strcmp(a, "-w") == 0) && i + 1 < argc)
            dir = argv[++i];
        else if (strcmp(a, "--db") == 0 && i + 1 < argc)
            db = argv[++i];
        else if (strcmp(a, "--status") == 0 && i + 1 < argc)
            status = argv[++i];
        else if (strcmp(a, "--name") == 0 && i + 1 < argc)
            name = argv[++i];
        else if (strcmp(a, "--since") == 0 && i + 1 < argc) {
            const char *t = argv[++i];
            if (!parse_since(t, &since)) {
                fprintf(stderr, "xsflow runs: --since takes ms since the epoch or a time "
                                "(2025-01-31T00:00:00Z), got '%s'\n", t);
                return XS_EXIT_USAGE;
            }
        } else if (strcmp(a, "--limit") == 0 && i + 1 < argc)
            limit = strtoll(argv[++i], NULL, 10);
        else if (strcmp(a, "--json") == 0)
            json = true;
        else if (strcmp(a, "--job") == 0)
            job = true;
        else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            runs_usage();
            return XS_EXIT_OK;
        } else if (a[0] == '-') {
            fprintf(stderr, "xsflow runs: unknown option '%s'\n", a);
            runs_usage();
            return XS_EXIT_USAGE;
        } else if (!verb)
            verb = a;
        else if (!arg)
            arg = a;
        else {
            runs_usage();
            return XS_EXIT_USAGE;
        }
    }
    int64_t id = 0;
    if (verb && strcmp(verb, "show") != 0 && strcmp(verb, "retry") != 0 &&
        strcmp(verb, "cancel") != 0) {
        fprintf(stderr, "xsflow runs: unknown action '%s'\n", verb);
        runs_usage();
        return XS_EXIT_USAGE;
    }
    /* retry with a filter and no id: every run the filter selects */
    bool bulk = verb && strcmp(verb, "retry") == 0 && !arg && (status || name || since);
    if (bulk && !status) {
        fprintf(stderr, "xsflow runs retry: --status expected (Error, Partial or Cancelled)\n");
        return XS_EXIT_USAGE;
    }
    if (verb && !bulk && !parse_id(arg, &id)) {
        fprintf(stderr, "xsflow runs %s: a run id expected\n", verb);
        return XS_EXIT_USAGE;
    }
    xs_diag d;
    xs_diag_init(&d);
    xs_store *s = xs_cli_open_runs_db(dir, db, &d);
    int rc = XS_EXIT_FAIL;
    if (!s) {
        xs_cli_print_diag(&d);
        goto out;
    }
    xs_value v = xs_null();
    xs_rec_filter f = {status, name, since, 0, limit};
    if (!verb) {
        if (xs_rec_query(s, &f, &v, &d) == XS_OK) {
            if (json)
                xs_cli_print_json(v, false, stdout);
            else
                print_list(v);
            rc = XS_EXIT_OK;
        }
    } else if (strcmp(verb, "show") == 0) {
        if (xs_rec_get(s, id, true, &v, &d) == XS_OK) {
            if (v.type == XS_NULL) {
                fprintf(stderr, "xsflow runs show: no run %lld\n", (long long)id);
            } else {
                if (job)
                    xs_cli_print_json(*xs_object_get(v, XS_STR("job")), false, stdout);
                else if (json)
                    xs_cli_print_json(v, false, stdout);
                else
                    print_show(v);
                rc = XS_EXIT_OK;
            }
        }
    } else if (bulk) {
        int64_t n = 0;
        if (xs_rec_retry_matching(s, &f, &n, &d) == XS_OK) {
            printf("%lld run%s queued again\n", (long long)n, n == 1 ? "" : "s");
            rc = XS_EXIT_OK;
        }
    } else if (strcmp(verb, "retry") == 0) {
        if (xs_rec_retry(s, id, &d) == XS_OK) {
            printf("run %lld queued again\n", (long long)id);
            rc = XS_EXIT_OK;
        }
    } else {
        char st[16];
        if (xs_rec_cancel(s, id, st, &d) == XS_OK) {
            printf("run %lld %s\n", (long long)id,
                   strcmp(st, "Cancelled") == 0 ? "cancelled" : "cancelling");
            rc = XS_EXIT_OK;
        }
    }
    xs_release(v);
    xs_cli_print_diag(&d);
    xs_store_free(s);
out:
    xs_diag_release(&d);
    fflush(stdout);
    return rc;
}
