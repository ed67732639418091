/*
 * ast.c - names of the tree's enums, lookups over blocks and objects, and
 * the text dump used by tests and by fmt's round-trip check.
 */
#include "lang/ast.h"

#include "base/diag.h"

static const char *const obj_kind_names[XS_OBJ_KIND_COUNT_] = {
    [XS_OBJ_UNKNOWN] = "unknown",
    [XS_OBJ_FUNCTION] = "function",
    [XS_OBJ_TASK] = "task",
    [XS_OBJ_QUERY] = "query",
    [XS_OBJ_TABLE] = "table",
    [XS_OBJ_API_GROUP] = "api_group",
    [XS_OBJ_MIDDLEWARE] = "middleware",
    [XS_OBJ_WORKFLOW_TEST] = "workflow_test",
    [XS_OBJ_ADDON] = "addon",
    [XS_OBJ_AGENT] = "agent",
    [XS_OBJ_TOOL] = "tool",
    [XS_OBJ_MCP_SERVER] = "mcp_server",
    [XS_OBJ_AGENT_TRIGGER] = "agent_trigger",
    [XS_OBJ_TABLE_TRIGGER] = "table_trigger",
    [XS_OBJ_MCP_SERVER_TRIGGER] = "mcp_server_trigger",
    [XS_OBJ_REALTIME_TRIGGER] = "realtime_trigger",
    [XS_OBJ_WORKSPACE_TRIGGER] = "workspace_trigger",
    [XS_OBJ_REALTIME_CHANNEL] = "realtime_channel",
    [XS_OBJ_WORKSPACE] = "workspace",
    [XS_OBJ_BRANCH] = "branch",
};

const char *xs_ast_obj_kind_name(xs_obj_kind k)
{
    return (unsigned)k < XS_OBJ_KIND_COUNT_ ? obj_kind_names[k] : "unknown";
}

xs_obj_kind xs_ast_obj_kind_of(xs_str text)
{
    for (int k = 1; k < XS_OBJ_KIND_COUNT_; k++)
        if (xs_str_eq_cstr(text, obj_kind_names[k]))
            return (xs_obj_kind)k;
    return XS_OBJ_UNKNOWN;
}

static const char *const op_texts[XS_OP_COUNT_] = {
    [XS_OP_NONE] = "",
    [XS_OP_COALESCE] = "??",
    [XS_OP_OR] = "||",
    [XS_OP_AND] = "&&",
    [XS_OP_EQ] = "==",
    [XS_OP_NE] = "!=",
    [XS_OP_SEQ] = "===",
    [XS_OP_SNE] = "!==",
    [XS_OP_LT] = "<",
    [XS_OP_LE] = "<=",
    [XS_OP_GT] = ">",
    [XS_OP_GE] = ">=",
    [XS_OP_CONTAINS] = "contains",
    [XS_OP_NOT_CONTAINS] = "not contains",
    [XS_OP_INCLUDES] = "includes",
    [XS_OP_NOT_INCLUDES] = "not includes",
    [XS_OP_OVERLAPS] = "overlaps",
    [XS_OP_NOT_OVERLAPS] = "not overlaps",
    [XS_OP_IN] = "in",
    [XS_OP_NOT_IN] = "not in",
    [XS_OP_LIKE] = "like",
    [XS_OP_NOT_LIKE] = "not like",
    [XS_OP_ILIKE] = "ilike",
    [XS_OP_NOT_ILIKE] = "not ilike",
    [XS_OP_REGEX] = "=~",
    [XS_OP_NOT_REGEX] = "!=~",
    [XS_OP_JSON_CONTAINS] = "@>",
    [XS_OP_CONCAT] = "~",
    [XS_OP_ADD] = "+",
    [XS_OP_SUB] = "-",
    [XS_OP_MUL] = "*",
    [XS_OP_DIV] = "/",
    [XS_OP_MOD] = "%",
    [XS_OP_NOT] = "!",
    [XS_OP_NEG] = "-",
};

