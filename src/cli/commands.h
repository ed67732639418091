/*
 * commands.h - the xsflow subcommands. Each lives in its own cmd_<name>.c
 * and is listed once in the table in main.c. A command returns the process
 * exit code: 0 success, 1 failure of the work, 2 usage error.
 */
#ifndef XS_CLI_COMMANDS_H
#define XS_CLI_COMMANDS_H

#include "base/common.h"

enum { XS_EXIT_OK = 0, XS_EXIT_FAIL = 1, XS_EXIT_USAGE = 2 };

typedef int (*xs_cli_fn)(int argc, char **argv);

typedef struct xs_cli_command {
    const char *name;
    xs_cli_fn run;
    const char *usage; /* one line: arguments after the command name */
    const char *help;  /* one line: what it does */
} xs_cli_command;

/* cmd_check.c: parse and check XanoScript files. */
int xs_cmd_check(int argc, char **argv);

/* cmd_lint.c: orchestration design rules (lang/lint.h, docs/lint.md). */
int xs_cmd_lint(int argc, char **argv);

/* cmd_run.c: run one function and print its response. */
int xs_cmd_run(int argc, char **argv);
/* cmd_test.c: run the workspace's XanoScript tests. */
int xs_cmd_test(int argc, char **argv);
/* cmd_fmt.c: print XanoScript files in canonical form. */
int xs_cmd_fmt(int argc, char **argv);
/* cmd_db.c: the workspace database: migrate, import, export. */
int xs_cmd_db(int argc, char **argv);

/* cmd_http.c: serve a workspace's query endpoints over HTTP. */
int xs_cmd_http(int argc, char **argv);
/* --listen: HOST:PORT, [V6]:PORT or PORT alone (on 127.0.0.1); *host is a
 * heap string. */
bool xs_cli_parse_listen(const char *arg, char **host, uint16_t *port);

/* The engine: cmd_serve.c, cmd_enqueue.c, cmd_runs.c, cmd_task.c. */
int xs_cmd_serve(int argc, char **argv);
int xs_cmd_enqueue(int argc, char **argv);
int xs_cmd_runs(int argc, char **argv);
int xs_cmd_task(int argc, char **argv);

/* cmd_doc.c: the XanoScript support matrix (docs/language.md). */
int xs_cmd_doc(int argc, char **argv);
/* cmd_doc.c: `xsflow help filters|statements`, the same as a text list. */
int xs_cli_doc_list(const char *what);
/* cmd_doc.c: `xsflow help NAME` for one filter or statement; XS_EXIT_USAGE
 * (and nothing printed) when no filter or statement has that name. */
int xs_cli_doc_one(const char *name);

#endif
