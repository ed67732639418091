/*
 * diag.h - diagnostics: errors, warnings and notes with a file:line:col.
 *
 * An xs_diag is embedded by whoever asks for work (the CLI, a run, a
 * request) and handed down; callees add entries and return a status. The
 * first error recorded is the one a caller reports when it reports one.
 * Printing follows gcc: "file:line:col: error: message", then the source
 * line and a caret under the column.
 */
#ifndef XS_BASE_DIAG_H
#define XS_BASE_DIAG_H

#include "base/buf.h"
#include "base/common.h"

typedef enum xs_diag_level {
    XS_DIAG_ERROR,
    XS_DIAG_WARNING,
    XS_DIAG_NOTE,
} xs_diag_level;

typedef struct xs_diag_entry {
    xs_diag_level level;
    char *file;    /* may be NULL */
    int line;      /* 1-based; 0 when unknown */
    int col;       /* 1-based, in bytes; 0 when unknown */
    char *message; /* lowercase start, no final period */
} xs_diag_entry;

typedef struct xs_diag {
    xs_diag_entry *items;
    size_t count;
    size_t cap;
    size_t errors;
    size_t warnings;
    size_t max_entries; /* later entries are counted but dropped; 0 = 1000 */
} xs_diag;

void xs_diag_init(xs_diag *d);
void xs_diag_release(xs_diag *d);
void xs_diag_clear(xs_diag *d);

void xs_diag_add(xs_diag *d, xs_diag_level level, const char *file, int line, int col,
                 const char *fmt, ...) XS_PRINTF(6, 7);
void xs_diag_vadd(xs_diag *d, xs_diag_level level, const char *file, int line, int col,
                  const char *fmt, va_list ap);

/* Adds an error and returns st, so callers can write
 * `return xs_diag_error(d, XS_E_PARSE, file, line, col, "...")`. */
xs_status xs_diag_error(xs_diag *d, xs_status st, const char *file, int line, int col,
                        const char *fmt, ...) XS_PRINTF(6, 7);
void xs_diag_warn(xs_diag *d, const char *file, int line, int col, const char *fmt, ...)
    XS_PRINTF(5, 6);

/* The first error entry, or NULL. */
const xs_diag_entry *xs_diag_first_error(const xs_diag *d);

/* Moves every entry of src to the end of dst; src is left empty. */
void xs_diag_move(xs_diag *dst, xs_diag *src);

/* Prints one entry gcc-style; src (may be NULL) is the whole text of the
 * entry's file, for the source line and caret. */
void xs_diag_print_entry(const xs_diag_entry *e, const char *src, size_t src_len, FILE *out);

/* Appends the entries as a JSON array of {file, line, col, severity, message}. */
void xs_diag_to_json(const xs_diag *d, xs_buf *out);

/* Appends s as a JSON string literal (quotes and escapes). Also used by
 * modules below the value layer that print JSON by hand. */
void xs_json_quote(xs_buf *out, const char *s, size_t len);

#endif
