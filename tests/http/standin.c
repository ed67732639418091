/*
 * standin.c - the outside world for the HTTP tests: a small server on
 * 127.0.0.1 that stands in for a third-party API (reZEN-like) and for a
 * Slack incoming webhook. Built and started by tests/suites/http.sh.
 *
 *   standin [--port N] [--record FILE]
 *
 * Prints "port N" on stdout once listening (N is the bound port; --port 0,
 * the default, picks a free one), then serves until killed. Routes:
 *   /json            200 application/json {"ok":true,...}
 *   /text            200 text/plain "hello"
 *   /status/NNN      status NNN with a JSON body {"status":NNN}
 *   /slow?ms=N       waits N ms, then 200 JSON
 *   /malformed       200 application/json with a body that is not JSON
 *   /echo            200 JSON: method, path, query, headers, the client's port
 *                    (the same port means the same connection), body
 *   /redirect        302 to /json
 *   /big?bytes=N     N bytes of text
 *   /hook            Slack webhook: appends the body as one line to the
 *                    --record file, answers 200 "ok" (text/plain)
 */
#include <microhttpd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <netinet/in.h>

static const char *record_path;

typedef struct req {
    char *body;
    size_t len;
} req;

static void json_str(FILE *f, const char *s, size_t n)
{
    fputc('"', f);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '"' || ch == '\\')
            fprintf(f, "\\%c", ch);
        else if (ch < 0x20)
            fprintf(f, "\\u%04x", ch);
        else
            fputc(ch, f);
    }
    fputc('"', f);
}

static enum MHD_Result reply(struct MHD_Connection *c, unsigned status, const char *type,
                             const char *body, size_t len)
{
    struct MHD_Response *r =
        MHD_create_response_from_buffer(len, (void *)body, MHD_RESPMEM_MUST_COPY);
    if (type)
        MHD_add_response_header(r, "Content-Type", type);
    MHD_add_response_header(r, "X-Standin", "1");
    enum MHD_Result ret = MHD_queue_response(c, status, r);
    MHD_destroy_response(r);
    return ret;
}

typedef struct echo_ctx {
    FILE *f;
    int first;
} echo_ctx;

static enum MHD_Result each_header(void *cls, enum MHD_ValueKind kind, const char *key,
                                   const char *value)
{
    (void)kind;
    echo_ctx *e = cls;
    if (!e->first)
        fputc(',', e->f);
    e->first = 0;
    char low[256];
    size_t n = strlen(key);
    if (n >= sizeof low)
        n = sizeof low - 1;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(key[i] >= 'A' && key[i] <= 'Z' ? key[i] + 32 : key[i]);
    json_str(e->f, low, n);
    fputc(':', e->f);
    json_str(e->f, value ? value : "", value ? strlen(value) : 0);
    return MHD_YES;
}

static enum MHD_Result each_arg(void *cls, enum MHD_ValueKind kind, const char *key,
                                const char *value)
{
    return each_header(cls, kind, key, value);
}

