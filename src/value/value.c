#include "value/value.h"

#include <math.h>
#include <pthread.h>

#include "base/alloc.h"
#include "base/map.h"
#include "base/slab.h"

struct xs_text {
    xs_heap hdr;
    size_t len;
    char data[]; /* len bytes, then a NUL */
};

struct xs_array {
    xs_heap hdr;
    size_t len;
    size_t cap;
    xs_value *items;
};

/* One slot of a shape's hash index: pos is the key's index + 1, 0 when
 * the slot is empty. */
typedef struct slot {
    uint32_t hash;
    uint32_t pos;
} slot;

/* Arrays created with room for at most this many elements keep
 * them in the same heap block as their header: one allocation instead of
 * two for the small literals that scripts build by the million. Growing
 * past the room moves the elements to a block of their own. */
enum { INLINE_MAX = 8 };

static size_t grow_cap(size_t cap, size_t need)
{
    size_t n = cap ? cap : 4;
    while (n < need)
        if (!xs_size_mul(n, 2, &n))
            xs_oom();
    return n;
}

static void *alloc_array(size_t n, size_t size)
{
    size_t bytes;
    if (!xs_size_mul(n, size, &bytes))
        xs_oom();
    return xs_malloc(bytes);
}

static void *realloc_array(void *p, size_t n, size_t size)
{
    size_t bytes;
    if (!xs_size_mul(n, size, &bytes))
        xs_oom();
    return xs_realloc(p, bytes);
}

/* Small blocks (text, array headers, short arrays) come from the slab,
 * without malloc's 8 bytes and rounding to 16 per block; larger ones, or
 * all once the slab's range is used up, from malloc. */
static void *block_alloc(size_t bytes)
{
    void *p = bytes <= XS_SLAB_MAX ? xs_slab_alloc(bytes) : NULL;
    return p ? p : xs_malloc(bytes);
}

static void block_free(void *p)
{
    if (xs_slab_has(p))
        xs_slab_free(p);
    else
        xs_free(p);
}

/* ---- text ---- */

xs_value xs_text_alloc(size_t len, char **data)
{
    size_t bytes;
    if (!xs_size_add(sizeof(xs_text), len, &bytes) || !xs_size_add(bytes, 1, &bytes))
        xs_oom();
    xs_text *t = block_alloc(bytes);
    t->hdr.rc = 1;
    t->len = len;
    t->data[len] = '\0';
    *data = t->data;
    return (xs_value){.type = XS_TEXT, .u.s = t};
}

xs_value xs_text_new(const char *ptr, size_t len)
{
    char *data;
    xs_value v = xs_text_alloc(len, &data);
    if (len)
        memcpy(data, ptr, len);
    return v;
}

xs_value xs_text_cstr(const char *s)
{
    return xs_text_new(s, strlen(s));
}

xs_value xs_text_from_str(xs_str s)
{
    return xs_text_new(s.ptr, s.len);
}

xs_value xs_text_from_buf(xs_buf *b)
{
    xs_value v = xs_text_new(b->ptr, b->len);
    xs_buf_release(b);
    return v;
}

const char *xs_text_ptr(xs_value v)
{
    XS_ASSERT(v.type == XS_TEXT);
    return v.u.s->data;
}

size_t xs_text_len(xs_value v)
{
    XS_ASSERT(v.type == XS_TEXT);
    return v.u.s->len;
}

xs_str xs_text_str(xs_value v)
{
    XS_ASSERT(v.type == XS_TEXT);
    return (xs_str){v.u.s->data, v.u.s->len};
}

static xs_str key_str(const xs_text *t)
{
    return (xs_str){t->data, t->len};
}

static xs_value text_val(xs_text *t)
{
    return (xs_value){.type = XS_TEXT, .u.s = t};
}

/* ---- arrays ---- */

static bool array_inline(const xs_array *a)
{
    return a->items == (xs_value *)(a + 1);
}

xs_value xs_array_new(size_t cap)
{
    xs_array *a;
    if (cap > 0 && cap <= INLINE_MAX) {
        a = block_alloc(sizeof *a + cap * sizeof(xs_value));
        a->items = (xs_value *)(a + 1);
    } else {
        a = block_alloc(sizeof *a);
        a->items = cap ? alloc_array(cap, sizeof(xs_value)) : NULL;
    }
    a->hdr.rc = 1;
    a->len = 0;
    a->cap = cap;
    return (xs_value){.type = XS_ARRAY, .u.a = a};
}

size_t xs_array_len(xs_value a)
{
    XS_ASSERT(a.type == XS_ARRAY);
    return a.u.a->len;
}

xs_value xs_array_at(xs_value a, size_t i)
{
    XS_ASSERT(a.type == XS_ARRAY);
    return i < a.u.a->len ? a.u.a->items[i] : xs_null();
}

static xs_array *array_mut(xs_value *arr)
{
    XS_ASSERT(arr->type == XS_ARRAY);
    xs_value_unshare(arr);
    return arr->u.a;
}

static void array_reserve(xs_array *a, size_t extra)
{
    size_t need;
    if (!xs_size_add(a->len, extra, &need))
        xs_oom();
    if (need <= a->cap)
        return;
    a->cap = grow_cap(a->cap, need);
    if (array_inline(a)) {
        xs_value *items = alloc_array(a->cap, sizeof(xs_value));
        memcpy(items, a->items, a->len * sizeof(xs_value));
        a->items = items;
    } else {
        a->items = realloc_array(a->items, a->cap, sizeof(xs_value));
    }
}

