/*
 * parse_stmt.c - statements: the control forms (var, conditional, loops,
 * switch, try_catch, group, return, throw, precondition...) and the generic
 * `ns.name ARG? { attrs } as $var` form that covers the long tail.
 */
#include "lang/parser_int.h"
#include "lang/schema.h"

static xs_ast_stmt *new_stmt(xs_parser *p, xs_stmt_kind k, xs_pos pos, xs_str name)
{
    xs_ast_stmt *s = xs_palloc(p, sizeof *s);
    if (!s)
        return NULL;
    memset(s, 0, sizeof *s);
    s->kind = (uint8_t)k;
    s->pos = pos;
    s->name = name;
    return s;
}

/* Variables a statement may not assign: they belong to the runtime. */
static bool is_reserved_var(xs_str name)
{
    static const char *const reserved[] = {"input", "env", "auth", "db"};
    for (size_t i = 0; i < XS_COUNTOF(reserved); i++)
        if (xs_str_eq_cstr(name, reserved[i]))
            return true;
    return false;
}

/* as_var := VAR | "$var" "." NAME (a plain name: no path, not a runtime variable) */
bool xs_parse_as_var(xs_parser *p, xs_str *name, xs_pos *pos)
{
    const xs_token *t = tok(p);
    if (t->kind != XS_TOK_VAR) {
        xs_pexpect(p, "a variable (e.g. $result)");
        return false;
    }
    xs_str n = tok_text(p, t);
    n.ptr++;
    n.len--;
    if (xs_str_eq_cstr(n, "$")) {
        /* `as $$name`: Xano stops at the name after the second '$'. */
        const xs_token *k = peek(p, 1);
        if (k->kind == XS_TOK_IDENT && !(k->flags & XS_TOKF_SP))
            xs_perr(p, k, "a variable takes one '$': write $%.*s", (int)k->len,
                    p->src + k->pos.off);
        else
            xs_perr(p, t, "'$$' cannot name a variable: write $name");
        return false;
    }
    if (is_reserved_var(n)) {
        xs_perr(p, t, "'$%.*s' cannot be assigned: it is set by the runtime", (int)n.len, n.ptr);
        return false;
    }
    *name = n;
    *pos = t->pos;
    adv(p);
    const xs_token *a = tok(p);
    if (xs_str_eq_cstr(n, "var") && is_punct(a, XS_P_DOT) && !(a->flags & XS_TOKF_SP) &&
        peek(p, 1)->kind == XS_TOK_IDENT && !(peek(p, 1)->flags & XS_TOKF_SP)) {
        /* $var.name is the variable name. */
        *name = tok_text(p, peek(p, 1));
        adv(p);
        adv(p);
        a = tok(p);
    }
    if ((is_punct(a, XS_P_DOT) || is_punct(a, XS_P_LBRACKET) || is_punct(a, XS_P_PIPE)) &&
        !tok_nl(a)) {
        xs_pexpect(p, "a new line after the variable");
        return false;
    }
    return true;
}

/* `as $var` after a statement, on the same line; none is fine. */
static bool parse_opt_as(xs_parser *p, xs_ast_stmt *s)
{
    if (p->failed)
        return false;
    const xs_token *t = tok(p);
    if (!tok_is_word(p, t, "as") || tok_nl(t))
        return true;
    adv(p);
    return xs_parse_as_var(p, &s->as_var, &s->as_pos);
}

/* Opens a `{` that belongs to what; false with an error when absent. */
static bool open_brace(xs_parser *p, const char *what)
{
    if (at_punct(p, XS_P_LBRACE)) {
        adv(p);
        return true;
    }
    char w[96];
    snprintf(w, sizeof w, "'{' after '%s'", what);
    xs_pexpect(p, w);
    return false;
}

static bool close_brace(xs_parser *p, const char *what, xs_pos opened)
{
    xs_pskip_comments(p);
    if (at_punct(p, XS_P_RBRACE)) {
        adv(p);
        return true;
    }
    char w[128];
    snprintf(w, sizeof w, "'}' to close '%s' opened at %u:%u", what, opened.line, opened.col);
    xs_pexpect_item(p, w);
    return false;
}

