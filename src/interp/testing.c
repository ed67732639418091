/* testing.c - finding and running XanoScript tests (see testing.h).
 *
 * A unit test runs as two small functions built from the test's own
 * nodes: one whose response is the test's `input` expression (so the input
 * is evaluated like any expression, $env included), and one whose stack is
 * `var $response { value = $input.response }` followed by the test's
 * statements. They live in the suite's arena because the interpreter
 * caches its per-function data by object address. */
#include "interp/testing.h"

#include "base/alloc.h"
#include "base/arena.h"

typedef struct unit_fns {
    xs_ast_object *input_fn; /* response = the test's input */
    xs_ast_object *check_fn; /* $response bound, then the test's statements */
} unit_fns;

struct xs_test_suite {
    const xs_workspace *ws;
    xs_arena *arena;
    xs_test_case *cases;
    unit_fns *fns; /* per case, built on first run */
    size_t n;
    size_t cap;
};

static void add_case(xs_test_suite *s, const xs_ast_object *obj, const xs_ast_item *test)
{
    if (s->n == s->cap) {
        s->cap = s->cap ? s->cap * 2 : 16;
        s->cases = xs_realloc(s->cases, s->cap * sizeof *s->cases);
        s->fns = xs_realloc(s->fns, s->cap * sizeof *s->fns);
    }
    xs_test_case *c = &s->cases[s->n];
    memset(&s->fns[s->n], 0, sizeof s->fns[s->n]);
    s->n++;
    c->obj = obj;
    c->block = test ? test->block : NULL;
    c->file = xs_workspace_file_of(s->ws, obj);
    c->pos = test ? test->pos : obj->pos;
    c->test = XS_STR("");
    if (!test) {
        c->name = xs_strndup(obj->name.ptr ? obj->name.ptr : "", obj->name.len);
        return;
    }
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_add(&b, obj->name.ptr, obj->name.len);
    xs_buf_adds(&b, ": ");
    const xs_ast_expr *a = test->arg;
    c->test = XS_STR("");
    if (a && a->kind == XS_EXPR_STRING)
        c->test = a->u.str.val;
    else if (a && a->kind == XS_EXPR_IDENT)
        c->test = a->u.ident;
    if (c->test.len)
        xs_buf_add(&b, c->test.ptr, c->test.len);
    else
        xs_buf_addf(&b, "test at line %u", test->pos.line);
    c->name = xs_strndup(b.ptr, b.len);
    xs_buf_release(&b);
}

xs_test_suite *xs_test_suite_new(const xs_workspace *ws)
{
    xs_test_suite *s = xs_calloc(1, sizeof *s);
    s->ws = ws;
    s->arena = xs_arena_new(0);
    const xs_ast_doc *doc;
    for (size_t d = 0; (doc = xs_workspace_doc(ws, d)) != NULL; d++) {
        for (uint32_t i = 0; i < doc->n; i++) {
            const xs_ast_object *o = doc->objects[i];
            if (o->kind == XS_OBJ_WORKFLOW_TEST) {
                add_case(s, o, NULL);
                continue;
            }
            for (uint32_t j = 0; o->body && j < o->body->n; j++) {
                const xs_ast_item *it = &o->body->items[j];
                if (it->kind == XS_ITEM_BLOCK && it->block && xs_str_eq_cstr(it->name, "test"))
                    add_case(s, o, it);
            }
        }
    }
    return s;
}

void xs_test_suite_free(xs_test_suite *s)
{
    if (!s)
        return;
    for (size_t i = 0; i < s->n; i++)
        xs_free(s->cases[i].name);
    xs_free(s->cases);
    xs_free(s->fns);
    xs_arena_free(s->arena);
    xs_free(s);
}

size_t xs_test_suite_count(const xs_test_suite *s)
{
    return s->n;
}

const xs_test_case *xs_test_suite_case(const xs_test_suite *s, size_t i)
{
    return i < s->n ? &s->cases[i] : NULL;
}

void xs_test_result_release(xs_test_result *r)
{
    xs_free(r->message);
    xs_free(r->location);
    r->message = r->location = NULL;
}

/* ---- building the unit test's functions ---- */

static void *alloc(xs_test_suite *s, size_t n)
{
    void *p = xs_arena_calloc(s->arena, 1, n);
    if (!p)
        xs_oom();
    return p;
}