const char *xs_ast_op_text(xs_op op)
{
    return (unsigned)op < XS_OP_COUNT_ && op_texts[op] ? op_texts[op] : "?";
}

static const char *const stmt_kind_names[XS_STMT_KIND_COUNT_] = {
    [XS_STMT_GENERIC] = "generic",
    [XS_STMT_VAR] = "var",
    [XS_STMT_VAR_UPDATE] = "var.update",
    [XS_STMT_CONDITIONAL] = "conditional",
    [XS_STMT_FOREACH] = "foreach",
    [XS_STMT_FOREACH_REMOVE] = "foreach.remove",
    [XS_STMT_FOR] = "for",
    [XS_STMT_WHILE] = "while",
    [XS_STMT_SWITCH] = "switch",
    [XS_STMT_TRY_CATCH] = "try_catch",
    [XS_STMT_GROUP] = "group",
    [XS_STMT_RETURN] = "return",
    [XS_STMT_THROW] = "throw",
    [XS_STMT_PRECONDITION] = "precondition",
    [XS_STMT_BREAK] = "break",
    [XS_STMT_CONTINUE] = "continue",
    [XS_STMT_FUNCTION_RUN] = "function.run",
    [XS_STMT_TASK_CALL] = "task.call",
    [XS_STMT_AWAIT] = "await",
    [XS_STMT_DEBUG_LOG] = "debug.log",
    [XS_STMT_API_REQUEST] = "api.request",
};

const char *xs_ast_stmt_kind_name(xs_stmt_kind k)
{
    return (unsigned)k < XS_STMT_KIND_COUNT_ ? stmt_kind_names[k] : "generic";
}

/* ---- lookups ---- */

const xs_ast_item *xs_ast_block_find(const xs_ast_block *b, const char *name)
{
    if (!b)
        return NULL;
    for (uint32_t i = 0; i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        if ((it->kind == XS_ITEM_ATTR || it->kind == XS_ITEM_BLOCK) &&
            xs_str_eq_cstr(it->name, name))
            return it;
    }
    return NULL;
}

const xs_ast_expr *xs_ast_block_attr(const xs_ast_block *b, const char *name)
{
    const xs_ast_item *it = xs_ast_block_find(b, name);
    return it && it->kind == XS_ITEM_ATTR ? it->value : NULL;
}

const xs_ast_block *xs_ast_block_sub(const xs_ast_block *b, const char *name)
{
    const xs_ast_item *it = xs_ast_block_find(b, name);
    return it && it->kind == XS_ITEM_BLOCK ? it->block : NULL;
}

const xs_ast_item *xs_ast_object_clause(const xs_ast_object *o, const char *name)
{
    return o ? xs_ast_block_find(o->body, name) : NULL;
}

const xs_ast_expr *xs_ast_object_attr(const xs_ast_object *o, const char *name)
{
    return o ? xs_ast_block_attr(o->body, name) : NULL;
}

const xs_ast_block *xs_ast_object_block(const xs_ast_object *o, const char *name)
{
    return o ? xs_ast_block_sub(o->body, name) : NULL;
}

const xs_ast_expr *xs_ast_object_header(const xs_ast_object *o, const char *name)
{
    if (!o)
        return NULL;
    for (uint32_t i = 0; i < o->nheader; i++)
        if (xs_str_eq_cstr(o->header[i].name, name))
            return o->header[i].value;
    return NULL;
}

const xs_ast_expr *xs_ast_stmt_attr(const xs_ast_stmt *s, const char *name)
{
    return s ? xs_ast_block_attr(s->body, name) : NULL;
}

/* ---- dump ---- */

typedef struct dumper {
    xs_buf *out;
    bool positions;
    int depth;
} dumper;

