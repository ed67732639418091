/*
 * fmt.c - the canonical XanoScript printer (see fmt.h).
 */
#include "lang/fmt.h"

typedef struct fmt {
    xs_buf *out;
} fmt;

static void indent_to(fmt *f, int level)
{
    for (int i = 0; i < level; i++)
        xs_buf_add(f->out, "  ", 2);
}

static void put(fmt *f, const char *s)
{
    xs_buf_adds(f->out, s);
}

static void put_str(fmt *f, xs_str s)
{
    xs_buf_add(f->out, s.ptr, s.len);
}

/* ---- strings ---- */

static bool is_bare_key(xs_str k)
{
    if (k.len == 0)
        return false;
    char c = k.ptr[0];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_'))
        return false;
    bool prev_sep = false;
    for (size_t i = 1; i < k.len; i++) {
        c = k.ptr[i];
        bool word = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
                    (c >= '0' && c <= '9');
        if (c == '.' || c == '-') {
            if (prev_sep)
                return false;
            prev_sep = true;
            continue;
        }
        if (!word)
            return false;
        prev_sep = false;
    }
    return !prev_sep;
}

static void put_double_quoted(fmt *f, xs_str s)
{
    xs_buf_addc(f->out, '"');
    for (size_t i = 0; i < s.len; i++) {
        unsigned char c = (unsigned char)s.ptr[i];
        switch (c) {
        case '"':
            put(f, "\\\"");
            break;
        case '\\':
            put(f, "\\\\");
            break;
        case '\n':
            put(f, "\\n");
            break;
        case '\t':
            put(f, "\\t");
            break;
        case '\r':
            put(f, "\\r");
            break;
        case '\b':
            put(f, "\\b");
            break;
        case '\f':
            put(f, "\\f");
            break;
        case '\v':
            put(f, "\\v");
            break;
        case '\0':
            put(f, "\\0");
            break;
        default:
            if (c < 0x20)
                xs_buf_addf(f->out, "\\u%04x", c);
            else
                xs_buf_addc(f->out, (char)c);
        }
    }
    xs_buf_addc(f->out, '"');
}

/* Multi-line text reads best in triple quotes, when it survives the trip:
 * no """ inside, no carriage returns, no blank line or newline at the end. */
static bool triple_ok(xs_str s)
{
    if (!memchr(s.ptr, '\n', s.len) || s.len == 0)
        return false;
    if (s.ptr[s.len - 1] == '\n' || s.ptr[s.len - 1] == ' ' || s.ptr[s.len - 1] == '\t')
        return false;
    if (s.ptr[0] == '\n' || s.ptr[0] == ' ' || s.ptr[0] == '\t')
        return false;
    for (size_t i = 0; i < s.len; i++) {
        if (s.ptr[i] == '\r')
            return false;
        if (i + 2 < s.len && s.ptr[i] == '"' && s.ptr[i + 1] == '"' && s.ptr[i + 2] == '"')
            return false;
    }
    return true;
}

static void put_triple(fmt *f, xs_str s, int indent)
{
    put(f, "\"\"\"\n");
    size_t ls = 0;
    while (ls <= s.len) {
        const char *nl = memchr(s.ptr + ls, '\n', s.len - ls);
        size_t le = nl ? (size_t)(nl - s.ptr) : s.len;
        if (le > ls) {
            indent_to(f, indent + 1);
            xs_buf_add(f->out, s.ptr + ls, le - ls);
        }
        xs_buf_addc(f->out, '\n');
        if (!nl)
            break;
        ls = le + 1;
    }
    indent_to(f, indent + 1);
    put(f, "\"\"\"");
}

