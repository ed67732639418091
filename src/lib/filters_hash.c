/* filters_hash.c - digests, HMACs, base64, URL encoding and random ids
 * (OpenSSL for the digests and the random bytes). */
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

#include "base/alloc.h"
#include "lib/lib_int.h"

/* The piped value as text for hashing: scalars print; collections fail. */
static xs_status want_bytes(xs_call *c, xs_value *val)
{
    if (val->type == XS_ARRAY || val->type == XS_OBJECT)
        return xs_lib_type_fail(c, "text", *val);
    if (val->type != XS_TEXT)
        xs_lib_put(val, xs_lib_text_of(*val));
    return XS_OK;
}

static xs_value hex_of(const unsigned char *p, size_t n)
{
    static const char digits[] = "0123456789abcdef";
    char *out;
    xs_value t = xs_text_alloc(n * 2, &out);
    for (size_t i = 0; i < n; i++) {
        out[2 * i] = digits[p[i] >> 4];
        out[2 * i + 1] = digits[p[i] & 15];
    }
    return t;
}

static const EVP_MD *md_named(const char *name)
{
    if (strcmp(name, "md5") == 0)
        return EVP_md5();
    if (strcmp(name, "sha1") == 0)
        return EVP_sha1();
    if (strcmp(name, "sha256") == 0)
        return EVP_sha256();
    if (strcmp(name, "sha384") == 0)
        return EVP_sha384();
    return EVP_sha512();
}

/* digest:raw? - hex unless the argument is true (then the raw bytes). */
static xs_status digest(xs_call *c, xs_value *val, const xs_value *args, size_t nargs,
                        const char *alg)
{
    xs_status st = want_bytes(c, val);
    if (st != XS_OK)
        return st;
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    if (!EVP_Digest(xs_text_ptr(*val), xs_text_len(*val), md, &n, md_named(alg), NULL))
        return xs_lib_fail(c, "digest failed");
    bool raw = xs_value_truthy(xs_lib_arg(args, nargs, 0));
    xs_lib_put(val, raw ? xs_text_new((const char *)md, n) : hex_of(md, n));
    return XS_OK;
}

/* hmac_X:key:raw? */
static xs_status hmac(xs_call *c, xs_value *val, const xs_value *args, size_t nargs,
                      const char *alg)
{
    xs_status st = want_bytes(c, val);
    if (st != XS_OK)
        return st;
    if (args[0].type == XS_ARRAY || args[0].type == XS_OBJECT)
        return xs_lib_type_fail(c, "a text key", args[0]);
    xs_value key = xs_lib_text_of(args[0]);
    unsigned char md[EVP_MAX_MD_SIZE];
    unsigned n = 0;
    bool ok = HMAC(md_named(alg), xs_text_ptr(key), (int)xs_text_len(key),
                   (const unsigned char *)xs_text_ptr(*val), xs_text_len(*val), md, &n) != NULL;
    xs_release(key);
    if (!ok)
        return xs_lib_fail(c, "hmac failed");
    bool raw = xs_value_truthy(xs_lib_arg(args, nargs, 1));
    xs_lib_put(val, raw ? xs_text_new((const char *)md, n) : hex_of(md, n));
    return XS_OK;
}

#define DIGEST(fn, alg)                                                                            \
    static xs_status fn(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)             \
    {                                                                                              \
        return digest(c, val, args, nargs, alg);                                                   \
    }
#define HMAC_FILTER(fn, alg)                                                                       \
    static xs_status fn(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)             \
    {                                                                                              \
        return hmac(c, val, args, nargs, alg);                                                     \
    }

DIGEST(f_md5, "md5")
DIGEST(f_sha1, "sha1")
DIGEST(f_sha256, "sha256")
DIGEST(f_sha384, "sha384")
DIGEST(f_sha512, "sha512")
HMAC_FILTER(f_hmac_md5, "md5")
HMAC_FILTER(f_hmac_sha1, "sha1")
HMAC_FILTER(f_hmac_sha256, "sha256")
HMAC_FILTER(f_hmac_sha384, "sha384")
HMAC_FILTER(f_hmac_sha512, "sha512")

