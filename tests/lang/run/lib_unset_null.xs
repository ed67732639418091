// judgement: see docs/language-decisions.md#lib-null-input
function "lib_unset_null" {
  input {
  }

  stack {
    var $x {
      value = null|unset:"a"
    }
  }

  response = $x
}
