/*
 * sqlite_ckpt.c - background WAL checkpoints, one thread per database file
 * (see sqlite_ckpt.h).
 */
#include "store/sqlite_ckpt.h"

#include <limits.h>
#include <pthread.h>
#include <stdbool.h>
#include <string.h>
#include <time.h>

#include "base/alloc.h"
#include "store/sqlite_busy.h"

/* A checkpoint is asked for once the WAL holds CKPT_PAGES frames that no
 * checkpoint has copied yet (SQLite's own threshold, counted from the
 * last checkpoint rather than from the WAL's start). Past RESTART_PAGES
 * the thread waits for the WAL's readers and writer so that the next
 * writer starts the WAL over; past INLINE_PAGES the committing connection
 * checkpoints itself. */
enum {
    CKPT_PAGES = 1000,
    RESTART_PAGES = 4 * CKPT_PAGES,
    INLINE_PAGES = 8 * CKPT_PAGES,
    RESTART_WAIT_MS = 50,
};

struct xs_sqlite_ckpt {
    xs_sqlite_ckpt *next; /* in the registry */
    char *path;
    int refs;             /* attached connections, under reg_mu */
    pthread_mutex_t mu;
    pthread_cond_t cv;      /* to the thread: a request or stop */
    pthread_cond_t resumed; /* to held writers: the RESTART is over */
    bool pending, stop, started;
    /* While set (under mu, read unlocked by commits) the thread is in a
     * RESTART checkpoint and this process's writers wait for it after
     * their commit, so that it gets the write lock between two of them. */
    bool holding;
    pthread_t th;
    /* The WAL's length at the last commit, and the frame past which a
     * commit asks for the next checkpoint: read and written by the
     * committing connections and the thread, atomically. */
    int wal_pages, next_at;
    xs_sqlite_busy busy; /* of the thread's connection */
};

static pthread_mutex_t reg_mu = PTHREAD_MUTEX_INITIALIZER;
static xs_sqlite_ckpt *reg;
static unsigned long runs;

static void set_holding(xs_sqlite_ckpt *c, bool on)
{
    pthread_mutex_lock(&c->mu);
    __atomic_store_n(&c->holding, on, __ATOMIC_RELAXED);
    if (!on)
        pthread_cond_broadcast(&c->resumed);
    pthread_mutex_unlock(&c->mu);
}

/* One checkpoint on the thread's connection db. PASSIVE copies what no
 * reader still needs without waiting for anyone; but under a steady
 * stream of commits it seldom copies the last frame before the next
 * commit lands, and the WAL only starts over when a writer finds it all
 * copied: a long WAL is checkpointed in RESTART mode, which takes the
 * write lock to copy the rest and sync, and waits for the readers of
 * older frames to finish (at most RESTART_WAIT_MS); a PASSIVE pass first
 * leaves it little to copy while it holds writers off. SQLite's write
 * lock is not fair: a writer committing in a tight loop takes it again
 * microseconds after each commit, so this process's writers hold off
 * meanwhile (those of other processes are only raced). A RESTART that
 * fails still copies what it can; the WAL is left to the next try,
 * CKPT_PAGES later, or to the committing connection's own checkpoint. */
static void checkpoint(xs_sqlite_ckpt *c, sqlite3 *db)
{
    int log = 0, copied = 0;
    int pages = __atomic_load_n(&c->wal_pages, __ATOMIC_RELAXED);
    int mode = pages >= RESTART_PAGES ? SQLITE_CHECKPOINT_RESTART : SQLITE_CHECKPOINT_PASSIVE;
    c->busy.timeout_ms = 0;
    int rc = sqlite3_wal_checkpoint_v2(db, "main", SQLITE_CHECKPOINT_PASSIVE, &log, &copied);
    if (mode == SQLITE_CHECKPOINT_RESTART) {
        /* after the PASSIVE pass the RESTART has only the frames committed
         * meanwhile to copy and sync: writers wait for that, not for all */
        c->busy.timeout_ms = RESTART_WAIT_MS;
        set_holding(c, true);
        rc = sqlite3_wal_checkpoint_v2(db, "main", mode, &log, &copied);
        set_holding(c, false);
    }
    if ((rc != SQLITE_OK && rc != SQLITE_BUSY) || copied < 0)
        copied = 0;
    __atomic_add_fetch(&runs, 1, __ATOMIC_RELAXED);
    /* the next request comes CKPT_PAGES frames past what is copied now
     * (or into a WAL that started over meanwhile) */
    if (copied > __atomic_load_n(&c->wal_pages, __ATOMIC_RELAXED))
        copied = 0;
    __atomic_store_n(&c->next_at, copied + CKPT_PAGES, __ATOMIC_RELAXED);
}

/* The thread's connection, or NULL (the next request tries again). */
static sqlite3 *open_connection(xs_sqlite_ckpt *c)
{
    sqlite3 *db = NULL;
    /* A new connection finds the WAL at its first read; until then a
     * checkpoint does nothing. */
    if (sqlite3_open_v2(c->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) !=
            SQLITE_OK ||
        sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) != SQLITE_OK) {
        sqlite3_close_v2(db);
        return NULL;
    }
    xs_sqlite_busy_install(db, &c->busy, 0);
    return db;
}