/* A statement block `{ stmts }` introduced by the keyword kw. */
static xs_ast_block *stmts_block(xs_parser *p, const char *kw, xs_pos kwpos)
{
    if (!at_punct(p, XS_P_LBRACE)) {
        char w[96];
        snprintf(w, sizeof w, "'{' after '%s'", kw);
        return xs_pexpect(p, w);
    }
    return xs_parse_block(p, XS_BM_STMTS, kw, kwpos);
}

/* A statement block that may be left out: `each as $x` alone, `try` alone.
 * Absent (a new line or '}' follows) gives an empty block. */
static xs_ast_block *opt_stmts_block(xs_parser *p, const char *kw, xs_pos kwpos)
{
    if (at_punct(p, XS_P_LBRACE))
        return xs_parse_block(p, XS_BM_STMTS, kw, kwpos);
    const xs_token *t = tok(p);
    if (!tok_nl(t) && !is_punct(t, XS_P_RBRACE) && !tok_is_word(p, t, "break")) {
        char w[96];
        snprintf(w, sizeof w, "'{' after '%s'", kw);
        return xs_pexpect(p, w);
    }
    xs_ast_block *b = xs_palloc(p, sizeof *b);
    if (b) {
        memset(b, 0, sizeof *b);
        b->open = b->close = kwpos;
    }
    return b;
}

/* Attributes written among a control form's parts (description, disabled),
 * gathered in a list and turned into the statement's body at the end. */
typedef struct attr_node {
    xs_ast_item it;
    struct attr_node *next;
} attr_node;

typedef struct attr_list {
    attr_node *head;
    attr_node **tail;
    uint32_t n;
} attr_list;

/* If `NAME =` comes next, parses the attribute into l and returns true. */
static bool take_attr(xs_parser *p, attr_list *l)
{
    const xs_token *t = tok(p);
    if (t->kind != XS_TOK_IDENT || !is_punct(peek(p, 1), XS_P_ASSIGN))
        return false;
    attr_node *a = xs_palloc(p, sizeof *a);
    if (!a)
        return false;
    memset(a, 0, sizeof *a);
    a->it.kind = XS_ITEM_ATTR;
    a->it.pos = t->pos;
    a->it.name = tok_text(p, t);
    adv(p);
    adv(p);
    a->it.value = xs_parse_attr_value(p);
    if (!a->it.value)
        return false;
    *l->tail = a;
    l->tail = &a->next;
    l->n++;
    xs_pskip_comments(p);
    return true;
}

/* Skips comments, then takes every `name = value` attribute that follows:
 * control forms allow attributes between their clauses. */
static void take_attrs(xs_parser *p, attr_list *l)
{
    xs_pskip_comments(p);
    while (take_attr(p, l))
        ;
}

/* clause := WORD block, when the next word is WORD: its statements go to
 * *body, then the attributes after it to al. false on a parse error. */
static bool opt_clause(xs_parser *p, const char *word, attr_list *al, xs_ast_block **body)
{
    if (!at_word(p, word))
        return true;
    xs_pos at = tok(p)->pos;
    adv(p);
    *body = opt_stmts_block(p, word, at);
    if (!*body)
        return false;
    take_attrs(p, al);
    return true;
}

static void attrs_to_body(xs_parser *p, xs_ast_stmt *s, attr_list *l)
{
    if (!l->n || p->failed)
        return;
    xs_ast_block *b = xs_palloc(p, sizeof *b);
    xs_ast_item *items = xs_palloc(p, l->n * sizeof *items);
    if (!b || !items)
        return;
    memset(b, 0, sizeof *b);
    uint32_t i = 0;
    for (attr_node *a = l->head; a; a = a->next)
        items[i++] = a->it;
    b->items = items;
    b->n = i;
    b->open = b->close = items[0].pos;
    s->body = b;
}

/* Requires that a word kw comes next; false with an error otherwise. */
static bool need_word(xs_parser *p, const char *kw)
{
    if (at_word(p, kw)) {
        adv(p);
        return true;
    }
    char w[64];
    snprintf(w, sizeof w, "'%s'", kw);
    xs_pexpect(p, w);
    return false;
}

