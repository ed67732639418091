/* The embedded redis store (lib/redis.h): Redis's glob, integer and list
 * index rules, checked directly; the statements are covered by the run
 * goldens and tests/suites/redis.sh. */
#include "lib/redis.h"

#include "base/alloc.h"
#include "unit.h"

/* Runs a command of up to 5 words (the unused ones NULL) on
 * the embedded store; *kind is the error kind (XS_REDIS_E_NONE on success). */
static xs_value cmd(xs_redis_err *kind, const char *a0, const char *a1, const char *a2,
                    const char *a3, const char *a4)
{
    const char *argv[5] = {a0, a1, a2, a3, a4};
    size_t lens[5];
    int argc = 0;
    while (argc < 5 && argv[argc]) {
        lens[argc] = strlen(argv[argc]);
        argc++;
    }
    xs_value out;
    xs_buf msg;
    xs_buf_init(&msg);
    xs_redis_command(NULL, 0, argc, argv, lens, &out, kind, &msg);
    xs_buf_release(&msg);
    return out;
}

static void glob(void)
{
#define G(p, s) xs_redis_glob(p, strlen(p), s, strlen(s))
    CHECK(G("*", ""));
    CHECK(G("user:*", "user:1"));
    CHECK(!G("user:*", "users"));
    CHECK(G("h?llo", "hello"));
    CHECK(!G("h?llo", "hllo"));
    CHECK(G("h*llo", "heeeello"));
    CHECK(G("h[ae]llo", "hallo"));
    CHECK(!G("h[ae]llo", "hillo"));
    CHECK(G("h[^e]llo", "hallo"));
    CHECK(!G("h[^e]llo", "hello"));
    CHECK(G("h[a-b]llo", "hbllo"));
    CHECK(G("a\\*b", "a*b"));
    CHECK(!G("a\\*b", "axb"));
    CHECK(G("**x", "abx"));
#undef G
}

static void integers(void)
{
    xs_redis_err k;
    xs_redis_embedded_flush();
    xs_value v = cmd(&k, "SET", "n", "007", NULL, NULL);
    xs_release(v);
    v = cmd(&k, "INCRBY", "n", "1", NULL, NULL); /* leading zeros: not an integer */
    CHECK_INT(k, XS_REDIS_E_INT);
    xs_release(v);
    v = cmd(&k, "SET", "n", "9223372036854775807", NULL, NULL);
    xs_release(v);
    v = cmd(&k, "INCRBY", "n", "1", NULL, NULL);
    CHECK_INT(k, XS_REDIS_E_INT);
    xs_release(v);
    v = cmd(&k, "DECRBY", "n", "-9223372036854775808", NULL, NULL);
    CHECK_INT(k, XS_REDIS_E_INT);
    xs_release(v);
    v = cmd(&k, "DECRBY", "m", "-5", NULL, NULL);
    CHECK_INT(k, XS_REDIS_E_NONE);
    CHECK(v.type == XS_INT && v.u.i == 5);
    v = cmd(&k, "SET", "x", "1", "EX", "0");
    CHECK_INT(k, XS_REDIS_E_OTHER);
    xs_release(v);
    xs_redis_embedded_flush();
}

static void lists(void)
{
    xs_redis_err k;
    xs_redis_embedded_flush();
    const char *items[] = {"a", "b", "a", "c", "a"};
    for (size_t i = 0; i < XS_COUNTOF(items); i++)
        xs_release(cmd(&k, "RPUSH", "l", items[i], NULL, NULL));
    xs_value v = cmd(&k, "LRANGE", "l", "-100", "1", NULL);
    CHECK_INT(xs_array_len(v), 2);
    xs_release(v);
    v = cmd(&k, "LRANGE", "l", "5", "9", NULL);
    CHECK_INT(xs_array_len(v), 0);
    xs_release(v);
    v = cmd(&k, "LREM", "l", "-2", "a", NULL); /* the last two "a" */
    CHECK(v.type == XS_INT && v.u.i == 2);
    v = cmd(&k, "LRANGE", "l", "0", "-1", NULL);
    CHECK_INT(xs_array_len(v), 3);
    CHECK_STR(xs_text_ptr(xs_array_at(v, 0)), "a");
    CHECK_STR(xs_text_ptr(xs_array_at(v, 2)), "c");
    xs_release(v);
    v = cmd(&k, "GET", "l", NULL, NULL, NULL);
    CHECK_INT(k, XS_REDIS_E_TYPE);
    xs_release(v);
    for (int i = 0; i < 3; i++)
        xs_release(cmd(&k, "LPOP", "l", NULL, NULL, NULL));
    v = cmd(&k, "EXISTS", "l", NULL, NULL, NULL); /* gone with its last element */
    CHECK(v.type == XS_INT && v.u.i == 0);
    xs_redis_embedded_flush();
}

const xs_unit_case xs_unit_redis[] = {
    {"glob", glob},
    {"integers", integers},
    {"lists", lists},
    {NULL, NULL},
};