static void put_string(fmt *f, const xs_ast_expr *e, int indent)
{
    if (e->u.str.quote == XS_QUOTE_REGEX) {
        /* The lexer reads /.../ as a regex only after ':', '=', '(', ',' or
         * '[' (lexer.c); anywhere else (an array item on its own line)
         * it needs parentheses to stay one. */
        const char *o = f->out->ptr;
        size_t k = f->out->len;
        while (k > 0 && (o[k - 1] == ' ' || o[k - 1] == '\n'))
            k--;
        char c = k ? o[k - 1] : '\0';
        char c0 = k > 1 ? o[k - 2] : '\0';
        bool bare = c == ':' || c == '(' || c == ',' || c == '[' ||
                    (c == '=' && !strchr("=!<>", c0 ? c0 : ' '));
        if (!bare)
            xs_buf_addc(f->out, '(');
        put_str(f, e->u.str.val);
        if (!bare)
            xs_buf_addc(f->out, ')');
        return;
    }
    if (triple_ok(e->u.str.val)) {
        put_triple(f, e->u.str.val, indent);
        return;
    }
    put_double_quoted(f, e->u.str.val);
}

/* ---- expressions ---- */

static int prec_of(const xs_ast_expr *e)
{
    if (e->kind == XS_EXPR_TERNARY)
        return 1;
    if (e->kind != XS_EXPR_BINARY)
        return 100;
    switch ((xs_op)e->op) {
    case XS_OP_COALESCE:
        return 2;
    case XS_OP_OR:
        return 3;
    case XS_OP_AND:
        return 4;
    case XS_OP_EQ:
    case XS_OP_NE:
    case XS_OP_SEQ:
    case XS_OP_SNE:
        return 5;
    case XS_OP_CONCAT:
        return 7;
    case XS_OP_ADD:
    case XS_OP_SUB:
        return 8;
    case XS_OP_MUL:
    case XS_OP_DIV:
    case XS_OP_MOD:
        return 9;
    default:
        return 6;
    }
}

static bool is_simple(const xs_ast_expr *e)
{
    switch ((xs_expr_kind)e->kind) {
    case XS_EXPR_ARRAY:
        return e->u.arr.n == 0;
    case XS_EXPR_OBJECT:
        return e->u.obj.n == 0;
    case XS_EXPR_STRING:
        return !memchr(e->u.str.val.ptr, '\n', e->u.str.val.len) && e->u.str.val.len < 60;
    case XS_EXPR_BACKTICK:
        return e->u.tick.ticks == 1;
    case XS_EXPR_FILTER:
    case XS_EXPR_BINARY:
    case XS_EXPR_TERNARY:
    case XS_EXPR_PATH:
    case XS_EXPR_UNARY:
    case XS_EXPR_CAST:
        return false;
    default:
        return true;
    }
}

static void expr(fmt *f, const xs_ast_expr *e, int indent);

static void expr_paren(fmt *f, const xs_ast_expr *e, int indent, bool need)
{
    if (need || (e->flags & XS_EXPR_F_PARENS)) {
        xs_buf_addc(f->out, '(');
        expr(f, e, indent);
        xs_buf_addc(f->out, ')');
    } else {
        expr(f, e, indent);
    }
}

static void segs(fmt *f, const xs_ast_seg *sg, uint32_t n, int indent)
{
    for (uint32_t i = 0; i < n; i++) {
        if (sg[i].kind == XS_SEG_NAME) {
            xs_buf_addc(f->out, '.');
            put_str(f, sg[i].name);
        } else {
            xs_buf_addc(f->out, '[');
            expr(f, sg[i].index, indent);
            xs_buf_addc(f->out, ']');
        }
    }
}

static void filters(fmt *f, const xs_ast_filter *fl, uint32_t n, bool leading, int indent)
{
    for (uint32_t i = 0; i < n; i++) {
        if (i > 0 || leading)
            xs_buf_addc(f->out, '|');
        put_str(f, fl[i].name);
        for (uint32_t j = 0; j < fl[i].nargs; j++) {
            const xs_ast_expr *a = fl[i].args[j];
            xs_buf_addc(f->out, ':');
            bool need = a->kind == XS_EXPR_FILTER || a->kind == XS_EXPR_TERNARY ||
                        (a->kind == XS_EXPR_UNARY && a->u.un.a->kind == XS_EXPR_FILTER);
            expr_paren(f, a, indent, need);
        }
    }
}

