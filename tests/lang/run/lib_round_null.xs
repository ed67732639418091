// judgement: see docs/language-decisions.md#lib-null-input
function "lib_round_null" {
  input {
  }

  stack {
    var $x {
      value = null|round
    }
  }

  response = $x
}
