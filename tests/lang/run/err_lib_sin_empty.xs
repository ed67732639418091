// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_sin_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|sin
    }
  }

  response = $x
}