/* Does the base of a filter chain need parentheses to stay the base? */
static bool filter_base_needs_parens(const xs_ast_expr *b)
{
    switch ((xs_expr_kind)b->kind) {
    case XS_EXPR_UNARY:
    case XS_EXPR_BINARY:
    case XS_EXPR_TERNARY:
    case XS_EXPR_FILTER:
        return true;
    case XS_EXPR_INT:
        return b->u.num.i < 0 || (b->u.num.text.len && b->u.num.text.ptr[0] == '-');
    case XS_EXPR_DECIMAL:
        return b->u.num.d < 0 || (b->u.num.text.len && b->u.num.text.ptr[0] == '-');
    default:
        return false;
    }
}

static void array_expr(fmt *f, const xs_ast_expr *e, int indent)
{
    if (e->u.arr.n == 0) {
        put(f, "[]");
        return;
    }
    bool flat = true;
    size_t start = f->out->len;
    for (uint32_t i = 0; i < e->u.arr.n && flat; i++)
        flat = is_simple(e->u.arr.items[i]);
    if (flat) {
        xs_buf_addc(f->out, '[');
        for (uint32_t i = 0; i < e->u.arr.n; i++) {
            if (i)
                put(f, ", ");
            expr(f, e->u.arr.items[i], indent);
        }
        xs_buf_addc(f->out, ']');
        if (f->out->len - start <= 80)
            return;
        f->out->len = start; /* too long: one item per line */
        f->out->ptr[start] = '\0';
    }
    put(f, "[\n");
    for (uint32_t i = 0; i < e->u.arr.n; i++) {
        indent_to(f, indent + 1);
        expr(f, e->u.arr.items[i], indent + 1);
        xs_buf_addc(f->out, '\n');
    }
    indent_to(f, indent);
    xs_buf_addc(f->out, ']');
}

static void key(fmt *f, const xs_ast_entry *en)
{
    if (en->key_quote < 0 && is_bare_key(en->key))
        put_str(f, en->key);
    else
        put_double_quoted(f, en->key);
}

static void object_expr(fmt *f, const xs_ast_expr *e, int indent)
{
    if (e->u.obj.n == 0) {
        put(f, "{}");
        return;
    }
    bool flat = true;
    size_t start = f->out->len;
    for (uint32_t i = 0; i < e->u.obj.n && flat; i++)
        flat = is_simple(e->u.obj.items[i].value);
    if (flat) {
        xs_buf_addc(f->out, '{');
        for (uint32_t i = 0; i < e->u.obj.n; i++) {
            if (i)
                put(f, ", ");
            key(f, &e->u.obj.items[i]);
            put(f, ": ");
            expr(f, e->u.obj.items[i].value, indent);
        }
        xs_buf_addc(f->out, '}');
        if (f->out->len - start <= 80)
            return;
        f->out->len = start;
        f->out->ptr[start] = '\0';
    }
    put(f, "{\n");
    for (uint32_t i = 0; i < e->u.obj.n; i++) {
        indent_to(f, indent + 1);
        key(f, &e->u.obj.items[i]);
        put(f, ": ");
        expr(f, e->u.obj.items[i].value, indent + 1);
        xs_buf_addc(f->out, '\n');
    }
    indent_to(f, indent);
    xs_buf_addc(f->out, '}');
}

