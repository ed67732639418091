/*
 * embed.c - the public API of include/xsflow.h over the interpreter.
 *
 * A native function becomes a XanoScript function of the workspace: its
 * registration adds the source
 *
 *     function "NAME" { INPUT-BLOCK  stack { native.call "NAME" {input = $input} as $r }
 *                       response = $r }
 *
 * so function.run finds it, validates and coerces its input against the
 * declared block and records it as a step like any other function. The
 * statement native.call (a builtin family of this file) hands the input to
 * the C callback as JSON and decodes its reply. The handle being run is
 * found through a thread-local pointer set for the duration of xsflow_run.
 */
#include "xsflow.h"

#include <string.h>

#include "base/alloc.h"
#include "base/buf.h"
#include "base/diag.h"
#include "interp/builtin.h"
#include "interp/interp.h"
#include "lib/lib.h"
#include "value/json.h"

typedef struct native {
    char *name;
    xsflow_native_fn fn;
    void *ud;
} native;

struct xsflow {
    xs_workspace *ws;
    xs_interp *in; /* made on the first run, once registrations are done */
    native *natives;
    size_t nnatives;
    const xs_builtin_family **families;
    xs_builtins builtins;
};

struct xsflow_reply {
    char *json;
    char *code;
    char *message;
    bool answered;
};

static _Thread_local xsflow *current;

/* ---- errors as JSON ---- */

/* {name, message, code} as compact JSON, the caller's (xs_free). */
static char *error_json(const char *code, const char *message)
{
    xs_value o = xs_object_new(3);
    xs_object_set(&o, xs_str_of("name"), xs_text_cstr("Error"));
    xs_object_set(&o, xs_str_of("message"), xs_text_cstr(message));
    xs_object_set(&o, xs_str_of("code"), xs_text_cstr(code));
    xs_buf b;
    xs_buf_init(&b);
    xs_json_encode(o, XS_JSON_COMPACT, &b);
    xs_release(o);
    return xs_buf_detach(&b, NULL);
}

/* The first error of d as an error object; file:line:col lead the message. */
static char *diag_json(const xs_diag *d, const char *code)
{
    const xs_diag_entry *e = xs_diag_first_error(d);
    if (!e)
        return error_json(code, "unknown error");
    xs_buf b;
    xs_buf_init(&b);
    if (e->file)
        xs_buf_addf(&b, "%s:%d:%d: ", e->file, e->line, e->col);
    xs_buf_adds(&b, e->message);
    char *j = error_json(code, xs_buf_cstr(&b));
    xs_buf_release(&b);
    return j;
}

static void set_out(char **out, char *s)
{
    if (out)
        *out = s;
    else
        xs_free(s);
}

/* ---- native.call ---- */

/* native.call "NAME" { input = OBJECT } as $r: calls the C function
 * registered as NAME with the input as JSON; its reply becomes $r */
static xs_status native_call(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                             xs_value *result)
{
    (void)target;
    xsflow *x = current;
    if (!x || arg.type != XS_TEXT)
        return xs_call_fail(c, "ERROR_FATAL", "native.call is only available to embedders");
    const native *nv = NULL;
    for (size_t i = 0; i < x->nnatives && !nv; i++)
        if (strcmp(x->natives[i].name, xs_text_ptr(arg)) == 0)
            nv = &x->natives[i];
    if (!nv)
        return xs_call_fail(c, "ERROR_CODE_NOT_FOUND", "native function '%s' not found",
                            xs_text_ptr(arg));
    const xs_value *in = attrs.type == XS_OBJECT ? xs_object_get(attrs, xs_str_of("input")) : NULL;
    xs_buf b;
    xs_buf_init(&b);
    if (!in || in->type == XS_NULL)
        xs_buf_adds(&b, "{}");
    else
        xs_json_encode(*in, XS_JSON_COMPACT, &b);
    xsflow_reply r = {0};
    nv->fn(nv->ud, xs_buf_cstr(&b), &r);
    xs_buf_release(&b);
    xs_status st = XS_OK;
    if (!r.answered) {
        st = xs_call_fail(c, "ERROR_FATAL", "native function '%s' gave no reply", nv->name);
    } else if (r.message) {
        st = xs_call_fail(c, r.code ? r.code : "ERROR_FATAL", "%s", r.message);
    } else {
        xs_diag d;
        xs_diag_init(&d);
        if (xs_json_decode(r.json, strlen(r.json), result, &d) != XS_OK) {
            const xs_diag_entry *e = xs_diag_first_error(&d);
            st = xs_call_fail(c, "ERROR_FATAL", "native function '%s' replied with bad JSON: %s",
                              nv->name, e ? e->message : "");
        }
        xs_diag_release(&d);
    }
    xs_free(r.json);
    xs_free(r.code);
    xs_free(r.message);
    return st;
}

