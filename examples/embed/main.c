/* A C program that registers a native worker and runs a XanoScript
 * orchestrator calling it: examples/embed/main.c WORKSPACE-DIR */
#include <stdio.h>
#include <stdlib.h>

#include "xsflow.h"

/* Workers/fast_thing: squares the id; ids divisible by 3 fail (as a
 * Result, not an error). The input arrives validated against its block. */
static void fast_thing(void *ud, const char *input, xsflow_reply *reply)
{
    (void)ud;
    long id = 0;
    if (sscanf(input, "{\"id\":%ld", &id) != 1) {
        xsflow_reply_error(reply, "ERROR_CODE_INPUT_ERROR", "fast_thing: no id");
        return;
    }
    char out[128];
    if (id % 3 == 0)
        snprintf(out, sizeof out,
                 "{\"success\":false,\"data\":null,\"error\":\"id %ld is a multiple of 3\"}", id);
    else
        snprintf(out, sizeof out,
                 "{\"success\":true,\"data\":{\"id\":%ld,\"square\":%ld},"
                 "\"error\":null}",
                 id, id * id);
    xsflow_reply_json(reply, out);
}

static int run(xsflow *x, const char *fn, const char *input)
{
    char *out = NULL;
    xsflow_status st = xsflow_run(x, fn, input, &out);
    printf("%s %s -> %d %s\n", fn, input, (int)st, out);
    xsflow_free(out);
    return st == XSFLOW_OK ? 0 : 1;
}

int main(int argc, char **argv)
{
    char *err = NULL;
    xsflow *x = xsflow_open(argc > 1 ? argv[1] : "examples/embed/ws", &err);
    if (!x) {
        fprintf(stderr, "open: %s\n", err);
        xsflow_free(err);
        return 1;
    }
    if (xsflow_register(x, "Workers/fast_thing", "input {\n  int id\n  text label?\n}", fast_thing,
                        NULL, &err) != XSFLOW_OK) {
        fprintf(stderr, "register: %s\n", err);
        xsflow_free(err);
        xsflow_close(x);
        return 1;
    }
    int bad = run(x, "Orchestrate", "{\"n\":4}");
    /* The declared input block refuses an id that is not a number. */
    bad += !run(x, "Workers/fast_thing", "{\"id\":\"seven\"}");
    xsflow_close(x);
    return bad ? 1 : 0;
}
