/* Unit tests for the XanoScript front end: lexer, parser, tree, fmt. */
#include "unit.h"

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "lang/fmt.h"
#include "lang/lexer.h"
#include "lang/parser.h"

/* ---- helpers ---- */

/* Parses one expression and returns its formatted text (static buffer), or
 * "ERR l:c message" on failure. */
static const char *expr_fmt(const char *src)
{
    static char out[512];
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    xs_ast_expr *e = NULL;
    if (xs_parse_expr(src, strlen(src), "t", a, &d, &e) == XS_OK) {
        xs_buf b;
        xs_buf_init(&b);
        xs_fmt_expr(e, 0, &b);
        snprintf(out, sizeof out, "%s", xs_buf_cstr(&b));
        xs_buf_release(&b);
    } else {
        const xs_diag_entry *en = xs_diag_first_error(&d);
        snprintf(out, sizeof out, "ERR %d:%d %s", en ? en->line : 0, en ? en->col : 0,
                 en ? en->message : "?");
    }
    xs_diag_release(&d);
    xs_arena_free(a);
    return out;
}

/* The position-free dump of one expression. */
static const char *expr_dump(const char *src)
{
    static char out[2048];
    char doc[1024];
    snprintf(doc, sizeof doc, "function t {\n  response = %s\n}\n", src);
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    xs_ast_doc *ast = NULL;
    out[0] = '\0';
    if (xs_parse_doc(doc, strlen(doc), "t", a, &d, &ast) == XS_OK) {
        xs_buf b;
        xs_buf_init(&b);
        xs_ast_dump(ast, false, &b);
        /* keep only the response subtree */
        const char *r = strstr(xs_buf_cstr(&b), "response =");
        snprintf(out, sizeof out, "%s", r ? r : "");
        xs_buf_release(&b);
    } else {
        snprintf(out, sizeof out, "ERR");
    }
    xs_diag_release(&d);
    xs_arena_free(a);
    return out;
}

/* Parses a document; returns the first error as "l:c message", or "" when
 * it parses; warnings counted in *warnings when not NULL. */
static const char *doc_err(const char *src, size_t *warnings)
{
    static char out[512];
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    xs_ast_doc *ast = NULL;
    out[0] = '\0';
    if (xs_parse_doc(src, strlen(src), "t", a, &d, &ast) != XS_OK) {
        const xs_diag_entry *en = xs_diag_first_error(&d);
        snprintf(out, sizeof out, "%d:%d %s", en ? en->line : 0, en ? en->col : 0,
                 en ? en->message : "?");
    }
    if (warnings)
        *warnings = d.warnings;
    xs_diag_release(&d);
    xs_arena_free(a);
    return out;
}

/* ---- lexer ---- */

static void lex_tokens_and_positions(void)
{
    const char *src = "var $x {\n  value = \"a\\\"b\" ?? 12.5 // note\n}";
    xs_lexer lx;
    xs_lex_init(&lx, src, (uint32_t)strlen(src), (xs_pos){1, 1, 0});
    xs_token t = xs_lex_next(&lx);
    CHECK_INT(t.kind, XS_TOK_IDENT);
    CHECK_INT(t.len, 3);
    t = xs_lex_next(&lx);
    CHECK_INT(t.kind, XS_TOK_VAR);
    CHECK_INT(t.pos.col, 5);
    t = xs_lex_next(&lx);
    CHECK(t.kind == XS_TOK_PUNCT && t.sub == XS_P_LBRACE);
    t = xs_lex_next(&lx);
    CHECK_INT(t.kind, XS_TOK_IDENT);
    CHECK_INT(t.pos.line, 2);
    CHECK_INT(t.pos.col, 3);
    CHECK(t.flags & XS_TOKF_NL);
    t = xs_lex_next(&lx);
    CHECK(t.kind == XS_TOK_PUNCT && t.sub == XS_P_ASSIGN);
    t = xs_lex_next(&lx);
    CHECK(t.kind == XS_TOK_STRING && (t.flags & XS_TOKF_ESC));
    t = xs_lex_next(&lx);
    CHECK(t.kind == XS_TOK_PUNCT && t.sub == XS_P_COALESCE);
    t = xs_lex_next(&lx);
    CHECK_INT(t.kind, XS_TOK_DECIMAL);
    t = xs_lex_next(&lx);
    CHECK(t.kind == XS_TOK_PUNCT && t.sub == XS_P_RBRACE && (t.flags & XS_TOKF_NL));
    CHECK_INT(t.pos.off, (long long)strlen(src) - 1);
    CHECK_INT(xs_lex_next(&lx).kind, XS_TOK_EOF);
    CHECK_INT(xs_lex_next(&lx).kind, XS_TOK_EOF);
}

