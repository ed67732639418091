/*
 * cmd_doc.c - `xsflow doc language`: the support matrix of XanoScript's
 * filters and statements as Markdown (docs/language.md is its output, and a
 * test fails when the two differ). The status of each name comes from the
 * registry tables (src/lib) and the statements the interpreter runs itself;
 * the list of names is the one Xano documents. `xsflow help filters` and
 * `xsflow help statements` print the same tables as plain text.
 */
#include "base/alloc.h"
#include "cli/commands.h"
#include "interp/interp.h"
#include "lang/schema.h"
#include "lib/lib.h"

/* Filter names Xano documents (filter reference, language server). */
static const char *const documented_filters[] = {
    "abs",
    "acos",
    "acosh",
    "add",
    "add_secs_to_timestamp",
    "addslashes",
    "append",
    "array_max",
    "array_min",
    "asin",
    "asinh",
    "atan",
    "atanh",
    "avg",
    "base64_decode",
    "base64_decode_urlsafe",
    "base64_encode",
    "base64_encode_urlsafe",
    "base_convert",
    "between",
    "bin2hex",
    "bindec",
    "bitwise_and",
    "bitwise_not",
    "bitwise_or",
    "bitwise_xor",
    "capitalize",
    "ceil",
    "concat",
    "contains",
    "convert_encoding",
    "cos",
    "cosine_distance",
    "cosine_similarity",
    "count",
    "covers",
    "create_object",
    "create_object_from_entries",
    "create_uid",
    "decbin",
    "dechex",
    "decoct",
    "decrypt",
    "deg2rad",
    "detect_encoding",
    "diff",
    "diff_assoc",
    "distance",
    "div",
    "divide",
    "encrypt",
    "ends_with",
    "entries",
    "equals",
    "even",
    "exp",
    "fill",
    "filter_empty",
    "filter_empty_array",
    "filter_empty_object",
    "filter_empty_text",
    "filter_null",
    "find",
    "findIndex",
    "first",
    "first_notempty",
    "first_notnull",
    "flatten",
    "floor",
    "format_timestamp",
    "from_utf8",
    "get",
    "greater_than",
    "greater_than_or_equal",
    "hex2bin",
    "hexdec",
    "hmac_md5",
    "hmac_sha1",
    "hmac_sha256",
    "hmac_sha384",
    "hmac_sha512",
    "icontains",
    "iends_with",
    "iindex",
    "in",
    "index",
    "index_by",
    "inner_product",
    "intersect",
    "intersect_assoc",
    "is_array",
    "is_bool",
    "is_decimal",
    "is_empty",
    "is_int",
    "is_null",
    "is_object",
    "is_text",
    "istarts_with",
    "join",
    "json_decode",
    "json_encode",
    "jwe_decode",
    "jwe_encode",
    "jws_decode",
    "jws_encode",
    "keys",
    "l1_distance_manhattan",
    "l2_distance_euclidean",
    "last",
    "length",
    "less_than",
    "less_than_or_equal",
    "list_encodings",
    "ln",
    "log",
    "log10",
    "ltrim",
    "map",
    "md5",
    "merge",
    "merge_recursive",
    "min",
    "modulus",
    "mul",
    "multiply",
    "negative_inner_product",
    "not",
    "not_equals",
    "octdec",
    "odd",
    "parse_timestamp",
    "pop",
    "pow",
    "prepend",
    "product",
    "push",
    "querystring_parse",
    "rad2deg",
    "range",
    "reduce",
    "regex_get_all_matches",
    "regex_get_first_match",
    "regex_matches",
    "regex_quote",
    "regex_replace",
    "remove",
    "replace",
    "reverse",
    "round",
    "rtrim",
    "safe_array",
    "search_rank",
    "secureid_decode",
    "secureid_encode",
    "set",
    "set_ifnotnull",
    "sha1",
    "sha256",
    "sha384",
    "sha512",
    "shift",
    "shuffle",
    "sin",
    "slice",
    "sort",
    "split",
    "sprintf",
    "sqrt",
    "starts_with",
    "strip_html",
    "strlen",
    "sub",
    "substr",
    "subtract",
    "sum",
    "tan",
    "timestamp_add_days",
    "timestamp_add_hours",
    "timestamp_add_minutes",
    "timestamp_add_months",
    "timestamp_add_seconds",
    "timestamp_add_years",
    "timestamp_day_of_month",
    "timestamp_day_of_week",
    "timestamp_day_of_year",
    "timestamp_epoch_day",
    "timestamp_epoch_hour",
    "timestamp_epoch_minute",
    "timestamp_epoch_sec",
    "timestamp_hour",
    "timestamp_minute",
    "timestamp_month",
    "timestamp_subtract_days",
    "timestamp_subtract_hours",
    "timestamp_subtract_minutes",
    "timestamp_subtract_months",
    "timestamp_subtract_seconds",
    "timestamp_subtract_years",
    "timestamp_week",
    "timestamp_year",
    "to_bool",
    "to_days",
    "to_decimal",
    "to_expr",
    "to_hours",
    "to_int",
    "to_lower",
    "to_minutes",
    "to_ms",
    "to_seconds",
    "to_text",
    "to_timestamp",
    "to_upper",
    "to_utf8",
    "transform_timestamp",
    "trim",
    "unaccent",
    "unique",
    "unshift",
    "url_addarg",
    "url_decode",
    "url_decode_rfc3986",
    "url_delarg",
    "url_encode",
    "url_encode_rfc3986",
    "url_getarg",
    "url_hasarg",
    "url_parse",
    "uuid",
    "values",
    "within",
    "xml_decode",
    "yaml_decode",
    "yaml_encode",
    "add_ms_to_timestamp",
    "escape",
    "every",
    "filter",
    "lower",
    "some",
    "transform",
    "upper",
};

