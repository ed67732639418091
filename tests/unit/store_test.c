/* Tests for the store: schema mapping, where compilation, CRUD, injection
 * attempts, odd and huge values, transactions and concurrent writers.
 * Each database test runs on SQLite, and on PostgreSQL too when XS_PG_URL
 * names a server (see tests/pg/start). */
#include <pthread.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "interp/interp.h"
#include "lib/lib.h"
#include "lang/parser.h"
#include "lib/crypto.h"
#include "store/schema.h"
#include "store/store.h"
#include "store/store_int.h"
#include "store/where.h"
#include "unit.h"
#include "value/json.h"

static const char tables_src[] =
    "table ut_job {\n"
    "  schema {\n"
    "    int id\n"
    "    int user_id\n"
    "    text name?\n"
    "    text? note?\n"
    "    decimal score?=1.5\n"
    "    bool active?=true\n"
    "    timestamp created_at?=now\n"
    "    date day?\n"
    "    email mail?\n"
    "    password secret?\n"
    "    uuid ref?\n"
    "    enum status?=\"Started\" { values = [\"Started\", \"Complete\", \"Error\"] }\n"
    "    json meta?\n"
    "    text[] tags?\n"
    "  }\n"
    "  index = [\n"
    "    {type: \"primary\", field: [{name: \"id\"}]}\n"
    "    {type: \"btree\", field: [{name: \"user_id\"}, {name: \"created_at\", op: \"desc\"}]}\n"
    "    {type: \"btree|unique\", field: [{name: \"mail\"}]}\n"
    "    {type: \"gin\", field: [{name: \"tags\"}]}\n"
    "  ]\n"
    "}\n"
    "table ut_counter {\n"
    "  schema {\n"
    "    uuid id\n"
    "    text key\n"
    "    int n?=0\n"
    "  }\n"
    "}\n";

/* ---- fixtures ---- */

typedef struct fixture {
    xs_arena *arena;
    xs_store_catalog *cat;
    xs_diag d;
    char path[256];
    const char *url;
    xs_store *s;
} fixture;

static void print_diag(const xs_diag *d)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].level == XS_DIAG_ERROR)
            printf("    diag: %s\n", d->items[i].message);
}

static xs_store_catalog *catalog_of(const char *src, xs_arena *a, xs_diag *d)
{
    xs_ast_doc *doc = NULL;
    if (xs_parse_doc(src, strlen(src), "ut.xs", a, d, &doc) != XS_OK)
        return NULL;
    xs_store_catalog *c = xs_store_catalog_new();
    if (xs_store_catalog_add_doc(c, doc, d) != XS_OK) {
        xs_store_catalog_free(c);
        return NULL;
    }
    return c;
}

/* Opens backend i (0 SQLite, 1 PostgreSQL) with the test tables migrated.
 * false when the backend is not available. */
static bool setup(fixture *f, int backend)
{
    memset(f, 0, sizeof *f);
    xs_diag_init(&f->d);
    if (backend == 1) {
        f->url = getenv("XS_PG_URL");
        if (!f->url || !*f->url) {
            xs_unit_skip("XS_PG_URL is not set");
            return false;
        }
    } else {
        snprintf(f->path, sizeof f->path, "/tmp/xs_store_test_%d.db", (int)getpid());
        unlink(f->path);
        char wal[300];
        snprintf(wal, sizeof wal, "%s-wal", f->path);
        unlink(wal);
        snprintf(wal, sizeof wal, "%s-shm", f->path);
        unlink(wal);
        f->url = f->path;
    }
    f->arena = xs_arena_new(0);
    f->cat = catalog_of(tables_src, f->arena, &f->d);
    CHECK(f->cat != NULL);
    if (!f->cat) {
        print_diag(&f->d);
        return false;
    }
    xs_status rc = xs_store_open(f->url, f->cat, &f->s, &f->d);
    CHECK_INT(rc, XS_OK);
    if (rc != XS_OK) {
        print_diag(&f->d);
        return false;
    }
    if (backend == 1)
        xs_store_exec_script(f->s,
                             "DROP TABLE IF EXISTS ut_job; DROP TABLE IF EXISTS ut_counter; "
                             "DROP TABLE IF EXISTS ut_mig; "
                             "CREATE TABLE IF NOT EXISTS xsflow_schema (name TEXT PRIMARY KEY, "
                             "version INTEGER NOT NULL, definition TEXT NOT NULL, updated_at "
                             "BIGINT NOT NULL); DELETE FROM xsflow_schema WHERE name LIKE 'ut_%'",
                             &f->d);
    rc = xs_store_migrate(f->s, f->cat, 0, &f->d);
    CHECK_INT(rc, XS_OK);
    if (rc != XS_OK)
        print_diag(&f->d);
    return rc == XS_OK;
}

static void teardown(fixture *f)
{
    xs_store_free(f->s);
    xs_store_catalog_free(f->cat);
    xs_arena_free(f->arena);
    xs_diag_release(&f->d);
    if (f->path[0]) {
        unlink(f->path);
        char wal[300];
        snprintf(wal, sizeof wal, "%s-wal", f->path);
        unlink(wal);
        snprintf(wal, sizeof wal, "%s-shm", f->path);
        unlink(wal);
    }
}

static xs_value json(const char *s)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_value v = xs_null();
    if (xs_json_decode(s, strlen(s), &v, &d) != XS_OK)
        printf("    bad test json: %s\n", s);
    xs_diag_release(&d);
    return v;
}

static char *enc(xs_value v)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode(v, XS_JSON_COMPACT, &b);
    return xs_buf_detach(&b, NULL);
}

#define CHECK_JSON(v, want)                                                                        \
    do {                                                                                           \
        char *got_ = enc(v);                                                                       \
        CHECK_STR(got_, want);                                                                     \
        xs_free(got_);                                                                             \
    } while (0)

static const char *get_text(xs_value o, const char *k)
{
    const xs_value *v = o.type == XS_OBJECT ? xs_object_get(o, xs_str_of(k)) : NULL;
    return v && v->type == XS_TEXT ? xs_text_ptr(*v) : NULL;
}

/* ---- schema mapping ---- */

static void test_ddl(void)
{
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    xs_store_catalog *c = catalog_of(tables_src, a, &d);
    CHECK(c != NULL);
    if (!c) {
        print_diag(&d);
        goto out;
    }
    const xs_store_table *t = xs_store_catalog_find(c, "ut_job");
    CHECK(t != NULL);
    xs_buf b;
    xs_buf_init(&b);
    xs_store_ddl_create(t, XS_STORE_SQLITE, &b);
    const char *s = xs_buf_cstr(&b);
    CHECK(strstr(s, "\"id\" INTEGER PRIMARY KEY AUTOINCREMENT") != NULL);
    CHECK(strstr(s, "\"score\" REAL DEFAULT 1.5") != NULL);
    CHECK(strstr(s, "\"active\" INTEGER DEFAULT 1") != NULL);
    CHECK(strstr(s, "\"created_at\" INTEGER") != NULL);
    CHECK(strstr(s, "CHECK (\"status\" IN ('Started', 'Complete', 'Error'))") != NULL);
    CHECK(strstr(s, "\"tags\" TEXT") != NULL);
    CHECK(strstr(s, "CREATE UNIQUE INDEX IF NOT EXISTS \"ut_job_mail_uniq\"") != NULL);
    CHECK(strstr(s, "(\"user_id\", \"created_at\" DESC)") != NULL);
    CHECK(strstr(s, "gin") == NULL);
    xs_buf_reset(&b);
    xs_store_ddl_create(t, XS_STORE_PG, &b);
    s = xs_buf_cstr(&b);
    CHECK(strstr(s, "bigint GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY") != NULL);
    CHECK(strstr(s, "\"active\" boolean DEFAULT true") != NULL);
    CHECK(strstr(s, "\"day\" date") != NULL);
    CHECK(strstr(s, "\"ref\" uuid") != NULL);
    CHECK(strstr(s, "\"meta\" jsonb") != NULL);
    CHECK(strstr(s, "\"tags\" jsonb") != NULL);
    CHECK(strstr(s, "USING gin (\"tags\")") != NULL);
    xs_buf_reset(&b);
    t = xs_store_catalog_find(c, "ut_counter");
    xs_store_ddl_create(t, XS_STORE_PG, &b);
    CHECK(strstr(xs_buf_cstr(&b), "\"id\" uuid PRIMARY KEY") != NULL);
    /* JSON round trip of a definition */
    xs_buf_reset(&b);
    xs_store_table_to_json(xs_store_catalog_find(c, "ut_job"), &b);
    xs_value def = json(xs_buf_cstr(&b));
    xs_store_table *back = NULL;
    CHECK_INT(xs_store_table_from_json(def, &back, &d), XS_OK);
    xs_buf b2;
    xs_buf_init(&b2);
    if (back)
        xs_store_table_to_json(back, &b2);
    CHECK_STR(xs_buf_cstr(&b2), xs_buf_cstr(&b));
    xs_store_table_free(back);
    xs_release(def);
    xs_buf_release(&b2);
    xs_buf_release(&b);
out:
    xs_store_catalog_free(c);
    xs_diag_release(&d);
    xs_arena_free(a);
}

static void test_ddl_errors(void)
{
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    static const char src[] = "table bad {\n  schema {\n    int id\n    enum e\n  }\n}\n";
    xs_store_catalog *c = catalog_of(src, a, &d);
    CHECK(c == NULL);
    const xs_diag_entry *e = xs_diag_first_error(&d);
    CHECK(e && strstr(e->message, "enum column 'e' needs values") != NULL);
    xs_store_catalog_free(c);
    xs_diag_release(&d);
    xs_arena_free(a);
}

/* ---- where compilation ---- */