xs_value *xs_array_at_mut(xs_value *arr, size_t i)
{
    xs_array *a = array_mut(arr);
    return i < a->len ? &a->items[i] : NULL;
}

void xs_array_push(xs_value *arr, xs_value item)
{
    xs_array *a = array_mut(arr);
    if (a->len == a->cap)
        array_reserve(a, 1);
    a->items[a->len++] = item;
}

bool xs_array_set(xs_value *arr, size_t i, xs_value item)
{
    XS_ASSERT(arr->type == XS_ARRAY);
    if (i >= arr->u.a->len) {
        xs_release(item);
        return false;
    }
    xs_array *a = array_mut(arr);
    xs_value old = a->items[i];
    a->items[i] = item;
    xs_release(old);
    return true;
}

xs_value xs_array_pop(xs_value *arr)
{
    XS_ASSERT(arr->type == XS_ARRAY);
    if (arr->u.a->len == 0)
        return xs_null();
    xs_array *a = array_mut(arr);
    return a->items[--a->len];
}

bool xs_array_insert(xs_value *arr, size_t i, xs_value item)
{
    XS_ASSERT(arr->type == XS_ARRAY);
    if (i > arr->u.a->len) {
        xs_release(item);
        return false;
    }
    xs_array *a = array_mut(arr);
    array_reserve(a, 1);
    memmove(&a->items[i + 1], &a->items[i], (a->len - i) * sizeof(xs_value));
    a->items[i] = item;
    a->len++;
    return true;
}

xs_value xs_array_remove(xs_value *arr, size_t i)
{
    XS_ASSERT(arr->type == XS_ARRAY);
    if (i >= arr->u.a->len)
        return xs_null();
    xs_array *a = array_mut(arr);
    xs_value v = a->items[i];
    memmove(&a->items[i], &a->items[i + 1], (a->len - i - 1) * sizeof(xs_value));
    a->len--;
    return v;
}

/* An object's keys live in a shape: an immutable, refcounted list of key
 * texts that every object with the same keys in the same order may share,
 * so that a million objects built by one literal hold one copy of the keys
 * and 16 bytes per value. A shape held by one object only (rc 1) may be
 * changed in place; a shared one is replaced on write, like a value.
 *
 * Shapes of up to SHARED_MAX keys are found again through a small
 * per-thread cache of transitions (shape + key -> shape), so objects built
 * key by key, by literals, |set or the JSON decoder, end up sharing too.
 * The cache only ever holds shapes of its own thread: values cross threads
 * as deep copies, which get fresh shapes (see xs_value_clone_deep). Larger
 * shapes are private to their object and carry a hash index.
 *
 * Shapes live in the slab, so that an object names its shape by a 32-bit
 * slab reference (see xs_object). */
typedef struct shape {
    uint32_t rc; /* as xs_heap: XS_RC_IMMORTAL is never counted */
    uint32_t len;
    uint32_t cap;       /* room in keys[] (grows only while private) */
    uint32_t index_cap; /* power of two, at least twice len */
    struct shape *parent; /* retained: the shape this one extends by its
                           * last key, set when the cache made it */
    slot *index;          /* NULL while len <= INDEX_MIN */
    xs_text **keys;       /* inline_keys, or a block of its own when large */
    bool cached;          /* made by the cache: its keys are all kept */
    xs_text *inline_keys[];
} shape;

/* Shapes of up to this many keys keep them in the same block. */
#define SHAPE_INLINE ((XS_SLAB_MAX - sizeof(shape)) / sizeof(xs_text *))

/* An 8-byte header, then the values; the number of keys is the shape's (0
 * when there is no shape). The room for values is not stored: a slab
 * block's size gives it, and a larger object (from malloc) is preceded by
 * a size_t holding it (see object_alloc). A million one-key objects thus
 * take 24 bytes each. */
struct xs_object {
    xs_heap hdr;
    uint32_t shape; /* slab reference of the shape; 0 while empty */
    xs_value vals[];
};

_Static_assert(sizeof(struct xs_object) == 8, "objects have an 8-byte header");

/* Below this many keys, a linear scan with length checks beats hashing. */
enum { INDEX_MIN = 8 };

/* Shapes of at most this many keys are shared through the transition
 * cache; they never need an index. */
enum { SHARED_MAX = INDEX_MIN };

/* Transition cache entries per thread (a power of two). */
enum { TCACHE_SIZE = 256 };

static uint32_t key_hash(xs_str key)
{
    return (uint32_t)xs_hash_bytes(key.ptr, key.len);
}

static bool key_eq(const xs_text *k, xs_str key)
{
    /* a literal key is often the very text the shape holds */
    return k->len == key.len && (k->data == key.ptr || memcmp(k->data, key.ptr, key.len) == 0);
}

static shape *obj_shape(const xs_object *o)
{
    return o->shape ? xs_slab_ptr(o->shape) : NULL;
}

static void obj_set_shape(xs_object *o, shape *s)
{
    o->shape = s ? xs_slab_ref(s) : 0;
}

static size_t obj_len(const xs_object *o)
{
    return o->shape ? obj_shape(o)->len : 0;
}

static shape *shape_alloc(size_t cap)
{
    XS_ASSERT(cap < UINT32_MAX);
    bool inl = cap <= SHAPE_INLINE;
    shape *s = xs_slab_alloc(sizeof *s + (inl ? cap * sizeof(xs_text *) : 0));
    if (!s)
        xs_oom(); /* objects can only name a shape in the slab */
    s->keys = inl ? s->inline_keys : alloc_array(cap, sizeof(xs_text *));
    s->rc = 1;
    s->len = 0;
    s->cap = (uint32_t)cap;
    s->index_cap = 0;
    s->parent = NULL;
    s->index = NULL;
    s->cached = false;
    return s;
}

