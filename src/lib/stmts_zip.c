/* stmts_zip.c - zip.* statements on in-memory file resources (files.c)
 * through libzip. create_archive gives an empty archive; add_to_archive
 * and delete_from_archive change the variable named by `zip`; view_contents
 * lists the entries; extract gives one file resource per file entry,
 * refusing absolute or `..` paths (zip slip) and more than
 * ZIP_EXTRACT_MAX bytes in all (zip bombs), counted as they are read. */
#include "lib/lib_int.h"

#include "base/alloc.h"

#include <time.h>
#include <zip.h>

enum {
    ZIP_EXTRACT_MAX = 64 << 20, /* bytes extracted per statement */
    ZIP_ENTRIES_MAX = 10000,    /* entries listed or extracted */
};

/* An archive with no entries: its end-of-central-directory record alone
 * (libzip writes nothing at all for one). */
static const char empty_zip[22] = {'P', 'K', 5, 6};

static xs_status zip_fail(xs_call *c, const char *what, zip_error_t *ze)
{
    xs_status st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: %s: %s", xs_call_name(c), what,
                                zip_error_strerror(ze));
    zip_error_fini(ze);
    return st;
}

/* Opens the archive held in bytes (borrowed, kept alive by the caller)
 * over a buffer source, which *srcp keeps after zip_close so that the
 * new archive can be read back. */
static xs_status zip_open_bytes(xs_call *c, xs_value bytes, xs_str password, zip_t **out,
                                zip_source_t **srcp)
{
    zip_error_t ze;
    zip_error_init(&ze);
    zip_source_t *src = zip_source_buffer_create(xs_text_ptr(bytes), xs_text_len(bytes), 0, &ze);
    if (!src)
        return zip_fail(c, "cannot read the archive", &ze);
    zip_t *za = zip_open_from_source(src, ZIP_CHECKCONS, &ze);
    if (!za) {
        zip_source_free(src);
        return zip_fail(c, "not a zip archive", &ze);
    }
    zip_error_fini(&ze);
    zip_source_keep(src);
    if (password.len) {
        char pw[256];
        snprintf(pw, sizeof pw, "%.*s", (int)password.len, password.ptr);
        zip_set_default_password(za, pw);
    }
    *out = za;
    *srcp = src;
    return XS_OK;
}

/* Closes za, writing the changes into its source, and reads the new
 * archive back into *bytes (ours). Frees za and src either way. */
static xs_status zip_finish(xs_call *c, zip_t *za, zip_source_t *src, xs_value *bytes)
{
    if (zip_close(za) != 0) {
        xs_status st = xs_call_fail(c, "ERROR_FATAL", "%s: cannot write the archive: %s",
                                    xs_call_name(c), zip_strerror(za));
        zip_discard(za);
        zip_source_free(src);
        return st;
    }
    zip_stat_t zs;
    xs_status st = XS_OK;
    if (zip_source_stat(src, &zs) != 0 || zip_source_open(src) != 0) {
        st = xs_call_fail(c, "ERROR_FATAL", "%s: cannot read the new archive", xs_call_name(c));
        goto out_free;
    }
    if (zs.size == 0) {
        *bytes = xs_text_new(empty_zip, sizeof empty_zip);
    } else {
        char *p;
        xs_value v = xs_text_alloc((size_t)zs.size, &p);
        if (zip_source_read(src, p, zs.size) != (zip_int64_t)zs.size) {
            xs_release(v);
            st = xs_call_fail(c, "ERROR_FATAL", "%s: cannot read the new archive", xs_call_name(c));
        } else {
            *bytes = v;
        }
    }
    zip_source_close(src);
out_free:
    zip_source_free(src);
    return st;
}

/* The text of attribute name, or "" (borrowed). */
static xs_str text_attr(xs_value attrs, const char *name)
{
    xs_value v = xs_lib_attr(attrs, name);
    return v.type == XS_TEXT ? xs_text_str(v) : (xs_str){"", 0};
}

