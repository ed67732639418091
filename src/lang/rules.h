/*
 * rules.h - the checks Xano's own XanoScript parser makes beyond syntax:
 * which clauses an object kind allows and requires, which attributes a
 * statement requires or rejects, duplicate clauses and attributes, and the
 * literal values some settings must have (an agent's llm type, a trigger's
 * actions, history, middleware policies, a table's id column). The rules
 * themselves are tables in schema.h; this module walks a tree against them.
 *
 * Names that may not exist (variables, tables, functions) are not checked
 * here: Xano's parser accepts them, so they are the checker's warnings.
 * Reads the tree only; safe to call from any number of threads at once.
 */
#ifndef XS_LANG_RULES_H
#define XS_LANG_RULES_H

#include "base/diag.h"
#include "lang/ast.h"

/*
 * Checks every object of doc. Each broken rule adds an error to d, in
 * document order, at the line:col Xano reports it, with a message worded
 * like Xano's ("request is missing the method attribute"). Returns XS_OK
 * when nothing was found, XS_E_CHECK otherwise.
 */
xs_status xs_lang_rules_check(const xs_ast_doc *doc, xs_diag *d);

#endif