static void shape_release(shape *s)
{
    while (s && s->rc != XS_RC_IMMORTAL && --s->rc == 0) {
        shape *parent = s->parent;
        for (size_t i = 0; i < s->len; i++)
            xs_release(text_val(s->keys[i]));
        xs_free(s->index);
        if (s->keys != s->inline_keys)
            xs_free(s->keys);
        xs_slab_free(s);
        s = parent;
    }
}

static shape *shape_retain(shape *s)
{
    if (s && s->rc != XS_RC_IMMORTAL)
        s->rc++;
    return s;
}

static void index_put(shape *s, uint32_t h, size_t pos)
{
    size_t mask = s->index_cap - 1, i = h & mask;
    while (s->index[i].pos)
        i = (i + 1) & mask;
    s->index[i].hash = h;
    s->index[i].pos = (uint32_t)(pos + 1);
}

/* (Re)builds the index for the current keys, or drops it when the shape
 * is small again. */
static void index_rebuild(shape *s)
{
    xs_free(s->index);
    s->index = NULL;
    s->index_cap = 0;
    if (s->len <= INDEX_MIN)
        return;
    size_t cap = 16;
    while (cap < (size_t)s->len * 2)
        cap *= 2;
    XS_ASSERT(cap < UINT32_MAX);
    s->index = xs_calloc(cap, sizeof(slot));
    s->index_cap = (uint32_t)cap;
    for (size_t i = 0; i < s->len; i++)
        index_put(s, key_hash(key_str(s->keys[i])), i);
}

/* A key for a shape that may outlive the text's owner: immortal texts
 * (a literal's keys, freed with its function) are copied. */
static xs_text *key_keep(xs_text *t)
{
    if (t->hdr.rc == XS_RC_IMMORTAL)
        return xs_text_new(t->data, t->len).u.s;
    return xs_retain(text_val(t)).u.s;
}

/* A private copy of s's keys (all but the one at skip, when skip < len),
 * with room for extra more, no parent, and an index when large. */
static shape *shape_copy(const shape *s, size_t skip, size_t extra)
{
    size_t n = s ? s->len : 0, cap;
    if (!xs_size_add(n, extra, &cap))
        xs_oom();
    shape *c = shape_alloc(cap ? cap : 1);
    for (size_t i = 0; i < n; i++)
        if (i != skip)
            c->keys[c->len++] = xs_retain(text_val(s->keys[i])).u.s;
    index_rebuild(c);
    return c;
}

/* The position of key in s, or -1. */
static ptrdiff_t shape_find(const shape *s, xs_str key, uint32_t *hash_out)
{
    if (!s)
        return -1;
    if (!s->index) {
        for (size_t i = 0; i < s->len; i++)
            if (key_eq(s->keys[i], key))
                return (ptrdiff_t)i;
        return -1;
    }
    uint32_t h = key_hash(key);
    if (hash_out)
        *hash_out = h;
    size_t mask = s->index_cap - 1;
    for (size_t i = h & mask; s->index[i].pos; i = (i + 1) & mask) {
        if (s->index[i].hash != h)
            continue;
        size_t pos = s->index[i].pos - 1;
        if (key_eq(s->keys[pos], key))
            return (ptrdiff_t)pos;
    }
    return -1;
}

/* ---- the transition cache ---- */

/* Each entry holds a reference to a shape made by extending its parent
 * with one key; the shape holds its parent, so a parent found in an entry
 * is alive and its address cannot have been reused. */
static _Thread_local shape *tcache[TCACHE_SIZE];
static _Thread_local bool tcache_armed;
static pthread_key_t tcache_key;
static pthread_once_t tcache_once = PTHREAD_ONCE_INIT;

/* Drops the cache of a thread that ends (the main thread's stays reachable
 * until exit). */
static void tcache_drop(void *unused)
{
    (void)unused;
    for (size_t i = 0; i < TCACHE_SIZE; i++) {
        shape_release(tcache[i]);
        tcache[i] = NULL;
    }
}

static void tcache_init(void)
{
    if (pthread_key_create(&tcache_key, tcache_drop) != 0)
        xs_oom();
}

static size_t tcache_slot(const shape *from, uint32_t keyhash)
{
    uintptr_t p = (uintptr_t)from;
    return (size_t)((p >> 4) ^ (p >> 12) ^ keyhash) & (TCACHE_SIZE - 1);
}

/* The shape of from's keys plus key (keytext, when non-NULL, is a text of
 * the key that may be kept; borrowed). Returns a reference. from is a
 * shared or immortal shape of fewer than SHARED_MAX keys, or NULL. */
