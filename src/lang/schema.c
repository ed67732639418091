/*
 * schema.c - the tables behind schema.h. Each list was read off what Xano's
 * own parser accepts and rejects (its test documents, its error messages,
 * which list the clauses a kind allows) and off docs.xano.com. Where Xano's
 * rule is unknown the table stays permissive: a rule here can only reject.
 */
#include "lang/schema.h"

/* ---- building blocks ---- */

#define ATTR(n, f, t)                                                                              \
    {                                                                                              \
        (n), (f), (t), NULL, NULL, NULL                                                            \
    }
#define OPT(n) ATTR(n, 0, XS_SCHEMA_ANY)
#define REQ(n) ATTR(n, XS_SCHEMA_REQUIRED, XS_SCHEMA_ANY)
#define REPEAT(n) ATTR(n, XS_SCHEMA_REPEAT, XS_SCHEMA_ANY)
#define TYPED(n, t) ATTR(n, 0, t)
#define ONE_OF(n, vals)                                                                            \
    {                                                                                              \
        (n), 0, XS_SCHEMA_ONE_OF, (vals), NULL, NULL                                               \
    }
#define SHAPED(n, t, sh)                                                                           \
    {                                                                                              \
        (n), 0, (t), NULL, &(sh), NULL                                                             \
    }
/* A clause an object kind must have, with the words of Xano's message. */
#define MUST(n, t, words)                                                                          \
    {                                                                                              \
        (n), XS_SCHEMA_REQUIRED, (t), NULL, NULL, (words)                                          \
    }
#define MUST_BLOCK(n, words)                                                                       \
    {                                                                                              \
        (n), XS_SCHEMA_REQUIRED | XS_SCHEMA_BLOCK, XS_SCHEMA_ANY, NULL, NULL, (words)              \
    }
#define BLOCK(n) ATTR(n, XS_SCHEMA_BLOCK, XS_SCHEMA_ANY)
#define TESTS ATTR("test", XS_SCHEMA_BLOCK | XS_SCHEMA_REPEAT, XS_SCHEMA_ANY)

/* Every statement takes these two. */
#define COMMON TYPED("description", XS_SCHEMA_TEXT), TYPED("disabled", XS_SCHEMA_BOOL)

#define SHAPE(var, label, strict_)                                                                 \
    static const xs_schema_shape var = {(label), var##_keys, XS_COUNTOF(var##_keys), (strict_),    \
                                        false}

/* ---- object literal shapes ---- */

static const xs_schema_attr conn_actions_keys[] = {
    ATTR("connection", XS_SCHEMA_REQUIRED, XS_SCHEMA_BOOL),
};
SHAPE(conn_actions, "actions", true);

static const xs_schema_attr rt_actions_keys[] = {
    TYPED("join", XS_SCHEMA_BOOL),
    TYPED("message", XS_SCHEMA_BOOL),
};
SHAPE(rt_actions, "actions", true);

static const xs_schema_attr table_actions_keys[] = {
    TYPED("delete", XS_SCHEMA_BOOL),
    TYPED("insert", XS_SCHEMA_BOOL),
    TYPED("update", XS_SCHEMA_BOOL),
    TYPED("truncate", XS_SCHEMA_BOOL),
};
SHAPE(table_actions, "actions", true);

static const xs_schema_attr ws_actions_keys[] = {
    TYPED("branch_live", XS_SCHEMA_BOOL),
    TYPED("branch_merge", XS_SCHEMA_BOOL),
    TYPED("branch_new", XS_SCHEMA_BOOL),
};
SHAPE(ws_actions, "actions", true);

/* tools = [{name: "t", active: true, auth: "key"}] of agents and MCP servers */
static const xs_schema_attr tools_keys[] = {
    ATTR("name", XS_SCHEMA_REQUIRED, XS_SCHEMA_ANY),
    TYPED("active", XS_SCHEMA_BOOL),
    TYPED("auth", XS_SCHEMA_TEXT),
};
SHAPE(tools, "tools", false);

/* cache = {ttl: 3600, input: true, auth: true, datasource: true, ip: false,
 * headers: [...], env: [...]} */
