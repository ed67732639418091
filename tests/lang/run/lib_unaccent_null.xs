// judgement: see docs/language-decisions.md#lib-null-input
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
