// judgement: see docs/language-decisions.md#lib-null-input
function "lib_asin_null" {
  input {
  }

  stack {
    var $x {
      value = null|asin
    }
  }

  response = $x
}
