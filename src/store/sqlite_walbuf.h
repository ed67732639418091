/*
 * sqlite_walbuf.h - a SQLite VFS that gathers the writes of a commit to
 * its WAL into one system call.
 *
 * SQLite writes each WAL frame as two calls, its 24-byte header then its
 * page; a commit of five pages is ten pwrite calls, each one on a page of
 * the page cache or two (a frame is not page-aligned). This VFS wraps the
 * default one: writes to a WAL file that follow each other are kept in a
 * buffer and written as one call before anything can depend on them: any
 * other operation on the WAL file (a read, a sync, a truncate, its size,
 * a close), and any operation on the shared memory of its database (a
 * commit publishes its frames through the wal-index header, after a
 * memory barrier, and releases the write lock: both go through those
 * calls). A reader that sees the new frames therefore finds them in the
 * file, as without the buffer; a commit that returned is in the
 * operating system's page cache, as without the buffer.
 */
#ifndef XS_STORE_SQLITE_WALBUF_H
#define XS_STORE_SQLITE_WALBUF_H

/* The VFS's name, registered on first use (not the default VFS); NULL if
 * it cannot be registered (SQLite's own VFS is then used). */
const char *xs_sqlite_walbuf_vfs(void);

/* How many write calls the VFS has made to WAL files it buffers (tests). */
unsigned long xs_sqlite_walbuf_writes(void);

#endif
