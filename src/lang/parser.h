/*
 * parser.h - XanoScript source text to syntax tree (ast.h).
 *
 * A hand-written recursive-descent parser with a precedence-climbing
 * expression parser. It only parses: whether a variable, table or function
 * exists, or whether a clause is allowed for an object kind, is for the
 * checker (rules.h). The first syntax error stops the parse and is recorded
 * in the xs_diag with file:line:col; loose forms whose meaning is clear
 * (see parse_object.c) are accepted with a warning naming the canonical form.
 *
 * Nothing here keeps global state; parsers on different threads with
 * different arenas run independently.
 */
#ifndef XS_LANG_PARSER_H
#define XS_LANG_PARSER_H

#include "base/diag.h"
#include "lang/ast.h"

/* Deepest nesting of blocks and expressions accepted; deeper input gets an
 * error rather than a stack overflow. */
#define XS_PARSE_MAX_DEPTH 200

/* Largest source accepted (positions are 32-bit). */
#define XS_PARSE_MAX_SIZE ((size_t)1 << 31)

/*
 * Parses src[0..len) (the caller keeps it alive as long as the tree) into
 * *out, allocated in arena. file names the source in diagnostics (may be
 * NULL). Returns XS_OK with *out set; XS_E_PARSE with an error in d and
 * *out NULL on a syntax error; XS_E_LIMIT when the arena's limit, the depth
 * limit or the size limit is reached. Warnings may be added either way.
 */
xs_status xs_parse_doc(const char *src, size_t len, const char *file, xs_arena *arena, xs_diag *d,
                       xs_ast_doc **out);

/*
 * Parses one expression (as after `value =`, with the operators of a
 * backtick expression too: '%' and unary '!') from src[0..len): used by
 * tests and by tools that evaluate a single expression. Same ownership and
 * failures as xs_parse_doc; trailing text after the expression is an error.
 */
xs_status xs_parse_expr(const char *src, size_t len, const char *file, xs_arena *arena, xs_diag *d,
                        xs_ast_expr **out);

#endif
