/*
 * cmd_db.c - `xsflow db SUBCOMMAND`: the workspace's database.
 *
 *   xsflow db migrate [--allow-destructive] [--dry-run] [--db URL] [DIR]
 *       creates and alters tables to match the `table` objects under DIR
 *   xsflow db import [--db URL] [--workspace DIR] TABLE FILE.json|FILE.csv
 *       adds the rows of FILE in one transaction; the first bad row stops
 *       the import, names the row and the column, and leaves nothing
 *   xsflow db export [--db URL] [--workspace DIR] TABLE
 *       prints every row of TABLE as a JSON array, by id
 *
 * The database is --db, else $XSFLOW_DB, else "database" in the
 * workspace's xsflow.json, else the SQLite file DIR/xsflow.db. Exit 0 on
 * success, 1 when the work failed, 2 on usage errors.
 */
#include <strings.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/clock.h"
#include "base/diag.h"
#include "cli/commands.h"
#include "cli/readfile.h"
#include "lang/parser.h"
#include "store/schema.h"
#include "store/store.h"
#include "value/json.h"

static void db_usage(void)
{
    fputs("usage: xsflow db migrate [--allow-destructive] [--dry-run] [--db URL] [DIR]\n"
          "       xsflow db import [--db URL] [--workspace DIR] TABLE FILE.json|FILE.csv\n"
          "       xsflow db export [--db URL] [--workspace DIR] TABLE\n",
          stderr);
}

static void print_diag(const xs_diag *d, bool notes)
{
    for (size_t i = 0; i < d->count; i++) {
        const xs_diag_entry *e = &d->items[i];
        if (e->level == XS_DIAG_NOTE && notes)
            printf("%s\n", e->message);
        else if (e->level != XS_DIAG_NOTE)
            xs_diag_print_entry(e, NULL, 0, stderr);
    }
}

/* ---- the workspace's tables ---- */

typedef struct load_ctx {
    xs_store_catalog *cat;
    xs_diag *d;
    bool failed;
} load_ctx;

static void load_file(const char *path, void *vctx)
{
    load_ctx *c = vctx;
    char err[256];
    size_t len = 0;
    char *src = xs_cli_read_file(path, &len, err, sizeof err);
    if (!src) {
        xs_diag_add(c->d, XS_DIAG_ERROR, path, 0, 0, "cannot read '%s': %s", path, err);
        c->failed = true;
        return;
    }
    xs_arena *a = xs_arena_new(0);
    xs_ast_doc *doc = NULL;
    /* tables are copied out of the tree, so the tree dies here */
    if (xs_parse_doc(src, len, path, a, c->d, &doc) != XS_OK ||
        xs_store_catalog_add_doc(c->cat, doc, c->d) != XS_OK)
        c->failed = true;
    xs_arena_free(a);
    xs_free(src);
}

static xs_store_catalog *load_catalog(const char *dir, xs_diag *d)
{
    load_ctx c = {xs_store_catalog_new(), d, false};
    char err[256];
    if (!xs_cli_walk_xs(dir, load_file, &c, err, sizeof err)) {
        xs_diag_add(d, XS_DIAG_ERROR, NULL, 0, 0, "cannot read workspace '%s': %s", dir, err);
        c.failed = true;
    }
    if (c.failed) {
        xs_store_catalog_free(c.cat);
        return NULL;
    }
    return c.cat;
}

/* The database URL for workspace dir (heap string). */
static char *db_url(const char *flag, const char *dir)
{
    if (flag)
        return xs_strdup(flag);
    const char *env = getenv("XSFLOW_DB");
    if (env && *env)
        return xs_strdup(env);
    xs_buf path;
    xs_buf_init(&path);
    xs_buf_addf(&path, "%s/xsflow.json", dir);
    char err[256];
    size_t len = 0;
    char *cfg = xs_cli_read_file(xs_buf_cstr(&path), &len, err, sizeof err);
    char *url = NULL;
    if (cfg) {
        xs_diag d;
        xs_diag_init(&d);
        xs_value v;
        if (xs_json_decode(cfg, len, &v, &d) == XS_OK && v.type == XS_OBJECT) {
            const xs_value *db = xs_object_get(v, XS_STR("database"));
            if (db && db->type == XS_TEXT && xs_text_len(*db))
                url = xs_strdup(xs_text_ptr(*db));
            xs_release(v);
        }
        xs_diag_release(&d);
        xs_free(cfg);
    }
    if (!url) {
        xs_buf_reset(&path);
        xs_buf_addf(&path, "%s/xsflow.db", dir);
        url = xs_strdup(xs_buf_cstr(&path));
    }
    xs_buf_release(&path);
    return url;
}

