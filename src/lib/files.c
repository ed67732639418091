/* files.c - the in-memory file resource that zip.* and storage.* pass
 * around: an object {name, size, mime, data} whose data is the file's
 * bytes in base64 (RFC 4648, padded), so that a resource prints as JSON
 * and survives a round trip through a response or a database column. See
 * docs/language-decisions.md#file-resources. */
#include "lib/lib_int.h"

static const struct {
    const char *ext;
    const char *mime;
} mimes[] = {
    {"txt", "text/plain"},        {"csv", "text/csv"},
    {"html", "text/html"},        {"htm", "text/html"},
    {"css", "text/css"},          {"js", "text/javascript"},
    {"json", "application/json"}, {"jsonl", "application/jsonl"},
    {"xml", "application/xml"},   {"pdf", "application/pdf"},
    {"zip", "application/zip"},   {"png", "image/png"},
    {"jpg", "image/jpeg"},        {"jpeg", "image/jpeg"},
    {"gif", "image/gif"},         {"webp", "image/webp"},
    {"svg", "image/svg+xml"},     {"mp3", "audio/mpeg"},
    {"mp4", "video/mp4"},         {"md", "text/markdown"},
};

const char *xs_lib_file_mime(xs_str name)
{
    size_t dot = name.len;
    while (dot > 0 && name.ptr[dot - 1] != '.' && name.ptr[dot - 1] != '/')
        dot--;
    if (dot == 0 || name.ptr[dot - 1] != '.')
        return "application/octet-stream";
    xs_str ext = {name.ptr + dot, name.len - dot};
    for (size_t i = 0; i < XS_COUNTOF(mimes); i++)
        if (strlen(mimes[i].ext) == ext.len && strncasecmp(mimes[i].ext, ext.ptr, ext.len) == 0)
            return mimes[i].mime;
    return "application/octet-stream";
}

xs_status xs_lib_file_new(xs_call *c, xs_str name, xs_value bytes, xs_value *out)
{
    xs_value b64 = xs_retain(bytes);
    xs_status st = xs_lib_apply(c, "base64_encode", &b64, NULL, 0);
    if (st != XS_OK) {
        xs_release(b64);
        return st;
    }
    xs_value f = xs_object_new(4);
    xs_object_set(&f, XS_STR("name"), xs_text_from_str(name));
    xs_object_set(&f, XS_STR("size"), xs_int((int64_t)xs_text_len(bytes)));
    xs_object_set(&f, XS_STR("mime"), xs_text_cstr(xs_lib_file_mime(name)));
    xs_object_set(&f, XS_STR("data"), b64);
    *out = f;
    return XS_OK;
}

xs_status xs_lib_file_read(xs_call *c, xs_value file, const char *attr, xs_str *name,
                           xs_value *bytes)
{
    const xs_value *n = file.type == XS_OBJECT ? xs_object_get(file, XS_STR("name")) : NULL;
    const xs_value *d = file.type == XS_OBJECT ? xs_object_get(file, XS_STR("data")) : NULL;
    if (!n || !d || n->type != XS_TEXT || d->type != XS_TEXT)
        return xs_call_fail(c, "ERROR_CODE_INPUT_ERROR",
                            "%s: %s must be a file resource ({name, size, mime, data})",
                            xs_call_name(c), attr);
    xs_value v = xs_retain(*d);
    if (xs_lib_apply(c, "base64_decode", &v, NULL, 0) != XS_OK) {
        xs_release(v);
        return XS_E_RUNTIME;
    }
    *name = xs_text_str(*n);
    *bytes = v;
    return XS_OK;
}