static void lex_special_tokens(void)
{
    const char *src = "2025-01-01 08:00:00+0000 pattern:/^[a-z]+$/i @> ``` $a ``` 12abc";
    xs_lexer lx;
    xs_lex_init(&lx, src, (uint32_t)strlen(src), (xs_pos){1, 1, 0});
    xs_token t = xs_lex_next(&lx);
    CHECK_INT(t.kind, XS_TOK_TIMESTAMP);
    CHECK_INT(t.len, 24);
    CHECK_INT(xs_lex_next(&lx).kind, XS_TOK_IDENT);
    CHECK_INT(xs_lex_next(&lx).kind, XS_TOK_PUNCT);
    t = xs_lex_next(&lx);
    CHECK_INT(t.kind, XS_TOK_REGEX);
    CHECK_INT(t.len, 11);
    t = xs_lex_next(&lx);
    CHECK(t.kind == XS_TOK_PUNCT && t.sub == XS_P_JSON_CONTAINS);
    t = xs_lex_next(&lx);
    CHECK(t.kind == XS_TOK_BACKTICK && t.sub == 3);
    t = xs_lex_next(&lx);
    CHECK(t.kind == XS_TOK_ERROR && t.sub == XS_LEXERR_NUMBER);
    CHECK_INT(xs_lex_next(&lx).kind, XS_TOK_EOF);
}

static void lex_unterminated(void)
{
    const char *cases[] = {"\"abc", "'abc\n'", "/* open", "```x", "\"\"\"x"};
    for (size_t i = 0; i < XS_COUNTOF(cases); i++) {
        xs_lexer lx;
        xs_lex_init(&lx, cases[i], (uint32_t)strlen(cases[i]), (xs_pos){1, 1, 0});
        xs_token t;
        do
            t = xs_lex_next(&lx);
        while (t.kind != XS_TOK_EOF && t.kind != XS_TOK_ERROR);
        CHECK_INT(t.kind, XS_TOK_ERROR);
    }
}

/* ---- expressions ---- */

static void expr_precedence(void)
{
    CHECK_STR(expr_fmt("1 + 2 * 3"), "1 + 2 * 3");
    CHECK_STR(expr_fmt("(1 + 2) * 3"), "(1 + 2) * 3");
    CHECK_STR(expr_fmt("$a || $b && $c"), "$a || $b && $c");
    CHECK_STR(expr_fmt("$a ?? $b == 1 ? \"y\" : \"n\""), "$a ?? $b == 1 ? \"y\" : \"n\"");
    CHECK_STR(expr_fmt("!$a"), "!$a");
    CHECK_STR(expr_fmt("-5"), "-5");
    CHECK_STR(expr_fmt("\"a\" ~ $b ~ \"c\""), "\"a\" ~ $b ~ \"c\"");
    CHECK_STR(expr_fmt("10 - 4 - 3"), "10 - 4 - 3");
    CHECK_STR(expr_fmt("10 - (4 - 3)"), "10 - (4 - 3)");
    /* The tree: * binds tighter than +, left to right within a level. */
    const char *d = expr_dump("1 + 2 * 3");
    CHECK(strstr(d, "response =: binary +\n") != NULL);
    CHECK(strstr(d, "      b: binary *\n") != NULL);
}