static enum MHD_Result handle(void *cls, struct MHD_Connection *c, const char *url,
                              const char *method, const char *version, const char *upload,
                              size_t *upload_size, void **con_cls)
{
    (void)cls;
    (void)version;
    req *r = *con_cls;
    if (!r) {
        r = calloc(1, sizeof *r);
        *con_cls = r;
        return MHD_YES;
    }
    if (*upload_size) {
        char *nb = realloc(r->body, r->len + *upload_size + 1);
        if (!nb)
            return MHD_NO;
        r->body = nb;
        memcpy(r->body + r->len, upload, *upload_size);
        r->len += *upload_size;
        r->body[r->len] = '\0';
        *upload_size = 0;
        return MHD_YES;
    }
    if (strcmp(url, "/json") == 0) {
        const char *b = "{\"ok\":true,\"n\":1,\"items\":[1,2],\"agent\":{\"id\":\"a-1\"}}";
        return reply(c, 200, "application/json; charset=utf-8", b, strlen(b));
    }
    if (strcmp(url, "/text") == 0)
        return reply(c, 200, "text/plain", "hello", 5);
    if (strncmp(url, "/status/", 8) == 0) {
        unsigned st = (unsigned)atoi(url + 8);
        if (st < 100 || st > 599)
            st = 400;
        char b[64];
        int n = snprintf(b, sizeof b, "{\"status\":%u}", st);
        return reply(c, st, "application/json", b, (size_t)n);
    }
    if (strcmp(url, "/slow") == 0) {
        const char *ms = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "ms");
        long v = ms ? atol(ms) : 1000;
        struct timespec ts = {v / 1000, (v % 1000) * 1000000L};
        nanosleep(&ts, NULL);
        return reply(c, 200, "application/json", "{\"slow\":true}", 13);
    }
    if (strcmp(url, "/malformed") == 0)
        return reply(c, 200, "application/json", "{\"ok\": tru", 10);
    if (strcmp(url, "/redirect") == 0) {
        struct MHD_Response *resp = MHD_create_response_from_buffer(0, "", MHD_RESPMEM_PERSISTENT);
        MHD_add_response_header(resp, "Location", "/json");
        enum MHD_Result ret = MHD_queue_response(c, 302, resp);
        MHD_destroy_response(resp);
        return ret;
    }
    if (strcmp(url, "/big") == 0) {
        const char *bs = MHD_lookup_connection_value(c, MHD_GET_ARGUMENT_KIND, "bytes");
        size_t n = bs ? (size_t)atol(bs) : 1024;
        char *b = malloc(n + 1);
        if (!b)
            return MHD_NO;
        memset(b, 'x', n);
        enum MHD_Result ret = reply(c, 200, "text/plain", b, n);
        free(b);
        return ret;
    }
    if (strcmp(url, "/hook") == 0) {
        if (strcmp(method, "POST") != 0)
            return reply(c, 405, "text/plain", "invalid_method", 14);
        if (record_path) {
            FILE *f = fopen(record_path, "a");
            if (f) {
                for (size_t i = 0; i < r->len; i++)
                    fputc(r->body[i] == '\n' ? ' ' : r->body[i], f);
                fputc('\n', f);
                fclose(f);
            }
        }
        return reply(c, 200, "text/plain", "ok", 2);
    }
    if (strcmp(url, "/echo") == 0) {
        char *out = NULL;
        size_t outlen = 0;
        FILE *f = open_memstream(&out, &outlen);
        if (!f)
            return MHD_NO;
        fputs("{\"method\":", f);
        json_str(f, method, strlen(method));
        fputs(",\"path\":", f);
        json_str(f, url, strlen(url));
        echo_ctx e = {f, 1};
        fputs(",\"query\":{", f);
        MHD_get_connection_values(c, MHD_GET_ARGUMENT_KIND, each_arg, &e);
        fputs("},\"headers\":{", f);
        e.first = 1;
        MHD_get_connection_values(c, MHD_HEADER_KIND, each_header, &e);
        const union MHD_ConnectionInfo *ci =
            MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
        unsigned peer = 0;
        if (ci && ci->client_addr && ci->client_addr->sa_family == AF_INET)
            peer = ntohs(((const struct sockaddr_in *)ci->client_addr)->sin_port);
        fprintf(f, "},\"peer_port\":%u", peer);
        fputs(",\"body\":", f);
        json_str(f, r->body ? r->body : "", r->len);
        fputc('}', f);
        fclose(f);
        enum MHD_Result ret = reply(c, 200, "application/json", out, outlen);
        free(out);
        return ret;
    }
    return reply(c, 404, "application/json", "{\"message\":\"not found\"}", 23);
}

static void done(void *cls, struct MHD_Connection *c, void **con_cls,
                 enum MHD_RequestTerminationCode toe)
{
    (void)cls;
    (void)c;
    (void)toe;
    req *r = *con_cls;
    if (r) {
        free(r->body);
        free(r);
        *con_cls = NULL;
    }
}

int main(int argc, char **argv)
{
    int port = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--port") == 0 && i + 1 < argc)
            port = atoi(argv[++i]);
        else if (strcmp(argv[i], "--record") == 0 && i + 1 < argc)
            record_path = argv[++i];
    }
    signal(SIGPIPE, SIG_IGN);
    struct sockaddr_in sa;
    memset(&sa, 0, sizeof sa);
    sa.sin_family = AF_INET;
    sa.sin_port = htons((uint16_t)port);
    sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    struct MHD_Daemon *d = MHD_start_daemon(
        MHD_USE_THREAD_PER_CONNECTION | MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG, 0,
        NULL, NULL, handle, NULL, MHD_OPTION_SOCK_ADDR, (struct sockaddr *)&sa,
        MHD_OPTION_NOTIFY_COMPLETED, done, NULL, MHD_OPTION_END);
    if (!d) {
        fprintf(stderr, "standin: cannot listen on 127.0.0.1:%d\n", port);
        return 1;
    }
    const union MHD_DaemonInfo *info = MHD_get_daemon_info(d, MHD_DAEMON_INFO_BIND_PORT);
    printf("port %u\n", info ? (unsigned)info->port : 0u);
    fflush(stdout);
    for (;;)
        pause();
}