static xs_ast_object *new_fn(xs_test_suite *s, const xs_test_case *c, uint32_t nitems)
{
    xs_ast_object *o = alloc(s, sizeof *o);
    o->pos = c->pos;
    o->kind = XS_OBJ_FUNCTION;
    o->kind_text = XS_STR("function");
    o->name = c->obj->name;
    o->body = alloc(s, sizeof *o->body);
    o->body->n = nitems;
    o->body->items = alloc(s, (nitems ? nitems : 1) * sizeof *o->body->items);
    return o;
}

static xs_ast_expr *var_expr(xs_test_suite *s, const char *name, const char *key, xs_pos pos)
{
    xs_ast_expr *e = alloc(s, sizeof *e);
    e->kind = XS_EXPR_VAR;
    e->pos = pos;
    e->u.var.name = xs_str_of(name);
    if (key) {
        e->u.var.segs = alloc(s, sizeof *e->u.var.segs);
        e->u.var.segs[0].kind = XS_SEG_NAME;
        e->u.var.segs[0].pos = pos;
        e->u.var.segs[0].name = xs_str_of(key);
        e->u.var.n = 1;
    }
    return e;
}

static void build_unit(xs_test_suite *s, const xs_test_case *c, unit_fns *u)
{
    const xs_ast_block *t = c->block;
    xs_pos pos = t->open;

    /* function { response = <input> } */
    const xs_ast_expr *input = xs_ast_block_attr(t, "input");
    u->input_fn = new_fn(s, c, input ? 1 : 0);
    if (input) {
        xs_ast_item *it = &u->input_fn->body->items[0];
        it->kind = XS_ITEM_ATTR;
        it->pos = input->pos;
        it->name = XS_STR("response");
        it->value = (xs_ast_expr *)input;
    }

    /* function { input { json response? } stack { var $response {...} ... } } */
    uint32_t nstmts = 0;
    for (uint32_t i = 0; i < t->n; i++)
        nstmts += t->items[i].kind == XS_ITEM_STMT;
    xs_ast_object *o = new_fn(s, c, 2);
    xs_ast_item *in = &o->body->items[0];
    in->kind = XS_ITEM_BLOCK;
    in->pos = pos;
    in->name = XS_STR("input");
    in->block = alloc(s, sizeof *in->block);
    in->block->n = 1;
    in->block->items = alloc(s, sizeof *in->block->items);
    in->block->items[0].kind = XS_ITEM_FIELD;
    in->block->items[0].pos = pos;
    xs_ast_field *fl = alloc(s, sizeof *fl);
    fl->pos = fl->name_pos = pos;
    fl->type = XS_STR("json");
    fl->name = XS_STR("response");
    fl->optional = true;
    fl->nullable = true;
    in->block->items[0].field = fl;

    xs_ast_stmt *var = alloc(s, sizeof *var);
    var->kind = XS_STMT_VAR;
    var->pos = pos;
    var->name = XS_STR("var");
    var->arg = var_expr(s, "response", NULL, pos);
    var->body = alloc(s, sizeof *var->body);
    var->body->n = 1;
    var->body->items = alloc(s, sizeof *var->body->items);
    var->body->items[0].kind = XS_ITEM_ATTR;
    var->body->items[0].pos = pos;
    var->body->items[0].name = XS_STR("value");
    var->body->items[0].value = var_expr(s, "input", "response", pos);

    xs_ast_item *st = &o->body->items[1];
    st->kind = XS_ITEM_BLOCK;
    st->pos = pos;
    st->name = XS_STR("stack");
    st->block = alloc(s, sizeof *st->block);
    st->block->n = nstmts + 1;
    st->block->items = alloc(s, (nstmts + 1) * sizeof *st->block->items);
    st->block->items[0].kind = XS_ITEM_STMT;
    st->block->items[0].pos = pos;
    st->block->items[0].stmt = var;
    uint32_t k = 1;
    for (uint32_t i = 0; i < t->n; i++)
        if (t->items[i].kind == XS_ITEM_STMT)
            st->block->items[k++] = t->items[i];
    u->check_fn = o;
}

/* ---- outcomes ---- */

static void fail_at(xs_test_result *r, const char *file, xs_pos pos, const char *fmt, ...)
    XS_PRINTF(4, 5);

static void fail_at(xs_test_result *r, const char *file, xs_pos pos, const char *fmt, ...)
{
    xs_buf b;
    xs_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&b, fmt, ap);
    va_end(ap);
    r->passed = false;
    r->message = xs_strndup(b.ptr ? b.ptr : "", b.len);
    xs_buf_reset(&b);
    xs_buf_addf(&b, "%s:%u:%u", file, pos.line, pos.col);
    r->location = xs_strndup(b.ptr, b.len);
    xs_buf_release(&b);
}