/*
 * conditional := "conditional" "{" "if" paren "{" stmts "}"
 *                ( "elseif" paren ( "{" stmts "}" )? )* ( "else" "{" stmts "}" )? "}"
 */
static bool parse_conditional(xs_parser *p, xs_ast_stmt *s)
{
    xs_pos opened = tok(p)->pos;
    if (!open_brace(p, "conditional"))
        return false;
    size_t mark = xs_pmark(p);
    bool seen_else = false;
    attr_list al = {NULL, NULL, 0};
    al.tail = &al.head;
    xs_pskip_comments(p);
    while (!p->failed && !at_punct(p, XS_P_RBRACE)) {
        if (take_attr(p, &al))
            continue;
        if (p->failed)
            break;
        const xs_token *t = tok(p);
        xs_ast_branch br;
        memset(&br, 0, sizeof br);
        br.pos = t->pos;
        size_t count = (xs_pmark(p) - mark) / ((sizeof br + 7) & ~(size_t)7);
        if (seen_else)
            break;
        if (count == 0 ? tok_is_word(p, t, "if")
                       : tok_is_word(p, t, "elseif") || tok_is_word(p, t, "else")) {
            bool is_else = tok_is_word(p, t, "else");
            bool is_if = tok_is_word(p, t, "if");
            adv(p);
            if (!is_else) {
                br.cond = xs_parse_paren_expr(p, is_if ? "the 'if' condition" : "the condition");
                if (!br.cond)
                    break;
            }
            if (is_else)
                br.body = stmts_block(p, "else", br.pos);
            else
                br.body = opt_stmts_block(p, is_if ? "if" : "elseif", br.pos);
            if (!br.body)
                break;
            seen_else = is_else;
            xs_ppush(p, &br, sizeof br);
            xs_pskip_comments(p);
            continue;
        }
        xs_pexpect(p, count == 0 ? "'if'" : "'elseif', 'else' or '}'");
        break;
    }
    s->u.cond.items = xs_pfinish(p, mark, sizeof(xs_ast_branch), &s->u.cond.n);
    if (p->failed)
        return false;
    attrs_to_body(p, s, &al);
    if (s->u.cond.n == 0) {
        /* Xano reports it at the statement, as the checker would. */
        xs_token at = *tok(p);
        at.pos = s->pos;
        xs_perr(p, &at, "conditional is missing the if statement");
        return false;
    }
    return close_brace(p, "conditional", opened);
}

/*
 * foreach := "foreach" paren "{" "each" "as" VAR "{" stmts "}" "}"
 * for     := "for" paren "{" "each" "as" VAR "{" stmts "}" "}"
 * while   := "while" paren "{" "each" "{" stmts "}" "}"
 */
static bool parse_loop(xs_parser *p, xs_ast_stmt *s, const char *kw, bool with_var)
{
    s->u.loop.subject = xs_parse_paren_expr(p, kw);
    if (!s->u.loop.subject)
        return false;
    s->arg = s->u.loop.subject;
    xs_pos opened = tok(p)->pos;
    if (!open_brace(p, kw))
        return false;
    attr_list al = {NULL, NULL, 0};
    al.tail = &al.head;
    take_attrs(p, &al);
    if (p->failed)
        return false;
    xs_pos each_pos = tok(p)->pos;
    if (!need_word(p, "each"))
        return false;
    if (with_var) {
        if (!need_word(p, "as"))
            return false;
        if (!xs_parse_as_var(p, &s->u.loop.item, &s->u.loop.item_pos))
            return false;
    }
    s->u.loop.each = opt_stmts_block(p, "each", each_pos);
    if (!s->u.loop.each)
        return false;
    take_attrs(p, &al);
    if (p->failed)
        return false;
    attrs_to_body(p, s, &al);
    return close_brace(p, kw, opened);
}

