/*
 * testing.h - XanoScript's own tests: the `test "name" { input = {...}
 * expect.* ... }` blocks written inside functions, queries, tasks and
 * middleware, and `workflow_test` objects. A suite lists every test of a
 * loaded workspace; running one gives passed or failed with a message and
 * the file:line:col of what failed.
 *
 * A unit test runs its function with the test's input, binds $response to
 * the response and then runs the test's expect.* statements (src/lib/
 * stmts_expect.c). When the function raises, the test passes only if it
 * has an expect.to_throw whose exception (if any) is the error's name,
 * code or part of its message. A workflow_test runs its stack as the body
 * of a function with no input.
 *
 * Mocks. `mock = {"test name": value}` on a function.run, api.request or
 * db.query statement of the tested function makes that statement give
 * value instead of running, in that test only (function.run through the
 * run's step hooks, the others through its mock hooks). A mock on any
 * other statement is not supported: the test it names fails with a
 * message saying so, before its function runs. The test's
 * `datasource` is ignored: tests use the database given to the run.
 *
 * Ownership. The suite borrows the workspace (which must outlive it) and
 * owns the statements it builds to run the tests; an interpreter that ran
 * a suite's tests must be freed before the suite. One thread at a time.
 */
#ifndef XS_INTERP_TESTING_H
#define XS_INTERP_TESTING_H

#include "interp/interp.h"

/* The code of the error a failed expect.* raises. */
#define XS_TEST_EXPECT_CODE "ERROR_EXPECT_FAILED"

typedef struct xs_test_case {
    const xs_ast_object *obj;  /* the function (query...) or the workflow_test */
    const xs_ast_block *block; /* the test block; NULL for a workflow_test */
    const char *file;          /* where obj was read from; "" when unknown */
    xs_pos pos;                /* of the test block or the workflow_test */
    xs_str test;               /* the test's own name (borrowed); empty for a workflow_test */
    char *name;                /* "function name: test name", or the workflow_test's name */
} xs_test_case;

typedef struct xs_test_result {
    bool passed;
    char *message;  /* heap; NULL when passed */
    char *location; /* heap "file:line:col" of what failed; NULL when passed */
} xs_test_result;

typedef struct xs_test_suite xs_test_suite;

/* Every test of ws, in load order. Never NULL. */
xs_test_suite *xs_test_suite_new(const xs_workspace *ws);
void xs_test_suite_free(xs_test_suite *s);

size_t xs_test_suite_count(const xs_test_suite *s);
/* Test i (borrowed); NULL when i is past the end. */
const xs_test_case *xs_test_suite_case(const xs_test_suite *s, size_t i);

/*
 * Runs test i with in (an interpreter over the suite's workspace) and opts
 * (may be NULL). *out says whether it passed; release it with
 * xs_test_result_release. Returns XS_OK once the test ran, whatever its
 * outcome; XS_E_NOTFOUND when i is past the end.
 */
xs_status xs_test_run(xs_test_suite *s, xs_interp *in, size_t i, const xs_run_opts *opts,
                      xs_test_result *out);

void xs_test_result_release(xs_test_result *r);

#endif
