/*
 * stmts_redis.c - redis.* statements (Xano's "Data Caching"): values and
 * lists under text keys, in the embedded store or the workspace's Redis
 * server (lib/redis.h). Values are stored as compact JSON and read back
 * decoded, so a number, an object or a list set by redis.set comes back
 * as it went in; list elements likewise. A value that is not JSON (a key
 * written by another client) comes back as text.
 *
 * Failures are catchable errors naming the statement: a key holding the
 * other kind (a list for redis.get, a value for redis.push), a counter
 * that is not an integer, a server that cannot be reached.
 */
#include "base/alloc.h"
#include "lib/lib_ext.h"
#include "lib/lib_int.h"
#include "lib/redis.h"
#include "value/json.h"

#define MAX_ARGS 6

/* A command being built: up to MAX_ARGS arguments, each a C string in a
 * buffer of its own. */
typedef struct cmd {
    int argc;
    xs_buf args[MAX_ARGS];
} cmd;

static void cmd_init(cmd *m, const char *name)
{
    m->argc = 0;
    for (int i = 0; i < MAX_ARGS; i++)
        xs_buf_init(&m->args[i]);
    xs_buf_add(&m->args[m->argc++], name, strlen(name));
}

static void cmd_release(cmd *m)
{
    for (int i = 0; i < MAX_ARGS; i++)
        xs_buf_release(&m->args[i]);
}

static void arg_str(cmd *m, xs_str s)
{
    xs_buf_add(&m->args[m->argc++], s.ptr, s.len);
}

static void arg_int(cmd *m, int64_t n)
{
    xs_buf_addf(&m->args[m->argc++], "%lld", (long long)n);
}

static void arg_json(cmd *m, xs_value v)
{
    xs_json_encode(v, XS_JSON_COMPACT, &m->args[m->argc++]);
}

/* What a key holding the wrong kind means for this statement. */
static bool wants_list(xs_call *c)
{
    const char *n = xs_call_name(c);
    static const char *const lists[] = {"redis.push",  "redis.unshift", "redis.pop",  "redis.shift",
                                        "redis.range", "redis.remove",  "redis.count"};
    for (size_t i = 0; i < XS_COUNTOF(lists); i++)
        if (strcmp(n, lists[i]) == 0)
            return true;
    return false;
}

/* Runs m; *out is the reply (ours). A failure raises the statement's
 * error. */
static xs_status run(xs_call *c, cmd *m, xs_value *out)
{
    const char *argv[MAX_ARGS];
    size_t lens[MAX_ARGS];
    for (int i = 0; i < m->argc; i++) {
        argv[i] = xs_buf_cstr(&m->args[i]);
        lens[i] = m->args[i].len;
    }
    int timeout_ms;
    const char *url = xs_call_redis_url(c, &timeout_ms);
    xs_redis_err kind;
    xs_buf msg;
    xs_buf_init(&msg);
    xs_status st = xs_redis_command(url, timeout_ms, m->argc, argv, lens, out, &kind, &msg);
    if (st != XS_OK) {
        const char *key = m->argc > 1 ? argv[1] : "";
        switch (kind) {
        case XS_REDIS_E_TYPE:
            st = xs_lib_fail(c,
                             wants_list(c) ? "key '%s' holds a value, not a list"
                                           : "key '%s' holds a list, not a value",
                             key);
            break;
        case XS_REDIS_E_INT:
            st = xs_lib_fail(c,
                             "the value of key '%s' is not an integer, or the result is out "
                             "of range",
                             key);
            break;
        default:
            st = xs_lib_fail(c, "%s", xs_buf_cstr(&msg));
            break;
        }
    }
    xs_buf_release(&msg);
    return st;
}

/* The key attribute as text: required, not empty. */
static xs_status key_attr(xs_call *c, xs_value attrs, const char *name, xs_value *out)
{
    xs_value k = xs_lib_attr(attrs, name);
    if (k.type == XS_TEXT || k.type == XS_INT || k.type == XS_DEC) {
        xs_value t = xs_lib_text_of(k);
        if (xs_text_len(t) > 0) {
            *out = t;
            return XS_OK;
        }
        xs_release(t);
    }
    if (k.type == XS_NULL || k.type == XS_TEXT)
        return xs_lib_fail(c, "%s is required", name);
    return xs_lib_type_fail(c, "text", k);
}

static xs_str key_str(xs_value k)
{
    return (xs_str){xs_text_ptr(k), xs_text_len(k)};
}