static void line(dumper *d, xs_pos pos, const char *fmt, ...) XS_PRINTF(3, 4);
static void line(dumper *d, xs_pos pos, const char *fmt, ...)
{
    for (int i = 0; i < d->depth; i++)
        xs_buf_adds(d->out, "  ");
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(d->out, fmt, ap);
    va_end(ap);
    if (d->positions && pos.line)
        xs_buf_addf(d->out, " @%u:%u", pos.line, pos.col);
    xs_buf_addc(d->out, '\n');
}

static void quoted(xs_buf *b, xs_str s)
{
    xs_json_quote(b, s.ptr, s.len);
}

static void dump_expr(dumper *d, const char *label, const xs_ast_expr *e);
static void dump_block(dumper *d, const char *label, const xs_ast_block *b);

static void dump_segs(dumper *d, const xs_ast_seg *segs, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        if (segs[i].kind == XS_SEG_NAME) {
            line(d, segs[i].pos, ".%.*s", (int)segs[i].name.len, segs[i].name.ptr);
        } else {
            d->depth++;
            dump_expr(d, "[]", segs[i].index);
            d->depth--;
        }
    }
}

static void dump_filters(dumper *d, const xs_ast_filter *f, uint32_t n)
{
    for (uint32_t i = 0; i < n; i++) {
        line(d, f[i].pos, "|%.*s", (int)f[i].name.len, f[i].name.ptr);
        d->depth++;
        for (uint32_t j = 0; j < f[i].nargs; j++)
            dump_expr(d, "arg", f[i].args[j]);
        d->depth--;
    }
}

static void dump_expr(dumper *d, const char *label, const xs_ast_expr *e)
{
    xs_buf tmp;
    if (!e) {
        line(d, (xs_pos){0, 0, 0}, "%s: (none)", label);
        return;
    }
    switch ((xs_expr_kind)e->kind) {
    case XS_EXPR_NULL:
        line(d, e->pos, "%s: null", label);
        return;
    case XS_EXPR_BOOL:
        line(d, e->pos, "%s: %s", label, e->u.b ? "true" : "false");
        return;
    case XS_EXPR_INT:
        line(d, e->pos, "%s: int %lld", label, (long long)e->u.num.i);
        return;
    case XS_EXPR_DECIMAL:
        line(d, e->pos, "%s: decimal %.17g", label, e->u.num.d);
        return;
    case XS_EXPR_STRING:
        xs_buf_init(&tmp);
        quoted(&tmp, e->u.str.val);
        line(d, e->pos, "%s: %s %s", label, e->u.str.quote == XS_QUOTE_REGEX ? "regex" : "string",
             xs_buf_cstr(&tmp));
        xs_buf_release(&tmp);
        return;
    case XS_EXPR_NOW:
        line(d, e->pos, "%s: now", label);
        return;
    case XS_EXPR_IDENT:
        line(d, e->pos, "%s: ident %.*s", label, (int)e->u.ident.len, e->u.ident.ptr);
        return;
    case XS_EXPR_TIMESTAMP:
        line(d, e->pos, "%s: timestamp %.*s", label, (int)e->u.ident.len, e->u.ident.ptr);
        return;
    case XS_EXPR_CAST:
        line(d, e->pos, "%s: cast %.*s", label, (int)e->u.cast.type.len, e->u.cast.type.ptr);
        d->depth++;
        dump_expr(d, "value", e->u.cast.value);
        d->depth--;
        return;
    case XS_EXPR_ARRAY:
        line(d, e->pos, "%s: array %u", label, e->u.arr.n);
        d->depth++;
        for (uint32_t i = 0; i < e->u.arr.n; i++)
            dump_expr(d, "item", e->u.arr.items[i]);
        d->depth--;
        return;
    case XS_EXPR_OBJECT:
        line(d, e->pos, "%s: object %u", label, e->u.obj.n);
        d->depth++;
        for (uint32_t i = 0; i < e->u.obj.n; i++) {
            xs_buf_init(&tmp);
            quoted(&tmp, e->u.obj.items[i].key);
            dump_expr(d, xs_buf_cstr(&tmp), e->u.obj.items[i].value);
            xs_buf_release(&tmp);
        }
        d->depth--;
        return;
    case XS_EXPR_VAR:
        line(d, e->pos, "%s: $%.*s", label, (int)e->u.var.name.len, e->u.var.name.ptr);
        d->depth++;
        dump_segs(d, e->u.var.segs, e->u.var.n);
        d->depth--;
        return;
    case XS_EXPR_PATH:
        line(d, e->pos, "%s: path", label);
        d->depth++;
        dump_expr(d, "base", e->u.path.base);
        dump_segs(d, e->u.path.segs, e->u.path.n);
        d->depth--;
        return;
    case XS_EXPR_UNARY:
        line(d, e->pos, "%s: unary %s", label, xs_ast_op_text((xs_op)e->op));
        d->depth++;
        dump_expr(d, "a", e->u.un.a);
        d->depth--;
        return;
    case XS_EXPR_BINARY:
        line(d, e->pos, "%s: binary %s%s", label, xs_ast_op_text((xs_op)e->op),
             e->flags & XS_EXPR_F_IGNORE_NULL ? "?" : "");
        d->depth++;
        dump_expr(d, "a", e->u.bin.a);
        dump_expr(d, "b", e->u.bin.b);
        d->depth--;
        return;
    case XS_EXPR_TERNARY:
        line(d, e->pos, "%s: ternary", label);
        d->depth++;
        dump_expr(d, "cond", e->u.tern.cond);
        dump_expr(d, "then", e->u.tern.then);
        dump_expr(d, "else", e->u.tern.els);
        d->depth--;
        return;
    case XS_EXPR_FILTER:
        line(d, e->pos, "%s: filters %u", label, e->u.filt.n);
        d->depth++;
        dump_expr(d, "base", e->u.filt.base);
        dump_filters(d, e->u.filt.items, e->u.filt.n);
        d->depth--;
        return;
    case XS_EXPR_BACKTICK:
        line(d, e->pos, "%s: backtick", label);
        d->depth++;
        dump_expr(d, "inner", e->u.tick.inner);
        d->depth--;
        return;
    }
    line(d, e->pos, "%s: ?", label);
}