static const xs_schema_attr cache_keys[] = {
    TYPED("ttl", XS_SCHEMA_INT),
    TYPED("input", XS_SCHEMA_BOOL),
    TYPED("auth", XS_SCHEMA_BOOL),
    TYPED("datasource", XS_SCHEMA_BOOL),
    TYPED("ip", XS_SCHEMA_BOOL),
    OPT("headers"),
    OPT("env"),
};
SHAPE(cache, "cache", false);

/* middleware = {pre: [{name: "m", required: true}], post: [...]} */
static const xs_schema_attr mw_entry_keys[] = {
    ATTR("name", XS_SCHEMA_REQUIRED, XS_SCHEMA_ANY),
    OPT("required"),
};
SHAPE(mw_entry, "middleware", false);

static const xs_schema_attr mw_keys[] = {
    SHAPED("pre", XS_SCHEMA_OBJECTS, mw_entry),
    SHAPED("post", XS_SCHEMA_OBJECTS, mw_entry),
};
/* An empty `middleware = {}` is an error too. */
static const xs_schema_shape mw = {"middleware", mw_keys, XS_COUNTOF(mw_keys), true, true};

/* view = {"name": {search: .., sort: {..}, id: ".."}} of tables */
static const xs_schema_attr view_keys[] = {
    ATTR("search", XS_SCHEMA_REQUIRED, XS_SCHEMA_ANY),
    OPT("sort"),
    OPT("id"),
};
SHAPE(view, "view", false);

/* An agent's llm: keys common to every provider, then per provider. */
#define LLM_COMMON                                                                                 \
    ATTR("type", XS_SCHEMA_REQUIRED, XS_SCHEMA_ANY), OPT("system_prompt"), OPT("max_steps"),       \
        OPT("prompt"), OPT("messages"), OPT("temperature"), OPT("headers"), OPT("api_key"),        \
        OPT("baseURL")

static const xs_schema_attr llm_free_keys[] = {
    LLM_COMMON,
    OPT("search_grounding"),
    OPT("safety_settings"),
    OPT("dynamic_retrival"),
    OPT("dynamic_retrieval"),
    OPT("model"),
};
SHAPE(llm_free, "llm", true);

static const xs_schema_attr llm_openai_keys[] = {
    LLM_COMMON,
    OPT("model"),
    ATTR("reasoning_effort", XS_SCHEMA_REQUIRED, XS_SCHEMA_ANY),
    OPT("organization"),
    OPT("project"),
    OPT("compatibility"),
};
SHAPE(llm_openai, "llm", true);

static const xs_schema_attr llm_anthropic_keys[] = {
    LLM_COMMON,
    OPT("model"),
    OPT("reasoning"),
    OPT("thinking_tokens"),
};
SHAPE(llm_anthropic, "llm", true);

static const xs_schema_attr llm_google_keys[] = {
    LLM_COMMON,
    OPT("model"),
    OPT("reasoning"),
    OPT("thinking_tokens"),
    OPT("include_thoughts"),
    OPT("search_grounding"),
    OPT("safety_settings"),
    OPT("dynamic_retrival"),
    OPT("dynamic_retrieval"),
};
SHAPE(llm_google, "llm", true);

const char *const xs_schema_llm_types[] = {"anthropic", "google-genai", "openai", "xano-free",
                                           NULL};

const xs_schema_shape *xs_schema_llm_shape(xs_str type)
{
    if (xs_str_eq_cstr(type, "anthropic"))
        return &llm_anthropic;
    if (xs_str_eq_cstr(type, "google-genai"))
        return &llm_google;
    if (xs_str_eq_cstr(type, "openai"))
        return &llm_openai;
    if (xs_str_eq_cstr(type, "xano-free"))
        return &llm_free;
    return NULL;
}

const char *const xs_schema_id_types[] = {"int", "uuid", NULL};

const char *const xs_schema_field_types[] = {
    "int",
    "timestamp",
    "text",
    "uuid",
    "vector",
    "date",
    "bool",
    "decimal",
    "email",
    "password",
    "json",
    "image",
    "video",
    "audio",
    "attachment",
    "file",
    "enum",
    "object",
    "dblink",
    "geo_point",
    "geo_multipoint",
    "geo_linestring",
    "geo_multilinestring",
    "geo_polygon",
    "geo_multipolygon",
    NULL,
};

