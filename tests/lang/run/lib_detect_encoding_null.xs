// judgement: see docs/language-decisions.md#lib-filters-null
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
