// judgement: see docs/language-decisions.md#lib-null-input
function "lib_greater_than_or_equal_null" {
  input {
  }

  stack {
    var $x {
      value = null|greater_than_or_equal:0
    }
  }

  response = $x
}