static xs_str text_field(xs_value obj, const char *key)
{
    const xs_value *v = obj.type == XS_OBJECT ? xs_object_get(obj, xs_str_of(key)) : NULL;
    return v && v->type == XS_TEXT ? xs_text_str(*v) : XS_STR("");
}

/* A failure from a raised error: its message, and its location with the
 * test's file when the error came from one of the suite's own functions
 * (which have no file of their own). */
static void fail_error(xs_test_result *r, const char *file, xs_value err, const char *prefix)
{
    xs_str msg = text_field(err, "message"), code = text_field(err, "code");
    xs_str loc = text_field(err, "location");
    xs_buf b;
    xs_buf_init(&b);
    if (prefix)
        xs_buf_adds(&b, prefix);
    if (!xs_str_eq_cstr(code, XS_TEST_EXPECT_CODE) && code.len)
        xs_buf_addf(&b, "%.*s: ", (int)code.len, code.ptr);
    xs_buf_add(&b, msg.ptr, msg.len);
    r->passed = false;
    r->message = xs_strndup(b.ptr ? b.ptr : "", b.len);
    xs_buf_reset(&b);
    if (loc.len && loc.ptr[0] == ':')
        xs_buf_adds(&b, file);
    xs_buf_add(&b, loc.ptr, loc.len);
    r->location = xs_strndup(b.ptr ? b.ptr : "", b.len);
    xs_buf_release(&b);
}

/* The first statement named name among b's items; NULL when none. */
static const xs_ast_stmt *find_stmt(const xs_ast_block *b, const char *name)
{
    for (uint32_t i = 0; b && i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        if (it->kind == XS_ITEM_STMT && !it->stmt->disabled && xs_str_eq_cstr(it->stmt->name, name))
            return it->stmt;
    }
    return NULL;
}

static bool str_has(xs_str hay, xs_str needle)
{
    if (needle.len == 0)
        return true;
    for (size_t i = 0; i + needle.len <= hay.len; i++)
        if (memcmp(hay.ptr + i, needle.ptr, needle.len) == 0)
            return true;
    return false;
}

/* Every statement under b (at any depth) whose `mock` object names the
 * test, in source order: the first max go to out, *n counts them all. */
static void find_mocks(const xs_ast_block *b, xs_str test, const xs_ast_stmt **out, size_t max,
                       size_t *n);

static bool mock_names(const xs_ast_stmt *s, xs_str test)
{
    const xs_ast_expr *m = xs_ast_stmt_attr(s, "mock");
    for (uint32_t i = 0; m && m->kind == XS_EXPR_OBJECT && i < m->u.obj.n; i++)
        if (xs_str_eq(m->u.obj.items[i].key, test))
            return true;
    return false;
}

static void stmt_mocks(const xs_ast_stmt *s, xs_str test, const xs_ast_stmt **out, size_t max,
                       size_t *n)
{
    if (mock_names(s, test)) {
        if (*n < max)
            out[*n] = s;
        ++*n;
    }
    find_mocks(s->body, test, out, max, n);
    switch ((xs_stmt_kind)s->kind) {
    case XS_STMT_CONDITIONAL:
        for (uint32_t i = 0; i < s->u.cond.n; i++)
            find_mocks(s->u.cond.items[i].body, test, out, max, n);
        break;
    case XS_STMT_FOREACH:
    case XS_STMT_FOR:
    case XS_STMT_WHILE:
        find_mocks(s->u.loop.each, test, out, max, n);
        break;
    case XS_STMT_SWITCH:
        for (uint32_t i = 0; i < s->u.sw.n; i++)
            find_mocks(s->u.sw.items[i].body, test, out, max, n);
        break;
    case XS_STMT_TRY_CATCH:
        find_mocks(s->u.tc.try_body, test, out, max, n);
        find_mocks(s->u.tc.catch_body, test, out, max, n);
        find_mocks(s->u.tc.finally_body, test, out, max, n);
        break;
    case XS_STMT_GROUP:
        find_mocks(s->u.group.stack, test, out, max, n);
        break;
    default:
        break;
    }
}

static void find_mocks(const xs_ast_block *b, xs_str test, const xs_ast_stmt **out, size_t max,
                       size_t *n)
{
    for (uint32_t i = 0; b && i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        if (it->kind == XS_ITEM_STMT)
            stmt_mocks(it->stmt, test, out, max, n);
        else if (it->kind == XS_ITEM_BLOCK)
            find_mocks(it->block, test, out, max, n);
    }
}

/* ---- mocks ---- */