/* Statement names Xano documents, beside those of lang/schema.c. */
static const char *const documented_stmts[] = {
    "ai.agent.run",
    "ai.external.mcp.server_details",
    "ai.external.mcp.tool.list",
    "ai.external.mcp.tool.run",
    "api.call",
    "api.lambda",
    "api.realtime_event",
    "api.request",
    "api.stream",
    "array.every",
    "array.filter",
    "array.filter_count",
    "array.find",
    "array.find_index",
    "array.has",
    "array.merge",
    "array.pop",
    "array.push",
    "array.shift",
    "array.unshift",
    "await",
    "break",
    "cloud.algolia.request",
    "cloud.aws.opensearch.document",
    "cloud.aws.opensearch.query",
    "cloud.aws.opensearch.request",
    "cloud.aws.s3.delete_file",
    "cloud.aws.s3.get_file_info",
    "cloud.aws.s3.list_directory",
    "cloud.aws.s3.read_file",
    "cloud.aws.s3.sign_url",
    "cloud.aws.s3.upload_file",
    "cloud.azure.storage.delete_file",
    "cloud.azure.storage.get_file_info",
    "cloud.azure.storage.list_directory",
    "cloud.azure.storage.read_file",
    "cloud.azure.storage.sign_url",
    "cloud.elasticsearch.document",
    "cloud.elasticsearch.query",
    "cloud.elasticsearch.request",
    "cloud.google.storage.delete_file",
    "cloud.google.storage.get_file_info",
    "cloud.google.storage.list_directory",
    "cloud.google.storage.read_file",
    "cloud.google.storage.sign_url",
    "cloud.google.storage.upload_file",
    "conditional",
    "continue",
    "db.add",
    "db.add_or_edit",
    "db.del",
    "db.direct_query",
    "db.edit",
    "db.external.mssql.direct_query",
    "db.external.mysql.direct_query",
    "db.external.oracle.direct_query",
    "db.external.postgres.direct_query",
    "db.get",
    "db.has",
    "db.patch",
    "db.query",
    "db.schema",
    "db.set_datasource",
    "db.transaction",
    "db.truncate",
    "debug.log",
    "debug.stop",
    "expect.to_be_defined",
    "expect.to_be_empty",
    "expect.to_be_false",
    "expect.to_be_greater_than",
    "expect.to_be_in_the_future",
    "expect.to_be_in_the_past",
    "expect.to_be_less_than",
    "expect.to_be_null",
    "expect.to_be_true",
    "expect.to_be_within",
    "expect.to_contain",
    "expect.to_end_with",
    "expect.to_equal",
    "expect.to_match",
    "expect.to_not_be_defined",
    "expect.to_not_be_null",
    "expect.to_not_equal",
    "expect.to_start_with",
    "expect.to_throw",
    "for",
    "foreach",
    "foreach.remove",
    "function.call",
    "function.run",
    "group",
    "math.add",
    "math.bitwise.and",
    "math.bitwise.or",
    "math.bitwise.xor",
    "math.div",
    "math.mod",
    "math.mul",
    "math.sub",
    "object.entries",
    "object.keys",
    "object.values",
    "precondition",
    "redis.count",
    "redis.decr",
    "redis.del",
    "redis.get",
    "redis.has",
    "redis.incr",
    "redis.keys",
    "redis.pop",
    "redis.push",
    "redis.range",
    "redis.ratelimit",
    "redis.remove",
    "redis.set",
    "redis.shift",
    "redis.unshift",
    "return",
    "security.check_password",
    "security.create_auth_token",
    "security.create_curve_key",
    "security.create_password",
    "security.create_rsa_key",
    "security.create_secret_key",
    "security.create_uuid",
    "security.decrypt",
    "security.encrypt",
    "security.jwe_decode",
    "security.jwe_encode",
    "security.jws_decode",
    "security.jws_encode",
    "security.random_bytes",
    "security.random_number",
    "storage.create_attachment",
    "storage.create_file_resource",
    "storage.create_image",
    "storage.delete_file",
    "storage.read_file_resource",
    "storage.sign_private_url",
    "stream.from_csv",
    "stream.from_jsonl",
    "stream.from_request",
    "switch",
    "task.call",
    "text.append",
    "text.contains",
    "text.ends_with",
    "text.icontains",
    "text.iends_with",
    "text.istarts_with",
    "text.ltrim",
    "text.prepend",
    "text.rtrim",
    "text.starts_with",
    "text.trim",
    "throw",
    "try_catch",
    "util.geo_distance",
    "util.get_all_input",
    "util.get_env",
    "util.get_input",
    "util.get_vars",
    "util.ip_lookup",
    "util.post_process",
    "util.set_header",
    "util.sleep",
    "util.template_engine",
    "var",
    "var.update",
    "while",
    "zip.add_to_archive",
    "zip.create_archive",
    "zip.delete_from_archive",
    "zip.extract",
    "zip.view_contents",
};

