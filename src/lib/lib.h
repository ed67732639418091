/*
 * lib.h - the standard library: every filter and statement written in C,
 * gathered from the family tables of src/lib (one file per family) into one
 * xs_builtins that the caller hands to the interpreter.
 *
 * The tables are static and read-only: any number of threads may use the
 * result at once.
 */
#ifndef XS_LIB_LIB_H
#define XS_LIB_LIB_H

#include "interp/builtin.h"

/* Every family of the standard library. Borrowed, static; never NULL. */
const xs_builtins *xs_lib_builtins(void);

/* The filter named name in b, or NULL (a linear scan: for tools and tests;
 * the interpreter builds its own index). */
const xs_filter_def *xs_lib_find_filter(const xs_builtins *b, const char *name);

/* Same for a statement ("math.add"). */
const xs_stmt_def *xs_lib_find_stmt(const xs_builtins *b, const char *name);

#endif