static void expr_filters(void)
{
    CHECK_STR(expr_fmt("$x|trim|to_lower"), "$x|trim|to_lower");
    CHECK_STR(expr_fmt("$a|get:$i - 1:null"), "$a|get:$i - 1:null");
    CHECK_STR(expr_fmt("[]|push:($b|first)"), "[]|push:($b|first)");
    CHECK_STR(expr_fmt("($x|count) == 0"), "($x|count) == 0");
    /* Xano rejects the first; we accept it with a warning and add ( ). */
    CHECK_STR(expr_fmt("$x|count == 0"), "($x|count) == 0");
    /* A filter's argument takes the comparison. */
    CHECK_STR(expr_fmt("$x|get:1 == 0"), "$x|get:1 == 0");
    CHECK_STR(expr_fmt("$db.t.geo|!covers:$p"), "$db.t.geo|!covers:$p");
    const char *d = expr_dump("$x|replace:\"a\":\"b\"");
    CHECK(strstr(d, "filters 1") != NULL);
    CHECK(strstr(d, "|replace\n") != NULL);
}

static void expr_literals(void)
{
    CHECK_STR(expr_fmt("{a: 1, \"b c\": \"x\", items.post: true}"),
              "{a: 1, \"b c\": \"x\", items.post: true}");
    CHECK_STR(expr_fmt("{a: [1]}"), "{\n  a: [1]\n}");
    CHECK_STR(expr_fmt("[\n 1\n 2\n]"), "[1, 2]");
    CHECK_STR(expr_fmt("'it\\'s \\w'"), "\"it's \\\\w\"");
    CHECK_STR(expr_fmt("\"\\w\\n\""), "\"w\\n\"");
    CHECK_STR(expr_fmt("$x.a[0][\"k\"].$y"), "$x.a[0][\"k\"].$y");
    CHECK_STR(expr_fmt("$$"), "$$");
    CHECK_STR(expr_fmt("now"), "now");
    CHECK_STR(expr_fmt("!int \"12\""), "!int \"12\"");
    CHECK_STR(expr_fmt("`$a + 1`|to_text"), "`$a + 1`|to_text");
    CHECK_STR(expr_fmt("$db.a.b ==? $input.c"), "$db.a.b ==? $input.c");
    CHECK_STR(expr_fmt("$db.a not in? $input.c"), "$db.a not in? $input.c");
    CHECK_STR(expr_fmt("9223372036854775807"), "9223372036854775807");
    const char *d = expr_dump("99999999999999999999");
    CHECK(strstr(d, "decimal") != NULL);
}

static void expr_errors(void)
{
    CHECK_STR(expr_fmt("(1 + 2"), "ERR 1:7 expected ')' to close the '(' opened at 1:1 but found end of file");
    CHECK_STR(expr_fmt("$env.a.b"), "ERR 1:7 '$env.a' is a text value: it has no properties");
    CHECK_STR(expr_fmt("1 +"), "ERR 1:4 expected an expression but found end of file");
    CHECK_STR(expr_fmt("{a 1}"), "ERR 1:4 expected ':' after the object key but found '1'");
}

/* ---- documents ---- */