static void expr(fmt *f, const xs_ast_expr *e, int indent)
{
    if (!e) {
        put(f, "null");
        return;
    }
    switch ((xs_expr_kind)e->kind) {
    case XS_EXPR_NULL:
        put(f, "null");
        return;
    case XS_EXPR_BOOL:
        put(f, e->u.b ? "true" : "false");
        return;
    case XS_EXPR_INT:
    case XS_EXPR_DECIMAL:
        if (e->u.num.text.len)
            put_str(f, e->u.num.text);
        else if (e->kind == XS_EXPR_INT)
            xs_buf_addf(f->out, "%lld", (long long)e->u.num.i);
        else
            xs_buf_addf(f->out, "%.17g", e->u.num.d);
        return;
    case XS_EXPR_STRING:
        put_string(f, e, indent);
        return;
    case XS_EXPR_NOW:
        put(f, "now");
        return;
    case XS_EXPR_TIMESTAMP:
    case XS_EXPR_IDENT:
        put_str(f, e->u.ident);
        return;
    case XS_EXPR_ARRAY:
        array_expr(f, e, indent);
        return;
    case XS_EXPR_OBJECT:
        object_expr(f, e, indent);
        return;
    case XS_EXPR_VAR:
        xs_buf_addc(f->out, '$');
        put_str(f, e->u.var.name);
        segs(f, e->u.var.segs, e->u.var.n, indent);
        return;
    case XS_EXPR_PATH:
        expr_paren(f, e->u.path.base, indent, true);
        segs(f, e->u.path.segs, e->u.path.n, indent);
        return;
    case XS_EXPR_UNARY: {
        put(f, xs_ast_op_text((xs_op)e->op));
        const xs_ast_expr *a = e->u.un.a;
        bool need = a->kind == XS_EXPR_BINARY || a->kind == XS_EXPR_TERNARY ||
                    a->kind == XS_EXPR_CAST ||
                    ((a->kind == XS_EXPR_INT || a->kind == XS_EXPR_DECIMAL) && e->op == XS_OP_NEG);
        expr_paren(f, a, indent, need);
        return;
    }
    case XS_EXPR_BINARY: {
        int pr = prec_of(e);
        const xs_ast_expr *a = e->u.bin.a, *b = e->u.bin.b;
        bool need_a = prec_of(a) < pr || a->kind == XS_EXPR_FILTER ||
                      (a->kind == XS_EXPR_UNARY && a->u.un.a->kind == XS_EXPR_FILTER);
        expr_paren(f, a, indent, need_a);
        xs_buf_addc(f->out, ' ');
        put(f, xs_ast_op_text((xs_op)e->op));
        if (e->flags & XS_EXPR_F_IGNORE_NULL)
            xs_buf_addc(f->out, '?');
        xs_buf_addc(f->out, ' ');
        expr_paren(f, b, indent, prec_of(b) <= pr);
        return;
    }
    case XS_EXPR_TERNARY:
        expr_paren(f, e->u.tern.cond, indent, prec_of(e->u.tern.cond) <= 1);
        put(f, " ? ");
        expr_paren(f, e->u.tern.then, indent, false);
        put(f, " : ");
        expr_paren(f, e->u.tern.els, indent, false);
        return;
    case XS_EXPR_FILTER:
        expr_paren(f, e->u.filt.base, indent, filter_base_needs_parens(e->u.filt.base));
        filters(f, e->u.filt.items, e->u.filt.n, true, indent);
        return;
    case XS_EXPR_BACKTICK:
        put(f, e->u.tick.ticks == 3 ? "```" : "`");
        put_str(f, e->u.tick.raw);
        put(f, e->u.tick.ticks == 3 ? "```" : "`");
        return;
    case XS_EXPR_CAST:
        xs_buf_addc(f->out, '!');
        put_str(f, e->u.cast.type);
        xs_buf_addc(f->out, ' ');
        expr(f, e->u.cast.value, indent);
        return;
    }
}

void xs_fmt_expr(const xs_ast_expr *e, int indent, xs_buf *out)
{
    fmt f = {out};
    expr(&f, e, indent);
}

/* ---- blocks and statements ---- */

static void block_items(fmt *f, const xs_ast_block *b, int indent, bool spaced);
static void stmt(fmt *f, const xs_ast_stmt *s, int indent);

/* `{`, the items, `}` at indent. */
static void block(fmt *f, const xs_ast_block *b, int indent)
{
    put(f, "{\n");
    if (b)
        block_items(f, b, indent + 1, false);
    indent_to(f, indent);
    xs_buf_addc(f->out, '}');
}

static void field(fmt *f, const xs_ast_field *fd, int indent)
{
    put_str(f, fd->type);
    if (fd->is_list) {
        if (fd->list_range.len) {
            put(f, " [");
            put_str(f, fd->list_range);
            xs_buf_addc(f->out, ']');
        } else {
            put(f, "[]");
        }
    }
    if (fd->nullable)
        xs_buf_addc(f->out, '?');
    if (fd->name.len || fd->name_quoted) {
        xs_buf_addc(f->out, ' ');
        if (fd->name_quoted)
            put_double_quoted(f, fd->name);
        else
            put_str(f, fd->name);
        if (fd->optional)
            xs_buf_addc(f->out, '?');
        if (fd->def) {
            xs_buf_addc(f->out, '=');
            expr(f, fd->def, indent);
        }
        if (fd->nfilters) {
            put(f, " filters=");
            filters(f, fd->filters, fd->nfilters, false, indent);
        }
    }
    if (fd->body) {
        xs_buf_addc(f->out, ' ');
        block(f, fd->body, indent);
    }
}

