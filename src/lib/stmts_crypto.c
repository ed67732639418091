/* stmts_crypto.c - the security statements that need real cryptography:
 * passwords (generate, check), auth tokens, new keys, encrypt / decrypt
 * and the JWS / JWE statements. */
#include <openssl/rand.h>

#include "lib/crypto_int.h"
#include "lib/lib_ext.h"
#include "base/alloc.h"
#include "lib/lib_int.h"

/* The environment variable holding the secret of auth tokens. */
#define AUTH_SECRET_ENV "XSFLOW_AUTH_SECRET"

static xs_value A(xs_value attrs, const char *name)
{
    return xs_lib_attr(attrs, name);
}

static xs_status secs_attr(xs_call *c, xs_value attrs, const char *name, int64_t *out)
{
    xs_value v = A(attrs, name);
    *out = 0;
    return v.type == XS_NULL ? XS_OK : xs_lib_int_arg(c, v, out);
}

/* A uniform index below n from the OpenSSL generator. */
static bool rand_below(uint32_t n, uint32_t *out)
{
    uint32_t limit = UINT32_MAX - UINT32_MAX % n, r;
    do {
        if (RAND_bytes((unsigned char *)&r, sizeof r) != 1)
            return false;
    } while (r >= limit);
    *out = r % n;
    return true;
}

/* security.create_password { character_count require_lowercase
 * require_uppercase require_digit require_symbol symbol_whitelist } - a
 * new random password holding one of each required class. */
