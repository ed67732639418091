/* stmts_storage.c - storage.* statements. A file resource (files.c) is
 * made and read in memory; create_attachment keeps one as a file under the
 * workspace's storage directory (xsflow.json "storage": {"dir": ...}) and
 * delete_file removes one from there. Statements that need an outside
 * service (signed URLs, image processing) raise an error naming them. */
#include "lib/lib_int.h"

#include <errno.h>
#include <sys/stat.h>
#include <unistd.h>

static xs_status s_create_resource(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                   xs_value *result)
{
    (void)target;
    (void)arg;
    xs_value fn = xs_lib_attr(attrs, "filename");
    if (fn.type != XS_TEXT || xs_text_len(fn) == 0)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: filename must be a non-empty text",
                            xs_call_name(c));
    xs_value data = xs_lib_attr(attrs, "filedata");
    xs_value bytes = data.type == XS_TEXT ? xs_retain(data) : xs_lib_text_of(data);
    xs_status st = xs_lib_file_new(c, xs_text_str(fn), bytes, result);
    xs_release(bytes);
    return st;
}

static xs_status s_read_resource(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                 xs_value *result)
{
    (void)target;
    (void)arg;
    xs_value file = xs_lib_attr(attrs, "value");
    xs_str name;
    xs_value bytes;
    xs_status st = xs_lib_file_read(c, file, "value", &name, &bytes);
    if (st != XS_OK)
        return st;
    xs_value o = xs_object_new(4);
    xs_object_set(&o, XS_STR("name"), xs_text_from_str(name));
    xs_object_set(&o, XS_STR("size"), xs_int((int64_t)xs_text_len(bytes)));
    xs_object_set(&o, XS_STR("mime"), xs_text_cstr(xs_lib_file_mime(name)));
    xs_object_set(&o, XS_STR("data"), bytes);
    *result = o;
    return XS_OK;
}

/* The storage directory, or a failure saying how to configure one. */
static xs_status storage_dir(xs_call *c, const char **dir)
{
    *dir = xs_call_storage_dir(c);
    if (*dir)
        return XS_OK;
    return xs_call_fail(c, "ERROR_FATAL",
                        "%s: no file storage is configured (set \"storage\": {\"dir\": ...} in "
                        "xsflow.json)",
                        xs_call_name(c));
}

/* Whether s is one path step: not empty, not . or .., no slash or NUL. */
static bool plain_name(xs_str s)
{
    if (!s.len || xs_str_eq_cstr(s, ".") || xs_str_eq_cstr(s, ".."))
        return false;
    for (size_t i = 0; i < s.len; i++)
        if (s.ptr[i] == '/' || s.ptr[i] == '\\' || s.ptr[i] == '\0')
            return false;
    return true;
}

static xs_status s_attachment(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                              xs_value *result)
{
    (void)target;
    (void)arg;
    const char *dir;
    xs_status st = storage_dir(c, &dir);
    if (st != XS_OK)
        return st;
    xs_value acc = xs_lib_attr(attrs, "access");
    xs_str access = acc.type == XS_TEXT ? xs_text_str(acc) : XS_STR("public");
    if (!xs_str_eq_cstr(access, "public") && !xs_str_eq_cstr(access, "private"))
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: access must be public or private",
                            xs_call_name(c));
    xs_str fname;
    xs_value bytes;
    st = xs_lib_file_read(c, xs_lib_attr(attrs, "value"), "value", &fname, &bytes);
    if (st != XS_OK)
        return st;
    xs_value fnv = xs_lib_attr(attrs, "filename");
    xs_str name = fnv.type == XS_TEXT && xs_text_len(fnv) ? xs_text_str(fnv) : fname;
    if (!plain_name(name)) {
        xs_release(bytes);
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "%s: filename '%.*s' must be a plain file name", xs_call_name(c),
                            (int)name.len, name.ptr);
    }
    /* each file in a folder of its own, named at random, as Xano's vault */
    unsigned char rnd[8];
    xs_lib_random(rnd, sizeof rnd);
    xs_buf rel, path;
    xs_buf_init(&rel);
    xs_buf_init(&path);
    xs_buf_addc(&rel, '/');
    for (size_t i = 0; i < sizeof rnd; i++)
        xs_buf_addf(&rel, "%02x", rnd[i]);
    xs_buf_addf(&path, "%s", dir);
    mkdir(xs_buf_cstr(&path), 0777);
    xs_buf_add(&path, rel.ptr, rel.len);
    xs_buf_addc(&rel, '/');
    xs_buf_add(&rel, name.ptr, name.len);
    FILE *fp = NULL;
    if (mkdir(xs_buf_cstr(&path), 0777) == 0) {
        xs_buf_addc(&path, '/');
        xs_buf_add(&path, name.ptr, name.len);
        fp = fopen(xs_buf_cstr(&path), "wbx");
    }
    bool ok = fp && fwrite(xs_text_ptr(bytes), 1, xs_text_len(bytes), fp) == xs_text_len(bytes);
    if (fp && fclose(fp) != 0)
        ok = false;
    if (!ok) {
        st = xs_call_fail(c, "ERROR_FATAL", "%s: cannot write '%s' in '%s': %s", xs_call_name(c),
                          xs_buf_cstr(&rel), dir, strerror(errno));
    } else {
        xs_value m = xs_object_new(7);
        xs_object_set(&m, XS_STR("access"), xs_text_from_str(access));
        xs_object_set(&m, XS_STR("path"), xs_text_new(rel.ptr, rel.len));
        xs_object_set(&m, XS_STR("name"), xs_text_from_str(name));
        xs_object_set(&m, XS_STR("type"), xs_text_cstr("attachment"));
        xs_object_set(&m, XS_STR("size"), xs_int((int64_t)xs_text_len(bytes)));
        xs_object_set(&m, XS_STR("mime"), xs_text_cstr(xs_lib_file_mime(name)));
        xs_object_set(&m, XS_STR("meta"), xs_object_new(0));
        *result = m;
    }
    xs_buf_release(&rel);
    xs_buf_release(&path);
    xs_release(bytes);
    return st;
}

