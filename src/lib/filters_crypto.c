/* filters_crypto.c - the encryption and token filters: encrypt / decrypt
 * (PHP openssl_encrypt), jws_* and jwe_* (compact JOSE) and secureid_*
 * (ids made opaque and tamper-evident). The digests and HMACs live in the
 * hash family. */
#include <openssl/crypto.h>
#include <openssl/hmac.h>

#include "lib/crypto_int.h"
#include "lib/lib_ext.h"
#include "lib/lib_int.h"

static xs_status f_encrypt(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value out;
    xs_status st = xs_crypto_encrypt(c, *val, args[0], args[1], xs_lib_arg(args, nargs, 2), false,
                                     &out);
    if (st == XS_OK)
        xs_lib_put(val, out);
    return st;
}

static xs_status f_decrypt(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_value out;
    xs_status st = xs_crypto_encrypt(c, *val, args[0], args[1], xs_lib_arg(args, nargs, 2), true,
                                     &out);
    if (st == XS_OK)
        xs_lib_put(val, out);
    return st;
}

/* An optional whole number of seconds (ttl, timeDrift). */
static xs_status secs_arg(xs_call *c, xs_value v, int64_t *out)
{
    *out = 0;
    if (v.type == XS_NULL)
        return XS_OK;
    return xs_lib_int_arg(c, v, out);
}

/* value|jws_encode:headers:key:algorithm:ttl */
static xs_status f_jws_encode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t ttl;
    xs_value out;
    xs_status st = secs_arg(c, xs_lib_arg(args, nargs, 3), &ttl);
    if (st == XS_OK)
        st = xs_crypto_jws_encode(c, *val, args[0], args[1], args[2], ttl, xs_call_now_ms(c),
                                  &out);
    if (st == XS_OK)
        xs_lib_put(val, out);
    return st;
}

/* token|jws_decode:check_claims:key:algorithm:timeDrift */
static xs_status f_jws_decode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t drift;
    xs_value out;
    xs_status st = secs_arg(c, xs_lib_arg(args, nargs, 3), &drift);
    if (st == XS_OK)
        st = xs_crypto_jws_decode(c, *val, args[1], args[2], args[0], drift, xs_call_now_ms(c),
                                  &out);
    if (st == XS_OK)
        xs_lib_put(val, out);
    return st;
}

/* value|jwe_encode:headers:key:key_algorithm:content_algorithm:ttl */
static xs_status f_jwe_encode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t ttl;
    xs_value out;
    xs_status st = secs_arg(c, xs_lib_arg(args, nargs, 4), &ttl);
    if (st == XS_OK)
        st = xs_crypto_jwe_encode(c, *val, args[0], args[1], args[2], args[3], ttl,
                                  xs_call_now_ms(c), &out);
    if (st == XS_OK)
        xs_lib_put(val, out);
    return st;
}

/* token|jwe_decode:check_claims:key:key_algorithm:content_algorithm:timeDrift */
static xs_status f_jwe_decode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    int64_t drift;
    xs_value out;
    xs_status st = secs_arg(c, xs_lib_arg(args, nargs, 4), &drift);
    if (st == XS_OK)
        st = xs_crypto_jwe_decode(c, *val, args[1], args[2], args[3], args[0], drift,
                                  xs_call_now_ms(c), &out);
    if (st == XS_OK)
        xs_lib_put(val, out);
    return st;
}

/* ---- secure ids ---- */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

static void b64_add(xs_buf *b, const unsigned char *p, size_t n)
{
    for (size_t i = 0; i < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16;
        if (i + 1 < n)
            v |= (uint32_t)p[i + 1] << 8;
        if (i + 2 < n)
            v |= p[i + 2];
        xs_buf_addc(b, b64[v >> 18]);
        xs_buf_addc(b, b64[(v >> 12) & 63]);
        if (i + 1 < n)
            xs_buf_addc(b, b64[(v >> 6) & 63]);
        if (i + 2 < n)
            xs_buf_addc(b, b64[v & 63]);
    }
}

static size_t b64_dec(xs_str s, unsigned char *out, size_t cap)
{
    uint32_t acc = 0;
    int bits = 0;
    size_t n = 0;
    for (size_t i = 0; i < s.len; i++) {
        const char *p = memchr(b64, s.ptr[i], 64);
        if (!p || n >= cap)
            return (size_t)-1;
        acc = (acc << 6) | (uint32_t)(p - b64);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[n++] = (unsigned char)(acc >> bits);
        }
    }
    return n;
}

/* HMAC-SHA256 of msg under the salt, with a label keeping uses apart. */
static void mac(xs_str salt, const char *label, const unsigned char *msg, size_t n,
                unsigned char out[32])
{
    unsigned char buf[64];
    size_t ll = strlen(label);
    memcpy(buf, label, ll);
    if (n)
        memcpy(buf + ll, msg, n);
    unsigned ol = 32;
    HMAC(EVP_sha256(), salt.len ? salt.ptr : "", (int)salt.len, buf, ll + n, out, &ol);
}

