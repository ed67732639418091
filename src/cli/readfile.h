/*
 * readfile.h - reading a whole source file, and finding the *.xs files
 * under a path, for the commands that take files (check, fmt).
 */
#ifndef XS_CLI_READFILE_H
#define XS_CLI_READFILE_H

#include "base/common.h"

/* Reads path into a NUL-terminated heap buffer (xs_free) and sets *len.
 * NULL on failure, with the reason (strerror) in errbuf. */
char *xs_cli_read_file(const char *path, size_t *len, char *errbuf, size_t errlen);

/* Calls fn(path, ctx) for path itself when it is a file, or for every file
 * ending in .xs under it (recursively, in sorted order) when it is a
 * directory. Returns false (reason in errbuf) when path cannot be read. */
bool xs_cli_walk_xs(const char *path, void (*fn)(const char *path, void *ctx), void *ctx,
                    char *errbuf, size_t errlen);

#endif
