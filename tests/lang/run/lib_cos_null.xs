// judgement: see docs/language-decisions.md#lib-null-input
function "lib_cos_null" {
  input {
  }

  stack {
    var $x {
      value = null|cos
    }
  }

  response = $x
}
