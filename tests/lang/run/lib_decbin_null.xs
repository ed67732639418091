// judgement: see docs/language-decisions.md#lib-filters-null
function "lib_decbin_null" {
  input {
  }

  stack {
    var $x {
      value = null|decbin
    }
  }

  response = $x
}
