/*
 * slab.h - a size-class allocator for the small blocks values are made of
 * (objects, texts, short arrays, key lists). Two reasons not to use malloc
 * for them: malloc adds 8 bytes to each block and rounds it up to 16, which
 * a million small objects pay a million times; and every slab block lies in
 * one reserved address range, so a block can be named by a 32-bit
 * reference (xs_slab_ref) where a pointer would take 8 bytes.
 *
 * Blocks of up to XS_SLAB_MAX bytes are rounded up to a multiple of 8 and
 * carved from 64 KiB runs of blocks of one size; a freed block goes on a free
 * list of its size. Memory is never given back to the system: a size that
 * was once in use keeps its blocks for reuse.
 *
 * Threads. Every call is thread-safe. Each thread carves runs of its own and
 * keeps the blocks it frees, whichever thread allocated them; when a thread
 * ends, its free blocks go to a shared pool that other threads take from.
 */
#ifndef XS_BASE_SLAB_H
#define XS_BASE_SLAB_H

#include <stdatomic.h>

#include "base/common.h"

enum { XS_SLAB_MAX = 256 };

/* A block of at least n bytes (0 < n <= XS_SLAB_MAX), 8-byte aligned, or
 * NULL when the reserved range is used up (or could not be reserved): the
 * caller then falls back to xs_malloc. Counted by xs_alloc_live(). */
void *xs_slab_alloc(size_t n);

/* Frees a block from xs_slab_alloc (never NULL). */
void xs_slab_free(void *p);


/* Live slab blocks: this thread's count plus those of threads that ended
 * (a block freed by another thread than its allocator's moves the count
 * with it). For tests that count live allocations. */
long xs_slab_live(void);

/* Bytes of the range in use as runs (which are never given back): the
 * slab's share of the process's memory, for the run memory limit. */
size_t xs_slab_held(void);

/* The reserved range, set once by the first allocation. Read through the
 * inline calls below. */
extern _Atomic(uintptr_t) xs_slab_base_;
extern _Atomic(uintptr_t) xs_slab_span_;

/* True when p is a slab block (false for NULL and malloc's blocks). */
static inline bool xs_slab_has(const void *p)
{
    uintptr_t base = atomic_load_explicit(&xs_slab_base_, memory_order_relaxed);
    return (uintptr_t)p - base < atomic_load_explicit(&xs_slab_span_, memory_order_relaxed);
}

/* The 32-bit reference of a slab block (never 0), and back. */
static inline uint32_t xs_slab_ref(const void *p)
{
    uintptr_t base = atomic_load_explicit(&xs_slab_base_, memory_order_relaxed);
    return (uint32_t)(((uintptr_t)p - base) >> 3);
}

static inline void *xs_slab_ptr(uint32_t ref)
{
    uintptr_t base = atomic_load_explicit(&xs_slab_base_, memory_order_relaxed);
    return (void *)(base + ((uintptr_t)ref << 3));
}

/* Blocks are carved from runs of XS_SLAB_RUN bytes at multiples of
 * XS_SLAB_RUN from the base, each starting with its block size. */
enum { XS_SLAB_RUN = 64 * 1024 };

/* The usable size of a slab block: what xs_slab_alloc rounded n up to. */
static inline size_t xs_slab_size(const void *p)
{
    uintptr_t base = atomic_load_explicit(&xs_slab_base_, memory_order_relaxed);
    uintptr_t off = ((uintptr_t)p - base) & ~(uintptr_t)(XS_SLAB_RUN - 1);
    return *(const uint32_t *)(base + off);
}

#endif