/* Evaluates literals and $input.NAME from an object. */
static xs_status eval_lit(void *ctx, const xs_ast_expr *e, xs_value *out)
{
    xs_value input = *(xs_value *)ctx;
    if (e->kind == XS_EXPR_VAR && xs_str_eq_cstr(e->u.var.name, "input") && e->u.var.n == 1) {
        const xs_value *v = xs_object_get(input, e->u.var.segs[0].name);
        *out = v ? xs_retain(*v) : xs_null();
        return XS_OK;
    }
    switch (e->kind) {
    case XS_EXPR_NULL:
        *out = xs_null();
        return XS_OK;
    case XS_EXPR_BOOL:
        *out = xs_bool(e->u.b);
        return XS_OK;
    case XS_EXPR_INT:
        *out = xs_int(e->u.num.i);
        return XS_OK;
    case XS_EXPR_DECIMAL:
        *out = xs_dec(e->u.num.d);
        return XS_OK;
    case XS_EXPR_STRING:
        *out = xs_text_from_str(e->u.str.val);
        return XS_OK;
    case XS_EXPR_ARRAY: {
        xs_value a = xs_array_new(e->u.arr.n);
        for (uint32_t i = 0; i < e->u.arr.n; i++) {
            xs_value v;
            eval_lit(ctx, e->u.arr.items[i], &v);
            xs_array_push(&a, v);
        }
        *out = a;
        return XS_OK;
    }
    default:
        *out = xs_null();
        return XS_OK;
    }
}

/* Compiles src for table ut_job; returns the SQL (ours) and *params. */
static char *where_of(const char *src, xs_store_kind kind, const char *input, char **params,
                      xs_status *st)
{
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    xs_store_catalog *c = catalog_of(tables_src, a, &d);
    xs_ast_expr *e = NULL;
    char *sql = NULL;
    *params = NULL;
    xs_value in = json(input ? input : "{}");
    if (xs_parse_expr(src, strlen(src), "w.xs", a, &d, &e) != XS_OK) {
        print_diag(&d);
        *st = XS_E_PARSE;
        goto out;
    }
    xs_where w;
    xs_where_init(&w);
    *st = xs_where_compile(e, xs_store_catalog_find(c, "ut_job"), kind, eval_lit, &in, "w.xs", &w,
                           &d);
    if (*st == XS_OK) {
        sql = xs_strdup(xs_buf_cstr(&w.sql));
        *params = enc(w.params);
    } else {
        const xs_diag_entry *er = xs_diag_first_error(&d);
        sql = xs_strdup(er ? er->message : "?");
    }
    xs_where_release(&w);
out:
    xs_release(in);
    xs_store_catalog_free(c);
    xs_diag_release(&d);
    xs_arena_free(a);
    return sql;
}

#define CHECK_WHERE(src, kind, input, want_sql, want_params)                                       \
    do {                                                                                           \
        char *p_ = NULL;                                                                           \
        xs_status st_;                                                                             \
        char *s_ = where_of(src, kind, input, &p_, &st_);                                          \
        CHECK_INT(st_, XS_OK);                                                                     \
        CHECK_STR(s_, want_sql);                                                                   \
        CHECK_STR(p_, want_params);                                                                \
        xs_free(s_);                                                                               \
        xs_free(p_);                                                                               \
    } while (0)

#define CHECK_WHERE_ERR(src, input, want_msg)                                                      \
    do {                                                                                           \
        char *p_ = NULL;                                                                           \
        xs_status st_;                                                                             \
        char *s_ = where_of(src, XS_STORE_SQLITE, input, &p_, &st_);                               \
        CHECK(st_ != XS_OK);                                                                       \
        CHECK(s_ &&strstr(s_, want_msg) != NULL);                                                  \
        if (s_ && !strstr(s_, want_msg))                                                           \
            printf("    got: %s\n", s_);                                                           \
        xs_free(s_);                                                                               \
        xs_free(p_);                                                                               \
    } while (0)

static void test_where(void)
{
    const xs_store_kind SQ = XS_STORE_SQLITE, PG = XS_STORE_PG;
    CHECK_WHERE("$db.ut_job.user_id == $input.user_id && $db.ut_job.active", SQ,
                "{\"user_id\": 42}", "(\"user_id\" = ?) AND (\"active\" = ?)", "[42,1]");
    CHECK_WHERE("$db.ut_job.user_id == $input.user_id && $db.ut_job.active", PG,
                "{\"user_id\": \"42\"}", "(\"user_id\" = ?) AND (\"active\" = ?)", "[42,true]");
    CHECK_WHERE("$db.ut_job.name != \"x\"", SQ, NULL, "(\"name\" <> ? OR \"name\" IS NULL)",
                "[\"x\"]");
    CHECK_WHERE("$db.ut_job.note == null || $db.ut_job.note != null", SQ, NULL,
                "(\"note\" IS NULL) OR (\"note\" IS NOT NULL)", "[]");
    CHECK_WHERE("5 < $db.ut_job.score", SQ, NULL, "\"score\" > ?", "[5]");
    CHECK_WHERE("$db.ut_job.created_at >= \"2025-01-01\"", SQ, NULL, "\"created_at\" >= ?",
                "[1735689600000]");
    CHECK_WHERE("$db.ut_job.status in [\"Started\", \"Error\"]", SQ, NULL, "(\"status\" IN (?, ?))",
                "[\"Started\",\"Error\"]");
    CHECK_WHERE("$db.ut_job.status not in []", SQ, NULL, "(\"status\" IS NULL OR NOT (1=0))", "[]");
    CHECK_WHERE("$db.ut_job.tags contains \"a\"", SQ, NULL,
                "(EXISTS (SELECT 1 FROM json_each(\"tags\") WHERE value = ?))", "[\"a\"]");
    CHECK_WHERE("$db.ut_job.tags contains \"a\"", PG, NULL, "(\"tags\" @> ?::jsonb)", "[[\"a\"]]");
    CHECK_WHERE("$db.ut_job.name includes \"ob\"", SQ, NULL, "(instr(\"name\", ?) > 0)",
                "[\"ob\"]");
    CHECK_WHERE("$db.ut_job.name not includes \"ob\"", PG, NULL,
                "(\"name\" IS NULL OR NOT (strpos(\"name\", ?) > 0))", "[\"ob\"]");
    CHECK_WHERE("$db.ut_job.name like \"a%\"", SQ, NULL, "(\"name\" LIKE ?)", "[\"a%\"]");
    CHECK_WHERE("$db.ut_job.name ilike \"a%\"", SQ, NULL, "(lower(\"name\") LIKE lower(?))",
                "[\"a%\"]");
    CHECK_WHERE("$db.ut_job.name ilike \"a%\"", PG, NULL, "(\"name\" ILIKE ?)", "[\"a%\"]");
    CHECK_WHERE("$db.ut_job.tags overlaps [\"a\", \"b\"]", SQ, NULL,
                "(EXISTS (SELECT 1 FROM json_each(\"tags\") a WHERE a.value IN (SELECT value "
                "FROM json_each(?))))",
                "[[\"a\",\"b\"]]");
    CHECK_WHERE("$db.ut_job.user_id == $db.ut_job.score", SQ, NULL, "\"user_id\" = \"score\"",
                "[]");
    CHECK_WHERE("($db.ut_job.name|to_lower) == \"bob\"", SQ, NULL, "lower(\"name\") = ?",
                "[\"bob\"]");
    CHECK_WHERE("$db.ut_job.meta.plan == \"pro\"", SQ, NULL, "json_extract(\"meta\", ?) = ?",
                "[\"$.\\\"plan\\\"\",\"pro\"]");
    CHECK_WHERE("$db.ut_job.meta.plan == \"pro\"", PG, NULL, "(\"meta\" #>> ?::text[]) = ?",
                "[\"{\\\"plan\\\"}\",\"pro\"]");
    CHECK_WHERE("!($db.ut_job.user_id == 1)", SQ, NULL, "NOT (\"user_id\" = ?)", "[1]");
    /* ignore-if-null */
    CHECK_WHERE("$db.ut_job.user_id ==? $input.u && $db.ut_job.name ==? $input.n", SQ,
                "{\"n\": \"x\"}", "\"name\" = ?", "[\"x\"]");
    CHECK_WHERE("$db.ut_job.user_id ==? $input.u || $db.ut_job.score >=? $input.s", SQ, "{}", "",
                "[]");
    CHECK_WHERE("$db.ut_job.user_id ==? $input.u || $db.ut_job.name == \"a\"", SQ, "{}",
                "\"name\" = ?", "[\"a\"]");
    CHECK_WHERE("$db.ut_job.user_id == $input.u", SQ, "{}", "\"user_id\" IS NULL", "[]");
    /* constants */
    CHECK_WHERE("$db.ut_job.user_id == 1 && true", SQ, NULL, "(\"user_id\" = ?) AND (1=1)", "[1]");
    /* injection attempts stay values */
    CHECK_WHERE("$db.ut_job.name == $input.n", SQ, "{\"n\": \"'; DROP TABLE ut_job; --\"}",
                "\"name\" = ?", "[\"'; DROP TABLE ut_job; --\"]");
    /* condition filters: LIKE with the value's wildcards escaped */
    CHECK_WHERE("$db.ut_job.name|starts_with:$input.p", SQ, "{\"p\": \"a%_\\\\\"}",
                "\"name\" LIKE ? ESCAPE '\\'", "[\"a\\\\%\\\\_\\\\\\\\%\"]");
    CHECK_WHERE("$db.ut_job.name|ends_with:\"x\"", PG, NULL, "\"name\" LIKE ? ESCAPE '\\'",
                "[\"%x\"]");
    CHECK_WHERE("$db.ut_job.name|istarts_with:\"Ab\"", SQ, NULL,
                "lower(\"name\") LIKE lower(?) ESCAPE '\\'", "[\"Ab%\"]");
    CHECK_WHERE("$db.ut_job.name|icontains:\"b\"", PG, NULL, "\"name\" ILIKE ? ESCAPE '\\'",
                "[\"%b%\"]");
    CHECK_WHERE("$db.ut_job.user_id|starts_with:4", PG, NULL,
                "\"user_id\"::text LIKE ? ESCAPE '\\'", "[\"4%\"]");
    CHECK_WHERE("$db.ut_job.name|to_lower|iends_with:\"B\"", SQ, NULL,
                "lower(lower(\"name\")) LIKE lower(?) ESCAPE '\\'", "[\"%B\"]");
    CHECK_WHERE("!($db.ut_job.name|starts_with:\"a\")", SQ, NULL,
                "NOT COALESCE(\"name\" LIKE ? ESCAPE '\\', 1=0)", "[\"a%\"]");
    CHECK_WHERE("($db.ut_job.name|ends_with:\"a\") == false", SQ, NULL,
                "NOT COALESCE(\"name\" LIKE ? ESCAPE '\\', 1=0)", "[\"%a\"]");
    CHECK_WHERE("$db.ut_job.tags|contains:\"a\"", PG, NULL, "(\"tags\" @> ?::jsonb)", "[[\"a\"]]");
    CHECK_WHERE("$db.ut_job.name|includes:\"ob\"", SQ, NULL, "(instr(\"name\", ?) > 0)",
                "[\"ob\"]");
    CHECK_WHERE("$db.ut_job.tags|!includes:\"a\"", SQ, NULL,
                "NOT COALESCE((EXISTS (SELECT 1 FROM json_each(\"tags\") WHERE value = ?)), 1=0)",
                "[\"a\"]");
    CHECK_WHERE("$db.ut_job.score|between:1:\"2.5\"", SQ, NULL, "\"score\" BETWEEN ? AND ?",
                "[1,2.5]");
    CHECK_WHERE("$db.ut_job.meta.plan|starts_with:\"p\"", PG, NULL,
                "(\"meta\" #>> ?::text[]) LIKE ? ESCAPE '\\'", "[\"{\\\"plan\\\"}\",\"p%\"]");
    /* length */
    CHECK_WHERE("($db.ut_job.name|strlen) > \"3\"", SQ, NULL, "length(\"name\") > ?", "[3]");
    CHECK_WHERE("($db.ut_job.user_id|strlen) == 2", PG, NULL, "length(\"user_id\"::text) = ?",
                "[2]");
    CHECK_WHERE("($db.ut_job.name|trim|to_upper) == \"A\"", SQ, NULL, "upper(trim(\"name\")) = ?",
                "[\"A\"]");
    /* errors */
    CHECK_WHERE_ERR("$db.ut_job.name|starts_with:null", NULL, "needs a value, not null");
    CHECK_WHERE_ERR("$db.ut_job.name|starts_with:[1]", NULL, "needs text");
    CHECK_WHERE_ERR("$db.ut_job.name|between:1", NULL, "takes 2 arguments");
    CHECK_WHERE_ERR("($db.ut_job.name|starts_with:\"a\") > 1", NULL, "true or false");
    CHECK_WHERE_ERR("($db.ut_job.name|strlen) == \"x\"", NULL, "compares with a number");
    CHECK_WHERE_ERR("$db.ut_job.nope == 1", NULL, "table 'ut_job' has no column 'nope'");
    CHECK_WHERE_ERR("$db.other.x == 1", NULL, "only table 'ut_job'");
    CHECK_WHERE_ERR("$db.ut_job.user_id == \"abc\"", NULL, "text is not an integer");
    CHECK_WHERE_ERR("$db.ut_job.status == \"Nope\"", NULL, "not one of its enum values");
    CHECK_WHERE_ERR("($db.ut_job.name|md5) == \"x\"", NULL, "filter 'md5'");
    CHECK_WHERE_ERR("$db.ut_job.name =~ \"x\"", NULL, "needs PostgreSQL");
    CHECK_WHERE_ERR("$db.ut_job.status in \"x\"", NULL, "needs an array");
    CHECK_WHERE_ERR("$db.ut_job.secret == \"x\"", NULL, "password");
}