static void *ckpt_main(void *arg)
{
    xs_sqlite_ckpt *c = arg;
    sqlite3 *db = NULL;
    pthread_mutex_lock(&c->mu);
    for (;;) {
        while (!c->pending && !c->stop)
            pthread_cond_wait(&c->cv, &c->mu);
        if (c->stop)
            break;
        c->pending = false;
        pthread_mutex_unlock(&c->mu);
        if (!db)
            db = open_connection(c);
        if (db)
            checkpoint(c, db);
        pthread_mutex_lock(&c->mu);
    }
    pthread_mutex_unlock(&c->mu);
    sqlite3_close_v2(db);
    return NULL;
}

static void request(xs_sqlite_ckpt *c)
{
    pthread_mutex_lock(&c->mu);
    if (!c->pending) {
        c->pending = true;
        if (!c->started)
            c->started = pthread_create(&c->th, NULL, ckpt_main, c) == 0;
        pthread_cond_signal(&c->cv);
    }
    pthread_mutex_unlock(&c->mu);
}

/* A committing connection's wait while the thread is in a RESTART
 * checkpoint: bounded, since the thread gives up after RESTART_WAIT_MS
 * (a reader this thread holds open on another connection, say). */
static void hold_off(xs_sqlite_ckpt *c)
{
    struct timespec until;
    clock_gettime(CLOCK_MONOTONIC, &until);
    until.tv_nsec += 2L * RESTART_WAIT_MS * 1000000L;
    until.tv_sec += until.tv_nsec / 1000000000L;
    until.tv_nsec %= 1000000000L;
    pthread_mutex_lock(&c->mu);
    while (c->holding && pthread_cond_timedwait(&c->resumed, &c->mu, &until) == 0)
        ;
    pthread_mutex_unlock(&c->mu);
}

/* After each commit of an attached connection (its locks released), with
 * the WAL's length in frames. */
static int on_commit(void *arg, sqlite3 *db, const char *name, int pages)
{
    xs_sqlite_ckpt *c = arg;
    if (strcmp(name, "main") != 0)
        return SQLITE_OK;
    if (__atomic_load_n(&c->holding, __ATOMIC_RELAXED))
        hold_off(c);
    int before = __atomic_exchange_n(&c->wal_pages, pages, __ATOMIC_RELAXED);
    if (pages < before) /* the WAL started over: nothing of it is copied */
        __atomic_store_n(&c->next_at, CKPT_PAGES, __ATOMIC_RELAXED);
    if (pages >= INLINE_PAGES)
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    else if (pages >= __atomic_load_n(&c->next_at, __ATOMIC_RELAXED)) {
        /* once: the checkpoint sets the next mark when it is done */
        __atomic_store_n(&c->next_at, INT_MAX, __ATOMIC_RELAXED);
        request(c);
    }
    return SQLITE_OK;
}

static bool in_memory(const char *path)
{
    return !path || !*path || strcmp(path, ":memory:") == 0 ||
           strncmp(path, "file::memory:", 13) == 0 || strstr(path, "mode=memory") != NULL;
}

xs_sqlite_ckpt *xs_sqlite_ckpt_attach(sqlite3 *db, const char *path)
{
    if (in_memory(path))
        return NULL;
    pthread_mutex_lock(&reg_mu);
    xs_sqlite_ckpt *c = reg;
    while (c && strcmp(c->path, path) != 0)
        c = c->next;
    if (!c) {
        c = xs_calloc(1, sizeof *c);
        c->path = xs_strdup(path);
        pthread_mutex_init(&c->mu, NULL);
        pthread_cond_init(&c->cv, NULL);
        pthread_condattr_t monotonic;
        pthread_condattr_init(&monotonic);
        pthread_condattr_setclock(&monotonic, CLOCK_MONOTONIC);
        pthread_cond_init(&c->resumed, &monotonic);
        pthread_condattr_destroy(&monotonic);
        c->next_at = CKPT_PAGES;
        c->next = reg;
        reg = c;
    }
    c->refs++;
    pthread_mutex_unlock(&reg_mu);
    sqlite3_wal_hook(db, on_commit, c); /* replaces the automatic checkpoint */
    return c;
}

void xs_sqlite_ckpt_detach(xs_sqlite_ckpt *c, sqlite3 *db)
{
    if (!c)
        return;
    sqlite3_wal_hook(db, NULL, NULL);
    pthread_mutex_lock(&reg_mu);
    bool last = --c->refs == 0;
    if (last) {
        xs_sqlite_ckpt **p = &reg;
        while (*p != c)
            p = &(*p)->next;
        *p = c->next;
    }
    pthread_mutex_unlock(&reg_mu);
    if (!last)
        return;
    pthread_mutex_lock(&c->mu);
    c->stop = true;
    pthread_cond_signal(&c->cv);
    bool started = c->started;
    pthread_mutex_unlock(&c->mu);
    if (started)
        pthread_join(c->th, NULL);
    pthread_cond_destroy(&c->cv);
    pthread_cond_destroy(&c->resumed);
    pthread_mutex_destroy(&c->mu);
    xs_free(c->path);
    xs_free(c);
}

unsigned long xs_sqlite_ckpt_runs(void)
{
    return __atomic_load_n(&runs, __ATOMIC_RELAXED);
}
