/*
 * unit.h - the C unit test harness. A module's tests live in
 * tests/unit/<module>_test.c as a NULL-terminated xs_unit_case array named
 * xs_unit_<module>, listed once in the suite table of tests/unit/main.c.
 * Assertions print both sides and keep going; a case fails if any did.
 */
#ifndef XS_TESTS_UNIT_H
#define XS_TESTS_UNIT_H

#include "base/common.h"

typedef struct xs_unit_case {
    const char *name;
    void (*fn)(void);
} xs_unit_case;

extern int xs_unit_failed_checks;

void xs_unit_fail(const char *file, int line, const char *fmt, ...) XS_PRINTF(3, 4);

/* Marks the running case skipped (a backend or tool that is not there);
 * it then counts as neither passed nor failed. */
void xs_unit_skip(const char *why);

#define CHECK(cond)                                                                            \
    do {                                                                                       \
        if (!(cond))                                                                           \
            xs_unit_fail(__FILE__, __LINE__, "CHECK(%s) failed", #cond);                       \
    } while (0)

#define CHECK_INT(a, b)                                                                        \
    do {                                                                                       \
        long long a_ = (long long)(a), b_ = (long long)(b);                                    \
        if (a_ != b_)                                                                          \
            xs_unit_fail(__FILE__, __LINE__, "%s == %s: got %lld, want %lld", #a, #b, a_, b_);  \
    } while (0)

#define CHECK_STR(a, b)                                                                        \
    do {                                                                                       \
        const char *a_ = (a), *b_ = (b);                                                       \
        if (!a_ || !b_ || strcmp(a_, b_) != 0)                                                 \
            xs_unit_fail(__FILE__, __LINE__, "%s == %s: got \"%s\", want \"%s\"", #a, #b,       \
                         a_ ? a_ : "(null)", b_ ? b_ : "(null)");                              \
    } while (0)

#define CHECK_DBL(a, b, eps)                                                                   \
    do {                                                                                       \
        double a_ = (a), b_ = (b);                                                             \
        if (!(a_ - b_ <= (eps) && b_ - a_ <= (eps)))                                           \
            xs_unit_fail(__FILE__, __LINE__, "%s == %s: got %.17g, want %.17g", #a, #b, a_, b_); \
    } while (0)

#endif
