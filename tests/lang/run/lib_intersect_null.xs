// judgement: see docs/language-decisions.md#lib-null-input
function "lib_intersect_null" {
  input {
  }

  stack {
    var $x {
      value = null|intersect:[1]
    }
  }

  response = $x
}
