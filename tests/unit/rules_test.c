/* Unit tests for src/lang/schema and src/lang/rules: the tables answer
 * lookups, and each kind of rule reports the message and line:col Xano
 * reports for it. */
#include "unit.h"

#include "base/arena.h"
#include "base/diag.h"
#include "lang/parser.h"
#include "lang/rules.h"
#include "lang/schema.h"

/* Parses and checks src; returns the status of the check (or of the parse
 * when it fails) and copies the first error into msg, line and col. */
static xs_status run(const char *src, char *msg, size_t cap, int *line, int *col)
{
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    xs_ast_doc *doc = NULL;
    xs_status st = xs_parse_doc(src, strlen(src), "t.xs", a, &d, &doc);
    if (st == XS_OK)
        st = xs_lang_rules_check(doc, &d);
    const xs_diag_entry *e = xs_diag_first_error(&d);
    snprintf(msg, cap, "%s", e ? e->message : "");
    *line = e ? e->line : 0;
    *col = e ? e->col : 0;
    xs_diag_release(&d);
    xs_arena_free(a);
    return st;
}

/* Checks that src fails the rules with message want at wline:wcol. */
#define CHECK_RULE(src, want, wline, wcol)                                                         \
    do {                                                                                           \
        char m_[512];                                                                              \
        int l_, c_;                                                                                \
        CHECK_INT(run((src), m_, sizeof m_, &l_, &c_), XS_E_CHECK);                                \
        CHECK_STR(m_, (want));                                                                     \
        CHECK_INT(l_, (wline));                                                                    \
        CHECK_INT(c_, (wcol));                                                                     \
    } while (0)

static void schema_lookups(void)
{
    const xs_schema_stmt *s = xs_schema_stmt_find(XS_STR("redis.set"));
    CHECK(s != NULL);
    CHECK(s->flags & XS_SCHEMA_STMT_STRICT);
    const xs_schema_attr *ttl = xs_schema_attr_find(s->attrs, s->n, XS_STR("ttl"));
    CHECK(ttl != NULL && (ttl->flags & XS_SCHEMA_REQUIRED));
    CHECK(xs_schema_stmt_find(XS_STR("redis.nope")) == NULL);
    const xs_schema_object *o = xs_schema_object_find(XS_STR("table_trigger"));
    CHECK(o != NULL && o->strict);
    CHECK(xs_schema_attr_find(o->clauses, o->n, XS_STR("datasources")) != NULL);
    CHECK(xs_schema_attr_find(o->clauses, o->n, XS_STR("response")) == NULL);
    CHECK(xs_schema_llm_shape(XS_STR("openai")) != NULL);
    CHECK(xs_schema_llm_shape(XS_STR("gpt")) == NULL);
}

/* Every table is well formed: names unique within a list, required
 * clauses of object kinds carry their message words. */
static void schema_tables_consistent(void)
{
    size_t n;
    const xs_schema_stmt *stmts = xs_schema_stmts(&n);
    for (size_t i = 0; i < n; i++) {
        CHECK(stmts[i].n <= 32);
        for (size_t j = 0; j < i; j++)
            CHECK(strcmp(stmts[i].name, stmts[j].name) != 0);
        for (size_t a = 0; a < stmts[i].n; a++)
            for (size_t b = 0; b < a; b++)
                CHECK(strcmp(stmts[i].attrs[a].name, stmts[i].attrs[b].name) != 0);
    }
    const xs_schema_object *objs = xs_schema_objects(&n);
    for (size_t i = 0; i < n; i++) {
        CHECK(objs[i].n <= 32);
        for (size_t a = 0; a < objs[i].n; a++) {
            const xs_schema_attr *c = &objs[i].clauses[a];
            if (c->flags & XS_SCHEMA_REQUIRED)
                CHECK(c->missing != NULL);
            for (size_t b = 0; b < a; b++)
                CHECK(strcmp(c->name, objs[i].clauses[b].name) != 0);
        }
    }
}

static void valid_function_passes(void)
{
    char m[512];
    int l, c;
    const char *src = "function f {\n"
                      "  input {\n"
                      "    text name\n"
                      "  }\n"
                      "  stack {\n"
                      "    redis.set {\n"
                      "      key = \"k\"\n"
                      "      data = $input.name\n"
                      "      ttl = 60\n"
                      "    }\n"
                      "    var $x {\n"
                      "      value = 1\n"
                      "    }\n"
                      "  }\n"
                      "  response = $x\n"
                      "  history = \"inherit\"\n"
                      "}\n";
    CHECK_INT(run(src, m, sizeof m, &l, &c), XS_OK);
    CHECK_STR(m, "");
}

static void statement_missing_attribute(void)
{
    CHECK_RULE("function f {\n"
               "  input {\n"
               "  }\n"
               "  stack {\n"
               "    api.request {\n"
               "      url = \"https://example.com\"\n"
               "    } as $r\n"
               "  }\n"
               "  response = null\n"
               "}\n",
               "request is missing the method attribute", 5, 9);
    CHECK_RULE("function f {\n"
               "  stack {\n"
               "    redis.push {} as $x\n"
               "  }\n"
               "}\n",
               "push is missing the following attributes: key, value, package_key", 3, 11);
    CHECK_RULE("function f {\n"
               "  stack {\n"
               "    throw {\n"
               "      name = \"E\"\n"
               "    }\n"
               "  }\n"
               "}\n",
               "throw is missing the value attribute", 3, 5);
}