static xs_status s_create_password(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                   xs_value *result)
{
    (void)target, (void)arg;
    int64_t n = 12;
    xs_value cnt = A(attrs, "character_count");
    if (cnt.type != XS_NULL && xs_lib_int_arg(c, cnt, &n) != XS_OK)
        return XS_E_RUNTIME;
    if (n < 1 || n > 1024)
        return xs_lib_fail(c, "character_count must be between 1 and 1024");
    static const char lower[] = "abcdefghijklmnopqrstuvwxyz", upper[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                      digits[] = "0123456789", symbols[] = "!@#$%^&*()-_=+[]{};:,.<>?/~";
    xs_value wl = A(attrs, "symbol_whitelist");
    const char *sym = wl.type == XS_TEXT && xs_text_len(wl) ? xs_text_ptr(wl) : symbols;
    const char *classes[4];
    size_t nc = 0;
    bool any = false;
    const char *names[] = {"require_lowercase", "require_uppercase", "require_digit",
                           "require_symbol"};
    const char *sets[] = {lower, upper, digits, sym};
    for (size_t i = 0; i < 4; i++) {
        if (xs_value_truthy(A(attrs, names[i]))) {
            classes[nc++] = sets[i];
            any = true;
        }
    }
    if (!any) {
        classes[nc++] = lower, classes[nc++] = upper, classes[nc++] = digits;
    }
    if ((int64_t)nc > n)
        return xs_lib_fail(c, "character_count is smaller than the classes required");
    xs_buf all;
    xs_buf_init(&all);
    for (size_t i = 0; i < nc; i++)
        xs_buf_adds(&all, classes[i]);
    char *pw = xs_malloc((size_t)n + 1);
    bool ok = true;
    for (int64_t i = 0; i < n && ok; i++) {
        const char *set = (size_t)i < nc ? classes[i] : xs_buf_cstr(&all);
        uint32_t k = 0;
        ok = rand_below((uint32_t)strlen(set), &k);
        pw[i] = set[k];
    }
    /* shuffle so the required classes are not always first */
    for (int64_t i = n - 1; i > 0 && ok; i--) {
        uint32_t j = 0;
        ok = rand_below((uint32_t)i + 1, &j);
        char t = pw[i];
        pw[i] = pw[j];
        pw[j] = t;
    }
    xs_buf_release(&all);
    if (ok)
        *result = xs_text_new(pw, (size_t)n);
    xs_free(pw);
    return ok ? XS_OK : xs_lib_fail(c, "no random bytes");
}

/* security.check_password { text_password hash_password } */
static xs_status s_check_password(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                  xs_value *result)
{
    (void)c, (void)target, (void)arg;
    xs_value pw = A(attrs, "text_password"), hash = A(attrs, "hash_password");
    bool ok = pw.type == XS_TEXT && hash.type == XS_TEXT &&
              xs_crypto_password_verify(xs_text_str(pw), xs_text_str(hash));
    *result = xs_bool(ok);
    return XS_OK;
}

/* security.create_auth_token { table extras expiration id } */
static xs_status s_create_auth_token(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                     xs_value *result)
{
    (void)target, (void)arg;
    const xs_value *secret = xs_call_env(c, XS_STR(AUTH_SECRET_ENV));
    if (!secret || secret->type != XS_TEXT)
        return xs_lib_fail(c, "set %s (in xsflow.json \"env\" or the environment) to sign auth "
                              "tokens",
                           AUTH_SECRET_ENV);
    int64_t exp = 86400;
    xs_value e = A(attrs, "expiration");
    if (e.type != XS_NULL && xs_lib_int_arg(c, e, &exp) != XS_OK)
        return XS_E_RUNTIME;
    xs_value table = A(attrs, "table");
    if (table.type == XS_NULL)
        table = A(attrs, "dbtable");
    return xs_crypto_auth_token(c, xs_text_str(*secret), A(attrs, "id"), table, A(attrs, "extras"),
                                exp, xs_call_now_ms(c), result);
}

static xs_status s_create_secret_key(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                     xs_value *result)
{
    (void)target, (void)arg;
    int64_t bits = 256;
    xs_value b = A(attrs, "bits");
    if (b.type != XS_NULL && xs_lib_int_arg(c, b, &bits) != XS_OK)
        return XS_E_RUNTIME;
    return xs_crypto_new_secret_key(c, bits, A(attrs, "format"), result);
}

static xs_status s_create_rsa_key(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                  xs_value *result)
{
    (void)target, (void)arg;
    int64_t bits = 2048;
    xs_value b = A(attrs, "bits");
    if (b.type != XS_NULL && xs_lib_int_arg(c, b, &bits) != XS_OK)
        return XS_E_RUNTIME;
    return xs_crypto_new_rsa_key(c, bits, A(attrs, "format"), result);
}

static xs_status s_create_curve_key(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                                    xs_value *result)
{
    (void)target, (void)arg;
    return xs_crypto_new_curve_key(c, A(attrs, "curve"), A(attrs, "format"), result);
}

static xs_status s_encrypt(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                           xs_value *result)
{
    (void)target, (void)arg;
    return xs_crypto_encrypt(c, A(attrs, "data"), A(attrs, "algorithm"), A(attrs, "key"),
                             A(attrs, "iv"), false, result);
}

static xs_status s_decrypt(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                           xs_value *result)
{
    (void)target, (void)arg;
    return xs_crypto_encrypt(c, A(attrs, "data"), A(attrs, "algorithm"), A(attrs, "key"),
                             A(attrs, "iv"), true, result);
}

static xs_status s_jws_encode(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                              xs_value *result)
{
    (void)target, (void)arg;
    int64_t ttl;
    if (secs_attr(c, attrs, "ttl", &ttl) != XS_OK)
        return XS_E_RUNTIME;
    return xs_crypto_jws_encode(c, A(attrs, "claims"), A(attrs, "headers"), A(attrs, "key"),
                                A(attrs, "signature_algorithm"), ttl, xs_call_now_ms(c), result);
}

static xs_status s_jws_decode(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                              xs_value *result)
{
    (void)target, (void)arg;
    int64_t drift;
    if (secs_attr(c, attrs, "timeDrift", &drift) != XS_OK)
        return XS_E_RUNTIME;
    return xs_crypto_jws_decode(c, A(attrs, "token"), A(attrs, "key"),
                                A(attrs, "signature_algorithm"), A(attrs, "check_claims"), drift,
                                xs_call_now_ms(c), result);
}

static xs_status s_jwe_encode(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                              xs_value *result)
{
    (void)target, (void)arg;
    int64_t ttl;
    if (secs_attr(c, attrs, "ttl", &ttl) != XS_OK)
        return XS_E_RUNTIME;
    return xs_crypto_jwe_encode(c, A(attrs, "claims"), A(attrs, "headers"), A(attrs, "key"),
                                A(attrs, "key_algorithm"), A(attrs, "content_algorithm"), ttl,
                                xs_call_now_ms(c), result);
}

static xs_status s_jwe_decode(xs_call *c, xs_value *target, xs_value arg, xs_value attrs,
                              xs_value *result)
{
    (void)target, (void)arg;
    int64_t drift;
    if (secs_attr(c, attrs, "timeDrift", &drift) != XS_OK)
        return XS_E_RUNTIME;
    return xs_crypto_jwe_decode(c, A(attrs, "token"), A(attrs, "key"), A(attrs, "key_algorithm"),
                                A(attrs, "content_algorithm"), A(attrs, "check_claims"), drift,
                                xs_call_now_ms(c), result);
}

static const xs_stmt_def stmts[] = {
    {"security.create_password", 0, s_create_password,
     "a new random password: character_count, require_lowercase/uppercase/digit/symbol, "
     "symbol_whitelist"},
    {"security.check_password", 0, s_check_password,
     "whether text_password matches hash_password (bcrypt, as PHP password_hash writes)"},
    {"security.create_auth_token", 0, s_create_auth_token,
     "an encrypted auth token (JWE) holding id, table, extras, expiring after expiration "
     "seconds; signed with $env." AUTH_SECRET_ENV},
    {"security.create_secret_key", 0, s_create_secret_key,
     "a random symmetric key of bits: a JWK {kty: oct, k} (format object) or base64url text"},
    {"security.create_rsa_key", 0, s_create_rsa_key,
     "a new RSA private key of bits (2048): a JWK object or PEM text (format pem)"},
    {"security.create_curve_key", 0, s_create_curve_key,
     "a new EC private key on curve (P-256, P-384, P-521): a JWK object or PEM text"},
    {"security.encrypt", 0, s_encrypt, "data encrypted with algorithm, key, iv (raw bytes)"},
    {"security.decrypt", 0, s_decrypt, "data decrypted with algorithm, key, iv"},
    {"security.jws_encode", 0, s_jws_encode,
     "claims as a signed JWS token: headers, key, signature_algorithm, ttl"},
    {"security.jws_decode", 0, s_jws_decode,
     "the claims of a JWS token: token, key, check_claims, signature_algorithm, timeDrift"},
    {"security.jwe_encode", 0, s_jwe_encode,
     "claims as an encrypted JWE token: headers, key, key_algorithm, content_algorithm, ttl"},
    {"security.jwe_decode", 0, s_jwe_decode,
     "the claims of a JWE token: token, key, check_claims, key_algorithm, content_algorithm, "
     "timeDrift"},
};

const xs_builtin_family xs_lib_stmts_crypto = {"security (crypto)", NULL, 0, stmts,
                                               XS_COUNTOF(stmts)};
