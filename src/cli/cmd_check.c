/*
 * cmd_check.c - `xsflow check [--json] [--strict] [--dump] PATH...`: parses
 * every file (directories are searched for *.xs), then runs the rules
 * checker on each file that parsed. Diagnostics print gcc-style with the
 * source line and a caret, or as one JSON object with --json.
 * Exit 0 when every file is clean, 1 when any has an error (or, with
 * --strict, a warning), 2 on usage errors.
 */
#include "base/alloc.h"
#include "base/arena.h"
#include "base/diag.h"
#include "cli/commands.h"
#include "cli/readfile.h"
#include "lang/parser.h"
#include "lang/rules.h"

typedef struct check_ctx {
    bool json;
    bool strict;
    bool dump;
    int files;
    int failed_files;
    xs_diag all; /* --json: every entry, printed at the end */
} check_ctx;

static void check_file(const char *path, void *vctx)
{
    check_ctx *c = vctx;
    c->files++;
    xs_diag d;
    xs_diag_init(&d);
    char err[256];
    size_t len = 0;
    char *src = xs_cli_read_file(path, &len, err, sizeof err);
    if (!src) {
        xs_diag_add(&d, XS_DIAG_ERROR, path, 0, 0, "cannot read '%s': %s", path, err);
    } else {
        xs_arena *a = xs_arena_new(0);
        xs_ast_doc *doc = NULL;
        xs_status st = xs_parse_doc(src, len, path, a, &d, &doc);
        if (st == XS_OK) {
            xs_lang_rules_check(doc, &d);
            if (c->dump) {
                xs_buf out;
                xs_buf_init(&out);
                xs_ast_dump(doc, true, &out);
                fputs(xs_buf_cstr(&out), stdout);
                xs_buf_release(&out);
            }
        }
        xs_arena_free(a);
    }
    bool bad = d.errors > 0 || (c->strict && d.warnings > 0);
    if (bad)
        c->failed_files++;
    if (c->json) {
        xs_diag_move(&c->all, &d);
    } else {
        for (size_t i = 0; i < d.count; i++) {
            xs_diag_entry e = d.items[i];
            if (c->strict && e.level == XS_DIAG_WARNING)
                e.level = XS_DIAG_ERROR;
            xs_diag_print_entry(&e, src, len, stderr);
        }
    }
    xs_diag_release(&d);
    xs_free(src);
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
        if (!xs_cli_walk_xs(a, check_file, &c, err, sizeof err)) {
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
    return c.failed_files ? XS_EXIT_FAIL : XS_EXIT_OK;
}
