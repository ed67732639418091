/*
 * store_sqlite.c - the SQLite backend: one sqlite3 connection, WAL journal,
 * a busy timeout so that concurrent writers wait instead of failing, and a
 * cache of prepared statements keyed by SQL text. WAL checkpoints run in
 * a background thread (sqlite_ckpt.c).
 */
#include "store/store_int.h"

#include <sqlite3.h>
#include <time.h>

#include "base/alloc.h"
#include "base/map.h"
#include "store/sqlite_busy.h"
#include "store/sqlite_ckpt.h"
#include "store/sqlite_walbuf.h"
#include "value/json.h"

enum {
    BUSY_TIMEOUT_MS = 30000,
    STMT_CACHE_MAX = 512, /* past this, the cache is emptied and refilled */
};

typedef struct sq_store {
    xs_store base;
    sqlite3 *db;
    xs_map stmts; /* SQL text -> sqlite3_stmt * */
    xs_sqlite_ckpt *ckpt;
    xs_sqlite_busy busy;
} sq_store;

void xs_store_sqlite_release_memory(xs_store *s)
{
    sqlite3_db_release_memory(((sq_store *)s)->db);
}

static void cache_clear(sq_store *q)
{
    size_t it = 0;
    xs_str key;
    void *val;
    while (xs_map_next(&q->stmts, &it, &key, &val))
        sqlite3_finalize(val);
    xs_map_clear(&q->stmts);
}

static void sq_close(xs_store *s)
{
    sq_store *q = (sq_store *)s;
    cache_clear(q);
    xs_map_release(&q->stmts);
    xs_sqlite_ckpt_detach(q->ckpt, q->db);
    sqlite3_close_v2(q->db);
    xs_free(q);
}

static xs_status bind_one(sqlite3_stmt *st, int i, xs_value v)
{
    int rc = SQLITE_OK;
    switch (v.type) {
    case XS_NULL:
        rc = sqlite3_bind_null(st, i);
        break;
    case XS_BOOL:
        rc = sqlite3_bind_int64(st, i, v.u.b ? 1 : 0);
        break;
    case XS_INT:
        rc = sqlite3_bind_int64(st, i, v.u.i);
        break;
    case XS_DEC:
        rc = sqlite3_bind_double(st, i, v.u.d);
        break;
    case XS_TEXT:
        /* not copied: the caller's value outlives the statement's use of
         * it (sq_exec clears the bindings before it returns) */
        rc = sqlite3_bind_text64(st, i, xs_text_ptr(v), xs_text_len(v), SQLITE_STATIC,
                                 SQLITE_UTF8);
        break;
    default: {
        xs_buf b;
        xs_buf_init(&b);
        if (xs_json_encode(v, XS_JSON_COMPACT, &b) != XS_OK) {
            xs_buf_release(&b);
            return XS_E_LIMIT;
        }
        rc = sqlite3_bind_text64(st, i, xs_buf_cstr(&b), b.len, SQLITE_TRANSIENT, SQLITE_UTF8);
        xs_buf_release(&b);
        break;
    }
    }
    return rc == SQLITE_OK ? XS_OK : XS_E_STORE;
}

static xs_value column_value(sqlite3_stmt *st, int i)
{
    switch (sqlite3_column_type(st, i)) {
    case SQLITE_INTEGER:
        return xs_int(sqlite3_column_int64(st, i));
    case SQLITE_FLOAT:
        return xs_dec(sqlite3_column_double(st, i));
    case SQLITE_NULL:
        return xs_null();
    case SQLITE_BLOB: {
        const void *p = sqlite3_column_blob(st, i);
        return xs_text_new(p ? p : "", (size_t)sqlite3_column_bytes(st, i));
    }
    default: {
        const unsigned char *p = sqlite3_column_text(st, i);
        return xs_text_new(p ? (const char *)p : "", (size_t)sqlite3_column_bytes(st, i));
    }
    }
}

static xs_status prepare(sq_store *q, const char *sql, sqlite3_stmt **out, xs_diag *d)
{
    xs_str key = xs_str_of(sql);
    void *hit = NULL;
    if (xs_map_find(&q->stmts, key, &hit)) {
        *out = hit;
        return XS_OK;
    }
    sqlite3_stmt *st = NULL;
    const char *tail = NULL;
    int rc = sqlite3_prepare_v3(q->db, sql, -1, SQLITE_PREPARE_PERSISTENT, &st, &tail);
    if (rc != SQLITE_OK)
        return xs_store_fail(d, "cannot prepare statement", sqlite3_errmsg(q->db));
    if (!st)
        return xs_diag_error(d, XS_E_USAGE, NULL, 0, 0, "empty SQL statement");
    while (tail &&
           (*tail == ' ' || *tail == '\n' || *tail == '\t' || *tail == '\r' || *tail == ';'))
        tail++;
    if (tail && *tail) {
        sqlite3_finalize(st);
        return xs_diag_error(d, XS_E_USAGE, NULL, 0, 0,
                             "one SQL statement expected, more text follows: '%.40s'", tail);
    }
    if (xs_map_len(&q->stmts) >= STMT_CACHE_MAX)
        cache_clear(q);
    xs_map_set(&q->stmts, key, st, NULL);
    *out = st;
    return XS_OK;
}