/* ---- options ---- */

typedef struct opts {
    const char *db;
    const char *dir;
    bool destructive;
    bool dry_run;
    const char *pos[3];
    int npos;
} opts;

static bool parse_opts(int argc, char **argv, opts *o)
{
    memset(o, 0, sizeof *o);
    for (int i = 2; i < argc; i++) {
        const char *a = argv[i];
        if (strcmp(a, "--db") == 0 && i + 1 < argc)
            o->db = argv[++i];
        else if ((strcmp(a, "--workspace") == 0 || strcmp(a, "-w") == 0) && i + 1 < argc)
            o->dir = argv[++i];
        else if (strcmp(a, "--allow-destructive") == 0)
            o->destructive = true;
        else if (strcmp(a, "--dry-run") == 0)
            o->dry_run = true;
        else if (a[0] == '-' && a[1]) {
            fprintf(stderr, "xsflow db: unknown option '%s'\n", a);
            return false;
        } else if (o->npos < 3)
            o->pos[o->npos++] = a;
        else
            return false;
    }
    return true;
}

/* Opens the store for the workspace. Returns 0 or an exit code. */
static int open_ws(const opts *o, const char *dir, xs_store_catalog **cat, xs_store **s, xs_diag *d)
{
    *s = NULL;
    *cat = load_catalog(dir, d);
    if (!*cat)
        return XS_EXIT_FAIL;
    char *url = db_url(o->db, dir);
    xs_status rc = xs_store_open(url, *cat, s, d);
    xs_free(url);
    return rc == XS_OK ? XS_EXIT_OK : XS_EXIT_FAIL;
}

/* ---- migrate ---- */

static int db_migrate(const opts *o)
{
    if (o->npos > 1) {
        db_usage();
        return XS_EXIT_USAGE;
    }
    const char *dir = o->npos ? o->pos[0] : o->dir ? o->dir : ".";
    xs_diag d;
    xs_diag_init(&d);
    xs_store_catalog *cat = NULL;
    xs_store *s = NULL;
    int code = open_ws(o, dir, &cat, &s, &d);
    if (code == XS_EXIT_OK) {
        unsigned flags =
            (o->destructive ? XS_MIGRATE_DESTRUCTIVE : 0u) | (o->dry_run ? XS_MIGRATE_DRY_RUN : 0u);
        if (xs_store_migrate(s, cat, flags, &d) != XS_OK)
            code = XS_EXIT_FAIL;
        else if (d.count == 0)
            printf("%zu tables up to date\n", cat->n);
    }
    /* the changes are notes; a refused migration changed nothing */
    print_diag(&d, code == XS_EXIT_OK);
    xs_store_free(s);
    xs_store_catalog_free(cat);
    xs_diag_release(&d);
    return code;
}

/* ---- import ---- */

/* One CSV record from *p (RFC 4180: quotes, doubled quotes, CRLF) as an
 * array of texts; false at the end of the input. */
