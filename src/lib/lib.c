/* lib.c - the list of standard library families. Add a family by adding
 * its table to the array below. */
#include "lib/lib.h"

#include "lib/lib_ext.h"
#include "lib/lib_int.h"

static const xs_builtin_family *const families[] = {
    &xs_lib_array,      &xs_lib_object,      &xs_lib_text,       &xs_lib_math,
    &xs_lib_compare,    &xs_lib_convert,     &xs_lib_time,       &xs_lib_hash,
    &xs_lib_stmts_math, &xs_lib_stmts_text,  &xs_lib_stmts_array, &xs_lib_stmts_object,
    &xs_lib_stmts_security,
    &xs_lib_stmts_util,
    &xs_lib_regex,
    &xs_lib_db,
    &xs_lib_tz,
    &xs_lib_encoding,
    &xs_lib_crypto,
    &xs_lib_stmts_crypto,
    &xs_lib_stmts_api,
    &xs_lib_stmts_expect,
    &xs_lib_stmts_redis,
    &xs_lib_zip,
    &xs_lib_storage,
    &xs_lib_vector,
    &xs_lib_geo,
    &xs_lib_query,
    &xs_lib_stream,
    &xs_lib_db_ext,
    &xs_lib_services,
    &xs_lib_cloud,
};

static const xs_builtins builtins = {families, XS_COUNTOF(families)};

const xs_builtins *xs_lib_builtins(void)
{
    return &builtins;
}

const xs_filter_def *xs_lib_find_filter(const xs_builtins *b, const char *name)
{
    for (size_t f = 0; f < b->nfamilies; f++)
        for (size_t i = 0; i < b->families[f]->nfilters; i++)
            if (strcmp(b->families[f]->filters[i].name, name) == 0)
                return &b->families[f]->filters[i];
    return NULL;
}

const xs_stmt_def *xs_lib_find_stmt(const xs_builtins *b, const char *name)
{
    for (size_t f = 0; f < b->nfamilies; f++)
        for (size_t i = 0; i < b->families[f]->nstmts; i++)
            if (strcmp(b->families[f]->stmts[i].name, name) == 0)
                return &b->families[f]->stmts[i];
    return NULL;
}