/* ---- base64 ---- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

static xs_status b64_encode(xs_call *c, xs_value *val, bool urlsafe)
{
    xs_status st = want_bytes(c, val);
    if (st != XS_OK)
        return st;
    const unsigned char *p = (const unsigned char *)xs_text_ptr(*val);
    size_t n = xs_text_len(*val);
    xs_buf b;
    xs_buf_init(&b);
    xs_buf_reserve(&b, (n + 2) / 3 * 4);
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;
        if (i + 1 < n)
            v |= (uint32_t)p[i + 1] << 8;
        if (i + 2 < n)
            v |= p[i + 2];
        char q[4] = {b64[v >> 18], b64[(v >> 12) & 63], b64[(v >> 6) & 63], b64[v & 63]};
        size_t keep = i + 2 < n ? 4 : i + 1 < n ? 3 : 2;
        for (size_t k = 0; k < keep; k++) {
            char ch = q[k];
            if (urlsafe && ch == '+')
                ch = '-';
            else if (urlsafe && ch == '/')
                ch = '_';
            xs_buf_addc(&b, ch);
        }
        if (!urlsafe)
            for (size_t k = keep; k < 4; k++)
                xs_buf_addc(&b, '=');
    }
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, t);
    return XS_OK;
}

static int b64_digit(char ch)
{
    if (ch >= 'A' && ch <= 'Z')
        return ch - 'A';
    if (ch >= 'a' && ch <= 'z')
        return ch - 'a' + 26;
    if (ch >= '0' && ch <= '9')
        return ch - '0' + 52;
    if (ch == '+' || ch == '-')
        return 62;
    if (ch == '/' || ch == '_')
        return 63;
    return -1;
}

static xs_status b64_decode(xs_call *c, xs_value *val)
{
    xs_status st = want_bytes(c, val);
    if (st != XS_OK)
        return st;
    xs_str s = xs_text_str(*val);
    xs_buf b;
    xs_buf_init(&b);
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < s.len; i++) {
        char ch = s.ptr[i];
        if (ch == '=' || ch == ' ' || ch == '\n' || ch == '\r' || ch == '\t')
            continue;
        int d = b64_digit(ch);
        if (d < 0) {
            xs_buf_release(&b);
            return xs_lib_fail(c, "invalid base64 character at offset %zu", i);
        }
        acc = (acc << 6) | (uint32_t)d;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            xs_buf_addc(&b, (char)((acc >> bits) & 0xff));
        }
    }
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, t);
    return XS_OK;
}

static xs_status f_b64_encode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return b64_encode(c, val, false);
}

static xs_status f_b64_encode_url(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return b64_encode(c, val, true);
}

static xs_status f_b64_decode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return b64_decode(c, val);
}

/* ---- URLs ---- */

/* Percent-encoding of every byte outside A-Za-z0-9-_.~ (RFC 3986; a space
 * is %20, see docs/language-decisions.md#url-encode). */
static xs_status url_encode(xs_call *c, xs_value *val)
{
    xs_status st = want_bytes(c, val);
    if (st != XS_OK)
        return st;
    xs_str s = xs_text_str(*val);
    xs_buf b;
    xs_buf_init(&b);
    for (size_t i = 0; i < s.len; i++) {
        unsigned char ch = (unsigned char)s.ptr[i];
        bool keep = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') ||
                    (ch >= '0' && ch <= '9') || ch == '-' || ch == '_' || ch == '.' || ch == '~';
        if (keep)
            xs_buf_addc(&b, (char)ch);
        else
            xs_buf_addf(&b, "%%%02X", ch);
    }
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, t);
    return XS_OK;
}

static int hexval(char ch)
{
    if (ch >= '0' && ch <= '9')
        return ch - '0';
    if (ch >= 'a' && ch <= 'f')
        return ch - 'a' + 10;
    if (ch >= 'A' && ch <= 'F')
        return ch - 'A' + 10;
    return -1;
}

static xs_status url_decode(xs_call *c, xs_value *val, bool rfc3986)
{
    xs_status st = want_bytes(c, val);
    if (st != XS_OK)
        return st;
    xs_str s = xs_text_str(*val);
    xs_buf b;
    xs_buf_init(&b);
    for (size_t i = 0; i < s.len; i++) {
        char ch = s.ptr[i];
        if (ch == '+' && !rfc3986) {
            xs_buf_addc(&b, ' ');
        } else if (ch == '%' && i + 2 < s.len + 0 && hexval(s.ptr[i + 1]) >= 0 &&
                   hexval(s.ptr[i + 2]) >= 0) {
            xs_buf_addc(&b, (char)(hexval(s.ptr[i + 1]) * 16 + hexval(s.ptr[i + 2])));
            i += 2;
        } else {
            xs_buf_addc(&b, ch);
        }
    }
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    xs_lib_put(val, t);
    return XS_OK;
}

static xs_status f_url_encode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return url_encode(c, val);
}

static xs_status f_url_encode_rfc(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return url_encode(c, val);
}

static xs_status f_url_decode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return url_decode(c, val, false);
}

static xs_status f_url_decode_rfc(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    return url_decode(c, val, true);
}

/* ---- hex and random ids ---- */

static xs_status f_bin2hex(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_status st = want_bytes(c, val);
    if (st != XS_OK)
        return st;
    xs_lib_put(val, hex_of((const unsigned char *)xs_text_ptr(*val), xs_text_len(*val)));
    return XS_OK;
}