/* ---- on a database ---- */

static xs_value add(fixture *f, const char *data)
{
    xs_value v = json(data), row = xs_null();
    xs_status rc = xs_store_add(f->s, "ut_job", v, 1700000000000, &row, &f->d);
    CHECK_INT(rc, XS_OK);
    if (rc != XS_OK)
        print_diag(&f->d);
    xs_release(v);
    return row;
}

static void crud(int backend)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    xs_value r =
        add(&f, "{\"user_id\": 7, \"name\": \"Ann\", \"mail\": \"a@x.io\", "
                "\"meta\": {\"plan\": \"pro\", \"n\": [1, 2.5]}, \"tags\": [\"a\", \"b\"], "
                "\"day\": \"2025-03-17\", \"secret\": \"hunter2\"}");
    const xs_value *id = xs_object_get(r, XS_STR("id"));
    CHECK(id && id->type == XS_INT && id->u.i == 1);
    CHECK_STR(get_text(r, "name"), "Ann");
    const xs_value *v = xs_object_get(r, XS_STR("active"));
    CHECK(v && v->type == XS_BOOL && v->u.b);
    v = xs_object_get(r, XS_STR("created_at"));
    CHECK(v && v->type == XS_INT && v->u.i == 1700000000000);
    v = xs_object_get(r, XS_STR("score"));
    CHECK(v && v->type == XS_DEC && v->u.d == 1.5);
    CHECK_STR(get_text(r, "status"), "Started");
    CHECK_STR(get_text(r, "day"), "2025-03-17");
    v = xs_object_get(r, XS_STR("meta"));
    CHECK(v && v->type == XS_OBJECT);
    if (v)
        CHECK_JSON(*v, backend == 1 ? "{\"n\":[1,2.5],\"plan\":\"pro\"}"
                                    : "{\"plan\":\"pro\",\"n\":[1,2.5]}");
    v = xs_object_get(r, XS_STR("tags"));
    if (v)
        CHECK_JSON(*v, "[\"a\",\"b\"]");
    const char *h = get_text(r, "secret");
    CHECK(h && strncmp(h, "$2y$10$", 7) == 0 && strlen(h) == 60);
    CHECK(h && xs_crypto_password_verify(XS_STR("hunter2"), xs_str_of(h)));
    CHECK(h && !xs_crypto_password_verify(XS_STR("hunter3"), xs_str_of(h)));
    /* a hash (an exported row) is stored as is, not hashed again */
    char *kept = h ? xs_strdup(h) : NULL;
    xs_release(r);
    if (kept) {
        xs_value same = xs_object_new(1);
        xs_object_set(&same, XS_STR("secret"), xs_text_cstr(kept));
        r = xs_null();
        CHECK_INT(xs_store_edit(f.s, "ut_job", "user_id", xs_int(7), same, 0, &r, &f.d), XS_OK);
        CHECK_STR(get_text(r, "secret"), kept);
        xs_release(r);
        xs_release(same);
        xs_free(kept);
    }

    r = add(&f, "{\"user_id\": 8, \"name\": \"Bob\", \"tags\": [\"c\"]}");
    xs_release(r);
    /* get, has */
    xs_value got;
    CHECK_INT(xs_store_get(f.s, "ut_job", "user_id", xs_int(8), &got, &f.d), XS_OK);
    CHECK_STR(get_text(got, "name"), "Bob");
    xs_release(got);
    CHECK_INT(xs_store_get(f.s, "ut_job", "user_id", xs_int(99), &got, &f.d), XS_OK);
    CHECK(got.type == XS_NULL);
    bool has = false;
    xs_value ann = xs_text_cstr("Ann");
    CHECK_INT(xs_store_has(f.s, "ut_job", "name", ann, &has, &f.d), XS_OK);
    xs_release(ann);
    CHECK(has);
    /* edit */
    xs_value data = json("{\"status\": \"Complete\", \"note\": \"done\"}");
    CHECK_INT(xs_store_edit(f.s, "ut_job", "user_id", xs_int(7), data, 0, &got, &f.d), XS_OK);
    CHECK_STR(get_text(got, "status"), "Complete");
    CHECK_STR(get_text(got, "name"), "Ann");
    xs_release(got);
    xs_diag_clear(&f.d);
    CHECK_INT(xs_store_edit(f.s, "ut_job", "user_id", xs_int(99), data, 0, &got, &f.d),
              XS_E_NOTFOUND);
    xs_release(data);
    data = json("{\"status\": \"Bogus\"}");
    xs_diag_clear(&f.d);
    CHECK_INT(xs_store_edit(f.s, "ut_job", "user_id", xs_int(7), data, 0, &got, &f.d), XS_E_TYPE);
    xs_release(data);
    data = json("{\"nope\": 1}");
    CHECK_INT(xs_store_add(f.s, "ut_job", data, 0, &got, &f.d), XS_E_NOTFOUND);
    xs_release(data);
    xs_diag_clear(&f.d);
    /* add_or_edit */
    data = json("{\"name\": \"Cy\"}");
    CHECK_INT(xs_store_add_or_edit(f.s, "ut_job", "user_id", xs_int(9), data, 0, &got, &f.d),
              XS_OK);
    const xs_value *uid = xs_object_get(got, XS_STR("user_id"));
    CHECK(uid && uid->type == XS_INT && uid->u.i == 9);
    xs_release(got);
    xs_release(data);
    data = json("{\"name\": \"Cyd\"}");
    CHECK_INT(xs_store_add_or_edit(f.s, "ut_job", "user_id", xs_int(9), data, 0, &got, &f.d),
              XS_OK);
    CHECK_STR(get_text(got, "name"), "Cyd");
    xs_release(got);
    xs_release(data);
    /* query: count, paging, sort, single, exists */
    xs_store_query q;
    xs_store_query_init(&q, "ut_job");
    q.ret = XS_STORE_RET_COUNT;
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK(got.type == XS_INT && got.u.i == 3);
    xs_store_query_init(&q, "ut_job");
    q.sort = json("{\"ut_job.user_id\": \"desc\"}");
    q.per_page = 2;
    q.page = 1;
    q.totals = true;
    q.output = json("[\"id\", \"user_id\"]");
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK_JSON(got, "{\"itemsReceived\":2,\"curPage\":1,\"nextPage\":2,\"prevPage\":null,"
                    "\"offset\":0,\"perPage\":2,\"itemsTotal\":3,\"pageTotal\":2,\"items\":"
                    "[{\"id\":3,\"user_id\":9},{\"id\":2,\"user_id\":8}]}");
    xs_release(got);
    q.page = 2;
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK_JSON(got, "{\"itemsReceived\":1,\"curPage\":2,\"nextPage\":null,\"prevPage\":1,"
                    "\"offset\":2,\"perPage\":2,\"itemsTotal\":3,\"pageTotal\":2,\"items\":"
                    "[{\"id\":1,\"user_id\":7}]}");
    xs_release(got);
    xs_release(q.sort);
    xs_release(q.output);
    xs_store_query_init(&q, "ut_job");
    xs_value p = xs_text_cstr("b");
    q.where_sql = backend == 1 ? "\"tags\" @> jsonb_build_array(?::text)"
                               : "EXISTS (SELECT 1 FROM json_each(\"tags\") WHERE value = ?)";
    q.params = &p;
    q.nparams = 1;
    q.ret = XS_STORE_RET_SINGLE;
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK_STR(get_text(got, "name"), "Ann");
    xs_release(got);
    q.ret = XS_STORE_RET_EXISTS;
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK(got.type == XS_BOOL && got.u.b);
    xs_release(p);
    xs_store_query_init(&q, "ut_job");
    q.limit = 1;
    q.offset = 1;
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK(got.type == XS_ARRAY && xs_array_len(got) == 1);
    CHECK_STR(get_text(xs_array_at(got, 0), "name"), "Bob");
    xs_release(got);
    /* del, truncate */
    int64_t n = 0;
    CHECK_INT(xs_store_del(f.s, "ut_job", "user_id", xs_int(8), &n, &f.d), XS_OK);
    CHECK_INT(n, 1);
    CHECK_INT(xs_store_truncate(f.s, "ut_job", true, &f.d), XS_OK);
    r = add(&f, "{\"user_id\": 1}");
    id = xs_object_get(r, XS_STR("id"));
    CHECK(id && id->type == XS_INT && id->u.i == 1);
    xs_release(r);
    /* an explicit id moves the sequence past it */
    xs_release(add(&f, "{\"id\": 10, \"user_id\": 2}"));
    r = add(&f, "{\"user_id\": 3}");
    id = xs_object_get(r, XS_STR("id"));
    CHECK(id && id->type == XS_INT && id->u.i == 11);
    xs_release(r);
    /* uuid ids */
    data = json("{\"key\": \"k\"}");
    CHECK_INT(xs_store_add(f.s, "ut_counter", data, 0, &got, &f.d), XS_OK);
    const char *u = get_text(got, "id");
    CHECK(u && strlen(u) == 36 && u[14] == '4');
    xs_release(got);
    xs_release(data);
    /* direct query with bound arguments */
    xs_value args = json("[1]");
    CHECK_INT(xs_store_direct_query(f.s, "SELECT user_id FROM ut_job WHERE user_id = ? ORDER BY id",
                                    args, true, &got, &f.d),
              XS_OK);
    CHECK_JSON(got, "{\"user_id\":1}");
    xs_release(got);
    xs_release(args);
    if (f.d.errors)
        print_diag(&f.d);
