/* routes.c - query objects to endpoints (see routes.h). */
#include "http/routes.h"

#include <dirent.h>
#include <errno.h>
#include <strings.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/arena.h"
#include "lang/parser.h"

typedef struct rfile {
    char *path;
    char *src;
    xs_arena *arena;
    xs_ast_doc *doc;
} rfile;

struct xs_http_routes {
    rfile *files;
    size_t nfiles;
    xs_http_route *items;
    size_t n;
};

size_t xs_http_routes_count(const xs_http_routes *r)
{
    return r ? r->n : 0;
}

const xs_http_route *xs_http_routes_at(const xs_http_routes *r, size_t i)
{
    return &r->items[i];
}

void xs_http_routes_free(xs_http_routes *r)
{
    if (!r)
        return;
    for (size_t i = 0; i < r->n; i++) {
        xs_http_route *rt = &r->items[i];
        for (size_t j = 0; j < rt->nsegs; j++)
            xs_free(rt->segs[j]);
        xs_free(rt->segs);
        xs_free(rt->verb);
        xs_free(rt->path);
        xs_free(rt->file);
        xs_free(rt->auth);
    }
    xs_free(r->items);
    for (size_t i = 0; i < r->nfiles; i++) {
        xs_free(r->files[i].path);
        xs_free(r->files[i].src);
        xs_arena_free(r->files[i].arena);
    }
    xs_free(r->files);
    xs_free(r);
}

/* ---- loading ---- */

static bool has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static xs_status read_all(const char *path, char **out, size_t *len, xs_diag *d)
{
    FILE *fp = fopen(path, "rb");
    if (!fp)
        return xs_diag_error(d, XS_E_IO, NULL, 0, 0, "cannot open '%s': %s", path, strerror(errno));
    xs_buf b;
    xs_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, fp)) > 0)
        xs_buf_add(&b, chunk, n);
    bool bad = ferror(fp) != 0;
    fclose(fp);
    if (bad) {
        xs_buf_release(&b);
        return xs_diag_error(d, XS_E_IO, NULL, 0, 0, "cannot read '%s'", path);
    }
    *out = xs_buf_detach(&b, len);
    return XS_OK;
}

static void add_file(xs_http_routes *r, const char *path, xs_diag *d)
{
    char *src;
    size_t len;
    if (read_all(path, &src, &len, d) != XS_OK)
        return;
    xs_arena *a = xs_arena_new(0);
    xs_diag pd;
    xs_diag_init(&pd);
    xs_ast_doc *doc = NULL;
    xs_status st = xs_parse_doc(src, len, path, a, &pd, &doc);
    for (size_t i = 0; i < pd.count; i++)
        if (pd.items[i].level == XS_DIAG_ERROR)
            xs_diag_add(d, XS_DIAG_ERROR, pd.items[i].file, pd.items[i].line, pd.items[i].col, "%s",
                        pd.items[i].message);
    xs_diag_release(&pd);
    if (st != XS_OK || !doc) {
        xs_arena_free(a);
        xs_free(src);
        return;
    }
    r->files = xs_realloc(r->files, (r->nfiles + 1) * sizeof *r->files);
    r->files[r->nfiles++] = (rfile){xs_strdup(path), src, a, doc};
}

static void walk(xs_http_routes *r, const char *dir, int depth, xs_diag *d)
{
    DIR *dp = opendir(dir);
    if (!dp) {
        xs_diag_error(d, XS_E_IO, NULL, 0, 0, "cannot open workspace '%s': %s", dir,
                      strerror(errno));
        return;
    }
    char **names = NULL;
    size_t n = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        names = xs_realloc(names, (n + 1) * sizeof *names);
        names[n++] = xs_strdup(de->d_name);
    }
    closedir(dp);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    for (size_t i = 0; i < n; i++) {
        xs_buf p;
        xs_buf_init(&p);
        xs_buf_addf(&p, "%s/%s", dir, names[i]);
        struct stat sb;
        if (stat(p.ptr, &sb) == 0) {
            if (S_ISDIR(sb.st_mode) && depth < 16)
                walk(r, p.ptr, depth + 1, d);
            else if (S_ISREG(sb.st_mode) && has_suffix(names[i], ".xs"))
                add_file(r, p.ptr, d);
        }
        xs_buf_release(&p);
        xs_free(names[i]);
    }
    xs_free(names);
}

