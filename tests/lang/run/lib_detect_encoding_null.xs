// judgement: see docs/language-decisions.md#lib-null-input
function "lib_detect_encoding_null" {
  input {
  }

  stack {
    var $x {
      value = null|detect_encoding
    }
  }

  response = $x
}
