/*
 * parse_object.c - documents, objects and their clauses, `{ }` blocks of
 * attributes / nested blocks / statements, and input and schema fields.
 */
#include "lang/parser_int.h"

/* Kinds whose names may be paths with slashes (function foo/bar). */
static bool kind_allows_path(xs_obj_kind k)
{
    return k == XS_OBJ_FUNCTION || k == XS_OBJ_QUERY || k == XS_OBJ_TASK || k == XS_OBJ_TABLE ||
           k == XS_OBJ_WORKFLOW_TEST || k == XS_OBJ_UNKNOWN;
}

xs_bmode xs_pblock_mode(xs_str name, xs_bmode m)
{
    (void)m;
    static const char *const stmts[] = {"stack", "test", "try", "catch", "finally", "each"};
    static const char *const fields[] = {"input", "schema", "output"};
    for (size_t i = 0; i < XS_COUNTOF(stmts); i++)
        if (xs_str_eq_cstr(name, stmts[i]))
            return XS_BM_STMTS;
    for (size_t i = 0; i < XS_COUNTOF(fields); i++)
        if (xs_str_eq_cstr(name, fields[i]))
            return XS_BM_FIELDS;
    return XS_BM_GENERIC;
}

/*
 * field := TYPE ( "?" | "[" "]" )* NAME "?"? ( "=" default )?
 *          ( "filters" "=" filter ( "|" filter )* )? ( "{" attrs "}" )?
 */
xs_ast_field *xs_parse_field(xs_parser *p)
{
    const xs_token *t = tok(p);
    if (t->kind != XS_TOK_IDENT)
        return xs_pexpect_item(p, "a field type (text, int, object...)");
    xs_ast_field *f = xs_palloc(p, sizeof *f);
    if (!f)
        return NULL;
    memset(f, 0, sizeof *f);
    f->pos = t->pos;
    f->type = tok_text(p, t);
    adv(p);
    for (;;) {
        const xs_token *k = tok(p);
        if (tok_nl(k))
            break;
        if (is_punct(k, XS_P_QUESTION) && !f->nullable) {
            f->nullable = true;
            adv(p);
        } else if (is_punct(k, XS_P_LBRACKET) && !f->is_list) {
            /* [] or a size range [:3], [1:5] */
            uint32_t from = k->pos.off + 1;
            adv(p);
            const xs_token *lo = NULL, *hi = NULL;
            if (tok(p)->kind == XS_TOK_INT) {
                lo = tok(p);
                adv(p);
            }
            if (at_punct(p, XS_P_COLON)) {
                adv(p);
                if (tok(p)->kind == XS_TOK_INT) {
                    hi = tok(p);
                    adv(p);
                }
            }
            if (lo && hi && strtoll(p->src + hi->pos.off, NULL, 10) <
                                strtoll(p->src + lo->pos.off, NULL, 10))
                return xs_perr(p, hi, "the end of a list range cannot be less than its start");
            if (!at_punct(p, XS_P_RBRACKET))
                return xs_pexpect(p, "']' after the list type");
            f->list_range = (xs_str){p->src + from, tok(p)->pos.off - from};
            f->is_list = true;
            adv(p);
        } else {
            break;
        }
    }
    const xs_token *n = tok(p);
    if (is_punct(n, XS_P_LBRACE) && !tok_nl(n) && !f->nullable && !f->is_list) {
        /* `dblink { table = "user" }`: a field with no name of its own. */
        f->name_pos = n->pos;
        f->body = xs_parse_block(p, XS_BM_GENERIC, "field", f->pos);
        return f->body ? f : NULL;
    }
    if (tok_nl(n) || (n->kind != XS_TOK_IDENT && n->kind != XS_TOK_STRING))
        return xs_pexpect(p, "a field name");
    f->name_pos = n->pos;
    if (n->kind == XS_TOK_STRING) {
        f->name = xs_pstring(p, n);
        f->name_quoted = true;
    } else {
        f->name = tok_text(p, n);
    }
    adv(p);
    const xs_token *q = tok(p);
    if (is_punct(q, XS_P_QUESTION) && !(q->flags & XS_TOKF_SP)) {
        f->optional = true;
        adv(p);
    } else if (is_punct(q, XS_P_COALESCE) && !(q->flags & XS_TOKF_SP)) {
        /* `name??`: not a field form; report at the second '?'. */
        return xs_perr(p, q, "unexpected '?" "?' after the field name");
    }
    if (at_punct(p, XS_P_ASSIGN) && !tok_nl(tok(p))) {
        adv(p);
        if (at_word(p, "filters") && is_punct(peek(p, 1), XS_P_ASSIGN) && !tok_nl(tok(p)))
            return xs_pexpect(p, "a default value after '='");
        f->def = xs_parse_expr_p(p, XS_PE_NOFILTER);
        if (!f->def)
            return NULL;
    }
    while (!p->failed && tok(p)->kind == XS_TOK_IDENT && !tok_nl(tok(p))) {
        const xs_token *a = tok(p);
        if (!tok_is_word(p, a, "filters") || !is_punct(peek(p, 1), XS_P_ASSIGN))
            return xs_pexpect(p, "'filters=', '{' or a new line");
        if (f->filters)
            return xs_perr(p, a, "duplicate 'filters' on field '%.*s'", (int)f->name.len,
                           f->name.ptr);
        f->filters_pos = a->pos;
        adv(p);
        adv(p);
        f->filters = xs_parse_filters(p, false, &f->nfilters);
    }
    if (p->failed)
        return NULL;
    if (at_punct(p, XS_P_LBRACE) && !tok_nl(tok(p))) {
        f->body = xs_parse_block(p, XS_BM_GENERIC, "field", f->pos);
        if (!f->body)
            return NULL;
    }
    return f;
}

