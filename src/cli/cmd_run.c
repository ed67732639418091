/*
 * cmd_run.c - `xsflow run FILE|NAME [--workspace DIR] [--input JSON|@FILE]
 * [--pretty|--compact]`: runs one function and prints its response as JSON
 * on stdout. An uncaught XanoScript error prints {"error": {...}} on
 * stderr and exits 1; bad arguments or input JSON exit 2.
 */
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/diag.h"
#include "cli/commands.h"
#include "cli/readfile.h"
#include "engine/engine.h"
#include "interp/interp.h"
#include "lib/lib.h"
#include "store/schema.h"
#include "store/store.h"
#include "value/json.h"

static void run_usage(void)
{
    fputs("usage: xsflow run FILE|NAME [--workspace DIR] [--input JSON|@FILE] "
          "[--pretty|--compact] [--db URL]\n",
          stderr);
}

/* Opens the database at url with the workspace's tables as its catalog
 * (migrate it first with `xsflow db migrate`). */
static xs_status open_db(const xs_workspace *ws, const char *url, xs_store_catalog **cat,
                         xs_store **s, xs_diag *d)
{
    *s = NULL;
    *cat = xs_store_catalog_new();
    const xs_ast_doc *doc;
    for (size_t i = 0; (doc = xs_workspace_doc(ws, i)) != NULL; i++) {
        xs_status st = xs_store_catalog_add_doc(*cat, doc, d);
        if (st != XS_OK)
            return st;
    }
    return xs_store_open(url, *cat, s, d);
}

static void print_diags(const xs_diag *d)
{
    for (size_t i = 0; i < d->count; i++)
        xs_diag_print_entry(&d->items[i], NULL, 0, stderr);
}

static bool is_file(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISREG(sb.st_mode);
}

/* The directory part of path ("." when none); heap string. */
static char *dir_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xs_strdup(".");
    if (slash == path)
        return xs_strdup("/");
    return xs_strndup(path, (size_t)(slash - path));
}