/* switch := "switch" paren "{" ( "case" paren block? "break"? )* ( "default" block )? "}" */
static bool parse_switch(xs_parser *p, xs_ast_stmt *s)
{
    s->u.sw.subject = xs_parse_paren_expr(p, "switch");
    if (!s->u.sw.subject)
        return false;
    s->arg = s->u.sw.subject;
    xs_pos opened = tok(p)->pos;
    if (!at_punct(p, XS_P_LBRACE) && (tok_nl(tok(p)) || at_punct(p, XS_P_RBRACE)))
        return true; /* `switch (x)` with no cases */
    if (!open_brace(p, "switch"))
        return false;
    size_t mark = xs_pmark(p);
    bool seen_default = false;
    attr_list al = {NULL, NULL, 0};
    al.tail = &al.head;
    xs_pskip_comments(p);
    while (!p->failed && !at_punct(p, XS_P_RBRACE)) {
        if (take_attr(p, &al))
            continue;
        if (p->failed || seen_default)
            break;
        const xs_token *t = tok(p);
        xs_ast_case c;
        memset(&c, 0, sizeof c);
        c.pos = t->pos;
        if (tok_is_word(p, t, "case")) {
            adv(p);
            c.value = xs_parse_paren_expr(p, "the case value");
            if (!c.value)
                break;
        } else if (tok_is_word(p, t, "default")) {
            adv(p);
            seen_default = true;
        } else {
            xs_pexpect_item(p, "'case', 'default' or '}'");
            break;
        }
        c.body = opt_stmts_block(p, c.value ? "case" : "default", c.pos);
        if (!c.body)
            break;
        if (at_word(p, "break")) {
            adv(p);
            c.has_break = true;
        }
        xs_ppush(p, &c, sizeof c);
        xs_pskip_comments(p);
    }
    s->u.sw.items = xs_pfinish(p, mark, sizeof(xs_ast_case), &s->u.sw.n);
    if (p->failed)
        return false;
    attrs_to_body(p, s, &al);
    return close_brace(p, "switch", opened);
}

/* try_catch := "try_catch" "{" "try" block ( "catch" block )? ( "finally" block )? "}" */
static bool parse_try_catch(xs_parser *p, xs_ast_stmt *s)
{
    xs_pos opened = tok(p)->pos;
    if (!open_brace(p, "try_catch"))
        return false;
    attr_list al = {NULL, NULL, 0};
    al.tail = &al.head;
    take_attrs(p, &al);
    if (p->failed)
        return false;
    xs_pos tp = tok(p)->pos;
    if (!need_word(p, "try"))
        return false;
    s->u.tc.try_body = opt_stmts_block(p, "try", tp);
    if (!s->u.tc.try_body)
        return false;
    take_attrs(p, &al);
    if (!p->failed && !at_word(p, "catch")) {
        xs_pexpect(p, "'catch' after the try block");
        return false;
    }
    if (!opt_clause(p, "catch", &al, &s->u.tc.catch_body) ||
        !opt_clause(p, "finally", &al, &s->u.tc.finally_body))
        return false;
    if (p->failed)
        return false;
    attrs_to_body(p, s, &al);
    return close_brace(p, "try_catch", opened);
}

/* group := "group" "{" "stack" "{" stmts "}" "}" */
static bool parse_group(xs_parser *p, xs_ast_stmt *s)
{
    xs_pos opened = tok(p)->pos;
    if (!open_brace(p, "group"))
        return false;
    attr_list al = {NULL, NULL, 0};
    al.tail = &al.head;
    take_attrs(p, &al);
    if (p->failed)
        return false;
    xs_pos sp = tok(p)->pos;
    if (!need_word(p, "stack"))
        return false;
    s->u.group.stack = opt_stmts_block(p, "stack", sp);
    if (!s->u.group.stack)
        return false;
    take_attrs(p, &al);
    if (p->failed)
        return false;
    attrs_to_body(p, s, &al);
    return close_brace(p, "group", opened);
}

/*
 * stmt_arg := name_path | STRING | VAR path? | "(" expr ")"
 * name_path is an identifier with '/', '-', '.' and digits glued to it
 * (function.run Workers/Step-1).
 */
