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
    o->body->items = alloc(s, nitems * sizeof *o->body->items);
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

/* A statement under b (at any depth) whose `mock` object names the test;
 * NULL when none. */
static const xs_ast_stmt *find_mock(const xs_ast_block *b, xs_str test);

static const xs_ast_stmt *mock_in_stmt(const xs_ast_stmt *s, xs_str test)
{
    const xs_ast_expr *m = xs_ast_stmt_attr(s, "mock");
    if (m && m->kind == XS_EXPR_OBJECT)
        for (uint32_t i = 0; i < m->u.obj.n; i++)
            if (xs_str_eq(m->u.obj.items[i].key, test))
                return s;
    const xs_ast_stmt *r = find_mock(s->body, test);
    switch ((xs_stmt_kind)s->kind) {
    case XS_STMT_CONDITIONAL:
        for (uint32_t i = 0; !r && i < s->u.cond.n; i++)
            r = find_mock(s->u.cond.items[i].body, test);
        break;
    case XS_STMT_FOREACH:
    case XS_STMT_FOR:
    case XS_STMT_WHILE:
        if (!r)
            r = find_mock(s->u.loop.each, test);
        break;
    case XS_STMT_SWITCH:
        for (uint32_t i = 0; !r && i < s->u.sw.n; i++)
            r = find_mock(s->u.sw.items[i].body, test);
        break;
    case XS_STMT_TRY_CATCH:
        if (!r)
            r = find_mock(s->u.tc.try_body, test);
        if (!r)
            r = find_mock(s->u.tc.catch_body, test);
        if (!r)
            r = find_mock(s->u.tc.finally_body, test);
        break;
    case XS_STMT_GROUP:
        if (!r)
            r = find_mock(s->u.group.stack, test);
        break;
    default:
        break;
    }
    return r;
}

static const xs_ast_stmt *find_mock(const xs_ast_block *b, xs_str test)
{
    for (uint32_t i = 0; b && i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        const xs_ast_stmt *r = NULL;
        if (it->kind == XS_ITEM_STMT)
            r = mock_in_stmt(it->stmt, test);
        else if (it->kind == XS_ITEM_BLOCK)
            r = find_mock(it->block, test);
        if (r)
            return r;
    }
    return NULL;
}

/* The function raised err: the test passes when it expects that. */
static void check_throw(const xs_test_case *c, xs_value err, xs_test_result *r)
{
    const xs_ast_stmt *t = find_stmt(c->block, "expect.to_throw");
    if (!t) {
        fail_error(r, c->file, err, "the function raised ");
        return;
    }
    const xs_ast_expr *ex = xs_ast_stmt_attr(t, "exception");
    if (!ex || (ex->kind == XS_EXPR_STRING && ex->u.str.val.len == 0)) {
        r->passed = true;
        return;
    }
    if (ex->kind != XS_EXPR_STRING) {
        fail_at(r, c->file, ex->pos, "expect.to_throw: exception must be a text literal");
        return;
    }
    xs_str want = ex->u.str.val;
    xs_str name = text_field(err, "name"), code = text_field(err, "code");
    xs_str msg = text_field(err, "message");
    if (xs_str_eq(name, want) || xs_str_eq(code, want) || str_has(msg, want)) {
        r->passed = true;
        return;
    }
    fail_at(r, c->file, t->pos,
            "expect.to_throw: expected an error matching \"%.*s\", got %.*s: %.*s",
            (int)want.len, want.ptr, (int)code.len, code.ptr, (int)msg.len, msg.ptr);
}

static void run_unit(xs_test_suite *s, xs_interp *in, size_t i, const xs_run_opts *opts,
                     xs_test_result *r)
{
    const xs_test_case *c = &s->cases[i];
    unit_fns *u = &s->fns[i];
    const xs_ast_object *fn = c->obj;
    const xs_ast_stmt *mock = find_mock(xs_ast_object_block(fn, "stack"), c->test);
    if (mock) {
        fail_at(r, c->file, mock->pos,
                "mock is not supported: '%.*s' has a mock for this test; xsflow runs the "
                "statement itself, so the test would not see the mocked value",
                (int)mock->name.len, mock->name.ptr);
        return;
    }
    if (!u->check_fn)
        build_unit(s, c, u);

    xs_value input = xs_null(), err = xs_null();
    xs_status st = xs_interp_run(in, u->input_fn, xs_null(), opts, &input, &err);
    if (st != XS_OK) {
        fail_error(r, c->file, err, "the test's input raised ");
        xs_release(err);
        return;
    }
    xs_value resp = xs_null();
    st = xs_interp_run(in, fn, input, opts, &resp, &err);
    xs_release(input);
    if (st != XS_OK) {
        check_throw(c, err, r);
        xs_release(err);
        return;
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
    xs_release(err);
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