/* A mock of one call of the tested function: its statement and value. */
typedef struct mock {
    const xs_ast_stmt *stmt;
    xs_value value;
} mock;

typedef struct mocks {
    mock items[16];
    size_t n;
    const char *file;
    const xs_step_hooks *next; /* the caller's hooks, for calls not mocked */
} mocks;

/* Whether a mock on s can be honoured: Xano's grammar takes `mock` on
 * db.query; function.run and api.request are the calls a test stubs. */
static bool mockable(const xs_ast_stmt *s)
{
    return s->kind == XS_STMT_FUNCTION_RUN || s->kind == XS_STMT_API_REQUEST ||
           xs_str_eq_cstr(s->name, "db.query");
}

/* Collects the mocks under b naming the test into found[0..max) and m->n.
 * Returns a statement whose mock cannot be honoured (not mockable, or past
 * max); NULL when all can. */
static const xs_ast_stmt *collect_mocks(const xs_ast_block *b, xs_str test, mocks *m,
                                        const xs_ast_stmt **found, size_t max)
{
    size_t n = 0;
    find_mocks(b, test, found, max, &n);
    m->n = 0;
    if (n > max)
        return found[max - 1];
    for (size_t i = 0; i < n; i++)
        if (!mockable(found[i]))
            return found[i];
    m->n = n;
    return NULL;
}

/* The mock of the tested function's statement at file:pos; NULL when the
 * statement is not mocked (or belongs to another function). */
static const mock *mock_at(const mocks *m, const char *file, xs_pos pos, uint32_t depth)
{
    if (depth != 1 || !file || strcmp(file, m->file) != 0)
        return NULL;
    for (size_t i = 0; i < m->n; i++) {
        const xs_ast_stmt *s = m->items[i].stmt;
        if (s->pos.off == pos.off && s->pos.line == pos.line)
            return &m->items[i];
    }
    return NULL;
}

static bool mock_lookup(void *ctx, const char *file, xs_pos pos, uint32_t depth, xs_value *out)
{
    const mock *k = mock_at(ctx, file, pos, depth);
    if (!k)
        return false;
    *out = xs_retain(k->value);
    return true;
}

static xs_step_action mock_before(void *ctx, const xs_step_info *si, xs_value *out)
{
    mocks *m = ctx;
    const mock *k = mock_at(m, si->file, si->pos, si->depth);
    if (k) {
        *out = xs_retain(k->value);
        return XS_STEP_REPLAY;
    }
    if (m->next && m->next->before)
        return m->next->before(m->next->ctx, si, out);
    return XS_STEP_RUN;
}

static void mock_after(void *ctx, const xs_step_info *si, xs_status st, xs_value response,
                       xs_value error)
{
    mocks *m = ctx;
    if (m->next && m->next->after)
        m->next->after(m->next->ctx, si, st, response, error);
}

/* Evaluates e as the response of a function of its own. */
static xs_status eval_expr(xs_test_suite *s, xs_interp *in, const xs_test_case *c,
                           const xs_ast_expr *e, const xs_run_opts *opts, xs_value *out,
                           xs_value *err)
{
    xs_ast_object *o = new_fn(s, c, 1);
    xs_ast_item *it = &o->body->items[0];
    it->kind = XS_ITEM_ATTR;
    it->pos = e->pos;
    it->name = XS_STR("response");
    it->value = (xs_ast_expr *)e;
    return xs_interp_run(in, o, xs_null(), opts, out, err);
}

/* The value of the mock entry of s named test; NULL when none. */
static const xs_ast_expr *mock_value(const xs_ast_stmt *s, xs_str test)
{
    const xs_ast_expr *m = xs_ast_stmt_attr(s, "mock");
    for (uint32_t i = 0; m && m->kind == XS_EXPR_OBJECT && i < m->u.obj.n; i++)
        if (xs_str_eq(m->u.obj.items[i].key, test))
            return m->u.obj.items[i].value;
    return NULL;
}

/* The function raised err: the test passes when it expects that: an
 * expect.to_throw whose exception (evaluated; empty or absent matches
 * any error) is the error's name or code, or part of its message. */
