/*
 * sqlite_busy.h - how a SQLite connection waits for a lock another
 * connection holds.
 *
 * SQLite's own busy handler sleeps in steps of 1, 2, 5, 10 ... 100 ms.
 * A lock held for tens of microseconds at a time (a commit) then costs a
 * waiter a millisecond or more, and a waiter that wants the lock while a
 * writer commits in a tight loop may sleep past every gap between the
 * writer's transactions until it gives up. This handler sleeps from 50 us,
 * doubling up to 5 ms, until its budget is spent.
 */
#ifndef XS_STORE_SQLITE_BUSY_H
#define XS_STORE_SQLITE_BUSY_H

#include <sqlite3.h>
#include <stdint.h>

/* The handler's state: one per connection, living as long as it. */
typedef struct xs_sqlite_busy {
    int timeout_ms;
    int64_t since_ns; /* monotonic: the first wait for the lock at hand */
} xs_sqlite_busy;

/* Installs the handler on db with b (its budget timeout_ms, which may be
 * changed later; 0: no wait). */
void xs_sqlite_busy_install(sqlite3 *db, xs_sqlite_busy *b, int timeout_ms);

#endif