const char *const xs_schema_query_verbs[] = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", NULL};

/* ---- object kinds ---- */

static const char *const exception_policies[] = {"silent", "rethrow", "critical", NULL};
static const char *const response_strategies[] = {"merge", "replace", NULL};

/* Clauses every runnable kind (function, query, tool...) shares, but stack. */
#define RUNNABLE                                                                                   \
    BLOCK("input"), OPT("response"), TYPED("description", XS_SCHEMA_TEXT),                         \
        TYPED("docs", XS_SCHEMA_TEXT), TYPED("tags", XS_SCHEMA_TEXTS),                             \
        TYPED("history", XS_SCHEMA_HISTORY)

static const xs_schema_attr function_clauses[] = {
    MUST_BLOCK("stack", "a stack clause"),      RUNNABLE, SHAPED("cache", XS_SCHEMA_OBJECT, cache),
    SHAPED("middleware", XS_SCHEMA_OBJECT, mw), TESTS,
};

static const xs_schema_attr query_clauses[] = {
    BLOCK("stack"),
    RUNNABLE,
    OPT("auth"),
    SHAPED("cache", XS_SCHEMA_OBJECT, cache),
    SHAPED("middleware", XS_SCHEMA_OBJECT, mw),
    TESTS,
};

static const xs_schema_attr task_clauses[] = {
    MUST_BLOCK("stack", "a stack clause"),
    BLOCK("schedule"),
    BLOCK("input"),
    TYPED("active", XS_SCHEMA_BOOL),
    TYPED("datasource", XS_SCHEMA_TEXT),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("docs", XS_SCHEMA_TEXT),
    TYPED("tags", XS_SCHEMA_TEXTS),
    TYPED("history", XS_SCHEMA_HISTORY),
    SHAPED("middleware", XS_SCHEMA_OBJECT, mw),
};

static const xs_schema_attr table_clauses[] = {
    TYPED("auth", XS_SCHEMA_BOOL),
    BLOCK("schema"),
    OPT("index"),
    SHAPED("view", XS_SCHEMA_MAP, view),
    OPT("security"),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("docs", XS_SCHEMA_TEXT),
    TYPED("tags", XS_SCHEMA_TEXTS),
};

static const xs_schema_attr api_group_clauses[] = {
    {"canonical", XS_SCHEMA_REQUIRED | XS_SCHEMA_AT_KEY, XS_SCHEMA_NAME, NULL, NULL,
     "a canonical field"},
    TYPED("active", XS_SCHEMA_BOOL),
    OPT("cors"),
    OPT("swagger"),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("docs", XS_SCHEMA_TEXT),
    TYPED("tags", XS_SCHEMA_TEXTS),
    TYPED("history", XS_SCHEMA_HISTORY),
};

static const xs_schema_attr middleware_clauses[] = {
    BLOCK("stack"),
    RUNNABLE,
    ONE_OF("exception_policy", exception_policies),
    ONE_OF("response_strategy", response_strategies),
};

static const xs_schema_attr workflow_test_clauses[] = {
    BLOCK("stack"),
    OPT("datasource"),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("docs", XS_SCHEMA_TEXT),
    TYPED("tags", XS_SCHEMA_TEXTS),
};

static const xs_schema_attr addon_clauses[] = {
    BLOCK("input"),
    BLOCK("stack"),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("docs", XS_SCHEMA_TEXT),
    TYPED("tags", XS_SCHEMA_TEXTS),
};

static const xs_schema_attr agent_clauses[] = {
    TYPED("canonical", XS_SCHEMA_NAME),
    OPT("llm"),
    SHAPED("tools", XS_SCHEMA_OBJECTS, tools),
    BLOCK("output"),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("docs", XS_SCHEMA_TEXT),
    TYPED("tags", XS_SCHEMA_TEXTS),
    TYPED("history", XS_SCHEMA_HISTORY),
};

static const xs_schema_attr tool_clauses[] = {
    BLOCK("stack"),
    RUNNABLE,
    TYPED("instructions", XS_SCHEMA_TEXT),
};

/* Xano's grammar spells out each `name = value` of an MCP server, so it
 * reports a bad value at the clause's name. */
