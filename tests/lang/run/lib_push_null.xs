// judgement: see docs/language-decisions.md#lib-null-input
function "lib_push_null" {
  input {
  }

  stack {
    var $x {
      value = null|push:1
    }
  }

  response = $x
}