static bool csv_record(const char **p, const char *end, xs_value *out, bool *bad_quote)
{
    if (*p >= end)
        return false;
    xs_value rec = xs_array_new(8);
    xs_buf f;
    xs_buf_init(&f);
    const char *s = *p;
    for (;;) {
        xs_buf_reset(&f);
        bool quoted = s < end && *s == '"';
        if (quoted) {
            s++;
            for (;;) {
                if (s >= end) {
                    *bad_quote = true;
                    break;
                }
                if (*s == '"') {
                    if (s + 1 < end && s[1] == '"') {
                        xs_buf_addc(&f, '"');
                        s += 2;
                        continue;
                    }
                    s++;
                    break;
                }
                xs_buf_addc(&f, *s++);
            }
        }
        while (s < end && *s != ',' && *s != '\n' && *s != '\r')
            xs_buf_addc(&f, *s++);
        xs_array_push(&rec, f.len || quoted ? xs_text_new(f.ptr ? f.ptr : "", f.len) : xs_null());
        if (s < end && *s == ',') {
            s++;
            continue;
        }
        if (s < end && *s == '\r')
            s++;
        if (s < end && *s == '\n')
            s++;
        break;
    }
    xs_buf_release(&f);
    *p = s;
    *out = rec;
    return true;
}

/* The rows of a CSV text: objects keyed by the header line. JSON columns
 * hold JSON text, decoded here. */
static xs_status csv_rows(const char *text, size_t len, const xs_store_table *t, xs_value *out,
                          xs_diag *d)
{
    const char *p = text, *end = text + len;
    if (len >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0)
        p += 3;
    bool bad = false;
    xs_value head;
    if (!csv_record(&p, end, &head, &bad))
        return xs_diag_error(d, XS_E_PARSE, NULL, 0, 0, "the CSV file is empty");
    xs_value rows = xs_array_new(0);
    xs_status rc = XS_OK;
    size_t line = 1;
    xs_value rec;
    while (rc == XS_OK && csv_record(&p, end, &rec, &bad)) {
        line++;
        if (xs_array_len(rec) == 1 && xs_array_at(rec, 0).type == XS_NULL) {
            xs_release(rec);
            continue; /* blank line */
        }
        if (bad || xs_array_len(rec) != xs_array_len(head)) {
            rc = xs_diag_error(d, XS_E_PARSE, NULL, (int)line, 0, "row %zu: %s", line - 1,
                               bad ? "unterminated quoted field"
                                   : "the number of fields differs from the header");
            xs_release(rec);
            break;
        }
        xs_value o = xs_object_new(xs_array_len(head));
        for (size_t i = 0; i < xs_array_len(head) && rc == XS_OK; i++) {
            xs_value k = xs_array_at(head, i);
            xs_value v = xs_retain(xs_array_at(rec, i));
            if (k.type != XS_TEXT) {
                xs_release(v);
                continue;
            }
            const xs_store_column *c = xs_store_table_col(t, xs_text_ptr(k));
            if (c && (c->type == XS_COL_JSON || c->is_list) && v.type == XS_TEXT) {
                xs_value j;
                xs_diag tmp;
                xs_diag_init(&tmp);
                if (xs_json_decode(xs_text_ptr(v), xs_text_len(v), &j, &tmp) != XS_OK)
                    rc = xs_diag_error(d, XS_E_PARSE, NULL, (int)line, 0,
                                       "row %zu, column '%s': not JSON: %s", line - 1, c->name,
                                       tmp.count ? tmp.items[0].message : "?");
                xs_diag_release(&tmp);
                xs_release(v);
                v = rc == XS_OK ? j : xs_null();
            }
            xs_object_set(&o, xs_text_str(k), v);
        }
        xs_array_push(&rows, o);
        xs_release(rec);
    }
    xs_release(head);
    if (rc != XS_OK) {
        xs_release(rows);
        return rc;
    }
    *out = rows;
    return XS_OK;
}

static bool ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    return n >= m && strcasecmp(s + n - m, suffix) == 0;
}

