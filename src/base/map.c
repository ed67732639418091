#include "base/map.h"

#include "base/alloc.h"

uint64_t xs_hash_bytes(const void *p, size_t n)
{
    const unsigned char *s = p;
    uint64_t h = 0xcbf29ce484222325u;
    for (size_t i = 0; i < n; i++) {
        h ^= s[i];
        h *= 0x100000001b3u;
    }
    /* murmur3 fmix64: FNV's low bits are weak on short keys. */
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdu;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53u;
    h ^= h >> 33;
    return h;
}

void xs_map_init(xs_map *m)
{
    m->slots = NULL;
    m->cap = 0;
    m->len = 0;
}

void xs_map_clear(xs_map *m)
{
    for (size_t i = 0; i < m->cap; i++) {
        xs_free(m->slots[i].key);
        m->slots[i].key = NULL;
    }
    m->len = 0;
}

void xs_map_release(xs_map *m)
{
    xs_map_clear(m);
    xs_free(m->slots);
    xs_map_init(m);
}

size_t xs_map_len(const xs_map *m)
{
    return m->len;
}

/* The slot holding key, or the empty slot where it would go. cap > 0. */
static size_t probe(const xs_map *m, xs_str key, uint64_t h)
{
    size_t mask = m->cap - 1;
    size_t i = (size_t)h & mask;
    for (;;) {
        const xs_map_slot *s = &m->slots[i];
        if (!s->key)
            return i;
        if (s->hash == h && s->len == key.len && memcmp(s->key, key.ptr, key.len) == 0)
            return i;
        i = (i + 1) & mask;
    }
}

bool xs_map_find(const xs_map *m, xs_str key, void **val)
{
    if (m->len == 0)
        return false;
    size_t i = probe(m, key, xs_hash_bytes(key.ptr, key.len));
    if (!m->slots[i].key)
        return false;
    if (val)
        *val = m->slots[i].val;
    return true;
}

void *xs_map_get(const xs_map *m, xs_str key)
{
    void *v = NULL;
    xs_map_find(m, key, &v);
    return v;
}

static void grow(xs_map *m)
{
    size_t ncap;
    if (!xs_size_mul(m->cap ? m->cap : 8, 2, &ncap))
        xs_oom();
    xs_map_slot *old = m->slots;
    size_t ocap = m->cap;
    m->slots = xs_calloc(ncap, sizeof *m->slots);
    m->cap = ncap;
    for (size_t i = 0; i < ocap; i++) {
        if (!old[i].key)
            continue;
        size_t mask = ncap - 1, j = (size_t)old[i].hash & mask;
        while (m->slots[j].key)
            j = (j + 1) & mask;
        m->slots[j] = old[i];
    }
    xs_free(old);
}

bool xs_map_set(xs_map *m, xs_str key, void *val, void **old)
{
    /* Keep the load at or under 3/4 so probe sequences stay short. */
    if (m->cap == 0 || (m->len + 1) * 4 > m->cap * 3)
        grow(m);
    uint64_t h = xs_hash_bytes(key.ptr, key.len);
    size_t i = probe(m, key, h);
    xs_map_slot *s = &m->slots[i];
    if (s->key) {
        if (old)
            *old = s->val;
        s->val = val;
        return false;
    }
    s->key = xs_strndup(key.len ? key.ptr : "", key.len);
    s->len = key.len;
    s->hash = h;
    s->val = val;
    m->len++;
    return true;
}

bool xs_map_del(xs_map *m, xs_str key, void **old)
{
    if (m->len == 0)
        return false;
    size_t i = probe(m, key, xs_hash_bytes(key.ptr, key.len));
    if (!m->slots[i].key)
        return false;
    if (old)
        *old = m->slots[i].val;
    xs_free(m->slots[i].key);
    m->slots[i].key = NULL;
    m->len--;
    /* Backward-shift: pull later members of the probe run into the hole
     * unless their home slot lies cyclically in (hole, j]. */
    size_t mask = m->cap - 1, hole = i, j = i;
    for (;;) {
        j = (j + 1) & mask;
        if (!m->slots[j].key)
            break;
        size_t home = (size_t)m->slots[j].hash & mask;
        bool stays = hole <= j ? (hole < home && home <= j) : (hole < home || home <= j);
        if (stays)
            continue;
        m->slots[hole] = m->slots[j];
        m->slots[j].key = NULL;
        hole = j;
    }
    return true;
}

bool xs_map_next(const xs_map *m, size_t *it, xs_str *key, void **val)
{
    for (size_t i = *it; i < m->cap; i++) {
        if (!m->slots[i].key)
            continue;
        if (key)
            *key = (xs_str){m->slots[i].key, m->slots[i].len};
        if (val)
            *val = m->slots[i].val;
        *it = i + 1;
        return true;
    }
    *it = m->cap;
    return false;
}
