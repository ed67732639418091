// judgement: see docs/language-decisions.md#lib-null-input
function "lib_diff_null" {
  input {
  }

  stack {
    var $x {
      value = null|diff:[1]
    }
  }

  response = $x
}
