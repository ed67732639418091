/*
 * arena.h - region allocator. Each run, request and parsed file owns one
 * arena; everything allocated from it dies with xs_arena_free(). An arena
 * created with a byte limit returns NULL once the limit would be passed, and
 * the caller reports XS_E_LIMIT. Cleanups registered with xs_arena_on_free
 * run in reverse order of registration when the arena is freed.
 *
 * An arena is not thread-safe: one owner at a time.
 */
#ifndef XS_BASE_ARENA_H
#define XS_BASE_ARENA_H

#include "base/common.h"

typedef struct xs_arena xs_arena;

/* New arena; limit is the most bytes it may hand out, 0 for no limit. */
xs_arena *xs_arena_new(size_t limit);

/* Runs the cleanups, then frees every block. xs_arena_free(NULL) does nothing. */
void xs_arena_free(xs_arena *a);

/* n bytes aligned for any type; NULL only when the limit is reached. */
void *xs_arena_alloc(xs_arena *a, size_t n);

/* Zeroed; NULL on limit or on count * size overflow. */
void *xs_arena_calloc(xs_arena *a, size_t count, size_t size);

/* NUL-terminated copy of n bytes; NULL on limit. */
char *xs_arena_strndup(xs_arena *a, const char *s, size_t n);

/* Registers fn(ctx) to run when the arena is freed. false on limit. */
bool xs_arena_on_free(xs_arena *a, void (*fn)(void *ctx), void *ctx);

/* Bytes handed out so far (not counting block slack). */
size_t xs_arena_used(const xs_arena *a);

#endif
