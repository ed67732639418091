/*
 * store.c - what every backend shares: opening by URL, the raw-SQL calls,
 * nested transactions, and SQL text helpers.
 */
#include "store/store.h"

#include "base/alloc.h"
#include "base/buf.h"
#include "store/store_int.h"

xs_status xs_store_open(const char *url, const xs_store_catalog *catalog, xs_store **out,
                        xs_diag *d)
{
    *out = NULL;
    if (!url || !*url)
        return xs_diag_error(d, XS_E_USAGE, NULL, 0, 0, "no database given");
    xs_status rc;
    if (strncmp(url, "postgres://", 11) == 0 || strncmp(url, "postgresql://", 13) == 0)
        rc = xs_store_pg_open(url, out, d);
    else if (strncmp(url, "sqlite:", 7) == 0)
        rc = xs_store_sqlite_open(url + 7, out, d);
    else
        rc = xs_store_sqlite_open(url, out, d);
    if (rc == XS_OK)
        (*out)->catalog = catalog;
    return rc;
}

void xs_store_free(xs_store *s)
{
    if (!s)
        return;
    while (s->tx_depth > 0)
        xs_store_rollback(s);
    s->ops->close(s);
}

xs_store_kind xs_store_kind_of(const xs_store *s)
{
    return s->kind;
}

const char *xs_store_kind_name(const xs_store *s)
{
    return s->ops->name;
}

const xs_store_catalog *xs_store_catalog_of(const xs_store *s)
{
    return s->catalog;
}

void xs_store_set_catalog(xs_store *s, const xs_store_catalog *catalog)
{
    s->catalog = catalog;
}

void xs_store_rows_init(xs_store_rows *r)
{
    r->cols = xs_null();
    r->rows = xs_null();
    r->changes = 0;
}

void xs_store_rows_release(xs_store_rows *r)
{
    xs_clear(&r->cols);
    xs_clear(&r->rows);
    r->changes = 0;
}

xs_status xs_store_exec(xs_store *s, const char *sql, const xs_value *params, size_t n,
                        xs_store_rows *out, xs_diag *d)
{
    return s->ops->exec(s, sql, params, n, out, d);
}

xs_status xs_store_exec_script(xs_store *s, const char *sql, xs_diag *d)
{
    return s->ops->exec_script(s, sql, d);
}

xs_status xs_store_fail(xs_diag *d, const char *what, const char *msg)
{
    size_t n = msg ? strlen(msg) : 0;
    while (n > 0 && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        n--;
    return xs_diag_error(d, XS_E_STORE, NULL, 0, 0, "%s: %.*s", what, (int)n, msg ? msg : "");
}

/* ---- notifications ---- */

xs_status xs_store_listen(xs_store *s, const char *channel, xs_diag *d)
{
    return s->kind == XS_STORE_PG ? xs_store_pg_listen(s, channel, d) : XS_OK;
}

bool xs_store_wait_notify(xs_store *s, int timeout_ms)
{
    return s->kind == XS_STORE_PG ? xs_store_pg_wait_notify(s, timeout_ms) : false;
}

void xs_store_release_memory(xs_store *s)
{
    if (s && s->kind == XS_STORE_SQLITE)
        xs_store_sqlite_release_memory(s);
}

/* ---- transactions ---- */

xs_status xs_store_begin(xs_store *s, xs_diag *d)
{
    char sql[64];
    if (s->tx_depth == 0)
        snprintf(sql, sizeof sql, "%s", s->kind == XS_STORE_SQLITE ? "BEGIN IMMEDIATE" : "BEGIN");
    else
        snprintf(sql, sizeof sql, "SAVEPOINT xs_sp%d", s->tx_depth);
    xs_status rc = s->ops->exec(s, sql, NULL, 0, NULL, d);
    if (rc == XS_OK)
        s->tx_depth++;
    return rc;
}

xs_status xs_store_commit(xs_store *s, xs_diag *d)
{
    if (s->tx_depth <= 0)
        return xs_diag_error(d, XS_E_USAGE, NULL, 0, 0, "commit without a transaction");
    char sql[64];
    if (s->tx_depth == 1)
        snprintf(sql, sizeof sql, "COMMIT");
    else
        snprintf(sql, sizeof sql, "RELEASE SAVEPOINT xs_sp%d", s->tx_depth - 1);
    xs_status rc = s->ops->exec(s, sql, NULL, 0, NULL, d);
    if (rc != XS_OK) {
        xs_store_rollback(s);
        return rc;
    }
    s->tx_depth--;
    return XS_OK;
}

void xs_store_rollback(xs_store *s)
{
    if (s->tx_depth <= 0)
        return;
    char sql[96];
    if (s->tx_depth == 1)
        snprintf(sql, sizeof sql, "ROLLBACK");
    else
        snprintf(sql, sizeof sql, "ROLLBACK TO SAVEPOINT xs_sp%d", s->tx_depth - 1);
    xs_diag tmp;
    xs_diag_init(&tmp);
    s->ops->exec(s, sql, NULL, 0, NULL, &tmp);
    if (s->tx_depth > 1) {
        snprintf(sql, sizeof sql, "RELEASE SAVEPOINT xs_sp%d", s->tx_depth - 1);
        s->ops->exec(s, sql, NULL, 0, NULL, &tmp);
    }
    xs_diag_release(&tmp);
    s->tx_depth--;
}

int xs_store_tx_depth(const xs_store *s)
{
    return s->tx_depth;
}

/* ---- SQL text ---- */

void xs_store_quote_ident(xs_buf *out, const char *name)
{
    xs_buf_addc(out, '"');
    for (const char *p = name; *p;) {
        const char *q = strchr(p, '"');
        size_t n = q ? (size_t)(q - p) + 1 : strlen(p);
        xs_buf_add(out, p, n);
        if (q)
            xs_buf_addc(out, '"'); /* doubled */
        p += n;
    }
    xs_buf_addc(out, '"');
}

void xs_store_sql_to_pg(const char *sql, xs_buf *out, size_t *nparams)
{
    size_t n = 0;
    for (const char *p = sql; *p; p++) {
        char c = *p;
        if (c == '\'' || c == '"') {
            /* a quoted literal or identifier, doubled quotes inside */
            xs_buf_addc(out, c);
            for (p++; *p; p++) {
                xs_buf_addc(out, *p);
                if (*p == c) {
                    if (p[1] == c) {
                        xs_buf_addc(out, *++p);
                        continue;
                    }
                    break;
                }
            }
            if (!*p)
                break;
            continue;
        }
        if (c == '-' && p[1] == '-') {
            while (*p && *p != '\n')
                xs_buf_addc(out, *p++);
            if (!*p)
                break;
            xs_buf_addc(out, '\n');
            continue;
        }
        if (c == '?') {
            if (p[1] >= '0' && p[1] <= '9') {
                /* ?NNN: an explicit position */
                size_t k = 0;
                while (p[1] >= '0' && p[1] <= '9')
                    k = k * 10 + (size_t)(*++p - '0');
                xs_buf_addf(out, "$%zu", k);
                if (k > n)
                    n = k;
                continue;
            }
            xs_buf_addf(out, "$%zu", ++n);
            continue;
        }
        xs_buf_addc(out, c);
    }
    *nparams = n;
}
