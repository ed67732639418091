/*
 * cmd_check.c - `xsflow check [--json] [--strict] [--dump] PATH...`: parses
 * every file (directories are searched for *.xs), then runs the rules
 * checker on each file that parsed, and the workspace checker
 * (lang/checker.h) over the files of each PATH together: a directory is a
 * workspace. Diagnostics print gcc-style with the source line and a caret,
 * or as one JSON object with --json.
 * Exit 0 when every file is clean, 1 when any has an error (or, with
 * --strict, a warning), 2 on usage errors.
 */
#include "base/alloc.h"
#include "base/arena.h"
#include "base/diag.h"
#include "cli/commands.h"
#include "cli/readfile.h"
#include "interp/interp.h"
#include "lang/checker.h"
#include "lang/parser.h"
#include "lang/rules.h"
#include "lib/lib.h"

#include <sys/stat.h>

typedef struct check_file_rec {
    char *path;
    char *src; /* NULL when it could not be read */
    size_t len;
    xs_arena *arena;
    xs_ast_doc *doc; /* NULL unless it parsed */
    xs_diag d;
} check_file_rec;

typedef struct check_ctx {
    bool json;
    bool strict;
    bool dump;
    int files;
    int failed_files;
    xs_diag all;           /* --json: every entry, printed at the end */
    check_file_rec *group; /* the files of one PATH argument, checked together */
    size_t ngroup;
    size_t cap;
} check_ctx;

static void check_file(const char *path, void *vctx)
{
    check_ctx *c = vctx;
    c->files++;
    if (c->ngroup == c->cap) {
        c->cap = c->cap ? c->cap * 2 : 16;
        c->group = xs_realloc(c->group, c->cap * sizeof *c->group);
    }
    check_file_rec *f = &c->group[c->ngroup++];
    memset(f, 0, sizeof *f);
    f->path = xs_strdup(path);
    xs_diag_init(&f->d);
    char err[256];
    f->src = xs_cli_read_file(path, &f->len, err, sizeof err);
    if (!f->src) {
        xs_diag_add(&f->d, XS_DIAG_ERROR, path, 0, 0, "cannot read '%s': %s", path, err);
        return;
    }
    f->arena = xs_arena_new(0);
    xs_ast_doc *doc = NULL;
    if (xs_parse_doc(f->src, f->len, f->path, f->arena, &f->d, &doc) != XS_OK)
        return;
    f->doc = doc;
    xs_lang_rules_check(doc, &f->d);
    if (c->dump) {
        xs_buf out;
        xs_buf_init(&out);
        xs_ast_dump(doc, true, &out);
        fputs(xs_buf_cstr(&out), stdout);
        xs_buf_release(&out);
    }
}

/* ---- the runtime, as the checker sees it ---- */

static bool env_filter(void *ctx, xs_str name, xs_check_filter *out)
{
    const xs_builtins *b = ctx;
    for (size_t f = 0; f < b->nfamilies; f++)
        for (size_t i = 0; i < b->families[f]->nfilters; i++) {
            const xs_filter_def *def = &b->families[f]->filters[i];
            if (!xs_str_eq_cstr(name, def->name))
                continue;
            out->min_args = def->min_args;
            out->max_args = def->max_args == XS_ARGS_ANY ? -1 : def->max_args;
            out->available = !(def->flags & XS_BUILTIN_UNAVAILABLE);
            out->doc = def->doc;
            return true;
        }
    return false;
}

static bool env_statement(void *ctx, xs_str name, bool *available)
{
    const xs_builtins *b = ctx;
    size_t ncore;
    const xs_core_stmt *core = xs_interp_core_stmts(&ncore);
    for (size_t i = 0; i < ncore; i++)
        if (xs_str_eq_cstr(name, core[i].name))
            return true;
    for (size_t f = 0; f < b->nfamilies; f++)
        for (size_t i = 0; i < b->families[f]->nstmts; i++) {
            const xs_stmt_def *def = &b->families[f]->stmts[i];
            if (xs_str_eq_cstr(name, def->name)) {
                *available = !(def->flags & XS_BUILTIN_UNAVAILABLE);
                return true;
            }
        }
    return false;
}

static const char *env_filter_name(void *ctx, size_t i)
{
    const xs_builtins *b = ctx;
    for (size_t f = 0; f < b->nfamilies; f++) {
        if (i < b->families[f]->nfilters)
            return b->families[f]->filters[i].name;
        i -= b->families[f]->nfilters;
    }
    return NULL;
}