/* The word of an attribute or nested block: IDENT ( "." IDENT )*. */
static bool item_name(xs_parser *p, xs_str *out)
{
    const xs_token *t = tok(p);
    if (t->kind != XS_TOK_IDENT)
        return false;
    uint32_t start = t->pos.off, end = t->pos.off + t->len;
    adv(p);
    for (;;) {
        const xs_token *d = tok(p), *k = peek(p, 1);
        if (!is_punct(d, XS_P_DOT) || (d->flags & XS_TOKF_SP) || k->kind != XS_TOK_IDENT ||
            (k->flags & XS_TOKF_SP))
            break;
        end = k->pos.off + k->len;
        adv(p);
        adv(p);
    }
    *out = (xs_str){p->src + start, end - start};
    return true;
}

/*
 * generic_item := NAME "=" expr
 *               | NAME ( STRING | "(" expr ")" )? "{" block "}"
 */
static bool parse_generic_item(xs_parser *p, xs_ast_item *it)
{
    const xs_token cur = *tok(p); /* kept for errors after the name */
    const xs_token *t = &cur;
    it->pos = t->pos;
    if (!item_name(p, &it->name)) {
        xs_pexpect_item(p, "an attribute name or '}'");
        return false;
    }
    const xs_token *k = tok(p);
    if (is_punct(k, XS_P_ASSIGN)) {
        it->kind = XS_ITEM_ATTR;
        adv(p);
        it->value = xs_parse_attr_value(p);
        return it->value != NULL;
    }
    if (k->kind == XS_TOK_VAR && !tok_nl(k)) {
        /* `var $x { }` among clauses: a statement outside its stack. */
        xs_perr(p, t, "'%.*s' is a statement: write it inside the 'stack' block",
                (int)it->name.len, it->name.ptr);
        return false;
    }
    it->kind = XS_ITEM_BLOCK;
    if (tok_nl(k) || is_punct(k, XS_P_RBRACE)) {
        /* `input` or `schema` alone: an empty block. */
        it->block = xs_palloc(p, sizeof *it->block);
        if (!it->block)
            return false;
        memset(it->block, 0, sizeof *it->block);
        it->block->open = it->block->close = it->pos;
        return true;
    }
    if (!tok_nl(k) && (k->kind == XS_TOK_STRING || is_punct(k, XS_P_LPAREN))) {
        it->arg = k->kind == XS_TOK_STRING ? xs_parse_expr_p(p, XS_PE_NOFILTER)
                                           : xs_parse_paren_expr(p, "the argument");
        if (!it->arg)
            return false;
        if (k->kind != XS_TOK_STRING)
            it->arg->flags |= XS_EXPR_F_PARENS;
    } else if (!tok_nl(k) && k->kind == XS_TOK_IDENT && is_punct(peek(p, 1), XS_P_LBRACE)) {
        /* test my_case { }: a bare word as the block's name */
        it->arg = xs_new_expr(p, XS_EXPR_IDENT, k->pos);
        if (!it->arg)
            return false;
        it->arg->u.ident = tok_text(p, k);
        adv(p);
    }
    if (!at_punct(p, XS_P_LBRACE)) {
        char w[128];
        snprintf(w, sizeof w, "'=' or '{' after '%.*s'", (int)(it->name.len < 60 ? it->name.len : 60),
                 it->name.ptr);
        xs_pexpect(p, w);
        return false;
    }
    char owner[64];
    snprintf(owner, sizeof owner, "%.*s", (int)(it->name.len < 60 ? it->name.len : 60),
             it->name.ptr);
    it->block = xs_parse_block(p, xs_pblock_mode(it->name, XS_BM_GENERIC), owner, it->pos);
    return it->block != NULL;
}