static shape *shape_extend(shape *from, xs_str key, xs_text *keytext)
{
    /* Only shapes the cache made, whose keys are all kept (key_keep), are
     * extended through it: an immortal shape may be freed while another
     * thread's cache still names it, and a private one may hold a
     * literal's keys. Their extensions are private. */
    if (from && (from->rc == XS_RC_IMMORTAL || !from->cached)) {
        shape *c = shape_copy(from, SIZE_MAX, 1);
        c->keys[c->len++] = keytext ? xs_retain(text_val(keytext)).u.s : xs_text_new(key.ptr, key.len).u.s;
        return c;
    }
    /* A few bytes pick the slot: hashing whole keys here cost a tenth of
     * a |set chain; the entry is checked against the key anyway. */
    uint32_t h = (uint32_t)key.len * 31u;
    if (key.len)
        h += (uint8_t)key.ptr[0] * 7u + (uint8_t)key.ptr[key.len - 1] * 131u +
             (uint8_t)key.ptr[key.len / 2] * 1031u;
    shape **e = &tcache[tcache_slot(from, h)];
    shape *t = *e;
    if (t && t->parent == from && key_eq(t->keys[t->len - 1], key))
        return shape_retain(t);
    size_t n = from ? from->len : 0;
    t = shape_alloc(n + 1);
    for (size_t i = 0; i < n; i++)
        t->keys[i] = xs_retain(text_val(from->keys[i])).u.s;
    t->keys[n] = keytext ? key_keep(keytext) : xs_text_new(key.ptr, key.len).u.s;
    t->len = (uint32_t)(n + 1);
    t->parent = shape_retain(from);
    t->cached = true;
    if (!tcache_armed) {
        pthread_once(&tcache_once, tcache_init);
        pthread_setspecific(tcache_key, tcache);
        tcache_armed = true;
    }
    shape_release(*e);
    *e = shape_retain(t);
    return t;
}

void xs_value_drop_caches(void)
{
    tcache_drop(NULL);
}

/* ---- objects ---- */

/* An object with room for exactly cap values: from the slab when small,
 * else from malloc after a size_t holding cap. */
static xs_object *object_alloc(size_t cap)
{
    size_t bytes;
    XS_ASSERT(cap < UINT32_MAX);
    if (!xs_size_mul(cap, sizeof(xs_value), &bytes) || !xs_size_add(bytes, sizeof(xs_object), &bytes))
        xs_oom();
    xs_object *o = bytes <= XS_SLAB_MAX ? xs_slab_alloc(bytes) : NULL;
    if (!o) {
        size_t *big = xs_malloc(sizeof(size_t) + bytes);
        *big = cap;
        o = (xs_object *)(big + 1);
    }
    o->hdr.rc = 1;
    o->shape = 0;
    return o;
}

static size_t obj_room(const xs_object *o)
{
    if (xs_slab_has(o))
        return (xs_slab_size(o) - sizeof *o) / sizeof(xs_value);
    return ((const size_t *)o)[-1];
}

static void object_free(xs_object *o)
{
    if (xs_slab_has(o))
        xs_slab_free(o);
    else
        xs_free((size_t *)o - 1);
}

xs_value xs_object_new(size_t cap)
{
    return (xs_value){.type = XS_OBJECT, .u.o = object_alloc(cap)};
}

size_t xs_object_len(xs_value o)
{
    XS_ASSERT(o.type == XS_OBJECT);
    return obj_len(o.u.o);
}

const xs_value *xs_object_get(xs_value o, xs_str key)
{
    XS_ASSERT(o.type == XS_OBJECT);
    ptrdiff_t i = shape_find(obj_shape(o.u.o), key, NULL);
    return i < 0 ? NULL : &o.u.o->vals[i];
}

xs_value *xs_object_get_mut(xs_value *obj, xs_str key)
{
    XS_ASSERT(obj->type == XS_OBJECT);
    ptrdiff_t i = shape_find(obj_shape(obj->u.o), key, NULL);
    if (i < 0)
        return NULL;
    /* Unsharing keeps the shape, so the position holds. */
    xs_value_unshare(obj);
    return &obj->u.o->vals[i];
}

/* Sets key (given as text when keytext is non-NULL, taken) to val (taken). */
static void object_set(xs_value *obj, xs_str key, xs_text *keytext, xs_value val)
{
    XS_ASSERT(obj->type == XS_OBJECT);
    xs_value_unshare(obj);
    xs_object *o = obj->u.o;
    uint32_t h = 0;
    shape *s = obj_shape(o);
    ptrdiff_t i = shape_find(s, key, &h);
    if (i >= 0) {
        xs_value old = o->vals[i];
        o->vals[i] = val;
        xs_release(old);
        if (keytext)
            xs_release(text_val(keytext));
        return;
    }
    size_t n = obj_len(o);
    size_t room = obj_room(o);
    if (n == room) {
        /* The block is unique here, so *obj is its only holder. */
        xs_object *no = object_alloc(grow_cap(room, n + 1));
        memcpy(no, o, sizeof *o + n * sizeof(xs_value));
        object_free(o);
        o = no;
        obj->u.o = o;
    }
    if (s && s->rc == 1 && (n >= SHARED_MAX || !s->cached)) {
        /* Private: add the key in place; it no longer extends its
         * parent. */
        shape_release(s->parent);
        s->parent = NULL;
        s->cached = false;
        if (s->len == s->cap) {
            size_t kcap = grow_cap(s->cap, (size_t)s->len + 1);
            XS_ASSERT(kcap < UINT32_MAX);
            if (s->keys == s->inline_keys) {
                s->keys = alloc_array(kcap, sizeof(xs_text *));
                memcpy(s->keys, s->inline_keys, s->len * sizeof(xs_text *));
            } else {
                s->keys = realloc_array(s->keys, kcap, sizeof(xs_text *));
            }
            s->cap = (uint32_t)kcap;
        }
        s->keys[s->len++] = keytext ? keytext : xs_text_new(key.ptr, key.len).u.s;
        if (s->len > INDEX_MIN) {
            if (!s->index || (size_t)s->len * 2 > s->index_cap)
                index_rebuild(s);
            else
                index_put(s, h, s->len - 1);
        }
    } else if (n < SHARED_MAX) {
        obj_set_shape(o, shape_extend(s, key, keytext));
        shape_release(s);
        if (keytext)
            xs_release(text_val(keytext));
    } else {
        shape *c = shape_copy(s, SIZE_MAX, 1);
        c->keys[c->len++] = keytext ? keytext : xs_text_new(key.ptr, key.len).u.s;
        index_rebuild(c);
        obj_set_shape(o, c);
        shape_release(s);
    }
    o->vals[n] = val;
}

