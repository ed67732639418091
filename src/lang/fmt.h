/*
 * fmt.h - writes a syntax tree back as canonical XanoScript.
 *
 * Canonical means: two-space indentation, one item per line, a blank line
 * between an object's block clauses, double-quoted strings (triple quotes
 * for multi-line text), parentheses only where the grammar needs them or
 * where the source had them, and the loose forms the parser accepts with a
 * warning ({ |set:...}, {...}, a line starting with &&) written the way
 * Xano's parser wants. Comments between items are kept; comments inside an
 * expression are not.
 *
 * The output parses back to the same tree (xs_ast_dump without positions);
 * `xsflow fmt --check-roundtrip` tests exactly that. Pure function of the
 * tree: safe on any number of threads.
 */
#ifndef XS_LANG_FMT_H
#define XS_LANG_FMT_H

#include "base/buf.h"
#include "lang/ast.h"

/* Appends the formatted document to out. */
void xs_fmt_doc(const xs_ast_doc *doc, xs_buf *out);

/* Appends one expression, formatted as at indentation level indent. */
void xs_fmt_expr(const xs_ast_expr *e, int indent, xs_buf *out);

#endif
