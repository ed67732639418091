// judgement: see docs/language-decisions.md#lib-null-input
function "lib_convert_encoding_null" {
  input {
  }

  stack {
    var $x {
      value = null|convert_encoding:"UTF-16"
    }
  }

  response = $x
}
