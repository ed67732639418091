/*
 * crypto.h - the crypto module's calls for the layers above lib: password
 * hashes (bcrypt through libxcrypt, as PHP's password_hash and Xano write
 * them: the store hashes `password` columns with these, so what it stores
 * is what security.check_password reads), and the auth tokens of
 * security.create_auth_token (the server checks them on `auth` endpoints).
 *
 * Every call is thread-safe.
 */
#ifndef XS_LIB_CRYPTO_H
#define XS_LIB_CRYPTO_H

#include "interp/builtin.h"
#include "value/value.h"

/* A bcrypt hash ($2y$, cost 10) of password, as PHP's password_hash; *out
 * (ours) is its text. A password holding a NUL byte, or no random salt, is
 * XS_E_RUNTIME, raised on c as ERROR_FATAL when c is not NULL. bcrypt reads
 * the first 72 bytes only, as PHP does. */
xs_status xs_crypto_password_hash(xs_call *c, xs_str password, xs_value *out);

/* Whether password matches hash: bcrypt ($2y$, $2b$, $2a$) and the other
 * crypt(3) forms libxcrypt reads ($6$, $5$, $argon2 is not one). false for
 * anything unreadable. */
bool xs_crypto_password_verify(xs_str password, xs_str hash);

/* Whether s has the form of a bcrypt hash: "$2y$", "$2b$" or "$2a$", a
 * two-digit cost from 04 to 31, "$", then 53 characters of bcrypt's base64
 * alphabet (60 in all). */
bool xs_crypto_password_is_hash(xs_str s);

/* Reads token, an auth token made by security.create_auth_token with
 * secret: on XS_OK *claims (ours) is its payload {id, table, extras, exp,
 * ...}. A forged, expired (at now_ms) or malformed token is XS_E_RUNTIME,
 * with nothing in *claims. */
xs_status xs_crypto_auth_token_verify(xs_str secret, xs_str token, int64_t now_ms,
                                      xs_value *claims);

#endif