/* The text of a string or bare-word expression; len 0 otherwise. */
static xs_str word_of(const xs_ast_expr *e)
{
    if (!e)
        return (xs_str){"", 0};
    if (e->kind == XS_EXPR_STRING)
        return e->u.str.val;
    if (e->kind == XS_EXPR_IDENT)
        return e->u.ident;
    return (xs_str){"", 0};
}

static xs_str object_word(const xs_ast_object *o, const char *name)
{
    xs_str w = word_of(xs_ast_object_header(o, name));
    if (!w.len)
        w = word_of(xs_ast_object_attr(o, name));
    return w;
}

/* The folder of path: its text up to the last '/'. */
static xs_str folder_of(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? (xs_str){path, (size_t)(slash - path)} : (xs_str){"", 0};
}

/* The group of a query by its folder: an api_group object in the same
 * folder, else the folder under an api/ or apis/ directory. */
static xs_str group_by_folder(const xs_http_routes *r, const char *path)
{
    xs_str folder = folder_of(path);
    for (size_t i = 0; i < r->nfiles; i++) {
        if (!xs_str_eq(folder_of(r->files[i].path), folder))
            continue;
        for (uint32_t j = 0; j < r->files[i].doc->n; j++)
            if (r->files[i].doc->objects[j]->kind == XS_OBJ_API_GROUP)
                return r->files[i].doc->objects[j]->name;
    }
    /* .../api/<group>/... or .../apis/<group>/... */
    const char *p = path;
    xs_str found = {"", 0};
    while ((p = strstr(p, "api")) != NULL) {
        bool start = p == path || p[-1] == '/';
        const char *q = p + 3;
        if (*q == 's')
            q++;
        if (start && *q == '/') {
            const char *g = q + 1;
            const char *end = strchr(g, '/');
            if (end && end > g)
                found = (xs_str){g, (size_t)(end - g)};
        }
        p += 3;
    }
    return found;
}

static void split_path(xs_http_route *rt)
{
    const char *p = rt->path + 1;
    while (*p) {
        size_t n = strcspn(p, "/");
        if (n) {
            rt->segs = xs_realloc(rt->segs, (rt->nsegs + 1) * sizeof *rt->segs);
            char *s = xs_strndup(p, n);
            rt->segs[rt->nsegs++] = s;
            if (n > 2 && s[0] == '{' && s[n - 1] == '}')
                rt->nparams++;
        }
        p += n;
        if (*p == '/')
            p++;
    }
}

