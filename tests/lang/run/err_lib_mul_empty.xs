// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_mul_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|mul:2
    }
  }

  response = $x
}
