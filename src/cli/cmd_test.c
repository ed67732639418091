/*
 * cmd_test.c - `xsflow test [PATH...] [--workspace DIR] [--db URL]
 * [--junit FILE] [--filter NAME]`: runs the workspace's XanoScript tests
 * (test blocks of functions and queries, workflow_test objects; see
 * interp/testing.h). PATHs (files or directories) limit the run to the
 * tests they hold; the workspace is DIR, else the directory of the first
 * PATH, else ".". --filter keeps the tests whose name contains NAME.
 *
 * Prints "ok NAME" or "FAIL NAME" per test, with file:line:col and what
 * failed under a failure, then "N passed, N failed". Exits 0 when every
 * test passed, 1 when one failed (or the workspace does not load), 2 on
 * bad arguments. --junit FILE also writes a JUnit XML report.
 *
 * Without --db, db.* statements run on a fresh SQLite database with the
 * workspace's tables, empty, in a temporary folder removed at the end: a
 * test never touches a real database unless it is named.
 */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/diag.h"
#include "cli/commands.h"
#include "interp/interp.h"
#include "interp/testing.h"
#include "lib/lib.h"
#include "store/schema.h"
#include "store/store.h"

static void test_usage(void)
{
    fputs("usage: xsflow test [PATH...] [--workspace DIR] [--db URL] [--junit FILE] "
          "[--filter NAME]\n",
          stderr);
}

static bool is_dir(const char *p)
{
    struct stat sb;
    return stat(p, &sb) == 0 && S_ISDIR(sb.st_mode);
}

/* The directory part of path ("." when none); heap string. */
static char *dir_of(const char *path)
{
    if (is_dir(path))
        return xs_strdup(path);
    const char *slash = strrchr(path, '/');
    if (!slash)
        return xs_strdup(".");
    if (slash == path)
        return xs_strdup("/");
    return xs_strndup(path, (size_t)(slash - path));
}

/* Whether file is one of paths or lies under one of them (by real path);
 * true when no paths were given. */
static bool selected_file(const char *file, char **real_paths, int npaths)
{
    if (npaths == 0)
        return true;
    char buf[PATH_MAX];
    if (!file || !realpath(file, buf))
        return false;
    size_t n = strlen(buf);
    for (int i = 0; i < npaths; i++) {
        size_t m = strlen(real_paths[i]);
        if (m <= n && memcmp(buf, real_paths[i], m) == 0 && (buf[m] == '\0' || buf[m] == '/'))
            return true;
    }
    return false;
}

/* Writes s as XML text or attribute content. XML 1.0 allows no control
 * characters but tab, newline and CR: others become '?'. */
static void xml_escape(FILE *f, const char *s)
{
    for (; *s; s++) {
        unsigned char ch = (unsigned char)*s;
        const char *ent = ch == '<'    ? "&lt;"
                          : ch == '>'  ? "&gt;"
                          : ch == '&'  ? "&amp;"
                          : ch == '"'  ? "&quot;"
                          : ch == '\'' ? "&apos;"
                                       : NULL;
        if (ent)
            fputs(ent, f);
        else if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
            fputc('?', f);
        else
            fputc(ch, f);
    }
}

/* file without the current directory in front, for shorter lines. */
static const char *shown(const char *file, const char *cwd)
{
    size_t n = strlen(cwd);
    if (n > 1 && strncmp(file, cwd, n) == 0 && file[n] == '/')
        return file + n + 1;
    return file;
}

typedef struct outcome {
    const xs_test_case *tc;
    xs_test_result res;
} outcome;

