// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_detect_encoding_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|detect_encoding
    }
  }

  response = $x
}