/* A stored text back as a value: its JSON, or the text itself. */
static xs_value decode(xs_value t)
{
    if (t.type != XS_TEXT)
        return t;
    xs_value v;
    xs_diag d;
    xs_diag_init(&d);
    if (xs_json_decode(xs_text_ptr(t), xs_text_len(t), &v, &d) == XS_OK) {
        xs_release(t);
        t = v;
    }
    xs_diag_release(&d);
    return t;
}

/* A statement of one key and a reply: name KEY [extra...]. */
typedef enum shape {
    RAW,     /* the reply as it is (ints) */
    DECODED, /* a stored value */
    BOOL,    /* 0/1 as false/true */
    LIST,    /* an array of stored values */
} shape;

static xs_status key_cmd(xs_call *c, xs_value attrs, const char *op, shape sh, xs_value *result)
{
    xs_value key;
    xs_status st = key_attr(c, attrs, "key", &key);
    if (st != XS_OK)
        return st;
    cmd m;
    cmd_init(&m, op);
    arg_str(&m, key_str(key));
    xs_value r;
    st = run(c, &m, &r);
    cmd_release(&m);
    xs_release(key);
    if (st != XS_OK)
        return st;
    if (sh == DECODED)
        r = decode(r);
    else if (sh == BOOL)
        r = xs_bool(r.type == XS_INT && r.u.i > 0);
    xs_lib_put(result, r);
    return XS_OK;
}

#define KEY_STMT(fn, op, sh)                                                                       \
    static xs_status fn(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,                \
                        xs_value *result)                                                          \
    {                                                                                              \
        (void)target;                                                                              \
        (void)arg;                                                                                 \
        return key_cmd(c, attrs, op, sh, result);                                                  \
    }

KEY_STMT(s_get, "GET", DECODED)
KEY_STMT(s_has, "EXISTS", BOOL)
KEY_STMT(s_count, "LLEN", RAW)
KEY_STMT(s_pop, "RPOP", DECODED)
KEY_STMT(s_shift, "LPOP", DECODED)

static xs_status s_del(xs_call *c, xs_value *target, xs_value arg, xs_value attrs, xs_value *result)
{
    (void)target;
    (void)arg;
    xs_value ignored = xs_null();
    xs_status st = key_cmd(c, attrs, "DEL", RAW, &ignored);
    xs_release(ignored);
    (void)result;
    return st;
}

static xs_status s_set(xs_call *c, xs_value *target, xs_value arg, xs_value attrs, xs_value *result)
{
    (void)target;
    (void)arg;
    (void)result;
    int64_t ttl = 0;
    xs_value t = xs_lib_attr(attrs, "ttl");
    xs_status st = t.type == XS_NULL ? XS_OK : xs_lib_int_arg(c, t, &ttl);
    if (st != XS_OK)
        return st;
    if (ttl < 0)
        return xs_lib_fail(c, "ttl must be 0 (no expiry) or a number of seconds, not %lld",
                           (long long)ttl);
    xs_value key;
    if ((st = key_attr(c, attrs, "key", &key)) != XS_OK)
        return st;
    cmd m;
    cmd_init(&m, "SET");
    arg_str(&m, key_str(key));
    arg_json(&m, xs_lib_attr(attrs, "data"));
    if (ttl > 0) {
        arg_str(&m, XS_STR("EX"));
        arg_int(&m, ttl);
    }
    xs_value r;
    st = run(c, &m, &r);
    cmd_release(&m);
    xs_release(key);
    xs_release(r);
    return st;
}

static xs_status incr(xs_call *c, xs_value attrs, const char *op, xs_value *result)
{
    int64_t by = 1;
    xs_value b = xs_lib_attr(attrs, "by");
    xs_status st = b.type == XS_NULL ? XS_OK : xs_lib_int_arg(c, b, &by);
    if (st != XS_OK)
        return st;
    xs_value key;
    if ((st = key_attr(c, attrs, "key", &key)) != XS_OK)
        return st;
    cmd m;
    cmd_init(&m, op);
    arg_str(&m, key_str(key));
    arg_int(&m, by);
    xs_value r;
    st = run(c, &m, &r);
    cmd_release(&m);
    xs_release(key);
    if (st == XS_OK)
        xs_lib_put(result, r);
    return st;
}

static xs_status s_incr(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                        xs_value *result)
{
    (void)target;
    (void)arg;
    return incr(c, attrs, "INCRBY", result);
}

