/*
 * cmd_fmt.c - `xsflow fmt [-w | --check | --check-roundtrip] FILE...`:
 * prints each file as canonical XanoScript (lang/fmt.h).
 *   -w                 rewrite the files in place
 *   --check            print nothing; exit 1 when a file is not canonical
 *   --check-roundtrip  exit 1 unless the output parses back to the same
 *                      tree and formatting it again changes nothing
 * Exit 0 on success, 1 when a file does not parse or a check fails, 2 on
 * usage errors.
 */
#include "base/alloc.h"
#include "base/arena.h"
#include "base/diag.h"
#include "cli/commands.h"
#include "cli/readfile.h"
#include "lang/fmt.h"
#include "lang/parser.h"

enum { MODE_PRINT, MODE_WRITE, MODE_CHECK, MODE_ROUNDTRIP };

/* Parses src into a dump (no positions) and its formatted text. */
static bool parse_fmt(const char *path, const char *src, size_t len, xs_buf *dump, xs_buf *out,
                      xs_diag *d)
{
    xs_arena *a = xs_arena_new(0);
    xs_ast_doc *doc = NULL;
    bool ok = xs_parse_doc(src, len, path, a, d, &doc) == XS_OK;
    if (ok) {
        if (dump)
            xs_ast_dump(doc, false, dump);
        if (out)
            xs_fmt_doc(doc, out);
    }
    xs_arena_free(a);
    return ok;
}

static void print_errors(const xs_diag *d, const char *src, size_t len)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].level == XS_DIAG_ERROR)
            xs_diag_print_entry(&d->items[i], src, len, stderr);
}

/* Reports the first line where a and b differ. */
static void first_difference(const char *what, const char *path, const char *a, const char *b)
{
    int line = 1;
    const char *la = a, *lb = b;
    while (*a && *a == *b) {
        if (*a == '\n') {
            line++;
            la = a + 1;
            lb = b + 1;
        }
        a++;
        b++;
    }
    const char *ea = strchr(la, '\n'), *eb = strchr(lb, '\n');
    int na = ea ? (int)(ea - la) : (int)strlen(la);
    int nb = eb ? (int)(eb - lb) : (int)strlen(lb);
    fprintf(stderr, "%s: error: %s differs at line %d:\n  before: %.*s\n  after:  %.*s\n", path,
            what, line, na, la, nb, lb);
}

static int fmt_file(const char *path, int mode)
{
    char err[256];
    size_t len = 0;
    char *src = xs_cli_read_file(path, &len, err, sizeof err);
    if (!src) {
        fprintf(stderr, "%s: error: cannot read '%s': %s\n", path, path, err);
        return XS_EXIT_FAIL;
    }
    int rc = XS_EXIT_OK;
    xs_diag d;
    xs_diag_init(&d);
    xs_buf dump1, out1, dump2, out2;
    xs_buf_init(&dump1);
    xs_buf_init(&out1);
    xs_buf_init(&dump2);
    xs_buf_init(&out2);
    if (!parse_fmt(path, src, len, mode == MODE_ROUNDTRIP ? &dump1 : NULL, &out1, &d)) {
        print_errors(&d, src, len);
        rc = XS_EXIT_FAIL;
        goto out;
    }
    switch (mode) {
    case MODE_PRINT:
        fputs(xs_buf_cstr(&out1), stdout);
        break;
    case MODE_CHECK:
        if (out1.len != len || memcmp(out1.ptr, src, len) != 0) {
            fprintf(stderr, "%s: not formatted\n", path);
            rc = XS_EXIT_FAIL;
        }
        break;
    case MODE_WRITE: {
        if (out1.len == len && memcmp(out1.ptr, src, len) == 0)
            break;
        FILE *f = fopen(path, "wb");
        if (!f || fwrite(out1.ptr, 1, out1.len, f) != out1.len) {
            fprintf(stderr, "%s: error: cannot write '%s'\n", path, path);
            rc = XS_EXIT_FAIL;
        }
        if (f && fclose(f) != 0)
            rc = XS_EXIT_FAIL;
        break;
    }
    case MODE_ROUNDTRIP: {
        xs_diag d2;
        xs_diag_init(&d2);
        bool ok = parse_fmt(path, xs_buf_cstr(&out1), out1.len, &dump2, &out2, &d2);
        if (!ok) {
            fprintf(stderr, "%s: error: formatted output does not parse:\n", path);
            print_errors(&d2, xs_buf_cstr(&out1), out1.len);
            fputs(xs_buf_cstr(&out1), stderr);
            rc = XS_EXIT_FAIL;
        } else if (strcmp(xs_buf_cstr(&dump1), xs_buf_cstr(&dump2)) != 0) {
            first_difference("the tree of the formatted output", path, xs_buf_cstr(&dump1),
                             xs_buf_cstr(&dump2));
            rc = XS_EXIT_FAIL;
        } else if (strcmp(xs_buf_cstr(&out1), xs_buf_cstr(&out2)) != 0) {
            first_difference("formatting the output again", path, xs_buf_cstr(&out1),
                             xs_buf_cstr(&out2));
            rc = XS_EXIT_FAIL;
        }
        xs_diag_release(&d2);
        break;
    }
    default:
        break;
    }
out:
    xs_buf_release(&dump1);
    xs_buf_release(&out1);
    xs_buf_release(&dump2);
    xs_buf_release(&out2);
    xs_diag_release(&d);
    xs_free(src);
    return rc;
}

int xs_cmd_fmt(int argc, char **argv)
{
    int mode = MODE_PRINT;
    int nfiles = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "-w") == 0)
            mode = MODE_WRITE;
        else if (strcmp(a, "--check") == 0)
            mode = MODE_CHECK;
        else if (strcmp(a, "--check-roundtrip") == 0)
            mode = MODE_ROUNDTRIP;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "xsflow fmt: unknown option '%s'\n", a);
            return XS_EXIT_USAGE;
        } else
            nfiles++;
    }
    if (nfiles == 0) {
        fputs("usage: xsflow fmt [-w | --check | --check-roundtrip] FILE...\n", stderr);
        return XS_EXIT_USAGE;
    }
    int rc = XS_EXIT_OK;
    for (int i = 1; i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1])
            continue;
        if (fmt_file(argv[i], mode) != XS_EXIT_OK)
            rc = XS_EXIT_FAIL;
    }
    return rc;
}
