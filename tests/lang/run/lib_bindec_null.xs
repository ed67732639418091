// judgement: see docs/language-decisions.md#lib-null-input
function "lib_bindec_null" {
  input {
  }

  stack {
    var $x {
      value = null|bindec
    }
  }

  response = $x
}
