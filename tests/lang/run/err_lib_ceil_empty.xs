// judgement: see docs/language-decisions.md#empty-collections
function "err_lib_ceil_empty" {
  input {
  }

  stack {
    var $x {
      value = ""|ceil
    }
  }

  response = $x
}