/* block := "{" ( item NEWLINE )* "}" ; items by mode (see xs_bmode). */
xs_ast_block *xs_parse_block(xs_parser *p, xs_bmode mode, const char *owner, xs_pos owner_pos)
{
    const xs_token *open = tok(p);
    if (!is_punct(open, XS_P_LBRACE))
        return xs_pexpect(p, "'{'");
    if (!xs_penter(p))
        return NULL;
    xs_ast_block *b = xs_palloc(p, sizeof *b);
    if (!b) {
        xs_pleave(p);
        return NULL;
    }
    memset(b, 0, sizeof *b);
    b->open = open->pos;
    adv(p);
    int saved = p->nl_off;
    p->nl_off = 0;
    size_t mark = xs_pmark(p);
    while (!p->failed) {
        xs_pflush_comments(p);
        const xs_token *t = tok(p);
        if (is_punct(t, XS_P_RBRACE))
            break;
        if (t->kind == XS_TOK_EOF || t->kind == XS_TOK_ERROR) {
            char w[128];
            snprintf(w, sizeof w, "'}' to close '%s' opened at %u:%u", owner, owner_pos.line,
                     owner_pos.col);
            xs_pexpect_item(p, w);
            break;
        }
        xs_ast_item it;
        memset(&it, 0, sizeof it);
        it.pos = t->pos;
        bool ok;
        if (mode == XS_BM_STMTS && t->kind == XS_TOK_IDENT && is_punct(peek(p, 1), XS_P_ASSIGN)) {
            /* test blocks mix attributes (input = {...}) with statements. */
            ok = parse_generic_item(p, &it);
        } else if (mode == XS_BM_STMTS) {
            it.kind = XS_ITEM_STMT;
            it.stmt = xs_parse_stmt(p);
            ok = it.stmt != NULL;
        } else if (mode == XS_BM_FIELDS) {
            it.kind = XS_ITEM_FIELD;
            it.field = xs_parse_field(p);
            ok = it.field != NULL;
        } else {
            ok = parse_generic_item(p, &it);
        }
        if (!ok)
            break;
        xs_ppush(p, &it, sizeof it);
        const xs_token *nx = tok(p);
        if (!is_punct(nx, XS_P_RBRACE) && !tok_nl(nx) && nx->kind != XS_TOK_EOF) {
            xs_pexpect(p, mode == XS_BM_STMTS ? "a new line before the next statement"
                                              : "a new line or '}'");
            break;
        }
    }
    b->items = xs_pfinish(p, mark, sizeof(xs_ast_item), &b->n);
    p->nl_off = saved;
    xs_pleave(p);
    if (p->failed)
        return NULL;
    b->close = tok(p)->pos;
    adv(p); /* } */
    return b;
}

/* name := IDENT | STRING | path (IDENT with '/', '-', '.', digits glued) */
static bool parse_object_name(xs_parser *p, xs_ast_object *o)
{
    const xs_token cur = *tok(p); /* kept for errors after the name */
    const xs_token *t = &cur;
    o->name_pos = t->pos;
    if (t->kind == XS_TOK_STRING) {
        o->name = xs_pstring(p, t);
        o->name_style = XS_NAME_STRING;
        adv(p);
        return true;
    }
    if (t->kind != XS_TOK_IDENT || tok_nl(t)) {
        xs_pexpect(p, "a name (an identifier or a quoted string)");
        return false;
    }
    uint32_t start = t->pos.off, end = t->pos.off + t->len;
    bool path = false;
    adv(p);
    for (;;) {
        const xs_token *k = tok(p);
        if (k->flags & XS_TOKF_SP)
            break;
        if (k->kind == XS_TOK_IDENT || k->kind == XS_TOK_INT || is_punct(k, XS_P_SLASH) ||
            is_punct(k, XS_P_MINUS) || is_punct(k, XS_P_DOT) || is_punct(k, XS_P_LBRACE) ||
            is_punct(k, XS_P_RBRACE) || is_punct(k, XS_P_COLON)) {
            if (is_punct(k, XS_P_LBRACE) || is_punct(k, XS_P_RBRACE) || is_punct(k, XS_P_COLON) ||
                is_punct(k, XS_P_SLASH))
                path = true;
            end = k->pos.off + k->len;
            adv(p);
            continue;
        }
        break;
    }
    o->name = (xs_str){p->src + start, end - start};
    o->name_style = path ? XS_NAME_PATH : XS_NAME_IDENT;
    bool dynamic = memchr(o->name.ptr, '{', o->name.len) || memchr(o->name.ptr, ':', o->name.len);
    if ((path && !kind_allows_path(o->kind)) || (dynamic && o->kind != XS_OBJ_QUERY)) {
        xs_perr(p, t, "invalid %s name '%.*s': use an identifier or a quoted string",
                xs_ast_obj_kind_name((xs_obj_kind)o->kind), (int)o->name.len, o->name.ptr);
        return false;
    }
    return true;
}