typedef struct row {
    const char *name;
    const char *family; /* NULL when not registered */
    const char *status;
    const char *doc;
} row;

static int row_cmp(const void *a, const void *b)
{
    return strcmp(((const row *)a)->name, ((const row *)b)->name);
}

static const char *status_of(unsigned flags)
{
    if (flags & XS_BUILTIN_UNAVAILABLE)
        return "unavailable";
    if (flags & XS_BUILTIN_PARTIAL)
        return "partial";
    return "supported";
}

static bool has_row(const row *rows, size_t n, const char *name)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(rows[i].name, name) == 0)
            return true;
    return false;
}

/* Every filter: registered ones with their family, then documented names
 * that are not registered ("not yet"). Sorted by name. */
static row *filter_rows(size_t *n)
{
    const xs_builtins *b = xs_lib_builtins();
    size_t cap = XS_COUNTOF(documented_filters);
    for (size_t f = 0; f < b->nfamilies; f++)
        cap += b->families[f]->nfilters;
    row *rows = xs_calloc(cap, sizeof *rows);
    size_t k = 0;
    for (size_t f = 0; f < b->nfamilies; f++) {
        for (size_t i = 0; i < b->families[f]->nfilters; i++) {
            const xs_filter_def *d = &b->families[f]->filters[i];
            if (has_row(rows, k, d->name))
                continue;
            rows[k++] = (row){d->name, b->families[f]->name, status_of(d->flags), d->doc};
        }
    }
    for (size_t i = 0; i < XS_COUNTOF(documented_filters); i++)
        if (!has_row(rows, k, documented_filters[i]))
            rows[k++] = (row){documented_filters[i], NULL, "not yet", ""};
    qsort(rows, k, sizeof *rows, row_cmp);
    *n = k;
    return rows;
}

static row *stmt_rows(size_t *n)
{
    const xs_builtins *b = xs_lib_builtins();
    size_t nschema;
    const xs_schema_stmt *schema = xs_schema_stmts(&nschema);
    size_t ncore;
    const xs_core_stmt *core = xs_interp_core_stmts(&ncore);
    size_t cap = XS_COUNTOF(documented_stmts) + ncore + nschema;
    for (size_t f = 0; f < b->nfamilies; f++)
        cap += b->families[f]->nstmts;
    row *rows = xs_calloc(cap, sizeof *rows);
    size_t k = 0;
    for (size_t i = 0; i < ncore; i++)
        rows[k++] = (row){core[i].name, "language", "supported", core[i].doc};
    for (size_t f = 0; f < b->nfamilies; f++) {
        for (size_t i = 0; i < b->families[f]->nstmts; i++) {
            const xs_stmt_def *d = &b->families[f]->stmts[i];
            if (!has_row(rows, k, d->name))
                rows[k++] = (row){d->name, b->families[f]->name, status_of(d->flags), d->doc};
        }
    }
    for (size_t i = 0; i < nschema; i++)
        if (!has_row(rows, k, schema[i].name))
            rows[k++] = (row){schema[i].name, NULL, "not yet", ""};
    for (size_t i = 0; i < XS_COUNTOF(documented_stmts); i++)
        if (!has_row(rows, k, documented_stmts[i]))
            rows[k++] = (row){documented_stmts[i], NULL, "not yet", ""};
    qsort(rows, k, sizeof *rows, row_cmp);
    *n = k;
    return rows;
}

