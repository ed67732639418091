// judgement: see docs/language-decisions.md#lib-crypto
function "err_lib_security_create_curve_key_unknown" {
  input {
  }

  stack {
    security.create_curve_key {
      curve = "P-999"
      format = "object"
    } as $key
  }

  response = $key
}
