/*
 * bench_store.c - the db benchmark through xsflow's store layer, the code
 * under db.add, db.add_or_edit and db.query: values as xs_value, rows
 * converted by column type, the paged query's `where` compiled from
 * XanoScript each time.
 *
 * usage: bench_store URL N ROWS QUERIES
 * Prints one line per workload: "<name> <seconds>".
 */
#include <time.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "lang/parser.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/where.h"

static const char tables[] =
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

static void check(xs_status rc, const xs_diag *d, const char *what)
{
    if (rc == XS_OK)
        return;
    const xs_diag_entry *e = xs_diag_first_error(d);
    fprintf(stderr, "bench_store: %s: %s\n", what, e ? e->message : xs_status_name(rc));
    exit(1);
}

static xs_status eval_user(void *ctx, const xs_ast_expr *e, xs_value *out)
{
    (void)e;
    *out = xs_int(*(int64_t *)ctx);
    return XS_OK;
}

int main(int argc, char **argv)
{
    if (argc < 5) {
        fprintf(stderr, "usage: bench_store URL N ROWS QUERIES\n");
        return 2;
    }
    const char *url = argv[1];
    long n = atol(argv[2]), rows = atol(argv[3]), queries = atol(argv[4]);
    xs_diag d;
    xs_diag_init(&d);
    xs_arena *a = xs_arena_new(0);
    xs_ast_doc *doc = NULL;
    check(xs_parse_doc(tables, strlen(tables), "bench.xs", a, &d, &doc), &d, "parse");
    xs_store_catalog *cat = xs_store_catalog_new();
    check(xs_store_catalog_add_doc(cat, doc, &d), &d, "catalog");
    xs_store *s = NULL;
    check(xs_store_open(url, cat, &s, &d), &d, "open");
    check(xs_store_exec_script(s,
                               "DROP TABLE IF EXISTS bench_row; DROP TABLE IF EXISTS bench_kv; "
                               "CREATE TABLE IF NOT EXISTS xsflow_schema (name TEXT PRIMARY KEY, "
                               "version INTEGER NOT NULL, definition TEXT NOT NULL, updated_at "
                               "BIGINT NOT NULL); DELETE FROM xsflow_schema WHERE name LIKE "
                               "'bench_%'",
                               &d),
          &d, "reset");
    check(xs_store_migrate(s, cat, 0, &d), &d, "migrate");
    xs_diag_clear(&d);
    char name[32];

    double t = now_s(), c = cpu_s();
    for (long i = 0; i < n; i++) {
        snprintf(name, sizeof name, "row %ld", i);
        xs_value data = xs_object_new(3), row;
        xs_object_set(&data, XS_STR("user_id"), xs_int(i % 1000));
        xs_object_set(&data, XS_STR("name"), xs_text_cstr(name));
        xs_object_set(&data, XS_STR("created_at"), xs_int(1700000000000 + i));
        check(xs_store_add(s, "bench_row", data, 0, &row, &d), &d, "add");
        xs_release(row);
        xs_release(data);
    }
    printf("add_loop %.3f %.3f\n", now_s() - t, cpu_s() - c);

    t = now_s();
    c = cpu_s();
    check(xs_store_begin(s, &d), &d, "begin");
    for (long i = 0; i < n; i++) {
        snprintf(name, sizeof name, "row %ld", i);
        xs_value data = xs_object_new(3), row;
        xs_object_set(&data, XS_STR("user_id"), xs_int(i % 1000));
        xs_object_set(&data, XS_STR("name"), xs_text_cstr(name));
        xs_object_set(&data, XS_STR("created_at"), xs_int(1700000000000 + i));
        check(xs_store_add(s, "bench_row", data, 0, &row, &d), &d, "add");
        xs_release(row);
        xs_release(data);
    }
    check(xs_store_commit(s, &d), &d, "commit");
    printf("add_tx %.3f %.3f\n", now_s() - t, cpu_s() - c);

    t = now_s();
    c = cpu_s();
    long keys = n / 2 > 0 ? n / 2 : 1;
    for (long i = 0; i < n; i++) {
        snprintf(name, sizeof name, "k%ld", i % keys);
        xs_value key = xs_text_cstr(name), data = xs_object_new(1), row;
        xs_object_set(&data, XS_STR("n"), xs_int(i));
        check(xs_store_add_or_edit(s, "bench_kv", "key", key, data, 0, &row, &d), &d,
              "add_or_edit");
        xs_release(row);
        xs_release(data);
        xs_release(key);
    }
    printf("add_or_edit %.3f %.3f\n", now_s() - t, cpu_s() - c);

    /* load ROWS rows (not timed) with plain SQL, then the paged queries */
    if (xs_store_kind_of(s) == XS_STORE_PG) {
        char sql[256];
        check(xs_store_exec_script(s, "TRUNCATE bench_row", &d), &d, "truncate");
        snprintf(sql, sizeof sql,
                 "INSERT INTO bench_row (user_id, name, created_at) SELECT i %% 1000, 'row ' || "
                 "i, 1700000000000 + i FROM generate_series(0, %ld) i",
                 rows - 1);
        check(xs_store_exec_script(s, sql, &d), &d, "load");
        check(xs_store_exec_script(s, "VACUUM ANALYZE bench_row", &d), &d, "analyze");
        /* as bench_raw: skipped when not allowed */
        if (xs_store_exec_script(s, "CHECKPOINT", &d) != XS_OK)
            xs_diag_clear(&d);
    } else {
        check(xs_store_exec_script(s, "DELETE FROM bench_row", &d), &d, "delete");
        check(xs_store_begin(s, &d), &d, "begin");
        for (long i = 0; i < rows; i++) {
            snprintf(name, sizeof name, "row %ld", i);
            xs_value p[3] = {xs_int(i % 1000), xs_text_cstr(name), xs_int(1700000000000 + i)};
            check(xs_store_exec(s,
                                "INSERT INTO bench_row (user_id, name, created_at) VALUES (?, ?, ?)",
                                p, 3, NULL, &d),
                  &d, "load");
            xs_release(p[1]);
        }
        check(xs_store_commit(s, &d), &d, "commit");
        check(xs_store_exec_script(s, "ANALYZE", &d), &d, "analyze");
    }
    static const char where_src[] = "$db.bench_row.user_id == $input.user_id";
    xs_ast_expr *where = NULL;
    check(xs_parse_expr(where_src, strlen(where_src), "where", a, &d, &where), &d, "parse where");
    const xs_store_table *tb = xs_store_catalog_find(cat, "bench_row");
    xs_value sort = xs_object_new(1);
    xs_object_set(&sort, XS_STR("created_at"), xs_text_cstr("desc"));
    t = now_s();
    c = cpu_s();
    for (long i = 0; i < queries; i++) {
        int64_t user = i % 1000;
        xs_where w;
        xs_where_init(&w);
        check(xs_where_compile(where, tb, xs_store_kind_of(s), eval_user, &user, NULL, &w, &d),
              &d, "where");
        xs_store_query q;
        xs_store_query_init(&q, "bench_row");
        q.where_sql = xs_buf_cstr(&w.sql);
        q.nparams = xs_array_len(w.params);
        q.params = xs_array_at_mut(&w.params, 0);
        q.sort = sort;
        q.page = 3;
        q.per_page = 25;
        q.totals = true;
        xs_value out;
        check(xs_store_select(s, &q, &out, &d), &d, "query");
        xs_release(out);
        xs_where_release(&w);
    }
    printf("query_page %.3f %.3f\n", now_s() - t, cpu_s() - c);
    xs_release(sort);
    xs_store_free(s);
    xs_store_catalog_free(cat);
    xs_arena_free(a);
    xs_diag_release(&d);
    return 0;
}
