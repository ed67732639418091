/* redis.c - xs_redis_command: the embedded store (redis_mem.c) or a Redis
 * server through hiredis, one connection per thread, kept in thread-specific
 * data and closed when the thread ends. */
#include "lib/redis.h"

#include <hiredis.h>
#include <pthread.h>
#include <strings.h>

#include "base/alloc.h"
#include "lib/redis_int.h"

typedef struct conn {
    char *url;
    redisContext *ctx;
} conn;

static pthread_key_t conn_key;
static pthread_once_t conn_once = PTHREAD_ONCE_INIT;

static void conn_close(conn *c)
{
    if (c->ctx)
        redisFree(c->ctx);
    c->ctx = NULL;
}

static void conn_free(void *p)
{
    conn *c = p;
    if (!c)
        return;
    conn_close(c);
    xs_free(c->url);
    xs_free(c);
}

static void conn_key_init(void)
{
    pthread_key_create(&conn_key, conn_free);
}

static xs_status fail(xs_redis_err k, xs_redis_err *kind, xs_buf *msg, const char *fmt, ...)
    XS_PRINTF(4, 5);

static xs_status fail(xs_redis_err k, xs_redis_err *kind, xs_buf *msg, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char text[512];
    vsnprintf(text, sizeof text, fmt, ap);
    va_end(ap);
    *kind = k;
    xs_buf_add(msg, text, strlen(text));
    return XS_E_RUNTIME;
}

/* Sends one command on ctx; reply or NULL (I/O error). */
static redisReply *send_cmd(redisContext *ctx, int argc, const char **argv, const size_t *lens)
{
    return redisCommandArgv(ctx, argc, argv, lens);
}

/* Connects to url: redis://[[user]:password@]host[:port][/db]. */
static xs_status connect_url(conn *c, const char *url, int timeout_ms, xs_redis_err *kind,
                             xs_buf *msg)
{
    const char *p = url;
    if (strncmp(p, "redis://", 8) != 0)
        return fail(XS_REDIS_E_CONN, kind, msg, "unsupported redis url '%s' (want redis://)", url);
    p += 8;
    char user[128] = "", pass[256] = "", host[256] = "127.0.0.1";
    int port = 6379;
    long db = 0;
    const char *at = strchr(p, '@');
    const char *slash = strchr(p, '/');
    if (at && (!slash || at < slash)) {
        const char *colon = memchr(p, ':', (size_t)(at - p));
        if (colon) {
            snprintf(user, sizeof user, "%.*s", (int)(colon - p), p);
            snprintf(pass, sizeof pass, "%.*s", (int)(at - colon - 1), colon + 1);
        } else {
            snprintf(pass, sizeof pass, "%.*s", (int)(at - p), p);
        }
        p = at + 1;
    }
    size_t hl = slash ? (size_t)(slash - p) : strlen(p);
    const char *colon = memchr(p, ':', hl);
    if (colon) {
        port = atoi(colon + 1);
        hl = (size_t)(colon - p);
    }
    if (hl > 0)
        snprintf(host, sizeof host, "%.*s", (int)hl, p);
    if (slash && slash[1])
        db = strtol(slash + 1, NULL, 10);
    struct timeval tv = {timeout_ms / 1000, (timeout_ms % 1000) * 1000};
    redisContext *ctx = redisConnectWithTimeout(host, port, tv);
    if (!ctx)
        return fail(XS_REDIS_E_CONN, kind, msg, "cannot connect to redis at %s:%d: out of memory",
                    host, port);
    if (ctx->err) {
        fail(XS_REDIS_E_CONN, kind, msg, "cannot connect to redis at %s:%d: %s", host, port,
             ctx->errstr);
        redisFree(ctx);
        return XS_E_RUNTIME;
    }
    redisSetTimeout(ctx, tv);
    c->ctx = ctx;
    char dbs[24];
    snprintf(dbs, sizeof dbs, "%ld", db);
    const char *auth[3] = {"AUTH", user[0] ? user : pass, pass};
    size_t authl[3] = {4, strlen(auth[1]), strlen(pass)};
    const char *sel[2] = {"SELECT", dbs};
    size_t sell[2] = {6, strlen(dbs)};
    for (int step = 0; step < 2; step++) {
        redisReply *r = NULL;
        if (step == 0 && pass[0])
            r = send_cmd(ctx, user[0] ? 3 : 2, auth, authl);
        else if (step == 1 && db != 0)
            r = send_cmd(ctx, 2, sel, sell);
        else
            continue;
        bool bad = !r || r->type == REDIS_REPLY_ERROR;
        if (bad)
            fail(XS_REDIS_E_CONN, kind, msg, "cannot use redis at %s:%d: %s", host, port,
                 r ? r->str : ctx->errstr);
        if (r)
            freeReplyObject(r);
        if (bad) {
            conn_close(c);
            return XS_E_RUNTIME;
        }
    }
    return XS_OK;
}

static xs_value from_reply(const redisReply *r)
{
    switch (r->type) {
    case REDIS_REPLY_INTEGER:
        return xs_int(r->integer);
    case REDIS_REPLY_STRING:
        return xs_text_new(r->str, r->len);
    case REDIS_REPLY_STATUS:
        return xs_bool(true);
    case REDIS_REPLY_ARRAY: {
        xs_value a = xs_array_new(r->elements);
        for (size_t i = 0; i < r->elements; i++)
            xs_array_push(&a, from_reply(r->element[i]));
        return a;
    }
    default:
        return xs_null();
    }
}

static xs_status server_command(const char *url, int timeout_ms, int argc, const char *const *argv,
                                const size_t *lens, xs_value *out, xs_redis_err *kind, xs_buf *msg)
{
    pthread_once(&conn_once, conn_key_init);
    conn *c = pthread_getspecific(conn_key);
    if (!c) {
        c = xs_malloc(sizeof *c);
        c->url = NULL;
        c->ctx = NULL;
        pthread_setspecific(conn_key, c);
    }
    if (c->url && strcmp(c->url, url) != 0)
        conn_close(c);
    if (!c->ctx) {
        xs_free(c->url);
        c->url = xs_strdup(url);
        xs_status st = connect_url(c, url, timeout_ms, kind, msg);
        if (st != XS_OK)
            return st;
    }
    redisReply *r = send_cmd(c->ctx, argc, (const char **)argv, lens);
    if (!r) {
        fail(XS_REDIS_E_CONN, kind, msg, "redis at '%s': %s", url, c->ctx->errstr);
        conn_close(c); /* the next command reconnects */
        return XS_E_RUNTIME;
    }
    xs_status st = XS_OK;
    if (r->type == REDIS_REPLY_ERROR) {
        xs_redis_err k = XS_REDIS_E_OTHER;
        if (strncmp(r->str, "WRONGTYPE", 9) == 0)
            k = XS_REDIS_E_TYPE;
        else if (strstr(r->str, "not an integer") || strstr(r->str, "would overflow"))
            k = XS_REDIS_E_INT;
        st = fail(k, kind, msg, "%s", r->str);
    } else {
        *out = from_reply(r);
    }
    freeReplyObject(r);
    return st;
}

xs_status xs_redis_command(const char *url, int timeout_ms, int argc, const char *const *argv,
                           const size_t *lens, xs_value *out, xs_redis_err *kind, xs_buf *msg)
{
    *out = xs_null();
    *kind = XS_REDIS_E_NONE;
    if (timeout_ms <= 0)
        timeout_ms = 5000;
    if (!url)
        return xs_redis_mem_command(argc, argv, lens, out, kind, msg);
    return server_command(url, timeout_ms, argc, argv, lens, out, kind, msg);
}
