/* crypto.c - symmetric encryption, JWS, JWE, keys, password hashes and
 * auth tokens over OpenSSL and libxcrypt. See crypto_int.h. */
#include "lib/crypto.h"
#include "lib/crypto_int.h"

#include <crypt.h>
#include <openssl/bio.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/rsa.h>

#include "base/alloc.h"
#include "lib/lib_int.h"
#include "value/json.h"

enum { MAX_TOKEN = 1 << 20 };

static xs_status fail(xs_call *c, const char *fmt, ...) XS_PRINTF(2, 3);

static xs_status fail(xs_call *c, const char *fmt, ...)
{
    if (!c)
        return XS_E_RUNTIME;
    xs_buf b;
    xs_buf_init(&b);
    va_list ap;
    va_start(ap, fmt);
    xs_buf_vaddf(&b, fmt, ap);
    va_end(ap);
    xs_status st = xs_lib_fail(c, "%s", xs_buf_cstr(&b));
    xs_buf_release(&b);
    return st;
}

/* ---- base64url ---- */

static void b64url_add(xs_buf *b, const unsigned char *p, size_t n)
{
    static const char tab[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    size_t i = 0;
    for (; i + 2 < n; i += 3) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8 | p[i + 2];
        xs_buf_addc(b, tab[v >> 18]);
        xs_buf_addc(b, tab[(v >> 12) & 63]);
        xs_buf_addc(b, tab[(v >> 6) & 63]);
        xs_buf_addc(b, tab[v & 63]);
    }
    if (n - i == 1) {
        uint32_t v = (uint32_t)p[i] << 16;
        xs_buf_addc(b, tab[v >> 18]);
        xs_buf_addc(b, tab[(v >> 12) & 63]);
    } else if (n - i == 2) {
        uint32_t v = (uint32_t)p[i] << 16 | (uint32_t)p[i + 1] << 8;
        xs_buf_addc(b, tab[v >> 18]);
        xs_buf_addc(b, tab[(v >> 12) & 63]);
        xs_buf_addc(b, tab[(v >> 6) & 63]);
    }
}

static int b64val(char ch)
{
    if (ch >= 'A' && ch <= 'Z')
        return ch - 'A';
    if (ch >= 'a' && ch <= 'z')
        return ch - 'a' + 26;
    if (ch >= '0' && ch <= '9')
        return ch - '0' + 52;
    if (ch == '-' || ch == '+')
        return 62;
    if (ch == '_' || ch == '/')
        return 63;
    return -1;
}

/* Decodes base64url (or base64; padding optional) into b; false when
 * malformed. */
static bool b64url_dec(xs_str s, xs_buf *b)
{
    while (s.len && s.ptr[s.len - 1] == '=')
        s.len--;
    uint32_t acc = 0;
    int bits = 0;
    for (size_t i = 0; i < s.len; i++) {
        int v = b64val(s.ptr[i]);
        if (v < 0)
            return false;
        acc = (acc << 6) | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            xs_buf_addc(b, (char)((acc >> bits) & 0xFF));
        }
    }
    return s.len % 4 != 1;
}

/* ---- symmetric encryption ---- */

static void fit(const xs_value v, unsigned char *out, size_t n)
{
    memset(out, 0, n);
    if (v.type == XS_TEXT)
        memcpy(out, xs_text_ptr(v), xs_text_len(v) < n ? xs_text_len(v) : n);
}

xs_status xs_crypto_encrypt(xs_call *c, xs_value data, xs_value alg, xs_value key, xs_value iv,
                            bool decrypt, xs_value *out)
{
    if (alg.type != XS_TEXT)
        return fail(c, "the algorithm must be a cipher name such as aes-256-cbc");
    if (key.type != XS_TEXT)
        return fail(c, "the key must be text");
    if (iv.type != XS_TEXT && iv.type != XS_NULL)
        return fail(c, "the iv must be text");
    if (data.type == XS_ARRAY || data.type == XS_OBJECT)
        return fail(c, "expected text to %s, got %s", decrypt ? "decrypt" : "encrypt",
                    xs_value_type_name(data));
    const EVP_CIPHER *ci = EVP_get_cipherbyname(xs_text_ptr(alg));
    if (!ci)
        return fail(c, "unknown cipher '%s'", xs_text_ptr(alg));
    unsigned long mode = EVP_CIPHER_get_mode(ci);
    if (mode == EVP_CIPH_GCM_MODE || mode == EVP_CIPH_CCM_MODE || mode == EVP_CIPH_OCB_MODE ||
        mode == EVP_CIPH_WRAP_MODE || (EVP_CIPHER_get_flags(ci) & EVP_CIPH_FLAG_AEAD_CIPHER))
        return fail(c, "cipher '%s' is authenticated; use jwe_encode for authenticated "
                       "encryption",
                    xs_text_ptr(alg));
    unsigned char k[EVP_MAX_KEY_LENGTH], v[EVP_MAX_IV_LENGTH];
    fit(key, k, (size_t)EVP_CIPHER_get_key_length(ci));
    fit(iv, v, (size_t)EVP_CIPHER_get_iv_length(ci));
    xs_value t = xs_lib_text_of(data);
    EVP_CIPHER_CTX *cx = EVP_CIPHER_CTX_new();
    if (!cx)
        xs_oom();
    size_t n = xs_text_len(t);
    unsigned char *buf = xs_malloc(n + (size_t)EVP_MAX_BLOCK_LENGTH + 1);
    int l1 = 0, l2 = 0;
    bool ok = n < INT32_MAX && EVP_CipherInit_ex(cx, ci, NULL, k, v, decrypt ? 0 : 1) == 1 &&
              EVP_CipherUpdate(cx, buf, &l1, (const unsigned char *)xs_text_ptr(t), (int)n) == 1 &&
              EVP_CipherFinal_ex(cx, buf + l1, &l2) == 1;
    EVP_CIPHER_CTX_free(cx);
    OPENSSL_cleanse(k, sizeof k);
    xs_release(t);
    if (!ok) {
        xs_free(buf);
        return fail(c, decrypt ? "cannot decrypt: wrong key, iv or data"
                               : "cannot encrypt with these parameters");
    }
    *out = xs_text_new((const char *)buf, (size_t)(l1 + l2));
    xs_free(buf);
    return XS_OK;
}

/* ---- keys ---- */

static BIGNUM *jwk_bn(xs_value jwk, const char *name)
{
    const xs_value *v = jwk.type == XS_OBJECT ? xs_object_get(jwk, xs_str_of(name)) : NULL;
    if (!v || v->type != XS_TEXT)
        return NULL;
    xs_buf b;
    xs_buf_init(&b);
    BIGNUM *bn = NULL;
    if (b64url_dec(xs_text_str(*v), &b) && b.len)
        bn = BN_bin2bn((const unsigned char *)b.ptr, (int)b.len, NULL);
    xs_buf_release(&b);
    return bn;
}

