/* Unit tests for src/base/map: the string-keyed hash map and xs_hash_bytes. */
#include "unit.h"

#include "base/alloc.h"
#include "base/map.h"

static void hash_basics(void)
{
    CHECK(xs_hash_bytes("a", 1) != xs_hash_bytes("b", 1));
    CHECK(xs_hash_bytes("", 0) == xs_hash_bytes("", 0));
    CHECK(xs_hash_bytes("abc", 3) == xs_hash_bytes("abcd", 3));
    /* The low bits spread: 1000 short keys land in many of 64 buckets. */
    int seen[64] = {0}, used = 0;
    for (int i = 0; i < 1000; i++) {
        char k[16];
        int n = snprintf(k, sizeof k, "k%d", i);
        seen[xs_hash_bytes(k, (size_t)n) & 63] = 1;
    }
    for (int i = 0; i < 64; i++)
        used += seen[i];
    CHECK_INT(used, 64);
}

static void set_get_replace(void)
{
    xs_map m;
    xs_map_init(&m);
    CHECK(xs_map_get(&m, XS_STR("x")) == NULL);
    CHECK(!xs_map_del(&m, XS_STR("x"), NULL));
    int a = 1, b = 2;
    void *old = NULL;
    CHECK(xs_map_set(&m, XS_STR("x"), &a, &old));
    CHECK(!xs_map_set(&m, XS_STR("x"), &b, &old));
    CHECK(old == &a);
    CHECK(xs_map_get(&m, XS_STR("x")) == &b);
    CHECK_INT(xs_map_len(&m), 1);
    /* NULL values and the empty key are ordinary. */
    CHECK(xs_map_set(&m, XS_STR(""), NULL, NULL));
    void *v = &a;
    CHECK(xs_map_find(&m, XS_STR(""), &v));
    CHECK(v == NULL);
    /* Keys are copied: the caller's buffer may change afterwards. */
    char key[8] = "temp";
    xs_map_set(&m, (xs_str){key, 4}, &a, NULL);
    key[0] = 'X';
    CHECK(xs_map_get(&m, XS_STR("temp")) == &a);
    CHECK(xs_map_get(&m, (xs_str){key, 4}) == NULL);
    /* Embedded NULs are part of the key. */
    xs_map_set(&m, (xs_str){"a\0b", 3}, &b, NULL);
    CHECK(xs_map_get(&m, (xs_str){"a\0b", 3}) == &b);
    CHECK(xs_map_get(&m, (xs_str){"a", 1}) == NULL);
    xs_map_release(&m);
    CHECK_INT(xs_map_len(&m), 0);
}

/* Many inserts and deletes against a shadow array: backward-shift deletion
 * must never lose a key that shares a probe run. */
static void churn_matches_shadow(void)
{
    enum { N = 5000 };
    static bool present[N];
    memset(present, 0, sizeof present);
    long live_before = xs_alloc_live();
    xs_map m;
    xs_map_init(&m);
    uint32_t seed = 12345;
    size_t count = 0;
    for (int step = 0; step < 60000; step++) {
        seed = seed * 1103515245u + 12345u;
        int k = (int)((seed >> 8) % N);
        char key[16];
        int n = snprintf(key, sizeof key, "key%d", k);
        xs_str ks = {key, (size_t)n};
        if ((seed >> 4) & 1) {
            bool added = xs_map_set(&m, ks, (void *)(intptr_t)(k + 1), NULL);
            CHECK(added == !present[k]);
            count += added;
            present[k] = true;
        } else {
            void *old = NULL;
            bool had = xs_map_del(&m, ks, &old);
            CHECK(had == present[k]);
            if (had) {
                CHECK((intptr_t)old == k + 1);
                count--;
            }
            present[k] = false;
        }
    }
    CHECK_INT(xs_map_len(&m), count);
    size_t found = 0;
    for (int k = 0; k < N; k++) {
        char key[16];
        int n = snprintf(key, sizeof key, "key%d", k);
        void *v = NULL;
        bool has = xs_map_find(&m, (xs_str){key, (size_t)n}, &v);
        CHECK(has == present[k]);
        if (has) {
            CHECK((intptr_t)v == k + 1);
            found++;
        }
    }
    CHECK_INT(found, count);
    /* Iteration sees every entry once. */
    size_t it = 0, seen = 0;
    xs_str key;
    void *val;
    while (xs_map_next(&m, &it, &key, &val)) {
        CHECK(key.ptr[key.len] == '\0');
        seen++;
    }
    CHECK_INT(seen, count);
    xs_map_clear(&m);
    CHECK_INT(xs_map_len(&m), 0);
    CHECK(xs_map_get(&m, XS_STR("key1")) == NULL);
    xs_map_release(&m);
    CHECK_INT(xs_alloc_live(), live_before);
}

const xs_unit_case xs_unit_map[] = {
    {"hash_basics", hash_basics},
    {"set_get_replace", set_get_replace},
    {"churn_matches_shadow", churn_matches_shadow},
    {NULL, NULL},
};