static void as_var(fmt *f, const xs_ast_stmt *s)
{
    if (s->as_var.len) {
        put(f, " as $");
        put_str(f, s->as_var);
    }
}

/* The attributes a control form keeps in body, one per line. */
static void control_attrs(fmt *f, const xs_ast_stmt *s, int indent)
{
    if (s->body)
        block_items(f, s->body, indent, false);
}

static void stmt(fmt *f, const xs_ast_stmt *s, int indent)
{
    if (s->disabled)
        xs_buf_addc(f->out, '!');
    put_str(f, s->name);
    switch ((xs_stmt_kind)s->kind) {
    case XS_STMT_CONDITIONAL:
        put(f, " {\n");
        control_attrs(f, s, indent + 1);
        for (uint32_t i = 0; i < s->u.cond.n; i++) {
            const xs_ast_branch *br = &s->u.cond.items[i];
            indent_to(f, indent + 1);
            if (!br->cond) {
                put(f, "else ");
            } else {
                put(f, i == 0 ? "if " : "elseif ");
                expr_paren(f, br->cond, indent + 1, true);
                xs_buf_addc(f->out, ' ');
            }
            block(f, br->body, indent + 1);
            xs_buf_addc(f->out, '\n');
        }
        indent_to(f, indent);
        xs_buf_addc(f->out, '}');
        return;
    case XS_STMT_FOREACH:
    case XS_STMT_FOR:
    case XS_STMT_WHILE:
        xs_buf_addc(f->out, ' ');
        expr_paren(f, s->u.loop.subject, indent, true);
        put(f, " {\n");
        control_attrs(f, s, indent + 1);
        indent_to(f, indent + 1);
        put(f, "each ");
        if (s->kind != XS_STMT_WHILE) {
            put(f, "as $");
            put_str(f, s->u.loop.item);
            xs_buf_addc(f->out, ' ');
        }
        block(f, s->u.loop.each, indent + 1);
        xs_buf_addc(f->out, '\n');
        indent_to(f, indent);
        xs_buf_addc(f->out, '}');
        return;
    case XS_STMT_SWITCH:
        xs_buf_addc(f->out, ' ');
        expr_paren(f, s->u.sw.subject, indent, true);
        put(f, " {\n");
        control_attrs(f, s, indent + 1);
        for (uint32_t i = 0; i < s->u.sw.n; i++) {
            const xs_ast_case *c = &s->u.sw.items[i];
            indent_to(f, indent + 1);
            if (c->value) {
                put(f, "case ");
                expr_paren(f, c->value, indent + 1, true);
                xs_buf_addc(f->out, ' ');
            } else {
                put(f, "default ");
            }
            block(f, c->body, indent + 1);
            if (c->has_break)
                put(f, " break");
            xs_buf_addc(f->out, '\n');
        }
        indent_to(f, indent);
        xs_buf_addc(f->out, '}');
        return;
    case XS_STMT_TRY_CATCH:
        put(f, " {\n");
        control_attrs(f, s, indent + 1);
        indent_to(f, indent + 1);
        put(f, "try ");
        block(f, s->u.tc.try_body, indent + 1);
        xs_buf_addc(f->out, '\n');
        if (s->u.tc.catch_body) {
            indent_to(f, indent + 1);
            put(f, "catch ");
            block(f, s->u.tc.catch_body, indent + 1);
            xs_buf_addc(f->out, '\n');
        }
        if (s->u.tc.finally_body) {
            indent_to(f, indent + 1);
            put(f, "finally ");
            block(f, s->u.tc.finally_body, indent + 1);
            xs_buf_addc(f->out, '\n');
        }
        indent_to(f, indent);
        xs_buf_addc(f->out, '}');
        return;
    case XS_STMT_GROUP:
        put(f, " {\n");
        control_attrs(f, s, indent + 1);
        indent_to(f, indent + 1);
        put(f, "stack ");
        block(f, s->u.group.stack, indent + 1);
        xs_buf_addc(f->out, '\n');
        indent_to(f, indent);
        xs_buf_addc(f->out, '}');
        return;
    case XS_STMT_BREAK:
    case XS_STMT_CONTINUE:
    case XS_STMT_FOREACH_REMOVE:
        return;
    default:
        break;
    }
    if (s->arg) {
        xs_buf_addc(f->out, ' ');
        bool parens = s->kind == XS_STMT_PRECONDITION || (s->arg->flags & XS_EXPR_F_PARENS);
        if (parens) {
            xs_buf_addc(f->out, '(');
            expr(f, s->arg, indent);
            xs_buf_addc(f->out, ')');
        } else {
            expr(f, s->arg, indent);
        }
    }
    if (s->cond) {
        put(f, " if ");
        expr_paren(f, s->cond, indent, true);
    }
    for (uint32_t i = 0; i < s->nheader; i++) {
        xs_buf_addc(f->out, ' ');
        put_str(f, s->header[i].name);
        xs_buf_addc(f->out, '=');
        expr(f, s->header[i].value, indent);
    }
    if (s->body) {
        xs_buf_addc(f->out, ' ');
        block(f, s->body, indent);
    }
    as_var(f, s);
}