void xs_object_set(xs_value *obj, xs_str key, xs_value val)
{
    object_set(obj, key, NULL, val);
}

void xs_object_set_text(xs_value *obj, xs_value key, xs_value val)
{
    XS_ASSERT(key.type == XS_TEXT);
    xs_text *t = key.u.s;
    /* An immortal or shared key text may become a key as is: keys are
     * never written. */
    object_set(obj, key_str(t), t, val);
}

bool xs_object_del(xs_value *obj, xs_str key)
{
    XS_ASSERT(obj->type == XS_OBJECT);
    ptrdiff_t at = shape_find(obj_shape(obj->u.o), key, NULL);
    if (at < 0)
        return false;
    size_t i = (size_t)at;
    xs_value_unshare(obj);
    xs_object *o = obj->u.o;
    shape *s = obj_shape(o);
    size_t n = s->len;
    if (n == 1) {
        obj_set_shape(o, NULL);
        shape_release(s);
    } else if (s->rc == 1) {
        /* Private: remove in place; it no longer extends its parent. */
        shape_release(s->parent);
        s->parent = NULL;
        s->cached = false;
        xs_release(text_val(s->keys[i]));
        memmove(&s->keys[i], &s->keys[i + 1], (n - i - 1) * sizeof(xs_text *));
        s->len--;
        if (s->index)
            index_rebuild(s);
    } else {
        obj_set_shape(o, shape_copy(s, i, 0));
        shape_release(s);
    }
    xs_release(o->vals[i]);
    memmove(&o->vals[i], &o->vals[i + 1], (n - i - 1) * sizeof(xs_value));
    return true;
}

xs_str xs_object_key_at(xs_value o, size_t i)
{
    XS_ASSERT(o.type == XS_OBJECT && i < obj_len(o.u.o));
    return key_str(obj_shape(o.u.o)->keys[i]);
}

xs_value xs_object_key_text_at(xs_value o, size_t i)
{
    XS_ASSERT(o.type == XS_OBJECT && i < obj_len(o.u.o));
    return text_val(obj_shape(o.u.o)->keys[i]);
}

xs_value xs_object_val_at(xs_value o, size_t i)
{
    XS_ASSERT(o.type == XS_OBJECT && i < obj_len(o.u.o));
    return o.u.o->vals[i];
}

/* ---- lifetime ---- */

/* Containers being freed, as a stack of frames that each drop their
 * children one by one: dropping a deeply nested value does not recurse,
 * and the stack grows with the nesting, not with the number of children (a
 * list of a million objects takes one frame, not a million entries). */
typedef struct frame {
    xs_value v;
    size_t next; /* the next child to drop */
} frame;

typedef struct worklist {
    frame *items;
    size_t len;
    size_t cap;
    frame local[16];
} worklist;

static void wl_push(worklist *w, xs_value v)
{
    if (w->len == w->cap) {
        size_t cap = w->cap * 2;
        if (w->items == w->local) {
            w->items = alloc_array(cap, sizeof(frame));
            memcpy(w->items, w->local, sizeof w->local);
        } else {
            w->items = realloc_array(w->items, cap, sizeof(frame));
        }
        w->cap = cap;
    }
    w->items[w->len++] = (frame){v, 0};
}

/* Frees the block of a text, or of a container whose children are all
 * dropped. */
static void free_block(xs_value v)
{
    switch (v.type) {
    case XS_TEXT:
        block_free(v.u.s);
        break;
    case XS_ARRAY:
        if (!array_inline(v.u.a))
            xs_free(v.u.a->items);
        block_free(v.u.a);
        break;
    case XS_OBJECT:
        shape_release(obj_shape(v.u.o));
        object_free(v.u.o);
        break;
    default:
        break;
    }
}

void xs_value_destroy_(xs_value v)
{
    if (v.type == XS_TEXT) {
        block_free(v.u.s);
        return;
    }
    worklist w;
    w.items = w.local;
    w.local[0] = (frame){v, 0};
    w.len = 1;
    w.cap = XS_COUNTOF(w.local);
    while (w.len) {
        frame *f = &w.items[w.len - 1];
        xs_value top = f->v;
        const xs_value *kids = top.type == XS_ARRAY ? top.u.a->items : top.u.o->vals;
        size_t n = top.type == XS_ARRAY ? top.u.a->len : obj_len(top.u.o);
        /* Texts are freed on the spot; a container that loses its last
         * reference is entered before the rest of this one's children. */
        xs_value enter = xs_null();
        while (enter.type == XS_NULL && f->next < n) {
            xs_value c = kids[f->next++];
            if (!xs_is_heap(c) || c.u.h->rc == XS_RC_IMMORTAL || --c.u.h->rc != 0)
                continue;
            if (c.type == XS_TEXT)
                block_free(c.u.s);
            else
                enter = c;
        }
        if (enter.type == XS_NULL) {
            free_block(top);
            w.len--;
        } else if (f->next == n) {
            /* Its last child: the child's frame replaces this one, so a
             * chain nested a million deep takes one frame too. */
            free_block(top);
            *f = (frame){enter, 0};
        } else {
            wl_push(&w, enter);
        }
    }
    if (w.items != w.local)
        xs_free(w.items);
}

