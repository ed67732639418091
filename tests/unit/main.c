/* The unit test runner: `unit_tests [--list] [NAME-SUBSTRING]`. Prints one
 * line per case and closes with "N passed, N failed". */
#include "unit.h"

extern const xs_unit_case xs_unit_base[];
extern const xs_unit_case xs_unit_lang[];
extern const xs_unit_case xs_unit_map[];
extern const xs_unit_case xs_unit_clock[];
extern const xs_unit_case xs_unit_value[];
extern const xs_unit_case xs_unit_json[];
extern const xs_unit_case xs_unit_rules[];
extern const xs_unit_case xs_unit_interp[];
extern const xs_unit_case xs_unit_seed[];
extern const xs_unit_case xs_unit_store[];
extern const xs_unit_case xs_unit_sqlite[];
extern const xs_unit_case xs_unit_lib[];
extern const xs_unit_case xs_unit_libx[];
extern const xs_unit_case xs_unit_cron[];
extern const xs_unit_case xs_unit_redis[];

static const struct {
    const char *suite;
    const xs_unit_case *cases;
} suites[] = {
    {"base", xs_unit_base},
    {"lang", xs_unit_lang},
    {"map", xs_unit_map},
    {"clock", xs_unit_clock},
    {"value", xs_unit_value},
    {"json", xs_unit_json},
    {"rules", xs_unit_rules},
    {"interp", xs_unit_interp},
    {"seed", xs_unit_seed},
    {"store", xs_unit_store},
    {"sqlite", xs_unit_sqlite},
    {"lib", xs_unit_lib},
    {"libx", xs_unit_libx},
    {"cron", xs_unit_cron},
    {"redis", xs_unit_redis},
};

int xs_unit_failed_checks;
static const char *skip_reason;

void xs_unit_skip(const char *why)
{
    skip_reason = why;
}

void xs_unit_fail(const char *file, int line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stdout, "    %s:%d: ", file, line);
    va_start(ap, fmt);
    vfprintf(stdout, fmt, ap);
    va_end(ap);
    fputc('\n', stdout);
    xs_unit_failed_checks++;
}

int main(int argc, char **argv)
{
    bool list = argc > 1 && strcmp(argv[1], "--list") == 0;
    const char *filter = argc > 1 && !list ? argv[1] : NULL;
    int passed = 0, failed = 0, skipped = 0;
    for (size_t s = 0; s < XS_COUNTOF(suites); s++) {
        for (const xs_unit_case *c = suites[s].cases; c->name; c++) {
            char full[256];
            snprintf(full, sizeof full, "%s/%s", suites[s].suite, c->name);
            if (filter && !strstr(full, filter))
                continue;
            if (list) {
                puts(full);
                continue;
            }
            int before = xs_unit_failed_checks;
            skip_reason = NULL;
            c->fn();
            bool ok = xs_unit_failed_checks == before;
            if (ok && skip_reason) {
                printf("skip unit/%s (%s)\n", full, skip_reason);
                skipped++;
            } else {
                printf("%s unit/%s\n", ok ? "ok  " : "FAIL", full);
                if (ok)
                    passed++;
                else
                    failed++;
            }
            fflush(stdout);
        }
    }
    if (!list)
        printf("%d passed, %d failed, %d skipped\n", passed, failed, skipped);
    return failed ? 1 : 0;
}
