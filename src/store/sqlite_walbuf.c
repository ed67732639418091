/*
 * sqlite_walbuf.c - a VFS that writes a commit's WAL frames in one call
 * (see sqlite_walbuf.h).
 */
#include "store/sqlite_walbuf.h"

#include <pthread.h>
#include <sqlite3.h>
#include <stdbool.h>
#include <string.h>

enum {
    BUF_CAP = 64 * 1024, /* sixteen 4 KiB frames; longer runs of writes go in pieces */
    FRAME_HEADER = 24,
};

typedef struct wb_file wb_file;
struct wb_file {
    sqlite3_file base;
    sqlite3_file *real; /* the wrapped VFS's file, in the same allocation */
    bool is_wal;
    /* A database file: the name SQLite opened it with (how its WAL finds
     * it) and its connection's WAL file while that is open. */
    const char *name;
    wb_file *wal;
    wb_file *next_db; /* in dbs */
    /* A WAL file: its database's file (NULL: no buffering), the writes
     * that follow each other from offset at, and whether the last write
     * was a commit frame's header (its page ends the commit). */
    wb_file *db;
    unsigned char *buf;
    int len;
    sqlite3_int64 at;
    bool commit_header;
};

/* Where the wrapped file starts in ours: aligned for any type. */
#define REAL_AT ((sizeof(wb_file) + 15) / 16 * 16)

static sqlite3_vfs wb_vfs;
static sqlite3_vfs *real_vfs;
static pthread_mutex_t links_mu = PTHREAD_MUTEX_INITIALIZER;
static wb_file *dbs; /* open database files, under links_mu */
static unsigned long writes;

/* A write call to a WAL file, counted (xs_sqlite_walbuf_writes). */
static int write_wal(wb_file *p, const void *data, int amt, sqlite3_int64 off)
{
    __atomic_add_fetch(&writes, 1, __ATOMIC_RELAXED);
    return p->real->pMethods->xWrite(p->real, data, amt, off);
}

static sqlite3_file *real(sqlite3_file *f)
{
    return ((wb_file *)f)->real;
}

static int flush(wb_file *p)
{
    if (p->len == 0)
        return SQLITE_OK;
    int rc = write_wal(p, p->buf, p->len, p->at);
    p->len = 0;
    return rc;
}

/* Before any operation but a write on a WAL file. */
static int flushed(sqlite3_file *f)
{
    wb_file *p = (wb_file *)f;
    return p->is_wal ? flush(p) : SQLITE_OK;
}

/* Before an operation on a database's shared memory: its connection's
 * commit publishes frames, or gives up the write lock, through these. */
static int flush_wal_of(sqlite3_file *f)
{
    wb_file *p = (wb_file *)f;
    return p->wal ? flush(p->wal) : SQLITE_OK;
}

static bool commit_frame_header(const void *data, int amt)
{
    const unsigned char *h = data;
    return amt == FRAME_HEADER && (h[4] | h[5] | h[6] | h[7]) != 0; /* database size: a commit */
}

static int wb_write(sqlite3_file *f, const void *data, int amt, sqlite3_int64 off)
{
    wb_file *p = (wb_file *)f;
    if (!p->is_wal)
        return p->real->pMethods->xWrite(p->real, data, amt, off);
    if (!p->db) { /* its database's file closed first: nothing to publish through */
        int rc = flush(p);
        return rc != SQLITE_OK ? rc : write_wal(p, data, amt, off);
    }
    bool ends_commit = p->commit_header && p->len && off == p->at + p->len;
    p->commit_header = commit_frame_header(data, amt);
    if (!(p->len && off == p->at + p->len && p->len + amt <= BUF_CAP)) {
        int rc = flush(p);
        if (rc != SQLITE_OK)
            return rc;
        if (amt > BUF_CAP)
            return write_wal(p, data, amt, off);
        if (!p->buf && !(p->buf = sqlite3_malloc(BUF_CAP)))
            return write_wal(p, data, amt, off);
        p->at = off;
    }
    memcpy(p->buf + p->len, data, (size_t)amt);
    p->len += amt;
    /* the commit's last frame: written now, so that a failure is the
     * commit's (the flush before publication stays as a safeguard) */
    return ends_commit ? flush(p) : SQLITE_OK;
}

static int wb_close(sqlite3_file *f)
{
    wb_file *p = (wb_file *)f;
    int rc = flushed(f);
    pthread_mutex_lock(&links_mu);
    if (p->is_wal && p->db)
        p->db->wal = NULL;
    if (!p->is_wal && p->name) {
        wb_file **pp = &dbs;
        while (*pp && *pp != p)
            pp = &(*pp)->next_db;
        if (*pp)
            *pp = p->next_db;
        if (p->wal) {
            flush(p->wal);
            p->wal->db = NULL;
        }
    }
    pthread_mutex_unlock(&links_mu);
    sqlite3_free(p->buf);
    int rc2 = p->real->pMethods ? p->real->pMethods->xClose(p->real) : SQLITE_OK;
    return rc != SQLITE_OK ? rc : rc2;
}

