// judgement: see docs/language-decisions.md#lib-null-input
function "lib_base64_decode_null" {
  input {
  }

  stack {
    var $x {
      value = null|base64_decode
    }
  }

  response = $x
}