static void check_throw(xs_test_suite *s, xs_interp *in, const xs_test_case *c,
                        const xs_run_opts *opts, xs_value err, xs_test_result *r)
{
    const xs_ast_stmt *t = find_stmt(c->block, "expect.to_throw");
    if (!t) {
        fail_error(r, c->file, err, "the function raised ");
        return;
    }
    const xs_ast_expr *ex = xs_ast_stmt_attr(t, "exception");
    xs_value want = xs_null(), werr = xs_null();
    if (ex && eval_expr(s, in, c, ex, opts, &want, &werr) != XS_OK) {
        fail_error(r, c->file, werr, "expect.to_throw: its exception raised ");
        xs_release(werr);
        return;
    }
    xs_str w = want.type == XS_TEXT ? xs_text_str(want) : XS_STR("");
    xs_str name = text_field(err, "name"), code = text_field(err, "code");
    xs_str msg = text_field(err, "message");
    if (want.type == XS_NULL || w.len == 0 || xs_str_eq(name, w) || xs_str_eq(code, w) ||
        str_has(msg, w))
        r->passed = true;
    else if (want.type != XS_TEXT)
        fail_at(r, c->file, t->pos, "expect.to_throw: exception must be text, got %s",
                xs_value_type_name(want));
    else
        fail_at(r, c->file, t->pos,
                "expect.to_throw: expected an error matching \"%.*s\", got %.*s: %.*s", (int)w.len,
                w.ptr, (int)code.len, code.ptr, (int)msg.len, msg.ptr);
    xs_release(want);
}

static void run_unit(xs_test_suite *s, xs_interp *in, size_t i, const xs_run_opts *opts,
                     xs_test_result *r)
{
    const xs_test_case *c = &s->cases[i];
    unit_fns *u = &s->fns[i];
    const xs_ast_object *fn = c->obj;
    mocks m = {.file = c->file, .next = opts ? opts->hooks : NULL};
    const xs_ast_stmt *found[XS_COUNTOF(m.items)];
    const xs_ast_stmt *bad =
        collect_mocks(xs_ast_object_block(fn, "stack"), c->test, &m, found, XS_COUNTOF(found));
    if (bad) {
        fail_at(r, c->file, bad->pos,
                "mock is not supported on '%.*s': only function.run, api.request and db.query "
                "statements of the tested function can be mocked",
                (int)bad->name.len, bad->name.ptr);
        return;
    }
    if (!u->check_fn)
        build_unit(s, c, u);

    xs_value input = xs_null(), err = xs_null();
    for (size_t k = 0; k < m.n; k++) {
        m.items[k].stmt = found[k];
        m.items[k].value = xs_null();
        if (eval_expr(s, in, c, mock_value(found[k], c->test), opts, &m.items[k].value, &err) !=
            XS_OK) {
            fail_error(r, c->file, err, "the mock raised ");
            m.n = k;
            goto out_mocks;
        }
    }
    xs_run_opts o = opts ? *opts : (xs_run_opts){0};
    xs_step_hooks hooks = {&m, mock_before, mock_after, NULL};
    xs_mock_hooks lookup = {&m, mock_lookup};
    if (m.n) {
        o.hooks = &hooks;
        o.mocks = &lookup;
    }

    xs_status st = xs_interp_run(in, u->input_fn, xs_null(), opts, &input, &err);
    if (st != XS_OK) {
        fail_error(r, c->file, err, "the test's input raised ");
        goto out_mocks;
    }
    xs_value resp = xs_null();
    st = xs_interp_run(in, fn, input, &o, &resp, &err);
    xs_release(input);
    if (st != XS_OK) {
        check_throw(s, in, c, opts, err, r);
        goto out_mocks;
    }
    xs_value wrap = xs_object_new(1);
    xs_object_set(&wrap, XS_STR("response"), resp);
    xs_value out = xs_null();
    st = xs_interp_run(in, u->check_fn, wrap, opts, &out, &err);
    xs_release(wrap);
    xs_release(out);
    if (st != XS_OK)
        fail_error(r, c->file, err, NULL);
    else
        r->passed = true;
out_mocks:
    xs_release(err);
    for (size_t k = 0; k < m.n; k++)
        xs_release(m.items[k].value);
}

xs_status xs_test_run(xs_test_suite *s, xs_interp *in, size_t i, const xs_run_opts *opts,
                      xs_test_result *out)
{
    memset(out, 0, sizeof *out);
    if (i >= s->n)
        return XS_E_NOTFOUND;
    const xs_test_case *c = &s->cases[i];
    if (c->block) {
        run_unit(s, in, i, opts, out);
        return XS_OK;
    }
    xs_value resp = xs_null(), err = xs_null();
    xs_status st = xs_interp_run(in, c->obj, xs_null(), opts, &resp, &err);
    if (st != XS_OK)
        fail_error(out, c->file, err, NULL);
    else
        out->passed = true;
    xs_release(resp);
    xs_release(err);
    return XS_OK;
}