out:
    teardown(&f);
}

static void test_crud_sqlite(void)
{
    crud(0);
}

static void test_crud_pg(void)
{
    crud(1);
}

/* Injection, quotes, NUL bytes and huge strings come back byte for byte. */
static void odd_values(int backend)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    static const char *const texts[] = {
        "'; DROP TABLE ut_job; --",
        "\"double\" and 'single' quotes",
        "back\\slash ? $1 ?1",
        "ünïcödé ✓ 𝄞",
        "",
    };
    for (size_t i = 0; i < XS_COUNTOF(texts); i++) {
        xs_value data = xs_object_new(2);
        xs_object_set(&data, XS_STR("user_id"), xs_int((int64_t)i));
        xs_object_set(&data, XS_STR("name"), xs_text_cstr(texts[i]));
        xs_value row;
        CHECK_INT(xs_store_add(f.s, "ut_job", data, 0, &row, &f.d), XS_OK);
        xs_release(row);
        xs_release(data);
        xs_value got;
        xs_value key = xs_text_cstr(texts[i]);
        CHECK_INT(xs_store_get(f.s, "ut_job", "name", key, &got, &f.d), XS_OK);
        xs_release(key);
        CHECK_STR(get_text(got, "name"), texts[i]);
        xs_release(got);
    }
    /* the table is still there */
    xs_store_query q;
    xs_store_query_init(&q, "ut_job");
    q.ret = XS_STORE_RET_COUNT;
    xs_value n;
    CHECK_INT(xs_store_select(f.s, &q, &n, &f.d), XS_OK);
    CHECK(n.type == XS_INT && n.u.i == (int64_t)XS_COUNTOF(texts));
    /* a NUL byte: stored on SQLite, a clean error on PostgreSQL */
    xs_value data = xs_object_new(2);
    xs_object_set(&data, XS_STR("user_id"), xs_int(100));
    xs_object_set(&data, XS_STR("name"), xs_text_new("a\0b", 3));
    xs_value row = xs_null();
    xs_status rc = xs_store_add(f.s, "ut_job", data, 0, &row, &f.d);
    if (backend == 0) {
        CHECK_INT(rc, XS_OK);
        const xs_value *nm = xs_object_get(row, XS_STR("name"));
        CHECK(nm && xs_text_len(*nm) == 3 && memcmp(xs_text_ptr(*nm), "a\0b", 3) == 0);
    } else {
        CHECK_INT(rc, XS_E_TYPE);
        xs_diag_clear(&f.d);
    }
    xs_release(row);
    xs_release(data);
    /* 8 MB of text */
    size_t big = 8u << 20;
    char *p;
    xs_value huge = xs_text_alloc(big, &p);
    for (size_t i = 0; i < big; i++)
        p[i] = (char)('a' + i % 26);
    data = xs_object_new(2);
    xs_object_set(&data, XS_STR("user_id"), xs_int(101));
    xs_object_set(&data, XS_STR("name"), xs_retain(huge));
    CHECK_INT(xs_store_add(f.s, "ut_job", data, 0, &row, &f.d), XS_OK);
    xs_release(row);
    CHECK_INT(xs_store_get(f.s, "ut_job", "user_id", xs_int(101), &row, &f.d), XS_OK);
    const xs_value *nm = xs_object_get(row, XS_STR("name"));
    CHECK(nm && xs_value_equals(*nm, huge));
    xs_release(row);
    xs_release(data);
    xs_release(huge);
    if (f.d.errors)
        print_diag(&f.d);
out:
    teardown(&f);
}

static void test_odd_values_sqlite(void)
{
    odd_values(0);
}

static void test_odd_values_pg(void)
{
    odd_values(1);
}

/* A failed transaction leaves nothing behind, nested ones included. */
static void transactions(int backend)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    CHECK_INT(xs_store_begin(f.s, &f.d), XS_OK);
    xs_release(add(&f, "{\"user_id\": 1}"));
    CHECK_INT(xs_store_begin(f.s, &f.d), XS_OK);
    xs_release(add(&f, "{\"user_id\": 2}"));
    xs_store_rollback(f.s); /* inner: drops user 2 only */
    CHECK_INT(xs_store_tx_depth(f.s), 1);
    xs_value data = json("{\"status\": \"Nope\"}"), got;
    CHECK(xs_store_add(f.s, "ut_job", data, 0, &got, &f.d) != XS_OK);
    xs_release(data);
    xs_diag_clear(&f.d);
    xs_store_rollback(f.s);
    CHECK_INT(xs_store_tx_depth(f.s), 0);
    xs_store_query q;
    xs_store_query_init(&q, "ut_job");
    q.ret = XS_STORE_RET_COUNT;
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK(got.type == XS_INT && got.u.i == 0);
    /* and a committed one keeps what the rolled back savepoint did not undo */
    CHECK_INT(xs_store_begin(f.s, &f.d), XS_OK);
    xs_release(add(&f, "{\"user_id\": 1}"));
    CHECK_INT(xs_store_begin(f.s, &f.d), XS_OK);
    xs_release(add(&f, "{\"user_id\": 2}"));
    xs_store_rollback(f.s);
    CHECK_INT(xs_store_commit(f.s, &f.d), XS_OK);
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK(got.type == XS_INT && got.u.i == 1);
out:
    teardown(&f);
}

static void test_tx_sqlite(void)
{
    transactions(0);
}

static void test_tx_pg(void)
{
    transactions(1);
}

/* ---- concurrent writers ---- */

enum { WRITERS = 4, INCREMENTS = 100 };

typedef struct writer {
    const char *url;
    const xs_store_catalog *cat;
    int errors;
} writer;

static void *write_loop(void *arg)
{
    writer *w = arg;
    xs_diag d;
    xs_diag_init(&d);
    xs_store *s = NULL;
    if (xs_store_open(w->url, w->cat, &s, &d) != XS_OK) {
        w->errors++;
        goto out;
    }
    xs_value total = xs_text_cstr("total");
    for (int i = 0; i < INCREMENTS; i++) {
        /* read-modify-write inside a transaction, plus one insert */
        xs_value row = xs_null(), got = xs_null();
        if (xs_store_begin(s, &d) != XS_OK) {
            w->errors++;
            continue;
        }
        xs_store_rows r;
        xs_store_rows_init(&r);
        xs_status rc = xs_store_exec(s,
                                     xs_store_kind_of(s) == XS_STORE_PG
                                         ? "SELECT n FROM ut_counter WHERE key = 'total' FOR UPDATE"
                                         : "SELECT n FROM ut_counter WHERE key = 'total'",
                                     NULL, 0, &r, &d);
        int64_t n = rc == XS_OK ? xs_array_at(xs_array_at(r.rows, 0), 0).u.i : 0;
        xs_store_rows_release(&r);
        xs_value data = xs_object_new(1);
        xs_object_set(&data, XS_STR("n"), xs_int(n + 1));
        if (rc == XS_OK)
            rc = xs_store_edit(s, "ut_counter", "key", total, data, 0, &got, &d);
        xs_release(data);
        xs_release(got);
        if (rc == XS_OK) {
            data = xs_object_new(1);
            xs_object_set(&data, XS_STR("user_id"), xs_int(i));
            rc = xs_store_add(s, "ut_job", data, 0, &row, &d);
            xs_release(data);
            xs_release(row);
        }
        if (rc == XS_OK)
            rc = xs_store_commit(s, &d);
        else
            xs_store_rollback(s);
        if (rc != XS_OK)
            w->errors++;
    }
    xs_release(total);
out:
    if (d.errors)
        print_diag(&d);
    xs_store_free(s);
    xs_diag_release(&d);
    return NULL;
}