/* object := KIND name ( NAME "=" expr )* "{" clauses "}" */
static xs_ast_object *parse_object(xs_parser *p)
{
    const xs_token *t = tok(p);
    if (t->kind != XS_TOK_IDENT)
        return xs_pexpect_item(p, "an object (function, query, task, table...)");
    xs_ast_object *o = xs_palloc(p, sizeof *o);
    if (!o)
        return NULL;
    memset(o, 0, sizeof *o);
    o->pos = t->pos;
    o->kind_text = tok_text(p, t);
    o->kind = (uint8_t)xs_ast_obj_kind_of(o->kind_text);
    if (o->kind == XS_OBJ_UNKNOWN)
        return xs_perr(p, t, "unknown object kind '%.*s'", (int)o->kind_text.len,
                       o->kind_text.ptr);
    adv(p);
    if (!parse_object_name(p, o))
        return NULL;
    size_t mark = xs_pmark(p);
    while (!p->failed && tok(p)->kind == XS_TOK_IDENT && !tok_nl(tok(p))) {
        xs_ast_item it;
        memset(&it, 0, sizeof it);
        it.kind = XS_ITEM_ATTR;
        it.pos = tok(p)->pos;
        it.name = tok_text(p, tok(p));
        adv(p);
        if (!xs_pneed(p, XS_P_ASSIGN, "after the header attribute"))
            break;
        it.value = xs_parse_expr_p(p, XS_PE_NOFILTER);
        if (!it.value)
            break;
        xs_ppush(p, &it, sizeof it);
    }
    o->header = xs_pfinish(p, mark, sizeof(xs_ast_item), &o->nheader);
    if (p->failed)
        return NULL;
    if (!at_punct(p, XS_P_LBRACE)) {
        char w[96];
        snprintf(w, sizeof w, "'{' to open the %s", xs_ast_obj_kind_name((xs_obj_kind)o->kind));
        return xs_pexpect(p, w);
    }
    o->body = xs_parse_block(p, XS_BM_GENERIC, xs_ast_obj_kind_name((xs_obj_kind)o->kind), o->pos);
    return o->body ? o : NULL;
}

/* document := object+ EOF */
xs_ast_doc *xs_parse_document(xs_parser *p);
xs_ast_doc *xs_parse_document(xs_parser *p)
{
    xs_ast_doc *doc = xs_palloc(p, sizeof *doc);
    if (!doc)
        return NULL;
    memset(doc, 0, sizeof *doc);
    size_t cmark = xs_pmark(p);
    xs_pflush_comments(p);
    doc->comments = xs_pfinish(p, cmark, sizeof(xs_ast_item), &doc->ncomments);
    size_t mark = xs_pmark(p);
    while (!p->failed && tok(p)->kind != XS_TOK_EOF) {
        if (tok(p)->kind == XS_TOK_ERROR) {
            xs_pexpect_item(p, "an object");
            break;
        }
        xs_ast_object *o = parse_object(p);
        if (!o)
            break;
        xs_ppush(p, &o, sizeof o);
        /* Comments between objects are dropped from the tree for now. */
        xs_pskip_comments(p);
    }
    if (!p->failed && p->scratch->top == mark)
        xs_pexpect_item(p, "an object (function, query, task, table...)");
    doc->objects = xs_pfinish(p, mark, sizeof(xs_ast_object *), &doc->n);
    if (p->failed)
        return NULL;
    return doc;
}