static void dump_field(dumper *d, const xs_ast_field *f)
{
    line(d, f->pos, "field %.*s%s%s %.*s%s", (int)f->type.len, f->type.ptr, f->is_list ? "[]" : "",
         f->nullable ? "?" : "", (int)f->name.len, f->name.ptr, f->optional ? "?" : "");
    d->depth++;
    if (f->def)
        dump_expr(d, "default", f->def);
    if (f->nfilters) {
        line(d, f->filters_pos, "filters");
        d->depth++;
        dump_filters(d, f->filters, f->nfilters);
        d->depth--;
    }
    if (f->body)
        dump_block(d, "body", f->body);
    d->depth--;
}

static void dump_stmt(dumper *d, const xs_ast_stmt *s)
{
    line(d, s->pos, "stmt %s %.*s%s%.*s", xs_ast_stmt_kind_name((xs_stmt_kind)s->kind),
         (int)s->name.len, s->name.ptr, s->as_var.len ? " as $" : "", (int)s->as_var.len,
         s->as_var.ptr);
    d->depth++;
    switch ((xs_stmt_kind)s->kind) {
    case XS_STMT_CONDITIONAL:
        for (uint32_t i = 0; i < s->u.cond.n; i++) {
            const xs_ast_branch *br = &s->u.cond.items[i];
            line(d, br->pos, "branch");
            d->depth++;
            if (br->cond)
                dump_expr(d, "cond", br->cond);
            dump_block(d, "body", br->body);
            d->depth--;
        }
        break;
    case XS_STMT_FOREACH:
    case XS_STMT_FOR:
    case XS_STMT_WHILE:
        dump_expr(d, "subject", s->u.loop.subject);
        if (s->u.loop.item.len)
            line(d, s->u.loop.item_pos, "each as $%.*s", (int)s->u.loop.item.len,
                 s->u.loop.item.ptr);
        dump_block(d, "each", s->u.loop.each);
        break;
    case XS_STMT_SWITCH:
        dump_expr(d, "subject", s->u.sw.subject);
        for (uint32_t i = 0; i < s->u.sw.n; i++) {
            const xs_ast_case *c = &s->u.sw.items[i];
            line(d, c->pos, "%s%s", c->value ? "case" : "default", c->has_break ? " break" : "");
            d->depth++;
            if (c->value)
                dump_expr(d, "value", c->value);
            dump_block(d, "body", c->body);
            d->depth--;
        }
        break;
    case XS_STMT_TRY_CATCH:
        dump_block(d, "try", s->u.tc.try_body);
        if (s->u.tc.catch_body)
            dump_block(d, "catch", s->u.tc.catch_body);
        if (s->u.tc.finally_body)
            dump_block(d, "finally", s->u.tc.finally_body);
        break;
    case XS_STMT_GROUP:
        dump_block(d, "stack", s->u.group.stack);
        break;
    default:
        if (s->arg)
            dump_expr(d, "arg", s->arg);
        if (s->body)
            dump_block(d, "body", s->body);
        break;
    }
    d->depth--;
}