static void concurrent(int backend)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    xs_value data = json("{\"key\": \"total\", \"n\": 0}"), got;
    CHECK_INT(xs_store_add(f.s, "ut_counter", data, 0, &got, &f.d), XS_OK);
    xs_release(got);
    xs_release(data);
    pthread_t th[WRITERS];
    writer w[WRITERS];
    for (int i = 0; i < WRITERS; i++) {
        w[i] = (writer){f.url, f.cat, 0};
        pthread_create(&th[i], NULL, write_loop, &w[i]);
    }
    int errors = 0;
    for (int i = 0; i < WRITERS; i++) {
        pthread_join(th[i], NULL);
        errors += w[i].errors;
    }
    CHECK_INT(errors, 0);
    xs_value total = xs_text_cstr("total");
    CHECK_INT(xs_store_get(f.s, "ut_counter", "key", total, &got, &f.d), XS_OK);
    xs_release(total);
    const xs_value *n = xs_object_get(got, XS_STR("n"));
    CHECK(n && n->type == XS_INT);
    if (n)
        CHECK_INT(n->u.i, WRITERS * INCREMENTS);
    xs_release(got);
    xs_store_query q;
    xs_store_query_init(&q, "ut_job");
    q.ret = XS_STORE_RET_COUNT;
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK(got.type == XS_INT && got.u.i == WRITERS * INCREMENTS);
out:
    teardown(&f);
}

enum { UPSERT_KEYS = 10, UPSERTS = 50 };

static void *upsert_loop(void *arg)
{
    writer *w = arg;
    xs_diag d;
    xs_diag_init(&d);
    xs_store *s = NULL;
    if (xs_store_open(w->url, w->cat, &s, &d) != XS_OK) {
        w->errors++;
        goto out;
    }
    for (int i = 0; i < UPSERTS; i++) {
        char k[16];
        snprintf(k, sizeof k, "k%d", i % UPSERT_KEYS);
        xs_value key = xs_text_cstr(k), data = xs_object_new(1), got = xs_null();
        xs_object_set(&data, XS_STR("n"), xs_int(i));
        if (xs_store_add_or_edit(s, "ut_counter", "key", key, data, 0, &got, &d) != XS_OK)
            w->errors++;
        xs_release(got);
        xs_release(data);
        xs_release(key);
    }
out:
    if (d.errors)
        print_diag(&d);
    xs_store_free(s);
    xs_diag_release(&d);
    return NULL;
}

static void concurrent_upserts(int backend)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    pthread_t th[WRITERS];
    writer w[WRITERS];
    for (int i = 0; i < WRITERS; i++) {
        w[i] = (writer){f.url, f.cat, 0};
        pthread_create(&th[i], NULL, upsert_loop, &w[i]);
    }
    int errors = 0;
    for (int i = 0; i < WRITERS; i++) {
        pthread_join(th[i], NULL);
        errors += w[i].errors;
    }
    CHECK_INT(errors, 0);
    xs_store_query q;
    xs_store_query_init(&q, "ut_counter");
    q.ret = XS_STORE_RET_COUNT;
    xs_value got;
    CHECK_INT(xs_store_select(f.s, &q, &got, &f.d), XS_OK);
    CHECK(got.type == XS_INT && got.u.i == UPSERT_KEYS);
out:
    teardown(&f);
}

static void test_upserts_sqlite(void)
{
    concurrent_upserts(0);
}

static void test_upserts_pg(void)
{
    concurrent_upserts(1);
}

static void test_concurrent_sqlite(void)
{
    concurrent(0);
}

static void test_concurrent_pg(void)
{
    concurrent(1);
}

/* ---- migrations ---- */

static xs_status migrate_src(fixture *f, const char *src, unsigned flags)
{
    xs_arena *a = xs_arena_new(0);
    xs_store_catalog *c = catalog_of(src, a, &f->d);
    xs_status rc = c ? xs_store_migrate(f->s, c, flags, &f->d) : XS_E_PARSE;
    xs_store_set_catalog(f->s, f->cat);
    xs_store_catalog_free(c);
    xs_arena_free(a);
    return rc;
}

static void migrations(int backend)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    static const char v1[] = "table ut_mig {\n  schema {\n    int id\n    text a\n    int b?\n"
                             "    enum e?=\"x\" { values = [\"x\", \"y\"] }\n  }\n}\n";
    static const char v2[] = "table ut_mig {\n  schema {\n    int id\n    text a\n    decimal b?\n"
                             "    enum e?=\"x\" { values = [\"x\", \"y\", \"z\"] }\n"
                             "    timestamp c?=now\n  }\n"
                             "  index = [{type: \"btree\", field: [{name: \"c\"}]}]\n}\n";
    static const char v3[] = "table ut_mig {\n  schema {\n    int id\n    int a\n  }\n}\n";
    static const char v4[] = "table ut_mig {\n  schema {\n    int id\n    text a\n  }\n}\n";
    CHECK_INT(migrate_src(&f, v1, 0), XS_OK);
    CHECK_INT(xs_store_exec_script(f.s, "INSERT INTO ut_mig (a, b, e) VALUES ('hi', 3, 'y')", &f.d),
              XS_OK);
    xs_diag_clear(&f.d);
    CHECK_INT(migrate_src(&f, v2, 0), XS_OK);
    bool saw_add = false;
    for (size_t i = 0; i < f.d.count; i++)
        saw_add |= strstr(f.d.items[i].message, "add column 'c'") != NULL;
    CHECK(saw_add);
    /* the new enum value is accepted by the database's CHECK */
    CHECK_INT(xs_store_exec_script(f.s, "INSERT INTO ut_mig (a, e) VALUES ('z', 'z')", &f.d),
              XS_OK);
    CHECK(xs_store_exec_script(f.s, "INSERT INTO ut_mig (a, e) VALUES ('w', 'w')", &f.d) != XS_OK);
    xs_diag_clear(&f.d);
    /* data-losing: refused, then allowed */
    CHECK_INT(migrate_src(&f, v3, 0), XS_E_CHECK);
    const xs_diag_entry *e = xs_diag_first_error(&f.d);
    CHECK(e && strstr(e->message, "column 'b' was removed") != NULL);
    bool saw_narrow = false;
    for (size_t i = 0; i < f.d.count; i++)
        saw_narrow |= strstr(f.d.items[i].message, "column 'a' changes from text to int") != NULL;
    CHECK(saw_narrow);
    xs_diag_clear(&f.d);
    CHECK_INT(migrate_src(&f, v4, XS_MIGRATE_DESTRUCTIVE), XS_OK);
    if (f.d.errors)
        print_diag(&f.d);
    xs_store_rows r;
    xs_store_rows_init(&r);
    CHECK_INT(xs_store_exec(f.s, "SELECT version FROM xsflow_schema WHERE name = 'ut_mig'", NULL, 0,
                            &r, &f.d),
              XS_OK);
    xs_value ver = xs_array_at(xs_array_at(r.rows, 0), 0);
    CHECK(ver.type == XS_INT && ver.u.i == 3);
    xs_store_rows_release(&r);
    /* unchanged: nothing to do */
    xs_diag_clear(&f.d);
    CHECK_INT(migrate_src(&f, v4, 0), XS_OK);
    CHECK_INT(f.d.count, 0);
out:
    teardown(&f);
}

static void test_migrate_sqlite(void)
{
    migrations(0);
}

static void test_migrate_pg(void)
{
    migrations(1);
}

static void test_sql_to_pg(void)
{
    /* through a PostgreSQL-less path: the translation is pure */
    xs_buf b;
    xs_buf_init(&b);
    size_t n = 0;
    xs_store_sql_to_pg("SELECT '?', \"a?\" FROM t WHERE x = ? AND y = ? -- ?\n AND z = ?3", &b, &n);
    CHECK_STR(xs_buf_cstr(&b),
              "SELECT '?', \"a?\" FROM t WHERE x = $1 AND y = $2 -- ?\n AND z = $3");
    CHECK_INT(n, 3);
    xs_buf_release(&b);
}

/* ---- db.* statements, end to end through the interpreter ---- */

