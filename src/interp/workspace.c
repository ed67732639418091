/*
 * workspace.c - a directory of .xs files, parsed and indexed by object
 * name, plus the workspace's xsflow.json ("env" and "limits").
 */
#include "interp/interp.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "interp/interp_int.h"
#include "lang/parser.h"
#include "value/json.h"

xs_workspace *xs_workspace_new(const char *dir)
{
    xs_workspace *ws = xs_calloc(1, sizeof *ws);
    ws->dir = dir ? xs_strdup(dir) : NULL;
    xs_map_init(&ws->functions);
    xs_map_init(&ws->addons);
    xs_map_init(&ws->owners);
    /* Immortal: every runner thread reads it without touching counts. */
    ws->env = xs_value_make_immortal(xs_object_new(0));
    ws->limits = xs_limits_default();
    return ws;
}

void xs_workspace_free(xs_workspace *ws)
{
    if (!ws)
        return;
    for (size_t i = 0; i < ws->nfiles; i++) {
        xs_free(ws->files[i].path);
        xs_free(ws->files[i].real);
        xs_free(ws->files[i].src);
        xs_arena_free(ws->files[i].arena);
    }
    xs_free(ws->files);
    xs_map_release(&ws->functions);
    xs_map_release(&ws->addons);
    xs_map_release(&ws->owners);
    xs_value_free_immortal(ws->env);
    xs_free(ws->storage_dir);
    xs_free(ws->redis_url);
    xs_free(ws->dir);
    xs_free(ws);
}

static xs_str ptr_key(const void *const *p)
{
    return (xs_str){(const char *)p, sizeof *p};
}

/* Objects that can be run by name: functions and tasks. */
static bool runnable(const xs_ast_object *o)
{
    return o->kind == XS_OBJ_FUNCTION || o->kind == XS_OBJ_TASK;
}

xs_status xs_workspace_add_source(xs_workspace *ws, const char *file, const char *src, size_t len,
                                  xs_diag *d)
{
    if (ws->nfiles == ws->cap) {
        ws->cap = ws->cap ? ws->cap * 2 : 16;
        ws->files = xs_realloc(ws->files, ws->cap * sizeof *ws->files);
    }
    ws_file *wf = &ws->files[ws->nfiles];
    memset(wf, 0, sizeof *wf);
    wf->path = xs_strdup(file ? file : "<input>");
    wf->src = xs_strndup(src, len);
    wf->len = len;
    wf->arena = xs_arena_new(0);
    xs_diag pd;
    xs_diag_init(&pd);
    xs_status st = xs_parse_doc(wf->src, len, wf->path, wf->arena, &pd, &wf->doc);
    /* Warnings of the parser are for `xsflow check`; keep only errors. */
    for (size_t i = 0; i < pd.count; i++)
        if (pd.items[i].level == XS_DIAG_ERROR)
            xs_diag_add(d, XS_DIAG_ERROR, pd.items[i].file, pd.items[i].line, pd.items[i].col, "%s",
                        pd.items[i].message);
    xs_diag_release(&pd);
    if (st != XS_OK || !wf->doc) {
        xs_free(wf->path);
        xs_free(wf->src);
        xs_arena_free(wf->arena);
        return st != XS_OK ? st : XS_E_PARSE;
    }
    ws->nfiles++;
    xs_status rc = XS_OK;
    for (uint32_t i = 0; i < wf->doc->n; i++) {
        const xs_ast_object *o = wf->doc->objects[i];
        const void *key = o;
        xs_map_set(&ws->owners, ptr_key(&key), (void *)(uintptr_t)ws->nfiles, NULL);
        if (!runnable(o) && o->kind != XS_OBJ_ADDON)
            continue;
        xs_map *names = o->kind == XS_OBJ_ADDON ? &ws->addons : &ws->functions;
        void *old = NULL;
        if (xs_map_find(names, o->name, &old)) {
            const xs_ast_object *prev = old;
            xs_diag_add(d, XS_DIAG_ERROR, wf->path, (int)o->name_pos.line, (int)o->name_pos.col,
                        "duplicate %s name '%.*s' (also in %s:%u)", xs_ast_obj_kind_name(o->kind),
                        (int)o->name.len, o->name.ptr, xs_workspace_file_of(ws, prev),
                        prev->name_pos.line);
            rc = XS_E_CHECK;
            continue;
        }
        xs_map_set(names, o->name, (void *)o, NULL);
    }
    return rc;
}

