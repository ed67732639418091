/*
 * fiber.c - fibers on ucontext (see fiber.h).
 *
 * AddressSanitizer keeps a shadow of each stack and must be told of every
 * switch (__sanitizer_start_switch_fiber before, ..._finish_ after), or it
 * takes the fiber's frames for the thread's and reports false overflows.
 */
#include "base/fiber.h"

#include <sys/mman.h>
#include <ucontext.h>
#include <unistd.h>

#include "base/alloc.h"

#if defined(XS_ASAN)
#include <sanitizer/common_interface_defs.h>
#endif

struct xs_fiber {
    ucontext_t ctx;  /* the fiber's, saved when it yields */
    ucontext_t back; /* its resumer's, saved when it is resumed */
    void *map;       /* the mapping: guard page, then the stack */
    size_t map_bytes;
    char *stack;     /* above the guard page */
    size_t stack_bytes;
    void (*fn)(void *);
    void *arg;
    bool started, done;
#if defined(XS_ASAN)
    void *fake_stack;        /* the fiber's, while it is switched out */
    const void *back_bottom; /* the resumer's stack, as the sanitizer knows it */
    size_t back_size;
#endif
};

static _Thread_local xs_fiber *running;

static size_t page_size(void)
{
    long p = sysconf(_SC_PAGESIZE);
    return p > 0 ? (size_t)p : 4096;
}

xs_fiber *xs_fiber_new(size_t stack_bytes, void (*fn)(void *), void *arg)
{
    size_t page = page_size();
    if (!stack_bytes)
        stack_bytes = (size_t)8 << 20;
    stack_bytes = (stack_bytes + page - 1) / page * page;
    size_t map_bytes = stack_bytes + page;
    void *map = mmap(NULL, map_bytes, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
    if (map == MAP_FAILED)
        return NULL;
    if (mprotect(map, page, PROT_NONE) != 0) { /* the guard: an overflow faults */
        munmap(map, map_bytes);
        return NULL;
    }
    xs_fiber *f = xs_calloc(1, sizeof *f);
    f->map = map;
    f->map_bytes = map_bytes;
    f->stack = (char *)map + page;
    f->stack_bytes = stack_bytes;
    f->fn = fn;
    f->arg = arg;
    return f;
}

void xs_fiber_free(xs_fiber *f)
{
    if (!f)
        return;
    munmap(f->map, f->map_bytes);
    xs_free(f);
}

bool xs_fiber_done(const xs_fiber *f)
{
    return f->done;
}

xs_fiber *xs_fiber_current(void)
{
    return running;
}

/* Switch helpers: to a fiber from its resumer, and back. */
static void switch_to_fiber(xs_fiber *f)
{
#if defined(XS_ASAN)
    void *fake = NULL;
    __sanitizer_start_switch_fiber(&fake, f->stack, f->stack_bytes);
    swapcontext(&f->back, &f->ctx);
    __sanitizer_finish_switch_fiber(fake, NULL, NULL);
#else
    swapcontext(&f->back, &f->ctx);
#endif
}

static void switch_back(xs_fiber *f, bool for_good)
{
#if defined(XS_ASAN)
    /* NULL: the fiber's fake stack is dropped, it will not come back */
    __sanitizer_start_switch_fiber(for_good ? NULL : &f->fake_stack, f->back_bottom,
                                   f->back_size);
    swapcontext(&f->ctx, &f->back);
    __sanitizer_finish_switch_fiber(f->fake_stack, &f->back_bottom, &f->back_size);
#else
    (void)for_good;
    swapcontext(&f->ctx, &f->back);
#endif
}

static void entry(void)
{
    xs_fiber *f = running;
#if defined(XS_ASAN)
    __sanitizer_finish_switch_fiber(NULL, &f->back_bottom, &f->back_size);
#endif
    f->fn(f->arg);
    f->done = true;
    switch_back(f, true);
}

void xs_fiber_resume(xs_fiber *f)
{
    if (f->done || running)
        return;
    if (!f->started) {
        f->started = true;
        getcontext(&f->ctx);
        f->ctx.uc_stack.ss_sp = f->stack;
        f->ctx.uc_stack.ss_size = f->stack_bytes;
        f->ctx.uc_link = NULL; /* entry never returns: it switches back */
        makecontext(&f->ctx, entry, 0);
    }
    running = f;
    switch_to_fiber(f);
    running = NULL;
}

void xs_fiber_yield(void)
{
    xs_fiber *f = running;
    if (!f)
        return;
    switch_back(f, false); /* returns when resumed (xs_fiber_resume sets running) */
}

static _Thread_local xs_blocking_hook hook;
static _Thread_local void *hook_ctx;

void xs_blocking_set_hook(xs_blocking_hook h, void *ctx)
{
    hook = h;
    hook_ctx = ctx;
}

void xs_blocking(xs_blocking_fn fn, void *arg)
{
    if (hook)
        hook(fn, arg, hook_ctx);
    else
        fn(arg);
}