static const char e2e_src[] =
    "table credentials {\n"
    "  schema {\n"
    "    int id\n"
    "    int user_id\n"
    "    text platform\n"
    "    bool active?=true\n"
    "    text api_key?\n"
    "  }\n"
    "}\n"
    "table job_table {\n"
    "  schema {\n"
    "    int id\n"
    "    int user_id\n"
    "    text status?=\"Started\"\n"
    "    timestamp step_n_started?\n"
    "    bool step_n?\n"
    "  }\n"
    "}\n"
    "function seed {\n"
    "  input {\n"
    "    int user_id\n"
    "  }\n"
    "  stack {\n"
    "    db.add credentials {\n"
    "      data = {user_id: $input.user_id, platform: \"REZEN\", api_key: \"k1\"}\n"
    "    } as $c1\n"
    "    db.add credentials {\n"
    "      data = {user_id: $input.user_id, platform: \"OTHER\", api_key: \"k2\"}\n"
    "    }\n"
    "    db.add job_table {\n"
    "      data = {user_id: $input.user_id}\n"
    "    } as $job\n"
    "    db.edit job_table {\n"
    "      field_name = \"user_id\"\n"
    "      field_value = $input.user_id\n"
    "      data = {step_n_started: 1000, step_n: true}\n"
    "    } as $edited\n"
    "    db.query credentials {\n"
    "      where = $db.credentials.user_id == $input.user_id\n"
    "           && $db.credentials.platform == \"REZEN\"\n"
    "           && $db.credentials.active\n"
    "      return = {type: \"single\"}\n"
    "    } as $creds\n"
    "    db.query credentials {\n"
    "      where = $db.credentials.platform ==? $input.platform\n"
    "      return = {type: \"count\"}\n"
    "    } as $n_all\n"
    "    db.query credentials {\n"
    "      sort = {id: \"desc\"}\n"
    "      output = [\"id\", \"platform\"]\n"
    "      return = {type: \"list\", paging: {page: 1, per_page: 1, totals: true}}\n"
    "    } as $page\n"
    "    db.has job_table {\n"
    "      field_name = \"user_id\"\n"
    "      field_value = $input.user_id\n"
    "    } as $has\n"
    "    var $caught { value = null }\n"
    "    try_catch {\n"
    "      try {\n"
    "        db.transaction {\n"
    "          stack {\n"
    "            db.add job_table {\n"
    "              data = {user_id: 99}\n"
    "            }\n"
    "            throw {\n"
    "              name = \"Boom\"\n"
    "              value = \"rolled back\"\n"
    "            }\n"
    "          }\n"
    "        }\n"
    "      }\n"
    "      catch {\n"
    "        var.update $caught { value = $error.message }\n"
    "      }\n"
    "    }\n"
    "    db.query job_table {\n"
    "      return = {type: \"count\"}\n"
    "    } as $jobs\n"
    "    db.get job_table {\n"
    "      field_name = \"user_id\"\n"
    "      field_value = 99\n"
    "    } as $gone\n"
    "    db.add_or_edit job_table {\n"
    "      field_name = \"user_id\"\n"
    "      field_value = $input.user_id\n"
    "      data = {status: \"Complete\"}\n"
    "    } as $upserted\n"
    "    db.direct_query {\n"
    "      sql = \"SELECT COUNT(*) AS n FROM credentials WHERE user_id = ?\"\n"
    "      arg = [$input.user_id]\n"
    "      response_type = \"single\"\n"
    "    } as $direct\n"
    "    db.del credentials {\n"
    "      field_name = \"platform\"\n"
    "      field_value = \"OTHER\"\n"
    "    }\n"
    "  }\n"
    "  response = {\n"
    "    creds: $creds.api_key\n"
    "    edited: $edited.step_n\n"
    "    n_all: $n_all\n"
    "    page: $page\n"
    "    has: $has\n"
    "    caught: $caught\n"
    "    jobs: $jobs\n"
    "    gone: $gone\n"
    "    status: $upserted.status\n"
    "    direct: $direct.n\n"
    "  }\n"
    "}\n"
    "function joined {\n"
    "  stack {\n"
    "    db.query job_table {\n"
    "      join = {\n"
    "        cred: {\n"
    "          table: \"credentials\"\n"
    "          type: \"left\"\n"
    "          where: $db.job_table.user_id == $db.cred.user_id && $db.cred.platform == \"REZEN\"\n"
    "        }\n"
    "      }\n"
    "      eval = {api_key: $db.cred.api_key, active: $db.cred.active}\n"
    "      where = $db.cred.active && $db.job_table.status ==? $input.nope\n"
    "      sort = {cred.api_key: \"asc\"}\n"
    "      output = [\"id\", \"user_id\", \"api_key\"]\n"
    "      return = {type: \"list\", paging: {page: 1, per_page: 10, totals: true}}\n"
    "    } as $rows\n"
    "  }\n"
    "  response = $rows\n"
    "}\n"
    "function bad_where {\n"
    "  stack {\n"
    "    db.query credentials {\n"
    "      where = $db.credentials.user_id == \"abc\"\n"
    "    } as $x\n"
    "  }\n"
    "  response = $x\n"
    "}\n";

/* A workspace of one source on a fixture: its tables migrated (on
 * PostgreSQL after pg_reset, SQL dropping what an earlier run left) and
 * an interpreter on the fixture's store. */
typedef struct ws_case {
    xs_workspace *ws;
    xs_store_catalog *cat;
    xs_interp *in;
} ws_case;

static void ws_case_open(ws_case *w, fixture *f, int backend, const char *src,
                         const char *pg_reset)
{
    w->ws = xs_workspace_new(NULL);
    CHECK_INT(xs_workspace_add_source(w->ws, "case.xs", src, strlen(src), &f->d), XS_OK);
    const xs_ast_doc *doc = xs_workspace_doc(w->ws, 0);
    w->cat = xs_store_catalog_new();
    if (backend == 1)
        xs_store_exec_script(f->s, pg_reset, &f->d);
    CHECK_INT(doc ? xs_store_catalog_add_doc(w->cat, doc, &f->d) : XS_E_PARSE, XS_OK);
    xs_store_set_catalog(f->s, w->cat);
    CHECK_INT(xs_store_migrate(f->s, w->cat, 0, &f->d), XS_OK);
    w->in = xs_interp_new(w->ws, xs_lib_builtins());
    xs_interp_set_store(w->in, f->s);
}

static void ws_case_close(ws_case *w, fixture *f)
{
    xs_interp_free(w->in);
    xs_store_set_catalog(f->s, f->cat);
    xs_store_catalog_free(w->cat);
    xs_workspace_free(w->ws);
}

static void e2e(int backend)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    ws_case w;
    ws_case_open(&w, &f, backend, e2e_src,
                 "DROP TABLE IF EXISTS credentials; DROP TABLE IF EXISTS job_table; "
                 "DELETE FROM xsflow_schema WHERE name IN ('credentials', 'job_table')");
    xs_interp *in = w.in;
    xs_value input = json("{\"user_id\": 7}"), resp = xs_null(), err = xs_null();
    xs_status rc = xs_interp_run_name(in, XS_STR("seed"), input, NULL, &resp, &err, &f.d);
    CHECK_INT(rc, XS_OK);
    if (rc != XS_OK) {
        char *e = enc(err);
        printf("    error: %s\n", e);
        xs_free(e);
        print_diag(&f.d);
    }
    CHECK_JSON(resp, "{\"creds\":\"k1\",\"edited\":true,\"n_all\":2,\"page\":{\"itemsReceived\":1,"
                     "\"curPage\":1,\"nextPage\":2,\"prevPage\":null,\"offset\":0,\"perPage\":1,"
                     "\"itemsTotal\":2,\"pageTotal\":2,\"items\":[{\"id\":2,\"platform\":"
                     "\"OTHER\"}]},\"has\":true,\"caught\":\"rolled back\",\"jobs\":1,"
                     "\"gone\":null,\"status\":\"Complete\",\"direct\":2}");
    xs_release(resp);
    xs_release(err);
    /* join and eval */
    resp = err = xs_null();
    rc = xs_interp_run_name(in, XS_STR("joined"), xs_null(), NULL, &resp, &err, &f.d);
    CHECK_INT(rc, XS_OK);
    if (rc != XS_OK) {
        char *e = enc(err);
        printf("    error: %s\n", e);
        xs_free(e);
    }
    CHECK_JSON(resp, "{\"itemsReceived\":1,\"curPage\":1,\"nextPage\":null,\"prevPage\":null,"
                     "\"offset\":0,\"perPage\":10,\"itemsTotal\":1,\"pageTotal\":1,\"items\":"
                     "[{\"id\":1,\"user_id\":7,\"api_key\":\"k1\"}]}");
    xs_release(resp);
    xs_release(err);
    /* a bad value in a where clause is an input error naming the column */
    resp = err = xs_null();
    rc = xs_interp_run_name(in, XS_STR("bad_where"), xs_null(), NULL, &resp, &err, &f.d);
    CHECK_INT(rc, XS_E_RUNTIME);
    const char *msg = get_text(err, "message");
    CHECK(msg && strstr(msg, "column 'user_id' of table 'credentials'") != NULL);
    if (msg && !strstr(msg, "column 'user_id'"))
        printf("    got: %s\n", msg);
    xs_release(resp);
    xs_release(err);
    xs_release(input);
    ws_case_close(&w, &f);
out:
    teardown(&f);
}

/* Filters on columns in where, and required columns, on a database. */
static const char filters_src[] =
    "table note {\n"
    "  schema {\n"
    "    int id\n"
    "    text body\n"
    "    text? title\n"
    "    text[] tags?\n"
    "    int n?\n"
    "  }\n"
    "}\n"
    "function filters {\n"
    "  stack {\n"
    "    foreach ([\"abc\", \"Abd\", \"a%c\", \"a_c\", \"x\\\\y\", \"zzc\"]) {\n"
    "      each as $b {\n"
    "        db.add note { data = {body: $b, title: null, tags: [$b|to_lower], n: 1} }\n"
    "      }\n"
    "    }\n"
    "    db.add note { data = {body: \"q\", title: \"t\"} }\n"
    "    db.query note { where = $db.note.body|starts_with:\"a%\"\n"
    "      output = [\"body\"] } as $pct\n"
    "    db.query note { where = $db.note.body|starts_with:\"a_\"\n"
    "      output = [\"body\"] } as $under\n"
    "    db.query note { where = $db.note.body|contains:\"\\\\\"\n"
    "      output = [\"body\"] } as $bs\n"
    "    db.query note { where = $db.note.body|istarts_with:\"AB\"\n"
    "      output = [\"body\"] } as $ci\n"
    "    db.query note { where = ($db.note.body|ends_with:\"c\")\n"
    "      && ($db.note.body|icontains:\"Z\")\n"
    "      output = [\"body\"] } as $ends\n"
    "    db.query note { where = ($db.note.title|starts_with:\"t\") == false\n"
    "      return = {type: \"count\"} } as $not_t\n"
    "    db.query note { where = ($db.note.body|strlen) == 1\n"
    "      output = [\"body\"] } as $short\n"
    "    db.query note { where = $db.note.tags|includes:\"abd\"\n"
    "      output = [\"body\"] } as $tag\n"
    "    db.query note { where = $db.note.id|between:2:3\n"
    "      output = [\"body\"] } as $mid\n"
    "  }\n"
    "  response = {pct: $pct, under: $under, bs: $bs, ci: $ci, ends: $ends, not_t: $not_t,\n"
    "    short: $short, tag: $tag, mid: $mid}\n"
    "}\n"
    "function missing_body {\n"
    "  stack { db.add note { data = {title: \"t\"} } as $x }\n"
    "  response = $x\n"
    "}\n"
    "function null_body {\n"
    "  stack { db.edit note { field_name = \"id\"\n"
    "    field_value = 1\n"
    "    data = {body: null} } as $x }\n"
    "  response = $x\n"
    "}\n"
    "function null_title {\n"
    "  stack {\n"
    "    db.edit note { field_name = \"id\"\n"
    "      field_value = 1\n"
    "      data = {title: null, n: null} } as $x\n"
    "    db.add_or_edit note { field_name = \"body\"\n"
    "      field_value = \"new\"\n"
    "      data = {title: null} } as $y\n"
    "  }\n"
    "  response = $y.body\n"
    "}\n"
    "function upsert_null {\n"
    "  stack {\n"
    "    db.add_or_edit note { field_name = \"id\"\n"
    "      field_value = 99\n"
    "      data = {title: \"t\"} } as $x\n"
    "  }\n"
    "  response = $x\n"
    "}\n";

