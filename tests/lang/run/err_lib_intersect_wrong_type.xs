// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_intersect_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = 1|intersect:[1]
    }
  }

  response = $x
}