static const char *env_statement_name(void *ctx, size_t i)
{
    const xs_builtins *b = ctx;
    size_t ncore;
    const xs_core_stmt *core = xs_interp_core_stmts(&ncore);
    if (i < ncore)
        return core[i].name;
    i -= ncore;
    for (size_t f = 0; f < b->nfamilies; f++) {
        if (i < b->families[f]->nstmts)
            return b->families[f]->stmts[i].name;
        i -= b->families[f]->nstmts;
    }
    return NULL;
}

/* Runs the workspace checks over the group that parsed, gives each file its
 * warnings, prints (or keeps, for --json) every file's diagnostics in
 * order, then empties the group. is_workspace: the group is a directory. */
static void finish_group(check_ctx *c, bool is_workspace)
{
    const xs_ast_doc **docs = xs_calloc(c->ngroup ? c->ngroup : 1, sizeof *docs);
    size_t ndocs = 0;
    for (size_t i = 0; i < c->ngroup; i++)
        if (c->group[i].doc)
            docs[ndocs++] = c->group[i].doc;
    xs_check_env env = {env_filter, env_statement, env_filter_name, env_statement_name,
                        (void *)xs_lib_builtins()};
    xs_diag wd;
    xs_diag_init(&wd);
    xs_lang_check_workspace(docs, ndocs, is_workspace, &env, &wd);
    xs_free(docs);
    for (size_t i = 0; i < c->ngroup; i++) {
        check_file_rec *f = &c->group[i];
        for (size_t k = 0; k < wd.count; k++) {
            const xs_diag_entry *e = &wd.items[k];
            if (e->file && strcmp(e->file, f->path) == 0)
                xs_diag_add(&f->d, e->level, e->file, e->line, e->col, "%s", e->message);
        }
        bool bad = f->d.errors > 0 || (c->strict && f->d.warnings > 0);
        if (bad)
            c->failed_files++;
        if (c->json) {
            xs_diag_move(&c->all, &f->d);
        } else {
            for (size_t k = 0; k < f->d.count; k++) {
                xs_diag_entry e = f->d.items[k];
                if (c->strict && e.level == XS_DIAG_WARNING)
                    e.level = XS_DIAG_ERROR;
                xs_diag_print_entry(&e, f->src, f->len, stderr);
            }
        }
        xs_diag_release(&f->d);
        xs_arena_free(f->arena);
        xs_free(f->src);
        xs_free(f->path);
    }
    xs_diag_release(&wd);
    c->ngroup = 0;
}

static bool is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

int xs_cmd_check(int argc, char **argv)
{
    check_ctx c;
    memset(&c, 0, sizeof c);
    xs_diag_init(&c.all);
    int npaths = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--json") == 0)
            c.json = true;
        else if (strcmp(a, "--strict") == 0)
            c.strict = true;
        else if (strcmp(a, "--dump") == 0)
            c.dump = true;
        else if (strcmp(a, "--") == 0)
            break;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "xsflow check: unknown option '%s'\n", a);
            xs_diag_release(&c.all);
            return XS_EXIT_USAGE;
        } else
            npaths++;
    }
    if (npaths == 0) {
        fputs("usage: xsflow check [--json] [--strict] [--dump] PATH...\n", stderr);
        xs_diag_release(&c.all);
        return XS_EXIT_USAGE;
    }
    bool after_dashdash = false;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!after_dashdash && strcmp(a, "--") == 0) {
            after_dashdash = true;
            continue;
        }
        if (!after_dashdash && a[0] == '-' && a[1])
            continue;
        char err[256];
        bool ok = xs_cli_walk_xs(a, check_file, &c, err, sizeof err);
        finish_group(&c, is_dir(a));
        if (!ok) {
            c.files++;
            c.failed_files++;
            if (c.json)
                xs_diag_add(&c.all, XS_DIAG_ERROR, a, 0, 0, "cannot read '%s': %s", a, err);
            else
                fprintf(stderr, "%s: error: cannot read '%s': %s\n", a, a, err);
        }
    }
    if (c.json) {
        if (c.strict)
            for (size_t i = 0; i < c.all.count; i++)
                if (c.all.items[i].level == XS_DIAG_WARNING)
                    c.all.items[i].level = XS_DIAG_ERROR;
        xs_buf out;
        xs_buf_init(&out);
        xs_buf_addf(&out, "{\"files\": %d, \"failed\": %d, \"diagnostics\": ", c.files,
                    c.failed_files);
        xs_diag_to_json(&c.all, &out);
        xs_buf_adds(&out, "}\n");
        fputs(xs_buf_cstr(&out), stdout);
        xs_buf_release(&out);
    }
    xs_diag_release(&c.all);
    xs_free(c.group);
    return c.failed_files ? XS_EXIT_FAIL : XS_EXIT_OK;
}
