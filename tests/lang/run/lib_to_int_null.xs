// judgement: see docs/language-decisions.md#lib-null-input
function "lib_to_int_null" {
  input {
  }

  stack {
    var $x {
      value = null|to_int
    }
  }

  response = $x
}
