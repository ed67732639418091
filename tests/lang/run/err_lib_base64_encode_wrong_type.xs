// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_base64_encode_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = {}|base64_encode
    }
  }

  response = $x
}