/* The archive named by `zip` (bytes ours, name borrowed from attrs). */
static xs_status zip_attr(xs_call *c, xs_value attrs, xs_str *name, xs_value *bytes)
{
    return xs_lib_file_read(c, xs_lib_attr(attrs, "zip"), "zip", name, bytes);
}

/* Opens the archive of attribute `zip` with its password. */
static xs_status open_attr(xs_call *c, xs_value attrs, xs_str *name, xs_value *bytes, zip_t **za,
                           zip_source_t **src)
{
    xs_status st = zip_attr(c, attrs, name, bytes);
    if (st != XS_OK)
        return st;
    st = zip_open_bytes(c, *bytes, text_attr(attrs, "password"), za, src);
    if (st != XS_OK)
        xs_release(*bytes);
    return st;
}

/* Stores the new archive bytes as a file resource in the `zip` variable. */
static xs_status store_zip(xs_call *c, xs_str name, xs_value bytes)
{
    xs_value f;
    xs_status st = xs_lib_file_new(c, name, bytes, &f);
    xs_release(bytes);
    return st == XS_OK ? xs_call_set_attr_var(c, "zip", f) : st;
}

static xs_status s_create(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                          xs_value *result)
{
    (void)target;
    (void)arg;
    xs_str name = text_attr(attrs, "filename");
    if (!name.len)
        name = XS_STR("archive.zip");
    xs_value bytes = xs_text_new(empty_zip, sizeof empty_zip);
    xs_status st = xs_lib_file_new(c, name, bytes, result);
    xs_release(bytes);
    return st;
}

/* A password's encryption method: "standard" (or none said) is PKWARE's
 * traditional one, "aes" AES-256. */
static xs_status enc_method(xs_call *c, xs_str how, uint16_t *out)
{
    if (!how.len || xs_str_eq_cstr(how, "standard"))
        *out = ZIP_EM_TRAD_PKWARE;
    else if (xs_str_eq_cstr(how, "aes") || xs_str_eq_cstr(how, "aes256"))
        *out = ZIP_EM_AES_256;
    else
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "%s: unknown password_encryption '%.*s' (standard or aes)",
                            xs_call_name(c), (int)how.len, how.ptr);
    if (!zip_encryption_method_supported(*out, 1))
        return xs_call_fail(c, "ERROR_FATAL", "%s: this build cannot encrypt with '%.*s'",
                            xs_call_name(c), (int)how.len, how.ptr);
    return XS_OK;
}

static xs_status s_add(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                       xs_value *result)
{
    (void)target;
    (void)arg;
    (void)result;
    xs_str fname;
    xs_value data;
    xs_status st = xs_lib_file_read(c, xs_lib_attr(attrs, "file"), "file", &fname, &data);
    if (st != XS_OK)
        return st;
    xs_str entry = text_attr(attrs, "filename");
    if (!entry.len)
        entry = fname;
    xs_str pw = text_attr(attrs, "password");
    uint16_t method = ZIP_EM_NONE;
    xs_str zname;
    xs_value zbytes;
    zip_t *za;
    zip_source_t *zsrc;
    if (!entry.len)
        st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: the file has no name",
                          xs_call_name(c));
    else if (pw.len)
        st = enc_method(c, text_attr(attrs, "password_encryption"), &method);
    if (st == XS_OK)
        st = open_attr(c, attrs, &zname, &zbytes, &za, &zsrc);
    if (st != XS_OK)
        goto out_data;
    char *ename = xs_strndup(entry.ptr, entry.len);
    zip_source_t *fs = zip_source_buffer(za, xs_text_ptr(data), xs_text_len(data), 0);
    zip_int64_t ix = fs ? zip_file_add(za, ename, fs, ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) : -1;
    if (ix < 0) {
        if (fs)
            zip_source_free(fs);
        st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: cannot add '%s': %s", xs_call_name(c),
                          ename, zip_strerror(za));
    } else {
        zip_file_set_mtime(za, (zip_uint64_t)ix, (time_t)(xs_call_now_ms(c) / 1000), 0);
        if (method != ZIP_EM_NONE) {
            char pwz[256];
            snprintf(pwz, sizeof pwz, "%.*s", (int)pw.len, pw.ptr);
            if (zip_file_set_encryption(za, (zip_uint64_t)ix, method, pwz) != 0)
                st = xs_call_fail(c, "ERROR_FATAL", "%s: cannot encrypt '%s': %s",
                                  xs_call_name(c), ename, zip_strerror(za));
        }
    }
    xs_free(ename);
    if (st != XS_OK) {
        zip_discard(za);
        zip_source_free(zsrc);
        xs_release(zbytes);
        goto out_data;
    }
    xs_value nb = xs_null();
    st = zip_finish(c, za, zsrc, &nb);
    if (st == XS_OK) /* zname stays valid: attrs holds the old archive */
        st = store_zip(c, zname, nb);
    xs_release(zbytes);
