// judgement: see docs/language-decisions.md#lib-null-input
function "lib_less_than_null" {
  input {
  }

  stack {
    var $x {
      value = null|less_than:0
    }
  }

  response = $x
}
