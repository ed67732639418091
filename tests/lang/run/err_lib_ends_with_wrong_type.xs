// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_ends_with_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = [1]|ends_with:"a"
    }
  }

  response = $x
}