out_data:
    xs_release(data);
    return st;
}

static xs_status s_delete(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                          xs_value *result)
{
    (void)target;
    (void)arg;
    (void)result;
    xs_value fv = xs_lib_attr(attrs, "filename");
    xs_str entry = text_attr(attrs, "filename");
    if (fv.type == XS_OBJECT) {
        const xs_value *n = xs_object_get(fv, XS_STR("name"));
        if (n && n->type == XS_TEXT)
            entry = xs_text_str(*n);
    }
    if (!entry.len)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: filename is empty", xs_call_name(c));
    xs_str zname;
    xs_value zbytes;
    zip_t *za;
    zip_source_t *zsrc;
    xs_status st = open_attr(c, attrs, &zname, &zbytes, &za, &zsrc);
    if (st != XS_OK)
        return st;
    char *ename = xs_strndup(entry.ptr, entry.len);
    zip_int64_t ix = zip_name_locate(za, ename, 0);
    if (ix < 0 || zip_delete(za, (zip_uint64_t)ix) != 0) {
        st = xs_call_fail(c, "ERROR_CODE_NOT_FOUND", "%s: no entry '%s' in the archive",
                          xs_call_name(c), ename);
        zip_discard(za);
        zip_source_free(zsrc);
    } else {
        xs_value nb = xs_null();
        st = zip_finish(c, za, zsrc, &nb);
        if (st == XS_OK)
            st = store_zip(c, zname, nb);
    }
    xs_free(ename);
    xs_release(zbytes);
    return st;
}

static xs_status s_view(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                        xs_value *result)
{
    (void)target;
    (void)arg;
    xs_str zname;
    xs_value zbytes;
    zip_t *za;
    zip_source_t *zsrc;
    xs_status st = open_attr(c, attrs, &zname, &zbytes, &za, &zsrc);
    if (st != XS_OK)
        return st;
    zip_int64_t n = zip_get_num_entries(za, 0);
    xs_value list = xs_array_new(n > 0 && n < ZIP_ENTRIES_MAX ? (size_t)n : 0);
    for (zip_int64_t i = 0; i < n && i < ZIP_ENTRIES_MAX; i++) {
        zip_stat_t zs;
        if (zip_stat_index(za, (zip_uint64_t)i, 0, &zs) != 0)
            continue;
        size_t nl = strlen(zs.name);
        xs_value e = xs_object_new(4);
        xs_object_set(&e, XS_STR("name"), xs_text_new(zs.name, nl));
        xs_object_set(&e, XS_STR("size"), xs_int((int64_t)zs.size));
        xs_object_set(&e, XS_STR("compressed_size"), xs_int((int64_t)zs.comp_size));
        xs_object_set(&e, XS_STR("directory"), xs_bool(nl && zs.name[nl - 1] == '/'));
        xs_array_push(&list, e);
    }
    zip_discard(za);
    zip_source_free(zsrc);
    xs_release(zbytes);
    *result = list;
    return XS_OK;
}

/* Whether an entry name may become a file: relative, no `..` step, no
 * drive letter or NUL. */