/* Runs function fn of the workspace; returns its response, or the message
 * of its error (ours) in *msg. */
static xs_value run_fn(xs_interp *in, const char *fn, char **msg, xs_diag *d)
{
    xs_value resp = xs_null(), err = xs_null();
    *msg = NULL;
    xs_status rc = xs_interp_run_name(in, xs_str_of(fn), xs_null(), NULL, &resp, &err, d);
    if (rc != XS_OK) {
        const char *m = get_text(err, "message");
        *msg = xs_strdup(m ? m : "?");
    }
    xs_release(err);
    return resp;
}

static void filters(int backend)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    ws_case w;
    ws_case_open(&w, &f, backend, filters_src,
                 "DROP TABLE IF EXISTS note; DELETE FROM xsflow_schema WHERE name = 'note'");
    xs_interp *in = w.in;
    char *msg;
    xs_value resp = run_fn(in, "filters", &msg, &f.d);
    CHECK(msg == NULL);
    if (msg)
        printf("    error: %s\n", msg);
    xs_free(msg);
    CHECK_JSON(resp, "{\"pct\":[{\"body\":\"a%c\"}],\"under\":[{\"body\":\"a_c\"}],"
                     "\"bs\":[{\"body\":\"x\\\\y\"}],\"ci\":[{\"body\":\"abc\"},{\"body\":"
                     "\"Abd\"}],\"ends\":[{\"body\":\"zzc\"}],\"not_t\":6,\"short\":"
                     "[{\"body\":\"q\"}],\"tag\":[{\"body\":\"Abd\"}],"
                     "\"mid\":[{\"body\":\"Abd\"},{\"body\":\"a%c\"}]}");
    xs_release(resp);
    /* required columns: an input error naming the table and the column */
    static const struct {
        const char *fn, *want;
    } bad[] = {
        {"missing_body", "column 'body' of table 'note' is required"},
        {"null_body", "column 'body' of table 'note' cannot be null"},
        {"upsert_null", "column 'body' of table 'note' is required"},
    };
    for (size_t i = 0; i < XS_COUNTOF(bad); i++) {
        resp = run_fn(in, bad[i].fn, &msg, &f.d);
        CHECK(msg && strstr(msg, bad[i].want) != NULL);
        if (msg && !strstr(msg, bad[i].want))
            printf("    %s: %s\n", bad[i].fn, msg);
        xs_free(msg);
        xs_release(resp);
    }
    /* nullable and optional columns take null; add_or_edit fills the key */
    resp = run_fn(in, "null_title", &msg, &f.d);
    CHECK(msg == NULL);
    if (msg)
        printf("    null_title: %s\n", msg);
    xs_free(msg);
    CHECK_JSON(resp, "\"new\"");
    xs_release(resp);
    ws_case_close(&w, &f);
out:
    teardown(&f);
}

static void test_filters_sqlite(void)
{
    filters(0);
}

static void test_filters_pg(void)
{
    filters(1);
}

/* Addons: addon objects of the workspace run for each record of a
 * db.query or db.get result, the record being $output in their input. */
static const char addons_src[] =
    "table ad_author {\n"
    "  schema {\n"
    "    int id\n"
    "    text name\n"
    "  }\n"
    "}\n"
    "table ad_post {\n"
    "  schema {\n"
    "    int id\n"
    "    int author_id\n"
    "    text title\n"
    "  }\n"
    "}\n"
    "table ad_comment {\n"
    "  schema {\n"
    "    int id\n"
    "    int post_id\n"
    "    text body\n"
    "  }\n"
    "}\n"
    "addon comment_count {\n"
    "  input {\n"
    "    int post_id\n"
    "  }\n"
    "  stack {\n"
    "    db.query ad_comment {\n"
    "      where = $db.ad_comment.post_id == $input.post_id\n"
    "      return = {type: \"count\"}\n"
    "    }\n"
    "  }\n"
    "}\n"
    "addon post_comments {\n"
    "  input {\n"
    "    int post_id\n"
    "  }\n"
    "  stack {\n"
    "    db.query ad_comment {\n"
    "      where = $db.ad_comment.post_id == $input.post_id\n"
    "      sort = {id: \"asc\"}\n"
    "      return = {type: \"list\"}\n"
    "    } as $comments\n"
    "  }\n"
    "}\n"
    "addon author {\n"
    "  input {\n"
    "    int author_id\n"
    "  }\n"
    "  stack {\n"
    "    db.get ad_author {\n"
    "      field_name = \"id\"\n"
    "      field_value = $input.author_id\n"
    "    }\n"
    "  }\n"
    "}\n"
    "addon \"posts/of author\" {\n"
    "  input {\n"
    "    int author_id\n"
    "  }\n"
    "  stack {\n"
    "    db.query ad_post {\n"
    "      where = $db.ad_post.author_id == $input.author_id\n"
    "      sort = {id: \"asc\"}\n"
    "      return = {type: \"list\", paging: {page: 1, per_page: 10}}\n"
    "    }\n"
    "  }\n"
    "}\n"
    "function ad_seed {\n"
    "  stack {\n"
    "    db.add ad_author { data = {name: \"Ann\"} }\n"
    "    db.add ad_author { data = {name: \"Bob\"} }\n"
    "    db.add ad_post { data = {author_id: 1, title: \"p1\"} }\n"
    "    db.add ad_post { data = {author_id: 2, title: \"p2\"} }\n"
    "    db.add ad_post { data = {author_id: 1, title: \"p3\"} }\n"
    "    db.add ad_comment { data = {post_id: 1, body: \"c1\"} }\n"
    "    db.add ad_comment { data = {post_id: 1, body: \"c2\"} }\n"
    "    db.add ad_comment { data = {post_id: 3, body: \"c3\"} }\n"
    "  }\n"
    "  response = true\n"
    "}\n"
    "function list_addons {\n"
    "  stack {\n"
    "    db.query ad_post {\n"
    "      sort = {id: \"asc\"}\n"
    "      addon = [\n"
    "        {name: \"comment_count\", input: {post_id: $output.id}, as: \"items.comments\"}\n"
    "        {name: \"author\", input: {author_id: $output.author_id}, output: [\"name\"]}\n"
    "      ]\n"
    "    } as $posts\n"
    "  }\n"
    "  response = $posts\n"
    "}\n"
    "function paged_addons {\n"
    "  stack {\n"
    "    db.query ad_post {\n"
    "      sort = {id: \"asc\"}\n"
    "      return = {type: \"list\", paging: {page: 1, per_page: 2}}\n"
    "      addon = {\n"
    "        items.comments: {\n"
    "          name: \"post_comments\"\n"
    "          input: {post_id: $output.id}\n"
    "          output: [\"body\"]\n"
    "        }\n"
    "        author: {name: \"author\", input: {author_id: $output.author_id}}\n"
    "      }\n"
    "    } as $page\n"
    "  }\n"
    "  response = $page\n"
    "}\n"
    "function get_addon {\n"
    "  stack {\n"
    "    var $output { value = \"mine\" }\n"
    "    db.get ad_author {\n"
    "      field_name = \"id\"\n"
    "      field_value = 1\n"
    "      addon = [\n"
    "        {\n"
    "          name: \"posts/of author\"\n"
    "          input: {author_id: $output.id}\n"
    "          as: \"posts\"\n"
    "          addon: [\n"
    "            {name: \"comment_count\", offset: \"items[]\", input: {post_id: $output.id}, "
    "as: \"n\"}\n"
    "          ]\n"
    "        }\n"
    "      ]\n"
    "    } as $ann\n"
    "  }\n"
    "  response = {ann: $ann, output: $output}\n"
    "}\n"
    "function two_nested {\n"
    "  stack {\n"
    "    db.get ad_author {\n"
    "      field_name = \"id\"\n"
    "      field_value = 1\n"
    "      addon = [\n"
    "        {name: \"posts/of author\", input: {author_id: $output.id}, as: \"a\", output: "
    "[\"items\"], addon: [{name: \"comment_count\", offset: \"items[]\", input: {post_id: "
    "$output.id}, as: \"n\"}]}\n"
    "        {name: \"posts/of author\", input: {author_id: $output.id}, as: \"b\", output: "
    "[\"items\"], addon: [{name: \"post_comments\", offset: \"items[]\", input: {post_id: "
    "$output.id}, as: \"n\", output: [\"body\"]}]}\n"
    "      ]\n"
    "    } as $ann\n"
    "  }\n"
    "  response = $ann\n"
    "}\n"
    "function single_addon {\n"
    "  stack {\n"
    "    db.query ad_post {\n"
    "      where = $db.ad_post.title == \"p2\"\n"
    "      return = {type: \"single\"}\n"
    "      addon = [{name: \"comment_count\", input: {post_id: $output.id}}]\n"
    "    } as $p\n"
    "  }\n"
    "  response = $p\n"
    "}\n"
    "function missing_addon {\n"
    "  stack {\n"
    "    db.query ad_post {\n"
    "      addon = [{name: \"nope\", input: {id: $output.id}}]\n"
    "    } as $p\n"
    "  }\n"
    "  response = $p\n"
    "}\n"
    "function bad_input {\n"
    "  stack {\n"
    "    db.query ad_post {\n"
    "      addon = [{name: \"comment_count\", input: {post_id: \"x\"}}]\n"
    "    } as $p\n"
    "  }\n"
    "  response = $p\n"
    "}\n";

