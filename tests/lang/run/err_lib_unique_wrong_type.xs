// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_unique_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "aab"|unique
    }
  }

  response = $x
}
