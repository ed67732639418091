#include "base/arena.h"

#include "base/alloc.h"

#define BLOCK_MIN 8192
#define ALIGN 16

typedef struct block {
    struct block *next;
    size_t cap;
    size_t used;
    _Alignas(ALIGN) unsigned char data[];
} block;

typedef struct cleanup {
    struct cleanup *next;
    void (*fn)(void *ctx);
    void *ctx;
} cleanup;

struct xs_arena {
    block *head;
    cleanup *cleanups;
    size_t limit;
    size_t used;
};

xs_arena *xs_arena_new(size_t limit)
{
    xs_arena *a = xs_calloc(1, sizeof *a);
    a->limit = limit;
    return a;
}

void xs_arena_free(xs_arena *a)
{
    if (!a)
        return;
    for (cleanup *c = a->cleanups; c; c = c->next)
        c->fn(c->ctx);
    block *b = a->head;
    while (b) {
        block *next = b->next;
        xs_free(b);
        b = next;
    }
    xs_free(a);
}

void *xs_arena_alloc(xs_arena *a, size_t n)
{
    size_t rounded;
    if (!xs_size_add(n, ALIGN - 1, &rounded))
        return NULL;
    rounded &= ~(size_t)(ALIGN - 1);
    if (rounded == 0)
        rounded = ALIGN;
    if (a->limit && (rounded > a->limit || a->used > a->limit - rounded))
        return NULL;
    block *b = a->head;
    if (!b || b->cap - b->used < rounded) {
        /* Large requests get a block of their own behind the current one, so
         * the space left in the current block is not wasted. */
        size_t cap = rounded > BLOCK_MIN / 4 ? rounded : BLOCK_MIN;
        size_t total;
        if (!xs_size_add(sizeof(block), cap, &total))
            return NULL;
        block *nb = xs_malloc(total);
        nb->cap = cap;
        nb->used = 0;
        if (b && cap != BLOCK_MIN) {
            nb->next = b->next;
            b->next = nb;
        } else {
            nb->next = b;
            a->head = nb;
        }
        b = nb;
    }
    void *p = b->data + b->used;
    b->used += rounded;
    a->used += rounded;
    return p;
}

void *xs_arena_calloc(xs_arena *a, size_t count, size_t size)
{
    size_t n;
    if (!xs_size_mul(count, size, &n))
        return NULL;
    void *p = xs_arena_alloc(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *xs_arena_strndup(xs_arena *a, const char *s, size_t n)
{
    size_t total;
    if (!xs_size_add(n, 1, &total))
        return NULL;
    char *p = xs_arena_alloc(a, total);
    if (!p)
        return NULL;
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

bool xs_arena_on_free(xs_arena *a, void (*fn)(void *ctx), void *ctx)
{
    cleanup *c = xs_arena_alloc(a, sizeof *c);
    if (!c)
        return false;
    c->fn = fn;
    c->ctx = ctx;
    c->next = a->cleanups;
    a->cleanups = c;
    return true;
}

size_t xs_arena_used(const xs_arena *a)
{
    return a->used;
}