static void item(fmt *f, const xs_ast_item *it, int indent)
{
    indent_to(f, indent);
    switch ((xs_item_kind)it->kind) {
    case XS_ITEM_ATTR:
        put_str(f, it->name);
        put(f, " = ");
        expr(f, it->value, indent);
        break;
    case XS_ITEM_BLOCK:
        put_str(f, it->name);
        xs_buf_addc(f->out, ' ');
        if (it->arg) {
            expr_paren(f, it->arg, indent, false);
            xs_buf_addc(f->out, ' ');
        }
        block(f, it->block, indent);
        break;
    case XS_ITEM_STMT:
        stmt(f, it->stmt, indent);
        break;
    case XS_ITEM_FIELD:
        field(f, it->field, indent);
        break;
    case XS_ITEM_COMMENT:
        put_str(f, it->name);
        break;
    }
    xs_buf_addc(f->out, '\n');
}

/* Items one per line; with spaced, a blank line around block clauses. */
static void block_items(fmt *f, const xs_ast_block *b, int indent, bool spaced)
{
    for (uint32_t i = 0; i < b->n; i++) {
        const xs_ast_item *it = &b->items[i];
        if (spaced && i > 0) {
            const xs_ast_item *prev = &b->items[i - 1];
            bool prev_is_comment = prev->kind == XS_ITEM_COMMENT;
            if (!prev_is_comment && (it->kind == XS_ITEM_BLOCK || prev->kind == XS_ITEM_BLOCK ||
                                     it->kind == XS_ITEM_COMMENT))
                xs_buf_addc(f->out, '\n');
        }
        item(f, it, indent);
    }
}

void xs_fmt_doc(const xs_ast_doc *doc, xs_buf *out)
{
    fmt f = {out};
    for (uint32_t i = 0; i < doc->ncomments; i++) {
        put_str(&f, doc->comments[i].name);
        xs_buf_addc(out, '\n');
    }
    for (uint32_t i = 0; i < doc->n; i++) {
        const xs_ast_object *o = doc->objects[i];
        if (i > 0)
            xs_buf_addc(out, '\n');
        put_str(&f, o->kind_text);
        xs_buf_addc(out, ' ');
        if (o->name_style == XS_NAME_STRING)
            put_double_quoted(&f, o->name);
        else
            put_str(&f, o->name);
        for (uint32_t h = 0; h < o->nheader; h++) {
            xs_buf_addc(out, ' ');
            put_str(&f, o->header[h].name);
            xs_buf_addc(out, '=');
            expr(&f, o->header[h].value, 0);
        }
        put(&f, " {\n");
        block_items(&f, o->body, 1, true);
        put(&f, "}\n");
    }
}
