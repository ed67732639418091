// judgement: see docs/language-decisions.md#lib-filters-null
function "lib_unaccent_null" {
  input {
  }

  stack {
    var $x {
      value = null|unaccent
    }
  }

  response = $x
}
