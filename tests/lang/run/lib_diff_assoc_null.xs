// judgement: see docs/language-decisions.md#lib-null-input
function "lib_diff_assoc_null" {
  input {
  }

  stack {
    var $x {
      value = null|diff_assoc:[1]
    }
  }

  response = $x
}
