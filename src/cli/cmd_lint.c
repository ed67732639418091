/*
 * cmd_lint.c - `xsflow lint [--json] [--rules] PATH...`: checks XanoScript
 * files (directories are searched for *.xs) against the orchestration
 * design rules of lang/lint.h. Each PATH's workspace settings come from the
 * nearest xsflow.json (PATH itself when it is a directory, else the
 * directories above the file):
 *
 *   "lint": {"disable": ["XS004"], "job_tables": ["job_table"],
 *            "notification_tables": ["notification_items"],
 *            "notification_functions": ["slack"],
 *            "objects": {"Workers/x": {"disable": ["XS003"]}}}
 *
 * Findings print gcc-style on stdout, or as one JSON object with --json.
 * Exit 0 when clean, 1 when any finding or a file does not parse or read,
 * 2 on usage errors.
 */
#include "base/alloc.h"
#include "base/arena.h"
#include "base/diag.h"
#include "cli/commands.h"
#include "cli/readfile.h"
#include "lang/lint.h"
#include "lang/parser.h"
#include "value/json.h"
#include "value/value.h"

#include <sys/stat.h>

/* ---- configuration (owned copies of xsflow.json's "lint") ---- */

typedef struct lint_conf {
    xs_lint_config cfg;
    xs_lint_object *objects;
    char *path; /* the xsflow.json read; NULL when none */
} lint_conf;

static void strs_free(xs_lint_strs *l)
{
    for (size_t i = 0; i < l->n; i++)
        xs_free((char *)l->items[i]);
    xs_free(l->items);
    l->items = NULL;
    l->n = 0;
}

static void conf_release(lint_conf *c)
{
    strs_free(&c->cfg.disable);
    strs_free(&c->cfg.job_tables);
    strs_free(&c->cfg.notify_tables);
    strs_free(&c->cfg.notify_calls);
    for (size_t i = 0; i < c->cfg.nobjects; i++) {
        xs_free((char *)c->objects[i].name);
        strs_free(&c->objects[i].disable);
    }
    xs_free(c->objects);
    xs_free(c->path);
    memset(c, 0, sizeof *c);
}

/* Copies the strings of the array key of obj into l; false (and a message)
 * when key is there but is not an array of strings or names no rule. */
static bool read_strs(xs_value obj, const char *key, bool rule_ids, xs_lint_strs *l,
                      const char *file)
{
    const xs_value *v = xs_object_get(obj, xs_str_of(key));
    if (!v)
        return true;
    if (v->type != XS_ARRAY) {
        fprintf(stderr, "%s: error: lint.%s must be an array of strings\n", file, key);
        return false;
    }
    size_t n = xs_array_len(*v);
    l->items = xs_malloc((n ? n : 1) * sizeof *l->items);
    for (size_t i = 0; i < n; i++) {
        xs_value s = xs_array_at(*v, i);
        if (s.type != XS_TEXT) {
            fprintf(stderr, "%s: error: lint.%s must be an array of strings\n", file, key);
            return false;
        }
        if (rule_ids && !xs_lint_is_rule(xs_text_ptr(s))) {
            fprintf(stderr, "%s: error: lint.%s names no rule: '%s'\n", file, key, xs_text_ptr(s));
            return false;
        }
        l->items[l->n++] = xs_strdup(xs_text_ptr(s));
    }
    return true;
}

static bool conf_parse(lint_conf *c, xs_value root, const char *file)
{
    if (root.type != XS_OBJECT)
        return true;
    const xs_value *lv = xs_object_get(root, XS_STR("lint"));
    if (!lv)
        return true;
    if (lv->type != XS_OBJECT) {
        fprintf(stderr, "%s: error: lint must be an object\n", file);
        return false;
    }
    if (!read_strs(*lv, "disable", true, &c->cfg.disable, file) ||
        !read_strs(*lv, "job_tables", false, &c->cfg.job_tables, file) ||
        !read_strs(*lv, "notification_tables", false, &c->cfg.notify_tables, file) ||
        !read_strs(*lv, "notification_functions", false, &c->cfg.notify_calls, file))
        return false;
    const xs_value *ov = xs_object_get(*lv, XS_STR("objects"));
    if (!ov)
        return true;
    if (ov->type != XS_OBJECT) {
        fprintf(stderr, "%s: error: lint.objects must be an object\n", file);
        return false;
    }
    size_t n = xs_object_len(*ov);
    c->objects = xs_malloc((n ? n : 1) * sizeof *c->objects);
    for (size_t i = 0; i < n; i++) {
        xs_str name = xs_object_key_at(*ov, i);
        xs_lint_object *o = &c->objects[c->cfg.nobjects++];
        memset(o, 0, sizeof *o);
        o->name = xs_strndup(name.ptr, name.len);
        xs_value ob = xs_object_val_at(*ov, i);
        if (ob.type != XS_OBJECT) {
            fprintf(stderr, "%s: error: lint.objects entries must be objects\n", file);
            return false;
        }
        if (!read_strs(ob, "disable", true, &o->disable, file))
            return false;
    }
    c->cfg.objects = c->objects;
    return true;
}

