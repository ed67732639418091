/* stmts_cloud.c - the statements that call a third-party cloud service
 * (object stores, search engines, AI agents and MCP servers): xsflow makes
 * no call to a service it cannot run itself, so each is listed, for the
 * support matrix to name it and what it needs, and raises an error naming
 * the statement. A workspace that needs one calls the service's REST API
 * with api.request. */
#include "lib/lib_int.h"

#define CLOUD(name, what) {name, XS_BUILTIN_UNAVAILABLE, xs_lib_unavailable, "needs " what},
#define S3 "Amazon S3 (an AWS account and the internet)"
#define AZURE "Azure Blob Storage (an Azure account and the internet)"
#define GCS "Google Cloud Storage (a Google Cloud account and the internet)"
#define OPENSEARCH "an Amazon OpenSearch domain"
#define ELASTIC "an Elasticsearch cluster"
#define MCP "an MCP server, reached over the internet"

static const xs_stmt_def stmts[] = {
    CLOUD("ai.agent.run", "Xano's AI agents and a model provider")
    CLOUD("ai.external.mcp.server_details", MCP)
    CLOUD("ai.external.mcp.tool.list", MCP)
    CLOUD("ai.external.mcp.tool.run", MCP)
    CLOUD("cloud.algolia.request", "an Algolia application")
    CLOUD("cloud.aws.opensearch.document", OPENSEARCH)
    CLOUD("cloud.aws.opensearch.query", OPENSEARCH)
    CLOUD("cloud.aws.opensearch.request", OPENSEARCH)
    CLOUD("cloud.aws.s3.delete_file", S3)
    CLOUD("cloud.aws.s3.get_file_info", S3)
    CLOUD("cloud.aws.s3.list_directory", S3)
    CLOUD("cloud.aws.s3.read_file", S3)
    CLOUD("cloud.aws.s3.sign_url", S3)
    CLOUD("cloud.aws.s3.upload_file", S3)
    CLOUD("cloud.azure.storage.delete_file", AZURE)
    CLOUD("cloud.azure.storage.get_file_info", AZURE)
    CLOUD("cloud.azure.storage.list_directory", AZURE)
    CLOUD("cloud.azure.storage.read_file", AZURE)
    CLOUD("cloud.azure.storage.sign_url", AZURE)
    CLOUD("cloud.elasticsearch.document", ELASTIC)
    CLOUD("cloud.elasticsearch.query", ELASTIC)
    CLOUD("cloud.elasticsearch.request", ELASTIC)
    CLOUD("cloud.google.storage.delete_file", GCS)
    CLOUD("cloud.google.storage.get_file_info", GCS)
    CLOUD("cloud.google.storage.list_directory", GCS)
    CLOUD("cloud.google.storage.read_file", GCS)
    CLOUD("cloud.google.storage.sign_url", GCS)
    CLOUD("cloud.google.storage.upload_file", GCS)
};

const xs_builtin_family xs_lib_cloud = {"cloud service statements", NULL, 0, stmts,
                                        XS_COUNTOF(stmts)};
