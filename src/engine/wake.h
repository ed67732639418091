/*
 * wake.h - wake-ups between processes that share one SQLite file, what
 * LISTEN/NOTIFY does on PostgreSQL.
 *
 * Each engine that runs work on a SQLite file binds a Unix datagram socket
 * in a directory private to the user and named after the file
 * ($TMPDIR/xsflow-wake-UID/HASH/PID-N); a process that queued runs sends
 * one byte to every socket there, so an idle runner starts the run at once
 * instead of at its next poll (poll_ms). A socket whose process died is
 * removed by the first sender that finds it refusing. Anything that goes
 * wrong here (no /tmp, a foreign owner) leaves the poll as the fallback.
 */
#ifndef XS_ENGINE_WAKE_H
#define XS_ENGINE_WAKE_H

#include <stdbool.h>

typedef struct xs_wake xs_wake;

/* Listens for wake-ups about the database file at path; NULL when it
 * cannot (the caller polls). */
xs_wake *xs_wake_listen(const char *path);

/* Waits up to ms for a wake-up; true when one (or several) came. */
bool xs_wake_wait(xs_wake *w, int ms);

void xs_wake_close(xs_wake *w);

/* Wakes every process listening about the file at path; best effort. */
void xs_wake_announce(const char *path);

#endif
