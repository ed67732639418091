// judgement: see docs/language-decisions.md#lib-null-input
function "lib_to_bool_null" {
  input {
  }

  stack {
    var $x {
      value = null|to_bool
    }
  }

  response = $x
}