static const xs_stmt_def native_stmts[] = {
    {"native.call", 0, native_call,
     "calls a C function an embedder registered, with its input as JSON (xsflow.h)"},
};

static const xs_builtin_family native_family = {
    "native", NULL, 0, native_stmts, XS_COUNTOF(native_stmts),
};

/* ---- the API ---- */

XS_API xsflow *xsflow_open(const char *dir, char **error)
{
    if (error)
        *error = NULL;
    if (!dir) {
        set_out(error, error_json("ERROR_CODE_BAD_REQUEST", "no workspace directory"));
        return NULL;
    }
    xs_diag d;
    xs_diag_init(&d);
    xs_workspace *ws = NULL;
    if (xs_workspace_load_dir(dir, &ws, &d) != XS_OK) {
        set_out(error, diag_json(&d, "ERROR_PARSE"));
        xs_diag_release(&d);
        xs_workspace_free(ws);
        return NULL;
    }
    xs_diag_release(&d);
    xsflow *x = xs_calloc(1, sizeof *x);
    x->ws = ws;
    const xs_builtins *lib = xs_lib_builtins();
    x->families = xs_calloc(lib->nfamilies + 1, sizeof *x->families);
    for (size_t i = 0; i < lib->nfamilies; i++)
        x->families[i] = lib->families[i];
    x->families[lib->nfamilies] = &native_family;
    x->builtins.families = x->families;
    x->builtins.nfamilies = lib->nfamilies + 1;
    return x;
}

XS_API void xsflow_close(xsflow *x)
{
    if (!x)
        return;
    xs_interp_free(x->in);
    xs_workspace_free(x->ws);
    for (size_t i = 0; i < x->nnatives; i++)
        xs_free(x->natives[i].name);
    xs_free(x->natives);
    xs_free(x->families);
    xs_free(x);
}

XS_API xsflow_status xsflow_register(xsflow *x, const char *name, const char *input_block,
                                     xsflow_native_fn fn, void *ud, char **error)
{
    if (error)
        *error = NULL;
    if (!x || !name || !*name || !fn || strpbrk(name, "\"\\\n")) {
        set_out(error, error_json("ERROR_CODE_BAD_REQUEST", "bad native function registration"));
        return XSFLOW_E_INVALID;
    }
    if (x->in) {
        set_out(error, error_json("ERROR_CODE_BAD_REQUEST",
                                  "native functions are registered before the first run"));
        return XSFLOW_E_INVALID;
    }
    if (xs_workspace_function(x->ws, xs_str_of(name))) {
        xs_buf m;
        xs_buf_init(&m);
        xs_buf_addf(&m, "a function named '%s' exists already", name);
        set_out(error, error_json("ERROR_CODE_BAD_REQUEST", xs_buf_cstr(&m)));
        xs_buf_release(&m);
        return XSFLOW_E_LOAD;
    }
    xs_buf src;
    xs_buf_init(&src);
    xs_buf_addf(&src,
                "function \"%s\" {\n%s\nstack {\nnative.call \"%s\" {\ninput = $input\n} as $r\n}\n"
                "response = $r\n}\n",
                name, input_block ? input_block : "input {\n}", name);
    xs_buf file;
    xs_buf_init(&file);
    xs_buf_addf(&file, "<native %s>", name);
    xs_diag d;
    xs_diag_init(&d);
    xs_status st = xs_workspace_add_source(x->ws, xs_buf_cstr(&file), src.ptr, src.len, &d);
    xs_buf_release(&src);
    xs_buf_release(&file);
    if (st != XS_OK) {
        set_out(error, diag_json(&d, "ERROR_PARSE"));
        xs_diag_release(&d);
        return XSFLOW_E_LOAD;
    }
    xs_diag_release(&d);
    x->natives = xs_realloc(x->natives, (x->nnatives + 1) * sizeof *x->natives);
    x->natives[x->nnatives++] = (native){xs_strdup(name), fn, ud};
    return XSFLOW_OK;
}

