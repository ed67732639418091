/*
 * engine_cli.h - what the engine's commands (serve, enqueue, runs, task)
 * share; defined in cmd_runs.c and cmd_enqueue.c.
 */
#ifndef XS_CLI_ENGINE_CLI_H
#define XS_CLI_ENGINE_CLI_H

#include <stdio.h>

#include "base/diag.h"
#include "store/store.h"
#include "value/value.h"

/* Prints the errors and warnings of d on stderr. */
void xs_cli_print_diag(const xs_diag *d);

/* Opens the database of workspace dir (db: --db, may be NULL) with the
 * engine tables; NULL with the reason in d. */
xs_store *xs_cli_open_runs_db(const char *dir, const char *db, xs_diag *d);

/* --input: inline JSON or @FILE, an object or null (or, when allow_list,
 * an array of those). 0 or an exit code. */
int xs_cli_read_input(const char *arg, bool allow_list, xs_value *out);

/* v as JSON and a newline on out. */
void xs_cli_print_json(xs_value v, bool pretty, FILE *out);

/* Waits until run id ends and prints its result (stdout) or its error
 * (stderr). Returns the exit code. */
int xs_cli_wait_run(xs_store *s, int64_t id);

#endif
