/*
 * checker.h - warnings about what Xano's parser accepts but is probably a
 * mistake, over a set of parsed documents checked together: an object name
 * defined twice (same kind), `function.run` of a function the workspace
 * does not have, filters and statements this runtime does not run, a filter
 * given too few or too many arguments, `var.update` of a variable the
 * function never declares, and `$input.x` where x is not a field of the
 * object's input block.
 *
 * This layer does not know the standard library: the caller describes the
 * runtime through an xs_check_env (the CLI fills it from xs_lib_builtins()).
 * Every finding is a warning; the documents are read only, so any number of
 * threads may check at once.
 */
#ifndef XS_LANG_CHECKER_H
#define XS_LANG_CHECKER_H

#include "base/diag.h"
#include "lang/ast.h"

/* What the runtime knows of one filter. */
typedef struct xs_check_filter {
    int min_args;
    int max_args;    /* -1: no limit */
    bool available;  /* false: listed, but calling it fails here */
    const char *doc; /* one line, may be NULL */
} xs_check_filter;

/*
 * The runtime as the checker sees it. Any callback may be NULL: the checks
 * that need it are then skipped. ctx is passed back unchanged.
 *  - filter: true when the runtime has a filter named name; fills *out.
 *  - statement: true when the runtime runs the generic statement name
 *    ("db.query", "debug.log"); *available false when it is listed but
 *    cannot run here. Control forms (var, foreach, function.run...) are
 *    the language's own and are not asked about.
 *  - filter_name / statement_name: the i-th known name, NULL past the end;
 *    used only to suggest a near name.
 */
typedef struct xs_check_env {
    bool (*filter)(void *ctx, xs_str name, xs_check_filter *out);
    bool (*statement)(void *ctx, xs_str name, bool *available);
    const char *(*filter_name)(void *ctx, size_t i);
    const char *(*statement_name)(void *ctx, size_t i);
    void *ctx;
} xs_check_env;

/*
 * Checks docs[0..n) together and adds warnings to d, each at the file:line:col
 * of what it is about (the file is the document's), document by document in
 * source order. is_workspace says the documents are a whole workspace (a
 * directory was checked), so a `function.run` whose function none of them
 * defines is reported; otherwise calls are not checked. env may be NULL
 * (no runtime checks). Returns XS_OK; findings are warnings only.
 */
xs_status xs_lang_check_workspace(const xs_ast_doc *const *docs, size_t n, bool is_workspace,
                                  const xs_check_env *env, xs_diag *d);

#endif