static int db_import(const opts *o)
{
    if (o->npos != 2) {
        db_usage();
        return XS_EXIT_USAGE;
    }
    const char *table = o->pos[0], *file = o->pos[1];
    const char *dir = o->dir ? o->dir : ".";
    xs_diag d;
    xs_diag_init(&d);
    xs_store_catalog *cat = NULL;
    xs_store *s = NULL;
    xs_value rows = xs_null();
    char *text = NULL;
    int code = open_ws(o, dir, &cat, &s, &d);
    if (code != XS_EXIT_OK)
        goto out;
    const xs_store_table *t = xs_store_catalog_find(cat, table);
    if (!t) {
        xs_diag_add(&d, XS_DIAG_ERROR, NULL, 0, 0, "no table named '%s' in workspace '%s'", table,
                    dir);
        code = XS_EXIT_FAIL;
        goto out;
    }
    char err[256];
    size_t len = 0;
    text = xs_cli_read_file(file, &len, err, sizeof err);
    if (!text) {
        xs_diag_add(&d, XS_DIAG_ERROR, NULL, 0, 0, "cannot read '%s': %s", file, err);
        code = XS_EXIT_FAIL;
        goto out;
    }
    xs_status rc;
    if (ends_with(file, ".csv")) {
        rc = csv_rows(text, len, t, &rows, &d);
    } else {
        xs_json_decode_opts jo = {0, file};
        rc = xs_json_decode_ex(text, len, &jo, &rows, &d);
        if (rc == XS_OK && rows.type != XS_ARRAY)
            rc = xs_diag_error(&d, XS_E_PARSE, file, 1, 1, "expected a JSON array of objects");
    }
    if (rc != XS_OK) {
        code = XS_EXIT_FAIL;
        goto out;
    }
    rc = xs_store_begin(s, &d);
    int64_t now = xs_clock_now_ms();
    size_t n = xs_array_len(rows), i = 0;
    for (; rc == XS_OK && i < n; i++) {
        xs_diag one;
        xs_diag_init(&one);
        xs_value row;
        rc = xs_store_add(s, table, xs_array_at(rows, i), now, &row, &one);
        xs_release(row);
        if (rc != XS_OK) {
            const xs_diag_entry *e = xs_diag_first_error(&one);
            xs_diag_add(&d, XS_DIAG_ERROR, file, 0, 0, "row %zu: %s", i + 1,
                        e ? e->message : xs_status_name(rc));
        }
        xs_diag_release(&one);
    }
    if (rc == XS_OK)
        rc = xs_store_commit(s, &d);
    else
        xs_store_rollback(s);
    if (rc == XS_OK)
        printf("imported %zu rows into '%s'\n", n, table);
    else
        code = XS_EXIT_FAIL;
out:
    print_diag(&d, false);
    xs_release(rows);
    xs_free(text);
    xs_store_free(s);
    xs_store_catalog_free(cat);
    xs_diag_release(&d);
    return code;
}

/* ---- export ---- */

static int db_export(const opts *o)
{
    if (o->npos != 1) {
        db_usage();
        return XS_EXIT_USAGE;
    }
    const char *dir = o->dir ? o->dir : ".";
    xs_diag d;
    xs_diag_init(&d);
    xs_store_catalog *cat = NULL;
    xs_store *s = NULL;
    int code = open_ws(o, dir, &cat, &s, &d);
    if (code == XS_EXIT_OK) {
        xs_store_query q;
        xs_store_query_init(&q, o->pos[0]);
        xs_value rows;
        if (xs_store_select(s, &q, &rows, &d) == XS_OK) {
            xs_buf b;
            xs_buf_init(&b);
            xs_json_encode(rows, XS_JSON_PRETTY, &b);
            xs_buf_addc(&b, '\n');
            fwrite(b.ptr, 1, b.len, stdout);
            xs_buf_release(&b);
            xs_release(rows);
        } else {
            code = XS_EXIT_FAIL;
        }
    }
    print_diag(&d, false);
    xs_store_free(s);
    xs_store_catalog_free(cat);
    xs_diag_release(&d);
    return code;
}

int xs_cmd_db(int argc, char **argv)
{
    opts o;
    if (argc < 2 || !parse_opts(argc, argv, &o)) {
        db_usage();
        return XS_EXIT_USAGE;
    }
    if (strcmp(argv[1], "migrate") == 0)
        return db_migrate(&o);
    if (strcmp(argv[1], "import") == 0)
        return db_import(&o);
    if (strcmp(argv[1], "export") == 0)
        return db_export(&o);
    fprintf(stderr, "xsflow db: unknown subcommand '%s'\n", argv[1]);
    db_usage();
    return XS_EXIT_USAGE;
}
