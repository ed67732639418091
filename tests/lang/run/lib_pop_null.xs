// judgement: see docs/language-decisions.md#lib-null-input
function "lib_pop_null" {
  input {
  }

  stack {
    var $x {
      value = null|pop
    }
  }

  response = $x
}
