/*
 * alloc.h - the heap, counted: every heap allocation in xsflow goes through
 * these calls. Out of memory calls xs_oom(), which aborts; callers never see
 * NULL from xs_malloc. Tests can make the Nth allocation "fail" through
 * xs_alloc_fail_at() to check that limits and cleanup paths hold.
 *
 * All calls are thread-safe; the counters are atomic.
 */
#ifndef XS_BASE_ALLOC_H
#define XS_BASE_ALLOC_H

#include "base/common.h"

void *xs_malloc(size_t n);             /* never NULL; n == 0 gives a valid pointer */
void *xs_calloc(size_t n, size_t sz);  /* zeroed; aborts on n * sz overflow */
void *xs_realloc(void *p, size_t n);   /* never NULL */
void xs_free(void *p);                 /* xs_free(NULL) does nothing */
char *xs_strdup(const char *s);        /* NUL-terminated copy, caller frees */
char *xs_strndup(const char *s, size_t n); /* copy of n bytes plus NUL */

/* Prints "xsflow: out of memory" and aborts. */
XS_NORETURN void xs_oom(void);

/* Failed invariant of our own (never input): prints where and aborts. */
XS_NORETURN void xs_assert_fail(const char *expr, const char *file, int line);
#define XS_ASSERT(e) ((e) ? (void)0 : xs_assert_fail(#e, __FILE__, __LINE__))

/* Size arithmetic that catches overflow: returns false and leaves *out alone
 * when a * b (or a + b) does not fit in size_t. */
bool xs_size_mul(size_t a, size_t b, size_t *out);
bool xs_size_add(size_t a, size_t b, size_t *out);

/* Number of live heap allocations made through this module and the slab
 * (base/slab.h), for tests. */
long xs_alloc_live(void);

/* The heap: bytes in use (malloc's own count, all threads, and the slab's
 * runs: base/slab.h), and giving what malloc holds free back to the
 * system. Safe from any thread: the first call sets glibc's malloc up if
 * nothing did (under AddressSanitizer nothing does, and two threads doing
 * it at once corrupt it). */
size_t xs_heap_in_use(void);
void xs_heap_trim(void);

/* xs_heap_in_use as read at most max_age_ms ago by any thread: a reading
 * walks every malloc arena under its lock, too dear to make at every start
 * of a short run. */
size_t xs_heap_in_use_recent(int64_t max_age_ms);

/* Test hook: from the nth allocation on (1-based), xs_try_malloc returns
 * NULL; 0 turns failure off. Only xs_try_malloc honours it, since callers
 * of xs_malloc cannot recover by contract. */
void xs_alloc_fail_at(long nth);
void *xs_try_malloc(size_t n);         /* NULL on failure or injected failure */

#endif
