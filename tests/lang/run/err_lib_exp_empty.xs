// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_exp_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|exp
    }
  }

  response = $x
}
