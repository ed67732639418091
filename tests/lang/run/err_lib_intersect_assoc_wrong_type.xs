// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_intersect_assoc_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = "a"|intersect_assoc:[1]
    }
  }

  response = $x
}
