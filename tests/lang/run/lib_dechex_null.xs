// judgement: see docs/language-decisions.md#lib-filters-null
function "lib_dechex_null" {
  input {
  }

  stack {
    var $x {
      value = null|dechex
    }
  }

  response = $x
}
