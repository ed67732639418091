/* serve_reload.c - noticing workspace changes and handing over to a new process (serve_reload.h). */
#include "cli/serve_reload.h"

#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/map.h"
#include "engine/config.h"
#include "interp/interp.h"

/* nftw has no user pointer: the walk in progress (one at a time, on the
 * serve command's main thread). */
static uint64_t walk_hash;

static int add_file(const char *path, const struct stat *sb, int type, struct FTW *ftw)
{
    (void)ftw;
    if (type != FTW_F)
        return 0;
    size_t n = strlen(path);
    bool xs = n > 3 && strcmp(path + n - 3, ".xs") == 0;
    bool cfg = n >= 11 && strcmp(path + n - 11, "xsflow.json") == 0;
    if (!xs && !cfg)
        return 0;
    struct {
        uint64_t name;
        int64_t size, sec, nsec;
    } rec = {xs_hash_bytes(path, n), (int64_t)sb->st_size, (int64_t)sb->st_mtim.tv_sec,
             (int64_t)sb->st_mtim.tv_nsec};
    /* Order-free: the sum does not depend on the walk's order. */
    walk_hash += xs_hash_bytes(&rec, sizeof rec);
    return 0;
}

uint64_t xs_serve_fingerprint(const char *dir)
{
    walk_hash = 0;
    nftw(dir, add_file, 16, FTW_PHYS);
    return walk_hash;
}

bool xs_serve_workspace_loads(const char *dir, xs_diag *d)
{
    xs_workspace *ws = NULL;
    xs_config *cfg = NULL;
    bool ok = xs_workspace_load_dir(dir, &ws, d) == XS_OK && xs_config_load(dir, &cfg, d) == XS_OK;
    xs_config_free(cfg);
    xs_workspace_free(ws);
    return ok;
}

int xs_serve_inherited_fd(const char *which)
{
    const char *v = getenv(which);
    int fd = v ? atoi(v) : 0;
    unsetenv(which);
    if (fd <= 2 || fcntl(fd, F_GETFD) < 0)
        return 0;
    fcntl(fd, F_SETFD, FD_CLOEXEC); /* not past this process unless handed on again */
    return fd;
}

/* Puts fd in the environment under name, open across exec; -1: none. */
static void hand_on(const char *name, int fd)
{
    if (fd < 0)
        return;
    char v[16];
    snprintf(v, sizeof v, "%d", fd);
    setenv(name, v, 1);
    fcntl(fd, F_SETFD, 0);
}

void xs_serve_reexec(int argc, char **argv, int pub_fd, int admin_fd)
{
    hand_on("XSFLOW_LISTEN_FD", pub_fd);
    hand_on("XSFLOW_ADMIN_LISTEN_FD", admin_fd);
    char **args = xs_calloc((size_t)argc + 2, sizeof *args);
    args[0] = "xsflow";
    for (int i = 0; i < argc; i++)
        args[i + 1] = argv[i];
    fflush(stdout);
    fflush(stderr);
    execv("/proc/self/exe", args);
    fprintf(stderr, "xsflow: cannot start the reloaded server: %s\n", strerror(errno));
    xs_free(args);
}
