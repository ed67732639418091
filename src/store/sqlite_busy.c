/*
 * sqlite_busy.c - the busy handler of SQLite connections (see
 * sqlite_busy.h).
 */
#include "store/sqlite_busy.h"

#include <time.h>

#include "base/clock.h"

enum { FIRST_US = 50, LONGEST_US = 5000 };

static int on_busy(void *arg, int count)
{
    xs_sqlite_busy *b = arg;
    int64_t now = xs_clock_mono_ns();
    if (count == 0)
        b->since_ns = now;
    if (now - b->since_ns >= (int64_t)b->timeout_ms * 1000000)
        return 0; /* SQLITE_BUSY to the caller */
    long us = count < 7 ? (long)FIRST_US << count : LONGEST_US;
    if (us > LONGEST_US)
        us = LONGEST_US;
    nanosleep(&(struct timespec){0, us * 1000L}, NULL);
    return 1;
}

void xs_sqlite_busy_install(sqlite3 *db, xs_sqlite_busy *b, int timeout_ms)
{
    b->timeout_ms = timeout_ms;
    b->since_ns = 0;
    sqlite3_busy_handler(db, on_busy, b);
}
