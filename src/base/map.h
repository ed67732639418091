/*
 * map.h - a string-keyed hash map (xs_str key -> void *) for symbol tables,
 * registries and indexes, and the byte hash everything else uses.
 *
 * An xs_map is embedded by its owner: xs_map_init / xs_map_release. The map
 * copies each key on insertion and frees its copies on release; the values
 * are the caller's (the map never dereferences or frees them). Iteration
 * order is unspecified and changes as the map grows: use an xs_object
 * (value/value.h) where order matters.
 *
 * Open addressing with linear probing and backward-shift deletion (no
 * tombstones); the table doubles at 3/4 load. Lookups cost one hash and,
 * usually, one key comparison.
 *
 * A map is not thread-safe. Concurrent readers are fine as long as nobody
 * writes (every read-only call here is really read-only).
 */
#ifndef XS_BASE_MAP_H
#define XS_BASE_MAP_H

#include "base/buf.h"
#include "base/common.h"

/* 64-bit FNV-1a of n bytes with a final avalanche mix, so that the low bits
 * used to pick a slot depend on every input byte. Not seeded, not meant to
 * resist deliberate collisions; a pure function, thread-safe. */
uint64_t xs_hash_bytes(const void *p, size_t n);

typedef struct xs_map_slot {
    char *key; /* owned NUL-terminated copy; NULL marks an empty slot */
    size_t len;
    uint64_t hash;
    void *val;
} xs_map_slot;

typedef struct xs_map {
    xs_map_slot *slots; /* NULL until the first insertion */
    size_t cap;         /* a power of two, or 0 */
    size_t len;
} xs_map;

void xs_map_init(xs_map *m);

/* Frees the key copies and the table; values are left to the caller (free
 * them first by iterating, if the map owns them by your convention). */
void xs_map_release(xs_map *m);

/* Removes every entry, keeps the table's memory. */
void xs_map_clear(xs_map *m);

size_t xs_map_len(const xs_map *m);

/* The value stored under key, or NULL when absent. When NULL is a value you
 * store, tell the two apart with xs_map_find. */
void *xs_map_get(const xs_map *m, xs_str key);

/* true and *val (if val) set when key is present. */
bool xs_map_find(const xs_map *m, xs_str key, void **val);

/* Stores val under key, replacing any previous value. Returns true when the
 * key was new; when it was not, *old (if old) receives the value replaced. */
bool xs_map_set(xs_map *m, xs_str key, void *val, void **old);

/* Removes key. Returns false when absent; else *old (if old) gets its value. */
bool xs_map_del(xs_map *m, xs_str key, void **old);

/* Iteration: start with *it = 0; each call yields one entry and returns
 * false after the last. Do not insert or delete while iterating (replacing
 * the value of the current key with xs_map_set is fine). The key is
 * borrowed from the map and NUL-terminated. */
bool xs_map_next(const xs_map *m, size_t *it, xs_str *key, void **val);

#endif
