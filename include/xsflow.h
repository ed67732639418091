/*
 * xsflow.h - the one public header: run XanoScript from a C program.
 *
 * Open a workspace (a directory of .xs files and its xsflow.json), register
 * C functions under XanoScript names, then run functions by name. Data
 * crosses the boundary as JSON text only, so no engine type leaks into the
 * ABI: handles are opaque and strings are NUL-terminated UTF-8.
 *
 * Ownership. Strings handed in are borrowed. Strings handed out are the
 * caller's and go back with xsflow_free(). An xsflow handle is used by one
 * thread at a time; open one per thread to run in parallel.
 *
 * Errors. Calls return XSFLOW_OK (0) or a nonzero xsflow_status. On failure
 * *out holds the error as a JSON object {name, message, code, payload?,
 * location?, stack?}: a XanoScript error raised by the run, or one built
 * from a load problem (code "ERROR_CODE_NOT_FOUND", "ERROR_PARSE"...).
 */
#ifndef XSFLOW_H
#define XSFLOW_H

#include <stddef.h>

#ifndef XS_API
#define XS_API __attribute__((visibility("default")))
#endif

#ifdef __cplusplus
extern "C" {
#endif

typedef enum xsflow_status {
    XSFLOW_OK = 0,
    XSFLOW_E_INVALID = 1,  /* bad argument (NULL name, JSON that does not parse...) */
    XSFLOW_E_LOAD = 2,     /* the workspace or a registration does not load */
    XSFLOW_E_NOTFOUND = 3, /* no function of that name */
    XSFLOW_E_RUNTIME = 4,  /* the run raised an error no try_catch caught */
    XSFLOW_E_LIMIT = 5,    /* the run passed a limit (statements, time, memory) */
} xsflow_status;

typedef struct xsflow xsflow;
typedef struct xsflow_reply xsflow_reply;

/*
 * A native function. input_json is the input after validation and coercion
 * against the declared input block (an object, borrowed for the call).
 * Answer once, with xsflow_reply_json() (the response) or
 * xsflow_reply_error() (raised as a XanoScript error that try_catch can
 * catch). Called on the run's thread, inside xsflow_run: it must not run
 * the same handle again (open another for nested runs).
 */
typedef void (*xsflow_native_fn)(void *ud, const char *input_json, xsflow_reply *reply);

/* Loads every .xs file under dir. NULL on failure, with *error (when error
 * is not NULL) set to the error object as JSON; free it with xsflow_free. */
XS_API xsflow *xsflow_open(const char *dir, char **error);

/* Frees x and its registrations. NULL does nothing. */
XS_API void xsflow_close(xsflow *x);

/*
 * Registers fn under name, so that `function.run "name" { input = {...} }`
 * calls it. input_block is a XanoScript input block, e.g.
 * "input {\n  int id\n  text label?\n}" (one field a line); the input is validated and coerced
 * against it exactly as for a XanoScript function (NULL: no input). Must be
 * called before the first xsflow_run. XSFLOW_E_LOAD with *error when the
 * block does not parse or name is taken.
 */
XS_API xsflow_status xsflow_register(xsflow *x, const char *name, const char *input_block,
                                     xsflow_native_fn fn, void *ud, char **error);

/*
 * Runs the function name with input_json (an object; NULL or "" for none).
 * XSFLOW_OK: *out is the response as compact JSON. Otherwise *out is the
 * error object as compact JSON. *out is the caller's (xsflow_free).
 */
XS_API xsflow_status xsflow_run(xsflow *x, const char *name, const char *input_json, char **out);

/* The answer of a native function: json is its response (copied). */
XS_API void xsflow_reply_json(xsflow_reply *r, const char *json);

/* The native function failed: raised as a XanoScript error with Xano's
 * error code (NULL: "ERROR_FATAL") and message. */
XS_API void xsflow_reply_error(xsflow_reply *r, const char *code, const char *message);

/* Frees a string xsflow handed out. NULL does nothing. */
XS_API void xsflow_free(char *s);

#ifdef __cplusplus
}
#endif

#endif