static xs_ast_expr *parse_stmt_arg(xs_parser *p)
{
    const xs_token *t = tok(p);
    if (t->kind == XS_TOK_STRING || t->kind == XS_TOK_VAR)
        return xs_parse_expr_p(p, XS_PE_NOFILTER);
    if (is_punct(t, XS_P_LPAREN)) {
        xs_ast_expr *e = xs_parse_paren_expr(p, "the argument");
        if (e)
            e->flags |= XS_EXPR_F_PARENS;
        return e;
    }
    if (t->kind == XS_TOK_IDENT) {
        uint32_t start = t->pos.off, end = t->pos.off + t->len;
        xs_pos pos = t->pos;
        adv(p);
        for (;;) {
            const xs_token *k = tok(p);
            if (k->flags & XS_TOKF_SP)
                break;
            if (k->kind == XS_TOK_IDENT || k->kind == XS_TOK_INT || is_punct(k, XS_P_SLASH) ||
                is_punct(k, XS_P_MINUS) || is_punct(k, XS_P_DOT)) {
                end = k->pos.off + k->len;
                adv(p);
                continue;
            }
            break;
        }
        xs_ast_expr *e = xs_new_expr(p, XS_EXPR_IDENT, pos);
        if (e)
            e->u.ident = (xs_str){p->src + start, end - start};
        return e;
    }
    return NULL;
}

/* The statement name: IDENT ( "." IDENT )* with nothing between. */
static xs_str parse_dotted(xs_parser *p)
{
    const xs_token *t = tok(p);
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
    return (xs_str){p->src + start, end - start};
}

static const struct {
    const char *name;
    xs_stmt_kind kind;
} stmt_kinds[] = {
    {"var", XS_STMT_VAR},
    {"var.update", XS_STMT_VAR_UPDATE},
    {"conditional", XS_STMT_CONDITIONAL},
    {"foreach", XS_STMT_FOREACH},
    {"foreach.remove", XS_STMT_FOREACH_REMOVE},
    {"for", XS_STMT_FOR},
    {"while", XS_STMT_WHILE},
    {"switch", XS_STMT_SWITCH},
    {"try_catch", XS_STMT_TRY_CATCH},
    {"group", XS_STMT_GROUP},
    {"return", XS_STMT_RETURN},
    {"throw", XS_STMT_THROW},
    {"precondition", XS_STMT_PRECONDITION},
    {"break", XS_STMT_BREAK},
    {"continue", XS_STMT_CONTINUE},
    {"function.run", XS_STMT_FUNCTION_RUN},
    {"function.call", XS_STMT_FUNCTION_RUN}, /* the workflow_test spelling */
    {"task.call", XS_STMT_TASK_CALL},
    {"await", XS_STMT_AWAIT},
    {"debug.log", XS_STMT_DEBUG_LOG},
    {"api.request", XS_STMT_API_REQUEST},
};

/* A `{ attrs }` body for a statement (generic mode), or a `{...}`
 * placeholder read as an empty body with a warning. */
static xs_ast_block *stmt_body(xs_parser *p, xs_ast_stmt *s)
{
    const xs_token *a = peek(p, 1), *b = peek(p, 2), *c = peek(p, 3), *d = peek(p, 4);
    if (is_punct(a, XS_P_DOT) && is_punct(b, XS_P_DOT) && is_punct(c, XS_P_DOT) &&
        is_punct(d, XS_P_RBRACE)) {
        xs_pwarn(p, a->pos, "placeholder '{...}' read as an empty body '{}'");
        xs_ast_block *blk = xs_palloc(p, sizeof *blk);
        if (!blk)
            return NULL;
        memset(blk, 0, sizeof *blk);
        blk->open = tok(p)->pos;
        blk->close = d->pos;
        for (int i = 0; i < 5; i++)
            adv(p);
        return blk;
    }
    char owner[64];
    snprintf(owner, sizeof owner, "%.*s", (int)(s->name.len < 60 ? s->name.len : 60), s->name.ptr);
    return xs_parse_block(p, XS_BM_GENERIC, owner, s->pos);
}

