// judgement: see docs/language-decisions.md#lib-null-input
function "lib_intersect_assoc_null" {
  input {
  }

  stack {
    var $x {
      value = null|intersect_assoc:[1]
    }
  }

  response = $x
}
