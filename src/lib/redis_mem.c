/* redis_mem.c - the embedded backend of redis.h: a hash map of strings and
 * lists with expiry, per process, behind one mutex. Each command follows
 * Redis's documented behaviour so that a script gives the same results
 * here and on a server. Expired keys are removed when met (lookups, KEYS). */
#include "lib/redis.h"

#include <pthread.h>
#include <strings.h>

#include "base/alloc.h"
#include "base/clock.h"
#include "base/map.h"
#include "lib/redis_int.h"

typedef struct item {
    char *p;
    size_t n;
} item;

typedef struct entry {
    bool is_list;
    int64_t expire_at; /* monotonic ms; 0: never */
    item s;            /* the string */
    item *items;       /* the list */
    size_t len, cap;
} entry;

static pthread_mutex_t mu = PTHREAD_MUTEX_INITIALIZER;
static xs_map store;
static bool store_ready;

static item item_dup(const char *p, size_t n)
{
    item it = {xs_strndup(p, n), n};
    return it;
}

static void entry_free(entry *e)
{
    if (!e)
        return;
    xs_free(e->s.p);
    for (size_t i = 0; i < e->len; i++)
        xs_free(e->items[i].p);
    xs_free(e->items);
    xs_free(e);
}

static void drop(xs_str key)
{
    void *old = NULL;
    if (xs_map_del(&store, key, &old))
        entry_free(old);
}

/* The live entry of key, NULL when absent or expired (then removed). */
static entry *lookup(xs_str key)
{
    entry *e = xs_map_get(&store, key);
    if (e && e->expire_at && e->expire_at <= xs_clock_mono_ms()) {
        drop(key);
        return NULL;
    }
    return e;
}

static entry *entry_new(xs_str key, bool is_list)
{
    entry *e = xs_malloc(sizeof *e);
    memset(e, 0, sizeof *e);
    e->is_list = is_list;
    void *old = NULL;
    xs_map_set(&store, key, e, &old);
    entry_free(old);
    return e;
}

/* Redis's string2ll: an optional '-', digits without a leading zero (but
 * "0"), nothing else, within int64. */
static bool parse_ll(const char *p, size_t n, int64_t *out)
{
    if (n == 0 || n > 20)
        return false;
    size_t i = 0;
    bool neg = false;
    if (p[0] == '-') {
        neg = true;
        if (++i == n)
            return false;
    }
    if (p[i] == '0' && (n - i > 1 || neg))
        return false;
    uint64_t v = 0;
    for (; i < n; i++) {
        if (p[i] < '0' || p[i] > '9')
            return false;
        uint64_t d = (uint64_t)(p[i] - '0');
        if (v > (UINT64_MAX - d) / 10)
            return false;
        v = v * 10 + d;
    }
    if (neg) {
        if (v > (uint64_t)INT64_MAX + 1)
            return false;
        *out = v == (uint64_t)INT64_MAX + 1 ? INT64_MIN : -(int64_t)v;
    } else {
        if (v > (uint64_t)INT64_MAX)
            return false;
        *out = (int64_t)v;
    }
    return true;
}

static bool is(const char *arg, size_t n, const char *name)
{
    return strlen(name) == n && strncasecmp(arg, name, n) == 0;
}

static xs_status fail(xs_redis_err k, const char *words, xs_redis_err *kind, xs_buf *msg)
{
    *kind = k;
    xs_buf_add(msg, words, strlen(words));
    return XS_E_RUNTIME;
}

#define WRONGTYPE "WRONGTYPE Operation against a key holding the wrong kind of value"
#define NOT_INT "ERR value is not an integer or out of range"

static xs_status cmd_set(int argc, const char *const *argv, const size_t *lens, xs_value *out,
                         xs_redis_err *kind, xs_buf *msg)
{
    int64_t ex = 0;
    bool nx = false;
    for (int i = 3; i < argc; i++) {
        if (is(argv[i], lens[i], "NX")) {
            nx = true;
        } else if (is(argv[i], lens[i], "EX") && i + 1 < argc) {
            i++;
            if (!parse_ll(argv[i], lens[i], &ex))
                return fail(XS_REDIS_E_INT, NOT_INT, kind, msg);
            if (ex <= 0 || ex > INT64_MAX / 1000 - xs_clock_mono_ms())
                return fail(XS_REDIS_E_OTHER, "ERR invalid expire time in 'set' command", kind,
                            msg);
        } else {
            return fail(XS_REDIS_E_OTHER, "ERR syntax error", kind, msg);
        }
    }
    xs_str key = {argv[1], lens[1]};
    if (nx && lookup(key)) {
        *out = xs_null();
        return XS_OK;
    }
    entry *e = entry_new(key, false);
    e->s = item_dup(argv[2], lens[2]);
    e->expire_at = ex ? xs_clock_mono_ms() + ex * 1000 : 0;
    *out = xs_bool(true);
    return XS_OK;
}