static const xs_schema_attr mcp_server_clauses[] = {
    ATTR("active", XS_SCHEMA_AT_KEY, XS_SCHEMA_BOOL),
    {"canonical", XS_SCHEMA_REQUIRED | XS_SCHEMA_AT_KEY, XS_SCHEMA_NAME, NULL, NULL,
     "canonical clause"},
    ATTR("description", XS_SCHEMA_AT_KEY, XS_SCHEMA_TEXT),
    ATTR("docs", XS_SCHEMA_AT_KEY, XS_SCHEMA_TEXT),
    ATTR("history", XS_SCHEMA_AT_KEY, XS_SCHEMA_HISTORY),
    ATTR("instructions", XS_SCHEMA_AT_KEY, XS_SCHEMA_TEXT),
    ATTR("tags", XS_SCHEMA_AT_KEY, XS_SCHEMA_TEXTS),
    SHAPED("tools", XS_SCHEMA_OBJECTS, tools),
};

/* The trigger kinds list their clauses in this order in Xano's messages. */
static const xs_schema_attr agent_trigger_clauses[] = {
    SHAPED("actions", XS_SCHEMA_OBJECT, conn_actions),
    TYPED("active", XS_SCHEMA_BOOL),
    MUST("agent", XS_SCHEMA_NAME, "agent clause"),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("docs", XS_SCHEMA_TEXT),
    TYPED("history", XS_SCHEMA_HISTORY),
    MUST_BLOCK("input", "an input clause"),
    MUST("response", XS_SCHEMA_ANY, "a response clause"),
    MUST_BLOCK("stack", "a stack clause"),
    TYPED("tags", XS_SCHEMA_TEXTS),
};

static const xs_schema_attr mcp_server_trigger_clauses[] = {
    SHAPED("actions", XS_SCHEMA_OBJECT, conn_actions),
    TYPED("active", XS_SCHEMA_BOOL),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("history", XS_SCHEMA_HISTORY),
    MUST_BLOCK("input", "an input clause"),
    MUST("mcp_server", XS_SCHEMA_NAME, "mcp_server clause"),
    MUST("response", XS_SCHEMA_ANY, "a response clause"),
    MUST_BLOCK("stack", "a stack clause"),
    TYPED("tags", XS_SCHEMA_TEXTS),
};

static const xs_schema_attr realtime_trigger_clauses[] = {
    SHAPED("actions", XS_SCHEMA_OBJECT, rt_actions),
    TYPED("active", XS_SCHEMA_BOOL),
    MUST("channel", XS_SCHEMA_NAME, "channel clause"),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("history", XS_SCHEMA_HISTORY),
    MUST_BLOCK("input", "an input clause"),
    MUST("response", XS_SCHEMA_ANY, "a response clause"),
    MUST_BLOCK("stack", "a stack clause"),
    TYPED("tags", XS_SCHEMA_TEXTS),
};

static const xs_schema_attr table_trigger_clauses[] = {
    SHAPED("actions", XS_SCHEMA_OBJECT, table_actions),
    TYPED("active", XS_SCHEMA_BOOL),
    TYPED("datasources", XS_SCHEMA_TEXTS),
    MUST("table", XS_SCHEMA_NAME, "table clause"),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("history", XS_SCHEMA_HISTORY),
    MUST_BLOCK("input", "an input clause"),
    MUST_BLOCK("stack", "a stack clause"),
    TYPED("tags", XS_SCHEMA_TEXTS),
};

static const xs_schema_attr workspace_trigger_clauses[] = {
    SHAPED("actions", XS_SCHEMA_OBJECT, ws_actions),
    TYPED("active", XS_SCHEMA_BOOL),
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("history", XS_SCHEMA_HISTORY),
    MUST_BLOCK("input", "an input clause"),
    MUST_BLOCK("stack", "a stack clause"),
    TYPED("tags", XS_SCHEMA_TEXTS),
};

static const xs_schema_attr workspace_clauses[] = {
    OPT("acceptance"),
    TYPED("description", XS_SCHEMA_TEXT),
    OPT("preferences"),
    OPT("realtime"),
};

static const xs_schema_attr branch_clauses[] = {
    TYPED("description", XS_SCHEMA_TEXT),
    OPT("color"),
    OPT("middleware"),
};

