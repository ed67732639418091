// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_url_decode_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|url_decode
    }
  }

  response = $x
}