static void count(const row *rows, size_t n, size_t *sup, size_t *part, size_t *no)
{
    *sup = *part = *no = 0;
    for (size_t i = 0; i < n; i++) {
        if (strcmp(rows[i].status, "supported") == 0)
            (*sup)++;
        else if (strcmp(rows[i].status, "not yet") == 0)
            (*no)++;
        else
            (*part)++;
    }
}

/* A Markdown table cell: '|' escaped, no newlines. */
static void cell(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '|')
            fputs("\\|", out);
        else if (*s == '\n')
            fputc(' ', out);
        else
            fputc(*s, out);
    }
}

static void md_table(FILE *out, const row *rows, size_t n, const char *what)
{
    fprintf(out, "| %s | status | family | what it does |\n| --- | --- | --- | --- |\n", what);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "| `%s` | %s | %s | ", rows[i].name, rows[i].status,
                rows[i].family ? rows[i].family : "");
        cell(out, rows[i].doc);
        fputs(" |\n", out);
    }
}

static void language_md(FILE *out)
{
    size_t nf, ns, sup, part, no;
    row *fr = filter_rows(&nf);
    row *sr = stmt_rows(&ns);
    fputs("# XanoScript support\n\n"
          "<!-- Generated by `xsflow doc language > docs/language.md` from the registry\n"
          "     tables of src/lib and the interpreter; do not edit by hand. -->\n\n"
          "Every filter and statement Xano documents, and what xsflow does with it:\n"
          "**supported** runs as Xano documents it (choices where the docs are silent\n"
          "are in [language-decisions.md](language-decisions.md)); **partial** runs\n"
          "with the limits its line names; **unavailable** is accepted by `check` but\n"
          "needs a service this runtime does not have; **not yet** is parsed but\n"
          "raises a clear error when run.\n\n",
          out);
    count(fr, nf, &sup, &part, &no);
    fprintf(
        out,
        "## Filters\n\n%zu filters: %zu supported, %zu partial or unavailable, %zu not yet.\n\n",
        nf, sup, part, no);
    md_table(out, fr, nf, "filter");
    count(sr, ns, &sup, &part, &no);
    fprintf(out,
            "\n## Statements\n\n%zu statements: %zu supported, %zu partial or unavailable, %zu not "
            "yet.\n\n",
            ns, sup, part, no);
    md_table(out, sr, ns, "statement");
    xs_free(fr);
    xs_free(sr);
}

int xs_cli_doc_list(const char *what)
{
    bool filters = strcmp(what, "filters") == 0;
    size_t n;
    row *rows = filters ? filter_rows(&n) : stmt_rows(&n);
    for (size_t i = 0; i < n; i++)
        printf("%-28s %-11s %s\n", rows[i].name, rows[i].status, rows[i].doc);
    xs_free(rows);
    return XS_EXIT_OK;
}

int xs_cli_doc_one(const char *name)
{
    size_t nf, ns;
    row *fr = filter_rows(&nf);
    row *sr = stmt_rows(&ns);
    int rc = XS_EXIT_USAGE;
    for (size_t i = 0; i < nf + ns && rc != XS_EXIT_OK; i++) {
        const row *r = i < nf ? &fr[i] : &sr[i - nf];
        if (strcmp(r->name, name) == 0) {
            printf("%s %s (%s%s%s)\n%s\n", i < nf ? "filter" : "statement", r->name, r->status,
                   r->family ? ", " : "", r->family ? r->family : "", r->doc);
            rc = XS_EXIT_OK;
        }
    }
    xs_free(fr);
    xs_free(sr);
    return rc;
}

int xs_cmd_doc(int argc, char **argv)
{
    if (argc != 2 || strcmp(argv[1], "language") != 0) {
        fputs("usage: xsflow doc language\n", stderr);
        return XS_EXIT_USAGE;
    }
    language_md(stdout);
    return fflush(stdout) == 0 ? XS_EXIT_OK : XS_EXIT_FAIL;
}
