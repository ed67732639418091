/* SQLite specifics of the store: WAL checkpoints in the background, the
 * page cache handed back. */
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <sqlite3.h>

#include "store/sqlite_ckpt.h"
#include "store/sqlite_walbuf.h"
#include "store/store.h"
#include "unit.h"

static long long file_size(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? (long long)st.st_size : -1;
}

/* A database file in a new temporary folder dir (a mkdtemp template):
 * its path and its sqlite: URL. */
static void temp_db(char *dir, char path[128], char url[160])
{
    CHECK(mkdtemp(dir) != NULL);
    snprintf(path, 128, "%s/db.sqlite", dir);
    snprintf(url, 160, "sqlite:%s", path);
}

/* The integer in the first column of sql's one row (-1: none). */
static int64_t first_int(xs_store *s, const char *sql)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_store_rows r;
    xs_store_rows_init(&r);
    int64_t n = -1;
    if (xs_store_exec(s, sql, NULL, 0, &r, &d) == XS_OK && xs_array_len(r.rows) == 1)
        n = xs_array_at(xs_array_at(r.rows, 0), 0).u.i;
    xs_store_rows_release(&r);
    xs_diag_release(&d);
    return n;
}

/* The rows of table t (-1: the count failed). */
static int64_t count_rows(xs_store *s)
{
    return first_int(s, "SELECT count(*) FROM t");
}

/* Removes the database at path, its WAL files and its folder. */
static void remove_db(const char *dir, const char *path)
{
    char f[160];
    snprintf(f, sizeof f, "%s-wal", path);
    unlink(f);
    snprintf(f, sizeof f, "%s-shm", path);
    unlink(f);
    unlink(path);
    rmdir(dir);
}

/* Once the WAL holds 1,000 pages that no checkpoint copied, they are
 * copied into the database file by the background checkpointer while the
 * connection stays open and idle (with SQLite's automatic checkpoint
 * switched off by the hook and no checkpointer, the file would stay empty
 * until the close). What came after stays in the WAL until the next 1,000
 * pages: the file holds most of the 4.4 MB written, not all of it. */
static void checkpoint_in_background(void)
{
    char dir[] = "/tmp/xsflow-ckpt-XXXXXX", path[128], url[160];
    temp_db(dir, path, url);
    xs_diag d;
    xs_diag_init(&d);
    xs_store *s = NULL;
    CHECK(xs_store_open(url, NULL, &s, &d) == XS_OK);
    CHECK(xs_store_exec(s, "CREATE TABLE t (b BLOB)", NULL, 0, NULL, &d) == XS_OK);
    for (int i = 0; i < 110; i++) /* 110 commits of about 10 pages */
        CHECK(xs_store_exec(s, "INSERT INTO t (b) VALUES (randomblob(40000))", NULL, 0, NULL,
                            &d) == XS_OK);
    long long size = 0;
    for (int waited = 0; waited < 10000 && (size = file_size(path)) < 3000000; waited += 20)
        nanosleep(&(struct timespec){0, 20 * 1000000L}, NULL);
    if (size < 3000000)
        xs_unit_fail(__FILE__, __LINE__, "database file is %lld bytes after 10 s: no checkpoint",
                     size);
    CHECK_INT(count_rows(s), 110);
    xs_store_free(s);
    xs_diag_release(&d);
    remove_db(dir, path);
}

/* Thousands of small commits in a row: a checkpoint every 1,000 pages
 * that none has copied, not one at every commit once the WAL passed
 * 1,000 pages (each with two syncs); and the WAL starts over rather than
 * growing to the 8,000 pages at which commits checkpoint themselves. */
