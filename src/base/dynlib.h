/*
 * dynlib.h - a shared library loaded the first time it is needed.
 *
 * The HTTP server (libmicrohttpd), the HTTP client (libcurl), the
 * PostgreSQL client (libpq) and the XML parser (libxml2) are loaded with
 * dlopen on first use rather than linked: loading them, and what they load
 * (GnuTLS, Kerberos, LDAP, ICU, libstdc++), costs every process several
 * MiB of resident memory and start-up relocations, and most processes use
 * none of them. Their headers still give every function its type.
 *
 * A user lists the functions it calls in an X-macro and calls them
 * through a struct of pointers:
 *
 *   #define CURL_FUNCS(X) X(curl_easy_init) X(curl_easy_perform)
 *   static struct { CURL_FUNCS(XS_DYN_FIELD) } curl;
 *   #define CURL_SYM(f) {#f, &curl.f},
 *   static const xs_dynsym curl_syms[] = {CURL_FUNCS(CURL_SYM)};
 *   static xs_dynlib curl_lib = XS_DYNLIB("libcurl.so.4", "libcurl4", curl_syms);
 *
 *   if (!xs_dynlib_load(&curl_lib)) ... xs_dynlib_error(&curl_lib) ...
 *   CURL *h = curl.curl_easy_init();
 */
#ifndef XS_BASE_DYNLIB_H
#define XS_BASE_DYNLIB_H

#include <stdbool.h>
#include <stddef.h>

typedef struct {
    const char *name;
    void *slot; /* the address of a function pointer (or, for a variable, a
                   pointer to it) that receives the symbol's address */
} xs_dynsym;

typedef struct {
    const char *soname;  /* e.g. "libcurl.so.4" */
    const char *package; /* the Debian package that provides it, for errors */
    const xs_dynsym *syms;
    size_t nsyms;
    int state; /* 0 not tried, 1 loaded, -1 failed (error says why) */
    char error[256];
} xs_dynlib;

#define XS_DYN_FIELD(f) __typeof__(f) *f;
#define XS_DYNLIB(soname, package, syms)                                                 \
    {(soname), (package), (syms), sizeof(syms) / sizeof((syms)[0]), 0, {0}}

/* Loads l and resolves its symbols once, thread-safe; false when the
 * library or one of its symbols is missing (xs_dynlib_error says which). */
bool xs_dynlib_load(xs_dynlib *l);

/* Why l could not be loaded: "libcurl.so.4 (Debian package libcurl4):
 * cannot open shared object file ...". */
const char *xs_dynlib_error(const xs_dynlib *l);

#endif