static const xs_schema_attr realtime_channel_clauses[] = {
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("active", XS_SCHEMA_BOOL),
};

#define OBJECT(kind, strict_)                                                                      \
    {                                                                                              \
#kind, kind##_clauses, XS_COUNTOF(kind##_clauses), (strict_)                               \
    }

static const xs_schema_object objects[] = {
    OBJECT(function, true),
    OBJECT(query, true),
    OBJECT(task, true),
    OBJECT(table, true),
    OBJECT(api_group, true),
    OBJECT(middleware, true),
    OBJECT(workflow_test, true),
    OBJECT(addon, true),
    OBJECT(agent, true),
    OBJECT(tool, true),
    OBJECT(mcp_server, true),
    OBJECT(agent_trigger, true),
    OBJECT(mcp_server_trigger, true),
    OBJECT(realtime_trigger, true),
    OBJECT(table_trigger, true),
    OBJECT(workspace_trigger, true),
    OBJECT(workspace, true),
    OBJECT(branch, true),
    OBJECT(realtime_channel, false),
};

/* ---- fields of input, schema and output blocks ---- */

static const xs_schema_attr field_attrs[] = {
    TYPED("description", XS_SCHEMA_TEXT),
    TYPED("sensitive", XS_SCHEMA_BOOL),
    ATTR("table", XS_SCHEMA_AT_KEY, XS_SCHEMA_TEXT),
    TYPED("values", XS_SCHEMA_TEXTS),
    OPT("override"),
};

const xs_schema_attr *xs_schema_field_attrs(size_t *n)
{
    *n = XS_COUNTOF(field_attrs);
    return field_attrs;
}

/* ---- statements ---- */

/* Statement tables are named after the statement with dots as underscores. */
#define ATTRS(name) static const xs_schema_attr name##_a[]
#define OBJ(n) ATTR(n, 0, XS_SCHEMA_OBJECT)
#define REQ_OBJ(n) ATTR(n, XS_SCHEMA_REQUIRED, XS_SCHEMA_OBJECT)

ATTRS(common) = {COMMON};

/* db */
ATTRS(db_add) = {COMMON, REQ_OBJ("data"), OPT("addon"), OPT("output")};
ATTRS(db_edit) = {COMMON,          REQ("field_name"), REQ("field_value"),
                  REQ_OBJ("data"), OPT("addon"),      OPT("output")};
ATTRS(db_patch) = {COMMON,      REQ("field_name"), REQ("field_value"),
                   REQ("data"), OPT("addon"),      OPT("output")};
ATTRS(db_get) = {COMMON,       REQ("field_name"), REQ("field_value"),
                 OPT("addon"), OPT("output"),     OPT("lock")};
ATTRS(db_del) = {COMMON, REQ("field_name"), REQ("field_value")};
ATTRS(db_query) = {COMMON,       OPT("where"), OPT("additional_where"), OPT("join"),
                   OPT("sort"),  OPT("eval"),  OPT("return"),           OPT("output"),
                   OPT("addon"), OBJ("mock"),  OPT("override_sort"),    OPT("lock")};
ATTRS(db_direct_query) = {COMMON, REQ("sql"), REQ("response_type"), REPEAT("arg")};
ATTRS(db_ext_query) = {COMMON, REQ("code"), REQ("connection_string"), REQ("response_type"),
                       REPEAT("arg")};
ATTRS(value_only) = {COMMON, REQ("value")};

/* redis: Xano rejects any other attribute */
ATTRS(redis_key) = {COMMON, REQ("key")};
ATTRS(redis_keys) = {COMMON, REQ("search")};
ATTRS(redis_set) = {COMMON, REQ("key"), REQ("data"), REQ("ttl")};
ATTRS(redis_incr) = {COMMON, REQ("key"), REQ("by"), OPT("package_key")};
ATTRS(redis_push) = {COMMON, REQ("key"), REQ("value"), REQ("package_key")};
ATTRS(redis_unshift) = {COMMON, REQ("key"), REQ("value"), OPT("package_key")};
ATTRS(redis_range) = {COMMON, REQ("key"), REQ("start"), REQ("stop")};
ATTRS(redis_ratelimit) = {COMMON, REQ("key"), REQ("max"), REQ("ttl"), REQ("error")};
ATTRS(redis_remove) = {COMMON, REQ("key"), REQ("value"), REQ("count")};

