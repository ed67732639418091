// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sum_null" {
  input {
  }

  stack {
    var $x {
      value = null|sum
    }
  }

  response = $x
}
