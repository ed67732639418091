/*
 * routes.h - the HTTP endpoints of a workspace: every `query NAME verb=V`
 * object becomes `V /api/{group}/{NAME}`.
 *
 * A query's group is, in this order: its `api_group = "name"` attribute;
 * the name of the `api_group` object defined in the same folder; the
 * folder below an `api/` or `apis/` directory (`apis/billing/x.xs` is in
 * group "billing"). A query with no group is served at `/api/{NAME}`.
 * Segments of NAME written `{field}` are path parameters: they match one
 * path segment and give its (decoded) value to input field `field`.
 *
 * A route table is built once and read-only after: any number of threads
 * may match against it. It owns the parsed files its queries come from.
 */
#ifndef XS_HTTP_ROUTES_H
#define XS_HTTP_ROUTES_H

#include "base/buf.h"
#include "base/common.h"
#include "base/diag.h"
#include "lang/ast.h"
#include "value/value.h"

typedef struct xs_http_routes xs_http_routes;

typedef struct xs_http_route {
    const xs_ast_object *query;
    char *verb;  /* "GET", "POST"... upper case */
    char *path;  /* "/api/billing/invoice/{id}" as served */
    char *file;  /* the file it came from */
    char *auth;  /* `auth = "user"`: the table whose auth tokens it takes; NULL: public */
    char **segs; /* path split on '/', after the leading one */
    size_t nsegs;
    size_t nparams;
} xs_http_route;

/* Parses every .xs file under dir and collects its queries. Files that do
 * not parse are skipped with their errors in d (the workspace loader
 * reports the same errors). Two queries with the same verb and path are an
 * error naming both files. *out is ours (xs_http_routes_free) even on
 * failure. */
xs_status xs_http_routes_load(const char *dir, xs_http_routes **out, xs_diag *d);
void xs_http_routes_free(xs_http_routes *r);

size_t xs_http_routes_count(const xs_http_routes *r);
const xs_http_route *xs_http_routes_at(const xs_http_routes *r, size_t i);

typedef enum xs_http_match {
    XS_HTTP_MATCH_OK,
    XS_HTTP_MATCH_NO_PATH,   /* 404 */
    XS_HTTP_MATCH_NO_METHOD, /* 405: the path exists for other verbs */
} xs_http_match;

/*
 * Finds the route for method and path (decoded, without the query string).
 * Routes with fewer path parameters win over routes with more. On OK,
 * *route is set and the path parameters are added to *params (an object)
 * as texts. On NO_METHOD, allow (when not NULL) gets the verbs that would
 * match, comma separated.
 */
xs_http_match xs_http_routes_match(const xs_http_routes *r, const char *method, const char *path,
                                   const xs_http_route **route, xs_value *params, xs_buf *allow);

#endif
