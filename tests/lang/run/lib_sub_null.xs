// judgement: see docs/language-decisions.md#lib-null-input
function "lib_sub_null" {
  input {
  }

  stack {
    var $x {
      value = null|sub:2
    }
  }

  response = $x
}
