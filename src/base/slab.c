#include "base/slab.h"

#include <pthread.h>
#include <sys/mman.h>

#include "base/alloc.h"

/* Under AddressSanitizer free blocks are poisoned, so that a use after
 * free is still caught, and the range is a root region for LeakSanitizer,
 * which otherwise would not look inside it for pointers to malloc's blocks. */
#if defined(XS_ASAN)
#include <sanitizer/asan_interface.h>
#include <sanitizer/lsan_interface.h>
static void poison(const void *p, size_t n)
{
    ASAN_POISON_MEMORY_REGION(p, n);
}
static void unpoison(const void *p, size_t n)
{
    ASAN_UNPOISON_MEMORY_REGION(p, n);
}
static void root_region(const void *p, size_t n)
{
    __lsan_register_root_region(p, n);
}
#else
static void poison(const void *p, size_t n)
{
    (void)p;
    (void)n;
}
static void unpoison(const void *p, size_t n)
{
    (void)p;
    (void)n;
}
static void root_region(const void *p, size_t n)
{
    (void)p;
    (void)n;
}
#endif

/* Block sizes are the multiples of 8 up to XS_SLAB_MAX; a run starts with
 * a header naming its block size, so a block's size is found from its
 * address (see xs_slab_size). */
enum { RUN = XS_SLAB_RUN, RUN_HEAD = 16, NCLASS = XS_SLAB_MAX / 8 };

/* At most 32 GiB: references count 8-byte units in 32 bits. Smaller
 * reservations are tried when the system refuses. */
#define SPAN_MAX ((size_t)32 << 30)
#define SPAN_MIN ((size_t)256 << 20)

_Atomic(uintptr_t) xs_slab_base_;
_Atomic(uintptr_t) xs_slab_span_;

typedef struct freeblock {
    struct freeblock *next;
} freeblock;

/* Shared state, under lock: the next uncarved byte and the free blocks
 * left by threads that ended. */
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t once = PTHREAD_ONCE_INIT;
static pthread_key_t exit_key;
static size_t top;
static freeblock *pool[NCLASS];
/* The uncarved rests of runs left by threads that ended. Their pages were
 * never touched, so they are handed on as they are: threading a free list
 * through them would touch, and make resident, up to a run per size per
 * thread. A rest that finds no slot is dropped (address space only). */
enum { NREST = 8 };
static struct {
    char *next, *end;
} rest[NCLASS][NREST];
static int nrest[NCLASS];
static atomic_long ended_live;

typedef struct tstate {
    freeblock *free[NCLASS];
    char *next[NCLASS]; /* uncarved part of the current run */
    char *end[NCLASS];
    long live;
    bool armed;
} tstate;

static _Thread_local tstate ts;

static void thread_exit(void *unused);

static void reserve(void)
{
    for (size_t span = SPAN_MAX; span >= SPAN_MIN; span /= 2) {
        void *p = mmap(NULL, span, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
        if (p == MAP_FAILED)
            continue;
        root_region(p, span);
        atomic_store(&xs_slab_base_, (uintptr_t)p);
        atomic_store(&xs_slab_span_, (uintptr_t)span);
        break;
    }
    if (pthread_key_create(&exit_key, thread_exit) != 0)
        xs_oom();
}

static size_t class_of(size_t n)
{
    return (n + 7) / 8 - 1;
}

/* Gives this thread blocks of class c: the pool's, else a new run. false
 * when the range is used up. */
static bool refill(size_t c)
{
    bool ok = true;
    pthread_mutex_lock(&lock);
    if (pool[c]) {
        ts.free[c] = pool[c];
        pool[c] = NULL;
    } else if (nrest[c] > 0) {
        nrest[c]--;
        ts.next[c] = rest[c][nrest[c]].next;
        ts.end[c] = rest[c][nrest[c]].end;
    } else if (top + RUN <= atomic_load(&xs_slab_span_)) {
        char *run = (char *)atomic_load(&xs_slab_base_) + top;
        if (mprotect(run, RUN, PROT_READ | PROT_WRITE) != 0)
            xs_oom();
        __atomic_store_n(&top, top + RUN, __ATOMIC_RELAXED); /* read by xs_slab_held */
        *(uint32_t *)run = (uint32_t)((c + 1) * 8);
        poison(run + RUN_HEAD, RUN - RUN_HEAD);
        ts.next[c] = run + RUN_HEAD;
        ts.end[c] = run + RUN;
    } else {
        ok = false;
    }
    pthread_mutex_unlock(&lock);
    return ok;
}

/* Makes sure the range is reserved and this thread's blocks will be
 * handed over when it ends. */
static void arm(void)
{
    pthread_once(&once, reserve);
    pthread_setspecific(exit_key, &ts);
    ts.armed = true;
}

void *xs_slab_alloc(size_t n)
{
    XS_ASSERT(n > 0 && n <= XS_SLAB_MAX);
    size_t c = class_of(n), size = (c + 1) * 8;
    if (!ts.armed)
        arm();
    freeblock *b = ts.free[c];
    if (b) {
        unpoison(b, sizeof *b);
        ts.free[c] = b->next;
    } else {
        if (ts.end[c] - ts.next[c] < (ptrdiff_t)size && !refill(c))
            return NULL;
        if (ts.free[c]) {
            b = ts.free[c];
            unpoison(b, sizeof *b);
            ts.free[c] = b->next;
        } else {
            b = (freeblock *)ts.next[c];
            ts.next[c] += size;
        }
    }
    unpoison(b, n);
    ts.live++;
    return b;
}

void xs_slab_free(void *p)
{
    if (!ts.armed)
        arm();
    size_t size = xs_slab_size(p);
    freeblock *b = p;
    unpoison(b, sizeof *b); /* a block of fewer than 8 bytes is partly poisoned */
    b->next = ts.free[size / 8 - 1];
    ts.free[size / 8 - 1] = b;
    poison(b, size);
    ts.live--;
}

size_t xs_slab_held(void)
{
    return __atomic_load_n(&top, __ATOMIC_RELAXED);
}

long xs_slab_live(void)
{
    return atomic_load(&ended_live) + ts.live;
}

/* Hands an ending thread's blocks to the pool: its free lists, and what
 * is left of its runs as it is (see rest). */
static void thread_exit(void *unused)
{
    (void)unused;
    pthread_mutex_lock(&lock);
    for (size_t c = 0; c < NCLASS; c++) {
        size_t size = (c + 1) * 8;
        if (ts.end[c] - ts.next[c] >= (ptrdiff_t)size && nrest[c] < NREST) {
            rest[c][nrest[c]].next = ts.next[c];
            rest[c][nrest[c]].end = ts.end[c];
            nrest[c]++;
        }
        ts.next[c] = ts.end[c] = NULL;
        while (ts.free[c]) {
            freeblock *b = ts.free[c];
            unpoison(b, sizeof *b);
            ts.free[c] = b->next;
            b->next = pool[c];
            poison(b, size);
            pool[c] = b;
        }
    }
    pthread_mutex_unlock(&lock);
    atomic_fetch_add(&ended_live, ts.live);
    ts.live = 0;
    /* Another key's destructor may still free blocks: the next free arms
     * this one again, and the thread's exit runs it once more. */
    ts.armed = false;
}
