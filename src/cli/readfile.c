/* readfile.c - whole-file reads and the *.xs walk for check and fmt. */
#include "cli/readfile.h"

#include <dirent.h>
#include <errno.h>
#include <sys/stat.h>

#include "base/alloc.h"
#include "base/buf.h"

char *xs_cli_read_file(const char *path, size_t *len, char *errbuf, size_t errlen)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(errbuf, errlen, "%s", strerror(errno));
        return NULL;
    }
    xs_buf b;
    xs_buf_init(&b);
    char chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        xs_buf_add(&b, chunk, n);
    bool bad = ferror(f);
    int err = errno;
    fclose(f);
    if (bad) {
        snprintf(errbuf, errlen, "%s", strerror(err ? err : EIO));
        xs_buf_release(&b);
        return NULL;
    }
    xs_buf_reserve(&b, 1);
    return xs_buf_detach(&b, len);
}

static int cmp_names(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static bool ends_with_xs(const char *name)
{
    size_t n = strlen(name);
    return n > 3 && strcmp(name + n - 3, ".xs") == 0;
}

static bool walk_dir(const char *dir, int depth, void (*fn)(const char *, void *), void *ctx,
                     char *errbuf, size_t errlen)
{
    if (depth > 64)
        return true;
    DIR *d = opendir(dir);
    if (!d) {
        snprintf(errbuf, errlen, "%s", strerror(errno));
        return false;
    }
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL) {
        if (de->d_name[0] == '.')
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 32;
            names = xs_realloc(names, cap * sizeof *names);
        }
        names[n++] = xs_strdup(de->d_name);
    }
    closedir(d);
    if (n)
        qsort(names, n, sizeof *names, cmp_names);
    for (size_t i = 0; i < n; i++) {
        xs_buf path;
        xs_buf_init(&path);
        xs_buf_addf(&path, "%s/%s", dir, names[i]);
        struct stat st;
        if (stat(xs_buf_cstr(&path), &st) == 0) {
            if (S_ISDIR(st.st_mode))
                walk_dir(xs_buf_cstr(&path), depth + 1, fn, ctx, errbuf, errlen);
            else if (S_ISREG(st.st_mode) && ends_with_xs(names[i]))
                fn(xs_buf_cstr(&path), ctx);
        }
        xs_buf_release(&path);
        xs_free(names[i]);
    }
    xs_free(names);
    return true;
}

bool xs_cli_walk_xs(const char *path, void (*fn)(const char *path, void *ctx), void *ctx,
                    char *errbuf, size_t errlen)
{
    struct stat st;
    if (stat(path, &st) != 0) {
        snprintf(errbuf, errlen, "%s", strerror(errno));
        return false;
    }
    if (S_ISDIR(st.st_mode)) {
        size_t n = strlen(path);
        while (n > 1 && path[n - 1] == '/')
            n--;
        char *dir = xs_strndup(path, n);
        bool ok = walk_dir(dir, 0, fn, ctx, errbuf, errlen);
        xs_free(dir);
        return ok;
    }
    fn(path, ctx);
    return true;
}
