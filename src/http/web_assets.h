/*
 * web_assets.h - the dashboard's files (web/), embedded at build time:
 * tools/embed.c turns each file into a C array in a generated source that
 * is linked into the library. Read-only data, safe from any thread.
 */
#ifndef XS_HTTP_WEB_ASSETS_H
#define XS_HTTP_WEB_ASSETS_H

#include <stddef.h>

typedef struct xs_web_asset {
    const char *name;          /* the file's name in web/: "index.html" */
    const unsigned char *data; /* its bytes (not NUL-terminated) */
    size_t len;
    const char *etag; /* a quoted digest of the bytes: "\"9f86d081884c7d65\"" */
} xs_web_asset;

/* The files, sorted by name. */
extern const xs_web_asset xs_web_assets[];
extern const size_t xs_web_assets_count;

#endif