static xs_status read_file(const char *path, char **out, size_t *len, xs_diag *d)
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

static char *real_path(const char *path)
{
    char buf[PATH_MAX];
    return realpath(path, buf) ? xs_strdup(buf) : NULL;
}

/* True when the file at path was loaded already. */
static bool loaded(const xs_workspace *ws, const char *path)
{
    char buf[PATH_MAX];
    if (!realpath(path, buf))
        return false;
    for (size_t i = 0; i < ws->nfiles; i++)
        if (ws->files[i].real && strcmp(ws->files[i].real, buf) == 0)
            return true;
    return false;
}

xs_status xs_workspace_add_file(xs_workspace *ws, const char *path, xs_diag *d)
{
    char *src;
    size_t len;
    xs_status st = read_file(path, &src, &len, d);
    if (st != XS_OK)
        return st;
    size_t before = ws->nfiles;
    st = xs_workspace_add_source(ws, path, src, len, d);
    xs_free(src);
    if (ws->nfiles > before)
        ws->files[before].real = real_path(path);
    return st;
}

static bool has_suffix(const char *s, const char *suf)
{
    size_t n = strlen(s), m = strlen(suf);
    return n >= m && strcmp(s + n - m, suf) == 0;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Loads the .xs files under dir in name order; depth bounds the walk. */
static xs_status load_tree(xs_workspace *ws, const char *dir, int depth, xs_diag *d)
{
    DIR *dp = opendir(dir);
    if (!dp)
        return xs_diag_error(d, XS_E_IO, NULL, 0, 0, "cannot open workspace '%s': %s", dir,
                             strerror(errno));
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(dp)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            names = xs_realloc(names, cap * sizeof *names);
        }
        names[n++] = xs_strdup(de->d_name);
    }
    closedir(dp);
    if (n)
        qsort(names, n, sizeof *names, by_name);
    xs_status rc = XS_OK;
    for (size_t i = 0; i < n; i++) {
        const char *nm = names[i];
        xs_buf p;
        xs_buf_init(&p);
        if (strcmp(dir, ".") == 0)
            xs_buf_adds(&p, nm);
        else
            xs_buf_addf(&p, "%s/%s", dir, nm);
        struct stat sb;
        if (stat(p.ptr, &sb) == 0) {
            xs_status st = XS_OK;
            if (S_ISDIR(sb.st_mode) && depth < 16)
                st = load_tree(ws, p.ptr, depth + 1, d);
            else if (S_ISREG(sb.st_mode) && has_suffix(nm, ".xs") && !loaded(ws, p.ptr))
                st = xs_workspace_add_file(ws, p.ptr, d);
            if (st != XS_OK && rc == XS_OK)
                rc = st;
        }
        xs_buf_release(&p);
        xs_free(names[i]);
    }
    xs_free(names);
    return rc;
}

xs_status xs_workspace_load_dir(const char *dir, xs_workspace **out, xs_diag *d)
{
    *out = xs_workspace_new(dir);
    return xs_workspace_load_into(*out, dir, d);
}

xs_status xs_workspace_load_into(xs_workspace *ws, const char *dir, xs_diag *d)
{
    xs_status rc = load_tree(ws, dir, 0, d);
    xs_buf cfg;
    xs_buf_init(&cfg);
    xs_buf_addf(&cfg, "%s/xsflow.json", dir);
    FILE *fp = fopen(cfg.ptr, "rb");
    if (fp) {
        fclose(fp);
        char *text;
        size_t len;
        xs_status st = read_file(cfg.ptr, &text, &len, d);
        if (st == XS_OK) {
            st = xs_workspace_set_config(ws, text, len, cfg.ptr, d);
            xs_free(text);
        }
        if (st != XS_OK && rc == XS_OK)
            rc = st;
    }
    xs_buf_release(&cfg);
    return rc;
}