static bool is_bare_stmt(xs_str name)
{
    for (const char *const *b = xs_schema_bare_stmts; *b; b++)
        if (xs_str_eq_cstr(name, *b))
            return true;
    return false;
}

/* A word that is no statement written where a statement goes, reported at
 * the word as Xano does: most often a part of a control form out of place. */
static void misplaced(xs_parser *p, const xs_token *t, xs_str name)
{
    static const struct {
        const char *word;
        const char *owner;
    } parts[] = {
        {"case", "switch"},      {"default", "switch"},    {"if", "conditional"},
        {"elseif", "conditional"}, {"else", "conditional"}, {"try", "try_catch"},
        {"catch", "try_catch"},  {"finally", "try_catch"}, {"stack", "group"},
    };
    for (size_t i = 0; i < XS_COUNTOF(parts); i++)
        if (xs_str_eq_cstr(name, parts[i].word)) {
            xs_perr(p, t, "'%s' outside '%s': write it inside a %s { } statement", parts[i].word,
                    parts[i].owner, parts[i].owner);
            return;
        }
    if (xs_str_eq_cstr(name, "each")) {
        xs_perr(p, t, "'each' outside a loop: write it inside foreach, for or while");
        return;
    }
    xs_perr(p, t, "unknown statement '%.*s'", (int)name.len, name.ptr);
}

/*
 * stmt := control form (see above)
 *       | "var" VAR "{" attrs "}" | "var.update" VAR path? "{" attrs "}"
 *       | "return" "{" attrs "}" | "throw" "{" attrs "}"
 *       | "precondition" paren ( "{" attrs "}" )?
 *       | "break" | "continue" | "foreach.remove"
 *       | NAME ( "." NAME )* stmt_arg? ( "{" attrs "}" )? ( "as" VAR )?
 */