static void steady_commits(void)
{
    char dir[] = "/tmp/xsflow-steady-XXXXXX", path[128], url[160];
    temp_db(dir, path, url);
    xs_diag d;
    xs_diag_init(&d);
    xs_store *s = NULL;
    CHECK(xs_store_open(url, NULL, &s, &d) == XS_OK);
    CHECK(xs_store_exec(s, "CREATE TABLE t (x INTEGER)", NULL, 0, NULL, &d) == XS_OK);
    unsigned long before = xs_sqlite_ckpt_runs();
    enum { COMMITS = 12000 };
    for (int i = 0; i < COMMITS; i++) {
        xs_value x = xs_int(i);
        CHECK(xs_store_exec(s, "INSERT INTO t (x) VALUES (?)", &x, 1, NULL, &d) == XS_OK);
    }
    unsigned long ran = xs_sqlite_ckpt_runs() - before;
    /* about one frame a commit: some twelve checkpoints are due */
    if (ran < 3 || ran > 40)
        xs_unit_fail(__FILE__, __LINE__, "%lu checkpoints for %d commits", ran, COMMITS);
    char wal[160];
    snprintf(wal, sizeof wal, "%s-wal", path);
    long long size = file_size(wal);
    if (size > 7000LL * 4120)
        xs_unit_fail(__FILE__, __LINE__, "the WAL grew to %lld bytes (%lu checkpoints)", size,
                     ran);
    CHECK_INT(count_rows(s), COMMITS);
    xs_store_free(s);
    xs_diag_release(&d);
    remove_db(dir, path);
}

/* A connection that read a table has its pages cached; once released
 * they are gone (and read again as needed). */
static void release_memory(void)
{
    xs_diag d;
    xs_diag_init(&d);
    char dir[] = "/tmp/xsflow-cache-XXXXXX", path[128], url[160];
    temp_db(dir, path, url);
    xs_store *s = NULL;
    CHECK(xs_store_open(url, NULL, &s, &d) == XS_OK);
    CHECK(xs_store_exec(s, "CREATE TABLE t (b BLOB)", NULL, 0, NULL, &d) == XS_OK);
    CHECK(xs_store_exec(s,
                        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                        "400) INSERT INTO t (b) SELECT randomblob(3000) FROM n",
                        NULL, 0, NULL, &d) == XS_OK);
    xs_store_rows r;
    xs_store_rows_init(&r);
    CHECK(xs_store_exec(s, "SELECT sum(length(b)) FROM t", NULL, 0, &r, &d) == XS_OK);
    xs_store_rows_release(&r);
    sqlite3_int64 before = sqlite3_memory_used();
    xs_store_release_memory(s);
    sqlite3_int64 after = sqlite3_memory_used();
    /* 400 pages of about 4 KiB were cached */
    if (before - after < 1000000)
        xs_unit_fail(__FILE__, __LINE__, "released %lld bytes of %lld", (long long)(before - after),
                     (long long)before);
    CHECK_INT(count_rows(s), 400);
    xs_store_free(s);
    xs_diag_release(&d);
    remove_db(dir, path);
}

/* Another connection holds a new file's lock (as a process creating the
 * same database does): the store's open waits for it. (The race it can
 * also lose, SQLite answering the switch to WAL with "locked" without
 * waiting, needs processes starting at the same moment to show; the
 * retry in xs_store_sqlite_open is for that.) */
static void *release_later(void *arg)
{
    nanosleep(&(struct timespec){0, 300 * 1000000L}, NULL);
    sqlite3_exec(arg, "COMMIT", NULL, NULL, NULL);
    return NULL;
}

static void open_waits_for_a_creator(void)
{
    char dir[] = "/tmp/xsflow-lock-XXXXXX", path[128], url[160];
    temp_db(dir, path, url);
    sqlite3 *other = NULL;
    CHECK(sqlite3_open(path, &other) == SQLITE_OK);
    CHECK(sqlite3_exec(other, "BEGIN EXCLUSIVE; CREATE TABLE t (x)", NULL, NULL, NULL) ==
          SQLITE_OK);
    pthread_t th;
    CHECK(pthread_create(&th, NULL, release_later, other) == 0);
    xs_diag d;
    xs_diag_init(&d);
    xs_store *s = NULL;
    xs_status rc = xs_store_open(url, NULL, &s, &d);
    CHECK_INT(rc, XS_OK);
    if (rc != XS_OK) {
        const xs_diag_entry *e = xs_diag_first_error(&d);
        printf("    %s\n", e ? e->message : "?");
    }
    pthread_join(th, NULL);
    xs_store_free(s);
    sqlite3_close(other);
    xs_diag_release(&d);
    remove_db(dir, path);
}

