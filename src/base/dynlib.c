/*
 * dynlib.c - shared libraries loaded on first use (see dynlib.h).
 */
#include "base/dynlib.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>

/* One lock for every library: loads are rare and short. */
static pthread_mutex_t load_mu = PTHREAD_MUTEX_INITIALIZER;

static bool resolve(xs_dynlib *l)
{
    /* RTLD_LOCAL: the library's symbols serve only these pointers. */
    void *h = dlopen(l->soname, RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        const char *why = dlerror();
        snprintf(l->error, sizeof l->error, "%s (Debian package %s) cannot be loaded: %s",
                 l->soname, l->package, why ? why : "not found");
        return false;
    }
    for (size_t i = 0; i < l->nsyms; i++) {
        void *p = dlsym(h, l->syms[i].name);
        if (!p) {
            snprintf(l->error, sizeof l->error, "%s (Debian package %s) has no '%s': too old?",
                     l->soname, l->package, l->syms[i].name);
            dlclose(h);
            return false;
        }
        memcpy(l->syms[i].slot, &p, sizeof p); /* a function pointer's bytes */
    }
    return true; /* never closed: the pointers stay valid for the process */
}

bool xs_dynlib_load(xs_dynlib *l)
{
    int st = __atomic_load_n(&l->state, __ATOMIC_ACQUIRE);
    if (st != 0)
        return st > 0;
    pthread_mutex_lock(&load_mu);
    if (l->state == 0)
        __atomic_store_n(&l->state, resolve(l) ? 1 : -1, __ATOMIC_RELEASE);
    st = l->state;
    pthread_mutex_unlock(&load_mu);
    return st > 0;
}

const char *xs_dynlib_error(const xs_dynlib *l)
{
    return l->error[0] ? l->error : "not loaded yet";
}