void xs_value_unshare(xs_value *v)
{
    if (xs_is_unique(*v))
        return;
    xs_value old = *v;
    switch (old.type) {
    case XS_TEXT:
        *v = xs_text_new(old.u.s->data, old.u.s->len);
        break;
    case XS_ARRAY: {
        const xs_array *a = old.u.a;
        xs_value n = xs_array_new(a->len);
        for (size_t i = 0; i < a->len; i++)
            n.u.a->items[i] = xs_retain(a->items[i]);
        n.u.a->len = a->len;
        *v = n;
        break;
    }
    case XS_OBJECT: {
        const xs_object *o = old.u.o;
        size_t len = obj_len(o);
        /* An empty object is unshared to be written: give it room for the
         * few keys a literal `{}` is then given one by one. The copy
         * shares the keys. */
        xs_object *no = object_alloc(len ? len : 4);
        for (size_t i = 0; i < len; i++)
            no->vals[i] = xs_retain(o->vals[i]);
        obj_set_shape(no, shape_retain(obj_shape(o)));
        *v = (xs_value){.type = XS_OBJECT, .u.o = no};
        break;
    }
    default:
        return;
    }
    xs_release(old);
}

xs_value xs_value_clone_deep(xs_value v)
{
    switch (v.type) {
    case XS_TEXT:
        return xs_text_new(v.u.s->data, v.u.s->len);
    case XS_ARRAY: {
        const xs_array *a = v.u.a;
        xs_value n = xs_array_new(a->len);
        for (size_t i = 0; i < a->len; i++)
            n.u.a->items[i] = xs_value_clone_deep(a->items[i]);
        n.u.a->len = a->len;
        return n;
    }
    case XS_OBJECT: {
        /* A fresh shape with fresh keys: the copy may go to another
         * thread, which must not count references to this one's shapes. */
        const xs_object *o = v.u.o;
        size_t len = obj_len(o);
        xs_object *no = object_alloc(len);
        if (len) {
            shape *s = shape_alloc(len);
            for (size_t i = 0; i < len; i++) {
                const xs_text *k = obj_shape(o)->keys[i];
                s->keys[i] = xs_text_new(k->data, k->len).u.s;
                no->vals[i] = xs_value_clone_deep(o->vals[i]);
            }
            s->len = (uint32_t)len;
            index_rebuild(s);
            obj_set_shape(no, s);
        }
        return (xs_value){.type = XS_OBJECT, .u.o = no};
    }
    default:
        return v;
    }
}

xs_value xs_value_make_immortal(xs_value v)
{
    if (!xs_is_heap(v))
        return v;
    v.u.h->rc = XS_RC_IMMORTAL;
    if (v.type == XS_ARRAY) {
        for (size_t i = 0; i < v.u.a->len; i++)
            xs_value_make_immortal(v.u.a->items[i]);
    } else if (v.type == XS_OBJECT && v.u.o->shape) {
        xs_object *o = v.u.o;
        /* Other threads will read the keys: the object gets a shape of its
         * own, out of this thread's cache, which it never counts again. */
        if (obj_shape(o)->rc != XS_RC_IMMORTAL) {
            shape *s = obj_shape(o), *c = shape_alloc(s->len);
            for (size_t i = 0; i < s->len; i++)
                c->keys[i] = xs_text_new(s->keys[i]->data, s->keys[i]->len).u.s;
            c->len = s->len;
            index_rebuild(c);
            shape_release(s);
            obj_set_shape(o, c);
            c->rc = XS_RC_IMMORTAL;
        }
        shape *s = obj_shape(o);
        for (size_t i = 0; i < s->len; i++) {
            s->keys[i]->hdr.rc = XS_RC_IMMORTAL;
            xs_value_make_immortal(o->vals[i]);
        }
    }
    return v;
}

/* Sets every count in v's tree to 1 again, then releases it normally.
 * A block reachable twice in the tree is counted once per path. */
static void remortalize(xs_value v)
{
    if (!xs_is_heap(v))
        return;
    if (v.u.h->rc != XS_RC_IMMORTAL) {
        v.u.h->rc++;
        return;
    }
    v.u.h->rc = 1;
    if (v.type == XS_ARRAY) {
        for (size_t i = 0; i < v.u.a->len; i++)
            remortalize(v.u.a->items[i]);
    } else if (v.type == XS_OBJECT && v.u.o->shape) {
        shape *s = obj_shape(v.u.o);
        if (s->rc != XS_RC_IMMORTAL) {
            s->rc++;
        } else {
            s->rc = 1;
            for (size_t i = 0; i < s->len; i++)
                remortalize(text_val(s->keys[i]));
        }
        for (size_t i = 0; i < s->len; i++)
            remortalize(v.u.o->vals[i]);
    }
}

void xs_value_free_immortal(xs_value v)
{
    if (!xs_is_heap(v) || v.u.h->rc != XS_RC_IMMORTAL)
        return;
    remortalize(v);
    xs_release(v);
}

/* ---- numbers ---- */

/* i <=> d exactly, for d not NaN. */
static int cmp_int_dec(int64_t i, double d)
{
    if (d >= 9223372036854775808.0)
        return -1;
    if (d < -9223372036854775808.0)
        return 1;
    double t = trunc(d);
    int64_t ti = (int64_t)t;
    if (i != ti)
        return i < ti ? -1 : 1;
    return d > t ? -1 : d < t ? 1 : 0;
}

