/*
 * status.h - the result codes of every action in xsflow.
 *
 * The code says what kind of failure happened; the words, with a position,
 * go in the xs_diag handed down by the caller (see diag.h).
 */
#ifndef XS_BASE_STATUS_H
#define XS_BASE_STATUS_H

typedef enum xs_status {
    XS_OK = 0,
    XS_E_USAGE,    /* a caller passed arguments that make no sense */
    XS_E_IO,       /* a file or socket could not be read or written */
    XS_E_PARSE,    /* source text or JSON is malformed */
    XS_E_CHECK,    /* source parsed but breaks a rule of the language */
    XS_E_LIMIT,    /* a size, depth, time or count ceiling was reached */
    XS_E_TYPE,     /* a value has the wrong type for the operation */
    XS_E_NOTFOUND, /* a named thing (function, table, row, file) is missing */
    XS_E_RUNTIME,  /* a XanoScript error was raised and not caught */
    XS_E_STORE,    /* the database refused or failed */
    XS_E_HTTP,     /* an HTTP exchange failed */
    XS_E_INTERNAL, /* an invariant of our own broke; a bug */
} xs_status;

/* Returns a short lowercase name for a status ("parse", "limit"...). */
const char *xs_status_name(xs_status st);

#endif
