/*
 * fiber.h - stacks of their own that one thread switches between, and the
 * hook through which a blocking call lets the thread's other fibers go on.
 *
 * A fiber runs fn(arg) on its own stack. xs_fiber_resume, called on a
 * thread's own stack, runs the fiber until it calls xs_fiber_yield or
 * fn returns; xs_fiber_yield returns to that resume. Nothing else
 * switches: a fiber runs until it yields, so fibers on one thread never
 * run at the same time and share the thread's thread-local state.
 *
 * A fiber belongs to the thread that first resumed it. Stacks are
 * reserved (not committed) memory with a guard page below: only the pages
 * a fiber touches become resident.
 */
#ifndef XS_BASE_FIBER_H
#define XS_BASE_FIBER_H

#include "base/common.h"

typedef struct xs_fiber xs_fiber;

/* A fiber that will run fn(arg) on a stack of stack_bytes (0: 8 MiB, as
 * a thread's); NULL when the stack cannot be reserved. */
xs_fiber *xs_fiber_new(size_t stack_bytes, void (*fn)(void *), void *arg);

/* Frees a fiber whose fn has returned, or that never ran. */
void xs_fiber_free(xs_fiber *f);

/* Runs f until it yields or ends; from a thread's own stack only. */
void xs_fiber_resume(xs_fiber *f);

/* From inside a fiber: back to the xs_fiber_resume that ran it. */
void xs_fiber_yield(void);

/* fn has returned. */
bool xs_fiber_done(const xs_fiber *f);

/* The fiber this thread is running, NULL on the thread's own stack. */
xs_fiber *xs_fiber_current(void);

/*
 * Blocking calls. xs_blocking(fn, arg) runs fn(arg), a call that may wait
 * long (a sleep, a request to another server): by default here and now;
 * on a thread that has set a hook, the hook decides (a thread carrying
 * several fibers runs fn on another thread while its other fibers go on,
 * and resumes the caller once fn has returned). fn must touch only what
 * the caller gave it.
 */
typedef void (*xs_blocking_fn)(void *arg);
typedef void (*xs_blocking_hook)(xs_blocking_fn fn, void *arg, void *ctx);

void xs_blocking(xs_blocking_fn fn, void *arg);

/* Sets this thread's hook (NULL: none). */
void xs_blocking_set_hook(xs_blocking_hook hook, void *ctx);

#endif