/* Reads --input: inline JSON or @file. Returns 0, or an exit code. */
static int read_input(const char *arg, xs_value *out)
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
    xs_status st = xs_json_decode_ex(text, len, &opts, out, &d);
    int rc = XS_EXIT_OK;
    if (st != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        if (e)
            fprintf(stderr, "%s:%d:%d: error: invalid input JSON: %s\n", name, e->line, e->col,
                    e->message);
        rc = XS_EXIT_USAGE;
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

/* util.post_process under `xsflow run`: the jobs wait in an array until
 * the response is out, then run here, in order, on the same database. */
static xs_status keep_job(void *arg, xs_value job, xs_value *error)
{
    (void)error;
    xs_array_push(arg, xs_retain(job));
    return XS_OK;
}

/* task.call under `xsflow run`: the run is queued in the workspace's
 * database (--db, else as `xsflow serve` finds it), for a `serve` of the
 * workspace to run; the engine is opened on the first call. */
typedef struct task_queue {
    const char *dir, *db;
    xs_engine *e;
} task_queue;

static xs_status queue_task(void *arg, const char *task, xs_value *result, xs_value *error)
{
    task_queue *q = arg;
    if (!q->e) {
        xs_diag d;
        xs_diag_init(&d);
        char *url = xs_engine_resolve_db(q->dir, q->db);
        xs_engine_opts o = {q->dir, url, 1, false, true, stderr, NULL};
        xs_status rc = xs_engine_open(&o, &q->e, &d);
        xs_free(url);
        if (rc != XS_OK) {
            const xs_diag_entry *de = xs_diag_first_error(&d);
            xs_buf m;
            xs_buf_init(&m);
            xs_buf_addf(&m, "cannot queue task '%s': %s", task, de ? de->message : "no database");
            *error = xs_object_new(1);
            xs_object_set(error, XS_STR("message"), xs_text_from_buf(&m));
            xs_diag_release(&d);
            return rc;
        }
        xs_diag_release(&d);
    }
    return xs_engine_task_call(q->e, xs_engine_store(q->e), task, NULL, result, error);
}

/* Runs the jobs (those they queue in turn too); a failure is reported on
 * stderr and does not change the exit code: the response was given. */
static void run_jobs(xs_interp *in, xs_value *jobs)
{
    for (size_t i = 0; i < xs_array_len(*jobs) && i < 10000; i++) {
        xs_value job = xs_retain(xs_array_at(*jobs, i));
        xs_value err;
        xs_diag d;
        xs_diag_init(&d);
        xs_status st = xs_interp_run_post_process(in, job, NULL, &err, &d);
        if (st != XS_OK) {
            const xs_value *f = xs_object_get(job, XS_STR("file"));
            const xs_value *l = xs_object_get(job, XS_STR("line"));
            fprintf(stderr, "xsflow run: util.post_process at %s:%lld failed: ",
                    f && f->type == XS_TEXT ? xs_text_ptr(*f) : "?",
                    (long long)(l && l->type == XS_INT ? l->u.i : 0));
            xs_buf out;
            xs_buf_init(&out);
            if (err.type != XS_NULL) {
                xs_value wrap = xs_object_new(1);
                xs_object_set(&wrap, XS_STR("error"), xs_retain(err));
                xs_json_encode(wrap, XS_JSON_COMPACT, &out);
                xs_release(wrap);
            } else {
                const xs_diag_entry *de = xs_diag_first_error(&d);
                xs_buf_adds(&out, de ? de->message : "not run");
            }
            fprintf(stderr, "%s\n", xs_buf_cstr(&out));
            xs_buf_release(&out);
        }
        xs_release(err);
        xs_release(job);
        xs_diag_release(&d);
    }
}

int xs_cmd_run(int argc, char **argv)
{
    const char *target = NULL, *wsdir = NULL, *input_arg = NULL, *db = NULL;
    int pretty = -1;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--workspace") == 0 || strcmp(a, "-w") == 0) && i + 1 < argc) {
            wsdir = argv[++i];
        } else if (strncmp(a, "--workspace=", 12) == 0) {
            wsdir = a + 12;
        } else if (strcmp(a, "--input") == 0 && i + 1 < argc) {
            input_arg = argv[++i];
        } else if (strncmp(a, "--input=", 8) == 0) {
            input_arg = a + 8;
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strcmp(a, "--pretty") == 0) {
            pretty = 1;
        } else if (strcmp(a, "--compact") == 0) {
            pretty = 0;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            run_usage();
            return XS_EXIT_OK;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "xsflow run: unknown option '%s'\n", a);
            run_usage();
            return XS_EXIT_USAGE;
        } else if (!target) {
            target = a;
        } else {
            fprintf(stderr, "xsflow run: one function at a time ('%s' and '%s')\n", target, a);
            return XS_EXIT_USAGE;
        }
    }
    if (!target) {
        run_usage();
        return XS_EXIT_USAGE;
    }
    if (pretty < 0)
        pretty = isatty(STDOUT_FILENO) ? 1 : 0;

    xs_value input;
    int rc = read_input(input_arg, &input);
    if (rc != XS_EXIT_OK)
        return rc;

    bool file_mode = is_file(target);
    char *dir = wsdir ? xs_strdup(wsdir) : file_mode ? dir_of(target) : xs_strdup(".");
    xs_workspace *ws = xs_workspace_new(dir);
    xs_diag d;
    xs_diag_init(&d);
    xs_status st = XS_OK;
    if (file_mode)
        st = xs_workspace_add_file(ws, target, &d);
    if (st == XS_OK)
        st = xs_workspace_load_into(ws, dir, &d);
    const xs_ast_object *fn = NULL;
    if (st == XS_OK) {
        if (file_mode) {
            fn = xs_workspace_only_function(ws, target);
            if (!fn) {
                fprintf(stderr, "xsflow run: '%s' must hold exactly one function\n", target);
                st = XS_E_USAGE;
            }
        } else {
            fn = xs_workspace_function(ws, xs_str_of(target));
            if (!fn) {
                fprintf(stderr, "xsflow run: no function named '%s' in workspace '%s'\n", target,
                        dir);
                st = XS_E_NOTFOUND;
            }
        }
    } else {
        print_diags(&d);
    }
    rc = XS_EXIT_FAIL;
    xs_store_catalog *cat = NULL;
    xs_store *store = NULL;
    if (fn && db && open_db(ws, db, &cat, &store, &d) != XS_OK) {
        print_diags(&d);
        fn = NULL;
    }
    if (fn) {
        xs_interp *in = xs_interp_new(ws, xs_lib_builtins());
        xs_interp_set_store(in, store);
        xs_value jobs = xs_array_new(0);
        xs_interp_set_post_process(in, keep_job, &jobs);
        task_queue tq = {dir, db, NULL};
        xs_interp_set_task_call(in, queue_task, &tq);
        xs_value resp, err;
        st = xs_interp_run(in, fn, input, NULL, &resp, &err);
        xs_buf out;
        xs_buf_init(&out);
        if (st == XS_OK) {
            xs_json_encode(resp, pretty ? XS_JSON_PRETTY : XS_JSON_COMPACT, &out);
            xs_buf_addc(&out, '\n');
            fwrite(out.ptr, 1, out.len, stdout);
            rc = XS_EXIT_OK;
        } else {
            xs_value wrap = xs_object_new(1);
            xs_object_set(&wrap, XS_STR("error"), xs_retain(err));
            xs_json_encode(wrap, XS_JSON_COMPACT, &out);
            xs_buf_addc(&out, '\n');
            fwrite(out.ptr, 1, out.len, stderr);
            xs_release(wrap);
        }
        xs_buf_release(&out);
        fflush(stdout);
        run_jobs(in, &jobs);
        xs_release(jobs);
        xs_engine_free(tq.e);
        xs_release(resp);
        xs_release(err);
        xs_interp_free(in);
    }
    xs_store_free(store);
    xs_store_catalog_free(cat);
    xs_diag_release(&d);
    xs_workspace_free(ws);
    xs_free(dir);
    xs_release(input);
    fflush(stdout);
    return rc;
}