static xs_status s_delete_file(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                               xs_value *result)
{
    (void)target;
    (void)arg;
    (void)result;
    const char *dir;
    xs_status st = storage_dir(c, &dir);
    if (st != XS_OK)
        return st;
    xs_value pv = xs_lib_attr(attrs, "pathname");
    xs_str p = pv.type == XS_TEXT ? xs_text_str(pv) : (xs_str){"", 0};
    while (p.len && p.ptr[0] == '/')
        p.ptr++, p.len--;
    /* pathname is a path the storage gave: every step a plain name */
    bool ok = p.len > 0;
    for (size_t i = 0, start = 0; ok && i <= p.len; i++) {
        if (i == p.len || p.ptr[i] == '/') {
            ok = plain_name((xs_str){p.ptr + start, i - start});
            start = i + 1;
        }
    }
    if (!ok)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "%s: pathname '%.*s' is not a path in the file storage",
                            xs_call_name(c), (int)xs_text_len(pv), pv.type == XS_TEXT ? xs_text_ptr(pv) : "");
    xs_buf path;
    xs_buf_init(&path);
    xs_buf_addf(&path, "%s/%.*s", dir, (int)p.len, p.ptr);
    if (unlink(xs_buf_cstr(&path)) != 0) {
        int e = errno;
        st = xs_call_fail(c, e == ENOENT ? "ERROR_CODE_NOT_FOUND" : "ERROR_FATAL",
                          "%s: cannot delete '%.*s': %s", xs_call_name(c), (int)p.len, p.ptr,
                          e == ENOENT ? "no such file" : strerror(e));
    } else {
        /* the file's own folder goes with it when empty */
        char *slash = strrchr(path.ptr, '/');
        *slash = '\0';
        if (strlen(path.ptr) > strlen(dir))
            rmdir(path.ptr);
    }
    xs_buf_release(&path);
    return st;
}

static const xs_stmt_def stmts[] = {
    {"storage.create_file_resource", 0, s_create_resource,
     "a file resource {name, size, mime, data} named filename holding filedata (data: base64)"},
    {"storage.read_file_resource", 0, s_read_resource,
     "the file resource value as {name, size, mime, data} with data its raw bytes"},
    {"storage.create_attachment", 0, s_attachment,
     "keeps the file resource value in the storage directory; gives its metadata {access, "
     "path, name, type, size, mime, meta}"},
    {"storage.delete_file", 0, s_delete_file,
     "deletes pathname (a path create_attachment gave) from the storage directory"},
    {"storage.create_image", XS_BUILTIN_UNAVAILABLE, xs_lib_unavailable,
     "needs Xano's image service (metadata with dimensions)"},
    {"storage.sign_private_url", XS_BUILTIN_UNAVAILABLE, xs_lib_unavailable,
     "needs Xano's file service (signed URLs)"},
};

const xs_builtin_family xs_lib_storage = {"storage statements", NULL, 0, stmts,
                                          XS_COUNTOF(stmts)};
