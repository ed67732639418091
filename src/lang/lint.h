/*
 * lint.h - design rules for task orchestration, drawn from the anti-patterns
 * of the orchestration patterns guide (docs/lint.md lists every rule).
 *
 * The linter reads a parsed document and reports findings through a
 * callback; it never stops at the first one and never fails. Roles:
 *   - orchestrator: an object of kind task, any object in a file under a
 *     Tasks/ directory, or a function whose stack holds function.run twice
 *     or more (counted as written, not as run);
 *   - traverse: an orchestrator with a function.run inside a loop;
 *   - worker: a function in a file under a Workers/ directory that is not
 *     an orchestrator.
 * The configuration is plain C strings the caller owns and keeps alive for
 * the call; the tree is only read, so calls may run on any thread.
 */
#ifndef XS_LANG_LINT_H
#define XS_LANG_LINT_H

#include "lang/ast.h"

typedef struct xs_lint_strs {
    const char **items;
    size_t n;
} xs_lint_strs;

/* Rules switched off for one object, by its name as written. */
typedef struct xs_lint_object {
    const char *name;
    xs_lint_strs disable;
} xs_lint_object;

typedef struct xs_lint_config {
    xs_lint_strs disable;       /* rule ids off everywhere: "XS004" */
    xs_lint_strs job_tables;    /* n == 0: any table whose name contains "job" */
    xs_lint_strs notify_tables; /* n == 0: notification_items */
    xs_lint_strs notify_calls;  /* n == 0: function names containing slack or notif */
    const xs_lint_object *objects;
    size_t nobjects;
} xs_lint_config;

typedef struct xs_lint_finding {
    const char *id;   /* "XS001" */
    const char *file; /* the path given to xs_lint_doc */
    xs_pos pos;
    const char *object;  /* the object's name (NUL-terminated copy, valid during the callback) */
    const char *message; /* lowercase start, no final period */
    const char *hint;    /* how to fix it */
} xs_lint_finding;

typedef void (*xs_lint_fn)(const xs_lint_finding *f, void *ctx);

/* One rule: its id, a short title and its fix hint (for docs and --rules). */
typedef struct xs_lint_rule {
    const char *id;
    const char *title;
    const char *hint;
} xs_lint_rule;

/* The rules in id order; *n is set to their count. Never NULL. */
const xs_lint_rule *xs_lint_rules(size_t *n);

/* True when id names a rule. */
bool xs_lint_is_rule(const char *id);

/*
 * Lints every object of doc, found in the file at path (its directories
 * decide the roles), calling fn once per finding in source order per rule.
 * cfg may be NULL for the defaults. Returns the number of findings.
 */
size_t xs_lint_doc(const xs_ast_doc *doc, const char *path, const xs_lint_config *cfg,
                   xs_lint_fn fn, void *ctx);

#endif
