/*
 * lib_ext.h - the families of the standard library that rest on outside
 * libraries: regex (PCRE2), crypto (OpenSSL, libxcrypt), encoding (iconv,
 * libyaml, libxml2) and time zones (the system tz database). lib.c lists
 * them with the others.
 */
#ifndef XS_LIB_LIB_EXT_H
#define XS_LIB_LIB_EXT_H

#include "interp/builtin.h"

extern const xs_builtin_family xs_lib_regex;
extern const xs_builtin_family xs_lib_crypto;
extern const xs_builtin_family xs_lib_stmts_crypto;
extern const xs_builtin_family xs_lib_encoding;
extern const xs_builtin_family xs_lib_tz;
extern const xs_builtin_family xs_lib_stmts_api;
extern const xs_builtin_family xs_lib_stmts_redis;
extern const xs_builtin_family xs_lib_stmts_expect;

#endif