static xs_status salt_arg(xs_call *c, xs_value v, xs_str *out)
{
    if (v.type != XS_TEXT || xs_text_len(v) == 0)
        return xs_lib_fail(c, "the salt must be a non-empty text");
    *out = xs_text_str(v);
    return XS_OK;
}

/* id|secureid_encode:salt - "<id>.<check>": the id's bytes masked with a
 * key drawn from the salt, then 8 bytes of an HMAC over them; both
 * base64url. Not Xano's format (undocumented), but the same shape. */
static xs_status f_secureid_encode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_str salt;
    int64_t id;
    xs_status st = salt_arg(c, xs_lib_arg(args, nargs, 0), &salt);
    if (st != XS_OK)
        return st;
    if (val->type != XS_INT && val->type != XS_TEXT && val->type != XS_DEC)
        return xs_lib_type_fail(c, "an integer id", *val);
    st = xs_lib_int_arg(c, *val, &id);
    if (st != XS_OK)
        return st;
    unsigned char raw[8], key[32], check[32];
    size_t n = 0;
    for (int i = 7; i >= 0; i--) {
        unsigned char byte = (unsigned char)((uint64_t)id >> (8 * i));
        if (n == 0 && byte == 0 && i > 0)
            continue;
        raw[n++] = byte;
    }
    mac(salt, "secureid:mask", NULL, 0, key);
    for (size_t i = 0; i < n; i++)
        raw[i] ^= key[i];
    mac(salt, "secureid:check", raw, n, check);
    xs_buf b;
    xs_buf_init(&b);
    b64_add(&b, raw, n);
    xs_buf_addc(&b, '.');
    b64_add(&b, check, 8);
    xs_lib_put(val, xs_text_from_buf(&b));
    xs_buf_release(&b);
    return XS_OK;
}

static xs_status f_secureid_decode(xs_call *c, xs_value *val, const xs_value *args, size_t nargs)
{
    xs_str salt;
    xs_status st = salt_arg(c, xs_lib_arg(args, nargs, 0), &salt);
    if (st != XS_OK)
        return st;
    if (val->type != XS_TEXT)
        return xs_lib_type_fail(c, "a secure id text", *val);
    xs_str s = xs_text_str(*val);
    const char *dot = memchr(s.ptr, '.', s.len);
    unsigned char raw[16], got[16], key[32], check[32];
    size_t n = dot ? b64_dec((xs_str){s.ptr, (size_t)(dot - s.ptr)}, raw, sizeof raw) : 0;
    size_t cn = dot ? b64_dec((xs_str){dot + 1, s.len - (size_t)(dot - s.ptr) - 1}, got,
                              sizeof got)
                    : 0;
    if (!dot || n == 0 || n > 8 || cn != 8)
        return xs_lib_fail(c, "not a secure id");
    mac(salt, "secureid:check", raw, n, check);
    if (CRYPTO_memcmp(check, got, 8) != 0)
        return xs_lib_fail(c, "the secure id does not match the salt");
    mac(salt, "secureid:mask", NULL, 0, key);
    uint64_t id = 0;
    for (size_t i = 0; i < n; i++)
        id = (id << 8) | (unsigned char)(raw[i] ^ key[i]);
    xs_lib_put(val, xs_int((int64_t)id));
    return XS_OK;
}

static const xs_filter_def filters[] = {
    {"encrypt", 2, 3, 0, f_encrypt,
     "the value encrypted, as raw bytes: encrypt:\"aes-256-cbc\":key:iv (PHP openssl_encrypt)"},
    {"decrypt", 2, 3, 0, f_decrypt, "raw encrypted bytes decrypted: decrypt:algorithm:key:iv"},
    {"jws_encode", 3, 4, 0, f_jws_encode,
     "the value as a signed JWS token: jws_encode:headers:key:algorithm:ttl (HS/RS/PS/ES 256, "
     "384, 512)"},
    {"jws_decode", 3, 4, 0, f_jws_decode,
     "the payload of a JWS token after checking it: jws_decode:check_claims:key:algorithm:drift"},
    {"jwe_encode", 4, 5, 0, f_jwe_encode,
     "the value as an encrypted JWE token: jwe_encode:headers:key:key_algorithm:"
     "content_algorithm:ttl"},
    {"jwe_decode", 4, 5, 0, f_jwe_decode,
     "the payload of a JWE token: jwe_decode:check_claims:key:key_algorithm:content_algorithm:"
     "drift"},
    {"secureid_encode", 1, 1, XS_BUILTIN_PARTIAL, f_secureid_encode,
     "an integer id as an opaque, tamper-evident text under a salt (not Xano's byte format)"},
    {"secureid_decode", 1, 1, XS_BUILTIN_PARTIAL, f_secureid_decode,
     "the integer id of a secureid_encode text; fails when altered or under another salt"},
};

const xs_builtin_family xs_lib_crypto = {"crypto", filters, XS_COUNTOF(filters), NULL, 0};
