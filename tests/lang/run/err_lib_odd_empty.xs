// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_odd_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|odd
    }
  }

  response = $x
}
