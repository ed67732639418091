// judgement: see docs/language-decisions.md#lib-null-input
function "lib_greater_than_null" {
  input {
  }

  stack {
    var $x {
      value = null|greater_than:0
    }
  }

  response = $x
}
