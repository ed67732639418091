/*
 * crypto_int.h - what the crypto filters and the security statements
 * share (OpenSSL underneath; no cryptography of our own): symmetric
 * encryption as PHP's openssl_encrypt, JWS and JWE in compact form, keys
 * as PEM text or JWK objects, bcrypt password hashes (libxcrypt, declared
 * in crypto.h for the layers above) and the auth tokens of
 * security.create_auth_token.
 *
 * Every call is thread-safe. Failures raise a XanoScript error on c
 * (ERROR_FATAL naming the builtin) and return its status; c may be NULL in
 * unit tests, which then only see the status.
 */
#ifndef XS_LIB_CRYPTO_INT_H
#define XS_LIB_CRYPTO_INT_H

#include "interp/builtin.h"
#include "lib/crypto.h"
#include "value/value.h"

/* openssl_encrypt / openssl_decrypt with OPENSSL_RAW_DATA: alg is an
 * OpenSSL cipher name ("aes-256-cbc"); the key is padded with NUL bytes
 * or cut to the cipher's key length and so is the iv, as PHP does. *out
 * (ours) is the raw bytes. */
xs_status xs_crypto_encrypt(xs_call *c, xs_value data, xs_value alg, xs_value key, xs_value iv,
                            bool decrypt, xs_value *out);

/* A compact JWS of payload (any value, JSON-encoded; an object payload
 * gets iat and, when ttl_s > 0, exp) signed with alg (HS256/384/512,
 * RS256/384/512, PS256/384/512, ES256/384/512). key: text (a shared
 * secret, or PEM) or a JWK object. headers: an object merged into the
 * protected header (null for none). */
xs_status xs_crypto_jws_encode(xs_call *c, xs_value payload, xs_value headers, xs_value key,
                               xs_value alg, int64_t ttl_s, int64_t now_ms, xs_value *out);

/* Verifies a compact JWS made with alg and returns its payload (decoded
 * JSON) in *out. exp and nbf are checked with drift_s seconds of grace;
 * each key of check_claims (an object, or null) must equal the claim. */
xs_status xs_crypto_jws_decode(xs_call *c, xs_value token, xs_value key, xs_value alg,
                               xs_value check_claims, int64_t drift_s, int64_t now_ms,
                               xs_value *out);

/* A compact JWE. key_alg: dir, A128KW, A192KW, A256KW, RSA-OAEP,
 * RSA-OAEP-256; enc: A128GCM, A192GCM, A256GCM, A128CBC-HS256,
 * A192CBC-HS384, A256CBC-HS512. A text key of the wrong length for a
 * symmetric algorithm is stretched or cut through SHA-512. */
xs_status xs_crypto_jwe_encode(xs_call *c, xs_value payload, xs_value headers, xs_value key,
                               xs_value key_alg, xs_value enc, int64_t ttl_s, int64_t now_ms,
                               xs_value *out);

xs_status xs_crypto_jwe_decode(xs_call *c, xs_value token, xs_value key, xs_value key_alg,
                               xs_value enc, xs_value check_claims, int64_t drift_s,
                               int64_t now_ms, xs_value *out);

/* The auth token of security.create_auth_token: a JWE (A256KW,
 * A256CBC-HS512) under a key derived from secret, holding
 * {id, table, extras, iat, exp}. */
xs_status xs_crypto_auth_token(xs_call *c, xs_str secret, xs_value id, xs_value table,
                               xs_value extras, int64_t expiration_s, int64_t now_ms,
                               xs_value *out);

/* Reads an auth token back: its payload in *out when it decrypts under
 * secret and has not expired at now_ms; XS_E_RUNTIME (raised on c when c
 * is not NULL) otherwise. */
xs_status xs_crypto_auth_token_read(xs_call *c, xs_str secret, xs_str token, int64_t now_ms,
                                    xs_value *out);

/* New keys: a symmetric key of bits as a JWK {kty: oct, k} or base64url
 * text; an RSA key of bits, or an EC key on curve (P-256, P-384, P-521),
 * as a private JWK object or PEM text (format "object" or "pem"). */
xs_status xs_crypto_new_secret_key(xs_call *c, int64_t bits, xs_value format, xs_value *out);
xs_status xs_crypto_new_rsa_key(xs_call *c, int64_t bits, xs_value format, xs_value *out);
xs_status xs_crypto_new_curve_key(xs_call *c, xs_value curve, xs_value format, xs_value *out);

#endif
