/*
 * value.h - the XanoScript value: null, bool, int (64-bit), decimal
 * (double), text (UTF-8 bytes), array and object (keys keep insertion
 * order). Everything above this layer - interpreter, filters, store, HTTP -
 * speaks xs_value.
 *
 * Representation. An xs_value is 16 bytes passed BY VALUE: a type tag and a
 * union. Scalars live in the union and need no allocation. Text, array and
 * object point to a heap block that starts with a 32-bit reference count.
 *
 * Ownership. Arguments are borrowed unless a parameter says "taken".
 * Returned values belong to the caller unless the call says "borrowed".
 * xs_retain() adds a reference, xs_release() drops one; a callee that keeps
 * a borrowed value retains it. Scalars make both calls no-ops, so generic
 * code retains and releases without looking at the type.
 *
 * Copy-on-write. Several owners may share one block; nobody mutates a block
 * whose count is above 1. Every mutator here takes an xs_value * and first
 * calls xs_value_unshare(), which replaces a shared block by a shallow copy
 * (the copy retains the elements; grandchildren stay shared until they are
 * themselves written). A block with a count of 1 is changed in place.
 *
 * Linear accumulation. The seed's idiom
 *
 *     foreach ($items) { each as $e {
 *         var.update $errors { value = $errors|push:$e }
 *     } }
 *
 * must cost O(n) in total, not O(n^2). It does when the array block has
 * exactly one reference at the moment of the push, so that xs_array_push
 * appends in place (amortised doubling) instead of copying. The variable
 * $errors holds one reference; reading it for the filter would take a
 * second. So the interpreter, when the target of var.update is the same
 * variable as the receiver of the filter chain, MOVES the value out of the
 * variable (the variable is left null, its reference handed to the filter)
 * and stores the result back. The count is then 1, the push is in place,
 * and no copy happens. Any other holder (an element of another array, a
 * step result kept for the job record) keeps the count above 1 and makes
 * the next push copy once, after which the new block is private again.
 *
 * Threads. Reference counts are plain, non-atomic integers: a value is
 * owned by one thread. Values cross threads only as deep copies
 * (xs_value_clone_deep) or as JSON text. The exception is immortal values
 * (xs_value_make_immortal): their count is XS_RC_IMMORTAL, never changed
 * and never freed by xs_release, so parsed-AST constants can be shared by
 * every runner thread read-only; a thread that wants to change one unshares
 * it like any other shared value.
 *
 * Depth. xs_release frees nested values iteratively, so any nesting can be
 * dropped. Deep copy, comparison and the JSON encoder recurse; callers that
 * build values from outside input bound their depth (the JSON decoder does).
 */
#ifndef XS_VALUE_VALUE_H
#define XS_VALUE_VALUE_H

#include "base/buf.h"
#include "base/common.h"

typedef enum xs_type {
    XS_NULL,
    XS_BOOL,
    XS_INT,
    XS_DEC,
    XS_TEXT, /* from here on, the value points to a refcounted heap block */
    XS_ARRAY,
    XS_OBJECT,
} xs_type;

/* The header every heap block starts with. rc is the number of owners;
 * XS_RC_IMMORTAL means "not counted, never freed by xs_release". */
typedef struct xs_heap {
    uint32_t rc;
} xs_heap;

#define XS_RC_IMMORTAL UINT32_MAX

typedef struct xs_text xs_text;
typedef struct xs_array xs_array;
typedef struct xs_object xs_object;

typedef struct xs_value {
    xs_type type;
    union {
        bool b;
        int64_t i;
        double d;
        xs_text *s;
        xs_array *a;
        xs_object *o;
        xs_heap *h; /* the block's header, whichever of s, a, o it is */
    } u;
} xs_value;

_Static_assert(sizeof(xs_value) == 16, "xs_value must stay 16 bytes");

/* ---- scalars ---- */

static inline xs_value xs_null(void)
{
    return (xs_value){.type = XS_NULL, .u.i = 0};
}

static inline xs_value xs_bool(bool b)
{
    return (xs_value){.type = XS_BOOL, .u.b = b};
}

static inline xs_value xs_int(int64_t i)
{
    return (xs_value){.type = XS_INT, .u.i = i};
}

static inline xs_value xs_dec(double d)
{
    return (xs_value){.type = XS_DEC, .u.d = d};
}

static inline bool xs_is_heap(xs_value v)
{
    return v.type >= XS_TEXT;
}