XS_API xsflow_status xsflow_run(xsflow *x, const char *name, const char *input_json, char **out)
{
    if (out)
        *out = NULL;
    if (!x || !name) {
        set_out(out, error_json("ERROR_CODE_BAD_REQUEST", "no handle or function name"));
        return XSFLOW_E_INVALID;
    }
    xs_diag d;
    xs_diag_init(&d);
    xs_value input = xs_null();
    if (input_json && *input_json &&
        xs_json_decode(input_json, strlen(input_json), &input, &d) != XS_OK) {
        set_out(out, diag_json(&d, "ERROR_CODE_BAD_REQUEST"));
        xs_diag_release(&d);
        return XSFLOW_E_INVALID;
    }
    if (!x->in)
        x->in = xs_interp_new(x->ws, &x->builtins);
    xsflow *saved = current;
    current = x;
    xs_value resp = xs_null();
    xs_value err = xs_null();
    xs_status st = xs_interp_run_name(x->in, xs_str_of(name), input, NULL, &resp, &err, &d);
    current = saved;
    xs_release(input);
    xsflow_status rc;
    xs_buf b;
    xs_buf_init(&b);
    switch (st) {
    case XS_OK:
        rc = XSFLOW_OK;
        xs_json_encode(resp, XS_JSON_COMPACT, &b);
        break;
    case XS_E_RUNTIME:
    case XS_E_LIMIT:
        rc = st == XS_E_LIMIT ? XSFLOW_E_LIMIT : XSFLOW_E_RUNTIME;
        if (err.type != XS_NULL) {
            xs_json_encode(err, XS_JSON_COMPACT, &b);
            break;
        }
        set_out(out, diag_json(&d, "ERROR_FATAL"));
        goto out_release;
    case XS_E_NOTFOUND:
        rc = XSFLOW_E_NOTFOUND;
        set_out(out, diag_json(&d, "ERROR_CODE_NOT_FOUND"));
        goto out_release;
    default:
        rc = XSFLOW_E_LOAD;
        set_out(out, diag_json(&d, "ERROR_FATAL"));
        goto out_release;
    }
    set_out(out, xs_buf_detach(&b, NULL));
out_release:
    xs_buf_release(&b);
    xs_release(resp);
    xs_release(err);
    xs_diag_release(&d);
    return rc;
}

XS_API void xsflow_reply_json(xsflow_reply *r, const char *json)
{
    if (!r || r->answered)
        return;
    r->answered = true;
    r->json = xs_strdup(json ? json : "null");
}

XS_API void xsflow_reply_error(xsflow_reply *r, const char *code, const char *message)
{
    if (!r || r->answered)
        return;
    r->answered = true;
    r->code = code ? xs_strdup(code) : NULL;
    r->message = xs_strdup(message ? message : "native function failed");
}

XS_API void xsflow_free(char *s)
{
    xs_free(s);
}
