/*
 * common.h - included first by every xsflow header: the standard headers we
 * always use, the status codes, and banned.h last so that unsafe libc calls
 * are compile errors everywhere.
 */
#ifndef XS_BASE_COMMON_H
#define XS_BASE_COMMON_H

#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/status.h"

#if defined(__GNUC__)
#define XS_PRINTF(fmt, args) __attribute__((format(printf, fmt, args)))
#define XS_NORETURN __attribute__((noreturn))
#define XS_UNUSED __attribute__((unused))
#else
#define XS_PRINTF(fmt, args)
#define XS_NORETURN
#define XS_UNUSED
#endif

/* XS_ASAN: built with AddressSanitizer (gcc says so one way, clang another). */
#if defined(__SANITIZE_ADDRESS__)
#define XS_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define XS_ASAN 1
#endif
#endif

#define XS_API __attribute__((visibility("default")))
#define XS_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))

#include "base/banned.h"

#endif