static inline bool xs_is_number(xs_value v)
{
    return v.type == XS_INT || v.type == XS_DEC;
}

/* ---- reference counting ---- */

/* Frees a block whose count reached zero; only xs_release calls it. */
void xs_value_destroy_(xs_value v);

/* Adds a reference and returns v, so `keep = xs_retain(v)` reads well. A
 * count that would reach XS_RC_IMMORTAL sticks there: the block then leaks
 * instead of being freed early. */
static inline xs_value xs_retain(xs_value v)
{
    if (xs_is_heap(v) && v.u.h->rc != XS_RC_IMMORTAL)
        v.u.h->rc++;
    return v;
}

/* Drops a reference; the last one frees the block and releases what it
 * holds. Scalars and immortal values are untouched. */
static inline void xs_release(xs_value v)
{
    if (xs_is_heap(v) && v.u.h->rc != XS_RC_IMMORTAL && --v.u.h->rc == 0)
        xs_value_destroy_(v);
}

/* Drops the value in *v and leaves null there. */
static inline void xs_clear(xs_value *v)
{
    xs_release(*v);
    *v = xs_null();
}

/* Moves the value out of *v (leaving null): the move the interpreter uses
 * to keep counts at 1 (see "Linear accumulation" above). */
static inline xs_value xs_take(xs_value *v)
{
    xs_value t = *v;
    *v = xs_null();
    return t;
}

/* True when the block may be written in place: not shared, not immortal. */
static inline bool xs_is_unique(xs_value v)
{
    return !xs_is_heap(v) || v.u.h->rc == 1;
}

/* Makes *v's block private: when it is shared (count > 1 or immortal),
 * replaces *v by a shallow copy (elements retained) and drops the old
 * reference. No-op for scalars and unique blocks. */
void xs_value_unshare(xs_value *v);

/* A private copy all the way down (texts copied too): the one way to hand a
 * value to another thread. */
xs_value xs_value_clone_deep(xs_value v);

/* Marks v and everything it holds immortal (see "Threads" above). Returns
 * v. Such values are freed only by xs_value_free_immortal, and only once no
 * one can still reach them (e.g. when the AST that owns them is unloaded and
 * no run of it is left). */
xs_value xs_value_make_immortal(xs_value v);
void xs_value_free_immortal(xs_value v);

/* ---- text ---- */

/* A text holding a copy of len bytes (not checked for UTF-8; the JSON
 * decoder and the lexer validate what they produce). The bytes are followed
 * by a NUL, so xs_text_ptr() is also a C string when the text has no NUL. */
xs_value xs_text_new(const char *ptr, size_t len);
xs_value xs_text_cstr(const char *s);
xs_value xs_text_from_str(xs_str s);

/* A text of len uninitialised bytes for the caller to fill through *data
 * before anyone else sees it. */
xs_value xs_text_alloc(size_t len, char **data);

/* Takes the bytes of b (left empty) into a new text. */
xs_value xs_text_from_buf(xs_buf *b);

/* Borrowed views of a text value (v must be XS_TEXT). */
const char *xs_text_ptr(xs_value v);
size_t xs_text_len(xs_value v);
xs_str xs_text_str(xs_value v);

/* ---- arrays ---- */

/* An empty array with room for cap elements. */
xs_value xs_array_new(size_t cap);

/* Number of elements (a must be XS_ARRAY). */
size_t xs_array_len(xs_value a);

/* Element i, borrowed; null when i is out of range. */
xs_value xs_array_at(xs_value a, size_t i);

/* Unshares *arr, then returns a pointer to element i for writing in place
 * (e.g. to unshare and modify a nested value), or NULL when out of range.
 * The pointer is valid until the next change to the array's length. */
xs_value *xs_array_at_mut(xs_value *arr, size_t i);

/* Appends item (taken) after unsharing *arr. Amortised O(1). */
void xs_array_push(xs_value *arr, xs_value item);

/* Replaces element i by item (taken). false when i >= len; item is then
 * released. */
bool xs_array_set(xs_value *arr, size_t i, xs_value item);

/* Removes and returns the last element (ours); null when empty. */
xs_value xs_array_pop(xs_value *arr);

/* Inserts item (taken) before index i (i == len appends). false when
 * i > len; item is then released. */
bool xs_array_insert(xs_value *arr, size_t i, xs_value item);

