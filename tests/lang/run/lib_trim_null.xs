// judgement: see docs/language-decisions.md#lib-null-input
function "lib_trim_null" {
  input {
  }

  stack {
    var $x {
      value = null|trim
    }
  }

  response = $x
}