static void dump_block(dumper *d, const char *label, const xs_ast_block *b)
{
    if (!b) {
        line(d, (xs_pos){0, 0, 0}, "%s: (none)", label);
        return;
    }
    line(d, b->open, "%s {", label);
    d->depth++;
    for (uint32_t i = 0; i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        switch ((xs_item_kind)it->kind) {
        case XS_ITEM_ATTR: {
            char lab[160];
            snprintf(lab, sizeof lab, "%.*s =", (int)(it->name.len < 150 ? it->name.len : 150),
                     it->name.ptr);
            dump_expr(d, lab, it->value);
            break;
        }
        case XS_ITEM_BLOCK: {
            char lab[160];
            snprintf(lab, sizeof lab, "%.*s", (int)(it->name.len < 150 ? it->name.len : 150),
                     it->name.ptr);
            if (it->arg) {
                d->depth++;
                dump_expr(d, "block arg", it->arg);
                d->depth--;
            }
            dump_block(d, lab, it->block);
            break;
        }
        case XS_ITEM_STMT:
            dump_stmt(d, it->stmt);
            break;
        case XS_ITEM_FIELD:
            dump_field(d, it->field);
            break;
        case XS_ITEM_COMMENT:
            if (d->positions)
                line(d, it->pos, "comment %.*s", (int)it->name.len, it->name.ptr);
            break;
        }
    }
    d->depth--;
    line(d, b->close, "}");
}

void xs_ast_dump(const xs_ast_doc *doc, bool positions, xs_buf *out)
{
    dumper d = {out, positions, 0};
    for (uint32_t i = 0; i < doc->n; i++) {
        const xs_ast_object *o = doc->objects[i];
        xs_buf tmp;
        xs_buf_init(&tmp);
        quoted(&tmp, o->name);
        line(&d, o->pos, "object %s %s", xs_ast_obj_kind_name((xs_obj_kind)o->kind),
             xs_buf_cstr(&tmp));
        xs_buf_release(&tmp);
        d.depth++;
        for (uint32_t h = 0; h < o->nheader; h++) {
            char lab[160];
            snprintf(lab, sizeof lab, "header %.*s =",
                     (int)(o->header[h].name.len < 140 ? o->header[h].name.len : 140),
                     o->header[h].name.ptr);
            dump_expr(&d, lab, o->header[h].value);
        }
        dump_block(&d, "body", o->body);
        d.depth--;
    }
}
