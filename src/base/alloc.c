#define XS_ALLOW_RAW_ALLOC
#include "base/alloc.h"

#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>

#include "base/clock.h"
#include "base/slab.h"

static atomic_long live;
static atomic_long counter;
static atomic_long fail_at;

const char *xs_status_name(xs_status st)
{
    static const char *const names[] = {
        [XS_OK] = "ok",          [XS_E_USAGE] = "usage",       [XS_E_IO] = "io",
        [XS_E_PARSE] = "parse",  [XS_E_CHECK] = "check",       [XS_E_LIMIT] = "limit",
        [XS_E_TYPE] = "type",    [XS_E_NOTFOUND] = "not found", [XS_E_RUNTIME] = "runtime",
        [XS_E_STORE] = "store",  [XS_E_HTTP] = "http",         [XS_E_INTERNAL] = "internal",
    };
    if ((unsigned)st >= XS_COUNTOF(names) || !names[st])
        return "unknown";
    return names[st];
}

void xs_oom(void)
{
    fputs("xsflow: out of memory\n", stderr);
    abort();
}

void xs_assert_fail(const char *expr, const char *file, int line)
{
    fprintf(stderr, "xsflow: internal error: assertion '%s' failed at %s:%d\n", expr, file, line);
    abort();
}

void *xs_malloc(size_t n)
{
    void *p = malloc(n ? n : 1);
    if (!p)
        xs_oom();
    atomic_fetch_add(&live, 1);
    return p;
}

void *xs_try_malloc(size_t n)
{
    long nth = atomic_fetch_add(&counter, 1) + 1;
    long f = atomic_load(&fail_at);
    if (f > 0 && nth >= f)
        return NULL;
    void *p = malloc(n ? n : 1);
    if (p)
        atomic_fetch_add(&live, 1);
    return p;
}

void *xs_calloc(size_t n, size_t sz)
{
    size_t total;
    if (!xs_size_mul(n, sz, &total))
        xs_oom();
    void *p = calloc(total ? total : 1, 1);
    if (!p)
        xs_oom();
    atomic_fetch_add(&live, 1);
    return p;
}

void *xs_realloc(void *p, size_t n)
{
    void *q = realloc(p, n ? n : 1);
    if (!q)
        xs_oom();
    if (!p)
        atomic_fetch_add(&live, 1);
    return q;
}

void xs_free(void *p)
{
    if (!p)
        return;
    atomic_fetch_sub(&live, 1);
    free(p);
}

char *xs_strndup(const char *s, size_t n)
{
    char *p = xs_malloc(n + 1);
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

char *xs_strdup(const char *s)
{
    return xs_strndup(s, strlen(s));
}

bool xs_size_mul(size_t a, size_t b, size_t *out)
{
    size_t r;
    if (__builtin_mul_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

bool xs_size_add(size_t a, size_t b, size_t *out)
{
    size_t r;
    if (__builtin_add_overflow(a, b, &r))
        return false;
    *out = r;
    return true;
}

long xs_alloc_live(void)
{
    return atomic_load(&live) + xs_slab_live();
}

static void heap_init(void)
{
    (void)mallinfo2();
}

static void heap_once(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, heap_init);
}

size_t xs_heap_in_use(void)
{
    heap_once();
    struct mallinfo2 mi = mallinfo2();
    return mi.uordblks + mi.hblkhd + xs_slab_held();
}

size_t xs_heap_in_use_recent(int64_t max_age_ms)
{
    static _Atomic size_t last;
    static _Atomic int64_t last_at; /* monotonic ms; 0: never read */
    int64_t now = xs_clock_mono_ms(), at = atomic_load(&last_at);
    if (at && now - at <= max_age_ms)
        return atomic_load(&last);
    size_t v = xs_heap_in_use();
    atomic_store(&last, v);
    atomic_store(&last_at, now);
    return v;
}

void xs_heap_trim(void)
{
    heap_once();
    malloc_trim(0);
}

void xs_alloc_fail_at(long nth)
{
    atomic_store(&counter, 0);
    atomic_store(&fail_at, nth);
}