static void doc_shapes(void)
{
    const char *src = "// lead\n"
                      "query \"jobs/{id}\" verb=GET {\n"
                      "  input {\n"
                      "    int id filters=min:1\n"
                      "    text[] tags?\n"
                      "    text? note?=\"x\" filters=trim|lower\n"
                      "  }\n"
                      "  stack {\n"
                      "    var $x { value = 1 }\n"
                      "    foreach ($input.tags) {\n"
                      "      each as $t {\n"
                      "        var.update $x { value = $x + 1 }\n"
                      "      }\n"
                      "    }\n"
                      "    function.run Workers/Step-1 { input = {a: 1} } as $r\n"
                      "  }\n"
                      "  response = $r\n"
                      "}\n";
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    xs_ast_doc *doc = NULL;
    CHECK_INT(xs_parse_doc(src, strlen(src), "t", a, &d, &doc), XS_OK);
    if (!doc)
        goto out;
    CHECK_INT(doc->n, 1);
    CHECK_INT(doc->ncomments, 1);
    const xs_ast_object *o = doc->objects[0];
    CHECK_INT(o->kind, XS_OBJ_QUERY);
    CHECK_INT(o->name_style, XS_NAME_STRING);
    CHECK_INT(o->pos.line, 2);
    const xs_ast_expr *verb = xs_ast_object_header(o, "verb");
    CHECK(verb && verb->kind == XS_EXPR_IDENT && xs_str_eq_cstr(verb->u.ident, "GET"));
    const xs_ast_block *in = xs_ast_object_block(o, "input");
    CHECK(in && in->n == 3);
    if (in && in->n == 3) {
        const xs_ast_field *f0 = in->items[0].field, *f1 = in->items[1].field,
                           *f2 = in->items[2].field;
        CHECK(xs_str_eq_cstr(f0->type, "int") && f0->nfilters == 1 && !f0->optional);
        CHECK(f1->is_list && f1->optional && !f1->nullable);
        CHECK(f2->nullable && f2->optional && f2->def && f2->nfilters == 2);
        CHECK_INT(f2->name_pos.line, 6);
        CHECK_INT(f2->name_pos.col, 11);
    }
    const xs_ast_block *st = xs_ast_object_block(o, "stack");
    CHECK(st && st->n == 3);
    if (st && st->n == 3) {
        const xs_ast_stmt *v = st->items[0].stmt;
        CHECK_INT(v->kind, XS_STMT_VAR);
        CHECK(xs_ast_stmt_attr(v, "value") != NULL);
        const xs_ast_stmt *fe = st->items[1].stmt;
        CHECK_INT(fe->kind, XS_STMT_FOREACH);
        CHECK(xs_str_eq_cstr(fe->u.loop.item, "t"));
        CHECK_INT(fe->u.loop.each->n, 1);
        const xs_ast_stmt *fr = st->items[2].stmt;
        CHECK_INT(fr->kind, XS_STMT_FUNCTION_RUN);
        CHECK(fr->arg && xs_str_eq_cstr(fr->arg->u.ident, "Workers/Step-1"));
        CHECK(xs_str_eq_cstr(fr->as_var, "r"));
    }
    CHECK(xs_ast_object_attr(o, "response") != NULL);
out:
    xs_diag_release(&d);
    xs_arena_free(a);
}

static void doc_control_forms(void)
{
    const char *src = "function f {\n  stack {\n"
                      "    conditional {\n      if ($a) {\n      }\n      elseif ($b)\n"
                      "      else {\n        return { value = 1 }\n      }\n    }\n"
                      "    switch ($a) {\n      case (1) break\n      default {\n      }\n    }\n"
                      "    try_catch {\n      try {\n      }\n      catch {\n      }\n    }\n"
                      "    while ($a) {\n      each {\n        break\n      }\n    }\n"
                      "    !var $off { value = 0 }\n"
                      "    precondition ($a > 1) {\n      error = \"no\"\n    }\n"
                      "  }\n}\n";
    CHECK_STR(doc_err(src, NULL), "");
}

static void doc_errors(void)
{
    CHECK_STR(doc_err("function f {\n  stack {\n    var $x {\n      value = 1\n    }\n", NULL),
              "6:1 expected '}' to close 'stack' opened at 2:3 but found end of file");
    CHECK_STR(doc_err("function f {\n  stack {\n    foreach ($a) {\n    }\n  }\n}\n", NULL),
              "3:19 expected 'each' before the end of the line");
    CHECK_STR(doc_err("function f {\n  stack {\n    var $input { value = 1 }\n  }\n}\n", NULL),
              "3:9 '$input' cannot be assigned: it is set by the runtime");
    CHECK_STR(doc_err("middleware a/b {\n}\n", NULL),
              "1:12 invalid middleware name 'a/b': use an identifier or a quoted string");
    CHECK_STR(doc_err("widget w {\n}\n", NULL), "1:1 unknown object kind 'widget'");
    CHECK_STR(doc_err("", NULL), "1:1 expected an object (function, query, task, table...) but "
                                 "found end of file");
    CHECK_STR(doc_err("function f {\n  a = 1 b = 2\n}\n", NULL),
              "2:9 expected a new line or '}' but found 'b'");
}

