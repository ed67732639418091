// judgement: see docs/language-decisions.md#lib-type-errors
function "err_lib_range_wrong_type" {
  input {
  }

  stack {
    var $x {
      value = null|range:"a":3
    }
  }

  response = $x
}