static int write_junit(const char *path, const outcome *o, size_t n, size_t nfailed,
                       const char *cwd)
{
    FILE *f = fopen(path, "w");
    if (!f) {
        fprintf(stderr, "xsflow test: cannot write '%s': %s\n", path, strerror(errno));
        return XS_EXIT_FAIL;
    }
    fprintf(f, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(f, "<testsuites tests=\"%zu\" failures=\"%zu\">\n", n, nfailed);
    fprintf(f, "  <testsuite name=\"xsflow\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n", n,
            nfailed);
    for (size_t i = 0; i < n; i++) {
        fputs("    <testcase classname=\"", f);
        xml_escape(f, shown(o[i].tc->file, cwd));
        fputs("\" name=\"", f);
        xml_escape(f, o[i].tc->name);
        if (o[i].res.passed) {
            fputs("\"/>\n", f);
            continue;
        }
        fputs("\">\n      <failure message=\"", f);
        xml_escape(f, o[i].res.message ? o[i].res.message : "");
        fputs("\">", f);
        xml_escape(f, o[i].res.location ? o[i].res.location : "");
        fputs(": ", f);
        xml_escape(f, o[i].res.message ? o[i].res.message : "");
        fputs("</failure>\n    </testcase>\n", f);
    }
    fputs("  </testsuite>\n</testsuites>\n", f);
    if (fclose(f) != 0) {
        fprintf(stderr, "xsflow test: cannot write '%s': %s\n", path, strerror(errno));
        return XS_EXIT_FAIL;
    }
    return XS_EXIT_OK;
}

static void print_diags(const xs_diag *d)
{
    for (size_t i = 0; i < d->count; i++)
        xs_diag_print_entry(&d->items[i], NULL, 0, stderr);
}

/* Opens the database at url with the workspace's tables as its catalog. */
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

/* A fresh SQLite file in a new temporary folder, with the workspace's
 * tables; *tmpdir (heap) is the folder to remove afterwards. */
static xs_status open_scratch_db(const xs_workspace *ws, char **tmpdir, xs_store_catalog **cat,
                                 xs_store **s, xs_diag *d)
{
    const char *base = getenv("TMPDIR");
    xs_buf dir;
    xs_buf_init(&dir);
    xs_buf_addf(&dir, "%s/xsflow-test.XXXXXX", base && *base ? base : "/tmp");
    *tmpdir = xs_buf_detach(&dir, NULL);
    if (!mkdtemp(*tmpdir)) {
        xs_diag_error(d, XS_E_IO, NULL, 0, 0, "cannot make a temporary folder for the test "
                                              "database: %s", strerror(errno));
        xs_free(*tmpdir);
        *tmpdir = NULL;
        return XS_E_IO;
    }
    xs_buf url;
    xs_buf_init(&url);
    xs_buf_addf(&url, "sqlite:%s/test.db", *tmpdir);
    xs_status st = open_db(ws, xs_buf_cstr(&url), cat, s, d);
    xs_buf_release(&url);
    if (st == XS_OK) {
        xs_diag notes; /* the migration lists each table it creates: not news here */
        xs_diag_init(&notes);
        st = xs_store_migrate(*s, *cat, 0, &notes);
        if (st != XS_OK)
            xs_diag_error(d, st, NULL, 0, 0, "cannot create the workspace's tables in the test "
                                              "database: %s",
                          xs_diag_first_error(&notes) ? xs_diag_first_error(&notes)->message : "");
        xs_diag_release(&notes);
    }
    return st;
}

/* Removes the scratch database's folder. */
static void remove_scratch(const char *tmpdir)
{
    if (!tmpdir)
        return;
    static const char *const files[] = {"test.db", "test.db-wal", "test.db-shm",
                                        "test.db-journal"};
    char path[PATH_MAX];
    for (size_t i = 0; i < XS_COUNTOF(files); i++) {
        snprintf(path, sizeof path, "%s/%s", tmpdir, files[i]);
        unlink(path);
    }
    rmdir(tmpdir);
}

/* Runs the selected tests and prints their outcomes; the exit code. */
static int run_tests(xs_workspace *ws, xs_store *store, char **real_paths, int npaths,
                     const char *filter, const char *junit)
{
    xs_test_suite *suite = xs_test_suite_new(ws);
    xs_interp *in = xs_interp_new(ws, xs_lib_builtins());
    xs_interp_set_store(in, store);
    size_t n = xs_test_suite_count(suite), nrun = 0, npassed = 0, nfailed = 0;
    outcome *o = xs_calloc(n ? n : 1, sizeof *o);
    char cwd[PATH_MAX];
    if (!getcwd(cwd, sizeof cwd))
        cwd[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        const xs_test_case *tc = xs_test_suite_case(suite, i);
        if (!selected_file(tc->file, real_paths, npaths))
            continue;
        if (filter && !strstr(tc->name, filter))
            continue;
        outcome *oc = &o[nrun++];
        oc->tc = tc;
        xs_test_run(suite, in, i, NULL, &oc->res);
        if (oc->res.location) {
            const char *loc = shown(oc->res.location, cwd);
            memmove(oc->res.location, loc, strlen(loc) + 1);
        }
        if (oc->res.passed) {
            npassed++;
            printf("ok   %s\n", tc->name);
        } else {
            nfailed++;
            printf("FAIL %s\n     %s: %s\n", tc->name, oc->res.location ? oc->res.location : "",
                   oc->res.message ? oc->res.message : "");
        }
        fflush(stdout);
    }
    printf("%zu passed, %zu failed\n", npassed, nfailed);
    int rc = nfailed ? XS_EXIT_FAIL : XS_EXIT_OK;
    if (junit && write_junit(junit, o, nrun, nfailed, cwd) != XS_EXIT_OK)
        rc = XS_EXIT_FAIL;
    for (size_t i = 0; i < nrun; i++)
        xs_test_result_release(&o[i].res);
    xs_free(o);
    xs_interp_free(in);
    xs_test_suite_free(suite);
    return rc;
}

int xs_cmd_test(int argc, char **argv)
{
    const char *wsdir = NULL, *db = NULL, *junit = NULL, *filter = NULL, *first = NULL;
    char **paths = xs_calloc((size_t)argc, sizeof *paths);
    int npaths = 0, rc = XS_EXIT_USAGE;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if ((strcmp(a, "--workspace") == 0 || strcmp(a, "-w") == 0) && i + 1 < argc) {
            wsdir = argv[++i];
        } else if (strncmp(a, "--workspace=", 12) == 0) {
            wsdir = a + 12;
        } else if (strcmp(a, "--db") == 0 && i + 1 < argc) {
            db = argv[++i];
        } else if (strcmp(a, "--junit") == 0 && i + 1 < argc) {
            junit = argv[++i];
        } else if (strncmp(a, "--junit=", 8) == 0) {
            junit = a + 8;
        } else if (strcmp(a, "--filter") == 0 && i + 1 < argc) {
            filter = argv[++i];
        } else if (strncmp(a, "--filter=", 9) == 0) {
            filter = a + 9;
        } else if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            test_usage();
            rc = XS_EXIT_OK;
            goto out_paths;
        } else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "xsflow test: unknown option '%s'\n", a);
            test_usage();
            goto out_paths;
        } else {
            char buf[PATH_MAX];
            if (!realpath(a, buf)) {
                fprintf(stderr, "xsflow test: cannot open '%s': %s\n", a, strerror(errno));
                goto out_paths;
            }
            paths[npaths++] = xs_strdup(buf);
            if (!first)
                first = a;
        }
    }

    char *dir = wsdir ? xs_strdup(wsdir) : first ? dir_of(first) : xs_strdup(".");
    xs_workspace *ws = xs_workspace_new(dir);
    xs_diag d;
    xs_diag_init(&d);
    xs_status st = XS_OK;
    for (int i = 0; st == XS_OK && i < npaths; i++)
        st = is_dir(paths[i]) ? xs_workspace_load_into(ws, paths[i], &d)
                              : xs_workspace_add_file(ws, paths[i], &d);
    if (st == XS_OK)
        st = xs_workspace_load_into(ws, dir, &d);
    rc = XS_EXIT_FAIL;
    xs_store_catalog *cat = NULL;
    xs_store *store = NULL;
    char *scratch = NULL;
    if (st != XS_OK)
        print_diags(&d);
    else if (db ? open_db(ws, db, &cat, &store, &d) != XS_OK
                : open_scratch_db(ws, &scratch, &cat, &store, &d) != XS_OK)
        print_diags(&d);
    else
        rc = run_tests(ws, store, paths, npaths, filter, junit);
    xs_store_free(store);
    xs_store_catalog_free(cat);
    remove_scratch(scratch);
    xs_free(scratch);
    xs_diag_release(&d);
    xs_workspace_free(ws);
    xs_free(dir);
out_paths:
    for (int i = 0; i < npaths; i++)
        xs_free(paths[i]);
    xs_free(paths);
    return rc;
}