static void addons(int backend)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    ws_case w;
    ws_case_open(&w, &f, backend, addons_src,
                 "DROP TABLE IF EXISTS ad_author; DROP TABLE IF EXISTS ad_post; "
                 "DROP TABLE IF EXISTS ad_comment; DELETE FROM xsflow_schema WHERE "
                 "name IN ('ad_author', 'ad_post', 'ad_comment')");
    xs_interp *in = w.in;
    static const struct {
        const char *fn, *want;
    } ok[] = {
        {"ad_seed", "true"},
        {"list_addons",
         "[{\"id\":1,\"author_id\":1,\"title\":\"p1\",\"comments\":2,\"author\":{\"name\":"
         "\"Ann\"}},{\"id\":2,\"author_id\":2,\"title\":\"p2\",\"comments\":0,\"author\":"
         "{\"name\":\"Bob\"}},{\"id\":3,\"author_id\":1,\"title\":\"p3\",\"comments\":1,"
         "\"author\":{\"name\":\"Ann\"}}]"},
        {"paged_addons",
         "{\"itemsReceived\":2,\"curPage\":1,\"nextPage\":2,\"prevPage\":null,\"offset\":0,"
         "\"perPage\":2,\"items\":[{\"id\":1,\"author_id\":1,\"title\":\"p1\",\"comments\":"
         "[{\"body\":\"c1\"},{\"body\":\"c2\"}],\"author\":{\"id\":1,\"name\":\"Ann\"}},"
         "{\"id\":2,\"author_id\":2,\"title\":\"p2\",\"comments\":[],\"author\":{\"id\":2,"
         "\"name\":\"Bob\"}}]}"},
        {"get_addon",
         "{\"ann\":{\"id\":1,\"name\":\"Ann\",\"posts\":{\"itemsReceived\":2,\"curPage\":1,"
         "\"nextPage\":null,\"prevPage\":null,\"offset\":0,\"perPage\":10,\"items\":[{\"id\":1,"
         "\"author_id\":1,\"title\":\"p1\",\"n\":2},{\"id\":3,\"author_id\":1,\"title\":"
         "\"p3\",\"n\":1}]}},\"output\":\"mine\"}"},
        /* two addons of one name with different nested addons */
        {"two_nested",
         "{\"id\":1,\"name\":\"Ann\",\"a\":{\"items\":[{\"id\":1,\"author_id\":1,"
         "\"title\":\"p1\",\"n\":2},{\"id\":3,\"author_id\":1,\"title\":\"p3\",\"n\":1}]},"
         "\"b\":{\"items\":[{\"id\":1,\"author_id\":1,\"title\":\"p1\",\"n\":[{\"body\":"
         "\"c1\"},{\"body\":\"c2\"}]},{\"id\":3,\"author_id\":1,\"title\":\"p3\",\"n\":"
         "[{\"body\":\"c3\"}]}]}}"},
        {"single_addon", "{\"id\":2,\"author_id\":2,\"title\":\"p2\",\"comment_count\":0}"},
    };
    for (size_t i = 0; i < XS_COUNTOF(ok); i++) {
        char *msg;
        xs_value resp = run_fn(in, ok[i].fn, &msg, &f.d);
        CHECK(msg == NULL);
        if (msg)
            printf("    %s: %s\n", ok[i].fn, msg);
        xs_free(msg);
        CHECK_JSON(resp, ok[i].want);
        xs_release(resp);
    }
    static const struct {
        const char *fn, *want;
    } bad[] = {
        {"missing_addon", "addon 'nope' not found"},
        {"bad_input", "post_id"},
    };
    for (size_t i = 0; i < XS_COUNTOF(bad); i++) {
        char *msg;
        xs_value resp = run_fn(in, bad[i].fn, &msg, &f.d);
        CHECK(msg && strstr(msg, bad[i].want) != NULL);
        if (msg && !strstr(msg, bad[i].want))
            printf("    %s: %s\n", bad[i].fn, msg);
        xs_free(msg);
        xs_release(resp);
    }
    ws_case_close(&w, &f);
out:
    teardown(&f);
}

static void test_addons_sqlite(void)
{
    addons(0);
}

static void test_addons_pg(void)
{
    addons(1);
}

static void test_e2e_sqlite(void)
{
    e2e(0);
}

static void test_e2e_pg(void)
{
    e2e(1);
}

/* A password column is hashed with the library's bcrypt, so
 * security.check_password reads what db.add stored. */
static const char password_src[] = "table member {\n"
                                   "  schema {\n"
                                   "    int id\n"
                                   "    text name\n"
                                   "    password pass\n"
                                   "  }\n"
                                   "}\n"
                                   "function login {\n"
                                   "  input {\n"
                                   "    text name\n"
                                   "  }\n"
                                   "  stack {\n"
                                   "    db.add member {\n"
                                   "      data = {name: $input.name, pass: \"s3cret-Pw\"}\n"
                                   "    } as $added\n"
                                   "    db.get member {\n"
                                   "      field_name = \"name\"\n"
                                   "      field_value = $input.name\n"
                                   "    } as $row\n"
                                   "    security.check_password {\n"
                                   "      text_password = \"s3cret-Pw\"\n"
                                   "      hash_password = $row.pass\n"
                                   "    } as $right\n"
                                   "    security.check_password {\n"
                                   "      text_password = \"s3cret-pw\"\n"
                                   "      hash_password = $row.pass\n"
                                   "    } as $wrong\n"
                                   "  }\n"
                                   "  response = {\n"
                                   "    right: $right\n"
                                   "    wrong: $wrong\n"
                                   "    hashed: $row.pass != \"s3cret-Pw\"\n"
                                   "    same: $row.pass == $added.pass\n"
                                   "  }\n"
                                   "}\n";

/* Runs function fn of the workspace src (its tables migrated on a fresh
 * fixture of backend; on PostgreSQL, table, the one it declares, dropped
 * first) with input (JSON) and checks its response (JSON). */
static void run_workspace(int backend, const char *src, const char *table, const char *fn,
                          const char *input_json, const char *want)
{
    fixture f;
    if (!setup(&f, backend))
        goto out;
    char reset[256];
    snprintf(reset, sizeof reset,
             "DROP TABLE IF EXISTS %s; DELETE FROM xsflow_schema WHERE name = '%s'", table, table);
    ws_case w;
    ws_case_open(&w, &f, backend, src, reset);
    xs_value input = json(input_json), resp = xs_null(), err = xs_null();
    xs_status rc = xs_interp_run_name(w.in, xs_str_of(fn), input, NULL, &resp, &err, &f.d);
    CHECK_INT(rc, XS_OK);
    if (rc != XS_OK) {
        char *e = enc(err);
        printf("    error: %s\n", e);
        xs_free(e);
        print_diag(&f.d);
    }
    CHECK_JSON(resp, want);
    xs_release(resp);
    xs_release(err);
    xs_release(input);
    ws_case_close(&w, &f);
out:
    teardown(&f);
}

static void password_e2e(int backend)
{
    run_workspace(backend, password_src, "member", "login", "{\"name\": \"ann\"}",
                  "{\"right\":true,\"wrong\":false,\"hashed\":true,\"same\":true}");
}

/* eval of fields of a json column: the field's JSON value, null when
 * missing. */
static const char eval_json_src[] = "table doc {\n"
                                    "  schema {\n"
                                    "    int id\n"
                                    "    json meta?\n"
                                    "  }\n"
                                    "}\n"
                                    "function fields {\n"
                                    "  stack {\n"
                                    "    db.add doc {\n"
                                    "      data = {meta: {a: {b: \"x\"}, n: 2, l: [1, 2]}}\n"
                                    "    }\n"
                                    "    db.add doc {\n"
                                    "      data = {meta: {n: \"two\"}}\n"
                                    "    }\n"
                                    "    db.query doc {\n"
                                    "      eval = {b: $db.doc.meta.a.b, n: $db.doc.meta.n, "
                                    "a: $db.doc.meta.a, l: $db.doc.meta.l}\n"
                                    "      sort = {doc.id: \"asc\"}\n"
                                    "      output = [\"id\", \"b\", \"n\", \"a\", \"l\"]\n"
                                    "    } as $rows\n"
                                    "  }\n"
                                    "  response = $rows\n"
                                    "}\n";

static void eval_json(int backend)
{
    run_workspace(backend, eval_json_src, "doc", "fields", "{}",
                  "[{\"id\":1,\"b\":\"x\",\"n\":2,\"a\":{\"b\":\"x\"},\"l\":[1,2]},"
                  "{\"id\":2,\"b\":null,\"n\":\"two\",\"a\":null,\"l\":null}]");
}

static void test_eval_json_sqlite(void)
{
    eval_json(0);
}

static void test_eval_json_pg(void)
{
    eval_json(1);
}

static void test_password_e2e_sqlite(void)
{
    password_e2e(0);
}

static void test_password_e2e_pg(void)
{
    password_e2e(1);
}

const xs_unit_case xs_unit_store[] = {
    {"ddl", test_ddl},
    {"ddl_errors", test_ddl_errors},
    {"where", test_where},
    {"filters_sqlite", test_filters_sqlite},
    {"filters_pg", test_filters_pg},
    {"sql_to_pg", test_sql_to_pg},
    {"crud_sqlite", test_crud_sqlite},
    {"crud_pg", test_crud_pg},
    {"odd_values_sqlite", test_odd_values_sqlite},
    {"odd_values_pg", test_odd_values_pg},
    {"tx_sqlite", test_tx_sqlite},
    {"tx_pg", test_tx_pg},
    {"concurrent_sqlite", test_concurrent_sqlite},
    {"concurrent_pg", test_concurrent_pg},
    {"upserts_sqlite", test_upserts_sqlite},
    {"upserts_pg", test_upserts_pg},
    {"migrate_sqlite", test_migrate_sqlite},
    {"migrate_pg", test_migrate_pg},
    {"e2e_sqlite", test_e2e_sqlite},
    {"e2e_pg", test_e2e_pg},
    {"addons_sqlite", test_addons_sqlite},
    {"addons_pg", test_addons_pg},
    {"password_e2e_sqlite", test_password_e2e_sqlite},
    {"password_e2e_pg", test_password_e2e_pg},
    {"eval_json_sqlite", test_eval_json_sqlite},
    {"eval_json_pg", test_eval_json_pg},
    {NULL, NULL},
};