/* The WAL's writes gathered per commit (sqlite_walbuf.c): a small commit
 * is one write call; what one connection commits, another reads at once,
 * one commit after another and after a transaction longer than the
 * buffer; the file stays whole and holds it all once reopened. */
static void wal_writes_gathered(void)
{
    char dir[] = "/tmp/xsflow-walbuf-XXXXXX", path[128], url[160];
    temp_db(dir, path, url);
    xs_diag d;
    xs_diag_init(&d);
    xs_store *a = NULL, *b = NULL;
    CHECK(xs_store_open(url, NULL, &a, &d) == XS_OK);
    CHECK(xs_store_open(url, NULL, &b, &d) == XS_OK);
    CHECK(xs_store_exec(a, "CREATE TABLE t (x INTEGER, b BLOB)", NULL, 0, NULL, &d) == XS_OK);
    CHECK(xs_store_exec(a, "CREATE INDEX t_x ON t (x)", NULL, 0, NULL, &d) == XS_OK);
    unsigned long before = xs_sqlite_walbuf_writes();
    CHECK(xs_store_exec(a, "INSERT INTO t VALUES (0, randomblob(3000))", NULL, 0, NULL, &d) ==
          XS_OK);
    /* three pages (the row's, its overflow's, the index's): six writes
     * without the buffer */
    CHECK_INT(xs_sqlite_walbuf_writes() - before, 1);
    for (int i = 1; i <= 50; i++) {
        xs_value x = xs_int(i);
        CHECK(xs_store_exec(a, "INSERT INTO t VALUES (?, randomblob(3000))", &x, 1, NULL, &d) ==
              XS_OK);
        CHECK_INT(count_rows(b), i + 1);
    }
    CHECK(xs_store_begin(a, &d) == XS_OK);
    for (int i = 51; i <= 150; i++) { /* 300 KB: the buffer fills several times */
        xs_value x = xs_int(i);
        CHECK(xs_store_exec(a, "INSERT INTO t VALUES (?, randomblob(3000))", &x, 1, NULL, &d) ==
              XS_OK);
    }
    CHECK(xs_store_commit(a, &d) == XS_OK);
    CHECK_INT(count_rows(b), 151);
    CHECK_INT(first_int(b, "SELECT sum(length(b)) FROM t"), 151 * 3000);
    CHECK_INT(first_int(b, "SELECT sum(x) FROM t"), 150 * 151 / 2);
    xs_store_free(a);
    xs_store_free(b);
    /* reopened: all of it in the file */
    CHECK(xs_store_open(url, NULL, &a, &d) == XS_OK);
    CHECK_INT(count_rows(a), 151);
    xs_store_rows r;
    xs_store_rows_init(&r);
    CHECK(xs_store_exec(a, "PRAGMA integrity_check", NULL, 0, &r, &d) == XS_OK);
    xs_value cell = xs_array_at(xs_array_at(r.rows, 0), 0);
    CHECK(cell.type == XS_TEXT && strcmp(xs_text_ptr(cell), "ok") == 0);
    xs_store_rows_release(&r);
    xs_store_free(a);
    xs_diag_release(&d);
    remove_db(dir, path);
}

const xs_unit_case xs_unit_sqlite[] = {
    {"wal_writes_gathered", wal_writes_gathered},
    {"checkpoint_in_background", checkpoint_in_background},
    {"steady_commits", steady_commits},
    {"release_memory", release_memory},
    {"open_waits_for_a_creator", open_waits_for_a_creator},
    {NULL, NULL},
};
