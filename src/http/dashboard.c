/*
 * dashboard.c - the dashboard under /_xsflow/ (app_int.h): the files of
 * web/, embedded at build time (web_assets.h) and served as they are.
 * They hold no data: the page reads the admin API under /_xsflow/api with
 * the token the user types in, so serving the files needs no token.
 */
#include "http/app_int.h"

#include <string.h>
#include <strings.h>

#include "http/web_assets.h"

/* The dashboard's own prefix (app.c mounts it). */
#define PREFIX "/_xsflow"

/* The Content-Type of a file, by its extension. */
static const struct {
    const char *ext;
    const char *type;
} types[] = {
    {".html", "text/html; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".ico", "image/x-icon"},
    {".json", "application/json; charset=utf-8"},
    {".txt", "text/plain; charset=utf-8"},
};

static const char *type_of(const char *name)
{
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < XS_COUNTOF(types); i++)
        if (strcasecmp(dot, types[i].ext) == 0)
            return types[i].type;
    return "application/octet-stream";
}

static const xs_web_asset *find_asset(const char *name)
{
    for (size_t i = 0; i < xs_web_assets_count; i++)
        if (strcmp(xs_web_assets[i].name, name) == 0)
            return &xs_web_assets[i];
    return NULL;
}

/* The page loads only its own files and talks only to its own origin; it
 * may not be framed (clickjacking of Retry and Cancel). */
static const char csp[] = "default-src 'self'; script-src 'self'; style-src 'self'; "
                          "img-src 'self' data:; connect-src 'self'; object-src 'none'; "
                          "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

static void add_common_headers(xs_http_resp *out)
{
    xs_http_resp_header(out, "Cache-Control", "no-cache");
    xs_http_resp_header(out, "X-Content-Type-Options", "nosniff");
    xs_http_resp_header(out, "Content-Security-Policy", csp);
    xs_http_resp_header(out, "X-Frame-Options", "DENY");
    xs_http_resp_header(out, "Referrer-Policy", "no-referrer");
}

/* Whether an If-None-Match header names etag (a list, or "*"). */
static bool etag_matches(const char *inm, const char *etag)
{
    if (!inm)
        return false;
    if (strcmp(inm, "*") == 0)
        return true;
    return strstr(inm, etag) != NULL;
}

void xs_app_dashboard(void *arg, const xs_http_req *rq, xs_http_resp *out)
{
    (void)arg;
    bool head = strcmp(rq->method, "HEAD") == 0;
    if (!head && strcmp(rq->method, "GET") != 0) {
        xs_http_resp_error(out, 405, "ERROR_CODE_METHOD_NOT_ALLOWED",
                           "The dashboard's files accept GET and HEAD only.");
        xs_http_resp_header(out, "Allow", "GET, HEAD");
        return;
    }
    /* The files name each other relatively: the page must be under the
     * folder's URL. */
    if (strcmp(rq->path, PREFIX) == 0) {
        out->status = 301;
        out->content_type = "text/plain; charset=utf-8";
        xs_buf_adds(&out->body, "Moved to " PREFIX "/\n");
        xs_http_resp_header(out, "Location", PREFIX "/");
        return;
    }
    const char *name = rq->path + strlen(PREFIX "/");
    if (!*name)
        name = "index.html";
    const xs_web_asset *f = find_asset(name);
    if (!f) {
        xs_http_resp_error(out, 404, "ERROR_CODE_NOT_FOUND", "The dashboard has no such file.");
        return;
    }
    add_common_headers(out);
    xs_http_resp_header(out, "ETag", f->etag);
    out->content_type = type_of(f->name);
    if (etag_matches(xs_http_req_header(rq, "If-None-Match"), f->etag)) {
        out->status = 304;
        return;
    }
    out->status = 200;
    xs_buf_add(&out->body, f->data, f->len);
}