/* ---- xsflow.json ---- */

static const struct {
    const char *key;
    size_t off;
    int size; /* 8 or 4 */
} limit_keys[] = {
    {"max_statements", offsetof(xs_limits, max_statements), 8},
    {"max_wall_ms", offsetof(xs_limits, max_wall_ms), 8},
    {"max_memory_bytes", offsetof(xs_limits, max_memory_bytes), 8},
    {"max_call_depth", offsetof(xs_limits, max_call_depth), 4},
};

static xs_status set_redis(xs_workspace *ws, const xs_value *r, const char *file, xs_diag *d);

xs_status xs_workspace_set_config(xs_workspace *ws, const char *json, size_t len, const char *file,
                                  xs_diag *d)
{
    xs_json_decode_opts opts = {0, file};
    xs_value cfg;
    xs_status st = xs_json_decode_ex(json, len, &opts, &cfg, d);
    if (st != XS_OK)
        return st;
    if (cfg.type != XS_OBJECT) {
        xs_release(cfg);
        return xs_diag_error(d, XS_E_CHECK, file, 0, 0, "xsflow.json must hold an object");
    }
    st = XS_OK;
    const xs_value *env = xs_object_get(cfg, XS_STR("env"));
    if (env && env->type == XS_OBJECT) {
        xs_value merged = xs_value_clone_deep(ws->env);
        for (size_t i = 0; i < xs_object_len(*env); i++)
            xs_object_set(&merged, xs_object_key_at(*env, i),
                          xs_value_clone_deep(xs_object_val_at(*env, i)));
        xs_value_free_immortal(ws->env);
        ws->env = xs_value_make_immortal(merged);
    } else if (env && env->type != XS_NULL) {
        st = xs_diag_error(d, XS_E_CHECK, file, 0, 0, "xsflow.json: \"env\" must be an object");
    }
    const xs_value *lim = xs_object_get(cfg, XS_STR("limits"));
    if (lim && lim->type == XS_OBJECT) {
        for (size_t i = 0; i < xs_object_len(*lim); i++) {
            xs_str k = xs_object_key_at(*lim, i);
            xs_value v = xs_object_val_at(*lim, i);
            size_t j = 0;
            while (j < XS_COUNTOF(limit_keys) && !xs_str_eq_cstr(k, limit_keys[j].key))
                j++;
            if (j == XS_COUNTOF(limit_keys)) {
                st = xs_diag_error(d, XS_E_CHECK, file, 0, 0,
                                   "xsflow.json: unknown limit '%.*s' (known: max_statements, "
                                   "max_wall_ms, max_memory_bytes, max_call_depth)",
                                   (int)k.len, k.ptr);
                continue;
            }
            if (v.type != XS_INT || v.u.i < 0) {
                st = xs_diag_error(d, XS_E_CHECK, file, 0, 0,
                                   "xsflow.json: limit '%s' must be a whole number >= 0",
                                   limit_keys[j].key);
                continue;
            }
            char *base = (char *)&ws->limits + limit_keys[j].off;
            if (limit_keys[j].size == 8) {
                uint64_t u = (uint64_t)v.u.i;
                memcpy(base, &u, 8);
            } else {
                uint32_t u = v.u.i > UINT32_MAX ? UINT32_MAX : (uint32_t)v.u.i;
                memcpy(base, &u, 4);
            }
        }
    } else if (lim && lim->type != XS_NULL) {
        st = xs_diag_error(d, XS_E_CHECK, file, 0, 0, "xsflow.json: \"limits\" must be an object");
    }
    const xs_value *sto = xs_object_get(cfg, XS_STR("storage"));
    const xs_value *sdir =
        sto && sto->type == XS_OBJECT ? xs_object_get(*sto, XS_STR("dir")) : NULL;
    if (sdir && sdir->type == XS_TEXT && xs_text_len(*sdir) > 0) {
        /* relative to the workspace; an in-memory workspace: to the cwd */
        xs_buf p;
        xs_buf_init(&p);
        if (xs_text_ptr(*sdir)[0] != '/' && ws->dir)
            xs_buf_addf(&p, "%s/", ws->dir);
        xs_buf_add(&p, xs_text_ptr(*sdir), xs_text_len(*sdir));
        xs_free(ws->storage_dir);
        ws->storage_dir = xs_strdup(xs_buf_cstr(&p));
        xs_buf_release(&p);
    } else if (sto && (sto->type != XS_OBJECT || (sdir && sdir->type != XS_NULL))) {
        st = xs_diag_error(d, XS_E_CHECK, file, 0, 0,
                           "xsflow.json: \"storage\" must be an object whose \"dir\" is a "
                           "non-empty text");
    }
    if (set_redis(ws, xs_object_get(cfg, XS_STR("redis")), file, d) != XS_OK)
        st = XS_E_CHECK;
    xs_release(cfg);
    return st;
}

