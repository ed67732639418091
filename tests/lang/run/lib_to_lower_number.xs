// judgement: see docs/language-decisions.md#lib-null-input
function "lib_to_lower_number" {
  input {
  }

  stack {
    var $x {
      value = 12|to_lower
    }
  }

  response = $x
}
