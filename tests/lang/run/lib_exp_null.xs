// judgement: see docs/language-decisions.md#lib-null-input
function "lib_exp_null" {
  input {
  }

  stack {
    var $x {
      value = null|exp
    }
  }

  response = $x
}