static void doc_loose_forms_warn(void)
{
    size_t w = 0;
    CHECK_STR(doc_err("function f {\n  stack {\n"
                      "    var $e { value = []|push:({\n      |set:\"a\":1\n    }) }\n"
                      "    db.query t {\n      where = $a == 1\n        && $b\n    } as $r\n"
                      "    function.run \"W\" {...} as $x\n"
                      "  }\n}\n",
                      &w),
              "");
    CHECK_INT(w, 3);
}

static void doc_depth_limit(void)
{
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_adds(&b, "function f {\n  response = ");
    for (int i = 0; i < 5000; i++)
        xs_buf_addc(&b, '[');
    const char *e = doc_err(xs_buf_cstr(&b), NULL);
    CHECK(strstr(e, "nesting deeper than") != NULL);
    xs_buf_reset(&b);
    xs_buf_adds(&b, "function f {\n  stack {\n");
    for (int i = 0; i < 5000; i++)
        xs_buf_adds(&b, "group {\nstack {\n");
    e = doc_err(xs_buf_cstr(&b), NULL);
    CHECK(strstr(e, "nesting deeper than") != NULL);
    xs_buf_release(&b);
}

static void doc_arena_limit(void)
{
    const char *src = "function f {\n  response = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]\n}\n";
    xs_arena *a = xs_arena_new(64);
    xs_diag d;
    xs_diag_init(&d);
    xs_ast_doc *doc = NULL;
    CHECK_INT(xs_parse_doc(src, strlen(src), "t", a, &d, &doc), XS_E_LIMIT);
    CHECK(doc == NULL);
    CHECK(d.errors == 1);
    xs_diag_release(&d);
    xs_arena_free(a);
}

static void fmt_roundtrip(void)
{
    const char *src = "task \"Tasks/Sync\" {\n  stack {\n"
                      "    api.request {\n      url = \"https://x\" ~ $a\n"
                      "      params = {}|set:\"limit\":($n ?? 100)\n    } as $api\n"
                      "    var $m {\n      value = \"\"\"\n        line one\n          line two\n"
                      "        \"\"\"\n    }\n  }\n"
                      "  schedule = [{starts_on: 2025-01-01 08:00:00+0000, freq: 3600}]\n}\n";
    xs_arena *a = xs_arena_new(0);
    xs_diag d;
    xs_diag_init(&d);
    xs_ast_doc *doc = NULL, *doc2 = NULL;
    CHECK_INT(xs_parse_doc(src, strlen(src), "t", a, &d, &doc), XS_OK);
    if (doc) {
        xs_buf out, d1, d2;
        xs_buf_init(&out);
        xs_buf_init(&d1);
        xs_buf_init(&d2);
        xs_fmt_doc(doc, &out);
        xs_ast_dump(doc, false, &d1);
        CHECK_INT(xs_parse_doc(out.ptr, out.len, "t", a, &d, &doc2), XS_OK);
        if (doc2)
            xs_ast_dump(doc2, false, &d2);
        CHECK_STR(xs_buf_cstr(&d1), xs_buf_cstr(&d2));
        CHECK(strstr(xs_buf_cstr(&d1), "\"line one\\n  line two\"") != NULL);
        xs_buf_release(&out);
        xs_buf_release(&d1);
        xs_buf_release(&d2);
    }
    xs_diag_release(&d);
    xs_arena_free(a);
}

const xs_unit_case xs_unit_lang[] = {
    {"lex_tokens_and_positions", lex_tokens_and_positions},
    {"lex_special_tokens", lex_special_tokens},
    {"lex_unterminated", lex_unterminated},
    {"expr_precedence", expr_precedence},
    {"expr_filters", expr_filters},
    {"expr_literals", expr_literals},
    {"expr_errors", expr_errors},
    {"doc_shapes", doc_shapes},
    {"doc_control_forms", doc_control_forms},
    {"doc_errors", doc_errors},
    {"doc_loose_forms_warn", doc_loose_forms_warn},
    {"doc_depth_limit", doc_depth_limit},
    {"doc_arena_limit", doc_arena_limit},
    {"fmt_roundtrip", fmt_roundtrip},
    {NULL, NULL},
};