static xs_status cmd_incrby(xs_str key, const char *arg, size_t n, bool neg, xs_value *out,
                            xs_redis_err *kind, xs_buf *msg)
{
    int64_t by, cur = 0;
    if (!parse_ll(arg, n, &by) || (neg && by == INT64_MIN))
        return fail(XS_REDIS_E_INT, NOT_INT, kind, msg);
    if (neg)
        by = -by;
    entry *e = lookup(key);
    if (e && e->is_list)
        return fail(XS_REDIS_E_TYPE, WRONGTYPE, kind, msg);
    if (e && !parse_ll(e->s.p, e->s.n, &cur))
        return fail(XS_REDIS_E_INT, NOT_INT, kind, msg);
    if ((by > 0 && cur > INT64_MAX - by) || (by < 0 && cur < INT64_MIN - by))
        return fail(XS_REDIS_E_INT, "ERR increment or decrement would overflow", kind, msg);
    cur += by;
    char num[24];
    int len = snprintf(num, sizeof num, "%lld", (long long)cur);
    if (!e)
        e = entry_new(key, false);
    xs_free(e->s.p);
    e->s = item_dup(num, (size_t)len); /* the key keeps its time to live */
    *out = xs_int(cur);
    return XS_OK;
}

static void list_insert(entry *e, size_t at, item it)
{
    if (e->len == e->cap) {
        e->cap = e->cap ? e->cap * 2 : 4;
        e->items = xs_realloc(e->items, e->cap * sizeof *e->items);
    }
    memmove(e->items + at + 1, e->items + at, (e->len - at) * sizeof *e->items);
    e->items[at] = it;
    e->len++;
}

static void list_cut(entry *e, size_t at)
{
    xs_free(e->items[at].p);
    memmove(e->items + at, e->items + at + 1, (e->len - at - 1) * sizeof *e->items);
    e->len--;
}

static xs_status cmd_lrem(xs_str key, entry *e, int64_t count, const char *v, size_t n,
                          xs_value *out)
{
    int64_t removed = 0;
    if (count >= 0) {
        for (size_t i = 0; i < e->len && (count == 0 || removed < count);) {
            if (e->items[i].n == n && memcmp(e->items[i].p, v, n) == 0) {
                list_cut(e, i);
                removed++;
            } else {
                i++;
            }
        }
    } else {
        for (size_t i = e->len; i > 0 && removed < -count; i--) {
            if (e->items[i - 1].n == n && memcmp(e->items[i - 1].p, v, n) == 0) {
                list_cut(e, i - 1);
                removed++;
            }
        }
    }
    if (e->len == 0)
        drop(key);
    *out = xs_int(removed);
    return XS_OK;
}

static xs_status cmd_lrange(entry *e, int64_t start, int64_t stop, xs_value *out)
{
    int64_t len = e ? (int64_t)e->len : 0;
    if (start < 0)
        start += len;
    if (stop < 0)
        stop += len;
    if (start < 0)
        start = 0;
    xs_value a = xs_array_new(0);
    if (start <= stop && start < len) {
        if (stop >= len)
            stop = len - 1;
        for (int64_t i = start; i <= stop; i++)
            xs_array_push(&a, xs_text_new(e->items[i].p, e->items[i].n));
    }
    *out = a;
    return XS_OK;
}

