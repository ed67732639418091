// judgement: see docs/language-decisions.md#lib-null-input
function "lib_reverse_null" {
  input {
  }

  stack {
    var $x {
      value = null|reverse
    }
  }

  response = $x
}
