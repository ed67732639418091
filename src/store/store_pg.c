/*
 * store_pg.c - the PostgreSQL backend: one libpq connection, statements
 * prepared once per connection (named xs1, xs2...) and executed with text
 * parameters, results typed by column OID. libpq is loaded by the first
 * connection (base/dynlib.h).
 */
#include "store/store_int.h"

#include <libpq-fe.h>
#include <poll.h>

#include "base/alloc.h"
#include "base/dynlib.h"
#include "base/map.h"
#include "value/json.h"

#define PQ_FUNCS(X)                                                                                \
    X(PQclear) X(PQcmdTuples) X(PQconnectdb) X(PQconsumeInput) X(PQerrorMessage) X(PQexec)         \
    X(PQexecPrepared) X(PQfinish) X(PQfname) X(PQfreemem) X(PQftype) X(PQgetisnull)                \
    X(PQgetlength) X(PQgetvalue) X(PQnfields) X(PQnotifies) X(PQntuples) X(PQprepare)              \
    X(PQresultErrorMessage) X(PQresultStatus) X(PQsetNoticeProcessor) X(PQsocket) X(PQstatus)
static struct {
    PQ_FUNCS(XS_DYN_FIELD)
} pq;
#define PQ_SYM(f) {#f, &pq.f},
static const xs_dynsym pq_syms[] = {PQ_FUNCS(PQ_SYM)};
static xs_dynlib pq_lib = XS_DYNLIB("libpq.so.5", "libpq5", pq_syms);

enum { STMT_CACHE_MAX = 512 };

/* Type OIDs from pg_type.h (stable across versions). */
enum {
    OID_BOOL = 16,
    OID_INT8 = 20,
    OID_INT2 = 21,
    OID_INT4 = 23,
    OID_FLOAT4 = 700,
    OID_FLOAT8 = 701,
    OID_NUMERIC = 1700,
};

typedef struct pg_store {
    xs_store base;
    PGconn *conn;
    xs_map stmts; /* SQL text -> prepared name (heap string) */
    unsigned next_id;
} pg_store;

static void cache_clear(pg_store *q)
{
    size_t it = 0;
    xs_str key;
    void *val;
    while (xs_map_next(&q->stmts, &it, &key, &val))
        xs_free(val);
    xs_map_clear(&q->stmts);
}

static void pg_close(xs_store *s)
{
    pg_store *q = (pg_store *)s;
    cache_clear(q);
    xs_map_release(&q->stmts);
    pq.PQfinish(q->conn);
    xs_free(q);
}

static void quiet(void *arg, const char *msg)
{
    (void)arg;
    (void)msg;
}

static xs_status prepare(pg_store *q, const char *sql, const char **name, xs_diag *d)
{
    void *hit = NULL;
    if (xs_map_find(&q->stmts, xs_str_of(sql), &hit)) {
        *name = hit;
        return XS_OK;
    }
    if (xs_map_len(&q->stmts) >= STMT_CACHE_MAX) {
        PGresult *r = pq.PQexec(q->conn, "DEALLOCATE ALL");
        pq.PQclear(r);
        cache_clear(q);
    }
    xs_buf pgsql;
    xs_buf_init(&pgsql);
    size_t n = 0;
    xs_store_sql_to_pg(sql, &pgsql, &n);
    char nm[32];
    snprintf(nm, sizeof nm, "xs%u", ++q->next_id);
    PGresult *r = pq.PQprepare(q->conn, nm, xs_buf_cstr(&pgsql), (int)n, NULL);
    xs_buf_release(&pgsql);
    if (pq.PQresultStatus(r) != PGRES_COMMAND_OK) {
        xs_status rc = xs_store_fail(d, "cannot prepare statement", pq.PQresultErrorMessage(r));
        pq.PQclear(r);
        return rc;
    }
    pq.PQclear(r);
    char *keep = xs_strdup(nm);
    xs_map_set(&q->stmts, xs_str_of(sql), keep, NULL);
    *name = keep;
    return XS_OK;
}

/* The decimal digits of v at the end of d[24]; returns their count after
 * moving them to the front. (snprintf costs more than the query's other
 * client-side work together.) */
