/* Unit tests for src/base: alloc, arena, buf, diag, fiber, slab. */
#include "unit.h"

#include <pthread.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/fiber.h"
#include "base/slab.h"

static void arena_limit(void)
{
    xs_arena *a = xs_arena_new(1024);
    CHECK(xs_arena_alloc(a, 1000) != NULL);
    CHECK(xs_arena_alloc(a, 100) == NULL);
    CHECK(xs_arena_alloc(a, (size_t)-1) == NULL);
    CHECK(xs_arena_calloc(a, (size_t)1 << 40, (size_t)1 << 40) == NULL);
    xs_arena_free(a);
}

static int cleanup_order[3];
static int cleanup_n;
static void record(void *ctx)
{
    cleanup_order[cleanup_n++] = (int)(intptr_t)ctx;
}

static void arena_cleanups_reverse(void)
{
    xs_arena *a = xs_arena_new(0);
    cleanup_n = 0;
    for (intptr_t i = 1; i <= 3; i++)
        CHECK(xs_arena_on_free(a, record, (void *)i));
    /* Many small and large blocks, all aligned. */
    for (int i = 0; i < 2000; i++) {
        void *p = xs_arena_alloc(a, (size_t)(i * 7 % 5000) + 1);
        CHECK(p != NULL && ((uintptr_t)p & 15) == 0);
    }
    char *s = xs_arena_strndup(a, "hello world", 5);
    CHECK_STR(s, "hello");
    xs_arena_free(a);
    CHECK_INT(cleanup_n, 3);
    CHECK_INT(cleanup_order[0], 3);
    CHECK_INT(cleanup_order[2], 1);
}

static void buf_grows_and_formats(void)
{
    xs_buf b;
    xs_buf_init(&b);
    CHECK_STR(xs_buf_cstr(&b), "");
    for (int i = 0; i < 1000; i++)
        xs_buf_addf(&b, "%d,", i);
    CHECK(b.len > 2000);
    CHECK(strncmp(b.ptr, "0,1,2,", 6) == 0);
    xs_buf_reset(&b);
    xs_buf_adds(&b, "x");
    xs_buf_addc(&b, 'y');
    size_t n;
    char *s = xs_buf_detach(&b, &n);
    CHECK_STR(s, "xy");
    CHECK_INT(n, 2);
    CHECK(b.ptr == NULL);
    xs_free(s);
}

static void size_overflow(void)
{
    size_t r = 7;
    CHECK(!xs_size_mul(SIZE_MAX, 2, &r));
    CHECK_INT(r, 7);
    CHECK(!xs_size_add(SIZE_MAX, 1, &r));
    CHECK(xs_size_mul(3, 4, &r));
    CHECK_INT(r, 12);
}

static void diag_first_error_and_json(void)
{
    xs_diag d;
    xs_diag_init(&d);
    xs_diag_warn(&d, "a.xs", 1, 2, "unused variable '%s'", "x");
    CHECK_INT(xs_diag_error(&d, XS_E_PARSE, "a.xs", 3, 4, "expected '%c'", '}'), XS_E_PARSE);
    xs_diag_error(&d, XS_E_PARSE, "a.xs", 9, 9, "later");
    const xs_diag_entry *e = xs_diag_first_error(&d);
    CHECK(e != NULL);
    CHECK_INT(e->line, 3);
    CHECK_STR(e->message, "expected '}'");
    xs_buf b;
    xs_buf_init(&b);
    xs_diag_to_json(&d, &b);
    CHECK(strstr(xs_buf_cstr(&b), "\"severity\":\"warning\"") != NULL);
    CHECK(strstr(xs_buf_cstr(&b), "\"message\":\"expected '}'\"") != NULL);
    xs_buf_release(&b);
    xs_diag_release(&d);
}

static void slab_sizes_and_refs(void)
{
    long live = xs_alloc_live();
    void *blocks[XS_SLAB_MAX];
    for (size_t n = 1; n <= XS_SLAB_MAX; n++) {
        void *p = blocks[n - 1] = xs_slab_alloc(n);
        CHECK(p != NULL && ((uintptr_t)p & 7) == 0);
        CHECK(xs_slab_has(p));
        CHECK_INT(xs_slab_size(p), (n + 7) / 8 * 8);
        CHECK(xs_slab_ref(p) != 0 && xs_slab_ptr(xs_slab_ref(p)) == p);
        memset(p, 0xab, n);
    }
    CHECK_INT(xs_alloc_live(), live + XS_SLAB_MAX);
    for (size_t n = 1; n <= XS_SLAB_MAX; n++)
        xs_slab_free(blocks[n - 1]);
    CHECK_INT(xs_alloc_live(), live);
    /* A freed block is the next one of its size. */
    void *p = xs_slab_alloc(40);
    xs_slab_free(p);
    CHECK(xs_slab_alloc(33) == p);
    xs_slab_free(p);
    void *m = xs_malloc(16);
    CHECK(!xs_slab_has(m) && !xs_slab_has(NULL));
    xs_free(m);
}

enum { SLAB_THREAD_N = 1000 };

/* Allocates blocks, frees half and hands the other half back. */
static void *slab_worker(void *out)
{
    void **keep = out;
    for (int i = 0; i < SLAB_THREAD_N; i++) {
        void *p = xs_slab_alloc(24);
        memset(p, i, 24);
        if (i % 2)
            xs_slab_free(p);
        else
            keep[i / 2] = p;
    }
    return NULL;
}

