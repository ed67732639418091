/*
 * redis.h - the key-value store behind the redis.* statements, spoken to in
 * Redis commands so that its two backends behave alike:
 *   - embedded (url NULL): an in-process store of strings and lists with
 *     expiry, shared by every thread of the process behind one mutex and
 *     gone when the process ends. It runs the few commands below with
 *     Redis's own semantics (replies, WRONGTYPE, integer parsing, glob
 *     patterns, negative list indexes);
 *   - a Redis server (url "redis://[:password@]host[:port][/db]"), through
 *     hiredis: one connection per thread and URL, opened on first use and
 *     dropped after an I/O error (the next command reconnects).
 *
 * Commands understood by the embedded backend: GET, SET key value [EX s]
 * [NX], EXISTS, DEL, INCRBY, DECRBY, KEYS, RPUSH, LPUSH, RPOP, LPOP, LRANGE,
 * LREM, LLEN (one key, one value each). Thread-safe.
 */
#ifndef XS_LIB_REDIS_H
#define XS_LIB_REDIS_H

#include "base/buf.h"
#include "base/common.h"
#include "value/value.h"

typedef enum xs_redis_err {
    XS_REDIS_E_NONE,
    XS_REDIS_E_TYPE,  /* WRONGTYPE: a list where a value was wanted, or back */
    XS_REDIS_E_INT,   /* the value is not an integer, or the sum overflows */
    XS_REDIS_E_CONN,  /* cannot reach the server: refused, timeout, lost */
    XS_REDIS_E_OTHER, /* any other error reply */
} xs_redis_err;

/*
 * Runs the command argv[0..argc) (argv[i] of lens[i] bytes) on the backend
 * named by url (NULL: embedded). timeout_ms bounds a connection and each
 * reply (0: 5000). On success *out is the reply (ours): null for a nil
 * reply, an int, a text, an array of texts, or true for a status reply
 * ("OK"). On failure returns XS_E_RUNTIME with *kind set and the server's
 * or our words in msg; *out is null.
 */
xs_status xs_redis_command(const char *url, int timeout_ms, int argc, const char *const *argv,
                           const size_t *lens, xs_value *out, xs_redis_err *kind, xs_buf *msg);

/* Empties the embedded store (tests). */
void xs_redis_embedded_flush(void);

/* Redis's glob match (KEYS): * ? [abc] [^a] [a-z] and \ escapes. */
bool xs_redis_glob(const char *pat, size_t plen, const char *s, size_t slen);

#endif