/* storage: Xano rejects any other attribute */
ATTRS(st_attachment) = {COMMON, REQ("value"), REQ("access"), REQ("filename")};
ATTRS(st_file_resource) = {COMMON, REQ("filename"), REQ("filedata")};
ATTRS(st_delete_file) = {COMMON, REQ("pathname")};
ATTRS(st_sign_url) = {COMMON, REQ("pathname"), REQ("ttl")};

/* stream: Xano rejects any other attribute */
ATTRS(stream_csv) = {COMMON, REQ("value"), REQ("separator"), REQ("enclosure"), REQ("escape_char")};
ATTRS(stream_request) = {COMMON,
                         OPT("url"),
                         OPT("method"),
                         OPT("params"),
                         OPT("headers"),
                         OPT("timeout"),
                         OPT("follow_location"),
                         OPT("verify_host"),
                         OPT("verify_peer"),
                         OPT("ca_certificate"),
                         OPT("certificate"),
                         OPT("certificate_pass"),
                         OPT("private_key"),
                         OPT("private_key_pass")};

/* api, function, ai */
ATTRS(api_request) = {COMMON, REQ("url"), REQ("method")};
ATTRS(api_lambda) = {COMMON, REQ("code"), OPT("timeout")};
ATTRS(api_realtime_event) = {COMMON, REQ("channel"), REQ("data"), REQ("auth_table"),
                             REQ("auth_id")};
ATTRS(function_run) = {COMMON, OBJ("input")};
ATTRS(mcp_details) = {COMMON, REQ("url"), REQ("bearer_token"), REQ("connection_type")};
ATTRS(mcp_tool_run) = {COMMON,      REQ("url"), REQ("bearer_token"), REQ("connection_type"),
                       REQ("tool"), REQ("args")};

/* util */
ATTRS(util_geo) = {COMMON, REQ("latitude_1"), REQ("longitude_1"), REQ("latitude_2"),
                   REQ("longitude_2")};
ATTRS(util_get_input) = {COMMON, REQ("encoding")};

/* zip */
ATTRS(zip_add) = {COMMON, REQ("file"), REQ("zip")};
ATTRS(zip_create) = {COMMON, REQ("filename")};
ATTRS(zip_delete) = {COMMON, REQ("filename"), REQ("zip")};
ATTRS(zip_zip) = {COMMON, REQ("zip")};

/* control and language statements */
ATTRS(throw) = {COMMON, REQ("name"), REQ("value")};
ATTRS(await) = {COMMON, REQ("ids"), OPT("timeout")};
ATTRS(expect_within) = {COMMON, REQ("min"), REQ("max")};

#define STMT(name, attrs, flags)                                                                   \
    {                                                                                              \
        (name), attrs##_a, XS_COUNTOF(attrs##_a), (flags)                                          \
    }
#define STRICT XS_SCHEMA_STMT_STRICT
#define LISTED XS_SCHEMA_STMT_LISTED
#define NO_AS XS_SCHEMA_STMT_NO_AS
#define NEEDS_AS XS_SCHEMA_STMT_NEEDS_AS
#define BODY XS_SCHEMA_STMT_NEEDS_BODY
#define STACK XS_SCHEMA_STMT_NEEDS_STACK
#define VAR_ARG XS_SCHEMA_STMT_VAR_ARG
#define NAME_ARG XS_SCHEMA_STMT_NAME_ARG
#define EXPECT XS_SCHEMA_STMT_EXPECT
#define NO_ARG XS_SCHEMA_STMT_NO_ARG

