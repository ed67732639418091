/*
 * serve_reload.h - how `xsflow serve` reloads its workspace: it notices a
 * change (a cheap fingerprint of the workspace's files, checked every
 * second, or SIGHUP), checks that the new files load, then hands its
 * listening sockets to a fresh copy of itself (exec), after the requests
 * in flight and, for a grace period, the runs in flight have ended. Runs
 * cut short are durable: the new process resumes them, replaying their
 * recorded steps. docs/engine.md, "Reloading".
 */
#ifndef XS_CLI_SERVE_RELOAD_H
#define XS_CLI_SERVE_RELOAD_H

#include "base/common.h"
#include "base/diag.h"

/* A fingerprint of dir's workspace files (every .xs file below it and
 * xsflow.json): names, sizes and modification times. */
uint64_t xs_serve_fingerprint(const char *dir);

/* Whether the workspace in dir and its xsflow.json load without error;
 * the errors are in d. */
bool xs_serve_workspace_loads(const char *dir, xs_diag *d);

/* The listening sockets handed over by the process that exec'd this one
 * (0 when none); read once, at start. */
int xs_serve_inherited_fd(const char *which);

/* Runs `xsflow serve` again with args (argv of the serve command, argv[0]
 * being "serve"), giving it the sockets (-1: none). Returns only on
 * failure. */
void xs_serve_reexec(int argc, char **argv, int pub_fd, int admin_fd);

#endif