/* "redis": {"url": "redis://...", "timeout_ms": N}: the server the redis.*
 * statements use instead of the embedded store. */
static xs_status set_redis(xs_workspace *ws, const xs_value *r, const char *file, xs_diag *d)
{
    if (!r || r->type == XS_NULL)
        return XS_OK;
    if (r->type != XS_OBJECT)
        return xs_diag_error(d, XS_E_CHECK, file, 0, 0, "xsflow.json: \"redis\" must be an object");
    for (size_t i = 0; i < xs_object_len(*r); i++) {
        xs_str k = xs_object_key_at(*r, i);
        xs_value v = xs_object_val_at(*r, i);
        if (xs_str_eq_cstr(k, "url") && v.type == XS_TEXT &&
            strncmp(xs_text_ptr(v), "redis://", 8) == 0) {
            xs_free(ws->redis_url);
            ws->redis_url = xs_strndup(xs_text_ptr(v), xs_text_len(v));
        } else if (xs_str_eq_cstr(k, "timeout_ms") && v.type == XS_INT && v.u.i > 0 &&
                   v.u.i <= INT32_MAX) {
            ws->redis_timeout_ms = (int)v.u.i;
        } else {
            return xs_diag_error(d, XS_E_CHECK, file, 0, 0,
                                 "xsflow.json: redis '%.*s' must be a redis:// url (url) or a "
                                 "number of ms > 0 (timeout_ms)",
                                 (int)k.len, k.ptr);
        }
    }
    return XS_OK;
}

/* ---- lookups ---- */

const xs_ast_object *xs_workspace_function(const xs_workspace *ws, xs_str name)
{
    return xs_map_get(&ws->functions, name);
}

const xs_ast_object *xs_workspace_addon(const xs_workspace *ws, xs_str name)
{
    return xs_map_get(&ws->addons, name);
}

const char *xs_workspace_file_of(const xs_workspace *ws, const xs_ast_object *obj)
{
    const void *key = obj;
    uintptr_t ix = (uintptr_t)xs_map_get(&ws->owners, ptr_key(&key));
    return ix ? ws->files[ix - 1].path : "";
}

const xs_ast_object *xs_workspace_only_function(const xs_workspace *ws, const char *file)
{
    for (size_t i = 0; i < ws->nfiles; i++) {
        if (strcmp(ws->files[i].path, file) != 0)
            continue;
        const xs_ast_doc *doc = ws->files[i].doc;
        const xs_ast_object *found = NULL;
        for (uint32_t j = 0; j < doc->n; j++) {
            if (!runnable(doc->objects[j]))
                continue;
            if (found)
                return NULL;
            found = doc->objects[j];
        }
        return found;
    }
    return NULL;
}

const xs_ast_doc *xs_workspace_doc(const xs_workspace *ws, size_t i)
{
    return i < ws->nfiles ? ws->files[i].doc : NULL;
}

xs_limits xs_workspace_limits(const xs_workspace *ws)
{
    return ws->limits;
}

xs_value xs_workspace_env_value(const xs_workspace *ws, const char *name)
{
    const xs_value *v = xs_object_get(ws->env, xs_str_of(name));
    if (v)
        return xs_retain(*v);
    const char *e = getenv(name);
    return e ? xs_text_cstr(e) : xs_null();
}
