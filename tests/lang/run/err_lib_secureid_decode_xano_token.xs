// judgement: see docs/language-decisions.md#lib-secureid
function "err_lib_secureid_decode_xano_token" {
  input {
  }

  stack {
    var $x {
      value = "ZlV3Lg.-0-UZyQ9xQk"|secureid_decode:"my_salt"
    }
  }

  response = $x
}
