/*
 * sqlite_ckpt.h - WAL checkpoints of a SQLite database in a background
 * thread, so that no commit waits for one.
 *
 * SQLite's automatic checkpoint runs inside the commit that takes the WAL
 * past 1,000 pages: that commit copies the WAL into the database file and
 * syncs both, milliseconds during which the committing thread (a runner
 * claiming a run, say) does nothing else. Attached connections instead
 * hand that work to one thread per database file, which runs the same
 * PASSIVE checkpoint on its own connection while writers go on. A WAL
 * that still grows past eight times the threshold (the thread cannot keep
 * up) is checkpointed by the committing connection as before, so it stays
 * bounded.
 */
#ifndef XS_STORE_SQLITE_CKPT_H
#define XS_STORE_SQLITE_CKPT_H

#include <sqlite3.h>

typedef struct xs_sqlite_ckpt xs_sqlite_ckpt;

/* Installs the WAL hook on db, a connection to the file at path, and
 * returns the file's checkpointer (shared by its connections in this
 * process; its thread starts at the first checkpoint it is asked for).
 * NULL for an in-memory database: SQLite's own behaviour stays. */
xs_sqlite_ckpt *xs_sqlite_ckpt_attach(sqlite3 *db, const char *path);

/* Before db is closed. The last connection's detach stops the thread. */
void xs_sqlite_ckpt_detach(xs_sqlite_ckpt *c, sqlite3 *db);

/* How many checkpoints the threads of this process have run (tests). */
unsigned long xs_sqlite_ckpt_runs(void);

#endif