xs_ast_stmt *xs_parse_stmt(xs_parser *p)
{
    const xs_token *t = tok(p);
    bool disabled = false;
    if (is_punct(t, XS_P_BANG) && peek(p, 1)->kind == XS_TOK_IDENT &&
        !(peek(p, 1)->flags & XS_TOKF_SP)) {
        disabled = true; /* `!var $x {...}`: a disabled statement */
        adv(p);
        t = tok(p);
    }
    if (t->kind != XS_TOK_IDENT)
        return xs_pexpect_item(p, "a statement");
    if (!xs_penter(p))
        return NULL;
    const xs_token name_tok = *t; /* kept for errors after the name */
    t = &name_tok;
    xs_pos pos = t->pos;
    xs_str name = parse_dotted(p);
    if (!memchr(name.ptr, '.', name.len) && !is_bare_stmt(name)) {
        misplaced(p, t, name);
        xs_pleave(p);
        return NULL;
    }
    xs_stmt_kind kind = XS_STMT_GENERIC;
    for (size_t i = 0; i < XS_COUNTOF(stmt_kinds); i++)
        if (xs_str_eq_cstr(name, stmt_kinds[i].name))
            kind = stmt_kinds[i].kind;
    xs_ast_stmt *s = new_stmt(p, kind, pos, name);
    if (!s) {
        xs_pleave(p);
        return NULL;
    }
    s->disabled = disabled;
    bool ok = true;
    switch (kind) {
    case XS_STMT_CONDITIONAL:
        ok = parse_conditional(p, s);
        break;
    case XS_STMT_FOREACH:
        ok = parse_loop(p, s, "foreach", true);
        break;
    case XS_STMT_FOR:
        ok = parse_loop(p, s, "for", true);
        break;
    case XS_STMT_WHILE:
        ok = parse_loop(p, s, "while", false);
        break;
    case XS_STMT_SWITCH:
        ok = parse_switch(p, s);
        break;
    case XS_STMT_TRY_CATCH:
        ok = parse_try_catch(p, s);
        break;
    case XS_STMT_GROUP:
        ok = parse_group(p, s);
        break;
    case XS_STMT_BREAK:
    case XS_STMT_CONTINUE:
    case XS_STMT_FOREACH_REMOVE:
        break;
    case XS_STMT_VAR:
    case XS_STMT_VAR_UPDATE: {
        const xs_token *v = tok(p);
        if (v->kind != XS_TOK_VAR) {
            xs_pexpect(p, "a variable (e.g. $x)");
            ok = false;
            break;
        }
        xs_str vn = tok_text(p, v);
        vn.ptr++;
        vn.len--;
        if (is_reserved_var(vn)) {
            xs_perr(p, v, "'$%.*s' cannot be assigned: it is set by the runtime", (int)vn.len,
                    vn.ptr);
            ok = false;
            break;
        }
        if (kind == XS_STMT_VAR) {
            if (!xs_parse_as_var(p, &vn, &pos))
                break;
            s->arg = xs_new_expr(p, XS_EXPR_VAR, v->pos);
            if (s->arg)
                s->arg->u.var.name = vn;
        } else {
            s->arg = xs_parse_expr_p(p, 0);
        }
        if (!s->arg) {
            ok = false;
            break;
        }
        if (!at_punct(p, XS_P_LBRACE)) {
            xs_pexpect(p, "'{' after the variable");
            ok = false;
            break;
        }
        s->body = stmt_body(p, s);
        ok = s->body != NULL;
        break;
    }
    case XS_STMT_PRECONDITION:
        s->arg = xs_parse_paren_expr(p, "the precondition");
        if (!s->arg) {
            ok = false;
            break;
        }
        s->arg->flags |= XS_EXPR_F_PARENS;
        if (at_punct(p, XS_P_LBRACE)) {
            s->body = stmt_body(p, s);
            ok = s->body != NULL;
        }
        break;
    case XS_STMT_RETURN:
    case XS_STMT_THROW:
        if (!at_punct(p, XS_P_LBRACE)) {
            char w[64];
            snprintf(w, sizeof w, "'{' after '%s'", kind == XS_STMT_RETURN ? "return" : "throw");
            xs_pexpect(p, w);
            ok = false;
            break;
        }
        s->body = stmt_body(p, s);
        ok = s->body != NULL;
        break;
    default: {
        /* The generic form. The argument and the body sit on its line. */
        const xs_token *a = tok(p);
        if (!tok_nl(a) && !at_punct(p, XS_P_LBRACE) && !tok_is_word(p, a, "as") &&
            !(a->kind == XS_TOK_IDENT && is_punct(peek(p, 1), XS_P_ASSIGN))) {
            s->arg = parse_stmt_arg(p);
            if (p->failed) {
                ok = false;
                break;
            }
        }
        /* `if (cond)` after the argument: array.find ($a) if ($$ > 1) as $x */
        if (at_word(p, "if") && !tok_nl(tok(p)) && is_punct(peek(p, 1), XS_P_LPAREN)) {
            adv(p);
            s->cond = xs_parse_paren_expr(p, "the condition");
            if (!s->cond) {
                ok = false;
                break;
            }
        }
        /* NAME=value on the statement's line: api.call "path" verb=POST { } */
        size_t hmark = xs_pmark(p);
        while (!p->failed && tok(p)->kind == XS_TOK_IDENT && !tok_nl(tok(p)) &&
               is_punct(peek(p, 1), XS_P_ASSIGN)) {
            xs_ast_item it;
            memset(&it, 0, sizeof it);
            it.kind = XS_ITEM_ATTR;
            it.pos = tok(p)->pos;
            it.name = tok_text(p, tok(p));
            adv(p);
            adv(p);
            it.value = xs_parse_expr_p(p, XS_PE_NOFILTER);
            if (!it.value)
                break;
            xs_ppush(p, &it, sizeof it);
        }
        s->header = xs_pfinish(p, hmark, sizeof(xs_ast_item), &s->nheader);
        if (p->failed) {
            ok = false;
            break;
        }
        if (at_punct(p, XS_P_LBRACE)) {
            s->body = stmt_body(p, s);
            ok = s->body != NULL;
        }
        if (ok)
            ok = parse_opt_as(p, s);
        break;
    }
    }
    xs_pleave(p);
    if (!ok || p->failed)
        return NULL;
    return s;
}
