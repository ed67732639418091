// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_sqrt_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|sqrt
    }
  }

  response = $x
}
