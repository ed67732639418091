/*
 * store_int.h - inside the store layer: the backend vtable and the parts of
 * a connection every backend shares. A backend's connection struct starts
 * with an xs_store (so a pointer to one is a pointer to the other).
 */
#ifndef XS_STORE_STORE_INT_H
#define XS_STORE_STORE_INT_H

#include "base/buf.h"
#include "store/store.h"

typedef struct xs_store_ops {
    const char *name;
    /* One statement with `?` placeholders (backends translate). */
    xs_status (*exec)(xs_store *s, const char *sql, const xs_value *params, size_t n,
                      xs_store_rows *out, xs_diag *d);
    /* Several statements, no parameters. */
    xs_status (*exec_script)(xs_store *s, const char *sql, xs_diag *d);
    /* Closes the connection and frees the struct. */
    void (*close)(xs_store *s);
} xs_store_ops;

struct xs_store {
    const xs_store_ops *ops;
    xs_store_kind kind;
    int tx_depth;
    const xs_store_catalog *catalog;
};

xs_status xs_store_sqlite_open(const char *path, xs_store **out, xs_diag *d);
xs_status xs_store_pg_open(const char *conninfo, xs_store **out, xs_diag *d);
void xs_store_sqlite_release_memory(xs_store *s);

/* PostgreSQL notifications (store_pg.c). */
xs_status xs_store_pg_listen(xs_store *s, const char *channel, xs_diag *d);
bool xs_store_pg_wait_notify(xs_store *s, int timeout_ms);

/* Adds a store error: "<what>: <database message>". Returns XS_E_STORE. */
xs_status xs_store_fail(xs_diag *d, const char *what, const char *msg);

/* The PostgreSQL form of sql: `?` outside quotes and comments become $1..$n.
 * Appended to out; *nparams gets the count. */
void xs_store_sql_to_pg(const char *sql, xs_buf *out, size_t *nparams);

#endif