static const xs_schema_stmt stmts[] = {
    STMT("db.query", db_query, STRICT),
    STMT("db.add", db_add, STRICT),
    STMT("db.edit", db_edit, STRICT),
    STMT("db.patch", db_patch, STRICT),
    STMT("db.add_or_edit", db_edit, STRICT),
    STMT("db.get", db_get, STRICT),
    STMT("db.has", db_del, STRICT),
    STMT("db.del", db_del, STRICT | NO_AS),
    STMT("db.direct_query", db_direct_query, 0),
    STMT("db.external.postgres.direct_query", db_ext_query, 0),
    STMT("db.external.mysql.direct_query", db_ext_query, 0),
    STMT("db.external.mssql.direct_query", db_ext_query, 0),
    STMT("db.external.oracle.direct_query", db_ext_query, 0),
    STMT("db.set_datasource", value_only, NO_AS),
    STMT("db.transaction", common, NO_AS | STACK),

    STMT("redis.count", redis_key, STRICT),
    STMT("redis.del", redis_key, STRICT | NO_AS),
    STMT("redis.get", redis_key, STRICT),
    STMT("redis.has", redis_key, STRICT),
    STMT("redis.pop", redis_key, STRICT),
    STMT("redis.shift", redis_key, STRICT),
    STMT("redis.keys", redis_keys, STRICT),
    STMT("redis.set", redis_set, STRICT | NO_AS),
    STMT("redis.incr", redis_incr, STRICT),
    STMT("redis.decr", redis_incr, STRICT),
    STMT("redis.push", redis_push, STRICT),
    STMT("redis.unshift", redis_unshift, STRICT),
    STMT("redis.range", redis_range, STRICT),
    STMT("redis.ratelimit", redis_ratelimit, STRICT),
    STMT("redis.remove", redis_remove, STRICT | NO_AS),

    STMT("storage.create_attachment", st_attachment, STRICT),
    STMT("storage.create_image", st_attachment, STRICT),
    STMT("storage.create_file_resource", st_file_resource, STRICT),
    STMT("storage.delete_file", st_delete_file, STRICT | NO_AS),
    STMT("storage.read_file_resource", value_only, STRICT),
    STMT("storage.sign_private_url", st_sign_url, STRICT),

    STMT("stream.from_csv", stream_csv, STRICT),
    STMT("stream.from_jsonl", value_only, STRICT),
    STMT("stream.from_request", stream_request, STRICT),

    STMT("api.request", api_request, 0),
    STMT("api.lambda", api_lambda, 0),
    STMT("api.realtime_event", api_realtime_event, NO_AS),
    STMT("api.stream", value_only, NO_AS),

    STMT("function.run", function_run, 0),
    STMT("ai.agent.run", common, NAME_ARG),
    STMT("ai.external.mcp.server_details", mcp_details, LISTED),
    STMT("ai.external.mcp.tool.list", mcp_details, LISTED),
    STMT("ai.external.mcp.tool.run", mcp_tool_run, LISTED),

    STMT("cloud.algolia.request", common, BODY),
    STMT("cloud.aws.opensearch.request", common, BODY),
    STMT("cloud.aws.opensearch.document", common, BODY),
    STMT("cloud.aws.opensearch.query", common, BODY),
    STMT("cloud.elasticsearch.request", common, BODY),
    STMT("cloud.elasticsearch.document", common, BODY),
    STMT("cloud.elasticsearch.query", common, BODY),

    STMT("debug.log", value_only, NO_AS),
    STMT("debug.stop", value_only, NO_AS),

    STMT("object.entries", value_only, 0),
    STMT("object.keys", value_only, 0),
    STMT("object.values", value_only, 0),

    STMT("math.add", value_only, NO_AS | VAR_ARG),
    STMT("math.sub", value_only, NO_AS | VAR_ARG),
    STMT("math.mul", value_only, NO_AS | VAR_ARG),
    STMT("math.div", value_only, NO_AS | VAR_ARG),
    STMT("math.mod", value_only, NO_AS | VAR_ARG),
    STMT("math.bitwise.and", value_only, NO_AS | VAR_ARG),
    STMT("math.bitwise.or", value_only, NO_AS | VAR_ARG),
    STMT("math.bitwise.xor", value_only, NO_AS | VAR_ARG),

    STMT("array.push", value_only, NO_AS | VAR_ARG),
    STMT("array.unshift", value_only, NO_AS | VAR_ARG),
    STMT("array.merge", value_only, NO_AS | VAR_ARG),
    STMT("array.pop", common, STRICT | NEEDS_AS | VAR_ARG),
    STMT("array.shift", common, STRICT | NEEDS_AS | VAR_ARG),

    STMT("text.append", value_only, NO_AS),
    STMT("text.prepend", value_only, NO_AS),
    STMT("text.trim", value_only, NO_AS),
    STMT("text.ltrim", value_only, NO_AS),
    STMT("text.rtrim", value_only, NO_AS),
    STMT("text.contains", value_only, 0),
    STMT("text.icontains", value_only, 0),
    STMT("text.starts_with", value_only, 0),
    STMT("text.istarts_with", value_only, 0),
    STMT("text.ends_with", value_only, 0),
    STMT("text.iends_with", value_only, 0),

    STMT("util.geo_distance", util_geo, 0),
    STMT("util.get_input", util_get_input, 0),
    STMT("util.sleep", value_only, NO_AS),
    STMT("util.template_engine", value_only, 0),
    STMT("util.ip_lookup", value_only, 0),
    STMT("util.set_header", common, NO_AS),
    STMT("util.post_process", common, NO_AS | STACK),

    STMT("zip.add_to_archive", zip_add, NO_AS),
    STMT("zip.create_archive", zip_create, 0),
    STMT("zip.delete_from_archive", zip_delete, NO_AS),
    STMT("zip.extract", zip_zip, 0),
    STMT("zip.view_contents", zip_zip, 0),

    STMT("var", value_only, LISTED | NO_AS),
    STMT("var.update", value_only, NO_AS),
    STMT("return", value_only, NO_AS),
    STMT("throw", throw, NO_AS),
    STMT("await", await, 0),

    STMT("expect.to_equal", value_only, NO_AS | EXPECT),
    STMT("expect.to_not_equal", value_only, NO_AS | EXPECT),
    STMT("expect.to_be_greater_than", value_only, NO_AS | EXPECT),
    STMT("expect.to_be_less_than", value_only, NO_AS | EXPECT),
    STMT("expect.to_contain", value_only, NO_AS | EXPECT),
    STMT("expect.to_start_with", value_only, NO_AS | EXPECT),
    STMT("expect.to_end_with", value_only, NO_AS | EXPECT),
    STMT("expect.to_match", value_only, NO_AS | EXPECT),
    STMT("expect.to_be_within", expect_within, NO_AS | EXPECT),
    STMT("expect.to_be_true", common, NO_AS | EXPECT),
    STMT("expect.to_be_false", common, NO_AS | EXPECT),
    STMT("expect.to_be_null", common, NO_AS | EXPECT),
    STMT("expect.to_not_be_null", common, NO_AS | EXPECT),
    STMT("expect.to_be_defined", common, NO_AS | EXPECT),
    STMT("expect.to_not_be_defined", common, NO_AS | EXPECT),
    STMT("expect.to_be_empty", common, NO_AS | EXPECT),
    STMT("expect.to_be_in_the_future", common, NO_AS | EXPECT),
    STMT("expect.to_be_in_the_past", common, NO_AS | EXPECT),
    STMT("expect.to_throw", common, NO_AS | NO_ARG),
};

