/*
 * post.c - util.post_process: the jobs a run leaves to run after its
 * response, and running one of them (interp.h describes the contract).
 *
 * A job names its statement by file, line and column, so that it can
 * travel as JSON (a durable run's input) and be found again in the same
 * workspace by another thread or process. Its variables are those the
 * stack uses, taken when the function that met the statement returns.
 */
#include "base/alloc.h"
#include "interp/interp_int.h"

/* The file of the running function, relative to the workspace. */
static const char *rel_file(const xs_workspace *ws, const char *file)
{
    size_t n = ws->dir ? strlen(ws->dir) : 0;
    if (n && strncmp(file, ws->dir, n) == 0 && file[n] == '/')
        file += n + 1;
    while (file[0] == '.' && file[1] == '/')
        file += 2;
    return file;
}

/* The workspace file of an object parsed outside it (the HTTP routes
 * parse query files on their own): the workspace's copy of the same file
 * holds an object of the same kind and name at the same place, and the
 * statement's text at the same offset. NULL when none does. */
static const char *file_in_workspace(const xs_workspace *ws, const xs_ast_object *obj,
                                     const xs_ast_stmt *s)
{
    static const char word[] = "util.post_process";
    const xs_ast_doc *doc;
    for (size_t i = 0; (doc = xs_workspace_doc(ws, i)) != NULL; i++) {
        if (!doc->file || doc->src.len < s->pos.off + sizeof word - 1 ||
            memcmp(doc->src.ptr + s->pos.off, word, sizeof word - 1) != 0)
            continue;
        for (uint32_t j = 0; j < doc->n; j++) {
            const xs_ast_object *o = doc->objects[j];
            if (o->kind == obj->kind && o->pos.off == obj->pos.off && xs_str_eq(o->name, obj->name))
                return doc->file;
        }
    }
    return NULL;
}

flow xs_pp_register(xs_run *r, frame *f, const xs_ast_stmt *s)
{
    if (!r->in->pp_fn)
        return xs_rt_fail(r, "ERROR_FATAL", s->pos,
                          "util.post_process has nowhere to run in this command: it runs under "
                          "`xsflow serve` (as a durable background run) and `xsflow run` (after "
                          "the response)");
    const xs_ast_block *stack = xs_ast_block_sub(s->body, "stack");
    if (!stack || stack->n == 0)
        return FLOW_NORMAL;
    xs_value job = xs_object_new(8);
    xs_object_set(&job, XS_STR("object"), xs_text_cstr(f->fn->name));
    xs_object_set(&job, XS_STR("kind"), xs_text_cstr(xs_ast_obj_kind_name(f->fn->obj->kind)));
    const char *file = f->fn->file && *f->fn->file
                           ? f->fn->file
                           : file_in_workspace(r->in->ws, f->fn->obj, s);
    if (!file) {
        xs_release(job);
        return xs_rt_fail(r, "ERROR_FATAL", s->pos,
                          "util.post_process: '%s' is not a file of this workspace, so its "
                          "stack cannot be found again to run later",
                          f->fn->name);
    }
    xs_object_set(&job, XS_STR("file"), xs_text_cstr(rel_file(r->in->ws, file)));
    xs_object_set(&job, XS_STR("line"), xs_int(s->pos.line));
    xs_object_set(&job, XS_STR("col"), xs_int(s->pos.col));
    if (r->npp == r->cappp) {
        r->cappp = r->cappp ? r->cappp * 2 : 4;
        r->pp = xs_realloc(r->pp, r->cappp * sizeof *r->pp);
    }
    r->pp[r->npp++] = (pp_entry){f, s, job};
    return FLOW_NORMAL;
}

/* The variables of stack, as frame f holds them now. */
static void take_vars(xs_run *r, frame *f, const xs_ast_stmt *s, xs_value *job)
{
    bool auth = false;
    xs_value names = xs_interp_block_vars(r->in, xs_ast_block_sub(s->body, "stack"), &auth);
    xs_value vars = xs_object_new(xs_array_len(names));
    for (size_t i = 0; i < xs_array_len(names); i++) {
        xs_str n = xs_text_str(xs_array_at(names, i));
        void *v;
        if (!xs_map_find(&f->fn->names, n, &v))
            continue;
        uint32_t slot = (uint32_t)((uintptr_t)v - 1);
        if (slot < f->fn->nslots && f->defined[slot])
            xs_object_set(&vars, n, xs_retain(f->slots[slot]));
    }
    xs_release(names);
    xs_object_set(job, XS_STR("vars"), vars);
    if (auth && r->auth.type != XS_NULL)
        xs_object_set(job, XS_STR("auth"), xs_retain(r->auth));
}

void xs_pp_settle(xs_run *r, frame *f, bool ok)
{
    uint32_t k = 0;
    for (uint32_t i = 0; i < r->npp; i++) {
        pp_entry *e = &r->pp[i];
        if (e->fr == f) {
            if (!ok) {
                xs_release(e->job);
                continue;
            }
            take_vars(r, f, e->stmt, &e->job);
            e->fr = NULL;
        }
        r->pp[k++] = *e;
    }
    r->npp = k;
}