static int wb_read(sqlite3_file *f, void *data, int amt, sqlite3_int64 off)
{
    int rc = flushed(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xRead(real(f), data, amt, off);
}

static int wb_truncate(sqlite3_file *f, sqlite3_int64 size)
{
    int rc = flushed(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xTruncate(real(f), size);
}

static int wb_sync(sqlite3_file *f, int flags)
{
    int rc = flushed(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xSync(real(f), flags);
}

static int wb_file_size(sqlite3_file *f, sqlite3_int64 *size)
{
    int rc = flushed(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xFileSize(real(f), size);
}

static int wb_lock(sqlite3_file *f, int level)
{
    int rc = flushed(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xLock(real(f), level);
}

static int wb_unlock(sqlite3_file *f, int level)
{
    int rc = flushed(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xUnlock(real(f), level);
}

static int wb_check_reserved(sqlite3_file *f, int *out)
{
    int rc = flushed(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xCheckReservedLock(real(f), out);
}

static int wb_file_control(sqlite3_file *f, int op, void *arg)
{
    int rc = flushed(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xFileControl(real(f), op, arg);
}

static int wb_sector_size(sqlite3_file *f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}

static int wb_device_characteristics(sqlite3_file *f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}

static int wb_shm_map(sqlite3_file *f, int region, int size, int extend, void volatile **out)
{
    int rc = flush_wal_of(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}

static int wb_shm_lock(sqlite3_file *f, int offset, int n, int flags)
{
    int rc = flush_wal_of(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}

static void wb_shm_barrier(sqlite3_file *f)
{
    /* no way to report a failure here: the commit frame's own flush
     * (wb_write) reports it, before the commit is published */
    flush_wal_of(f);
    real(f)->pMethods->xShmBarrier(real(f));
}

static int wb_shm_unmap(sqlite3_file *f, int del)
{
    flush_wal_of(f);
    return real(f)->pMethods->xShmUnmap(real(f), del);
}

static int wb_fetch(sqlite3_file *f, sqlite3_int64 off, int amt, void **out)
{
    int rc = flushed(f);
    return rc != SQLITE_OK ? rc : real(f)->pMethods->xFetch(real(f), off, amt, out);
}

static int wb_unfetch(sqlite3_file *f, sqlite3_int64 off, void *page)
{
    return real(f)->pMethods->xUnfetch(real(f), off, page);
}

static const sqlite3_io_methods wb_methods_v3 = {
    3,
    wb_close,
    wb_read,
    wb_write,
    wb_truncate,
    wb_sync,
    wb_file_size,
    wb_lock,
    wb_unlock,
    wb_check_reserved,
    wb_file_control,
    wb_sector_size,
    wb_device_characteristics,
    wb_shm_map,
    wb_shm_lock,
    wb_shm_barrier,
    wb_shm_unmap,
    wb_fetch,
    wb_unfetch,
};

/* For a file whose own methods are older than version 3 (no shared
 * memory, no memory map): the same without those (register_vfs). */
static sqlite3_io_methods wb_methods_v1;

static int wb_open(sqlite3_vfs *vfs, sqlite3_filename name, sqlite3_file *f, int flags,
                   int *out_flags)
{
    (void)vfs;
    wb_file *p = (wb_file *)f;
    memset(p, 0, sizeof *p);
    p->real = (sqlite3_file *)((char *)p + REAL_AT);
    int rc = real_vfs->xOpen(real_vfs, name, p->real, flags, out_flags);
    if (rc != SQLITE_OK || !p->real->pMethods) {
        p->base.pMethods = NULL; /* SQLite closes nothing */
        return rc;
    }
    p->base.pMethods = p->real->pMethods->iVersion >= 3 ? &wb_methods_v3 : &wb_methods_v1;
    pthread_mutex_lock(&links_mu);
    if ((flags & SQLITE_OPEN_MAIN_DB) && name) {
        p->name = name;
        p->next_db = dbs;
        dbs = p;
    } else if ((flags & SQLITE_OPEN_WAL) && name) {
        p->is_wal = true;
        const char *db_name = sqlite3_filename_database(name);
        for (wb_file *d = dbs; d; d = d->next_db)
            if (d->name == db_name && !d->wal) {
                d->wal = p;
                p->db = d;
                break;
            }
    }
    pthread_mutex_unlock(&links_mu);
    return SQLITE_OK;
}

static void register_vfs(void)
{
    real_vfs = sqlite3_vfs_find(NULL);
    if (!real_vfs)
        return;
    wb_methods_v1 = wb_methods_v3;
    wb_methods_v1.iVersion = 1;
    wb_methods_v1.xShmMap = NULL;
    wb_methods_v1.xShmLock = NULL;
    wb_methods_v1.xShmBarrier = NULL;
    wb_methods_v1.xShmUnmap = NULL;
    wb_methods_v1.xFetch = NULL;
    wb_methods_v1.xUnfetch = NULL;
    wb_vfs = *real_vfs;
    wb_vfs.zName = "xsflow-walbuf";
    wb_vfs.szOsFile = (int)REAL_AT + real_vfs->szOsFile;
    wb_vfs.xOpen = wb_open;
    wb_vfs.pNext = NULL;
    if (sqlite3_vfs_register(&wb_vfs, 0) != SQLITE_OK)
        wb_vfs.zName = NULL;
}

const char *xs_sqlite_walbuf_vfs(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, register_vfs);
    return wb_vfs.zName;
}

unsigned long xs_sqlite_walbuf_writes(void)
{
    return __atomic_load_n(&writes, __ATOMIC_RELAXED);
}