static void statement_duplicate_and_unknown(void)
{
    CHECK_RULE("function f {\n"
               "  stack {\n"
               "    storage.delete_file {\n"
               "      pathname = \"a\"\n"
               "      pathname = \"b\"\n"
               "    }\n"
               "  }\n"
               "}\n",
               "duplicate attribute 'pathname'", 5, 7);
    CHECK_RULE("function f {\n"
               "  stack {\n"
               "    redis.get {\n"
               "      key = \"a\"\n"
               "      colour = \"b\"\n"
               "    } as $v\n"
               "  }\n"
               "}\n",
               "attribute 'colour' is not allowed", 5, 7);
}

static void object_clauses(void)
{
    CHECK_RULE("workspace_trigger w {\n"
               "  stack {\n"
               "  }\n"
               "}\n",
               "workspace_trigger is missing an input clause", 1, 1);
    CHECK_RULE("branch b {\n"
               "  color = \"red\"\n"
               "  color = \"blue\"\n"
               "}\n",
               "duplicate clause 'color' in branch", 3, 3);
    CHECK_RULE("api_group g {\n"
               "  description = \"x\"\n"
               "}\n",
               "api_group is missing a canonical field", 1, 1);
}

static void literal_shapes(void)
{
    CHECK_RULE("agent_trigger t {\n"
               "  agent = \"a\"\n"
               "  actions = {connection: true, connection: false}\n"
               "  input {\n"
               "  }\n"
               "  stack {\n"
               "  }\n"
               "  response = null\n"
               "}\n",
               "duplicate attribute 'connection'", 3, 32);
    CHECK_RULE("middleware m {\n"
               "  exception_policy = \"loud\"\n"
               "}\n",
               "invalid value \"loud\" for 'exception_policy': must be one of \"silent\", "
               "\"rethrow\", \"critical\"",
               2, 22);
    CHECK_RULE("function f {\n"
               "  history = 12\n"
               "}\n",
               "expected value of 'history' to be one of false, \"inherit\", 0, 100, 1000, "
               "10000, all",
               2, 3);
}

static void agent_llm(void)
{
    CHECK_RULE("agent a {\n"
               "  canonical = \"c\"\n"
               "  llm = {\n"
               "    type: \"mystery\"\n"
               "  }\n"
               "}\n",
               "expected value of 'type' to be one of 'anthropic', 'google-genai', 'openai', "
               "'xano-free'",
               4, 5);
    CHECK_RULE("agent a {\n"
               "  llm = {\n"
               "    type: \"xano-free\"\n"
               "  }\n"
               "  tools = [{active: true}]\n"
               "}\n",
               "llm of type \"xano-free\" requires either a \"prompt\" or \"messages\" field", 2,
               3);
}

static void table_id_column(void)
{
    CHECK_RULE("table t {\n"
               "  auth = false\n"
               "  schema {\n"
               "    text name\n"
               "  }\n"
               "}\n",
               "schema must have an 'id' of type uuid or int column defined", 3, 3);
    CHECK_RULE("table t {\n"
               "  auth = false\n"
               "  schema {\n"
               "    text id\n"
               "  }\n"
               "}\n",
               "the \"id\" column can only be of type \"int\" or \"uuid\"", 4, 5);
}

static void statement_shapes(void)
{
    CHECK_RULE("function f {\n"
               "  stack {\n"
               "    redis.del {\n"
               "      key = \"k\"\n"
               "    } as $gone\n"
               "  }\n"
               "}\n",
               "redis.del gives no result: 'as $gone' is not allowed", 5, 7);
    CHECK_RULE("function f {\n"
               "  stack {\n"
               "    array.pop $input.list as $last\n"
               "  }\n"
               "}\n",
               "array.pop expects a variable of the stack, found an input or environment variable",
               3, 15);
    CHECK_RULE("function f {\n"
               "  stack {\n"
               "  }\n"
               "  response = 1\n"
               "  test \"t\" {\n"
               "    expect.to_equal ($other) {\n"
               "      value = 1\n"
               "    }\n"
               "  }\n"
               "}\n",
               "expect.to_equal in a test checks $response, found a variable", 6, 22);
}

static void fields_and_headers(void)
{
    CHECK_RULE("function f {\n"
               "  input {\n"
               "    string name\n"
               "  }\n"
               "  stack {\n"
               "  }\n"
               "}\n",
               "unknown field type 'string'", 3, 5);
    CHECK_RULE("query q verb=FETCH {\n"
               "  stack {\n"
               "  }\n"
               "}\n",
               "unknown verb 'FETCH': use GET, POST, PUT, PATCH, DELETE or HEAD", 1, 14);
    CHECK_RULE("function f {\n"
               "  stack {\n"
               "  }\n"
               "}\n"
               "function g {\n"
               "  stack {\n"
               "  }\n"
               "}\n",
               "a file holds one object: unexpected 'function'", 5, 1);
}

const xs_unit_case xs_unit_rules[] = {
    {"schema_lookups", schema_lookups},
    {"schema_tables_consistent", schema_tables_consistent},
    {"valid_function_passes", valid_function_passes},
    {"statement_missing_attribute", statement_missing_attribute},
    {"statement_duplicate_and_unknown", statement_duplicate_and_unknown},
    {"object_clauses", object_clauses},
    {"literal_shapes", literal_shapes},
    {"agent_llm", agent_llm},
    {"table_id_column", table_id_column},
    {"statement_shapes", statement_shapes},
    {"fields_and_headers", fields_and_headers},
    {NULL, NULL},
};