/* Numbers as one type; NaN sorts below every other number. */
static int cmp_num(xs_value a, xs_value b)
{
    if (a.type == XS_INT && b.type == XS_INT)
        return (a.u.i > b.u.i) - (a.u.i < b.u.i);
    bool an = a.type == XS_DEC && isnan(a.u.d), bn = b.type == XS_DEC && isnan(b.u.d);
    if (an || bn)
        return an && bn ? 0 : an ? -1 : 1;
    if (a.type == XS_INT)
        return cmp_int_dec(a.u.i, b.u.d);
    if (b.type == XS_INT)
        return -cmp_int_dec(b.u.i, a.u.d);
    return (a.u.d > b.u.d) - (a.u.d < b.u.d);
}

/* Numeric equality for ==: like cmp_num, but NaN equals nothing. */
static bool num_eq(xs_value a, xs_value b)
{
    if ((a.type == XS_DEC && isnan(a.u.d)) || (b.type == XS_DEC && isnan(b.u.d)))
        return false;
    return cmp_num(a, b) == 0;
}

static bool is_blank(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

bool xs_text_to_number(xs_str s, xs_value *num)
{
    const char *p = s.ptr, *end = s.ptr + s.len;
    while (p < end && is_blank(*p))
        p++;
    while (end > p && is_blank(end[-1]))
        end--;
    const char *start = p;
    if (p < end && (*p == '+' || *p == '-'))
        p++;
    const char *int_start = p;
    while (p < end && is_digit(*p))
        p++;
    size_t int_digits = (size_t)(p - int_start);
    size_t frac_digits = 0;
    bool is_dec = false;
    if (p < end && *p == '.') {
        is_dec = true;
        p++;
        const char *f = p;
        while (p < end && is_digit(*p))
            p++;
        frac_digits = (size_t)(p - f);
    }
    if (int_digits + frac_digits == 0)
        return false;
    if (p < end && (*p == 'e' || *p == 'E')) {
        is_dec = true;
        p++;
        if (p < end && (*p == '+' || *p == '-'))
            p++;
        const char *e = p;
        while (p < end && is_digit(*p))
            p++;
        if (p == e)
            return false;
    }
    if (p != end)
        return false;
    if (!num)
        return true;
    if (!is_dec) {
        bool neg = *start == '-';
        uint64_t acc = 0, limit = neg ? (uint64_t)INT64_MAX + 1 : (uint64_t)INT64_MAX;
        bool fits = true;
        for (const char *q = int_start; q < end; q++) {
            unsigned dgt = (unsigned)(*q - '0');
            if (acc > (limit - dgt) / 10) {
                fits = false;
                break;
            }
            acc = acc * 10 + dgt;
        }
        if (fits) {
            *num = xs_int(neg ? (int64_t)(0 - acc) : (int64_t)acc);
            return true;
        }
    }
    /* strtod needs a NUL-terminated copy; the grammar above is a subset of
     * what strtod reads, so it consumes the whole copy. */
    size_t n = (size_t)(end - start);
    char small[64];
    char *copy = n < sizeof small ? small : xs_malloc(n + 1);
    memcpy(copy, start, n);
    copy[n] = '\0';
    *num = xs_dec(strtod(copy, NULL));
    if (copy != small)
        xs_free(copy);
    return true;
}

/* ---- comparison ---- */

bool xs_value_equals(xs_value a, xs_value b)
{
    if (a.type != b.type)
        return false;
    switch (a.type) {
    case XS_NULL:
        return true;
    case XS_BOOL:
        return a.u.b == b.u.b;
    case XS_INT:
        return a.u.i == b.u.i;
    case XS_DEC:
        return a.u.d == b.u.d;
    case XS_TEXT:
        return a.u.s == b.u.s || xs_str_eq(key_str(a.u.s), key_str(b.u.s));
    case XS_ARRAY: {
        if (a.u.a == b.u.a)
            return true;
        if (a.u.a->len != b.u.a->len)
            return false;
        for (size_t i = 0; i < a.u.a->len; i++)
            if (!xs_value_equals(a.u.a->items[i], b.u.a->items[i]))
                return false;
        return true;
    }
    case XS_OBJECT: {
        const xs_object *x = a.u.o, *y = b.u.o;
        if (x == y)
            return true;
        size_t n = obj_len(x);
        if (n != obj_len(y))
            return false;
        for (size_t i = 0; i < n; i++) {
            if ((x->shape != y->shape &&
                 !xs_str_eq(key_str(obj_shape(x)->keys[i]), key_str(obj_shape(y)->keys[i]))) ||
                !xs_value_equals(x->vals[i], y->vals[i]))
                return false;
        }
        return true;
    }
    }
    return false;
}

/* Loosely equal collections: a's keys all in b with == values, same count.
 * An array's keys are its decimal indexes. */
static bool loose_coll_eq(xs_value a, xs_value b)
{
    size_t na = a.type == XS_ARRAY ? a.u.a->len : obj_len(a.u.o);
    size_t nb = b.type == XS_ARRAY ? b.u.a->len : obj_len(b.u.o);
    if (na != nb)
        return false;
    if (a.type == XS_ARRAY && b.type == XS_ARRAY) {
        for (size_t i = 0; i < na; i++)
            if (!xs_value_loose_equals(a.u.a->items[i], b.u.a->items[i]))
                return false;
        return true;
    }
    if (a.type == XS_ARRAY)
        return loose_coll_eq(b, a);
    /* a is an object; b an object or an array. */
    for (size_t i = 0; i < na; i++) {
        xs_str k = key_str(obj_shape(a.u.o)->keys[i]);
        xs_value bv;
        if (b.type == XS_OBJECT) {
            const xs_value *p = xs_object_get(b, k);
            if (!p)
                return false;
            bv = *p;
        } else {
            /* Only canonical indexes ("0", "17", never "01" or "-0") match. */
            if (k.len == 0 || k.len > 19 || (k.len > 1 && k.ptr[0] == '0'))
                return false;
            uint64_t idx = 0;
            for (size_t j = 0; j < k.len; j++) {
                if (!is_digit(k.ptr[j]))
                    return false;
                idx = idx * 10 + (uint64_t)(k.ptr[j] - '0');
            }
            if (idx >= nb)
                return false;
            bv = b.u.a->items[idx];
        }
        if (!xs_value_loose_equals(a.u.o->vals[i], bv))
            return false;
    }
    return true;
}

bool xs_value_loose_equals(xs_value a, xs_value b)
{
    if (a.type == XS_NULL && b.type == XS_NULL)
        return true;
    /* PHP converts null to "" against a string, then compares strings. */
    if (a.type == XS_NULL && b.type == XS_TEXT)
        return b.u.s->len == 0;
    if (b.type == XS_NULL && a.type == XS_TEXT)
        return a.u.s->len == 0;
    if (a.type <= XS_BOOL || b.type <= XS_BOOL)
        return xs_value_truthy(a) == xs_value_truthy(b);
    if (xs_is_number(a) && xs_is_number(b))
        return num_eq(a, b);
    if (a.type == XS_TEXT && b.type == XS_TEXT) {
        xs_value x, y;
        if (xs_text_to_number(key_str(a.u.s), &x) && xs_text_to_number(key_str(b.u.s), &y))
            return num_eq(x, y);
        return xs_str_eq(key_str(a.u.s), key_str(b.u.s));
    }
    if (xs_is_number(a) && b.type == XS_TEXT) {
        xs_value y;
        return xs_text_to_number(key_str(b.u.s), &y) && num_eq(a, y);
    }
    if (a.type == XS_TEXT && xs_is_number(b))
        return xs_value_loose_equals(b, a);
    if (a.type >= XS_ARRAY && b.type >= XS_ARRAY)
        return loose_coll_eq(a, b);
    return false;
}

static int type_rank(xs_type t)
{
    return t == XS_DEC ? XS_INT : (int)t;
}

static int cmp_bytes(xs_str a, xs_str b)
{
    size_t n = a.len < b.len ? a.len : b.len;
    int c = n ? memcmp(a.ptr, b.ptr, n) : 0;
    if (c)
        return c < 0 ? -1 : 1;
    return (a.len > b.len) - (a.len < b.len);
}

int xs_value_compare(xs_value a, xs_value b)
{
    int ra = type_rank(a.type), rb = type_rank(b.type);
    if (ra != rb)
        return ra < rb ? -1 : 1;
    switch (a.type) {
    case XS_NULL:
        return 0;
    case XS_BOOL:
        return (int)a.u.b - (int)b.u.b;
    case XS_INT:
    case XS_DEC:
        return cmp_num(a, b);
    case XS_TEXT:
        return cmp_bytes(key_str(a.u.s), key_str(b.u.s));
    case XS_ARRAY: {
        size_t n = a.u.a->len < b.u.a->len ? a.u.a->len : b.u.a->len;
        for (size_t i = 0; i < n; i++) {
            int c = xs_value_compare(a.u.a->items[i], b.u.a->items[i]);
            if (c)
                return c;
        }
        return (a.u.a->len > b.u.a->len) - (a.u.a->len < b.u.a->len);
    }
    case XS_OBJECT: {
        const xs_object *x = a.u.o, *y = b.u.o;
        size_t n = obj_len(x);
        if (n != obj_len(y))
            return n < obj_len(y) ? -1 : 1;
        for (size_t i = 0; i < n; i++) {
            int c = x->shape == y->shape
                        ? 0
                        : cmp_bytes(key_str(obj_shape(x)->keys[i]), key_str(obj_shape(y)->keys[i]));
            if (!c)
                c = xs_value_compare(x->vals[i], y->vals[i]);
            if (c)
                return c;
        }
        return 0;
    }
    }
    return 0;
}

bool xs_value_truthy(xs_value v)
{
    switch (v.type) {
    case XS_NULL:
        return false;
    case XS_BOOL:
        return v.u.b;
    case XS_INT:
        return v.u.i != 0;
    case XS_DEC:
        return v.u.d != 0.0; /* NaN != 0.0 too: truthy */
    case XS_TEXT:
        return !(v.u.s->len == 0 || (v.u.s->len == 1 && v.u.s->data[0] == '0'));
    case XS_ARRAY:
        return v.u.a->len != 0;
    case XS_OBJECT:
        return v.u.o->shape != 0;
    }
    return false;
}

const char *xs_type_name(xs_type t)
{
    static const char *const names[] = {
        [XS_NULL] = "null", [XS_BOOL] = "bool",   [XS_INT] = "int",       [XS_DEC] = "decimal",
        [XS_TEXT] = "text", [XS_ARRAY] = "array", [XS_OBJECT] = "object",
    };
    return (unsigned)t < XS_COUNTOF(names) ? names[t] : "unknown";
}

const char *xs_value_type_name(xs_value v)
{
    return xs_type_name(v.type);
}