/* One command under the lock. */
static xs_status run(int argc, const char *const *argv, const size_t *lens, xs_value *out,
                     xs_redis_err *kind, xs_buf *msg)
{
    const char *c = argv[0];
    size_t cn = lens[0];
    if (argc < 2)
        return fail(XS_REDIS_E_OTHER, "ERR wrong number of arguments", kind, msg);
    xs_str key = {argv[1], lens[1]};
    if (is(c, cn, "KEYS")) {
        xs_value a = xs_array_new(0);
        int64_t now = xs_clock_mono_ms();
        size_t it = 0;
        xs_str k;
        void *v;
        while (xs_map_next(&store, &it, &k, &v)) {
            const entry *e = v;
            if ((!e->expire_at || e->expire_at > now) &&
                xs_redis_glob(key.ptr, key.len, k.ptr, k.len))
                xs_array_push(&a, xs_text_new(k.ptr, k.len));
        }
        *out = a;
        return XS_OK;
    }
    if (is(c, cn, "SET") && argc >= 3)
        return cmd_set(argc, argv, lens, out, kind, msg);
    if ((is(c, cn, "INCRBY") || is(c, cn, "DECRBY")) && argc == 3)
        return cmd_incrby(key, argv[2], lens[2], is(c, cn, "DECRBY"), out, kind, msg);
    entry *e = lookup(key);
    if (is(c, cn, "EXISTS") || is(c, cn, "DEL")) {
        if (e && is(c, cn, "DEL"))
            drop(key);
        *out = xs_int(e ? 1 : 0);
        return XS_OK;
    }
    bool list_cmd = !is(c, cn, "GET");
    if (e && e->is_list != list_cmd)
        return fail(XS_REDIS_E_TYPE, WRONGTYPE, kind, msg);
    if (is(c, cn, "GET")) {
        *out = e ? xs_text_new(e->s.p, e->s.n) : xs_null();
        return XS_OK;
    }
    if (is(c, cn, "LLEN")) {
        *out = xs_int(e ? (int64_t)e->len : 0);
        return XS_OK;
    }
    if ((is(c, cn, "RPUSH") || is(c, cn, "LPUSH")) && argc == 3) {
        if (!e)
            e = entry_new(key, true);
        list_insert(e, is(c, cn, "RPUSH") ? e->len : 0, item_dup(argv[2], lens[2]));
        *out = xs_int((int64_t)e->len);
        return XS_OK;
    }
    if (is(c, cn, "RPOP") || is(c, cn, "LPOP")) {
        if (!e) {
            *out = xs_null();
            return XS_OK;
        }
        size_t at = is(c, cn, "RPOP") ? e->len - 1 : 0;
        *out = xs_text_new(e->items[at].p, e->items[at].n);
        list_cut(e, at);
        if (e->len == 0)
            drop(key);
        return XS_OK;
    }
    if ((is(c, cn, "LRANGE") || is(c, cn, "LREM")) && argc == 4) {
        int64_t a, b = 0;
        if (!parse_ll(argv[2], lens[2], &a) ||
            (is(c, cn, "LRANGE") && !parse_ll(argv[3], lens[3], &b)))
            return fail(XS_REDIS_E_INT, NOT_INT, kind, msg);
        if (is(c, cn, "LRANGE"))
            return cmd_lrange(e, a, b, out);
        if (!e) {
            *out = xs_int(0);
            return XS_OK;
        }
        return cmd_lrem(key, e, a, argv[3], lens[3], out);
    }
    return fail(XS_REDIS_E_OTHER, "ERR unknown command or wrong number of arguments", kind, msg);
}

xs_status xs_redis_mem_command(int argc, const char *const *argv, const size_t *lens, xs_value *out,
                               xs_redis_err *kind, xs_buf *msg)
{
    *out = xs_null();
    *kind = XS_REDIS_E_NONE;
    if (argc < 1)
        return fail(XS_REDIS_E_OTHER, "ERR empty command", kind, msg);
    pthread_mutex_lock(&mu);
    if (!store_ready) {
        xs_map_init(&store);
        store_ready = true;
    }
    xs_status st = run(argc, argv, lens, out, kind, msg);
    pthread_mutex_unlock(&mu);
    return st;
}

void xs_redis_embedded_flush(void)
{
    pthread_mutex_lock(&mu);
    if (store_ready) {
        size_t it = 0;
        xs_str k;
        void *v;
        while (xs_map_next(&store, &it, &k, &v))
            entry_free(v);
        xs_map_clear(&store);
    }
    pthread_mutex_unlock(&mu);
}

/* Redis's stringmatchlen, case-sensitive. */
bool xs_redis_glob(const char *p, size_t pn, const char *s, size_t sn)
{
    while (pn > 0) {
        switch (p[0]) {
        case '*':
            while (pn > 1 && p[1] == '*') {
                p++;
                pn--;
            }
            if (pn == 1)
                return true;
            for (size_t i = 0; i <= sn; i++)
                if (xs_redis_glob(p + 1, pn - 1, s + i, sn - i))
                    return true;
            return false;
        case '?':
            if (sn == 0)
                return false;
            s++;
            sn--;
            break;
        case '[': {
            p++;
            pn--;
            bool neg = pn > 0 && p[0] == '^', match = false;
            if (neg) {
                p++;
                pn--;
            }
            if (sn == 0)
                return false;
            while (pn > 0 && p[0] != ']') {
                if (p[0] == '\\' && pn >= 2) {
                    p++;
                    pn--;
                    match |= p[0] == s[0];
                } else if (pn >= 3 && p[1] == '-' && p[2] != ']') {
                    char lo = p[0], hi = p[2];
                    if (lo > hi) {
                        char t = lo;
                        lo = hi;
                        hi = t;
                    }
                    match |= s[0] >= lo && s[0] <= hi;
                    p += 2;
                    pn -= 2;
                } else {
                    match |= p[0] == s[0];
                }
                p++;
                pn--;
            }
            if (pn == 0) /* no closing ']': Redis stops at the end */
                return false;
            if (match == neg)
                return false;
            s++;
            sn--;
            break;
        }
        case '\\':
            if (pn >= 2) {
                p++;
                pn--;
            }
            /* fall through */
        default:
            if (sn == 0 || p[0] != s[0])
                return false;
            s++;
            sn--;
            break;
        }
        p++;
        pn--;
    }
    return sn == 0;
}
