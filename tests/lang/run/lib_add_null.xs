// judgement: see docs/language-decisions.md#lib-null-input
function "lib_add_null" {
  input {
  }

  stack {
    var $x {
      value = null|add:2
    }
  }

  response = $x
}