static void slab_threads(void)
{
    long live = xs_alloc_live();
    void *keep[SLAB_THREAD_N / 2];
    pthread_t th;
    CHECK(pthread_create(&th, NULL, slab_worker, keep) == 0);
    CHECK(pthread_join(th, NULL) == 0);
    /* The ended thread's count moved here with its live blocks. */
    CHECK_INT(xs_alloc_live(), live + SLAB_THREAD_N / 2);
    for (int i = 0; i < SLAB_THREAD_N / 2; i++) {
        CHECK(((unsigned char *)keep[i])[23] == (unsigned char)(2 * i));
        xs_slab_free(keep[i]);
    }
    CHECK_INT(xs_alloc_live(), live);
    /* The blocks the thread freed, and the rest of its run, are reused. */
    void *more[SLAB_THREAD_N];
    for (int i = 0; i < SLAB_THREAD_N; i++)
        more[i] = xs_slab_alloc(24);
    for (int i = 0; i < SLAB_THREAD_N; i++)
        xs_slab_free(more[i]);
    CHECK_INT(xs_alloc_live(), live);
}

static void json_quote_escapes(void)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_json_quote(&b, "a\"b\\c\n\x01", 7);
    CHECK_STR(xs_buf_cstr(&b), "\"a\\\"b\\\\c\\n\\u0001\"");
    xs_buf_release(&b);
}

/* Fibers: two interleave at their yields, each keeps its locals. */
typedef struct fib_trace {
    int id;
    int *log;
    int *n;
} fib_trace;

static void fib_count(void *arg)
{
    fib_trace *t = arg;
    for (int i = 0; i < 3; i++) {
        int mine = t->id * 10 + i; /* on the fiber's stack across the yield */
        xs_fiber_yield();
        t->log[(*t->n)++] = mine;
    }
}

static void fiber_interleave(void)
{
    int log[6], n = 0;
    fib_trace a = {1, log, &n}, b = {2, log, &n};
    xs_fiber *fa = xs_fiber_new(0, fib_count, &a), *fb = xs_fiber_new(64 << 10, fib_count, &b);
    CHECK(fa && fb);
    CHECK(xs_fiber_current() == NULL);
    for (int round = 0; round < 4; round++) {
        xs_fiber_resume(fa);
        xs_fiber_resume(fb);
    }
    CHECK(xs_fiber_done(fa) && xs_fiber_done(fb));
    int want[6] = {10, 20, 11, 21, 12, 22};
    CHECK_INT(n, 6);
    for (int i = 0; i < 6; i++)
        CHECK_INT(log[i], want[i]);
    xs_fiber_resume(fa); /* a finished fiber does not run again */
    CHECK_INT(n, 6);
    xs_fiber_free(fa);
    xs_fiber_free(fb);
}

/* A fiber's stack holds deep recursion (the interpreter's), as a thread's. */
static int fib_depth(int d)
{
    volatile char pad[512];
    pad[0] = (char)d;
    if (d == 0)
        return pad[0];
    if (d % 1000 == 0)
        xs_fiber_yield();
    return fib_depth(d - 1) + 1 + pad[0] * 0;
}

static void fib_deep(void *arg)
{
    *(int *)arg = fib_depth(8000); /* about 5 MiB of frames */
}

static void fiber_deep_stack(void)
{
    int got = -1;
    xs_fiber *f = xs_fiber_new(0, fib_deep, &got);
    CHECK(f != NULL);
    int resumes = 0;
    while (!xs_fiber_done(f) && resumes < 100) {
        xs_fiber_resume(f);
        resumes++;
    }
    CHECK_INT(got, 8000);
    CHECK_INT(resumes, 9); /* eight yields, then the end */
    xs_fiber_free(f);
}

/* xs_blocking runs in place without a hook, through the hook with one. */
static void blk_add(void *arg)
{
    (*(int *)arg)++;
}

static int hooked;
static void blk_hook(xs_blocking_fn fn, void *arg, void *ctx)
{
    hooked += *(int *)ctx;
    fn(arg);
}

static void blocking_hook(void)
{
    int v = 0, weight = 5;
    hooked = 0;
    xs_blocking(blk_add, &v);
    CHECK_INT(v, 1);
    CHECK_INT(hooked, 0);
    xs_blocking_set_hook(blk_hook, &weight);
    xs_blocking(blk_add, &v);
    xs_blocking_set_hook(NULL, NULL);
    CHECK_INT(v, 2);
    CHECK_INT(hooked, 5);
    xs_blocking(blk_add, &v);
    CHECK_INT(hooked, 5);
}

const xs_unit_case xs_unit_base[] = {
    {"arena_limit", arena_limit},
    {"arena_cleanups_reverse", arena_cleanups_reverse},
    {"buf_grows_and_formats", buf_grows_and_formats},
    {"size_overflow", size_overflow},
    {"diag_first_error_and_json", diag_first_error_and_json},
    {"json_quote_escapes", json_quote_escapes},
    {"slab_sizes_and_refs", slab_sizes_and_refs},
    {"slab_threads", slab_threads},
    {"fiber_interleave", fiber_interleave},
    {"fiber_deep_stack", fiber_deep_stack},
    {"blocking_hook", blocking_hook},
    {NULL, NULL},
};