static xs_status f_hex2bin(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)args;
    (void)nargs;
    xs_status st = want_bytes(c, val);
    if (st != XS_OK)
        return st;
    xs_str s = xs_text_str(*val);
    if (s.len % 2)
        return xs_lib_fail(c, "hexadecimal input must have an even length");
    char *out;
    xs_value t = xs_text_alloc(s.len / 2, &out);
    for (size_t i = 0; i < s.len; i += 2) {
        int hi = hexval(s.ptr[i]), lo = hexval(s.ptr[i + 1]);
        if (hi < 0 || lo < 0) {
            xs_release(t);
            return xs_lib_fail(c, "invalid hexadecimal digit at offset %zu", i);
        }
        out[i / 2] = (char)(hi * 16 + lo);
    }
    xs_lib_put(val, t);
    return XS_OK;
}

void xs_lib_random(void *p, size_t n)
{
    /* OpenSSL's CSPRNG does not fail once seeded from the kernel */
    if (RAND_bytes(p, (int)n) != 1)
        xs_assert_fail("RAND_bytes", __FILE__, __LINE__);
}

xs_value xs_lib_uuid4(void)
{
    unsigned char r[16];
    xs_lib_random(r, sizeof r);
    r[6] = (unsigned char)((r[6] & 0x0f) | 0x40);
    r[8] = (unsigned char)((r[8] & 0x3f) | 0x80);
    char s[37];
    snprintf(s, sizeof s, "%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-%02x%02x%02x%02x%02x%02x",
             r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10], r[11], r[12], r[13],
             r[14], r[15]);
    return xs_text_new(s, 36);
}

static xs_status f_uuid(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c;
    (void)args;
    (void)nargs;
    xs_lib_put(val, xs_lib_uuid4());
    return XS_OK;
}

static xs_status f_create_uid(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    (void)c;
    (void)args;
    (void)nargs;
    uint64_t u;
    xs_lib_random(&u, sizeof u);
    xs_lib_put(val, xs_int((int64_t)(u >> 1)));
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"md5", 0, 1, 0, f_md5, "MD5 digest in hex (raw bytes when the argument is true)"},
    {"sha1", 0, 1, 0, f_sha1, "SHA-1 digest in hex (raw when true)"},
    {"sha256", 0, 1, 0, f_sha256, "SHA-256 digest in hex (raw when true)"},
    {"sha384", 0, 1, 0, f_sha384, "SHA-384 digest in hex (raw when true)"},
    {"sha512", 0, 1, 0, f_sha512, "SHA-512 digest in hex (raw when true)"},
    {"hmac_md5", 1, 2, 0, f_hmac_md5, "HMAC-MD5 with the key: hmac_md5:key:raw"},
    {"hmac_sha1", 1, 2, 0, f_hmac_sha1, "HMAC-SHA1 with the key"},
    {"hmac_sha256", 1, 2, 0, f_hmac_sha256, "HMAC-SHA256 with the key, in hex (raw when true)"},
    {"hmac_sha384", 1, 2, 0, f_hmac_sha384, "HMAC-SHA384 with the key"},
    {"hmac_sha512", 1, 2, 0, f_hmac_sha512, "HMAC-SHA512 with the key"},
    {"base64_encode", 0, 0, 0, f_b64_encode, "base64 of the text (RFC 4648, padded)"},
    {"base64_decode", 0, 0, 0, f_b64_decode, "the bytes of a base64 text"},
    {"base64_encode_urlsafe", 0, 0, 0, f_b64_encode_url, "URL-safe base64 (- and _, unpadded)"},
    {"base64_decode_urlsafe", 0, 0, 0, f_b64_decode, "the bytes of a URL-safe base64 text"},
    {"url_encode", 0, 0, 0, f_url_encode,
     "percent-encodes all but A-Za-z0-9-_.~ (space as %20, as Xano's examples show)"},
    {"url_decode", 0, 0, 0, f_url_decode, "%XX decoded, + read as a space"},
    {"url_encode_rfc3986", 0, 0, 0, f_url_encode_rfc, "RFC 3986 encoding (same as url_encode)"},
    {"url_decode_rfc3986", 0, 0, 0, f_url_decode_rfc, "RFC 3986 decoding: + stays +"},
    {"bin2hex", 0, 0, 0, f_bin2hex, "the bytes of the text in hex"},
    {"hex2bin", 0, 0, 0, f_hex2bin, "the bytes written in hex"},
    {"uuid", 0, 0, 0, f_uuid, "a new random UUID (version 4); the value is ignored"},
    {"create_uid", 0, 0, XS_BUILTIN_PARTIAL, f_create_uid,
     "a new random positive 63-bit integer id; the value is ignored"},
};

const xs_builtin_family xs_lib_hash = {"security", filters, XS_COUNTOF(filters), NULL, 0};