xs_status xs_pp_hand_over(xs_run *r, xs_value *error)
{
    *error = xs_null();
    for (uint32_t i = 0; i < r->npp; i++) {
        xs_value e = xs_null();
        xs_status st = r->in->pp_fn(r->in->pp_arg, r->pp[i].job, &e);
        if (st != XS_OK) {
            if (e.type == XS_NULL) {
                e = xs_object_new(3);
                xs_object_set(&e, XS_STR("name"), xs_text_cstr("ERROR_FATAL"));
                xs_object_set(&e, XS_STR("message"),
                              xs_text_cstr("util.post_process could not be queued"));
                xs_object_set(&e, XS_STR("code"), xs_text_cstr("ERROR_FATAL"));
            }
            *error = e;
            return st == XS_E_LIMIT ? st : XS_E_RUNTIME;
        }
        xs_release(e);
    }
    return XS_OK;
}

void xs_pp_release(xs_run *r)
{
    for (uint32_t i = 0; i < r->npp; i++)
        xs_release(r->pp[i].job);
    xs_free(r->pp);
    r->pp = NULL;
    r->npp = r->cappp = 0;
}

/* ---- running a job ---- */

static int64_t job_int(xs_value job, const char *name)
{
    const xs_value *v = xs_object_get(job, xs_str_of(name));
    return v && v->type == XS_INT ? v->u.i : 0;
}

static bool same_file(const char *doc_file, const char *file)
{
    size_t a = strlen(doc_file), b = strlen(file);
    if (a == b)
        return strcmp(doc_file, file) == 0;
    return a > b && doc_file[a - b - 1] == '/' && strcmp(doc_file + a - b, file) == 0;
}

/* The util.post_process statement at file:line:col: its function's data
 * and the statement; false when there is none. */
static bool locate(xs_interp *in, const char *file, int64_t line, int64_t col, fn_info **fn,
                   const xs_ast_stmt **stmt)
{
    const xs_ast_doc *doc;
    for (size_t i = 0; (doc = xs_workspace_doc(in->ws, i)) != NULL; i++) {
        if (!doc->file || !same_file(doc->file, file))
            continue;
        for (uint32_t j = 0; j < doc->n; j++) {
            fn_info *f = xs_interp_prepare(in, doc->objects[j]);
            for (size_t k = 0; k < f->sites_cap; k++) {
                const site *st = &f->sites[k];
                if (!st->key || st->kind != SITE_STMT)
                    continue;
                const xs_ast_stmt *s = st->key;
                if (s->pos.line == line && s->pos.col == col &&
                    xs_str_eq_cstr(s->name, "util.post_process")) {
                    *fn = f;
                    *stmt = s;
                    return true;
                }
            }
        }
    }
    return false;
}

xs_status xs_interp_run_post_process(xs_interp *in, xs_value job, const xs_run_opts *opts,
                                     xs_value *error, xs_diag *d)
{
    *error = xs_null();
    const xs_value *file = job.type == XS_OBJECT ? xs_object_get(job, XS_STR("file")) : NULL;
    int64_t line = job_int(job, "line"), col = job_int(job, "col");
    fn_info *f = NULL;
    const xs_ast_stmt *s = NULL;
    if (!file || file->type != XS_TEXT)
        return xs_diag_error(d, XS_E_USAGE, NULL, 0, 0,
                             "not a util.post_process job: it names no file");
    if (!locate(in, xs_text_ptr(*file), line, col, &f, &s))
        return xs_diag_error(d, XS_E_NOTFOUND, NULL, 0, 0,
                             "no util.post_process at %s:%lld:%lld in this workspace (it changed "
                             "since the job was queued)",
                             xs_text_ptr(*file), (long long)line, (long long)col);

    xs_run r;
    xs_run_init(&r, in, opts);
    const xs_value *auth = xs_object_get(job, XS_STR("auth"));
    if (auth) {
        xs_release(r.auth);
        r.auth = xs_retain(*auth);
    }
    frame fr;
    memset(&fr, 0, sizeof fr);
    fr.fn = f;
    fr.slots = xs_calloc(f->nslots ? f->nslots : 1, sizeof *fr.slots);
    fr.defined = xs_calloc(f->nslots ? f->nslots : 1, 1);
    const xs_value *vars = xs_object_get(job, XS_STR("vars"));
    for (size_t i = 0; vars && vars->type == XS_OBJECT && i < xs_object_len(*vars); i++) {
        void *v;
        if (!xs_map_find(&f->names, xs_object_key_at(*vars, i), &v))
            continue;
        uint32_t slot = (uint32_t)((uintptr_t)v - 1);
        fr.slots[slot] = xs_retain(xs_object_val_at(*vars, i));
        fr.defined[slot] = 1;
    }
    fr.raw_input = xs_retain(fr.slots[SLOT_INPUT]);
    r.top = &fr;
    r.depth = 1;
    flow fl = xs_exec_block(&r, &fr, xs_ast_block_sub(s->body, "stack"));
    if (r.npp)
        xs_pp_settle(&r, &fr, fl != FLOW_ERROR);
    xs_status st = XS_OK;
    if (fl == FLOW_ERROR) {
        st = r.err_status ? r.err_status : XS_E_RUNTIME;
        *error = xs_take(&r.err);
    } else if (r.npp) {
        st = xs_pp_hand_over(&r, error);
    }
    r.top = NULL;
    r.depth = 0;
    for (uint32_t i = 0; i < f->nslots; i++)
        xs_release(fr.slots[i]);
    xs_release(fr.ret);
    xs_release(fr.raw_input);
    xs_free(fr.slots);
    xs_free(fr.defined);
    xs_pp_release(&r);
    xs_release(r.err);
    xs_release(r.env);
    xs_release(r.auth);
    return st;
}