/* Written without a namespace; any other bare word is not a statement. */
const char *const xs_schema_bare_stmts[] = {
    "var",       "conditional", "foreach", "for",   "while",        "switch",
    "try_catch", "group",       "return",  "throw", "precondition", "break",
    "continue",  "await",       "remove",  "debug", NULL,
};

/* ---- lookups ---- */

const xs_schema_object *xs_schema_object_find(xs_str kind)
{
    for (size_t i = 0; i < XS_COUNTOF(objects); i++)
        if (xs_str_eq_cstr(kind, objects[i].kind))
            return &objects[i];
    return NULL;
}

const xs_schema_stmt *xs_schema_stmt_find(xs_str name)
{
    for (size_t i = 0; i < XS_COUNTOF(stmts); i++)
        if (xs_str_eq_cstr(name, stmts[i].name))
            return &stmts[i];
    return NULL;
}

const xs_schema_attr *xs_schema_attr_find(const xs_schema_attr *attrs, size_t n, xs_str name)
{
    for (size_t i = 0; i < n; i++)
        if (xs_str_eq_cstr(name, attrs[i].name))
            return &attrs[i];
    return NULL;
}

const xs_schema_object *xs_schema_objects(size_t *n)
{
    *n = XS_COUNTOF(objects);
    return objects;
}

const xs_schema_stmt *xs_schema_stmts(size_t *n)
{
    *n = XS_COUNTOF(stmts);
    return stmts;
}