static size_t fmt_i64(int64_t v, char d[24])
{
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    char *p = d + 24;
    do {
        *--p = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (v < 0)
        *--p = '-';
    size_t n = (size_t)(d + 24 - p);
    memmove(d, p, n);
    return n;
}

/* An integer in PostgreSQL's output form (an optional '-', then digits);
 * anything else, or what would overflow, goes through strtoll. */
static int64_t parse_i64(const char *s, size_t len)
{
    size_t i = s[0] == '-';
    if (len == i || len - i > 18)
        return strtoll(s, NULL, 10);
    int64_t v = 0;
    for (; i < len; i++) {
        if (s[i] < '0' || s[i] > '9')
            return strtoll(s, NULL, 10);
        v = v * 10 + (s[i] - '0');
    }
    return s[0] == '-' ? -v : v;
}

/* The text form of one parameter into b (NUL-separated); false for text
 * holding a NUL byte, which PostgreSQL text cannot store. */
static bool param_text(xs_value v, xs_buf *b)
{
    switch (v.type) {
    case XS_BOOL:
        xs_buf_adds(b, v.u.b ? "true" : "false");
        break;
    case XS_INT: {
        char d[24];
        size_t n = fmt_i64(v.u.i, d);
        xs_buf_add(b, d, n);
        break;
    }
    case XS_DEC:
        if (v.u.d != v.u.d)
            xs_buf_adds(b, "NaN");
        else
            xs_buf_addf(b, "%.17g", v.u.d);
        break;
    case XS_TEXT:
        if (memchr(xs_text_ptr(v), '\0', xs_text_len(v)))
            return false;
        xs_buf_add(b, xs_text_ptr(v), xs_text_len(v));
        break;
    default:
        if (xs_json_encode(v, XS_JSON_COMPACT, b) != XS_OK)
            return false;
        break;
    }
    xs_buf_addc(b, '\0');
    return true;
}

static xs_value cell(const PGresult *r, int row, int col)
{
    if (pq.PQgetisnull(r, row, col))
        return xs_null();
    const char *s = pq.PQgetvalue(r, row, col);
    size_t len = (size_t)pq.PQgetlength(r, row, col);
    switch (pq.PQftype(r, col)) {
    case OID_BOOL:
        return xs_bool(s[0] == 't');
    case OID_INT2:
    case OID_INT4:
    case OID_INT8:
        return xs_int(parse_i64(s, len));
    case OID_FLOAT4:
    case OID_FLOAT8:
    case OID_NUMERIC:
        return xs_dec(strtod(s, NULL));
    default:
        return xs_text_new(s, len);
    }
}

static xs_status pg_exec(xs_store *s, const char *sql, const xs_value *params, size_t n,
                         xs_store_rows *out, xs_diag *d)
{
    pg_store *q = (pg_store *)s;
    const char *name = NULL;
    xs_status rc = prepare(q, sql, &name, d);
    if (rc != XS_OK)
        return rc;
    xs_buf b;
    xs_buf_init(&b);
    size_t *offs = xs_calloc(n ? n : 1, sizeof *offs);
    bool *isnull = xs_calloc(n ? n : 1, sizeof *isnull);
    const char **vals = xs_calloc(n ? n : 1, sizeof *vals);
    PGresult *r = NULL;
    for (size_t i = 0; i < n; i++) {
        offs[i] = b.len;
        isnull[i] = params[i].type == XS_NULL;
        if (!isnull[i] && !param_text(params[i], &b)) {
            rc = xs_diag_error(d, XS_E_TYPE, NULL, 0, 0,
                               "argument %zu cannot be stored on PostgreSQL: text with a NUL byte",
                               i + 1);
            goto out;
        }
    }
    for (size_t i = 0; i < n; i++)
        vals[i] = isnull[i] ? NULL : b.ptr + offs[i];
    r = pq.PQexecPrepared(q->conn, name, (int)n, vals, NULL, NULL, 0);
    ExecStatusType st = pq.PQresultStatus(r);
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK) {
        rc = xs_store_fail(d, "statement failed", pq.PQresultErrorMessage(r));
        goto out;
    }
    if (out) {
        xs_store_rows_release(out);
        int nf = pq.PQnfields(r), nt = pq.PQntuples(r);
        out->cols = xs_array_new((size_t)nf);
        for (int i = 0; i < nf; i++)
            xs_array_push(&out->cols, xs_text_cstr(pq.PQfname(r, i)));
        out->rows = xs_array_new((size_t)nt);
        for (int t = 0; t < nt; t++) {
            xs_value row = xs_array_new((size_t)nf);
            for (int i = 0; i < nf; i++)
                xs_array_push(&row, cell(r, t, i));
            xs_array_push(&out->rows, row);
        }
        const char *ct = pq.PQcmdTuples(r);
        out->changes = ct && *ct ? strtoll(ct, NULL, 10) : 0;
    }
out:
    pq.PQclear(r);
    xs_free(vals);
    xs_free(isnull);
    xs_free(offs);
    xs_buf_release(&b);
    return rc;
}