static bool is_dir(const char *p)
{
    struct stat st;
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* Finds and reads the xsflow.json for path: false on a bad file. */
static bool conf_load(lint_conf *c, const char *path)
{
    xs_buf dir, file;
    xs_buf_init(&dir);
    xs_buf_init(&file);
    xs_buf_adds(&dir, path);
    if (!is_dir(path)) {
        char *slash = strrchr(dir.ptr, '/');
        if (slash) {
            dir.len = (size_t)(slash - dir.ptr);
            dir.ptr[dir.len] = '\0';
        } else {
            xs_buf_reset(&dir);
            xs_buf_adds(&dir, ".");
        }
    }
    bool ok = true;
    for (int up = 0; up < 16; up++) {
        xs_buf_reset(&file);
        xs_buf_addf(&file, "%s/xsflow.json", xs_buf_cstr(&dir));
        size_t len = 0;
        char err[256];
        char *text = xs_cli_read_file(xs_buf_cstr(&file), &len, err, sizeof err);
        if (text) {
            xs_diag d;
            xs_diag_init(&d);
            xs_value v;
            if (xs_json_decode(text, len, &v, &d) != XS_OK) {
                const xs_diag_entry *e = xs_diag_first_error(&d);
                fprintf(stderr, "%s: error: %s\n", xs_buf_cstr(&file),
                        e ? e->message : "not valid JSON");
                ok = false;
            } else {
                c->path = xs_strdup(xs_buf_cstr(&file));
                ok = conf_parse(c, v, c->path);
                xs_release(v);
            }
            xs_diag_release(&d);
            xs_free(text);
            break;
        }
        char *slash = strrchr(dir.ptr, '/');
        if (!slash && strcmp(dir.ptr, ".") != 0) {
            xs_buf_reset(&dir); /* a relative path: try the current directory last */
            xs_buf_adds(&dir, ".");
            continue;
        }
        if (!slash || slash == dir.ptr)
            break;
        dir.len = (size_t)(slash - dir.ptr);
        dir.ptr[dir.len] = '\0';
    }
    xs_buf_release(&dir);
    xs_buf_release(&file);
    return ok;
}

/* ---- running ---- */

typedef struct lint_ctx {
    bool json;
    int files;
    int failed_files;
    size_t findings;
    const xs_lint_config *cfg;
    const char *src; /* the file being linted, for the caret */
    size_t len;
    xs_buf out;  /* --json: the findings array so far */
    xs_diag all; /* parse and read errors */
} lint_ctx;

static void json_kv(xs_buf *b, const char *k, const char *v, bool comma)
{
    xs_json_quote(b, k, strlen(k));
    xs_buf_adds(b, ": ");
    xs_json_quote(b, v, strlen(v));
    if (comma)
        xs_buf_adds(b, ", ");
}

static void on_finding(const xs_lint_finding *f, void *vctx)
{
    lint_ctx *c = vctx;
    if (c->json) {
        if (c->findings)
            xs_buf_adds(&c->out, ",\n  ");
        xs_buf_adds(&c->out, "{");
        json_kv(&c->out, "file", f->file, true);
        xs_buf_addf(&c->out, "\"line\": %u, \"col\": %u, ", f->pos.line, f->pos.col);
        json_kv(&c->out, "rule", f->id, true);
        json_kv(&c->out, "object", f->object, true);
        json_kv(&c->out, "message", f->message, true);
        json_kv(&c->out, "hint", f->hint, false);
        xs_buf_adds(&c->out, "}");
    } else {
        xs_buf msg;
        xs_buf_init(&msg);
        xs_buf_addf(&msg, "[%s] %s (hint: %s)", f->id, f->message, f->hint);
        xs_diag_entry e = {XS_DIAG_WARNING, (char *)f->file, (int)f->pos.line, (int)f->pos.col,
                           (char *)xs_buf_cstr(&msg)};
        xs_diag_print_entry(&e, c->src, c->len, stdout);
        xs_buf_release(&msg);
    }
    c->findings++;
}

static void lint_file(const char *path, void *vctx)
{
    lint_ctx *c = vctx;
    c->files++;
    xs_diag d;
    xs_diag_init(&d);
    char err[256];
    size_t len = 0;
    char *src = xs_cli_read_file(path, &len, err, sizeof err);
    size_t before = c->findings;
    if (!src) {
        xs_diag_add(&d, XS_DIAG_ERROR, path, 0, 0, "cannot read '%s': %s", path, err);
    } else {
        xs_arena *a = xs_arena_new(0);
        xs_ast_doc *doc = NULL;
        if (xs_parse_doc(src, len, path, a, &d, &doc) == XS_OK) {
            c->src = src;
            c->len = len;
            xs_lint_doc(doc, path, c->cfg, on_finding, c);
            c->src = NULL;
            c->len = 0;
        }
        xs_arena_free(a);
    }
    if (d.errors > 0 || c->findings > before)
        c->failed_files++;
    for (size_t i = 0; i < d.count; i++)
        if (!c->json && d.items[i].level == XS_DIAG_ERROR)
            xs_diag_print_entry(&d.items[i], src, len, stderr);
    if (c->json) {
        xs_diag errs;
        xs_diag_init(&errs);
        for (size_t i = 0; i < d.count; i++)
            if (d.items[i].level == XS_DIAG_ERROR)
                xs_diag_add(&errs, XS_DIAG_ERROR, d.items[i].file, d.items[i].line, d.items[i].col,
                            "%s", d.items[i].message);
        xs_diag_move(&c->all, &errs);
        xs_diag_release(&errs);
    }
    xs_diag_release(&d);
    xs_free(src);
}

static int list_rules(void)
{
    size_t n;
    const xs_lint_rule *r = xs_lint_rules(&n);
    for (size_t i = 0; i < n; i++)
        printf("%s  %s\n       hint: %s\n", r[i].id, r[i].title, r[i].hint);
    return XS_EXIT_OK;
}

int xs_cmd_lint(int argc, char **argv)
{
    lint_ctx c;
    memset(&c, 0, sizeof c);
    int npaths = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--json") == 0)
            c.json = true;
        else if (strcmp(a, "--rules") == 0)
            return list_rules();
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "xsflow lint: unknown option '%s'\n", a);
            return XS_EXIT_USAGE;
        } else
            npaths++;
    }
    if (npaths == 0) {
        fputs("usage: xsflow lint [--json] [--rules] PATH...\n", stderr);
        return XS_EXIT_USAGE;
    }
    xs_buf_init(&c.out);
    xs_diag_init(&c.all);
    bool bad_conf = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] == '-' && a[1])
            continue;
        lint_conf conf;
        memset(&conf, 0, sizeof conf);
        if (!conf_load(&conf, a)) {
            bad_conf = true;
            conf_release(&conf);
            continue;
        }
        c.cfg = &conf.cfg;
        char err[256];
        if (!xs_cli_walk_xs(a, lint_file, &c, err, sizeof err)) {
            c.files++;
            c.failed_files++;
            if (c.json)
                xs_diag_add(&c.all, XS_DIAG_ERROR, a, 0, 0, "cannot read '%s': %s", a, err);
            else
                fprintf(stderr, "%s: error: cannot read '%s': %s\n", a, a, err);
        }
        c.cfg = NULL;
        conf_release(&conf);
    }
    if (c.json) {
        xs_buf out;
        xs_buf_init(&out);
        xs_buf_addf(&out, "{\"files\": %d, \"failed\": %d, \"findings\": [", c.files,
                    c.failed_files);
        if (c.findings)
            xs_buf_addf(&out, "\n  %s\n", xs_buf_cstr(&c.out));
        xs_buf_adds(&out, "], \"errors\": ");
        xs_diag_to_json(&c.all, &out);
        xs_buf_adds(&out, "}\n");
        fputs(xs_buf_cstr(&out), stdout);
        xs_buf_release(&out);
    }
    xs_buf_release(&c.out);
    xs_diag_release(&c.all);
    if (bad_conf)
        return XS_EXIT_USAGE;
    return c.failed_files ? XS_EXIT_FAIL : XS_EXIT_OK;
}