static bool safe_entry(const char *name)
{
    if (name[0] == '/' || name[0] == '\\' || (name[0] && name[1] == ':'))
        return false;
    const char *p = name;
    while (*p) {
        size_t n = strcspn(p, "/\\");
        if (n == 2 && p[0] == '.' && p[1] == '.')
            return false;
        p += n;
        if (*p)
            p++;
    }
    return true;
}

static xs_status s_extract(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                           xs_value *result)
{
    (void)target;
    (void)arg;
    xs_str zname;
    xs_value zbytes;
    zip_t *za;
    zip_source_t *zsrc;
    xs_status st = open_attr(c, attrs, &zname, &zbytes, &za, &zsrc);
    if (st != XS_OK)
        return st;
    zip_int64_t n = zip_get_num_entries(za, 0);
    xs_value list = xs_array_new(0);
    size_t total = 0;
    if (n > ZIP_ENTRIES_MAX)
        st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: more than %d entries",
                          xs_call_name(c), ZIP_ENTRIES_MAX);
    for (zip_int64_t i = 0; st == XS_OK && i < n; i++) {
        const char *name = zip_get_name(za, (zip_uint64_t)i, 0);
        size_t nl = name ? strlen(name) : 0;
        if (!nl || name[nl - 1] == '/') {
            if (name && !safe_entry(name))
                st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: unsafe entry path '%s'",
                                  xs_call_name(c), name);
            continue;
        }
        if (!safe_entry(name)) {
            st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: unsafe entry path '%s'",
                              xs_call_name(c), name);
            break;
        }
        zip_file_t *zf = zip_fopen_index(za, (zip_uint64_t)i, 0);
        if (!zf) {
            st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: cannot read '%s': %s",
                              xs_call_name(c), name, zip_strerror(za));
            break;
        }
        xs_buf b;
        xs_buf_init(&b);
        char chunk[16384];
        zip_int64_t got;
        while ((got = zip_fread(zf, chunk, sizeof chunk)) > 0) {
            total += (size_t)got;
            if (total > ZIP_EXTRACT_MAX)
                break;
            xs_buf_add(&b, chunk, (size_t)got);
        }
        if (got < 0)
            st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR", "%s: cannot read '%s': %s",
                              xs_call_name(c), name, zip_file_strerror(zf));
        else if (total > ZIP_EXTRACT_MAX)
            st = xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                              "%s: the archive holds more than %d bytes", xs_call_name(c),
                              ZIP_EXTRACT_MAX);
        zip_fclose(zf);
        if (st == XS_OK) {
            xs_value bytes = b.ptr ? xs_text_from_buf(&b) : xs_text_new("", 0);
            xs_value f;
            st = xs_lib_file_new(c, (xs_str){name, nl}, bytes, &f);
            xs_release(bytes);
            if (st == XS_OK)
                xs_array_push(&list, f);
        }
        xs_buf_release(&b);
    }
    zip_discard(za);
    zip_source_free(zsrc);
    xs_release(zbytes);
    if (st != XS_OK) {
        xs_release(list);
        return st;
    }
    *result = list;
    return XS_OK;
}

static const xs_stmt_def stmts[] = {
    {"zip.create_archive", XS_BUILTIN_PARTIAL, s_create,
     "an empty zip archive named filename, as a file resource (a password is given per entry "
     "to add_to_archive; one here is not kept)"},
    {"zip.add_to_archive", 0, s_add,
     "adds file to the archive in the variable zip (filename: the entry name, default the "
     "file's; password with password_encryption standard or aes encrypts it)"},
    {"zip.delete_from_archive", 0, s_delete,
     "removes the entry filename (a name or a file resource) from the archive in the "
     "variable zip"},
    {"zip.view_contents", 0, s_view,
     "the entries of the archive zip: [{name, size, compressed_size, directory}]"},
    {"zip.extract", 0, s_extract,
     "the files of the archive zip as file resources; refuses absolute or .. paths and more "
     "than 64 MiB"},
};

const xs_builtin_family xs_lib_zip = {"zip statements", NULL, 0, stmts, XS_COUNTOF(stmts)};