static xs_status pg_exec_script(xs_store *s, const char *sql, xs_diag *d)
{
    pg_store *q = (pg_store *)s;
    PGresult *r = pq.PQexec(q->conn, sql);
    ExecStatusType st = pq.PQresultStatus(r);
    xs_status rc = XS_OK;
    if (st != PGRES_COMMAND_OK && st != PGRES_TUPLES_OK && st != PGRES_EMPTY_QUERY)
        rc = xs_store_fail(d, "statement failed", pq.PQresultErrorMessage(r));
    pq.PQclear(r);
    return rc;
}

/* ---- notifications ---- */

xs_status xs_store_pg_listen(xs_store *s, const char *channel, xs_diag *d)
{
    pg_store *q = (pg_store *)s;
    xs_buf sql;
    xs_buf_init(&sql);
    xs_buf_adds(&sql, "LISTEN ");
    xs_store_quote_ident(&sql, channel);
    xs_status rc = pg_exec_script(s, xs_buf_cstr(&sql), d);
    xs_buf_release(&sql);
    (void)q;
    return rc;
}

static bool drain_notifies(PGconn *c)
{
    bool got = false;
    PGnotify *n;
    while ((n = pq.PQnotifies(c)) != NULL) {
        got = true;
        pq.PQfreemem(n);
    }
    return got;
}

bool xs_store_pg_wait_notify(xs_store *s, int timeout_ms)
{
    pg_store *q = (pg_store *)s;
    pq.PQconsumeInput(q->conn);
    if (drain_notifies(q->conn))
        return true;
    int fd = pq.PQsocket(q->conn);
    if (fd < 0)
        return false;
    struct pollfd pfd = {fd, POLLIN, 0};
    if (poll(&pfd, 1, timeout_ms) <= 0)
        return false;
    pq.PQconsumeInput(q->conn);
    return drain_notifies(q->conn);
}

static const xs_store_ops pg_ops = {
    .name = "postgres",
    .exec = pg_exec,
    .exec_script = pg_exec_script,
    .close = pg_close,
};

xs_status xs_store_pg_open(const char *conninfo, xs_store **out, xs_diag *d)
{
    *out = NULL;
    if (!xs_dynlib_load(&pq_lib))
        return xs_store_fail(d, "no PostgreSQL client", xs_dynlib_error(&pq_lib));
    PGconn *c = pq.PQconnectdb(conninfo);
    if (!c || pq.PQstatus(c) != CONNECTION_OK) {
        xs_status rc = xs_store_fail(d, "cannot connect to PostgreSQL",
                                     c ? pq.PQerrorMessage(c) : "out of memory");
        pq.PQfinish(c);
        return rc;
    }
    pq.PQsetNoticeProcessor(c, quiet, NULL);
    PGresult *r = pq.PQexec(c, "SET client_encoding = 'UTF8'; SET TIME ZONE 'UTC'");
    pq.PQclear(r);
    pg_store *q = xs_calloc(1, sizeof *q);
    q->base.ops = &pg_ops;
    q->base.kind = XS_STORE_PG;
    q->conn = c;
    xs_map_init(&q->stmts);
    *out = &q->base;
    return XS_OK;
}
