// judgement: see docs/language-decisions.md#lib-null-input
function "lib_first_notempty_null" {
  input {
  }

  stack {
    var $x {
      value = null|first_notempty:"d"
    }
  }

  response = $x
}