static xs_status s_decr(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                        xs_value *result)
{
    (void)target;
    (void)arg;
    return incr(c, attrs, "DECRBY", result);
}

static int text_cmp(const void *a, const void *b)
{
    xs_value x = *(const xs_value *)a, y = *(const xs_value *)b;
    size_t n = xs_text_len(x) < xs_text_len(y) ? xs_text_len(x) : xs_text_len(y);
    int r = memcmp(xs_text_ptr(x), xs_text_ptr(y), n);
    if (r)
        return r;
    return xs_text_len(x) < xs_text_len(y) ? -1 : xs_text_len(x) > xs_text_len(y);
}

static xs_status s_keys(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                        xs_value *result)
{
    (void)target;
    (void)arg;
    xs_value pat;
    xs_status st = key_attr(c, attrs, "search", &pat);
    if (st != XS_OK)
        return st;
    cmd m;
    cmd_init(&m, "KEYS");
    arg_str(&m, key_str(pat));
    xs_value r;
    st = run(c, &m, &r);
    cmd_release(&m);
    xs_release(pat);
    if (st != XS_OK)
        return st;
    /* Redis gives them in no order: sorted, a script sees the same list on
     * either backend. */
    size_t n = xs_array_len(r);
    xs_value *ks = xs_malloc((n ? n : 1) * sizeof *ks);
    for (size_t i = 0; i < n; i++)
        ks[i] = xs_array_at(r, i);
    qsort(ks, n, sizeof *ks, text_cmp);
    xs_value out = xs_array_new(n);
    for (size_t i = 0; i < n; i++)
        xs_array_push(&out, xs_retain(ks[i]));
    xs_free(ks);
    xs_release(r);
    xs_lib_put(result, out);
    return XS_OK;
}

static xs_status push(xs_call *c, xs_value attrs, const char *op, xs_value *result)
{
    xs_value key;
    xs_status st = key_attr(c, attrs, "key", &key);
    if (st != XS_OK)
        return st;
    cmd m;
    cmd_init(&m, op);
    arg_str(&m, key_str(key));
    arg_json(&m, xs_lib_attr(attrs, "value"));
    xs_value r;
    st = run(c, &m, &r);
    cmd_release(&m);
    xs_release(key);
    if (st == XS_OK)
        xs_lib_put(result, r);
    return st;
}

static xs_status s_push(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                        xs_value *result)
{
    (void)target;
    (void)arg;
    return push(c, attrs, "RPUSH", result);
}

static xs_status s_unshift(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                           xs_value *result)
{
    (void)target;
    (void)arg;
    return push(c, attrs, "LPUSH", result);
}

static xs_status s_range(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                         xs_value *result)
{
    (void)target;
    (void)arg;
    int64_t start, stop;
    xs_status st = xs_lib_int_arg(c, xs_lib_attr(attrs, "start"), &start);
    if (st == XS_OK)
        st = xs_lib_int_arg(c, xs_lib_attr(attrs, "stop"), &stop);
    xs_value key;
    if (st != XS_OK || (st = key_attr(c, attrs, "key", &key)) != XS_OK)
        return st;
    cmd m;
    cmd_init(&m, "LRANGE");
    arg_str(&m, key_str(key));
    arg_int(&m, start);
    arg_int(&m, stop);
    xs_value r;
    st = run(c, &m, &r);
    cmd_release(&m);
    xs_release(key);
    if (st != XS_OK)
        return st;
    xs_value out = xs_array_new(xs_array_len(r));
    for (size_t i = 0; i < xs_array_len(r); i++)
        xs_array_push(&out, decode(xs_retain(xs_array_at(r, i))));
    xs_release(r);
    xs_lib_put(result, out);
    return XS_OK;
}

static xs_status s_remove(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                          xs_value *result)
{
    (void)target;
    (void)arg;
    (void)result;
    /* count: how many to remove, from the start (from the end when
     * negative); 0, "" or none: every one equal to value. */
    int64_t count = 0;
    xs_value n = xs_lib_attr(attrs, "count");
    xs_status st = XS_OK;
    if (n.type != XS_NULL && !(n.type == XS_TEXT && xs_text_len(n) == 0))
        st = xs_lib_int_arg(c, n, &count);
    xs_value key;
    if (st != XS_OK || (st = key_attr(c, attrs, "key", &key)) != XS_OK)
        return st;
    cmd m;
    cmd_init(&m, "LREM");
    arg_str(&m, key_str(key));
    arg_int(&m, count);
    arg_json(&m, xs_lib_attr(attrs, "value"));
    xs_value r;
    st = run(c, &m, &r);
    cmd_release(&m);
    xs_release(key);
    xs_release(r);
    return st;
}

