/* xsflow: the command line. Dispatches to the subcommand table below. */
#include "cli/commands.h"

#include "base/version.h"

static int cmd_version(int argc, char **argv);
static int cmd_help(int argc, char **argv);

static const xs_cli_command commands[] = {
    {"version", cmd_version, "", "print the version"},
    {"check", xs_cmd_check, "[--json] [--strict] PATH...", "parse and check XanoScript files"},
    {"lint", xs_cmd_lint, "[--json] [--rules] PATH...", "check task orchestration design rules"},
    {"fmt", xs_cmd_fmt, "[-w | --check | --check-roundtrip] FILE...", "print XanoScript in canonical form"},
    {"run", xs_cmd_run,
     "FILE|NAME [--workspace DIR] [--input JSON|@FILE] [--pretty|--compact] [--db URL]",
     "run a function and print its response as JSON"},
    {"test", xs_cmd_test, "[PATH...] [--workspace DIR] [--db URL] [--junit FILE] [--filter NAME]",
     "run the workspace's test blocks and workflow_tests"},
    {"db", xs_cmd_db, "migrate|import|export [--db URL] ...",
     "migrate the workspace's tables, import or export rows"},
    {"http", xs_cmd_http, "serve DIR [--listen HOST:PORT] | routes DIR",
     "serve the workspace's query endpoints alone over HTTP, or list them"},
    {"serve", xs_cmd_serve,
     "[DIR] [--db URL] [--workers N] [--no-scheduler] [--listen HOST:PORT] "
     "[--admin-listen HOST:PORT] [--no-http] [--no-watch]",
     "run the engine and its listener: endpoints, webhooks, admin API, metrics, dashboard"},
    {"enqueue", xs_cmd_enqueue, "NAME [--input JSON|@FILE] [--wait] [--workspace DIR] [--db URL]",
     "queue a durable run of a function or task and print its id"},
    {"runs", xs_cmd_runs, "[show|retry|cancel ID] [--status S] [--name N] [--since T] [--json]",
     "list, show, retry or cancel runs"},
    {"task", xs_cmd_task, "run NAME [--workspace DIR] [--db URL]",
     "run a task once now as a durable run"},
    {"doc", xs_cmd_doc, "language", "print the XanoScript support matrix (docs/language.md)"},
    {"help", cmd_help, "[COMMAND | filters | statements | FILTER | STATEMENT]",
     "show this help, or every filter or statement with its support"},
};

static void usage(FILE *out)
{
    fputs("usage: xsflow COMMAND [ARGS]\n\ncommands:\n", out);
    for (size_t i = 0; i < XS_COUNTOF(commands); i++)
        fprintf(out, "  %-9s %s\n", commands[i].name, commands[i].help);
}

static int cmd_version(int argc, char **argv)
{
    (void)argc;
    (void)argv;
    puts("xsflow " XSFLOW_VERSION);
    return XS_EXIT_OK;
}

static int cmd_help(int argc, char **argv)
{
    if (argc > 1 && (strcmp(argv[1], "filters") == 0 || strcmp(argv[1], "statements") == 0))
        return xs_cli_doc_list(argv[1]);
    if (argc > 1) {
        for (size_t i = 0; i < XS_COUNTOF(commands); i++) {
            if (strcmp(commands[i].name, argv[1]) == 0) {
                printf("usage: xsflow %s %s\n%s\n", commands[i].name, commands[i].usage,
                       commands[i].help);
                return XS_EXIT_OK;
            }
        }
        if (xs_cli_doc_one(argv[1]) == XS_EXIT_OK)
            return XS_EXIT_OK;
        fprintf(stderr, "xsflow: unknown command, filter or statement '%s'\n", argv[1]);
        return XS_EXIT_USAGE;
    }
    usage(stdout);
    return XS_EXIT_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        usage(stderr);
        return XS_EXIT_USAGE;
    }
    const char *name = argv[1];
    if (strcmp(name, "--help") == 0 || strcmp(name, "-h") == 0)
        return cmd_help(1, argv);
    if (strcmp(name, "--version") == 0)
        return cmd_version(0, NULL);
    for (size_t i = 0; i < XS_COUNTOF(commands); i++)
        if (strcmp(commands[i].name, name) == 0)
            return commands[i].run(argc - 1, argv + 1);
    fprintf(stderr, "xsflow: unknown command '%s' (see 'xsflow help')\n", name);
    return XS_EXIT_USAGE;
}
