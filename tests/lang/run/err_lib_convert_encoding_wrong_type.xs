// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_convert_encoding_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|convert_encoding:"UTF-8"
    }
  }

  response = $x
}