/*
 * Counts a call under key in a window of ttl seconds that starts with the
 * window's first call: SET key 0 EX ttl NX, then INCRBY key 1 (both atomic
 * on a server; the counter keeps the window's expiry). Past max calls, the
 * statement raises error (ERROR_CODE_TOO_MANY_REQUESTS, HTTP 429) when it
 * is not empty, else gives false; within the limit it gives true.
 */
static xs_status s_ratelimit(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                             xs_value *result)
{
    (void)target;
    (void)arg;
    int64_t max, ttl;
    xs_status st = xs_lib_int_arg(c, xs_lib_attr(attrs, "max"), &max);
    if (st == XS_OK)
        st = xs_lib_int_arg(c, xs_lib_attr(attrs, "ttl"), &ttl);
    if (st != XS_OK)
        return st;
    if (ttl <= 0)
        return xs_lib_fail(c, "ttl must be a number of seconds > 0, not %lld", (long long)ttl);
    xs_value key;
    if ((st = key_attr(c, attrs, "key", &key)) != XS_OK)
        return st;
    cmd m;
    cmd_init(&m, "SET");
    arg_str(&m, key_str(key));
    arg_str(&m, XS_STR("0"));
    arg_str(&m, XS_STR("EX"));
    arg_int(&m, ttl);
    arg_str(&m, XS_STR("NX"));
    xs_value r;
    st = run(c, &m, &r);
    cmd_release(&m);
    xs_release(r);
    if (st == XS_OK) {
        cmd_init(&m, "INCRBY");
        arg_str(&m, key_str(key));
        arg_str(&m, XS_STR("1"));
        st = run(c, &m, &r);
        cmd_release(&m);
    }
    xs_release(key);
    if (st != XS_OK)
        return st;
    bool over = r.type == XS_INT && r.u.i > max;
    xs_release(r);
    xs_value err = xs_lib_attr(attrs, "error");
    if (over && err.type != XS_NULL && !(err.type == XS_TEXT && xs_text_len(err) == 0)) {
        xs_value t = xs_lib_text_of(err);
        st = xs_call_fail(c, "ERROR_CODE_TOO_MANY_REQUESTS", "%s", xs_text_ptr(t));
        xs_release(t);
        return st;
    }
    xs_lib_put(result, xs_bool(!over));
    return XS_OK;
}

static const xs_stmt_def stmts[] = {
    {"redis.set", 0, s_set, "stores data under key, for ttl seconds (0: no expiry)"},
    {"redis.get", 0, s_get, "the value under key, null when none"},
    {"redis.has", 0, s_has, "whether key holds a value or a list"},
    {"redis.del", 0, s_del, "removes key"},
    {"redis.incr", 0, s_incr,
     "adds by (an integer, default 1) to the counter under key; gives the new value (package_key "
     "is ignored)"},
    {"redis.decr", 0, s_decr, "subtracts by from the counter under key; gives the new value"},
    {"redis.keys", 0, s_keys, "the keys matching the glob pattern search (* ? [a-z]), sorted"},
    {"redis.push", 0, s_push,
     "appends value to the list under key; gives its new length (package_key is ignored)"},
    {"redis.unshift", 0, s_unshift,
     "puts value at the start of the list under key; gives its new length"},
    {"redis.pop", 0, s_pop,
     "removes and gives the last element of the list under key (null when empty)"},
    {"redis.shift", 0, s_shift,
     "removes and gives the first element of the list under key (null when empty)"},
    {"redis.range", 0, s_range,
     "elements start..stop of the list under key, both included; negative counts from the end"},
    {"redis.remove", 0, s_remove,
     "removes elements equal to value from the list under key: count from the start (negative: "
     "from the end), 0 or \"\" every one"},
    {"redis.count", 0, s_count, "the length of the list under key (0 when none)"},
    {"redis.ratelimit", 0, s_ratelimit,
     "counts a call under key in a window of ttl seconds; past max, raises error (429) or gives "
     "false"},
};

const xs_builtin_family xs_lib_stmts_redis = {"redis statements", NULL, 0, stmts,
                                              XS_COUNTOF(stmts)};
