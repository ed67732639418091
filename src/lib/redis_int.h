/* redis_int.h - between redis.c and its embedded backend. */
#ifndef XS_LIB_REDIS_INT_H
#define XS_LIB_REDIS_INT_H

#include "lib/redis.h"

/* xs_redis_command on the embedded store (redis_mem.c). */
xs_status xs_redis_mem_command(int argc, const char *const *argv, const size_t *lens, xs_value *out,
                               xs_redis_err *kind, xs_buf *msg);

#endif
