#include "value/value.h"

#include <math.h>

#include "base/alloc.h"
#include "base/map.h"

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

typedef struct entry {
    xs_text *key;
    xs_value val;
} entry;

/* One slot of an object's hash index: pos is the entry's index + 1, 0 when
 * the slot is empty. Entries hold at most UINT32_MAX - 1 keys. */
typedef struct slot {
    uint32_t hash;
    uint32_t pos;
} slot;

/* Counts are 32-bit (an object holds fewer than 2^32 keys; the index
 * needs that anyway), which keeps the header at 32 bytes. */
struct xs_object {
    xs_heap hdr;
    uint32_t len;
    uint32_t cap;
    uint32_t index_cap; /* power of two, at least twice len */
    entry *entries;
    slot *index; /* NULL while len <= INDEX_MIN */
};

/* Below this many keys, a linear scan with length checks beats hashing. */
enum { INDEX_MIN = 8 };

/* Arrays and objects created with room for at most this many elements keep
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

/* ---- text ---- */

xs_value xs_text_alloc(size_t len, char **data)
{
    size_t bytes;
    if (!xs_size_add(sizeof(xs_text), len, &bytes) || !xs_size_add(bytes, 1, &bytes))
        xs_oom();
    xs_text *t = xs_malloc(bytes);
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
        a = xs_malloc(sizeof *a + cap * sizeof(xs_value));
        a->items = (xs_value *)(a + 1);
    } else {
        a = xs_malloc(sizeof *a);
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

/* ---- objects ---- */

static bool object_inline(const xs_object *o)
{
    return o->entries == (entry *)(o + 1);
}

xs_value xs_object_new(size_t cap)
{
    xs_object *o;
    XS_ASSERT(cap < UINT32_MAX);
    if (cap > 0 && cap <= INLINE_MAX) {
        o = xs_malloc(sizeof *o + cap * sizeof(entry));
        o->entries = (entry *)(o + 1);
    } else {
        o = xs_malloc(sizeof *o);
        o->entries = cap ? alloc_array(cap, sizeof(entry)) : NULL;
    }
    o->hdr.rc = 1;
    o->len = 0;
    o->cap = (uint32_t)cap;
    o->index = NULL;
    o->index_cap = 0;
    return (xs_value){.type = XS_OBJECT, .u.o = o};
}

size_t xs_object_len(xs_value o)
{
    XS_ASSERT(o.type == XS_OBJECT);
    return o.u.o->len;
}

static uint32_t key_hash(xs_str key)
{
    return (uint32_t)xs_hash_bytes(key.ptr, key.len);
}

static void index_put(xs_object *o, uint32_t h, size_t pos)
{
    size_t mask = o->index_cap - 1, i = h & mask;
    while (o->index[i].pos)
        i = (i + 1) & mask;
    o->index[i].hash = h;
    o->index[i].pos = (uint32_t)(pos + 1);
}

/* (Re)builds the index for the current entries, or drops it when the
 * object is small again. */
static void index_rebuild(xs_object *o)
{
    xs_free(o->index);
    o->index = NULL;
    o->index_cap = 0;
    if (o->len <= INDEX_MIN)
        return;
    XS_ASSERT(o->len < UINT32_MAX);
    size_t cap = 16;
    while (cap < (size_t)o->len * 2)
        cap *= 2;
    XS_ASSERT(cap < UINT32_MAX);
    o->index = xs_calloc(cap, sizeof(slot));
    o->index_cap = (uint32_t)cap;
    for (size_t i = 0; i < o->len; i++)
        index_put(o, key_hash(key_str(o->entries[i].key)), i);
}

/* Index of key in o's entries, or -1. */
static ptrdiff_t find(const xs_object *o, xs_str key, uint32_t *hash_out)
{
    if (!o->index) {
        for (size_t i = 0; i < o->len; i++) {
            const xs_text *k = o->entries[i].key;
            if (k->len == key.len && memcmp(k->data, key.ptr, key.len) == 0)
                return (ptrdiff_t)i;
        }
        return -1;
    }
    uint32_t h = key_hash(key);
    if (hash_out)
        *hash_out = h;
    size_t mask = o->index_cap - 1;
    for (size_t i = h & mask; o->index[i].pos; i = (i + 1) & mask) {
        if (o->index[i].hash != h)
            continue;
        size_t pos = o->index[i].pos - 1;
        const xs_text *k = o->entries[pos].key;
        if (k->len == key.len && memcmp(k->data, key.ptr, key.len) == 0)
            return (ptrdiff_t)pos;
    }
    return -1;
}

const xs_value *xs_object_get(xs_value o, xs_str key)
{
    XS_ASSERT(o.type == XS_OBJECT);
    ptrdiff_t i = find(o.u.o, key, NULL);
    return i < 0 ? NULL : &o.u.o->entries[i].val;
}

xs_value *xs_object_get_mut(xs_value *obj, xs_str key)
{
    XS_ASSERT(obj->type == XS_OBJECT);
    if (find(obj->u.o, key, NULL) < 0)
        return NULL;
    xs_value_unshare(obj);
    return &obj->u.o->entries[find(obj->u.o, key, NULL)].val;
}

/* Sets key (given as text when keytext is non-NULL, taken) to val (taken). */
static void object_set(xs_value *obj, xs_str key, xs_text *keytext, xs_value val)
{
    XS_ASSERT(obj->type == XS_OBJECT);
    xs_value_unshare(obj);
    xs_object *o = obj->u.o;
    uint32_t h = 0;
    ptrdiff_t i = find(o, key, &h);
    if (i >= 0) {
        xs_value old = o->entries[i].val;
        o->entries[i].val = val;
        xs_release(old);
        if (keytext)
            xs_release(text_val(keytext));
        return;
    }
    if (!keytext)
        keytext = xs_text_new(key.ptr, key.len).u.s;
    if (o->len == o->cap) {
        size_t ncap = grow_cap(o->cap, (size_t)o->len + 1);
        XS_ASSERT(ncap < UINT32_MAX);
        if ((object_inline(o) || !o->entries) && ncap <= INLINE_MAX) {
            /* Still small: grow the one block, header and entries. The
             * block is unique here, so *obj is its only holder. */
            o = xs_realloc(o, sizeof *o + ncap * sizeof(entry));
            o->entries = (entry *)(o + 1);
            obj->u.o = o;
        } else if (object_inline(o)) {
            entry *e = alloc_array(ncap, sizeof(entry));
            memcpy(e, o->entries, o->len * sizeof(entry));
            o->entries = e;
        } else {
            o->entries = realloc_array(o->entries, ncap, sizeof(entry));
        }
        o->cap = (uint32_t)ncap;
    }
    size_t pos = o->len++;
    o->entries[pos].key = keytext;
    o->entries[pos].val = val;
    if (o->len <= INDEX_MIN)
        return;
    if (!o->index || (size_t)o->len * 2 > o->index_cap) {
        index_rebuild(o);
        return;
    }
    index_put(o, h, pos);
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
    if (find(obj->u.o, key, NULL) < 0)
        return false;
    xs_value_unshare(obj);
    xs_object *o = obj->u.o;
    size_t i = (size_t)find(o, key, NULL);
    xs_release(text_val(o->entries[i].key));
    xs_release(o->entries[i].val);
    memmove(&o->entries[i], &o->entries[i + 1], (o->len - i - 1) * sizeof(entry));
    o->len--;
    if (o->index)
        index_rebuild(o);
    return true;
}

xs_str xs_object_key_at(xs_value o, size_t i)
{
    XS_ASSERT(o.type == XS_OBJECT && i < o.u.o->len);
    return key_str(o.u.o->entries[i].key);
}

xs_value xs_object_key_text_at(xs_value o, size_t i)
{
    XS_ASSERT(o.type == XS_OBJECT && i < o.u.o->len);
    return text_val(o.u.o->entries[i].key);
}

xs_value xs_object_val_at(xs_value o, size_t i)
{
    XS_ASSERT(o.type == XS_OBJECT && i < o.u.o->len);
    return o.u.o->entries[i].val;
}

/* ---- lifetime ---- */

/* Pending blocks to free, so that dropping a deeply nested value does not
 * recurse: each freed container pushes the children whose count it took
 * to zero. */
typedef struct worklist {
    xs_value *items;
    size_t len;
    size_t cap;
    xs_value local[32];
} worklist;

static void wl_push(worklist *w, xs_value v)
{
    if (w->len == w->cap) {
        size_t cap = w->cap * 2;
        if (w->items == w->local) {
            w->items = alloc_array(cap, sizeof(xs_value));
            memcpy(w->items, w->local, sizeof w->local);
        } else {
            w->items = realloc_array(w->items, cap, sizeof(xs_value));
        }
        w->cap = cap;
    }
    w->items[w->len++] = v;
}

/* Drops one reference held by a block being freed. */
static void drop(worklist *w, xs_value v)
{
    if (xs_is_heap(v) && v.u.h->rc != XS_RC_IMMORTAL && --v.u.h->rc == 0)
        wl_push(w, v);
}

static void destroy_one(worklist *w, xs_value v)
{
    switch (v.type) {
    case XS_TEXT:
        xs_free(v.u.s);
        break;
    case XS_ARRAY: {
        xs_array *a = v.u.a;
        for (size_t i = 0; i < a->len; i++)
            drop(w, a->items[i]);
        if (!array_inline(a))
            xs_free(a->items);
        xs_free(a);
        break;
    }
    case XS_OBJECT: {
        xs_object *o = v.u.o;
        for (size_t i = 0; i < o->len; i++) {
            drop(w, text_val(o->entries[i].key));
            drop(w, o->entries[i].val);
        }
        if (!object_inline(o))
            xs_free(o->entries);
        xs_free(o->index);
        xs_free(o);
        break;
    }
    default:
        break;
    }
}

void xs_value_destroy_(xs_value v)
{
    if (v.type == XS_TEXT) {
        xs_free(v.u.s);
        return;
    }
    worklist w;
    w.items = w.local;
    w.len = 0;
    w.cap = XS_COUNTOF(w.local);
    destroy_one(&w, v);
    while (w.len)
        destroy_one(&w, w.items[--w.len]);
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
        /* An empty object is unshared to be written: give it room for the
         * few keys a literal `{}` is then given one by one. */
        xs_value n = xs_object_new(o->len ? o->len : 4);
        xs_object *no = n.u.o;
        for (size_t i = 0; i < o->len; i++) {
            no->entries[i].key = xs_retain(text_val(o->entries[i].key)).u.s;
            no->entries[i].val = xs_retain(o->entries[i].val);
        }
        no->len = o->len;
        if (o->index) {
            no->index = alloc_array(o->index_cap, sizeof(slot));
            memcpy(no->index, o->index, o->index_cap * sizeof(slot));
            no->index_cap = o->index_cap;
        }
        *v = n;
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
        const xs_object *o = v.u.o;
        xs_value n = xs_object_new(o->len);
        for (size_t i = 0; i < o->len; i++) {
            xs_value k = xs_text_new(o->entries[i].key->data, o->entries[i].key->len);
            n.u.o->entries[i].key = k.u.s;
            n.u.o->entries[i].val = xs_value_clone_deep(o->entries[i].val);
        }
        n.u.o->len = o->len;
        index_rebuild(n.u.o);
        return n;
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
    } else if (v.type == XS_OBJECT) {
        for (size_t i = 0; i < v.u.o->len; i++) {
            v.u.o->entries[i].key->hdr.rc = XS_RC_IMMORTAL;
            xs_value_make_immortal(v.u.o->entries[i].val);
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
    } else if (v.type == XS_OBJECT) {
        for (size_t i = 0; i < v.u.o->len; i++) {
            remortalize(text_val(v.u.o->entries[i].key));
            remortalize(v.u.o->entries[i].val);
        }
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
        if (x->len != y->len)
            return false;
        for (size_t i = 0; i < x->len; i++) {
            if (!xs_str_eq(key_str(x->entries[i].key), key_str(y->entries[i].key)) ||
                !xs_value_equals(x->entries[i].val, y->entries[i].val))
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
    size_t na = a.type == XS_ARRAY ? a.u.a->len : a.u.o->len;
    size_t nb = b.type == XS_ARRAY ? b.u.a->len : b.u.o->len;
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
        xs_str k = key_str(a.u.o->entries[i].key);
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
        if (!xs_value_loose_equals(a.u.o->entries[i].val, bv))
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
        if (x->len != y->len)
            return x->len < y->len ? -1 : 1;
        for (size_t i = 0; i < x->len; i++) {
            int c = cmp_bytes(key_str(x->entries[i].key), key_str(y->entries[i].key));
            if (!c)
                c = xs_value_compare(x->entries[i].val, y->entries[i].val);
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
        return v.u.o->len != 0;
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