static const char *jwk_str(xs_value jwk, const char *name)
{
    const xs_value *v = xs_object_get(jwk, xs_str_of(name));
    return v && v->type == XS_TEXT ? xs_text_ptr(*v) : NULL;
}

static const char *curve_group(const char *crv, size_t *nbytes)
{
    if (crv && strcmp(crv, "P-256") == 0)
        return *nbytes = 32, "prime256v1";
    if (crv && strcmp(crv, "P-384") == 0)
        return *nbytes = 48, "secp384r1";
    if (crv && strcmp(crv, "P-521") == 0)
        return *nbytes = 66, "secp521r1";
    return NULL;
}

/* An RSA or EC key from a JWK object. */
static EVP_PKEY *jwk_pkey(xs_value jwk)
{
    const char *kty = jwk_str(jwk, "kty");
    if (!kty)
        return NULL;
    OSSL_PARAM_BLD *bld = OSSL_PARAM_BLD_new();
    BIGNUM *bns[8] = {0};
    int nb = 0;
    bool priv = false, ok = true;
    const char *type;
    unsigned char pub[1 + 2 * 66];
    if (strcmp(kty, "RSA") == 0) {
        type = "RSA";
        static const struct {
            const char *jwk, *param;
        } f[] = {{"n", OSSL_PKEY_PARAM_RSA_N},         {"e", OSSL_PKEY_PARAM_RSA_E},
                 {"d", OSSL_PKEY_PARAM_RSA_D},         {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
                 {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},   {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
                 {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
        for (size_t i = 0; i < XS_COUNTOF(f) && ok; i++) {
            BIGNUM *bn = jwk_bn(jwk, f[i].jwk);
            if (!bn) {
                if (i < 2)
                    ok = false;
                continue;
            }
            bns[nb++] = bn;
            if (i == 2)
                priv = true;
            OSSL_PARAM_BLD_push_BN(bld, f[i].param, bn);
        }
    } else if (strcmp(kty, "EC") == 0) {
        type = "EC";
        size_t n = 0;
        const char *group = curve_group(jwk_str(jwk, "crv"), &n);
        BIGNUM *x = jwk_bn(jwk, "x"), *y = jwk_bn(jwk, "y"), *d = jwk_bn(jwk, "d");
        bns[nb++] = x, bns[nb++] = y, bns[nb++] = d;
        ok = group && x && y && BN_num_bytes(x) <= (int)n && BN_num_bytes(y) <= (int)n;
        if (ok) {
            pub[0] = 4;
            BN_bn2binpad(x, pub + 1, (int)n);
            BN_bn2binpad(y, pub + 1 + n, (int)n);
            OSSL_PARAM_BLD_push_utf8_string(bld, OSSL_PKEY_PARAM_GROUP_NAME, group, 0);
            OSSL_PARAM_BLD_push_octet_string(bld, OSSL_PKEY_PARAM_PUB_KEY, pub, 1 + 2 * n);
            if (d) {
                OSSL_PARAM_BLD_push_BN(bld, OSSL_PKEY_PARAM_PRIV_KEY, d);
                priv = true;
            }
        }
    } else {
        ok = false;
        type = "";
    }
    EVP_PKEY *pkey = NULL;
    if (ok) {
        OSSL_PARAM *params = OSSL_PARAM_BLD_to_param(bld);
        EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new_from_name(NULL, type, NULL);
        if (!params || !pc || EVP_PKEY_fromdata_init(pc) != 1 ||
            EVP_PKEY_fromdata(pc, &pkey, priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY,
                              params) != 1)
            pkey = NULL;
        EVP_PKEY_CTX_free(pc);
        OSSL_PARAM_free(params);
    }
    for (int i = 0; i < nb; i++)
        BN_clear_free(bns[i]);
    OSSL_PARAM_BLD_free(bld);
    return pkey;
}

/* An asymmetric key from PEM text or a JWK; private when want_private. */
static EVP_PKEY *load_pkey(xs_value key, bool want_private)
{
    if (key.type == XS_OBJECT)
        return jwk_pkey(key);
    if (key.type != XS_TEXT || xs_text_len(key) > 65536)
        return NULL;
    BIO *bio = BIO_new_mem_buf(xs_text_ptr(key), (int)xs_text_len(key));
    if (!bio)
        xs_oom();
    EVP_PKEY *k = PEM_read_bio_PrivateKey(bio, NULL, NULL, (void *)"");
    if (!k && !want_private) {
        BIO_free(bio);
        bio = BIO_new_mem_buf(xs_text_ptr(key), (int)xs_text_len(key));
        k = PEM_read_bio_PUBKEY(bio, NULL, NULL, NULL);
    }
    BIO_free(bio);
    return k;
}

/* A shared secret: text bytes, or the k of an oct JWK. */
static bool secret_bytes(xs_value key, xs_buf *out)
{
    if (key.type == XS_TEXT) {
        xs_buf_add(out, xs_text_ptr(key), xs_text_len(key));
        return true;
    }
    if (key.type == XS_OBJECT) {
        const char *kty = jwk_str(key, "kty"), *k = jwk_str(key, "k");
        return kty && k && strcmp(kty, "oct") == 0 && b64url_dec(xs_str_of(k), out);
    }
    return false;
}

/* ---- JWS ---- */

typedef struct jws_alg {
    const char *name;
    char kind; /* 'H' HMAC, 'R' RSA PKCS#1 v1.5, 'P' RSA-PSS, 'E' ECDSA */
    int bits;
} jws_alg;

static const jws_alg jws_algs[] = {
    {"HS256", 'H', 256}, {"HS384", 'H', 384}, {"HS512", 'H', 512}, {"RS256", 'R', 256},
    {"RS384", 'R', 384}, {"RS512", 'R', 512}, {"PS256", 'P', 256}, {"PS384", 'P', 384},
    {"PS512", 'P', 512}, {"ES256", 'E', 256}, {"ES384", 'E', 384}, {"ES512", 'E', 512},
};

static const jws_alg *jws_alg_of(xs_value v)
{
    if (v.type != XS_TEXT)
        return NULL;
    for (size_t i = 0; i < XS_COUNTOF(jws_algs); i++)
        if (strcasecmp(jws_algs[i].name, xs_text_ptr(v)) == 0)
            return &jws_algs[i];
    return NULL;
}

static const EVP_MD *md_bits(int bits)
{
    return bits == 256 ? EVP_sha256() : bits == 384 ? EVP_sha384() : EVP_sha512();
}

static size_t ec_size(int bits)
{
    return bits == 256 ? 32 : bits == 384 ? 48 : 66;
}

static bool ec_curve_ok(EVP_PKEY *k, int bits)
{
    char name[64];
    size_t n = 0;
    if (EVP_PKEY_get_utf8_string_param(k, OSSL_PKEY_PARAM_GROUP_NAME, name, sizeof name, &n) != 1)
        return false;
    size_t want;
    const char *g = curve_group(bits == 256 ? "P-256" : bits == 384 ? "P-384" : "P-521", &want);
    return strcmp(name, g) == 0 || (bits == 256 && strcmp(name, "P-256") == 0) ||
           (bits == 384 && strcmp(name, "P-384") == 0) || (bits == 512 && strcmp(name, "P-521") == 0);
}

/* Signs data[0..n) into sig (raw JOSE form). */
static xs_status jws_sign(xs_call *c, const jws_alg *a, xs_value key, const char *data, size_t n,
                          xs_buf *sig)
{
    if (a->kind == 'H') {
        xs_buf k;
        xs_buf_init(&k);
        if (!secret_bytes(key, &k) || k.len == 0) {
            xs_buf_release(&k);
            return fail(c, "%s needs a non-empty secret key", a->name);
        }
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned ml = 0;
        HMAC(md_bits(a->bits), k.ptr, (int)k.len, (const unsigned char *)data, n, mac, &ml);
        OPENSSL_cleanse(k.ptr, k.len);
        xs_buf_release(&k);
        xs_buf_add(sig, mac, ml);
        return XS_OK;
    }
    EVP_PKEY *pk = load_pkey(key, true);
    if (!pk)
        return fail(c, "%s needs a private key (PEM text or a JWK object)", a->name);
    int id = EVP_PKEY_get_base_id(pk);
    if ((a->kind == 'E') != (id == EVP_PKEY_EC) || (a->kind != 'E' && id != EVP_PKEY_RSA) ||
        (a->kind == 'E' && !ec_curve_ok(pk, a->bits))) {
        EVP_PKEY_free(pk);
        return fail(c, "the key does not fit %s", a->name);
    }
    EVP_MD_CTX *mc = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pc = NULL;
    size_t sl = 0;
    unsigned char *der = NULL;
    bool ok = EVP_DigestSignInit(mc, &pc, md_bits(a->bits), NULL, pk) == 1;
    if (ok && a->kind == 'P')
        ok = EVP_PKEY_CTX_set_rsa_padding(pc, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(pc, RSA_PSS_SALTLEN_DIGEST) == 1;
    ok = ok && EVP_DigestSign(mc, NULL, &sl, (const unsigned char *)data, n) == 1;
    if (ok) {
        der = xs_malloc(sl);
        ok = EVP_DigestSign(mc, der, &sl, (const unsigned char *)data, n) == 1;
    }
    if (ok && a->kind == 'E') {
        const unsigned char *p = der;
        ECDSA_SIG *es = d2i_ECDSA_SIG(NULL, &p, (long)sl);
        ok = es != NULL;
        if (ok) {
            size_t sz = ec_size(a->bits);
            unsigned char raw[132];
            BN_bn2binpad(ECDSA_SIG_get0_r(es), raw, (int)sz);
            BN_bn2binpad(ECDSA_SIG_get0_s(es), raw + sz, (int)sz);
            xs_buf_add(sig, raw, 2 * sz);
            ECDSA_SIG_free(es);
        }
    } else if (ok) {
        xs_buf_add(sig, der, sl);
    }
    xs_free(der);
    EVP_MD_CTX_free(mc);
    EVP_PKEY_free(pk);
    return ok ? XS_OK : fail(c, "cannot sign with %s", a->name);
}

static bool jws_verify(const jws_alg *a, xs_value key, const char *data, size_t n,
                       const unsigned char *sig, size_t sl)
{
    if (a->kind == 'H') {
        xs_buf k;
        xs_buf_init(&k);
        bool ok = secret_bytes(key, &k) && k.len > 0;
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned ml = 0;
        if (ok)
            HMAC(md_bits(a->bits), k.ptr, (int)k.len, (const unsigned char *)data, n, mac, &ml);
        xs_buf_release(&k);
        return ok && ml == sl && CRYPTO_memcmp(mac, sig, sl) == 0;
    }
    EVP_PKEY *pk = load_pkey(key, false);
    if (!pk)
        return false;
    int id = EVP_PKEY_get_base_id(pk);
    bool ok = (a->kind == 'E') ? (id == EVP_PKEY_EC && ec_curve_ok(pk, a->bits)) : id == EVP_PKEY_RSA;
    unsigned char *der = NULL;
    int dl = 0;
    if (ok && a->kind == 'E') {
        size_t sz = ec_size(a->bits);
        ok = sl == 2 * sz;
        if (ok) {
            ECDSA_SIG *es = ECDSA_SIG_new();
            BIGNUM *r = BN_bin2bn(sig, (int)sz, NULL), *s = BN_bin2bn(sig + sz, (int)sz, NULL);
            ECDSA_SIG_set0(es, r, s);
            dl = i2d_ECDSA_SIG(es, &der);
            ECDSA_SIG_free(es);
            ok = dl > 0;
        }
    }
    EVP_MD_CTX *mc = EVP_MD_CTX_new();
    EVP_PKEY_CTX *pc = NULL;
    ok = ok && EVP_DigestVerifyInit(mc, &pc, md_bits(a->bits), NULL, pk) == 1;
    if (ok && a->kind == 'P')
        ok = EVP_PKEY_CTX_set_rsa_padding(pc, RSA_PKCS1_PSS_PADDING) == 1 &&
             EVP_PKEY_CTX_set_rsa_pss_saltlen(pc, RSA_PSS_SALTLEN_DIGEST) == 1;
    ok = ok && EVP_DigestVerify(mc, der ? der : sig, der ? (size_t)dl : sl,
                                (const unsigned char *)data, n) == 1;
    OPENSSL_free(der);
    EVP_MD_CTX_free(mc);
    EVP_PKEY_free(pk);
    return ok;
}

/* The protected header: the caller's headers, then alg (and enc). */
static xs_value make_header(xs_value headers, const char *alg, const char *enc)
{
    xs_value h = headers.type == XS_OBJECT ? xs_retain(headers) : xs_object_new(2);
    xs_object_set(&h, XS_STR("alg"), xs_text_cstr(alg));
    if (enc)
        xs_object_set(&h, XS_STR("enc"), xs_text_cstr(enc));
    return h;
}

/* The payload JSON: an object gets iat (unless set) and exp when ttl > 0. */
static xs_status payload_json(xs_call *c, xs_value payload, int64_t ttl_s, int64_t now_ms,
                              xs_buf *out)
{
    xs_value p = xs_retain(payload);
    if (p.type == XS_OBJECT) {
        int64_t now_s = now_ms / 1000;
        if (!xs_object_get(p, XS_STR("iat")))
            xs_object_set(&p, XS_STR("iat"), xs_int(now_s));
        if (ttl_s > 0)
            xs_object_set(&p, XS_STR("exp"), xs_int(now_s + ttl_s));
    }
    xs_status st = xs_json_encode(p, XS_JSON_COMPACT, out);
    xs_release(p);
    return st == XS_OK ? XS_OK : fail(c, "the payload is nested too deeply");
}

static void add_b64_json(xs_buf *b, xs_value v)
{
    xs_buf j;
    xs_buf_init(&j);
    xs_json_encode(v, XS_JSON_COMPACT, &j);
    b64url_add(b, (const unsigned char *)(j.ptr ? j.ptr : ""), j.len);
    xs_buf_release(&j);
}

xs_status xs_crypto_jws_encode(xs_call *c, xs_value payload, xs_value headers, xs_value key,
                               xs_value alg, int64_t ttl_s, int64_t now_ms, xs_value *out)
{
    const jws_alg *a = jws_alg_of(alg);
    if (!a)
        return fail(c, "unknown signature algorithm (HS256, RS256, PS256, ES256 and the 384, "
                       "512 forms)");
    if (headers.type != XS_NULL && headers.type != XS_OBJECT)
        return fail(c, "the headers must be an object");
    xs_buf body;
    xs_buf_init(&body);
    xs_status st = payload_json(c, payload, ttl_s, now_ms, &body);
    if (st != XS_OK) {
        xs_buf_release(&body);
        return st;
    }
    xs_value h = make_header(headers, a->name, NULL);
    xs_buf t;
    xs_buf_init(&t);
    add_b64_json(&t, h);
    xs_release(h);
    xs_buf_addc(&t, '.');
    b64url_add(&t, (const unsigned char *)body.ptr, body.len);
    xs_buf_release(&body);
    xs_buf sig;
    xs_buf_init(&sig);
    st = jws_sign(c, a, key, t.ptr, t.len, &sig);
    if (st == XS_OK) {
        xs_buf_addc(&t, '.');
        b64url_add(&t, (const unsigned char *)sig.ptr, sig.len);
        *out = xs_text_from_buf(&t);
    }
    xs_buf_release(&sig);
    xs_buf_release(&t);
    return st;
}

/* Splits a compact token into n parts; false when the count differs. */
static bool split_token(xs_str s, xs_str *parts, size_t n)
{
    size_t k = 0, start = 0;
    for (size_t i = 0; i <= s.len; i++) {
        if (i == s.len || s.ptr[i] == '.') {
            if (k == n)
                return false;
            parts[k++] = (xs_str){s.ptr + start, i - start};
            start = i + 1;
        }
    }
    return k == n;
}

static bool json_part(xs_str part, xs_value *out)
{
    xs_buf b;
    xs_buf_init(&b);
    bool ok = b64url_dec(part, &b);
    if (ok) {
        xs_diag d;
        xs_diag_init(&d);
        ok = xs_json_decode(b.ptr ? b.ptr : "", b.len, out, &d) == XS_OK;
        xs_diag_release(&d);
    }
    xs_buf_release(&b);
    return ok;
}

/* exp, nbf and the claims asked for. */
static xs_status check_payload(xs_call *c, xs_value p, xs_value check, int64_t drift_s,
                               int64_t now_ms)
{
    if (p.type != XS_OBJECT)
        return check.type == XS_OBJECT && xs_object_len(check) ? fail(c, "the token has no claims")
                                                              : XS_OK;
    int64_t now_s = now_ms / 1000;
    const xs_value *exp = xs_object_get(p, XS_STR("exp"));
    xs_value n;
    if (exp && xs_lib_to_num(*exp, &n) && xs_lib_dbl(n) + (double)drift_s <= (double)now_s)
        return fail(c, "the token has expired");
    const xs_value *nbf = xs_object_get(p, XS_STR("nbf"));
    if (nbf && xs_lib_to_num(*nbf, &n) && xs_lib_dbl(n) - (double)drift_s > (double)now_s)
        return fail(c, "the token is not valid yet");
    if (check.type == XS_OBJECT) {
        for (size_t i = 0; i < xs_object_len(check); i++) {
            const xs_value *got = xs_object_get(p, xs_object_key_at(check, i));
            if (!got || !xs_value_loose_equals(*got, xs_object_val_at(check, i)))
                return fail(c, "the claim '%.*s' does not match", (int)xs_object_key_at(check, i).len,
                            xs_object_key_at(check, i).ptr);
        }
    } else if (check.type != XS_NULL) {
        return fail(c, "check_claims must be an object");
    }
    return XS_OK;
}

xs_status xs_crypto_jws_decode(xs_call *c, xs_value token, xs_value key, xs_value alg,
                               xs_value check_claims, int64_t drift_s, int64_t now_ms,
                               xs_value *out)
{
    const jws_alg *a = jws_alg_of(alg);
    if (!a)
        return fail(c, "unknown signature algorithm");
    if (token.type != XS_TEXT || xs_text_len(token) > MAX_TOKEN)
        return fail(c, "the token must be text");
    xs_str parts[3];
    xs_value h = xs_null(), p = xs_null();
    if (!split_token(xs_text_str(token), parts, 3) || !json_part(parts[0], &h) ||
        h.type != XS_OBJECT) {
        xs_release(h);
        return fail(c, "not a JWS token");
    }
    const xs_value *halg = xs_object_get(h, XS_STR("alg"));
    bool same = halg && halg->type == XS_TEXT && strcmp(xs_text_ptr(*halg), a->name) == 0;
    xs_release(h);
    if (!same)
        return fail(c, "the token is not signed with %s", a->name);
    xs_buf sig;
    xs_buf_init(&sig);
    bool ok = b64url_dec(parts[2], &sig) &&
              jws_verify(a, key, parts[0].ptr, parts[0].len + 1 + parts[1].len,
                         (const unsigned char *)(sig.ptr ? sig.ptr : ""), sig.len);
    xs_buf_release(&sig);
    if (!ok)
        return fail(c, "the token signature is invalid");
    if (!json_part(parts[1], &p))
        return fail(c, "the token payload is not JSON");
    xs_status st = check_payload(c, p, check_claims, drift_s, now_ms);
    if (st != XS_OK) {
        xs_release(p);
        return st;
    }
    *out = p;
    return XS_OK;
}

/* ---- JWE ---- */

typedef struct jwe_enc {
    const char *name;
    bool gcm;
    size_t key_len; /* CEK bytes */
    int bits;
} jwe_enc;

static const jwe_enc jwe_encs[] = {
    {"A128GCM", true, 16, 128},          {"A192GCM", true, 24, 192},
    {"A256GCM", true, 32, 256},          {"A128CBC-HS256", false, 32, 256},
    {"A192CBC-HS384", false, 48, 384},   {"A256CBC-HS512", false, 64, 512},
};

static const jwe_enc *jwe_enc_of(xs_value v)
{
    if (v.type != XS_TEXT)
        return NULL;
    for (size_t i = 0; i < XS_COUNTOF(jwe_encs); i++)
        if (strcasecmp(jwe_encs[i].name, xs_text_ptr(v)) == 0)
            return &jwe_encs[i];
    return NULL;
}

static const char *const key_algs[] = {"dir", "A128KW", "A192KW", "A256KW", "RSA-OAEP",
                                       "RSA-OAEP-256"};

static int key_alg_of(xs_value v)
{
    if (v.type != XS_TEXT)
        return -1;
    for (size_t i = 0; i < XS_COUNTOF(key_algs); i++)
        if (strcasecmp(key_algs[i], xs_text_ptr(v)) == 0)
            return (int)i;
    return -1;
}

/* A symmetric key of exactly n bytes from key: as is when it has that
 * length, else the first n bytes of SHA-512 of it (n <= 64). */
static bool sym_key(xs_value key, size_t n, unsigned char *out)
{
    xs_buf k;
    xs_buf_init(&k);
    bool ok = secret_bytes(key, &k) && k.len > 0 && n <= 64;
    if (ok) {
        if (k.len == n) {
            memcpy(out, k.ptr, n);
        } else {
            unsigned char h[64];
            SHA512((const unsigned char *)k.ptr, k.len, h);
            memcpy(out, h, n);
            OPENSSL_cleanse(h, sizeof h);
        }
        OPENSSL_cleanse(k.ptr, k.len);
    }
    xs_buf_release(&k);
    return ok;
}

static const EVP_CIPHER *aes_cbc(size_t klen)
{
    return klen == 16 ? EVP_aes_128_cbc() : klen == 24 ? EVP_aes_192_cbc() : EVP_aes_256_cbc();
}

static const EVP_CIPHER *aes_gcm(size_t klen)
{
    return klen == 16 ? EVP_aes_128_gcm() : klen == 24 ? EVP_aes_192_gcm() : EVP_aes_256_gcm();
}

static const EVP_CIPHER *aes_wrap(size_t klen)
{
    return klen == 16 ? EVP_aes_128_wrap() : klen == 24 ? EVP_aes_192_wrap() : EVP_aes_256_wrap();
}

/* AES key wrap (RFC 3394) of in[0..n) under kek; out has n + 8 bytes. */
static bool kw(bool wrap, const unsigned char *kek, size_t klen, const unsigned char *in, size_t n,
               unsigned char *out, size_t *outl)
{
    EVP_CIPHER_CTX *cx = EVP_CIPHER_CTX_new();
    EVP_CIPHER_CTX_set_flags(cx, EVP_CIPHER_CTX_FLAG_WRAP_ALLOW);
    int l1 = 0, l2 = 0;
    bool ok = EVP_CipherInit_ex(cx, aes_wrap(klen), NULL, kek, NULL, wrap ? 1 : 0) == 1 &&
              EVP_CipherUpdate(cx, out, &l1, in, (int)n) == 1 &&
              EVP_CipherFinal_ex(cx, out + l1, &l2) == 1;
    EVP_CIPHER_CTX_free(cx);
    *outl = (size_t)(l1 + l2);
    return ok;
}

static bool rsa_oaep(bool enc, EVP_PKEY *pk, bool sha256, const unsigned char *in, size_t n,
                     xs_buf *out)
{
    EVP_PKEY_CTX *pc = EVP_PKEY_CTX_new(pk, NULL);
    size_t ol = 0;
    bool ok = pc && (enc ? EVP_PKEY_encrypt_init(pc) : EVP_PKEY_decrypt_init(pc)) == 1 &&
              EVP_PKEY_CTX_set_rsa_padding(pc, RSA_PKCS1_OAEP_PADDING) == 1 &&
              EVP_PKEY_CTX_set_rsa_oaep_md(pc, sha256 ? EVP_sha256() : EVP_sha1()) == 1 &&
              EVP_PKEY_CTX_set_rsa_mgf1_md(pc, sha256 ? EVP_sha256() : EVP_sha1()) == 1 &&
              (enc ? EVP_PKEY_encrypt(pc, NULL, &ol, in, n) : EVP_PKEY_decrypt(pc, NULL, &ol, in, n)) == 1;
    if (ok) {
        unsigned char *buf = xs_malloc(ol);
        ok = (enc ? EVP_PKEY_encrypt(pc, buf, &ol, in, n) : EVP_PKEY_decrypt(pc, buf, &ol, in, n)) == 1;
        if (ok)
            xs_buf_add(out, buf, ol);
        OPENSSL_cleanse(buf, ol);
        xs_free(buf);
    }
    EVP_PKEY_CTX_free(pc);
    return ok;
}

/* Content encryption: GCM, or AES-CBC with HMAC-SHA2 as RFC 7518 5.2. */
static bool content_crypt(bool enc, const jwe_enc *e, const unsigned char *cek,
                          const unsigned char *iv, xs_str aad, const unsigned char *in, size_t n,
                          unsigned char *tag, xs_buf *out)
{
    EVP_CIPHER_CTX *cx = EVP_CIPHER_CTX_new();
    unsigned char *buf = xs_malloc(n + 32);
    int l1 = 0, l2 = 0, al = 0;
    bool ok;
    if (e->gcm) {
        ok = EVP_CipherInit_ex(cx, aes_gcm(e->key_len), NULL, NULL, NULL, enc) == 1 &&
             EVP_CIPHER_CTX_ctrl(cx, EVP_CTRL_GCM_SET_IVLEN, 12, NULL) == 1 &&
             EVP_CipherInit_ex(cx, NULL, NULL, cek, iv, enc) == 1 &&
             EVP_CipherUpdate(cx, NULL, &al, (const unsigned char *)aad.ptr, (int)aad.len) == 1 &&
             EVP_CipherUpdate(cx, buf, &l1, in, (int)n) == 1;
        if (ok && !enc)
            ok = EVP_CIPHER_CTX_ctrl(cx, EVP_CTRL_GCM_SET_TAG, 16, tag) == 1;
        ok = ok && EVP_CipherFinal_ex(cx, buf + l1, &l2) == 1;
        if (ok && enc)
            ok = EVP_CIPHER_CTX_ctrl(cx, EVP_CTRL_GCM_GET_TAG, 16, tag) == 1;
    } else {
        size_t half = e->key_len / 2;
        const unsigned char *mac_key = cek, *enc_key = cek + half;
        /* the tag covers AAD || IV || ciphertext || AL (AAD bits, 64-bit BE) */
        unsigned char al_be[8];
        uint64_t bits = (uint64_t)aad.len * 8;
        for (int i = 0; i < 8; i++)
            al_be[i] = (unsigned char)(bits >> (56 - 8 * i));
        const unsigned char *ct = in;
        size_t ctl = n;
        if (enc) {
            ok = EVP_CipherInit_ex(cx, aes_cbc(half), NULL, enc_key, iv, 1) == 1 &&
                 EVP_CipherUpdate(cx, buf, &l1, in, (int)n) == 1 &&
                 EVP_CipherFinal_ex(cx, buf + l1, &l2) == 1;
            ct = buf;
            ctl = (size_t)(l1 + l2);
        } else {
            ok = true;
        }
        unsigned char mac[EVP_MAX_MD_SIZE];
        unsigned ml = 0;
        xs_buf m;
        xs_buf_init(&m);
        xs_buf_add(&m, aad.ptr, aad.len);
        xs_buf_add(&m, iv, 16);
        xs_buf_add(&m, ct, ctl);
        xs_buf_add(&m, al_be, 8);
        ok = ok && HMAC(md_bits(e->bits), mac_key, (int)half, (const unsigned char *)m.ptr, m.len,
                        mac, &ml) != NULL;
        xs_buf_release(&m);
        if (ok && enc)
            memcpy(tag, mac, half);
        else if (ok)
            ok = CRYPTO_memcmp(tag, mac, half) == 0;
        if (ok && !enc) {
            ok = EVP_CipherInit_ex(cx, aes_cbc(half), NULL, enc_key, iv, 0) == 1 &&
                 EVP_CipherUpdate(cx, buf, &l1, in, (int)n) == 1 &&
                 EVP_CipherFinal_ex(cx, buf + l1, &l2) == 1;
        }
    }
    if (ok)
        xs_buf_add(out, buf, (size_t)(l1 + l2));
    xs_free(buf);
    EVP_CIPHER_CTX_free(cx);
    return ok;
}

static size_t tag_len(const jwe_enc *e)
{
    return e->gcm ? 16 : e->key_len / 2;
}

xs_status xs_crypto_jwe_encode(xs_call *c, xs_value payload, xs_value headers, xs_value key,
                               xs_value key_alg, xs_value enc, int64_t ttl_s, int64_t now_ms,
                               xs_value *out)
{
    int ka = key_alg_of(key_alg);
    const jwe_enc *e = jwe_enc_of(enc);
    if (ka < 0)
        return fail(c, "unknown key algorithm (dir, A128KW, A192KW, A256KW, RSA-OAEP, "
                       "RSA-OAEP-256)");
    if (!e)
        return fail(c, "unknown content algorithm (A128GCM, A192GCM, A256GCM, A128CBC-HS256, "
                       "A192CBC-HS384, A256CBC-HS512)");
    if (headers.type != XS_NULL && headers.type != XS_OBJECT)
        return fail(c, "the headers must be an object");
    unsigned char cek[64], iv[16], tag[32];
    xs_buf ek;
    xs_buf_init(&ek);
    xs_status st = XS_OK;
    if (ka == 0) {
        if (!sym_key(key, e->key_len, cek))
            st = fail(c, "dir needs a secret key");
    } else {
        if (RAND_bytes(cek, (int)e->key_len) != 1)
            st = fail(c, "no random bytes");
        else if (ka <= 3) {
            unsigned char kek[32], wrapped[72];
            size_t klen = (size_t)(8 + 8 * ka), wl = 0;
            if (!sym_key(key, klen, kek) || !kw(true, kek, klen, cek, e->key_len, wrapped, &wl))
                st = fail(c, "cannot wrap the key with %s", key_algs[ka]);
            else
                xs_buf_add(&ek, wrapped, wl);
            OPENSSL_cleanse(kek, sizeof kek);
        } else {
            EVP_PKEY *pk = load_pkey(key, false);
            if (!pk || EVP_PKEY_get_base_id(pk) != EVP_PKEY_RSA ||
                !rsa_oaep(true, pk, ka == 5, cek, e->key_len, &ek))
                st = fail(c, "%s needs an RSA public key (PEM text or a JWK object)",
                          key_algs[ka]);
            EVP_PKEY_free(pk);
        }
    }
    size_t ivl = e->gcm ? 12 : 16;
    if (st == XS_OK && RAND_bytes(iv, (int)ivl) != 1)
        st = fail(c, "no random bytes");
    xs_buf body, t, ct;
    xs_buf_init(&body);
    xs_buf_init(&t);
    xs_buf_init(&ct);
    if (st == XS_OK)
        st = payload_json(c, payload, ttl_s, now_ms, &body);
    if (st == XS_OK) {
        xs_value h = make_header(headers, key_algs[ka], e->name);
        add_b64_json(&t, h);
        xs_release(h);
        xs_str aad = {t.ptr, t.len};
        if (!content_crypt(1, e, cek, iv, aad, (const unsigned char *)(body.ptr ? body.ptr : ""),
                           body.len, tag, &ct))
            st = fail(c, "cannot encrypt");
    }
    if (st == XS_OK) {
        xs_buf_addc(&t, '.');
        b64url_add(&t, (const unsigned char *)(ek.ptr ? ek.ptr : ""), ek.len);
        xs_buf_addc(&t, '.');
        b64url_add(&t, iv, ivl);
        xs_buf_addc(&t, '.');
        b64url_add(&t, (const unsigned char *)(ct.ptr ? ct.ptr : ""), ct.len);
        xs_buf_addc(&t, '.');
        b64url_add(&t, tag, tag_len(e));
        *out = xs_text_from_buf(&t);
    }
    OPENSSL_cleanse(cek, sizeof cek);
    xs_buf_release(&ek);
    xs_buf_release(&body);
    xs_buf_release(&t);
    xs_buf_release(&ct);
    return st;
}

xs_status xs_crypto_jwe_decode(xs_call *c, xs_value token, xs_value key, xs_value key_alg,
                               xs_value enc, xs_value check_claims, int64_t drift_s,
                               int64_t now_ms, xs_value *out)
{
    int ka = key_alg_of(key_alg);
    const jwe_enc *e = jwe_enc_of(enc);
    if (ka < 0 || !e)
        return fail(c, "unknown key or content algorithm");
    if (token.type != XS_TEXT || xs_text_len(token) > MAX_TOKEN)
        return fail(c, "the token must be text");
    xs_str parts[5];
    xs_value h = xs_null();
    if (!split_token(xs_text_str(token), parts, 5) || !json_part(parts[0], &h) ||
        h.type != XS_OBJECT) {
        xs_release(h);
        return fail(c, "not a JWE token");
    }
    const xs_value *halg = xs_object_get(h, XS_STR("alg"));
    const xs_value *henc = xs_object_get(h, XS_STR("enc"));
    bool same = halg && henc && halg->type == XS_TEXT && henc->type == XS_TEXT &&
                strcmp(xs_text_ptr(*halg), key_algs[ka]) == 0 &&
                strcmp(xs_text_ptr(*henc), e->name) == 0;
    xs_release(h);
    if (!same)
        return fail(c, "the token does not use %s with %s", key_algs[ka], e->name);
    xs_buf ek, iv, ct, tag, pt;
    xs_buf_init(&ek);
    xs_buf_init(&iv);
    xs_buf_init(&ct);
    xs_buf_init(&tag);
    xs_buf_init(&pt);
    unsigned char cek[64];
    bool ok = b64url_dec(parts[1], &ek) && b64url_dec(parts[2], &iv) &&
              b64url_dec(parts[3], &ct) && b64url_dec(parts[4], &tag) &&
              iv.len == (e->gcm ? 12u : 16u) && tag.len == tag_len(e);
    if (ok) {
        if (ka == 0) {
            ok = ek.len == 0 && sym_key(key, e->key_len, cek);
        } else if (ka <= 3) {
            unsigned char kek[32], un[80];
            size_t klen = (size_t)(8 + 8 * ka), ul = 0;
            ok = ek.len == e->key_len + 8 && sym_key(key, klen, kek) &&
                 kw(false, kek, klen, (const unsigned char *)ek.ptr, ek.len, un, &ul) &&
                 ul == e->key_len;
            if (ok)
                memcpy(cek, un, e->key_len);
            OPENSSL_cleanse(kek, sizeof kek);
            OPENSSL_cleanse(un, sizeof un);
        } else {
            EVP_PKEY *pk = load_pkey(key, true);
            xs_buf k;
            xs_buf_init(&k);
            ok = pk && EVP_PKEY_get_base_id(pk) == EVP_PKEY_RSA &&
                 rsa_oaep(false, pk, ka == 5, (const unsigned char *)ek.ptr, ek.len, &k) &&
                 k.len == e->key_len;
            if (ok)
                memcpy(cek, k.ptr, e->key_len);
            if (k.ptr)
                OPENSSL_cleanse(k.ptr, k.len);
            xs_buf_release(&k);
            EVP_PKEY_free(pk);
        }
    }
    ok = ok && content_crypt(0, e, cek, (const unsigned char *)iv.ptr, parts[0],
                             (const unsigned char *)(ct.ptr ? ct.ptr : ""), ct.len,
                             (unsigned char *)tag.ptr, &pt);
    OPENSSL_cleanse(cek, sizeof cek);
    xs_value p = xs_null();
    xs_status st = XS_OK;
    if (!ok) {
        st = fail(c, "cannot decrypt the token (wrong key or altered token)");
    } else {
        xs_diag d;
        xs_diag_init(&d);
        if (xs_json_decode(pt.ptr ? pt.ptr : "", pt.len, &p, &d) != XS_OK)
            st = fail(c, "the token payload is not JSON");
        xs_diag_release(&d);
    }
    if (st == XS_OK)
        st = check_payload(c, p, check_claims, drift_s, now_ms);
    if (st == XS_OK)
        *out = p;
    else
        xs_release(p);
    xs_buf_release(&ek);
    xs_buf_release(&iv);
    xs_buf_release(&ct);
    xs_buf_release(&tag);
    xs_buf_release(&pt);
    return st;
}

/* ---- passwords ---- */

xs_status xs_crypto_password_hash(xs_call *c, xs_str password, xs_value *out)
{
    char salt[CRYPT_GENSALT_OUTPUT_SIZE];
    unsigned char rnd[16];
    if (RAND_bytes(rnd, sizeof rnd) != 1 ||
        !crypt_gensalt_rn("$2y$", 10, (const char *)rnd, sizeof rnd, salt, sizeof salt))
        return fail(c, "cannot make a password salt");
    if (memchr(password.ptr, '\0', password.len))
        return fail(c, "a password cannot hold a NUL byte");
    char *pw = xs_malloc(password.len + 1);
    memcpy(pw, password.ptr, password.len);
    pw[password.len] = '\0';
    struct crypt_data *cd = xs_malloc(sizeof *cd);
    memset(cd, 0, sizeof *cd);
    const char *h = crypt_rn(pw, salt, cd, sizeof *cd);
    xs_status st = XS_OK;
    if (!h || h[0] == '*')
        st = fail(c, "cannot hash the password");
    else
        *out = xs_text_cstr(h);
    OPENSSL_cleanse(pw, password.len);
    OPENSSL_cleanse(cd, sizeof *cd);
    xs_free(pw);
    xs_free(cd);
    return st;
}

bool xs_crypto_password_verify(xs_str password, xs_str hash)
{
    if (hash.len == 0 || hash.len > 512 || hash.ptr[0] != '$' ||
        memchr(password.ptr, '\0', password.len) || memchr(hash.ptr, '\0', hash.len))
        return false;
    char *pw = xs_malloc(password.len + 1);
    memcpy(pw, password.ptr, password.len);
    pw[password.len] = '\0';
    char *hs = xs_malloc(hash.len + 1);
    memcpy(hs, hash.ptr, hash.len);
    hs[hash.len] = '\0';
    struct crypt_data *cd = xs_malloc(sizeof *cd);
    memset(cd, 0, sizeof *cd);
    const char *h = crypt_rn(pw, hs, cd, sizeof *cd);
    bool ok = h && h[0] != '*' && strlen(h) == hash.len && CRYPTO_memcmp(h, hs, hash.len) == 0;
    OPENSSL_cleanse(pw, password.len);
    OPENSSL_cleanse(cd, sizeof *cd);
    xs_free(pw);
    xs_free(hs);
    xs_free(cd);
    return ok;
}

bool xs_crypto_password_is_hash(xs_str s)
{
    static const char b64[] = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    const char *p = s.ptr;
    if (s.len != 60 || memcmp(p, "$2", 2) != 0 || (p[2] != 'y' && p[2] != 'b' && p[2] != 'a') ||
        p[3] != '$' || p[6] != '$')
        return false;
    if (p[4] < '0' || p[4] > '3' || p[5] < '0' || p[5] > '9')
        return false;
    int cost = (p[4] - '0') * 10 + (p[5] - '0');
    if (cost < 4 || cost > 31)
        return false;
    for (size_t i = 7; i < s.len; i++)
        if (!p[i] || !strchr(b64, p[i]))
            return false;
    return true;
}

/* ---- auth tokens ---- */

static xs_value auth_key(xs_str secret)
{
    unsigned char h[32];
    SHA256((const unsigned char *)secret.ptr, secret.len, h);
    xs_value k = xs_text_new((const char *)h, sizeof h);
    OPENSSL_cleanse(h, sizeof h);
    return k;
}

xs_status xs_crypto_auth_token(xs_call *c, xs_str secret, xs_value id, xs_value table,
                               xs_value extras, int64_t expiration_s, int64_t now_ms,
                               xs_value *out)
{
    if (secret.len < 16)
        return fail(c, "the auth secret must hold at least 16 characters");
    if (expiration_s <= 0)
        return fail(c, "expiration must be a positive number of seconds");
    xs_value p = xs_object_new(5);
    xs_object_set(&p, XS_STR("id"), xs_retain(id));
    xs_object_set(&p, XS_STR("table"), xs_retain(table));
    xs_object_set(&p, XS_STR("extras"), extras.type == XS_NULL ? xs_object_new(0)
                                                                : xs_retain(extras));
    xs_value k = auth_key(secret);
    xs_value ka = xs_text_cstr("A256KW"), enc = xs_text_cstr("A256CBC-HS512");
    xs_status st = xs_crypto_jwe_encode(c, p, xs_null(), k, ka, enc, expiration_s, now_ms, out);
    xs_release(p);
    xs_release(k);
    xs_release(ka);
    xs_release(enc);
    return st;
}

xs_status xs_crypto_auth_token_read(xs_call *c, xs_str secret, xs_str token, int64_t now_ms,
                                    xs_value *out)
{
    xs_value k = auth_key(secret);
    xs_value t = xs_text_from_str(token);
    xs_value ka = xs_text_cstr("A256KW"), enc = xs_text_cstr("A256CBC-HS512");
    xs_status st = xs_crypto_jwe_decode(c, t, k, ka, enc, xs_null(), 0, now_ms, out);
    xs_release(k);
    xs_release(t);
    xs_release(ka);
    xs_release(enc);
    return st;
}

xs_status xs_crypto_auth_token_verify(xs_str secret, xs_str token, int64_t now_ms,
                                      xs_value *claims)
{
    *claims = xs_null();
    xs_value out = xs_null();
    xs_status st = xs_crypto_auth_token_read(NULL, secret, token, now_ms, &out);
    if (st == XS_OK && out.type == XS_OBJECT)
        *claims = out;
    else {
        xs_release(out);
        st = XS_E_RUNTIME;
    }
    return st;
}

/* ---- new keys ---- */

static xs_value b64url_text(const unsigned char *p, size_t n)
{
    xs_buf b;
    xs_buf_init(&b);
    b64url_add(&b, p, n);
    xs_value t = xs_text_from_buf(&b);
    xs_buf_release(&b);
    return t;
}

static void jwk_put_bn(xs_value *o, const char *name, EVP_PKEY *k, const char *param, size_t pad)
{
    BIGNUM *bn = NULL;
    if (EVP_PKEY_get_bn_param(k, param, &bn) != 1 || !bn)
        return;
    size_t n = pad ? pad : (size_t)BN_num_bytes(bn);
    unsigned char *buf = xs_malloc(n ? n : 1);
    BN_bn2binpad(bn, buf, (int)n);
    xs_object_set(o, xs_str_of(name), b64url_text(buf, n));
    OPENSSL_cleanse(buf, n);
    xs_free(buf);
    BN_clear_free(bn);
}

static xs_status key_out(xs_call *c, EVP_PKEY *k, xs_value format, const char *crv, size_t csize,
                         xs_value *out)
{
    bool pem = format.type == XS_TEXT && strcasecmp(xs_text_ptr(format), "pem") == 0;
    if (!pem && format.type == XS_TEXT && strcasecmp(xs_text_ptr(format), "object") != 0)
        return fail(c, "format must be \"object\" or \"pem\"");
    if (pem) {
        BIO *bio = BIO_new(BIO_s_mem());
        if (!bio || PEM_write_bio_PrivateKey(bio, k, NULL, NULL, 0, NULL, NULL) != 1) {
            BIO_free(bio);
            return fail(c, "cannot write the key");
        }
        char *p = NULL;
        long n = BIO_get_mem_data(bio, &p);
        *out = xs_text_new(p, (size_t)n);
        BIO_free(bio);
        return XS_OK;
    }
    xs_value o = xs_object_new(10);
    if (crv) {
        xs_object_set(&o, XS_STR("kty"), xs_text_cstr("EC"));
        xs_object_set(&o, XS_STR("crv"), xs_text_cstr(crv));
        jwk_put_bn(&o, "x", k, OSSL_PKEY_PARAM_EC_PUB_X, csize);
        jwk_put_bn(&o, "y", k, OSSL_PKEY_PARAM_EC_PUB_Y, csize);
        jwk_put_bn(&o, "d", k, OSSL_PKEY_PARAM_PRIV_KEY, csize);
    } else {
        xs_object_set(&o, XS_STR("kty"), xs_text_cstr("RSA"));
        static const struct {
            const char *jwk, *param;
        } f[] = {{"n", OSSL_PKEY_PARAM_RSA_N},         {"e", OSSL_PKEY_PARAM_RSA_E},
                 {"d", OSSL_PKEY_PARAM_RSA_D},         {"p", OSSL_PKEY_PARAM_RSA_FACTOR1},
                 {"q", OSSL_PKEY_PARAM_RSA_FACTOR2},   {"dp", OSSL_PKEY_PARAM_RSA_EXPONENT1},
                 {"dq", OSSL_PKEY_PARAM_RSA_EXPONENT2}, {"qi", OSSL_PKEY_PARAM_RSA_COEFFICIENT1}};
        for (size_t i = 0; i < XS_COUNTOF(f); i++)
            jwk_put_bn(&o, f[i].jwk, k, f[i].param, 0);
    }
    *out = o;
    return XS_OK;
}

xs_status xs_crypto_new_secret_key(xs_call *c, int64_t bits, xs_value format, xs_value *out)
{
    if (bits < 64 || bits > 8192 || bits % 8)
        return fail(c, "bits must be a multiple of 8 between 64 and 8192");
    size_t n = (size_t)bits / 8;
    unsigned char buf[1024];
    if (RAND_bytes(buf, (int)n) != 1)
        return fail(c, "no random bytes");
    bool obj = format.type != XS_TEXT || strcasecmp(xs_text_ptr(format), "object") == 0;
    if (obj) {
        xs_value o = xs_object_new(2);
        xs_object_set(&o, XS_STR("kty"), xs_text_cstr("oct"));
        xs_object_set(&o, XS_STR("k"), b64url_text(buf, n));
        *out = o;
    } else {
        *out = b64url_text(buf, n);
    }
    OPENSSL_cleanse(buf, n);
    return XS_OK;
}

xs_status xs_crypto_new_rsa_key(xs_call *c, int64_t bits, xs_value format, xs_value *out)
{
    /* 4096 at most: a larger key takes a runner seconds to minutes to find */
    if (bits < 1024 || bits > 4096)
        return fail(c, "bits must be between 1024 and 4096");
    EVP_PKEY *k = EVP_RSA_gen((unsigned)bits);
    if (!k)
        return fail(c, "cannot make an RSA key");
    xs_status st = key_out(c, k, format, NULL, 0, out);
    EVP_PKEY_free(k);
    return st;
}

xs_status xs_crypto_new_curve_key(xs_call *c, xs_value curve, xs_value format, xs_value *out)
{
    size_t n = 0;
    const char *crv = curve.type == XS_NULL ? "P-256"
                      : curve.type == XS_TEXT ? xs_text_ptr(curve)
                                              : "";
    const char *group = curve_group(crv, &n);
    if (!group)
        return fail(c, "curve must be P-256, P-384 or P-521");
    EVP_PKEY *k = EVP_EC_gen(group);
    if (!k)
        return fail(c, "cannot make an EC key");
    xs_status st = key_out(c, k, format, crv, n, out);
    EVP_PKEY_free(k);
    return st;
}
