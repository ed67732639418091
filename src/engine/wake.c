/*
 * wake.c - wake-ups between processes on one SQLite file (see wake.h).
 */
#include "engine/wake.h"

#include <dirent.h>
#include <errno.h>
#include <limits.h>
#include <poll.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

#include "base/alloc.h"
#include "base/map.h"

struct xs_wake {
    int fd;
    char path[sizeof(((struct sockaddr_un *)0)->sun_path)];
    char dir[sizeof(((struct sockaddr_un *)0)->sun_path)];
};

/* A directory of ours, mode 0700: one we made, or one that is already
 * ours and private (never one another user could have planted). */
static bool own_dir(const char *dir)
{
    if (mkdir(dir, 0700) != 0 && errno != EEXIST)
        return false;
    struct stat st;
    return lstat(dir, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid() &&
           (st.st_mode & 077) == 0;
}

/* The directory for the file at path (created when make); false when
 * there is none to use. */
static bool wake_dir(const char *path, bool make, char *out, size_t cap)
{
    char real[PATH_MAX];
    if (!realpath(path, real))
        return false;
    const char *tmp = getenv("TMPDIR");
    if (!tmp || !*tmp)
        tmp = "/tmp";
    char base[PATH_MAX];
    snprintf(base, sizeof base, "%s/xsflow-wake-%u", tmp, (unsigned)getuid());
    int n = snprintf(out, cap, "%s/%016llx", base,
                     (unsigned long long)xs_hash_bytes(real, strlen(real)));
    if (n < 0 || (size_t)n >= cap)
        return false;
    if (!make) {
        struct stat st;
        return lstat(out, &st) == 0 && S_ISDIR(st.st_mode) && st.st_uid == getuid();
    }
    return own_dir(base) && own_dir(out);
}

xs_wake *xs_wake_listen(const char *path)
{
    static unsigned seq;
    xs_wake w;
    if (!wake_dir(path, true, w.dir, sizeof w.dir - 32))
        return NULL;
    int n = snprintf(w.path, sizeof w.path, "%s/%d-%u", w.dir, (int)getpid(),
                     __atomic_add_fetch(&seq, 1, __ATOMIC_RELAXED));
    if (n < 0 || (size_t)n >= sizeof w.path)
        return NULL;
    w.fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    if (w.fd < 0)
        return NULL;
    struct sockaddr_un a = {.sun_family = AF_UNIX};
    memcpy(a.sun_path, w.path, strlen(w.path) + 1);
    unlink(w.path); /* left by an earlier process with our pid */
    int rc = bind(w.fd, (struct sockaddr *)&a, sizeof a);
    if (rc != 0 && errno == ENOENT && own_dir(w.dir)) /* removed by a closing process */
        rc = bind(w.fd, (struct sockaddr *)&a, sizeof a);
    if (rc != 0) {
        close(w.fd);
        return NULL;
    }
    xs_wake *out = xs_calloc(1, sizeof *out);
    *out = w;
    return out;
}

bool xs_wake_wait(xs_wake *w, int ms)
{
    struct pollfd p = {.fd = w->fd, .events = POLLIN};
    if (poll(&p, 1, ms) <= 0)
        return false;
    char buf[64];
    bool got = false;
    while (recv(w->fd, buf, sizeof buf, 0) >= 0) /* drain: one wake-up for them all */
        got = true;
    return got;
}

void xs_wake_close(xs_wake *w)
{
    if (!w)
        return;
    close(w->fd);
    unlink(w->path);
    rmdir(w->dir); /* only once empty: the last process on the file */
    xs_free(w);
}

void xs_wake_announce(const char *path)
{
    char dir[sizeof(((struct sockaddr_un *)0)->sun_path)];
    if (!wake_dir(path, false, dir, sizeof dir - 32))
        return;
    DIR *d = opendir(dir);
    if (!d)
        return;
    int fd = socket(AF_UNIX, SOCK_DGRAM | SOCK_CLOEXEC | SOCK_NONBLOCK, 0);
    char self[24]; /* this process's sockets: its runners were woken directly */
    int nself = snprintf(self, sizeof self, "%d-", (int)getpid());
    struct dirent *ent;
    bool removed = false;
    while (fd >= 0 && (ent = readdir(d)) != NULL) {
        if (ent->d_name[0] == '.' || strncmp(ent->d_name, self, (size_t)nself) == 0)
            continue;
        struct sockaddr_un a = {.sun_family = AF_UNIX};
        int n = snprintf(a.sun_path, sizeof a.sun_path, "%s/%s", dir, ent->d_name);
        if (n < 0 || (size_t)n >= sizeof a.sun_path)
            continue;
        if (sendto(fd, "w", 1, MSG_NOSIGNAL, (struct sockaddr *)&a, sizeof a) < 0 &&
            (errno == ECONNREFUSED || errno == ENOTSOCK))
            removed |= unlink(a.sun_path) == 0; /* its process is gone */
    }
    if (fd >= 0)
        close(fd);
    closedir(d);
    if (removed)
        rmdir(dir); /* only once empty */
}
