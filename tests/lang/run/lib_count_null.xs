// judgement: see docs/language-decisions.md#lib-null-input
function "lib_count_null" {
  input {
  }

  stack {
    var $x {
      value = null|count
    }
  }

  response = $x
}