static xs_status sq_exec(xs_store *s, const char *sql, const xs_value *params, size_t n,
                         xs_store_rows *out, xs_diag *d)
{
    sq_store *q = (sq_store *)s;
    sqlite3_stmt *st = NULL;
    xs_status rc = prepare(q, sql, &st, d);
    if (rc != XS_OK)
        return rc;
    int want = sqlite3_bind_parameter_count(st);
    if ((size_t)want != n) {
        rc = xs_diag_error(d, XS_E_USAGE, NULL, 0, 0,
                           "SQL statement expects %d arguments, %zu given", want, n);
        goto out_reset;
    }
    for (size_t i = 0; i < n; i++) {
        rc = bind_one(st, (int)i + 1, params[i]);
        if (rc != XS_OK) {
            rc = xs_store_fail(d, "cannot bind argument", sqlite3_errmsg(q->db));
            goto out_reset;
        }
    }
    int ncols = sqlite3_column_count(st);
    if (out) {
        xs_store_rows_release(out);
        out->cols = xs_array_new((size_t)ncols);
        for (int i = 0; i < ncols; i++)
            xs_array_push(&out->cols, xs_text_cstr(sqlite3_column_name(st, i)));
        out->rows = xs_array_new(0);
    }
    for (;;) {
        int step = sqlite3_step(st);
        if (step == SQLITE_DONE)
            break;
        if (step != SQLITE_ROW) {
            rc = xs_store_fail(d, "statement failed", sqlite3_errmsg(q->db));
            goto out_reset;
        }
        if (!out)
            continue;
        xs_value row = xs_array_new((size_t)ncols);
        for (int i = 0; i < ncols; i++)
            xs_array_push(&row, column_value(st, i));
        xs_array_push(&out->rows, row);
    }
    if (out)
        out->changes = sqlite3_changes64(q->db);
out_reset:
    sqlite3_reset(st);
    sqlite3_clear_bindings(st);
    return rc;
}

static xs_status sq_exec_script(xs_store *s, const char *sql, xs_diag *d)
{
    sq_store *q = (sq_store *)s;
    char *err = NULL;
    if (sqlite3_exec(q->db, sql, NULL, NULL, &err) != SQLITE_OK) {
        xs_status rc = xs_store_fail(d, "statement failed", err ? err : sqlite3_errmsg(q->db));
        sqlite3_free(err);
        return rc;
    }
    /* DDL may have changed what cached statements refer to. */
    cache_clear(q);
    return XS_OK;
}

static const xs_store_ops sqlite_ops = {
    .name = "sqlite",
    .exec = sq_exec,
    .exec_script = sq_exec_script,
    .close = sq_close,
};

xs_status xs_store_sqlite_open(const char *path, xs_store **out, xs_diag *d)
{
    *out = NULL;
    sqlite3 *db = NULL;
    int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX;
    /* the VFS that writes a commit's WAL frames in one call */
    if (sqlite3_open_v2(path, &db, flags, xs_sqlite_walbuf_vfs()) != SQLITE_OK) {
        xs_status rc = xs_diag_error(d, XS_E_STORE, NULL, 0, 0, "cannot open database '%s': %s",
                                     path, db ? sqlite3_errmsg(db) : "out of memory");
        sqlite3_close_v2(db);
        return rc;
    }
    sqlite3_busy_timeout(db, BUSY_TIMEOUT_MS);
    sqlite3_extended_result_codes(db, 1);
    char *err = NULL;
    /* WAL: readers never block the writer. synchronous=NORMAL is durable
     * across a process crash in WAL mode (a power cut may lose the last
     * commits but never corrupts the file). Switching a new file to WAL
     * answers "locked" at once, without the busy handler, while another
     * process creates the same file: that is waited out here. */
    int src;
    struct timespec pause = {0, 10 * 1000000L};
    for (int waited = 0;; waited += 10) {
        src = sqlite3_exec(db,
                           "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                           "PRAGMA foreign_keys=ON; PRAGMA case_sensitive_like=ON;",
                           NULL, NULL, &err);
        if ((src & 0xff) != SQLITE_BUSY || waited >= BUSY_TIMEOUT_MS)
            break;
        sqlite3_free(err);
        err = NULL;
        nanosleep(&pause, NULL);
    }
    if (src != SQLITE_OK) {
        xs_status rc = xs_diag_error(d, XS_E_STORE, NULL, 0, 0, "cannot set up database '%s': %s",
                                     path, err ? err : sqlite3_errmsg(db));
        sqlite3_free(err);
        sqlite3_close_v2(db);
        return rc;
    }
    sq_store *q = xs_calloc(1, sizeof *q);
    q->base.ops = &sqlite_ops;
    q->base.kind = XS_STORE_SQLITE;
    q->db = db;
    xs_sqlite_busy_install(db, &q->busy, BUSY_TIMEOUT_MS);
    q->ckpt = xs_sqlite_ckpt_attach(db, path);
    xs_map_init(&q->stmts);
    *out = &q->base;
    return XS_OK;
}
