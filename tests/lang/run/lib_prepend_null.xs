// judgement: see docs/language-decisions.md#lib-null-input
function "lib_prepend_null" {
  input {
  }

  stack {
    var $x {
      value = null|prepend:1
    }
  }

  response = $x
}
