/*
 * bench_xs.c - the db benchmark as XanoScript: the same workloads written
 * as functions (for loops of db.add, db.transaction, db.add_or_edit, a
 * paged db.query) and run by the interpreter on the store.
 *
 * usage: bench_xs URL N ROWS QUERIES
 * Prints one line per workload: "<name> <seconds>".
 */
#include <time.h>

#include "base/alloc.h"
#include "interp/interp.h"
#include "lib/lib.h"
#include "store/schema.h"
#include "store/store.h"
#include "value/json.h"

static const char src[] =
    "table bench_row {\n"
    "  schema {\n"
    "    int id\n"
    "    int user_id\n"
    "    text name\n"
    "    timestamp created_at?=now\n"
    "  }\n"
    "  index = [{type: \"btree\", field: [{name: \"user_id\"}, {name: \"created_at\", op: "
    "\"desc\"}]}]\n"
    "}\n"
    "table bench_kv {\n"
    "  schema {\n"
    "    int id\n"
    "    text key\n"
    "    int n?=0\n"
    "  }\n"
    "  index = [{type: \"btree|unique\", field: [{name: \"key\"}]}]\n"
    "}\n"
    "function add_loop {\n"
    "  input {\n"
    "    int n\n"
    "  }\n"
    "  stack {\n"
    "    for ($input.n) {\n"
    "      each as $i {\n"
    "        db.add bench_row {\n"
    "          data = {user_id: $i|modulus:1000, name: \"row \" ~ $i, created_at: "
    "1700000000000 + $i}\n"
    "        }\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "  response = null\n"
    "}\n"
    "function add_tx {\n"
    "  input {\n"
    "    int n\n"
    "  }\n"
    "  stack {\n"
    "    db.transaction {\n"
    "      stack {\n"
    "        for ($input.n) {\n"
    "          each as $i {\n"
    "            db.add bench_row {\n"
    "              data = {user_id: $i|modulus:1000, name: \"row \" ~ $i, created_at: "
    "1700000000000 + $i}\n"
    "            }\n"
    "          }\n"
    "        }\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "  response = null\n"
    "}\n"
    "function add_or_edit {\n"
    "  input {\n"
    "    int n\n"
    "    int keys\n"
    "  }\n"
    "  stack {\n"
    "    for ($input.n) {\n"
    "      each as $i {\n"
    "        db.add_or_edit bench_kv {\n"
    "          field_name = \"key\"\n"
    "          field_value = \"k\" ~ ($i|modulus:$input.keys)\n"
    "          data = {n: $i}\n"
    "        }\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "  response = null\n"
    "}\n"
    "function query_page {\n"
    "  input {\n"
    "    int q\n"
    "  }\n"
    "  stack {\n"
    "    for ($input.q) {\n"
    "      each as $i {\n"
    "        db.query bench_row {\n"
    "          where = $db.bench_row.user_id == ($i|modulus:1000)\n"
    "          sort = {created_at: \"desc\"}\n"
    "          return = {type: \"list\", paging: {page: 3, per_page: 25, totals: true}}\n"
    "        } as $page\n"
    "      }\n"
    "    }\n"
    "  }\n"
    "  response = null\n"
    "}\n";

static double now_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* CPU time of this process: on PostgreSQL the client's own work (the server
 * runs in processes of its own), on SQLite the database engine's too */