xs_status xs_http_routes_load(const char *dir, xs_http_routes **out, xs_diag *d)
{
    xs_http_routes *r = xs_calloc(1, sizeof *r);
    *out = r;
    size_t errs = d->errors;
    walk(r, dir, 0, d);
    xs_status rc = d->errors > errs ? XS_E_PARSE : XS_OK;
    for (size_t f = 0; f < r->nfiles; f++) {
        for (uint32_t i = 0; i < r->files[f].doc->n; i++) {
            const xs_ast_object *o = r->files[f].doc->objects[i];
            if (o->kind != XS_OBJ_QUERY)
                continue;
            xs_str group = object_word(o, "api_group");
            if (!group.len)
                group = group_by_folder(r, r->files[f].path);
            xs_str verb = object_word(o, "verb");
            xs_str name = o->name;
            while (name.len && name.ptr[0] == '/') {
                name.ptr++;
                name.len--;
            }
            xs_buf p;
            xs_buf_init(&p);
            xs_buf_adds(&p, "/api/");
            if (group.len) {
                xs_buf_add(&p, group.ptr, group.len);
                xs_buf_addc(&p, '/');
            }
            xs_buf_add(&p, name.ptr, name.len);
            xs_http_route rt = {0};
            rt.query = o;
            rt.path = xs_buf_detach(&p, NULL);
            rt.file = xs_strdup(r->files[f].path);
            xs_str auth = object_word(o, "auth");
            rt.auth = auth.len ? xs_strndup(auth.ptr, auth.len) : NULL;
            rt.verb = verb.len ? xs_strndup(verb.ptr, verb.len) : xs_strdup("GET");
            for (char *v = rt.verb; *v; v++)
                if (*v >= 'a' && *v <= 'z')
                    *v = (char)(*v - 32);
            split_path(&rt);
            for (size_t k = 0; k < r->n; k++) {
                if (strcmp(r->items[k].verb, rt.verb) == 0 &&
                    strcmp(r->items[k].path, rt.path) == 0) {
                    rc =
                        xs_diag_error(d, XS_E_CHECK, rt.file, (int)o->name_pos.line,
                                      (int)o->name_pos.col, "duplicate endpoint %s %s (also in %s)",
                                      rt.verb, rt.path, r->items[k].file);
                    break;
                }
            }
            r->items = xs_realloc(r->items, (r->n + 1) * sizeof *r->items);
            r->items[r->n++] = rt;
        }
    }
    return rc;
}

/* ---- matching ---- */

static size_t split_req(const char *path, xs_str *segs, size_t max)
{
    size_t n = 0;
    const char *p = path;
    while (*p == '/')
        p++;
    while (*p) {
        size_t len = strcspn(p, "/");
        if (len) {
            if (n == max)
                return max + 1;
            segs[n++] = (xs_str){p, len};
        }
        p += len;
        while (*p == '/')
            p++;
    }
    return n;
}

static bool path_matches(const xs_http_route *rt, const xs_str *segs, size_t n)
{
    if (rt->nsegs != n)
        return false;
    for (size_t i = 0; i < n; i++) {
        const char *s = rt->segs[i];
        size_t sl = strlen(s);
        if (sl > 2 && s[0] == '{' && s[sl - 1] == '}')
            continue;
        if (!xs_str_eq_cstr(segs[i], s))
            return false;
    }
    return true;
}

xs_http_match xs_http_routes_match(const xs_http_routes *r, const char *method, const char *path,
                                   const xs_http_route **route, xs_value *params, xs_buf *allow)
{
    enum { MAX_SEGS = 64 };
    xs_str segs[MAX_SEGS];
    size_t n = split_req(path, segs, MAX_SEGS);
    *route = NULL;
    if (n > MAX_SEGS)
        return XS_HTTP_MATCH_NO_PATH;
    const char *m = strcasecmp(method, "HEAD") == 0 ? "GET" : method;
    const xs_http_route *best = NULL;
    bool path_found = false;
    for (size_t i = 0; i < r->n; i++) {
        const xs_http_route *rt = &r->items[i];
        if (!path_matches(rt, segs, n))
            continue;
        path_found = true;
        if (strcasecmp(rt->verb, m) != 0) {
            if (allow && !strstr(xs_buf_cstr(allow), rt->verb)) {
                if (allow->len)
                    xs_buf_adds(allow, ", ");
                xs_buf_adds(allow, rt->verb);
            }
            continue;
        }
        if (!best || rt->nparams < best->nparams)
            best = rt;
    }
    if (!best)
        return path_found ? XS_HTTP_MATCH_NO_METHOD : XS_HTTP_MATCH_NO_PATH;
    for (size_t i = 0; i < n; i++) {
        const char *s = best->segs[i];
        size_t sl = strlen(s);
        if (sl > 2 && s[0] == '{' && s[sl - 1] == '}')
            xs_object_set(params, (xs_str){s + 1, sl - 2}, xs_text_from_str(segs[i]));
    }
    *route = best;
    return XS_HTTP_MATCH_OK;
}
