/*
 * banned.h - turns libc calls that have bitten C programs too often into
 * compile errors. Use xs_malloc/xs_free (alloc.h), xs_buf (buf.h) and
 * snprintf instead. alloc.c defines XS_ALLOW_RAW_ALLOC to reach the heap.
 */
#ifndef XS_BASE_BANNED_H
#define XS_BASE_BANNED_H

#define XS_BANNED(fn) sorry_##fn##_is_banned_in_xsflow

#undef strcpy
#define strcpy(a, b) XS_BANNED(strcpy)
#undef strcat
#define strcat(a, b) XS_BANNED(strcat)
#undef strncpy
#define strncpy(a, b, n) XS_BANNED(strncpy)
#undef strncat
#define strncat(a, b, n) XS_BANNED(strncat)
#undef sprintf
#define sprintf(...) XS_BANNED(sprintf)
#undef vsprintf
#define vsprintf(...) XS_BANNED(vsprintf)
#undef strtok
#define strtok(a, b) XS_BANNED(strtok)
#undef gets
#define gets(a) XS_BANNED(gets)
#undef gmtime
#define gmtime(t) XS_BANNED(gmtime)
#undef localtime
#define localtime(t) XS_BANNED(localtime)

#ifndef XS_ALLOW_RAW_ALLOC
#undef malloc
#define malloc(n) XS_BANNED(malloc)
#undef calloc
#define calloc(n, m) XS_BANNED(calloc)
#undef realloc
#define realloc(p, n) XS_BANNED(realloc)
#undef free
#define free(p) XS_BANNED(free)
#undef strdup
#define strdup(s) XS_BANNED(strdup)
#undef strndup
#define strndup(s, n) XS_BANNED(strndup)
#endif

#endif