static double cpu_s(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void check(xs_status rc, const xs_diag *d, xs_value err, const char *what)
{
    if (rc == XS_OK)
        return;
    const xs_diag_entry *e = xs_diag_first_error(d);
    const xs_value *m = err.type == XS_OBJECT ? xs_object_get(err, XS_STR("message")) : NULL;
    fprintf(stderr, "bench_xs: %s: %s\n", what,
            m && m->type == XS_TEXT ? xs_text_ptr(*m) : e ? e->message : xs_status_name(rc));
    exit(1);
}

static void run(xs_interp *in, const char *fn, const char *input, xs_diag *d)
{
    xs_value in_v = xs_null(), resp = xs_null(), err = xs_null();
    check(xs_json_decode(input, strlen(input), &in_v, d), d, err, "input");
    double t = now_s(), c = cpu_s();
    xs_status rc = xs_interp_run_name(in, xs_str_of(fn), in_v, NULL, &resp, &err, d);
    double dt = now_s() - t, dc = cpu_s() - c;
    check(rc, d, err, fn);
    printf("%s %.3f %.3f\n", fn, dt, dc);
    xs_release(in_v);
    xs_release(resp);
    xs_release(err);
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: bench_xs URL N ROWS QUERIES\n");
        return 2;
    }
    const char *url = argv[1];
    long n = atol(argv[2]), rows = atol(argv[3]), queries = atol(argv[4]);
    xs_diag d;
    xs_diag_init(&d);
    xs_workspace *ws = xs_workspace_new(NULL);
    check(xs_workspace_add_source(ws, "bench.xs", src, strlen(src), &d), &d, xs_null(), "parse");
    xs_store_catalog *cat = xs_store_catalog_new();
    check(xs_store_catalog_add_doc(cat, xs_workspace_doc(ws, 0), &d), &d, xs_null(), "catalog");
    xs_store *s = NULL;
    check(xs_store_open(url, cat, &s, &d), &d, xs_null(), "open");
    check(xs_store_exec_script(s,
                               "DROP TABLE IF EXISTS bench_row; DROP TABLE IF EXISTS bench_kv; "
                               "CREATE TABLE IF NOT EXISTS xsflow_schema (name TEXT PRIMARY KEY, "
                               "version INTEGER NOT NULL, definition TEXT NOT NULL, updated_at "
                               "BIGINT NOT NULL); DELETE FROM xsflow_schema WHERE name LIKE "
                               "'bench_%'",
                               &d),
          &d, xs_null(), "reset");
    check(xs_store_migrate(s, cat, 0, &d), &d, xs_null(), "migrate");
    xs_diag_clear(&d);
    xs_interp *in = xs_interp_new(ws, xs_lib_builtins());
    xs_interp_set_store(in, s);
    char input[128];
    snprintf(input, sizeof input, "{\"n\": %ld}", n);
    run(in, "add_loop", input, &d);
    run(in, "add_tx", input, &d);
    snprintf(input, sizeof input, "{\"n\": %ld, \"keys\": %ld}", n, n / 2 > 0 ? n / 2 : 1);
    run(in, "add_or_edit", input, &d);
    /* load ROWS rows (not timed) with plain SQL, then the paged queries */
    char sql[256];
    if (xs_store_kind_of(s) == XS_STORE_PG) {
        check(xs_store_exec_script(s, "TRUNCATE bench_row", &d), &d, xs_null(), "truncate");
        snprintf(sql, sizeof sql,
                 "INSERT INTO bench_row (user_id, name, created_at) SELECT i %% 1000, 'row ' || "
                 "i, 1700000000000 + i FROM generate_series(0, %ld) i",
                 rows - 1);
    } else {
        check(xs_store_exec_script(s, "DELETE FROM bench_row", &d), &d, xs_null(), "delete");
        snprintf(sql, sizeof sql,
                 "WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM c WHERE i < %ld) "
                 "INSERT INTO bench_row (user_id, name, created_at) SELECT i %% 1000, 'row ' || "
                 "i, 1700000000000 + i FROM c; ANALYZE",
                 rows - 1);
    }
    check(xs_store_exec_script(s, sql, &d), &d, xs_null(), "load");
    if (xs_store_kind_of(s) == XS_STORE_PG) {
        check(xs_store_exec_script(s, "VACUUM ANALYZE bench_row", &d), &d, xs_null(), "analyze");
        /* as bench_raw: skipped when not allowed */
        if (xs_store_exec_script(s, "CHECKPOINT", &d) != XS_OK)
            xs_diag_clear(&d);
    }
    snprintf(input, sizeof input, "{\"q\": %ld}", queries);
    run(in, "query_page", input, &d);
    xs_interp_free(in);
    xs_store_free(s);
    xs_store_catalog_free(cat);
    xs_workspace_free(ws);
    xs_diag_release(&d);
    return 0;
}