/* Removes element i and returns it (ours); null when out of range. */
xs_value xs_array_remove(xs_value *arr, size_t i);

/* ---- objects ---- */

/* An empty object with room for cap keys. Keys keep insertion order.
 * Objects with the same keys in the same order (up to 8 keys) share one
 * list of them and cost 16 bytes per value; a hash index is built once an
 * object passes 8 keys, below that lookups scan. */
xs_value xs_object_new(size_t cap);

/* Number of keys (o must be XS_OBJECT). */
size_t xs_object_len(xs_value o);

/* The value under key, borrowed; NULL when the key is absent (a present
 * key holding null gives a pointer to null). */
const xs_value *xs_object_get(xs_value o, xs_str key);

/* Unshares *obj and returns the slot under key for writing in place, or
 * NULL when absent. Valid until the next insertion or deletion. */
xs_value *xs_object_get_mut(xs_value *obj, xs_str key);

/* Sets key to val (taken) after unsharing *obj. An existing key keeps its
 * position; a new key goes last. The key bytes are copied. */
void xs_object_set(xs_value *obj, xs_str key, xs_value val);

/* Same, with the key given as a text value (taken), which becomes the key
 * without a copy when it is new. */
void xs_object_set_text(xs_value *obj, xs_value key, xs_value val);

/* Removes key; false when absent. Later keys keep their order. O(len). */
bool xs_object_del(xs_value *obj, xs_str key);

/* Iteration in insertion order, i < xs_object_len(o); all borrowed. */
xs_str xs_object_key_at(xs_value o, size_t i);
xs_value xs_object_key_text_at(xs_value o, size_t i);
xs_value xs_object_val_at(xs_value o, size_t i);

/* Releases this thread's cache of shared key lists (see value.c), which
 * otherwise lives as long as the thread: for tests that count live
 * allocations. */
void xs_value_drop_caches(void);

/* ---- comparison and truth ---- */

/* Strict equality, XanoScript's === (PHP's ===): same type and same
 * content. 1 === 1.0 is false. Arrays: same length, elements strictly
 * equal in order. Objects: the same keys in the same order with strictly
 * equal values. Decimals compare with C's == (0.0 === -0.0, NaN !== NaN). */
bool xs_value_equals(xs_value a, xs_value b);

/* Loose equality, XanoScript's == (PHP 8's ==):
 *   - bool or null against anything: both sides as truthiness (null == 0,
 *     null == [], true == "a"); but null against text is null == "" only;
 *   - numbers against numbers: numerically, exactly (1 == 1.0);
 *   - number against text: numerically when the text is numeric in PHP's
 *     sense (optional blanks, sign, digits, fraction, exponent: " 1e3 "),
 *     else false (0 == "a" is false, as in PHP 8);
 *   - text against text: numerically when both are numeric ("1" == "01",
 *     "10" == "1e1"), else bytewise;
 *   - arrays and objects: the same number of keys and, key by key, loosely
 *     equal values in any order (an array's keys are its indexes "0".."n-1",
 *     so [5] == {"0": 5});
 *   - an array or object against a number or text: false. */
bool xs_value_loose_equals(xs_value a, xs_value b);

/* A total order for sorting: <0, 0, >0. Across types the order is
 * null < bool < numbers < text < array < object. Within a type: false <
 * true; ints and decimals numerically and exactly as one type (1 == 1.0
 * compare 0; NaN sorts below every other number and equal to NaN); text
 * bytewise (memcmp, then the shorter first); arrays element by element,
 * then the shorter first; objects by key count, then entry by entry in
 * insertion order (key bytewise, then value). */
int xs_value_compare(xs_value a, xs_value b);

/* Falsy: null, false, 0, 0.0 (and -0.0), "", "0", [], {}. All else is
 * truthy, NaN included (as in PHP). */
bool xs_value_truthy(xs_value v);

/* "null", "bool", "int", "decimal", "text", "array", "object". */
const char *xs_value_type_name(xs_value v);
const char *xs_type_name(xs_type t);

/* PHP's is_numeric on text: optional leading and trailing blanks (space,
 * \t \n \r \v \f), an optional sign, digits with an optional fraction (or a
 * fraction alone: ".5"), an optional exponent. On success *num (if num) is
 * an int when there is no fraction or exponent and the digits fit in int64,
 * else a decimal. */
bool xs_text_to_number(xs_str s, xs_value *num);

#endif
